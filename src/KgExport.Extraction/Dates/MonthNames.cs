namespace KgExport.Extraction.Dates;

/// <summary>English month names and abbreviations, tolerant of one-letter misspellings of full names ("Febrary").</summary>
public static class MonthNames
{
    private static readonly string[] Full =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly Dictionary<string, int> Short = new(StringComparer.Ordinal)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    /// <summary>The month number of a capitalised token, or 0.</summary>
    public static int Parse(string token, bool allowAbbreviation)
    {
        if (token.Length < 3 || token.Length > 10 || !char.IsUpper(token[0])) return 0;
        var lower = token.ToLowerInvariant();
        var exact = Array.IndexOf(Full, lower);
        if (exact >= 0) return exact + 1;
        if (allowAbbreviation && Short.TryGetValue(lower, out var m)) return m;
        if (lower.Length < 5) return 0;
        for (var i = 0; i < Full.Length; i++)
        {
            if (Full[i].Length >= 5 && WithinOneEdit(lower, Full[i])) return i + 1;
        }
        return 0;
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) return false;
            if (a.Length > b.Length) i++;
            else if (a.Length < b.Length) j++;
            else
            {
                i++;
                j++;
            }
        }
        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
