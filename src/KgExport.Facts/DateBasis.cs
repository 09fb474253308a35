namespace KgExport.Facts;

/// <summary>
/// Where a fact's date comes from, so that a value the article never gives is not presented as its claim.
/// The fact's notes say how (resolved) or why (inferred).
/// </summary>
public enum DateBasis
{
    /// <summary>Every part of the date is written in the text ("in 2014", "on July 13, 2022").</summary>
    Stated,

    /// <summary>Worked out from the text alone: a relative date ("on Wednesday") counted from the dateline or another date the text gives.</summary>
    Resolved,

    /// <summary>Some part comes from outside the text: a reviewer's knowledge ("on the eve of its invasion" = 2022-02-21) or a year the dateline leaves out.</summary>
    Inferred,
}
