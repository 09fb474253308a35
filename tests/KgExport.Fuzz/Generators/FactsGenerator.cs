using System.Globalization;
using System.Text;

namespace KgExport.Fuzz.Generators;

/// <summary>
/// Facts files for <see cref="Article"/>: the article object, entities, sources, roles and every kind of fact, with
/// references that mostly resolve, evidence spans that mostly match the text (offsets counted in code points around
/// astral characters and combining marks, and now and then off by one or past the end), dates at every precision and
/// wrong, confidences; for DeepNesting, JSON nested around and past the loader's depth of 64.
/// </summary>
public sealed class FactsGenerator : IDocumentGenerator
{
    /// <summary>The article the facts are checked against: short, with surrogate pairs, a combining mark, CRLF and a tab.</summary>
    public const string Article =
        "Pyongyang, July 14 (Reuters) \uD83C\uDDF0\uD83C\uDDF5 North Korea on Wednesday recognised the Donetsk People's Republic.\r\n" +
        "Ukraine broke ties with Pyongyang; Re\u0301sume\u0301: Russia annexed Crimea in 2014.\tKyiv said \"never\" \uD83D\uDE00.";

    private static readonly string[] EntityIds = ["north-korea", "dpr", "ukraine", "russia", "crimea", "kcna", "choe"];
    private static readonly string[] EntityTypes = ["state", "breakaway-entity", "region", "person", "organisation", "news-agency", "state ", "State"];
    private static readonly int[] CodePoints = CodePointStarts(Article);

    public string Generate(FuzzRandom random, DocumentShape shape)
    {
        var w = new Writer(random, shape == DocumentShape.LongTokens);
        if (shape == DocumentShape.DeepNesting) w.Deep();
        else w.Document();
        return w.Sb.ToString();
    }

