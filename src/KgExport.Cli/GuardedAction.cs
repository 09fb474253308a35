using System.CommandLine;

namespace KgExport.Cli;

/// <summary>
/// The one error guard: runs a body and turns every failure into a message on stderr and the exit code
/// <see cref="ExitCodeTable"/> gives it, so a user never sees a stack trace (set <c>KGEXPORT_DEBUG=1</c> to get one).
/// It is around every verb's action and around the whole command line (<see cref="KgExportCommand.Run(string[], Terminal)"/>),
/// so nothing (help written to a full disk, a verb's setup) ends the process with an unhandled exception.
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
            var (code, message) = ExitCodeTable.For(ex);
            try
            {
                terminal.Error.WriteLine(message);
                if (Environment.GetEnvironmentVariable("KGEXPORT_DEBUG") == "1") terminal.Error.WriteLine(ex.ToString());
                terminal.Error.Flush();
            }
            catch (IOException)
            {
                // Standard error cannot be written either: the exit code is all that is left to say it.
            }
            return code;
        }
    }
}
