namespace KgExport.Extraction.Mentions;

/// <summary>Offices the extractor recognises from titles (mirrors the facts format's role kinds).</summary>
public enum OfficeKind
{
    Head,
    ForeignMinister,
    Ambassador,
}

/// <summary>A person named in the article, with the office the text gives them, if any.</summary>
/// <param name="Of">Entity id of the state or entity whose office it is.</param>
/// <param name="To">For an ambassador: the host state.</param>
/// <param name="Evidence">UTF-16 start and end of the span that names the person with the office.</param>
public sealed record Person(string Id, string Name, OfficeKind? Office, string? Of, string? To, (int Start, int End) Evidence);
