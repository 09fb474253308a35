namespace KgExport.Rdf;

/// <summary>
/// Input that is not valid in its syntax. Carries the source (a file name or "-"), the 1-based line and column
/// of the offending position, and a message saying what was expected.
/// </summary>
public sealed class RdfSyntaxException : Exception
{
    public RdfSyntaxException(string source, int line, int column, string reason)
        : base($"{source}:{line}:{column}: {reason}")
    {
        SourceName = source;
        Line = line;
        Column = column;
        Reason = reason;
    }

    public string SourceName { get; }
    public int Line { get; }
    public int Column { get; }
    public string Reason { get; }
}
