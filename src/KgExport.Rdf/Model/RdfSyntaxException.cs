namespace KgExport.Rdf;

/// <summary>
/// Input that is not valid in its syntax. Carries the source (a file name or "-"), the <see cref="TextPosition"/> of
/// the offending place, and a message saying what was expected.
/// </summary>
public sealed class RdfSyntaxException : Exception
{
    public RdfSyntaxException(string source, TextPosition position, string reason)
        : base($"{source}:{position}: {reason}")
    {
        SourceName = source;
        Position = position;
        Reason = reason;
    }

    public string SourceName { get; }
    public TextPosition Position { get; }
    public string Reason { get; }
}
