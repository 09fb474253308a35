using System.CommandLine;
using KgExport.Cli.Commands;

namespace KgExport.Cli;

/// <summary>The root `kgexport` command and its verbs.</summary>
public static class KgExportCommand
{
    public static RootCommand Build()
    {
        var root = new RootCommand("KgExport: news articles about diplomatic recognition -> a validated RDF knowledge graph.");
        root.Subcommands.Add(ExportCommand.Create());
        return root;
    }

    public static int Run(string[] args) => Build().Parse(args).Invoke();
}
