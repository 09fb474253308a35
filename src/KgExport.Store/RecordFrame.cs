using System.Buffers.Binary;
using System.IO.Hashing;

namespace KgExport.Store;

/// <summary>
/// How records sit in a store file: a 12-byte header (the magic "KGR1", the payload's length and its CRC-32, little
/// endian) and then the payload. A record is taken only when its header is whole, its length fits in the file and its
/// checksum matches, so a write cut short by a crash, or damaged afterwards, is never mistaken for data.
/// </summary>
internal static class RecordFrame
{
    public const int HeaderSize = 12;

    /// <summary>No record is larger; a length beyond it is damage, not a record.</summary>
    public const int MaxPayload = 1 << 30;

    private const uint Magic = 0x3152474B; // "KGR1"

    public static byte[] Frame(ReadOnlySpan<byte> payload)
    {
        var record = new byte[HeaderSize + payload.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(record, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(4), payload.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(8), Crc32.HashToUInt32(payload));
        payload.CopyTo(record.AsSpan(HeaderSize));
        return record;
    }

    /// <summary>
    /// Reads the record at the stream's position. Null at a clean end of the stream; otherwise the payload, or a
    /// <see cref="DamagedRecordException"/> saying what is wrong (the stream's position is then undefined).
    /// </summary>
    public static byte[]? Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[HeaderSize];
        var got = ReadFully(stream, header);
        if (got == 0) return null;
        if (got < HeaderSize) throw new DamagedRecordException($"a record header cut short ({got} of {HeaderSize} bytes)");
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic) throw new DamagedRecordException("no record starts here (wrong magic number)");
        var length = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        var remaining = stream.Length - stream.Position;
        if (length < 0 || length > MaxPayload || length > remaining)
        {
            throw new DamagedRecordException($"a record of {length} bytes with only {remaining} left (cut short)");
        }
        var payload = new byte[length];
        if (ReadFully(stream, payload) != length) throw new DamagedRecordException("a record cut short");
        if (Crc32.HashToUInt32(payload) != BinaryPrimitives.ReadUInt32LittleEndian(header[8..]))
        {
            throw new DamagedRecordException($"a record of {length} bytes whose checksum does not match (torn or corrupted)");
        }
        return payload;
    }

    private static int ReadFully(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}

/// <summary>A record that fails its checks: cut short by a crash, or damaged on disk.</summary>
internal sealed class DamagedRecordException(string message) : Exception(message);
