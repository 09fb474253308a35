using KgExport.Rdf;
using KgExport.Server;
using KgExport.Sparql.Federation;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace KgExport.Conformance;

/// <summary>
/// The endpoints a W3C SERVICE test names (qt:serviceData: http://example1.org/sparql and the like), each played by a
/// real kgexport server on 127.0.0.1 over its data. The test's query and data name the local URLs instead of the
/// example ones, and results are mapped back before they are compared: nothing reaches the internet.
/// </summary>
public sealed class LocalServiceEndpoints : IDisposable
{
    private readonly List<WebApplication> _servers = [];
    private readonly Dictionary<string, string> _toLocal = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _toExample = new(StringComparer.Ordinal);

    private LocalServiceEndpoints()
    {
    }

    /// <summary>Starts one server per (endpoint, data) pair; none when the test names no service data.</summary>
    public static LocalServiceEndpoints Start(IEnumerable<(string Endpoint, IEnumerable<Quad> Data)> services)
    {
        var endpoints = new LocalServiceEndpoints();
        try
        {
            // Ports are chosen first, so that each server may call the others (service03 nests a SERVICE in a SERVICE).
            var list = services.ToList();
            foreach (var (endpoint, _) in list)
            {
                var local = $"http://127.0.0.1:{FreePort()}/sparql";
                endpoints._toLocal[endpoint] = local;
                endpoints._toExample[local] = endpoint;
            }
            foreach (var (endpoint, data) in list)
            {
                var dataset = new Dataset(unionDefaultGraph: true);
                foreach (var q in data) dataset.Add(endpoints.ToLocal(q));
                var settings = new Dictionary<string, string?>
                {
                    ["Server:Host"] = "127.0.0.1",
                    ["Server:Port"] = new Uri(endpoints._toLocal[endpoint]).Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["Server:ServiceEndpoints"] = string.Join(',', endpoints._toLocal.Values),
                };
                var app = KgServer.Create(dataset, [], settings, builder => builder.Logging.ClearProviders());
                endpoints._servers.Add(app);
                app.StartAsync().GetAwaiter().GetResult();
            }
            return endpoints;
        }
        catch
        {
            endpoints.Dispose();
            throw;
        }
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    public bool Any => _toLocal.Count > 0;

    /// <summary>The query with every example endpoint IRI replaced by its local URL.</summary>
    public string Rewrite(string query)
    {
        foreach (var (example, local) in _toLocal) query = query.Replace("<" + example + ">", "<" + local + ">", StringComparison.Ordinal);
        return query;
    }

    /// <summary>SERVICE may call the local endpoints and nothing else.</summary>
    public FederationOptions Federation() => new() { AllowedEndpoints = [.. _toLocal.Values], Timeout = TimeSpan.FromSeconds(20) };

    public Term? ToLocal(Term? t) => t is Iri i && _toLocal.TryGetValue(i.Value, out var local) ? new Iri(local) : t;

    public Term? ToExample(Term? t) => t is Iri i && _toExample.TryGetValue(i.Value, out var example) ? new Iri(example) : t;

    public Quad ToLocal(Quad q) => new(ToLocal(q.Subject)!, (Iri)ToLocal(q.Predicate)!, ToLocal(q.Object)!, ToLocal(q.Graph));

    public void Dispose()
    {
        foreach (var app in _servers)
        {
            app.StopAsync().GetAwaiter().GetResult();
            ((IDisposable)app).Dispose();
        }
        _servers.Clear();
    }
}
