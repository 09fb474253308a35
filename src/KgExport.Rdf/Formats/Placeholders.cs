namespace KgExport.Rdf;

// Placeholders so the solution builds while the syntaxes are written; each is replaced by its real file.
public sealed class TurtleWriter(TextWriter output, WriterOptions options, bool allowGraphs) : IQuadWriter
{
    public bool AllowGraphs => allowGraphs;
    public WriterOptions Options => options;
    public void Write(Quad quad) => throw new NotImplementedException();
    public void Finish() => output.Flush();
}
