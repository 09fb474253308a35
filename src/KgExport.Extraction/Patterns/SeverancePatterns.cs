using KgExport.Extraction.Dates;
using KgExport.Extraction.Findings;

namespace KgExport.Extraction.Patterns;

/// <summary>
/// Severance of relations: "X broke (off) (diplomatic) ties with Y", "X cut/severed relations with Y",
/// "X and Y severed relations" (both ways). A severance that answers a recognition ("in response to the action",
/// "for recognising ...") is linked to it and, when the text gives no date, dated between that recognition and
/// the publication date at the precision both share.
/// </summary>
public static class SeverancePatterns
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "broke", "break", "breaks", "broken", "cut", "cuts", "severed", "sever", "severs", "suspended", "suspends", "ended", "ends", "terminated",
    };

    private static readonly HashSet<string> Modifiers = new(StringComparer.Ordinal)
    {
        "its", "their", "all", "the", "diplomatic", "bilateral", "foreign", "formal", "official", "off", "full",
    };

    public static void Apply(PatternContext c)
    {
        var a = c.A;
        for (var v = 0; v < a.Count; v++)
        {
            if (a.IsQuoted(v) || !Verbs.Contains(a.Lower(v))) continue;
            var k = v + 1;
            var n = 0;
            while (k < a.Count && Modifiers.Contains(a.Lower(k)) && n++ < 4) k++;
            if (a.Lower(k) is not ("ties" or "relations")) continue;
            var objectEnd = k;
            k++;
            if (a.Lower(k) == "off") k++;
            if (!ArgumentReader.IsAsserted(a, v) || IsPassive(a, v)) continue;
            if (ArgumentReader.Subject(a, v) is not { } subject) continue;
            var actors = c.Polities(subject.Items);
            var with = new List<string>();
            if (a.Lower(k) is "with" or "to")
            {
                var (items, _, last) = ArgumentReader.ListRight(a, k + 1);
                with = c.Polities(items);
                objectEnd = Math.Max(objectEnd, last);
            }
            var pairs = new List<(string By, string With)>();
            if (with.Count > 0)
            {
                pairs.AddRange(from b in actors from w in with where b != w select (b, w));
            }
            else if (actors.Count >= 2)
            {
                pairs.AddRange(from b in actors from w in actors where b != w select (b, w)); // "Syria and Ukraine have severed relations"
            }
            if (pairs.Count == 0) continue;
            var evidence = c.ClauseEvidence(StartOfClauseOrSubject(a, v, subject.First), v);
            var date = c.Date(v, subject.First);
            var response = IsResponse(a, v);
            foreach (var (b, w) in pairs)
            {
                var f = new SeveranceFinding(b, w) { Date = date.Date, DateNote = date.Note, Confidence = subject.Items.Any(m => m.IsReference) ? 0.8 : 0.9 };
                f.Evidence.Add(evidence);
                if (response)
                {
                    // recognitions by the other party (not of the severing party itself), this sentence's first
                    var answered = c.Findings.Recognitions.Where(r => r.Recogniser == w && r.Recognised != b && r.Kind != RecognitionType.Withdrawal).ToList();
                    var here = answered.Where(r => c.Findings.FromCurrentSentence.Contains(r.Id)).ToList();
                    if (here.Count > 0) answered = here;
                    f.InResponseTo.AddRange(answered.Select(r => r.Id));
                    if (f.Date is null) DateFromResponse(c, f, answered);
                }
                c.Findings.Add(f);
            }
        }
    }

    /// <summary>Between the latest answered recognition and the publication date, at the precision both ends share.</summary>
    private static void DateFromResponse(PatternContext c, SeveranceFinding f, List<RecognitionFinding> answered)
    {
        var latest = answered.Select(r => r.Date?.AsDateOnly).Where(d => d is not null).Max();
        if (latest is not { } from || c.Published.Date?.AsDateOnly is not { } to || to < from || to.DayNumber - from.DayNumber > 31) return;
        if (PartialDate.CommonPrefix(from, to) is { } d)
        {
            f.Date = d;
            f.DateNote = $"no date in the text: a response to the recognition of {from:yyyy-MM-dd}, reported on {to:yyyy-MM-dd}";
        }
    }

    /// <summary>"In response to ...", "in retaliation ...", "for recognising ...", "over its recognition ..." in the clause.</summary>
    private static bool IsResponse(SentenceAnalysis a, int v)
    {
        var (first, last) = a.ClauseRange(v);
        // ", after which Y severed relations with X": the clause answers the one before it
        if (a.Lower(first) == "," && a.Lower(first + 1) == "after" && a.Lower(first + 2) == "which") return true;
        for (var k = first; k <= last; k++)
        {
            var w = a.Lower(k);
            if ((w is "response" or "retaliation" or "reaction" or "protest") && a.Lower(k - 1) == "in") return true;
            if (w is "for" or "over" && a.Lower(k + 1) is "recognising" or "recognizing" or "its" or "the" && (a.Lower(k + 1).StartsWith("recogni", StringComparison.Ordinal) || a.Lower(k + 2).StartsWith("recogni", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    private static int StartOfClauseOrSubject(SentenceAnalysis a, int v, int subjectFirst)
    {
        var (first, _) = a.ClauseRange(v);
        return a[first].Text == "," || a.Lower(first) is "and" or "but" or "while" ? subjectFirst : Math.Min(first, subjectFirst);
    }

    private static bool IsPassive(SentenceAnalysis a, int v) => a.Lower(v - 1) is "were" or "was" or "been" or "be" or "are" or "is";
}
