using System.Text;
using KgExport.Rdf;

namespace KgExport.Fuzz.Generators;

/// <summary>
/// JSON-LD 1.1: contexts with term definitions (@id, @type, @container, @language, @direction, @reverse, @protected,
/// @prefix, @nest, scoped @context, @propagate, @import), @vocab and @base; node objects with @id, @type, @graph,
/// @included, @reverse, @index; value objects, @list, @set and @json; JSON numbers and escapes at their edges; for
/// DeepNesting, objects, arrays, @list and scoped contexts nested around <see cref="NestingLimit.Json"/>.
/// </summary>
public sealed class JsonLdGenerator : IDocumentGenerator
{
    private static readonly string[] JsonNumbers = ["0", "1", "-1", "1.5", "1e10", "1E-10", "-0.0e0", "99999999999999999999999999", "1.7976931348623157e309", "4.9e-325", "12345678901234567890.123456789", "0.1"];

    private static readonly string[] Terms = ["name", "knows", "p", "q", "ex", "@type", "type", "id", "list", "date", "\u00E9", "ex:p", "_:b", "http://example.org/x"];

    public string Generate(FuzzRandom random, DocumentShape shape)
    {
        var w = new Writer(random, shape == DocumentShape.LongTokens);
        if (shape == DocumentShape.DeepNesting) w.Deep();
        else if (random.Chance(15)) w.Array(3);
        else w.Node(3, top: true);
        return w.Sb.ToString();
    }

    private sealed class Writer(FuzzRandom r, bool longTokens)
    {
        public readonly StringBuilder Sb = new();

        private readonly LongTokens _long = new(r, longTokens, 25);

        private bool Long => _long.Next();

        public void Array(int budget)
        {
            Sb.Append('[');
            var n = r.Next(0, 3);
            for (var i = 0; i < n; i++)
            {
                if (i > 0) Sb.Append(',');
                Node(budget - 1, top: true);
            }
            Sb.Append(']');
        }

        public void Node(int budget, bool top = false)
        {
            Sb.Append('{');
            var first = true;
            if (top && r.Chance(70) || r.Chance(10)) { Key("@context", ref first); Context(budget); }
            if (r.Chance(60)) { Key(r.Chance(95) ? "@id" : "id", ref first); Str(r.Chance(50) ? FuzzText.Iri(r, Long) : r.Pick(["_:b0", "ex:a", "", "#x", "@id", "_:"])); }
            if (r.Chance(40))
            {
                Key("@type", ref first);
                if (r.Chance(70)) Str(TypeValue()); else { Sb.Append('['); Str(TypeValue()); Sb.Append(','); Str(TypeValue()); Sb.Append(']'); }
            }
            if (budget > 0 && r.Chance(15)) { Key("@graph", ref first); Sb.Append('['); Node(budget - 1); Sb.Append(']'); }
            if (budget > 0 && r.Chance(5)) { Key("@included", ref first); Node(budget - 1); }
            if (budget > 0 && r.Chance(5)) { Key("@reverse", ref first); Sb.Append("{\"knows\":"); Node(budget - 1); Sb.Append('}'); }
            if (r.Chance(5)) { Key("@index", ref first); Str(FuzzText.Name(r)); }
            var properties = r.Next(0, 4);
            for (var i = 0; i < properties; i++)
            {
                Key(r.Chance(80) ? r.Pick(Terms) : FuzzText.Name(r, Long), ref first);
                Value(budget - 1);
            }
            if (r.Chance(3)) { Key("@id", ref first); Str("duplicate"); }
            Sb.Append(r.Chance(98) ? "}" : "");
        }

