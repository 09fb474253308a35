namespace KgExport.Rdf;

/// <summary>
/// How deeply a document may nest for the readers that recurse once per level. A stack overflow cannot be caught
/// and ends the process, so a document nested deeper is a syntax error at the level that goes too deep.
/// </summary>
public static class NestingLimit
{
    /// <summary>Turtle and TriG ([ ] and ( )) and RDF/XML (node elements).</summary>
    public const int Max = 1000;

    /// <summary>
    /// JSON objects and arrays, for JSON-LD documents, contexts and frames: the JSON-LD algorithms take several
    /// times the stack per level that the RDF readers take.
    /// </summary>
    public const int Json = 500;

    /// <summary>The reason given for a document that nests deeper than <paramref name="limit"/>.</summary>
    public static string Reason(int limit) => $"nesting deeper than {limit} levels";
}
