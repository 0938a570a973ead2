namespace Crosscheck.Web;

/// <summary>
/// Security headers on every response (a strict Content-Security-Policy: only the workspace's own script
/// file runs, so even an escaping mistake cannot run a script from an article) and a same-origin check on
/// every request that changes something: it must carry the <see cref="RequestHeader"/> header (which a
/// cross-site form cannot send, and a cross-site script cannot without a CORS preflight the workspace never
/// grants), and its Origin, when sent, must be the workspace's own.
/// </summary>
public static class WorkspaceSecurity
{
    public const string RequestHeader = "X-Crosscheck-Request";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static async Task Handle(HttpContext context, Func<Task> next)
    {
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
