using System.Text.Json;

namespace KgExport.Diff.Tests;

public sealed class ReportTests
{
    [Fact]
    public void Markdown_keeps_pipes_and_backticks_inside_code_and_one_row_per_property()
    {
        var d = DatasetComparer.Compare(Data.TriG("ex:a ex:p \"x|y\" ."), Data.TriG("ex:a ex:p \"a `b` c\" ."));
        var md = Data.Text(d, DiffReportFormat.Markdown);
        Assert.Contains("| ~ | `ex:a` | `ex:p` | `\"x\\|y\"` | `` \"a `b` c\" `` |\n", md);
    }

    [Fact]
    public void Markdown_stops_before_the_size_a_pull_request_comment_allows_and_says_what_it_left_out()
    {
        var lines = string.Join(" ", Enumerable.Range(0, 3000).Select(i => $"ex:node{i} ex:value \"{new string('v', 40)}{i}\" ."));
        var d = DatasetComparer.Compare([], Data.TriG(lines));
        var md = Data.Text(d, DiffReportFormat.Markdown);
        Assert.True(md.Length < 65_536, md.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Matches(@"\*… [\d,]+ more nodes not shown; run `kgexport diff --format text` for the whole report\.\*", md);
    }

    [Fact]
    public void Json_encodes_terms_as_sparql_results_do_and_nested_blank_nodes_as_nodes()
    {
        var d = DatasetComparer.Compare(Data.TriG("ex:a ex:p [ ex:q \"x\"@en ] ."), Data.TriG("ex:a ex:p [ ex:q \"y\"@en ] ."));
        using var json = JsonDocument.Parse(Data.Text(d, DiffReportFormat.Json));
        var property = json.RootElement.GetProperty("graphs")[0].GetProperty("nodes")[0].GetProperty("properties")[0];
        Assert.Equal("http://example.org/p", property.GetProperty("property").GetString());
        var added = property.GetProperty("added")[0];
        Assert.Equal("node", added.GetProperty("type").GetString());
        var inner = added.GetProperty("properties")[0].GetProperty("value");
        Assert.Equal("literal", inner.GetProperty("type").GetString());
        Assert.Equal("y", inner.GetProperty("value").GetString());
        Assert.Equal("en", inner.GetProperty("xml:lang").GetString());
        Assert.True(json.RootElement.GetProperty("graphs")[0].GetProperty("graph").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public void Text_shows_numbers_and_booleans_as_turtle_does_and_other_literals_with_their_datatype()
    {
        var d = DatasetComparer.Compare([], Data.TriG("ex:a ex:n 5 ; ex:d 1.5 ; ex:b true ; ex:t \"2022\"^^<http://www.w3.org/2001/XMLSchema#gYear> ; ex:w \"05\"^^<http://www.w3.org/2001/XMLSchema#integer> ."));
        var text = Data.Text(d);
        Assert.Contains("      ex:n 5\n", text);
        Assert.Contains("      ex:d 1.5\n", text);
        Assert.Contains("      ex:b true\n", text);
        Assert.Contains("      ex:t \"2022\"^^<http://www.w3.org/2001/XMLSchema#gYear>\n", text);
        Assert.Contains("      ex:w 05\n", text);
    }
}
