namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>Template constructors for the phenomenon tables.</summary>
internal static class Templates
{
    public static Template T(string pattern, DateSet dates, params FactSpec[] facts) => new(pattern, dates, facts);

    /// <summary>A negative template: no facts.</summary>
    public static Template None(string pattern, DateSet dates = DateSet.None) => new(pattern, dates, []);
}
