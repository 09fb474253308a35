using System.Text.RegularExpressions;

namespace KgExport.Facts;

/// <summary>
/// Checks a facts file for meaning, also when it has structural problems so that every problem is reported: unique ids, references that resolve to the right
/// kind of thing, Wikidata QIDs, and evidence spans that really show the quoted text at their offsets.
/// </summary>
internal static partial class FactsCheck
{
    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex Qid();

    public static void Check(ArticleFacts facts, ArticleText text, List<FactsProblem> problems)
    {
        var entities = UniqueIds(facts.Entities.Select(e => e.Id), "$.entities", "entity", problems);
        var sources = UniqueIds(facts.Sources.Select(s => s.Id), "$.sources", "source", problems);
        var factIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (fact, path) in FactsWithPaths(facts))
        {
            if (fact.Id.Length > 0 && !factIds.TryAdd(fact.Id, path)) problems.Add(new($"{path}.id", $"duplicate fact id \"{fact.Id}\" (first used at {factIds[fact.Id]})"));
        }

        var stanceIds = facts.Stances.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var byId = facts.Entities.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        void Entity(string? id, string path, params EntityType[] allowed)
        {
            if (string.IsNullOrEmpty(id)) return; // missing: already reported
            if (!entities.Contains(id))
            {
                problems.Add(new(path, $"unknown entity id \"{id}\""));
                return;
            }
            var type = byId[id].Type;
            if (allowed.Length > 0 && Array.IndexOf(allowed, type) < 0)
            {
                problems.Add(new(path, $"\"{id}\" is a {FactsNames.Of(type)}; expected {string.Join(" or ", allowed.Select(FactsNames.Of))}"));
            }
        }

        Entity(facts.Article.Publisher, "$.article.publisher");
        if (facts.Article.Url is { Length: > 0 } url && UrlProblem(url) is { } urlProblem)
        {
            problems.Add(new("$.article.url", $"\"{Shorten(url)}\" is not an absolute http(s) URL: {urlProblem}"));
        }
        for (var i = 0; i < facts.Entities.Count; i++)
        {
            var e = facts.Entities[i];
            var path = $"$.entities[{i}]";
            if (e.Wikidata is { } q && !Qid().IsMatch(q)) problems.Add(new($"{path}.wikidata", $"\"{q}\" is not a Wikidata item id (Q followed by digits)"));
            Entity(e.Platform, $"{path}.platform", EntityType.Platform);
            Entity(e.OperatedBy, $"{path}.operatedBy");
            if (e.Platform is not null && e.Type != EntityType.Channel) problems.Add(new($"{path}.platform", "only a channel has a platform"));
            Entity(e.GovernmentOf, $"{path}.governmentOf", EntityType.State, EntityType.BreakawayEntity);
            if (e.GovernmentOf is not null && e.Type != EntityType.Government) problems.Add(new($"{path}.governmentOf", "only a government is the government of a state"));
            if (e.CorpusWide && (e.Wikidata is not null || e.Type is not (EntityType.Person or EntityType.Group)))
            {
                problems.Add(new($"{path}.corpusWide", "only a person or group without a QID is keyed per article, so only one can be marked corpus-wide"));
            }
            if (e.GovernmentOf is null && e.Type == EntityType.Government) problems.Add(new($"{path}.governmentOf", "a government names the state or breakaway entity it governs (\"governmentOf\")"));
        }
        for (var i = 0; i < facts.Sources.Count; i++)
        {
            var s = facts.Sources[i];
            var path = $"$.sources[{i}]";
            Entity(s.By, $"{path}.by");
            Entity(s.Medium, $"{path}.medium");
            CheckEvidence(s.Evidence, $"{path}.evidence", text, problems);
        }

