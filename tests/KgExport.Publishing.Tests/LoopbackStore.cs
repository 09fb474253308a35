using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KgExport.Publishing.Tests;

/// <summary>
/// A hostile "store" on a loopback port, speaking raw TCP: it accepts every connection and then either never answers
/// (<see cref="Silent"/>) or answers every request with the same bytes (<see cref="Answering"/>). Stopped on dispose.
/// </summary>
internal sealed class LoopbackStore : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _clients = [];
    private readonly Task _accepting;
    private int _requests;

    private LoopbackStore(byte[]? answer)
    {
        _listener.Start();
        _accepting = AcceptAsync(answer);
    }

    /// <summary>Accepts, reads, and never says a word.</summary>
    public static LoopbackStore Silent() => new(null);

    /// <summary>Answers each request with <paramref name="response"/>, a whole HTTP/1.1 response head and body.</summary>
    public static LoopbackStore Answering(string response) => new(Encoding.ASCII.GetBytes(response));

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/store";

    /// <summary>Requests whose head has arrived.</summary>
    public int Requests => Volatile.Read(ref _requests);

    private async Task AcceptAsync(byte[]? answer)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                lock (_clients) _clients.Add(client);
                _ = ServeAsync(client, answer);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task ServeAsync(TcpClient client, byte[]? answer)
    {
        try
        {
            var stream = client.GetStream();
            var buffer = new byte[64 * 1024];
            var head = new StringBuilder();
            while (!_stop.IsCancellationRequested)
            {
                var n = await stream.ReadAsync(buffer, _stop.Token);
                if (n == 0) return;
                head.Append(Encoding.ASCII.GetString(buffer, 0, n));
                // Keep reading what follows (the body, the next request); answer once per request head.
                while (head.ToString().IndexOf("\r\n\r\n", StringComparison.Ordinal) is var end and >= 0)
                {
                    head.Remove(0, end + 4);
                    Interlocked.Increment(ref _requests);
                    if (answer is not null) await stream.WriteAsync(answer, _stop.Token);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The client went away, or the store was stopped.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        lock (_clients)
        {
            foreach (var c in _clients) c.Dispose();
        }
        try
        {
            _accepting.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Already reported as stopped.
        }
        _stop.Dispose();
    }
}
