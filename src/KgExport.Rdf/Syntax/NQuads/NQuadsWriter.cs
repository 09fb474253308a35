using System.Runtime.CompilerServices;
using KgExport.Rdf.Syntax;

namespace KgExport.Rdf;

/// <summary>
/// Streaming writer for N-Quads (<c>allowQuads: true</c>) and N-Triples: one statement per line, '\n' line ends,
/// canonical escapes (ECHAR for \b \t \n \f \r \" \\, upper-case \uXXXX for other controls), nothing buffered beyond
/// a block of text. N-Triples rejects a quad in a named graph with <see cref="RdfWriteException"/>.
/// </summary>
public sealed class NQuadsWriter : IQuadWriter
{
    private readonly WriterBuffer _buffer;
    private readonly TextWriter _output;
    private readonly bool _allowQuads;

    public NQuadsWriter(TextWriter output, bool allowQuads)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _buffer = new WriterBuffer(output);
        _allowQuads = allowQuads;
    }

    public bool AllowQuads => _allowQuads;

    // Per-statement paths are compiled fully optimised at once (AggressiveOptimization): a conversion otherwise runs
    // them as unoptimised tier-0 code for much of a one-second process (bench/RESULTS-convert.md).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(Quad quad)
    {
        if (quad.Graph is not null && !_allowQuads)
        {
            throw new RdfWriteException(
                $"N-Triples has no named graphs, but the triple {NTriplesFormatter.Format(quad.InGraph(null))} is in the graph "
                + $"{NTriplesFormatter.Format(quad.Graph)}; write N-Quads or TriG instead.");
        }
        var b = _buffer;
        b.AppendTerm(quad.Subject);
        b.Append(' ');
        b.AppendIri(quad.Predicate.Value);
        b.Append(' ');
        b.AppendTerm(quad.Object);
        if (quad.Graph is not null)
        {
            b.Append(' ');
            b.AppendTerm(quad.Graph);
        }
        b.Append(" .\n");
        b.FlushIfFull();
    }

    public void Finish()
    {
        _buffer.Flush();
        _output.Flush();
    }
}
