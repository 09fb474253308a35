using System.Security;
using System.Text;
using System.Xml;
using KgExport.Rdf;

namespace KgExport.Benchmarks.Corpus;

/// <summary>
/// The recognition corpus as striped RDF/XML, for the RDF/XML reader's benchmark (KgExport writes no RDF/XML):
/// one rdf:Description per subject, a property element per triple, rdf:resource / rdf:nodeID for IRIs and blank
/// nodes, text with rdf:datatype or xml:lang for literals.
/// </summary>
public static class RdfXmlCorpus
{
    /// <summary>Writes the triples as RDF/XML; returns how many were written (those whose predicate splits into namespace and XML name).</summary>
    public static long Write(IEnumerable<Quad> quads, TextWriter output)
    {
        var bySubject = quads.GroupBy(q => q.Subject).ToList();
        var namespaces = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var q in bySubject.SelectMany(g => g))
        {
            if (Split(q.Predicate.Value) is { } split && !namespaces.ContainsKey(split.Namespace)) namespaces[split.Namespace] = "n" + namespaces.Count;
        }
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"");
        foreach (var (ns, prefix) in namespaces) output.Write($"\n    xmlns:{prefix}=\"{Escape(ns)}\"");
        output.Write(">\n");
        long written = 0;
        var sb = new StringBuilder();
        foreach (var group in bySubject)
        {
            sb.Clear();
            sb.Append("  <rdf:Description ").Append(NodeAttribute(group.Key, "about")).Append(">\n");
            foreach (var q in group)
            {
                if (Split(q.Predicate.Value) is not { } split) continue;
                var name = namespaces[split.Namespace] + ":" + split.Local;
                sb.Append("    <").Append(name);
                switch (q.Object)
                {
                    case Literal l:
                        if (l.Language is { } lang) sb.Append(" xml:lang=\"").Append(lang).Append('"');
                        else if (!l.IsSimple) sb.Append(" rdf:datatype=\"").Append(Escape(l.Datatype.Value)).Append('"');
                        sb.Append('>').Append(Escape(l.LexicalForm)).Append("</").Append(name).Append(">\n");
                        break;
                    default:
                        sb.Append(' ').Append(NodeAttribute(q.Object, "resource")).Append("/>\n");
                        break;
                }
                written++;
            }
            sb.Append("  </rdf:Description>\n");
            output.Write(sb);
        }
        output.Write("</rdf:RDF>\n");
        return written;
    }

    private static string NodeAttribute(Term node, string iriAttribute) => node switch
    {
        Iri i => $"rdf:{iriAttribute}=\"{Escape(i.Value)}\"",
        BlankNode b => $"rdf:nodeID=\"{b.Label}\"",
        _ => throw new ArgumentException("a literal cannot be a node"),
    };

    private static (string Namespace, string Local)? Split(string iri)
    {
        for (var i = iri.Length; i > 0; i--)
        {
            var local = iri[i..];
            if (iri[i - 1] is '#' or '/' && local.Length > 0)
            {
                try
                {
                    XmlConvert.VerifyNCName(local);
                    return (iri[..i], local);
                }
                catch (XmlException)
                {
                    return null;
                }
            }
        }
        return null;
    }

    private static string Escape(string text) => SecurityElement.Escape(text).Replace("\r", "&#xD;", StringComparison.Ordinal);
}
