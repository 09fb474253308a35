using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Syntax;

internal enum GraphTargetKind
{
    Default,
    Named,
    All,
    Graph,
}

/// <summary>The graph(s) an update operation acts on: DEFAULT, NAMED, ALL, or one graph IRI.</summary>
internal sealed record GraphTarget(GraphTargetKind Kind, Iri? Iri = null)
{
    public static GraphTarget DefaultGraph { get; } = new(GraphTargetKind.Default);

    public override string ToString() => Kind == GraphTargetKind.Graph ? $"<{Iri!.Value}>" : Kind.ToString().ToUpperInvariant();
}

internal abstract record UpdateOperation;

internal sealed record LoadOperation(Iri Source, Iri? Into, bool Silent) : UpdateOperation;

internal sealed record ClearOperation(GraphTarget Target, bool Silent) : UpdateOperation;

internal sealed record DropOperation(GraphTarget Target, bool Silent) : UpdateOperation;

internal sealed record CreateOperation(Iri Graph, bool Silent) : UpdateOperation;

internal enum TransferKind
{
    Add,
    Move,
    Copy,
}

internal sealed record TransferOperation(TransferKind Kind, GraphTarget Source, GraphTarget Destination, bool Silent) : UpdateOperation;

internal sealed record InsertDataOperation(List<QuadPattern> Quads) : UpdateOperation;

internal sealed record DeleteDataOperation(List<QuadPattern> Quads) : UpdateOperation;

/// <summary>DELETE/INSERT … WHERE (and DELETE WHERE, whose template is its pattern).</summary>
internal sealed record ModifyOperation(
    Iri? With,
    List<QuadPattern> Delete,
    List<QuadPattern> Insert,
    List<Iri> Using,
    List<Iri> UsingNamed,
    GroupSyntax Where) : UpdateOperation;

/// <summary>A parsed update request: operations applied in order, atomically.</summary>
public sealed class UpdateRequest
{
    internal List<UpdateOperation> Operations { get; } = [];

    /// <summary>
    /// Gives every DELETE/INSERT the dataset a protocol request names (the SPARQL protocol's using-graph-uri and
    /// using-named-graph-uri), as if it said USING and USING NAMED. Returns false, changing nothing, when an
    /// operation names its own USING or WITH, which the protocol makes an error.
    /// </summary>
    public bool TryUseDataset(IReadOnlyList<Iri> defaultGraphs, IReadOnlyList<Iri> namedGraphs)
    {
        ArgumentNullException.ThrowIfNull(defaultGraphs);
        ArgumentNullException.ThrowIfNull(namedGraphs);
        if (Operations.Any(o => o is ModifyOperation m && (m.With is not null || m.Using.Count > 0 || m.UsingNamed.Count > 0))) return false;
        for (var i = 0; i < Operations.Count; i++)
        {
            if (Operations[i] is ModifyOperation modify) Operations[i] = modify with { Using = [.. defaultGraphs], UsingNamed = [.. namedGraphs] };
        }
        return true;
    }
}
