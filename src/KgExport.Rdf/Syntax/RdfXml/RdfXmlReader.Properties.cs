using System.Globalization;
using System.Text;
using System.Xml;

namespace KgExport.Rdf.Syntax;

/// <summary>The property element productions (RDF 1.1 XML Syntax 7.2.13 to 7.2.21).</summary>
internal sealed partial class RdfXmlReader
{
    /// <summary>The rdf: attributes of a property element that choose its production, and its property attributes.</summary>
    private sealed class PropertyAttributes
    {
        public XmlAttribute? Id;
        public XmlAttribute? ParseType;
        public XmlAttribute? Resource;
        public XmlAttribute? NodeId;
        public XmlAttribute? Datatype;
        public List<XmlAttribute> Properties { get; } = [];

        /// <summary>The first attribute that makes the element an empty property element rather than a literal or resource one.</summary>
        public XmlAttribute? FirstObjectAttribute => Resource ?? NodeId ?? (Properties.Count > 0 ? Properties[0] : null);
    }

    /// <summary>propertyEltList (7.2.13): the content of a node element. On return the reader is on the element's last node.</summary>
    private void ReadPropertyElements(Term subject, Scope scope)
    {
        if (_xml.IsEmptyElement) return;
        var li = 0;
        while (_xml.Read())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    ReadPropertyElement(subject, scope, ref li);
                    break;
                case XmlNodeType.EndElement:
                    return;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    throw TextError("text is not allowed between property elements");
            }
        }
    }

    /// <summary>propertyElt (7.2.14): one property of <paramref name="subject"/>.</summary>
    private void ReadPropertyElement(Term subject, Scope parent, ref int li)
    {
        var predicate = ElementIri();
        if (_xml.NamespaceURI == RdfXmlNames.RdfNamespace)
        {
            if (_xml.LocalName == RdfXmlNames.Li) predicate = new Iri(RdfXmlNames.RdfNamespace + "_" + (++li).ToString(CultureInfo.InvariantCulture));
            else if (RdfXmlNames.WhyNotPropertyElement(_xml.LocalName) is { } why) throw Error(why);
        }
        var attributes = ReadAttributes();
        var scope = ApplyXmlAttributes(parent, attributes);
        var found = ClassifyAttributes(attributes);
        var statement = found.Id is { } id ? IdIri(id, scope) : null;

        if (found.ParseType is { } parseType)
        {
            if ((found.Datatype ?? found.FirstObjectAttribute) is { } extra) throw Error(extra, $"{extra.Name} cannot be used together with rdf:parseType");
            switch (parseType.Value)
            {
                case "Resource":
                    ReadParseTypeResource(subject, predicate, statement, scope);
                    break;
                case "Collection":
                    ReadParseTypeCollection(subject, predicate, statement, scope);
                    break;
                default:
                    // "Literal", and any other value (parseTypeOtherPropertyElt), is an XML literal.
                    EmitWithStatement(subject, predicate, new Literal(XmlLiteralWriter.ReadContent(_xml, _cancellationToken), RdfXmlNames.XmlLiteral), statement);
                    break;
            }
            return;
        }

        if (_xml.IsEmptyElement)
        {
            ReadEmptyProperty(subject, predicate, statement, found, scope);
            return;
        }

        var text = new StringBuilder();
        Term? value = null;
        while (_xml.Read())
        {
            switch (_xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (value is not null) throw Error("a property element can hold only one node element");
                    if (!string.IsNullOrWhiteSpace(text.ToString())) throw Error("a property element cannot hold both text and a node element");
                    if ((found.Datatype ?? found.FirstObjectAttribute) is { } extra) throw Error(extra, $"{extra.Name} is not allowed on a property element that holds a node element");
                    value = ReadNodeElement(scope);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (value is not null && !string.IsNullOrWhiteSpace(_xml.Value)) throw TextError("a property element cannot hold both a node element and text");
                    text.Append(_xml.Value);
                    break;
                case XmlNodeType.EndElement:
                    if (value is not null) EmitWithStatement(subject, predicate, value, statement);
                    else if (text.Length == 0) ReadEmptyProperty(subject, predicate, statement, found, scope);
                    else
                    {
                        if (found.FirstObjectAttribute is { } attribute) throw Error(attribute, $"{attribute.Name} is not allowed on a property element with text content");
                        EmitWithStatement(subject, predicate, TextLiteral(text.ToString(), found.Datatype, scope), statement);
                    }
                    return;
            }
        }
    }

    private PropertyAttributes ClassifyAttributes(List<XmlAttribute> attributes)
    {
        var found = new PropertyAttributes();
        foreach (var a in attributes)
        {
            if (IsXmlAttribute(a)) continue;
            if (a.Namespace != RdfXmlNames.RdfNamespace)
            {
                found.Properties.Add(a);
                continue;
            }
            switch (a.LocalName)
            {
                case RdfXmlNames.Id: found.Id = a; break;
                case RdfXmlNames.ParseType: found.ParseType = a; break;
                case RdfXmlNames.Resource: found.Resource = a; break;
                case RdfXmlNames.NodeId: found.NodeId = a; break;
                case RdfXmlNames.Datatype: found.Datatype = a; break;
                default:
                    if (RdfXmlNames.WhyNotPropertyAttribute(a.LocalName) is { } why) throw Error(a, why);
                    found.Properties.Add(a);
                    break;
            }
        }
        if (found.Resource is { } r && found.NodeId is { } n)
        {
            var (first, second) = (r.Position.Line, r.Position.Column).CompareTo((n.Position.Line, n.Position.Column)) < 0 ? (r, n) : (n, r);
            throw Error(second, $"{second.Name} cannot be used together with {first.Name}");
        }
        return found;
    }

    /// <summary>
    /// emptyPropertyElt (7.2.21): with no attributes (or only rdf:ID) the value is an empty literal; with rdf:datatype
    /// an empty typed literal; otherwise a resource (rdf:resource, rdf:nodeID or a new blank node) described by the
    /// property attributes.
    /// </summary>
    private void ReadEmptyProperty(Term subject, Iri predicate, Iri? statement, PropertyAttributes found, Scope scope)
    {
        if (found.Datatype is { } datatype)
        {
            if (found.FirstObjectAttribute is { } extra) throw Error(extra, $"{extra.Name} cannot be used together with {datatype.Name}");
            EmitWithStatement(subject, predicate, TextLiteral("", datatype, scope), statement);
            return;
        }
        if (found.FirstObjectAttribute is null)
        {
            EmitWithStatement(subject, predicate, PlainLiteral("", scope), statement);
            return;
        }
        Term value = found.Resource is { } resource ? ResolveIri(resource, scope)
            : found.NodeId is { } nodeId ? NodeIdBlankNode(nodeId)
            : NewBlankNode();
        EmitWithStatement(subject, predicate, value, statement);
        EmitPropertyAttributes(value, found.Properties, scope);
    }

    /// <summary>parseTypeResourcePropertyElt (7.2.18): the content describes a new blank node.</summary>
    private void ReadParseTypeResource(Term subject, Iri predicate, Iri? statement, Scope scope)
    {
        EnterNesting();
        var node = NewBlankNode();
        EmitWithStatement(subject, predicate, node, statement);
        ReadPropertyElements(node, scope);
        _depth--;
    }

    /// <summary>parseTypeCollectionPropertyElt (7.2.19): the node elements of the content, as an RDF list.</summary>
    private void ReadParseTypeCollection(Term subject, Iri predicate, Iri? statement, Scope scope)
    {
        var items = new List<Term>();
        if (!_xml.IsEmptyElement)
        {
            var done = false;
            while (!done && _xml.Read())
            {
                switch (_xml.NodeType)
                {
                    case XmlNodeType.Element:
                        items.Add(ReadNodeElement(scope));
                        break;
                    case XmlNodeType.EndElement:
                        done = true;
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA:
                        throw TextError("text is not allowed in an rdf:parseType=\"Collection\" property element");
                }
            }
        }
        Term head = Vocab.Rdf.Nil;
        var cells = items.Select(_ => (Term)NewBlankNode()).ToList();
        if (cells.Count > 0) head = cells[0];
        EmitWithStatement(subject, predicate, head, statement);
        for (var i = 0; i < cells.Count; i++)
        {
            Emit(cells[i], Vocab.Rdf.First, items[i]);
            Emit(cells[i], Vocab.Rdf.Rest, i + 1 < cells.Count ? cells[i + 1] : Vocab.Rdf.Nil);
        }
    }

    private void EmitWithStatement(Term subject, Iri predicate, Term value, Iri? statement)
    {
        Emit(subject, predicate, value);
        if (statement is not null) Reify(statement, subject, predicate, value);
    }

    /// <summary>The literal of literalPropertyElt (7.2.16): typed by rdf:datatype, else in the element's language.</summary>
    private Literal TextLiteral(string text, XmlAttribute? datatype, Scope scope)
    {
        if (datatype is not { } d) return PlainLiteral(text, scope);
        var iri = ResolveIri(d, scope);
        if (iri.Value == Vocab.Rdf.LangString.Value) throw Error(d, "rdf:datatype cannot be rdf:langString (a language-tagged string needs xml:lang)");
        return Literal.Typed(text, iri);
    }
}
