using KgExport.Rdf.Syntax;

namespace KgExport.Rdf;

/// <summary>
/// Whether a string can stand as an absolute IRI in RDF: a scheme (RFC 3987), and none of the characters the
/// IRIREF production of Turtle and N-Triples forbids (controls, space, &lt;&gt;"{}|^`\). Text built at run time — by
/// SPARQL's IRI() — is checked here before it becomes an <see cref="Iri"/> that every writer must be able to write.
/// </summary>
public static class IriSyntax
{
    public static bool IsAbsoluteIri(ReadOnlySpan<char> text)
    {
        if (!IriResolver.HasScheme(text)) return false;
        foreach (var c in text)
        {
            if (CharClasses.IsForbiddenInIri(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// The IRI with each character IRIREF forbids written as a UCHAR (<c>\u0009</c>), so a line-based format keeps one
    /// term per field and one solution per line whatever the IRI holds.
    /// </summary>
    public static string EscapeForIriRef(string iri)
    {
        if (!iri.AsSpan().ContainsAny(Forbidden)) return iri;
        var sb = new System.Text.StringBuilder(iri.Length + 16);
        foreach (var c in iri)
        {
            if (CharClasses.IsForbiddenInIri(c)) sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x21).Select(i => (char)i).Concat("<>\"{}|^`\\").ToArray());
}
