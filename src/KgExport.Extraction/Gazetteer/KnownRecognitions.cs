using System.Globalization;
using System.Reflection;

namespace KgExport.Extraction.Gazetteer;

/// <summary>Recognitions with an established day (embedded <c>known-recognitions.tsv</c>), for narrowing date windows.</summary>
public static class KnownRecognitions
{
    private static readonly Lazy<Dictionary<(string, string), (DateOnly Date, string Note)>> Table = new(Load);

    public static bool TryGet(string recogniser, string recognised, out DateOnly date, out string note)
    {
        if (Table.Value.TryGetValue((recogniser, recognised), out var v))
        {
            (date, note) = v;
            return true;
        }
        (date, note) = (default, "");
        return false;
    }

    private static Dictionary<(string, string), (DateOnly, string)> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KgExport.Extraction.Gazetteer.known-recognitions.tsv")
            ?? throw new InvalidOperationException("known-recognitions.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var table = new Dictionary<(string, string), (DateOnly, string)>();
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (header)
            {
                header = false;
                continue;
            }
            var f = line.Split('\t');
            table[(f[0], f[1])] = (DateOnly.ParseExact(f[2], "yyyy-MM-dd", CultureInfo.InvariantCulture), f[3]);
        }
        return table;
    }
}
