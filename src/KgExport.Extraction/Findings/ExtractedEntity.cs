using KgExport.Extraction.Gazetteer;

namespace KgExport.Extraction.Findings;

/// <summary>An entity the findings refer to, with the surface forms the article used for it.</summary>
public sealed record ExtractedEntity(string Id, string Name, EntityKind Kind, string? Qid, IReadOnlyList<string> Aliases);
