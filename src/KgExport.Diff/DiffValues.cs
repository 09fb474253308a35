using System.Text;
using KgExport.Rdf;

namespace KgExport.Diff;

/// <summary>A canonical text for each <see cref="DiffValue"/>, so values compare and sort by what they say.</summary>
internal static class DiffValues
{
    public static string Key(DiffValue value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    public static int Compare(DiffValue a, DiffValue b) => CodePointOrder.Instance.Compare(Key(a), Key(b));

    private static void Append(StringBuilder sb, DiffValue value)
    {
        switch (value)
        {
            case TermValue t:
                NTriplesFormatter.Append(sb, t.Term);
                break;
            case BlankNodeValue b:
                sb.Append('[');
                foreach (var p in b.Properties)
                {
                    NTriplesFormatter.Append(sb, p.Predicate);
                    sb.Append(' ');
                    Append(sb, p.Value);
                    sb.Append(';');
                }
                sb.Append(']');
                break;
        }
    }
}
