using System.Text;
using System.Xml;

namespace KgExport.Rdf.Syntax;

/// <summary>
/// The lexical form of an <c>rdf:parseType="Literal"</c> value: the element's content in exclusive XML
/// canonical form with comments (RDF 1.1 XML Syntax 7.2.17, XML-EXC-C14N). Namespace declarations are written
/// where a name first uses them, sorted by prefix; attributes are sorted by namespace (none first) and local name;
/// empty elements get an end tag; characters are escaped as canonical XML does.
/// </summary>
internal static class XmlLiteralWriter
{
    /// <summary>Reads the content of the element the reader is on, and leaves the reader on its end.</summary>
    public static string ReadContent(XmlReader xml, CancellationToken cancellationToken)
    {
        if (xml.IsEmptyElement) return "";
        var sb = new StringBuilder();
        var depth = xml.Depth;
        var rendered = new RenderedNamespaces();
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    cancellationToken.ThrowIfCancellationRequested();
                    WriteStartTag(xml, sb, rendered);
                    break;
                case XmlNodeType.EndElement:
                    if (xml.Depth == depth) return sb.ToString();
                    sb.Append("</").Append(xml.Name).Append('>');
                    rendered.Leave();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    AppendText(sb, xml.Value);
                    break;
                case XmlNodeType.Comment:
                    sb.Append("<!--").Append(xml.Value).Append("-->");
                    break;
                case XmlNodeType.ProcessingInstruction:
                    sb.Append("<?").Append(xml.Name);
                    if (xml.Value.Length > 0) sb.Append(' ').Append(xml.Value);
                    sb.Append("?>");
                    break;
            }
        }
        return sb.ToString();
    }

    private static void WriteStartTag(XmlReader xml, StringBuilder sb, RenderedNamespaces rendered)
    {
        var name = xml.Name;
        var empty = xml.IsEmptyElement;
        var declarations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Use(declarations, rendered, xml.Prefix, xml.NamespaceURI);
        var attributes = new List<(string Namespace, string LocalName, string Name, string Value)>();
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                if (xml.NamespaceURI == RdfXmlNames.XmlnsNamespace) continue;
                attributes.Add((xml.NamespaceURI, xml.LocalName, xml.Name, xml.Value));
                if (xml.Prefix.Length > 0 && xml.Prefix != "xml") Use(declarations, rendered, xml.Prefix, xml.NamespaceURI);
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }
        attributes.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Namespace, b.Namespace);
            return c != 0 ? c : string.CompareOrdinal(a.LocalName, b.LocalName);
        });

        sb.Append('<').Append(name);
        foreach (var (prefix, ns) in declarations)
        {
            sb.Append(prefix.Length == 0 ? " xmlns" : " xmlns:").Append(prefix).Append("=\"");
            AppendAttributeValue(sb, ns);
            sb.Append('"');
        }
        foreach (var a in attributes)
        {
            sb.Append(' ').Append(a.Name).Append("=\"");
            AppendAttributeValue(sb, a.Value);
            sb.Append('"');
        }
        sb.Append('>');
        if (empty) sb.Append("</").Append(name).Append('>');
        else rendered.Enter(declarations);
    }

    /// <summary>Declares a prefix on this element unless an output ancestor already declared it with the same namespace.</summary>
    private static void Use(SortedDictionary<string, string> declarations, RenderedNamespaces rendered, string prefix, string ns)
    {
        if (declarations.ContainsKey(prefix)) return;
        if (rendered.InScope(prefix) != ns) declarations[prefix] = ns;
    }

    /// <summary>
    /// The namespaces the output has declared on the open elements: each prefix's current binding, and per element what
    /// it replaced, so a lookup and a step out cost the same at any depth (content nested 100,000 deep stays linear).
    /// </summary>
    private sealed class RenderedNamespaces
    {
        private readonly Dictionary<string, string> _bound = new(StringComparer.Ordinal);
        private readonly Stack<List<(string Prefix, string? Previous)>?> _replaced = new();

        /// <summary>The namespace the output binds <paramref name="prefix"/> to: "" for the default namespace never declared, null for an undeclared prefix.</summary>
        public string? InScope(string prefix) => _bound.TryGetValue(prefix, out var ns) ? ns : prefix.Length == 0 ? "" : null;

        public void Enter(SortedDictionary<string, string> declarations)
        {
            List<(string, string?)>? replaced = null;
            foreach (var (prefix, ns) in declarations)
            {
                (replaced ??= []).Add((prefix, _bound.TryGetValue(prefix, out var previous) ? previous : null));
                _bound[prefix] = ns;
            }
            _replaced.Push(replaced);
        }

        public void Leave()
        {
            if (_replaced.Pop() is not { } replaced) return;
            foreach (var (prefix, previous) in replaced)
            {
                if (previous is null) _bound.Remove(prefix);
                else _bound[prefix] = previous;
            }
        }
    }

    private static void AppendText(StringBuilder sb, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r': sb.Append("&#xD;"); break;
                default: sb.Append(c); break;
            }
        }
    }

    private static void AppendAttributeValue(StringBuilder sb, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\t': sb.Append("&#x9;"); break;
                case '\n': sb.Append("&#xA;"); break;
                case '\r': sb.Append("&#xD;"); break;
                default: sb.Append(c); break;
            }
        }
    }
}
