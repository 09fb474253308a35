using KgExport.Rdf;

namespace KgExport.Corpus;

/// <summary>
/// A corpus collected into one dataset by <see cref="CorpusRun.Collect"/>: the graph of every article that went
/// through, with the export prefixes, and the messages of those that did not.
/// </summary>
public sealed record CorpusDataset(Dataset Dataset, IReadOnlyList<string> Problems, bool AnyBadInput, bool AnyInvalid)
{
    /// <summary>Every article went through.</summary>
    public bool Ok => !AnyBadInput && !AnyInvalid;
}
