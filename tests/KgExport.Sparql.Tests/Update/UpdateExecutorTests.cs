using KgExport.Rdf;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Syntax;
using KgExport.Sparql.Update;
using static KgExport.Sparql.Tests.SparqlFixture;

namespace KgExport.Sparql.Tests.Update;

public sealed class UpdateExecutorTests
{
    [Fact]
    public void Delete_insert_where_applies_both_templates_per_solution()
    {
        var data = Data(":a :age 30 . :b :age 40 .");
        UpdateExecutor.Execute($"PREFIX : <{Ex}> DELETE {{ ?s :age ?a }} INSERT {{ ?s :age ?b }} WHERE {{ ?s :age ?a BIND(?a + 1 AS ?b) }}", data);
        Assert.Equal(["s=:a a=31^^integer", "s=:b a=41^^integer"], Rows(data, "SELECT ?s ?a WHERE { ?s :age ?a }"));
    }

    [Fact]
    public void With_using_and_graph_management()
    {
        var data = new Dataset();
        UpdateExecutor.Execute($$"""
            PREFIX : <{{Ex}}>
            INSERT DATA { GRAPH :g { :a :p 1 } } ;
            WITH :g INSERT { ?s :q 2 } WHERE { ?s :p 1 } ;
            COPY :g TO :h ;
            ADD :h TO DEFAULT ;
            MOVE :g TO :k ;
            DROP SILENT GRAPH :nothing
            """, data);
        Assert.False(data.HasGraph(new Iri(Ex + "g")));
        Assert.Equal(2, data.Match(null, null, null, new Iri(Ex + "h")).Count());
        Assert.Equal(2, data.Match(null, null, null, new Iri(Ex + "k")).Count());
        Assert.Equal(2, data.Match(null, null, null, null).Count());
        UpdateExecutor.Execute("CLEAR ALL", data);
        Assert.Equal(0, data.Count);
    }

    [Fact]
    public void A_failing_request_changes_nothing()
    {
        var data = Data(":a :p 1 .");
        var before = data.Quads.ToList();
        var e = Assert.Throws<QueryEvaluationException>(() => UpdateExecutor.Execute(
            $"PREFIX : <{Ex}> INSERT DATA {{ :b :p 2 }} ; DELETE WHERE {{ :a :p ?x }} ; LOAD <file:///does/not/exist.ttl>", data));
        Assert.Contains("does/not/exist.ttl", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, data.Quads.ToList());
        UpdateExecutor.Execute($"PREFIX : <{Ex}> INSERT DATA {{ :b :p 2 }} ; LOAD SILENT <file:///does/not/exist.ttl>", data);
        Assert.Equal(2, data.Count);
    }

    [Fact]
    public void An_iri_made_from_markup_is_not_stored()
    {
        var data = new Dataset();
        UpdateExecutor.Execute($"INSERT {{ <{Ex}s> <{Ex}p> ?o }} WHERE {{ BIND(IRI(\"http://x/\\\"><img src=x onerror=alert(1)>\") AS ?o) }}", data);
        UpdateExecutor.Execute($"INSERT {{ <{Ex}s> <{Ex}p> ?o }} WHERE {{ BIND(IRI(\"http://x/a\\tb\") AS ?o) }}", data);
        Assert.Equal(0, data.Count);
    }

    [Fact]
    public void Load_without_a_loader_is_refused_and_the_directory_loader_refuses_the_network()
    {
        var data = new Dataset();
        var off = Assert.Throws<QueryEvaluationException>(() => UpdateExecutor.Execute("LOAD <file:///tmp/data.ttl>", data));
        Assert.Contains("no loader is configured", off.Message, StringComparison.Ordinal);
        var remote = Assert.Throws<QueryEvaluationException>(() => UpdateExecutor.Execute("LOAD <http://example.org/data.ttl>", data));
        Assert.Contains("not a source LOAD may fetch (LoadSources)", remote.Message, StringComparison.Ordinal);
        var e = Assert.Throws<QueryEvaluationException>(() => UpdateExecutor.Execute(
            "LOAD <http://example.org/data.ttl>", data, new QueryOptions { Loader = new DirectoryLoader([Path.GetTempPath()]) }));
        Assert.Contains("not a source LOAD may fetch", e.Message, StringComparison.Ordinal);
        Assert.Empty(data.Quads);
    }

    [Fact]
    public void Load_reads_through_the_injected_loader_and_silent_swallows_its_refusal()
    {
        var data = new Dataset();
        var loader = new MemoryLoader(new Dictionary<string, Quad[]>
        {
            ["http://example.org/a.ttl"] = [new Quad(new Iri("http://x/a"), new Iri("http://x/p"), new Literal("v"))],
        });
        UpdateExecutor.Execute("LOAD <http://example.org/a.ttl> INTO GRAPH <http://x/g>", data, new QueryOptions { Loader = loader });
        Assert.Single(data.Match(null, null, null, new Iri("http://x/g")));
        var e = Assert.Throws<QueryEvaluationException>(() => UpdateExecutor.Execute("LOAD <http://example.org/b.ttl>", data, new QueryOptions { Loader = loader }));
        Assert.Equal("LOAD <http://example.org/b.ttl>: not served", e.Message);
        UpdateExecutor.Execute("LOAD SILENT <http://example.org/b.ttl>", data, new QueryOptions { Loader = loader });
        Assert.Equal(["http://example.org/a.ttl", "http://example.org/b.ttl", "http://example.org/b.ttl"], loader.Asked);
    }

