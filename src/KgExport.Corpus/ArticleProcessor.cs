using KgExport.Extraction;
using KgExport.Extraction.Text;
using KgExport.Facts;
using KgExport.Mapping;
using KgExport.Rdf;
using KgExport.Shacl;

namespace KgExport.Corpus;

/// <summary>
/// Turns one article into its outcome, independently of every other article (which is what lets a corpus run in
/// parallel and still be byte-identical to a sequential run): screen the file, look it up in the cache, load the
/// reviewed facts or extract them, map them to the article's graph, validate that graph, and write it as sorted
/// N-Quads. Bad input never throws: it becomes a failed outcome naming the file and the reason.
/// </summary>
internal sealed class ArticleProcessor : IDisposable
{
    /// <summary>Problems listed per article before the rest are only counted; a corpus report stays readable.</summary>
    private const int MaxMessagesPerArticle = 12;

    private readonly CorpusOptions _options;
    private readonly ThreadLocal<ShapeValidator>? _validators;
    private readonly ThreadLocal<NQuadsBlockWriter> _blockWriters = new(() => new NQuadsBlockWriter());

    public ArticleProcessor(CorpusOptions options)
    {
        _options = options;
        if (options.Validator is { } create) _validators = new ThreadLocal<ShapeValidator>(create);
    }

    public void Dispose()
    {
        _validators?.Dispose();
        _blockWriters.Dispose();
    }

