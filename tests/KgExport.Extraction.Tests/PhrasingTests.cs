using KgExport.Extraction.Text;
using KgExport.Facts;

namespace KgExport.Extraction.Tests;

/// <summary>Texts written for these tests that vary the phrasing of recognitions, withdrawals and severances.</summary>
public sealed class PhrasingTests
{
    private static ArticleFacts Extract(string text, string? published = null) =>
        ArticleExtraction.Extract(
            ArticleReader.Read("test", "Test headline\n\n" + text),
            Fixed.Options with { Published = published is null ? null : Dates.PartialDate.TryParseIsoPrefix(published, out var p) ? p : null });

    private static string[] Recognitions(ArticleFacts f) =>
        [.. f.Recognitions.Select(r => $"{r.Recogniser} {r.Kind.Name} {r.Recognised} {r.Date?.ToString() ?? "-"}").Order(StringComparer.Ordinal)];

    private static string[] Severances(ArticleFacts f) =>
        [.. f.Severances.Select(s => $"{s.By} severs {s.With} {s.Date?.ToString() ?? "-"}").Order(StringComparer.Ordinal)];

    [Fact]
    public void Passive_voice_with_a_list_of_agents()
    {
        var f = Extract("Kosovo was recognised by Japan and Canada on 18 March 2008.");
        Assert.Equal(["canada state kosovo 2008-03-18", "japan state kosovo 2008-03-18"], Recognitions(f));
    }

    [Fact]
    public void A_list_of_recognisers_with_a_month_date()
    {
        var f = Extract("Belgium, Estonia, Finland and Sweden recognised Kosovo in February 2008, despite objections from Serbia.");
        Assert.Equal(["belgium state kosovo 2008-02", "estonia state kosovo 2008-02", "finland state kosovo 2008-02", "sweden state kosovo 2008-02"], Recognitions(f));
    }

    [Fact]
    public void Two_recognisers_and_two_recognised()
    {
        var f = Extract("Nicaragua and Venezuela recognised Abkhazia and South Ossetia.");
        Assert.Equal(
            ["nicaragua state abkhazia -", "nicaragua state south-ossetia -", "venezuela state abkhazia -", "venezuela state south-ossetia -"],
            Recognitions(f));
    }

    [Fact]
    public void Withdrawals_with_a_pronoun_and_an_implied_object()
    {
        var f = Extract("Suriname recognised Kosovo in 2016. In October 2019, it withdrew its recognition. Burundi revoked its recognition of Kosovo on 5 November 2018.");
        Assert.Equal(["burundi withdrawal kosovo 2018-11-05", "suriname state kosovo 2016", "suriname withdrawal kosovo 2019-10"], Recognitions(f));
    }

    [Fact]
    public void Negation_modality_expectation_and_conditions_are_not_acts()
    {
        var f = Extract(
            "Spain will never recognise Kosovo. Serbia does not recognise Kosovo as a state. Greece is expected to recognise Kosovo next year. " +
            "The visit would give Cyprus a chance to recognize Kosovo. If Slovakia recognised Kosovo, Romania might follow. " +
            "Moldova has refused to recognise Transnistria. \"We recognise Kosovo,\" a protester shouted.");
        Assert.Empty(f.Recognitions);
    }

    [Fact]
    public void Aggregate_counts_are_not_acts()
    {
        var f = Extract("By 2020, 98 UN member states had recognised Kosovo. Abkhazia has been recognised by five UN member states. Many countries recognise Taiwan informally.");
        Assert.Empty(f.Recognitions);
    }

    [Fact]
    public void Severances_by_capital_metonyms_and_mutual_severances()
    {
        var f = Extract("Kyiv cut diplomatic relations with Damascus on 30 June 2022. Georgia and Russia severed relations in 2008.");
        Assert.Equal(["georgia severs russia 2008", "russia severs georgia 2008", "ukraine severs syria 2022-06-30"], Severances(f));
    }

    [Fact]
    public void An_ordinal_recognition_with_earlier_recognisers()
    {
        var f = Extract("Following Russia and Nicaragua, Venezuela became the third country to recognise Abkhazia on 10 September 2009.");
        Assert.Equal(["nicaragua state abkhazia -", "russia state abkhazia -", "venezuela state abkhazia 2009-09-10"], Recognitions(f));
        Assert.Equal(3, f.Recognitions.Single(r => r.Recogniser == "venezuela").Ordinal);
    }

    [Fact]
    public void Recognition_of_a_government()
    {
        var f = Extract("Pakistan recognised the government of Afghanistan in 1997.");
        Assert.Equal(["pakistan government afghanistan 1997"], Recognitions(f));
    }

    [Fact]
    public void A_weekday_needs_a_known_publication_date_and_no_year_is_guessed()
    {
        var f = Extract("March 3 (Reuters) - Chad recognised Kosovo on Monday, officials said.");
        Assert.Equal(["chad state kosovo -"], Recognitions(f));
        Assert.Null(f.Article.Published);
        Assert.Contains(f.Notes, n => n.Contains("has no year", StringComparison.Ordinal) && n.Contains("all fit", StringComparison.Ordinal));
        Assert.Contains("publication date is unknown", f.Recognitions[0].Notes);
    }

    [Fact]
    public void A_weekday_resolves_against_a_given_publication_date()
    {
        var f = Extract("March 3 (Reuters) - Chad recognised Kosovo on Monday, officials said.", published: "2021-03-03");
        Assert.Equal(["chad state kosovo 2021-03-01"], Recognitions(f));
    }

    [Fact]
    public void Evidence_offsets_count_code_points_past_characters_outside_the_basic_plane()
    {
        var text = "Test headline \U0001F30D\n\nThe \U0001F1FD\U0001F1F0 flag flew as Malta recognised Kosovo in 2008.";
        var document = ArticleReader.Read("emoji", text);
        var facts = ArticleExtraction.Extract(document, Fixed.Options);
        var evidence = Assert.Single(Assert.Single(facts.Recognitions).Evidence);
        Assert.Equal(evidence.Text, new ArticleText(text).Slice(evidence.Start, evidence.End));
        Assert.Equal("Malta recognised Kosovo", evidence.Text);
    }

    private static string[] Establishments(ArticleFacts f) =>
        [.. f.Establishments.Select(e => $"{e.Between[0]} + {e.Between[1]} {e.Date?.ToString() ?? "-"}").Order(StringComparer.Ordinal)];

    [Fact]
    public void A_statement_header_dates_a_present_tense_act_in_its_body()
    {
        var f = Extract("Press Statement\nJane Roe, Department Spokesperson\nWashington, DC\nFebruary 18, 2008\n\nThe United States today formally recognized Kosovo as a sovereign and independent state. Chile now recognises Kosovo.");
        Assert.Equal("2008-02-18", f.Article.Published?.ToString());
        Assert.Equal(["chile state kosovo 2008-02-18", "united-states state kosovo 2008-02-18"], Recognitions(f));
    }

    [Fact]
    public void A_named_leader_recognised_as_a_states_head_is_a_recognition_of_its_government()
    {
        var f = Extract("Peru recognises Ana Morel as the interim President of Bolivia.");
        Assert.Equal(["peru government bolivia -"], Recognitions(f));
    }

    [Fact]
    public void A_parenthetical_between_the_decision_and_its_infinitive_and_a_bracketed_alias_in_the_subject()
    {
        var f = Extract("The Government of the Republic of China (Taiwan) has decided, with immediate effect, to terminate diplomatic relations with Honduras.");
        Assert.Equal(["taiwan severs honduras -"], Severances(f));
    }

    [Fact]
    public void Agreeing_to_restore_relations_restores_them_unless_the_agreement_is_not_in_force()
    {
        Assert.Equal(["bahrain + qatar 2023-04-12"], Establishments(Extract("Bahrain and Qatar agreed to restore diplomatic ties on 12 April 2023.")));
        Assert.Empty(Establishments(Extract("Israel and Sudan agreed to normalize ties in 2020; the agreement is unratified.")));
        Assert.Empty(Recognitions(Extract("Chile agreed to recognise Kosovo.")));
    }

    [Fact]
    public void Named_members_of_an_aggregate_act_but_the_aggregate_does_not()
    {
        Assert.Equal(["tanzania state kosovo -"], Recognitions(Extract("Tanzania is one of 105 countries that have recognised Kosovo.")));
        Assert.Empty(Recognitions(Extract("Over 100 countries have recognised Kosovo.")));
    }
    private static string[] Annexations(ArticleFacts f) =>
        [.. f.Annexations.Select(x => $"{x.Annexer} annexes {x.Annexed} {x.Date?.ToString() ?? "-"}").Order(StringComparer.Ordinal)];

    [Fact]
    public void Region_names_sharing_a_plural_head_and_a_partitive_annexation()
    {
        Assert.Equal(
            ["russia annexes donetsk-oblast 2022-09-30", "russia annexes kherson-oblast 2022-09-30", "russia annexes luhansk-oblast 2022-09-30", "russia annexes zaporizhzhia-oblast 2022-09-30"],
            Annexations(Extract("On 30 September 2022, Russia declared its annexation of areas in and around the Donetsk, Kherson, Luhansk and Zaporizhzhia oblasts.")));
        // a partitive never annexes a whole state
        Assert.Empty(Annexations(Extract("Turkey annexed parts of Iraq in 1995.")));
    }

    [Fact]
    public void An_object_pronoun_prefers_the_object_over_an_oblique_name_and_counts_years_on()
    {
        Assert.Equal(["israel annexes golan-heights 1981"], Annexations(Extract("Israel captured the Golan Heights from Syria in 1967 and annexed it in 1981.")));
        Assert.Equal(["indonesia annexes timor-leste 1976"], Annexations(Extract("In 1975 Indonesia invaded East Timor and annexed it the following year.")));
    }

    [Fact]
    public void Known_people_act_for_their_state_without_a_title()
    {
        Assert.Equal(["russia state dpr 2022-02-21", "russia state lpr 2022-02-21"],
            Recognitions(Extract("Putin signed decrees on 21 February 2022 recognising the independence of the Donetsk and Luhansk People's Republics.")));
        Assert.Equal(["russia government afghanistan 2025-07"], Recognitions(Extract("Russia recognised the Taliban government in July 2025.")));
    }

