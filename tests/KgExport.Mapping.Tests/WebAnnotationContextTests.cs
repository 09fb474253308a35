using System.Text.Json;
using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Mapping.Tests;

/// <summary>
/// Issue 18, finding 7: the evidence in the JSON-LD export is a W3C Web Annotation. The project's context gives the
/// Web Annotation terms the names, IRIs and value types of the Web Annotation Data Model's JSON (section 3 of the
/// recommendation, IRIs from the Web Annotation Vocabulary), so an annotation written as an annotation tool writes it
/// means, under our context, what the mapping emits.
/// </summary>
public sealed class WebAnnotationContextTests
{
    private const string Oa = "http://www.w3.org/ns/oa#";
    private const string NonNegativeInteger = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger";

    /// <summary>The Web Annotation JSON term names used for evidence, and the vocabulary IRI each stands for.</summary>
    private static readonly (string Term, string Iri)[] WebAnnotationTerms =
    [
        ("Annotation", Oa + "Annotation"),
        ("SpecificResource", Oa + "SpecificResource"),
        ("TextQuoteSelector", Oa + "TextQuoteSelector"),
        ("TextPositionSelector", Oa + "TextPositionSelector"),
        ("linking", Oa + "linking"),
        ("body", Oa + "hasBody"),
        ("target", Oa + "hasTarget"),
        ("source", Oa + "hasSource"),
        ("selector", Oa + "hasSelector"),
        ("motivation", Oa + "motivatedBy"),
        ("exact", Oa + "exact"),
        ("prefix", Oa + "prefix"),
        ("suffix", Oa + "suffix"),
        ("start", Oa + "start"),
        ("end", Oa + "end"),
    ];

    private static List<string> Expand(string json) =>
        [.. RdfIo.CreateParser(RdfFormat.JsonLd, new ParserOptions { SourceName = "annotation", DocumentLoader = OntologyDocuments.Loader() })
            .Parse(new StringReader(json))
            .Select(q => q.ToString())
            .Order(StringComparer.Ordinal)];

    /// <summary>An annotation as the Data Model's examples write one: positions as JSON numbers, the motivation by name.</summary>
    private const string ClientAnnotation = $$"""
        {
          "@context": "{{OntologyDocuments.ContextIri}}",
          "id": "http://example.org/anno/1",
          "type": "Annotation",
          "body": "http://example.org/fact/1",
          "motivation": "linking",
          "target": {
            "id": "http://example.org/span/1",
            "type": "SpecificResource",
            "source": "http://example.org/article/1",
            "selector": [
              {"id": "http://example.org/selector/q", "type": "TextQuoteSelector", "exact": "recognised", "prefix": "North Korea ", "suffix": " two"},
              {"id": "http://example.org/selector/p", "type": "TextPositionSelector", "start": 12, "end": 22}
            ]
          }
        }
        """;

