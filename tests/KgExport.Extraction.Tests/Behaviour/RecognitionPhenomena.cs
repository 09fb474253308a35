using static KgExport.Extraction.Tests.Behaviour.Expect;
using static KgExport.Extraction.Tests.Behaviour.Phenomenon;
using static KgExport.Extraction.Tests.Behaviour.Templates;

namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>Ways English reports that a state recognised a state or a government (issue 15, "What it misses").</summary>
internal static class RecognitionPhenomena
{
    public static IEnumerable<Phenomenon> All()
    {
        yield return Positive("recognition/active", "X recognised Y, with and without adverbs, announcements, 'extended recognition to'",
            T("{A} [formally |officially |]recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{when}, {A} [formally |]recognised {Y}.", DateSet.Any, Recognises("A", "Y")),
            T("{A} has {when} [formally |]recognised {Y}[, the foreign ministry said|].", DateSet.Perfect, Recognises("A", "Y")),
            T("{A} announced {when} that it had recognised {Y}.", DateSet.Any, Recognises("A", "Y")),
            T("{A} extended [diplomatic |]recognition to {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{A} granted [formal |diplomatic |]recognition to {Y} {when}.", DateSet.Any, Recognises("A", "Y")));

        yield return Positive("recognition/passive-by-list", "Y was recognised by A, B and C",
            T("{Y} was recognised by {A} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{Y} was [formally |]recognised by {A} and {B} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y")),
            T("{Y} was recognised by {A}, {B} and {C} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y"), Recognises("C", "Y")),
            T("{when}, {Y} was recognised by {A}, {B}, {C} and {D}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y"), Recognises("C", "Y"), Recognises("D", "Y")),
            T("{Y} has {when} been recognised by {A} and {B}.", DateSet.Perfect, Recognises("A", "Y"), Recognises("B", "Y")),
            T("{Y} was recognised by {A}, {B}, and {C} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y"), Recognises("C", "Y")));

        yield return Positive("recognition/by-list-dated", "a by-list whose items carry their own dates",
            T("{Y} was recognised by {A} {when1}, {B} and {C} {when2}, {D} {when3} and {E} {when4}.", DateSet.None,
                Recognises("A", "Y", "when1"), Recognises("B", "Y", "when2"), Recognises("C", "Y", "when2"), Recognises("D", "Y", "when3"), Recognises("E", "Y", "when4")),
            T("{Y} was recognised by the {P:adj} authorities {when1}, {A} and the {Q:adj} authorities {when2}, {B} {when3} and {C} {when4}.", DateSet.None,
                Recognises("P", "Y", "when1"), Recognises("A", "Y", "when2"), Recognises("Q", "Y", "when2"), Recognises("B", "Y", "when3"), Recognises("C", "Y", "when4")),
            T("{Y} was recognised by {A} {when1} and by {B} {when2}.", DateSet.None, Recognises("A", "Y", "when1"), Recognises("B", "Y", "when2")),
            T("{Y} won recognition from {A} {when1}, from {B} {when2} and from {C} {when3}.", DateSet.None,
                Recognises("A", "Y", "when1"), Recognises("B", "Y", "when2"), Recognises("C", "Y", "when3")));

        yield return Positive("recognition/coordinated", "coordinated recognisers and recognised",
            T("{A} and {B} recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y")),
            T("{A}, {B} and {C} recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y"), Recognises("C", "Y")),
            T("{A} recognised {Y} and {Z} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("A", "Z")),
            T("{A} and {B} recognised {Y} and {Z} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("A", "Z"), Recognises("B", "Y"), Recognises("B", "Z")),
            T("{A}, {B}, {C} and {D} [all |each |]recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y"), Recognises("C", "Y"), Recognises("D", "Y")),
            T("{when}, {A} and {B} [both |]recognised {Y}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y")));

        yield return Positive("recognition/alongside", "'alongside', 'together with', 'joining', 'this was also done by'",
            T("{A} recognised {Y} {when}, alongside {B} and {C}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y"), Recognises("C", "Y")),
            T("{A} recognised {Y} {when} together with {B}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y")),
            T("In a coordinated announcement with {B} and {C}, {A} recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y"), Recognises("C", "Y")),
            T("Joining {B} and {C}, {A} recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y", null), Recognises("C", "Y", null)),
            T("{A} recognised {Y} {when}, joining {B}, which had done so earlier.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y", null)),
            T("{A} recognised {Y} {when}. This was also done by {B}, {C} and {D}.", DateSet.Any,
                Recognises("A", "Y"), Recognises("B", "Y", null), Recognises("C", "Y", null), Recognises("D", "Y", null)));

        yield return Positive("recognition/first-to", "'decided to be the first to recognise', 'decided to recognise'",
            T("{A} decided {when} to be the first [country|state] to recognise {Y}.", DateSet.Any, Recognises("A", "Y")),
            T("{when}, {A} decided to be the first to recognise {Y}[ as an independent state|].", DateSet.Any, Recognises("A", "Y")),
            T("{A} became the first [country|state] to recognise {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("The government of {A} decided {when} to recognise {Y}.", DateSet.Any, Recognises("A", "Y")),
            T("{when}, {A} became the first [Muslim-majority|non-aligned|Commonwealth|Asian] [country|nation] to recognise {Y}.", DateSet.Any, Recognises("A", "Y")));

        yield return Positive("recognition/opted", "'opted to recognise', 'chose to recognise'",
            T("{A} opted {when} to recognise {Y}[, breaking ranks with {B}|].", DateSet.Any, Recognises("A", "Y")),
            T("{when}, {A} opted to recognise {Y}.", DateSet.Any, Recognises("A", "Y")),
            T("{A} chose to recognise {Y} {when}.", DateSet.Any, Recognises("A", "Y")));

        yield return Positive("recognition/ordinal", "'became the 13th state to recognise', with earlier recognisers",
            T("{A} became the {ord} [state|country|nation|UN member] to recognise {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("Following {B} and {C}, {A} became the {ord} country to recognise {Y} {when}.", DateSet.Any,
                Recognises("A", "Y"), Recognises("B", "Y", null), Recognises("C", "Y", null)),
            T("{when}, {A} became the {ord} state to [formally |]recognise {Y}.", DateSet.Any, Recognises("A", "Y")),
            T("{when}, {A} became the {ord} country that has recognised {Y}.", DateSet.Any, Recognises("A", "Y")));

        yield return Positive("recognition/followed-by", "', followed (within hours) by B and C': each did the act just reported",
            T("{A} recognised {Y} {when}, followed [by|within hours by|shortly by] {B} and {C}.", DateSet.Day, Recognises("A", "Y"), Recognises("B", "Y"), Recognises("C", "Y")),
            T("{A} became the first state to recognise {Y} {when}, followed by {B}.", DateSet.Day, Recognises("A", "Y"), Recognises("B", "Y")));

        yield return Positive("recognition/proclaimed-on-region", "'the independence of the Donetsk region': the republic proclaimed there; 'the restored independence of'",
            T("{A} recognised the independence of the Donetsk [region|Oblast] {when}.", DateSet.Any, Recognises("A", "=dpr")),
            T("{A} recognised the Luhansk region as an independent state {when}.", DateSet.Any, Recognises("A", "=lpr")),
            T("{A} recognised the restored independence of {Y} {when}.", DateSet.Any, Recognises("A", "Y")));

        yield return Positive("recognition/relative-date", "a date in a relative clause about the recognised entity dates that clause, not the recognition",
            T("{A} is the only state that recognises {Y}, which declared independence {when}.", DateSet.Absolute, Recognises("A", "Y", null)),
            T("{Y}, which declared independence {when}, is recognised by {A}.", DateSet.Absolute, Recognises("A", "Y", null)));

        yield return Positive("recognition/relative-clause", "a recognition in a relative clause; the main clause states no fact",
            T("{A}, which recognised {Y} {when}, has urged {B} to do the same.", DateSet.Any, Recognises("A", "Y")),
            T("{A}, which had recognised {Y} {when}, hosted a trade delegation from {Y}.", DateSet.Absolute, Recognises("A", "Y")),
            T("{Y}, which {A} recognised {when}, sent a delegation to {A}.", DateSet.Any, Recognises("A", "Y")),
            T("{Y}, which was recognised by {A} and {B} {when}, [applied to join the United Nations|held elections].", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y")),
            T("Officials from {A}, which recognised {Y} {when}, met their counterparts from {B}.", DateSet.Absolute, Recognises("A", "Y")));

        yield return Positive("recognition/nominal", "'X's recognition of Y', 'the recognition of Y by X', 'X's decision to recognise Y'",
            T("{A}'s recognition of {Y} {when} [angered {B}|drew criticism from {B}|was welcomed in {Y}].", DateSet.Any, Recognises("A", "Y")),
            T("The recognition of {Y} by {A} {when} [angered {B}|surprised observers].", DateSet.Any, Recognises("A", "Y")),
            T("Following {A}'s recognition of {Y} {when}, {B} recalled its ambassador.", DateSet.Any, Recognises("A", "Y")),
            T("{A}'s decision to recognise {Y} {when} [was criticised by {B}|angered {B}].", DateSet.Any, Recognises("A", "Y")));

        yield return Positive("recognition/officials", "presidents and ministers acting for their state",
            T("President {person} of {A} signed decrees recognising {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{A:adj} Foreign Minister {person} announced [the|the government's|the country's] recognition of {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{A:adj} {title} {person} [formally |]recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{title} {person} of {A} signed the decision recognising {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("The {A:adj} president, {person}, signed a decree {when} recognising {Y} as an independent state.", DateSet.Any, Recognises("A", "Y")));

        yield return Positive("recognition/capital-metonym", "a capital standing for its state",
            T("{A:cap} [formally |]recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{when}, {A:cap} recognised the independence of {Y}.", DateSet.Any, Recognises("A", "Y")),
            T("{A:cap} has {when} recognised {Y}.", DateSet.Perfect, Recognises("A", "Y")),
            T("{Y} was recognised by {A:cap} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{A:cap} and {B:cap} recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y")),
            T("The government in {A:cap} recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y")));

        yield return Positive("recognition/demonym-authorities", "'the Abkhazian authorities', 'the Georgian government'",
            T("The {P:adj} authorities recognised {Y} {when}.", DateSet.Any, Recognises("P", "Y")),
            T("The {P:adj} government [formally |]recognised {Y} {when}.", DateSet.Any, Recognises("P", "Y")),
            T("{when}, the {P:adj} leadership recognised {Y}.", DateSet.Any, Recognises("P", "Y")),
            T("{Y} was recognised by the {P:adj} authorities {when}.", DateSet.Any, Recognises("P", "Y")));

        yield return Positive("recognition/independence", "'the independence of Y', 'Y's independence', 'Y as an independent state'",
            T("{A} recognised the independence of {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{A} recognised {Y}'s independence {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{A} recognised {Y} as an independent [state|country] {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{A} [formally |]recognised {Y} as a sovereign and independent state {when}.", DateSet.Any, Recognises("A", "Y")),
            T("The independence of {Y} was recognised by {A} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{Y}'s independence was recognised by {A} and {B} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y")));

        yield return Positive("recognition/mutual", "'mutually recognised each other': both directions",
            T("{P} and {Q} [mutually |]recognised each other {when}.", DateSet.Any, RecogniseEachOther("P", "Q")),
            T("{when}, {P} and {Q} recognised each other[ as independent states|].", DateSet.Any, RecogniseEachOther("P", "Q")),
            T("{P} and {Q} mutually recognised each other's independence {when}.", DateSet.Any, RecogniseEachOther("P", "Q")));

        yield return Positive("recognition/government", "recognising a government, an opposition council as the legitimate government",
            T("{A} recognised the {G:adj} [opposition council|National Transitional Council|transitional council|opposition coalition] as the [legitimate|sole legitimate] government of {G} {when}.", DateSet.Any,
                RecognisesGovernment("A", "G")),
            T("{A} recognised the {G:adj} opposition council as the legitimate government {when}.", DateSet.Any, RecognisesGovernment("A", "G")),
            T("{A} recognised the new government of {G} {when}.", DateSet.Any, RecognisesGovernment("A", "G")),
            T("{A} [formally |]recognised the government of {G} {when}.", DateSet.Any, RecognisesGovernment("A", "G")),
            T("{A} recognised the {G:adj} government-in-exile as the legitimate government of {G} {when}.", DateSet.Any, RecognisesGovernment("A", "G")),
            T("{A} recognised the [interim|new|transitional] {G:adj} government {when}.", DateSet.Any, RecognisesGovernment("A", "G")));

        yield return Positive("recognition/switch-to-beijing", "switching recognition from Taipei to Beijing: a government recognition and a withdrawal",
            T("{A} switched [diplomatic |]recognition from [Taipei|Taiwan|the Republic of China] to [Beijing|China|the People's Republic of China] {when}.", DateSet.Any,
                RecognisesGovernment("A", "=china"), Withdraws("A", "=taiwan")),
            T("{A} [shifted|transferred] its recognition from [Taipei|Taiwan] to [Beijing|the PRC] {when}.", DateSet.Any,
                RecognisesGovernment("A", "=china"), Withdraws("A", "=taiwan")),
            T("{when}, {A} switched recognition from Taipei to Beijing.", DateSet.Any, RecognisesGovernment("A", "=china"), Withdraws("A", "=taiwan")),
            T("{A} ended its recognition of [Taiwan|the Republic of China] and recognised [Beijing|the People's Republic of China] {when}.", DateSet.Any,
                RecognisesGovernment("A", "=china"), Withdraws("A", "=taiwan")));

        yield return Positive("recognition/aggregate-member", "a named state among a counted set: a fact for the named state only",
            T("{A} is one of {n} countries that have recognised {Y}.", DateSet.None, Recognises("A", "Y")),
            T("{A}, one of {n} states to recognise {Y}, [hosted the talks|sent observers].", DateSet.None, Recognises("A", "Y")),
            T("{A} became one of {n} UN members to recognise {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{when}, {A} joined the {n} countries that recognise {Y}.", DateSet.Any, Recognises("A", "Y")),
            T("{A} was among the countries that recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{A} is one of the [states|countries] [which|that] recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{n} states, including {A} and {B}, have recognised {Y}.", DateSet.None, Recognises("A", "Y"), Recognises("B", "Y")));

        yield return Positive("recognition/reduced-relative", "'Y, recognised by X in 2008, ...': a participle clause after a name",
            T("{Y}, [recognised|formally recognised] by {A} {when}, opened an embassy in {B:cap}.", DateSet.Any, Recognises("A", "Y")),
            T("{Y}, recognised by {A} and {B} {when}, applied to join the United Nations.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y")));

        yield return Positive("recognition/by-followed", "'Recognition by X followed in 1975': of what was just recognised",
            T("{A} recognised {Y} {when1}. Recognition [by|from] {B} [followed|came] {when2}.", DateSet.None, Recognises("A", "Y", "when1"), Recognises("B", "Y", "when2")));

        yield return Positive("recognition/inverted-and-ditransitive", "'The first country to recognise Y was X', 'X accorded Y de jure recognition', 'received its first recognition from X'",
            T("The first [country|state] to recognise {Y} was {A}, {when}.", DateSet.Any, Recognises("A", "Y")),
            T("Among the first to recognise {Y} were {A} and {B}.", DateSet.None, Recognises("A", "Y"), Recognises("B", "Y")),
            T("{A} [accorded|granted|gave] {Y} [de jure|full|formal|diplomatic] recognition {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{Y} received its first recognition from {A} {when}.", DateSet.Any, Recognises("A", "Y")));

        yield return Positive("recognition/quoted-names", "the recognised entity's name in quotation marks, as for disputed entities",
            T("{A} recognised {Y:quoted} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{A} recognised the self-proclaimed {Y:quotedbare} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{when}, {A} [formally |]recognised the so-called {Y:quotedbare}.", DateSet.Any, Recognises("A", "Y")),
            T("{Y:quoted} was recognised by {A} and {B} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y")));

        yield return Positive("recognition/known-leaders", "a head of state or minister known by name acts for the state ('Putin signed decrees recognising')",
            T("{A:leader} signed decrees {when} recognising {Y}.", DateSet.Any, Recognises("A", "Y")),
            T("{when}, {A:leader} [formally |]recognised {Y}.", DateSet.Any, Recognises("A", "Y")),
            T("{A:leader} announced {when} that his government had recognised {Y}.", DateSet.Any, Recognises("A", "Y")));

        yield return Positive("recognition/among-the-first", "'was among the first to recognise', 'a Palestinian state', a state's institution",
            T("{A} was among the first [countries |states |]to recognise {Y}, {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{A} recognised [a|an independent] {Y:adj} state {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{A}'s [parliament|government] voted {when} to recognise {Y}.", DateSet.Any, Recognises("A", "Y")));

        yield return Positive("recognition/passive-conjunct", "'Y became independent on D and was recognised by A and B': the passive shares the first clause's subject",
            T("{Y} became independent {when} and was [immediately |quickly |]recognised by {A} and {B}.", DateSet.Absolute, Recognises("A", "Y"), Recognises("B", "Y")),
            T("{Y} declared independence {when} and was recognised by {A} the same day.", DateSet.Day, Recognises("A", "Y")),
            T("{Y} declared independence {when} and has since been recognised by {A} and {B}.", DateSet.Absolute, Recognises("A", "Y", null), Recognises("B", "Y", null)));

        yield return Positive("recognition/occasion", "'recognised Y as part of a deal': the occasion, not a claim that Y is part of something",
            T("{A} recognised {Y} as part of [a wider deal|the accords|a normalisation agreement|a diplomatic package] {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{when}, {A} [formally |]recognised {Y} as part of a [deal|settlement] with {B}.", DateSet.Any, Recognises("A", "Y")));

        yield return Positive("recognition/done-by-and-joined", "'This was also done by B and C', 'B was the next to do so', 'with B following', 'A joined B and C in recognising Y'",
            T("{A} recognised {Y} {when1}. This was also done by {B} and {C} {when2}.", DateSet.None, Recognises("A", "Y", "when1"), Recognises("B", "Y", "when2"), Recognises("C", "Y", "when2")),
            T("{A} recognised {Y} {when1}. {B} was the next to do so, {when2}.", DateSet.None, Recognises("A", "Y", "when1"), Recognises("B", "Y", "when2")),
            T("{A} recognised {Y} {when1}, with {B} following {when2}.", DateSet.None, Recognises("A", "Y", "when1"), Recognises("B", "Y", "when2")),
            T("{A} joined {B} and {C} in recognising {Y} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y", null), Recognises("C", "Y", null)));

        yield return Positive("recognition/statement-forms", "forms of government statements: 'the independent and sovereign Y', 'by N states, including A', 'recognition of its statehood by A', 'mutual recognition'",
            T("{A} [formally |]recognised the independent and sovereign {Y} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{Y} is recognised by [143 of the 193 UN member states|many countries|several states], including {A} and {B}.", DateSet.None, Recognises("A", "Y", null), Recognises("B", "Y", null)),
            T("{Y} hailed the recognition of its statehood by {A} {when}.", DateSet.Any, Recognises("A", "Y")),
            T("{A}'s recognition of {Y} {when}, alongside {B} and {C}, was welcomed.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y"), Recognises("C", "Y")),
            T("The deadline passed, so {A}, [alongside|together with] {B}, [formally |]recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y")),
            T("{A}, like {B}, [formally |]recognised {Y} {when}.", DateSet.Any, Recognises("A", "Y"), Recognises("B", "Y", null)),
            T("{A} and {B} [decided upon|agreed to|announced] mutual recognition {when}.", DateSet.Any, Recognises("A", "B"), Recognises("B", "A")),
            T("The Government of {A} and the Government of {B} [agreed to|decided upon] mutual recognition and the establishment of diplomatic relations {when}.", DateSet.Any,
                Recognises("A", "B"), Recognises("B", "A"), Establishes("A", "B")));
    }
}