    [Fact]
    public void A_bare_conjunct_shares_the_modal_of_its_first_verb()
    {
        var f = Extract("Nauru announced that it would sever diplomatic ties with Taiwan and instead recognise China.");
        Assert.Empty(Recognitions(f));
        Assert.Empty(Severances(f));
        Assert.Equal(["russia state abkhazia 2008", "russia state south-ossetia 2008"], Recognitions(Extract("In 2008 Russia decided to recognise Abkhazia and recognise South Ossetia.")));
    }

    [Fact]
    public void A_later_act_does_not_take_the_date_of_an_earlier_clause()
    {
        Assert.Equal(["vanuatu state abkhazia 2011", "vanuatu withdrawal abkhazia -"],
            Recognitions(Extract("Vanuatu became the first country to recognise the independence of Abkhazia in 2011, but later withdrew the recognition.")));
    }

    [Fact]
    public void Breaking_with_a_state_and_relations_referred_to_by_them()
    {
        Assert.Equal(["panama severs taiwan 2017"], Severances(Extract("Panama broke with Taiwan in 2017.")));
        var f = Extract("The Maldives cut diplomatic relations with Iran in 2016. The two countries restored them in 2023.");
        Assert.Equal(["maldives severs iran 2016"], Severances(f));
        Assert.Equal(["iran + maldives 2023"], Establishments(f));
    }
    [Fact]
    public void Further_counterparts_with_their_own_dates_and_relations_referred_to_by_they()
    {
        Assert.Equal(["bangladesh + bhutan 1971", "bhutan + india 1968"],
            Establishments(Extract("Bhutan established diplomatic relations with India in 1968 and with Bangladesh in 1971.")));
        Assert.Equal(["mexico + spain 1977-03-28"],
            Establishments(Extract("Diplomatic relations between Mexico and Spain were severed in 1939. They were re-established on 28 March 1977.")));
    }

    [Fact]
    public void A_decision_by_a_government_and_the_new_state()
    {
        Assert.Equal(["niger severs ukraine 2024-08-06"],
            Severances(Extract("The Council took note of the decision by the Government of Niger to sever diplomatic ties with Ukraine on 6 August 2024.")));
        Assert.Equal(["germany state south-sudan 2011-07-09", "sudan state south-sudan 2011-07-08"],
            Recognitions(Extract("South Sudan was recognised by Sudan on 8 July 2011. Germany recognised the new state on 9 July 2011.")));
    }

    [Fact]
    public void A_year_that_modifies_a_thing_dates_nothing_and_an_aside_is_not_a_new_act()
    {
        Assert.Equal(["argentina state palestine 2010-12"],
            Recognitions(Extract("Argentina recognised the State of Palestine within the 1967 borders in December 2010.")));
        var f = Extract("Honduras established diplomatic relations with China in March 2023, ending decades-old ties with Taiwan.");
        Assert.Equal(["honduras severs taiwan 2023-03"], Severances(f));
    }
    [Fact]
    public void Withdrawals_in_the_passive_and_a_denial_of_another_clause()
    {
        Assert.Equal(["sierra-leone state kosovo 2008-06-11", "sierra-leone withdrawal kosovo 2020"],
            Recognitions(Extract("Sierra Leone recognised Kosovo on 11 June 2008. Its recognition was withdrawn in 2020.")));
        Assert.Equal(["suriname withdrawal kosovo 2019"],
            Recognitions(Extract("Suriname revoked its recognition of Kosovo in 2019, but Serbia's claim that Togo had done the same was denied by Togo.")));
    }

    [Fact]
    public void Passives_of_a_possessed_independence_and_of_an_institution()
    {
        Assert.Equal(["albania state kosovo 2008-02-18"], Recognitions(Extract("Kosovo's independence was recognised by Albania on 18 February 2008.")));
        Assert.Equal(["france government libya 2011-03-10"], Recognitions(Extract("Libya's National Transitional Council was recognised by France on 10 March 2011.")));
        Assert.Equal(["honduras government china 2023-03"], Recognitions(Extract("In March 2023 Honduras switched recognition to China.")));
    }
    [Fact]
    public void A_ministry_of_foreign_affairs_a_quoted_statement_and_a_name_inside_another_name()
    {
        Assert.Equal(["lithuania severs belarus 2023-03-03"],
            Severances(Extract("The Ministry of Foreign Affairs of Lithuania announced the severance of diplomatic relations with Belarus on 3 March 2023.")));
        Assert.Equal(["estonia severs chad -"],
            Severances(Extract("\u201cEstonia declares the severance of diplomatic relations with the Republic of Chad,\u201d the Foreign Ministry stated.")));
        Assert.Empty(Recognitions(Extract("Iran severed diplomatic relations with Israel in 1979 and recognised the Palestine Liberation Organization.")));
        // a quotation that is not a statement with its attribution stays someone's words
        Assert.Empty(Severances(Extract("Critics called it \u201ca decision to sever ties with Chad\u201d and moved on.")));
    }
    [Fact]
    public void A_subject_past_a_parenthesis_between_dashes_and_a_leader_it_is_led_by()
    {
        Assert.Equal(["panama severs taiwan 2017-06-13"],
            Severances(Extract("The government of Panama led by President Ana Ruiz \u2014 caving in to pressure \u2014 made a decision on 13 June 2017 to sever diplomatic relations with the ROC.")));
        Assert.Equal(["fiji + tonga 1971"], Establishments(ArticleExtraction.Extract(
            ArticleReader.Read("test", "Fiji\u2013Tonga relations\n\nThe two countries established diplomatic relations in 1971."), Fixed.Options)));
    }
    [Fact]
    public void China_before_the_peoples_republic_is_the_republic_of_china()
    {
        Assert.Equal(["cuba + taiwan 1935"], Establishments(Extract("China and Cuba established diplomatic relations in 1935.")));
        Assert.Equal(["china + cuba 1960-09-28"], Establishments(Extract("China and Cuba established diplomatic relations on 28 September 1960.")));
    }
    [Fact]
    public void The_latter_citation_marks_and_bare_relations_after_a_sentence_about_two_states()
    {
        var f = Extract("Kosovo and Bahrain established diplomatic relations on 6 June 2011, while the latter recognised it on 19 May 2011.");
        Assert.Equal(["bahrain state kosovo 2011-05-19"], Recognitions(f));
        var g = Extract("Japan recognised Kosovo on 18 March 2008.[12] Relations were established in February 2009.[13]");
        Assert.Equal(["japan state kosovo 2008-03-18"], Recognitions(g));
        Assert.Equal(["japan + kosovo 2009-02"], Establishments(g));
        Assert.Equal(["austria state croatia 1992-01-15", "estonia state croatia 1992-01-15", "latvia state croatia 1992-01-15"],
            Recognitions(Extract("Croatia was recognised by Austria,[4] Estonia[5] and Latvia[a] on 15 January 1992.")));
    }
    [Fact]
    public void A_by_list_with_dates_in_brackets_dates_each_member_alone()
    {
        Assert.Equal(["nauru state abkhazia 2009-12-15", "nicaragua state abkhazia 2008-09-05", "russia state abkhazia 2008-08-26"],
            Recognitions(Extract("Abkhazia has been recognised by Russia (26 August 2008), Nicaragua (5 September 2008) and Nauru (15 December 2009).")));
        Assert.Equal(["nicaragua state abkhazia -", "russia state abkhazia 2008-08-26"],
            Recognitions(Extract("Abkhazia was recognised by Russia (26 August 2008) and Nicaragua.")));
    }
    [Fact]
    public void Coordinated_governments_of_two_states_and_a_date_with_effect_from()
    {
        Assert.Equal(["china + nauru 2024-01-24"], Establishments(Extract(
            "The Government of the Republic of Nauru and the Government of the People's Republic of China have decided to resume diplomatic relations at ambassadorial level with effect from 24 January 2024.")));
        Assert.Equal(["china + nauru 2024-01-24"], Establishments(Extract("The governments of Nauru and China decided to establish diplomatic relations on 24 January 2024.")));
    }
    [Fact]
    public void Annexation_by_extending_law_by_a_province_by_treaties_and_by_a_legislature()
    {
        Assert.Equal(["israel annexes golan-heights 1981"], Annexations(Extract("In 1981, Israel extended its laws, jurisdiction and administration to the Golan Heights.")));
        Assert.Equal(["iraq annexes kuwait 1990-08-28"], Annexations(Extract("Iraq declared Kuwait its 19th province on 28 August 1990.")));
        Assert.Equal(["israel annexes golan-heights 1981-12-14"],
            Annexations(Extract("The Golan Heights Law, passed on 14 December 1981, applies Israel's government and laws to the Golan Heights.")));
        Assert.Equal(["israel annexes east-jerusalem 1980"], Annexations(Extract("The Knesset passed a law in 1980 annexing East Jerusalem.")));
        Assert.Equal(["morocco annexes western-sahara 1979"], Annexations(Extract("Morocco annexed the southern part of Western Sahara in 1979.")));
        Assert.Empty(Annexations(Extract("The United States recognised Moroccan sovereignty over Western Sahara in December 2020.")));
    }

    [Fact]
    public void Timeline_lines_give_the_year_to_their_days_and_months()
    {
        var f = Extract("2017 - Panama establishes ties with China on June 13.\n\n2021 - Nicaragua breaks with Taiwan on December 9.");
        Assert.Equal(["china + panama 2017-06-13"], Establishments(f));
        Assert.Equal(["nicaragua severs taiwan 2021-12-09"], Severances(f));
    }

    [Fact]
    public void A_communique_severing_relations_as_of_today_is_dated_by_its_header()
    {
        var f = Extract("24 January 2024\n\nThe Government of the Republic of Nauru hereby severs \"diplomatic relations\" with Taiwan as of today.");
        Assert.Equal(["nauru severs taiwan 2024-01-24"], Severances(f));
    }

    [Fact]
    public void A_participle_phrase_after_its_main_clause_acts_for_the_main_subject_and_keeps_its_own_date()
    {
        var f = Extract("El Salvador established diplomatic relations with China in August 2018 after cutting ties with Taipei.");
        Assert.Equal(["china + el-salvador 2018-08"], Establishments(f));
        Assert.Equal(["el-salvador severs taiwan -"], Severances(f));
        var g = Extract("Nauru resumed diplomatic ties with China on Wednesday after cutting them with Taiwan two days earlier.", "2024-01-24");
        Assert.Equal(["china + nauru 2024-01-24"], Establishments(g));
        Assert.Equal(["nauru severs taiwan 2024-01-22"], Severances(g));
    }

