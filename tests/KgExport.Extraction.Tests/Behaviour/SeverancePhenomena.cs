using static KgExport.Extraction.Tests.Behaviour.Expect;
using static KgExport.Extraction.Tests.Behaviour.Phenomenon;
using static KgExport.Extraction.Tests.Behaviour.Templates;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>Ways English reports that a state broke off diplomatic relations.</summary>
internal static class SeverancePhenomena
{
    public static IEnumerable<Phenomenon> All()
    {
        yield return Positive("severance/verbs", "severed, cut, broke off relations or ties",
            T("{A} [severed|cut|broke off] [diplomatic relations|relations|ties|diplomatic ties] with {B} {when}.", DateSet.Any, Severs("A", "B")),
            T("{when}, {A} [cut off|severed] [its |]diplomatic [relations|ties] with {B}.", DateSet.Any, Severs("A", "B")),
            T("{A} has {when} [severed|broken off|cut] diplomatic relations with {B}.", DateSet.Perfect, Severs("A", "B")),
            T("{A} severed all [diplomatic |]ties with {B} {when}.", DateSet.Any, Severs("A", "B")));

        yield return Positive("severance/list", "lists of severing states, or one state severing with several",
            T("{A}, {B} and {C} severed diplomatic relations with {D} {when}.", DateSet.Any, Severs("A", "D"), Severs("B", "D"), Severs("C", "D")),
            T("{A}, {B}, {C}, {D} and {E} [cut|severed|broke off] [ties|diplomatic relations] with {F} {when}.", DateSet.Any,
                Severs("A", "F"), Severs("B", "F"), Severs("C", "F"), Severs("D", "F"), Severs("E", "F")),
            T("{A}, {B}, {C}, {D}, {E}, {F}, {G} and {H} severed diplomatic relations with {P} {when}.", DateSet.Any,
                Severs("A", "P"), Severs("B", "P"), Severs("C", "P"), Severs("D", "P"), Severs("E", "P"), Severs("F", "P"), Severs("G", "P"), Severs("H", "P")),
            T("{A} severed diplomatic relations with {B} and {C} {when}.", DateSet.Any, Severs("A", "B"), Severs("A", "C")),
            T("{when}, {A} and {B} cut diplomatic ties with {C}.", DateSet.Any, Severs("A", "C"), Severs("B", "C")));

        yield return Positive("severance/mutual", "'X and Y severed relations': both directions",
            T("{A} and {B} [severed|broke off|cut] [diplomatic relations|relations|ties] {when}.", DateSet.Any, SeverEachOther("A", "B")),
            T("{when}, {A} and {B} severed diplomatic relations with each other.", DateSet.Any, SeverEachOther("A", "B")),
            T("{A} and {B} have {when} broken off diplomatic relations.", DateSet.Perfect, SeverEachOther("A", "B")));

        yield return Positive("severance/decision", "'has decided to terminate', 'took action to sever'",
            T("{A} has {when} decided to terminate diplomatic relations with {B}.", DateSet.Perfect, Severs("A", "B")),
            T("{A} decided {when} to sever diplomatic relations with {B}.", DateSet.Any, Severs("A", "B")),
            T("{A} took action {when} to sever its diplomatic relationship with {B}.", DateSet.Any, Severs("A", "B")),
            T("The government of {A} decided {when} to break off relations with {B}.", DateSet.Any, Severs("A", "B")));

        yield return Positive("severance/nominal", "'a break in diplomatic relations', 'the severance of', 'relations were terminated'",
            T("{A} announced a break in diplomatic relations with {B} {when}.", DateSet.Any, Severs("A", "B")),
            T("{A} announced {when} the severance of diplomatic relations with {B}.", DateSet.Any, Severs("A", "B")),
            T("{A} announced {when} that its diplomatic relations with {B} were terminated.", DateSet.Any, Severs("A", "B")),
            T("{A}'s severance of diplomatic ties with {B} {when} [surprised observers|was criticised by {C}].", DateSet.Any, Severs("A", "B")));

        yield return Positive("severance/passive", "'relations with Y were severed by X', as encyclopedic text writes it",
            T("Diplomatic relations with {B} were [severed|broken off] by {A} {when}.", DateSet.Any, Severs("A", "B")),
            T("{when}, relations with {B} were broken off by {A}.", DateSet.Any, Severs("A", "B")),
            T("Ties with {B} were cut by {A} and {C} {when}.", DateSet.Any, Severs("A", "B"), Severs("C", "B")));

        yield return Positive("severance/manner", "'responded by breaking off relations', 'announced it was severing'",
            T("{A} [responded|retaliated|reacted] by [breaking off|severing|cutting] diplomatic [relations|ties] with {B} {when}.", DateSet.Any, Severs("A", "B")),
            T("{A} reacted {when} by severing diplomatic ties with {B}.", DateSet.Any, Severs("A", "B")),
            T("{A} announced it was [breaking off|severing|cutting] diplomatic relations with {B} {when}.", DateSet.Any, Severs("A", "B")),
            T("{A} announced it had [broken off|severed|cut] diplomatic relations with {B} {when}.", DateSet.Any, Severs("A", "B")),
            T("{A} froze diplomatic relations with {B} {when}.", DateSet.Any, Severs("A", "B")));

        yield return Positive("severance/consequence", "'..., thus ending diplomatic ties with Y'",
            T("{A} expelled the {B:adj} ambassador {when}, thus ending diplomatic ties with {B}.", DateSet.Any, Severs("A", "B")),
            T("{A} closed its embassy in {B:cap} {when}, [thus|effectively] ending diplomatic relations with {B}.", DateSet.Any, Severs("A", "B")),
            T("{A} recalled its diplomats from {B} {when}, ending [diplomatic |]relations with {B}.", DateSet.Any, Severs("A", "B")));

        yield return Positive("severance/metonyms-and-officials", "capitals, governments and officials severing for their state",
            T("{A:cap} cut diplomatic ties with {B:cap} {when}.", DateSet.Any, Severs("A", "B")),
            T("{A:cap} severed relations with {B} {when}.", DateSet.Any, Severs("A", "B")),
            T("President {person} of {A} announced {when} that the country was severing diplomatic relations with {B}.", DateSet.Any, Severs("A", "B")),
            T("The {A:adj} government broke off relations with {B} {when}.", DateSet.Any, Severs("A", "B")),
            T("{A:adj} Foreign Minister {person} announced the severance of relations with {B} {when}.", DateSet.Any, Severs("A", "B")));

        yield return Positive("severance/broke-with-and-them", "'X broke with Y'; 'broke them off' after relations were named",
            T("{A} broke with {B} {when}.", DateSet.Any, Severs("A", "B")),
            T("{A} established diplomatic relations with {B} {when1}, broke them off {when2} and restored them {when3}.", DateSet.None,
                Establishes("A", "B", "when1"), Severs("A", "B", "when2"), Establishes("A", "B", "when3")),
            T("{A} switched its diplomatic allegiance from {B} to {C} {when}.", DateSet.Any, Severs("A", "B"), Establishes("A", "C")));

        yield return Positive("severance/description-joined-repeated", "'the island nation severed ties', 'A joined B in cutting ties', 'in 2009 and again in 2018', 'prompting C to sever relations'",
            T("{A} is a small [country|nation] with few diplomatic partners. {when}, the [tiny|small|impoverished|war-torn] nation severed diplomatic ties with {B}.", DateSet.Any, Severs("A", "B")),
            T("{A} joined {B} and {C} in [cutting|severing] [ties|diplomatic relations] with {D} {when}.", DateSet.Any, Severs("A", "D"), Severs("B", "D", null), Severs("C", "D", null)),
            T("{A} severed diplomatic relations with {B} {when1} and again {when2}.", DateSet.None, Severs("A", "B", "when1"), Severs("A", "B", "when2")),
            T("{A} established diplomatic relations with {B} {when}, prompting {C} to [sever|cut|break off] [relations|ties].", DateSet.Any, Establishes("A", "B"), Severs("C", "A")));

        yield return Positive("severance/statement-forms", "a quotation over two sentences with its attribution after the second; 'the decisions made by A and B to sever'; 'the decision of severing'; 'its country's relations'",
            T("\"{A} has severed diplomatic relations with {B}. [We urge all partners to do the same|Our embassy will close],\" the foreign minister of {A} [said|wrote|told reporters].", DateSet.None, Severs("A", "B")),
            T("{C} regretted the decisions [made |]by {A} and {B} to sever diplomatic relations with {D}.", DateSet.None, Severs("A", "D"), Severs("B", "D")),
            T("{C} regretted the decisions by {A} and {B} to close their borders and sever diplomatic relations with {D}.", DateSet.None, Severs("A", "D"), Severs("B", "D")),
            T("{A} announced {when} the decision of severing [its|the country's] diplomatic relations with {B}.", DateSet.Any, Severs("A", "B")),
            T("{A} severed the country's diplomatic relations with {B} {when}.", DateSet.Any, Severs("A", "B")),
            T("{A} and {B} are rivals. The two [neighbours|Gulf neighbours|rivals] severed their ties {when}.", DateSet.Any, Severs("A", "B"), Severs("B", "A")),
            T("{A} established diplomatic ties with {C} {when}, [ditching|dropping|abandoning] {B}.", DateSet.Any, Establishes("A", "C"), Severs("A", "B")));
    }
}
