using System.Runtime.CompilerServices;

namespace KgExport.Rdf.Syntax;

/// <summary>Character classes of the RDF 1.1 terse grammars (PN_CHARS_BASE, PN_CHARS, IRIREF exclusions).</summary>
internal static class CharClasses
{
    /// <summary>PN_CHARS_BASE for a BMP character; supplementary characters are checked by code point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPnCharsBase(int c) =>
        c < 0x80
            ? (uint)((c | 0x20) - 'a') <= 'z' - 'a'
            : IsPnCharsBaseNonAscii(c);

    private static bool IsPnCharsBaseNonAscii(int c) =>
        (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPnCharsU(int c) => c == '_' || IsPnCharsBase(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPnChars(int c) =>
        IsPnCharsU(c) || c == '-' || (uint)(c - '0') <= 9 || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || c == 0x203F || c == 0x2040;

    /// <summary>Characters IRIREF forbids unescaped (and that an escape may not produce): controls, space, &lt;&gt;"{}|^`\.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsForbiddenInIri(int c) => c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int HexValue(int c) =>
        (uint)(c - '0') <= 9 ? c - '0'
        : (uint)((c | 0x20) - 'a') <= 5 ? (c | 0x20) - 'a' + 10
        : -1;
}
