using KgExport.Extraction.Dates;
using KgExport.Extraction.Findings;
using KgExport.Extraction.Gazetteer;
using KgExport.Extraction.Mentions;
using KgExport.Extraction.Patterns;
using KgExport.Extraction.Text;
using KgExport.Facts;
using GazetteerTable = KgExport.Extraction.Gazetteer.Gazetteer;

namespace KgExport.Extraction;

/// <summary>
/// Reads facts out of an article: finds mentions in every sentence, resolves references against what was said
/// before (or, for "two ... republics" before their names, just after), then runs the fact patterns sentence by
/// sentence and merges what they find about the same act.
/// </summary>
public sealed class FactExtractor(GazetteerTable gazetteer)
{
    /// <summary>How many sentences ahead a plural reference may look for the group it names.</summary>
    private const int LookAheadSentences = 2;

    public FactExtractor()
        : this(GazetteerTable.Default)
    {
    }

    public ExtractionResult Extract(ArticleDocument article, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ExtractionOptions();
        if (options.Published is { } given && article.StatedPublished is null)
        {
            article = new ArticleDocument(article.Id, article.Text, article.Paragraphs) { Dateline = article.Dateline, StatedPublished = given };
        }
        var published = PublicationDateResolver.Resolve(article, options.Today);
        if (!TriggerScreen.MayStateAFact(article.Text))
        {
            var skipped = Result(article, published, new FindingSet(), [], new SourceRegistry(), []);
            skipped.Notes.Add("No word of recognition, relations or annexation in the text: not read further.");
            return skipped;
        }
        var finder = new MentionFinder(gazetteer);
        var persons = new List<Person>();
        var sentences = article.Sentences;

        // Pass 1: mentions, dates and the groups named in each sentence.
        var analyses = new List<SentenceAnalysis>(sentences.Count);
        var groups = new List<List<(long Position, string[] Entities)>>(sentences.Count);
        foreach (var s in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var a = new SentenceAnalysis(article.Text, s, finder.Find(s, persons), DateFinder.Find(s));
            analyses.Add(a);
            groups.Add(NamedGroups(a, s.Index));
        }

        AttributeQuotedStatements(analyses);

        // Pass 2: references, then facts, sentence by sentence.
        var discourse = new Discourse(gazetteer) { SignedOn = SigningDate(analyses) };
        if (RelationsHeadline(article.Headline) is var (first, second))
        {
            // "Fiji–Tonga relations": what "the two countries" and "diplomatic relations were established" are about
            discourse.LastPair = (first, second);
            discourse.HeadlinePair = (first, second);
            discourse.AddGroup(-1, [first, second]);
        }
        var findings = new FindingSet();
        var sources = new SourceRegistry();
        var quotes = new List<QuoteFinding>();
        var publisher = article.Dateline?.Agency is { } agencyName ? gazetteer.ByName(agencyName) : null;
        string? publisherSource = null;
        if (publisher is not null && article.Dateline is { } dl)
        {
            publisherSource = sources.Add("src-" + publisher.Id, SourceType.NewsReport, publisher.Id, null, published.Date, new EvidenceSpan(dl.Start, dl.End, dl.Text));
        }
        foreach (var a in analyses)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = a.Sentence.Index;
            foreach (var g in groups[index]) discourse.AddGroup(g.Position, g.Entities);
            var ahead = groups.Skip(index).Take(LookAheadSentences + 1).SelectMany(x => x);
            ResolveReferences(a, index, discourse, ahead, persons, findings, IsState, IsBreakaway);
            FillOffices(a, persons, discourse);
            NoteDeclarations(a, discourse);
            findings.FromCurrentSentence.Clear();
            var context = new PatternContext(a, discourse, published, gazetteer, persons, findings);
            RecognitionPatterns.Apply(context);
            RelationPatterns.Apply(context);
            AnnexationPatterns.Apply(context);
            EllipsisPatterns.Apply(context);
            StancePatterns.Apply(context);
            AttributionPatterns.Apply(context, sources, publisherSource);
            QuotePatterns.Apply(context, quotes);
            Remember(a, discourse, published, article.Dateline);
        }

