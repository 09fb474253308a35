using System.Globalization;
using System.Text;

namespace KgExport.TestSupport;

/// <summary>
/// Writes a synthetic but realistic Turtle knowledge graph about diplomatic recognition, of at least a given number of
/// triples: IRIs in several namespaces (prefixed names and full IRIs), language-tagged strings in several languages,
/// typed literals (dates, decimals, integers, booleans, doubles), strings with escapes and non-ASCII text, blank-node
/// property lists, nested blank nodes and collections. The same seed always gives the same bytes.
/// </summary>
public sealed class RecognitionCorpus(int seed = 20221)
{
    private static readonly string[] Prefixes =
    [
        "@prefix kg: <https://w3id.org/kgexport/ontology#> .",
        "@prefix state: <https://w3id.org/kgexport/resource/state/> .",
        "@prefix agency: <https://w3id.org/kgexport/resource/agency/> .",
        "@prefix article: <https://w3id.org/kgexport/resource/article/> .",
        "@prefix act: <https://w3id.org/kgexport/resource/act/> .",
        "@prefix schema: <https://schema.org/> .",
        "@prefix prov: <http://www.w3.org/ns/prov#> .",
        "@prefix oa: <http://www.w3.org/ns/oa#> .",
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .",
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
        "@prefix wd: <http://www.wikidata.org/entity/> .",
        "@prefix dct: <http://purl.org/dc/terms/> .",
    ];

    private static readonly string[] StateNames =
    [
        "Kosovo", "Serbia", "Albania", "Abkhazia", "Georgia", "Taiwan", "Palestine", "Western Sahara", "Somaliland",
        "Northern Cyprus", "Transnistria", "South Ossetia", "Donetsk", "Luhansk", "Crimea", "Nagorno-Karabakh",
        "Côte d'Ivoire", "São Tomé and Príncipe", "Türkiye", "Россия", "Україна", "中华民国", "المغرب", "ישראל",
    ];

    private static readonly (string Tag, string Word)[] Languages =
    [
        ("en", "recognises"), ("fr", "reconnaît"), ("de", "erkennt an"), ("es", "reconoce"), ("ru", "признаёт"),
        ("zh-Hans", "承认"), ("ar", "تعترف"), ("pt-BR", "reconhece"), ("sr-Latn", "priznaje"),
    ];

    private static readonly string[] Agencies = ["Reuters", "AFP", "TASS", "Xinhua", "AP", "Anadolu", "Telegram channel \"Rybar\""];

    private static readonly string[] Kinds = ["StateRecognition", "GovernmentRecognition", "Withdrawal", "Severance", "Annexation"];

    private readonly Random _random = new(seed);
    private long _triples;

    /// <summary>Writes the corpus and returns the exact number of triples written.</summary>
    public long Write(TextWriter output, long minimumTriples, CancellationToken cancellationToken = default)
    {
        foreach (var prefix in Prefixes) output.Write(prefix + "\n");
        output.Write("\n");
        WriteStates(output);
        for (var article = 0; _triples < minimumTriples; article++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteArticle(output, article);
        }
        output.Flush();
        return _triples;
    }

    private void WriteStates(TextWriter output)
    {
        for (var i = 0; i < StateNames.Length; i++)
        {
            var tag = Languages[i % Languages.Length].Tag is "en" ? "en-GB" : Languages[i % Languages.Length].Tag;
            output.Write($"state:{Slug(StateNames[i])} a kg:State, schema:Country ;\n");
            output.Write($"    rdfs:label \"{Escape(StateNames[i])}\"@en, \"{Escape(StateNames[i])}\"@{tag} ;\n");
            output.Write($"    owl:sameAs wd:Q{1000 + (i * 7919) % 90000} ;\n");
            output.Write($"    kg:population {_random.Next(50_000, 150_000_000)} ;\n");
            output.Write($"    kg:limitedRecognition {(i % 3 == 0 ? "true" : "false")} .\n\n");
            _triples += 7;
        }
    }

    private void WriteArticle(TextWriter output, int article)
    {
        var date = new DateOnly(2008, 1, 1).AddDays(_random.Next(0, 6000));
        var agency = Agencies[_random.Next(Agencies.Length)];
        var (lang, verb) = Languages[_random.Next(Languages.Length)];
        var recogniser = StateNames[_random.Next(StateNames.Length)];
        var recognised = StateNames[_random.Next(StateNames.Length)];
        var articleIri = $"article:{article:x8}";

        // The article: prefixed names, typed and language-tagged literals, escapes, a full IRI, a collection.
        output.Write($"{articleIri} a schema:NewsArticle ;\n");
        output.Write($"    schema:headline \"{Escape(recogniser)} {verb} {Escape(recognised)}\"@{lang} ;\n");
        output.Write($"    schema:datePublished \"{date:yyyy-MM-dd}\"^^xsd:date ;\n");
        output.Write($"    schema:url <https://news.example.org/{date:yyyy/MM/dd}/story-{article}.html> ;\n");
        output.Write($"    schema:publisher agency:{Slug(agency)} ;\n");
        output.Write($"    prov:wasAttributedTo [ a prov:Agent ; schema:name \"{Escape(agency)}\" ] ;\n");
        output.Write($"    dct:abstract \"Line one of the summary.\\nLine two: \\\"{Escape(recognised)}\\\" — {article}.\" ;\n");
        var mentions = 2 + _random.Next(3);
        output.Write("    kg:mentions (");
        for (var m = 0; m < mentions; m++) output.Write($" state:{Slug(StateNames[_random.Next(StateNames.Length)])}");
        output.Write(" ) .\n");
        _triples += 10 + 2 * mentions;

        // The act it reports, with nested evidence (a blank node inside a blank node) and numeric shorthands.
        var acts = 1 + _random.Next(3);
        for (var a = 0; a < acts; a++)
        {
            var start = _random.Next(0, 4000);
            output.Write($"act:{article:x8}-{a} a kg:RecognitionAct ;\n");
            output.Write($"    kg:kind kg:{Kinds[_random.Next(Kinds.Length)]} ;\n");
            output.Write($"    kg:recogniser state:{Slug(recogniser)} ;\n");
            output.Write($"    kg:recognised state:{Slug(recognised)} ;\n");
            output.Write($"    kg:date \"{date.AddDays(-_random.Next(0, 3)):yyyy-MM-dd}\"^^xsd:date ;\n");
            output.Write($"    kg:ordinal {1 + _random.Next(120)} ;\n");
            output.Write($"    kg:confidence {(_random.Next(500, 1000) / 1000m).ToString("0.000", CultureInfo.InvariantCulture)} ;\n");
            output.Write($"    kg:score {(_random.NextDouble() * 10).ToString("0.###E+0", CultureInfo.InvariantCulture)} ;\n");
            output.Write($"    <http://www.w3.org/ns/prov#wasDerivedFrom> {articleIri} ;\n");
            output.Write("    kg:evidence [ a oa:TextQuoteSelector ;\n");
            output.Write($"        oa:exact \"{Escape(recogniser)} {verb} {Escape(recognised)}\"@{lang} ;\n");
            output.Write($"        oa:start \"{start}\"^^xsd:nonNegativeInteger ; oa:end \"{start + 40 + _random.Next(80)}\"^^xsd:nonNegativeInteger ;\n");
            output.Write($"        oa:refinedBy [ a oa:TextPositionSelector ; oa:start {start} ] ] .\n");
            _triples += 17;
        }
        output.Write("\n");
    }

    private static string Slug(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (c is ' ' or '-' or '\'' or '"') sb.Append('_');
            else sb.Append('x').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
