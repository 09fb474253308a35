using KgExport.Corpus;
using KgExport.Rdf;

namespace KgExport.Server.Tests;

/// <summary>Small datasets the server tests run against.</summary>
public static class TestData
{
    public const string Ex = "http://example.org/";

    public const string Turtle = """
        @prefix ex: <http://example.org/> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        ex:alice a ex:Person ; rdfs:label "Alice"@en ; ex:knows ex:bob .
        ex:bob a ex:Person ; rdfs:label "Bob"@en .
        ex:carol a ex:Person ; rdfs:label "Carol" .
        """;

    /// <summary>Three people in the default graph, one triple in the named graph ex:g1.</summary>
    public static Dataset People()
    {
        var parser = RdfIo.CreateParser(RdfFormat.Turtle, new ParserOptions { SourceName = "people.ttl" });
        var dataset = new Dataset(parser.Parse(new StringReader(Turtle)));
        foreach (var (k, v) in parser.Prefixes.Entries) dataset.Prefixes.Set(k, v);
        dataset.Add(new Iri(Ex + "dave"), new Iri(Ex + "knows"), new Iri(Ex + "alice"), new Iri(Ex + "g1"));
        return dataset;
    }

    /// <summary>n subjects with one triple each: enough for a cross join that cannot finish in a short timeout.</summary>
    public static Dataset Numbers(int n)
    {
        var dataset = new Dataset();
        for (var i = 0; i < n; i++) dataset.Add(new Iri($"{Ex}n{i}"), new Iri(Ex + "value"), Literal.Typed(i.ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.Integer));
        return dataset;
    }

    /// <summary>The repository's seed articles, through the export pipeline (as <c>kgexport serve seeds</c> loads them).</summary>
    public static Dataset Seeds() => DatasetLoader.Load([TestPaths.InRepository("seeds")], new CorpusOptions(), into: new Dataset(unionDefaultGraph: true));

    /// <summary>The seed articles and Pages/kosovo-timeline.trig: recognitions of Kosovo at every precision, two withdrawals.</summary>
    public static Dataset SeedsAndKosovo()
    {
        var dataset = Seeds();
        var path = Path.Combine(AppContext.BaseDirectory, "Pages", "kosovo-timeline.trig");
        var parser = RdfIo.CreateParser(RdfFormat.TriG, new ParserOptions { SourceName = path });
        using var reader = new StreamReader(path);
        dataset.AddRange(parser.Parse(reader));
        return dataset;
    }
}