    [Fact]
    public void An_interval_dates_the_act_of_its_phrase_from_the_sentence_date()
    {
        var f = Extract("Iran and Saudi Arabia agreed on Friday to resume diplomatic relations, seven years after Riyadh cut ties with Tehran.", "2023-03-10");
        Assert.Equal(["iran + saudi-arabia 2023-03-10"], Establishments(f));
        Assert.Equal(["saudi-arabia severs iran 2016"], Severances(f));
        // "days after": only the month a window of days cannot leave
        var g = Extract("China and the Solomon Islands established diplomatic ties on 21 September 2019, days after Honiara ended its relationship with Taiwan.");
        Assert.Equal(["solomon-islands severs taiwan 2019-09"], Severances(g));
        // a hedged count of years dates nothing
        var h = Extract("Bahrain and Qatar restored ties on Wednesday, more than five years after Bahrain cut relations with Doha.", "2023-04-12");
        Assert.Equal(["bahrain severs qatar -"], Severances(h));
        // an interval closed by a comma belongs to an adverbial, not to the act
        var i = Extract("On 12 April 2023, two days after the talks, Bahrain and Qatar restored diplomatic ties.");
        Assert.Equal(["bahrain + qatar 2023-04-12"], Establishments(i));
    }

    [Fact]
    public void Names_in_apposition_to_a_described_group_are_what_is_recognised()
    {
        string[] both = ["russia state abkhazia 2008-08", "russia state south-ossetia 2008-08"];
        Assert.Equal(both, Recognitions(Extract("The Kremlin recognised the two breakaway regions of Georgia, Abkhazia and South Ossetia, in August 2008.")));
        Assert.Equal(both, Recognitions(Extract("Russia recognised Georgia's two breakaway regions, Abkhazia and South Ossetia, in August 2008.")));
        Assert.Equal(both, Recognitions(Extract("Russia recognised Georgia's breakaway regions of Abkhazia and South Ossetia in August 2008.")));
        Assert.Empty(Recognitions(Extract("Russia recognised the two breakaway regions of Georgia in August 2008.")));
    }

    [Fact]
    public void Approving_the_recognition_is_recognising()
    {
        Assert.Equal(["slovenia state palestine 2024-06-04"], Recognitions(Extract("Slovenia's parliament approved the recognition of a Palestinian state on Tuesday.", "2024-06-04")));
        Assert.Empty(Recognitions(Extract("Slovenia's parliament approved a motion calling for the recognition of a Palestinian state.")));
    }

    [Fact]
    public void Plural_subjects_among_the_first_and_states_set_apart_from_a_reference()
    {
        Assert.Equal(["france state kosovo 2008-02-18", "united-states state kosovo 2008-02-18"],
            Recognitions(Extract("The United States and France were among the first to recognise Kosovo's independence on Monday.", "2008-02-19")));
        // "other than Russia and Syria" sets them apart: "the two breakaway republics" does not mean them
        Assert.Empty(Recognitions(Extract("North Korea has recognised the independence of the two breakaway republics, the first country other than Russia and Syria to do so.")));
    }

    [Fact]
    public void Following_another_state_in_an_act_and_repeating_the_act_just_reported()
    {
        // the state followed did it too, at a time the sentence does not give
        Assert.Equal(["bahrain severs iran 2016-01-04", "saudi-arabia severs iran -", "sudan severs iran 2016-01-04"],
            Severances(Extract("Bahrain and Sudan followed Saudi Arabia in severing relations with Iran on Monday.", "2016-01-04")));
        Assert.Equal(["ireland state palestine 2024-05-28", "norway state palestine 2024-05-28", "spain state palestine -"],
            Recognitions(Extract("Ireland and Norway joined Spain in recognising a Palestinian state on Tuesday.", "2024-05-29")));
        Assert.Equal(["bahrain severs qatar 2017-06-05", "maldives severs qatar 2017-06-05", "saudi-arabia severs qatar 2017-06-05"],
            Severances(Extract("Saudi Arabia and Bahrain cut diplomatic ties with Qatar on Monday.\n\nThe Maldives also severed relations later in the day.", "2017-06-06")));
        Assert.Equal(["saudi-arabia severs qatar 2017-06-05", "yemen severs qatar 2017"],
            Severances(Extract("Saudi Arabia cut diplomatic ties with Qatar on Monday. Yemen's internationally recognised government later cut ties as well.", "2017-06-06")));
        Assert.Equal(["saudi-arabia severs qatar 2017-06-05"], Severances(Extract("Saudi Arabia cut ties with Qatar on Monday. Egypt has not cut ties too.", "2017-06-06")));
    }

    [Fact]
    public void Durations_of_ties_negated_until_restored_recognitions_and_participle_appositions()
    {
        Assert.Equal(["costa-rica severs taiwan 2007"], Severances(Extract("Costa Rica switched its recognition to Beijing in 2007, ending six decades of ties with Taipei.")));
        // "did not ... until 2016" states when it happened
        Assert.Equal(["china + gambia 2016"], Establishments(Extract("The Gambia cut ties with Taiwan in 2013 but did not establish relations with China until 2016.")));
        Assert.Empty(Establishments(Extract("The Gambia did not establish relations with China.")));
        Assert.Equal(["ecuador state sadr 1983", "ecuador state sadr 2006", "ecuador withdrawal sadr 2004"],
            Recognitions(Extract("Ecuador recognised the Sahrawi Arab Democratic Republic in 1983, suspended the recognition in 2004 and restored it in 2006.")));
        Assert.Equal(["kenya state sadr 2014"], Recognitions(Extract("Kenya reinstated its recognition of the Sahrawi Republic in 2014.")));
        Assert.Equal(["fiji + kosovo 2023-09-19"], Establishments(Extract(
            "The Government of the Republic of Fiji and the Government of the Republic of Kosovo, desiring to develop friendly relations, have decided to establish diplomatic relations.", "2023-09-19")));
    }

    [Fact]
    public void All_of_which_an_adverb_earlier_and_the_same_date()
    {
        Assert.Equal(["dominican-republic severs taiwan -", "el-salvador severs taiwan -", "panama severs taiwan -"],
            Severances(Extract("The Central American nation joins Panama, El Salvador and the Dominican Republic, all of which cut ties with Taipei since 2017.")));
        Assert.Equal(["taiwan severs honduras -"], Severances(Extract("Taipei had earlier ended relations with Tegucigalpa to safeguard its sovereignty, Wu told reporters.")));
        Assert.Equal(["montenegro state kosovo 2008-10-09", "north-macedonia state kosovo 2008-10-09"],
            Recognitions(Extract("Montenegro recognised Kosovo on 9 October 2008. Macedonia announced its recognition of Kosovo on the same date.")));
    }

    [Fact]
    public void Taking_the_same_step_repeats_the_act_just_reported()
    {
        var f = Extract("The Security Council expressed concern over the decision of the Government of Mali to sever diplomatic relations with Ukraine, announced on 4 August 2024. Niger took the same step two days later.");
        Assert.Equal(["mali severs ukraine 2024-08-04", "niger severs ukraine 2024-08-06"], Severances(f));
    }

    [Fact]
    public void Lower_case_name_heads_acknowledging_independence_quick_to_recognise_and_signed_instruments()
    {
        Assert.Equal(["north-korea state dpr 2022-07-13", "north-korea state lpr 2022-07-13"],
            Recognitions(Extract("On 13 July 2022, Pyongyang recognised the independence of the Donetsk and Luhansk people's republics.")));
        Assert.Equal(["ukraine state croatia 1992"], Recognitions(Extract("Ukraine formally acknowledged Croatia's independence in 1992.")));
        Assert.Empty(Recognitions(Extract("Ukraine never acknowledged the independence of Crimea.")));
        Assert.Equal(["malta state kosovo 2008"], Recognitions(Extract("Malta was quick to recognise Kosovo in 2008.")));
        Assert.Equal(["russia state abkhazia 2008-08-26"],
            Recognitions(Extract("The decree recognising the independence of Abkhazia was signed by President Medvedev on 26 August 2008.")));
        Assert.Equal(["france state kosovo -", "germany state kosovo -", "united-states state kosovo -"],
            Recognitions(Extract("Kosovo now enjoys recognition from the United States, Germany and France.")));
        // territorial integrity is a claim, not a state
        Assert.Empty(Recognitions(Extract("Armenia and Azerbaijan mutually recognised each other's territorial integrity in 2023.")));
    }

    [Fact]
    public void A_role_before_a_leaders_name_and_bare_region_names()
    {
        Assert.Equal(["canada government venezuela 2019-01-23"],
            Recognitions(Extract("On 23 January 2019, Canada recognised opposition leader Juan Guaidó as interim president of Venezuela.")));
        Assert.Equal(["russia annexes donetsk-oblast 2022-09-30", "russia annexes kherson-oblast 2022-09-30", "russia annexes luhansk-oblast 2022-09-30", "russia annexes zaporizhzhia-oblast 2022-09-30"],
            Annexations(Extract("Donetsk, Luhansk, Zaporizhzhia and Kherson were formally incorporated into Russia on 30 September 2022.")));
        Assert.Equal(["russia annexes donetsk-oblast 2022-09-30", "russia annexes luhansk-oblast 2022-09-30"],
            Annexations(Extract("Russia annexed the Donetsk and Luhansk regions on 30 September 2022.")));
        Assert.Equal(["india annexes hyderabad-state 1948-09"], Annexations(Extract("Hyderabad was annexed by India in September 1948.")));
    }

    [Fact]
    public void Followers_dozens_of_countries_approved_decrees_and_colon_lists()
    {
        Assert.Equal(["bahrain severs iran 2016-01-04", "saudi-arabia severs iran -", "sudan severs iran 2016-01-04"],
            Severances(Extract("Bahrain and Sudan followed Saudi Arabia on Monday in cutting diplomatic relations with Iran.", "2016-01-04")));
        Assert.Equal(["france state south-sudan 2011-07-09", "united-kingdom state south-sudan 2011-07-09"],
            Recognitions(Extract("Britain and France were among dozens of countries that recognised South Sudan on Saturday.", "2011-07-09")));
        Assert.Equal(["slovenia state palestine 2024-06-04"],
            Recognitions(Extract("Slovenia's parliament on Tuesday approved a decree recognising a Palestinian state.", "2024-06-04")));
        Assert.Equal(["russia annexes donetsk-oblast 2022-09-30", "russia annexes kherson-oblast 2022-09-30", "russia annexes luhansk-oblast 2022-09-30", "russia annexes zaporizhzhia-oblast 2022-09-30"],
            Annexations(Extract("Vladimir Putin on Friday proclaimed Russia's annexation of four Ukrainian regions: Donetsk, Luhansk, Zaporizhzhia and Kherson.", "2022-09-30")));
        // a date after ", followed by" dates only the follower
        Assert.Equal(["bhutan state bangladesh 1971-12-06", "india state bangladesh 1971-12-07"],
            Recognitions(Extract("Bhutan recognised Bangladesh on 6 December 1971, followed by India on 7 December.")));
    }

