using System.Text;

namespace KgExport.Fuzz.Generators;

/// <summary>
/// N-Triples and (with graphs) N-Quads: one statement a line with IRIs, blank node labels and literals carrying escapes,
/// language tags and datatypes; comments, blank lines and CRLF; RDF 1.2 triple terms nested for DeepNesting.
/// </summary>
public sealed class NQuadsGenerator(bool quads) : IDocumentGenerator
{
    public string Generate(FuzzRandom random, DocumentShape shape)
    {
        var r = random;
        var longTokens = new LongTokens(r, shape == DocumentShape.LongTokens, 30);
        var sb = new StringBuilder(FuzzText.Preamble(r, "#"));
        var lines = r.Next(1, 8);
        for (var i = 0; i < lines; i++)
        {
            if (r.Chance(10)) sb.Append("# ").Append(FuzzText.StringContent(r));
            else if (!r.Chance(5))
            {
                Subject(r, sb, longTokens);
                sb.Append(r.Chance(90) ? " " : "\t");
                Iri(r, sb, longTokens);
                sb.Append(' ');
                Object(r, sb, longTokens, shape == DocumentShape.DeepNesting && i == 0 ? FuzzText.Depth(r, 1000) : 0);
                if (quads && r.Chance(60))
                {
                    sb.Append(' ');
                    if (r.Chance(70)) Iri(r, sb, longTokens);
                    else sb.Append("_:").Append(FuzzText.Name(r, longTokens.Next()));
                }
                sb.Append(r.Chance(97) ? " ." : "");
                if (r.Chance(10)) sb.Append(" # ").Append(FuzzText.StringContent(r));
            }
            sb.Append(FuzzText.LineBreak(r));
        }
        return sb.ToString();
    }

    private static void Subject(FuzzRandom r, StringBuilder sb, LongTokens longTokens)
    {
        if (r.Chance(25)) sb.Append("_:").Append(FuzzText.Name(r, longTokens.Next()));
        else Iri(r, sb, longTokens);
    }

    private static void Object(FuzzRandom r, StringBuilder sb, LongTokens longTokens, int tripleTermDepth)
    {
        if (tripleTermDepth > 0)
        {
            for (var i = 0; i < tripleTermDepth; i++) sb.Append("<<( <http://example.org/s> <http://example.org/p> ");
            sb.Append("\"x\"");
            for (var i = 0; i < tripleTermDepth; i++) sb.Append(" )>>");
            return;
        }
        switch (r.Next(6))
        {
            case 0: sb.Append("_:").Append(FuzzText.Name(r, longTokens.Next())); return;
            case 1: case 2: Iri(r, sb, longTokens); return;
            default:
                sb.Append('"').Append(FuzzText.StringContent(r, longTokens.Next())).Append('"');
                switch (r.Next(4))
                {
                    case 0: sb.Append('@').Append(FuzzText.LanguageTag(r)); break;
                    case 1: sb.Append("^^<").Append(r.Pick(TurtleGenerator.XsdTypes)).Append('>'); break;
                }
                return;
        }
    }

    private static void Iri(FuzzRandom r, StringBuilder sb, LongTokens longTokens)
    {
        var iri = FuzzText.Iri(r, longTokens.Next());
        // N-Triples IRIs are absolute: keep most of them so, to get past the first term.
        if (r.Chance(85) && !iri.Contains(':')) iri = "http://example.org/" + iri;
        sb.Append('<').Append(iri).Append('>');
    }
}
