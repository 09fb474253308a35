using KgExport.Rdf;

namespace KgExport.Sparql.Algebra;

/// <summary>A SPARQL 1.1 property path expression.</summary>
internal abstract record PathExpr
{
    /// <summary>The same path walked backwards.</summary>
    public abstract PathExpr Inverse();
}

internal sealed record LinkPath(Iri Iri) : PathExpr
{
    public override PathExpr Inverse() => new InversePath(this);
    public override string ToString() => Sse.Term(Iri);
}

internal sealed record InversePath(PathExpr Path) : PathExpr
{
    public override PathExpr Inverse() => Path;
    public override string ToString() => $"(reverse {Path})";
}

internal sealed record SequencePath(PathExpr Left, PathExpr Right) : PathExpr
{
    public override PathExpr Inverse() => new SequencePath(Right.Inverse(), Left.Inverse());
    public override string ToString() => $"(seq {Left} {Right})";
}

internal sealed record AlternativePath(PathExpr Left, PathExpr Right) : PathExpr
{
    public override PathExpr Inverse() => new AlternativePath(Left.Inverse(), Right.Inverse());
    public override string ToString() => $"(alt {Left} {Right})";
}

internal sealed record ZeroOrMorePath(PathExpr Path) : PathExpr
{
    public override PathExpr Inverse() => new ZeroOrMorePath(Path.Inverse());
    public override string ToString() => $"(path* {Path})";
}

internal sealed record OneOrMorePath(PathExpr Path) : PathExpr
{
    public override PathExpr Inverse() => new OneOrMorePath(Path.Inverse());
    public override string ToString() => $"(path+ {Path})";
}

internal sealed record ZeroOrOnePath(PathExpr Path) : PathExpr
{
    public override PathExpr Inverse() => new ZeroOrOnePath(Path.Inverse());
    public override string ToString() => $"(path? {Path})";
}

/// <summary>!(a|^b): any forward link not in <see cref="Forward"/>, or any backward link not in <see cref="Backward"/>.</summary>
internal sealed record NegatedPropertySet(IReadOnlyList<Iri> Forward, IReadOnlyList<Iri> Backward) : PathExpr
{
    public bool HasForward => Forward.Count > 0 || Backward.Count == 0;
    public bool HasBackward => Backward.Count > 0;

    public override PathExpr Inverse() => new NegatedPropertySet(Backward, Forward);

    public override string ToString() =>
        $"(notoneof {Sse.List(Forward.Select(Sse.Term).Concat(Backward.Select(b => "(reverse " + Sse.Term(b) + ")")))})";
}
