namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>Short constructors for the template tables.</summary>
internal static class Expect
{
    public static FactSpec Recognises(string by, string of, string? date = "when") => new(ScoredKind.StateRecognition, by, of, date);

    public static FactSpec RecognisesGovernment(string by, string of, string? date = "when") => new(ScoredKind.GovernmentRecognition, by, of, date);

    public static FactSpec Withdraws(string by, string of, string? date = "when") => new(ScoredKind.Withdrawal, by, of, date);

    public static FactSpec Severs(string by, string with, string? date = "when") => new(ScoredKind.Severance, by, with, date);

    /// <summary>Both directions: "X and Y severed relations".</summary>
    public static FactSpec[] SeverEachOther(string a, string b, string? date = "when") => [Severs(a, b, date), Severs(b, a, date)];

    public static FactSpec[] RecogniseEachOther(string a, string b, string? date = "when") => [Recognises(a, b, date), Recognises(b, a, date)];

    public static FactSpec Establishes(string a, string b, string? date = "when") => new(ScoredKind.Establishment, a, b, date);

    public static FactSpec Annexes(string by, string what, string? date = "when") => new(ScoredKind.Annexation, by, what, date);
}