    [Fact]
    public void An_opposition_leader_holds_no_office_and_keeps_his_diacritics_in_the_id()
    {
        var f = Extract("On 23 January 2019, Canada recognised opposition leader Juan Guaidó as interim president of Venezuela.");
        Assert.Equal(["canada government venezuela 2019-01-23"], Recognitions(f));
        Assert.Contains(f.Entities, e => e.Id == "juan-guaido" && e.Name == "Juan Guaidó");
        Assert.Empty(f.Roles);
    }

    [Fact]
    public void Communique_formulas_effective_dates_and_scare_quotes()
    {
        Assert.Equal(["nauru severs taiwan 2002-07-21"],
            Severances(Extract("The Government of Nauru has decided to sever diplomatic relations with Taiwan as of 21 July 2002.")));
        // "as of" before the predicate bounds a state of affairs
        Assert.DoesNotContain("nauru severs taiwan 2020", Severances(Extract("As of 2020, Nauru had severed relations with Taiwan.")));
        Assert.Equal(["dominican-republic severs taiwan 2018-05-01"],
            Severances(Extract("The Government of the Dominican Republic severs 'diplomatic relations' with Taiwan as of this day.", "2018-05-01")));
        Assert.Equal(["china + dominican-republic 2018-05-01"],
            Establishments(Extract("China and the Dominican Republic signed a joint communique in Beijing on Tuesday on the establishment of diplomatic relations.", "2018-05-01")));
        Assert.Empty(Establishments(Extract("China and the Dominican Republic held talks on the establishment of diplomatic relations on Tuesday.", "2018-05-01")));
        Assert.Equal(["china + united-states 1979-01-01"],
            Establishments(Extract("The United States and China have agreed to recognize each other and to establish diplomatic relations as of January 1, 1979.")));
        // the date of signature is the closing line's
        var signed = ArticleExtraction.Extract(ArticleReader.Read("test", "Joint communique\n\nThe Government of Estonia and the Government of Micronesia have decided to establish diplomatic relations with effect from the date of signature of this communique.\n\nDone in New York, on September 22nd, 2006."), Fixed.Options);
        Assert.Equal(["estonia + micronesia 2006-09-22"], Establishments(signed));
        Assert.Equal(["estonia + micronesia -"],
            Establishments(Extract("The Government of Estonia and the Government of Micronesia have decided to establish diplomatic relations with effect from the date of signature of this communique.")));
    }

    [Fact]
    public void Territorial_claims_partitives_and_territories_referred_back_to()
    {
        Assert.Empty(Recognitions(Extract("The United States recognised Morocco's sovereignty over Western Sahara in 2020.")));
        Assert.Equal(["kenya state sadr 2014"], Recognitions(Extract("Kenya recognised Western Sahara in 2014.")));
        Assert.Equal(["france state south-sudan 2011-07-09"], Recognitions(Extract("France recognised the new state of South Sudan on 9 July 2011.")));
        Assert.Equal(["morocco annexes western-sahara 1976"], Annexations(Extract("Morocco annexed the northern two-thirds of Western Sahara in 1976.")));
        Assert.Equal(["israel annexes golan-heights 1981"], Annexations(Extract("Israel occupied the Golan Heights in 1967. It annexed the territory in 1981.")));
        Assert.Equal(["israel annexes golan-heights 1981-12-14"],
            Annexations(Extract("The Knesset passed the Golan Heights Law on 14 December 1981, effectively annexing the territory.")));
        // a subject "it" after ", and" continues the state that was the subject before
        Assert.Equal(["israel annexes golan-heights 1981"], Annexations(Extract("In 1967, Israel occupied the Golan Heights, and in 1981 it annexed it.")));
        Assert.Equal(["fiji annexes manchuria 2000"], Annexations(Extract("The law applies the Republic of Fiji's government and laws to Manchuria. It was ratified by the parliament in 2000.")));
        Assert.Equal(["iraq annexes kuwait 1990-08"], Annexations(Extract("Iraq extended its laws to Kuwait in August 1990.")));
    }

    [Fact]
    public void Withdrawals_of_a_whole_act_contrasts_perfect_participles_and_becoming_part_of_a_state()
    {
        Assert.Equal(["tuvalu state abkhazia 2011", "tuvalu state south-ossetia 2011", "tuvalu withdrawal abkhazia 2014", "tuvalu withdrawal south-ossetia 2014"],
            Recognitions(Extract("Tuvalu recognised Abkhazia and South Ossetia in 2011, but withdrew its recognition in 2014.")));
        // "but" sets the withdrawal at another, unstated time
        Assert.Equal(["pakistan state northern-cyprus 1983", "pakistan withdrawal northern-cyprus -"],
            Recognitions(Extract("Pakistan recognised Northern Cyprus in 1983 but withdrew its recognition under UN pressure.")));
        Assert.Equal(["chad severs israel 1972"], Severances(Extract("Chad restored diplomatic relations with Israel in 2019, having severed them in 1972.")));
        Assert.Equal(["chad + israel 2019"], Establishments(Extract("Chad restored diplomatic relations with Israel in 2019, having severed them in 1972.")));
        Assert.Equal(["fiji + kosovo 2012"], Establishments(Extract("Fiji recognised Kosovo in 2008 and established relations with it in 2012.")));
        Assert.Equal(["india annexes sikkim 1975"], Annexations(Extract("Sikkim became the 22nd state of India in 1975 after a referendum.")));
        Assert.Equal(["russia annexes crimea 2014-03"], Annexations(Extract("Crimea became part of Russia in March 2014.")));
        Assert.Empty(Annexations(Extract("Kosovo became an independent state in 2008.")));
        Assert.Equal(["iraq annexes kuwait 1990"], Annexations(Extract("Kuwait's annexation by Iraq in 1990 was reversed by the Gulf War.")));
    }

    [Fact]
    public void First_person_speakers_and_statement_headers()
    {
        Assert.Equal(["united-states state south-sudan 2011-07-09"],
            Recognitions(Extract("On behalf of the people of the United States, I am pleased to formally recognize the Republic of South Sudan today.", "2011-07-09")));
        Assert.Equal(["bolivia severs israel 2023-10-31"],
            Severances(Extract("\"We have decided to break diplomatic relations with Israel,\" Bolivian Deputy Foreign Minister Freddy Mamani said on Tuesday.", "2023-11-01")));
        Assert.Empty(Recognitions(Extract("\"We will never recognise Kosovo,\" Serbian President Aleksandar Vucic said.")));
        // an unattributed "we" is not guessed
        Assert.Empty(Recognitions(Extract("We recognised Kosovo in 2008.")));
        // a statement's header lines before its date line
        var statement = ArticleExtraction.Extract(ArticleReader.Read("test",
            "Recognition of South Sudan\n\nPress Statement\nHillary Rodham Clinton\nSecretary of State\nWashington, DC\nJuly 9, 2011\n\nThe United States formally recognizes the Republic of South Sudan as a sovereign and independent state today."), Fixed.Options);
        Assert.Equal("2011-07-09", statement.Article.Published?.ToString());
        Assert.Equal(["united-states state south-sudan 2011-07-09"], Recognitions(statement));
    }

    [Fact]
    public void Switching_ties_to_a_partner_two_dates_together_and_adverbs_after_having()
    {
        Assert.Equal(["china + sao-tome-and-principe 2016"], Establishments(Extract("Sao Tome and Principe switched ties to Beijing in 2016.")));
        Assert.Equal(["argentina state palestine -", "brazil state palestine -"],
            Recognitions(Extract("Argentina and Brazil recognised Palestine as a state in late 2010 and early 2011.")));
        Assert.Equal(["monaco state kosovo 2008-03-19", "montenegro state kosovo 2008-10-09"],
            Recognitions(Extract("Kosovo was recognised by Monaco on 19 March 2008 and by Montenegro on 9 October 2008.")));
        Assert.Equal(["senegal government china 1971"],
            Recognitions(Extract("Senegal re-established diplomatic relations with China in 2005, having first recognised Beijing in 1971.")));
    }

    [Fact]
    public void The_partner_a_relations_headline_names_and_agentless_breaks_settled_by_a_named_actor()
    {
        static ArticleFacts Read(string text) => ArticleExtraction.Extract(ArticleReader.Read("test", text), Fixed.Options);
        var egyptIran = Read("Egypt–Iran relations\n\nRelations were severed in 1980, following the Iranian Revolution. Iran broke off relations after Egypt signed a peace treaty with Israel.");
        Assert.Equal(["iran severs egypt 1980"], Severances(egyptIran));
        // with nobody named, a break is read both ways
        Assert.Equal(["egypt severs iran 1980", "iran severs egypt 1980"], Severances(Read("Egypt–Iran relations\n\nRelations were severed in 1980, following the Iranian Revolution.")));
        Assert.Equal(["china + dominican-republic -"],
            Establishments(Extract("After breaking off relations with Taiwan on April 30, 2018, the Dominican Republic established diplomatic relations with China.")));
        // without a relations headline, one actor alone names no partner
        Assert.Empty(Severances(Extract("Iran broke off relations in 1980.")));
    }

    [Fact]
    public void Ordinals_with_a_place_phrase_and_it_in_a_subordinate_clause()
    {
        Assert.Equal(["sweden state palestine 2014"], Recognitions(Extract("Sweden became the first EU member in western Europe to recognise Palestine in 2014.")));
        Assert.Equal(["china + costa-rica 2007"], Establishments(Extract("Costa Rica recognised Palestine in 2008, a year after it established ties with China.")));
        Assert.Equal(["armenia state palestine 2024-06-21"], Recognitions(Extract("Armenia accorded recognition to the State of Palestine on 21 June 2024.")));
        Assert.Empty(Recognitions(Extract("Ireland, Spain and Norway said on Wednesday they would recognise a Palestinian state on 28 May.", "2024-05-22")));
    }

