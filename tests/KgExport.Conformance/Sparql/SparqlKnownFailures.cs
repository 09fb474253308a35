namespace KgExport.Conformance.Sparql;

/// <summary>SPARQL conformance tests that fail for a known reason, by test IRI. Keep this the only such list.</summary>
public static class SparqlKnownFailures
{
    private const string RdfXml = "RDF/XML input not supported";

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["http://www.w3.org/2009/sparql/docs/tests/data-sparql11/subquery/manifest#subquery01"] = RdfXml,
        ["http://www.w3.org/2009/sparql/docs/tests/data-sparql11/subquery/manifest#subquery02"] = RdfXml,
        ["http://www.w3.org/2009/sparql/docs/tests/data-sparql11/subquery/manifest#subquery03"] = RdfXml,
        ["http://www.w3.org/2009/sparql/docs/tests/data-sparql11/subquery/manifest#subquery04"] = RdfXml,
        ["http://www.w3.org/2009/sparql/docs/tests/data-sparql11/subquery/manifest#subquery05"] = RdfXml,
        ["http://www.w3.org/2009/sparql/docs/tests/data-sparql11/subquery/manifest#subquery06"] = RdfXml,
        ["http://www.w3.org/2009/sparql/docs/tests/data-sparql11/subquery/manifest#subquery07"] = RdfXml,
        ["http://www.w3.org/2009/sparql/docs/tests/data-sparql11/subquery/manifest#subquery08"] = RdfXml,
        ["http://www.w3.org/2009/sparql/docs/tests/data-sparql11/subquery/manifest#subquery09"] = RdfXml,
        ["http://www.w3.org/2009/sparql/docs/tests/data-sparql11/subquery/manifest#subquery10"] = RdfXml,
        ["http://www.w3.org/2001/sw/DataAccess/tests/data-r2/sort/manifest#dawg-sort-1"] = RdfXml,
        ["http://www.w3.org/2001/sw/DataAccess/tests/data-r2/sort/manifest#dawg-sort-2"] = RdfXml,
        ["http://www.w3.org/2001/sw/DataAccess/tests/data-r2/sort/manifest#dawg-sort-3"] = RdfXml,
        ["http://www.w3.org/2001/sw/DataAccess/tests/data-r2/sort/manifest#dawg-sort-4"] = RdfXml,
        ["http://www.w3.org/2001/sw/DataAccess/tests/data-r2/sort/manifest#dawg-sort-5"] = RdfXml,
        ["http://www.w3.org/2001/sw/DataAccess/tests/data-r2/sort/manifest#dawg-sort-6"] = RdfXml,
        ["http://www.w3.org/2001/sw/DataAccess/tests/data-r2/sort/manifest#dawg-sort-7"] = RdfXml,
        ["http://www.w3.org/2001/sw/DataAccess/tests/data-r2/sort/manifest#dawg-sort-8"] = RdfXml,
        ["http://www.w3.org/2001/sw/DataAccess/tests/data-r2/sort/manifest#dawg-sort-9"] = RdfXml,
        ["http://www.w3.org/2001/sw/DataAccess/tests/data-r2/sort/manifest#dawg-sort-10"] = RdfXml,
    };
}
