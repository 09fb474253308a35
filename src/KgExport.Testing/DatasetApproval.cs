using KgExport.Diff;
using KgExport.Rdf;

namespace KgExport.Testing;

/// <summary>
/// Datasets are approved in canonical form (RDFC-1.0 N-Quads: blank nodes labelled by the data's shape, lines
/// sorted), and compared by meaning: an approved file that says the same with other labels or in another order
/// still matches. A mismatch is described by <see cref="DatasetComparer"/>, per graph and per node.
/// </summary>
internal static class DatasetApproval
{
    public static void Check(ApprovedFile file, IReadOnlyCollection<Quad> actual, PrefixMap? prefixes, CancellationToken cancellationToken = default)
    {
        var canonical = RdfCanonicalizer.ToCanonicalNQuads(actual, cancellationToken: cancellationToken);
        Approval.Check(file, canonical, approved => Difference(file, approved, actual, prefixes, cancellationToken));
    }

    /// <summary>Null when <paramref name="approvedText"/> (N-Quads) is the same dataset as <paramref name="actual"/>.</summary>
    public static string? Difference(ApprovedFile file, string approvedText, IReadOnlyCollection<Quad> actual, PrefixMap? prefixes, CancellationToken cancellationToken)
    {
        List<Quad> approved;
        try
        {
            approved = [.. RdfIo.CreateParser(RdfFormat.NQuads, new ParserOptions { SourceName = file.Shown(file.ApprovedPath) }).Parse(new StringReader(approvedText), cancellationToken)];
        }
        catch (RdfSyntaxException e)
        {
            return "The approved file is not valid N-Quads: " + e.Message;
        }
        var difference = DatasetComparer.Compare(approved, actual, cancellationToken: cancellationToken);
        return difference.AreEqual ? null : new DiffReport("approved", "received", DisplayPrefixes(prefixes)).ToText(difference);
    }

    /// <summary>The prefixes a report shortens IRIs with: the usual RDF ones, then the test's own.</summary>
    public static PrefixMap DisplayPrefixes(PrefixMap? prefixes)
    {
        var map = new PrefixMap();
        map.Set("rdf", Vocab.Rdf.Namespace);
        map.Set("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        map.Set("xsd", Vocab.Xsd.Namespace);
        map.Set("owl", "http://www.w3.org/2002/07/owl#");
        if (prefixes is not null)
        {
            foreach (var (prefix, ns) in prefixes.Entries) map.Set(prefix, ns);
        }
        return map;
    }
}
