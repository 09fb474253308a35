namespace KgExport.Facts;

/// <summary>The date of any kind of fact, in one place.</summary>
public static class FactDates
{
    /// <summary>The fact's date, or null when it has none (undated, or a kind without dates: roles, quotes).</summary>
    public static FactDate? Of(Fact fact) => fact switch
    {
        Recognition r => r.Date,
        Severance s => s.Date,
        Establishment e => e.Date,
        Annexation a => a.Date,
        Stance s => s.Date,
        _ => null,
    };
}
