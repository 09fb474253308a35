using KgExport.Rdf;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Results;

namespace KgExport.Sparql.Tests.Results;

public sealed class ResultFormatTests
{
    private static readonly QueryResult Sample = QueryResult.FromBindings(["s", "o"],
    [
        [new Iri("http://x/a"), Literal.WithLanguage("chat, \"cat\"", "fr")],
        [new BlankNode("b1"), Literal.Typed("42", Vocab.Xsd.Integer)],
        [new Iri("http://x/c"), null],
        [null, new Literal("tab\there\nline")],
    ]);

    private static string Write(QueryResult r, SparqlResultsFormat f)
    {
        var sw = new StringWriter();
        SparqlResultsFormats.Write(r, f, sw);
        return sw.ToString();
    }

    [Theory]
    [InlineData(SparqlResultsFormat.Json)]
    [InlineData(SparqlResultsFormat.Xml)]
    [InlineData(SparqlResultsFormat.Tsv)]
    public void Typed_formats_round_trip(SparqlResultsFormat format)
    {
        var back = SparqlResultsFormats.Read(new StringReader(Write(Sample, format)), format);
        Assert.Equal(Sample.Variables, back.Variables);
        Assert.Equal(Sample.Rows.Select(r => string.Join("|", r.Select(t => t?.ToString()))), back.Rows.Select(r => string.Join("|", r.Select(t => t?.ToString()))));
    }

    [Fact]
    public void Csv_quotes_and_uses_crlf()
    {
        var csv = Write(Sample, SparqlResultsFormat.Csv);
        Assert.Equal("s,o\r\nhttp://x/a,\"chat, \"\"cat\"\"\"\r\n_:b1,42\r\nhttp://x/c,\r\n,\"tab\there\nline\"\r\n", csv);
        var back = SparqlResultsFormats.Read(new StringReader(csv), SparqlResultsFormat.Csv);
        Assert.Equal(4, back.Rows.Count());
    }

    [Fact]
    public void Tsv_keeps_one_field_per_term_and_one_line_per_row_whatever_an_iri_holds()
    {
        var hostile = QueryResult.FromBindings(["s", "o"], [[new Iri("http://x/a\tb\nc"), new Literal("t\tn\n")]]);
        var tsv = Write(hostile, SparqlResultsFormat.Tsv);
        Assert.Equal("?s\t?o\n<http://x/a\\u0009b\\u000Ac>\t\"t\\tn\\n\"\n", tsv);
        var lines = tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.All(lines, line => Assert.Single(line, '\t'));
    }

    [Fact]
    public void Booleans_in_every_format()
    {
        var yes = QueryResult.FromBoolean(true);
        Assert.Contains("\"boolean\": true", Write(yes, SparqlResultsFormat.Json), StringComparison.Ordinal);
        Assert.Contains("<boolean>true</boolean>", Write(yes, SparqlResultsFormat.Xml), StringComparison.Ordinal);
        Assert.True(SparqlResultsFormats.Read(new StringReader(Write(yes, SparqlResultsFormat.Json)), SparqlResultsFormat.Json).Boolean);
        Assert.True(SparqlResultsFormats.Read(new StringReader(Write(yes, SparqlResultsFormat.Xml)), SparqlResultsFormat.Xml).Boolean);
    }

    [Fact]
    public void Bad_documents_report_where()
    {
        var e = Assert.Throws<SparqlResultsFormatException>(() => SparqlResultsFormats.Read(new StringReader("{\"head\": {"), SparqlResultsFormat.Json));
        Assert.Contains("invalid JSON", e.Message, StringComparison.Ordinal);
        var t = Assert.Throws<SparqlResultsFormatException>(() => SparqlResultsFormats.Read(new StringReader("?x\n<http://a> junk\n"), SparqlResultsFormat.Tsv));
        Assert.StartsWith("2:", t.Message, StringComparison.Ordinal);
    }
}
