using System.CommandLine;
using System.Text;
using KgExport.Corpus;
using KgExport.Rdf;
using KgExport.Shacl;

namespace KgExport.Cli;

/// <summary>
/// Runs a verb's body and turns every failure into a one-line message on stderr and an exit code, so a user never
/// sees a stack trace (set <c>KGEXPORT_DEBUG=1</c> to get one).
/// </summary>
public static class GuardedAction
{
    /// <summary>Sets <paramref name="body"/> as the action of <paramref name="command"/>, guarded as described above.</summary>
    public static void SetGuardedAction(this Command command, Terminal terminal, Func<ParseResult, CancellationToken, int> body)
    {
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(terminal, () => body(parseResult, cancellationToken))));
    }

    /// <summary>Runs <paramref name="body"/>; exceptions become messages on <see cref="Terminal.Error"/> and exit codes.</summary>
    public static int Run(Terminal terminal, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex)
        {
            var (code, message) = Describe(ex);
            terminal.Error.WriteLine(message);
            if (Environment.GetEnvironmentVariable("KGEXPORT_DEBUG") == "1") terminal.Error.WriteLine(ex.ToString());
            terminal.Error.Flush();
            return code;
        }
    }

    private static (int Code, string Message) Describe(Exception ex) => ex switch
    {
        // Already "source:line:column: what was expected".
        RdfSyntaxException syntax => (ExitCodes.UsageError, syntax.Message),
        // Already "source: not valid UTF-8 (byte offset N)".
        InvalidUtf8Exception utf8 => (ExitCodes.UsageError, utf8.Message),
        // Data the chosen output syntax cannot carry (a named graph for N-Triples/Turtle, a space inside an IRI).
        RdfWriteException write => (ExitCodes.UsageError, "kgexport: " + write.Message),
        UsageException usage => (ExitCodes.UsageError, "kgexport: " + usage.Message),
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
