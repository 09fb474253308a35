using KgExport.Extraction.Findings;

namespace KgExport.Extraction.Patterns;

/// <summary>The sources an article credits, merged by id, with the channel entities posts appear on.</summary>
public sealed class SourceRegistry
{
    private readonly Dictionary<string, (SourceType Kind, string By, string? Medium, Dates.PartialDate? Date, List<EvidenceSpan> Evidence)> _sources = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public List<ExtractedEntity> Channels { get; } = [];

    public string Add(string id, SourceType kind, string by, string? medium, Dates.PartialDate? date, EvidenceSpan evidence)
    {
        if (!_sources.TryGetValue(id, out var s))
        {
            s = (kind, by, medium, date, []);
            _sources[id] = s;
            _order.Add(id);
        }
        else if (s.Date is null && date is not null)
        {
            _sources[id] = s with { Date = date };
        }
        if (!s.Evidence.Any(e => e.Start == evidence.Start && e.End == evidence.End)) s.Evidence.Add(evidence);
        return id;
    }

    public IEnumerable<SourceFinding> All => _order.Select(id => _sources[id]).Zip(_order, (s, id) => new SourceFinding(id, s.Kind, s.By, s.Medium, [.. s.Evidence.OrderBy(e => e.Start)]) { Date = s.Date });
}
