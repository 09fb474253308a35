using KgExport.Rdf;

namespace KgExport.Server.LinkedData;

/// <summary>A piece of a sentence: plain text, or words that link to the page of <see cref="Link"/>.</summary>
public sealed record SentencePart(string Text, Iri? Link = null);

/// <summary>An English sentence whose names link to their pages; <see cref="ToString"/> gives its plain text.</summary>
public sealed class Sentence
{
    private readonly List<SentencePart> _parts = [];

    public IReadOnlyList<SentencePart> Parts => _parts;

    public Sentence Text(string text)
    {
        if (text.Length > 0) _parts.Add(new SentencePart(text));
        return this;
    }

    public Sentence Name(string text, Term term)
    {
        _parts.Add(new SentencePart(text, term as Iri));
        return this;
    }

    /// <summary>Names joined as "A, B and C".</summary>
    public Sentence Names(IReadOnlyList<(string Text, Term Term)> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (i > 0) Text(i == names.Count - 1 ? " and " : ", ");
            Name(names[i].Text, names[i].Term);
        }
        return this;
    }

    public override string ToString() => string.Concat(_parts.Select(p => p.Text));
}
