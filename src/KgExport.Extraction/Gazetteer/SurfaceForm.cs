namespace KgExport.Extraction.Gazetteer;

/// <summary>
/// A token sequence that names an entity. A plural form ("Luhansk People's Republics") names the entity and
/// shares its head (<see cref="SharedHead"/>: "People's Republic") with a coordinated name before it
/// ("the Donetsk and Luhansk People's Republics").
/// </summary>
public sealed record SurfaceForm(string[] Tokens, GazetteerEntry Entry, SurfaceFormKind Kind)
{
    public string[]? SharedHead { get; init; }
}