        private void Value(int budget)
        {
            switch (r.Next(budget > 0 ? 14 : 10))
            {
                case 0: Str(FuzzText.StringContent(r, Long)); break;
                case 1: Sb.Append(r.Pick(JsonNumbers)); break;
                case 2: Sb.Append(r.Pick(["true", "false", "null", "-0", "1e400", "123456789012345678901234567890", "0.1e-400"])); break;
                case 3:
                    Sb.Append("{\"@value\":");
                    if (r.Chance(80)) Str(FuzzText.StringContent(r, Long)); else Sb.Append(r.Pick(["1", "true", "null", "{}", "[]"]));
                    if (r.Chance(40)) { Sb.Append(",\"@language\":"); Str(FuzzText.LanguageTag(r)); }
                    else if (r.Chance(40)) { Sb.Append(",\"@type\":"); Str(r.Pick(TurtleGenerator.XsdTypes)); }
                    if (r.Chance(15)) { Sb.Append(",\"@direction\":"); Str(r.Pick(["ltr", "rtl", "up", ""])); }
                    if (r.Chance(5)) Sb.Append(",\"@index\":\"i\"");
                    Sb.Append('}');
                    break;
                case 4: Sb.Append("{\"@id\":"); Str(FuzzText.Iri(r, Long)); Sb.Append('}'); break;
                case 5: Sb.Append("{\"@value\":{\"a\":[1,{\"b\":null}]},\"@type\":\"@json\"}"); break;
                case 6: Sb.Append('['); Str("a"); Sb.Append(",1,null,"); Str(FuzzText.Iri(r)); Sb.Append(']'); break;
                case 7: Sb.Append("{\"@set\":[]}"); break;
                case 10: case 11: Node(budget - 1); break;
                case 12:
                    Sb.Append("{\"@list\":[");
                    for (var i = r.Next(0, 3); i > 0; i--) { Value(budget - 1); Sb.Append(','); }
                    Sb.Append("1]}");
                    break;
                case 13: Sb.Append('['); Value(budget - 1); Sb.Append(','); Value(budget - 1); Sb.Append(']'); break;
                default: Str(FuzzText.Iri(r)); break;
            }
        }

        public void Context(int budget)
        {
            switch (r.Next(10))
            {
                case 0: Sb.Append("null"); return;
                case 1: Str(r.Pick(["https://w3id.org/kgexport/context.jsonld", "http://example.org/context.jsonld", "file:///etc/passwd", "context.jsonld", "", "file:///dev/zero"])); return;
                case 2: Sb.Append('['); Str("https://w3id.org/kgexport/context.jsonld"); Sb.Append(','); ContextObject(budget); Sb.Append(']'); return;
                default: ContextObject(budget); return;
            }
        }

        private void ContextObject(int budget)
        {
            Sb.Append('{');
            var first = true;
            if (r.Chance(30)) { Key("@vocab", ref first); Str(r.Chance(80) ? "http://example.org/" : r.Pick(["", "ex:", "_:b", "#"])); }
            if (r.Chance(15)) { Key("@base", ref first); if (r.Chance(80)) Str(FuzzText.Iri(r)); else Sb.Append("null"); }
            if (r.Chance(15)) { Key("@language", ref first); Str(FuzzText.LanguageTag(r)); }
            if (r.Chance(10)) { Key("@version", ref first); Sb.Append(r.Pick(["1.1", "1.0", "\"1.1\""])); }
            if (r.Chance(5)) { Key("@protected", ref first); Sb.Append("true"); }
            if (r.Chance(5)) { Key("@propagate", ref first); Sb.Append(r.Pick(["false", "true", "1"])); }
            if (r.Chance(3)) { Key("@import", ref first); Str(r.Pick(["http://example.org/c", "file:///etc/hostname"])); }
            if (r.Chance(5)) { Key("@direction", ref first); Str(r.Pick(["ltr", "rtl", "x"])); }
            var terms = r.Next(0, 4);
            for (var i = 0; i < terms; i++)
            {
                Key(r.Chance(85) ? r.Pick(Terms) : FuzzText.Name(r, Long), ref first);
                TermDefinition(budget - 1);
            }
            Sb.Append('}');
        }

