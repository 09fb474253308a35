namespace KgExport.Cli;

public static class Program
{
    public static int Main(string[] args) => KgExportCommand.Run(args);
}
