using System.Text.RegularExpressions;

namespace KgExport.Cli.Tests;

/// <summary>
/// Exports of the seed article and of edited copies of it, made with `kgexport export` in a scratch directory, for
/// the tests of `diff`, `iso` and `canon`.
/// </summary>
public sealed class SeedExports : IDisposable
{
    public const string SeedId = "000_ee2775bcac5f55b5";
    private readonly ScratchDirectory _scratch = new();

    public string Directory => _scratch.Path;

    /// <summary>A copy of seeds/ with <paramref name="edit"/> applied to the facts JSON, exported as <paramref name="format"/>.</summary>
    public string Export(string name, string format = "trig", Func<string, string>? edit = null, bool addCopyArticle = false)
    {
        var dir = System.IO.Path.Combine(_scratch.Path, name);
        System.IO.Directory.CreateDirectory(dir);
        var text = System.IO.File.ReadAllText(TestPaths.InRepository("seeds", SeedId + ".txt"));
        var facts = System.IO.File.ReadAllText(TestPaths.InRepository("seeds", SeedId + ".facts.json"));
        System.IO.File.WriteAllText(System.IO.Path.Combine(dir, SeedId + ".txt"), text);
        System.IO.File.WriteAllText(System.IO.Path.Combine(dir, SeedId + ".facts.json"), edit is null ? facts : edit(facts));
        if (addCopyArticle)
        {
            System.IO.File.WriteAllText(System.IO.Path.Combine(dir, "001_copy.txt"), text);
            System.IO.File.WriteAllText(System.IO.Path.Combine(dir, "001_copy.facts.json"), facts.Replace($"\"id\": \"{SeedId}\"", "\"id\": \"001_copy\"", StringComparison.Ordinal));
        }
        var target = System.IO.Path.Combine(_scratch.Path, name + "." + format);
        var result = CliRun.Invoke("export", dir, "-f", format, "-o", target, "--no-cache", "-q");
        Assert.True(result.ExitCode == 0, result.ToString());
        return target;
    }

    /// <summary>The facts JSON with the recognition of the DPR dated a day earlier.</summary>
    public static string RecognitionOneDayEarlier(string facts)
    {
        var edited = Regex.Replace(facts, "(\"id\": \"rec-prk-dpr\",[^}]*?\"date\": \")2022-07-13\"", "${1}2022-07-12\"");
        Assert.NotEqual(facts, edited);
        return edited;
    }

    /// <summary>The facts JSON with the recognition of the DPR made a second occurrence (as if it had been granted before).</summary>
    public static string RecognitionSecondOccurrence(string facts)
    {
        var edited = Regex.Replace(facts, "(\"id\": \"rec-prk-dpr\",[^}]*?\"dateBasis\": \"inferred\",)", "${1}\n      \"occurrence\": 2,");
        Assert.NotEqual(facts, edited);
        return edited;
    }

    public string File(string name, string content) => _scratch.File(name, content);

    public void Dispose() => _scratch.Dispose();
}
