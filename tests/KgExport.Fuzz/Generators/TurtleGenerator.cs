using System.Text;
using KgExport.Rdf;

namespace KgExport.Fuzz.Generators;

/// <summary>
/// Turtle and (with graphs) TriG: directives in both spellings, subjects and objects of every kind, predicate-object
/// and object lists, blank node property lists and collections nested to a random depth, literals in all four quote
/// styles with language tags and datatypes, numbers and booleans, and (for DeepNesting) brackets nested around
/// <see cref="NestingLimit.Max"/>.
/// </summary>
public sealed class TurtleGenerator(bool graphs) : IDocumentGenerator
{
    private static readonly string[] Prefixes = ["", "ex", "rdf", "xsd", "a1", "\u00E9x", "p.q"];

    public string Generate(FuzzRandom random, DocumentShape shape)
    {
        var w = new Writer(random, shape == DocumentShape.LongTokens);
        w.Sb.Append(FuzzText.Preamble(random, "#"));
        if (random.Chance(85)) w.DeclarePrefixes();
        var statements = random.Next(1, 6);
        for (var i = 0; i < statements; i++)
        {
            if (random.Chance(30)) w.Directive();
            else if (graphs && random.Chance(30)) w.Graph();
            else w.Triples(random.Next(1, 4));
            w.Sb.Append(FuzzText.LineBreak(random));
        }
        if (shape == DocumentShape.DeepNesting) w.Deep();
        return w.Sb.ToString();
    }

    private sealed class Writer(FuzzRandom r, bool longTokens)
    {
        public readonly StringBuilder Sb = new();

        private readonly LongTokens _long = new(r, longTokens, 25);

        private bool Long => _long.Next();

        public void DeclarePrefixes()
        {
            foreach (var prefix in Prefixes)
            {
                var iri = prefix == "xsd" ? "http://www.w3.org/2001/XMLSchema#" : prefix == "rdf" ? "http://www.w3.org/1999/02/22-rdf-syntax-ns#" : "http://example.org/" + prefix + "/";
                var turtleStyle = r.Chance(50);
                Sb.Append(turtleStyle ? "@prefix " : "PREFIX ").Append(prefix).Append(": <").Append(iri).Append(turtleStyle ? "> .\n" : ">\n");
            }
        }

        public void Directive()
        {
            var prefix = r.Pick(Prefixes);
            switch (r.Next(9))
            {
                case 0: Sb.Append("@prefix ").Append(prefix).Append(": <").Append(FuzzText.Iri(r, Long)).Append("> ."); break;
                case 1: Sb.Append("PREFIX ").Append(prefix).Append(": <").Append(FuzzText.Iri(r, Long)).Append('>'); break;
                case 2: Sb.Append("@base <").Append(FuzzText.Iri(r, Long)).Append("> ."); break;
                case 3: Sb.Append("BASE <").Append(FuzzText.Iri(r, Long)).Append('>'); break;
                case 4: Sb.Append(r.Pick(["@prefix", "@PREFIX", "prefix", "@version", "VERSION"])).Append(' ').Append(FuzzText.Name(r)).Append(": <x> ."); break;
                default: Sb.Append("@prefix ").Append(prefix).Append(": <http://example.org/").Append(prefix).Append("/> ."); break;
            }
        }

        public void Graph()
        {
            switch (r.Next(4))
            {
                case 0: Sb.Append("GRAPH "); Iri(); break;
                case 1: Iri(); break;
                case 2: Sb.Append("_:").Append(FuzzText.Name(r)); break;
                default: break;
            }
            Sb.Append(" {");
            var n = r.Next(0, 3);
            for (var i = 0; i < n; i++)
            {
                Triples(1);
                if (i < n - 1 || r.Chance(50)) Sb.Append(" .");
            }
            Sb.Append(" }");
        }

        public void Triples(int budget)
        {
            if (r.Chance(15))
            {
                BlankNodePropertyList(budget);
                if (r.Chance(50)) { Sb.Append(' '); PredicateObjectList(budget); }
            }
            else
            {
                Subject(budget);
                Sb.Append(' ');
                PredicateObjectList(budget);
            }
            Sb.Append(r.Chance(97) ? " ." : "");
        }

        private void Subject(int budget)
        {
            switch (r.Next(6))
            {
                case 0: Sb.Append("_:").Append(FuzzText.Name(r, Long)); break;
                case 1: Collection(budget); break;
                case 2: Sb.Append("[]"); break;
                case 3: PrefixedName(); break;
                case 4 when r.Chance(20): Sb.Append("<< "); Iri(); Sb.Append(' '); Iri(); Sb.Append(' '); Object(0); Sb.Append(" >>"); break;
                default: Iri(); break;
            }
        }

