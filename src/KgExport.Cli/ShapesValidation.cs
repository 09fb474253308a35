using KgExport.Corpus;
using KgExport.Ontology;
using KgExport.Rdf;
using KgExport.Shacl;

namespace KgExport.Cli;

/// <summary>
/// What `validate` and the export gate share: finding and reading the shapes, reading data documents into one
/// data graph, and writing the report for people and as RDF.
/// </summary>
public static class ShapesValidation
{
    /// <summary>A shapes/ directory in the working directory, which takes the place of the built-in shapes; else null.</summary>
    public static string? LocalShapesDirectory()
    {
        var local = Path.Combine(Directory.GetCurrentDirectory(), "shapes");
        return Directory.Exists(local) ? local : null;
    }

    /// <summary>
    /// Identifies the default shapes (<see cref="LocalShapesDirectory"/>, else the built-in shapes) by content, so a
    /// cache keyed on it is invalidated when they change: each file's relative path and bytes.
    /// </summary>
    public static string DefaultShapesFingerprint()
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        if (LocalShapesDirectory() is { } directory)
        {
            foreach (var f in Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(directory, f) + "\n"));
                hash.AppendData(File.ReadAllBytes(f));
            }
        }
        else
        {
            foreach (var (name, turtle) in OntologyDocuments.Shapes)
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(turtle));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Reads the shapes (a file or every RDF file of a directory; without one, <see cref="LocalShapesDirectory"/> or
    /// the shapes built into the tool) and checks them; bad shapes are a usage error. The validator's runs are held
    /// to <paramref name="limits"/> (the defaults when null).
    /// </summary>
    public static ShapeValidator LoadValidator(string? shapesPath, CancellationToken cancellationToken, ValidationLimits? limits = null)
    {
        var path = shapesPath ?? LocalShapesDirectory() ?? "built-in shapes";
        Dataset shapes;
        if (shapesPath is null && LocalShapesDirectory() is null)
        {
            shapes = ReadBuiltInShapes(cancellationToken);
        }
        else
        {
            var files = RdfFiles(path, "--shapes");
            if (files.Count == 0) throw new UsageException($"{path}: no shapes files (.ttl, .trig, .nt, .nq) found");
            shapes = Read(files, mergeGraphs: true, cancellationToken);
        }
        try
        {
            return new ShapeValidator(ShapesGraph.Load(shapes, null, cancellationToken), limits);
        }
        catch (ShapesGraphException e)
        {
            var what = e.IsUnsupportedFeature ? "unsupported shapes" : "ill-formed shapes";
            throw new UsageException($"{path}: {what}: {e.Message}");
        }
    }

    /// <summary>
    /// How <c>query</c> and <c>serve</c> run their article inputs through the corpus pipeline: each article's graph
    /// checked against the default shapes, as <c>export</c> does. The shapes are read once here when there are
    /// articles, so a problem with them is one clear error before any article is touched.
    /// </summary>
    public static CorpusOptions ArticleOptions(IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        if (!inputs.Any(ArticleInput.IsArticleInput)) return new CorpusOptions();
        LoadValidator(null, cancellationToken);
        return new CorpusOptions { Validator = () => LoadValidator(null, cancellationToken) };
    }

    /// <summary>Reads data documents into one dataset whose default graph is the merge of all their graphs.</summary>
    public static Dataset LoadData(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var files = paths.SelectMany(p => RdfFiles(p, "data")).ToList();
        if (files.Count == 0) throw new UsageException("no data files (.ttl, .trig, .nt, .nq) found in " + string.Join(", ", paths));
        return Read(files, mergeGraphs: true, cancellationToken);
    }

    /// <summary>
    /// Validates an export against the project's shapes (the merge of all its graphs). Returns null when it may be
    /// written (no sh:Violation; warnings are printed), else the exit code: 1 for violations, 2 when the shapes
    /// cannot be read. The report for people goes to <paramref name="stderr"/>.
    /// </summary>
    public static int? GateExport(Dataset export, TextWriter stderr, CancellationToken cancellationToken)
    {
        ShapeValidator validator;
        try
        {
            validator = LoadValidator(null, cancellationToken);
        }
        catch (Exception e) when (e is UsageException or RdfSyntaxException or InvalidUtf8Exception)
        {
            stderr.WriteLine($"export: cannot validate: {e.Message} (use --no-validate to skip validation)");
            return ExitCodes.UsageError;
        }
        var merged = new Dataset(export.Quads.Select(q => q with { Graph = null }));
        foreach (var (k, v) in export.Prefixes.Entries) merged.Prefixes.Set(k, v);
        var report = validator.Validate(merged, null, cancellationToken);
        if (report.Conforms) return null;
        var violations = report.CountOf(ShaclVocab.Violation);
        if (violations > 0)
        {
            stderr.WriteLine("export: the export does not conform to the shapes in shapes/; nothing was written (--no-validate skips this check).");
        }
        WriteText(report, merged, validator, stderr);
        return violations > 0 ? ExitCodes.DataInvalid : null;
    }

    public static void WriteText(ValidationReport report, Dataset data, ShapeValidator validator, TextWriter output)
    {
        var prefixes = data.Prefixes.Clone();
        foreach (var (k, v) in StandardPrefixes) if (!prefixes.TryGetNamespace(k, out _)) prefixes.Set(k, v);
        new ValidationReportText(new DataGraph(data), prefixes).Write(report, output);
        output.Flush();
    }

    /// <summary>Writes the RDF report as Turtle to a file (atomically) or to standard output for "-".</summary>
    public static void WriteRdfReport(ValidationReport report, string path, Terminal terminal)
    {
        using var output = OutputDocument.Open(path, terminal);
        RdfIo.Write(report.ToDataset(), RdfFormat.Turtle, output.Writer);
        output.Commit();
    }

    private static readonly (string, string)[] StandardPrefixes =
    [
        ("rdf", Vocab.Rdf.Namespace), ("rdfs", ShaclVocab.Rdfs.Namespace), ("xsd", Vocab.Xsd.Namespace), ("sh", ShaclVocab.Namespace),
    ];

    private static List<string> RdfFiles(string path, string what)
    {
        if (File.Exists(path))
        {
            return RdfFormats.TryFromPath(path, out _)
                ? [path]
                : throw new UsageException($"{path}: cannot tell the RDF format from the extension (.ttl, .trig, .nt, .nq)");
        }
        if (Directory.Exists(path))
        {
            return [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => RdfFormats.TryFromPath(f, out var format) && format != RdfFormat.JsonLd)
                .Order(StringComparer.Ordinal)];
        }
        throw new UsageException($"{path}: no such file or directory ({what})");
    }

    /// <summary>The shapes built into the tool (the repository's shapes/ when it was built), as one graph.</summary>
    private static Dataset ReadBuiltInShapes(CancellationToken cancellationToken)
    {
        var dataset = new Dataset();
        foreach (var (name, turtle) in OntologyDocuments.Shapes)
        {
            var source = "shapes/" + name + " (built in)";
            var parser = RdfIo.CreateParser(RdfFormat.Turtle, new ParserOptions { SourceName = source, BaseIri = "https://w3id.org/kgexport/shapes/" + name });
            using var bytes = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(turtle));
            dataset.AddRange(RdfIo.Parse(parser, bytes, source, cancellationToken));
            foreach (var (k, v) in parser.Prefixes.Entries) if (!dataset.Prefixes.TryGetNamespace(k, out _)) dataset.Prefixes.Set(k, v);
        }
        return dataset;
    }

    private static Dataset Read(IReadOnlyList<string> files, bool mergeGraphs, CancellationToken cancellationToken)
    {
        var dataset = new Dataset();
        for (var i = 0; i < files.Count; i++)
        {
            RdfFormats.TryFromPath(files[i], out var format);
            using var input = InputDocument.Open(files[i], Terminal.System());
            var parser = RdfIo.CreateParser(format, new ParserOptions
            {
                SourceName = files[i],
                BaseIri = input.DefaultBaseIri,
                BlankNodePrefix = files.Count > 1 ? $"f{i}_" : "",
                DocumentLoader = OntologyDocuments.Loader(),
            });
            foreach (var quad in input.Quads(parser, cancellationToken))
            {
                dataset.Add(mergeGraphs ? quad with { Graph = null } : quad);
            }
            foreach (var (k, v) in parser.Prefixes.Entries) if (!dataset.Prefixes.TryGetNamespace(k, out _)) dataset.Prefixes.Set(k, v);
        }
        return dataset;
    }
}
