using System.Globalization;
using KgExport.Facts;
using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Mapping;

/// <summary>
/// Maps one article's reviewed facts to RDF in the article's own named graph: the article, its entities
/// (linked to Wikidata with owl:sameAs), its sources, and every fact with its provenance — derived from the
/// article, attributed to its sources' agents, and shown by W3C Web Annotations on the text. No blank nodes.
/// </summary>
public sealed class FactsMapper
{
    /// <summary>Code points of context kept before and after an evidence span in its TextQuoteSelector.</summary>
    public const int ContextLength = 32;

    private readonly ArticleFacts _facts;
    private readonly ArticleText _text;
    private readonly Dataset _output;
    private readonly Iri _graph;
    private readonly Iri _article;
    private readonly string _language;
    private readonly Dictionary<string, Iri> _entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _entityKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Iri> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Iri> _factIris = new(StringComparer.Ordinal);

    private FactsMapper(ArticleFacts facts, ArticleText text, Dataset output)
    {
        _facts = facts;
        _text = text;
        _output = output;
        _graph = IriMinter.Graph(facts.Article.Id);
        _article = IriMinter.Article(facts.Article.Id);
        _language = facts.Article.Language;
    }

    /// <summary>Adds the article's graph to <paramref name="output"/> and returns the graph's IRI.</summary>
    public static Iri Map(ArticleFacts facts, ArticleText text, Dataset output, CancellationToken cancellationToken = default)
    {
        var mapper = new FactsMapper(facts, text, output);
        mapper.Run(cancellationToken);
        return mapper._graph;
    }

    /// <summary>A new dataset holding one article's graph, with the export prefixes.</summary>
    public static Dataset Map(ArticleFacts facts, ArticleText text)
    {
        var dataset = new Dataset();
        foreach (var (k, v) in Namespaces.Prefixes().Entries) dataset.Prefixes.Set(k, v);
        Map(facts, text, dataset);
        return dataset;
    }

    private void Run(CancellationToken cancellationToken)
    {
        foreach (var e in _facts.Entities)
        {
            _entityKeys[e.Id] = IriMinter.EntityKey(e);
            _entities[e.Id] = IriMinter.Entity(e);
        }
        foreach (var s in _facts.Sources) _sources[s.Id] = IriMinter.Source(_facts.Article.Id, s.Id);
        foreach (var f in _facts.AllFacts.Where(f => f is not Stance)) _factIris[f.Id] = FactIri(f);
        foreach (var f in _facts.Stances) _factIris[f.Id] = FactIri(f);

        MapArticle();
        foreach (var e in _facts.Entities) MapEntity(e);
        foreach (var s in _facts.Sources) MapSource(s);
        foreach (var fact in _facts.AllFacts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            MapFact(fact);
        }
    }

    private Iri FactIri(Fact fact) => fact switch
    {
        Recognition r => IriMinter.Recognition(Key(r.Recogniser), Key(r.Recognised), r.Kind, r.Date),
        Severance s => IriMinter.Severance(Key(s.By), Key(s.With), s.Date),
        Establishment e => IriMinter.Establishment(Key(e.Between[0]), Key(e.Between[1]), e.Date),
        Annexation a => IriMinter.Annexation(Key(a.Annexer), Key(a.Annexed), a.Date),
        Role r => IriMinter.Role(Key(r.Person), r.Kind, Key(r.Of), r.To is null ? null : Key(r.To)),
        Stance s => IriMinter.Stance(Key(s.Actor), s.Position, s.Targets.Select(t => _factIris[t])),
        Quote q => IriMinter.Quote(Key(q.Speaker), q.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact.GetType().Name),
    };

    private string Key(string entityId) => _entityKeys[entityId];

    private void MapArticle()
    {
        var a = _facts.Article;
        Add(_article, Terms.Type, Terms.Class.Article);
        Add(_article, Terms.ArticleId, new Literal(a.Id));
        Add(_article, Terms.Headline, Literal.WithLanguage(a.Headline, _language));
        if (a.Published is { } published) Add(_article, Terms.Published, DateLiteral(published));
        if (a.Publisher is { } publisher) Add(_article, Terms.Publisher, _entities[publisher]);
        if (a.Dateline is { } dateline) Add(_article, Terms.Dateline, new Literal(dateline));
        if (a.Url is { } url) Add(_article, Terms.Url, new Iri(url));
    }

