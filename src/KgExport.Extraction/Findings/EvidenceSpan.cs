namespace KgExport.Extraction.Findings;

/// <summary>A span of the article text showing a finding; UTF-16 indexes into the article text, end exclusive.</summary>
public sealed record EvidenceSpan(int Start, int End, string Text);
