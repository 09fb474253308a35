using System.Runtime.CompilerServices;

namespace KgExport.Rdf.Syntax;

/// <summary>A reusable, growable scratch buffer for the characters of one token.</summary>
internal sealed class CharBuffer
{
    private char[] _chars = new char[256];
    private int _length;

    public int Length => _length;

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, _length);

    public void Clear() => _length = 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(char c)
    {
        if (_length == _chars.Length) Grow(1);
        _chars[_length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (_length + text.Length > _chars.Length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    /// <summary>Appends a Unicode code point, as a surrogate pair when it is outside the BMP.</summary>
    public void AppendCodePoint(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            Append((char)codePoint);
        }
        else
        {
            codePoint -= 0x10000;
            Append((char)(0xD800 + (codePoint >> 10)));
            Append((char)(0xDC00 + (codePoint & 0x3FF)));
        }
    }

    public override string ToString() => new(Span);

    private void Grow(int extra) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + extra));
}
