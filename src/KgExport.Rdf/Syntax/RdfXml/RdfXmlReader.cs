using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;

namespace KgExport.Rdf.Syntax;

/// <summary>
/// The RDF/XML grammar (RDF 1.1 XML Syntax, section 7) over a pull <see cref="XmlReader"/>. Each call of
/// <see cref="ReadTopLevel"/> reads one top-level node element and adds its triples to the pending list, so a
/// document streams node element by node element. This file holds the document and node element productions and
/// the terms; property elements are in RdfXmlReader.Properties.cs.
/// </summary>
internal sealed partial class RdfXmlReader
{
    // Generated blank nodes are "anon<digits>"; an rdf:nodeID starting with "anon" is kept apart as "anon_<id>".
    private const string GeneratedLabel = "anon";

    private readonly XmlReader _xml;
    private readonly IXmlLineInfo? _lines;
    private readonly XmlLineMap? _map;
    private readonly string _source;
    private readonly string _blankPrefix;
    private readonly List<Quad> _pending;
    private readonly PrefixMap _prefixes;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BlankNode> _nodeIds = new(StringComparer.Ordinal);
    private int _generated;
    private int _depth;
    private DocumentState _state;
    private Scope _rootScope;

    public RdfXmlReader(XmlReader xml, XmlLineMap? map, ParserOptions options, PrefixMap prefixes, List<Quad> pending, CancellationToken cancellationToken)
    {
        _xml = xml;
        _lines = xml as IXmlLineInfo;
        _map = map;
        _source = options.SourceName;
        _blankPrefix = options.BlankNodePrefix;
        _prefixes = prefixes;
        _pending = pending;
        _cancellationToken = cancellationToken;
        _rootScope = new Scope(options.BaseIri is { } b ? WithoutFragment(b) : null, null);
    }

    private enum DocumentState { Start, InRdf, Done }

    /// <summary>The base IRI and language in effect on an element (xml:base, xml:lang).</summary>
    private readonly record struct Scope(string? Base, string? Language);

    /// <summary>One attribute as written, with where it was written for error messages.</summary>
    private readonly record struct XmlAttribute(string Namespace, string LocalName, string Name, string Value, TextPosition Position)
    {
        public bool IsRdf(string localName) => Namespace == RdfXmlNames.RdfNamespace && LocalName == localName;
    }

    /// <summary>Reads the next top-level node element; false at the end of the document.</summary>
    public bool ReadTopLevel()
    {
        try
        {
            return _state switch
            {
                DocumentState.Start => ReadRoot(),
                DocumentState.InRdf => ReadNextInRdf(),
                _ => false,
            };
        }
        catch (XmlException e)
        {
            throw new RdfSyntaxException(_source, PositionOf(_map, e.LineNumber, e.LinePosition), "not well-formed XML: " + WithoutPosition(e.Message));
        }
        catch (ArgumentException e) when (ThrownInsideXmlReader(e))
        {
            // System.Xml fails this way on some broken XML declarations (an encoding switch on damaged bytes): still the document's fault
            throw new RdfSyntaxException(_source, Position(), "not well-formed XML: the XML declaration cannot be read");
        }
    }