    [Fact]
    public void Later_acts_and_dates_before_a_passive_agent()
    {
        Assert.Equal(["israel annexes east-jerusalem -"], Annexations(Extract("Israel captured East Jerusalem in 1967 and later annexed it.")));
        Assert.Equal(["united-states annexes hawaii 1898"], Annexations(Extract("Hawaii was annexed in 1898 by the United States.")));
    }

    [Fact]
    public void Lists_of_acts_on_one_recognition_and_dated_agents()
    {
        Assert.Equal(["kenya state sadr 2014", "kenya withdrawal sadr 2006", "kenya withdrawal sadr 2018"],
            Recognitions(Extract("Kenya withdrew its recognition of the SADR in 2006, restored it in 2014 and withdrew it again in 2018.")));
        Assert.Equal(["iran severs egypt 1980"], Severances(Extract("Relations with Egypt were severed in 1980 by Iran.")));
    }

    [Fact]
    public void A_recognition_still_pending_is_none()
    {
        Assert.Empty(Recognitions(Extract("Recognition of Kosovo by Nigeria is still pending.")));
        Assert.Empty(Recognitions(Extract("Recognition of Palestine by the United Kingdom remains unlikely.")));
        Assert.Equal(["nigeria state kosovo 2011"], Recognitions(Extract("Recognition of Kosovo by Nigeria came in 2011.")));
    }

    [Fact]
    public void A_rank_after_a_named_state_is_no_subordinate_phrase()
    {
        Assert.Equal(["nicaragua state abkhazia 2008-09-03", "nicaragua state south-ossetia 2008-09-03"],
            Recognitions(Extract("Nicaragua on Wednesday became the second country after Russia to recognise Abkhazia and South Ossetia.", "2008-09-04")));
    }

    [Fact]
    public void Communique_frames_with_a_date_and_place_before_the_instrument_or_a_purpose()
    {
        Assert.Equal(["fiji + mongolia 2002-07-21"], Establishments(Extract("Mongolia and Fiji signed Sunday in Singapore a joint communique on the establishment of diplomatic relations.", "2002-07-22")));
        Assert.Equal(["palau + paraguay 2013-09-05"], Establishments(Extract("Palau and Paraguay on Thursday signed a joint communiqué for the establishment of diplomatic relations between the two countries.", "2013-09-06")));
        Assert.Equal(["japan + nepal 1972-10-14"], Establishments(Extract("The governments of Japan and Nepal have agreed to the establishment of diplomatic relations effective from October 14, 1972 between the two countries.", "1972-10-15")));
        Assert.Equal(["barbados + senegal 2022-01-28"], Establishments(Extract("On 28th January, 2022, Barbados signed another joint communiqué to establish diplomatic relations with the Republic of Senegal.", "2022-03-10")));
        Assert.Empty(Establishments(Extract("The two sides held talks on the establishment of diplomatic relations.", "2022-03-10")));
    }

    [Fact]
    public void A_relative_with_which_names_the_partner()
    {
        Assert.Equal(["palau + paraguay -"], Establishments(Extract("Paraguay becomes the forty-first country with which Palau has established diplomatic relations.")));
    }

    [Fact]
    public void Since_with_a_perfect_of_the_act_dates_it()
    {
        Assert.Equal(["abkhazia state south-ossetia 2006-11-17", "south-ossetia state abkhazia 2006-11-17"], Recognitions(Extract("Abkhazia and South Ossetia have recognized each other since November 17 2006.", "2008-08-29")));
        Assert.Equal(["japan state kosovo 2008"], Recognitions(Extract("Kosovo has been recognised by Japan since 2008.")));
        Assert.Empty(Recognitions(Extract("Since 2008, more than 100 states have recognised Kosovo.")));
    }

    [Fact]
    public void Epithets_before_a_name_and_descriptions_of_a_breakaway_entity()
    {
        Assert.Equal(["venezuela severs colombia 2010-07-22"], Severances(Extract("Venezuela broke off diplomatic relations with neighbouring Colombia on Thursday.", "2010-07-23")));
        Assert.Equal(["russia state abkhazia 2008-08-26"], Recognitions(Extract("Abkhazia declared independence in 1999. On August 26, 2008 Russia recognized the breakaway Georgian region.", "2008-08-29")));
        Assert.Equal(["russia state abkhazia 2008-08-26"], Recognitions(Extract("Abkhazia declared independence in 1999. On August 26, 2008 Russia recognized the self-declared republic.", "2008-08-29")));
    }

    [Fact]
    public void An_office_named_by_its_state_acts_for_it()
    {
        Assert.Equal(["togo state kosovo 2023-01-16"], Recognitions(Extract("Togo's foreign minister recognised Kosovo on January 16.", "2023-01-17")));
        Assert.Equal(["togo withdrawal kosovo 2023-01-16"], Recognitions(Extract("Togo's president announced the withdrawal of recognition of Kosovo on January 16.", "2023-01-17")));
    }

    [Fact]
    public void A_participle_opening_the_sentence_and_the_same_month()
    {
        Assert.Equal(["israel state somaliland -"], Recognitions(Extract("Recognising Somaliland, Israel became the first UN member state to do so.")));
        Assert.Empty(Recognitions(Extract("Recognising Kosovo would be a mistake, Serbia said.")));
        Assert.Empty(Recognitions(Extract("Recognizing Palestine, Spain said, is a matter of justice.")));
        Assert.Equal(["ethiopia state eritrea 1993-05"], Recognitions(Extract("Eritrea gained international recognition in May 1993 after a referendum; Ethiopia recognised it the same month.")));
    }

    [Fact]
    public void Coordinated_kinds_of_relations_and_from_a_day()
    {
        Assert.Equal(["venezuela severs colombia -"], Severances(Extract("Maduro said Venezuela was breaking off political and diplomatic relations with Colombia.")));
        Assert.Empty(Severances(Extract("Venezuela cut economic ties with Colombia.")));
        Assert.Equal(["algeria severs morocco 2021-08-24"], Severances(Extract("Algeria's foreign minister Ramtane Lamamra announced the rupture of diplomatic relations with Morocco from Tuesday.", "2021-08-25")));
    }

    [Fact]
    public void Recognisers_after_include_and_recognition_that_came_or_followed()
    {
        Assert.Equal(["nicaragua state abkhazia -", "russia state abkhazia -", "syria state abkhazia -"],
            Recognitions(Extract("Those that have recognised Abkhazia include Russia, Nicaragua and Syria.")));
        Assert.Equal(["canada state kosovo -", "japan state kosovo -"], Recognitions(Extract("States recognising Kosovo include Japan and Canada.")));
        Assert.Empty(Recognitions(Extract("Countries that have not recognised Kosovo include Spain and Greece.")));
        Assert.Empty(Recognitions(Extract("Those that refuse to recognise Kosovo include Spain and Serbia.")));
        Assert.Equal(["japan state kosovo 2008-03"], Recognitions(Extract("Kosovo declared independence in 2008. Japan's recognition followed in March.")));
        Assert.Equal(["france state kosovo 2008-02", "united-states state kosovo 2008-02"],
            Recognitions(Extract("Kosovo declared independence on 17 February 2008. Recognition came from the United States and France in February.")));
    }

    [Fact]
    public void A_passive_conjunct_shares_the_subject_of_the_clause_before()
    {
        Assert.Equal(["australia state timor-leste 2002-05-20", "portugal state timor-leste 2002-05-20"],
            Recognitions(Extract("East Timor became independent on 20 May 2002 and was immediately recognised by Portugal and Australia.")));
        // "since" after the perfect moves the act past the date of the first conjunct
        Assert.Equal(["japan state kosovo -", "peru state kosovo -"], Recognitions(Extract("Kosovo declared independence in 2008 and has since been recognised by Japan and Peru.")));
        Assert.Empty(Recognitions(Extract("Kosovo declared independence in 2008 and has not been recognised by Spain.")));
    }

    [Fact]
    public void As_part_of_names_an_occasion_unless_a_state_follows()
    {
        Assert.Equal(["morocco state israel 2020-12"], Recognitions(Extract("Morocco recognised Israel as part of the Abraham Accords in December 2020.")));
        Assert.Equal(["bhutan state kosovo 2020"], Recognitions(Extract("Bhutan recognised Kosovo as part of a wider deal in 2020.")));
        Assert.Empty(Recognitions(Extract("Syria recognised Crimea as part of Russia in 2014.")));
    }

    [Fact]
    public void Repeated_acts_counterparts_after_commas_and_the_party_made_to_act()
    {
        Assert.Equal(["morocco severs iran 2009", "morocco severs iran 2018"], Severances(Extract("Morocco severed diplomatic relations with Iran in 2009 and again in 2018.")));
        Assert.Equal(["albania + croatia 1992-08-25", "andorra + croatia 1995-06-29", "argentina + croatia 1992-03-18"],
            Establishments(Extract("Croatia established diplomatic relations with Albania on 25 August 1992, with Andorra on 29 June 1995 and with Argentina on 18 March 1992.")));
        var f = Extract("In 1997 Sao Tome and Principe established diplomatic relations with Taiwan, prompting China to sever relations.");
        Assert.Equal(["sao-tome-and-principe + taiwan 1997"], Establishments(f));
        Assert.Equal(["china severs sao-tome-and-principe 1997"], Severances(f));
        Assert.Equal(["china severs sao-tome-and-principe 1997"], Severances(Extract("In 1997 Sao Tome and Principe recognised Taiwan, prompting China to sever relations with it.")));
        Assert.Empty(Severances(Extract("In 1997 Sao Tome and Principe recognised Taiwan, prompting calls for China to sever relations.")));
    }

    [Fact]
    public void The_date_of_signature_of_the_communique_itself_and_the_two_governments()
    {
        Assert.Equal(["china + nicaragua 2021-12-09"], Establishments(Extract(
            "The Republic of Nicaragua and the People's Republic of China decided to establish diplomatic relations at ambassadorial level effective from the date of signing of this communiqué.",
            "2021-12-09")));
        Assert.Equal(["china + nicaragua -"], Establishments(Extract(
            "The Republic of Nicaragua and the People's Republic of China decided to establish diplomatic relations effective from the date of signing of the communiqué.", "2021-12-10")));
        Assert.Equal(["china + nicaragua 2021-12-10"], Establishments(Extract(
            "China and Nicaragua signed a communiqué. The two governments decided to establish diplomatic relations on 10 December 2021.")));
    }

