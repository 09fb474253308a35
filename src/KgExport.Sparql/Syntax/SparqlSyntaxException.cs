using KgExport.Rdf;

namespace KgExport.Sparql;

/// <summary>
/// A query or update that does not follow the SPARQL 1.1 grammar, or that parses but breaks a rule of the spec
/// (scoping, grouping, nesting); the message is "line:column: reason", at the place the rule is broken.
/// </summary>
public sealed class SparqlSyntaxException : Exception
{
    public SparqlSyntaxException(TextPosition position, string reason)
        : base($"{position}: {reason}")
    {
        Position = position;
        Reason = reason;
    }

    public TextPosition Position { get; }
    public string Reason { get; }
}
