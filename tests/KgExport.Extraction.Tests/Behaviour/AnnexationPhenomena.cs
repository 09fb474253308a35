using static KgExport.Extraction.Tests.Behaviour.Expect;
using static KgExport.Extraction.Tests.Behaviour.Phenomenon;
using static KgExport.Extraction.Tests.Behaviour.Templates;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>Ways English reports that a state annexed a territory or another state.</summary>
internal static class AnnexationPhenomena
{
    public static IEnumerable<Phenomenon> All()
    {
        yield return Positive("annexation/active", "X annexed Y",
            T("{A} annexed {R} {when}.", DateSet.Any, Annexes("A", "R")),
            T("{A} [formally |illegally |]annexed {R} {when}.", DateSet.Any, Annexes("A", "R")),
            T("{when}, {A} annexed {R}.", DateSet.Any, Annexes("A", "R")),
            T("{A:cap} annexed {R} {when}.", DateSet.Any, Annexes("A", "R")));

        yield return Positive("annexation/passive", "Y was annexed by X",
            T("{R} was annexed by {A} {when}.", DateSet.Any, Annexes("A", "R")),
            T("{when}, {R} was [formally |]annexed by {A}.", DateSet.Any, Annexes("A", "R")));

        yield return Positive("annexation/incorporation", "X formally incorporated Y",
            T("{A} formally incorporated {R} {when}.", DateSet.Any, Annexes("A", "R")),
            T("{A} formally incorporated {R} into its territory {when}.", DateSet.Any, Annexes("A", "R")),
            T("{A} incorporated {R} into the {A:adj} state {when}.", DateSet.Any, Annexes("A", "R")));

        yield return Positive("annexation/nominal", "'X's annexation of Y', 'the annexation of Y by X'",
            T("{A}'s annexation of {R} {when} [drew sanctions|was condemned by {B}].", DateSet.Any, Annexes("A", "R")),
            T("The annexation of {R} by {A} {when} [drew sanctions|was widely condemned].", DateSet.Any, Annexes("A", "R")),
            T("Since {A}'s annexation of {R} {when}, relations have been tense.", DateSet.Absolute, Annexes("A", "R")));

        yield return Positive("annexation/coordinated", "two territories annexed at once",
            T("{A} annexed {R} and {S} {when}.", DateSet.Any, Annexes("A", "R"), Annexes("A", "S")),
            T("{R} and {S} were annexed by {A} {when}.", DateSet.Any, Annexes("A", "R"), Annexes("A", "S")));

        yield return Positive("annexation/pronoun-and-later", "'occupied Y from Z and annexed it', 'a year later', a leader's act",
            T("{A} occupied {R} {when1} and annexed it {when2}.", DateSet.None, Annexes("A", "R", "when2")),
            T("{A} captured {R} from {B} {when1} and annexed it {when2}.", DateSet.None, Annexes("A", "R", "when2")),
            T("{A:leader} announced {when} the annexation of {R}.", DateSet.Any, Annexes("A", "R")),
            T("{A} [formally |]annexed {R} {when}, after a disputed referendum.", DateSet.Any, Annexes("A", "R")));

        yield return Positive("annexation/law-and-province", "'extended its law and jurisdiction to Y', 'declared Y its 19th province', treaties incorporating Y",
            T("{A} extended its [laws|law and jurisdiction|laws, jurisdiction and administration] to {R} {when}.", DateSet.Any, Annexes("A", "R")),
            T("{A} declared {R} its {ord} province {when}.", DateSet.Any, Annexes("A", "R")),
            T("{A:leader} signed treaties {when} incorporating {R} into {A}.", DateSet.Any, Annexes("A", "R")),
            T("The law applies {A}'s [laws|government and laws] to {R}. It was [passed|ratified|adopted] by the parliament {when}.", DateSet.Absolute, Annexes("A", "R")));

        yield return Positive("annexation/proclaimed-and-integrated", "'R was proclaimed the 19th province of A', 'R was integrated into A', 'A's invasion and annexation of R'",
            T("{when}, {R} was [proclaimed|declared] the {ord} [province|governorate] of {A}.", DateSet.Any, Annexes("A", "R")),
            T("{R} was integrated into {A} [as its {ord} province |]{when}.", DateSet.Any, Annexes("A", "R")),
            T("{A}'s invasion and annexation of {R} {when} [was condemned by {B}|led to sanctions].", DateSet.Absolute, Annexes("A", "R")));
    }
}
