namespace KgExport.Sparql;

/// <summary>A query or update that does not follow the SPARQL 1.1 grammar; the message is "line:column: expected …".</summary>
public sealed class SparqlSyntaxException : Exception
{
    public SparqlSyntaxException(int line, int column, string reason)
        : base($"{line}:{column}: {reason}")
    {
        Line = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>A query that parses but breaks a rule of the spec (scoping, grouping); no single position applies.</summary>
    public SparqlSyntaxException(string reason)
        : base(reason)
    {
        Reason = reason;
    }

    public int Line { get; }
    public int Column { get; }
    public string Reason { get; }
}
