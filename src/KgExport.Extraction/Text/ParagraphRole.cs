namespace KgExport.Extraction.Text;

/// <summary>What a block of an article is; only <see cref="Standfirst"/> and <see cref="Body"/> are read for facts.</summary>
public enum ParagraphRole
{
    Headline,
    Standfirst,
    Body,

    /// <summary>The headline (or another block) printed again; skipped so facts are not read twice.</summary>
    Repeated,

    /// <summary>Navigation and page furniture ("you may also like", "share this").</summary>
    Boilerplate,
}
