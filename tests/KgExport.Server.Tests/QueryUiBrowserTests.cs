using System.Text.Json;
using System.Text.RegularExpressions;
using KgExport.Rdf;

namespace KgExport.Server.Tests;

/// <summary>
/// The query UI in a real browser: headless Debian Chromium opens /?example=0&amp;run=1 on a Kestrel server over the
/// seed articles, the page runs the first README example, and the rendered result table must hold the expected rows.
/// </summary>
public sealed partial class QueryUiBrowserTests
{
    private static string Yasgui => Path.Combine(QueryUi.Root, "yasgui", "yasgui.min.js");

    [SkippableFact]
    public async Task Yasgui_runs_the_first_example_and_shows_its_rows()
    {
        RequireChromium();
        Skip.IfNot(File.Exists(Yasgui) || TestPaths.IsCi, $"SKIPPED: YASGUI was not installed at build time ({Yasgui}); the built-in editor is tested separately");
        Assert.True(File.Exists(Yasgui), $"YASGUI was not installed at build time: {Yasgui}");
        var dom = await RenderAsync("/?example=0&run=1");
        var table = TableOf(dom, "<table id=\"DataTables_Table_0\"");
        AssertExpectedRows(table);
    }

    [SkippableFact]
    public async Task Built_in_editor_runs_the_first_example_and_shows_its_rows()
    {
        RequireChromium();
        var dom = await RenderAsync("/?example=0&run=1&editor=basic");
        Assert.Contains("class=\"kg-kw\">SELECT</span>", dom);
        var table = TableOf(dom, "<table class=\"kg-results\"");
        AssertExpectedRows(table);
    }

    [SkippableFact]
    public async Task A_shared_query_link_opens_and_runs_its_own_query_not_an_example()
    {
        RequireChromium();
        var dom = await RenderAsync("/?editor=basic&query=" + Uri.EscapeDataString("SELECT ?shared WHERE { BIND(\"shared-link-ran\" AS ?shared) }"));
        var table = TableOf(dom, "<table class=\"kg-results\"");
        Assert.Contains("shared-link-ran", table);
        Assert.DoesNotContain("recogniser", dom);
    }

    /// <summary>
    /// Issue 16: over data holding a <c>javascript:</c> IRI, an IRI with a quote and a literal with markup, the built-in
    /// editor's table shows them as text: no live script link, no injected attribute or element.
    /// </summary>
    [SkippableFact]
    public async Task Built_in_editor_shows_hostile_values_as_text()
    {
        RequireChromium();
        var dataset = TestData.Seeds();
        var sameAs = new Iri("http://www.w3.org/2002/07/owl#sameAs");
        var label = new Iri("http://www.w3.org/2000/01/rdf-schema#label");
        var script = new Iri(TestData.Ex + "script");
        dataset.Add(script, sameAs, new Iri("javascript:alert(document.domain)//"));
        dataset.Add(script, label, new Literal("<img src=x id=injected-element>"));
        var quote = new Iri(TestData.Ex + "quote");
        dataset.Add(quote, sameAs, new Iri("http://x/\"><b id=\"injected-attribute\">"));
        dataset.Add(quote, label, new Literal("a quote"));

        var dom = await RenderAsync("/?example=4&run=1&editor=basic", dataset);
        var table = dom[dom.IndexOf("<table class=\"kg-results\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("href=\"javascript:", table, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("javascript:alert(document.domain)//", table);
        Assert.DoesNotContain("<b ", table);
        Assert.DoesNotContain("<img", table);
        Assert.Contains("&lt;img src=x id=injected-element&gt;", table);
        Assert.Contains("href=\"http://www.wikidata.org/entity/", table);
    }

    [Fact]
    public void Every_example_is_in_the_readme()
    {
        var readme = File.ReadAllText(TestPaths.InRepository("README.md")).ReplaceLineEndings("\n");
        foreach (var example in Examples()) Assert.Contains(example.TrimEnd('\n'), readme);
    }

    [Fact]
    public async Task Every_example_answers_rows_on_the_seed_articles()
    {
        await using var host = await TestServerHost.StartAsync(TestData.Seeds());
        foreach (var query in Examples())
        {
            using var response = await host.Client.GetAsync("/sparql?query=" + Uri.EscapeDataString(query));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, body);
            Assert.NotEmpty(JsonDocument.Parse(body).RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray());
        }
    }

    private static List<string> Examples() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(QueryUi.Root, "examples.json"))).RootElement.EnumerateArray()
            .Select(e => e.GetProperty("query").GetString()!).ToList();

    /// <summary>Russia recognised both republics on 2022-02-21; North Korea recognised them too.</summary>
    private static void AssertExpectedRows(string table)
    {
        var rows = RowPattern().Matches(table).Select(m => TagPattern().Replace(m.Value, " ")).ToList();
        Assert.Contains(rows, r => r.Contains("Russia") && r.Contains("Donetsk People's Republic", StringComparison.Ordinal) && r.Contains("2022-02-21"));
        Assert.Contains(rows, r => r.Contains("North Korea") && r.Contains("Luhansk People's Republic", StringComparison.Ordinal));
    }

    private static string TableOf(string dom, string start)
    {
        var at = dom.IndexOf(start, StringComparison.Ordinal);
        Assert.True(at >= 0, $"no result table ({start}) in the rendered page:\n{dom[..Math.Min(dom.Length, 3000)]}");
        var end = dom.IndexOf("</table>", at, StringComparison.Ordinal);
        return System.Net.WebUtility.HtmlDecode(dom[at..end]);
    }

    private static void RequireChromium() => HeadlessChromium.Require();

    /// <summary>Serves the seeds (or the dataset given) on Kestrel and returns the DOM Chromium sees once the page has settled.</summary>
    private static Task<string> RenderAsync(string path, Dataset? dataset = null) => HeadlessChromium.DumpDomAsync(dataset ?? TestData.Seeds(), path);

    [GeneratedRegex("<tr[ >].*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
