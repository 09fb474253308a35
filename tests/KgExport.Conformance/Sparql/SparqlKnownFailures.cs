namespace KgExport.Conformance.Sparql;

/// <summary>SPARQL conformance tests that fail for a known reason, by test IRI. Keep this the only such list.</summary>
public static class SparqlKnownFailures
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
    };
}
