using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KgExport.Server.Tests.Federation;

/// <summary>
/// A hand-written HTTP endpoint on 127.0.0.1 that answers every request with a script: a fixed response, silence, or
/// an endless body. It records the requests it read, so tests can check what SERVICE sent.
/// </summary>
public sealed class ScriptedEndpoint : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<Stream, CancellationToken, Task> _answer;
    private readonly Task _loop;

    public ScriptedEndpoint(Func<Stream, CancellationToken, Task> answer)
    {
        _answer = answer;
        _listener.Start();
        Url = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/sparql";
        _loop = AcceptLoop();
    }

    public string Url { get; }

    public List<string> Requests { get; } = [];

    /// <summary>Answers with a status line, headers and a body, then closes.</summary>
    public static ScriptedEndpoint Answering(string status, string contentType, string body, string extraHeaders = "") => new(async (stream, ct) =>
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var head = $"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\n{extraHeaders}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), ct);
        await stream.WriteAsync(bytes, ct);
    });

    /// <summary>Reads the request and never answers.</summary>
    public static ScriptedEndpoint Silent() => new((_, ct) => Task.Delay(Timeout.Infinite, ct));

    /// <summary>Sends the headers of a JSON answer, then a body that never ends.</summary>
    public static ScriptedEndpoint Endless() => new(async (stream, ct) =>
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nConnection: close\r\n\r\n"), ct);
        await stream.WriteAsync(Encoding.ASCII.GetBytes("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":["), ct);
        var row = Encoding.ASCII.GetBytes("{\"x\":{\"type\":\"literal\",\"value\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"}},");
        while (!ct.IsCancellationRequested) await stream.WriteAsync(row, ct);
    });

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = Serve(client);
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequest(stream, _stop.Token);
                lock (Requests) Requests.Add(request);
                await _answer(stream, _stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException)
            {
                // The caller hung up (its deadline passed) or the endpoint is stopping.
            }
        }
    }

    private static async Task<string> ReadRequest(Stream stream, CancellationToken ct)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one, ct) == 0) break;
            buffer.Add(one[0]);
        }
        var head = Encoding.ASCII.GetString(buffer.ToArray());
        var length = 0;
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await stream.ReadAsync(body.AsMemory(read), ct);
            if (n == 0) break;
            read += n;
        }
        return head + Encoding.UTF8.GetString(body, 0, read);
    }

    private static bool EndsWithBlankLine(List<byte> b) =>
        b.Count >= 4 && b[^4] == '\r' && b[^3] == '\n' && b[^2] == '\r' && b[^1] == '\n';

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