        foreach (var (fact, path) in FactsWithPaths(facts))
        {
            if (fact.Evidence.Count == 0) problems.Add(new($"{path}.evidence", "a fact needs at least one evidence span"));
            CheckEvidence(fact.Evidence, $"{path}.evidence", text, problems);
            for (var j = 0; j < fact.AttributedTo.Count; j++)
            {
                if (!sources.Contains(fact.AttributedTo[j])) problems.Add(new($"{path}.attributedTo[{j}]", $"unknown source id \"{fact.AttributedTo[j]}\""));
            }

            void FactRefs(IReadOnlyList<string> ids, string field)
            {
                for (var j = 0; j < ids.Count; j++)
                {
                    if (!factIds.ContainsKey(ids[j])) problems.Add(new($"{path}.{field}[{j}]", $"unknown fact id \"{ids[j]}\""));
                    else if (ids[j] == fact.Id) problems.Add(new($"{path}.{field}[{j}]", "a fact cannot refer to itself"));
                }
            }

            switch (fact)
            {
                case Role r:
                    Entity(r.Person, $"{path}.person", EntityType.Person);
                    Entity(r.Of, $"{path}.of");
                    Entity(r.To, $"{path}.to");
                    break;
                case Recognition r:
                    Entity(r.Recogniser, $"{path}.recogniser");
                    Entity(r.Recognised, $"{path}.recognised");
                    Entity(r.AnnouncedBy, $"{path}.announcedBy");
                    if (r.Recogniser == r.Recognised) problems.Add(new($"{path}.recognised", "an entity cannot recognise itself"));
                    if (r.Kind.Of == RecognitionOf.State && byId.TryGetValue(r.Recognised, out var recognised) && recognised.Type == EntityType.Government)
                    {
                        problems.Add(new($"{path}.kind", $"\"{r.Recognised}\" is a government, recognised as a government: kind \"{(r.Kind.IsWithdrawal ? RecognitionKind.GovernmentWithdrawal : RecognitionKind.Government).Name}\""));
                    }
                    break;
                case Severance s:
                    Entity(s.By, $"{path}.by");
                    Entity(s.With, $"{path}.with");
                    FactRefs(s.InResponseTo, "inResponseTo");
                    break;
                case Establishment e:
                    for (var j = 0; j < e.Between.Count; j++)
                    {
                        Entity(e.Between[j], $"{path}.between[{j}]", EntityType.State, EntityType.BreakawayEntity);
                        var first = e.Between.Take(j).ToList().IndexOf(e.Between[j]);
                        if (first >= 0) problems.Add(new($"{path}.between[{j}]", $"\"{e.Between[j]}\" is already between[{first}]: relations are established between two different entities"));
                    }
                    break;
                case Annexation a:
                    Entity(a.Annexer, $"{path}.annexer");
                    Entity(a.Annexed, $"{path}.annexed");
                    break;
                case Stance s:
                    Entity(s.Actor, $"{path}.actor");
                    FactRefs(s.Targets, "targets");
                    for (var j = 0; j < s.Targets.Count; j++)
                    {
                        if (stanceIds.Contains(s.Targets[j])) problems.Add(new($"{path}.targets[{j}]", "a stance targets events, roles or quotes, not another stance"));
                    }
                    break;
                case Quote q:
                    Entity(q.Speaker, $"{path}.speaker");
                    Entity(q.Medium, $"{path}.medium");
                    if (!q.Evidence.Any(e => e.Text.Contains(q.Text, StringComparison.Ordinal)))
                    {
                        problems.Add(new($"{path}.text", "the quoted text does not occur in any of its evidence spans"));
                    }
                    break;
            }
        }
    }

    /// <summary>Every fact with the JSON path of its object.</summary>
    public static IEnumerable<(Fact Fact, string Path)> FactsWithPaths(ArticleFacts facts)
    {
        IEnumerable<(Fact, string)> Section(IEnumerable<Fact> list, string name) => list.Select((f, i) => (f, $"$.{name}[{i}]"));
        return Section(facts.Roles, "roles")
            .Concat(Section(facts.Recognitions, "recognitions"))
            .Concat(Section(facts.Severances, "severances"))
            .Concat(Section(facts.Establishments, "establishments"))
            .Concat(Section(facts.Annexations, "annexations"))
            .Concat(Section(facts.Stances, "stances"))
            .Concat(Section(facts.Quotes, "quotes"));
    }

    private static HashSet<string> UniqueIds(IEnumerable<string> ids, string section, string what, List<FactsProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var id in ids)
        {
            if (id.Length > 0 && !seen.Add(id)) problems.Add(new($"{section}[{i}].id", $"duplicate {what} id \"{id}\""));
            i++;
        }
        return seen;
    }

    private static void CheckEvidence(IReadOnlyList<Evidence> evidence, string path, ArticleText text, List<FactsProblem> problems)
    {
        for (var i = 0; i < evidence.Count; i++)
        {
            var (start, end, quoted) = evidence[i];
            var here = $"{path}[{i}]";
            if (quoted.Length == 0) continue; // missing or empty text: already reported
            if (start < 0 || end > text.Length || start >= end)
            {
                problems.Add(new(here, $"offsets {start}..{end} are outside the article text (0..{text.Length}) or empty"));
                continue;
            }
            var actual = text.Slice(start, end);
            if (!string.Equals(actual, quoted, StringComparison.Ordinal))
            {
                var at = text.Value.IndexOf(quoted, StringComparison.Ordinal);
                var hint = at >= 0 ? $"; that text is at {text.OffsetOf(at)}..{text.OffsetOf(at) + new ArticleText(quoted).Length}" : "";
                problems.Add(new($"{here}.text", $"does not match the article at {start}..{end}, which reads \"{Shorten(actual)}\"{hint}"));
            }
        }
    }

    /// <summary>
    /// Why <paramref name="url"/> is not an absolute http or https address usable as an IRI, or null: it must have
    /// a scheme and a host, and none of the characters an IRI excludes (spaces, controls, <c>&lt;&gt;"{}|\^`</c>).
    /// </summary>
    public static string? UrlProblem(string url)
    {
        foreach (var c in url)
        {
            if (c <= ' ' || c == '\u007f' || "<>\"{}|\\^`".Contains(c, StringComparison.Ordinal))
            {
                return c <= ' ' || c == '\u007f' ? $"it contains the character U+{(int)c:X4}" : $"it contains '{c}'";
            }
        }
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return "it does not parse as an absolute URL";
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return $"the scheme is \"{uri.Scheme}\", not http or https";
        if (!url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase) || uri.Host.Length == 0) return "it has no host";
        return null;
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
