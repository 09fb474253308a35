namespace KgExport.Corpus;

/// <summary>Counts of a corpus run so far; <see cref="Done"/> counts articles delivered in input order.</summary>
public sealed record CorpusProgress(int Total, int Done, int Exported, int Cached, int Failed, int Warnings, long Quads, TimeSpan Elapsed)
{
    /// <summary>Articles per second so far.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>Time left at the current rate, or null before there is a rate.</summary>
    public TimeSpan? Remaining => Rate > 0 ? TimeSpan.FromSeconds((Total - Done) / Rate) : null;

    /// <summary>Articles never delivered because the run stopped at an error (or was cancelled).</summary>
    public int NotProcessed => Total - Done;
}
