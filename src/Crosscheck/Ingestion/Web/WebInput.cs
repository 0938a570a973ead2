namespace Crosscheck.Ingestion.Web;

/// <summary>Which inputs are links rather than paths.</summary>
public static class WebInput
{
    /// <summary>True for an absolute http or https URL.</summary>
    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase));
}
