using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using JArray = System.Collections.Generic.List<object?>;
using JObject = System.Collections.Generic.OrderedDictionary<string, object?>;

namespace KgExport.Rdf.JsonLd;

/// <summary>
/// The JSON values the JSON-LD algorithms work on: null, bool, double (JSON numbers, as in JavaScript), string,
/// <c>List&lt;object?&gt;</c> (arrays) and <c>OrderedDictionary&lt;string, object?&gt;</c> (objects, members in
/// insertion order). Plain CLR values keep the algorithms close to the spec's prose.
/// </summary>
public static class JsonTree
{
    /// <summary>Where an object or array was read from, for error messages.</summary>
    public sealed record SourcePosition(string Source, TextPosition Position);

    private static readonly ConditionalWeakTable<object, SourcePosition> Positions = new();

    /// <summary>The position an object or array was parsed from (kept through <see cref="Clone"/>), or null.</summary>
    public static SourcePosition? PositionOf(object? node) =>
        node is not null && Positions.TryGetValue(node, out var p) ? p : null;

    /// <summary>Byte offsets in the UTF-8 text to <see cref="TextPosition"/>s (code points; LF, CR and CRLF end lines).</summary>
    private sealed class LineIndex(byte[] bytes, string source)
    {
        private readonly List<(int Start, long CodePoints)> _starts = ComputeStarts(bytes);

        public string Source => source;

