using KgExport.Facts;
using KgExport.Publishing.QuickStatements;
using KgExport.Testing;

namespace KgExport.Publishing.Tests.QuickStatements;

/// <summary>
/// A development article with a known URL (../shared/articles/07_wikipedia_syria-ukraine-relations.txt, URL from
/// SOURCES.md there); its reviewed facts are written for these tests in Articles/. The text is read in place.
/// </summary>
public class DevelopmentArticleTests
{
    private const string Id = "07_wikipedia_syria-ukraine-relations";
    private const string Url = "https://wikimili.com/en/Syria–Ukraine_relations";

    private static ArticleFacts Facts()
    {
        var text = Path.Combine(TestPaths.Shared, "articles", Id + ".txt");
        if (!File.Exists(text))
        {
            Assert.False(TestPaths.IsCi, $"the development articles are missing on CI: {text}");
            Skip.If(true, $"SKIPPED: the development article is not at {text} (set KGEXPORT_SHARED)");
        }
        return FactsLoader.LoadFileOrThrow(TestPaths.InRepository("tests", "KgExport.Publishing.Tests", "QuickStatements", "Articles", Id + ".facts.json"), ArticleText.Load(text));
    }

    private static Batch Build(WikibaseMap map) => BatchBuilder.Build([Facts()], map, new BatchOptions(Seed.Retrieved));

    [SkippableFact]
    public void Every_statement_cites_the_article_url_as_S854()
    {
        var v1 = QuickStatementsV1Writer.Write(Build(Seed.TestWikibase));
        Assert.Empty(V1SyntaxChecker.Check(v1));
        var statements = v1.Split('\n').Where(l => l.Split('\t').Length > 3).ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, l => Assert.Contains($"\tS854\t\"{Url}\"\tS1476\ten:\"Syria–Ukraine relations\"\tS813\t+2024-01-15T00:00:00Z/11\t", l, StringComparison.Ordinal));
        Assert.Empty(CsvSyntaxChecker.Check(QuickStatementsCsvWriter.Write(Build(Seed.TestWikibase))));
    }

    [SkippableFact]
    public void The_relation_ends_once_at_the_first_severance_and_the_reciprocal_one_is_reported()
    {
        var batch = Build(Seed.DefaultMap);
        var v1 = QuickStatementsV1Writer.Write(batch);
        Assert.Empty(V1SyntaxChecker.Check(v1));
        // Ukraine severed relations with Syria on 30 June 2022; Syria's break on 20 July does not end them again.
        Assert.Contains("Q212\tP530\tQ858\tP582\t+2022-06-30T00:00:00Z/11\tS854\t", v1, StringComparison.Ordinal);
        Assert.Contains("Q858\tP530\tQ212\tP582\t+2022-06-30T00:00:00Z/11\tS854\t", v1, StringComparison.Ordinal);
        Assert.DoesNotContain("+2022-07-20", v1, StringComparison.Ordinal);
        Assert.Contains(batch.Unresolved, u => u.StartsWith($"{Id}: sev-syr-ukr: no end time 2022-07-20 for the relation Q212-Q858: it ended at 2022-06-30 ({Id}: sev-ukr-syr)", StringComparison.Ordinal));
        Approve.QuickStatements(v1, name: "Snapshots/dev07.wikidata.v1.tsv");
    }
}
