using KgExport.Rdf;

namespace KgExport.Sparql.Syntax;

/// <summary>Resolves relative IRI references against BASE with the RDF core's RFC 3986 resolver.</summary>
internal static class IriResolution
{
    public static string Resolve(string baseIri, string reference)
    {
        try
        {
            return IriResolver.Resolve(baseIri, reference);
        }
        catch (ArgumentException)
        {
            return reference;
        }
    }
}
