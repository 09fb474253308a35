using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace KgExport.Rdf.Syntax;

/// <summary>
/// A char buffer in front of a <see cref="TextWriter"/>, with the N-Triples term encodings the line-based writers
/// share. Writing through one array and flushing in large blocks avoids a string and a virtual call per term.
/// </summary>
internal sealed class WriterBuffer
{
    private const int FlushThreshold = 1 << 16;

    // Characters a quoted literal must escape: the quote, the backslash, and every control character.
    private static readonly SearchValues<char> LiteralSpecials = NTriplesFormatter.EscapedCharacters;

    private static readonly SearchValues<char> IriForbidden = SearchValues.Create(
        "<>\"{}|^`\\ \u007F\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    private readonly TextWriter _output;
    private char[] _chars = new char[FlushThreshold + 1024];
    private int _length;

    public WriterBuffer(TextWriter output)
    {
        _output = output;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (_length == _chars.Length) Grow(1);
        _chars[_length++] = c;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Hands the buffered text to the writer once enough has gathered.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void FlushIfFull()
    {
        if (_length >= FlushThreshold) Flush();
    }

    public void Flush()
    {
        if (_length > 0) _output.Write(_chars, 0, _length);
        _length = 0;
    }

    // Per-statement paths are compiled fully optimised at once (AggressiveOptimization): a conversion otherwise runs
    // them as unoptimised tier-0 code for much of a one-second process (bench/RESULTS-convert.md).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendTerm(Term term)
    {
        switch (term)
        {
            case Iri iri: AppendIri(iri.Value); break;
            case BlankNode b: AppendBlankNode(b.Label); break;
            case Literal l: AppendLiteral(l); break;
            default: throw new ArgumentOutOfRangeException(nameof(term));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendIri(string value)
    {
        if (value.AsSpan().IndexOfAny(IriForbidden) >= 0)
        {
            throw new RdfWriteException($"The IRI <{value}> contains a character (space, control, or one of <>\"{{}}|^`\\) that RDF syntaxes cannot carry.");
        }
        Append('<');
        Append(value);
        Append('>');
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendBlankNode(string label)
    {
        Append('_');
        Append(':');
        Append(BlankNodeLabels.IsValid(label) ? label : BlankNodeLabels.Sanitize(label));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendLiteral(Literal literal)
    {
        Append('"');
        AppendEscaped(literal.LexicalForm);
        Append('"');
        if (literal.Language is not null)
        {
            Append('@');
            Append(literal.Language);
        }
        else if (!ReferenceEquals(literal.Datatype, Vocab.Xsd.String) && literal.Datatype.Value != Vocab.Xsd.String.Value)
        {
            Append('^');
            Append('^');
            AppendIri(literal.Datatype.Value);
        }
    }

    /// <summary>The body of a short quoted string, with the canonical N-Triples escapes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AppendEscaped(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var i = text.IndexOfAny(LiteralSpecials);
            if (i < 0)
            {
                Append(text);
                return;
            }
            Append(text[..i]);
            AppendEscape(text[i]);
            text = text[(i + 1)..];
        }
    }

    /// <summary>Appends the canonical escape of a character from <see cref="NTriplesFormatter.EscapedCharacters"/>.</summary>
    public void AppendEscape(char c) => Append(NTriplesFormatter.EscapeOf(c) ?? c.ToString());

    private void Grow(int needed)
    {
        Flush();
        if (needed > _chars.Length) _chars = new char[needed + 1024];
    }
}
