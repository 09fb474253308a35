using KgExport.Rdf.JsonLd;

namespace KgExport.Rdf;

/// <summary>The one place that maps a <see cref="RdfFormat"/> to its parser and writer.</summary>
public static class RdfIo
{
    public static IRdfParser CreateParser(RdfFormat format, ParserOptions options) => format switch
    {
        RdfFormat.NTriples => new NQuadsParser(options, allowQuads: false),
        RdfFormat.NQuads => new NQuadsParser(options, allowQuads: true),
        RdfFormat.Turtle => new TurtleParser(options, allowGraphs: false),
        RdfFormat.TriG => new TurtleParser(options, allowGraphs: true),
        RdfFormat.JsonLd => new JsonLdParser(options),
        RdfFormat.RdfXml => new RdfXmlParser(options),
        _ => throw new NotSupportedException($"Reading {RdfFormats.Name(format)} is not supported."),
    };

    public static IQuadWriter CreateWriter(RdfFormat format, TextWriter output, WriterOptions? options = null) => format switch
    {
        RdfFormat.NTriples => new NQuadsWriter(output, allowQuads: false),
        RdfFormat.NQuads => new NQuadsWriter(output, allowQuads: true),
        RdfFormat.Turtle or RdfFormat.TriG when options is { Streaming: true } => new StreamingTurtleWriter(output, options, allowGraphs: format == RdfFormat.TriG),
        RdfFormat.Turtle => new TurtleWriter(output, options ?? new WriterOptions(), allowGraphs: false),
        RdfFormat.TriG => new TurtleWriter(output, options ?? new WriterOptions(), allowGraphs: true),
        RdfFormat.JsonLd => new JsonLdWriter(output, options ?? new WriterOptions()),
        RdfFormat.RdfXml => new RdfXmlWriter(output, options),
        _ => throw new NotSupportedException($"Writing {RdfFormats.Name(format)} is not supported."),
    };

    /// <summary>
    /// The one way from bytes to quads: strict UTF-8 for every syntax (a leading byte order mark skipped; a malformed
    /// byte is an <see cref="InvalidUtf8Exception"/> naming <paramref name="sourceName"/> and the byte offset), except
    /// an RDF/XML document whose byte order mark or declaration names another encoding, which the XML reader decodes.
    /// The stream is left open.
    /// </summary>
    public static IEnumerable<Quad> Parse(IRdfParser parser, Stream bytes, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(bytes);
        if (parser is RdfXmlParser xml)
        {
            var seekable = bytes.CanSeek ? bytes : Buffered(bytes);
            if (DeclaresOtherEncoding(seekable)) return xml.Parse(seekable, cancellationToken);
            bytes = seekable;
        }
        return parser.Parse(new Utf8TextReader(bytes, sourceName, leaveOpen: true), cancellationToken);
    }

    /// <summary>Opens a file for <see cref="Parse(IRdfParser, Stream, string, CancellationToken)"/>, read front to back.</summary>
    public static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    /// <summary>Parses a whole file into a new dataset, keeping its prefixes (JSON-LD contexts through <paramref name="documentLoader"/>).</summary>
    public static Dataset LoadFile(string path, RdfFormat? format = null, string? baseIri = null, CancellationToken cancellationToken = default, IDocumentLoader? documentLoader = null)
    {
        var fmt = format ?? (RdfFormats.TryFromPath(path, out var f) ? f : throw new ArgumentException($"{path}: cannot tell the RDF format from the file extension"));
        var full = Path.GetFullPath(path);
        var parser = CreateParser(fmt, new ParserOptions { SourceName = path, BaseIri = baseIri ?? new Uri(full).AbsoluteUri, DocumentLoader = documentLoader });
        using var stream = OpenFile(full);
        var dataset = new Dataset(Parse(parser, stream, path, cancellationToken));
        foreach (var (k, v) in parser.Prefixes.Entries) dataset.Prefixes.Set(k, v);
        return dataset;
    }

    private static bool DeclaresOtherEncoding(Stream seekable)
    {
        var start = seekable.Position;
        var head = new byte[XmlDeclaredEncoding.HeadLength];
        var n = seekable.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        seekable.Position = start;
        return XmlDeclaredEncoding.IsOtherThanUtf8(head.AsSpan(0, n));
    }

    /// <summary>RDF/XML from a pipe, held in memory so its head can be read twice.</summary>
    private static MemoryStream Buffered(Stream bytes)
    {
        var copy = new MemoryStream();
        bytes.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>Writes every quad of a dataset with the given format.</summary>
    public static void Write(Dataset dataset, RdfFormat format, TextWriter output, WriterOptions? options = null)
    {
        var writer = CreateWriter(format, output, options ?? new WriterOptions { Prefixes = dataset.Prefixes });
        foreach (var q in dataset.Quads) writer.Write(q);
        writer.Finish();
    }
}
