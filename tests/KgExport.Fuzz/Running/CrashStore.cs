using System.Text;

namespace KgExport.Fuzz.Running;

/// <summary>
/// Keeps each failing input in a folder as <c>TARGET-sSEED-iINDEX.KIND.input</c> (UTF-8; a lone surrogate is written
/// as U+FFFD, so replay by seed and index for the exact text), with a <c>.txt</c> beside it that says what happened and
/// how to replay it, and reports it on stderr.
/// </summary>
public sealed class CrashStore(string directory)
{
    public string Directory => directory;

    public string Save(string target, ulong seed, long index, string kind, string input, string what)
    {
        System.IO.Directory.CreateDirectory(directory);
        var stem = Path.Combine(directory, $"{target}-s{seed}-i{index}.{kind}");
        File.WriteAllText(stem + ".input", input, new UTF8Encoding(false));
        var replay = $"dotnet run -c Release --project tests/KgExport.Fuzz -- --parser {target} --seed {seed} --replay {index}";
        File.WriteAllText(stem + ".txt", $"{kind} in {target}, seed {seed}, index {index}\nreplay: {replay}\n\n{what}\n");
        var shown = input.Length <= 2000 ? input : input[..1000] + $"\n... ({input.Length:N0} characters) ...\n" + input[^500..];
        Console.Error.WriteLine($"{kind.ToUpperInvariant()} {target} #{index}: {FirstLine(what)}\n  saved: {stem}.input\n  replay: {replay}\n--- input ---\n{shown}\n--- end ---");
        return stem + ".input";
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text[..end];
    }
}