    [Fact]
    public void A_name_modifying_recognition_and_relations_established_with_the_state_just_recognised()
    {
        Assert.Equal(["united-states state montenegro 2006-06-13"], Recognitions(Extract("U.S. recognition of Montenegro was granted on June 13, 2006.")));
        Assert.Empty(Recognitions(Extract("Kosovo sought U.S. recognition of its independence.")));
        var f = Extract("The U.S. recognized Montenegro on June 13, 2006, and established diplomatic relations on October 3, 2006.");
        Assert.Equal(["united-states state montenegro 2006-06-13"], Recognitions(f));
        Assert.Equal(["montenegro + united-states 2006-10-03"], Establishments(f));
        Assert.Equal(["pakistan state bangladesh 1974"], Recognitions(Extract("In 1974 Bangladesh won recognition from Pakistan.")));
    }

    [Fact]
    public void Ties_cut_in_favour_of_another_state_begin_with_it()
    {
        var f = Extract("The Solomon Islands cut ties with Taiwan on Monday in favour of Beijing.", "2019-09-16");
        Assert.Equal(["solomon-islands severs taiwan 2019-09-16"], Severances(f));
        Assert.Equal(["china + solomon-islands 2019-09-16"], Establishments(f));
    }

    [Fact]
    public void Ellipsis_copies_every_act_of_the_sentence_it_follows()
    {
        Assert.Equal(["nicaragua state abkhazia 2008-09-05", "nicaragua state south-ossetia 2008-09-05", "russia state abkhazia 2008-08-26", "russia state south-ossetia 2008-08-26"],
            Recognitions(Extract("Russia recognised Abkhazia and South Ossetia on 26 August 2008. Nicaragua did the same on 5 September.")));
        // only the last act's kind is repeated
        var f = Extract("Russia recognised Abkhazia on 26 August 2008 and severed relations with Georgia on 29 August. Nicaragua did the same on 5 September.");
        Assert.Equal(["russia state abkhazia 2008-08-26"], Recognitions(f));
        Assert.Equal(["nicaragua severs georgia 2008-09-05", "russia severs georgia 2008-08-29"], Severances(f));
    }

    [Fact]
    public void Done_by_the_next_to_do_so_and_with_followers()
    {
        Assert.Equal(["belgium state palestine 2025-09-22", "france state palestine 2025-09-21", "malta state palestine 2025-09-22"],
            Recognitions(Extract("France recognised Palestine on 21 September 2025. This was also done by Belgium and Malta on 22 September 2025.")));
        Assert.Equal(["nicaragua state abkhazia 2008-09", "russia state abkhazia 2008"], Recognitions(Extract("Russia recognised Abkhazia in 2008. Nicaragua was the next to do so, in September 2008.")));
        Assert.Equal(["nicaragua state abkhazia 2008-09", "russia state abkhazia 2008"], Recognitions(Extract("Russia recognised Abkhazia in 2008, with Nicaragua following in September.")));
        Assert.Equal(["russia state abkhazia 2008"], Recognitions(Extract("Russia recognised Abkhazia in 2008. Nicaragua was not the next to do so. Belarus refused to do so. This was not done by Serbia.")));
    }

    [Fact]
    public void Annexation_by_proclaimed_province_integration_and_a_shared_owner()
    {
        Assert.Equal(["iraq annexes kuwait 1990-08-28"], Annexations(Extract("On 28 August 1990, Kuwait was proclaimed the 19th governorate of Iraq.")));
        Assert.Equal(["indonesia annexes timor-leste 1976"], Annexations(Extract("East Timor was integrated into Indonesia as its 27th province in 1976.")));
        Assert.Equal(["iraq annexes kuwait 1990"], Annexations(Extract("Iraq's invasion and annexation of Kuwait in 1990 led to the Gulf War.")));
        Assert.Empty(Annexations(Extract("Crimea was integrated into Russia's economy after 2014. Kosovo was integrated into European structures. Russia integrated Crimea's railways.")));
        Assert.Empty(Annexations(Extract("Kuwait was not proclaimed a province of Iraq.")));
    }

    [Fact]
    public void A_date_before_when_dates_the_acts_of_the_when_clause()
    {
        Assert.Equal(["burkina-faso withdrawal taiwan 1973-09-15"], Recognitions(Extract(
            "Relations continued until 15 September 1973 when the regime of Upper Volta – led by General Lamizana, who had come to power in a 1966 coup – derecognized the ROC.")));
        Assert.Equal(["burkina-faso + china 1973-09-15"], Establishments(Extract(
            "Relations continued until 15 September 1973 when Upper Volta derecognized the ROC and instead opened relations with the People's Republic of China.")));
        // the act's own later date wins
        Assert.Equal(["burkina-faso + china 1975"], Establishments(Extract("It began in 1973, when Upper Volta opened relations with China in 1975.")));
    }

    [Fact]
    public void A_definite_description_of_a_state_refers_back()
    {
        Assert.Equal(["nauru severs taiwan 2024-01-15"], Severances(Extract("Nauru is a small island in the Pacific. On Monday the island nation severed diplomatic ties with Taiwan.", "2024-01-15")));
        var f = Extract("China and Honduras established diplomatic ties on Sunday after the Central American nation severed its relations with Taiwan.", "2023-03-26");
        Assert.Equal(["honduras severs taiwan -"], Severances(f));
        Assert.Equal(["china + honduras 2023-03-26"], Establishments(f));
        // a description naming another state, or a name of its own, is no reference back
        Assert.Equal(["palestine"], Extract("Nauru recognised Kosovo in 2008. Spain recognised the Palestinian state in 2024.").Recognitions.Where(r => r.Recogniser == "spain").Select(r => r.Recognised));
        Assert.Empty(Severances(Extract("Nauru is a small island in the Pacific. On Monday the neighbouring country severed diplomatic ties with Taiwan.", "2024-01-15")));
    }

    [Fact]
    public void Those_joined_in_an_act_did_it_too_at_a_time_not_given()
    {
        Assert.Equal(["bahrain severs qatar -", "egypt severs qatar 2017-06-05", "saudi-arabia severs qatar -", "united-arab-emirates severs qatar -"],
            Severances(Extract("Egypt joined Saudi Arabia, Bahrain and the UAE in cutting ties with Qatar on Monday.", "2017-06-05")));
        Assert.Equal(["ireland state palestine -", "slovenia state palestine 2024-06-04", "spain state palestine -"],
            Recognitions(Extract("Slovenia joined Spain and Ireland in recognising Palestine on 4 June 2024.")));
        Assert.Empty(Recognitions(Extract("Slovenia refused to join Spain in recognising Palestine.")));
    }

    [Fact]
    public void Institutions_named_by_their_state_and_acts_with_immediate_effect()
    {
        Assert.Equal(["nauru severs taiwan 2024-01-15"], Severances(Extract("The Nauru Government has decided to sever diplomatic relations with Taiwan.", "2024-01-15")));
        Assert.Equal(["nauru severs taiwan 2024-01-15"], Severances(Extract("Nauru severed diplomatic relations with Taiwan with immediate effect.", "2024-01-15")));
        Assert.Equal(["nauru severs taiwan 2024-01-15"], Severances(Extract("Nauru said it would sever diplomatic relations with Taiwan, effective immediately.", "2024-01-15")));
        Assert.Empty(Severances(Extract("Nauru said it would sever diplomatic relations with Taiwan.", "2024-01-15")));
        Assert.Empty(Severances(Extract("Nauru could sever diplomatic relations with Taiwan with immediate effect.", "2024-01-15")));
        Assert.Equal(["honduras severs taiwan -"], Severances(Extract("Honduras established diplomatic relations with China on Sunday, after ending its decades-long relationship with Taiwan.", "2023-03-26")));
    }

    [Fact]
    public void A_list_of_conjuncts_keeps_the_first_ones_direction()
    {
        Assert.Equal(["iran severs morocco 1981", "iran severs morocco 2009", "morocco severs iran 1981", "morocco severs iran 2009"],
            Severances(Extract("Iran and Morocco cut ties in 1981, restored them in 1991 and broke them off again in 2009.")));
        Assert.Equal(["morocco severs iran 1981", "morocco severs iran 2009"],
            Severances(Extract("Morocco cut ties with Iran in 1981, restored them in 1991 and broke them off again in 2009.")));
    }

    [Fact]
    public void The_partner_is_the_other_state_of_the_sentence_and_the_two_are_the_two_just_named()
    {
        Assert.Equal(["ukraine severs russia 2022-02-24"], Severances(Extract("Ukraine and Russia have had no diplomatic relations since 24 February 2022, when Kyiv broke off ties.")));
        Assert.Equal(["canada severs iran 2012-09-07"], Severances(Extract(
            "Canada closed its embassy in Tehran on 7 September 2012 and declared remaining Iranian diplomats personae non gratae, effectively severing diplomatic relations.")));
        Assert.Empty(Severances(Extract("Canada closed its embassies in Tehran and Damascus in 2012, effectively severing diplomatic relations.")));
        Assert.Equal(["colombia + israel 1957"], Establishments(Extract("Colombia recognised Israel in 1949 and the two established relations in 1957.")));
    }

    [Fact]
    public void Iso_dates_parts_of_months_notes_on_a_name_and_former_states()
    {
        Assert.Equal(["malawi state kosovo 2009-12-14"], Recognitions(Extract("Kosovo was recognised by Malawi on 2009-12-14.")));
        Assert.Equal(["malawi state kosovo 2009-12"], Recognitions(Extract("Kosovo was recognised by Malawi in mid-December 2009.")));
        Assert.Equal(["eswatini state kosovo 2010-04-12"], Recognitions(Extract("Eswatini (formerly Swaziland) recognised Kosovo on 12 April 2010.")));
        Assert.Equal(["east-germany state west-germany 1972", "west-germany state east-germany 1972"], Recognitions(Extract("East Germany and West Germany recognised each other in 1972.")));
    }

    [Theory]
    [InlineData("2023/03/26")]
    [InlineData("2023.03.26")]
    [InlineData("26.03.2023")]
    [InlineData("2023-03-26")]
    public void A_header_date_in_numeric_forms_dates_the_communique(string header)
    {
        var f = Extract(header + "\n\nThe Government of the Republic of Honduras and the Government of the People's Republic of China have decided to establish diplomatic relations with effect from the date of signature of this Joint Communiqué.");
        Assert.Equal(["china + honduras 2023-03-26"], Establishments(f));
    }

