using System.Xml;
using KgExport.Rdf.Syntax;

namespace KgExport.Rdf;

/// <summary>
/// Streaming RDF/XML writer (RDF 1.1 XML Syntax): one <c>rdf:Description</c> per run of triples with the same
/// subject (sorted input gives one per subject), IRIs absolute in <c>rdf:about</c>/<c>rdf:resource</c>, blank nodes
/// as <c>rdf:nodeID</c>, literals as text with <c>xml:lang</c> or <c>rdf:datatype</c>. Every predicate is split into a
/// namespace and the longest local name XML allows; the prefixes given are declared on <c>rdf:RDF</c>, any other
/// namespace where it is used. What RDF/XML cannot say is an <see cref="RdfWriteException"/> before anything of that
/// triple is written: a named graph, a predicate with no local name (ending in '/' or '#', or a digit) or one of the
/// syntax's own names (rdf:li, rdf:about, ...), a character XML 1.0 cannot hold.
/// </summary>
public sealed class RdfXmlWriter : IQuadWriter
{
    private readonly TextWriter _output;
    private readonly XmlWriter _xml;
    private readonly Dictionary<string, string> _prefixOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nodeIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedNodeIds = new(StringComparer.Ordinal);
    private Term? _subject;
    private bool _started;

    public RdfXmlWriter(TextWriter output, WriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        // The declaration says UTF-8 whatever the TextWriter's own encoding (a StringWriter's is UTF-16): every
        // caller sends the text as UTF-8.
        _xml = XmlWriter.Create(output, new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            OmitXmlDeclaration = true,
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
        });
        _prefixOf[RdfXmlNames.RdfNamespace] = "rdf";
        foreach (var (prefix, ns) in options?.Prefixes?.Entries ?? [])
        {
            if (prefix.Length == 0 || prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase) || !IsNcName(prefix)) continue;
            if (_prefixOf.ContainsKey(ns) || _prefixOf.ContainsValue(prefix) || !IsXmlText(ns)) continue;
            _prefixOf[ns] = prefix;
        }
    }

    public void Write(Quad quad)
    {
        if (quad.Graph is not null)
        {
            throw new RdfWriteException(
                $"RDF/XML has no named graphs, but the triple {NTriplesFormatter.Format(quad.InGraph(null))} is in the graph "
                + $"{NTriplesFormatter.Format(quad.Graph)}; write N-Quads or TriG instead.");
        }
        var (ns, local) = Split(quad.Predicate);
        Check(quad.Subject, quad);
        Check(quad.Object, quad);
        Start();
        if (!Equals(_subject, quad.Subject))
        {
            if (_subject is not null) _xml.WriteEndElement();
            _xml.WriteStartElement("rdf", RdfXmlNames.Description, RdfXmlNames.RdfNamespace);
            WriteNode(quad.Subject, RdfXmlNames.About);
            _subject = quad.Subject;
        }
        _xml.WriteStartElement(PrefixFor(ns), local, ns);
        switch (quad.Object)
        {
            case Iri or BlankNode:
                WriteNode(quad.Object, RdfXmlNames.Resource);
                break;
            case Literal { Language: { } language } l:
                _xml.WriteAttributeString("xml", "lang", RdfXmlNames.XmlNamespace, language);
                _xml.WriteString(l.LexicalForm);
                break;
            case Literal { IsSimple: true } l:
                _xml.WriteString(l.LexicalForm);
                break;
            case Literal l:
                _xml.WriteAttributeString("rdf", RdfXmlNames.Datatype, RdfXmlNames.RdfNamespace, l.Datatype.Value);
                _xml.WriteString(l.LexicalForm);
                break;
        }
        _xml.WriteEndElement();
    }

    public void Finish()
    {
        Start();
        if (_subject is not null) _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.Flush();
        _output.Write('\n');
        _output.Flush();
    }

    private void Start()
    {
        if (_started) return;
        _started = true;
        _output.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        _xml.WriteStartElement("rdf", RdfXmlNames.Rdf, RdfXmlNames.RdfNamespace);
        foreach (var (ns, prefix) in _prefixOf)
        {
            if (prefix != "rdf") _xml.WriteAttributeString("xmlns", prefix, RdfXmlNames.XmlnsNamespace, ns);
        }
    }

    private void WriteNode(Term node, string iriAttribute)
    {
        if (node is Iri iri) _xml.WriteAttributeString("rdf", iriAttribute, RdfXmlNames.RdfNamespace, iri.Value);
        else _xml.WriteAttributeString("rdf", RdfXmlNames.NodeId, RdfXmlNames.RdfNamespace, NodeId(((BlankNode)node).Label));
    }

    /// <summary>The blank node's label where it is an XML name, else a name made from it; never the same for two labels.</summary>
    private string NodeId(string label)
    {
        if (_nodeIds.TryGetValue(label, out var id)) return id;
        var candidate = IsNcName(label) ? label : "b" + string.Concat(label.Select(c => XmlConvert.IsNCNameChar(c) ? c.ToString() : "_" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
        id = candidate;
        for (var n = 2; !_usedNodeIds.Add(id); n++) id = candidate + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _nodeIds[label] = id;
        return id;
    }

    private string PrefixFor(string ns)
    {
        if (_prefixOf.TryGetValue(ns, out var prefix)) return prefix;
        // Declared on the element that uses it (the writer streams, so the root's declarations are already written).
        prefix = "ns" + (_prefixOf.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
        while (_prefixOf.ContainsValue(prefix)) prefix += "_";
        _prefixOf[ns] = prefix;
        return prefix;
    }

    /// <summary>The namespace and the longest local name (an XML NCName) a predicate IRI ends with.</summary>
    private static (string Namespace, string Local) Split(Iri predicate)
    {
        var value = predicate.Value;
        var start = value.Length;
        while (start > 0 && XmlConvert.IsNCNameChar(value[start - 1])) start--;
        while (start < value.Length && !XmlConvert.IsStartNCNameChar(value[start])) start++;
        if (start == 0 || start >= value.Length)
        {
            throw new RdfWriteException($"the predicate <{value}> cannot be written in RDF/XML: it does not end with a name XML allows (a letter or '_' first); write Turtle or N-Triples instead.");
        }
        var ns = value[..start];
        var local = value[start..];
        if (ns == RdfXmlNames.RdfNamespace && (RdfXmlNames.WhyNotPropertyElement(local) is not null || local == RdfXmlNames.Li))
        {
            throw new RdfWriteException($"the predicate rdf:{local} cannot be written in RDF/XML, where that name is part of the syntax; write Turtle or N-Triples instead.");
        }
        if (!IsXmlText(ns)) throw new RdfWriteException($"the predicate <{value}> holds a character XML 1.0 cannot carry.");
        return (ns, local);
    }

    private static void Check(Term term, Quad quad)
    {
        var text = term switch
        {
            Iri iri => iri.Value,
            Literal l => l.LexicalForm + l.Language + l.Datatype.Value,
            _ => "",
        };
        if (!IsXmlText(text))
        {
            throw new RdfWriteException($"the triple {NTriplesFormatter.Format(quad.InGraph(null))} holds a character XML 1.0 cannot carry (a control character or a lone surrogate); write N-Triples or Turtle instead.");
        }
    }

    private static bool IsXmlText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!XmlConvert.IsXmlChar(c)) return false;
        }
        return true;
    }

    private static bool IsNcName(string name)
    {
        if (name.Length == 0 || !XmlConvert.IsStartNCNameChar(name[0])) return false;
        foreach (var c in name) if (!XmlConvert.IsNCNameChar(c)) return false;
        return true;
    }
}
