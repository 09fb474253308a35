using KgExport.Sparql.Algebra;
using KgExport.Sparql.Syntax;

namespace KgExport.Sparql;

/// <summary>Parses an update request and checks its WHERE patterns the way queries are checked.</summary>
public static class SparqlUpdate
{
    /// <summary>Parses <paramref name="text"/> (relative IRIs against <paramref name="baseIri"/>); throws <see cref="SparqlSyntaxException"/>.</summary>
    public static UpdateRequest Parse(string text, string? baseIri = null)
    {
        var request = SparqlParser.ParseUpdate(text, baseIri);
        foreach (var op in request.Operations.OfType<ModifyOperation>()) new AlgebraTranslator().TranslateGroup(op.Where);
        return request;
    }
}
