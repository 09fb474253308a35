using KgExport.Facts;
using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Shacl;
using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>
/// Issue 18, finding 5: a recognition act says what it is about (kg:recognitionKind, state or government) and, apart
/// from that, whether it grants or withdraws (kg:recognitionPolarity); a government is an entity of its own that
/// kg:recognised can name; the ordinal carries the source's group. Our shapes and Jena's agree on every case.
/// </summary>
public sealed class RecognitionKindMappingTests
{
    private const string Kg = "https://w3id.org/kgexport/ontology#";
    private static readonly string ShapesFile = TestPaths.InRepository("shapes", "kg.shapes.ttl");
    private static readonly ShapesGraph Shapes = ShapesGraph.Load(RdfIo.LoadFile(ShapesFile));

    /// <summary>
    /// The seed with a Government of Ukraine that North Korea recognises and then withdraws from (not what the
    /// article says: the evidence spans are the seed's, enough to exercise the mapping).
    /// </summary>
    private static ArticleFacts WithGovernment()
    {
        var seed = Seed.Facts();
        var government = new Entity("kyiv-government", "Government of Ukraine", EntityType.Government, null, [], GovernmentOf: "ukraine");
        var grant = seed.Recognitions[0] with { Id = "rec-gov", Recognised = government.Id, Kind = RecognitionKind.Government, Ordinal = null, OrdinalScope = null };
        var withdrawal = grant with { Id = "wd-gov", Kind = RecognitionKind.GovernmentWithdrawal, Date = FactDate.Parse("2022-07-14") };
        return seed with { Entities = [.. seed.Entities, government], Recognitions = [.. seed.Recognitions, grant, withdrawal] };
    }

    private static Dataset Export(ArticleFacts facts) => FactsMapper.Map(facts, Seed.Text(), Seed.Run());

    private static Iri Act(Dataset d, string recognised, Iri polarity) => d.Quads
        .Where(q => q.Predicate == Terms.RecognitionPolarity && q.Object == polarity)
        .Select(q => (Iri)q.Subject)
        .Single(s => d.Quads.Any(q => q.Subject == s && q.Predicate == Terms.Recognised && ((Iri)q.Object).Value.EndsWith(recognised, StringComparison.Ordinal)));

    private static Term? Value(Dataset d, Iri subject, Iri predicate) => d.Quads.Where(q => q.Subject == subject && q.Predicate == predicate).Select(q => q.Object).FirstOrDefault();

    [Fact]
    public void Kind_and_polarity_are_two_properties_and_a_government_is_recognised_and_withdrawn_from()
    {
        var d = Export(WithGovernment());
        var grant = Act(d, "government.government-of-ukraine", Terms.Value.GrantOfRecognition);
        var withdrawal = Act(d, "government.government-of-ukraine", Terms.Value.WithdrawalOfRecognition);
        Assert.NotEqual(grant, withdrawal);
        Assert.Equal(Terms.Value.GovernmentRecognition, Value(d, grant, Terms.RecognitionKind));
        Assert.Equal(Terms.Value.GovernmentRecognition, Value(d, withdrawal, Terms.RecognitionKind));
        Assert.EndsWith("_government-withdrawal_1", withdrawal.Value, StringComparison.Ordinal);

        var government = (Iri)Value(d, grant, Terms.Recognised)!;
        Assert.Equal(Terms.Class.Government, Value(d, government, Terms.Type));
        Assert.Equal(new Iri("https://w3id.org/kgexport/id/entity/Q212"), Value(d, government, Terms.GovernmentOf));

        // The seed's own acts: North Korea's grants of state recognition, third among the nations, as the article's claims say.
        var scoped = d.Quads.Where(q => q.Predicate == Terms.OrdinalScope).ToList();
        Assert.Equal(2, scoped.Count);
        Assert.All(scoped, q => Assert.Equal(Literal.WithLanguage("nation", "en"), q.Object));
        Assert.All(scoped, q => Assert.Contains("recognition/north-korea_", ((Iri)Value(d, (Iri)q.Subject, Terms.About)!).Value, StringComparison.Ordinal));
        Assert.True(new ShapeValidator(Shapes).Validate(d).Conforms);
    }

    [JenaFact]
    public void Jena_accepts_a_government_recognition_and_its_withdrawal()
    {
        var lines = Seed.Lines(Export(WithGovernment()), RdfFormat.NTriples);
        var r = Jena.Run("shacl-check", "--text", "--shapes", ShapesFile, "--data", Seed.WriteTemp(lines, ".nt"));
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    public static readonly TheoryData<string, string, string, string> Broken = new()
    {
        { "a government recognised as a state", $"<{Kg}recognitionKind> <{Kg}GovernmentRecognition>", $"<{Kg}recognitionKind> <{Kg}StateRecognition>", "is recognised as a government" },
        { "an act without polarity", $"<{Kg}recognitionPolarity>", "", "grants or withdraws" },
        { "withdrawal as a kind, as exports before the split wrote it", $"<{Kg}recognitionKind> <{Kg}StateRecognition>", $"<{Kg}recognitionKind> <{Kg}WithdrawalOfRecognition>", "about a state or a government" },
        { "an ordinal scope without its ordinal", $"<{Kg}ordinal>", "", "without kg:ordinal" },
        { "a government of no state", $"<{Kg}governmentOf>", "", "government of one state" },
    };

    private static string BreakExport(string find, string replace)
    {
        var lines = Seed.Lines(Export(WithGovernment()), RdfFormat.NTriples).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('\n', SeedShaclTests.Break(lines, find, replace)) + "\n";
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Our_validator_rejects(string name, string find, string replace, string message)
    {
        var data = new Dataset(new NQuadsParser(new ParserOptions(), allowQuads: false).Parse(new StringReader(BreakExport(find, replace))));
        var report = new ShapeValidator(Shapes).Validate(data);
        Assert.False(report.Conforms, name);
        Assert.Contains(report.Results, r => r.Messages.Any(m => m.LexicalForm.Contains(message, StringComparison.Ordinal)));
    }

    [JenaFact]
    public void Jena_rejects_each_case()
    {
        foreach (var row in Broken)
        {
            var (name, find, replace, message) = ((string)row[0], (string)row[1], (string)row[2], (string)row[3]);
            var r = Jena.Run("shacl-check", "--text", "--shapes", ShapesFile, "--data", Seed.WriteTemp(BreakExport(find, replace), ".nt"));
            Assert.True(r.ExitCode == 1, $"{name}: expected violations (exit 1)\n{r}");
            Assert.Contains(message, r.Stdout + r.Stderr, StringComparison.Ordinal);
        }
    }
}
