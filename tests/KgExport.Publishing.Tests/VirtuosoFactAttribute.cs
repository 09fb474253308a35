namespace KgExport.Publishing.Tests;

/// <summary>A test against a real Virtuoso: skipped visibly when the shared tools are absent, except on CI.</summary>
public sealed class VirtuosoFactAttribute : FactAttribute
{
    public VirtuosoFactAttribute()
    {
        if (VirtuosoInstance.Unavailable is { } why && !KgExport.Testing.TestPaths.IsCi) Skip = why;
    }
}
