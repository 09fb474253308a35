using static KgExport.Extraction.Tests.Behaviour.Phenomenon;
using static KgExport.Extraction.Tests.Behaviour.Templates;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>Sentences that use the words of a fact but state none: each must give no scored fact at all.</summary>
internal static class NegativePhenomena
{
    public static IEnumerable<Phenomenon> All()
    {
        yield return Negative("negative/negation", "not, never, refuses, has yet to, neither ... nor",
            None("{A} has not recognised {Y}."),
            None("{A} [has never|never] recognised {Y}."),
            None("{A} does not recognise {Y}[ as a state|]."),
            None("{A} refuses to recognise {Y}."),
            None("{A} has yet to recognise {Y}."),
            None("{A} did not recognise {Y} {when}, despite pressure from {B}.", DateSet.Absolute),
            None("Neither {A} nor {B} has recognised {Y}."),
            None("{A} has never withdrawn its recognition of {Y}."),
            None("{A} did not sever diplomatic relations with {B}."),
            None("{A} has never had diplomatic relations with {B}."),
            None("{A} and {B} have not established diplomatic relations."),
            None("{A} has not annexed {R}."),
            None("{A} was among the countries that [refused|declined] to recognise {Y}."),
            None("{A} did not respond by breaking off relations with {B}."),
            None("{A} has not ditched {B} for {C}."));

        yield return Negative("negative/modality", "may, will, plans to, threatened to, is expected to, urged to",
            None("{A} may recognise {Y}."),
            None("{A} responded by threatening to sever diplomatic relations with {B}."),
            None("{A} announced it would break off diplomatic relations with {B} unless talks resumed."),
            None("{A} could ditch {B} for {C}[ next year|]."),
            None("{A} said it would sever diplomatic ties with {B} and instead recognise {Y}."),
            None("{A} plans to recognise {Y} and establish diplomatic relations with it."),
            None("{A} will recognise {Y}[ next year|]."),
            None("{A} plans to recognise {Y}."),
            None("{A} threatened to recognise {Y}."),
            None("{B} urged {A} to recognise {Y}."),
            None("{A} is considering recognising {Y}."),
            None("{A} could recognise {Y} [soon|within weeks]."),
            None("{A} is expected to recognise {Y}."),
            None("{A} said it would withdraw its recognition of {Y}."),
            None("{A} threatened to cut ties with {B}."),
            None("{A} may restore diplomatic relations with {B}."),
            None("{A} and {B} are expected to establish diplomatic relations."),
            None("{A} announced plans to establish diplomatic relations with {B}."),
            None("{A} plans to annex {R}."),
            None("{A} wants to normalise relations with {B}."));

        yield return Negative("negative/condition", "unless, if, only if, should X ...",
            None("{A} will recognise {Y} unless {B} [changes course|lifts its sanctions]."),
            None("If {A} recognises {Y}, {B} will sever relations with it."),
            None("{A} would recognise {Y} if {B} agreed."),
            None("{A} will recognise {Y} only after a referendum."),
            None("Should {A} recognise {Y}, {B} would cut ties."),
            None("{A} said it would recognise {Y} if {B} did."),
            None("{A} will restore diplomatic relations with {B} only if the blockade ends."),
            None("{A} would annex {R} if the talks failed."));

        yield return Negative("negative/denial", "denials, and claims the speaker contradicts",
            None("{A} denied {when} that it had recognised {Y}.", DateSet.Any),
            None("Reports claimed that {A} had recognised {Y}, while the foreign minister said this never happened."),
            None("{A} rejected [reports|claims] that it had recognised {Y}."),
            None("Contrary to media reports, {A} has not recognised {Y}."),
            None("{Y} claimed that {A} had recognised it, but {A:adj} officials said no such decision had been taken."),
            None("{A:adj} officials denied that {A} had severed ties with {B}."),
            None("{A} denied reports that it had restored diplomatic relations with {B}."),
            None("{A} denied that it planned to annex {R}."));

        yield return Negative("negative/other-senses", "recognising genocide, achievements, problems, documents, that-clauses",
            None("{A} [formally |]recognised the {B:adj} genocide {when}.", DateSet.Absolute),
            None("{A} recognised the {B:adj} famine as genocide."),
            None("{A} recognised the achievements of {B:adj} athletes."),
            None("{A} recognises the problem, {person} said."),
            None("{A} recognises that {B} faces difficult choices."),
            None("{person} recognised {A}'s contribution to the peace process."),
            None("{A} and {B} agreed to mutually recognise university degrees."),
            None("{A} recognises {B:adj} driving licences."),
            None("{A} recognised {B:adj} vaccination certificates {when}.", DateSet.Absolute),
            None("{A} recognised the need for dialogue with {B}."),
            None("{A} recognised the importance of its ties with {B}."),
            None("Analysts recognise {A} as a rising power."));

        yield return Negative("negative/territorial-claims", "sovereignty over a territory, territorial integrity, capitals: claims, not recognitions",
            None("{A} recognises {B:adj} sovereignty over {R}."),
            None("{A} recognised {B:adj} sovereignty over {R} {when}.", DateSet.Absolute),
            None("{A} recognised {B}'s territorial integrity."),
            None("{A} recognises {R} as part of {B}."),
            None("{A} recognised {B}'s claim to {R}."),
            None("{A} recognised {B:cap} as the capital of {B} {when}.", DateSet.Absolute),
            None("{A} recognised {R} as {B:adj} territory {when}.", DateSet.Absolute),
            None("{A} threatened to extend its laws to {R}."),
            None("{A} may declare {R} its {ord} province."));

        yield return Negative("negative/aggregates", "counts and unnamed groups of states",
            None("Over {n} states recognise {Y}."),
            None("More than {n} countries have recognised {Y}."),
            None("{Y} has been recognised by {n} UN member states."),
            None("{Y} is recognised by {n} countries[ worldwide|]."),
            None("Dozens of countries severed ties with {B}[ that year|]."),
            None("Most EU members have recognised {Y}."),
            None("{n} states have since withdrawn their recognition of {Y}."),
            None("Several Arab states established diplomatic relations with {B}."),
            None("Some {n} governments recognise {Y}, according to {Y:adj} officials."),
            None("The [Baltic states|Nordic countries|Gulf states] recognised {Y} {when}.", DateSet.Any));

        yield return Negative("negative/questions", "questions about recognitions, severances, establishments, annexations",
            None("Will {A} recognise {Y}?"),
            None("Has {A} recognised {Y}?"),
            None("Why has {A} not recognised {Y}?"),
            None("Is {A} about to recognise {Y}?"),
            None("Would {A} withdraw its recognition of {Y}?"),
            None("Should {A} cut ties with {B}?"),
            None("Could {A} and {B} restore diplomatic relations?"),
            None("Will {A} annex {R}?"));

        yield return Negative("negative/diplomatic-protest", "recalling ambassadors, expelling diplomats, summoning envoys: not a severance",
            None("{A} recalled its ambassador from {B} {when}.", DateSet.Any),
            None("{A} expelled {n} {B:adj} diplomats {when}.", DateSet.Any),
            None("{A} summoned {B}'s ambassador {when}.", DateSet.Any),
            None("{A} declared the {B:adj} ambassador persona non grata {when}.", DateSet.Any),
            None("{A} recalled its ambassador to {B} for consultations {when}.", DateSet.Any),
            None("{A} lodged a formal protest with {B} {when}.", DateSet.Any));

        yield return Negative("negative/calls", "calls, demands and votes urging a severance or a recognition",
            None("Protesters urged {A} to sever ties with {B}."),
            None("{A:adj} lawmakers called for cutting diplomatic relations with {B}."),
            None("Calls are growing in {A} to break off relations with {B}."),
            None("The opposition demanded that {A} sever relations with {B}."),
            None("{A:adj} activists called on the government to cut ties with {B}."),
            None("The {A:adj} parliament voted to urge the government to sever relations with {B}."),
            None("{person} called on {A} to recognise {Y}."));

        yield return Negative("negative/lookalike-frames", "hedged or refused versions of frames that state acts: 'could sever with immediate effect', 'refused to join A in', 'integrated into A's economy', 'the neighbouring country'",
            None("{A} [could|may|might] sever diplomatic relations with {B} with immediate effect, officials warned."),
            None("{A} said it would sever diplomatic relations with {B}."),
            None("{B} refused to join {A} in recognising {Y}."),
            None("{R} was integrated into {A}'s economy {when}.", DateSet.Any),
            None("{R} was not proclaimed a province of {A}."),
            None("{A} is a small country. The neighbouring country threatened to cut ties with {B}."));
    }
}
