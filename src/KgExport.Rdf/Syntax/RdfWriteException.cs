namespace KgExport.Rdf;

/// <summary>
/// Data that the chosen output syntax cannot represent: a named graph for a triples-only syntax, or a term whose
/// characters the syntax cannot carry (e.g. a space inside an IRI).
/// </summary>
public sealed class RdfWriteException : Exception
{
    public RdfWriteException(string message)
        : base(message)
    {
    }
}
