using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Update;

/// <summary>
/// A LOAD source of local files only: <c>file:</c> IRIs inside the given directories (links followed), read with the
/// format from the file extension and strict UTF-8 (<see cref="RdfIo"/>). The network is refused, so an update
/// cannot make the host fetch any URL (its own loopback services included).
/// </summary>
public sealed class DirectoryLoader(IReadOnlyList<string> directories) : IUpdateLoader
{
    /// <summary>The directories LOAD may read files from.</summary>
    public IReadOnlyList<string> Directories { get; } = directories;

    /// <summary>The quads of the file <paramref name="source"/> names; throws <see cref="QueryEvaluationException"/> for any other IRI or a file outside <see cref="Directories"/>.</summary>
    public IEnumerable<Quad> Load(Iri source, CancellationToken cancellationToken)
    {
        var uri = new Uri(source.Value);
        if (!uri.IsFile)
        {
            throw new QueryEvaluationException($"LOAD <{source.Value}>: not a source LOAD may fetch (LoadSources); send the data with PUT /store or INSERT DATA instead");
        }
        return RdfIo.LoadFile(AllowedFile(source.Value, uri.LocalPath), baseIri: source.Value, cancellationToken: cancellationToken).Quads;
    }

    private string AllowedFile(string iri, string localPath)
    {
        if (Directories.Count == 0) throw new QueryEvaluationException($"LOAD <{iri}>: loading files is off (no directory is allowed)");
        var path = Path.GetFullPath(localPath);
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        foreach (var directory in Directories)
        {
            var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)) + Path.DirectorySeparatorChar;
            if (path.StartsWith(root, StringComparison.Ordinal) && target.StartsWith(root, StringComparison.Ordinal)) return path;
        }
        throw new QueryEvaluationException($"LOAD <{iri}>: not in a directory files may be loaded from");
    }
}
