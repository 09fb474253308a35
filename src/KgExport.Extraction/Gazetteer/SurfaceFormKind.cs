namespace KgExport.Extraction.Gazetteer;

/// <summary>How a text names an entity.</summary>
public enum SurfaceFormKind
{
    Name,
    Alias,

    /// <summary>"North Korean", "Georgian": modifies a noun; never the actor of a fact by itself.</summary>
    Adjective,

    /// <summary>A capital standing for its state ("Pyongyang broke ties").</summary>
    Capital,
}
