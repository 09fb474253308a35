using System.Text;

namespace KgExport.Rdf.JsonLd;

/// <summary>
/// Writes an absolute IRI relative to a base where that is shorter and resolves back to the same IRI (checked
/// with <see cref="IriResolver"/>); otherwise leaves it absolute.
/// </summary>
public static class IriRelativizer
{
    public static string Relativize(string? baseIri, string iri)
    {
        if (baseIri is null || !IriResolver.HasScheme(baseIri) || !IriResolver.HasScheme(iri)) return iri;
        var b = Split(baseIri);
        var r = Split(iri);
        if (!string.Equals(b.Scheme, r.Scheme, StringComparison.OrdinalIgnoreCase) || b.Authority != r.Authority) return iri;

        string candidate;
        if (r.Path == b.Path && r.Query == b.Query)
        {
            candidate = r.Fragment is not null ? "#" + r.Fragment : LastSegmentReference(r.Path);
            return Check(baseIri, iri, candidate);
        }

        var sb = new StringBuilder();
        if (r.Path == b.Path)
        {
            if (r.Query is null) sb.Append(LastSegmentReference(r.Path));
        }
        else
        {
            var baseDirs = b.Path.Split('/');
            var targetSegs = r.Path.Split('/');
            var dirCount = baseDirs.Length - 1;
            var common = 0;
            while (common < dirCount && common < targetSegs.Length - 1 && baseDirs[common] == targetSegs[common]) common++;
            if (common == 0) return iri;
            for (var i = common; i < dirCount; i++) sb.Append("../");
            var rest = string.Join('/', targetSegs[common..]);
            if (sb.Length == 0 && (rest.Length == 0 || FirstSegmentHasColon(rest))) sb.Append("./");
            sb.Append(rest);
        }
        if (r.Query is not null) sb.Append('?').Append(r.Query);
        if (r.Fragment is not null) sb.Append('#').Append(r.Fragment);
        candidate = sb.ToString();
        return Check(baseIri, iri, candidate);
    }

    private static string LastSegmentReference(string path)
    {
        var slash = path.LastIndexOf('/');
        var last = path[(slash + 1)..];
        return last.Length == 0 || FirstSegmentHasColon(last) ? "./" + last : last;
    }

    private static bool FirstSegmentHasColon(string s)
    {
        var slash = s.IndexOf('/');
        return (slash < 0 ? s : s[..slash]).Contains(':');
    }

    private static string Check(string baseIri, string iri, string candidate)
    {
        try
        {
            return candidate.Length < iri.Length && IriResolver.Resolve(baseIri, candidate) == iri ? candidate : iri;
        }
        catch (ArgumentException)
        {
            return iri;
        }
    }

    private static (string Scheme, string? Authority, string Path, string? Query, string? Fragment) Split(string iri)
    {
        string? fragment = null, query = null, authority = null;
        var hash = iri.IndexOf('#');
        if (hash >= 0) { fragment = iri[(hash + 1)..]; iri = iri[..hash]; }
        var q = iri.IndexOf('?');
        if (q >= 0) { query = iri[(q + 1)..]; iri = iri[..q]; }
        var colon = iri.IndexOf(':');
        var scheme = iri[..colon];
        var rest = iri[(colon + 1)..];
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            var slash = rest.IndexOf('/', 2);
            authority = slash < 0 ? rest[2..] : rest[2..slash];
            rest = slash < 0 ? "" : rest[slash..];
        }
        return (scheme, authority, rest, query, fragment);
    }
}