        private void TermDefinition(int budget)
        {
            if (r.Chance(35)) { Str(r.Chance(70) ? FuzzText.Iri(r, Long) : r.Pick(["@type", "@id", "ex:", "knows", "@nest", "@ignoreMe", "_:x"])); return; }
            if (r.Chance(5)) { Sb.Append("null"); return; }
            Sb.Append('{');
            var first = true;
            if (r.Chance(80)) { Key(r.Chance(90) ? "@id" : "@reverse", ref first); Str(r.Chance(70) ? FuzzText.Iri(r) : r.Pick(["@type", "ex:q", "knows", "@id", "_:b", "p"])); }
            if (r.Chance(40)) { Key("@type", ref first); Str(r.Pick(["@id", "@vocab", "@json", "@none", "http://www.w3.org/2001/XMLSchema#date", "ex:t", "@bad"])); }
            if (r.Chance(30)) { Key("@container", ref first); Container(); }
            if (r.Chance(10)) { Key("@language", ref first); if (r.Chance(80)) Str(FuzzText.LanguageTag(r)); else Sb.Append("null"); }
            if (r.Chance(5)) { Key("@direction", ref first); Str("rtl"); }
            if (r.Chance(5)) { Key("@protected", ref first); Sb.Append("true"); }
            if (r.Chance(5)) { Key("@prefix", ref first); Sb.Append("true"); }
            if (r.Chance(5)) { Key("@nest", ref first); Str(r.Pick(["@nest", "nested", "@id"])); }
            if (r.Chance(5)) { Key("@index", ref first); Str("p"); }
            if (budget > 0 && r.Chance(15)) { Key("@context", ref first); Context(budget - 1); }
            Sb.Append('}');
        }

        private void Container()
        {
            var all = new[] { "@list", "@set", "@index", "@language", "@id", "@type", "@graph", "@none", "@bad" };
            if (r.Chance(70)) { Str(r.Pick(all)); return; }
            Sb.Append('[');
            Str(r.Pick(all));
            Sb.Append(',');
            Str(r.Pick(all));
            Sb.Append(']');
        }

        private string TypeValue() => r.Chance(70) ? FuzzText.Iri(r, Long) : r.Pick(["@id", "@json", "ex:T", "_:t", "Thing", ""]);

        /// <summary>One of four nestings, around the JSON limit and past it.</summary>
        public void Deep()
        {
            var depth = FuzzText.Depth(r, NestingLimit.Json);
            var closes = new Stack<string>();
            Sb.Append("{\"@context\":{\"@vocab\":\"http://example.org/\"");
            var style = r.Next(5);
            if (style == 3)
            {
                // Scoped contexts inside scoped contexts.
                for (var i = 0; i < depth; i++) { Sb.Append(",\"p\":{\"@id\":\"http://example.org/p\",\"@context\":{\"@vocab\":\"http://example.org/\""); closes.Push("}}"); }
                while (closes.Count > 0) Sb.Append(closes.Pop());
                Sb.Append("},\"p\":\"x\"}");
                return;
            }
            Sb.Append("},\"@id\":\"http://example.org/s\",\"p\":");
            closes.Push("}");
            for (var i = 0; i < depth; i++)
            {
                var kind = style == 4 ? r.Next(3) : style;
                switch (kind)
                {
                    case 0: Sb.Append("{\"p\":"); closes.Push("}"); break;
                    case 1: Sb.Append('['); closes.Push("]"); break;
                    default: Sb.Append("{\"@list\":["); closes.Push("]}"); break;
                }
            }
            Sb.Append("\"x\"");
            var close = r.Chance(95) ? closes.Count : r.Next(closes.Count);
            for (var i = 0; i < close; i++) Sb.Append(closes.Pop());
        }

        private void Key(string key, ref bool first)
        {
            if (!first) Sb.Append(',');
            first = false;
            Str(key);
            Sb.Append(':');
        }

        private void Str(string value) => JsonWriter.String(Sb, value, r);
    }
}
