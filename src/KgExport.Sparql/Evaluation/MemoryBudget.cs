using System.Globalization;
using KgExport.Rdf;

namespace KgExport.Sparql.Evaluation;

/// <summary>
/// The memory one evaluation may materialise: strings that string functions build, and the rows (with the text of
/// their terms) that ORDER BY, GROUP BY, DISTINCT, hash joins, MINUS, OPTIONAL, property path closures and a held
/// answer keep. Each charge is checked against the limit before the memory is taken, so a query that would need
/// more fails with a <see cref="QueryEvaluationException"/> instead of growing the process.
/// </summary>
/// <remarks>
/// The sizes are estimates that count every term's text as if no term were shared with the store: a buffer of rows
/// is charged for the strings its rows refer to, whoever made them. What a buffer holds is released when the
/// operator is done (<see cref="Hold"/>); the strings one expression builds are released when the expression has
/// been evaluated, and a solution being extended (BIND) is held while its new value is computed. A budget belongs to
/// one evaluation and is single-threaded like it; once a charge has failed, the evaluation is over and what is still
/// charged does not matter.
/// </remarks>
public sealed class MemoryBudget(long? limit)
{
    /// <summary>What a row costs besides its cells: the array and a collection's entry for it.</summary>
    private const long RowOverhead = 48;

    /// <summary>The most the evaluation may hold at once, in bytes; null for no limit.</summary>
    public long? Limit { get; } = limit;

    /// <summary>The bytes charged and not yet released.</summary>
    public long InUse { get; private set; }

    /// <summary>The most <see cref="InUse"/> has been.</summary>
    public long Peak { get; private set; }

    /// <summary>Charges <paramref name="bytes"/>; past the limit, the query fails (and the charge is not kept).</summary>
    public void Reserve(long bytes)
    {
        if (!TryReserve(bytes)) throw Exceeded();
    }

    /// <summary>Charges <paramref name="bytes"/> when they fit within the limit; false (nothing charged) when not.</summary>
    public bool TryReserve(long bytes)
    {
        var next = InUse + bytes;
        if (next > Limit) return false;
        InUse = next;
        if (next > Peak) Peak = next;
        return true;
    }

    /// <summary>Gives back <paramref name="bytes"/> charged earlier.</summary>
    public void Release(long bytes) => InUse -= bytes;

    /// <summary>A charge that grows as a buffer fills and is released whole when the buffer is dropped.</summary>
    internal MemoryHold Hold() => new(this);

    /// <summary>The error of a query that needs more memory than its limit: it fails rather than answer in part.</summary>
    public QueryEvaluationException Exceeded() =>
        new($"query exceeds the memory limit of {Describe(Limit.GetValueOrDefault())} (strings built and rows held)", isLimit: true);

    /// <summary>The estimated size of a solution held in a buffer.</summary>
    public static long SizeOf(Term?[] row)
    {
        var bytes = RowOverhead + 8L * row.Length;
        foreach (var t in row)
        {
            if (t is not null) bytes += SizeOf(t);
        }
        return bytes;
    }

    /// <summary>The estimated size of a triple held in a set or list.</summary>
    public static long SizeOf(Triple t) => 48 + SizeOf(t.Subject) + SizeOf(t.Predicate) + SizeOf(t.Object);

    /// <summary>The estimated size of a term: its object and its text, two bytes a character.</summary>
    public static long SizeOf(Term t) => 32 + 2L * t switch
    {
        Literal l => l.LexicalForm.Length + (l.Language?.Length ?? 0),
        Iri i => i.Value.Length,
        BlankNode b => b.Label.Length,
        _ => 0,
    };

    /// <summary>The estimated size of a string of <paramref name="chars"/> characters.</summary>
    public static long SizeOfText(long chars) => 24 + 2 * chars;

    /// <summary>A byte count for messages: "512 MB", "64 KB", "100 bytes".</summary>
    public static string Describe(long bytes) => bytes switch
    {
        >= 1 << 20 => (bytes / (double)(1 << 20)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1 << 10 => (bytes / (double)(1 << 10)).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
