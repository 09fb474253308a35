namespace KgExport.Facts;

/// <summary>
/// Whether a person has checked a fact against its article. A hand-written facts file is reviewed unless a fact says
/// <c>"review": "extracted"</c>; the extractor's output is extracted until a reviewer removes that mark.
/// </summary>
public enum ReviewStatus
{
    Reviewed,
    Extracted,
}
