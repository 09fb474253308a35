using System.CommandLine;
using KgExport.Ontology;
using KgExport.Rdf.JsonLd;

namespace KgExport.Cli;

/// <summary>
/// The JSON-LD flags shared by <c>convert</c> and <c>export</c>: <c>--jsonld-form</c>, <c>--context-url</c> and
/// <c>--allow-remote-context</c>, and what they turn into (writer settings, a document loader).
/// </summary>
public sealed class JsonLdFlags
{
    public Option<string?> Form { get; } = new("--jsonld-form")
    {
        Description = "JSON-LD output form: compacted (default), expanded, flattened or framed (export: each article with its facts nested beneath it).",
        HelpName = "form",
    };

    public Option<string?> ContextUrl { get; } = new("--context-url")
    {
        Description = "Reference this published context URL in JSON-LD output instead of embedding the project's context inline.",
        HelpName = "url",
    };

    public Option<bool> AllowRemoteContext { get; } = new("--allow-remote-context")
    {
        Description = "Allow fetching remote JSON-LD contexts over HTTP(S) (10 s timeout, 10 MB limit). Off by default: only known contexts are read, from local files.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Form);
        command.Options.Add(ContextUrl);
        command.Options.Add(AllowRemoteContext);
    }

    /// <summary>Resolves contexts: the project's own from the tool itself, others only with <c>--allow-remote-context</c>.</summary>
    public IDocumentLoader Loader(ParseResult parseResult) => OntologyDocuments.Loader(parseResult.GetValue(AllowRemoteContext));

    /// <summary>
    /// The writer settings for any RDF (<c>convert</c>): the flags' form and context URL, else a context of the
    /// data's prefixes; throws <see cref="UsageException"/> on a bad value.
    /// </summary>
    public JsonLdWriterSettings Settings(ParseResult parseResult)
    {
        var (form, url) = Read(parseResult);
        return new JsonLdWriterSettings { Form = form, ContextUrl = url, DocumentLoader = Loader(parseResult) };
    }

    /// <summary>The writer settings for our own graphs (<c>export</c>): the project's context and the article frame.</summary>
    public JsonLdWriterSettings ExportSettings(ParseResult parseResult)
    {
        var (form, url) = Read(parseResult);
        return ArticleJsonLd.Settings(form, url, parseResult.GetValue(AllowRemoteContext));
    }

    private (JsonLdForm Form, string? Url) Read(ParseResult parseResult)
    {
        var form = JsonLdForm.Compacted;
        if (parseResult.GetValue(Form) is { } name && !JsonLdWriterSettings.TryParseForm(name, out form))
        {
            throw new UsageException($"--jsonld-form: unknown form '{name}' (expected expanded, compacted, flattened or framed)");
        }
        var url = parseResult.GetValue(ContextUrl);
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            throw new UsageException($"--context-url: '{url}' is not an absolute URL");
        }
        return (form, url);
    }
}