    /// <summary>True when the exception came from inside System.Xml's reader, before any frame of ours.</summary>
    private static bool ThrownInsideXmlReader(Exception e)
    {
        foreach (var frame in new System.Diagnostics.StackTrace(e).GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType?.FullName ?? "";
            if (type.StartsWith("System.Xml.", StringComparison.Ordinal)) return true;
            if (type.StartsWith("KgExport.", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    private bool ReadRoot()
    {
        if (_xml.MoveToContent() != XmlNodeType.Element) throw Error("the document has no root element");
        CollectPrefixes();
        if (_xml.NamespaceURI == RdfXmlNames.RdfNamespace && _xml.LocalName == RdfXmlNames.Rdf)
        {
            var attributes = ReadAttributes();
            _rootScope = ApplyXmlAttributes(_rootScope, attributes);
            foreach (var a in attributes)
            {
                if (!IsXmlAttribute(a)) throw Error(a, $"attribute {a.Name} is not allowed on rdf:RDF");
            }
            if (_xml.IsEmptyElement)
            {
                FinishDocument();
                return false;
            }
            _state = DocumentState.InRdf;
            return ReadNextInRdf();
        }
        // Without rdf:RDF, the root element is the one node element of the document.
        ReadNodeElement(_rootScope);
        FinishDocument();
        return true;
    }

    private bool ReadNextInRdf()
    {
        while (_xml.Read())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    ReadNodeElement(_rootScope);
                    return true;
                case XmlNodeType.EndElement:
                    FinishDocument();
                    return false;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    throw TextError("text is not allowed between node elements");
            }
        }
        throw Error("the document ends inside rdf:RDF");
    }

    /// <summary>Reads past the root element, so that anything but comments and processing instructions is reported.</summary>
    private void FinishDocument()
    {
        _state = DocumentState.Done;
        while (_xml.Read())
        {
            if (_xml.NodeType is not (XmlNodeType.Comment or XmlNodeType.ProcessingInstruction or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace))
            {
                throw Error("unexpected content after the root element");
            }
        }
    }

    /// <summary>nodeElement (7.2.11): returns the subject it describes. On return the reader is on the element's last node.</summary>
    private Term ReadNodeElement(Scope parent)
    {
        EnterNesting();
        var subject = ReadNodeElementBody(parent);
        _depth--;
        return subject;
    }

    /// <summary>One more level of node elements (explicit, or the blank node of rdf:parseType="Resource"), at most <see cref="NestingLimit.Max"/>.</summary>
    private void EnterNesting()
    {
        if (++_depth > NestingLimit.Max) throw Error(NestingLimit.Reason(NestingLimit.Max));
    }

    private Term ReadNodeElementBody(Scope parent)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var element = ElementIri();
        if (_xml.NamespaceURI == RdfXmlNames.RdfNamespace && RdfXmlNames.WhyNotNodeElement(_xml.LocalName) is { } why) throw Error(why);
        var attributes = ReadAttributes();
        var scope = ApplyXmlAttributes(parent, attributes);

        Term? subject = null;
        XmlAttribute? subjectAttribute = null;
        var properties = new List<XmlAttribute>();
        foreach (var a in attributes)
        {
            if (IsXmlAttribute(a)) continue;
            if (a.Namespace != RdfXmlNames.RdfNamespace)
            {
                properties.Add(a);
                continue;
            }
            Term? named = a.LocalName switch
            {
                RdfXmlNames.Id => IdIri(a, scope),
                RdfXmlNames.About => ResolveIri(a, scope),
                RdfXmlNames.NodeId => NodeIdBlankNode(a),
                _ => null,
            };
            if (named is null)
            {
                if (RdfXmlNames.WhyNotPropertyAttribute(a.LocalName) is { } notProperty) throw Error(a, notProperty);
                properties.Add(a);
                continue;
            }
            if (subjectAttribute is { } first) throw Error(a, $"{a.Name} cannot be used together with {first.Name} on a node element");
            subject = named;
            subjectAttribute = a;
        }
        subject ??= NewBlankNode();

        if (!(_xml.NamespaceURI == RdfXmlNames.RdfNamespace && _xml.LocalName == RdfXmlNames.Description))
        {
            Emit(subject, Vocab.Rdf.Type, element);
        }
        EmitPropertyAttributes(subject, properties, scope);
        ReadPropertyElements(subject, scope);
        return subject;
    }

    /// <summary>propertyAttr (7.2.25): rdf:type gives an IRI, every other attribute a literal in the element's language.</summary>
    private void EmitPropertyAttributes(Term subject, List<XmlAttribute> properties, Scope scope)
    {
        foreach (var a in properties)
        {
            var predicate = new Iri(a.Namespace + a.LocalName);
            Term value = a.IsRdf(RdfXmlNames.Type) ? ResolveIri(a, scope) : PlainLiteral(a.Value, scope);
            Emit(subject, predicate, value);
        }
    }

    private void Emit(Term subject, Iri predicate, Term value) => _pending.Add(new Quad(subject, predicate, value));

    /// <summary>The four triples that reify a statement named by rdf:ID on its property element (7.3).</summary>
    private void Reify(Iri statement, Term subject, Iri predicate, Term value)
    {
        Emit(statement, Vocab.Rdf.Type, RdfXmlNames.Statement);
        Emit(statement, RdfXmlNames.Subject, subject);
        Emit(statement, RdfXmlNames.Predicate, predicate);
        Emit(statement, RdfXmlNames.Object, value);
    }

    /// <summary>The attributes of the current element, with the unqualified rdf names mapped into the RDF namespace (6.1.4).</summary>
    private List<XmlAttribute> ReadAttributes()
    {
        var list = new List<XmlAttribute>();
        if (!_xml.MoveToFirstAttribute()) return list;
        do
        {
            var ns = _xml.NamespaceURI;
            var local = _xml.LocalName;
            if (ns == RdfXmlNames.XmlnsNamespace) continue;
            var position = Position();
            if (ns.Length == 0)
            {
                if (local.StartsWith("xml", StringComparison.OrdinalIgnoreCase)) continue;
                if (local is not (RdfXmlNames.Id or RdfXmlNames.About or RdfXmlNames.Resource or RdfXmlNames.ParseType or RdfXmlNames.Type))
                {
                    throw new RdfSyntaxException(_source, position, $"attribute {_xml.Name} has no namespace; RDF/XML needs qualified attribute names");
                }
                ns = RdfXmlNames.RdfNamespace;
            }
            list.Add(new XmlAttribute(ns, local, _xml.Name, _xml.Value, position));
        }
        while (_xml.MoveToNextAttribute());
        _xml.MoveToElement();
        return list;
    }

    private static bool IsXmlAttribute(XmlAttribute a) => a.Namespace == RdfXmlNames.XmlNamespace;

    /// <summary>xml:base and xml:lang of an element, applied to the scope of its parent.</summary>
    private Scope ApplyXmlAttributes(Scope parent, List<XmlAttribute> attributes)
    {
        var scope = parent;
        foreach (var a in attributes)
        {
            if (!IsXmlAttribute(a)) continue;
            if (a.LocalName == "lang")
            {
                if (a.Value.Length > 0 && !LanguageTag().IsMatch(a.Value)) throw Error(a, $"xml:lang \"{a.Value}\" is not a well-formed language tag");
                scope = scope with { Language = a.Value.Length == 0 ? null : a.Value };
            }
            else if (a.LocalName == "base")
            {
                scope = scope with { Base = WithoutFragment(Resolve(a, parent.Base, a.Value)) };
            }
        }
        return scope;
    }

    private Iri ElementIri()
    {
        if (_xml.NamespaceURI.Length == 0) throw Error($"element <{_xml.Name}> has no namespace; RDF/XML needs qualified element names");
        return new Iri(_xml.NamespaceURI + _xml.LocalName);
    }

    private Iri ResolveIri(XmlAttribute a, Scope scope) => new(Resolve(a, scope.Base, a.Value));

    private string Resolve(XmlAttribute a, string? baseIri, string reference)
    {
        string iri;
        try
        {
            iri = IriResolver.Resolve(baseIri, reference);
        }
        catch (ArgumentException e)
        {
            throw Error(a, $"{a.Name}: {e.Message}");
        }
        foreach (var c in iri)
        {
            if (CharClasses.IsForbiddenInIri(c)) throw Error(a, $"{a.Name}: IRI <{iri}> contains {TextSource.Describe(c)}, which IRIs cannot contain");
        }
        return iri;
    }

    /// <summary>rdf:ID: the base IRI with the name as fragment; each may be used once per base (idAttr, 7.2.27).</summary>
    private Iri IdIri(XmlAttribute a, Scope scope)
    {
        RequireXmlName(a);
        var iri = Resolve(a, scope.Base, "#" + a.Value);
        if (!_ids.Add(iri)) throw Error(a, $"rdf:ID \"{a.Value}\" is used twice with the same base IRI ({iri})");
        return new Iri(iri);
    }

    private BlankNode NodeIdBlankNode(XmlAttribute a)
    {
        RequireXmlName(a);
        if (_nodeIds.TryGetValue(a.Value, out var node)) return node;
        var label = a.Value.StartsWith(GeneratedLabel, StringComparison.Ordinal) ? GeneratedLabel + "_" + a.Value : a.Value;
        if (!BlankNodeLabels.IsValid(label)) label = BlankNodeLabels.Sanitize(label);
        node = new BlankNode(_blankPrefix + label);
        _nodeIds.Add(a.Value, node);
        return node;
    }

    private BlankNode NewBlankNode() =>
        new(string.Concat(_blankPrefix, GeneratedLabel, (++_generated).ToString(CultureInfo.InvariantCulture)));

    private void RequireXmlName(XmlAttribute a)
    {
        // VerifyNCName throws ArgumentException, not XmlException, for an empty name.
        if (a.Value.Length == 0) throw Error(a, $"{a.Name} is empty, which is not an XML name (NCName)");
        try
        {
            XmlConvert.VerifyNCName(a.Value);
        }
        catch (XmlException)
        {
            throw Error(a, $"{a.Name} \"{a.Value}\" is not an XML name (NCName)");
        }
    }

    private Literal PlainLiteral(string text, Scope scope) =>
        scope.Language is { } lang ? Literal.WithLanguage(text, lang) : new Literal(text);

    private void CollectPrefixes()
    {
        if (!_xml.MoveToFirstAttribute()) return;
        do
        {
            if (_xml.NamespaceURI != RdfXmlNames.XmlnsNamespace || _xml.Value.Length == 0 || !IriResolver.HasScheme(_xml.Value)) continue;
            _prefixes.Set(_xml.Prefix.Length == 0 ? "" : _xml.LocalName, _xml.Value);
        }
        while (_xml.MoveToNextAttribute());
        _xml.MoveToElement();
    }

    private static string WithoutFragment(string iri)
    {
        var hash = iri.IndexOf('#');
        return hash < 0 ? iri : iri[..hash];
    }

    private static string WithoutPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }

