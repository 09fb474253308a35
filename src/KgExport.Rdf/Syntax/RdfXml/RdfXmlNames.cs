namespace KgExport.Rdf.Syntax;

/// <summary>
/// The names of the RDF namespace that RDF/XML gives a meaning (RDF 1.1 XML Syntax, section 5.1), and which of them
/// may be used where: as a node element, a property element or a property attribute.
/// </summary>
internal static class RdfXmlNames
{
    public const string RdfNamespace = Vocab.Rdf.Namespace;
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public const string Rdf = "RDF";
    public const string Description = "Description";
    public const string Id = "ID";
    public const string About = "about";
    public const string ParseType = "parseType";
    public const string Resource = "resource";
    public const string NodeId = "nodeID";
    public const string Datatype = "datatype";
    public const string Li = "li";
    public const string Type = "type";

    public static readonly Iri XmlLiteral = new(RdfNamespace + "XMLLiteral");
    public static readonly Iri Statement = new(RdfNamespace + "Statement");
    public static readonly Iri Subject = new(RdfNamespace + "subject");
    public static readonly Iri Predicate = new(RdfNamespace + "predicate");
    public static readonly Iri Object = new(RdfNamespace + "object");

    /// <summary>Names that structure the syntax and never stand for a class or property (coreSyntaxTerms).</summary>
    public static bool IsCoreSyntaxTerm(string localName) =>
        localName is Rdf or Id or About or ParseType or Resource or NodeId or Datatype;

    /// <summary>Names of RDF/XML before 2004, now forbidden everywhere (oldTerms).</summary>
    public static bool IsOldTerm(string localName) => localName is "aboutEach" or "aboutEachPrefix" or "bagID";

    /// <summary>Why an element in the RDF namespace cannot be a node element, or null if it can (nodeElementURIs).</summary>
    public static string? WhyNotNodeElement(string localName) =>
        IsCoreSyntaxTerm(localName) || localName == Li || IsOldTerm(localName) ? $"rdf:{localName} cannot be used as a node element" : null;

    /// <summary>Why an element in the RDF namespace cannot be a property element, or null if it can (propertyElementURIs).</summary>
    public static string? WhyNotPropertyElement(string localName) =>
        IsCoreSyntaxTerm(localName) || localName == Description || IsOldTerm(localName) ? $"rdf:{localName} cannot be used as a property element" : null;

    /// <summary>Why an attribute in the RDF namespace cannot be a property attribute, or null if it can (propertyAttributeURIs).</summary>
    public static string? WhyNotPropertyAttribute(string localName) =>
        IsOldTerm(localName) ? $"rdf:{localName} is no longer part of RDF/XML"
        : localName is Description or Li || IsCoreSyntaxTerm(localName) ? $"rdf:{localName} cannot be used as a property attribute here"
        : null;
}
