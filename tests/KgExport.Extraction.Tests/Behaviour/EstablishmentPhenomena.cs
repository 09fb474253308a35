using static KgExport.Extraction.Tests.Behaviour.Expect;
using static KgExport.Extraction.Tests.Behaviour.Phenomenon;
using static KgExport.Extraction.Tests.Behaviour.Templates;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>Ways English reports that two states established, restored or normalised diplomatic relations.</summary>
internal static class EstablishmentPhenomena
{
    public static IEnumerable<Phenomenon> All()
    {
        yield return Positive("establishment/active", "X established / opened diplomatic relations with Y",
            T("{A} established diplomatic relations with {B} {when}.", DateSet.Any, Establishes("A", "B")),
            T("{A} [formally |]established [diplomatic |]ties with {B} {when}.", DateSet.Any, Establishes("A", "B")),
            T("{A} opened [diplomatic |]relations with {B} {when}.", DateSet.Any, Establishes("A", "B")),
            T("{when}, {A} established full diplomatic relations with {B}.", DateSet.Any, Establishes("A", "B")),
            T("{A} has {when} established diplomatic relations with {B}.", DateSet.Perfect, Establishes("A", "B")));

        yield return Positive("establishment/mutual", "X and Y established diplomatic relations",
            T("{A} and {B} established diplomatic relations {when}.", DateSet.Any, Establishes("A", "B")),
            T("{when}, {A} and {B} [formally |]established diplomatic ties.", DateSet.Any, Establishes("A", "B")),
            T("{A} and {B} signed a joint communiqué establishing diplomatic relations {when}.", DateSet.Any, Establishes("A", "B")));

        yield return Positive("establishment/restoration", "restored, resumed, re-established relations",
            T("{A} and {B} [restored|resumed|re-established] diplomatic relations {when}.", DateSet.Any, Establishes("A", "B")),
            T("{A} restored diplomatic [relations|ties] with {B} {when}.", DateSet.Any, Establishes("A", "B")),
            T("{A} re-established ties with {B} {when}.", DateSet.Any, Establishes("A", "B")),
            T("{when}, {A} and {B} resumed full diplomatic relations[ after a long break|].", DateSet.Any, Establishes("A", "B")),
            T("{A} and {B} have {when} restored diplomatic relations.", DateSet.Perfect, Establishes("A", "B")));

        yield return Positive("establishment/normalisation", "normalised relations, a normalisation agreement",
            T("{A} and {B} normalised relations {when}.", DateSet.Any, Establishes("A", "B")),
            T("{A} normalised [diplomatic |]ties with {B} {when}.", DateSet.Any, Establishes("A", "B")),
            T("{A} and {B} signed a normalisation agreement {when}, establishing diplomatic relations.", DateSet.Any, Establishes("A", "B")),
            T("{when}, {A} and {B} [fully |]normalised their diplomatic relations.", DateSet.Any, Establishes("A", "B")));

        yield return Positive("establishment/nominal", "'the establishment of diplomatic relations between X and Y on <date>'",
            T("The establishment of diplomatic relations between {A} and {B} {when} ended decades of hostility.", DateSet.Any, Establishes("A", "B")),
            T("The restoration of diplomatic ties between {A} and {B} {when} [opened the way for trade|was welcomed by {C}].", DateSet.Any, Establishes("A", "B")),
            T("Following the establishment of diplomatic relations between {A} and {B} {when}, both opened embassies.", DateSet.Any, Establishes("A", "B")),
            T("{A} and {B} [agreed on|decided upon|agreed to] the establishment of diplomatic relations {when}.", DateSet.Any, Establishes("A", "B")),
            T("The Government of {A} and the Government of {B} have [agreed to|decided upon] the establishment of diplomatic relations {when}.", DateSet.Perfect, Establishes("A", "B")),
            T("Diplomatic [ties|relations] were [restored|established] between {A} and {B} {when}.", DateSet.Any, Establishes("A", "B")),
            T("{A} and {B} signed [an agreement|a protocol|a joint communiqué] [for|on] [full |]diplomatic relations {when}.", DateSet.Any, Establishes("A", "B")),
            T("{A} recognised {B} {when1}, though [full |]diplomatic relations were only established {when2}.", DateSet.None, Recognises("A", "B", "when1"), Establishes("A", "B", "when2")));

        yield return Positive("establishment/lists-and-metonyms", "several states at once; capitals for states",
            T("{A}, {B} and {C} established diplomatic relations with {D} {when}.", DateSet.Any, Establishes("A", "D"), Establishes("B", "D"), Establishes("C", "D")),
            T("{A:cap} and {B:cap} restored diplomatic ties {when}.", DateSet.Any, Establishes("A", "B")),
            T("{A} established diplomatic relations with {B} and {C} {when}.", DateSet.Any, Establishes("A", "B"), Establishes("A", "C")),
            T("{A:leader} and his {B:adj} counterpart signed a joint communiqué {when} establishing diplomatic relations.", DateSet.Any, Establishes("A", "B")));

        yield return Positive("establishment/references", "'the two countries restored them'; a conjunct after a treaty; 'his country'",
            T("{A} cut diplomatic relations with {B} {when1}. The two countries restored them {when2}.", DateSet.None,
                Severs("A", "B", "when1"), Establishes("A", "B", "when2")),
            T("{A} and {B} signed a peace treaty and established diplomatic relations {when}.", DateSet.Any, Establishes("A", "B")),
            T("{A}'s foreign minister announced {when} that his country had established diplomatic relations with {B}.", DateSet.Any, Establishes("A", "B")),
            T("{A} broke off relations with {B} {when1}; [ties|diplomatic relations] were restored {when2}.", DateSet.None,
                Severs("A", "B", "when1"), Establishes("A", "B", "when2")),
            T("{A} cut ties with {B} {when1} but only established relations with {C} {when2}.", DateSet.None,
                Severs("A", "B", "when1"), Establishes("A", "C", "when2")));

        yield return Positive("establishment/trailing-participle", "'X established relations with Y after cutting ties with Z': the participle's act is the main subject's, undated",
            T("{A} established diplomatic relations with {B} {when} after [cutting|breaking off|severing] [diplomatic |]ties with {C}.", DateSet.Any,
                Establishes("A", "B"), Severs("A", "C", null)),
            T("{A} [restored|resumed] [diplomatic |]ties with {B} {when} after [ending|cutting] its relations with {C}.", DateSet.Any,
                Establishes("A", "B"), Severs("A", "C", null)),
            T("{A} broke off relations with {B} {when} after [recalling its ambassador|a row over fishing rights].", DateSet.Any, Severs("A", "B")));

        yield return Positive("establishment/partner-switch", "'ditched Taipei for Beijing', 'dropped Taiwan in favour of China': one partner left for another",
            T("{A} [ditched|dropped|abandoned] [Taipei|Taiwan] [for|in favour of] [Beijing|China|the People's Republic of China] {when}.", DateSet.Any,
                Severs("A", "=taiwan"), Establishes("A", "=china")),
            T("{A} and {B} ditched Taipei for Beijing {when}.", DateSet.Any,
                Severs("A", "=taiwan"), Severs("B", "=taiwan"), Establishes("A", "=china"), Establishes("B", "=china")));

        yield return Positive("establishment/counterparts-and-recognised", "', with B on D1 and with C on D2'; 'recognised Y on D1 and established diplomatic relations on D2'",
            T("{A} established diplomatic relations with {B} {when1}, with {C} {when2} and with {D} {when3}.", DateSet.None,
                Establishes("A", "B", "when1"), Establishes("A", "C", "when2"), Establishes("A", "D", "when3")),
            T("{A} recognised {B} {when1}, and established diplomatic relations {when2}.", DateSet.None, Recognises("A", "B", "when1"), Establishes("A", "B", "when2")),
            T("{A} cut ties with {B} {when} in favour of {C}.", DateSet.Any, Severs("A", "B"), Establishes("A", "C")));
    }
}
