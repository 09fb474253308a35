namespace KgExport.Fuzz.Generators;

/// <summary>Decides which tokens of a long-token document are long: each with a chance, at most two a document, to keep it affordable.</summary>
internal sealed class LongTokens(FuzzRandom random, bool enabled, int percent = 25)
{
    private int _left = 2;

    public bool Next()
    {
        if (!enabled || _left == 0 || !random.Chance(percent)) return false;
        _left--;
        return true;
    }
}
