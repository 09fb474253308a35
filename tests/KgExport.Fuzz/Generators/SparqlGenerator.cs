using System.Text;

namespace KgExport.Fuzz.Generators;

/// <summary>
/// SPARQL 1.1 queries (SELECT, CONSTRUCT, ASK, DESCRIBE) and updates (every operation, in sequences): prologues,
/// dataset clauses, group patterns with OPTIONAL, UNION, MINUS, GRAPH, SERVICE, FILTER, BIND, VALUES and subqueries,
/// property paths, expressions with every operator and many built-ins and aggregates, solution modifiers. For
/// DeepNesting: brackets, groups, calls, paths and blank nodes nested around the parser's limit (256), and chains
/// (a || b || ..., p1|p2|..., many OPTIONALs) around the translated query's (512).
/// </summary>
public sealed class SparqlGenerator(bool update) : IDocumentGenerator
{
    private const int SyntaxLimit = 256;
    private const int AlgebraLimit = 512;

    private static readonly string[] Functions =
    [
        "STR", "LANG", "DATATYPE", "IRI", "URI", "BNODE", "ABS", "CEIL", "FLOOR", "ROUND", "STRLEN", "UCASE", "LCASE", "ENCODE_FOR_URI",
        "YEAR", "MONTH", "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE", "TZ", "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "isIRI",
        "isURI", "isBLANK", "isLITERAL", "isNUMERIC", "BOUND", "STRUUID", "UUID", "RAND", "NOW", "xsd:integer", "xsd:string", "xsd:dateTime",
    ];

    private static readonly string[] TwoArgumentFunctions = ["LANGMATCHES", "CONTAINS", "STRSTARTS", "STRENDS", "STRBEFORE", "STRAFTER", "STRLANG", "STRDT", "sameTerm", "REGEX", "SUBSTR"];

    private static readonly string[] Prefixes = ["", "ex", "xsd", "rdf", "\u00E9"];

    private static readonly string[] Aggregates = ["COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"];

    public string Generate(FuzzRandom random, DocumentShape shape)
    {
        var w = new Writer(random, shape == DocumentShape.LongTokens);
        if (random.Chance(95) || shape != DocumentShape.Ordinary) w.Sb.Append(FuzzText.Preamble(random, "#").TrimStart('\uFEFF'));
        else w.Sb.Append('\uFEFF');
        if (random.Chance(85)) w.DeclarePrefixes();
        w.Prologue();
        if (shape == DocumentShape.DeepNesting)
        {
            if (update) w.Sb.Append("DELETE { ?s ?p ?o } WHERE ");
            else w.Sb.Append("SELECT * WHERE ");
            w.Deep();
        }
        else if (update) w.Update();
        else w.Query();
        return w.Sb.ToString();
    }

    private sealed class Writer(FuzzRandom r, bool longTokens)
    {
        public readonly StringBuilder Sb = new();

        private readonly LongTokens _long = new(r, longTokens, 20);

        private bool Long => _long.Next();

        public void DeclarePrefixes()
        {
            foreach (var prefix in Prefixes)
            {
                var iri = prefix == "xsd" ? "http://www.w3.org/2001/XMLSchema#" : prefix == "rdf" ? "http://www.w3.org/1999/02/22-rdf-syntax-ns#" : "http://example.org/" + prefix + "/";
                Sb.Append("PREFIX ").Append(prefix).Append(": <").Append(iri).Append(">\n");
            }
        }

        public void Prologue()
        {
            for (var i = r.Next(0, 3); i > 0; i--)
            {
                if (r.Chance(25)) Sb.Append("BASE <").Append(FuzzText.Iri(r, Long)).Append(">\n");
                else Sb.Append("PREFIX ").Append(r.Pick(Prefixes)).Append(": <").Append(FuzzText.Iri(r, Long)).Append(">\n");
            }
        }

