namespace KgExport.Extraction.Mentions;

public enum MentionKind
{
    /// <summary>A gazetteer name, alias or capital: one entity.</summary>
    Named,

    /// <summary>An adjective ("North Korean"): one entity, modifying a noun.</summary>
    Adjective,

    /// <summary>Names sharing a head ("the Donetsk and Luhansk People's Republics"): several entities.</summary>
    SharedHead,

    /// <summary>A person recognised from a title or role ("foreign minister Choe Son Hui").</summary>
    Person,

    /// <summary>"they", "both areas", "the two breakaway entities": a group named before (or just after).</summary>
    PluralReference,

    /// <summary>"it", "the country", "the North": one entity named before.</summary>
    SingularReference,

    /// <summary>"each other", "one another".</summary>
    Reciprocal,
}
