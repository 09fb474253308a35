namespace KgExport.Extraction.Text;

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
}