    private void MapEntity(Entity e)
    {
        var iri = _entities[e.Id];
        Add(iri, Terms.Type, EntityClass(e.Type));
        Add(iri, Terms.Label, Literal.WithLanguage(e.Name, _language));
        foreach (var alias in e.Aliases) Add(iri, Terms.AltLabel, Literal.WithLanguage(alias, _language));
        if (e.Wikidata is { } qid) Add(iri, Terms.SameAs, new Iri(Namespaces.Wd + qid));
        if (e.Platform is { } platform) Add(iri, Terms.Platform, _entities[platform]);
        if (e.OperatedBy is { } operatedBy) Add(iri, Terms.OperatedBy, _entities[operatedBy]);
    }

    private void MapSource(Source s)
    {
        var iri = _sources[s.Id];
        Add(iri, Terms.Type, s.Kind switch
        {
            SourceKind.Post => Terms.Class.Post,
            SourceKind.AgencyReport => Terms.Class.AgencyReport,
            SourceKind.NewsReport => Terms.Class.NewsReport,
            _ => Terms.Class.Interview,
        });
        Add(iri, Terms.WasAttributedTo, _entities[s.By]);
        Add(iri, Terms.CitedIn, _article);
        if (s.Medium is { } medium) Add(iri, Terms.Medium, _entities[medium]);
        if (s.Date is { } date) Add(iri, Terms.Date, DateLiteral(date));
        foreach (var e in s.Evidence) MapEvidence(iri, e);
    }

    private void MapFact(Fact fact)
    {
        var iri = _factIris[fact.Id];
        switch (fact)
        {
            case Recognition r:
                Add(iri, Terms.Type, Terms.Class.RecognitionAct);
                Add(iri, Terms.Recogniser, _entities[r.Recogniser]);
                Add(iri, Terms.Recognised, _entities[r.Recognised]);
                Add(iri, Terms.RecognitionKind, r.Kind switch
                {
                    RecognitionKind.State => Terms.Value.StateRecognition,
                    RecognitionKind.Government => Terms.Value.GovernmentRecognition,
                    _ => Terms.Value.WithdrawalOfRecognition,
                });
                OptionalDate(iri, r.Date);
                if (r.Ordinal is { } ordinal) Add(iri, Terms.Ordinal, Literal.Typed(ordinal.ToString(CultureInfo.InvariantCulture), Vocab.Xsd.Integer));
                if (r.Instrument is { } instrument) Add(iri, Terms.Instrument, Literal.WithLanguage(instrument, _language));
                if (r.AnnouncedBy is { } announcer) Add(iri, Terms.AnnouncedBy, _entities[announcer]);
                break;
            case Severance s:
                Add(iri, Terms.Type, Terms.Class.SeveranceOfRelations);
                Add(iri, Terms.SeveredBy, _entities[s.By]);
                Add(iri, Terms.SeveredWith, _entities[s.With]);
                OptionalDate(iri, s.Date);
                foreach (var cause in s.InResponseTo) Add(iri, Terms.InResponseTo, _factIris[cause]);
                break;
            case Establishment e:
                Add(iri, Terms.Type, Terms.Class.EstablishmentOfRelations);
                foreach (var party in e.Between) Add(iri, Terms.Party, _entities[party]);
                OptionalDate(iri, e.Date);
                if (e.Restoration) Add(iri, Terms.Restoration, Literal.Typed("true", Vocab.Xsd.Boolean));
                break;
            case Annexation a:
                Add(iri, Terms.Type, Terms.Class.Annexation);
                Add(iri, Terms.Annexer, _entities[a.Annexer]);
                Add(iri, Terms.Annexed, _entities[a.Annexed]);
                OptionalDate(iri, a.Date);
                break;
            case Stance s:
                Add(iri, Terms.Type, Terms.Class.Stance);
                Add(iri, Terms.StanceHolder, _entities[s.Actor]);
                Add(iri, Terms.Position, s.Position == StancePosition.Endorse ? Terms.Value.Endorsement : Terms.Value.Rejection);
                foreach (var target in s.Targets) Add(iri, Terms.StanceTarget, _factIris[target]);
                OptionalDate(iri, s.Date);
                break;
            case Quote q:
                Add(iri, Terms.Type, Terms.Class.Quote);
                Add(iri, Terms.Speaker, _entities[q.Speaker]);
                Add(iri, Terms.QuotedText, Literal.WithLanguage(q.Text, _language));
                if (q.Medium is { } medium) Add(iri, Terms.Medium, _entities[medium]);
                break;
            case Role r:
                Add(iri, Terms.Type, Terms.Class.RoleHolding);
                Add(iri, Terms.RolePerson, _entities[r.Person]);
                Add(iri, Terms.RoleKind, r.Kind switch
                {
                    RoleKind.Head => Terms.Value.HeadOfEntity,
                    RoleKind.ForeignMinister => Terms.Value.ForeignMinister,
                    _ => Terms.Value.Ambassador,
                });
                Add(iri, Terms.RoleOf, _entities[r.Of]);
                if (r.To is { } to) Add(iri, Terms.AccreditedTo, _entities[to]);
                break;
        }

        Add(iri, Terms.WasDerivedFrom, _article);
        foreach (var sourceId in fact.AttributedTo)
        {
            Add(iri, Terms.AccordingTo, _sources[sourceId]);
            Add(iri, Terms.WasAttributedTo, _entities[_facts.Sources.First(s => s.Id == sourceId).By]);
        }
        if (fact.Notes is { } notes) Add(iri, Terms.EditorialNote, Literal.WithLanguage(notes, "en"));
        if (fact.Confidence is { } confidence) Add(iri, Terms.Confidence, Literal.Typed(confidence.ToString("0.0#", CultureInfo.InvariantCulture), Vocab.Xsd.Decimal));
        foreach (var e in fact.Evidence) MapEvidence(iri, e);
    }