        public void Query()
        {
            switch (r.Next(6))
            {
                case 0:
                    Sb.Append("CONSTRUCT { ");
                    Triples(1, paths: false);
                    Sb.Append(" }");
                    DatasetClauses();
                    Sb.Append(" WHERE ");
                    Group(3);
                    break;
                case 1:
                    Sb.Append("CONSTRUCT WHERE { ");
                    Triples(1, paths: false);
                    Sb.Append(" }");
                    break;
                case 2:
                    Sb.Append("ASK ");
                    DatasetClauses();
                    Group(3);
                    break;
                case 3:
                    Sb.Append("DESCRIBE ");
                    if (r.Chance(30)) Sb.Append('*'); else { Var(); Sb.Append(' '); Iri(); }
                    if (r.Chance(60)) { Sb.Append(" WHERE "); Group(2); }
                    break;
                default:
                    Select(3);
                    break;
            }
            Modifiers();
            if (r.Chance(10)) { Sb.Append(' '); Values(); }
        }

        private void Select(int budget)
        {
            Sb.Append("SELECT ");
            if (r.Chance(20)) Sb.Append(r.Pick(["DISTINCT ", "REDUCED "]));
            if (r.Chance(30)) Sb.Append('*');
            else
            {
                for (var i = r.Next(1, 4); i > 0; i--)
                {
                    if (r.Chance(30)) { Sb.Append('('); Expression(budget - 1); Sb.Append(" AS "); Var(); Sb.Append(") "); }
                    else { Var(); Sb.Append(' '); }
                }
            }
            DatasetClauses();
            Sb.Append(r.Chance(80) ? " WHERE " : " ");
            Group(budget);
        }

        private void DatasetClauses()
        {
            for (var i = r.Next(0, 3) - 1; i > 0; i--)
            {
                Sb.Append(r.Chance(50) ? " FROM " : " FROM NAMED ");
                Iri();
            }
        }

        private void Modifiers()
        {
            if (r.Chance(20)) { Sb.Append(" GROUP BY "); if (r.Chance(30)) { Sb.Append('('); Expression(1); Sb.Append(')'); } else Var(); }
            if (r.Chance(10)) { Sb.Append(" HAVING ("); Expression(2); Sb.Append(')'); }
            if (r.Chance(20)) { Sb.Append(" ORDER BY "); Sb.Append(r.Pick(["ASC(", "DESC(", "("])); Expression(1); Sb.Append(") "); if (r.Chance(50)) Var(); }
            if (r.Chance(20)) Sb.Append(" LIMIT ").Append(r.Pick(["0", "1", "10", "99999999999999999999", "-1"]));
            if (r.Chance(15)) Sb.Append(" OFFSET ").Append(r.Pick(["0", "5", "99999999999999999999"]));
        }

        public void Update()
        {
            for (var i = r.Next(1, 4); i > 0; i--)
            {
                Operation();
                if (i > 1) { Sb.Append(" ;\n"); if (r.Chance(20)) Prologue(); }
            }
            if (r.Chance(10)) Sb.Append(" ;");
        }

        private void Operation()
        {
            var silent = r.Chance(30) ? " SILENT" : "";
            switch (r.Next(12))
            {
                case 0: Sb.Append("INSERT DATA { "); Quads(); Sb.Append(" }"); break;
                case 1: Sb.Append("DELETE DATA { "); Quads(); Sb.Append(" }"); break;
                case 2: Sb.Append("DELETE WHERE { "); Quads(); Sb.Append(" }"); break;
                case 3: Sb.Append("LOAD").Append(silent).Append(' '); Iri(); if (r.Chance(50)) { Sb.Append(" INTO GRAPH "); Iri(); } break;
                case 4: Sb.Append(r.Pick(["CLEAR", "DROP"])).Append(silent).Append(' ').Append(r.Pick(["DEFAULT", "NAMED", "ALL", "GRAPH <http://example.org/g>", "GRAPH"])); break;
                case 5: Sb.Append("CREATE").Append(silent).Append(" GRAPH "); Iri(); break;
                case 6:
                    Sb.Append(r.Pick(["ADD", "MOVE", "COPY"])).Append(silent).Append(' ');
                    GraphOrDefault();
                    Sb.Append(" TO ");
                    GraphOrDefault();
                    break;
                default:
                    if (r.Chance(30)) { Sb.Append("WITH "); Iri(); Sb.Append(' '); }
                    var which = r.Next(3);
                    if (which != 1) { Sb.Append("DELETE { "); Quads(); Sb.Append(" } "); }
                    if (which != 0) { Sb.Append("INSERT { "); Quads(); Sb.Append(" } "); }
                    for (var i = r.Next(0, 3) - 1; i > 0; i--) { Sb.Append(r.Pick(["USING ", "USING NAMED "])); Iri(); Sb.Append(' '); }
                    Sb.Append("WHERE ");
                    Group(3);
                    break;
            }
        }

