using System.Security;
using System.Text;
using KgExport.Rdf;

namespace KgExport.Fuzz.Generators;

/// <summary>
/// RDF/XML: an rdf:RDF root (or a lone node element) with node elements, typed nodes, property attributes, every
/// rdf:parseType, rdf:li, rdf:nodeID, rdf:ID, xml:base and xml:lang, internal DTD entities, CDATA and comments; for
/// DeepNesting, node elements, parseType="Resource" and XML literal content nested around <see cref="NestingLimit.Max"/>.
/// </summary>
public sealed class RdfXmlGenerator : IDocumentGenerator
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    public string Generate(FuzzRandom random, DocumentShape shape)
    {
        var w = new Writer(random, shape == DocumentShape.LongTokens);
        return w.Document(shape == DocumentShape.DeepNesting);
    }

    private sealed class Writer(FuzzRandom r, bool longTokens)
    {
        private readonly StringBuilder _sb = new();

        private readonly LongTokens _long = new(r, longTokens, 25);

        private bool Long => _long.Next();

        public string Document(bool deep)
        {
            // Nothing may come before the XML declaration but a byte order mark.
            if (r.Chance(10)) _sb.Append('\uFEFF');
            if (r.Chance(60)) _sb.Append(r.Pick(["<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<?xml version=\"1.1\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "<?xml version=\"1.0\" standalone=\"yes\"?>"])).Append('\n');
            if (r.Chance(15)) Doctype();
            var root = r.Chance(85);
            if (root)
            {
                _sb.Append("<rdf:RDF xmlns:rdf=\"").Append(Rdf).Append("\" xmlns:ex=\"http://example.org/\"");
                if (r.Chance(30)) _sb.Append(" xmlns=\"http://example.org/d#\"");
                if (r.Chance(20)) _sb.Append(" xml:base=\"").Append(Attr(FuzzText.Iri(r, Long))).Append('"');
                if (r.Chance(10)) _sb.Append(" xmlns:").Append(FuzzText.Name(r)).Append("=\"").Append(Attr(FuzzText.Iri(r))).Append('"');
                _sb.Append(">\n");
            }
            var nodes = root ? r.Next(0, 4) : 1;
            for (var i = 0; i < nodes; i++) NodeElement(3, declareNamespaces: !root);
            if (deep) Deep(declareNamespaces: !root && nodes == 0);
            if (root) _sb.Append(r.Chance(97) ? "</rdf:RDF>" : "</rdf:RDF");
            if (r.Chance(5)) _sb.Append("<!-- trailing -->");
            return _sb.ToString();
        }

        private void Doctype()
        {
            _sb.Append("<!DOCTYPE rdf:RDF [\n  <!ENTITY ex \"http://example.org/\">\n");
            if (r.Chance(30))
            {
                // Entities of entities: the parser caps what they may expand to.
                _sb.Append("  <!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">\n");
                var levels = r.Next(1, 6);
                var previous = "a";
                for (var i = 0; i < levels; i++)
                {
                    var name = "e" + i;
                    _sb.Append("  <!ENTITY ").Append(name).Append(" \"").Append(string.Concat(Enumerable.Repeat("&" + previous + ";", 10))).Append("\">\n");
                    previous = name;
                }
            }
            if (r.Chance(10)) _sb.Append("  <!ENTITY ext SYSTEM \"file:///etc/passwd\">\n");
            _sb.Append("]>\n");
        }

        private void NodeElement(int budget, bool declareNamespaces = false)
        {
            var typed = r.Chance(40);
            var name = typed ? "ex:" + XmlName() : r.Chance(95) ? "rdf:Description" : r.Pick(["rdf:li", "rdf:RDF", "rdf:ID", "rdf:Seq", "rdf:Bag", "rdf:Alt"]);
            _sb.Append('<').Append(name);
            if (declareNamespaces) _sb.Append(" xmlns:rdf=\"").Append(Rdf).Append("\" xmlns:ex=\"http://example.org/\"");
            switch (r.Next(5))
            {
                case 0: _sb.Append(" rdf:about=\"").Append(Attr(FuzzText.Iri(r, Long))).Append('"'); break;
                case 1: _sb.Append(" rdf:ID=\"").Append(Attr(FuzzText.Name(r, Long))).Append('"'); break;
                case 2: _sb.Append(" rdf:nodeID=\"").Append(Attr(FuzzText.Name(r))).Append('"'); break;
                case 3 when r.Chance(20): _sb.Append(" rdf:about=\"a\" rdf:ID=\"b\""); break;
            }
            if (r.Chance(20)) _sb.Append(" xml:lang=\"").Append(Attr(FuzzText.LanguageTag(r))).Append('"');
            if (r.Chance(10)) _sb.Append(" xml:base=\"").Append(Attr(FuzzText.Iri(r))).Append('"');
            if (r.Chance(25)) _sb.Append(" ex:").Append(XmlName()).Append("=\"").Append(Attr(FuzzText.StringContent(r, Long))).Append('"');
            if (r.Chance(5)) _sb.Append(" rdf:type=\"").Append(Attr(FuzzText.Iri(r))).Append('"');
            var properties = r.Next(0, 4);
            if (properties == 0 && r.Chance(50))
            {
                _sb.Append("/>\n");
                return;
            }
            _sb.Append(">\n");
            for (var i = 0; i < properties; i++) PropertyElement(budget - 1);
            _sb.Append("</").Append(name).Append(">\n");
        }

        private void PropertyElement(int budget)
        {
            var name = r.Next(8) switch { 0 => "rdf:li", 1 => "rdf:_" + r.Next(1, 5), 2 => "rdf:type", 3 when r.Chance(20) => r.Pick(["rdf:Description", "rdf:about", "rdf:RDF", "rdf:nil"]), _ => "ex:" + XmlName() };
            _sb.Append("  <").Append(name);
            if (r.Chance(10)) _sb.Append(" rdf:ID=\"").Append(Attr(FuzzText.Name(r))).Append('"');
            switch (r.Next(9))
            {
                case 0:
                    _sb.Append(" rdf:resource=\"").Append(Attr(FuzzText.Iri(r, Long))).Append("\"/>\n");
                    return;
                case 1:
                    _sb.Append(" rdf:nodeID=\"").Append(Attr(FuzzText.Name(r))).Append("\"/>\n");
                    return;
                case 2 when budget > 0:
                    _sb.Append(" rdf:parseType=\"Resource\">");
                    for (var i = r.Next(0, 3); i > 0; i--) PropertyElement(budget - 1);
                    break;
                case 3:
                    _sb.Append(" rdf:parseType=\"Literal\">");
                    XmlContent(r.Next(0, 4));
                    break;
                case 4 when budget > 0:
                    _sb.Append(" rdf:parseType=\"Collection\">");
                    for (var i = r.Next(0, 3); i > 0; i--) NodeElement(budget - 1);
                    break;
                case 5 when budget > 0:
                    _sb.Append('>');
                    NodeElement(budget - 1);
                    break;
                case 6:
                    _sb.Append(" ex:").Append(XmlName()).Append("=\"").Append(Attr(FuzzText.StringContent(r))).Append("\"/>\n");
                    return;
                default:
                    if (r.Chance(30)) _sb.Append(" rdf:datatype=\"").Append(Attr(r.Pick(TurtleGenerator.XsdTypes))).Append('"');
                    if (r.Chance(20)) _sb.Append(" xml:lang=\"").Append(Attr(FuzzText.LanguageTag(r))).Append('"');
                    if (r.Chance(5)) _sb.Append(" rdf:parseType=\"").Append(r.Pick(["Other", "", "resource", "Literal\" rdf:resource=\"x"])).Append('"');
                    _sb.Append('>');
                    Text();
                    break;
            }
            _sb.Append("</").Append(name).Append(">\n");
        }

        private void Text()
        {
            switch (r.Next(6))
            {
                case 0: _sb.Append("<![CDATA[").Append(FuzzText.StringContent(r).Replace("]]>", "")).Append("]]>"); break;
                case 1: _sb.Append(r.Pick(["&amp;", "&lt;", "&#233;", "&#x1F600;", "&#xD800;", "&#0;", "&ex;", "&e0;", "&ext;", "&nope;"])); break;
                case 2: _sb.Append("<!-- ").Append(Attr(FuzzText.StringContent(r))).Append(" -->"); break;
                default: _sb.Append(SecurityElement.Escape(FuzzText.StringContent(r, Long))); break;
            }
        }

        private void XmlContent(int budget)
        {
            Text();
            for (var i = r.Next(0, 3); i > 0 && budget > 0; i--)
            {
                var prefix = r.Pick(["", "ex:", "rdf:", "h:"]);
                var name = prefix + XmlName();
                _sb.Append('<').Append(name);
                if (prefix == "h:") _sb.Append(" xmlns:h=\"http://www.w3.org/1999/xhtml\"");
                if (r.Chance(30)) _sb.Append(" a=\"").Append(Attr(FuzzText.StringContent(r))).Append('"');
                _sb.Append('>');
                XmlContent(budget - 1);
                _sb.Append("</").Append(name).Append('>');
            }
            if (r.Chance(10)) _sb.Append("<?pi data?>");
        }

        private void Deep(bool declareNamespaces)
        {
            var depth = FuzzText.Depth(r, NestingLimit.Max);
            var style = r.Next(4);
            var closes = new Stack<string>();
            _sb.Append("<rdf:Description");
            if (declareNamespaces) _sb.Append(" xmlns:rdf=\"").Append(Rdf).Append("\" xmlns:ex=\"http://example.org/\"");
            _sb.Append('>');
            closes.Push("</rdf:Description>");
            if (style == 2)
            {
                // XML literal content is copied, not read as RDF: deep markup in it.
                _sb.Append("<ex:p rdf:parseType=\"Literal\">");
                closes.Push("</ex:p>");
                for (var i = 0; i < depth; i++) { _sb.Append("<b>"); closes.Push("</b>"); }
            }
            else
            {
                for (var i = 0; i < depth; i++)
                {
                    if (style == 0 || (style == 3 && r.Chance(50))) { _sb.Append("<ex:p><rdf:Description>"); closes.Push("</ex:p>"); closes.Push("</rdf:Description>"); }
                    else { _sb.Append("<ex:p rdf:parseType=\"Resource\">"); closes.Push("</ex:p>"); }
                }
                _sb.Append("<ex:v>x</ex:v>");
            }
            var close = r.Chance(95) ? closes.Count : r.Next(closes.Count);
            for (var i = 0; i < close; i++) _sb.Append(closes.Pop());
            _sb.Append('\n');
        }

        private string XmlName() => r.Chance(90) ? r.Pick(["p", "q", "name", "knows", "Thing", "_1", "\u00E9t\u00E9", "a-b.c"]) : FuzzText.Name(r, Long);

        private static string Attr(string value) => SecurityElement.Escape(value);
    }
}
