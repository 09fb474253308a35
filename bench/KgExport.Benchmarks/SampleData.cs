using System.Globalization;
using System.Text;
using KgExport.Rdf;

namespace KgExport.Benchmarks;

/// <summary>
/// Generated, realistic-looking input for the parse benchmarks: news-graph-like Turtle with prefixed and full IRIs,
/// language-tagged and typed literals, numbers, blank node property lists and collections; and the same data as
/// N-Triples. Deterministic for a given size.
/// </summary>
public static class SampleData
{
    private static readonly string[] Languages = ["en", "fr", "de", "uk", "es"];
    private static readonly string[] Countries = ["Kosovo", "Palestine", "Taiwan", "Western_Sahara", "Abkhazia", "South_Ossetia", "Northern_Cyprus", "Somaliland"];

    /// <summary>Turtle with roughly <paramref name="triples"/> triples.</summary>
    public static string Turtle(int triples)
    {
        var random = new Random(42);
        var sb = new StringBuilder(triples * 90);
        sb.Append("@prefix kg: <https://w3id.org/kgexport/ontology#> .\n");
        sb.Append("@prefix ex: <https://example.org/kg/> .\n");
        sb.Append("@prefix schema: <http://schema.org/> .\n");
        sb.Append("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n");
        sb.Append("@prefix prov: <http://www.w3.org/ns/prov#> .\n\n");
        var count = 0;
        for (var i = 0; count < triples; i++)
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            var country = Countries[random.Next(Countries.Length)];
            var lang = Languages[random.Next(Languages.Length)];
            sb.Append("ex:act").Append(id).Append(" a kg:RecognitionAct ;\n");
            sb.Append("    kg:recogniser <https://www.wikidata.org/wiki/Q").Append(random.Next(1, 300000)).Append("> ;\n");
            sb.Append("    kg:recognised ex:").Append(country).Append(" ;\n");
            sb.Append("    kg:date \"20").Append(random.Next(10, 27)).Append("-0").Append(random.Next(1, 10)).Append("-1").Append(random.Next(0, 10)).Append("\"^^xsd:date ;\n");
            sb.Append("    kg:ordinal ").Append(random.Next(1, 120)).Append(" ;\n");
            sb.Append("    kg:confidence ").Append(random.Next(0, 100)).Append('.').Append(random.Next(0, 100)).Append(" ;\n");
            sb.Append("    schema:description \"Recognition number ").Append(id).Append(" of ").Append(country.Replace('_', ' '))
                .Append(", announced by the \\\"ministry\\\"\"@").Append(lang).Append(" ;\n");
            sb.Append("    prov:wasDerivedFrom [ a kg:TextSpan ; kg:start ").Append(random.Next(0, 5000))
                .Append(" ; kg:exact \"\"\"the government decided to recognise\nthe state\"\"\" ] ;\n");
            sb.Append("    kg:tags ( \"diplomacy\" \"recognition\" ex:tag").Append(random.Next(0, 50)).Append(" ) .\n");
            count += 10 + 3 + 6;
        }
        return sb.ToString();
    }

    /// <summary>The same data as <see cref="Turtle"/>, written as N-Triples.</summary>
    public static string NTriples(int triples)
    {
        var parser = new TurtleParser(new ParserOptions(), allowGraphs: false);
        var sb = new StringBuilder(triples * 140);
        foreach (var quad in parser.Parse(new StringReader(Turtle(triples))))
        {
            NTriplesFormatter.AppendQuad(sb, quad);
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
