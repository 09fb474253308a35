using KgExport.Extraction.Dates;
using KgExport.Extraction.Mentions;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Gapped coordination after a clause: ", and San Marino on 14 January 1992", ", Japan in March, the United States in
/// April, and India in May 1992" — each member repeats the clause's verb and object with its own date. A month
/// without a year takes the year of the nearest full date later in the sentence (see <see cref="DateAssigner"/>).
/// </summary>
public static class Gapping
{
    public static List<(Mention Item, DateResolution Date, int Last)> Read(PatternContext c, int k)
    {
        var a = c.A;
        var result = new List<(Mention, DateResolution, int)>();
        while (k < a.Count)
        {
            var j = k;
            if (a.Lower(j) == ",") j++;
            if (a.Lower(j) == "and") j++;
            if (j == k) break;
            if (a.Lower(j) == "the") j++;
            var m = ArgumentReader.ActorStartingAt(a, j);
            if (m is null || m.Kind is MentionKind.Adjective or MentionKind.Person) break;
            if (DateAt(c, m.Last + 1) is not { Date: not null } date) break;
            var end = DateEnd(a, m.Last + 1);
            result.Add((m, date, end));
            k = end + 1;
        }
        return result;
    }

    /// <summary>The date of "in March" / "on 14 January 1992" at <paramref name="k"/>, or null.</summary>
    public static DateResolution? DateAt(PatternContext c, int k)
    {
        var a = c.A;
        return a.DatedPhraseAt(k) is { } dated ? DateAssigner.Resolve(a, dated, c.Published, c.Discourse) : null;
    }

    public static int DateEnd(SentenceAnalysis a, int k) =>
        a.Dates.FirstOrDefault(d => d.First == k + 1) is { } dated ? dated.Last : k + 1;
}
