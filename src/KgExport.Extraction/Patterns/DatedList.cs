using KgExport.Extraction.Dates;
using KgExport.Extraction.Mentions;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// A list of actors in which dates follow some members: "by South Ossetia in 2014, Russia and Abkhazia in February
/// 2022, Syria in June 2022 and North Korea in July 2022". A date after a member dates it and the undated members
/// just before it; a date in brackets ("Russia (26 August 2008), Nicaragua (5 September 2008)") dates its member alone.
/// </summary>
public static class DatedList
{
    public static (List<(Mention Item, DateMention? Date)> Items, int Last) Read(SentenceAnalysis a, int start)
    {
        var items = new List<(Mention, DateMention?)>();
        var undated = 0;
        var k = start;
        var last = start - 1;
        while (k < a.Count)
        {
            while (a.StartingAt(k) is null && a.Lower(k) is "the" or "both" or "only" or "either") k++;
            var m = ArgumentReader.ActorStartingAt(a, k);
            if (m is null || m.Kind == MentionKind.Adjective) break;
            items.Add((m, null));
            undated++;
            k = m.Last + 1;
            last = m.Last;
            if (a.Lower(k) is "in" or "on" or "during" && a.Dates.FirstOrDefault(d => d.First == k + 1) is { } date)
            {
                for (var i = items.Count - undated; i < items.Count; i++) items[i] = (items[i].Item1, date);
                undated = 0;
                k = date.Last + 1;
                last = date.Last;
            }
            // "Russia (26 August 2008), Nicaragua (5 September 2008)": a date in brackets after its member
            else if (a.Lower(k) == "(" && a.Dates.FirstOrDefault(d => d.First == k + 1) is { } bracketed && a.Lower(bracketed.Last + 1) == ")")
            {
                items[^1] = (items[^1].Item1, bracketed);
                undated = 0;
                k = bracketed.Last + 2;
                last = bracketed.Last + 1;
            }
            if (a.Lower(k) == "," && a.Lower(k + 1) is "and" or "as") k += a.Lower(k + 1) == "and" ? 2 : 1;
            else if (a.Lower(k) is "and" or "," or "&") k++;
            else break;
            if (a.Lower(k) is "as" && a.Lower(k + 1) == "well" && a.Lower(k + 2) == "as") k += 3;
        }
        // an undated tail takes no date from the list ("by A in 2014 and B")
        return (items, last);
    }
}
