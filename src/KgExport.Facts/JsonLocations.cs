using System.Text;
using System.Text.Json;

namespace KgExport.Facts;

/// <summary>
/// Where each JSON path of a document starts (1-based line and column, columns in UTF-16 code units), so that a
/// problem reported by path can also be shown as file:line:column. A property is located at its name.
/// </summary>
internal sealed class JsonLocations
{
    private readonly Dictionary<string, (int Line, int Column)> _starts = new(StringComparer.Ordinal);

    private JsonLocations()
    {
    }

    /// <summary>Indexes a document that is known to parse.</summary>
    public static JsonLocations Index(string json)
    {
        var locations = new JsonLocations();
        var bytes = Encoding.UTF8.GetBytes(json);
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n') lineStarts.Add(i + 1);
        }

        (int, int) At(long offset)
        {
            var line = lineStarts.BinarySearch((int)offset);
            if (line < 0) line = ~line - 1;
            var column = Encoding.UTF8.GetCharCount(bytes, lineStarts[line], (int)offset - lineStarts[line]) + 1;
            return (line + 1, column);
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
        // Each open container: its path, whether it is an array, and the index of its next element.
        var stack = new Stack<(string Path, bool IsArray, int Next)>();
        string? pendingProperty = null;

        string NextValuePath()
        {
            if (stack.Count == 0) return "$";
            if (pendingProperty is { } p)
            {
                pendingProperty = null;
                return p;
            }
            var (path, isArray, next) = stack.Pop();
            stack.Push((path, isArray, next + 1));
            return $"{path}[{next}]";
        }

        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = $"{stack.Peek().Path}.{reader.GetString()}";
                    locations._starts.TryAdd(pendingProperty, At(reader.TokenStartIndex));
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    {
                        var path = NextValuePath();
                        locations._starts.TryAdd(path, At(reader.TokenStartIndex));
                        stack.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                        break;
                    }
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    break;
                default:
                    locations._starts.TryAdd(NextValuePath(), At(reader.TokenStartIndex));
                    break;
            }
        }
        return locations;
    }

    /// <summary>The start of a path, or of its nearest ancestor that exists (a missing field points at its object).</summary>
    public (int Line, int Column) Find(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (_starts.TryGetValue(p, out var at)) return at;
        }
        return (1, 1);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? (path == "$" ? "" : "$") : path[..cut];
    }
}
