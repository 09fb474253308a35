using System.Diagnostics;

namespace KgExport.Server.Tests;

/// <summary>
/// The clients users reach for, run for real against Kestrel: Jena's rupdate and rsparql (credentials in the URL,
/// sent only after a 401 challenge), SPARQLWrapper and rdflib from Debian's python3 with their default formats
/// (XML results, RDF/XML graphs) and Basic auth. Skipped with the reason where a client is missing, except on CI.
/// </summary>
public sealed class RealClientTests
{
    private const string DebianPython = "/usr/bin/python3";
    private const string User = "alice";
    private const string Password = "correct horse battery";

    private static Dictionary<string, string?> Settings() =>
        TestServerHost.Writable(("Server:Users", User + ":" + Protocol.PasswordHash.Create(Password, iterations: 1000)));

    [JenaFact]
    public async Task Jena_rupdate_answers_the_basic_challenge_and_rsparql_reads_the_result()
    {
        var (app, address) = await KestrelEndToEndTests.StartKestrel(Settings(), TestData.People());
        await using var _ = app;
        var dir = Directory.CreateTempSubdirectory("kgexport-jena-client-").FullName;
        try
        {
            var update = Path.Combine(dir, "insert.ru");
            await File.WriteAllTextAsync(update, "INSERT DATA { <http://example.org/jena> <http://example.org/says> \"über\" }");
            var withCredentials = $"http://{User}:{Uri.EscapeDataString(Password)}@{address.Host}:{address.Port}/update";
            var (code, stdout, stderr) = Run("bash", TestPaths.JenaTool!, "rupdate", "--service", withCredentials, "--update", update);
            Assert.True(code == 0, stdout + stderr);
            var query = Path.Combine(dir, "select.rq");
            await File.WriteAllTextAsync(query, "SELECT ?o WHERE { <http://example.org/jena> ?p ?o }");
            (code, stdout, stderr) = Run("bash", TestPaths.JenaTool!, "rsparql", "--service", new Uri(address, "/sparql").AbsoluteUri, "--query", query, "--results=csv");
            Assert.True(code == 0, stdout + stderr);
            Assert.Equal("o\r\nüber\r\n", stdout);
            (code, stdout, stderr) = Run("bash", TestPaths.JenaTool!, "rupdate", "--service", new Uri(address, "/update").AbsoluteUri, "--update", update);
            Assert.NotEqual(0, code);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [JenaFact]
    public async Task Jena_arq_federates_with_kgexport_as_its_service_endpoint()
    {
        var (app, address) = await KestrelEndToEndTests.StartKestrel([], ServedPeople());
        await using var _ = app;
        var dir = Directory.CreateTempSubdirectory("kgexport-jena-service-").FullName;
        try
        {
            var data = Path.Combine(dir, "ages.ttl");
            await File.WriteAllTextAsync(data, "<http://example.org/alice> <http://example.org/age> 42 .\n<http://example.org/carol> <http://example.org/age> 7 .\n");
            var query = Path.Combine(dir, "federated.rq");
            await File.WriteAllTextAsync(query, $$"""
                PREFIX ex: <http://example.org/>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                SELECT ?label ?age WHERE {
                  ?p ex:age ?age .
                  SERVICE <{{new Uri(address, "/sparql").AbsoluteUri}}> { ?p rdfs:label ?label FILTER(LANG(?label) = "en" || STR(?label) = "Carol") }
                } ORDER BY ?age
                """);
            var (code, stdout, stderr) = Run("bash", TestPaths.JenaTool!, "sparql", "--data", data, "--query", query, "--results=csv");
            Assert.True(code == 0, stdout + stderr);
            Assert.Equal("label,age\r\nCarol,7\r\nAlice,42\r\n", stdout);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The people, with the default graph the live union of all graphs, as <c>kgexport serve</c> has it.</summary>
    private static Rdf.Dataset ServedPeople()
    {
        var dataset = new Rdf.Dataset(unionDefaultGraph: true);
        dataset.AddRange(TestData.People().Quads);
        return dataset;
    }

    [SkippableFact]
    public async Task SPARQLWrapper_and_rdflib_work_with_their_defaults_and_basic_auth()
    {
        var why = OracleSkip.Tool("/usr/lib/python3/dist-packages/SPARQLWrapper/__init__.py", "python") ?? OracleSkip.Tool("/usr/lib/python3/dist-packages/rdflib/__init__.py", "python");
        Skip.If(why is not null, why);
        var (app, address) = await KestrelEndToEndTests.StartKestrel(Settings(), ServedPeople());
        await using var _ = app;
        var script = TestPaths.InRepository("tests", "KgExport.Server.Tests", "Clients", "python_clients.py");
        var (code, stdout, stderr) = Run(DebianPython, script, address.AbsoluteUri.TrimEnd('/'), User, Password);
        Assert.True(code == 0, stdout + stderr);
        Assert.Equal(5, stdout.Split('\n').Count(l => l.StartsWith("ok ", StringComparison.Ordinal)));
    }

    private static (int Code, string Stdout, string Stderr) Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within 2 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
