using KgExport.Rdf;

namespace KgExport.Ontology;

/// <summary>The ontology terms (ontology/kg.ttl) and the W3C terms the mapping emits.</summary>
public static class Terms
{
    private static Iri Kg(string local) => new(Namespaces.Kg + local);

    public static class Class
    {
        public static readonly Iri State = Kg("State");
        public static readonly Iri BreakawayEntity = Kg("BreakawayEntity");
        public static readonly Iri Region = Kg("Region");
        public static readonly Iri Person = Kg("Person");
        public static readonly Iri Organisation = Kg("Organisation");
        public static readonly Iri NewsAgency = Kg("NewsAgency");
        public static readonly Iri Embassy = Kg("Embassy");
        public static readonly Iri Platform = Kg("Platform");
        public static readonly Iri Channel = Kg("Channel");
        public static readonly Iri Government = Kg("Government");
        public static readonly Iri Group = Kg("Group");
        public static readonly Iri Article = Kg("Article");
        public static readonly Iri Post = Kg("Post");
        public static readonly Iri AgencyReport = Kg("AgencyReport");
        public static readonly Iri NewsReport = Kg("NewsReport");
        public static readonly Iri Interview = Kg("Interview");
        public static readonly Iri RecognitionAct = Kg("RecognitionAct");
        public static readonly Iri SeveranceOfRelations = Kg("SeveranceOfRelations");
        public static readonly Iri EstablishmentOfRelations = Kg("EstablishmentOfRelations");
        public static readonly Iri Annexation = Kg("Annexation");
        public static readonly Iri Stance = Kg("Stance");
        public static readonly Iri Quote = Kg("Quote");
        public static readonly Iri RoleHolding = Kg("RoleHolding");
        public static readonly Iri Claim = Kg("Claim");
        public static readonly Iri ArticleGraph = Kg("ArticleGraph");
        public static readonly Iri ExportRun = Kg("ExportRun");
        public static readonly Iri InputFile = Kg("InputFile");
    }

    public static class Value
    {
        public static readonly Iri StateRecognition = Kg("StateRecognition");
        public static readonly Iri GovernmentRecognition = Kg("GovernmentRecognition");
        public static readonly Iri GrantOfRecognition = Kg("GrantOfRecognition");
        public static readonly Iri WithdrawalOfRecognition = Kg("WithdrawalOfRecognition");
        public static readonly Iri Endorsement = Kg("Endorsement");
        public static readonly Iri Rejection = Kg("Rejection");
        public static readonly Iri HeadOfEntity = Kg("HeadOfEntity");
        public static readonly Iri ForeignMinister = Kg("ForeignMinister");
        public static readonly Iri Ambassador = Kg("Ambassador");
        public static readonly Iri Reviewed = Kg("Reviewed");
        public static readonly Iri Extracted = Kg("Extracted");
        public static readonly Iri StatedDate = Kg("StatedDate");
        public static readonly Iri ResolvedDate = Kg("ResolvedDate");
        public static readonly Iri InferredDate = Kg("InferredDate");
    }

