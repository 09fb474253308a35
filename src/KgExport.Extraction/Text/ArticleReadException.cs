namespace KgExport.Extraction.Text;

/// <summary>An article that cannot be read; the message names the file.</summary>
public sealed class ArticleReadException(string path, string reason) : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}
