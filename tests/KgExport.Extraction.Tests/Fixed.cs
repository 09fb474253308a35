namespace KgExport.Extraction.Tests;

/// <summary>Options that make extraction independent of the day the tests run.</summary>
internal static class Fixed
{
    public static readonly ExtractionOptions Options = new() { Today = new DateOnly(2026, 11, 29) };
}