        private void GraphOrDefault()
        {
            if (r.Chance(40)) Sb.Append("DEFAULT");
            else { if (r.Chance(50)) Sb.Append("GRAPH "); Iri(); }
        }

        private void Quads()
        {
            Triples(1, paths: false);
            if (r.Chance(30)) { Sb.Append(" . GRAPH "); if (r.Chance(80)) Iri(); else Var(); Sb.Append(" { "); Triples(1, paths: false); Sb.Append(" }"); }
        }

        private void Group(int budget)
        {
            Sb.Append("{ ");
            if (budget > 0 && r.Chance(8))
            {
                Select(budget - 1);
                Sb.Append(" }");
                return;
            }
            var elements = r.Next(1, 4);
            for (var i = 0; i < elements; i++)
            {
                if (budget <= 0 || r.Chance(50)) { Triples(budget); Sb.Append(r.Chance(80) ? " . " : " "); continue; }
                switch (r.Next(10))
                {
                    case 0: Sb.Append("OPTIONAL "); Group(budget - 1); break;
                    case 1: Group(budget - 1); Sb.Append(" UNION "); Group(budget - 1); break;
                    case 2: Sb.Append("MINUS "); Group(budget - 1); break;
                    case 3: Sb.Append("GRAPH "); if (r.Chance(50)) Var(); else Iri(); Sb.Append(' '); Group(budget - 1); break;
                    case 4: Sb.Append("SERVICE "); if (r.Chance(30)) Sb.Append("SILENT "); Iri(); Sb.Append(' '); Group(budget - 1); break;
                    case 5: Sb.Append("BIND("); Expression(budget - 1); Sb.Append(" AS "); Var(); Sb.Append(") "); break;
                    case 6: Values(); break;
                    default: Sb.Append("FILTER"); if (r.Chance(70)) { Sb.Append('('); Expression(budget - 1); Sb.Append(')'); } else { Sb.Append(' '); Call(budget - 1); } Sb.Append(' '); break;
                }
            }
            Sb.Append('}');
        }

        private void Values()
        {
            Sb.Append("VALUES ");
            if (r.Chance(50))
            {
                Var();
                Sb.Append(" { ");
                for (var i = r.Next(0, 4); i > 0; i--) { Term(); Sb.Append(' '); }
                Sb.Append('}');
            }
            else
            {
                Sb.Append("( ");
                var width = r.Next(0, 3);
                for (var i = 0; i < width; i++) { Var(); Sb.Append(' '); }
                Sb.Append(") { ");
                for (var row = r.Next(0, 3); row > 0; row--)
                {
                    Sb.Append("( ");
                    var cells = r.Chance(90) ? width : width + 1;
                    for (var i = 0; i < cells; i++) { if (r.Chance(20)) Sb.Append("UNDEF"); else Term(); Sb.Append(' '); }
                    Sb.Append(") ");
                }
                Sb.Append('}');
            }
            Sb.Append(' ');
        }

        private void Triples(int budget, bool paths = true)
        {
            for (var n = r.Next(1, 3); n > 0; n--)
            {
                if (r.Chance(10)) { Sb.Append("[ "); Verb(); Sb.Append(' '); Term(); Sb.Append(" ]"); }
                else if (r.Chance(5)) Collection(budget);
                else VarOrTerm();
                Sb.Append(' ');
                for (var p = r.Next(1, 3); p > 0; p--)
                {
                    if (paths && r.Chance(30)) Path(budget); else Verb();
                    Sb.Append(' ');
                    if (budget > 0 && r.Chance(10)) { Sb.Append("[ "); Verb(); Sb.Append(' '); VarOrTerm(); Sb.Append(" ]"); }
                    else if (budget > 0 && r.Chance(5)) Collection(budget);
                    else VarOrTerm();
                    if (r.Chance(20)) { Sb.Append(" , "); VarOrTerm(); }
                    if (p > 1) Sb.Append(" ; ");
                }
                if (n > 1) Sb.Append(" . ");
            }
        }

