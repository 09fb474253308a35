using KgExport.Rdf;
using KgExport.Sparql.Evaluation;
using KgExport.Sparql.Syntax;

namespace KgExport.Sparql.Results;

/// <summary>Reads SPARQL 1.1 TSV results; cells are terms in Turtle syntax (numbers and booleans may be bare).</summary>
internal static class TsvResultsReader
{
    public static QueryResult Read(TextReader input)
    {
        var header = input.ReadLine() ?? throw new SparqlResultsFormatException("1:1: missing header line");
        var vars = header.Split('\t').Select(v => v.Trim().TrimStart('?', '$')).Where(v => v.Length > 0).ToList();
        var rows = new List<Term?[]>();
        var lineNo = 1;
        while (input.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 && vars.Count != 0) continue;
            var cells = line.Split('\t');
            var row = new Term?[vars.Count];
            for (var i = 0; i < vars.Count && i < cells.Length; i++)
            {
                var cell = cells[i].Trim();
                if (cell.Length == 0) continue;
                try
                {
                    row[i] = ParseTerm(cell);
                }
                catch (SparqlSyntaxException e)
                {
                    throw new SparqlResultsFormatException($"{lineNo}:{e.Position.Column}: {e.Reason}");
                }
            }
            rows.Add(row);
        }
        return QueryResult.FromBindings(vars, rows);
    }

    /// <summary>One term in Turtle syntax, read with the SPARQL lexer (which shares Turtle's term tokens).</summary>
    public static Term ParseTerm(string text)
    {
        var tokens = SparqlLexer.Tokenize(text);
        var term = ParseTokens(text, tokens, out var used);
        if (tokens[used].Kind != TokenKind.End) throw new SparqlSyntaxException(TextPosition.Of(text, tokens[used].Index), $"unexpected {tokens[used].Describe()} after the term");
        return term;
    }

    private static Term ParseTokens(string text, List<Token> tokens, out int used)
    {
        var t = tokens[0];
        var sign = "";
        var i = 1;
        if (t.Is("-") || t.Is("+"))
        {
            sign = t.Text == "-" ? "-" : "";
            t = tokens[1];
            i = 2;
        }
        used = i;
        switch (t.Kind)
        {
            case TokenKind.IriRef: return new Iri(t.Text);
            case TokenKind.BlankNodeLabel: return new BlankNode(t.Text);
            case TokenKind.Integer: return Literal.Typed(sign + t.Text, Vocab.Xsd.Integer);
            case TokenKind.Decimal: return Literal.Typed(sign + t.Text, Vocab.Xsd.Decimal);
            case TokenKind.Double: return Literal.Typed(sign + t.Text, Vocab.Xsd.Double);
            case TokenKind.Word when t.IsWord("true") || t.IsWord("false"): return Literal.Typed(t.Text, Vocab.Xsd.Boolean);
            case TokenKind.String:
                if (tokens[i].Kind == TokenKind.LangTag)
                {
                    used = i + 1;
                    return Literal.WithLanguage(t.Text, tokens[i].Text);
                }
                if (tokens[i].Is("^^") && tokens[i + 1].Kind == TokenKind.IriRef)
                {
                    used = i + 2;
                    return Literal.Typed(t.Text, new Iri(tokens[i + 1].Text));
                }
                return new Literal(t.Text);
            default:
                throw new SparqlSyntaxException(TextPosition.Of(text, t.Index), $"expected an RDF term, found {t.Describe()}");
        }
    }
}
