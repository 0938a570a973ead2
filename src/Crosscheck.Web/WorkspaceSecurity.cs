namespace Crosscheck.Web;

/// <summary>
/// Security headers on every response (a strict Content-Security-Policy: only the workspace's own script
/// file runs, so even an escaping mistake cannot run a script from an article) and a same-origin check on
/// every request that changes something: it must carry the <see cref="RequestHeader"/> header (which a
/// cross-site form cannot send, and a cross-site script cannot without a CORS preflight the workspace never
/// grants), and its Origin, when sent, must be the workspace's own. Every request must name the workspace's own
/// host in its Host header (a loopback name, or a host it was bound to): a page of another site that points its
/// own name at 127.0.0.1 (DNS rebinding) gets 400, not the case.
/// </summary>
public static class WorkspaceSecurity
{
    public const string RequestHeader = "X-Crosscheck-Request";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "::1", "[::1]"];

    /// <summary>The host names the workspace answers to, from the URLs it is bound to; null when bound to every address (0.0.0.0, *, +, [::]).</summary>
    public static IReadOnlySet<string>? AllowedHosts(string? urls)
    {
        var hosts = new HashSet<string>(LoopbackNames, StringComparer.OrdinalIgnoreCase);
        foreach (string url in (urls ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int start = url.IndexOf("://", StringComparison.Ordinal) is int s and >= 0 ? s + 3 : 0;
            string rest = url[start..];
            string host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']') + 1)] : rest.Split(':', '/')[0];
            if (host is "0.0.0.0" or "*" or "+" or "[::]" or "")
            {
                return null;
            }

            hosts.Add(host);
        }

        return hosts;
    }

    public static Task Handle(HttpContext context, Func<Task> next) => Handle(context, next, new HashSet<string>(LoopbackNames, StringComparer.OrdinalIgnoreCase));

    public static async Task Handle(HttpContext context, Func<Task> next, IReadOnlySet<string>? allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (allowedHosts is not null && !allowedHosts.Contains(context.Request.Host.Host))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new Api.ApiError(
                $"refused: the workspace answers to {string.Join(", ", allowedHosts.Order(StringComparer.Ordinal))}, not to the host '{context.Request.Host.Host}'"));
            return;
        }

        IHeaderDictionary headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) && !HttpMethods.IsOptions(context.Request.Method))
        {
            string? origin = context.Request.Headers.Origin;
            string own = $"{context.Request.Scheme}://{context.Request.Host}";
            if (!context.Request.Headers.ContainsKey(RequestHeader) || (origin is not null && !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsJsonAsync(new Api.ApiError(
                    $"refused: a change must come from the workspace's own pages (header {RequestHeader}, same origin)"));
                return;
            }
        }

        await next();
    }
}