        private void Collection(int budget)
        {
            Sb.Append("( ");
            for (var i = r.Next(1, 4); i > 0; i--) { if (budget > 0 && r.Chance(20)) Collection(budget - 1); else VarOrTerm(); Sb.Append(' '); }
            Sb.Append(')');
        }

        private void Verb()
        {
            if (r.Chance(20)) Sb.Append('a');
            else if (r.Chance(40)) Var();
            else Iri();
        }

        private void Path(int budget)
        {
            switch (r.Next(budget > 0 ? 8 : 5))
            {
                case 0: Sb.Append('^'); Iri(); break;
                case 1: Iri(); Sb.Append(r.Pick(["*", "+", "?"])); break;
                case 2: Sb.Append("!("); Iri(); Sb.Append('|'); Sb.Append("^a"); Sb.Append(')'); break;
                case 3: Sb.Append("!"); Iri(); break;
                case 5: Sb.Append('('); Path(budget - 1); Sb.Append(')'); Sb.Append(r.Pick(["", "*", "+", "?"])); break;
                case 6: Path(budget - 1); Sb.Append('/'); Path(budget - 1); break;
                case 7: Path(budget - 1); Sb.Append('|'); Path(budget - 1); break;
                default: Iri(); break;
            }
        }

        private void Expression(int budget)
        {
            if (budget <= 0 || r.Chance(30)) { Primary(budget); return; }
            switch (r.Next(8))
            {
                case 0: Expression(budget - 1); Sb.Append(' ').Append(r.Pick(["||", "&&", "=", "!=", "<", ">", "<=", ">="])).Append(' '); Expression(budget - 1); break;
                case 1: Expression(budget - 1); Sb.Append(' ').Append(r.Pick(["+", "-", "*", "/"])).Append(' '); Expression(budget - 1); break;
                case 2: Sb.Append(r.Pick(["!", "-", "+"])); Primary(budget - 1); break;
                case 3: Expression(budget - 1); Sb.Append(r.Pick([" IN (", " NOT IN ("])); Expression(budget - 1); Sb.Append(", "); Primary(0); Sb.Append(')'); break;
                case 4: Sb.Append(r.Pick(["EXISTS ", "NOT EXISTS "])); Group(budget - 1); break;
                default: Primary(budget); break;
            }
        }

        private void Primary(int budget)
        {
            switch (r.Next(budget > 0 ? 9 : 6))
            {
                case 0: Var(); break;
                case 1: Sb.Append(FuzzText.Number(r)); break;
                case 2: Literal(); break;
                case 3: Iri(); break;
                case 4: Sb.Append(r.Pick(["true", "false"])); break;
                case 5: Var(); break;
                case 6: Sb.Append('('); Expression(budget - 1); Sb.Append(')'); break;
                default: Call(budget - 1); break;
            }
        }

        private void Call(int budget)
        {
            switch (r.Next(8))
            {
                case 0:
                    Sb.Append(r.Pick(Aggregates)).Append('(');
                    if (r.Chance(20)) Sb.Append("DISTINCT ");
                    if (r.Chance(15)) Sb.Append('*'); else Expression(budget);
                    if (r.Chance(20)) Sb.Append(" ; SEPARATOR=").Append(r.Pick(["\",\"", "'|'", "\"\""]));
                    Sb.Append(')');
                    break;
                case 1: case 2:
                    Sb.Append(r.Pick(TwoArgumentFunctions)).Append('(');
                    Expression(budget);
                    Sb.Append(", ");
                    Expression(budget);
                    if (r.Chance(30)) { Sb.Append(", "); Literal(); }
                    Sb.Append(')');
                    break;
                case 3:
                    Sb.Append(r.Pick(["IF", "COALESCE", "CONCAT", "REPLACE"])).Append('(');
                    for (var i = r.Next(0, 4); i > 0; i--) { Expression(budget); if (i > 1) Sb.Append(", "); }
                    Sb.Append(')');
                    break;
                case 4: Iri(); Sb.Append('('); if (r.Chance(30)) Sb.Append("DISTINCT "); Expression(budget); Sb.Append(')'); break;
                default:
                    var name = r.Pick(Functions);
                    Sb.Append(name).Append('(');
                    if (name is not ("RAND" or "NOW" or "UUID" or "STRUUID") || r.Chance(10)) Expression(budget);
                    Sb.Append(')');
                    break;
            }
        }

