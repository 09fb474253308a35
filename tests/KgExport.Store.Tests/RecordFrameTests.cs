namespace KgExport.Store.Tests;

/// <summary>
/// The record framing of the store files: a framed payload reads back as itself, records follow one another, and
/// every kind of damage (a cut header, a wrong magic number, a length past the end, a flipped payload bit) is
/// reported as a <see cref="DamagedRecordException"/>, never returned as data.
/// </summary>
public sealed class RecordFrameTests
{
    private static readonly byte[] Payload = [1, 2, 3, 250, 0, 7];

    [Fact]
    public void A_framed_payload_reads_back_and_then_the_stream_ends_cleanly()
    {
        var framed = RecordFrame.Frame(Payload);
        Assert.Equal(RecordFrame.HeaderSize + Payload.Length, framed.Length);
        Assert.Equal("KGR1"u8.ToArray(), framed[..4]);

        using var stream = new MemoryStream(framed);
        Assert.Equal(Payload, RecordFrame.Read(stream));
        Assert.Null(RecordFrame.Read(stream));
    }

    [Fact]
    public void Records_written_one_after_another_read_back_in_order_including_an_empty_one()
    {
        using var stream = new MemoryStream([.. RecordFrame.Frame(Payload), .. RecordFrame.Frame([]), .. RecordFrame.Frame([42])]);
        Assert.Equal(Payload, RecordFrame.Read(stream));
        Assert.Empty(Assert.IsType<byte[]>(RecordFrame.Read(stream)));
        Assert.Equal(new byte[] { 42 }, RecordFrame.Read(stream));
        Assert.Null(RecordFrame.Read(stream));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(RecordFrame.HeaderSize - 1)]
    public void A_header_cut_short_is_damage(int kept)
    {
        var e = Assert.Throws<DamagedRecordException>(() => RecordFrame.Read(new MemoryStream(RecordFrame.Frame(Payload)[..kept])));
        Assert.Contains($"{kept} of {RecordFrame.HeaderSize} bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payload_cut_short_is_damage()
    {
        var framed = RecordFrame.Frame(Payload);
        var e = Assert.Throws<DamagedRecordException>(() => RecordFrame.Read(new MemoryStream(framed[..^1])));
        Assert.Contains("cut short", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_magic_number_is_damage()
    {
        var framed = RecordFrame.Frame(Payload);
        framed[0] ^= 0xFF;
        var e = Assert.Throws<DamagedRecordException>(() => RecordFrame.Read(new MemoryStream(framed)));
        Assert.Contains("magic", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_length_is_damage()
    {
        var framed = RecordFrame.Frame(Payload);
        framed[7] = 0x80; // the length's sign bit (little endian)
        Assert.Throws<DamagedRecordException>(() => RecordFrame.Read(new MemoryStream(framed)));
    }

    [Theory]
    [InlineData(RecordFrame.HeaderSize)]
    [InlineData(RecordFrame.HeaderSize + 3)]
    [InlineData(RecordFrame.HeaderSize + 5)]
    public void A_flipped_payload_bit_fails_the_checksum(int offset)
    {
        var framed = RecordFrame.Frame(Payload);
        framed[offset] ^= 0x01;
        var e = Assert.Throws<DamagedRecordException>(() => RecordFrame.Read(new MemoryStream(framed)));
        Assert.Contains("checksum", e.Message, StringComparison.Ordinal);
    }
}
