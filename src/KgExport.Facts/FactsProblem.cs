namespace KgExport.Facts;

/// <summary>
/// One thing wrong with a facts file: where (a JSON path such as <c>$.recognitions[0].evidence[1].text</c>, empty
/// for a syntax error, and the line and column it starts at) and what.
/// </summary>
public sealed record FactsProblem(string Path, string Message, int? Line = null, int? Column = null)
{
    /// <summary>"file:line:column: $.path: message" ("file: $.path: message" without a position).</summary>
    public string Format(string source) => Line is { } l ? $"{source}:{l}:{Column ?? 1}: {this}" : $"{source}: {this}";

    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}

/// <summary>The outcome of loading a facts file: the facts when there was no problem, else every problem found.</summary>
public sealed record FactsLoadResult(ArticleFacts? Facts, IReadOnlyList<FactsProblem> Problems)
{
    public bool Ok => Facts is not null && Problems.Count == 0;
}

/// <summary>A facts file that could not be loaded, with every problem.</summary>
public sealed class FactsFileException(string source, IReadOnlyList<FactsProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(p => p.Format(source))))
{
    public string SourceName { get; } = source;
    public IReadOnlyList<FactsProblem> Problems { get; } = problems;
}
