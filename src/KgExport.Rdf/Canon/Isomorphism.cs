using System.Text;

namespace KgExport.Rdf;

/// <summary>
/// Whether two graphs or datasets are the same up to blank node labels (blank node graph names included), decided by
/// comparing their RDFC-1.0 canonical forms; and a readable account of how they differ, for test failures.
/// </summary>
public static class Isomorphism
{
    public static bool AreIsomorphic(IEnumerable<Quad> a, IEnumerable<Quad> b, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var left = new HashSet<Quad>(a.Select(LowerLanguage));
        var right = new HashSet<Quad>(b.Select(LowerLanguage));
        if (left.Count != right.Count) return false;

        // Cheap checks first: the ground quads must match exactly, and so must the blank-node "shapes".
        var leftBlank = new List<Quad>();
        foreach (var q in left)
        {
            if (IsGround(q))
            {
                if (!right.Contains(q)) return false;
            }
            else
            {
                leftBlank.Add(q);
            }
        }
        var rightBlank = right.Where(q => !IsGround(q)).ToList();
        if (leftBlank.Count != rightBlank.Count) return false;
        if (leftBlank.Count == 0) return true;

        var shapesLeft = leftBlank.Select(Shape).OrderBy(s => s, StringComparer.Ordinal);
        var shapesRight = rightBlank.Select(Shape).OrderBy(s => s, StringComparer.Ordinal);
        if (!shapesLeft.SequenceEqual(shapesRight, StringComparer.Ordinal)) return false;

        var canonicalLeft = RdfCanonicalizer.Canonicalize(leftBlank, cancellationToken: cancellationToken).NQuads;
        var canonicalRight = RdfCanonicalizer.Canonicalize(rightBlank, cancellationToken: cancellationToken).NQuads;
        return string.Equals(canonicalLeft, canonicalRight, StringComparison.Ordinal);
    }

    /// <summary>
    /// Null when the two are isomorphic; otherwise a description naming the ground quads found on one side only and,
    /// for the quads with blank nodes, the canonical N-Quads lines found on one side only.
    /// </summary>
    public static string? Describe(IEnumerable<Quad> expected, IEnumerable<Quad> actual, int maxLines = 20, CancellationToken cancellationToken = default)
    {
        var left = new HashSet<Quad>(expected.Select(LowerLanguage));
        var right = new HashSet<Quad>(actual.Select(LowerLanguage));
        if (AreIsomorphic(left, right, cancellationToken)) return null;

        var sb = new StringBuilder();
        sb.Append("Not isomorphic: expected ").Append(left.Count).Append(" quads, actual ").Append(right.Count).Append(".\n");
        var groundMissing = left.Where(q => IsGround(q) && !right.Contains(q)).Select(NTriplesFormatter.Format).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var groundExtra = right.Where(q => IsGround(q) && !left.Contains(q)).Select(NTriplesFormatter.Format).OrderBy(s => s, StringComparer.Ordinal).ToList();
        AppendSection(sb, "Ground quads only in expected", groundMissing, maxLines);
        AppendSection(sb, "Ground quads only in actual", groundExtra, maxLines);

        var blankLeft = left.Where(q => !IsGround(q)).ToList();
        var blankRight = right.Where(q => !IsGround(q)).ToList();
        if (blankLeft.Count > 0 || blankRight.Count > 0)
        {
            sb.Append("Quads with blank nodes: expected ").Append(blankLeft.Count).Append(", actual ").Append(blankRight.Count).Append(".\n");
            try
            {
                var linesLeft = CanonicalLines(blankLeft, cancellationToken);
                var linesRight = CanonicalLines(blankRight, cancellationToken);
                AppendSection(sb, "Canonical blank-node quads only in expected", linesLeft.Except(linesRight).ToList(), maxLines);
                AppendSection(sb, "Canonical blank-node quads only in actual", linesRight.Except(linesLeft).ToList(), maxLines);
            }
            catch (CanonicalizationLimitException e)
            {
                sb.Append(e.Message).Append('\n');
            }
        }
        return sb.ToString();
    }

    private static List<string> CanonicalLines(List<Quad> quads, CancellationToken cancellationToken) =>
        RdfCanonicalizer.Canonicalize(quads, cancellationToken: cancellationToken).NQuads.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static void AppendSection(StringBuilder sb, string title, List<string> lines, int maxLines)
    {
        if (lines.Count == 0) return;
        sb.Append(title).Append(" (").Append(lines.Count).Append("):\n");
        foreach (var line in lines.Take(maxLines)) sb.Append("  ").Append(line.TrimEnd('\n')).Append('\n');
        if (lines.Count > maxLines) sb.Append("  ... and ").Append(lines.Count - maxLines).Append(" more\n");
    }

    // Language tags compare case-insensitively in RDF, but canonical N-Quads keeps them as written.
    private static Quad LowerLanguage(Quad q) =>
        q.Object is Literal { Language: { } language } literal && language.Any(char.IsUpper)
            ? q with { Object = Literal.WithLanguage(literal.LexicalForm, language.ToLowerInvariant()) }
            : q;

    private static bool IsGround(Quad q) => !q.Subject.IsBlankNode && !q.Object.IsBlankNode && q.Graph is not BlankNode;

    // The quad with every blank node written _:b: equal multisets of shapes are necessary for isomorphism.
    private static string Shape(Quad q)
    {
        static string Term(Term? t) => t switch
        {
            null => "",
            BlankNode => "_:b",
            _ => NTriplesFormatter.Format(t),
        };
        return Term(q.Subject) + " " + Term(q.Predicate) + " " + Term(q.Object) + " " + Term(q.Graph);
    }
}