    [Fact]
    public void An_annotation_written_with_the_Web_Annotation_term_names_reads_as_the_mapping_writes_evidence()
    {
        const string type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
        string[] expected =
        [
            $"<http://example.org/anno/1> {type} <{Terms.Oa.Annotation.Value}> .",
            $"<http://example.org/anno/1> <{Terms.Oa.HasBody.Value}> <http://example.org/fact/1> .",
            $"<http://example.org/anno/1> <{Terms.Oa.HasTarget.Value}> <http://example.org/span/1> .",
            $"<http://example.org/anno/1> <{Terms.Oa.MotivatedBy.Value}> <{Terms.Oa.Linking.Value}> .",
            $"<http://example.org/selector/p> {type} <{Terms.Oa.TextPositionSelector.Value}> .",
            $"<http://example.org/selector/p> <{Terms.Oa.End.Value}> \"22\"^^<{Terms.NonNegativeInteger.Value}> .",
            $"<http://example.org/selector/p> <{Terms.Oa.Start.Value}> \"12\"^^<{Terms.NonNegativeInteger.Value}> .",
            $"<http://example.org/selector/q> {type} <{Terms.Oa.TextQuoteSelector.Value}> .",
            $"<http://example.org/selector/q> <{Terms.Oa.Exact.Value}> \"recognised\" .",
            $"<http://example.org/selector/q> <{Terms.Oa.Prefix.Value}> \"North Korea \" .",
            $"<http://example.org/selector/q> <{Terms.Oa.Suffix.Value}> \" two\" .",
            $"<http://example.org/span/1> {type} <{Terms.Oa.SpecificResource.Value}> .",
            $"<http://example.org/span/1> <{Terms.Oa.HasSelector.Value}> <http://example.org/selector/p> .",
            $"<http://example.org/span/1> <{Terms.Oa.HasSelector.Value}> <http://example.org/selector/q> .",
            $"<http://example.org/span/1> <{Terms.Oa.HasSource.Value}> <http://example.org/article/1> .",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), Expand(ClientAnnotation));
    }

    [Fact]
    public void Positions_given_as_digit_strings_are_the_same_non_negative_integers()
    {
        var asStrings = ClientAnnotation.Replace("\"start\": 12, \"end\": 22", "\"start\": \"12\", \"end\": \"22\"", StringComparison.Ordinal);
        Assert.NotEqual(ClientAnnotation, asStrings);
        Assert.Equal(Expand(ClientAnnotation), Expand(asStrings));
        Assert.Contains(Expand(asStrings), l => l.EndsWith($"<{Oa}start> \"12\"^^<{NonNegativeInteger}> .", StringComparison.Ordinal));
    }

    [Fact]
    public void The_context_names_each_Web_Annotation_term_with_the_vocabulary_IRI_and_no_other_term_names_an_oa_IRI()
    {
        using var json = JsonDocument.Parse(OntologyDocuments.ContextJson);
        var context = json.RootElement.GetProperty("@context");
        var prefixes = context.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()! is var ns && (ns.EndsWith('#') || ns.EndsWith('/')))
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
        string Resolve(string value) =>
            value.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && prefixes.TryGetValue(value[..colon], out var ns) ? ns + value[(colon + 1)..] : value;
        var oaTerms = context.EnumerateObject()
            .Select(p => (Term: p.Name, Iri: Resolve(p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.ValueKind == JsonValueKind.Object && p.Value.TryGetProperty("@id", out var id) ? id.GetString()! : "")))
            .Where(t => t.Iri.StartsWith(Oa, StringComparison.Ordinal) && t.Iri != Oa)
            .OrderBy(t => t.Term, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(WebAnnotationTerms.OrderBy(t => t.Term, StringComparer.Ordinal), oaTerms);
        Assert.Equal(Oa, prefixes["oa"]);

        // The value types the Data Model's JSON gives them: resources by IRI, the motivation by vocabulary name,
        // positions as non-negative integers, the quote's strings plain.
        string? TypeOf(string term) => context.GetProperty(term) is { ValueKind: JsonValueKind.Object } d && d.TryGetProperty("@type", out var t) ? t.GetString() : null;
        Assert.All(new[] { "body", "target", "source", "selector" }, t => Assert.Equal("@id", TypeOf(t)));
        Assert.Equal("@vocab", TypeOf("motivation"));
        Assert.All(new[] { "start", "end" }, t => Assert.Equal(NonNegativeInteger, Resolve(TypeOf(t)!)));
        Assert.All(new[] { "exact", "prefix", "suffix" }, t => Assert.Null(TypeOf(t)));
        Assert.Equal("@id", context.GetProperty("id").GetString());
        Assert.Equal("@type", context.GetProperty("type").GetString());
    }

    [Fact]
    public void The_mapping_emits_evidence_in_the_IRIs_the_context_names()
    {
        string[] emitted =
        [
            Terms.Oa.Annotation.Value, Terms.Oa.SpecificResource.Value, Terms.Oa.TextQuoteSelector.Value, Terms.Oa.TextPositionSelector.Value,
            Terms.Oa.Linking.Value, Terms.Oa.HasBody.Value, Terms.Oa.HasTarget.Value, Terms.Oa.HasSource.Value, Terms.Oa.HasSelector.Value,
            Terms.Oa.MotivatedBy.Value, Terms.Oa.Exact.Value, Terms.Oa.Prefix.Value, Terms.Oa.Suffix.Value, Terms.Oa.Start.Value, Terms.Oa.End.Value,
        ];
        Assert.Equal(WebAnnotationTerms.Select(t => t.Iri).Order(StringComparer.Ordinal), emitted.Order(StringComparer.Ordinal));
        Assert.Equal(NonNegativeInteger, Terms.NonNegativeInteger.Value);
    }
}
