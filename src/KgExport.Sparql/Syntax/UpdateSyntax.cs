using KgExport.Rdf;
using KgExport.Sparql.Algebra;

namespace KgExport.Sparql.Syntax;

public enum GraphTargetKind
{
    Default,
    Named,
    All,
    Graph,
}

/// <summary>The graph(s) an update operation acts on: DEFAULT, NAMED, ALL, or one graph IRI.</summary>
public sealed record GraphTarget(GraphTargetKind Kind, Iri? Iri = null)
{
    public static GraphTarget DefaultGraph { get; } = new(GraphTargetKind.Default);

    public override string ToString() => Kind == GraphTargetKind.Graph ? $"<{Iri!.Value}>" : Kind.ToString().ToUpperInvariant();
}

public abstract record UpdateOperation;

public sealed record LoadOperation(Iri Source, Iri? Into, bool Silent) : UpdateOperation;

public sealed record ClearOperation(GraphTarget Target, bool Silent) : UpdateOperation;

public sealed record DropOperation(GraphTarget Target, bool Silent) : UpdateOperation;

public sealed record CreateOperation(Iri Graph, bool Silent) : UpdateOperation;

public enum TransferKind
{
    Add,
    Move,
    Copy,
}

public sealed record TransferOperation(TransferKind Kind, GraphTarget Source, GraphTarget Destination, bool Silent) : UpdateOperation;

public sealed record InsertDataOperation(List<QuadPattern> Quads) : UpdateOperation;

public sealed record DeleteDataOperation(List<QuadPattern> Quads) : UpdateOperation;

/// <summary>DELETE/INSERT … WHERE (and DELETE WHERE, whose template is its pattern).</summary>
public sealed record ModifyOperation(
    Iri? With,
    List<QuadPattern> Delete,
    List<QuadPattern> Insert,
    List<Iri> Using,
    List<Iri> UsingNamed,
    GroupSyntax Where) : UpdateOperation;

/// <summary>A parsed update request: operations applied in order, atomically.</summary>
public sealed class UpdateRequest
{
    public List<UpdateOperation> Operations { get; } = [];
}
