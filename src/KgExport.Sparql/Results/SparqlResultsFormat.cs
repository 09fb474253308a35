using KgExport.Sparql.Evaluation;

namespace KgExport.Sparql.Results;

/// <summary>The formats query results are written in.</summary>
public enum SparqlResultsFormat
{
    /// <summary>SPARQL 1.1 Query Results JSON.</summary>
    Json,

    /// <summary>SPARQL Query Results XML.</summary>
    Xml,

    /// <summary>SPARQL 1.1 CSV (term types lost).</summary>
    Csv,

    /// <summary>SPARQL 1.1 TSV (terms in Turtle syntax).</summary>
    Tsv,

    /// <summary>A fixed-width table for people; written only.</summary>
    Table,
}

/// <summary>Names and media types of the result formats, and the writer/reader for each.</summary>
public static class SparqlResultsFormats
{
    /// <summary>Reads a format name (json or srj, xml or srx, csv, tsv, table or text; any case), false for any other.</summary>
    public static bool TryParseName(string name, out SparqlResultsFormat format)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "json" or "srj": format = SparqlResultsFormat.Json; return true;
            case "xml" or "srx": format = SparqlResultsFormat.Xml; return true;
            case "csv": format = SparqlResultsFormat.Csv; return true;
            case "tsv": format = SparqlResultsFormat.Tsv; return true;
            case "table" or "text": format = SparqlResultsFormat.Table; return true;
            default: format = default; return false;
        }
    }

    /// <summary>The media type of <paramref name="format"/> (text/plain for the table).</summary>
    public static string MediaType(SparqlResultsFormat format) => format switch
    {
        SparqlResultsFormat.Json => "application/sparql-results+json",
        SparqlResultsFormat.Xml => "application/sparql-results+xml",
        SparqlResultsFormat.Csv => "text/csv",
        SparqlResultsFormat.Tsv => "text/tab-separated-values",
        _ => "text/plain",
    };

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/> in <paramref name="format"/>.</summary>
    public static void Write(QueryResult result, SparqlResultsFormat format, TextWriter output)
    {
        switch (format)
        {
            case SparqlResultsFormat.Json: JsonResultsWriter.Write(result, output); break;
            case SparqlResultsFormat.Xml: XmlResultsWriter.Write(result, output); break;
            case SparqlResultsFormat.Csv: CsvResultsWriter.Write(result, output); break;
            case SparqlResultsFormat.Tsv: TsvResultsWriter.Write(result, output); break;
            default: TableResultsWriter.Write(result, output); break;
        }
    }

    /// <summary>Reads results in <paramref name="format"/>; the table format cannot be read.</summary>
    public static QueryResult Read(TextReader input, SparqlResultsFormat format) => format switch
    {
        SparqlResultsFormat.Json => JsonResultsReader.Read(input),
        SparqlResultsFormat.Xml => XmlResultsReader.Read(input),
        SparqlResultsFormat.Csv => CsvResultsReader.Read(input),
        SparqlResultsFormat.Tsv => TsvResultsReader.Read(input),
        _ => throw new NotSupportedException("the table format is for reading by people only"),
    };
}

/// <summary>A results document that cannot be read.</summary>
public sealed class SparqlResultsFormatException(string message) : Exception(message);
