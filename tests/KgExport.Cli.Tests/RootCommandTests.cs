namespace KgExport.Cli.Tests;

public sealed class RootCommandTests
{
    [Fact]
    public void Help_lists_every_verb()
    {
        var result = CliRun.Invoke("--help");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Contains("Usage:", result.Output);
        foreach (var verb in KgExportCommand.Build().Subcommands)
        {
            Assert.Contains(verb.Name, result.Output);
        }
    }

    [Fact]
    public void Every_verb_has_help_with_a_description_for_each_option_and_argument()
    {
        foreach (var verb in KgExportCommand.Build().Subcommands)
        {
            var result = CliRun.Invoke(verb.Name, "--help");
            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            // The usage line starts with the executable's name, which is the test host here.
            Assert.Matches($@"Usage:\s+\S+ {verb.Name}", result.Output);
            Assert.False(string.IsNullOrWhiteSpace(verb.Description), $"{verb.Name} has no description");
            foreach (var option in verb.Options)
            {
                Assert.False(string.IsNullOrWhiteSpace(option.Description), $"{verb.Name} {option.Name} has no description");
                Assert.Contains(option.Name, result.Output);
            }
            foreach (var argument in verb.Arguments)
            {
                Assert.False(string.IsNullOrWhiteSpace(argument.Description), $"{verb.Name} <{argument.Name}> has no description");
            }
        }
    }

    [Fact]
    public void Version_prints_the_version_from_directory_build_props_and_the_commit()
    {
        var result = CliRun.Invoke("--version");
        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        var props = File.ReadAllText(TestPaths.InRepository("Directory.Build.props"));
        var version = System.Text.RegularExpressions.Regex.Match(props, "<Version>([^<]+)</Version>").Groups[1].Value;
        Assert.NotEmpty(version);
        Assert.Matches($@"^kgexport {System.Text.RegularExpressions.Regex.Escape(version)} \((commit [0-9a-f]{{12}}|commit unknown: built outside a git checkout)\)\n$", result.Output);
        // Built from this checkout, so the commit is known.
        if (Directory.Exists(TestPaths.InRepository(".git")) || File.Exists(TestPaths.InRepository(".git"))) Assert.Contains("(commit ", result.Output.Replace("(commit unknown", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_verb_is_a_usage_error()
    {
        var result = CliRun.Invoke("frobnicate");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("frobnicate", result.Stderr);
        Assert.Contains("--help", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public void Unknown_option_is_a_usage_error_naming_the_verb()
    {
        var result = CliRun.Invoke("convert", "a.ttl", "--to", "nt", "--frobnicate");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--frobnicate", result.Stderr);
        Assert.Contains("kgexport convert --help", result.Stderr);
    }
}
