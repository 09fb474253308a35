using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Corpus;

/// <summary>
/// Builds the served dataset from inputs: RDF files by their extension, and articles (<see cref="ArticleInput.IsArticleInput"/>)
/// through the corpus pipeline, screened and validated as <c>export</c> does. Articles keep one named graph each;
/// plain patterns see them all because they are also merged into the default graph, or, loading into a dataset whose
/// default graph is the live union (<c>serve</c>, <c>load</c>), because that union already holds them. Used by
/// <c>kgexport query</c>, <c>serve</c> and <c>load</c>.
/// </summary>
public static class DatasetLoader
{
    /// <summary>
    /// Loads every input (into <paramref name="into"/>, else a new dataset), articles with <paramref name="articles"/>
    /// (its validator checks each article's graph); throws <see cref="DatasetLoadException"/> with every problem found.
    /// </summary>
    public static Dataset Load(IReadOnlyList<string> paths, CorpusOptions articles, CancellationToken cancellationToken = default, Dataset? into = null)
    {
        var dataset = into ?? new Dataset();
        var articlePaths = new List<string>();
        var n = 0;
        foreach (var path in paths)
        {
            if (ArticleInput.IsArticleInput(path))
            {
                articlePaths.Add(path);
                continue;
            }
            if (Directory.Exists(path)) throw new DatasetLoadException($"{path}: no article ({string.Join(", ", ArticleInput.TextExtensions.Select(e => "*" + e))}) in this directory; name RDF files one by one");
            if (!File.Exists(path)) throw new DatasetLoadException($"{path}: no such file");
            if (!RdfFormats.TryFromPath(path, out var format)) throw new DatasetLoadException($"{path}: cannot tell the RDF syntax from the extension (.ttl, .trig, .nt, .nq, .jsonld, .rdf)");
            var parser = RdfIo.CreateParser(format, new ParserOptions
            {
                SourceName = path,
                BaseIri = new Uri(Path.GetFullPath(path)).AbsoluteUri,
                BlankNodePrefix = paths.Count > 1 ? $"d{++n}_" : "",
                DocumentLoader = OntologyDocuments.Loader(),
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
        if (articlePaths.Count > 0)
        {
            var inputs = ArticleInput.Find(articlePaths, out var problems);
            if (problems.Count > 0) throw new DatasetLoadException(string.Join(Environment.NewLine, problems));
            var corpus = new CorpusRun(articles with { KeepGoing = true }).Collect(inputs, cancellationToken);
            if (!corpus.Ok) throw new DatasetLoadException(string.Join(Environment.NewLine, corpus.Problems), dataInvalid: !corpus.AnyBadInput);
            foreach (var q in corpus.Dataset.Quads)
            {
                dataset.Add(q);
                if (!dataset.DefaultGraphIsUnion) dataset.Add(q.InGraph(null));
            }
            foreach (var (k, v) in corpus.Dataset.Prefixes.Entries) dataset.Prefixes.Set(k, v);
        }
        return dataset;
    }
}

/// <summary>
/// An input that cannot be loaded; the message names the file (and line:column where there is one).
/// <see cref="DataInvalid"/> when every article that failed was read but breaks the shapes.
/// </summary>
public sealed class DatasetLoadException(string message, bool dataInvalid = false) : Exception(message)
{
    public bool DataInvalid { get; } = dataInvalid;
}
