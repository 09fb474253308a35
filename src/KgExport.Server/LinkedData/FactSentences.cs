using System.Globalization;
using KgExport.Ontology;
using KgExport.Rdf;
using static KgExport.Server.LinkedData.StoreLookups;

namespace KgExport.Server.LinkedData;

/// <summary>
/// A fact of the ontology told as English sentences, for the top of its page: "North Korea recognised the Donetsk
/// People's Republic as a state on 13 July 2022, according to KCNA and Denis Pushilin.", then what else the fact
/// says (its ordinal, who announced it, whether a person reviewed it). Nothing for a node that is no fact.
/// </summary>
public static class FactSentences
{
    public static IReadOnlyList<Sentence> Describe(Dataset dataset, Iri fact)
    {
        var sentences = new List<Sentence>();
        if (HasType(dataset, fact, Terms.Class.RecognitionAct)) Recognition(dataset, fact, sentences);
        else if (HasType(dataset, fact, Terms.Class.SeveranceOfRelations)) Severance(dataset, fact, sentences);
        else if (HasType(dataset, fact, Terms.Class.EstablishmentOfRelations)) Establishment(dataset, fact, sentences);
        else if (HasType(dataset, fact, Terms.Class.Annexation)) Annexation(dataset, fact, sentences);
        else if (HasType(dataset, fact, Terms.Class.Stance)) Stance(dataset, fact, sentences);
        else if (HasType(dataset, fact, Terms.Class.Quote)) Quote(dataset, fact, sentences);
        else if (HasType(dataset, fact, Terms.Class.RoleHolding)) Role(dataset, fact, sentences);
        else return sentences;
        DatesPerArticle(dataset, fact, sentences);
        if (ClaimObject(dataset, fact, Terms.Confidence) is Literal confidence)
        {
            sentences.Add(new Sentence().Text($"Read from the article by the extractor, with confidence {confidence.LexicalForm}; no person has reviewed it."));
        }
        return sentences;
    }

    /// <summary>The fact as a noun phrase ("Russia's annexation of Crimea (2014)"), or null for a node that is no event.</summary>
    public static string? NounPhrase(Dataset dataset, Term fact)
    {
        var date = DateOf(dataset, fact) is { } d ? " (" + d.Short + ")" : "";
        if (HasType(dataset, fact, Terms.Class.RecognitionAct))
        {
            var (r, e) = (Mid(dataset, fact, Terms.Recogniser), Mid(dataset, fact, Terms.Recognised));
            return IsWithdrawal(dataset, fact)
                ? $"{EnglishNames.Possessive(r)} withdrawal of its recognition of {e}{date}"
                : $"{EnglishNames.Possessive(r)} recognition of {e}{date}";
        }
        if (HasType(dataset, fact, Terms.Class.SeveranceOfRelations))
        {
            return $"{EnglishNames.Possessive(Mid(dataset, fact, Terms.SeveredBy))} severance of relations with {Mid(dataset, fact, Terms.SeveredWith)}{date}";
        }
        if (HasType(dataset, fact, Terms.Class.EstablishmentOfRelations))
        {
            return $"the establishment of relations between {EnglishNames.List(Parties(dataset, fact).Select(p => p.Text).ToList())}{date}";
        }
        if (HasType(dataset, fact, Terms.Class.Annexation))
        {
            return $"{EnglishNames.Possessive(Mid(dataset, fact, Terms.Annexer))} annexation of {Mid(dataset, fact, Terms.Annexed)}{date}";
        }
        return null;
    }

    /// <summary>The fact's date in words as its claims give it (the earliest when they give several), or null.</summary>
    public static FactDateText? DateOf(Dataset dataset, Term fact) =>
        ClaimObjects(dataset, fact, Terms.Date).OfType<Literal>().Select(FactDateText.From).OfType<FactDateText>()
            .OrderBy(d => d.Earliest).ThenBy(d => d.Latest).FirstOrDefault();

    public static bool IsWithdrawal(Dataset dataset, Term fact) =>
        AllGraphs(dataset, fact, Terms.RecognitionPolarity, Terms.Value.WithdrawalOfRecognition).Any();

