namespace KgExport.Corpus;

/// <summary>An article file the corpus run cannot use (empty, binary, not UTF-8, too large, HTML without a body).</summary>
public sealed class BadArticleException(string path, string reason) : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
