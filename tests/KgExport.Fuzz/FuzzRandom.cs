namespace KgExport.Fuzz;

/// <summary>
/// A small, fast, seeded generator (SplitMix64). Each execution gets its own, made from the run's seed, the target and
/// the execution's index, so any input can be made again from those three numbers alone.
/// </summary>
public sealed class FuzzRandom(ulong state)
{
    private ulong _state = state;

    public static FuzzRandom For(ulong seed, string target, long index)
    {
        var h = 14695981039346656037UL;
        foreach (var c in target) h = (h ^ c) * 1099511628211UL;
        return new FuzzRandom(Mix(seed * 0x9E3779B97F4A7C15UL ^ h ^ Mix((ulong)index)));
    }

    public ulong NextULong() => Mix(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>0 to <paramref name="max"/> - 1.</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextULong() % (ulong)max);

    /// <summary><paramref name="min"/> to <paramref name="max"/> - 1.</summary>
    public int Next(int min, int max) => min + Next(max - min);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A count that is mostly small and now and then large: 0 to 2^<paramref name="maxBits"/> - 1, log-uniform.</summary>
    public int Skewed(int maxBits) => Next(1 << Next(maxBits + 1));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
