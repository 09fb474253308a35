using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// The shapes graph is not a well-formed SHACL shapes graph (a bad parameter value, a malformed list or path, an
/// unknown parameter), or it uses a feature this validator does not support. The message names the shape.
/// </summary>
public sealed class ShapesGraphException : Exception
{
    public ShapesGraphException(Term? shape, string reason, bool unsupported = false)
        : base(shape is null ? reason : $"shape {shape}: {reason}")
    {
        Shape = shape;
        Reason = reason;
        IsUnsupportedFeature = unsupported;
    }

    public Term? Shape { get; }

    public string Reason { get; }

    /// <summary>True when the shapes are legal SHACL but use something not implemented here (e.g. SHACL-SPARQL).</summary>
    public bool IsUnsupportedFeature { get; }
}
