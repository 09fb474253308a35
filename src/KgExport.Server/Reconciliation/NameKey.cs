using System.Globalization;
using System.Text;

namespace KgExport.Server.Reconciliation;

/// <summary>
/// Names compared as a person reads them: case, accents, punctuation and spacing ignored, and a leading "the"
/// ("the Netherlands" is "Netherlands"). The words are kept for partial matches.
/// </summary>
internal sealed class NameKey
{
    private NameKey(IReadOnlyList<string> words)
    {
        Words = words;
        Text = string.Join(' ', words);
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The words joined by single spaces: equal texts are the same name.</summary>
    public string Text { get; }

    public static NameKey Of(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD);
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0) words.Add(word.ToString());
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        return new NameKey(words);
    }

    /// <summary>How much of two names is the same, 0 to 1: the words they share over the words of the longer one.</summary>
    public double Overlap(NameKey other)
    {
        if (Words.Count == 0 || other.Words.Count == 0) return 0;
        var mine = Words.ToHashSet(StringComparer.Ordinal);
        var common = other.Words.Distinct(StringComparer.Ordinal).Count(mine.Contains);
        return (double)common / Math.Max(mine.Count, other.Words.Distinct(StringComparer.Ordinal).Count());
    }
}
