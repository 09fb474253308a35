using System.Text;

namespace KgExport.Cli;

/// <summary>
/// The standard streams a verb reads and writes. Verbs take them from here, never from <see cref="Console"/>,
/// so tests can run verbs in-process side by side with their own streams.
/// </summary>
public sealed class Terminal
{
    private readonly Func<Stream> _openStdin;
    private readonly Func<Stream> _openStdout;

    public Terminal(Func<Stream> openStdin, Func<Stream> openStdout, TextWriter output, TextWriter error)
    {
        _openStdin = openStdin;
        _openStdout = openStdout;
        Output = output;
        Error = error;
    }

    /// <summary>The process's real console streams.</summary>
    public static Terminal System() => new(
        Console.OpenStandardInput,
        Console.OpenStandardOutput,
        Console.Out,
        Console.Error);

    /// <summary>UTF-8 without a byte-order mark; what every text output of KgExport uses.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Text for people: help, summaries (not data; data goes through <see cref="OpenStdout"/>).</summary>
    public TextWriter Output { get; }

    /// <summary>Diagnostics: errors, warnings, reports meant for the terminal.</summary>
    public TextWriter Error { get; }

    /// <summary>Raw standard input, for data read from `-`.</summary>
    public Stream OpenStdin() => _openStdin();

    /// <summary>Raw standard output, for data written to `-` (or when no -o is given).</summary>
    public Stream OpenStdout() => _openStdout();
}