    private static int[] CodePointStarts(string text)
    {
        var starts = new List<int>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1) starts.Add(i);
        starts.Add(text.Length);
        return [.. starts];
    }

    private sealed class Writer(FuzzRandom r, bool longTokens)
    {
        public readonly StringBuilder Sb = new();
        private bool _first;

        private readonly LongTokens _long = new(r, longTokens, 20);

        private bool Long => _long.Next();

        public void Document()
        {
            Open();
            if (r.Chance(97))
            {
                Key("article");
                Open();
                Field("id", r.Chance(90) ? "000_fuzz" : FuzzText.Name(r, Long));
                Field("headline", FuzzText.StringContent(r, Long));
                if (r.Chance(80)) Field("published", Date());
                if (r.Chance(60)) Field("publisher", r.Pick(["reuters", "", "kcna"]));
                if (r.Chance(50)) Field("dateline", "July 14 (Reuters)");
                if (r.Chance(50)) Field("language", r.Pick(["en", "fr", "", "en-GB", "xx-"]));
                if (r.Chance(30)) Field("url", FuzzText.Iri(r, Long));
                Close();
            }
            Array("entities", r.Next(0, 5), Entity);
            if (r.Chance(60)) Array("sources", r.Next(0, 3), Source);
            if (r.Chance(30)) Array("roles", r.Next(0, 2), Role);
            if (r.Chance(60)) Array("recognitions", r.Next(0, 3), Recognition);
            if (r.Chance(40)) Array("severances", r.Next(0, 2), () => Pair("by", "with"));
            if (r.Chance(40)) Array("establishments", r.Next(0, 2), Establishment);
            if (r.Chance(40)) Array("annexations", r.Next(0, 2), () => Pair("annexer", "annexed"));
            if (r.Chance(30)) Array("stances", r.Next(0, 2), Stance);
            if (r.Chance(30)) Array("quotes", r.Next(0, 2), Quote);
            if (r.Chance(20)) { Key(r.Chance(80) ? "notes" : FuzzText.Name(r)); if (r.Chance(50)) Str(FuzzText.StringContent(r, Long)); else Sb.Append("[\"a\",1]"); }
            Close();
        }

        private void Entity()
        {
            Open();
            Field("id", r.Chance(90) ? r.Pick(EntityIds) : FuzzText.Name(r, Long));
            Field("name", r.Chance(90) ? r.Pick(["North Korea", "Donetsk People's Republic", "Ukraine", "Russia", "Crimea", "KCNA", "Choe Son Hui"]) : FuzzText.StringContent(r, Long));
            Field("type", r.Pick(EntityTypes));
            if (r.Chance(70)) { Key("wikidata"); if (r.Chance(30)) Sb.Append("null"); else Str(r.Pick(["Q423", "Q212", "Q0", "Q", "P31", "q423", "Q99999999999999999999"])); }
            if (r.Chance(50)) { Key("aliases"); Sb.Append('['); Str(r.Pick(["Pyongyang", "the North", "", "Kyiv"])); Sb.Append(']'); }
            if (r.Chance(5)) { Key("operatedBy"); Str(r.Pick(EntityIds)); }
            Close();
        }

        private void Source()
        {
            Open();
            Field("id", r.Pick(["src-reuters", "src-kcna", "src-x"]));
            Field("kind", r.Pick(["report", "post", "statement", "agency", "unknown"]));
            if (r.Chance(50)) Field("by", r.Pick(EntityIds));
            if (r.Chance(30)) Field("medium", r.Pick(EntityIds));
            if (r.Chance(20)) Field("platform", r.Pick(["telegram", ""]));
            if (r.Chance(40)) { Key("date"); if (r.Chance(50)) Sb.Append("null"); else Str(Date()); }
            Evidence();
            Close();
        }

        private void Role()
        {
            Open();
            Field("id", "role-" + r.Next(3));
            Field("person", r.Pick(EntityIds));
            Field("kind", r.Pick(["head", "foreign-minister", "president", "spokesperson", "x"]));
            Field("of", r.Pick(EntityIds));
            Evidence();
            Attribution();
            Close();
        }

        private void Recognition()
        {
            Open();
            Field("id", "rec-" + r.Next(3));
            Field("recogniser", r.Pick(EntityIds));
            Field("recognised", r.Pick(EntityIds));
            Field("kind", r.Pick(["state", "government", "withdrawal", "other"]));
            if (r.Chance(70)) { Key("date"); if (r.Chance(10)) Sb.Append("null"); else Str(Date()); }
            if (r.Chance(30)) { Key("ordinal"); Sb.Append(r.Pick(["1", "3", "0", "-1", "2.5", "\"3\"", "99999999999999999999"])); }
            if (r.Chance(20)) Field("instrument", FuzzText.StringContent(r, Long));
            if (r.Chance(20)) Field("announcedBy", r.Pick(EntityIds));
            if (r.Chance(20)) { Key("confidence"); Sb.Append(r.Pick(["0.9", "1", "0", "1.5", "-0.1", "1e-300", "\"0.9\""])); }
            Evidence();
            Attribution();
            Close();
        }

        private void Pair(string a, string b)
        {
            Open();
            Field("id", "fact-" + r.Next(4));
            Field(a, r.Pick(EntityIds));
            Field(b, r.Pick(EntityIds));
            if (r.Chance(70)) Field("date", Date());
            if (r.Chance(20)) { Key("inResponseTo"); Sb.Append("[\"rec-0\"]"); }
            Evidence();
            Attribution();
            Close();
        }

        private void Establishment()
        {
            Open();
            Field("id", "est-" + r.Next(3));
            Key("between");
            Sb.Append('[');
            Str(r.Pick(EntityIds));
            for (var i = r.Chance(80) ? 1 : r.Next(0, 3); i > 0; i--) { Sb.Append(','); Str(r.Pick(EntityIds)); }
            Sb.Append(']');
            if (r.Chance(30)) { Key("restoration"); Sb.Append(r.Pick(["true", "false", "\"yes\""])); }
            if (r.Chance(70)) Field("date", Date());
            Evidence();
            Attribution();
            Close();
        }

        private void Stance()
        {
            Open();
            Field("id", "st-" + r.Next(3));
            Field("actor", r.Pick(EntityIds));
            Field("position", r.Pick(["endorse", "reject", "neutral"]));
            Key("targets");
            Sb.Append('[');
            Str(r.Pick(["rec-0", "fact-1", "est-0", "nothing"]));
            Sb.Append(']');
            Evidence();
            Attribution();
            Close();
        }

        private void Quote()
        {
            Open();
            Field("id", "q-" + r.Next(3));
            Field("speaker", r.Pick(EntityIds));
            Field("text", r.Chance(70) ? "never" : FuzzText.StringContent(r, Long));
            if (r.Chance(50)) Field("medium", r.Pick(EntityIds));
            Evidence();
            Attribution();
            Close();
        }

        private void Evidence()
        {
            Key("evidence");
            Sb.Append('[');
            for (var i = r.Next(0, 3); i > 0; i--)
            {
                var start = r.Next(CodePoints.Length);
                var end = Math.Min(CodePoints.Length - 1, start + r.Skewed(6));
                var text = Article[CodePoints[start]..CodePoints[end]];
                if (r.Chance(15)) start += r.Pick([-1, 1, -100000, 100000]);
                if (r.Chance(10)) end += r.Pick([-1, 1, 1000]);
                if (r.Chance(10)) text = text.Length > 0 ? text[..^1] : "x";
                Sb.Append("{\"start\":").Append(start.ToString(CultureInfo.InvariantCulture))
                    .Append(",\"end\":").Append(r.Chance(95) ? end.ToString(CultureInfo.InvariantCulture) : r.Pick(["1.5", "null", "\"3\"", "1e3"]))
                    .Append(",\"text\":");
                Str(text);
                Sb.Append('}');
                if (i > 1) Sb.Append(',');
            }
            Sb.Append(']');
        }

        private void Attribution()
        {
            if (!r.Chance(70)) return;
            Key("attributedTo");
            Sb.Append('[');
            Str(r.Pick(["src-reuters", "src-kcna", "north-korea", "src-x"]));
            Sb.Append(']');
        }

        private string Date() => r.Pick(["2022", "2022-07", "2022-07-13", "2022-13", "2022-02-30", "2022-7-1", "0000", "-0044", "99999", "2022-07-13T00:00:00Z", "", "July 2022", "2024-02-29", "2023-02-29"]);

        public void Deep()
        {
            var depth = FuzzText.Depth(r, 64);
            Open();
            Key("article");
            var array = r.Chance(50);
            for (var i = 0; i < depth; i++) Sb.Append(array ? "[" : "{\"a\":");
            Sb.Append('1');
            for (var i = 0; i < depth; i++) Sb.Append(array ? "]" : "}");
            Close();
        }

        private void Open()
        {
            Sb.Append('{');
            _first = true;
        }

        private void Close()
        {
            Sb.Append('}');
            _first = false;
        }

        private void Array(string key, int count, Action item)
        {
            Key(key);
            Sb.Append('[');
            for (var i = 0; i < count; i++)
            {
                if (i > 0) Sb.Append(',');
                item();
            }
            Sb.Append(']');
            _first = false;
        }

        private void Field(string key, string value)
        {
            Key(key);
            Str(value);
        }

        private void Key(string key)
        {
            if (!_first) Sb.Append(',');
            _first = false;
            Str(key);
            Sb.Append(':');
        }

        private void Str(string value) => JsonWriter.String(Sb, value, r);
    }
}
