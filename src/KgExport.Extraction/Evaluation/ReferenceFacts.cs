namespace KgExport.Extraction.Evaluation;

/// <summary>The reference facts of one article and the kinds the reference covers (the keys its file has).</summary>
public sealed record ReferenceFacts(IReadOnlyList<ScoredFact> Facts, IReadOnlySet<ScoredKind> Kinds);
