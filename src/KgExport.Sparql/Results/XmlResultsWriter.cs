using System.Xml;
using KgExport.Rdf;
using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Results;

/// <summary>SPARQL Query Results XML Format.</summary>
internal static class XmlResultsWriter
{
    public const string Namespace = "http://www.w3.org/2005/sparql-results#";

    public static void Write(QueryResult result, TextWriter output)
    {
        // The declaration is written by hand: XmlWriter would name the TextWriter's encoding, UTF-16 for the
        // server's StringWriter, while every caller sends the text as UTF-8 (SPARQLWrapper, rdflib and Jena refuse a
        // document whose declaration and bytes disagree).
        output.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false, OmitXmlDeclaration = true });
        xml.WriteStartElement("sparql", Namespace);
        xml.WriteStartElement("head", Namespace);
        foreach (var v in result.Variables)
        {
            xml.WriteStartElement("variable", Namespace);
            xml.WriteAttributeString("name", v);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        if (result.Kind == QueryResultKind.Boolean)
        {
            xml.WriteElementString("boolean", Namespace, result.Boolean ? "true" : "false");
        }
        else
        {
            xml.WriteStartElement("results", Namespace);
            foreach (var row in result.Rows)
            {
                xml.WriteStartElement("result", Namespace);
                for (var i = 0; i < result.Variables.Count; i++)
                {
                    if (row[i] is not { } term) continue;
                    xml.WriteStartElement("binding", Namespace);
                    xml.WriteAttributeString("name", result.Variables[i]);
                    switch (term)
                    {
                        case Iri iri:
                            xml.WriteElementString("uri", Namespace, iri.Value);
                            break;
                        case BlankNode b:
                            xml.WriteElementString("bnode", Namespace, b.Label);
                            break;
                        case Literal l:
                            xml.WriteStartElement("literal", Namespace);
                            if (l.Language is not null) xml.WriteAttributeString("xml", "lang", null, l.Language);
                            else if (!l.IsSimple) xml.WriteAttributeString("datatype", l.Datatype.Value);
                            xml.WriteString(l.LexicalForm);
                            xml.WriteEndElement();
                            break;
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteLine();
        output.Flush();
    }
}
