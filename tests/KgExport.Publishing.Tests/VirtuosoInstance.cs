using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KgExport.Testing;

namespace KgExport.Publishing.Tests;

/// <summary>
/// A throwaway Virtuoso 7 on loopback, started with the shared <c>virtuoso-up</c> script in a directory this test
/// owns (so <see cref="Stop"/> keeps the database and <see cref="Start"/> brings the same store back).
/// </summary>
public sealed class VirtuosoInstance : IDisposable
{
    public const string Password = "kgexport-test-pw";

    private readonly string _tools;

    public VirtuosoInstance()
    {
        _tools = Path.Combine(TestPaths.Shared, "tools");
        Directory = Path.Combine(Path.GetTempPath(), "kgexport-virtuoso-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(Directory);
        HttpPort = FreePort();
        SqlPort = FreePort();
        Start();
    }

    /// <summary>Why Virtuoso tests cannot run here, or null when they can.</summary>
    public static string? Unavailable =>
        File.Exists(Path.Combine(TestPaths.Shared, "tools", "virtuoso-up")) ? null : $"virtuoso-up not found under {Path.Combine(TestPaths.Shared, "tools")} (set KGEXPORT_SHARED); on CI this fails.";

    public string Directory { get; }

    public int HttpPort { get; }

    public int SqlPort { get; }

    public string Url => $"http://127.0.0.1:{HttpPort}";

    public string GraphStoreAuth => Url + "/sparql-graph-crud-auth";

    public string GraphStore => Url + "/sparql-graph-crud";

    public string SparqlAuth => Url + "/sparql-auth";

    public void Start() => Script("virtuoso-up", "--dir", Directory, "--http-port", HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--sql-port", SqlPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--password", Password, "--timeout", "120");

    /// <summary>Stops the server and keeps its database.</summary>
    public void Stop() => Script("virtuoso-down", "--dir", Directory, "--keep");

    private void Script(string name, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(_tools, name));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{name} failed (exit {process.ExitCode}): {stderr.Result}{stdout.Result}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            Stop();
        }
        finally
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // Left behind in the temp dir; harmless.
            }
        }
    }
}
