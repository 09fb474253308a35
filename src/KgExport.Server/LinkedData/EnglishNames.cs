using System.Globalization;

namespace KgExport.Server.LinkedData;

/// <summary>
/// How a name is written inside an English sentence: "the" before names built on a common noun ("the Donetsk
/// People's Republic", "the United Kingdom") or plural in form ("the Netherlands"), lists joined with "and", ordinals.
/// </summary>
public static class EnglishNames
{
    // A name holding one of these words is a description used as a name, and takes "the".
    private static readonly HashSet<string> CommonNounWords = new(StringComparer.Ordinal)
    {
        "Republic", "Kingdom", "Federation", "Union", "Emirates", "States", "Islands", "Isles", "Sultanate", "Principality",
        "Commonwealth", "Confederation", "Emirate", "Authority", "Organisation", "Organization", "Council", "Government",
        "Ministry", "Embassy", "Strip", "Bank", "Heights", "Territory", "Territories", "Coast", "Holy",
    };

    // Names plural in form, or that take "the" by usage.
    private static readonly HashSet<string> WithArticleByUsage = new(StringComparer.Ordinal)
    {
        "Netherlands", "Philippines", "Bahamas", "Maldives", "Comoros", "Seychelles", "Gambia", "Vatican",
    };

    /// <summary>The name as it stands inside a sentence (a name that already starts with "the" is left alone).</summary>
    public static string InSentence(string name)
    {
        if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) return "the " + name[4..];
        return TakesArticle(name) ? "the " + name : name;
    }

    /// <summary>The name at the start of a sentence: "The Netherlands", "North Korea".</summary>
    public static string AtStart(string name)
    {
        var inSentence = InSentence(name);
        return inSentence.StartsWith("the ", StringComparison.Ordinal) ? "The " + inSentence[4..] : inSentence;
    }

    /// <summary>"X's", and "Philippines'" for a name ending in s.</summary>
    public static string Possessive(string nameInSentence) =>
        nameInSentence.EndsWith('s') ? nameInSentence + "'" : nameInSentence + "'s";

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>"first" to "tenth", then "11th", "22nd", "103rd".</summary>
    public static string Ordinal(int n)
    {
        string[] words = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
        if (n >= 1 && n <= words.Length) return words[n - 1];
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static bool TakesArticle(string name)
    {
        if (WithArticleByUsage.Contains(name)) return true;
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (CommonNounWords.Contains(word)) return true;
        }
        return false;
    }
}
