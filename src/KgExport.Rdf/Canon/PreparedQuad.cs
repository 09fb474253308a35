using System.Text;

namespace KgExport.Rdf;

/// <summary>
/// A quad with its ground terms already in canonical N-Quads form, so that the many re-serializations RDFC-1.0
/// makes (with blank nodes relabelled each time) only concatenate strings.
/// </summary>
internal sealed class PreparedQuad
{
    private readonly string? _subject;
    private readonly string _predicate;
    private readonly string? _object;
    private readonly string? _graph;

    public PreparedQuad(Quad quad)
    {
        Quad = quad;
        SubjectLabel = (quad.Subject as BlankNode)?.Label;
        ObjectLabel = (quad.Object as BlankNode)?.Label;
        GraphLabel = (quad.Graph as BlankNode)?.Label;
        _subject = SubjectLabel is null ? NTriplesFormatter.Format(quad.Subject) : null;
        _predicate = NTriplesFormatter.Format(quad.Predicate);
        _object = ObjectLabel is null ? NTriplesFormatter.Format(quad.Object) : null;
        _graph = GraphLabel is null && quad.Graph is not null ? NTriplesFormatter.Format(quad.Graph) : null;
    }

    public Quad Quad { get; }

    public string? SubjectLabel { get; }

    public string? ObjectLabel { get; }

    public string? GraphLabel { get; }

    /// <summary>Appends the quad as one canonical N-Quads line ("... .\n"), naming blank nodes through <paramref name="name"/>.</summary>
    public void AppendLine(StringBuilder sb, Func<string, string> name)
    {
        if (SubjectLabel is null) sb.Append(_subject);
        else sb.Append("_:").Append(name(SubjectLabel));
        sb.Append(' ').Append(_predicate).Append(' ');
        if (ObjectLabel is null) sb.Append(_object);
        else sb.Append("_:").Append(name(ObjectLabel));
        if (GraphLabel is not null) sb.Append(" _:").Append(name(GraphLabel));
        else if (_graph is not null) sb.Append(' ').Append(_graph);
        sb.Append(" .\n");
    }
}