    private sealed class MemoryLoader(Dictionary<string, Quad[]> documents) : IUpdateLoader
    {
        public List<string> Asked { get; } = [];

        public IEnumerable<Quad> Load(Iri source, CancellationToken cancellationToken)
        {
            Asked.Add(source.Value);
            return documents.TryGetValue(source.Value, out var quads) ? quads : throw new InvalidOperationException("not served");
        }
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("file:///tmp/../etc/passwd")]
    public void Load_of_a_file_outside_the_allowed_directories_is_refused(string iri)
    {
        var e = Assert.Throws<QueryEvaluationException>(() => UpdateExecutor.Execute($"LOAD <{iri}>", new Dataset(), new QueryOptions { Loader = new DirectoryLoader([Path.GetTempPath()]) }));
        Assert.Contains("not in a directory files may be loaded from", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_reads_local_turtle_into_a_graph()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kgexport-load-{Guid.NewGuid():N}.ttl");
        File.WriteAllText(path, "<http://x/a> <http://x/p> \"v\" .\n");
        try
        {
            var data = new Dataset();
            var load = $"LOAD <{new Uri(path).AbsoluteUri}> INTO GRAPH <http://x/g>";
            UpdateExecutor.Execute(load, data, new QueryOptions { Loader = new DirectoryLoader([Path.GetTempPath()]) });
            Assert.Single(data.Match(null, null, null, new Iri("http://x/g")));
            Assert.Contains("loading files is off", Assert.Throws<QueryEvaluationException>(() => UpdateExecutor.Execute(load, new Dataset())).Message, StringComparison.Ordinal);
            var elsewhere = Assert.Throws<QueryEvaluationException>(() => UpdateExecutor.Execute(load, new Dataset(), new QueryOptions { Loader = new DirectoryLoader(["/nonexistent-dir"]) }));
            Assert.Contains("not in a directory files may be loaded from", elsewhere.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_of_a_file_that_is_not_utf8_fails_at_the_bad_byte_and_loads_nothing()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kgexport-load-{Guid.NewGuid():N}.ttl");
        File.WriteAllBytes(path, [.. "<http://x/a> <http://x/p> \"caf"u8.ToArray(), 0xE9, .. "\" .\n"u8.ToArray()]);
        try
        {
            var data = new Dataset();
            var e = Assert.Throws<QueryEvaluationException>(() => UpdateExecutor.Execute($"LOAD <{new Uri(path).AbsoluteUri}>", data, new QueryOptions { Loader = new DirectoryLoader([Path.GetTempPath()]) }));
            Assert.EndsWith($"{path}: not valid UTF-8 (byte offset 30)", e.Message, StringComparison.Ordinal);
            Assert.Empty(data.Quads);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_protocol_dataset_acts_as_using_on_every_delete_insert()
    {
        var data = new Dataset();
        UpdateExecutor.Execute($"PREFIX : <{Ex}> INSERT DATA {{ GRAPH :g {{ :a :p 1 }} }}", data);
        var request = SparqlParser.ParseUpdate($"PREFIX : <{Ex}> INSERT {{ ?s :q 2 }} WHERE {{ ?s :p 1 }}");

        Assert.True(request.TryUseDataset([new Iri(Ex + "g")], []));
        UpdateExecutor.Execute(request, data);

        Assert.Single(data.Match(new Iri(Ex + "a"), new Iri(Ex + "q"), null, null));
    }

    [Fact]
    public void A_protocol_dataset_is_refused_when_the_update_names_its_own()
    {
        var request = SparqlParser.ParseUpdate($"PREFIX : <{Ex}> INSERT {{ ?s :q 2 }} USING :h WHERE {{ ?s :p 1 }}");
        var data = new Dataset();
        UpdateExecutor.Execute($"PREFIX : <{Ex}> INSERT DATA {{ GRAPH :g {{ :a :p 1 }} GRAPH :h {{ :b :p 1 }} }}", data);

        Assert.False(request.TryUseDataset([new Iri(Ex + "g")], []));
        UpdateExecutor.Execute(request, data);

        // Unchanged by the refusal: the update's own USING :h still decides what WHERE reads.
        Assert.Single(data.Match(null, new Iri(Ex + "q"), null, null));
        Assert.Single(data.Match(new Iri(Ex + "b"), new Iri(Ex + "q"), null, null));
    }
}
