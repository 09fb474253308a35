using System.Text.RegularExpressions;

namespace KgExport.Architecture.Tests;

/// <summary>The README's picture of the project references (a mermaid graph) shows exactly the csproj files' references.</summary>
public sealed partial class ReadmePictureTests
{
    [Fact]
    public void The_readme_picture_shows_every_project_reference_and_no_other()
    {
        var readme = File.ReadAllText(TestPaths.InRepository("README.md"));
        var picture = Picture().Match(readme);
        Assert.True(picture.Success, "README.md has no ```mermaid block of the project references");
        var drawn = Arrow().Matches(picture.Groups["body"].Value).Select(m => $"{m.Groups["from"].Value} -> {m.Groups["to"].Value}").Order(StringComparer.Ordinal).ToList();
        var actual = ProjectGraph.Read(TestPaths.InRepository("src")).Arrows().ToList();
        Assert.NotEmpty(actual);
        Assert.Equal(actual, drawn);
    }

    [GeneratedRegex(@"```mermaid\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Picture();

    [GeneratedRegex(@"^\s*(?<from>\w+)\s*-->\s*(?<to>\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Arrow();
}
