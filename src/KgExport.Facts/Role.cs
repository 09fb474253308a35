namespace KgExport.Facts;

/// <summary>Offices a person holds, as the article states them.</summary>
public enum RoleKind
{
    /// <summary>Head of a state or entity ("the head of the DPR").</summary>
    Head,
    ForeignMinister,
    Ambassador,
}

/// <summary>A person holding an office of an entity; for an ambassador, <paramref name="To"/> is the host.</summary>
public sealed record Role(string Person, RoleKind Kind, string Of, string? To) : Fact;
