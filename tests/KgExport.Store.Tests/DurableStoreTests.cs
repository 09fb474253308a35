using KgExport.Rdf;

namespace KgExport.Store.Tests;

public sealed class DurableStoreTests
{
    private static readonly Iri P = new("http://example.org/p");
    private static readonly Iri G = new("http://example.org/g");

    private static Quad Q(int i, Term? graph = null) => new(new Iri($"http://example.org/s{i}"), P, new Literal($"value {i}"), graph);

    /// <summary>One transaction: changes made while recording, then committed, as the server does.</summary>
    private static void Commit(DurableStore store, Action<Dataset> change)
    {
        var changes = store.Dataset.BeginRecording();
        change(store.Dataset);
        store.Dataset.EndRecording();
        store.Commit(changes);
    }

    private static DurableStore Open(StoreDirectory dir, List<string>? warnings = null) =>
        DurableStore.Open(dir.Path, w => (warnings ?? []).Add(w));

    [Fact]
    public void Committed_changes_of_every_kind_of_term_are_there_after_reopening()
    {
        using var dir = new StoreDirectory();
        var odd = new Quad(new BlankNode("b1"), P, Literal.WithLanguage("Pjöngjang \"quoted\"\n", "de-AT"), G);
        var typed = new Quad(new Iri("http://example.org/x"), P, Literal.Typed("2022-07-13", new Iri("http://www.w3.org/2001/XMLSchema#date")));
        using (var store = Open(dir))
        {
            Commit(store, d => { d.Add(odd); d.Add(typed); d.Add(Q(1, G)); });
            Commit(store, d => d.Remove(Q(1, G)));
            store.Dataset.Prefixes.Set("ex", "http://example.org/");
        }
        using var reopened = Open(dir);
        Assert.Equal(2, reopened.Dataset.Count);
        Assert.True(reopened.Dataset.Contains(odd));
        Assert.True(reopened.Dataset.Contains(typed));
        Assert.False(reopened.Dataset.Contains(Q(1, G)));
        Assert.Equal(2, reopened.Opening.ReplayedTransactions);
        // The default graph is the union: the named graph's triple shows in it.
        Assert.True(reopened.Dataset.Contains(odd.InGraph(null)));
    }

    [Fact]
    public void A_torn_last_record_is_reported_set_aside_and_not_replayed()
    {
        using var dir = new StoreDirectory();
        using (var store = Open(dir))
        {
            Commit(store, d => d.Add(Q(1)));
            Commit(store, d => d.Add(Q(2)));
            Commit(store, d => { d.Add(Q(3)); d.Add(Q(4)); });
        }
        var log = dir.Only("log-*.kgl");
        var full = new FileInfo(log).Length;
        using (var f = new FileStream(log, FileMode.Open)) f.SetLength(full - 5);

        var warnings = new List<string>();
        using (var store = Open(dir, warnings))
        {
            Assert.True(store.Dataset.Contains(Q(1)));
            Assert.True(store.Dataset.Contains(Q(2)));
            // The third transaction is all gone, not half there.
            Assert.False(store.Dataset.Contains(Q(3)));
            Assert.False(store.Dataset.Contains(Q(4)));
            Assert.Contains(warnings, w => w.Contains("not a whole record", StringComparison.Ordinal) && w.Contains("2 transactions were", StringComparison.Ordinal));
            Assert.Single(Directory.GetFiles(dir.Path, "log-*.kgl.damaged-*"));
            // Writing goes on after the last whole record.
            Commit(store, d => d.Add(Q(5)));
        }
        var again = new List<string>();
        using var third = Open(dir, again);
        Assert.Empty(again);
        Assert.Equal(3, third.Dataset.Count);
        Assert.True(third.Dataset.Contains(Q(5)));
    }

