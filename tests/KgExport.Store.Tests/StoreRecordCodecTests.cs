using KgExport.Rdf;

namespace KgExport.Store.Tests;

/// <summary>
/// The binary payloads of the store's records: every record kind and every kind of term survives encoding, terms
/// that look alike stay apart, and a payload that passed its checksum but does not decode is damage.
/// </summary>
public sealed class StoreRecordCodecTests
{
    private static readonly Iri P = new("http://example.org/p");
    private static readonly Iri G = new("http://example.org/g");

    private static T RoundTrip<T>(T record) where T : StoreRecord => Assert.IsType<T>(StoreRecordCodec.Decode(StoreRecordCodec.Encode(record)));

    [Fact]
    public void File_headers_round_trip()
    {
        Assert.Equal(new FileHeaderRecord(StoreFileKind.Snapshot, 0), RoundTrip(new FileHeaderRecord(StoreFileKind.Snapshot, 0)));
        Assert.Equal(new FileHeaderRecord(StoreFileKind.Log, long.MaxValue), RoundTrip(new FileHeaderRecord(StoreFileKind.Log, long.MaxValue)));
        Assert.NotEqual(new FileHeaderRecord(StoreFileKind.Log, 1), RoundTrip(new FileHeaderRecord(StoreFileKind.Snapshot, 1)));
    }

    [Fact]
    public void A_snapshot_end_round_trips() => Assert.Equal(123_456_789_012L, RoundTrip(new SnapshotEndRecord(123_456_789_012L)).Quads);

    [Fact]
    public void Prefixes_round_trip_in_order_including_the_empty_prefix()
    {
        (string, string)[] entries = [("ex", "http://example.org/"), ("", "http://example.org/default#"), ("é", "http://example.org/é/")];
        Assert.Equal(entries, RoundTrip(new PrefixesRecord(entries)).Entries);
    }

    [Fact]
    public void Every_kind_of_term_round_trips_in_every_position_and_graph()
    {
        Term[] objects =
        [
            new Iri("http://example.org/o"),
            new BlankNode("b1"),
            new Literal("plain"),
            new Literal(""),
            Literal.WithLanguage("chat", "fr"),
            Literal.Typed("42", Vocab.Xsd.Integer),
            Literal.Typed("x", new Iri("http://example.org/custom")),
            new Literal("astral \U0001F600, NUL \0, newline \n"),
        ];
        var added = objects.Select((o, i) => new Quad(i % 2 == 0 ? new Iri("http://example.org/s") : new BlankNode("s"), P, o, i % 3 == 0 ? null : i % 3 == 1 ? G : new BlankNode("g"))).ToList();
        var removed = new List<Quad> { new(new Iri("http://example.org/old"), P, new Literal("gone"), G) };

        var back = RoundTrip(new ChangesRecord(removed, added));

        Assert.Equal(removed, back.Removed);
        Assert.Equal(added, back.Added);
        Assert.Equal(added.Select(q => q.Object.Kind), back.Added.Select(q => q.Object.Kind));
    }

    [Fact]
    public void Terms_with_the_same_text_but_different_kinds_stay_apart()
    {
        var s = new Iri("http://example.org/s");
        List<Quad> added =
        [
            new(s, P, new Iri("http://example.org/x")),
            new(s, P, new Literal("http://example.org/x")),
            new(s, P, Literal.Typed("http://example.org/x", new Iri("http://www.w3.org/2001/XMLSchema#anyURI"))),
            new(s, P, Literal.WithLanguage("http://example.org/x", "en")),
            new(s, P, new BlankNode("x")),
            new(s, P, new Literal("x")),
        ];
        var back = RoundTrip(new ChangesRecord([], added));
        Assert.Equal(added, back.Added);
        Assert.Equal(added.Count, back.Added.Distinct().Count());
    }

    [Fact]
    public void A_term_used_many_times_is_written_once()
    {
        var s = new Iri("http://example.org/" + new string('s', 200));
        var one = StoreRecordCodec.Encode(new ChangesRecord([], [new Quad(s, P, new Literal("1"))]));
        var many = StoreRecordCodec.Encode(new ChangesRecord([], [.. Enumerable.Range(0, 50).Select(i => new Quad(s, P, new Literal(i.ToString(System.Globalization.CultureInfo.InvariantCulture))))]));
        Assert.True(many.Length < one.Length + 50 * 12, $"{many.Length} bytes for 50 quads sharing a 220-character subject");
    }

    [Fact]
    public void An_unknown_record_kind_is_damage()
    {
        var e = Assert.Throws<DamagedRecordException>(() => StoreRecordCodec.Decode([99]));
        Assert.Contains("unknown record kind 99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_left_over_after_a_record_are_damage()
    {
        var payload = StoreRecordCodec.Encode(new SnapshotEndRecord(5));
        Assert.Throws<DamagedRecordException>(() => StoreRecordCodec.Decode([.. payload, 0]));
    }

    [Fact]
    public void Every_truncation_of_a_changes_record_is_damage()
    {
        var payload = StoreRecordCodec.Encode(new ChangesRecord(
            [new Quad(new Iri("http://example.org/a"), P, Literal.WithLanguage("x", "en"), G)],
            [new Quad(new BlankNode("b"), P, Literal.Typed("1", Vocab.Xsd.Integer))]));
        for (var length = 0; length < payload.Length; length++)
        {
            Assert.Throws<DamagedRecordException>(() => StoreRecordCodec.Decode(payload[..length]));
        }
    }

    [Fact]
    public void A_predicate_that_is_not_an_iri_is_damage()
    {
        // Term table [Literal "x"], no removals, one added quad whose subject, predicate and object are all term 0.
        byte[] payload = [2, 1, 2, 1, (byte)'x', 0, 1, 0, 0, 0, 0];
        var e = Assert.Throws<DamagedRecordException>(() => StoreRecordCodec.Decode(payload));
        Assert.Contains("does not decode", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_index_past_the_table_is_damage()
    {
        byte[] payload = [2, 1, 0, 1, (byte)'s', 0, 1, 0, 0, 5, 0];
        Assert.Throws<DamagedRecordException>(() => StoreRecordCodec.Decode(payload));
    }
}
