using System.CommandLine;
using System.Security.Cryptography;
using KgExport.Rdf;

namespace KgExport.Cli.Commands;

/// <summary>
/// `kgexport canon <file> [--hash sha256|sha384] [--rdfc-hash sha256|sha384]`: the RDFC-1.0 canonical N-Quads of an
/// RDF document in any syntax (named graphs kept), or the digest of that document. Two isomorphic inputs give the
/// same bytes.
/// </summary>
public static class CanonCommand
{
    public static Command Create(Terminal terminal)
    {
        var input = new Argument<string>("input") { Description = "The RDF file to canonicalize (any syntax, by extension or --from), or - for standard input." };
        var from = new Option<string?>("--from", "-f")
        {
            Description = "Input syntax: ntriples, nquads, turtle, trig, jsonld or rdfxml. Defaults to the syntax of the input's extension.",
            HelpName = "format",
        };
        var baseIri = new Option<string?>("--base", "-b") { Description = "Base IRI for relative IRIs in the input. Defaults to the input's absolute file:/// URL.", HelpName = "iri" };
        var hash = new Option<string?>("--hash")
        {
            Description = "Print the hex digest (sha256 or sha384) of the canonical N-Quads instead of the N-Quads.",
            HelpName = "algorithm",
        };
        hash.AcceptOnlyFromAmong("sha256", "sha384");
        var rdfcHash = new Option<string?>("--rdfc-hash")
        {
            Description = "The hash function RDFC-1.0 labels blank nodes with: sha256 (the default the specification names) or sha384.",
            HelpName = "algorithm",
        };
        rdfcHash.AcceptOnlyFromAmong("sha256", "sha384");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically), or - for standard output (the default).", HelpName = "file" };

        var command = new Command("canon", "Print the RDFC-1.0 canonical N-Quads of an RDF document (or their --hash).")
        {
            input, from, baseIri, hash, rdfcHash, output,
        };
        command.SetGuardedAction(terminal, (parseResult, cancellationToken) =>
        {
            var options = new CanonicalizationOptions { HashAlgorithm = parseResult.GetValue(rdfcHash) == "sha384" ? RdfcHashAlgorithm.Sha384 : RdfcHashAlgorithm.Sha256 };
            using var source = RdfSource.Open(parseResult.GetRequiredValue(input), parseResult.GetValue(from), terminal, parseResult.GetValue(baseIri));
            var canonical = Canonicalize(source, options, cancellationToken);
            using var target = OutputDocument.Open(parseResult.GetValue(output), terminal);
            target.Writer.Write(parseResult.GetValue(hash) is { } algorithm ? Digest(canonical, algorithm) + "\n" : canonical);
            target.Commit();
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The canonical N-Quads of the whole source; a too-symmetric input is an input error naming the file.</summary>
    public static string Canonicalize(RdfSource source, CanonicalizationOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return RdfCanonicalizer.ToCanonicalNQuads(source.Quads(cancellationToken), options, cancellationToken);
        }
        catch (CanonicalizationLimitException e)
        {
            throw new UsageException($"{source.Name}: {e.Message}");
        }
    }

    private static string Digest(string canonical, string algorithm)
    {
        var bytes = Terminal.Utf8.GetBytes(canonical);
        return Convert.ToHexStringLower(algorithm == "sha384" ? SHA384.HashData(bytes) : SHA256.HashData(bytes));
    }
}
