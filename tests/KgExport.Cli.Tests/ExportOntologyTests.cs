using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Cli.Tests;

/// <summary><c>export --ontology</c>: the ontology and the superclass types it entails, in every form, still validated.</summary>
public sealed class ExportOntologyTests : IDisposable
{
    private const string Prefixes =
        "PREFIX kg: <https://w3id.org/kgexport/ontology#> PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> " +
        "PREFIX schema: <https://schema.org/> PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX owl: <http://www.w3.org/2002/07/owl#> ";

    private static readonly string Seeds = TestPaths.InRepository("seeds");

    private readonly ScratchDirectory _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private string Export(string name, params string[] extra)
    {
        var target = _scratch.File(name);
        var r = CliRun.Invoke(["export", Seeds, "-o", target, "--no-cache", "-q", .. extra]);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal("", r.Stderr);
        return target;
    }

    /// <summary>The values of the query's only variable, one per row, sorted.</summary>
    private static List<string> Column(string data, string select)
    {
        var r = CliRun.Invoke("query", "-d", data, "-e", Prefixes + select, "-r", "tsv");
        Assert.True(r.ExitCode == 0, r.ToString());
        return [.. r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.TrimEnd('\r')).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void A_query_for_sem_Event_finds_the_recognition_acts_only_with_the_ontology()
    {
        var plain = Export("plain.ttl");
        var withOntology = Export("ontology.ttl", "--ontology");

        var acts = Column(withOntology, "SELECT ?e WHERE { ?e a kg:RecognitionAct }");
        Assert.NotEmpty(acts);
        Assert.Equal(acts, Column(plain, "SELECT ?e WHERE { ?e a kg:RecognitionAct }"));

        Assert.Empty(Column(plain, "SELECT ?e WHERE { ?e a sem:Event }"));
        var events = Column(withOntology, "SELECT ?e WHERE { ?e a sem:Event }");
        Assert.Subset(events.ToHashSet(), acts.ToHashSet());
        Assert.Equal(events, Column(withOntology, "SELECT ?e WHERE { ?e a schema:Event }"));
        // The other events (severances, annexations, ...) are sem:Events too, and nothing that is not a kg:Event is.
        Assert.Equal(events, Column(withOntology, "SELECT ?e WHERE { ?e a kg:Event }"));
        Assert.Empty(Column(plain, "SELECT ?e WHERE { ?e a kg:Event }"));
    }

    [Fact]
    public void Superclass_types_are_transitive_and_the_ontology_is_in_the_export()
    {
        var withOntology = Export("ontology.ttl", "--ontology");
        // kg:NewsAgency < kg:Organisation < prov:Organization (two steps up).
        var agencies = Column(withOntology, "SELECT ?a WHERE { ?a a kg:NewsAgency }");
        Assert.NotEmpty(agencies);
        Assert.Equal(agencies, Column(withOntology, "SELECT ?a WHERE { ?a a kg:NewsAgency , prov:Organization , schema:NewsMediaOrganization }"));
        Assert.Equal(["<https://w3id.org/kgexport/ontology>"], Column(withOntology, "SELECT ?o WHERE { ?o a owl:Ontology }"));
        Assert.Empty(Column(Export("plain.ttl"), "SELECT ?o WHERE { ?o a owl:Ontology }"));
    }

    [Theory]
    [InlineData("turtle", "ttl")]
    [InlineData("trig", "trig")]
    [InlineData("nquads", "nq")]
    [InlineData("ntriples", "nt")]
    [InlineData("jsonld", "jsonld")]
    public void The_export_with_the_ontology_conforms_and_is_byte_stable(string format, string extension)
    {
        var first = Export("a." + extension, "--ontology", "-f", format);
        var second = Export("b." + extension, "--ontology", "-f", format);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        var validation = CliRun.Invoke("validate", first);
        Assert.True(validation.ExitCode == 0, validation.ToString());
        // TriG and N-Quads keep the article graphs, so the types are looked for in any graph.
        Assert.NotEmpty(Column(first, "SELECT DISTINCT ?e WHERE { { ?e a sem:Event } UNION { GRAPH ?g { ?e a sem:Event } } }"));
    }

    [Fact]
    public void In_nquads_an_entailed_type_is_in_the_graph_its_class_was_stated_in()
    {
        var lines = File.ReadAllLines(Export("ontology.nq", "--ontology", "-f", "nquads"));
        const string type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
        var act = lines.First(l => l.Contains(type + " <https://w3id.org/kgexport/ontology#RecognitionAct> <", StringComparison.Ordinal));
        var entailed = act.Replace("<https://w3id.org/kgexport/ontology#RecognitionAct>", "<http://semanticweb.cs.vu.nl/2009/11/sem/Event>", StringComparison.Ordinal);
        Assert.Contains(entailed, lines);
    }

    private static List<Quad> Read(string path, RdfFormat format) =>
        [.. RdfIo.CreateParser(format, new ParserOptions { SourceName = path, DocumentLoader = OntologyDocuments.Loader() })
            .Parse(new StringReader(File.ReadAllText(path)))];

    /// <summary>The export with the ontology as JSON-LD: the same quads as TriG, and merged, the same triples as Turtle.</summary>
    [Fact]
    public void The_jsonld_export_with_the_ontology_expands_to_the_quads_of_trig_and_the_triples_of_turtle()
    {
        var jsonLd = Read(Export("ontology.jsonld", "--ontology", "-f", "jsonld"), RdfFormat.JsonLd);
        var trig = Read(Export("ontology.trig", "--ontology", "-f", "trig"), RdfFormat.TriG);
        var turtle = Read(Export("ontology.ttl", "--ontology", "-f", "turtle"), RdfFormat.Turtle);
        Assert.True(Isomorphism.AreIsomorphic(trig, jsonLd), Isomorphism.Describe(trig, jsonLd));

        // The ontology is in the default graph, the facts and their entailed types in the article's graph.
        Assert.Contains(jsonLd, q => q.InDefaultGraph && q.Subject is Iri { Value: OntologyDocuments.OntologyIri });
        Assert.Contains(jsonLd, q => !q.InDefaultGraph && q.Object is Iri { Value: "http://semanticweb.cs.vu.nl/2009/11/sem/Event" });
        var merged = jsonLd.Select(q => q.InGraph(null)).Distinct().ToList();
        Assert.True(Isomorphism.AreIsomorphic(turtle, merged), Isomorphism.Describe(turtle, merged));
    }

    [JsonLdOracleFact]
    public void The_reference_processor_reads_the_jsonld_export_with_the_ontology_as_its_nquads_export()
    {
        var jsonLd = Export("ontology.jsonld", "--ontology", "-f", "jsonld");
        var nquads = Export("ontology.nq", "--ontology", "-f", "nquads");
        var (code, stdout, stderr) = JsonLdOracle.Run("iso", "--safe", jsonLd, nquads);
        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
    }
}
