using KgExport.Facts;
using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Shacl;
using KgExport.Sparql;
using KgExport.Sparql.Evaluation;
using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>
/// Issue 18, findings 1 and 6: an act in the world is one event node, each article's report of it a kg:Claim; the
/// event's IRI survives a refined date and a QID found later, and separates a recognition granted again after a
/// withdrawal; people without a QID are each article's own.
/// </summary>
public sealed class ClaimLayerTests
{
    private static readonly ShapesGraph Shapes = ShapesGraph.Load(RdfIo.LoadFile(TestPaths.InRepository("shapes", "kg.shapes.ttl")));
    private static readonly string ShapesFile = TestPaths.InRepository("shapes", "kg.shapes.ttl");

    /// <summary>For each article: its claimed date and who it says said so, from the merged graph.</summary>
    private const string AccordingToWhom = """
        PREFIX kg: <https://w3id.org/kgexport/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?id ?date ?who WHERE {
          ?act a kg:RecognitionAct .
          ?claim kg:about ?act ; prov:wasDerivedFrom ?article ; kg:date ?date ; prov:wasAttributedTo/rdfs:label ?who .
          ?article kg:articleId ?id .
        } ORDER BY ?id
        """;

    private static Dataset MapAll(params ArticleFacts[] articles)
    {
        var dataset = new Dataset();
        foreach (var (k, v) in Namespaces.Prefixes().Entries) dataset.Prefixes.Set(k, v);
        foreach (var a in articles) FactsMapper.Map(a, ClaimSample.ArticleText, dataset);
        return dataset;
    }

    /// <summary>The merged graph (named graphs dropped), as Turtle and N-Triples exports write it.</summary>
    private static Dataset Merged(Dataset dataset) => new(ExportWriter.QuadsFor(dataset, RdfFormat.NTriples));

    private static List<Iri> Events(Dataset d) =>
        d.MatchAllGraphs(null, Terms.Type, Terms.Class.RecognitionAct).Select(q => (Iri)q.Subject).Distinct().Order(TermComparer.Instance).Cast<Iri>().ToList();

    private static Iri EventOf(ArticleFacts facts) => Assert.Single(Events(MapAll(facts)));

    [Fact]
    public void Two_articles_with_different_dates_and_sources_give_one_event_two_claims_and_one_conflict()
    {
        var dataset = MapAll(ClaimSample.Facts("art-a", "2024-01-15"), ClaimSample.Facts("art-b", "2024-01-16", source: "ministry"));
        var merged = Merged(dataset);

        var act = Assert.Single(Events(merged));
        Assert.Equal("https://w3id.org/kgexport/id/recognition/nauru_taiwan_state_1", act.Value);
        var claims = merged.Match(null, Terms.About, act, null).Select(q => q.Subject).Order(TermComparer.Instance).ToList();
        Assert.Equal([IriMinter.Claim("art-a", "rec-art-a"), IriMinter.Claim("art-b", "rec-art-b")], claims);
        Assert.Empty(merged.Match(act, Terms.Date, null, null));

        // Merged, the graph still says who said what.
        var rows = QueryExecutor.Execute(SparqlQuery.Parse(AccordingToWhom), merged).Rows
            .Select(r => string.Join(" | ", r.Select(t => ((Literal)t!).LexicalForm))).ToList();
        Assert.Equal(["art-a | 2024-01-15 | Reuters", "art-b | 2024-01-16 | Nauru's foreign ministry"], rows);

        var conflict = Assert.Single(DateConflicts.Find(dataset));
        Assert.Equal(act, conflict.Fact);
        Assert.Equal([("art-a", "2024-01-15"), ("art-b", "2024-01-16")], conflict.Dates.Select(d => (d.Article, d.Date)));
        var message = conflict.Message(Namespaces.Prefixes());
        Assert.Contains("recognition:nauru_taiwan_state_1", message, StringComparison.Ordinal);
        Assert.Contains("2024-01-15 (article art-a), 2024-01-16 (article art-b)", message, StringComparison.Ordinal);

        // Two claims, each with one date: the merge conforms, as the old one-node design could not (two kg:date).
        var report = new ShapeValidator(Shapes).Validate(merged);
        Assert.True(report.Conforms, string.Join("\n", report.Results.Take(5)));
    }

