namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>A fact a template states: roles (or <c>=id</c> for a fixed entity) and the date slot it takes its date from.</summary>
internal sealed record FactSpec(ScoredKind Kind, string First, string Second, string? DateSlot);
