using System.Text;
using KgExport.Rdf;

namespace KgExport.Corpus;

/// <summary>
/// Writes one article's quads as an N-Quads block. One instance per worker thread, reused article after article:
/// the N-Quads writer's large buffer would otherwise be allocated per article, on the large object heap.
/// </summary>
internal sealed class NQuadsBlockWriter
{
    private readonly StringBuilder _text = new(1 << 15);
    private readonly NQuadsWriter _writer;

    public NQuadsBlockWriter()
    {
        _writer = new NQuadsWriter(new StringWriter(_text) { NewLine = "\n" }, allowQuads: true);
    }

    public string Write(IReadOnlyList<Quad> quads)
    {
        _text.Clear();
        foreach (var q in quads) _writer.Write(q);
        _writer.Finish();
        return _text.ToString();
    }
}
