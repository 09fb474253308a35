using KgExport.Rdf;

namespace KgExport.Diff.Tests;

internal static class Data
{
    public static List<Quad> TriG(string text) =>
        [.. RdfIo.CreateParser(RdfFormat.TriG, new ParserOptions()).Parse(new StringReader(
            "@prefix ex: <http://example.org/> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n" + text))];

    public static PrefixMap Prefixes()
    {
        var map = new PrefixMap();
        map.Set("ex", "http://example.org/");
        map.Set("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        return map;
    }

    public static string Text(DatasetDifference difference, DiffReportFormat format = DiffReportFormat.Text) =>
        new DiffReport("old", "new", Prefixes()).ToText(difference, format);
}
