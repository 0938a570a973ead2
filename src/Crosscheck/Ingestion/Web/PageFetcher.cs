using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Crosscheck.Ingestion.Web;

/// <summary>
/// Fetches links for the read stage: http and https only; every address connected to checked by <see cref="AddressPolicy"/>
/// (unless private addresses are allowed), on each redirect too; at most <see cref="FetchSettings.MaxRedirects"/> redirects;
/// the whole fetch within <see cref="FetchSettings.Timeout"/>; a body over <see cref="FetchSettings.MaxBytes"/> refused
/// while it streams in; only media types the readers can read. Never throws for a bad link: the outcome names the reason.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private readonly FetchSettings _settings;
    private readonly HttpClient _client;

    public PageFetcher(FetchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            ConnectCallback = ConnectAsync,
            UseProxy = false,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Crosscheck", "1.0"));
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5");
    }

    public FetchOutcome Fetch(string url)
    {
        using var timeout = new CancellationTokenSource(_settings.Timeout);
        try
        {
            return FetchAsync(url, timeout.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return FetchOutcome.Failed(string.Create(CultureInfo.InvariantCulture, $"no answer within {_settings.Timeout.TotalSeconds:0} s"));
        }
        catch (HttpRequestException e)
        {
            return FetchOutcome.Failed($"could not be fetched: {Reason(e)}");
        }
        catch (IOException e)
        {
            return FetchOutcome.Failed($"could not be fetched: {e.Message}");
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<FetchOutcome> FetchAsync(string url, CancellationToken cancel)
    {
        Uri current = new(url);
        for (int hop = 0; ; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
            {
                return FetchOutcome.Failed($"redirected to {current.Scheme}: links are fetched over http and https only");
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, current);
            using HttpResponseMessage response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                if (hop >= _settings.MaxRedirects)
                {
                    return FetchOutcome.Failed($"more than {_settings.MaxRedirects} redirects");
                }

                current = location.IsAbsoluteUri ? location : new Uri(current, location);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                return FetchOutcome.Failed(string.Create(CultureInfo.InvariantCulture, $"the server answered {status} {response.ReasonPhrase}"));
            }

            string mediaType = response.Content.Headers.ContentType?.MediaType ?? "text/html";
            if (!MediaTypes.Readable(mediaType))
            {
                return FetchOutcome.Failed($"its content is {mediaType}, not a web page, text, feed, PDF, Word file or mail");
            }

            if (response.Content.Headers.ContentLength is long declared && declared > _settings.MaxBytes)
            {
                return FetchOutcome.Failed(TooLarge(declared));
            }

            byte[]? body = await ReadLimitedAsync(response.Content, cancel).ConfigureAwait(false);
            return body is null ? FetchOutcome.Failed(TooLarge(null))
                : FetchOutcome.Of(new FetchedPage(url, current.AbsoluteUri, mediaType, body, DateTimeOffset.UtcNow));
        }
    }

    private async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancel)
    {
        await using Stream stream = await content.ReadAsStreamAsync(cancel).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _settings.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private string TooLarge(long? bytes) => bytes is long b
        ? string.Create(CultureInfo.InvariantCulture, $"its body is {b / (1024.0 * 1024):0.0} MB, over the {_settings.MaxBytes / (1024 * 1024)} MB limit")
        : string.Create(CultureInfo.InvariantCulture, $"its body is over the {_settings.MaxBytes / (1024 * 1024)} MB limit");

    /// <summary>Resolves the host and connects to its first address the policy allows; a host with none is refused by name.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancel)
    {
        string host = context.DnsEndPoint.Host;
        IPAddress[] addresses = IPAddress.TryParse(host.Trim('[', ']'), out IPAddress? literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancel).ConfigureAwait(false);
        IPAddress[] allowed = _settings.AllowPrivate ? addresses : [.. addresses.Where(AddressPolicy.IsPublic)];
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(addresses.Length == 0 ? $"{host} has no address"
                : $"{host} is a private, loopback or otherwise non-public address ({addresses[0]}); give --allow-private to fetch it");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancel).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The reason in the exception chain: our own refusal when there is one, else the innermost message.</summary>
    private static string Reason(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x.Message.Contains("--allow-private", StringComparison.Ordinal))
            {
                return x.Message;
            }
        }

        Exception inner = e;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return inner.Message;
    }
}
