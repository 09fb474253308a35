using System.Globalization;
using System.Text;
using KgExport.Rdf;
using KgExport.Shacl;

namespace KgExport.Corpus.Tests;

/// <summary>A scratch directory of articles written by a test, and helpers to run a corpus over it.</summary>
internal sealed class CorpusFixture : IDisposable
{
    public const string SeedId = "000_ee2775bcac5f55b5";

    private static readonly string[] States = ["Russia", "Syria", "North Korea", "Nicaragua", "Venezuela", "Nauru", "Serbia", "Georgia"];
    private static readonly string[] Breakaways = ["Abkhazia", "South Ossetia", "Kosovo", "Transnistria", "Somaliland"];
    private static readonly string[] Months = ["January", "March", "May", "July", "September", "November"];
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public CorpusFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "kgexport-corpus-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    public string Directory { get; }

    public string CacheDirectory => Path.Combine(Directory, ".cache");

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    public string Path_(string name) => Path.Combine(Directory, name);

    /// <summary>Writes <paramref name="count"/> small distinct articles (no facts files: they are extracted).</summary>
    public void WriteArticles(int count, int from = 0)
    {
        for (var i = from; i < from + count; i++) Write($"{i:D4}_article.txt", Article(i));
    }

    public static string Article(int i)
    {
        var s = States[i % States.Length];
        var b = Breakaways[i / States.Length % Breakaways.Length];
        var other = States[(i + 3) % States.Length];
        var month = Months[i % Months.Length];
        var day = (i % 27 + 1).ToString(CultureInfo.InvariantCulture);
        var year = (2000 + i % 20).ToString(CultureInfo.InvariantCulture);
        return $"{s} recognises {b}\n\n{month} {day} (Reuters) - {s} recognised {b} on {month} {day}, {year}, its foreign ministry said. "
            + $"{other} severed diplomatic relations with {s} on {month} {day}, {year}.\n\n\"We welcome this step,\" an official in {b} told Reuters.\n";
    }

    public string Write(string name, string content)
    {
        var path = Path_(name);
        File.WriteAllText(path, content, Utf8);
        return path;
    }

    public string Write(string name, byte[] content)
    {
        var path = Path_(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    /// <summary>Copies the seed article and its reviewed facts in, under the given name (default: its own).</summary>
    public (string Text, string Facts) CopySeed(string name = SeedId, Func<string, string>? editFacts = null, string? text = null)
    {
        var seeds = TestPaths.InRepository("seeds");
        var textPath = Path_(name + ".txt");
        if (text is null) File.Copy(Path.Combine(seeds, SeedId + ".txt"), textPath);
        else File.WriteAllText(textPath, text, Utf8);
        var facts = File.ReadAllText(Path.Combine(seeds, SeedId + ".facts.json"));
        var factsPath = Write(name + ".facts.json", editFacts is null ? facts : editFacts(facts));
        return (textPath, factsPath);
    }

    public IReadOnlyList<ArticleInput> Inputs()
    {
        var inputs = ArticleInput.Find([Directory], out var problems);
        Assert.Empty(problems);
        return inputs;
    }

    public static ShapeValidator LoadValidator() =>
        new(ShapesGraph.Load(RdfIo.LoadFile(TestPaths.InRepository("shapes", "kg.shapes.ttl"))));

    /// <summary>Runs the corpus and returns every delivered outcome, in delivery order, and the final counts.</summary>
    public static (List<ArticleOutcome> Outcomes, CorpusProgress Progress) Run(IReadOnlyList<ArticleInput> inputs, CorpusOptions options)
    {
        var outcomes = new List<ArticleOutcome>();
        var progress = new CorpusRun(options).Run(inputs, outcomes.Add);
        return (outcomes, progress);
    }

    /// <summary>The N-Quads export of a run: the delivered blocks concatenated.</summary>
    public static string NQuads(IEnumerable<ArticleOutcome> outcomes) =>
        string.Concat(outcomes.Where(o => o.Succeeded).Select(o => o.NQuads));
}
