using static KgExport.Extraction.Tests.Behaviour.Expect;
using static KgExport.Extraction.Tests.Behaviour.Phenomenon;
using static KgExport.Extraction.Tests.Behaviour.Templates;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>Dates that only make sense against another date of the text (the forms of <see cref="DateForm"/> cover the rest).</summary>
internal static class DatePhenomena
{
    public static IEnumerable<Phenomenon> All()
    {
        yield return Positive("dates/the-next-day", "'on the next day', 'a day later': a second act dated from the first",
            T("{A} recognised {Y} {when}, and {B} followed [on the next day|the following day|a day later].", DateSet.Day,
                Recognises("A", "Y"), Recognises("B", "Y", "when+1")),
            T("{A} severed diplomatic relations with {C} {when}. {B} did the same the next day.", DateSet.Day,
                Severs("A", "C"), Severs("B", "C", "when+1")),
            T("{A} withdrew its recognition of {Y} {when}; {B} followed suit on the next day.", DateSet.Day,
                Withdraws("A", "Y"), Withdraws("B", "Y", "when+1")),
            T("{A} severed diplomatic relations with {C} {when}, and {B} did the same [a day later|one day later].", DateSet.Day,
                Severs("A", "C"), Severs("B", "C", "when+1")),
            T("{A} severed diplomatic relations with {C} {when}. {B} and {D} followed [later that day|later the same day].", DateSet.Day,
                Severs("A", "C"), Severs("B", "C"), Severs("D", "C")));
    }
}
