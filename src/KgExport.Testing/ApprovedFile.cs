namespace KgExport.Testing;

/// <summary>
/// Where an approval lives: beside the test's source file, as <c>{TestFile}.{TestMethod}.approved{.ext}</c>, or under
/// the name the test gives (a path relative to the test's folder, such as <c>Snapshots/seed.ttl</c>). A failing run
/// writes what it got to the matching <c>.received</c> file (<c>X.received.nq</c>, <c>Snapshots/seed.received.ttl</c>)
/// for tools and reviewers; a passing run removes it.
/// </summary>
internal sealed record ApprovedFile(string ApprovedPath, string ReceivedPath)
{
    public static ApprovedFile For(string testSourceFile, string testName, string? name, string extension)
    {
        if (string.IsNullOrEmpty(testSourceFile) || !File.Exists(testSourceFile))
        {
            throw new ApprovalException(
                $"cannot find the test's source file '{testSourceFile}': approved files live beside it. The test was built with a path map "
                + "(ContinuousIntegrationBuild or PathMap rewrite [CallerFilePath]); build the tests without one.");
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(testSourceFile))!;
        if (name is null)
        {
            var stem = Path.Combine(folder, Path.GetFileNameWithoutExtension(testSourceFile) + "." + testName);
            return new ApprovedFile(stem + ".approved" + extension, stem + ".received" + extension);
        }
        if (Path.IsPathRooted(name)) throw new ArgumentException($"'{name}': give the approved file's name relative to the test's folder", nameof(name));
        var approved = Path.GetFullPath(Path.Combine(folder, name));
        var file = Path.GetFileName(approved);
        var received = file.Contains(".approved.", StringComparison.Ordinal)
            ? file.Replace(".approved.", ".received.", StringComparison.Ordinal)
            : Path.GetFileNameWithoutExtension(file) + ".received" + Path.GetExtension(file);
        return new ApprovedFile(approved, Path.Combine(Path.GetDirectoryName(approved)!, received));
    }

    /// <summary>The approved file's path relative to the working directory when that is shorter, for messages.</summary>
    public string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.Length < path.Length && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : path;
    }
}
