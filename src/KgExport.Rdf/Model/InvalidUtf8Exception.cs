namespace KgExport.Rdf;

/// <summary>
/// Input bytes that are not UTF-8. Every RDF syntax is read as strict UTF-8 (RDF/XML unless its declaration names
/// another encoding): a malformed byte is an error at its offset, never a U+FFFD in the data.
/// </summary>
public sealed class InvalidUtf8Exception : Exception
{
    public InvalidUtf8Exception(string source, long byteOffset)
        : base($"{source}: not valid UTF-8 (byte offset {byteOffset})")
    {
        SourceName = source;
        ByteOffset = byteOffset;
    }

    public string SourceName { get; }

    /// <summary>The offset of the first byte that is not part of a well-formed UTF-8 sequence, from the start of the input (a byte order mark included).</summary>
    public long ByteOffset { get; }
}
