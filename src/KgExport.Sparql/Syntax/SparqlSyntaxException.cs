using KgExport.Rdf;

namespace KgExport.Sparql;

/// <summary>
/// A query or update that does not follow the SPARQL 1.1 grammar, or that parses but breaks a rule of the spec
/// (scoping, grouping, nesting); the message is "line:column: reason", at the place the rule is broken.
/// </summary>
public sealed class SparqlSyntaxException : Exception
{
    /// <summary>The rule <paramref name="reason"/> broken at <paramref name="position"/>.</summary>
    public SparqlSyntaxException(TextPosition position, string reason)
        : base($"{position}: {reason}")
    {
        Position = position;
        Reason = reason;
    }

    /// <summary>Where in the text the rule is broken.</summary>
    public TextPosition Position { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }
}
