using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Crosscheck.Tests.Ingestion;

/// <summary>A web server on a free loopback port for the link tests: each path answers with the status, media type, body and delay the test gives.</summary>
internal sealed class LocalWebServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerResponse, Task>> _routes = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public LocalWebServer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Root = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Root);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Root { get; }

    public string Url(string path) => Root + path;

    public void Page(string path, string mediaType, string body, int status = 200, TimeSpan delay = default) =>
        _routes[path] = async r =>
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay);
            }

            byte[] bytes = Encoding.UTF8.GetBytes(body);
            r.StatusCode = status;
            r.ContentType = mediaType;
            r.ContentLength64 = bytes.Length;
            await r.OutputStream.WriteAsync(bytes);
        };

    public void Redirect(string path, string to) =>
        _routes[path] = r =>
        {
            r.StatusCode = 302;
            r.RedirectLocation = to;
            return Task.CompletedTask;
        };

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending request.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    string path = context.Request.Url!.AbsolutePath.TrimStart('/');
                    if (_routes.TryGetValue(path, out var route))
                    {
                        await route(context.Response);
                    }
                    else
                    {
                        context.Response.StatusCode = 404;
                    }

                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException)
                {
                    // The client went away (a timeout test).
                }
            });
        }
    }
}
