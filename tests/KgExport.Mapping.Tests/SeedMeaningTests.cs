using KgExport.Rdf;

namespace KgExport.Mapping.Tests;

/// <summary>The key facts of the seed article are in its export, asked with SPARQL ASK through Jena.</summary>
public sealed class SeedMeaningTests
{
    internal const string Prefixes = """
        PREFIX kg:   <https://w3id.org/kgexport/ontology#>
        PREFIX owl:  <http://www.w3.org/2002/07/owl#>
        PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
        PREFIX wd:   <http://www.wikidata.org/entity/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX oa:   <http://www.w3.org/ns/oa#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

        """;

    private static readonly Lazy<string> Merged = new(() => Seed.WriteTemp(Seed.Lines(Seed.Export(), RdfFormat.NTriples), ".nt"));
    private static readonly Lazy<string> Quads = new(() => Seed.WriteTemp(Seed.Lines(Seed.Export(), RdfFormat.NQuads), ".nq"));

    public static TheoryData<string, string> Present => new()
    {
        { "North Korea recognised the DPR on 2022-07-13", """
            ASK { ?act a kg:RecognitionAct ; kg:recogniser ?r ; kg:recognised ?d ;
                       kg:recognitionKind kg:StateRecognition ; kg:recognitionPolarity kg:GrantOfRecognition ; kg:instrument "letters"@en .
                  ?claim a kg:Claim ; kg:about ?act ; kg:date "2022-07-13"^^xsd:date ; kg:ordinal 3 ; kg:ordinalScope "nation"@en .
                  ?r owl:sameAs wd:Q423 . ?d owl:sameAs wd:Q16150196 . }
            """ },
        { "North Korea recognised the LPR on 2022-07-13", """
            ASK { ?act kg:recogniser/owl:sameAs wd:Q423 ; kg:recognised/owl:sameAs wd:Q16746854 . [] kg:about ?act ; kg:date "2022-07-13"^^xsd:date . }
            """ },
        { "Russia recognised both on 2022-02-21", """
            ASK { ?a kg:recogniser/owl:sameAs wd:Q159 ; kg:recognised/owl:sameAs wd:Q16150196 . [] kg:about ?a ; kg:date "2022-02-21"^^xsd:date .
                  ?b kg:recogniser/owl:sameAs wd:Q159 ; kg:recognised/owl:sameAs wd:Q16746854 . [] kg:about ?b ; kg:date "2022-02-21"^^xsd:date . }
            """ },
        { "Syria's recognitions are undated", """
            ASK { ?a kg:recogniser/owl:sameAs wd:Q858 ; kg:recognised/owl:sameAs wd:Q16150196 . ?c kg:about ?a . FILTER NOT EXISTS { ?c kg:date ?d } }
            """ },
        { "Ukraine broke ties with North Korea in July 2022, in response to the recognitions", """
            ASK { ?s a kg:SeveranceOfRelations ; kg:severedBy/owl:sameAs wd:Q212 ; kg:severedWith/owl:sameAs wd:Q423 ;
                     kg:inResponseTo ?rec . ?rec kg:recogniser/owl:sameAs wd:Q423 . [] kg:about ?s ; kg:date "2022-07"^^xsd:gYearMonth . }
            """ },
        { "North Korea endorses Russia's 2014 annexation of Crimea", """
            ASK { ?x a kg:Annexation ; kg:annexer/owl:sameAs wd:Q159 ; kg:annexed/rdfs:label "Crimea"@en . [] kg:about ?x ; kg:date "2014"^^xsd:gYear .
                  ?s a kg:Stance ; kg:stanceHolder/owl:sameAs wd:Q423 ; kg:position kg:Endorsement ; kg:stanceTarget ?x . }
            """ },
        { "Pushilin, head of the DPR, quoted on his Telegram channel", """
            ASK { ?r kg:rolePerson ?p ; kg:roleKind kg:HeadOfEntity ; kg:roleOf/owl:sameAs wd:Q16150196 .
                  ?p rdfs:label "Denis Pushilin"@en .
                  ?q a kg:Quote ; kg:speaker ?p ; kg:quotedText "fruitful cooperation"@en ; kg:medium ?c .
                  ?c a kg:Channel ; kg:platform/rdfs:label "Telegram"@en ; kg:operatedBy ?p . }
            """ },
        { "The recognition is attributed to KCNA and the Telegram post, with a text span as evidence", """
            ASK { ?act kg:recogniser/owl:sameAs wd:Q423 ; kg:recognised/owl:sameAs wd:Q16150196 .
                  ?claim kg:about ?act ; prov:wasDerivedFrom ?article ; prov:wasAttributedTo ?kcna , ?pushilin ; kg:evidence ?ann .
                  ?kcna rdfs:label "Korean Central News Agency"@en . ?pushilin rdfs:label "Denis Pushilin"@en .
                  ?ann a oa:Annotation ; oa:hasBody ?claim ; oa:hasTarget ?t .
                  ?t oa:hasSource ?article ; oa:hasSelector ?q , ?pos .
                  ?q a oa:TextQuoteSelector ; oa:exact ?exact . FILTER(STRSTARTS(?exact, "North Korea on Wednesday recognised"))
                  ?pos a oa:TextPositionSelector ; oa:start ?s ; oa:end ?e . FILTER(?e - ?s = STRLEN(?exact)) }
            """ },
        { "Choe Son Hui is North Korea's foreign minister; Sin Hong-chol its ambassador to Russia", """
            ASK { [] kg:rolePerson/rdfs:label "Choe Son Hui"@en ; kg:roleKind kg:ForeignMinister ; kg:roleOf/owl:sameAs wd:Q423 .
                  [] kg:rolePerson/rdfs:label "Sin Hong-chol"@en ; kg:roleKind kg:Ambassador ; kg:roleOf/owl:sameAs wd:Q423 ;
                     kg:accreditedTo/owl:sameAs wd:Q159 . }
            """ },
    };

