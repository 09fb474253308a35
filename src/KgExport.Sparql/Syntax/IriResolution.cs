namespace KgExport.Sparql.Syntax;

/// <summary>Resolves relative IRI references against BASE (delegates to the RDF core's resolver once it lands).</summary>
internal static class IriResolution
{
    public static string Resolve(string baseIri, string reference)
    {
        if (Uri.TryCreate(new Uri(baseIri, UriKind.Absolute), reference, out var u)) return u.OriginalString == "" ? u.AbsoluteUri : u.AbsoluteUri;
        return reference;
    }
}
