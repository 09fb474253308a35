namespace KgExport.Extraction.Text;

/// <summary>A block of the article text; <see cref="Start"/>/<see cref="End"/> are UTF-16 indexes into the original text.</summary>
public sealed record Paragraph(int Start, int End, ParagraphRole Role)
{
    public bool IsRead => Role is ParagraphRole.Standfirst or ParagraphRole.Body;
}
