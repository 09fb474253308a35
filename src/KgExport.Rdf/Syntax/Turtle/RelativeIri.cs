namespace KgExport.Rdf.Syntax;

/// <summary>
/// Writes an IRI relative to a base only where RFC 3986 resolution is sure to give the same IRI back: the base
/// itself, a fragment of it, or a plain path below the base's directory (no dot segments, no scheme-like colon).
/// </summary>
internal sealed class RelativeIri
{
    private readonly string _base;
    private readonly string _withoutFragment;
    private readonly bool _hasFragment;
    private readonly string? _directory;

    public RelativeIri(string baseIri)
    {
        _base = baseIri;
        var hash = baseIri.IndexOf('#', StringComparison.Ordinal);
        _hasFragment = hash >= 0;
        _withoutFragment = hash >= 0 ? baseIri[..hash] : baseIri;

        var scheme = _withoutFragment.IndexOf("://", StringComparison.Ordinal);
        if (scheme > 0)
        {
            var pathStart = _withoutFragment.IndexOf('/', scheme + 3);
            var query = _withoutFragment.IndexOf('?', StringComparison.Ordinal);
            var pathEnd = query >= 0 ? query : _withoutFragment.Length;
            if (pathStart >= 0 && pathStart < pathEnd)
            {
                var lastSlash = _withoutFragment.LastIndexOf('/', pathEnd - 1);
                _directory = _withoutFragment[..(lastSlash + 1)];
            }
        }
    }

    public string Base => _base;

    public bool TryRelativize(string iri, out string relative)
    {
        relative = "";
        if (!_hasFragment && string.Equals(iri, _withoutFragment, StringComparison.Ordinal)) return true;
        if (iri.Length > _withoutFragment.Length && iri[_withoutFragment.Length] == '#' && iri.StartsWith(_withoutFragment, StringComparison.Ordinal))
        {
            relative = iri[_withoutFragment.Length..];
            return true;
        }
        if (_directory is null || iri.Length <= _directory.Length || !iri.StartsWith(_directory, StringComparison.Ordinal)) return false;
        var rest = iri[_directory.Length..];
        if (rest[0] is '/' or '?' or '#') return false;
        var pathEnd = rest.IndexOfAny(['?', '#']);
        var path = pathEnd >= 0 ? rest[..pathEnd] : rest;
        var firstSegmentEnd = path.IndexOf('/', StringComparison.Ordinal);
        var firstSegment = firstSegmentEnd >= 0 ? path[..firstSegmentEnd] : path;
        if (firstSegment.Contains(':', StringComparison.Ordinal)) return false;
        foreach (var segment in path.Split('/'))
        {
            if (segment is "." or "..") return false;
        }
        relative = rest;
        return true;
    }
}
