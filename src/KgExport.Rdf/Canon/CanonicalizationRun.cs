using System.Text;

namespace KgExport.Rdf;

/// <summary>
/// The state of one RDFC-1.0 run (the specification's "canonicalization state"): the blank node to quads map,
/// the canonical issuer, and the counters that bound the work.
/// </summary>
internal sealed class CanonicalizationRun
{
    private readonly CanonicalizationOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly List<PreparedQuad> _quads = [];
    private readonly Dictionary<string, List<int>> _blankNodeToQuads = new(StringComparer.Ordinal);
    private readonly List<string> _blankNodes = [];
    private readonly Dictionary<string, string> _firstDegreeHashes = new(StringComparer.Ordinal);
    private readonly IdentifierIssuer _canonicalIssuer = new("c14n");
    private long _workSteps;
    private long _workStepLimit;

    public CanonicalizationRun(IEnumerable<Quad> quads, CanonicalizationOptions options, CancellationToken cancellationToken)
    {
        _options = options;
        _cancellationToken = cancellationToken;
        var seen = new HashSet<Quad>();
        foreach (var quad in quads)
        {
            if (!seen.Add(quad)) continue;
            var index = _quads.Count;
            var prepared = new PreparedQuad(quad);
            _quads.Add(prepared);
            Register(prepared.SubjectLabel, index);
            Register(prepared.ObjectLabel, index);
            Register(prepared.GraphLabel, index);
        }
    }

    private void Register(string? label, int quadIndex)
    {
        if (label is null) return;
        if (!_blankNodeToQuads.TryGetValue(label, out var list))
        {
            list = [];
            _blankNodeToQuads.Add(label, list);
            _blankNodes.Add(label);
        }
        // A quad with the same blank node in two positions is listed once.
        if (list.Count == 0 || list[^1] != quadIndex) list.Add(quadIndex);
    }