    /// <summary>
    /// The XML reader's line and UTF-16 column as a <see cref="TextPosition"/>: in code points, with the offset, when
    /// the text went through <paramref name="map"/>; as the XML reader counts, offset unknown (-1), when it decoded bytes.
    /// </summary>
    internal static TextPosition PositionOf(XmlLineMap? map, int line, int column) =>
        map?.At(line, column) ?? new TextPosition(Math.Max(1, line), Math.Max(1, column), -1);

    private TextPosition Position() =>
        _lines is { } l && l.HasLineInfo() ? PositionOf(_map, l.LineNumber, l.LinePosition) : PositionOf(_map, 1, 1);

    /// <summary>An error at the first non-space character of the text node the reader is on.</summary>
    private RdfSyntaxException TextError(string reason)
    {
        var (line, column, offset) = Position();
        foreach (var c in _xml.Value)
        {
            if (!char.IsWhiteSpace(c)) break;
            if (c == '\n') (line, column) = (line + 1, 1);
            else column++;
            if (offset >= 0) offset++;
        }
        return new RdfSyntaxException(_source, new TextPosition(line, column, offset), reason);
    }

    private RdfSyntaxException Error(string reason) => new(_source, Position(), reason);

    private RdfSyntaxException Error(XmlAttribute a, string reason) => new(_source, a.Position, reason);

    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
