namespace KgExport.Rdf;

/// <summary>
/// Makes changes to a dataset durable. A writer changes the in-memory dataset, then commits the net changes here
/// before it tells anyone they happened; when the commit throws, the writer undoes them and reports a failure.
/// </summary>
public interface IDatasetJournal
{
    /// <summary>Returns only once the changes would survive a crash of the process or the machine.</summary>
    void Commit(DatasetChanges changes, CancellationToken cancellationToken = default);

    /// <summary>Where the changes go, for messages (e.g. the store's directory).</summary>
    string Description { get; }
}