    public ArticleOutcome Process(int index, ArticleInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            return Run(index, input, cancellationToken);
        }
        catch (BadArticleException e)
        {
            return new ArticleOutcome(index, input, ArticleStatus.BadInput) { Messages = [e.Message] };
        }
        catch (ArticleReadException e)
        {
            return new ArticleOutcome(index, input, ArticleStatus.BadInput) { Messages = [e.Message] };
        }
        catch (Exception e) when (e is ValidationLimitException or ShapesGraphException)
        {
            // The article's graph could not be validated (a limit, an sh:pattern that does not finish): it is not exported.
            return new ArticleOutcome(index, input, ArticleStatus.BadInput) { Messages = [$"{input.FactsPath ?? input.TextPath}: {e.Message}"] };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One article that trips a bug must not take the corpus down with it: report it by name and go on.
            return new ArticleOutcome(index, input, ArticleStatus.BadInput) { Messages = [$"{input.FactsPath ?? input.TextPath}: internal error ({e.GetType().Name}): {e.Message} (set KGEXPORT_DEBUG=1 for details)"] };
        }
    }

    private ArticleOutcome Run(int index, ArticleInput input, CancellationToken cancellationToken)
    {
        var textBytes = ArticleScreen.ReadBytes(input.TextPath, _options.MaxArticleBytes, "article");
        var factsBytes = input.FactsPath is null ? null : ArticleScreen.ReadBytes(input.FactsPath, _options.MaxArticleBytes, "facts file");
        var raw = ArticleScreen.DecodeText(input.TextPath, textBytes);

        var cache = _options.Cache;
        var key = cache?.KeyFor(input.TextPath, textBytes, factsBytes, factsBytes is not null);
        if (key is not null && cache!.TryGet(key) is { } hit)
        {
            return new ArticleOutcome(index, input, ArticleStatus.Cached)
            {
                ArticleId = hit.ArticleId,
                NQuads = hit.NQuads,
                Quads = _options.WantQuads ? ParseBlock(hit.NQuads, input.TextPath, cancellationToken) : null,
                QuadCount = hit.QuadCount,
                Warnings = hit.Warnings,
            };
        }

        var (text, loaded, origin) = factsBytes is null
            ? Extract(input.TextPath, raw, cancellationToken)
            : Reviewed(input.FactsPath!, factsBytes, raw);
        if (!loaded.Ok) return new ArticleOutcome(index, input, ArticleStatus.BadInput) { Messages = FactsMessages(loaded.Problems, origin, input) };

        var facts = loaded.Facts!;
        var dataset = FactsMapper.Map(facts, text, ExportRun.Of(input.TextPath, textBytes, input.FactsPath, factsBytes));
        var graph = IriMinter.Graph(facts.Article.Id);

        var warnings = 0;
        IReadOnlyList<string> messages = [];
        ValidationReport? report = null;
        if (_validators is not null)
        {
            var validator = _validators.Value!;
            report = validator.Validate(dataset, graph, cancellationToken);
            if (!report.Conforms)
            {
                var violations = report.CountOf(ShaclVocab.Violation);
                var lines = ReportLines(report, dataset, graph);
                if (violations > 0)
                {
                    return new ArticleOutcome(index, input, ArticleStatus.Invalid)
                    {
                        ArticleId = facts.Article.Id,
                        Report = report,
                        Messages = [$"{origin}: the article's graph does not conform to the shapes ({violations} violations); it is not exported (--no-validate skips this check)", .. lines],
                    };
                }
                warnings = report.Results.Count;
                messages = lines;
            }
        }

        var quads = dataset.Quads.Order(QuadComparer.Instance).ToList();
        var block = _blockWriters.Value!.Write(quads);
        if (key is not null) cache!.Put(key, new CachedArticle(facts.Article.Id, block, quads.Count, warnings));
        return new ArticleOutcome(index, input, ArticleStatus.Exported)
        {
            ArticleId = facts.Article.Id,
            NQuads = block,
            Quads = _options.WantQuads ? quads : null,
            QuadCount = quads.Count,
            Warnings = warnings,
            Messages = messages,
            Report = report,
        };
    }

    /// <summary>The article's reviewed facts, checked against its text.</summary>
    private static (ArticleText Text, FactsLoadResult Loaded, string Origin) Reviewed(string factsPath, byte[] factsBytes, string raw)
    {
        var text = new ArticleText(raw);
        return (text, FactsLoader.Load(ArticleScreen.DecodeUtf8(factsPath, factsBytes, "facts file"), text), factsPath);
    }

    /// <summary>An article without reviewed facts: the facts extraction finds, checked like reviewed ones.</summary>
    private static (ArticleText Text, FactsLoadResult Loaded, string Origin) Extract(string path, string raw, CancellationToken cancellationToken)
    {
        var id = Path.GetFileNameWithoutExtension(path);
        ArticleDocument document;
        if (ArticleScreen.LooksLikeHtml(raw))
        {
            document = HtmlArticleReader.Read(id, raw);
            if (document.Paragraphs.Count <= 1 && string.IsNullOrWhiteSpace(document.Text.Replace(document.Headline ?? "", "", StringComparison.Ordinal)))
            {
                throw new BadArticleException(path, "an HTML page with no article body (no paragraphs in article, main or body)");
            }
        }
        else
        {
            document = PlainTextArticleReader.Read(id, raw);
        }
        var text = new ArticleText(document.Text);
        var extracted = ArticleExtraction.Extract(document, cancellationToken: cancellationToken);
        return (text, FactsLoader.Verify(extracted, text), path + " (extracted facts)");
    }

    /// <summary>
    /// Every problem as "file:line:column: $.path: message", at most <see cref="MaxMessagesPerArticle"/> of them; when
    /// evidence spans do not show their quoted text, a first line says the facts do not match the article.
    /// </summary>
    private static IReadOnlyList<string> FactsMessages(IReadOnlyList<FactsProblem> problems, string origin, ArticleInput input)
    {
        var lines = new List<string>();
        var mismatched = problems.Count(p => p.Path.Contains(".evidence[", StringComparison.Ordinal) && (p.Message.StartsWith("does not match the article", StringComparison.Ordinal) || p.Message.StartsWith("offsets ", StringComparison.Ordinal)));
        if (mismatched > 0 && input.FactsPath is not null)
        {
            lines.Add($"{origin}: the facts do not match the article {Path.GetFileName(input.TextPath)}: {mismatched} evidence spans do not show their quoted text (was the article edited, or are these another article's facts?)");
        }
        lines.AddRange(problems.Take(MaxMessagesPerArticle).Select(p => p.Format(origin)));
        if (problems.Count > MaxMessagesPerArticle) lines.Add($"{origin}: ... and {problems.Count - MaxMessagesPerArticle} more problems");
        return lines;
    }

    private static IReadOnlyList<string> ReportLines(ValidationReport report, Dataset dataset, Iri graph)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var prefixes = dataset.Prefixes.Clone();
        new ValidationReportText(new DataGraph(dataset, graph), prefixes).Write(report, writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length <= MaxMessagesPerArticle * 4 ? lines : [.. lines.Take(MaxMessagesPerArticle * 4), $"... and {lines.Length - MaxMessagesPerArticle * 4} more lines"];
    }

    private static List<Quad> ParseBlock(string nquads, string source, CancellationToken cancellationToken)
    {
        var parser = RdfIo.CreateParser(RdfFormat.NQuads, new ParserOptions { SourceName = source + " (cached)" });
        return [.. parser.Parse(new StringReader(nquads), cancellationToken)];
    }
}