    public CanonicalResult Execute()
    {
        // Steps 3-4: first degree hashes; unique hashes get canonical identifiers at once, in hash order.
        var hashToBlankNodes = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var label in _blankNodes)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var hash = HashFirstDegreeQuads(label);
            if (!hashToBlankNodes.TryGetValue(hash, out var list))
            {
                list = [];
                hashToBlankNodes.Add(hash, list);
            }
            list.Add(label);
        }

        var shared = new List<List<string>>();
        foreach (var (_, labels) in hashToBlankNodes)
        {
            if (labels.Count == 1) _canonicalIssuer.Issue(labels[0]);
            else shared.Add(labels);
        }

        _workStepLimit = _options.WorkStepLimit(shared.Sum(labels => labels.Count));

        // Step 5: blank nodes that share a first degree hash are told apart by their N-degree hashes.
        foreach (var labels in shared)
        {
            var hashPaths = new List<(string Hash, IdentifierIssuer Issuer)>();
            foreach (var label in labels)
            {
                if (_canonicalIssuer.Has(label)) continue;
                var temporary = new IdentifierIssuer("b");
                temporary.Issue(label);
                hashPaths.Add(HashNDegreeQuads(label, temporary));
            }
            foreach (var (_, issuer) in hashPaths.OrderBy(r => r.Hash, StringComparer.Ordinal))
            {
                foreach (var label in issuer.IssuedInOrder) _canonicalIssuer.Issue(label);
            }
        }

        return BuildResult();
    }

    private CanonicalResult BuildResult()
    {
        var lines = new List<(string Line, Quad Quad)>(_quads.Count);
        var relabelled = new Dictionary<string, BlankNode>(StringComparer.Ordinal);
        BlankNode Relabel(Term term) =>
            relabelled.TryGetValue(((BlankNode)term).Label, out var b) ? b : relabelled[((BlankNode)term).Label] = new BlankNode(_canonicalIssuer.Issue(((BlankNode)term).Label));

        var sb = new StringBuilder();
        foreach (var q in _quads)
        {
            var quad = q.Quad;
            var canonical = new Quad(
                q.SubjectLabel is null ? quad.Subject : Relabel(quad.Subject),
                quad.Predicate,
                q.ObjectLabel is null ? quad.Object : Relabel(quad.Object),
                q.GraphLabel is null ? quad.Graph : Relabel(quad.Graph!));
            sb.Clear();
            q.AppendLine(sb, label => _canonicalIssuer.Issue(label));
            lines.Add((sb.ToString(), canonical));
        }
        lines.Sort((a, b) => CodePointOrder.Compare(a.Line, b.Line));

        var document = new StringBuilder();
        foreach (var (line, _) in lines) document.Append(line);
        var issued = new Dictionary<string, string>(_canonicalIssuer.Issued, StringComparer.Ordinal);
        return new CanonicalResult(document.ToString(), lines.ConvertAll(l => l.Quad), issued);
    }

    // RDFC-1.0 section 4.6: the quads mentioning a blank node, with it written _:a and every other blank node _:z.
    private string HashFirstDegreeQuads(string reference)
    {
        if (_firstDegreeHashes.TryGetValue(reference, out var cached)) return cached;
        var indexes = _blankNodeToQuads[reference];
        var lines = new List<string>(indexes.Count);
        var sb = new StringBuilder();
        foreach (var i in indexes)
        {
            sb.Clear();
            _quads[i].AppendLine(sb, label => string.Equals(label, reference, StringComparison.Ordinal) ? "a" : "z");
            lines.Add(sb.ToString());
        }
        lines.Sort(CodePointOrder.Instance);
        var hash = RdfCanonicalizer.Hash(_options.HashAlgorithm, string.Concat(lines));
        _firstDegreeHashes.Add(reference, hash);
        return hash;
    }

    // RDFC-1.0 section 4.7.
    private string HashRelatedBlankNode(string related, Quad quad, IdentifierIssuer issuer, char position)
    {
        var input = new StringBuilder();
        input.Append(position);
        if (position != 'g') input.Append('<').Append(quad.Predicate.Value).Append('>');
        if (_canonicalIssuer.TryGet(related, out var id) || issuer.TryGet(related, out id)) input.Append("_:").Append(id);
        else input.Append(HashFirstDegreeQuads(related));
        return RdfCanonicalizer.Hash(_options.HashAlgorithm, input.ToString());
    }

    // RDFC-1.0 section 4.8.
    private (string Hash, IdentifierIssuer Issuer) HashNDegreeQuads(string identifier, IdentifierIssuer issuer)
    {
        Step();

        var hashToRelated = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        void AddRelated(string? related, Quad quad, char position)
        {
            if (related is null || string.Equals(related, identifier, StringComparison.Ordinal)) return;
            var hash = HashRelatedBlankNode(related, quad, issuer, position);
            if (!hashToRelated.TryGetValue(hash, out var list))
            {
                list = [];
                hashToRelated.Add(hash, list);
            }
            list.Add(related);
        }

        foreach (var i in _blankNodeToQuads[identifier])
        {
            var q = _quads[i];
            AddRelated(q.SubjectLabel, q.Quad, 's');
            AddRelated(q.ObjectLabel, q.Quad, 'o');
            AddRelated(q.GraphLabel, q.Quad, 'g');
        }

        var dataToHash = new StringBuilder();
        foreach (var (relatedHash, blankNodes) in hashToRelated)
        {
            dataToHash.Append(relatedHash);
            string? chosenPath = null;
            IdentifierIssuer? chosenIssuer = null;
            foreach (var permutation in Permutations.Of(blankNodes))
            {
                Step();
                var issuerCopy = issuer.Clone();
                var path = new StringBuilder();
                var recursion = new List<string>();
                var skip = false;
                foreach (var related in permutation)
                {
                    if (_canonicalIssuer.TryGet(related, out var canonicalId))
                    {
                        path.Append("_:").Append(canonicalId);
                    }
                    else
                    {
                        if (!issuerCopy.Has(related)) recursion.Add(related);
                        path.Append("_:").Append(issuerCopy.Issue(related));
                    }
                    if (IsWorse(path, chosenPath))
                    {
                        skip = true;
                        break;
                    }
                }
                if (skip) continue;

                foreach (var related in recursion)
                {
                    var result = HashNDegreeQuads(related, issuerCopy);
                    path.Append("_:").Append(issuerCopy.Issue(related));
                    path.Append('<').Append(result.Hash).Append('>');
                    issuerCopy = result.Issuer;
                    if (IsWorse(path, chosenPath))
                    {
                        skip = true;
                        break;
                    }
                }
                if (skip) continue;

                var candidate = path.ToString();
                if (chosenPath is null || string.CompareOrdinal(candidate, chosenPath) < 0)
                {
                    chosenPath = candidate;
                    chosenIssuer = issuerCopy;
                }
            }
            dataToHash.Append(chosenPath);
            issuer = chosenIssuer!;
        }

        return (RdfCanonicalizer.Hash(_options.HashAlgorithm, dataToHash.ToString()), issuer);
    }

    private void Step()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (++_workSteps > _workStepLimit) throw new CanonicalizationLimitException(_workStepLimit, _blankNodes.Count);
    }

    // Paths hold only ASCII (labels and hex hashes), so ordinal order is code point order.
    private static bool IsWorse(StringBuilder path, string? chosenPath) =>
        chosenPath is not null
        && path.Length >= chosenPath.Length
        && string.CompareOrdinal(path.ToString(), chosenPath) > 0;
}
