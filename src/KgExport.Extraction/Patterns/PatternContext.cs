using KgExport.Extraction.Dates;
using KgExport.Extraction.Findings;
using KgExport.Extraction.Mentions;
using KgExport.Facts;
using GazetteerTable = KgExport.Extraction.Gazetteer.Gazetteer;

namespace KgExport.Extraction.Patterns;

/// <summary>What a fact pattern needs while reading one sentence.</summary>
public sealed class PatternContext(
    SentenceAnalysis analysis,
    Discourse discourse,
    PublicationDate published,
    GazetteerTable gazetteer,
    List<Person> persons,
    FindingSet findings)
{
    public SentenceAnalysis A { get; } = analysis;
    public Discourse Discourse { get; } = discourse;
    public PublicationDate Published { get; } = published;
    public GazetteerTable Gazetteer { get; } = gazetteer;
    public List<Person> Persons { get; } = persons;
    public FindingSet Findings { get; } = findings;

    /// <summary>The states and breakaway entities a list of mentions stands for (a person stands for the state whose office they hold).</summary>
    public List<string> Polities(IEnumerable<Mention> mentions)
    {
        var result = new List<string>();
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Adjective || m.Kind == MentionKind.Reciprocal) continue;
            foreach (var id in m.Entities)
            {
                var polity = m.Kind == MentionKind.Person ? Persons.FirstOrDefault(p => p.Id == id)?.Of : id;
                // "recognised the independence of the Donetsk and Luhansk regions": the republics proclaimed there
                if (polity is not null && Gazetteer.ById(polity) is { Kind: EntityType.Region, Of: { } proclaimed }) polity = proclaimed;
                if (polity is not null && Gazetteer.ById(polity)?.IsPolity == true && !result.Contains(polity)) result.Add(polity);
            }
        }
        return result;
    }

    /// <summary>The states named right after "relations/ties with" (past a "the") before token <paramref name="before"/>, in order.</summary>
    public IEnumerable<string> RelationsPartners(int before)
    {
        for (var k = 0; k + 2 < before; k++)
        {
            if (!Lexicon.RelationNouns.Contains(A.Lower(k)) || A.Lower(k + 1) != "with") continue;
            var j = A.Lower(k + 2) == "the" && A.StartingAt(k + 2) is null ? k + 3 : k + 2;
            if (A.StartingAt(j) is { Kind: MentionKind.Named } m && Polities([m]) is [var one]) yield return one;
        }
    }

    /// <summary>Entities of any kind a list of mentions stands for (for annexed regions).</summary>
    public List<string> Entities(IEnumerable<Mention> mentions) =>
        mentions.Where(m => m.Kind is not (MentionKind.Adjective or MentionKind.Person or MentionKind.Reciprocal)).SelectMany(m => m.Entities).Distinct().ToList();

    public string? PersonIn(IEnumerable<Mention> mentions) =>
        mentions.FirstOrDefault(m => m.Kind == MentionKind.Person)?.Entities.FirstOrDefault();

    public EvidenceSpan Evidence(int first, int last)
    {
        var (start, end) = A.Span(first, last);
        return new EvidenceSpan(start, end, A.Text[start..end]);
    }

    /// <summary>Evidence from <paramref name="first"/> to the end of the clause holding <paramref name="trigger"/>.</summary>
    public EvidenceSpan ClauseEvidence(int first, int trigger)
    {
        var (_, last) = A.ClauseRange(trigger);
        return Evidence(first, last);
    }

    /// <summary>The actor of the act this sentence last reported, for a conjunct without its own subject ("X severed ties with Y and recognised Z").</summary>
    public (List<Mention> Items, int First)? LastActor { get; set; }

    /// <summary>The pairs of the last relation this sentence reported, for an elided conjunct ("and resumed on ...").</summary>
    public List<(string A, string B)>? LastPairs { get; set; }

    /// <summary>Whether <see cref="LastPairs"/> came from an act with one actor (its first member) rather than a joint one.</summary>
    public bool LastPairsDirected { get; set; }

    /// <summary>
    /// Who acts in <paramref name="frame"/>: agents the frame names, else the subject of its governing verb, else
    /// (for a conjunct or a participle after "thus") the sentence's last actor or its first subject.
    /// </summary>
    public (List<Mention> Items, int First)? Actor(Frame frame)
    {
        if (frame.Agents is { Count: > 0 } named) return (named, frame.AgentFirst);
        if (!frame.FromPreviousClause && ArgumentReader.Subject(A, frame.Verb) is { } subject) return subject;
        var k = frame.Verb - 1;
        while (k >= 0 && (ArgumentReader.IsVerbGroupWord(A.Lower(k)) || A.Lower(k) is "not" or "n't") && A.EndingAt(k) is null) k--;
        var conjunct = frame.FromPreviousClause || A.Lower(k) is "and" or "but" or "then" or "instead" or "," or "later" or "subsequently";
        if (!conjunct) return null;
        return LastActor ?? FirstSubject(frame.Verb);
    }

    /// <summary>A trigger in the simple present ("recognises", "severs") or after "now"/"hereby": an act done as the text is issued.</summary>
    private bool IsPresentAct(int trigger)
    {
        var w = A.Lower(trigger);
        var present = w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && (Lexicon.Recognise.Contains(w) || Lexicon.Establish.Contains(w) || Lexicon.Sever.Contains(w) || Lexicon.Annex.Contains(w));
        // "The Government of X has decided to recognise", "have decided to resume": a decision the statement announces
        var decided = A.Lower(trigger - 1) == "to" && A.Lower(trigger - 2) is "decided" && (A.Lower(trigger - 3) is "has" or "have" || A.Lower(trigger - 4) is "has" or "have");
        // "We (formally) recognise the Republic of South Sudan": a first-person present is the speaker's act as they speak
        var k = trigger - 1;
        while (k >= 0 && (A.Lower(k).EndsWith("ly", StringComparison.Ordinal) || A.Lower(k) is "now" or "hereby" or "today")) k--;
        var firstPerson = A.Lower(k) is "we" or "i" && !w.EndsWith("ed", StringComparison.Ordinal) && (Lexicon.Recognise.Contains(w) || Lexicon.Establish.Contains(w) || Lexicon.Sever.Contains(w));
        // "Kiev is terminating diplomatic relations with Moscow", "Ukraine is severing ties": a progressive present is under way as the text is issued
        var progressive = w.EndsWith("ing", StringComparison.Ordinal) && A.Lower(trigger - 1) is "is" or "are" && (Lexicon.Recognise.Contains(w) || Lexicon.Establish.Contains(w) || Lexicon.Sever.Contains(w));
        return present || decided || firstPerson || progressive || A.Lower(trigger - 1) is "now" or "hereby" || (A.Lower(trigger - 1).EndsWith("ly", StringComparison.Ordinal) && A.Lower(trigger - 2) is "now" or "hereby");
    }

    /// <summary>"has established", "have recognised": a perfect, which says that, not when.</summary>
    private bool IsPresentPerfect(int trigger)
    {
        var k = trigger - 1;
        while (k >= 0 && ArgumentReader.IsVerbGroupWord(A.Lower(k)) && A.Lower(k) is not ("has" or "have")) k--;
        return A.Lower(k) is "has" or "have";
    }

    /// <summary>Whether <paramref name="subject"/> is the sentence's own subject ("X and Y signed a treaty and established relations").</summary>
    public bool IsSentenceSubject((List<Mention> Items, int First) subject) => FirstSubject(A.Count) is { } s && s.First == subject.First;

    /// <summary>
    /// The subject a passive conjunct shares with the clause before it: "X became independent on 20 May 2002 and was
    /// recognised by A", "X declared independence and has since been recognised by B"; null when the verb group does
    /// not follow "and"/"but".
    /// </summary>
    public (List<Mention> Items, int First)? ConjunctPatient(int verb)
    {
        var k = verb - 1;
        while (k >= 0 && ArgumentReader.IsVerbGroupWord(A.Lower(k)) && A.EndingAt(k) is null) k--;
        return A.Lower(k) is "and" or "but" && FirstSubject(k) is { } first && first.First < k ? first : null;
    }

    /// <summary>The act's actor this sentence last named, else its subject.</summary>
    public (List<Mention> Items, int First)? SentenceActor() => LastActor ?? FirstSubject(A.Count);

    /// <summary>The first list of states at the start of a clause before <paramref name="before"/> that no preposition governs.</summary>
    private (List<Mention> Items, int First)? FirstSubject(int before)
    {
        // the sentence's subject: at its start, or right after a leading adverbial set off by a comma ("In 2013, X ...")
        var i = 0;
        // a dateline opening the sentence ("DUBAI, March 27, 2022 (AP) - The Lebanese Republic ...")
        for (var d = 0; d < Math.Min(before, 16); d++)
        {
            if (A[d].Text is "-" or "--" && A.Dates.Any(x => x.Last < d))
            {
                i = d + 1;
                break;
            }
        }
        if (A.StartingAt(i) is null && A.Lower(i) is "the") i++;
        // after leading adverbials set off by commas ("However, in 2013, The Gambia ...")
        for (var comma = i; A.StartingAt(i) is null && comma < before; comma++)
        {
            if (A[comma].Text != ",") continue;
            i = comma + 1;
            if (A.StartingAt(i) is null && A.Lower(i) is "the") i++;
        }
        // a leading date without a comma ("In 1975 Indonesia invaded ...", "On 4 June Armenia ...")
        if (A.StartingAt(i) is null && A.Lower(i) is "in" or "on" && A.Dates.FirstOrDefault(d => d.First == i + 1) is { } opening)
        {
            i = opening.Last + 1;
            if (A.StartingAt(i) is null && A.Lower(i) is "the") i++;
        }
        if (ArgumentReader.ActorStartingAt(A, i) is not { } m || m.Kind is MentionKind.Adjective || Polities([m]).Count == 0) return null;
        var (items, _, _) = ArgumentReader.ListRight(A, m.First);
        return items.Count == 0 ? null : (items, m.First);
    }

    /// <summary>
    /// The act's date from its clause or sentence; a sentence without any date takes the year of the sentence just
    /// before it when that one gave a date ("In 1996, X established relations with Y. However, X severed ..."). That
    /// is the precision the text makes certain at most.
    /// </summary>
    public DateResolution Date(int trigger, int subjectFirst = -1)
    {
        var date = DateAssigner.Resolve(A, trigger, Published, Discourse, subjectFirst);
        if (date.Date is not null || date.Note is not null || A.Dates.Count > 0) return date;
        // "The United Kingdom now recognises X" in a dated statement: the act is the statement's
        if (Published.Date is { Day: not null } issued && IsPresentAct(trigger))
        {
            return new DateResolution(issued, null, null, $"\"{A[trigger].Text}\" in the present of a text dated {issued}: its date");
        }
        // "Japan today recognized East Timor. [Officials] exchanged Notes to establish diplomatic relations.": a statement
        // narrating its own day's acts; the day of the "today" just before dates the undated past act after it
        if (Discourse.LastDated is { Day: not null } statementDay && Discourse.LastDatedToday && Discourse.LastDatedSentence == A.Sentence.Index - 1 && !IsPresentPerfect(trigger))
        {
            return new DateResolution(statementDay, null, null, $"no date in the sentence: the day {statementDay} of the statement's \"today\" in the sentence before");
        }
        if (Discourse.LastDated is { } earlier && Discourse.LastDatedSentence == A.Sentence.Index - 1)
        {
            return new DateResolution(new PartialDate(earlier.Year), null, null, $"no date in the sentence: the year {earlier.Year} of the sentence before");
        }
        return date;
    }
}
