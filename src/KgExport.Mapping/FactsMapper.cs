using System.Globalization;
using KgExport.Facts;
using KgExport.Ontology;
using KgExport.Rdf;

namespace KgExport.Mapping;

/// <summary>
/// Maps one article's reviewed facts to RDF in the article's own named graph: the article, its entities
/// (linked to Wikidata with owl:sameAs), its sources, and for every fact two nodes (ontology/CLAIMS.md): the thing in
/// the world (an event, stance, quote or role holding, with only what is true of it whoever reports it) and the
/// article's kg:Claim about it, which carries the provenance — derived from the article, attributed to its sources'
/// agents, shown by W3C Web Annotations on the text — and what the article says of it: the date as given, the
/// ordinal, the confidence, the review status, the reviewer's note. No blank nodes.
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
    private readonly Dictionary<string, string> _participantKeys = new(StringComparer.Ordinal);
    private readonly ExportRun? _run;

    private FactsMapper(ArticleFacts facts, ArticleText text, Dataset output, ExportRun? run)
    {
        _run = run;
        _facts = facts;
        _text = text;
        _output = output;
        _graph = IriMinter.Graph(facts.Article.Id);
        _article = IriMinter.Article(facts.Article.Id);
        _language = facts.Article.Language;
    }

    /// <summary>
    /// Adds the article's graph to <paramref name="output"/> and returns the graph's IRI; with <paramref name="run"/>, the
    /// graph says which tool made it from which input files (the export pipeline always gives it).
    /// </summary>
    public static Iri Map(ArticleFacts facts, ArticleText text, Dataset output, ExportRun? run = null, CancellationToken cancellationToken = default)
    {
        var mapper = new FactsMapper(facts, text, output, run);
        mapper.Run(cancellationToken);
        return mapper._graph;
    }

    /// <summary>A new dataset holding one article's graph, with the export prefixes.</summary>
    public static Dataset Map(ArticleFacts facts, ArticleText text, ExportRun? run = null)
    {
        var dataset = new Dataset();
        foreach (var (k, v) in Namespaces.Prefixes().Entries) dataset.Prefixes.Set(k, v);
        Map(facts, text, dataset, run);
        return dataset;
    }

    private void Run(CancellationToken cancellationToken)
    {
        foreach (var e in _facts.Entities)
        {
            _entityKeys[e.Id] = IriMinter.EntityKey(e, _facts.Article.Id);
            _participantKeys[e.Id] = IriMinter.ParticipantKey(e, _facts.Article.Id);
            _entities[e.Id] = IriMinter.Entity(e, _facts.Article.Id);
        }
        foreach (var s in _facts.Sources) _sources[s.Id] = IriMinter.Source(_facts.Article.Id, s.Id);
        foreach (var f in _facts.AllFacts.Where(f => f is not Stance)) _factIris[f.Id] = FactIri(f);
        foreach (var f in _facts.Stances) _factIris[f.Id] = FactIri(f);

        MapArticle();
        if (_run is not null) MapRun(_run);
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
        Recognition r => IriMinter.Recognition(Key(r.Recogniser), Key(r.Recognised), r.Kind, r.Occurrence),
        Severance s => IriMinter.Severance(Key(s.By), Key(s.With), s.Occurrence),
        Establishment e => IriMinter.Establishment(Key(e.Between[0]), Key(e.Between[1]), e.Occurrence),
        Annexation a => IriMinter.Annexation(Key(a.Annexer), Key(a.Annexed), a.Occurrence),
        Role r => IriMinter.Role(Key(r.Person), r.Kind, Key(r.Of), r.To is null ? null : Key(r.To)),
        Stance s => IriMinter.Stance(Key(s.Actor), s.Position, s.Targets.Select(t => _factIris[t])),
        Quote q => IriMinter.Quote(Key(q.Speaker), q.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact.GetType().Name),
    };

    private string Key(string entityId) => _participantKeys[entityId];

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

    /// <summary>PROV-O for the run: the graph was generated by a run of the tool that used these exact files.</summary>
    private void MapRun(ExportRun run)
    {
        var activity = IriMinter.Run(_facts.Article.Id, run);
        var tool = IriMinter.Tool(run.ToolVersion);
        Add(_graph, Terms.Type, Terms.Class.ArticleGraph);
        Add(_graph, Terms.WasGeneratedBy, activity);
        Add(activity, Terms.Type, Terms.Class.ExportRun);
        Add(activity, Terms.WasAssociatedWith, tool);
        Add(tool, Terms.Type, Terms.SoftwareAgent);
        Add(tool, Terms.Label, new Literal("kgexport " + run.ToolVersion));
        Add(tool, Terms.SoftwareVersion, new Literal(run.ToolVersion));
        foreach (var file in run.Facts is null ? [run.Article] : new[] { run.Article, run.Facts })
        {
            var input = IriMinter.Input(_facts.Article.Id, file);
            Add(activity, Terms.Used, input);
            Add(input, Terms.Type, Terms.Class.InputFile);
            Add(input, Terms.FileName, new Literal(file.Name));
            Add(input, Terms.Sha256, new Literal(file.Sha256));
        }
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
        if (e.GovernmentOf is { } governed) Add(iri, Terms.GovernmentOf, _entities[governed]);
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
        OptionalDate(iri, s.Date, basis: null);
        foreach (var e in s.Evidence) MapEvidence(iri, e);
    }

    /// <summary>The fact's world-level node, then the article's claim about it.</summary>
    private void MapFact(Fact fact)
    {
        var iri = _factIris[fact.Id];
        var claim = IriMinter.Claim(_facts.Article.Id, fact.Id, fact.Review);
        switch (fact)
        {
            case Recognition r:
                Add(iri, Terms.Type, Terms.Class.RecognitionAct);
                Add(iri, Terms.Recogniser, _entities[r.Recogniser]);
                Add(iri, Terms.Recognised, _entities[r.Recognised]);
                Add(iri, Terms.RecognitionKind, r.Kind.Of == RecognitionOf.Government ? Terms.Value.GovernmentRecognition : Terms.Value.StateRecognition);
                Add(iri, Terms.RecognitionPolarity, r.Kind.IsWithdrawal ? Terms.Value.WithdrawalOfRecognition : Terms.Value.GrantOfRecognition);
                if (r.Ordinal is { } ordinal) Add(claim, Terms.Ordinal, Literal.Typed(ordinal.ToString(CultureInfo.InvariantCulture), Vocab.Xsd.Integer));
                if (r.OrdinalScope is { } scope) Add(claim, Terms.OrdinalScope, Literal.WithLanguage(scope, _language));
                if (r.Instrument is { } instrument) Add(iri, Terms.Instrument, Literal.WithLanguage(instrument, _language));
                if (r.AnnouncedBy is { } announcer) Add(iri, Terms.AnnouncedBy, _entities[announcer]);
                break;
            case Severance s:
                Add(iri, Terms.Type, Terms.Class.SeveranceOfRelations);
                Add(iri, Terms.SeveredBy, _entities[s.By]);
                Add(iri, Terms.SeveredWith, _entities[s.With]);
                foreach (var cause in s.InResponseTo) Add(iri, Terms.InResponseTo, _factIris[cause]);
                break;
            case Establishment e:
                Add(iri, Terms.Type, Terms.Class.EstablishmentOfRelations);
                foreach (var party in e.Between) Add(iri, Terms.Party, _entities[party]);
                if (e.Restoration) Add(iri, Terms.Restoration, Literal.Typed("true", Vocab.Xsd.Boolean));
                break;
            case Annexation a:
                Add(iri, Terms.Type, Terms.Class.Annexation);
                Add(iri, Terms.Annexer, _entities[a.Annexer]);
                Add(iri, Terms.Annexed, _entities[a.Annexed]);
                break;
            case Stance s:
                Add(iri, Terms.Type, Terms.Class.Stance);
                Add(iri, Terms.StanceHolder, _entities[s.Actor]);
                Add(iri, Terms.Position, s.Position == StancePosition.Endorse ? Terms.Value.Endorsement : Terms.Value.Rejection);
                foreach (var target in s.Targets) Add(iri, Terms.StanceTarget, _factIris[target]);
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

        if (fact.Occurrence is { } occurrence) Add(iri, Terms.Occurrence, Literal.Typed(occurrence.ToString(CultureInfo.InvariantCulture), Vocab.Xsd.Integer));
        Add(claim, Terms.Type, Terms.Class.Claim);
        Add(claim, Terms.About, iri);
        Add(claim, Terms.WasDerivedFrom, _article);
        foreach (var sourceId in fact.AttributedTo)
        {
            Add(claim, Terms.AccordingTo, _sources[sourceId]);
            Add(claim, Terms.WasAttributedTo, _entities[_facts.Sources.First(s => s.Id == sourceId).By]);
        }
        OptionalDate(claim, FactDates.Of(fact), fact.DateBasis ?? DateBasis.Stated);
        if (fact.Notes is { } notes) Add(claim, Terms.EditorialNote, Literal.WithLanguage(notes, "en"));
        Add(claim, Terms.ReviewStatus, fact.Review == ReviewStatus.Extracted ? Terms.Value.Extracted : Terms.Value.Reviewed);
        if (fact.Confidence is { } confidence) Add(claim, Terms.Confidence, Literal.Typed(confidence.ToString("0.0#", CultureInfo.InvariantCulture), Vocab.Xsd.Decimal));
        foreach (var e in fact.Evidence) MapEvidence(claim, e);
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

    /// <summary>
    /// The date at its precision, the xsd:date bounds of the days it can mean (so FILTERs compare dates of every
    /// precision) and, for a fact, where the date comes from.
    /// </summary>
    private void OptionalDate(Iri subject, FactDate? date, DateBasis? basis)
    {
        if (date is not { } d) return;
        Add(subject, Terms.Date, DateLiteral(d));
        Add(subject, Terms.EarliestDate, DayLiteral(d.Earliest));
        Add(subject, Terms.LatestDate, DayLiteral(d.Latest));
        if (basis is { } b) Add(subject, Terms.DateBasis, b switch
        {
            DateBasis.Stated => Terms.Value.StatedDate,
            DateBasis.Resolved => Terms.Value.ResolvedDate,
            _ => Terms.Value.InferredDate,
        });
    }

    private static Literal DayLiteral(DateOnly day) => Literal.Typed(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Vocab.Xsd.Date);

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
        EntityType.Government => Terms.Class.Government,
        EntityType.Group => Terms.Class.Group,
        _ => Terms.Class.Channel,
    };

    private void Add(Term subject, Iri predicate, Term @object) => _output.Add(subject, predicate, @object, _graph);
}
