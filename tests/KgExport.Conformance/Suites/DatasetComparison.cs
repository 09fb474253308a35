using KgExport.Rdf;

namespace KgExport.Conformance;

/// <summary>
/// How the evaluation tests compare a parsed dataset with the expected one: isomorphism by RDFC-1.0
/// (<see cref="Isomorphism"/>), with its readable difference for the failure message.
/// </summary>
public static class DatasetComparison
{
    public static bool AreIsomorphic(IReadOnlyCollection<Quad> actual, IReadOnlyCollection<Quad> expected) =>
        Isomorphism.AreIsomorphic(actual, expected);

    public static string Describe(IReadOnlyCollection<Quad> actual, IReadOnlyCollection<Quad> expected) =>
        Isomorphism.Describe(expected, actual) ?? "isomorphic";
}