    public static TheoryData<string, string> Absent => new()
    {
        { "no blank nodes", "ASK { { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) } }" },
        { "no day-precision date for Syria", """ASK { ?a kg:recogniser/owl:sameAs wd:Q858 . ?c kg:about ?a ; kg:date ?d }""" },
        { "no date, attribution or review status on an event", """
            ASK { ?e a ?k . VALUES ?k { kg:RecognitionAct kg:SeveranceOfRelations kg:Annexation kg:Stance kg:Quote kg:RoleHolding }
                  VALUES ?p { kg:date kg:accordingTo prov:wasAttributedTo prov:wasDerivedFrom kg:reviewStatus kg:ordinal } ?e ?p ?v }
            """ },
        { "no claim about two facts", "ASK { ?c kg:about ?a , ?b FILTER(?a != ?b) }" },
        { "no one Olga for the two women", """ASK { ?o rdfs:label "Olga"@en . ?o rdfs:label "Olga Makeyeva"@en }""" },
        { "no invented QID for persons", """ASK { ?p a kg:Person ; owl:sameAs ?q }""" },
        { "no wrong LPR QID", """ASK { ?x owl:sameAs wd:Q16907379 }""" },
        { "no date in a non-canonical or untyped form", """
            ASK { ?x kg:date ?d FILTER(DATATYPE(?d) NOT IN (xsd:date, xsd:gYearMonth, xsd:gYear)) }
            """ },
    };

    [JenaFact]
    public void Key_facts_are_present()
    {
        var failed = Present.Select(row => ((string)row[0], (string)row[1])).Where(x => !Jena.Ask(Merged.Value, Prefixes + x.Item2)).Select(x => x.Item1).ToList();
        Assert.True(failed.Count == 0, "missing: " + string.Join("; ", failed));
    }

    [JenaFact]
    public void Wrong_things_are_absent()
    {
        var found = Absent.Select(row => ((string)row[0], (string)row[1])).Where(x => Jena.Ask(Merged.Value, Prefixes + x.Item2)).Select(x => x.Item1).ToList();
        Assert.True(found.Count == 0, "unexpectedly present: " + string.Join("; ", found));
    }

    [JenaFact]
    public void Facts_live_in_the_article_graph()
    {
        Assert.True(Jena.Ask(Quads.Value, Prefixes + """
            ASK { GRAPH <https://w3id.org/kgexport/id/graph/000_ee2775bcac5f55b5> {
                    ?act kg:recogniser/owl:sameAs wd:Q423 . ?claim kg:about ?act ; prov:wasDerivedFrom <https://w3id.org/kgexport/id/article/000_ee2775bcac5f55b5> .
                    <https://w3id.org/kgexport/id/article/000_ee2775bcac5f55b5> a kg:Article ; kg:published "2022-07-14"^^xsd:date . } }
            """));
        Assert.False(Jena.Ask(Quads.Value, "ASK { ?s ?p ?o }"), "nothing belongs in the default graph of the N-Quads export");
    }
}
