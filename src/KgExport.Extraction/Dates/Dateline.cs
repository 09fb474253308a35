namespace KgExport.Extraction.Dates;

/// <summary>
/// The dateline opening a news story, e.g. "July 14 (Reuters)" or "KYIV, July 14 (Reuters)". Offsets are UTF-16
/// indexes of the dateline text (without the dash that follows it).
/// </summary>
public sealed record Dateline(int Start, int End, string Text, int Month, int Day, int? Year, string? Agency, string? Place);
