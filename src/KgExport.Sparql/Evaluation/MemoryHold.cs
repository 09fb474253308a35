namespace KgExport.Sparql.Evaluation;

/// <summary>What one buffer has charged to a <see cref="MemoryBudget"/>; disposing it releases all of it.</summary>
internal sealed class MemoryHold(MemoryBudget budget) : IDisposable
{
    public long Bytes { get; private set; }

    public void Add(long bytes)
    {
        budget.Reserve(bytes);
        Bytes += bytes;
    }

    public void Remove(long bytes)
    {
        budget.Release(bytes);
        Bytes -= bytes;
    }

    public void Dispose()
    {
        budget.Release(Bytes);
        Bytes = 0;
    }
}
