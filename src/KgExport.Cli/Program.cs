using KgExport.Corpus;

namespace KgExport.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        using var cleanup = TemporaryFiles.RemoveOnTermination();
        return KgExportCommand.Run(args);
    }
}
