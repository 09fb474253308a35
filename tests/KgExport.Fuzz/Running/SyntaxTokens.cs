namespace KgExport.Fuzz.Running;

/// <summary>The tokens of each syntax that mutations insert: delimiters, keywords, escapes and the starts of constructs.</summary>
public static class SyntaxTokens
{
    public static readonly string[] Line = ["<", ">", "<http://example.org/x>", "\"", "\"\"", "_:", "_:b0", ".", " ", "\t", "\n", "\r\n", "#", "@en", "@", "^^", "\\u", "\\U", "\\", "<<(", ")>>", "~", "-"];

    public static readonly string[] Terse =
    [
        "@prefix", "@base", "PREFIX", "BASE", "GRAPH", "<", ">", "<>", ":", "ex:", "[", "]", "(", ")", "{", "}", ".", ";", ",", "a", "_:", "\"", "'", "\"\"\"", "'''",
        "^^", "@en", "true", "false", "1", "-1.5", "1e-3", "#", "\n", "\\", "\\u00", "%", "<<", ">>", "{|", "|}", "~",
    ];

    public static readonly string[] Xml =
    [
        "<", ">", "</", "/>", "=", "\"", "'", "&", ";", "&amp;", "&#", "&#x", "<![CDATA[", "]]>", "<!--", "-->", "<?", "?>", "<!DOCTYPE", "<!ENTITY", "xmlns:", "xml:base=\"",
        "xml:lang=\"", "rdf:about=\"", "rdf:resource=\"", "rdf:nodeID=\"", "rdf:ID=\"", "rdf:parseType=\"Resource\"", "rdf:parseType=\"Literal\"", "rdf:parseType=\"Collection\"",
        "rdf:datatype=\"", "<rdf:Description>", "</rdf:Description>", "<rdf:li>", "<ex:p>", "</ex:p>",
    ];

    public static readonly string[] Json =
    [
        "{", "}", "[", "]", ":", ",", "\"", "\\", "\\u", "\\uD800", "null", "true", "1e999", "-", "\"@context\"", "\"@id\"", "\"@type\"", "\"@value\"", "\"@list\"", "\"@set\"",
        "\"@graph\"", "\"@language\"", "\"@container\"", "\"@reverse\"", "\"@vocab\"", "\"@base\"", "\"@nest\"", "\"@included\"", "\"@json\"", "\"@index\"", "\"@protected\"",
        "\"@import\"", "\"@direction\"", "\"start\"", "\"end\"", "\"evidence\"", "\"entities\"", "\"article\"",
    ];

    public static readonly string[] Sparql =
    [
        "SELECT", "CONSTRUCT", "ASK", "DESCRIBE", "WHERE", "{", "}", "(", ")", "[", "]", ".", ";", ",", "?x", "$y", "<", ">", ":", "ex:p", "a", "*", "+", "?", "/", "|", "^",
        "!", "OPTIONAL", "UNION", "MINUS", "GRAPH", "SERVICE", "FILTER", "BIND", "AS", "VALUES", "UNDEF", "EXISTS", "NOT", "IN", "GROUP BY", "HAVING", "ORDER BY", "LIMIT",
        "OFFSET", "DISTINCT", "COUNT", "GROUP_CONCAT", "SEPARATOR", "=", "&&", "||", "\"", "'", "\"\"\"", "@en", "^^", "1", "1.0", "1e1", "INSERT", "DELETE", "DATA",
        "WITH", "USING", "NAMED", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "TO", "SILENT", "DEFAULT", "ALL", "PREFIX", "BASE", "#", "\n",
    ];
}
