namespace KgExport.Fuzz.Generators;

/// <summary>What a generated document stresses: ordinary structure, long tokens, or nesting around and past the depth limits.</summary>
public enum DocumentShape
{
    Ordinary,
    LongTokens,
    DeepNesting,
}

/// <summary>Writes documents in one syntax from a seeded random source: valid mostly, and every so often a little wrong.</summary>
public interface IDocumentGenerator
{
    string Generate(FuzzRandom random, DocumentShape shape);
}
