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
        RdfFormat.Turtle => new TurtleWriter(output, options ?? new WriterOptions(), allowGraphs: false),
        RdfFormat.TriG => new TurtleWriter(output, options ?? new WriterOptions(), allowGraphs: true),
        RdfFormat.JsonLd => new JsonLdWriter(output, options ?? new WriterOptions()),
        _ => throw new NotSupportedException($"Writing {RdfFormats.Name(format)} is not supported."),
    };

    /// <summary>Parses a whole file into a new dataset, keeping its prefixes.</summary>
    public static Dataset LoadFile(string path, RdfFormat? format = null, string? baseIri = null, CancellationToken cancellationToken = default)
    {
        var fmt = format ?? (RdfFormats.TryFromPath(path, out var f) ? f : throw new ArgumentException($"{path}: cannot tell the RDF format from the file extension"));
        var full = Path.GetFullPath(path);
        var parser = CreateParser(fmt, new ParserOptions { SourceName = path, BaseIri = baseIri ?? new Uri(full).AbsoluteUri });
        Dataset dataset;
        if (parser is RdfXmlParser xmlParser)
        {
            // XML names its own encoding (byte order mark or declaration).
            using var stream = File.OpenRead(full);
            dataset = new Dataset(xmlParser.Parse(stream, cancellationToken));
        }
        else
        {
            using var reader = new StreamReader(full, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
            dataset = new Dataset(parser.Parse(reader, cancellationToken));
        }
        foreach (var (k, v) in parser.Prefixes.Entries) dataset.Prefixes.Set(k, v);
        return dataset;
    }

    /// <summary>Writes every quad of a dataset with the given format.</summary>
    public static void Write(Dataset dataset, RdfFormat format, TextWriter output, WriterOptions? options = null)
    {
        var writer = CreateWriter(format, output, options ?? new WriterOptions { Prefixes = dataset.Prefixes });
        foreach (var q in dataset.Quads) writer.Write(q);
        writer.Finish();
    }
}
