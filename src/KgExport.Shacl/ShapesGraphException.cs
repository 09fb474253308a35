using KgExport.Rdf;

namespace KgExport.Shacl;

/// <summary>
/// The shapes graph is not a well-formed SHACL shapes graph (a bad parameter value, a malformed list or path, an
/// unknown parameter), or it uses a feature this validator does not support. The message names the shape.
/// </summary>
public sealed class ShapesGraphException : Exception
{
    /// <summary>The problem <paramref name="reason"/> with <paramref name="shape"/> (null when no one shape is at fault); <paramref name="unsupported"/> when the shapes are legal but use an unsupported feature.</summary>
    public ShapesGraphException(Term? shape, string reason, bool unsupported = false)
        : base(shape is null ? reason : $"shape {shape}: {reason}")
    {
        Shape = shape;
        Reason = reason;
        IsUnsupportedFeature = unsupported;
    }

    /// <summary>The shape at fault, or null.</summary>
    public Term? Shape { get; }

    /// <summary>The problem, without the shape's name.</summary>
    public string Reason { get; }

    /// <summary>True when the shapes are legal SHACL but use something not implemented here (e.g. SHACL-SPARQL).</summary>
    public bool IsUnsupportedFeature { get; }
}
