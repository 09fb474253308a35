namespace KgExport.Rdf;

/// <summary>Every distinct ordering of a list, in lexicographic (ordinal) order, starting from the sorted list.</summary>
internal static class Permutations
{
    public static IEnumerable<string[]> Of(IReadOnlyList<string> items)
    {
        var current = items.ToArray();
        Array.Sort(current, StringComparer.Ordinal);
        while (true)
        {
            yield return current;
            if (!Advance(current)) yield break;
        }
    }

    // Steps to the next lexicographic permutation in place; false after the last one. Equal items are not
    // swapped with each other, so a list with repeats yields each distinct ordering once.
    private static bool Advance(string[] a)
    {
        var i = a.Length - 2;
        while (i >= 0 && string.CompareOrdinal(a[i], a[i + 1]) >= 0) i--;
        if (i < 0) return false;
        var j = a.Length - 1;
        while (string.CompareOrdinal(a[j], a[i]) <= 0) j--;
        (a[i], a[j]) = (a[j], a[i]);
        Array.Reverse(a, i + 1, a.Length - i - 1);
        return true;
    }
}
