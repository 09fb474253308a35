using System.Text.RegularExpressions;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Shacl;

/// <summary>sh:minLength / sh:maxLength: the string form of each value (not blank nodes) has a length in code points within the bound.</summary>
internal sealed class LengthConstraint : Constraint
{
    public static readonly Iri MinLength = ShaclVocab.Sh("MinLengthConstraintComponent");
    public static readonly Iri MaxLength = ShaclVocab.Sh("MaxLengthConstraintComponent");

    private LengthConstraint(int bound, bool isMin)
    {
        Bound = bound;
        IsMin = isMin;
    }

    public int Bound { get; }
    public bool IsMin { get; }
    public override Iri Component => IsMin ? MinLength : MaxLength;

    public static LengthConstraint Min(int bound) => new(bound, true);
    public static LengthConstraint Max(int bound) => new(bound, false);

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            var text = StringForm(v);
            if (text is not null)
            {
                var length = CodePoints(text);
                if (IsMin ? length >= Bound : length <= Bound) continue;
            }
            context.Report(shape, focus, v, Component, () => IsMin
                ? $"Value {Show(v)} is shorter than {Bound} characters"
                : $"Value {Show(v)} is longer than {Bound} characters");
            if (context.CanStop) return;
        }
    }

    internal static string? StringForm(Term t) => t switch
    {
        Iri i => i.Value,
        Literal l => l.LexicalForm,
        _ => null,
    };

    private static int CodePoints(string s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (!char.IsLowSurrogate(c)) n++;
        }
        return n;
    }
}

/// <summary>
/// sh:pattern (with sh:flags): the string form of each value (not blank nodes) matches the regular expression. A
/// match that takes longer than <see cref="MatchTimeout"/> (a pattern that backtracks catastrophically) stops the
/// validation with a <see cref="ShapesGraphException"/>: its value can be reported neither as conforming nor not.
/// Matches that each stay under it are held to the run's time limit, which is checked before each one.
/// </summary>
internal sealed class PatternConstraint : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("PatternConstraintComponent");

    /// <summary>The longest one value's match may take.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    public PatternConstraint(string pattern, string? flags)
    {
        Pattern = pattern;
        Flags = flags;
        Regex = XPathRegex.Create(pattern, flags, MatchTimeout);
    }

    public string Pattern { get; }
    public string? Flags { get; }
    public Regex Regex { get; }
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            context.CheckTime();
            var text = LengthConstraint.StringForm(v);
            if (text is not null && Matches(shape, text)) continue;
            context.Report(shape, focus, v, Iri, () => $"Value {Show(v)} does not match pattern \"{Pattern}\"");
            if (context.CanStop) return;
        }
    }

    private bool Matches(Shape shape, string text)
    {
        try
        {
            return Regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            throw new ShapesGraphException(shape.Node,
                $"sh:pattern \"{Pattern}\" took longer than {MatchTimeout.TotalSeconds:0.#} s to match a value of {text.Length} characters");
        }
    }
}

/// <summary>sh:languageIn: each value is a literal whose language tag matches one of the ranges (SPARQL langMatches).</summary>
internal sealed class LanguageInConstraint(IReadOnlyList<string> ranges) : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("LanguageInConstraintComponent");
    public IReadOnlyList<string> Ranges { get; } = ranges;
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        foreach (var v in values)
        {
            if (v is Literal { Language: { } tag } && Ranges.Any(r => LanguageMatches(tag, r))) continue;
            context.Report(shape, focus, v, Iri, () => $"Language of {Show(v)} is not one of {string.Join(", ", Ranges)}");
            if (context.CanStop) return;
        }
    }

    public static bool LanguageMatches(string tag, string range)
    {
        if (range == "*") return tag.Length > 0;
        return tag.Equals(range, StringComparison.OrdinalIgnoreCase)
            || (tag.Length > range.Length && tag[range.Length] == '-' && tag.StartsWith(range, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>sh:uniqueLang true: no two values share a language tag; one result (without a value) per repeated tag.</summary>
internal sealed class UniqueLangConstraint : Constraint
{
    public static readonly Iri Iri = ShaclVocab.Sh("UniqueLangConstraintComponent");
    public override Iri Component => Iri;

    internal override void Validate(ValidationContext context, Shape shape, Term focus, IReadOnlyCollection<Term> values)
    {
        if (values.Count < 2) return;
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var v in values)
        {
            if (v is not Literal { Language: { } tag }) continue;
            seen.TryGetValue(tag, out var n);
            if (n == 0) order.Add(tag);
            seen[tag] = n + 1;
        }
        foreach (var tag in order)
        {
            if (seen[tag] < 2) continue;
            context.Report(shape, focus, null, Iri, () => $"Language \"{tag.ToLowerInvariant()}\" is used by more than one value");
            if (context.CanStop) return;
        }
    }
}
