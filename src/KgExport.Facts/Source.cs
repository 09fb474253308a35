namespace KgExport.Facts;

/// <summary>What kind of report a source is.</summary>
public enum SourceKind
{
    /// <summary>A post on a social-media channel (e.g. a Telegram post).</summary>
    Post,

    /// <summary>A statement or dispatch by a news agency (e.g. KCNA).</summary>
    AgencyReport,

    /// <summary>The reporting of the article's own publisher (e.g. Reuters).</summary>
    NewsReport,

    /// <summary>An interview given to the reporter.</summary>
    Interview,
}

/// <summary>
/// Whom the article credits for a claim: "according to a separatist leader (on his Telegram channel) and the
/// North's official news agency". Facts name their sources in <c>attributedTo</c>.
/// </summary>
/// <param name="By">Entity id of the agent who made the report.</param>
/// <param name="Medium">Entity id of the channel or outlet it appeared in, or null.</param>
/// <param name="Date">When the report was made, where the text says.</param>
public sealed record Source(
    string Id,
    SourceKind Kind,
    string By,
    string? Medium,
    FactDate? Date,
    IReadOnlyList<Evidence> Evidence);
