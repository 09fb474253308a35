namespace KgExport.Rdf.JsonLd;

/// <summary>JSON-LD keywords and the small lexical tests the algorithms make on strings.</summary>
public static class Keywords
{
    private static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import", "@included", "@index", "@json",
        "@language", "@list", "@nest", "@none", "@prefix", "@propagate", "@protected", "@reverse", "@set", "@type",
        "@value", "@version", "@vocab",
    };

    private static readonly HashSet<string> Framing = new(StringComparer.Ordinal)
    {
        "@default", "@embed", "@explicit", "@omitDefault", "@requireAll",
    };

    public static bool IsKeyword(string? s) => s is not null && All.Contains(s);

    public static bool IsFramingKeyword(string? s) => s is not null && Framing.Contains(s);

    /// <summary>"@" followed by one or more ALPHA characters: reserved for future keywords, ignored with a warning.</summary>
    public static bool HasKeywordForm(string? s)
    {
        if (s is null || s.Length < 2 || s[0] != '@') return false;
        for (var i = 1; i < s.Length; i++)
        {
            if (!char.IsAsciiLetter(s[i])) return false;
        }
        return true;
    }

    /// <summary>Whether the string has a scheme, i.e. is an absolute IRI (not a blank node identifier).</summary>
    public static bool IsAbsoluteIri(string? s) => s is not null && IriResolver.HasScheme(s) && !s.StartsWith("_:", StringComparison.Ordinal);

    public static bool IsBlankNodeId(string? s) => s is not null && s.StartsWith("_:", StringComparison.Ordinal);

    /// <summary>Whether the IRI is well-formed enough to become an RDF IRI (absolute, no spaces or forbidden characters).</summary>
    public static bool IsWellFormedIri(string s)
    {
        if (!IriResolver.HasScheme(s)) return false;
        var hash = s.IndexOf('#');
        if (hash >= 0 && s.IndexOf('#', hash + 1) >= 0) return false;
        foreach (var c in s)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`') return false;
        }
        return true;
    }

    /// <summary>Whether an IRI ends with an RFC 3986 gen-delim, so it can serve as a prefix.</summary>
    public static bool EndsWithGenDelim(string iri) => iri.Length > 0 && iri[^1] is ':' or '/' or '?' or '#' or '[' or ']' or '@';
}