        private void VarOrTerm()
        {
            if (r.Chance(50)) Var(); else Term();
        }

        private void Term()
        {
            switch (r.Next(6))
            {
                case 0: Literal(); break;
                case 1: Sb.Append(FuzzText.Number(r)); break;
                case 2: Sb.Append("_:").Append(FuzzText.Name(r, Long)); break;
                case 3: Sb.Append(r.Pick(["[]", "()", "true"])); break;
                default: Iri(); break;
            }
        }

        private void Var() => Sb.Append(r.Chance(80) ? '?' : '$').Append(r.Chance(70) ? r.Pick(["s", "p", "o", "x", "g", "n", "_1", "\u00E9"]) : FuzzText.Name(r, Long));

        private void Iri()
        {
            if (r.Chance(40)) Sb.Append(r.Pick(Prefixes)).Append(':').Append(r.Chance(80) ? r.Pick(["p", "q", "s", "a.b", "1"]) : FuzzText.Name(r, Long));
            else Sb.Append('<').Append(FuzzText.Iri(r, Long)).Append('>');
        }

        private void Literal()
        {
            var quote = r.Pick(["\"", "'", "\"\"\"", "'''"]);
            Sb.Append(quote).Append(FuzzText.StringContent(r, Long)).Append(quote);
            if (r.Chance(20)) Sb.Append('@').Append(FuzzText.LanguageTag(r));
            else if (r.Chance(15)) Sb.Append("^^").Append(r.Chance(50) ? "xsd:integer" : "<" + r.Pick(TurtleGenerator.XsdTypes) + ">");
        }

        /// <summary>A group whose content nests around one of the limits.</summary>
        public void Deep()
        {
            var style = r.Next(11);
            var depth = FuzzText.Depth(r, style < 7 ? SyntaxLimit : AlgebraLimit);
            Sb.Append("{ ");
            switch (style)
            {
                case 0: Sb.Append("FILTER").Append(Repeat("(", depth)).Append("?x").Append(Repeat(")", depth)); break;
                case 1: Sb.Append(Repeat("{ ", depth)).Append("?s ?p ?o").Append(Repeat(" }", depth)); break;
                case 2: Sb.Append("BIND(").Append(Repeat(r.Pick(["STR(", "-(", "COALESCE(", "IF(true,", "CONCAT(\"a\","]), depth)).Append("?x").Append(Repeat(")", depth)).Append(" AS ?y)"); break;
                case 3: Sb.Append("?s ").Append(Repeat("(", depth)).Append("<http://example.org/p>").Append(Repeat(")*", depth)).Append(" ?o"); break;
                case 4: Sb.Append("?s <http://example.org/p> ").Append(Repeat("[<p> ", depth)).Append("1").Append(Repeat(" ]", depth)); break;
                case 5: Sb.Append("?s <http://example.org/p> ").Append(Repeat("( ", depth)).Append("1").Append(Repeat(" )", depth)); break;
                case 6: Sb.Append(Repeat("{ SELECT * WHERE ", depth)).Append("{ ?s ?p ?o }").Append(Repeat(" }", depth)); break;
                case 7: Sb.Append("FILTER(?x").Append(Repeat(" " + r.Pick(["||", "&&", "+", "*", "=", "<"]) + " ?x", depth)).Append(')'); break;
                case 8: Sb.Append("?s <http://example.org/p0>").Append(Repeat("|<http://example.org/p>", depth)).Append(" ?o"); break;
                case 9: Sb.Append("?s ?p ?o ").Append(Repeat(r.Pick(["OPTIONAL { ?s ?p ?o } ", "BIND(1 AS ?b) ", "MINUS { ?s ?p ?o } ", "FILTER(?o) "]), depth)); break;
                default: Sb.Append("{ ?s ?p ?o }").Append(Repeat(" UNION { ?s ?p ?o }", depth)); break;
            }
            Sb.Append(" }");
        }

        private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
    }
}