    /// <summary>
    /// One Web Annotation per (fact, span): the fact is its body, the span of the article its target, selected
    /// both by quote (exact, prefix, suffix) and by position (start, end in code points).
    /// </summary>
    private void MapEvidence(Iri body, Evidence evidence)
    {
        var span = IriMinter.Span(_facts.Article.Id, evidence.Start, evidence.End);
        var annotation = IriMinter.Evidence(_facts.Article.Id, body, span);
        Add(body, Terms.Evidence, annotation);
        Add(annotation, Terms.Type, Terms.Oa.Annotation);
        Add(annotation, Terms.Oa.HasBody, body);
        Add(annotation, Terms.Oa.HasTarget, span);
        Add(annotation, Terms.Oa.MotivatedBy, Terms.Oa.Linking);

        Add(span, Terms.Type, Terms.Oa.SpecificResource);
        Add(span, Terms.Oa.HasSource, _article);
        var quote = IriMinter.Selector(_facts.Article.Id, evidence.Start, evidence.End, "quote");
        var position = IriMinter.Selector(_facts.Article.Id, evidence.Start, evidence.End, "position");
        Add(span, Terms.Oa.HasSelector, quote);
        Add(span, Terms.Oa.HasSelector, position);

        Add(quote, Terms.Type, Terms.Oa.TextQuoteSelector);
        Add(quote, Terms.Oa.Exact, new Literal(evidence.Text));
        var prefix = _text.Slice(Math.Max(0, evidence.Start - ContextLength), evidence.Start);
        var suffix = _text.Slice(evidence.End, Math.Min(_text.Length, evidence.End + ContextLength));
        if (prefix.Length > 0) Add(quote, Terms.Oa.Prefix, new Literal(prefix));
        if (suffix.Length > 0) Add(quote, Terms.Oa.Suffix, new Literal(suffix));

        Add(position, Terms.Type, Terms.Oa.TextPositionSelector);
        Add(position, Terms.Oa.Start, Literal.Typed(evidence.Start.ToString(CultureInfo.InvariantCulture), Terms.NonNegativeInteger));
        Add(position, Terms.Oa.End, Literal.Typed(evidence.End.ToString(CultureInfo.InvariantCulture), Terms.NonNegativeInteger));
    }

    private void OptionalDate(Iri subject, FactDate? date)
    {
        if (date is { } d) Add(subject, Terms.Date, DateLiteral(d));
    }

    /// <summary>A date typed with its precision; FactDate prints the canonical XSD lexical form.</summary>
    public static Literal DateLiteral(FactDate date) => Literal.Typed(date.ToString(), date.Precision switch
    {
        DatePrecision.Year => Vocab.Xsd.GYear,
        DatePrecision.YearMonth => Vocab.Xsd.GYearMonth,
        _ => Vocab.Xsd.Date,
    });

    public static Iri EntityClass(EntityType type) => type switch
    {
        EntityType.State => Terms.Class.State,
        EntityType.BreakawayEntity => Terms.Class.BreakawayEntity,
        EntityType.Region => Terms.Class.Region,
        EntityType.Person => Terms.Class.Person,
        EntityType.Organisation => Terms.Class.Organisation,
        EntityType.NewsAgency => Terms.Class.NewsAgency,
        EntityType.Embassy => Terms.Class.Embassy,
        EntityType.Platform => Terms.Class.Platform,
        _ => Terms.Class.Channel,
    };

    private void Add(Term subject, Iri predicate, Term @object) => _output.Add(subject, predicate, @object, _graph);
}