    public static readonly Iri Date = Kg("date");
    public static readonly Iri EarliestDate = Kg("earliestDate");
    public static readonly Iri LatestDate = Kg("latestDate");
    public static readonly Iri DateBasis = Kg("dateBasis");
    public static readonly Iri Recogniser = Kg("recogniser");
    public static readonly Iri Recognised = Kg("recognised");
    public static readonly Iri RecognitionKind = Kg("recognitionKind");
    public static readonly Iri RecognitionPolarity = Kg("recognitionPolarity");
    public static readonly Iri Ordinal = Kg("ordinal");
    public static readonly Iri OrdinalScope = Kg("ordinalScope");
    public static readonly Iri Confidence = Kg("confidence");
    public static readonly Iri ReviewStatus = Kg("reviewStatus");
    public static readonly Iri SoftwareVersion = Kg("softwareVersion");
    public static readonly Iri FileName = Kg("fileName");
    public static readonly Iri Sha256 = Kg("sha256");
    public static readonly Iri Instrument = Kg("instrument");
    public static readonly Iri AnnouncedBy = Kg("announcedBy");
    public static readonly Iri SeveredBy = Kg("severedBy");
    public static readonly Iri SeveredWith = Kg("severedWith");
    public static readonly Iri InResponseTo = Kg("inResponseTo");
    public static readonly Iri Party = Kg("party");
    public static readonly Iri Restoration = Kg("restoration");
    public static readonly Iri Annexer = Kg("annexer");
    public static readonly Iri Annexed = Kg("annexed");
    public static readonly Iri StanceHolder = Kg("stanceHolder");
    public static readonly Iri Position = Kg("position");
    public static readonly Iri StanceTarget = Kg("stanceTarget");
    public static readonly Iri Speaker = Kg("speaker");
    public static readonly Iri QuotedText = Kg("quotedText");
    public static readonly Iri Medium = Kg("medium");
    public static readonly Iri RolePerson = Kg("rolePerson");
    public static readonly Iri RoleKind = Kg("roleKind");
    public static readonly Iri RoleOf = Kg("roleOf");
    public static readonly Iri AccreditedTo = Kg("accreditedTo");
    public static readonly Iri Platform = Kg("platform");
    public static readonly Iri OperatedBy = Kg("operatedBy");
    public static readonly Iri GovernmentOf = Kg("governmentOf");
    public static readonly Iri Headline = Kg("headline");
    public static readonly Iri Published = Kg("published");
    public static readonly Iri Publisher = Kg("publisher");
    public static readonly Iri Dateline = Kg("dateline");
    public static readonly Iri ArticleId = Kg("articleId");
    public static readonly Iri Url = Kg("url");
    public static readonly Iri Evidence = Kg("evidence");
    public static readonly Iri AccordingTo = Kg("accordingTo");
    public static readonly Iri About = Kg("about");
    public static readonly Iri Occurrence = Kg("occurrence");
    public static readonly Iri CitedIn = Kg("citedIn");

    public static readonly Iri Type = Vocab.Rdf.Type;
    public static readonly Iri Label = new(Namespaces.Rdfs + "label");
    public static readonly Iri AltLabel = new(Namespaces.Skos + "altLabel");
    public static readonly Iri SameAs = new(Namespaces.Owl + "sameAs");
    public static readonly Iri EditorialNote = new(Namespaces.Skos + "editorialNote");
    public static readonly Iri WasDerivedFrom = new(Namespaces.Prov + "wasDerivedFrom");
    public static readonly Iri WasAttributedTo = new(Namespaces.Prov + "wasAttributedTo");
    public static readonly Iri WasGeneratedBy = new(Namespaces.Prov + "wasGeneratedBy");
    public static readonly Iri WasAssociatedWith = new(Namespaces.Prov + "wasAssociatedWith");
    public static readonly Iri Used = new(Namespaces.Prov + "used");
    public static readonly Iri SoftwareAgent = new(Namespaces.Prov + "SoftwareAgent");

    public static class Oa
    {
        public static readonly Iri Annotation = new(Namespaces.Oa + "Annotation");
        public static readonly Iri SpecificResource = new(Namespaces.Oa + "SpecificResource");
        public static readonly Iri TextQuoteSelector = new(Namespaces.Oa + "TextQuoteSelector");
        public static readonly Iri TextPositionSelector = new(Namespaces.Oa + "TextPositionSelector");
        public static readonly Iri HasBody = new(Namespaces.Oa + "hasBody");
        public static readonly Iri HasTarget = new(Namespaces.Oa + "hasTarget");
        public static readonly Iri HasSource = new(Namespaces.Oa + "hasSource");
        public static readonly Iri HasSelector = new(Namespaces.Oa + "hasSelector");
        public static readonly Iri MotivatedBy = new(Namespaces.Oa + "motivatedBy");
        public static readonly Iri Linking = new(Namespaces.Oa + "linking");
        public static readonly Iri Exact = new(Namespaces.Oa + "exact");
        public static readonly Iri Prefix = new(Namespaces.Oa + "prefix");
        public static readonly Iri Suffix = new(Namespaces.Oa + "suffix");
        public static readonly Iri Start = new(Namespaces.Oa + "start");
        public static readonly Iri End = new(Namespaces.Oa + "end");
    }

    public static readonly Iri NonNegativeInteger = new(Namespaces.Xsd + "nonNegativeInteger");
}
