using System.Globalization;
using KgExport.Extraction.Dates;
using KgExport.Extraction.Findings;
using KgExport.Extraction.Gazetteer;
using KgExport.Extraction.Mentions;
using KgExport.Facts;

namespace KgExport.Extraction;

/// <summary>
/// Turns what the extractor found into the facts format (the reviewable intermediate): entities with QIDs where
/// the gazetteer is certain, persons and their offices, the publisher as a source, and every fact with evidence
/// spans counted in code points. Each fact carries its confidence; its notes say it was extracted and how its date
/// was read.
/// </summary>
public static class FindingsToFacts
{
    public static ArticleFacts Convert(ExtractionResult result, ArticleText text)
    {
        Evidence Span(EvidenceSpan e) => new(text.OffsetOf(e.Start), text.OffsetOf(e.End), e.Text);

        var entities = result.Entities.Select(e => new Entity(e.Id, e.Name, e.Kind, e.Qid, e.Aliases, e.Platform, e.OperatedBy)).ToList();
        var known = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var p in result.Persons)
        {
            if (known.Add(p.Id)) entities.Add(new Entity(p.Id, p.Name, EntityType.Person, null, []));
        }

        var sources = result.Sources
            .Where(x => known.Contains(x.By) && (x.Medium is null || known.Contains(x.Medium)))
            .Select(x => new Source(x.Id, SourceKind(x.Kind), x.By, x.Medium, Date(x.Date), [.. x.Evidence.Select(Span)]))
            .ToList();
        var sourceIds = sources.Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<string> Attributed(Finding f) => [.. f.AttributedTo.Where(sourceIds.Contains)];
        var publisherSource = sources.FirstOrDefault(x => x.Kind == Facts.SourceKind.NewsReport)?.Id;
        IReadOnlyList<string> attributed = publisherSource is null ? [] : [publisherSource];

        var roles = result.Persons
            .Where(p => p.Office is not null && p.Of is not null && known.Contains(p.Of) && (p.To is null || known.Contains(p.To)))
            .Select(p => new Role(p.Id, RoleKind(p.Office!.Value), p.Of!, p.To)
            {
                Id = "role-" + p.Id + "-" + FactsNames.Of(RoleKind(p.Office!.Value)),
                Evidence = [Span(new EvidenceSpan(p.Evidence.Start, p.Evidence.End, text.Value[p.Evidence.Start..p.Evidence.End]))],
                AttributedTo = attributed,
                Review = ReviewStatus.Extracted,
            })
            .ToList();

        var recognitions = result.Recognitions.Select(r => new Recognition(
            r.Recogniser,
            r.Recognised,
            r.Kind switch { RecognitionType.Government => RecognitionKind.Government, RecognitionType.Withdrawal => RecognitionKind.StateWithdrawal, _ => RecognitionKind.State },
            Date(r.Date),
            r.Ordinal,
            r.Instrument,
            r.AnnouncedBy is { } a && known.Contains(a) ? a : null)
        {
            Id = r.Id,
            Evidence = [.. r.Evidence.Select(Span)],
            AttributedTo = Attributed(r),
            Review = ReviewStatus.Extracted,
            DateBasis = Basis(r),
            Confidence = Confidence(r),
            Notes = Notes(r),
        }).ToList();

        var severances = result.Severances.Select(s => new Severance(s.By, s.With, Date(s.Date), s.InResponseTo)
        {
            Id = s.Id,
            Evidence = [.. s.Evidence.Select(Span)],
            AttributedTo = Attributed(s),
            Review = ReviewStatus.Extracted,
            DateBasis = Basis(s),
            Confidence = Confidence(s),
            Notes = Notes(s),
        }).ToList();

        var establishments = result.Establishments.Select(x => new Establishment([x.First, x.Second], Date(x.Date), x.Restoration)
        {
            Id = x.Id,
            Evidence = [.. x.Evidence.Select(Span)],
            AttributedTo = Attributed(x),
            Review = ReviewStatus.Extracted,
            DateBasis = Basis(x),
            Confidence = Confidence(x),
            Notes = Notes(x),
        }).ToList();

        var annexations = result.Annexations.Select(x => new Annexation(x.Annexer, x.Annexed, Date(x.Date))
        {
            Id = x.Id,
            Evidence = [.. x.Evidence.Select(Span)],
            AttributedTo = Attributed(x),
            Review = ReviewStatus.Extracted,
            DateBasis = Basis(x),
            Confidence = Confidence(x),
            Notes = Notes(x),
        }).ToList();

        var stances = result.Stances.Select(s => new Stance(s.Actor, s.Endorses ? StancePosition.Endorse : StancePosition.Reject, s.Targets, Date(s.Date))
        {
            Id = s.Id,
            Evidence = [.. s.Evidence.Select(Span)],
            AttributedTo = Attributed(s),
            Review = ReviewStatus.Extracted,
            DateBasis = Basis(s),
            Confidence = Confidence(s),
            Notes = Notes(s),
        }).ToList();

        var quotes = result.Quotes
            .Where(q => known.Contains(q.Speaker) && (q.Medium is null || known.Contains(q.Medium)))
            .Select(q => new Quote(q.Speaker, q.Text, q.Medium)
            {
                Id = q.Id,
                Evidence = [.. q.Evidence.Select(Span)],
                AttributedTo = attributed,
                Review = ReviewStatus.Extracted,
                Confidence = Confidence(q),
                Notes = Notes(q),
            })
            .ToList();

        return new ArticleFacts
        {
            Article = new Article(result.ArticleId, result.Headline ?? result.ArticleId, Date(result.Published.Date), result.Publisher, result.Dateline, "en"),
            Entities = entities,
            Sources = sources,
            Roles = roles,
            Recognitions = recognitions,
            Severances = severances,
            Establishments = establishments,
            Annexations = annexations,
            Stances = stances,
            Quotes = quotes,
            Notes = result.Notes,
        };
    }

    private static decimal Confidence(Finding f) => Math.Round((decimal)f.Confidence, 2);

    private static string Notes(Finding f) =>
        "Extracted automatically." + (f.DateNote is { } d ? " Date: " + d + "." : "");

    /// <summary>The extractor reads only the text: a date it had to work out (a note says how) is resolved, else stated.</summary>
    private static DateBasis? Basis(Finding f) => f.Date is null ? null : f.DateNote is null ? DateBasis.Stated : DateBasis.Resolved;

    private static FactDate? Date(PartialDate? d) => d switch
    {
        null => null,
        { Day: { } day, Month: { } month } x => FactDate.OfDay(x.Year, month, day),
        { Month: { } month } x => FactDate.OfMonth(x.Year, month),
        { } x => FactDate.OfYear(x.Year),
    };

    private static Facts.SourceKind SourceKind(SourceType kind) => kind switch
    {
        SourceType.Post => Facts.SourceKind.Post,
        SourceType.AgencyReport => Facts.SourceKind.AgencyReport,
        SourceType.Interview => Facts.SourceKind.Interview,
        _ => Facts.SourceKind.NewsReport,
    };

    private static RoleKind RoleKind(OfficeKind office) => office switch
    {
        OfficeKind.ForeignMinister => Facts.RoleKind.ForeignMinister,
        OfficeKind.Ambassador => Facts.RoleKind.Ambassador,
        _ => Facts.RoleKind.Head,
    };
}
