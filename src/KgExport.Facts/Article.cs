namespace KgExport.Facts;

/// <summary>A news article as published.</summary>
/// <param name="Id">Stable id of the article (the file name without extension, e.g. "000_ee2775bcac5f55b5").</param>
/// <param name="Headline">The headline as printed.</param>
/// <param name="Published">Publication date, at the precision known.</param>
/// <param name="Publisher">Entity id of the publisher (a news agency or outlet), or null.</param>
/// <param name="Dateline">The dateline as printed, e.g. "July 14 (Reuters)".</param>
/// <param name="Language">BCP 47 tag of the article's language.</param>
/// <param name="Url">The absolute http(s) address the article was published at, or null when not known.</param>
public sealed record Article(
    string Id,
    string Headline,
    FactDate? Published,
    string? Publisher,
    string? Dateline,
    string Language,
    string? Url = null);