    [JenaFact]
    public void Jena_reads_the_same_according_to_whom_rows_from_the_merged_n_triples_and_accepts_them()
    {
        var merged = MapAll(ClaimSample.Facts("art-a", "2024-01-15"), ClaimSample.Facts("art-b", "2024-01-16", source: "ministry"));
        var data = Seed.WriteTemp(Seed.Lines(merged, RdfFormat.NTriples), ".nt");
        var r = Jena.Run("sparql", "--data", data, "--query", Seed.WriteTemp(AccordingToWhom, ".rq"), "--results=csv");
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(["id,date,who", "art-a,2024-01-15,Reuters", "art-b,2024-01-16,Nauru's foreign ministry"], r.Stdout.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        var check = Jena.Run("shacl-check", "--text", "--shapes", ShapesFile, "--data", data);
        Assert.True(check.ExitCode == 0, check.ToString());
    }

    [Fact]
    public void A_refined_date_is_the_same_event_and_no_conflict()
    {
        Assert.Equal(EventOf(ClaimSample.Facts("art-a", "2024")), EventOf(ClaimSample.Facts("art-b", "2024-01-15")));
        Assert.Equal(EventOf(ClaimSample.Facts("art-a", null)), EventOf(ClaimSample.Facts("art-b", "2024-01-15")));
        var dataset = MapAll(ClaimSample.Facts("art-a", "2024"), ClaimSample.Facts("art-b", "2024-01-15"), ClaimSample.Facts("art-c", "2024-01"));
        Assert.Single(Events(dataset));
        Assert.Empty(DateConflicts.Find(dataset));
    }

    [Fact]
    public void A_qid_found_later_keeps_the_event_where_it_was()
    {
        var before = MapAll(ClaimSample.Facts("art-a", "2024-01-15", taiwanQid: null));
        var after = MapAll(ClaimSample.Facts("art-a", "2024-01-15", taiwanQid: "Q865"));
        Assert.Equal(Assert.Single(Events(before)), Assert.Single(Events(after)));
        // The entity node is the one that moves, to its QID.
        var recognisedBefore = Assert.Single(before.MatchAllGraphs(null, Terms.Recognised, null)).Object;
        var recognisedAfter = Assert.Single(after.MatchAllGraphs(null, Terms.Recognised, null)).Object;
        Assert.Equal("https://w3id.org/kgexport/id/entity/state.taiwan", ((Iri)recognisedBefore).Value);
        Assert.Equal("https://w3id.org/kgexport/id/entity/Q865", ((Iri)recognisedAfter).Value);
    }

    [Fact]
    public void Recognising_again_after_a_withdrawal_is_another_event()
    {
        // Nauru recognised Taiwan (1980), switched to the PRC (2002, withdrawing Taiwan's), and recognised Taiwan again (2005).
        var first = ClaimSample.Facts("art-1980", "1980-05-04", published: "1980-05-05");
        var withdrawal = ClaimSample.Facts("art-2002", "2002-07-21", kind: RecognitionKind.StateWithdrawal, published: "2002-07-22");
        var again = ClaimSample.Facts("art-2005", "2005-05-14", occurrence: 2, published: "2005-05-15");
        var dataset = MapAll(first, withdrawal, again);
        Assert.Equal(
            ["recognition/nauru_taiwan_state_1", "recognition/nauru_taiwan_state_2", "recognition/nauru_taiwan_withdrawal_1"],
            Events(dataset).Select(e => e.Value[Namespaces.Id.Length..]));
        Assert.Empty(DateConflicts.Find(dataset));
        var second = new Iri(Namespaces.Id + "recognition/nauru_taiwan_state_2");
        Assert.Equal([Literal.Typed("2", Vocab.Xsd.Integer)], dataset.MatchAllGraphs(second, Terms.Occurrence, null).Select(q => q.Object));
        Assert.True(new ShapeValidator(Shapes).Validate(Merged(dataset)).Conforms);

        // Without the occurrence, the second grant lands on the first's event, and the dates say so.
        var unmarked = MapAll(first, ClaimSample.Facts("art-2005", "2005-05-14", published: "2005-05-15"));
        Assert.Single(Events(unmarked));
        Assert.Equal(["1980-05-04", "2005-05-14"], Assert.Single(DateConflicts.Find(unmarked)).Dates.Select(d => d.Date));
    }

    [Fact]
    public void People_without_a_qid_are_each_articles_own_unless_the_facts_say_they_are_one()
    {
        Entity[] people =
        [
            new("olga", "Olga", EntityType.Person, null, []),
            new("official", "Lionel Aingimea", EntityType.Person, null, [], CorpusWide: true),
            new("residents", "Nauru residents", EntityType.Group, null, []),
        ];
        var dataset = MapAll(ClaimSample.Facts("art-a", "2024-01-15", extraEntities: people), ClaimSample.Facts("art-b", "2024-01-15", extraEntities: people));
        string[] IrisLabelled(string name) =>
            [.. dataset.MatchAllGraphs(null, Terms.Label, Literal.WithLanguage(name, "en")).Select(q => ((Iri)q.Subject).Value[Namespaces.Id.Length..]).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(["entity/person.olga.art-a", "entity/person.olga.art-b"], IrisLabelled("Olga"));
        Assert.Equal(["entity/group.nauru-residents.art-a", "entity/group.nauru-residents.art-b"], IrisLabelled("Nauru residents"));
        Assert.Equal(["entity/person.lionel-aingimea"], IrisLabelled("Lionel Aingimea"));
        Assert.Equal(["entity/news-agency.reuters"], IrisLabelled("Reuters"));
    }

    [Fact]
    public void The_seeds_two_Olgas_are_two_people_and_the_resident_is_the_articles_own()
    {
        var seed = Seed.Export();
        var olgas = seed.Quads.Where(q => q.Predicate == Terms.Label && q.Object is Literal { LexicalForm: "Olga" or "Olga Makeyeva" })
            .Select(q => ((Iri)q.Subject).Value[Namespaces.Id.Length..]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["entity/person.olga-makeyeva", "entity/person.olga." + Seed.Id], olgas);
    }

    public static TheoryData<string, Func<Dataset, Dataset>, string> Breakages => new()
    {
        { "a fact no claim is about", d => Without(d, Terms.About), "at least one claim" },
        { "a date on the event", d => With(d, q => q.Predicate == Terms.About, q => new Quad((Iri)q.Object, Terms.Date, Literal.Typed("2024-01-15", Vocab.Xsd.Date))), "carries no date" },
        { "an attribution on the event", d => With(d, q => q.Predicate == Terms.About, q => new Quad((Iri)q.Object, Terms.AccordingTo, IriMinter.Source("art-a", "src"))), "carries no attribution" },
        { "a claim about two facts", d => With(d, q => q.Predicate == Terms.About, q => new Quad(q.Subject, Terms.About, new Iri(Namespaces.Id + "recognition/nauru_taiwan_state_9"))), "exactly one fact" },
    };

    private static Dataset Without(Dataset d, Iri predicate) => new(d.Quads.Where(q => q.Predicate != predicate));

    private static Dataset With(Dataset d, Func<Quad, bool> where, Func<Quad, Quad> make) => new(d.Quads.Concat(d.Quads.Where(where).Select(make).ToList()));

    [Theory]
    [MemberData(nameof(Breakages))]
    public void The_shapes_reject_a_broken_claim_layer(string name, Func<Dataset, Dataset> breakIt, string message)
    {
        var good = Merged(MapAll(ClaimSample.Facts("art-a", "2024-01-15")));
        Assert.True(new ShapeValidator(Shapes).Validate(good).Conforms);
        var report = new ShapeValidator(Shapes).Validate(breakIt(good));
        Assert.False(report.Conforms, name);
        Assert.Contains(report.Results, r => r.Messages.Any(m => m.LexicalForm.Contains(message, StringComparison.Ordinal)));
    }
}
