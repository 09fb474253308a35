using System.Text;
using KgExport.Rdf;

namespace KgExport.Store;

/// <summary>
/// Encodes records as compact binary payloads. A changes record carries its own table of the terms it uses (each
/// written once, as UTF-8), then each quad as four indexes into it, so a snapshot of a graph with a few thousand
/// distinct terms per chunk costs a few bytes per quad and decodes without re-parsing any syntax.
/// </summary>
internal static class StoreRecordCodec
{
    private const byte Header = 1;
    private const byte Changes = 2;
    private const byte Prefixes = 3;
    private const byte SnapshotEnd = 4;

    private const byte IriTag = 0;
    private const byte BlankTag = 1;
    private const byte SimpleLiteralTag = 2;
    private const byte TypedLiteralTag = 3;
    private const byte LanguageLiteralTag = 4;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Encode(StoreRecord record)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Utf8, leaveOpen: true))
        {
            switch (record)
            {
                case FileHeaderRecord h:
                    w.Write(Header);
                    w.Write((byte)h.Kind);
                    w.Write(h.Generation);
                    break;
                case ChangesRecord c:
                    w.Write(Changes);
                    WriteChanges(w, c);
                    break;
                case PrefixesRecord p:
                    w.Write(Prefixes);
                    w.Write7BitEncodedInt(p.Entries.Count);
                    foreach (var (prefix, ns) in p.Entries)
                    {
                        w.Write(prefix);
                        w.Write(ns);
                    }
                    break;
                case SnapshotEndRecord e:
                    w.Write(SnapshotEnd);
                    w.Write(e.Quads);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(record));
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Decodes a payload whose checksum matched; a payload that still makes no sense is damage.</summary>
    public static StoreRecord Decode(byte[] payload)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(payload, writable: false), Utf8);
            StoreRecord record = r.ReadByte() switch
            {
                Header => new FileHeaderRecord((StoreFileKind)r.ReadByte(), r.ReadInt64()),
                Changes => ReadChanges(r),
                Prefixes => ReadPrefixes(r),
                SnapshotEnd => new SnapshotEndRecord(r.ReadInt64()),
                var kind => throw new DamagedRecordException($"unknown record kind {kind}"),
            };
            if (r.BaseStream.Position != payload.Length) throw new DamagedRecordException("a record with bytes left over");
            return record;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or DecoderFallbackException or ArgumentException or InvalidCastException or IndexOutOfRangeException)
        {
            throw new DamagedRecordException($"a record that does not decode ({e.Message})");
        }
    }

    private static void WriteChanges(BinaryWriter w, ChangesRecord c)
    {
        var ids = new Dictionary<Term, int>();
        var table = new List<Term>();
        int Id(Term t)
        {
            if (!ids.TryGetValue(t, out var id))
            {
                id = table.Count;
                ids[t] = id;
                table.Add(t);
            }
            return id;
        }
        var removed = c.Removed.Select(q => Ids(q, Id)).ToList();
        var added = c.Added.Select(q => Ids(q, Id)).ToList();
        w.Write7BitEncodedInt(table.Count);
        foreach (var t in table) WriteTerm(w, t);
        WriteQuads(w, removed);
        WriteQuads(w, added);
    }

    private static (int S, int P, int O, int G) Ids(Quad q, Func<Term, int> id) =>
        (id(q.Subject), id(q.Predicate), id(q.Object), q.Graph is null ? 0 : id(q.Graph) + 1);

    private static void WriteQuads(BinaryWriter w, List<(int S, int P, int O, int G)> quads)
    {
        w.Write7BitEncodedInt(quads.Count);
        foreach (var (s, p, o, g) in quads)
        {
            w.Write7BitEncodedInt(s);
            w.Write7BitEncodedInt(p);
            w.Write7BitEncodedInt(o);
            w.Write7BitEncodedInt(g);
        }
    }

    private static void WriteTerm(BinaryWriter w, Term term)
    {
        switch (term)
        {
            case Iri iri:
                w.Write(IriTag);
                w.Write(iri.Value);
                break;
            case BlankNode b:
                w.Write(BlankTag);
                w.Write(b.Label);
                break;
            case Literal { Language: { } language } l:
                w.Write(LanguageLiteralTag);
                w.Write(l.LexicalForm);
                w.Write(language);
                break;
            case Literal { IsSimple: true } l:
                w.Write(SimpleLiteralTag);
                w.Write(l.LexicalForm);
                break;
            case Literal l:
                w.Write(TypedLiteralTag);
                w.Write(l.LexicalForm);
                w.Write(l.Datatype.Value);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(term));
        }
    }

    private static ChangesRecord ReadChanges(BinaryReader r)
    {
        var count = r.Read7BitEncodedInt();
        if (count < 0 || count > r.BaseStream.Length) throw new DamagedRecordException("a term table larger than its record");
        var table = new Term[count];
        for (var i = 0; i < count; i++) table[i] = ReadTerm(r);
        var removed = ReadQuads(r, table);
        var added = ReadQuads(r, table);
        return new ChangesRecord(removed, added);
    }

    private static List<Quad> ReadQuads(BinaryReader r, Term[] table)
    {
        var count = r.Read7BitEncodedInt();
        if (count < 0 || count > r.BaseStream.Length) throw new DamagedRecordException("more quads than the record can hold");
        var quads = new List<Quad>(count);
        for (var i = 0; i < count; i++)
        {
            var s = table[r.Read7BitEncodedInt()];
            var p = (Iri)table[r.Read7BitEncodedInt()];
            var o = table[r.Read7BitEncodedInt()];
            var g = r.Read7BitEncodedInt();
            quads.Add(new Quad(s, p, o, g == 0 ? null : table[g - 1]));
        }
        return quads;
    }

    private static Term ReadTerm(BinaryReader r) => r.ReadByte() switch
    {
        IriTag => new Iri(r.ReadString()),
        BlankTag => new BlankNode(r.ReadString()),
        SimpleLiteralTag => new Literal(r.ReadString()),
        TypedLiteralTag => ReadTyped(r),
        LanguageLiteralTag => ReadLanguage(r),
        var tag => throw new DamagedRecordException($"unknown term tag {tag}"),
    };

    private static Literal ReadTyped(BinaryReader r)
    {
        var lexical = r.ReadString();
        return Literal.Typed(lexical, new Iri(r.ReadString()));
    }

    private static Literal ReadLanguage(BinaryReader r)
    {
        var lexical = r.ReadString();
        return Literal.WithLanguage(lexical, r.ReadString());
    }

    private static PrefixesRecord ReadPrefixes(BinaryReader r)
    {
        var count = r.Read7BitEncodedInt();
        if (count < 0 || count > r.BaseStream.Length) throw new DamagedRecordException("more prefixes than the record can hold");
        var entries = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var prefix = r.ReadString();
            entries.Add((prefix, r.ReadString()));
        }
        return new PrefixesRecord(entries);
    }
}