    [Fact]
    public void A_corrupted_byte_in_the_last_record_fails_its_checksum()
    {
        using var dir = new StoreDirectory();
        using (var store = Open(dir))
        {
            Commit(store, d => d.Add(Q(1)));
            Commit(store, d => d.Add(Q(2)));
        }
        var log = dir.Only("log-*.kgl");
        var bytes = File.ReadAllBytes(log);
        bytes[^3] ^= 0x40;
        File.WriteAllBytes(log, bytes);

        var warnings = new List<string>();
        using var reopened = Open(dir, warnings);
        Assert.True(reopened.Dataset.Contains(Q(1)));
        Assert.False(reopened.Dataset.Contains(Q(2)));
        Assert.Contains(warnings, w => w.Contains("checksum does not match", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_writer_is_refused_while_the_store_is_open()
    {
        using var dir = new StoreDirectory();
        using (Open(dir))
        {
            var e = Assert.Throws<StoreException>(() => Open(dir));
            Assert.Contains("in use by another process", e.Message);
        }
        using var after = Open(dir);
    }

    [Fact]
    public void Compaction_writes_the_next_generation_and_removes_the_old_one()
    {
        using var dir = new StoreDirectory();
        using (var store = Open(dir))
        {
            Commit(store, d => d.AddRange(Enumerable.Range(0, 100).Select(i => Q(i, G))));
            store.Compact();
            Commit(store, d => d.Remove(Q(0, G)));
        }
        Assert.EndsWith("snapshot-000002.kgs", dir.Only("snapshot-*.kgs"));
        Assert.EndsWith("log-000002.kgl", dir.Only("log-*.kgl"));
        using var reopened = Open(dir);
        Assert.Equal(99, reopened.Dataset.Count);
        Assert.Equal(100, reopened.Opening.SnapshotQuads);
        Assert.Equal(1, reopened.Opening.ReplayedTransactions);
    }

    [Fact]
    public void A_compaction_cut_short_before_its_log_was_made_opens_on_the_new_snapshot()
    {
        using var dir = new StoreDirectory();
        using (var store = Open(dir))
        {
            Commit(store, d => d.Add(Q(1)));
            store.Compact();
        }
        // As if the process died after renaming snapshot 2 and before creating log 2, with generation 1 still there.
        File.Delete(dir.Only("log-*.kgl"));
        File.WriteAllText(dir.File("snapshot-000003.kgs.tmp"), "half a snapshot");
        using var reopened = Open(dir);
        Assert.True(reopened.Dataset.Contains(Q(1)));
        Assert.False(File.Exists(dir.File("snapshot-000003.kgs.tmp")));
        Assert.True(File.Exists(dir.File("log-000002.kgl")));
    }

    [Fact]
    public void A_damaged_snapshot_is_an_error_not_an_empty_store()
    {
        using var dir = new StoreDirectory();
        using (var store = Open(dir))
        {
            Commit(store, d => d.AddRange(Enumerable.Range(0, 10).Select(i => Q(i))));
            store.Compact();
        }
        var snapshot = dir.Only("snapshot-*.kgs");
        var bytes = File.ReadAllBytes(snapshot);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(snapshot, bytes);
        var e = Assert.Throws<StoreException>(() => Open(dir));
        Assert.Contains("the snapshot is damaged", e.Message);
    }

    [Fact]
    public void A_directory_with_other_files_is_not_taken_for_a_store()
    {
        using var dir = new StoreDirectory();
        Directory.CreateDirectory(dir.Path);
        File.WriteAllText(dir.File("notes.txt"), "mine");
        var e = Assert.Throws<StoreException>(() => Open(dir));
        Assert.Contains("not a kgexport store", e.Message);
    }

    [Fact]
    public void Read_only_opening_sees_what_a_running_writer_committed()
    {
        using var dir = new StoreDirectory();
        using var store = Open(dir);
        Commit(store, d => d.Add(Q(1, G)));
        Commit(store, d => d.Add(Q(2)));
        var copy = DurableStore.ReadOnly(dir.Path, _ => { });
        Assert.Equal(2, copy.Count);
        Assert.True(copy.Contains(Q(1, G)));
    }

    [Fact]
    public void A_new_store_written_from_a_dataset_opens_with_it()
    {
        using var source = new StoreDirectory();
        using var target = new StoreDirectory();
        using (var store = Open(source))
        {
            Commit(store, d => { d.Add(Q(1, G)); d.Add(Q(2)); });
        }
        DurableStore.WriteNew(target.Path, DurableStore.ReadOnly(source.Path, _ => { }));
        Assert.Throws<StoreException>(() => DurableStore.WriteNew(target.Path, new Dataset()));
        using var copy = Open(target);
        Assert.Equal(2, copy.Dataset.Count);
        Assert.True(copy.Dataset.Contains(Q(1, G)));
    }
}
