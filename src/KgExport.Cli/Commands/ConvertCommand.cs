using System.CommandLine;
using KgExport.Rdf;

namespace KgExport.Cli.Commands;

/// <summary>
/// `kgexport convert`: re-serialises an RDF document. Line-based outputs (N-Triples, N-Quads) stream quad by quad
/// without building a graph; pretty outputs (Turtle, TriG) are sorted, so they hold the whole document, and they
/// keep the input's prefixes, unless <c>--stream</c> asks for them to be written as read, grouped by consecutive subject.
/// </summary>
public static class ConvertCommand
{
    public static Command Create(Terminal terminal)
    {
        var input = new Argument<string>("input")
        {
            Description = "The RDF file to read, or - for standard input (then --from is required).",
        };
        var to = new Option<string?>("--to", "-t")
        {
            Description = "Output syntax: ntriples, nquads, turtle, trig, jsonld or rdfxml. Defaults to the syntax of the -o file's extension.",
            HelpName = "format",
        };
        var from = new Option<string?>("--from", "-f")
        {
            Description = "Input syntax: ntriples, nquads, turtle, trig, jsonld or rdfxml. Defaults to the syntax of the input's extension (.nt, .nq, .ttl, .trig, .jsonld, .rdf).",
            HelpName = "format",
        };
        var baseIri = new Option<string?>("--base", "-b")
        {
            Description = "Base IRI for relative IRIs in the input. Defaults to the input's absolute file:/// URL (the working directory's for stdin).",
            HelpName = "iri",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file (atomically: replaced only when the conversion succeeds), or - for standard output (the default).",
            HelpName = "file",
        };

        var stream = new Option<bool>("--stream")
        {
            Description = "Turtle and TriG output: write statements as they are read, grouped while consecutive ones share a subject, "
                + "with the prefixes declared before the first statement up front, instead of sorting the whole document in memory "
                + "(for inputs too large for that). Line-based outputs always stream.",
        };

        var command = new Command("convert", "Convert an RDF document between N-Triples, N-Quads, Turtle, TriG, JSON-LD and RDF/XML.")
        {
            input, to, from, baseIri, output, stream,
        };
        var jsonLd = new JsonLdFlags();
        jsonLd.AddTo(command);
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            var request = new ConvertRequest(
                parseResult.GetRequiredValue(input),
                parseResult.GetValue(from),
                parseResult.GetValue(to),
                parseResult.GetValue(baseIri),
                parseResult.GetValue(output))
            {
                JsonLd = jsonLd.Settings(parseResult),
                Stream = parseResult.GetValue(stream),
            };
            return Convert(request, terminal, cancellationToken);
        });
        return command;
    }

    private sealed record ConvertRequest(string Input, string? From, string? To, string? BaseIri, string? Output)
    {
        public KgExport.Rdf.JsonLd.JsonLdWriterSettings? JsonLd { get; init; }

        public bool Stream { get; init; }
    }

    private static int Convert(ConvertRequest request, Terminal terminal, CancellationToken cancellationToken)
    {
        var targetFormat = OutputFormat(request);
        if (request.Stream && targetFormat is RdfFormat.JsonLd or RdfFormat.RdfXml)
        {
            throw new UsageException($"--stream: {RdfFormats.Name(targetFormat)} output is always built in memory; --stream applies to turtle and trig");
        }
        using var source = RdfSource.Open(request.Input, request.From, terminal, request.BaseIri, request.JsonLd?.DocumentLoader);
        using var target = OutputDocument.Open(request.Output, terminal);
        var quads = source.Quads(cancellationToken);
        if (!RdfFormats.SupportsDatasets(targetFormat)) quads = RequireDefaultGraph(quads, source.Name, targetFormat);
        if (IsLineBased(targetFormat))
        {
            var writer = RdfIo.CreateWriter(targetFormat, target.Writer);
            foreach (var quad in quads) writer.Write(quad);
            writer.Finish();
        }
        else if (request.Stream)
        {
            WriteStreaming(quads, targetFormat, source, target.Writer);
        }
        else
        {
            // Pretty syntaxes sort the whole document anyway; read it all first so the writer sees every prefix.
            var all = quads.ToList();
            // RDF/XML gives each run of one subject's triples one element: keep a subject's triples together.
            if (targetFormat == RdfFormat.RdfXml) all = [.. all.OrderBy(q => q.Subject, TermComparer.Instance)];
            var writer = RdfIo.CreateWriter(targetFormat, target.Writer, new WriterOptions { Prefixes = source.Prefixes.Clone(), JsonLd = request.JsonLd });
            foreach (var quad in all) writer.Write(quad);
            writer.Finish();
        }
        target.Commit();
        return ExitCodes.Ok;
    }

    // The writer is made once the first statement has been read, so it declares every prefix declared before it.
    private static void WriteStreaming(IEnumerable<Quad> quads, RdfFormat targetFormat, RdfSource source, TextWriter output)
    {
        using var e = quads.GetEnumerator();
        var any = e.MoveNext();
        var writer = RdfIo.CreateWriter(targetFormat, output, new WriterOptions { Prefixes = source.Prefixes.Clone(), Streaming = true });
        if (any)
        {
            do writer.Write(e.Current);
            while (e.MoveNext());
        }
        writer.Finish();
    }

    private static RdfFormat OutputFormat(ConvertRequest request)
    {
        var format = ChosenOutputFormat(request);
        return RdfFormats.CanWrite(format)
            ? format
            : throw new UsageException($"{RdfFormats.Name(format)} can be read but not written; choose --to ntriples, nquads, turtle, trig, jsonld or rdfxml");
    }

    private static RdfFormat ChosenOutputFormat(ConvertRequest request)
    {
        if (request.To is { } name)
        {
            return RdfFormats.TryParseName(name, out var named) ? named : throw new UsageException($"--to: unknown format '{name}' (expected ntriples, nquads, turtle, trig, jsonld or rdfxml)");
        }
        if (request.Output is { } path && path != "-" && RdfFormats.TryFromPath(path, out var inferred)) return inferred;
        throw new UsageException("give the output format with --to (ntriples, nquads, turtle, trig, jsonld or rdfxml)");
    }

    private static bool IsLineBased(RdfFormat format) => format is RdfFormat.NTriples or RdfFormat.NQuads;

    private static IEnumerable<Quad> RequireDefaultGraph(IEnumerable<Quad> quads, string sourceName, RdfFormat target)
    {
        foreach (var quad in quads)
        {
            if (quad.Graph is { } graph)
            {
                var datasetFormat = target == RdfFormat.Turtle ? "trig" : "nquads";
                throw new UsageException(
                    $"{sourceName}: has a triple in the named graph {NTriplesFormatter.Format(graph)}, which {RdfFormats.Name(target)} cannot hold; use --to {datasetFormat}");
            }
            yield return quad;
        }
    }
}
