using System.Globalization;
using System.Reflection;

namespace KgExport.Extraction.Dates;

/// <summary>The table of named world events (embedded <c>known-events.tsv</c>).</summary>
public static class KnownEvents
{
    private static readonly Lazy<IReadOnlyList<KnownEvent>> Table = new(Load);

    public static IReadOnlyList<KnownEvent> All => Table.Value;

    private static List<KnownEvent> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KgExport.Extraction.Dates.known-events.tsv")
            ?? throw new InvalidOperationException("known-events.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var events = new List<KnownEvent>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0) continue;
            if (header)
            {
                header = false;
                continue;
            }
            var f = line.Split('\t');
            var phrases = f[3].Split(';', StringSplitOptions.RemoveEmptyEntries)
                .Select(p => Text.Tokenizer.Tokenize(p, 0, p.Length).Select(t => t.Lower).ToArray()).ToList();
            events.Add(new KnownEvent(f[0], DateOnly.ParseExact(f[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), f[2], phrases));
        }
        return events;
    }
}
