using KgExport.Mapping;
using KgExport.Rdf;

namespace KgExport.Server;

/// <summary>
/// Builds the served dataset from inputs: RDF files by their extension, and articles (.txt, .facts.json, or
/// directories of them) through the export pipeline. Articles keep one named graph each and are also merged into
/// the default graph, so plain patterns see everything (as <c>kgexport query</c> does).
/// </summary>
public static class StoreLoader
{
    /// <summary>Loads every input; throws <see cref="StoreLoadException"/> with every problem found.</summary>
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
            if (!File.Exists(path)) throw new StoreLoadException($"{path}: no such file");
            if (!RdfFormats.TryFromPath(path, out var format)) throw new StoreLoadException($"{path}: cannot tell the RDF syntax from the extension (.ttl, .trig, .nt, .nq, .jsonld)");
            var parser = RdfIo.CreateParser(format, new ParserOptions
            {
                SourceName = path,
                BaseIri = new Uri(Path.GetFullPath(path)).AbsoluteUri,
                BlankNodePrefix = paths.Count > 1 ? $"d{++n}_" : "",
            });
            try
            {
                using var input = new StreamReader(path, new System.Text.UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false);
                dataset.AddRange(parser.Parse(input, cancellationToken));
            }
            catch (RdfSyntaxException e)
            {
                throw new StoreLoadException(e.Message);
            }
            catch (System.Text.DecoderFallbackException)
            {
                throw new StoreLoadException($"{path}: not valid UTF-8");
            }
            foreach (var (k, v) in parser.Prefixes.Entries) dataset.Prefixes.Set(k, v);
        }
        if (articles.Count > 0)
        {
            var inputs = ArticleInput.Find(articles, out var problems);
            if (problems.Count > 0) throw new StoreLoadException(string.Join(Environment.NewLine, problems));
            var exported = ExportBuilder.Build(inputs, out var buildProblems, cancellationToken)
                ?? throw new StoreLoadException(string.Join(Environment.NewLine, buildProblems));
            foreach (var q in exported.Quads)
            {
                dataset.Add(q);
                dataset.Add(q.InGraph(null));
            }
            foreach (var (k, v) in exported.Prefixes.Entries) dataset.Prefixes.Set(k, v);
        }
        if (dataset.Prefixes.Entries.Count == 0 || articles.Count > 0)
        {
            foreach (var (k, v) in Namespaces.Prefixes().Entries) if (!dataset.Prefixes.TryGetNamespace(k, out _)) dataset.Prefixes.Set(k, v);
        }
        return dataset;
    }

    private static bool IsArticleInput(string path) =>
        Directory.Exists(path)
        || path.EndsWith(ArticleInput.TextExtension, StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(ArticleInput.FactsExtension, StringComparison.OrdinalIgnoreCase);
}

/// <summary>An input that cannot be loaded; the message names the file (and line:column where there is one).</summary>
public sealed class StoreLoadException(string message) : Exception(message);
