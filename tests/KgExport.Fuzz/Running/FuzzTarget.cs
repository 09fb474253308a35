using KgExport.Fuzz.Generators;

namespace KgExport.Fuzz.Running;

/// <summary>
/// One parser under fuzz: how to make its inputs (a generator, the tokens mutations insert, seed documents) and how to
/// run one. <see cref="Execute"/> either returns or throws; <see cref="IsExpected"/> says which exceptions are the
/// parser's documented answer to bad input. Any other exception is a crash.
/// </summary>
public sealed class FuzzTarget
{
    public required string Name { get; init; }

    public required string Description { get; init; }

    public required IDocumentGenerator Generator { get; init; }

    /// <summary>Tokens of the syntax that mutations insert.</summary>
    public required IReadOnlyList<string> Tokens { get; init; }

    /// <summary>Small documents written for the fuzzer, always in the corpus.</summary>
    public required IReadOnlyList<string> Seeds { get; init; }

    /// <summary>Where under the W3C suites (and the repository) more seed documents are: a folder and a file name ending.</summary>
    public IReadOnlyList<(string Folder, string Ending)> SeedFiles { get; init; } = [];

    public required Action<string, CancellationToken> Execute { get; init; }

    public required Func<Exception, bool> IsExpected { get; init; }

    /// <summary>This target, except that <paramref name="fatal"/> ends the process at once, as a stack overflow does (to test the supervisor).</summary>
    public FuzzTarget EndingTheProcessOn(string fatal) => new()
    {
        Name = Name,
        Description = Description,
        Generator = Generator,
        Tokens = Tokens,
        Seeds = Seeds,
        SeedFiles = SeedFiles,
        Execute = (input, token) =>
        {
            if (input == fatal) Environment.FailFast("fuzz self-test: a fatal error on purpose");
            Execute(input, token);
        },
        IsExpected = IsExpected,
    };
}
