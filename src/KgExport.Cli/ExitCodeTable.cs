using System.Text;
using KgExport.Corpus;
using KgExport.Extraction.Evaluation;
using KgExport.Extraction.Text;
using KgExport.Rdf;
using KgExport.Rdf.JsonLd;
using KgExport.Server;
using KgExport.Shacl;

namespace KgExport.Cli;

/// <summary>
/// The one table from an exception to what the user sees: the exit code (<see cref="ExitCodes"/>) and the message. A
/// message that already names its source (a file and a position) is printed as it is; the others get "kgexport: ".
/// Anything not listed is an internal error (exit 2).
/// </summary>
internal static class ExitCodeTable
{
    public static (int Code, string Message) For(Exception ex) => ex switch
    {
        // Already "source:line:column: what was expected".
        RdfSyntaxException syntax => (ExitCodes.UsageError, syntax.Message),
        // Already "source: not valid UTF-8 (byte offset N)".
        InvalidUtf8Exception utf8 => (ExitCodes.UsageError, utf8.Message),
        // Data the chosen output syntax cannot carry (a named graph for N-Triples/Turtle, a space inside an IRI).
        RdfWriteException write => (ExitCodes.UsageError, "kgexport: " + write.Message),
        UsageException usage => (ExitCodes.UsageError, "kgexport: " + usage.Message),
        // A JSON-LD context or frame that cannot be loaded or processed (--context-url, --frame).
        JsonLdException jsonLd => (ExitCodes.UsageError, "kgexport: " + jsonLd.Message),
        // Already "file: reason".
        ArticleReadException article => (ExitCodes.UsageError, "kgexport: " + article.Message),
        EvaluationException evaluation => (ExitCodes.UsageError, "kgexport: " + evaluation.Message),
        // A local store that is locked by another process, damaged, or could not be written.
        KgExport.Store.StoreException store => (ExitCodes.StoreFailed, "kgexport: " + store.Message),
        ServerConfigurationException server => (ExitCodes.UsageError, "kgexport: " + server.Message),
        // Inputs of query and serve: a bad file or article is an input error; articles that only break the shapes are invalid data.
        DatasetLoadException load => (load.DataInvalid ? ExitCodes.DataInvalid : ExitCodes.UsageError, "kgexport: " + load.Message),
        // Shapes that fail while validating (an sh:pattern that does not finish in time).
        ShapesGraphException shapes => (ExitCodes.UsageError, "kgexport: " + shapes.Message),
        // A validation past its time or memory limit: neither conforming nor not.
        ValidationLimitException limit => (ExitCodes.UsageError, "kgexport: " + limit.Message),
        OperationCanceledException => (ExitCodes.Cancelled, "kgexport: cancelled"),
        FileNotFoundException notFound => (ExitCodes.UsageError, $"kgexport: {notFound.FileName ?? "file"}: no such file"),
        DirectoryNotFoundException dir => (ExitCodes.UsageError, "kgexport: " + dir.Message),
        UnauthorizedAccessException denied => (ExitCodes.UsageError, "kgexport: permission denied: " + denied.Message),
        DecoderFallbackException => (ExitCodes.UsageError, "kgexport: the input is not valid UTF-8"),
        IOException io => (ExitCodes.UsageError, "kgexport: " + io.Message),
        NotSupportedException unsupported => (ExitCodes.UsageError, "kgexport: " + unsupported.Message),
        _ => (ExitCodes.UsageError, $"kgexport: internal error ({ex.GetType().Name}): {ex.Message} (set KGEXPORT_DEBUG=1 for details)"),
    };
}