        findings.SettleAgentlessSeverances();
        return Result(article, published, findings, persons, sources, quotes);
    }

    /// <summary>
    /// The day a document in the text was signed: a sentence opening "Done in/at PLACE, on DATE" or "Signed in/at PLACE
    /// on DATE", the closing formula of treaties and joint communiques. Null when there is none, or several disagree.
    /// </summary>
    private static PartialDate? SigningDate(List<SentenceAnalysis> analyses)
    {
        PartialDate? found = null;
        foreach (var a in analyses)
        {
            if (a.Count < 4 || a.Lower(0) is not ("done" or "signed") || a.Lower(1) is not ("in" or "at")) continue;
            if (a.Dates.FirstOrDefault(d => d.Kind == DateMentionKind.Absolute && d.Date is { Day: not null } && d.First < 16) is not { Date: { } date }) continue;
            if (found is not null && found != date) return null;
            found = date;
        }
        return found;
    }

    private ExtractionResult Result(ArticleDocument article, PublicationDate published, FindingSet findings, List<Person> persons, SourceRegistry sources, List<QuoteFinding> quotes)
    {
        var used = new List<string>();
        void Use(string? id)
        {
            if (id is not null && !used.Contains(id)) used.Add(id);
        }
        foreach (var r in findings.Recognitions)
        {
            Use(r.Recogniser);
            Use(r.Recognised);
        }
        foreach (var s in findings.Severances)
        {
            Use(s.By);
            Use(s.With);
        }
        foreach (var e in findings.Establishments)
        {
            Use(e.First);
            Use(e.Second);
        }
        foreach (var x in findings.Annexations)
        {
            Use(x.Annexer);
            Use(x.Annexed);
        }
        foreach (var s in findings.Stances) Use(s.Actor);
        foreach (var q in quotes)
        {
            Use(q.Speaker);
            Use(q.Medium);
        }
        foreach (var p in persons)
        {
            Use(p.Of);
            Use(p.To);
        }
        string? publisher = null;
        if (article.Dateline?.Agency is { } agency && gazetteer.ByName(agency) is { } agencyEntry)
        {
            publisher = agencyEntry.Id;
            Use(publisher);
        }
        var sourceList = sources.All.ToList();
        foreach (var s in sourceList)
        {
            Use(s.By);
            Use(s.Medium);
        }
        foreach (var channel in sources.Channels) Use(channel.Platform);
        var entities = used
            .Select(id => gazetteer.ById(id))
            .Where(e => e is not null)
            .Select(e => new ExtractedEntity(e!.Id, e.Name, e.Kind, e.Qid, AliasesUsed(article, e)))
            .Concat(sources.Channels)
            .ToList();
        var notes = new List<string> { "Publication date: " + published.How + "." };
        return new ExtractionResult
        {
            ArticleId = article.Id,
            Headline = article.Headline,
            Published = published,
            Dateline = article.Dateline?.Text,
            Publisher = publisher,
            Entities = entities,
            Persons = persons,
            Sources = sourceList,
            Recognitions = findings.Recognitions,
            Severances = findings.Severances,
            Establishments = findings.Establishments,
            Annexations = findings.Annexations,
            Stances = findings.Stances,
            Quotes = quotes,
            Notes = notes,
        };
    }

    /// <summary>The aliases of an entity that occur in the article (so reviewers see how the text named it).</summary>
    private static List<string> AliasesUsed(ArticleDocument article, GazetteerEntry e) =>
        e.Aliases.Where(a => a.Length > 1 && ContainsWord(article.Text, a)).Distinct().ToList();

    private static bool ContainsWord(string text, string word)
    {
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            var before = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            var after = i + word.Length >= text.Length || !char.IsLetterOrDigit(text[i + word.Length]);
            if (before && after) return true;
        }
        return false;
    }

    /// <summary>Coordinations of named states and breakaway entities ("Abkhazia and South Ossetia"), and shared-head names.</summary>
    private List<(long, string[])> NamedGroups(SentenceAnalysis a, int sentence)
    {
        var result = new List<(long, string[])>();
        foreach (var m in a.Mentions)
        {
            if (m.Kind == MentionKind.SharedHead) result.Add((Discourse.Position(sentence, m.First), m.Entities.ToArray()));
        }
        for (var i = 0; i < a.Count; i++)
        {
            var m = a.StartingAt(i);
            if (m is null || m.Kind != MentionKind.Named || !IsPolity(m)) continue;
            var (items, _, last) = ArgumentReader.ListRight(a, i);
            var polities = items.Where(x => x.Kind == MentionKind.Named && IsPolity(x)).SelectMany(x => x.Entities).Distinct().ToArray();
            // "the first country other than Russia and Syria to do so": states set apart are no group a reference means
            var excluded = a.Lower(i - 1) is "than" or "except" or "besides" or "excluding" or "unlike" || (a.Lower(i - 1) == "from" && a.Lower(i - 2) is "apart" or "aside");
            if (items.Count >= 2 && polities.Length == items.Count && !excluded) result.Add((Discourse.Position(sentence, i), polities));
            i = Math.Max(i, last);
        }
        return result;
    }

    /// <summary>The two states of an encyclopedia headline "X–Y relations" (en dash, hyphen or slash between the names).</summary>
    private (string, string)? RelationsHeadline(string? headline)
    {
        if (headline is null) return null;
        var text = headline.Trim();
        if (!text.EndsWith(" relations", StringComparison.OrdinalIgnoreCase)) return null;
        text = text[..^" relations".Length];
        foreach (var dash in new[] { '\u2013', '\u2014', '-', '/' })
        {
            var at = text.IndexOf(dash);
            while (at > 0)
            {
                var left = gazetteer.ByName(text[..at]);
                var right = gazetteer.ByName(text[(at + 1)..]);
                if (left is { IsPolity: true } && right is { IsPolity: true } && left.Id != right.Id) return (left.Id, right.Id);
                at = text.IndexOf(dash, at + 1);
            }
        }
        return null;
    }

    private bool IsState(string id) => gazetteer.ById(id)?.Kind is EntityType.State or EntityType.BreakawayEntity;

    private bool IsBreakaway(string id) => gazetteer.ById(id)?.Kind == EntityType.BreakawayEntity;

    /// <summary>
    /// "Israel occupied the Golan Heights, and in 1981 it annexed it": a subject "it" opening a clause joined by "and"
    /// or "but" continues the subject of the main clause before, when that subject is a state.
    /// </summary>
    private static string? PreviousSubject(SentenceAnalysis a, Mention m, Func<string, bool> isState)
    {
        if (a.Lower(m.First) != "it") return null;
        var (clauseFirst, _) = a.ClauseRange(m.First);
        var k = clauseFirst;
        if (a.Lower(k) == ",") k++;
        if (a.Lower(k) is not ("and" or "but") || clauseFirst == 0) return null;
        // only dates, adverbs and "then" between the conjunction and "it": "and in 1981 it", "but later it"
        for (var j = k + 1; j < m.First; j++)
        {
            if (a.IsInDate(j) || a.Lower(j) is "in" or "on" or "then" or "later" or "," or "subsequently" or "eventually") continue;
            return null;
        }
        var after = a.Lower(m.First + 1);
        if (!(after.EndsWith("ed", StringComparison.Ordinal) || Lexicon.Annex.Contains(after) || Lexicon.Recognise.Contains(after) || Lexicon.Sever.Contains(after) || Lexicon.Establish.Contains(after) || after is "has" or "had" or "was" or "formally" or "officially" or "also")) return null;
        var (previousFirst, _) = a.ClauseRange(clauseFirst - 1);
        if (a.Lower(previousFirst) is "after" or "before" or "when" or "since" or "as" or "while" or "although" or "because" or "if" or "though") return null;
        var subject = a.Mentions.FirstOrDefault(x => x.First >= previousFirst && x.Last < clauseFirst && x.Kind == MentionKind.Named && x.Entities.Count == 1);
        return subject is not null && isState(subject.Entities[0]) && ArgumentReader.Prepositions.Contains(a.Lower(subject.First - 1)) is false ? subject.Entities[0] : null;
    }

    private bool IsPolity(Mention m) => m.Entities.Count > 0 && m.Entities.All(e => gazetteer.ById(e)?.IsPolity == true);

    private void ResolveReferences(SentenceAnalysis a, int sentence, Discourse discourse, IEnumerable<(long Position, string[] Entities)> ahead, List<Person> persons, FindingSet findings, Func<string, bool> isState, Func<string, bool> isBreakaway)
    {
        foreach (var m in a.Mentions)
        {
            var position = Discourse.Position(sentence, m.First);
            switch (m.Kind)
            {
                case MentionKind.PluralReference:
                    var later = ahead.Where(g => g.Position > position);
                    if (discourse.ResolvePlural(position, m.Count, later) is { } group)
                    {
                        m.Entities.AddRange(group);
                        discourse.AddGroup(position, group);
                    }
                    else if (m.Count == 2 && a.Mentions.Where(x => x.Last < m.First && x.Kind is MentionKind.Named or MentionKind.SingularReference && x.Entities.Count == 1 && isState(x.Entities[0])).Select(x => x.Entities[0]).Distinct().ToList() is [var one, var two])
                    {
                        // "Colombia recognised Israel in 1949 and the two established relations in 1957": the two states just named
                        m.Entities.AddRange([one, two]);
                    }
                    else if (m.Count == 2 && discourse.LastPair is var (first, second))
                    {
                        // "X cut relations with Y in 2016. The two countries restored them in 2023."
                        m.Entities.AddRange([first, second]);
                    }
                    break;
                case MentionKind.Person when m.Entities.Count == 1:
                    discourse.LastPerson = m.Entities[0];
                    break;
                case MentionKind.SingularReference when m.Hint == "speaker":
                    if (Speaker(a, m, discourse, persons, isState) is { } speaker) m.Entities.Add(speaker);
                    break;
                case MentionKind.SingularReference when m.Hint == "new":
                    // "the new state": the entity that declared independence, else the one last recognised
                    if ((discourse.DeclaredIndependence ?? findings.Recognitions.LastOrDefault()?.Recognised) is { } newState) m.Entities.Add(newState);
                    break;
                case MentionKind.SingularReference when m.Hint is "latter" or "former":
                    if (OneOfPair(a, m, discourse) is { } member) m.Entities.Add(member);
                    break;
                case MentionKind.SingularReference when m.Hint == "breakaway":
                    // the last breakaway entity named before it, in this sentence or earlier
                    var named = a.Mentions.LastOrDefault(x => x.Last < m.First && x.Kind == MentionKind.Named && x.Entities.Count == 1 && isBreakaway(x.Entities[0]));
                    if ((named?.Entities[0] ?? discourse.LastBreakaway) is { } breakaway) m.Entities.Add(breakaway);
                    break;
                case MentionKind.SingularReference when m.Hint?.StartsWith(MentionFinder.DescriptionHint, StringComparison.Ordinal) == true:
                    if (Described(a, m, discourse, persons, isState) is { } described) m.Entities.Add(described);
                    break;
                case MentionKind.SingularReference when m.Hint is { } hint:
                    if (discourse.ResolveCompass(hint) is { } compass) m.Entities.Add(compass);
                    break;
                case MentionKind.SingularReference:
                    if (Antecedent(a, m, discourse, persons, isState) is { } target) m.Entities.Add(target);
                    break;
            }
        }
    }

    /// <summary>
    /// The state a first-person "I" or "we" speaks for: the one named after "on behalf of" in the sentence ("On behalf of
    /// the people of the United States, I ..."); in a quoted statement, the state of the speaker the attribution names
    /// ("“We have cut ties,” Bolivia's foreign minister said"); for "we" outside quotes, the state the sentence before
    /// was about. Otherwise nobody: an unattributed "we" is not guessed.
    /// </summary>
    private static string? Speaker(SentenceAnalysis a, Mention m, Discourse discourse, List<Person> persons, Func<string, bool> isState)
    {
        for (var k = 0; k + 2 < a.Count; k++)
        {
            if (a.Lower(k) != "on" || a.Lower(k + 1) != "behalf" || a.Lower(k + 2) != "of") continue;
            string? named = null;
            for (var j = k + 3; j < a.Count && a[j].Text != "," && j < k + 16; j++)
            {
                if (a.StartingAt(j) is { Kind: MentionKind.Named, Entities: [var e] } && isState(e)) named = e;
            }
            if (named is not null) return named;
        }
        if (a.Sentence.InQuote[m.First])
        {
            // the attribution after the closing quotation mark
            var close = m.First;
            while (close < a.Count && a.Sentence.InQuote[close]) close++;
            for (var j = close; j < Math.Min(a.Count, close + 12); j++)
            {
                if (a.StartingAt(j) is { } x && SpeakerState(x, null, persons, isState) is { } after) return after;
            }
            // "“We now recognise ...,” he told reporters": the person the text named last
            var pronoun = a.Lower(close) is "," or "\"" ? close + 1 : close;
            while (pronoun < a.Count && a[pronoun].Kind == TokenKind.Punctuation) pronoun++;
            if (a.Lower(pronoun) is "he" or "she" && a.Lower(pronoun + 1) is "said" or "says" or "told" or "added" or "wrote" or "stated" or "declared"
                && persons.FirstOrDefault(p => p.Id == discourse.LastPerson) is { } named)
            {
                return named.Of ?? (named.Office is not null && discourse.LastActor is { } acting && isState(acting) ? acting : null);
            }
            // the attribution before the opening quotation mark ("Jeremy Hunt said: “We now recognise ...”"): its speaker, the last one named
            var open = m.First;
            while (open > 0 && a.Sentence.InQuote[open - 1]) open--;
            for (var j = open - 1; j >= 0; j--)
            {
                if (a.EndingAt(j) is { } x && SpeakerState(x, discourse, persons, isState) is { } before) return before;
            }
            return null;
        }
        if (a.Lower(m.First) != "we") return null;
        // "We recognise X as a sovereign state, the Foreign Secretary said.": the speaker of a trailing attribution
        if (TrailingSpeaker(a, m.First, discourse, persons, isState) is { } attributed) return attributed;
        // "The UK is delighted to welcome X, and we formally recognise it": the state that opens the sentence speaks
        var opening = a.Mentions.FirstOrDefault(x => x.Last < m.First && x.Kind == MentionKind.Named && x.Entities.Count == 1);
        if (opening is not null && opening.First <= 1 && isState(opening.Entities[0])) return opening.Entities[0];
        return discourse.LastActor is { } last && isState(last) ? last : null;
    }

    /// <summary>The state of the speaker in a sentence-final ", X said" after <paramref name="from"/>, or null.</summary>
    private static string? TrailingSpeaker(SentenceAnalysis a, int from, Discourse discourse, List<Person> persons, Func<string, bool> isState)
    {
        var end = a.Count - 1;
        while (end > from && a[end].Kind == TokenKind.Punctuation) end--;
        if (a.Lower(end) is not ("said" or "says" or "stated" or "announced" or "added" or "declared")) return null;
        for (var k = end - 1; k > from && k >= end - 8; k--)
        {
            if (a[k].Text != ",") continue;
            return a.StartingAt(k + 1 + (a.Lower(k + 1) == "the" ? 1 : 0)) is { } x ? SpeakerState(x, discourse, persons, isState) : null;
        }
        return null;
    }

    /// <summary>
    /// The state a speaker mention speaks for: a person's state (with <paramref name="officeFallback"/>, an office holder
    /// whose state the text has not named acts for the state the text is about), or a state named as speaker; else null.
    /// </summary>
    private static string? SpeakerState(Mention x, Discourse? officeFallback, List<Person> persons, Func<string, bool> isState)
    {
        if (x.Kind == MentionKind.Person && x.Entities.Count == 1 && persons.FirstOrDefault(p => p.Id == x.Entities[0]) is { } holder)
        {
            return holder.Of ?? (officeFallback is not null && holder.Office is not null && officeFallback.LastActor is { } actor && isState(actor) ? actor : null);
        }
        return x.Kind is MentionKind.Named or MentionKind.Adjective && x.Entities is [var e] && isState(e) ? e : null;
    }

    /// <summary>"X and Y established relations, while the latter recognised it": the second (or first) of the last two named.</summary>
    private static string? OneOfPair(SentenceAnalysis a, Mention m, Discourse discourse)
    {
        var named = a.Mentions.Where(x => x.Last < m.First && x.Kind == MentionKind.Named && x.Entities.Count == 1).Select(x => x.Entities[0]).Distinct().ToList();
        var pair = named.Count >= 2 ? (named[^2], named[^1]) : discourse.LastPair;
        return pair is var (one, two) ? (m.Hint == "latter" ? two : one) : null;
    }

    /// <summary>
    /// What "it" (or "his country") means: an entity named earlier in the sentence, else the last actor. English
    /// prefers a subject or object antecedent over one inside a prepositional phrase ("captured the Golan Heights from
    /// Syria and annexed it": the Golan Heights); an object pronoun never means its own clause's subject; "Putin
    /// announced that his government ..." means the state of the person named just before.
    /// </summary>
    /// <summary>
    /// A statement quoted over several sentences ("“Ukraine has severed diplomatic relations with Russia. I urge all
    /// partners to do the same,” Kuleba wrote"): the attribution after its last sentence makes every sentence of it the
    /// speaker's statement, as a one-sentence quotation with its attribution is.
    /// </summary>
    private static void AttributeQuotedStatements(List<SentenceAnalysis> analyses)
    {
        for (var i = 0; i < analyses.Count; i++)
        {
            var opening = analyses[i];
            if (opening.Count == 0 || opening[0].Text != "\"" || !opening.EndsInsideQuote) continue;
            var j = i + 1;
            while (j < analyses.Count && j - i < 6 && analyses[j - 1].EndsInsideQuote && analyses[j].ContinuedQuoteEnd() < 0 && analyses[j].EndsInsideQuote) j++;
            if (j >= analyses.Count || analyses[j].ContinuedQuoteEnd() is not (var close and >= 0)) continue;
            for (var k = i; k < j; k++) analyses[k].AttributeQuoteUpTo(analyses[k].Count);
            analyses[j].AttributeQuoteUpTo(close);
            i = j;
        }
    }

    /// <summary>
    /// What a definite description refers to: "Honduras and China established relations after the Central American
    /// nation cut ties with Taiwan" is Honduras, the state spoken of last that lies in every region the description names
    /// (<c>regions.tsv</c>); a description naming no region ("the tiny nation") refers back as "the country" does, and one
    /// whose regions fit none of the states spoken of refers to nobody.
    /// </summary>
    private string? Described(SentenceAnalysis a, Mention m, Discourse discourse, List<Person> persons, Func<string, bool> isState)
    {
        var words = m.Hint![MentionFinder.DescriptionHint.Length..].Split(' ');
        var terms = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            // the longest region phrase at each word ("central american", then "island")
            for (var j = words.Length; j > i; j--)
            {
                var phrase = string.Join(' ', words[i..j]);
                if (!gazetteer.IsRegionTerm(phrase)) continue;
                terms.Add(phrase);
                i = j - 1;
                break;
            }
        }
        if (terms.Count == 0) return Antecedent(a, m, discourse, persons, isState);
        bool Fits(string id) => isState(id) && terms.All(t => gazetteer.InRegion(id, t));
        var inSentence = a.Mentions.LastOrDefault(x => x.Last < m.First && x.Kind == MentionKind.Named && x.Entities.Count == 1 && Fits(x.Entities[0]));
        return inSentence?.Entities[0] ?? (discourse.LastActor is { } actor && Fits(actor) ? actor : discourse.Named.LastOrDefault(Fits));
    }

    private static string? Antecedent(SentenceAnalysis a, Mention m, Discourse discourse, List<Person> persons, Func<string, bool> isState)
    {
        if (PreviousSubject(a, m, isState) is { } previousSubject) return previousSubject;
        var earlier = a.Mentions.Where(x => x.Last < m.First && x.Kind == MentionKind.Named && x.Entities.Count == 1).ToList();
        var before = a.Lower(m.First - 1);
        var verbBefore = before.EndsWith("ed", StringComparison.Ordinal) || Lexicon.Recognise.Contains(before) || Lexicon.Annex.Contains(before) || Lexicon.Establish.Contains(before) || Lexicon.Sever.Contains(before);
        // "Paraguay announced it was breaking off relations": "it" before a verb is the subject of a reported clause, not an object
        var after = a.Lower(m.First + 1);
        if (verbBefore && (after is "is" or "was" or "has" or "had" or "would" or "will" or "could" or "did" or "does" or "now" or "then" || after.EndsWith("ed", StringComparison.Ordinal) || Lexicon.Sever.Contains(after) || Lexicon.Recognise.Contains(after))) verbBefore = false;
        void RemoveSubject((List<Mention> Items, int First) subject) =>
            earlier.RemoveAll(x => subject.Items.Contains(x) || subject.Items.Any(i => i.Entities.SequenceEqual(x.Entities)));
        if (verbBefore && ArgumentReader.Subject(a, m.First - 1) is { } subject) RemoveSubject(subject);
        // "Fiji established relations with it": the pronoun after a preposition is not its own clause's subject either
        if (before is "with" or "from" or "to" && Enumerable.Range(Math.Max(0, m.First - 6), Math.Min(6, m.First)).LastOrDefault(k => Lexicon.Establish.Contains(a.Lower(k)) || Lexicon.Sever.Contains(a.Lower(k))) is var governing and > 0
            && ArgumentReader.Subject(a, governing) is { } governingSubject)
        {
            RemoveSubject(governingSubject);
        }
        bool Oblique(Mention x) => x.First > 0 && (ArgumentReader.Prepositions.Contains(a.Lower(x.First - 1)) || (a.Lower(x.First - 1) == "the" && ArgumentReader.Prepositions.Contains(a.Lower(x.First - 2))));
        // "Costa Rica recognised Palestine in 2008, a year after it established ties with China": a subject "it" in a
        // subordinate clause continues the main clause's subject state
        if (a.Lower(m.First) == "it" && a.Lower(m.First - 1) is "after" or "before" or "when" or "since" or "because" or "as" or "until" or "while" or "although"
            // only when it acts as the main subject does ("... after it declared independence" is the recognised state)
            && (after is "had" or "has" ? a.Lower(m.First + 2) : after) is var act && (Lexicon.Establish.Contains(act) || Lexicon.Sever.Contains(act) || Lexicon.Recognise.Contains(act))
            && earlier.FirstOrDefault(x => isState(x.Entities[0]) && !Oblique(x)) is { } mainSubject)
        {
            return mainSubject.Entities[0];
        }
        var nearest = earlier.LastOrDefault(x => !Oblique(x)) ?? earlier.LastOrDefault();
        var person = a.Mentions.LastOrDefault(x => x.Last < m.First && x.Kind == MentionKind.Person && x.Entities.Count == 1);
        var personState = person is not null && (nearest is null || person.First > nearest.Last) ? persons.FirstOrDefault(p => p.Id == person.Entities[0])?.Of : null;
        return personState ?? nearest?.Entities[0] ?? discourse.LastActor;
    }

    /// <summary>A title without a state ("foreign minister Choe Son Hui") takes the state named just before it in the sentence.</summary>
    private void FillOffices(SentenceAnalysis a, List<Person> persons, Discourse discourse)
    {
        foreach (var m in a.Mentions.Where(x => x.Kind == MentionKind.Person))
        {
            var index = persons.FindIndex(p => p.Id == m.Entities[0]);
            if (index < 0 || persons[index].Of is not null || persons[index].Office is null) continue;
            // "Canada recognised opposition leader Juan Guaidó": the person recognised does not act for the recogniser
            if (m.First > 0 && Lexicon.Recognise.Contains(a.Lower(m.First - 1))) continue;
            // a state named before the title in its clause ("the North Korean news agency confirmed that foreign minister X"), else the last acting state
            var before = a.Mentions.LastOrDefault(x => x.Last < m.First && a.ClauseOf[x.Last] == a.ClauseOf[m.First] && x.Kind is MentionKind.Named or MentionKind.Adjective or MentionKind.SingularReference
                && x.Entities.Count == 1 && gazetteer.ById(x.Entities[0])?.IsPolity == true);
            var state = before?.Entities[0] ?? discourse.LastActor;
            if (state is not null) persons[index] = persons[index] with { Of = state };
        }
    }

    /// <summary>"The Republic of Kosovo declared independence": what "their recognition" will refer to.</summary>
    private static void NoteDeclarations(SentenceAnalysis a, Discourse discourse)
    {
        for (var i = 0; i + 1 < a.Count; i++)
        {
            if (a.Lower(i) is not ("declared" or "declares" or "proclaimed" or "proclaims")) continue;
            var k = i + 1;
            if (a.Lower(k) is "its" or "their") k++;
            if (a.Lower(k) != "independence") continue;
            var j = i - 1;
            while (j >= 0 && ArgumentReader.IsVerbGroupWord(a.Lower(j))) j--;
            if (a.EndingAt(j) is { Kind: MentionKind.Named } m && m.Entities.Count == 1) discourse.DeclaredIndependence = m.Entities[0];
        }
    }

    private void Remember(SentenceAnalysis a, Discourse discourse, PublicationDate published, Dateline? dateline)
    {
        foreach (var m in a.Mentions)
        {
            if (m.Kind is MentionKind.Named or MentionKind.SharedHead) foreach (var e in m.Entities) discourse.AddNamed(e);
            if (m.Kind == MentionKind.Named && m.Entities.Count == 1 && gazetteer.ById(m.Entities[0])?.Kind == EntityType.Region) discourse.LastRegion = m.Entities[0];
            if (m.Kind == MentionKind.Named && m.Entities.Count == 1 && gazetteer.ById(m.Entities[0])?.Kind == EntityType.BreakawayEntity) discourse.LastBreakaway = m.Entities[0];
        }
        var polities = a.Mentions.Where(m => m.Kind is MentionKind.Named or MentionKind.SharedHead or MentionKind.PluralReference && IsPolity(m)).SelectMany(m => m.Entities).Distinct().ToList();
        if (polities.Count == 2) discourse.LastPair = (polities[0], polities[1]);
        // the sentence's first state, named or referred to ("The small Polynesian nation ... had been one of Taiwan's allies")
        var subject = a.Mentions.FirstOrDefault(m => m.Kind is MentionKind.Named or MentionKind.SingularReference && IsPolity(m) && m.Entities.Count == 1);
        if (subject is not null) discourse.LastActor = subject.Entities[0];
        // a dateline on its own line ("February 18, 2008") dates the text, not the undated acts of the sentence after it
        if (dateline is not null && a.Sentence.Start >= dateline.Start && a.Sentence.End <= dateline.End + 1) return;
        foreach (var d in a.Dates)
        {
            // a weekday, "yesterday" or "the next day" resolved to a day anchors "later in the day" in the sentences after it
            var date = d.Kind switch
            {
                DateMentionKind.Absolute => d.Date,
                DateMentionKind.Today when d.Offset == 0 => published.Date,
                // "made a decision on June 13 ...": a day without a year, once resolved, anchors "on the same day" after it too
                DateMentionKind.Weekday or DateMentionKind.Today or DateMentionKind.DayAfter or DateMentionKind.MonthDay when d.IsEventDate => DateAssigner.Resolve(a, d, published, discourse).Date,
                _ => null,
            };
            if (date is null) continue;
            discourse.LastDated = date;
            discourse.LastDatedSentence = a.Sentence.Index;
            discourse.LastDatedToday = d.Kind == DateMentionKind.Today && d.Offset == 0 && !d.Immediate;
            if (date.Value.AsDateOnly is { } day) discourse.LastDay = day;
        }
    }
}
