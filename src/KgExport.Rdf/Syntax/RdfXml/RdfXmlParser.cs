using System.Xml;
using KgExport.Rdf.Syntax;

namespace KgExport.Rdf;

/// <summary>
/// Streaming parser for RDF/XML (RDF 1.1 XML Syntax). Triples are yielded top-level node element by node element,
/// all in the default graph. Relative IRIs resolve against xml:base, else <see cref="ParserOptions.BaseIri"/>.
/// The document is either an rdf:RDF element or a single node element; RDF/XML embedded deeper in other XML is
/// not searched for.
/// </summary>
/// <remarks>
/// The XML reader never opens anything: there is no resolver, so external entities and external DTD subsets are
/// never fetched. Entities declared in the document's internal DTD subset are expanded (the common
/// <c>&lt;!ENTITY owl "http://www.w3.org/2002/07/owl#"&gt;</c> idiom of OWL files), with a cap on how much text
/// they may expand to, so an entity-expansion bomb is an error rather than a memory exhaustion.
/// </remarks>
public sealed class RdfXmlParser : IRdfParser
{
    /// <summary>The most characters entities may expand to in one document.</summary>
    public const long MaxCharactersFromEntities = 10_000_000;

    private readonly ParserOptions _options;

    public RdfXmlParser(ParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The namespaces declared on the root element that are absolute IRIs (the default namespace as prefix "").</summary>
    public PrefixMap Prefixes { get; } = new();

    public string? BaseIri => _options.BaseIri;

    public IEnumerable<Quad> Parse(TextReader input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ParseDocument(input, cancellationToken);
    }

    /// <summary>
    /// Parses bytes, decoded as the document says (byte order mark or encoding declaration, else UTF-8), so that
    /// RDF/XML in other encodings than UTF-8 reads correctly.
    /// </summary>
    public IEnumerable<Quad> Parse(Stream input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ParseDocument(() => XmlReader.Create(input, Settings), null, cancellationToken);
    }

    private IEnumerable<Quad> ParseDocument(TextReader input, CancellationToken cancellationToken)
    {
        var map = new XmlLineMap(input);
        return ParseDocument(() => XmlReader.Create(map, Settings), map, cancellationToken);
    }

    /// <param name="map">Where the text's lines and astral characters are; null when the XML reader decodes the bytes itself.</param>
    private IEnumerable<Quad> ParseDocument(Func<XmlReader> open, XmlLineMap? map, CancellationToken cancellationToken)
    {
        var pending = new List<Quad>();
        XmlReader xml;
        try
        {
            xml = open();
        }
        catch (XmlException e)
        {
            throw new RdfSyntaxException(_options.SourceName, RdfXmlReader.PositionOf(map, e.LineNumber, e.LinePosition), "not well-formed XML: " + e.Message);
        }
        using (xml)
        {
            var reader = new RdfXmlReader(xml, map, _options, Prefixes, pending, cancellationToken);
            while (reader.ReadTopLevel())
            {
                for (var i = 0; i < pending.Count; i++) yield return pending[i];
                pending.Clear();
            }
        }
    }

    private static XmlReaderSettings Settings => new()
    {
        DtdProcessing = DtdProcessing.Parse,
        XmlResolver = null,
        MaxCharactersFromEntities = MaxCharactersFromEntities,
        ValidationType = ValidationType.None,
        CloseInput = false,
    };
}