    [Fact]
    public void An_ambiguous_numeric_header_date_gives_no_date()
    {
        var f = Extract("03/04/2023\n\nThe Government of Honduras has decided to establish diplomatic relations with China with effect from the date of signature of this Joint Communiqué.");
        Assert.Equal(["china + honduras -"], Establishments(f));
    }

    [Fact]
    public void Co_agents_between_subject_and_verb_and_a_dateline_that_dates_no_background_act()
    {
        Assert.Equal(["france state kosovo 2019-02-04", "united-kingdom state kosovo 2019-02-04"],
            Recognitions(Extract("The United Kingdom, together with France, recognised Kosovo on 4 February 2019.")));
        var f = ArticleExtraction.Extract(ArticleReader.Read("test", "Kosovo's national day\n\nWashington, DC\nFebruary 17, 2021\n\nThe United States was proud to be among the first countries to recognize Kosovo's independence."), Fixed.Options);
        Assert.Equal(["united-states state kosovo -"], Recognitions(f));
    }

    [Fact]
    public void A_statement_quoted_after_its_attribution_is_the_speakers_act()
    {
        Assert.Equal(["united-kingdom state south-sudan 2011-07-09"], Recognitions(Extract(
            "The Foreign Secretary William Hague said: \"The UK has today recognised the Republic of South Sudan as a sovereign and independent state.\"", "2011-07-09")));
        Assert.Equal(["united-kingdom government venezuela 2019-02-04"], Recognitions(Extract(
            "The UK has taken a decision. Foreign Secretary Dominic Ribbon said: \"We now recognise Juan Guaidó as interim President of Venezuela.\"", "2019-02-04")));
        Assert.Empty(Recognitions(Extract("A protester shouted: \"We recognise South Sudan!\"", "2011-07-09")));
        Assert.Empty(Recognitions(Extract("The Foreign Secretary said: \"Britain will recognise South Sudan tomorrow.\"", "2011-07-09")));
        // a quotation that closes before the sentence ends is still only quoted
        Assert.Empty(Recognitions(Extract("The minister said: \"We recognise South Sudan\" was a slogan of the protest.", "2011-07-09")));
    }

    [Fact]
    public void Years_ago_count_back_from_the_publication_year()
    {
        Assert.Equal(["united-states state kosovo 2008"], Recognitions(Extract("Thirteen years ago, the United States recognized Kosovo as an independent state.", "2021-02-17")));
        Assert.Equal(["united-states state kosovo 2008"], Recognitions(Extract("Since the United States recognized Kosovo's independence 13 years ago, our partnership has grown.", "2021-02-17")));
        Assert.Equal(["united-states state kosovo -"], Recognitions(Extract("Thirteen years ago, the United States recognized Kosovo as an independent state.")));
    }

    [Fact]
    public void An_ordinal_apposition_opening_the_sentence_is_its_subjects()
    {
        Assert.Equal(["united-states state kosovo -"], Recognitions(Extract("As the first country to recognize Kosovo, the United States remains committed to its sovereignty.")));
        Assert.Empty(Recognitions(Extract("As the first country to recognize Kosovo, the United States would gain influence.")));
    }

    [Fact]
    public void A_claimant_leader_recognised_is_a_government_of_their_state()
    {
        Assert.Equal(["united-kingdom government venezuela 2019-02-04"], Recognitions(Extract("The UK now recognises Juan Guaidó as the constitutional interim President, until credible presidential elections can be held.", "2019-02-04")));
        Assert.Equal(["france government venezuela 2019-02-04", "united-kingdom government venezuela 2019-02-04"],
            Recognitions(Extract("The United Kingdom, together with France, recognised Guaidó on 4 February 2019.")));
        Assert.Equal(["ghana government cote-divoire 2010-12"], Recognitions(Extract("Ghana recognised Ouattara in December 2010.")));
        Assert.Empty(Recognitions(Extract("The UK recognised Putin's achievements in 2019.")));
    }

    [Fact]
    public void A_reduced_relative_on_the_relations_and_a_participle_after_an_adverb()
    {
        var f = Extract("Relations between Bolivia and Israel, severed in 2009, were restored in 2019.");
        Assert.Equal(["bolivia severs israel 2009", "israel severs bolivia 2009"], Severances(f));
        Assert.Equal(["bolivia + israel 2019"], Establishments(f));
        Assert.Equal(["cuba + united-states 2015-07-20"], Establishments(Extract("Cuba and the United States reopened their embassies on 20 July 2015, formally restoring diplomatic relations.")));
    }

    [Fact]
    public void An_opening_participle_phrase_ends_at_its_comma_not_at_the_comma_of_its_date()
    {
        var f = Extract("After breaking off relations with Taiwan on April 30, 2018, the Dominican Republic established diplomatic relations with China.");
        Assert.Equal(["dominican-republic severs taiwan 2018-04-30"], Severances(f));
        Assert.Equal(["china + dominican-republic -"], Establishments(f));
    }

    [Fact]
    public void A_period_dates_its_act_by_its_start_and_a_day_without_year_anchors_the_same_day()
    {
        Assert.Equal(["kiribati government taiwan 2003"], Recognitions(Extract("Between 2003 and 2019, the government of Kiribati recognized the Republic of China.")));
        Assert.Equal(["kiribati government taiwan -"], Recognitions(Extract("Trade between 2003 and 2019 grew, and Kiribati recognized the Republic of China.")));
        Assert.Equal(["panama severs taiwan 2017-06-13", "taiwan severs panama 2017-06-13"], Severances(Extract(
            "Panama made a decision on June 13 to sever diplomatic relations with the ROC. The ROC on the same day also terminated diplomatic relations with Panama.", "2017-06-23")));
    }

    [Fact]
    public void A_statement_narrating_its_own_day_dates_the_undated_act_after_its_today()
    {
        var f = Extract("Japan today recognized East Timor. Officials of Japan and East Timor exchanged Notes to establish diplomatic relations between Japan and East Timor.", "2002-05-20");
        Assert.Equal(["japan + timor-leste 2002-05-20"], Establishments(f));
        // a perfect says that, not when: only the year of the sentence before; without "today" before it, the same
        Assert.Equal(["japan + timor-leste 2002"], Establishments(Extract("Japan today recognized East Timor. Japan and East Timor have established diplomatic relations.", "2002-05-20")));
        Assert.Equal(["japan + timor-leste 2002"], Establishments(Extract("Japan recognized East Timor on 20 May 2002. Japan and East Timor exchanged Notes to establish diplomatic relations.", "2002-05-21")));
    }

    [Fact]
    public void An_ordinal_apposition_after_a_name_and_its_comma_is_that_names_act()
    {
        Assert.Equal(["japan state kosovo -"], Recognitions(Extract("Kosovo thanked Japan, as the first Asian state to recognise Kosovo.")));
        Assert.Empty(Recognitions(Extract("Kosovo thanked Japan for its aid, as the first Asian state to recognise Kosovo would.")));
    }

    [Fact]
    public void The_state_opening_a_sentence_is_its_we_and_the_uk_government_by_its_style()
    {
        Assert.Equal(["united-kingdom state south-sudan 2011-07-09"], Recognitions(Extract("Her Majesty's Government recognises the Republic of South Sudan.", "2011-07-09")));
        Assert.Equal(["united-kingdom state south-sudan 2011-07-09"], Recognitions(Extract("HMG recognises South Sudan.", "2011-07-09")));
        // "we" is the state that opens the sentence, never the one it welcomes
        Assert.DoesNotContain(Extract("The UK is delighted to welcome South Sudan as the world's newest nation, and we formally recognise it as a sovereign state.", "2011-07-09").Recognitions,
            r => r.Recogniser == "south-sudan");
    }

    [Fact]
    public void We_with_a_trailing_attribution_is_the_speakers_state_and_speaks_now()
    {
        Assert.Equal(["united-kingdom state south-sudan 2011-07-09"], Recognitions(Extract(
            "We recognise the Republic of South Sudan as a sovereign independent state, William Hague said.", "2011-07-09")));
        Assert.Equal(["united-kingdom state south-sudan 2011"], Recognitions(Extract(
            "The UK welcomed South Sudan in 2011. We recognised the Republic of South Sudan as a sovereign state, William Hague said.", "2011-07-09")));
        Assert.Empty(Recognitions(Extract("We recognise South Sudan, protesters chanted.", "2011-07-09")));
    }

    [Fact]
    public void A_pronoun_subject_after_a_comma_and_opens_its_own_clause()
    {
        Assert.Equal(["united-kingdom state mali 2011-07-09"], Recognitions(Extract("The UK welcomes South Sudan, and we formally recognise Mali.", "2011-07-09")));
        Assert.Equal(["united-kingdom state south-sudan 2011-07-09"], Recognitions(Extract(
            "The UK is delighted to welcome South Sudan as the world's newest nation, and we formally recognise it as a sovereign state.", "2011-07-09")));
    }

    [Fact]
    public void A_definite_description_names_the_state_in_its_region()
    {
        // "the Central American nation" is Honduras, not China, the state named last
        Assert.Equal(["honduras severs taiwan -"], Severances(Extract(
            "Honduras and China established diplomatic relations on Sunday, after the Central American nation severed ties with Taiwan.", "2023-03-26")));
        Assert.Equal(["nauru severs taiwan 2024-01-15"], Severances(Extract(
            "China welcomed Nauru's decision. On 15 January 2024, the Pacific island nation severed diplomatic ties with Taiwan.")));
        // a region that fits none of the states spoken of refers to nobody
        Assert.Empty(Severances(Extract("Honduras and China established diplomatic relations, after the Gulf state severed ties with Taiwan.")));
    }

