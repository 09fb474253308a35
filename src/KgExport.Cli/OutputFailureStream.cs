namespace KgExport.Cli;

/// <summary>
/// A write-only stream over an output that turns its I/O errors into <see cref="OutputWriteException"/>s (through
/// <c>failure</c>), so a verb's writes, wherever they happen, fail with one message in the user's terms.
/// </summary>
internal sealed class OutputFailureStream(Stream inner, Func<IOException, OutputWriteException> failure) : Stream
{
    private const int FileTooLarge = 27; // EFBIG
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e) when (e is not OutputWriteException)
        {
            throw failure(e);
        }
        catch (ArgumentOutOfRangeException e) when (inner is FileStream)
        {
            // A FileStream reports EFBIG (past a file-size limit) as an argument out of range.
            throw failure(new IOException(e.Message, FileTooLarge));
        }
    }

    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException e) when (e is not OutputWriteException)
        {
            throw failure(e);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
