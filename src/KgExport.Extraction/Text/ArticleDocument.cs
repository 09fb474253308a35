using KgExport.Extraction.Dates;

namespace KgExport.Extraction.Text;

/// <summary>
/// An article ready for extraction: its original text, the blocks it is made of (headline, standfirst, body,
/// repeated headline, boilerplate), the sentences of the blocks that are read, and what it says about when it
/// was published. All offsets are UTF-16 indexes into <see cref="Text"/>.
/// For HTML input, <see cref="Text"/> is the article text taken out of the page (headline and paragraphs,
/// separated by blank lines), and offsets address that text.
/// </summary>
public sealed class ArticleDocument
{
    private List<Sentence>? _sentences;

    public ArticleDocument(string id, string text, IReadOnlyList<Paragraph> paragraphs)
    {
        Id = id;
        Text = text;
        Paragraphs = paragraphs;
    }

    public string Id { get; }
    public string Text { get; }
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The dateline ("July 14 (Reuters) -"), when the article has one.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>A publication date stated outside the text (HTML metadata or an explicit option).</summary>
    public PartialDate? StatedPublished { get; init; }

    public string? Headline =>
        Paragraphs.FirstOrDefault(p => p.Role == ParagraphRole.Headline) is { } h ? Text[h.Start..h.End] : null;

    public IReadOnlyList<Sentence> Sentences => _sentences ??= SentenceSplitter.Split(Text, Paragraphs);

    public string Slice(int start, int end) => Text[start..end];
}