    [Fact]
    public void Government_statement_forms_of_recognition()
    {
        Assert.Equal(["australia state palestine 2025-09-21"], Recognitions(Extract(
            "Effective today, the Commonwealth of Australia formally recognises the independent and sovereign State of Palestine.", "2025-09-21")));
        Assert.Equal(["china state palestine -", "russia state palestine -"], Recognitions(Extract(
            "Palestine is recognised as a state by 143 of the 193 UN member states, including Russia and China.")));
        Assert.Equal(["united-kingdom state palestine -"], Recognitions(Extract("Palestine hailed the recognition of its statehood by the UK.")));
        Assert.Equal(["australia state palestine 2025-09-21", "canada state palestine 2025-09-21", "united-kingdom state palestine 2025-09-21"], Recognitions(Extract(
            "Australia's recognition of Palestine today, alongside Canada and the United Kingdom, is part of a coordinated effort.", "2025-09-21")));
        // an aggregate without names gives nothing
        Assert.Empty(Recognitions(Extract("Palestine is recognised by 143 of the 193 UN member states.")));
    }

    [Fact]
    public void Mutual_recognition_is_two_acts_and_the_verb_governs_the_establishment_beside_it()
    {
        var f = Extract("The Government of the People's Republic of China and the Government of the Republic of Nauru have decided upon mutual recognition " +
            "and the establishment of diplomatic relations at ambassadorial level as from 21 July 2002.");
        Assert.Equal(["china state nauru 2002-07-21", "nauru government china 2002-07-21"], Recognitions(f));
        Assert.Equal(["china + nauru 2002-07-21"], Establishments(f));
        Assert.Equal(["china + maldives 1972-10-14"], Establishments(Extract("China and the Maldives agreed on the establishment of diplomatic relations on 14 October 1972.")));
        Assert.Empty(Recognitions(Extract("China and Nauru are seeking mutual recognition.")));
        // recognition of qualifications and standards
        Assert.Empty(Recognitions(Extract("Australia and New Zealand signed a mutual recognition agreement on professional qualifications.")));
        Assert.Empty(Recognitions(Extract("Australia and New Zealand agreed to mutual recognition of professional qualifications.")));
    }

    [Fact]
    public void A_statement_quoted_over_two_sentences_is_the_speakers_with_its_attribution_after_it()
    {
        Assert.Equal(["ukraine severs russia -"], Severances(Extract(
            "\"Ukraine has severed diplomatic relations with Russia. I urge all partners to do the same,\" Foreign Minister Dmytro Kuleba wrote.", "2022-02-24")));
        // without an attribution the quotation is nobody's statement
        Assert.Empty(Severances(Extract("\"Ukraine has severed diplomatic relations with Russia. I urge all partners to do the same.\"", "2022-02-24")));
        Assert.Equal(["ukraine severs russia 2022-02-24"], Severances(Extract(
            "\"Kiev is terminating diplomatic relations with Moscow,\" Zelensky was quoted as saying.", "2022-02-24")));
    }

    [Fact]
    public void Decisions_made_by_a_list_and_the_decision_of_severing()
    {
        Assert.Equal(["bahrain severs qatar -", "egypt severs qatar -", "saudi-arabia severs qatar -"], Severances(Extract(
            "The decision of the Government follows the decisions made by Saudi Arabia, Egypt and Bahrain to sever diplomatic relations with Qatar.")));
        Assert.Equal(["bahrain severs qatar -", "saudi-arabia severs qatar -", "united-arab-emirates severs qatar -"], Severances(Extract(
            "Qatar regretted the decisions by Saudi Arabia, the United Arab Emirates and Bahrain to close their borders and sever diplomatic relations with Qatar.")));
        Assert.Equal(["ukraine severs russia 2022-02-24"], Severances(Extract(
            "Ukrainian President Volodymyr Zelensky on Thursday announced the decision of severing his country's diplomatic relations with Moscow.", "2022-02-25")));
        Assert.Empty(Severances(Extract("Qatar warned against any decision by Saudi Arabia and Bahrain to sever diplomatic relations with Qatar.")));
    }

    [Fact]
    public void Encyclopedia_forms_of_relations_and_ordinals()
    {
        Assert.Equal(["turkey state israel 1949"], Recognitions(Extract("In 1949, Turkey became the first Muslim-majority country to recognise Israel.")));
        var f = Extract("The United Kingdom recognised the People's Republic of China in January 1950, though full ambassadorial relations were only established in 1972.");
        Assert.Equal(["china + united-kingdom 1972"], Establishments(f));
        Assert.Equal(["guinea + israel 2016"], Establishments(Extract("Diplomatic ties were restored between Guinea and Israel in 2016.")));
        // a contrast after a withdrawal names no relations
        Assert.Empty(Establishments(Extract("Tonga recognised Kosovo in 2012, though relations were not established.")));
    }

    [Fact]
    public void A_decision_taken_by_a_state_a_gerund_with_of_and_the_parties_to_an_agreement()
    {
        Assert.Equal(["bahrain severs qatar 2017-06-05"], Severances(Extract("The decision to sever ties with Qatar was taken by Bahrain on Monday.", "2017-06-06")));
        Assert.Empty(Severances(Extract("The decision to sever ties with Qatar was criticised by Bahrain.")));
        Assert.Equal(["egypt severs iran 1979"], Severances(Extract("Egypt's breaking off of relations with Iran in 1979 ended years of cooperation.")));
        Assert.Equal(["china + honduras 2023-03-26"], Establishments(Extract("The agreement between China and Honduras to restore relations, signed today, was welcomed.", "2023-03-26")));
        Assert.Empty(Establishments(Extract("A proposed agreement between China and Honduras to restore relations was discussed.")));
    }

    [Fact]
    public void The_two_neighbours_and_a_trailing_participle_of_leaving_after_an_establishment()
    {
        Assert.Equal(["iran severs saudi-arabia 2016-01", "saudi-arabia severs iran 2016-01"], Severances(Extract(
            "Iran and Saudi Arabia are rivals. The two Gulf neighbours severed their ties in January 2016.")));
        Assert.Equal(["panama severs taiwan 2017-06-12"], Severances(Extract("Panama established diplomatic ties with China on Monday, ditching Taiwan.", "2017-06-13")));
        // without the establishment, leaving is not a severance
        Assert.Empty(Severances(Extract("Panama won the match on Monday, dropping Taiwan.", "2017-06-13")));
    }

    [Fact]
    public void A_subject_with_alongside_set_off_by_commas_after_a_conjunction()
    {
        Assert.Equal(["france government venezuela 2019-02-04", "united-kingdom government venezuela 2019-02-04"], Recognitions(Extract(
            "The deadline passed, so the UK, alongside France, now recognises Juan Guaidó as interim president.", "2019-02-04")));
        Assert.Equal(["united-kingdom government venezuela 2019-02-04"], Recognitions(Extract(
            "Nicolás Maduro has not called elections within 8 days, so the UK, alongside European allies, now recognises Juan Guaidó as interim president.", "2019-02-04")));
    }

    [Fact]
    public void A_breakaway_region_named_after_its_owner_and_an_agreement_for_relations()
    {
        Assert.Equal(["israel state somaliland -"], Recognitions(Extract(
            "Israel has become the first country to formally recognise Somalia's breakaway region of Somaliland as an independent nation.")));
        Assert.Equal(["israel + somaliland 2025-12-26"], Establishments(Extract("Israel and Somaliland signed an agreement for full diplomatic relations on Friday.", "2025-12-27")));
        Assert.Equal(["estonia + fiji 2006"], Establishments(Extract("Estonia signed a protocol on diplomatic relations with Fiji in 2006.")));
        // an agreement for trade is no establishment, nor one that was only discussed
        Assert.Empty(Establishments(Extract("Israel and Somaliland signed an agreement for trade relations on Friday.")));
        Assert.Empty(Establishments(Extract("Israel and Somaliland discussed an agreement for diplomatic relations on Friday.")));
    }

    [Fact]
    public void A_description_opening_a_sentence_acts_and_he_told_reporters_is_the_person_named_last()
    {
        var f = Extract(
            "Tuvalu said on Saturday it had ended diplomatic relations with Taiwan. " +
            "The small Polynesian nation had been one of Taiwan's most loyal allies since the two established ties in 1979. " +
            "Prime Minister Feleti Teo said the decision was made after careful consideration. " +
            "\"We now recognise the government in Beijing as the sole legal government of China,\" he told reporters.", "2024-03-02");
        Assert.Equal(["taiwan + tuvalu 1979"], Establishments(f));
        Assert.Equal(["tuvalu government china 2024-03-02"], Recognitions(f));
        // nobody named: "he" is nobody's
        Assert.Empty(Recognitions(Extract("\"We now recognise the government in Beijing,\" he told reporters.", "2024-03-02")));
    }

    [Fact]
    public void Relations_without_a_partner_are_with_the_state_whose_relations_were_just_spoken_of()
    {
        var f = Extract(
            "The members of the Security Council took note of the decision by several States in the region to sever diplomatic relations with Qatar. " +
            "Saudi Arabia, Egypt, the United Arab Emirates and Bahrain announced on 5 June that they were cutting ties, and Yemen and the Maldives followed later that day. " +
            "Mauritania broke off relations on 7 June.", "2017-06-09");
        Assert.Equal(
            ["bahrain severs qatar 2017-06-05", "egypt severs qatar 2017-06-05", "maldives severs qatar 2017-06-05", "mauritania severs qatar 2017-06-07",
             "saudi-arabia severs qatar 2017-06-05", "united-arab-emirates severs qatar 2017-06-05", "yemen severs qatar 2017-06-05"],
            Severances(f));
        // two states with no partner spoken of break with each other; three or more name nobody
        Assert.Equal(["iran severs morocco 1980", "morocco severs iran 1980"], Severances(Extract("Iran and Morocco broke off relations in 1980.")));
        Assert.Empty(Severances(Extract("Saudi Arabia, Egypt and Bahrain broke off relations in 2017.")));
    }

    [Fact]
    public void Following_a_state_repeats_its_last_acts_and_did_so_repeats_the_follower()
    {
        var f = Extract(
            "Nicaragua recognised Abkhazia and South Ossetia on 5 September 2008. In response, Georgia broke off diplomatic relations with Nicaragua. " +
            "Venezuela followed Nicaragua a few days later, and Nauru did so in December 2009.");
        Assert.Equal(
            ["nauru state abkhazia 2009-12", "nauru state south-ossetia 2009-12", "nicaragua state abkhazia 2008-09-05", "nicaragua state south-ossetia 2008-09-05",
             "venezuela state abkhazia -", "venezuela state south-ossetia -"],
            Recognitions(f));
        Assert.Equal(["georgia severs nicaragua 2008"], Severances(f));
        // a state that did nothing the text reports is followed in nothing
        Assert.Empty(Recognitions(Extract("Venezuela followed Cuba in most things.")));
    }
}
