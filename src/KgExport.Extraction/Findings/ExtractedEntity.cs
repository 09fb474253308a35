using KgExport.Extraction.Gazetteer;
using KgExport.Facts;

namespace KgExport.Extraction.Findings;

/// <summary>An entity the findings refer to, with the surface forms the article used for it.</summary>
/// <param name="Platform">For a channel: the platform entity it lives on.</param>
/// <param name="OperatedBy">For a channel: the entity that runs it.</param>
public sealed record ExtractedEntity(string Id, string Name, EntityType Kind, string? Qid, IReadOnlyList<string> Aliases, string? Platform = null, string? OperatedBy = null);
