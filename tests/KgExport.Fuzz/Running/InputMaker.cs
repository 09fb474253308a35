using KgExport.Fuzz.Generators;

namespace KgExport.Fuzz.Running;

/// <summary>
/// Makes input number <c>index</c> of a run from the run's seed alone, so a crash is reproduced by its seed and index
/// (<c>--replay INDEX</c>) and a child process that died can be told where to go on. The mix: 45% generated documents,
/// 3% nested around and past the depth limits, 3% with long tokens, 49% mutated (a seed document or a fresh one). Deep
/// and long inputs are few because they are large: they would otherwise take most of the time.
/// </summary>
public sealed class InputMaker(FuzzTarget target, IReadOnlyList<string> corpus, ulong seed)
{
    public ulong Seed => seed;

    public string Make(long index)
    {
        var r = FuzzRandom.For(seed, target.Name, index);
        var roll = r.Next(100);
        if (roll < 45) return target.Generator.Generate(r, DocumentShape.Ordinary);
        if (roll < 48) return target.Generator.Generate(r, DocumentShape.DeepNesting);
        if (roll < 51) return target.Generator.Generate(r, DocumentShape.LongTokens);
        var start = corpus.Count > 0 && r.Chance(50) ? r.Pick(corpus) : target.Generator.Generate(r, DocumentShape.Ordinary);
        return Mutator.Mutate(r, start, target.Tokens, () => corpus.Count > 0 && r.Chance(70) ? r.Pick(corpus) : target.Generator.Generate(r, DocumentShape.Ordinary));
    }
}
