using static KgExport.Extraction.Tests.Behaviour.Expect;
using static KgExport.Extraction.Tests.Behaviour.Phenomenon;
using static KgExport.Extraction.Tests.Behaviour.Templates;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>Ways English reports that a state withdrew its recognition of another.</summary>
internal static class WithdrawalPhenomena
{
    public static IEnumerable<Phenomenon> All()
    {
        yield return Positive("withdrawal/verbs", "withdrew, revoked, rescinded, derecognised, has withdrawn",
            T("{A} withdrew its recognition of {Y} {when}.", DateSet.Any, Withdraws("A", "Y")),
            T("{A} revoked its recognition of {Y} {when}.", DateSet.Any, Withdraws("A", "Y")),
            T("{A} derecognised {Y} {when}.", DateSet.Any, Withdraws("A", "Y")),
            T("{A} has {when} withdrawn its recognition of {Y}.", DateSet.Perfect, Withdraws("A", "Y")),
            T("{A} [rescinded|retracted|cancelled] its recognition of {Y} {when}.", DateSet.Any, Withdraws("A", "Y")),
            T("{when}, {A} withdrew recognition from {Y}.", DateSet.Any, Withdraws("A", "Y")));

        yield return Positive("withdrawal/ordinal", "'became the 13th state to withdraw / that has withdrawn its recognition'",
            T("{A} became the {ord} state to withdraw its recognition of {Y} {when}.", DateSet.Any, Withdraws("A", "Y")),
            T("{when}, {A} became the {ord} [country|state] that has withdrawn its recognition of {Y}.", DateSet.Any, Withdraws("A", "Y")),
            T("{A} became the {ord} country to revoke its recognition of {Y} {when}.", DateSet.Any, Withdraws("A", "Y")));

        yield return Positive("withdrawal/after-recognition", "a recognition, then its withdrawal by pronoun or in the same clause",
            T("{A} recognised {Y} {when1}. {when2}, it withdrew its recognition.", DateSet.None, Recognises("A", "Y", "when1"), Withdraws("A", "Y", "when2")),
            T("{A} had recognised {Y} {when1}, but withdrew that recognition {when2}.", DateSet.None, Recognises("A", "Y", "when1"), Withdraws("A", "Y", "when2")),
            T("{A} recognised {Y} {when1} and revoked the recognition {when2}.", DateSet.None, Recognises("A", "Y", "when1"), Withdraws("A", "Y", "when2")),
            T("{A} established diplomatic relations with {Y} {when1} [and|but] withdrew its recognition {when2}.", DateSet.None, Establishes("A", "Y", "when1"), Withdraws("A", "Y", "when2")),
            T("{n} states, including {A} and {B}, have withdrawn their recognition of {Y}.", DateSet.None, Withdraws("A", "Y", null), Withdraws("B", "Y", null)));

        yield return Positive("withdrawal/coordinated-and-officials", "several withdrawers; ministers, governments and capitals acting for the state",
            T("{A} and {B} withdrew their recognition of {Y} {when}.", DateSet.Any, Withdraws("A", "Y"), Withdraws("B", "Y")),
            T("{A}, {B} and {C} have {when} withdrawn their recognition of {Y}.", DateSet.Perfect, Withdraws("A", "Y"), Withdraws("B", "Y"), Withdraws("C", "Y")),
            T("{A:adj} Foreign Minister {person} announced {when} the withdrawal of the country's recognition of {Y}.", DateSet.Any, Withdraws("A", "Y")),
            T("The government of {A} derecognised {Y} {when}.", DateSet.Any, Withdraws("A", "Y")),
            T("{A:cap} withdrew its recognition of {Y} {when}.", DateSet.Any, Withdraws("A", "Y")));
    }
}
