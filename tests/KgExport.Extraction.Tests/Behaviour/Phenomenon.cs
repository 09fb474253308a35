namespace KgExport.Extraction.Tests.Behaviour;

/// <summary>
/// A way English states (or only seems to state) a fact, with the templates that write it. A negative phenomenon's
/// templates state no fact of any scored kind.
/// </summary>
internal sealed record Phenomenon(string Name, string Description, bool IsNegative, IReadOnlyList<Template> Templates)
{
    /// <summary>Sentences generated for the phenomenon, spread evenly over its templates and their date forms.</summary>
    public int Sentences { get; init; } = 100;

    public static Phenomenon Positive(string name, string description, params Template[] templates) => new(name, description, false, templates);

    public static Phenomenon Negative(string name, string description, params Template[] templates) => new(name, description, true, templates) { Sentences = 150 };
}
