using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Testing;

namespace KgExport.Mapping.Tests;

/// <summary>The ontology defines, labels and comments every term the mapping emits; the JSON-LD context points into it.</summary>
public sealed partial class OntologyTests
{
    private static readonly string OntologyPath = TestPaths.InRepository("ontology", "kg.ttl");

    [GeneratedRegex(@"^kg:(\w+)", RegexOptions.Multiline)]
    private static partial Regex Definition();

    private static HashSet<string> Defined() =>
        Definition().Matches(File.ReadAllText(OntologyPath)).Select(m => Namespaces.Kg + m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> EmittedKgTerms() =>
        new[] { typeof(Terms), typeof(Terms.Class), typeof(Terms.Value) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => f.GetValue(null))
            .OfType<Iri>()
            .Select(i => i.Value)
            .Where(v => v.StartsWith(Namespaces.Kg, StringComparison.Ordinal));

    [Fact]
    public void Every_emitted_kg_term_is_defined_in_the_ontology()
    {
        var defined = Defined();
        var missing = EmittedKgTerms().Where(t => !defined.Contains(t)).ToList();
        Assert.True(missing.Count == 0, "not in ontology/kg.ttl: " + string.Join(", ", missing));
        Assert.True(EmittedKgTerms().Count() > 40);
    }

    [Fact]
    public void Every_context_term_in_the_kg_namespace_is_defined()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestPaths.InRepository("ontology", "context.jsonld")));
        var defined = Defined();
        var kgTerms = json.RootElement.GetProperty("@context").EnumerateObject()
            .Select(p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("@id", out var id) ? id.GetString()! : "")
            .Where(v => v.StartsWith("kg:", StringComparison.Ordinal))
            .Select(v => Namespaces.Kg + v[3..])
            .ToList();
        Assert.NotEmpty(kgTerms);
        Assert.All(kgTerms, t => Assert.Contains(t, defined));
    }

    /// <summary>Issue 18, finding 7: kg:url had no term, so a compacted article carried the full IRI as a key.</summary>
    [Fact]
    public void Every_emitted_kg_property_and_class_has_a_context_term()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(TestPaths.InRepository("ontology", "context.jsonld")));
        var termIds = json.RootElement.GetProperty("@context").EnumerateObject()
            .Select(p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("@id", out var id) ? id.GetString()! : "")
            .Where(v => v.StartsWith("kg:", StringComparison.Ordinal))
            .Select(v => Namespaces.Kg + v[3..])
            .ToHashSet(StringComparer.Ordinal);
        var emitted = new[] { typeof(Terms), typeof(Terms.Class) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => f.GetValue(null)).OfType<Iri>().Select(i => i.Value)
            .Where(v => v.StartsWith(Namespaces.Kg, StringComparison.Ordinal))
            .ToList();
        Assert.Contains(Terms.Url.Value, emitted);
        var missing = emitted.Where(t => !termIds.Contains(t)).ToList();
        Assert.True(missing.Count == 0, "no term in ontology/context.jsonld: " + string.Join(", ", missing));
    }

    [JenaFact]
    public void Every_ontology_term_has_a_label_and_a_comment()
    {
        var unlabelled = Jena.Ask(OntologyPath, $$"""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            ASK { ?t a ?k . FILTER(STRSTARTS(STR(?t), "{{Namespaces.Kg}}"))
                  FILTER NOT EXISTS { ?t rdfs:label ?l ; rdfs:comment ?c } }
            """);
        Assert.False(unlabelled);
        Assert.True(Jena.Ask(OntologyPath, """
            PREFIX kg: <https://w3id.org/kgexport/ontology#>
            ASK { kg:GrantOfRecognition kg:cameoCode "054" . kg:SeveranceOfRelations kg:cameoCode "161" . }
            """));
        // 054 is granting recognition, of a state or of a government; a withdrawal of either is no grant, so the code is
        // on the polarity, and neither the withdrawal, the kinds (which withdrawals share) nor the class carries it.
        Assert.False(Jena.Ask(OntologyPath, """
            PREFIX kg: <https://w3id.org/kgexport/ontology#>
            ASK { VALUES ?t { kg:WithdrawalOfRecognition kg:StateRecognition kg:GovernmentRecognition kg:RecognitionAct } ?t kg:cameoCode ?c }
            """));
    }
}
