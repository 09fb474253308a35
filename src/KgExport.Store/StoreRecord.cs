using KgExport.Rdf;

namespace KgExport.Store;

/// <summary>The payloads a store file holds, each one framed record.</summary>
internal abstract record StoreRecord;

/// <summary>First in every file: what the file is and which generation it belongs to.</summary>
internal sealed record FileHeaderRecord(StoreFileKind Kind, long Generation) : StoreRecord;

/// <summary>One committed transaction (in a log), or one chunk of a snapshot (adds only).</summary>
internal sealed record ChangesRecord(IReadOnlyList<Quad> Removed, IReadOnlyList<Quad> Added) : StoreRecord;

/// <summary>The dataset's prefixes, kept for output.</summary>
internal sealed record PrefixesRecord(IReadOnlyList<(string Prefix, string Namespace)> Entries) : StoreRecord;

/// <summary>Last in a snapshot: it is complete and holds this many quads.</summary>
internal sealed record SnapshotEndRecord(long Quads) : StoreRecord;

internal enum StoreFileKind : byte
{
    Snapshot = 1,
    Log = 2,
}
