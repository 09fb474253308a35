using KgExport.Testing;
using Xunit.Abstractions;

namespace KgExport.Conformance;

/// <summary>Runs every registered suite inside <c>dotnet test</c>; a suite fails with its list of unexpected failures.</summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    public static TheoryData<string> SuiteNames()
    {
        var data = new TheoryData<string>();
        foreach (var suite in SuiteRegistry.All) data.Add(suite.Name);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(SuiteNames))]
    public void Suite(string name)
    {
        var suite = SuiteRegistry.Find(name)!;
        var result = SuiteRunner.Run(suite, TestPaths.Conformance, KnownFailures.Load(KnownFailures.DefaultPath));
        output.WriteLine(result.Summary());
        if (result.Missing)
        {
            Assert.False(TestPaths.IsCi, $"suite '{name}' is missing on CI: {result.MissingReason}");
            Skip.If(true, $"suite '{name}' not found: {result.MissingReason}");
        }
        Assert.True(result.Ok, $"{result.Summary()}\n" + string.Join("\n", result.Unexpected));
    }
}
