using KgExport.Rdf;
using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>The seed export against shapes/kg.shapes.ttl, judged by Jena's SHACL (until our validator gates exports).</summary>
public sealed class SeedShaclTests
{
    private static readonly string Shapes = TestPaths.InRepository("shapes", "kg.shapes.ttl");

    [JenaFact]
    public void Seed_export_conforms_to_the_shapes()
    {
        var data = Seed.WriteTemp(Seed.Lines(Seed.Export(), RdfFormat.NTriples), ".nt");
        var r = Jena.Run("shacl-check", "--text", "--shapes", Shapes, "--data", data);
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    [JenaFact]
    public void Ontology_and_context_files_parse()
    {
        var r = Jena.Run("riot", "--validate", TestPaths.InRepository("ontology", "kg.ttl"));
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    public static TheoryData<string, string, string> Breakages => new()
    {
        // name, N-Triples line pattern to find (substring), replacement ("" deletes the line)
        { "recognition without recogniser", "<https://w3id.org/kgexport/ontology#recogniser>", "" },
        { "date as plain string", "\"2022-07-13\"^^<http://www.w3.org/2001/XMLSchema#date>", "\"2022-07-13\"" },
        { "bad Wikidata IRI", "<http://www.wikidata.org/entity/Q423>", "<http://www.wikidata.org/wiki/Q423>" },
        { "fact without article", "<http://www.w3.org/ns/prov#wasDerivedFrom>", "" },
        { "fact without review status", "<https://w3id.org/kgexport/ontology#reviewStatus>", "" },
        { "review status that is no status", "<https://w3id.org/kgexport/ontology#Reviewed>", "<https://w3id.org/kgexport/ontology#Checked>" },
        { "date without its earliest bound", "<https://w3id.org/kgexport/ontology#earliestDate>", "" },
        { "earliest bound after the latest", "<https://w3id.org/kgexport/ontology#earliestDate> \"2014-01-01\"", "<https://w3id.org/kgexport/ontology#earliestDate> \"2015-01-01\"" },
        { "bound that is no xsd:date", "<https://w3id.org/kgexport/ontology#latestDate> \"2014-12-31\"^^<http://www.w3.org/2001/XMLSchema#date>", "<https://w3id.org/kgexport/ontology#latestDate> \"2014\"^^<http://www.w3.org/2001/XMLSchema#gYear>" },
        { "dated fact without its date basis", "<https://w3id.org/kgexport/ontology#dateBasis>", "" },
        { "date basis that is none", "<https://w3id.org/kgexport/ontology#InferredDate>", "<https://w3id.org/kgexport/ontology#GuessedDate>" },
        { "undated fact with a date basis", "<https://w3id.org/kgexport/ontology#date> \"2014\"^^<http://www.w3.org/2001/XMLSchema#gYear>", "" },
        { "input file without its hash", "<https://w3id.org/kgexport/ontology#sha256>", "" },
        { "position selector start as string", "^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>", "" },
    };

    [JenaFact]
    public void Broken_exports_do_not_conform()
    {
        var lines = Seed.Lines(Seed.Export(), RdfFormat.NTriples).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var (name, find, replace) in Breakages.Select(row => ((string)row[0], (string)row[1], (string)row[2])))
        {
            var broken = Break(lines, find, replace);
            var data = Seed.WriteTemp(string.Join('\n', broken) + "\n", ".nt");
            var r = Jena.Run("shacl-check", "--text", "--shapes", Shapes, "--data", data);
            Assert.True(r.ExitCode == 1, $"{name}: expected violations (exit 1)\n{r}");
        }
    }

    /// <summary>Deletes the lines containing <paramref name="find"/> (empty replacement) or replaces it in them.</summary>
    internal static List<string> Break(IReadOnlyList<string> lines, string find, string replace)
    {
        var deleteLines = replace.Length == 0 && !find.StartsWith('^');
        var broken = lines
            .Select(l => !l.Contains(find, StringComparison.Ordinal) ? l : deleteLines ? null : l.Replace(find, replace, StringComparison.Ordinal))
            .OfType<string>()
            .ToList();
        Assert.NotEqual(lines, broken);
        return broken;
    }

    [JenaFact]
    public void A_recogniser_that_is_not_a_polity_is_a_violation()
    {
        // Make North Korea a person: kg:recogniser then points at a non-polity.
        var lines = Seed.Lines(Seed.Export(), RdfFormat.NTriples)
            .Replace("<http://www.wikidata.org/entity/Q423> .", "<http://www.wikidata.org/entity/Q423> .", StringComparison.Ordinal)
            .Replace(
                "<https://w3id.org/kgexport/id/entity/Q423> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kgexport/ontology#State> .",
                "<https://w3id.org/kgexport/id/entity/Q423> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kgexport/ontology#Person> .",
                StringComparison.Ordinal);
        var data = Seed.WriteTemp(lines, ".nt");
        var r = Jena.Run("shacl-check", "--text", "--shapes", Shapes, "--data", data);
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("recogniser", r.Stdout + r.Stderr, StringComparison.Ordinal);
    }
}
