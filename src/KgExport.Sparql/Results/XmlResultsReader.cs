using System.Xml;
using System.Xml.Linq;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Results;

/// <summary>Reads the SPARQL Query Results XML Format.</summary>
internal static class XmlResultsReader
{
    private static readonly XNamespace Ns = XmlResultsWriter.Namespace;

    public static QueryResult Read(TextReader input)
    {
        XDocument doc;
        try
        {
            // No DTD: SPARQL results never need one, and entities would let a small answer (a SERVICE endpoint's)
            // expand to gigabytes.
            using var xml = XmlReader.Create(input, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc = XDocument.Load(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new SparqlResultsFormatException($"{e.LineNumber}:{e.LinePosition}: invalid XML: {e.Message}");
        }
        var root = doc.Root ?? throw new SparqlResultsFormatException("empty document");
        var boolean = root.Element(Ns + "boolean");
        if (boolean is not null) return QueryResult.FromBoolean(boolean.Value.Trim() == "true");
        var vars = root.Element(Ns + "head")?.Elements(Ns + "variable").Select(v => (string)v.Attribute("name")!).ToList() ?? [];
        var rows = new List<Term?[]>();
        foreach (var result in root.Element(Ns + "results")?.Elements(Ns + "result") ?? [])
        {
            var row = new Term?[vars.Count];
            foreach (var binding in result.Elements(Ns + "binding"))
            {
                var i = vars.IndexOf((string)binding.Attribute("name")!);
                if (i < 0) continue;
                var node = binding.Elements().First();
                row[i] = node.Name.LocalName switch
                {
                    "uri" => new Iri(node.Value),
                    "bnode" => new BlankNode(node.Value),
                    "literal" => ReadLiteral(node),
                    _ => throw new SparqlResultsFormatException($"unknown binding element <{node.Name.LocalName}>"),
                };
            }
            rows.Add(row);
        }
        return QueryResult.FromBindings(vars, rows);
    }

    private static Literal ReadLiteral(XElement node)
    {
        var lang = node.Attribute(XNamespace.Xml + "lang");
        if (lang is not null) return Literal.WithLanguage(node.Value, lang.Value);
        var dt = node.Attribute("datatype");
        return dt is null ? new Literal(node.Value) : Literal.Typed(node.Value, new Iri(dt.Value));
    }
}
