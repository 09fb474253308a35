namespace KgExport.Rdf.JsonLd;

/// <summary>The shapes a JSON-LD document can take.</summary>
public enum JsonLdForm
{
    Expanded,
    Compacted,
    Flattened,
    Framed,
}

/// <summary>How <see cref="JsonLdWriter"/> writes: form, context (inline or by URL), frame, loader.</summary>
public sealed record JsonLdWriterSettings
{
    public JsonLdForm Form { get; init; } = JsonLdForm.Compacted;

    /// <summary>The context to compact with, embedded inline: a JSON document with @context, or the context value itself.
    /// Null (and no <see cref="ContextUrl"/>) compacts with a context made of the writer's prefixes.</summary>
    public object? Context { get; init; }

    /// <summary>Reference a published context by URL instead of embedding it (it is still loaded, to compact with).</summary>
    public string? ContextUrl { get; init; }

    /// <summary>The frame for <see cref="JsonLdForm.Framed"/> (a JSON-LD frame document); null puts every node at the top, none embedded.</summary>
    public object? Frame { get; init; }

    public IDocumentLoader? DocumentLoader { get; init; }

    public bool Indent { get; init; } = true;

    public static bool TryParseForm(string name, out JsonLdForm form)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "expanded": form = JsonLdForm.Expanded; return true;
            case "compacted" or "compact": form = JsonLdForm.Compacted; return true;
            case "flattened" or "flat": form = JsonLdForm.Flattened; return true;
            case "framed": form = JsonLdForm.Framed; return true;
            default: form = default; return false;
        }
    }
}
