namespace KgExport.Rdf;

/// <summary>
/// An RDF 1.1 literal. A literal without a datatype is an xsd:string; a literal with a language tag has
/// datatype rdf:langString. Language tags are kept as written but compare case-insensitively.
/// </summary>
public sealed class Literal : Term
{
    private readonly int _hash;

    public Literal(string lexicalForm)
        : this(lexicalForm, Vocab.Xsd.String, null)
    {
    }

    public Literal(string lexicalForm, Iri datatype)
        : this(lexicalForm, datatype, null)
    {
    }

    private Literal(string lexicalForm, Iri datatype, string? language)
    {
        ArgumentNullException.ThrowIfNull(lexicalForm);
        ArgumentNullException.ThrowIfNull(datatype);
        LexicalForm = lexicalForm;
        Datatype = datatype;
        Language = language;
        _hash = HashCode.Combine(
            lexicalForm.GetHashCode(StringComparison.Ordinal),
            datatype.Value.GetHashCode(StringComparison.Ordinal),
            language is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(language));
    }

    /// <summary>A language-tagged string (rdf:langString).</summary>
    public static Literal WithLanguage(string lexicalForm, string language)
    {
        ArgumentException.ThrowIfNullOrEmpty(language);
        return new Literal(lexicalForm, Vocab.Rdf.LangString, language);
    }

    public static Literal Typed(string lexicalForm, Iri datatype) =>
        datatype.Value == Vocab.Rdf.LangString.Value
            ? throw new ArgumentException("rdf:langString literals need a language tag", nameof(datatype))
            : new Literal(lexicalForm, datatype);

    public string LexicalForm { get; }

    public Iri Datatype { get; }

    /// <summary>The language tag as written, or null.</summary>
    public string? Language { get; }

    public bool IsSimple => Language is null && Datatype.Value == Vocab.Xsd.String.Value;

    public override TermKind Kind => TermKind.Literal;

    public override bool Equals(Term? other) =>
        other is Literal l
        && _hash == l._hash
        && string.Equals(LexicalForm, l.LexicalForm, StringComparison.Ordinal)
        && string.Equals(Datatype.Value, l.Datatype.Value, StringComparison.Ordinal)
        && string.Equals(Language, l.Language, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => _hash;
}
