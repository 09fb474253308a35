using KgExport.Rdf;

namespace KgExport.Corpus;

/// <summary>
/// Builds the served dataset from inputs: RDF files by their extension, and articles (.txt, .facts.json, or
/// directories of them) through the export pipeline. Articles keep one named graph each and are also merged into
/// the default graph, so plain patterns see everything. Used by <c>kgexport query</c> and <c>kgexport serve</c>.
/// </summary>
public static class DatasetLoader
{
    /// <summary>Loads every input; throws <see cref="DatasetLoadException"/> with every problem found.</summary>
    public static Dataset Load(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        var dataset = new Dataset();
        var articles = new List<string>();
        var n = 0;
        foreach (var path in paths)
        {
            if (IsArticleInput(path))
            {
                articles.Add(path);
                continue;
            }
            if (!File.Exists(path)) throw new DatasetLoadException($"{path}: no such file");
            if (!RdfFormats.TryFromPath(path, out var format)) throw new DatasetLoadException($"{path}: cannot tell the RDF syntax from the extension (.ttl, .trig, .nt, .nq, .jsonld, .rdf)");
            var parser = RdfIo.CreateParser(format, new ParserOptions
            {
                SourceName = path,
                BaseIri = new Uri(Path.GetFullPath(path)).AbsoluteUri,
                BlankNodePrefix = paths.Count > 1 ? $"d{++n}_" : "",
            });
            try
            {
                using var input = RdfIo.OpenFile(path);
                dataset.AddRange(RdfIo.Parse(parser, input, path, cancellationToken));
            }
            catch (Exception e) when (e is RdfSyntaxException or InvalidUtf8Exception)
            {
                throw new DatasetLoadException(e.Message);
            }
            foreach (var (k, v) in parser.Prefixes.Entries) dataset.Prefixes.Set(k, v);
        }
        if (articles.Count > 0)
        {
            var inputs = ArticleInput.Find(articles, out var problems);
            if (problems.Count > 0) throw new DatasetLoadException(string.Join(Environment.NewLine, problems));
            var exported = ExportBuilder.Build(inputs, out var buildProblems, cancellationToken)
                ?? throw new DatasetLoadException(string.Join(Environment.NewLine, buildProblems));
            foreach (var q in exported.Quads)
            {
                dataset.Add(q);
                dataset.Add(q.InGraph(null));
            }
            foreach (var (k, v) in exported.Prefixes.Entries) dataset.Prefixes.Set(k, v);
        }
        return dataset;
    }

    /// <summary>Whether an input is read as articles (a directory, an article text or a facts file).</summary>
    public static bool IsArticleInput(string path) =>
        Directory.Exists(path)
        || path.EndsWith(ArticleInput.TextExtension, StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(ArticleInput.FactsExtension, StringComparison.OrdinalIgnoreCase);
}

/// <summary>An input that cannot be loaded; the message names the file (and line:column where there is one).</summary>
public sealed class DatasetLoadException(string message) : Exception(message);