        private static List<(int Start, long CodePoints)> ComputeStarts(byte[] bytes)
        {
            var starts = new List<(int, long)> { (0, 0) };
            long codePoints = 0;
            for (var i = 0; i < bytes.Length; i++)
            {
                var b = bytes[i];
                if ((b & 0xC0) != 0x80) codePoints++;
                if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] != (byte)'\n'))) starts.Add((i + 1, codePoints));
            }
            return starts;
        }

        // The last position asked for: the reader asks in document order, so counting columns on from there keeps a
        // long single-line (minified) document linear rather than quadratic.
        private int _lastLine;
        private long _lastOffset;
        private int _lastColumn = 1;

        public SourcePosition At(long offset)
        {
            offset = Math.Min(offset, bytes.Length);
            var line = _starts.BinarySearch(((int)offset, long.MaxValue));
            if (line < 0) line = ~line - 1;
            var (lineStart, before) = _starts[line];
            var from = line == _lastLine && offset >= _lastOffset ? _lastOffset : lineStart;
            var column = from == lineStart ? 1 : _lastColumn;
            for (var i = from; i < offset; i++)
            {
                if ((bytes[i] & 0xC0) != 0x80) column++;
            }
            (_lastLine, _lastOffset, _lastColumn) = (line, offset, column);
            return new SourcePosition(source, new TextPosition(line + 1, column, before + column - 1));
        }
    }

    /// <summary>Parses JSON text; syntax errors become a <see cref="JsonLdException"/> with source:line:column.</summary>
    public static object? Parse(string text, string sourceName = "-")
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineIndex(bytes, sourceName);
        // One level more than the limit, so that ReadValue reports a document too deep at the object or array that is.
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = NestingLimit.Json + 1 });
        try
        {
            if (!reader.Read()) throw new JsonException("the document is empty", null, 0, 0);
            var value = ReadValue(ref reader, lines, 1);
            if (reader.Read()) throw new JsonException("unexpected content after the JSON value", null, reader.CurrentState.Options.MaxDepth, 0);
            return value;
        }
        catch (JsonException e)
        {
            var at = lines.At(reader.BytesConsumed);
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) reason = reason[..cut].TrimEnd('.', ' ');
            throw new JsonLdException(JsonLdError.LoadingDocumentFailed, $"{sourceName}:{at.Position}: invalid JSON: {reason}")
            {
                SourceName = sourceName,
                Position = at.Position,
            };
        }
    }

    /// <summary>
    /// The value at the reader, <paramref name="depth"/> levels deep. The JSON-LD algorithms recurse once or more per
    /// level of the document, so the depth is held to <see cref="NestingLimit.Json"/> here, for every document they read.
    /// </summary>
    private static object? ReadValue(ref Utf8JsonReader reader, LineIndex lines, int depth)
    {
        if (depth > NestingLimit.Json && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var at = lines.At(reader.TokenStartIndex);
            throw new JsonLdException(JsonLdError.LoadingDocumentFailed, $"{at.Source}:{at.Position}: {NestingLimit.Reason(NestingLimit.Json)}")
            {
                SourceName = at.Source,
                Position = at.Position,
            };
        }
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JObject();
                Positions.AddOrUpdate(obj, lines.At(reader.TokenStartIndex));
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var key = ReadString(ref reader);
                    reader.Read();
                    obj[key] = ReadValue(ref reader, lines, depth + 1);
                }
                return obj;
            case JsonTokenType.StartArray:
                var arr = new JArray();
                Positions.AddOrUpdate(arr, lines.At(reader.TokenStartIndex));
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) arr.Add(ReadValue(ref reader, lines, depth + 1));
                return arr;
            case JsonTokenType.String: return ReadString(ref reader);
            case JsonTokenType.Number: return reader.GetDouble();
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.Null: return null;
            default: throw new JsonException($"unexpected token {reader.TokenType}");
        }
    }

    /// <summary>A string or member name; a \u escape that leaves a lone surrogate is invalid JSON text (RFC 8259 section 8.2), not a crash.</summary>
    private static string ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new JsonException("a string escapes a lone surrogate (\\uD800 to \\uDFFF without its pair)");
        }
    }

    public static bool IsObject(object? v) => v is JObject;
    public static bool IsArray(object? v) => v is JArray;
    public static bool IsScalar(object? v) => v is string or double or bool;

    /// <summary>The value itself if it is an array, otherwise a one-element array (empty for null is NOT implied).</summary>
    public static JArray AsArray(object? v) => v as JArray ?? [v];

    public static object? Clone(object? v)
    {
        switch (v)
        {
            case JObject o:
                return CloneObject(o);
            case JArray a:
                var copy = a.Select(Clone).ToList();
                if (PositionOf(a) is { } p) Positions.AddOrUpdate(copy, p);
                return copy;
            default:
                return v;
        }
    }

    public static JObject CloneObject(JObject o)
    {
        var copy = new JObject(o.Count);
        foreach (var (k, x) in o) copy[k] = Clone(x);
        if (PositionOf(o) is { } p) Positions.AddOrUpdate(copy, p);
        return copy;
    }

    /// <summary>Whether objects and arrays nest more than <paramref name="max"/> levels deep in a value (found without recursing).</summary>
    internal static bool NestsDeeperThan(object? value, int max)
    {
        var pending = new Stack<(object? Value, int Depth)>();
        pending.Push((value, 1));
        while (pending.TryPop(out var top))
        {
            IEnumerable<object?> children = top.Value switch
            {
                JObject o => o.Values,
                JArray a => a,
                _ => [],
            };
            if (top.Value is JObject or JArray && top.Depth > max) return true;
            foreach (var child in children) pending.Push((child, top.Depth + 1));
        }
        return false;
    }

    /// <summary>Structural equality: objects ignore member order, arrays are ordered.</summary>
    public static bool DeepEquals(object? a, object? b)
    {
        switch (a)
        {
            case null: return b is null;
            case JObject oa:
                if (b is not JObject ob || oa.Count != ob.Count) return false;
                foreach (var (k, v) in oa)
                {
                    if (!ob.TryGetValue(k, out var w) || !DeepEquals(v, w)) return false;
                }
                return true;
            case JArray la:
                if (b is not JArray lb || la.Count != lb.Count) return false;
                for (var i = 0; i < la.Count; i++)
                {
                    if (!DeepEquals(la[i], lb[i])) return false;
                }
                return true;
            case double d: return b is double e && d.Equals(e);
            default: return a.Equals(b);
        }
    }

    /// <summary>Writes a value as JSON; <paramref name="indent"/> pretty-prints with two spaces.</summary>
    public static string Serialize(object? value, bool indent = true)
    {
        var sb = new StringBuilder();
        Write(sb, value, indent, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, object? value, bool indent, int depth)
    {
        switch (value)
        {
            case null: sb.Append("null"); break;
            case bool b: sb.Append(b ? "true" : "false"); break;
            case double d: sb.Append(FormatNumber(d)); break;
            case string s: WriteString(sb, s); break;
            case JArray a:
                if (a.Count == 0) { sb.Append("[]"); break; }
                sb.Append('[');
                for (var i = 0; i < a.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    NewLine(sb, indent, depth + 1);
                    Write(sb, a[i], indent, depth + 1);
                }
                NewLine(sb, indent, depth);
                sb.Append(']');
                break;
            case JObject o:
                if (o.Count == 0) { sb.Append("{}"); break; }
                sb.Append('{');
                var first = true;
                foreach (var (k, v) in o)
                {
                    if (!first) sb.Append(',');
                    first = false;
                    NewLine(sb, indent, depth + 1);
                    WriteString(sb, k);
                    sb.Append(indent ? ": " : ":");
                    Write(sb, v, indent, depth + 1);
                }
                NewLine(sb, indent, depth);
                sb.Append('}');
                break;
            default: throw new ArgumentException($"not a JSON value: {value.GetType().Name}");
        }
    }

    private static void NewLine(StringBuilder sb, bool indent, int depth)
    {
        if (!indent) return;
        sb.Append('\n').Append(' ', depth * 2);
    }

    /// <summary>A JSON string literal, escaping only what JSON requires (as ECMAScript's JSON.stringify does).</summary>
    public static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
    }

    /// <summary>A number the way ECMAScript's Number.prototype.toString writes it (shortest round-trip form).</summary>
    public static string FormatNumber(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d)) return "null";
        if (d == 0) return "0";
        var (digits, exponent, negative) = ShortestDigits(d);
        // exponent: value = 0.digits * 10^exponent  (ECMAScript's n)
        var k = digits.Length;
        var n = exponent;
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        if (k <= n && n <= 21) sb.Append(digits).Append('0', n - k);
        else if (0 < n && n <= 21) sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        else if (-6 < n && n <= 0) sb.Append("0.").Append('0', -n).Append(digits);
        else
        {
            sb.Append(digits[0]);
            if (k > 1) sb.Append('.').Append(digits, 1, k - 1);
            var e = n - 1;
            sb.Append('e').Append(e >= 0 ? "+" : "-").Append(Math.Abs(e).ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>The shortest decimal digits that round-trip, with the decimal exponent n where value = 0.DIGITS × 10^n.</summary>
    public static (string Digits, int Exponent, bool Negative) ShortestDigits(double d)
    {
        var r = Math.Abs(d).ToString("E16", CultureInfo.InvariantCulture);
        // Find the shortest precision that round-trips.
        for (var p = 0; p <= 16; p++)
        {
            var candidate = Math.Abs(d).ToString("E" + p.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            if (double.Parse(candidate, CultureInfo.InvariantCulture) == Math.Abs(d)) { r = candidate; break; }
        }
        var ePos = r.IndexOf('E');
        var mantissa = r[..ePos].Replace(".", "", StringComparison.Ordinal).TrimEnd('0');
        if (mantissa.Length == 0) mantissa = "0";
        var exp = int.Parse(r[(ePos + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return (mantissa, exp + 1, d < 0);
    }
}
