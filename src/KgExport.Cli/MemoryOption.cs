using System.CommandLine;
using KgExport.Sparql.Evaluation;

namespace KgExport.Cli;

/// <summary>The --max-memory option of the verbs that run queries (query, validate), in MB, and its one check.</summary>
internal static class MemoryOption
{
    private const double BytesPerMegabyte = 1 << 20;

    public static Option<double?> Create(string description) => new("--max-memory")
    {
        Description = $"{description} (default {QueryOptions.DefaultMaxMemoryBytes / BytesPerMegabyte:0}).",
        HelpName = "MB",
    };

    /// <summary>The limit in bytes: the default when not given; a usage error unless positive.</summary>
    public static long Bytes(double? megabytes)
    {
        if (megabytes is null) return QueryOptions.DefaultMaxMemoryBytes;
        if (!(megabytes > 0) || double.IsInfinity(megabytes.Value)) throw new UsageException("--max-memory must be a positive number of MB");
        return (long)Math.Min(megabytes.Value * BytesPerMegabyte, long.MaxValue);
    }
}
