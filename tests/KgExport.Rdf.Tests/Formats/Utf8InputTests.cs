using System.Text;

namespace KgExport.Rdf.Tests.Formats;

/// <summary>The one way from bytes to quads: strict UTF-8 for every syntax, a malformed byte reported at its offset.</summary>
public sealed class Utf8InputTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static string ReadAll(byte[] bytes, int chunk = int.MaxValue)
    {
        using var reader = new Utf8TextReader(new Trickle(bytes, chunk), "doc.ttl");
        return reader.ReadToEnd();
    }

    [Fact]
    public void Text_is_decoded_and_a_leading_byte_order_mark_is_skipped()
    {
        Assert.Equal("é ✓ 😀", ReadAll(Encoding.UTF8.GetBytes("é ✓ 😀")));
        Assert.Equal("é", ReadAll([.. Bom, .. Encoding.UTF8.GetBytes("é")], chunk: 1));
        Assert.Equal("\uFEFF", ReadAll([.. Bom, .. Bom]));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(int.MaxValue)]
    public void A_malformed_byte_is_reported_at_its_offset_however_the_bytes_arrive(int chunk)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("<a> <é> "), 0xFF, .. Encoding.UTF8.GetBytes(" .")];
        var e = Assert.Throws<InvalidUtf8Exception>(() => ReadAll(bytes, chunk));
        Assert.Equal(9, e.ByteOffset);
        Assert.Equal("doc.ttl: not valid UTF-8 (byte offset 9)", e.Message);
    }

    [Fact]
    public void The_offset_counts_from_the_start_of_the_file_across_buffers_and_the_byte_order_mark()
    {
        // 70,000 two-byte characters: sequences straddle every 64 KiB buffer boundary.
        var text = Encoding.UTF8.GetBytes(new string('é', 70_000));
        byte[] bytes = [.. Bom, .. text, 0xC3, 0x28];
        Assert.Equal(3 + 140_000, Assert.Throws<InvalidUtf8Exception>(() => ReadAll(bytes)).ByteOffset);
        Assert.Equal(70_000, ReadAll([.. Bom, .. text]).Length);
    }

    [Fact]
    public void A_sequence_cut_off_by_the_end_of_the_input_is_malformed()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("ab"), 0xE2, 0x9C];
        Assert.Equal(2, Assert.Throws<InvalidUtf8Exception>(() => ReadAll(bytes, chunk: 1)).ByteOffset);
    }

    [Theory]
    [InlineData(RdfFormat.NTriples, "<http://e/s> <http://e/p> \"ok\" .\n<http://e/s> <http://e/p> \"", "\" .\n")]
    [InlineData(RdfFormat.Turtle, "<http://e/s> <http://e/p> \"ok\" .\n<http://e/s> <http://e/p> \"", "\" .\n")]
    [InlineData(RdfFormat.JsonLd, "{\"http://e/p\": \"", "\"}")]
    [InlineData(RdfFormat.RdfXml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"http://e/\"><rdf:Description rdf:about=\"http://e/s\" e:p=\"", "\"/></rdf:RDF>")]
    public void Every_syntax_reads_strict_utf8(RdfFormat format, string before, string after)
    {
        var head = Encoding.UTF8.GetBytes(before);
        byte[] bytes = [.. head, 0x80, .. Encoding.UTF8.GetBytes(after)];
        var parser = RdfIo.CreateParser(format, new ParserOptions { SourceName = "doc", BaseIri = "http://e/doc" });
        var e = Assert.Throws<InvalidUtf8Exception>(() => RdfIo.Parse(parser, new MemoryStream(bytes), "doc").ToList());
        Assert.Equal(head.Length, e.ByteOffset);
    }

    [Fact]
    public void LoadFile_refuses_a_malformed_file_instead_of_replacing_the_byte()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kgexport-utf8-{Guid.NewGuid():N}.ttl");
        try
        {
            File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("<http://e/s> <http://e/p> \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\" .\n")]);
            var e = Assert.Throws<InvalidUtf8Exception>(() => RdfIo.LoadFile(path));
            Assert.Equal($"{path}: not valid UTF-8 (byte offset 30)", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rdfxml_from_a_pipe_still_honours_its_declared_encoding()
    {
        var text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:e=\"http://e/\"><rdf:Description rdf:about=\"http://e/s\" e:p=\"\u00E9t\u00E9\"/></rdf:RDF>";
        var parser = RdfIo.CreateParser(RdfFormat.RdfXml, new ParserOptions { SourceName = "-" });
        var q = Assert.Single(RdfIo.Parse(parser, new Trickle(Encoding.Latin1.GetBytes(text), 5), "-"));
        Assert.Equal(new Literal("\u00E9t\u00E9"), q.Object);
    }

    /// <summary>A forward-only stream that hands out at most <c>chunk</c> bytes per read, as a pipe may.</summary>
    private sealed class Trickle(byte[] bytes, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