        private void PredicateObjectList(int budget)
        {
            var n = r.Next(1, 4);
            for (var i = 0; i < n; i++)
            {
                if (i > 0) Sb.Append(r.Chance(10) ? " ;; " : " ; ");
                Predicate();
                Sb.Append(' ');
                var objects = r.Next(1, 3);
                for (var j = 0; j < objects; j++)
                {
                    if (j > 0) Sb.Append(" , ");
                    Object(budget - 1);
                }
            }
            if (r.Chance(10)) Sb.Append(" ;");
        }

        private void Predicate()
        {
            switch (r.Next(5))
            {
                case 0: Sb.Append('a'); break;
                case 1: PrefixedName(); break;
                default: Iri(); break;
            }
        }

        private void Object(int budget)
        {
            switch (r.Next(budget > 0 ? 12 : 10))
            {
                case 0: Sb.Append("_:").Append(FuzzText.Name(r, Long)); break;
                case 1: Sb.Append(FuzzText.Number(r)); break;
                case 2: Sb.Append(r.Pick(["true", "false", "TRUE", "a"])); break;
                case 3: PrefixedName(); break;
                case 4: case 5: case 6: Literal(); break;
                case 7: Sb.Append("[]"); break;
                case 10: BlankNodePropertyList(budget); break;
                case 11: Collection(budget); break;
                default: Iri(); break;
            }
        }

        private void BlankNodePropertyList(int budget)
        {
            Sb.Append("[ ");
            PredicateObjectList(budget - 1);
            Sb.Append(" ]");
        }

        private void Collection(int budget)
        {
            Sb.Append('(');
            var n = r.Next(0, 4);
            for (var i = 0; i < n; i++)
            {
                Sb.Append(' ');
                Object(budget - 1);
            }
            Sb.Append(" )");
        }

        private void Iri() => Sb.Append('<').Append(FuzzText.Iri(r, Long)).Append('>');

        private void PrefixedName()
        {
            Sb.Append(r.Pick(Prefixes)).Append(':');
            if (r.Chance(85)) Sb.Append(r.Next(4) switch
            {
                0 => r.Pick(["\\-", "\\.", "%41", "%zz", "a.b", "a.", ".a", "0", "-a", "a:b", "\\~", "\\$"]) + FuzzText.Name(r),
                _ => FuzzText.Name(r, Long),
            });
        }

        private void Literal()
        {
            var quote = r.Pick(["\"", "'", "\"\"\"", "'''"]);
            Sb.Append(quote).Append(FuzzText.StringContent(r, Long));
            if (quote.Length == 3 && r.Chance(30)) Sb.Append("\n\"'\"\"x");
            Sb.Append(quote);
            switch (r.Next(5))
            {
                case 0: Sb.Append('@').Append(FuzzText.LanguageTag(r)); break;
                case 1: Sb.Append("^^"); if (r.Chance(50)) PrefixedName(); else Sb.Append('<').Append(r.Pick(XsdTypes)).Append('>'); break;
                case 2 when r.Chance(10): Sb.Append("@en--ltr"); break;
                default: break;
            }
        }

        /// <summary>A statement whose object is nested around the limit: property lists, collections, or both in turn.</summary>
        public void Deep()
        {
            var depth = FuzzText.Depth(r, NestingLimit.Max);
            var style = r.Next(4);
            var closes = new Stack<string>();
            Sb.Append("<http://example.org/s> <http://example.org/p> ");
            for (var i = 0; i < depth; i++)
            {
                var list = style switch { 0 => false, 1 => true, 2 => i % 2 == 0, _ => r.Chance(50) };
                Sb.Append(list ? "( " : "[<q> ");
                closes.Push(list ? " )" : " ]");
            }
            Sb.Append(r.Chance(50) ? "1" : "\"x\"");
            var close = r.Chance(95) ? closes.Count : r.Next(closes.Count);
            for (var i = 0; i < close; i++) Sb.Append(closes.Pop());
            Sb.Append(" .\n");
        }
    }

    internal static readonly string[] XsdTypes =
    [
        "http://www.w3.org/2001/XMLSchema#integer", "http://www.w3.org/2001/XMLSchema#decimal", "http://www.w3.org/2001/XMLSchema#double",
        "http://www.w3.org/2001/XMLSchema#boolean", "http://www.w3.org/2001/XMLSchema#dateTime", "http://www.w3.org/2001/XMLSchema#date",
        "http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral", "http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON", "x",
    ];
}
