namespace KgExport.Rdf;

/// <summary>
/// Orders strings by Unicode code point, as RDFC-1.0 requires. Plain ordinal comparison orders UTF-16 code units,
/// which puts supplementary characters (surrogate pairs) before U+E000..U+FFFF; this comparer does not.
/// </summary>
public sealed class CodePointOrder : IComparer<string>
{
    public static readonly CodePointOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        return Compare(x.AsSpan(), y.AsSpan());
    }

    public static int Compare(ReadOnlySpan<char> x, ReadOnlySpan<char> y)
    {
        var common = x.CommonPrefixLength(y);
        if (common == x.Length || common == y.Length) return x.Length.CompareTo(y.Length);
        return Rank(x[common]) - Rank(y[common]);
    }

    // Moves surrogates above the rest of the BMP so that code unit order becomes code point order.
    private static int Rank(char c) => c < 0xD800 ? c : c >= 0xE000 ? c - 0x800 : c + 0x2000;
}
