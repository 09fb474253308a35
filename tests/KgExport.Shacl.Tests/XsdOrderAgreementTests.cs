using KgExport.Rdf;
using KgExport.Sparql;
using KgExport.Sparql.Evaluation;
using static KgExport.Shacl.Tests.ShaclFixture;

namespace KgExport.Shacl.Tests;

/// <summary>
/// SPARQL's comparison operators and SHACL's range constraints read literal values through one XSD layer, so they
/// must agree on every pair: which of the two is smaller, that they are equal, or that they are not comparable.
/// </summary>
public class XsdOrderAgreementTests
{
    [Theory]
    // numbers across the type hierarchy, promotion included
    [InlineData("1", "2", "<")]
    [InlineData("\"10\"^^xsd:byte", "9.5", ">")]
    [InlineData("1.0", "1", "=")]
    [InlineData("\"1e0\"^^xsd:double", "1", "=")]
    [InlineData("\"-INF\"^^xsd:double", "\"-5\"^^xsd:long", "<")]
    [InlineData("\"NaN\"^^xsd:double", "1", "none")]
    [InlineData("\"300\"^^xsd:byte", "1", "none")]
    [InlineData("\"1.5\"^^xsd:integer", "1", "none")]
    [InlineData("\"1.\"^^xsd:decimal", "\".5\"^^xsd:decimal", ">")]
    // strings, booleans, and what is never ordered
    [InlineData("\"a\"", "\"b\"^^xsd:string", "<")]
    [InlineData("\"a\"@en", "\"b\"@en", "none")]
    [InlineData("\"1\"", "1", "none")]
    [InlineData("false", "true", "<")]
    [InlineData("\"P1D\"^^xsd:duration", "\"P2D\"^^xsd:duration", "none")]
    // dateTime: with, without and across time zones
    [InlineData("\"2022-02-24T05:00:00+03:00\"^^xsd:dateTime", "\"2022-02-24T02:00:00Z\"^^xsd:dateTime", "=")]
    [InlineData("\"2022-02-24T05:00:00+03:00\"^^xsd:dateTime", "\"2022-02-24T03:00:00Z\"^^xsd:dateTime", "<")]
    [InlineData("\"2022-02-24T05:00:00\"^^xsd:dateTime", "\"2022-02-24T06:00:00\"^^xsd:dateTime", "<")]
    [InlineData("\"2022-02-24T05:00:00\"^^xsd:dateTime", "\"2022-02-24T05:00:00Z\"^^xsd:dateTime", "none")]
    [InlineData("\"2022-02-24T05:00:00\"^^xsd:dateTime", "\"2022-02-25T20:00:00Z\"^^xsd:dateTime", "<")]
    [InlineData("\"2022-02-24T24:00:00Z\"^^xsd:dateTime", "\"2022-02-25T00:00:00Z\"^^xsd:dateTime", "=")]
    [InlineData("\"2022-02-24T05:00:00Z\"^^xsd:dateTimeStamp", "\"2022-02-24T06:00:00Z\"^^xsd:dateTime", "<")]
    [InlineData("\"2022-02-30T05:00:00Z\"^^xsd:dateTime", "\"2022-02-24T06:00:00Z\"^^xsd:dateTime", "none")]
    [InlineData("\"12022-01-01T00:00:00Z\"^^xsd:dateTime", "\"9999-12-31T00:00:00Z\"^^xsd:dateTime", ">")]
    [InlineData("\"-0044-03-15T00:00:00Z\"^^xsd:dateTime", "\"0001-01-01T00:00:00Z\"^^xsd:dateTime", "<")]
    // date, time and the Gregorian types
    [InlineData("\"2022-02-24\"^^xsd:date", "\"2022-02-25\"^^xsd:date", "<")]
    [InlineData("\"2022-02-24+14:00\"^^xsd:date", "\"2022-02-23-10:00\"^^xsd:date", "=")]
    [InlineData("\"2022-02-24\"^^xsd:date", "\"2022-02-24Z\"^^xsd:date", "none")]
    [InlineData("\"2022-02-24\"^^xsd:date", "\"2022-02-24T00:00:00\"^^xsd:dateTime", "none")]
    [InlineData("\"09:30:00\"^^xsd:time", "\"10:00:00\"^^xsd:time", "<")]
    [InlineData("\"10:00:00+02:00\"^^xsd:time", "\"08:00:00Z\"^^xsd:time", "=")]
    [InlineData("\"2021\"^^xsd:gYear", "\"2022\"^^xsd:gYear", "<")]
    [InlineData("\"-0001\"^^xsd:gYear", "\"0001\"^^xsd:gYear", "<")]
    [InlineData("\"2022\"^^xsd:gYear", "\"2022Z\"^^xsd:gYear", "none")]
    [InlineData("\"2022-02\"^^xsd:gYearMonth", "\"2022-11\"^^xsd:gYearMonth", "<")]
    [InlineData("\"2022-13\"^^xsd:gYearMonth", "\"2022-11\"^^xsd:gYearMonth", "none")]
    [InlineData("\"--02-29\"^^xsd:gMonthDay", "\"--03-01\"^^xsd:gMonthDay", "<")]
    [InlineData("\"--12\"^^xsd:gMonth", "\"--01\"^^xsd:gMonth", ">")]
    [InlineData("\"---15\"^^xsd:gDay", "\"---15\"^^xsd:gDay", "=")]
    [InlineData("\"2022\"^^xsd:gYear", "\"2022-01\"^^xsd:gYearMonth", "none")]
    public void Sparql_and_shacl_order_the_same_values_alike(string a, string b, string expected)
    {
        Assert.Equal(expected, SparqlVerdict(a, b));
        Assert.Equal(expected, ShaclRangeVerdict(a, b));
        Assert.Equal(expected, ShaclPairVerdict(a, b));
    }

    private static string SparqlVerdict(string a, string b)
    {
        bool Ask(string op) => QueryExecutor.Execute(
            SparqlQuery.Parse($"PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ASK {{ FILTER({a} {op} {b}) }}"), new Dataset()).Boolean;
        return Verdict(Ask("<"), Ask(">"), Ask("<=") && Ask(">="));
    }

    /// <summary>sh:maxExclusive b holds when a &lt; b, sh:minExclusive b when a &gt; b; both inclusive bounds when equal.</summary>
    private static string ShaclRangeVerdict(string a, string b)
    {
        bool Conforms(string component) => Validate($"""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:v ; sh:{component} {b} ] .
            ex:x ex:v {a} .
            """).Conforms;
        return Verdict(Conforms("maxExclusive"), Conforms("minExclusive"), Conforms("minInclusive") && Conforms("maxInclusive"));
    }

    /// <summary>sh:lessThan and sh:lessThanOrEquals compare the values of two properties through the same order.</summary>
    private static string ShaclPairVerdict(string a, string b)
    {
        bool Conforms(string component, string left, string right) => Validate($"""
            ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:v ; sh:{component} ex:w ] .
            ex:x ex:v {left} ; ex:w {right} .
            """).Conforms;
        return Verdict(
            Conforms("lessThan", a, b),
            Conforms("lessThan", b, a),
            Conforms("lessThanOrEquals", a, b) && Conforms("lessThanOrEquals", b, a));
    }

    private static string Verdict(bool less, bool greater, bool equal) =>
        (less, greater, equal) switch
        {
            (true, false, false) => "<",
            (false, true, false) => ">",
            (false, false, true) => "=",
            (false, false, false) => "none",
            _ => $"inconsistent (< {less}, > {greater}, = {equal})",
        };
}