    private static void Recognition(Dataset dataset, Iri fact, List<Sentence> sentences)
    {
        var s = new Sentence();
        Actor(dataset, s, fact, Terms.Recogniser, start: true);
        var withdrawal = IsWithdrawal(dataset, fact);
        s.Text(withdrawal ? " withdrew its recognition of " : " recognised ");
        Actor(dataset, s, fact, Terms.Recognised, start: false);
        if (!withdrawal)
        {
            s.Text(AllGraphs(dataset, fact, Terms.RecognitionKind, Terms.Value.GovernmentRecognition).Any() ? " as the lawful government" : " as a state");
        }
        End(dataset, s, fact);
        sentences.Add(s);

        var details = new List<string>();
        if (ClaimObject(dataset, fact, Terms.Ordinal) is Literal ordinal && int.TryParse(ordinal.LexicalForm, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            var scope = ClaimObject(dataset, fact, Terms.OrdinalScope) is Literal { LexicalForm.Length: > 0 } group ? " " + group.LexicalForm : "";
            details.Add($"{Start(dataset, fact, Terms.Recogniser)} was the {EnglishNames.Ordinal(n)}{scope} to {(withdrawal ? "withdraw its recognition" : "recognise it")}");
        }
        var announcers = Names(dataset, Objects(dataset, fact, Terms.AnnouncedBy));
        var instruments = Objects(dataset, fact, Terms.Instrument).OfType<Literal>().Select(l => l.LexicalForm).Order(StringComparer.Ordinal).ToList();
        if (details.Count > 0 || announcers.Count > 0 || instruments.Count > 0)
        {
            var d = new Sentence().Text(string.Join("; ", details));
            if (announcers.Count > 0)
            {
                d.Text(details.Count > 0 ? "; it was announced by " : "It was announced by ").Names(announcers);
            }
            if (instruments.Count > 0)
            {
                d.Text(details.Count > 0 || announcers.Count > 0 ? ", " : "It was made ").Text("in " + EnglishNames.List(instruments));
            }
            sentences.Add(d.Text("."));
        }
    }

    private static void Severance(Dataset dataset, Iri fact, List<Sentence> sentences)
    {
        var s = new Sentence();
        Actor(dataset, s, fact, Terms.SeveredBy, start: true);
        s.Text(" severed diplomatic relations with ");
        Actor(dataset, s, fact, Terms.SeveredWith, start: false);
        End(dataset, s, fact);
        sentences.Add(s);
        Responses(dataset, fact, sentences);
    }

    private static void Establishment(Dataset dataset, Iri fact, List<Sentence> sentences)
    {
        var s = new Sentence();
        var parties = Parties(dataset, fact);
        if (parties.Count > 0) parties[0] = (Capitalised(parties[0].Text), parties[0].Term);
        s.Names(parties);
        var restored = Object(dataset, fact, Terms.Restoration) is Literal { LexicalForm: "true" or "1" };
        s.Text(restored ? " restored diplomatic relations" : " established diplomatic relations");
        End(dataset, s, fact);
        sentences.Add(s);
        Responses(dataset, fact, sentences);
    }

    private static void Annexation(Dataset dataset, Iri fact, List<Sentence> sentences)
    {
        var s = new Sentence();
        Actor(dataset, s, fact, Terms.Annexer, start: true);
        s.Text(" annexed ");
        Actor(dataset, s, fact, Terms.Annexed, start: false);
        End(dataset, s, fact);
        sentences.Add(s);
    }

    private static void Stance(Dataset dataset, Iri fact, List<Sentence> sentences)
    {
        var s = new Sentence();
        Actor(dataset, s, fact, Terms.StanceHolder, start: true);
        s.Text(AllGraphs(dataset, fact, Terms.Position, Terms.Value.Rejection).Any() ? " rejected " : " endorsed ");
        var targets = Objects(dataset, fact, Terms.StanceTarget).OrderBy(t => t, TermComparer.Instance)
            .Select(t => (Text: NounPhrase(dataset, t) ?? NameOf(dataset, t), Term: t)).ToList();
        s.Names(targets);
        End(dataset, s, fact, @event: false);
        sentences.Add(s);
    }

    private static void Quote(Dataset dataset, Iri fact, List<Sentence> sentences)
    {
        var s = new Sentence();
        Actor(dataset, s, fact, Terms.Speaker, start: true);
        var text = Objects(dataset, fact, Terms.QuotedText).OfType<Literal>().Select(l => l.LexicalForm).Order(StringComparer.Ordinal).FirstOrDefault() ?? "";
        s.Text(" said “" + text + "”");
        var media = Names(dataset, Objects(dataset, fact, Terms.Medium).Where(m => !Objects(dataset, fact, Terms.Speaker).Contains(m)));
        if (media.Count > 0) s.Text(" through ").Names(media);
        End(dataset, s, fact, leaveOut: Objects(dataset, fact, Terms.Speaker).ToHashSet(), @event: false);
        sentences.Add(s);
    }

    private static void Role(Dataset dataset, Iri fact, List<Sentence> sentences)
    {
        var s = new Sentence();
        Actor(dataset, s, fact, Terms.RolePerson, start: true);
        var kind = Object(dataset, fact, Terms.RoleKind);
        s.Text(kind == Terms.Value.HeadOfEntity ? " was the head of "
            : kind == Terms.Value.ForeignMinister ? " was the foreign minister of "
            : kind == Terms.Value.Ambassador ? " was an ambassador of "
            : " held a role for ");
        Actor(dataset, s, fact, Terms.RoleOf, start: false);
        if (Object(dataset, fact, Terms.AccreditedTo) is { } host)
        {
            s.Text(" to ").Name(EnglishNames.InSentence(NameOf(dataset, host)), host);
        }
        End(dataset, s, fact, @event: false);
        sentences.Add(s);
    }

    /// <summary>
    /// When articles' claims give the fact different dates: "The articles differ on the date: on 13 July 2022
    /// according to A, on 12 July 2022 according to B." Each article by its headline, linked; nothing when they agree.
    /// </summary>
    private static void DatesPerArticle(Dataset dataset, Iri fact, List<Sentence> sentences)
    {
        var claimed = ClaimsAbout(dataset, fact)
            .SelectMany(c => Objects(dataset, c, Terms.Date).OfType<Literal>().SelectMany(d => Objects(dataset, c, Terms.WasDerivedFrom).Select(a => (Date: d, Article: a))))
            .Distinct().ToList();
        var dates = claimed.Select(x => x.Date).Distinct().ToList();
        if (dates.Count < 2) return;
        var s = new Sentence().Text("The articles differ on the date: ");
        var first = true;
        foreach (var (date, article) in claimed
                     .Select(x => (Text: FactDateText.From(x.Date), x.Article))
                     .Where(x => x.Text is not null)
                     .OrderBy(x => x.Text!.Earliest).ThenBy(x => x.Text!.Latest).ThenBy(x => x.Article, TermComparer.Instance)
                     .Select(x => (x.Text!, x.Article)))
        {
            if (!first) s.Text(", ");
            first = false;
            var headline = Objects(dataset, article, Terms.Headline).OfType<Literal>().Select(l => l.LexicalForm).Order(StringComparer.Ordinal).FirstOrDefault();
            s.Text(date.Phrase + " according to ").Name(headline is null ? NameOf(dataset, article) : "“" + headline + "”", article);
        }
        sentences.Add(s.Text("."));
    }

    /// <summary>"It answered X's recognition of Y." for an event made in response to others.</summary>
    private static void Responses(Dataset dataset, Iri fact, List<Sentence> sentences)
    {
        var answered = Objects(dataset, fact, Terms.InResponseTo).OrderBy(t => t, TermComparer.Instance)
            .Select(t => (Text: NounPhrase(dataset, t) ?? NameOf(dataset, t), Term: t)).ToList();
        if (answered.Count > 0) sentences.Add(new Sentence().Text("It answered ").Names(answered).Text("."));
    }

    /// <summary>The date (or that none is given), the sources the fact is attributed to, and the full stop.</summary>
    /// <param name="event">An event says when no date is given; a stance, quote or role has a date only when the article gives one.</param>
    private static void End(Dataset dataset, Sentence s, Iri fact, IReadOnlySet<Term>? leaveOut = null, bool @event = true)
    {
        if (DateOf(dataset, fact) is { } date) s.Text(" " + date.Phrase);
        else if (@event) s.Text(" (no date given)");
        // Institutions (an agency's report) before the people quoted, each group by name.
        var sources = ClaimObjects(dataset, fact, Terms.WasAttributedTo).Where(t => leaveOut is null || !leaveOut.Contains(t))
            .Select(t => (Text: ShortNameOf(dataset, t) ?? NameOf(dataset, t), Term: t))
            .OrderBy(t => HasType(dataset, t.Term, Terms.Class.Person)).ThenBy(t => t.Text, StringComparer.Ordinal).ToList();
        if (sources.Count > 0) s.Text(", according to ").Names(sources);
        s.Text(".");
    }

    private static void Actor(Dataset dataset, Sentence s, Iri fact, Iri role, bool start)
    {
        var actors = Objects(dataset, fact, role).OrderBy(t => t, TermComparer.Instance)
            .Select(t => (Text: EnglishNames.InSentence(NameOf(dataset, t)), Term: t)).ToList();
        if (actors.Count == 0) actors.Add(("someone the article does not name", fact));
        if (start) actors[0] = (Capitalised(actors[0].Text), actors[0].Term);
        s.Names(actors);
    }

    private static List<(string Text, Term Term)> Names(Dataset dataset, IEnumerable<Term> terms) =>
        terms.Select(t => (Text: EnglishNames.InSentence(NameOf(dataset, t)), Term: t)).OrderBy(t => t.Text, StringComparer.Ordinal).ToList();

    private static List<(string Text, Term Term)> Parties(Dataset dataset, Term fact) => Names(dataset, Objects(dataset, fact, Terms.Party));

    private static string Mid(Dataset dataset, Term fact, Iri role) =>
        EnglishNames.List(Objects(dataset, fact, role).Select(t => EnglishNames.InSentence(NameOf(dataset, t))).Order(StringComparer.Ordinal).ToList()) is { Length: > 0 } text ? text : "someone";

    private static string Start(Dataset dataset, Term fact, Iri role) => Capitalised(Mid(dataset, fact, role));

    private static string Capitalised(string text) =>
        text.StartsWith("the ", StringComparison.Ordinal) ? "The " + text[4..] : text;
}
