using System.CommandLine;
using System.CommandLine.Invocation;

namespace KgExport.Cli;

/// <summary>What `kgexport --version` does: prints <see cref="ProductVersion.Text"/>.</summary>
internal sealed class VersionAction(Terminal terminal) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        terminal.Output.WriteLine(ProductVersion.Text);
        return ExitCodes.Ok;
    }
}
