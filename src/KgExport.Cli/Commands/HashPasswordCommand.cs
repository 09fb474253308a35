using System.CommandLine;
using KgExport.Server.Protocol;

namespace KgExport.Cli.Commands;

/// <summary>
/// <c>kgexport hash-password [--user NAME]</c>: reads a password from standard input (its first line) and prints the
/// salted hash the server's <c>Users</c> setting takes, as <c>NAME:HASH</c> with --user. The password never appears
/// on a command line, where other users of the machine could read it.
/// </summary>
public static class HashPasswordCommand
{
    public static Command Create(Terminal terminal)
    {
        var user = new Option<string?>("--user", "-u") { Description = "Print NAME:HASH, ready for KGEXPORT_Server__Users.", HelpName = "name" };
        var command = new Command("hash-password", "Hash a password read from standard input for the server's Basic users (KGEXPORT_Server__Users).")
        {
            user,
        };
        command.SetGuardedAction(terminal, (parseResult, _) =>
        {
            using var input = new StreamReader(terminal.OpenStdin(), new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
            var password = input.ReadLine();
            if (string.IsNullOrEmpty(password)) throw new UsageException("give the password on standard input, e.g. read -rs PW && printf '%s\\n' \"$PW\" | kgexport hash-password --user alice");
            var name = parseResult.GetValue(user);
            if (name is not null && (name.Length == 0 || name.Contains(':', StringComparison.Ordinal) || name.Contains(',', StringComparison.Ordinal)))
            {
                throw new UsageException("--user: a user name cannot be empty or hold ':' or ','");
            }
            var hash = PasswordHash.Create(password);
            terminal.Output.WriteLine(name is null ? hash : name + ":" + hash);
            return ExitCodes.Ok;
        });
        return command;
    }
}
