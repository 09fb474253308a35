using System.Text;

namespace KgExport.Rdf;

/// <summary>
/// RFC 3986 reference resolution (section 5.2): resolves a reference against an absolute base IRI, removing dot
/// segments. Works on IRIs as strings; it neither percent-encodes nor decodes, so non-ASCII characters pass through.
/// </summary>
public static class IriResolver
{
    /// <summary>Whether the text starts with a scheme (<c>ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"</c>).</summary>
    public static bool HasScheme(ReadOnlySpan<char> iri) => SchemeLength(iri) > 0;

    /// <summary>
    /// Resolves <paramref name="reference"/> against <paramref name="baseIri"/>. A reference that already has a scheme
    /// is returned unchanged. Throws <see cref="ArgumentException"/> when the reference is relative and the base is
    /// missing or not absolute.
    /// </summary>
    public static string Resolve(string? baseIri, string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (HasScheme(reference)) return reference;
        if (baseIri is null || !HasScheme(baseIri))
        {
            throw new ArgumentException(baseIri is null
                ? $"relative IRI <{reference}> with no base IRI"
                : $"base IRI <{baseIri}> is not absolute");
        }

        var b = IriParts.Parse(baseIri);
        var r = IriParts.Parse(reference);
        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
        }

        var sb = new StringBuilder(baseIri.Length + reference.Length);
        sb.Append(b.Scheme).Append(':');
        if (authority is not null) sb.Append("//").Append(authority);
        sb.Append(path);
        if (query is not null) sb.Append('?').Append(query);
        if (r.Fragment is not null) sb.Append('#').Append(r.Fragment);
        return sb.ToString();
    }

    /// <summary>The "remove_dot_segments" algorithm of RFC 3986 section 5.2.4.</summary>
    public static string RemoveDotSegments(string path)
    {
        if (path.IndexOf('.') < 0) return path;
        var input = path;
        var output = new StringBuilder(path.Length);
        var i = 0;
        while (i < input.Length)
        {
            var rest = input.AsSpan(i);
            if (rest.StartsWith("../")) i += 3;
            else if (rest.StartsWith("./")) i += 2;
            else if (rest.StartsWith("/./")) i += 2;
            else if (rest.SequenceEqual("/.")) { input = string.Concat(input.AsSpan(0, i), "/"); }
            else if (rest.StartsWith("/../"))
            {
                i += 3;
                RemoveLastSegment(output);
            }
            else if (rest.SequenceEqual("/.."))
            {
                input = string.Concat(input.AsSpan(0, i), "/");
                RemoveLastSegment(output);
            }
            else if (rest.SequenceEqual(".") || rest.SequenceEqual("..")) i = input.Length;
            else
            {
                var start = i;
                if (input[i] == '/') i++;
                while (i < input.Length && input[i] != '/') i++;
                output.Append(input, start, i - start);
            }
        }
        return output.ToString();
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        var j = output.Length - 1;
        while (j >= 0 && output[j] != '/') j--;
        output.Length = Math.Max(j, 0);
    }

    private static string Merge(IriParts b, string relativePath)
    {
        if (b.Authority is not null && b.Path.Length == 0) return "/" + relativePath;
        var slash = b.Path.LastIndexOf('/');
        return slash < 0 ? relativePath : string.Concat(b.Path.AsSpan(0, slash + 1), relativePath);
    }

    internal static int SchemeLength(ReadOnlySpan<char> iri)
    {
        if (iri.Length == 0 || !char.IsAsciiLetter(iri[0])) return 0;
        for (var i = 1; i < iri.Length; i++)
        {
            var c = iri[i];
            if (c == ':') return i;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return 0;
        }
        return 0;
    }

    /// <summary>The five components of an IRI reference; null means "undefined", which differs from empty.</summary>
    private readonly record struct IriParts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment)
    {
        public static IriParts Parse(string s)
        {
            var i = 0;
            string? scheme = null;
            var sl = SchemeLength(s);
            if (sl > 0)
            {
                scheme = s[..sl];
                i = sl + 1;
            }
            string? authority = null;
            if (s.Length - i >= 2 && s[i] == '/' && s[i + 1] == '/')
            {
                var start = i + 2;
                var end = start;
                while (end < s.Length && s[end] is not ('/' or '?' or '#')) end++;
                authority = s[start..end];
                i = end;
            }
            var pathStart = i;
            while (i < s.Length && s[i] is not ('?' or '#')) i++;
            var path = s[pathStart..i];
            string? query = null;
            if (i < s.Length && s[i] == '?')
            {
                var start = ++i;
                while (i < s.Length && s[i] != '#') i++;
                query = s[start..i];
            }
            string? fragment = i < s.Length && s[i] == '#' ? s[(i + 1)..] : null;
            return new IriParts(scheme, authority, path, query, fragment);
        }
    }
}
