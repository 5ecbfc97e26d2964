//! Quote detection and attribution on short texts written for these tests.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

fn quotes(text: &str) -> Vec<(String, &'static str, Option<String>, Option<char>)> {
    kropka::analyze(text)
        .quotes
        .into_iter()
        .map(|q| {
            let sp = q.speaker.as_ref();
            (
                text[q.range].to_owned(),
                q.kind.as_str(),
                sp.map(|s| s.name.clone()),
                sp.and_then(|s| s.gender)
                    .map(|g| g.as_str().chars().next().unwrap()),
            )
        })
        .collect()
}

/// The speaker of the one quote in `text`, lower-cased.
fn only_speaker(text: &str) -> Option<String> {
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{text}: {q:?}");
    q.into_iter()
        .next()
        .and_then(|q| q.2)
        .map(|s| s.to_lowercase())
}

#[test]
fn direct_quote_with_attribution_after() {
    let q = quotes(
        "\"Nie podpiszemy tej umowy w obecnym kształcie\" - napisał Tomasz Nowicki w oświadczeniu.",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "Nie podpiszemy tej umowy w obecnym kształcie");
    assert_eq!(q[0].1, "direct");
    assert_eq!(q[0].2.as_deref(), Some("Tomasz Nowicki"));
    assert_eq!(q[0].3, Some('m'));
}

#[test]
fn dash_dialogue_broken_by_attribution_is_two_quotes() {
    let q = quotes("– Wiemy, gdzie mieszkają – wskazał Piotr Walczak. – I wkrótce ich znajdziemy.");
    let texts: Vec<&str> = q.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(
        texts,
        ["Wiemy, gdzie mieszkają", "I wkrótce ich znajdziemy"]
    );
    assert!(
        q.iter()
            .all(|x| x.1 == "dash" && x.2.as_deref() == Some("Piotr Walczak"))
    );
}

#[test]
fn a_continuation_with_an_attribution_of_its_own_ends_there() {
    let q = quotes(
        "– Nie pójdziemy – mówi Anna Wrona, sołtyska. – Nie mamy auta. Pada deszcz – dodaje Anna Wrona.\n\nWybory odbędą się w niedzielę.",
    );
    let texts: Vec<&str> = q.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(texts, ["Nie pójdziemy", "Nie mamy auta. Pada deszcz"]);
    assert!(q.iter().all(|x| x.2.as_deref() == Some("Anna Wrona")));
}

#[test]
fn speech_goes_on_in_the_first_person_after_the_attribution() {
    let text = "– Jestem zadowolony – odpowiada prezes. Mówiłem o naszych długach. Wie o nich.\n\nKlub gra w niedzielę.";
    let q = quotes(text);
    let texts: Vec<&str> = q.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(
        texts,
        ["Jestem zadowolony", "Mówiłem o naszych długach. Wie o nich"]
    );
    // In the third person the paragraph goes on as narration.
    let q = quotes("– Jestem zadowolony – odpowiada prezes. Klub ma długi.\n\nGra w niedzielę.");
    assert_eq!(q.len(), 1);
    // Without line breaks there is no paragraph to go by.
    let q =
        quotes("– Jestem zadowolony – odpowiada prezes. Mówiłem o długach. Klub gra w niedzielę.");
    assert_eq!(q.len(), 1);
}

#[test]
fn indirect_and_mixed_speech() {
    let q = quotes(
        "Minister Anna Zielińska stwierdziła, że rozmowy były \"bardzo trudne\". Zdaniem Zielińskiej porozumienie jest blisko.",
    );
    assert_eq!(q[0].1, "mixed");
    assert_eq!(q[0].0, "rozmowy były \"bardzo trudne\"");
    assert_eq!(q[0].2.as_deref(), Some("Anna Zielińska"));
    assert_eq!(q[0].3, Some('f'));
    assert_eq!(q[1].1, "indirect");
    assert_eq!(q[1].0, "porozumienie jest blisko");
    assert_eq!(
        q[1].2.as_deref(),
        Some("Anna Zielińska"),
        "the genitive mention resolves to the full name"
    );
}

#[test]
fn a_woman_speaking_after_a_man_is_found_by_the_verb_gender() {
    let q = quotes(
        "Na spotkanie przyszli Marek Lis i Ewa Sowa. \
         – Nie zgadzam się z tym – powiedziała po chwili.",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].2.as_deref(), Some("Ewa Sowa"));
    let q = quotes(
        "Na spotkanie przyszli Ewa Sowa i Marek Lis. \
         – Nie zgadzam się z tym – powiedział po chwili.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Marek Lis"));
}

#[test]
fn descriptor_resolves_to_the_person_named_before() {
    let q = quotes(
        "Wczoraj do Gdańska przyjechał Jan Kowal. \
         \"To ważny dzień dla miasta\" - powiedział minister finansów.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowal"));
}

#[test]
fn titles_and_scare_quotes_are_not_quotes() {
    assert!(quotes("Film \"Pan Tadeusz\" obejrzało milion widzów.").is_empty());
    assert!(quotes("Nazwał to \"reformą\" i wyszedł.").is_empty());
}

#[test]
fn subjectless_verb_takes_the_previous_speaker() {
    let q = quotes(
        "Jan Kowal stwierdził, że projekt jest gotowy. \
         – Zaczynamy budowę w maju – zapewnił.",
    );
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].1, "dash");
    assert_eq!(q[1].2.as_deref(), Some("Jan Kowal"));
}

/// The example of the README.
#[test]
fn readme_example() {
    let text = "– Wiemy, gdzie mieszkają – powiedział Donald Trump. \
                Zdaniem Trumpa rozmowa z Nicolasem Maduro była \"serdeczna\".";
    let doc = kropka::analyze(text);
    let people: Vec<&str> = doc.entities.iter().map(|e| e.lemma.as_str()).collect();
    assert_eq!(people, ["Donald Trump", "Trump", "Nicolas Maduro"]);
    assert_eq!(doc.entities[0].cluster, doc.entities[1].cluster);
    let q = &doc.quotes[0];
    assert_eq!(
        (&text[q.range.clone()], q.kind),
        ("Wiemy, gdzie mieszkają", kropka::QuoteKind::Dash)
    );
    assert_eq!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Donald Trump")
    );
    assert_eq!(doc.quotes[1].kind, kropka::QuoteKind::Mixed);
    assert_eq!(
        doc.quotes[1].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Donald Trump")
    );
}

#[test]
fn interview_questions_are_the_papers_and_answers_the_interviewees() {
    let q = quotes(
        "Rozmawiamy z burmistrzem Adamem Lisem.\n\n\
         – Kiedy ruszy budowa?\n\n\
         – Wiosną. Pieniądze już są – odpowiada Adam Lis.\n\n\
         – A co z mieszkańcami?\n\n\
         – Spotkamy się z nimi w maju.",
    );
    let who: Vec<Option<&str>> = q.iter().map(|x| x.2.as_deref()).collect();
    assert_eq!(
        who,
        [
            Some("redakcja"),
            Some("Adam Lis"),
            Some("redakcja"),
            Some("Adam Lis")
        ]
    );
}

#[test]
fn a_passer_by_is_a_speaker_of_their_own() {
    let q = quotes(
        "Ulicę otworzył prezydent Jan Kowal.\n\n\
         – Wreszcie można tu spokojnie przejść – mówi starsza pani.",
    );
    assert_eq!(q[0].2.as_deref(), Some("starsza pani"));
}

#[test]
fn only_third_person_affirmative_cues_report_speech() {
    // Infinitive, imperative, 1st person, negation, denial: not reports.
    for text in [
        "Jan Kowal nie chciał powiedzieć, że projekt upadł.",
        "Przypomnijmy, że budowa trwa od roku.",
        "Tak to wygląda i uważam, że to dobry pomysł.",
        "Nic nie wskazuje na to, że ceny wkrótce spadną.",
        "Minister zdementował pogłoski, iż poda się do dymisji.",
    ] {
        assert!(quotes(text).is_empty(), "{text}");
    }
    // Third person present and past still do.
    let q = quotes("Anna Nowak twierdzi, że ceny wkrótce spadną.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].2.as_deref(), Some("Anna Nowak"));
    let q = quotes("Jak poinformowano, ceny wkrótce spadną.");
    assert_eq!(q.len(), 1);
}

#[test]
fn a_misspelt_surname_is_the_person_named_before() {
    let q = quotes(
        "Do Warszawy przyjechał prezydent Niemiec Horst Kohlmann. \
         Kohlman podkreślił, że rozmowy były owocne.",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].2.as_deref(), Some("Horst Kohlmann"));
    // A woman of the same family is someone else.
    let q = quotes(
        "Marek Borowski stwierdził, że rozmowy były owocne. \
         Borowska dodała, że rozmowy były trudne.",
    );
    assert_eq!(q[1].2.as_deref(), Some("Borowska"));
}

#[test]
fn a_title_resolves_to_the_person_introduced_with_it() {
    // Not the pope, who is only talked about inside the quotes.
    let q = quotes(
        "Jak powiedział prezydent Jan Kowal, do Polski przyjedzie papież Pius. \
         \"Pamiętamy, co mówił Pius w Krakowie\" - ocenił prezydent.",
    );
    assert_eq!(q[1].2.as_deref(), Some("Jan Kowal"));
    // Not the most recent person.
    let q = quotes(
        "Na konferencji byli wicepremier Piotr Lis, kandydat na prezydenta Jan Kowal i Adam Nowak. \
         \"Nie zgadzamy się na takie zmiany\" - powiedział wicepremier.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Piotr Lis"));
}

#[test]
fn a_role_in_an_organisation_is_a_person_and_an_institution_speaks_for_itself() {
    let q = quotes(
        "Prezes PKP Jan Kowal odwiedził Gdańsk. Rozmawiał z Adamem Lisem. \
         Prezes PKP przyznał, że pociągi się spóźniają.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowal"));
    let q = quotes(
        "Minister Jan Kowal zapowiedział zmiany w ustawie. \
         Wcześniej serwis poinformował, że rząd przygotowuje nową ustawę.",
    );
    assert_eq!(q[0].2.as_deref(), Some("serwis"));
}

#[test]
fn the_subject_may_stand_several_words_after_the_cue() {
    let q = quotes(
        "Na sali był Adam Nowak. \
         \"Nie zgadzamy się na takie zmiany\" - powiedział w wywiadzie dla radia poseł Jan Kowal.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowal"));
}

#[test]
fn a_passer_by_just_introduced_by_name_is_that_person() {
    let q = quotes(
        "Ulicę otworzył prezydent Jan Kowal. Tego samego zdania jest Halina Nowak, która mieszka obok.\n\n\
         – Nikt nas nie pytał – mówi kobieta.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Halina Nowak"));
}

#[test]
fn speech_closed_by_an_attribution_dash_without_an_opening_dash() {
    let q = quotes(
        "Lech Nowak przyjechał wczoraj do Gdańska. \
         Rok był trudny. Myślę, że wyszliśmy z kryzysu- powiedział Nowak, pytany o wyniki.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    // The narrated sentence is not part of the speech; the nested `że`
    // clause is not a quote of its own.
    assert_eq!(q[0].0, "Rok był trudny. Myślę, że wyszliśmy z kryzysu");
    assert_eq!(q[0].1, "dash");
    assert_eq!(q[0].2.as_deref(), Some("Lech Nowak"));
    // `- jak powiedział -` is a parenthetical, not the end of speech.
    assert!(
        quotes("Budowa - jak powiedział wczoraj - potrwa rok.")
            .iter()
            .all(|x| x.1 != "dash")
    );
}

#[test]
fn frames_with_a_pronoun_or_a_group_argument() {
    // The pronoun's gender picks the person, not the most recent one.
    let q = quotes(
        "Anna Nowak rozmawiała z Janem Kowalem o budżecie. \
         Według niej rząd popełnił poważny błąd.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Anna Nowak"));
    let q = quotes(
        "Jan Kowal rozmawiał z Anną Nowak o budżecie. Jego zdaniem rząd popełnił poważny błąd.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowal"));
    // A group in the genitive speaks in the nominative plural.
    let q = quotes("Według organizatorów, w marszu wzięło udział tysiąc osób.");
    assert_eq!(q[0].2.as_deref(), Some("organizatorzy"));
    // Figures are not speech.
    assert!(quotes("Według szacunków policji w marszu wzięło udział tysiąc osób.").is_empty());
}

#[test]
fn a_name_before_the_verb_is_the_subject_not_a_name_after_it() {
    let q =
        quotes("Poseł Jan Kowal stwierdził we wtorek agencji Reuters, że rząd wkrótce upadnie.");
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowal"));
}

#[test]
fn a_longer_adjunct_between_the_verb_and_its_clause() {
    let q = quotes("Jan Kowal podkreślił w środę w \"Radiu Gdańsk\", że rozmowy były owocne.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "rozmowy były owocne");
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowal"));
    // Not across a subordinate clause.
    assert!(quotes("Jan Kowal mówił o tym długo, bo wiedział, że rozmowy były trudne.").is_empty());
}

#[test]
fn a_coordinated_report_is_a_second_quote_of_the_same_speaker() {
    let q = quotes(
        "Jan Kowal dodał, że liczy na porozumienie, a także ma nadzieję, że rozmowy wkrótce się zakończą.",
    );
    let got: Vec<(&str, Option<&str>)> = q.iter().map(|x| (x.0.as_str(), x.2.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("liczy na porozumienie", Some("Jan Kowal")),
            ("rozmowy wkrótce się zakończą", Some("Jan Kowal"))
        ]
    );
    // A clause with a subject of its own stays inside the report.
    let q = quotes("Jan Kowal dodał, że rząd upadnie i wszyscy wiedzą, że to koniec.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "rząd upadnie i wszyscy wiedzą, że to koniec");
}

#[test]
fn a_quoted_sentence_after_a_colon_is_a_direct_quote() {
    let q =
        quotes("Jan Kowal sądzi, że reforma zaszkodzi gospodarce: \"To się nikomu nie opłaci\".");
    let got: Vec<(&str, &str, Option<&str>)> = q
        .iter()
        .map(|x| (x.0.as_str(), x.1, x.2.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "reforma zaszkodzi gospodarce",
                "indirect",
                Some("Jan Kowal")
            ),
            ("To się nikomu nie opłaci", "direct", Some("Jan Kowal"))
        ]
    );
}

#[test]
fn a_participle_in_the_attribution_reports_more() {
    let q = quotes(
        "– \"Nie podejmujemy takich decyzji\" – zaznaczył premier Jan Kowal, \
         dodając jednocześnie, że rozmowy trwają.",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].0, "rozmowy trwają");
    assert!(q.iter().all(|x| x.2.as_deref() == Some("Jan Kowal")));
}

#[test]
fn a_question_in_the_first_person_plural_is_the_papers() {
    // Not the person asked.
    let q = quotes("– Czy budowa ruszy wiosną? – pytamy burmistrza Adama Lisa.");
    assert_eq!(q[0].2.as_deref(), Some("redakcja"));
}

#[test]
fn unopened_speech_stops_at_an_earlier_attribution_and_resumes_after_one() {
    let q = quotes(
        "Nowy park jest potrzebny - mówi Jan Kowal z rady miasta. \
         W tym roku posadzimy sto drzew - dodaje.",
    );
    let texts: Vec<&str> = q.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(
        texts,
        ["Nowy park jest potrzebny", "W tym roku posadzimy sto drzew"]
    );
    assert!(q.iter().all(|x| x.2.as_deref() == Some("Jan Kowal")));
    let q = quotes("Na co dzień - twierdzi Jan Kowal - ulica jest pusta.");
    let texts: Vec<&str> = q.iter().map(|x| x.0.as_str()).collect();
    assert_eq!(texts, ["Na co dzień", "ulica jest pusta"]);
    // Not attributions: a clause going on after the dash, a report of its own.
    assert!(
        quotes("Jest granica, gdzie kończy się spór - a zaczyna zwykła złośliwość.").is_empty()
    );
    let q =
        quotes("Jan Kowal chce, by budowa trwała dwa lata - deklaruje, że będzie tego pilnował.");
    assert!(q.iter().all(|x| x.1 != "dash"), "{q:?}");
}

#[test]
fn a_prepositional_phrase_before_the_verb_is_not_its_subject() {
    let q = quotes(
        "Jan Kowal zadzwonił do urzędu. Do słuchawki powiedział, że wszystko jest w porządku.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowal"));
}

#[test]
fn a_plural_verb_does_not_refer_back_to_one_person() {
    let q = quotes(
        "Polskie władze nie chcą, by szefem sojuszu został Jan Kowal. \
         Uważają, że lepszy będzie Adam Nowak.",
    );
    assert_eq!(q[0].2.as_deref(), Some("polskie władze"));
    let q = quotes(
        "Na spotkaniu był Jan Kowal. \
         Również szefowie rolniczych związków zawodowych uważają, że rząd popełnił błąd.",
    );
    assert_eq!(
        q[0].2.as_deref(),
        Some("szefowie rolniczych związków zawodowych")
    );
    let q = quotes("Na spotkaniu był Jan Kowal. – Nie zgadzamy się na to – stwierdzili.");
    assert_eq!(q[0].2, None);
    // A person descriptor is not the group that spoke before.
    let q = quotes(
        "Dziewczyny spotkały się w programie. Zapowiedziały, że nie chcą go więcej znać. \
         Teraz ich były chłopak powiedział, że pogodził się z jedną z nich.",
    );
    assert_eq!(q[0].2.as_deref(), Some("dziewczyny"));
    assert_eq!(q[1].2.as_deref(), Some("były chłopak"));
}

#[test]
fn someone_talked_about_in_a_quote_is_an_antecedent_only_when_nobody_else_is() {
    let q = quotes(
        "Policja poinformowała, że zatrzymała Jana Kowala. – Nie jestem winny – powiedział.",
    );
    assert_eq!(q[1].2.as_deref(), Some("Jan Kowal"));
}

/// An interview laid out as dash paragraphs: the questions, and the remark
/// on the questions' side of the alternation, are the paper's; the answers
/// the interviewee's, unnamed here.
#[test]
fn interview_turns_alternate() {
    let text = "– Czy szkolenia dla urzędników są potrzebne?\n\n\
                – Są. Przepisy zmieniają się co roku, a ludzie nie nadążają.\n\n\
                – Zmiany wprowadza przecież ustawa...\n\n\
                – Ustawa to jedno, a praktyka urzędów to drugie.\n\n\
                – A co z kosztami?\n\n\
                – Pokryje je budżet gminy.";
    let q = quotes(text);
    let speakers: Vec<Option<&str>> = q.iter().map(|x| x.2.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("redakcja"),
            Some("rozmówca"),
            Some("redakcja"),
            Some("rozmówca"),
            Some("redakcja"),
            Some("rozmówca")
        ]
    );
}

/// A person named before the interview answers its questions.
#[test]
fn a_named_interviewee_answers() {
    let text = "Z Marią Zielińską, dyrektorką szkoły, rozmawiał Jan Lis. Zielińska powiedziała, że rok był trudny.\n\n\
                – Czy uczniowie wrócą we wrześniu?\n\n\
                – Wrócą, jeśli remont skończy się na czas.\n\n\
                – A jeśli nie?\n\n\
                – Wtedy lekcje odbędą się w domu kultury.";
    let q = quotes(text);
    let answers: Vec<Option<&str>> = q
        .iter()
        .filter(|x| x.1 == "dash" && !x.0.ends_with('?'))
        .map(|x| x.2.as_deref())
        .collect();
    assert_eq!(answers, [Some("Maria Zielińska"), Some("Maria Zielińska")]);
}

#[test]
fn a_surname_that_spells_an_adjective_speaks_as_the_person() {
    // `Kowalski` is also an adjective (of `kowal`): opening a sentence it is
    // still the surname, and a speaker in its own spelling.
    let q = quotes("Jan Kowalski był na meczu. Kowalski dodał, że drużyna zagrała słabo.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowalski"), "{q:?}");
    let q = quotes("Kowalski dodał, że drużyna zagrała słabo.");
    assert_eq!(q[0].2.as_deref(), Some("Kowalski"), "{q:?}");
    let got = kropka::analyze("Jan Kowalski był na meczu. Kowalski dodał, że było źle.");
    assert_eq!(
        got.entities
            .iter()
            .filter(|e| e.label == kropka::Label::Per)
            .count(),
        2,
        "{:?}",
        got.entities
    );
}

#[test]
fn a_quote_in_marks_is_attributed_by_shape_and_by_tak() {
    // A verb nobody listed as a verb of saying, by its past-tense shape
    // after the dash.
    let q = quotes("„Nie pozwolimy na to nigdy” – grzmiał Jan Nowak.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Nowak"));
    assert_eq!(q[0].3, Some('m'));
    // A noun that ends like a verb is no attribution.
    assert!(quotes("„Nie pozwolimy na to nigdy” – szkoła Jana Nowaka.").is_empty());
    // `tak` opens the attribution, in the same sentence or the next.
    for text in [
        "„Nie pozwolimy na to nigdy” – tak decyzję sądu skomentowała Anna Wiśniewska.",
        "„Nie pozwolimy na to nigdy”. Tak sytuację ocenia Anna Wiśniewska.",
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].2.as_deref(), Some("Anna Wiśniewska"), "{text}");
        assert_eq!(q[0].3, Some('f'), "{text}");
    }
    // Two words of speech with their verb are a quote; two capitalised
    // words are a title.
    assert_eq!(quotes("„To skandal” – powiedział Jan Nowak.").len(), 1);
    assert!(quotes("„Gazeta Wyborcza” – powiedział Jan Nowak.").is_empty());
}

#[test]
fn a_dialogue_tag_is_a_shape() {
    // Verbs that are not verbs of saying tag a dash quote by their shape.
    let q = quotes("– Nie wiem, co będzie dalej – grzmiał poseł Jan Nowak.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Nie wiem, co będzie dalej");
    assert_eq!(q[0].2.as_deref(), Some("Jan Nowak"));
    let q = quotes("– Nie wiem, co będzie dalej – zachmurzyła się Anna Nowak.");
    assert_eq!(q[0].0, "Nie wiem, co będzie dalej");
    assert_eq!(q[0].3, Some('f'));
    // Auxiliaries, neuter verbs and a 1st-person ending written apart tag no one.
    for text in [
        "– Nie wiem, co będzie dalej – zabrakło mi słów.",
        "– Nie wiem, co będzie dalej – został em sam.",
        "– Nie wiem, co będzie dalej – był to koniec.",
    ] {
        let q = quotes(text);
        assert!(
            q.iter().all(|q| q.0.ends_with('.') || q.0.contains(" – ")),
            "{text}: {q:?}"
        );
    }
}

#[test]
fn speech_in_marks_standing_alone_is_the_previous_subjects() {
    let q = quotes(
        "Minister zdrowia Jan Nowak nie ma złudzeń. „System jest niewydolny. Trzeba go zmienić”.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "System jest niewydolny. Trzeba go zmienić");
    assert_eq!(q[0].2.as_deref(), Some("Jan Nowak"));
    // With no person before it, a sentence in marks is a slogan or a title.
    assert!(quotes("Na transparentach było widać hasła. „Precz z rządem złodziei”.").is_empty());
    // The quote must stand alone: words after it make it part of a sentence.
    assert!(quotes("Jan Nowak był tam. „Precz z rządem złodziei” stało na murze.").is_empty());
    // The subject of the main clause, not a name in what it reports.
    let q =
        quotes("Jan Nowak dowiedział się, że Anna Wiśniewska zmarła. „Nie mogę w to uwierzyć”.");
    assert_eq!(q[0].2.as_deref(), Some("Jan Nowak"), "{q:?}");
}

#[test]
fn a_name_or_a_title_before_a_colon_labels_the_speech() {
    let q = quotes("Rzecznik rządu Anna Nowak (PSL): „Nie będzie podwyżek w tym roku”.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Anna Nowak"));
    let q = quotes("Premier: „Nie będzie podwyżek w tym roku”.");
    assert_eq!(q[0].2.as_deref(), Some("premier"));
    // A label that names no one is no speaker.
    assert!(quotes("Wynik meczu: „Legia wygrała trzy do zera”.").is_empty());
    assert!(quotes("Uwaga: „Nie będzie podwyżek w tym roku” to hasło.").is_empty());
    // Nor is a phrase with a preposition or a conjunction in it.
    assert!(quotes("Wspólna Wielkanoc przy stole i słowa: „Jestem z ciebie dumny”.").is_empty());
}

#[test]
fn a_descriptor_subject_after_an_adjunct() {
    let q = quotes("– Zagraliśmy dziś bardzo słabo – przyznał po meczu szkoleniowiec Warty.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("szkoleniowiec Warty"));
    let q = quotes("– Nie mamy na to pieniędzy – mówi w rozmowie z nami rzeczniczka ratusza.");
    assert_eq!(q[0].2.as_deref(), Some("rzeczniczka ratusza"));
}

#[test]
fn an_adjunct_may_stand_between_the_verb_and_the_colon() {
    let q = quotes("Minister Jan Nowak przyznał w rozmowie z RMF FM: „Nie wiem, co będzie”.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Nowak"));
    // Further than eight words from its verb, a colon opens something else.
    let q = quotes(
        "Pewien człowiek zawołał z całych sił głośno do ludzi tam stojących: „Nie wiem, co będzie”.",
    );
    assert!(q.iter().all(|q| q.0 != "Nie wiem, co będzie"), "{q:?}");
}

#[test]
fn a_dash_line_of_only_a_tag_attributes_the_line_before() {
    let q = quotes(
        "Senator Jan Nowak przemawiał w Berlinie. – Ameryka nie ma lepszego partnera niż \
         Europa. – przekonywał zgromadzonych pod Bramą Brandenburską. Nowak odniósł się \
         też do Iranu.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Ameryka nie ma lepszego partnera niż Europa");
    // The tag's prepositional phrase names no speaker.
    assert_eq!(q[0].2.as_deref(), Some("Jan Nowak"), "{q:?}");
}

#[test]
fn an_object_after_the_verb_is_not_its_subject() {
    let q = quotes(
        "– Jestem oburzony – mówił reporterowi \"Gazety Wyborczej\" jeden z uczestników protestu.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("jeden z uczestników protestu"));
    let q = quotes("– Nie mamy pieniędzy – powiedziała nam rzeczniczka ratusza.");
    assert_eq!(q[0].2.as_deref(), Some("rzeczniczka ratusza"));
}

#[test]
fn a_name_in_apposition_to_the_descriptor_is_the_speaker() {
    let q = quotes(
        "\"Będziemy kontynuowali nacisk\" - zapowiedział wicemarszałek Sejmu, Jan Kowalewski z PO.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowalewski"));
}

#[test]
fn a_plural_pronoun_frame_takes_the_plural_subject_before_it() {
    let q = quotes(
        "Jan Nowak przyszedł na obrady. W czasie obrad związkowcy opuścili spotkanie. \
         Według nich negocjacje trójstronne to fikcja.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    // Not the man named before: `nich` is plural.
    assert_eq!(q[0].2.as_deref(), Some("związkowcy"));
}

#[test]
fn a_frame_with_a_person_noun_in_the_genitive_and_no_comma() {
    let q = quotes(
        "– Rozmawiałem z inwestorami – mówił minister skarbu Jan Grabowiecki. Zdaniem \
         ministra w ciągu kilku dni powinna pojawić się odpowiedź Komisji.",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(
        q[1].0,
        "w ciągu kilku dni powinna pojawić się odpowiedź Komisji"
    );
    assert_eq!(q[1].2.as_deref(), Some("Jan Grabowiecki"));
    // Unnamed, the person is given in the nominative.
    let q = quotes("Zdaniem ministra zdrowia reforma jest potrzebna.");
    assert_eq!(q[0].0, "reforma jest potrzebna", "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("minister zdrowia"));
    // A source that is no person is not a frame without its comma.
    assert!(quotes("Według danych urzędu inflacja spadnie.").is_empty());
}

#[test]
fn a_report_coordinated_with_a_new_subject_is_that_subjects() {
    let q = quotes(
        "Marszałek Jan Kowalewski uznał, że prezydent powinien pojechać do Moskwy, a Tomasz \
         Nowicki z SdPl uważa, że prezydent powinien się naradzić z sojusznikami.",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "prezydent powinien pojechać do Moskwy");
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowalewski"));
    assert_eq!(q[1].2.as_deref(), Some("Tomasz Nowicki"));
}

#[test]
fn a_speech_verb_after_a_comma_starts_a_report_of_its_own() {
    let q = quotes(
        "Przewodniczący Tadeusz Nowicki był obecny. Związkowcy zauważyli, że nie było \
         przedstawiciela rządu, dodał że chodzi mu o nieobecność wicepremiera.",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "nie było przedstawiciela rządu");
    // `dodał` is singular and masculine: not the union members.
    assert_eq!(q[1].2.as_deref(), Some("Tadeusz Nowicki"));
}

#[test]
fn a_dash_after_the_colon_of_a_speech_verb_opens_speech() {
    let q = quotes("Jan Nowak zakończył, mówiąc: – Nie uważam tego za faux pas.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Nie uważam tego za faux pas");
    assert_eq!(q[0].2.as_deref(), Some("Jan Nowak"));
    // With quote marks after the dash.
    let q = quotes(
        "Minister Paweł Wyrwicz chciał przeprosić. W RMF FM powiedział: - \"Nie uważam tego \
         za faux pas. Myślę, że to kwestia nastroju\".",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Paweł Wyrwicz"));
    // A colon and a dash without a speech verb open no speech.
    assert!(quotes("Wynik jest znany: – Legia wygrała trzy do zera.").is_empty());
}

#[test]
fn tak_opens_the_attribution_of_speech_whose_dash_was_lost() {
    let q = quotes(
        "Ziobro wyszedł z sali. Minister się skompromitował - tak poseł Jan Wolski ocenił \
         pracę ministra.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Minister się skompromitował");
    assert_eq!(q[0].2.as_deref(), Some("Jan Wolski"));
}

#[test]
fn a_relative_clause_between_dashes_is_no_attribution() {
    let q = quotes(
        "Prezydent USA powtórzył również, że wycofanie wojsk z Iraku - czego domagają się \
         Demokraci - byłoby ogromnym błędem.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.starts_with("wycofanie wojsk z Iraku"), "{q:?}");
}

#[test]
fn a_person_ending_written_apart_is_no_descriptor() {
    // NKJP writes `powiedziałem` as `powiedział em`.
    let q = quotes("– Wyjaśnij mi tylko jedno – powiedział em kładąc palec na ustach.");
    assert!(
        q.iter()
            .all(|q| q.2.as_deref().is_none_or(|s| !s.starts_with("em"))),
        "{q:?}"
    );
}

#[test]
fn attributions_after_a_quote_that_are_no_speech_verb_beside_it() {
    let q = quotes(
        "Premier zabrał głos. „Nie będzie podwyżek podatków w tym roku”. Tak Jan Wolski \
         skomentował decyzję rządu.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Wolski"));
    let q = quotes("„Nie będzie podwyżek podatków w tym roku” – to słowa premiera Jana Wolskiego.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Wolski"));
    let q =
        quotes("„Nie będzie podwyżek podatków w tym roku” – czytamy w komunikacie ministerstwa.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("ministerstwo"));
}

#[test]
fn a_dash_line_takes_the_person_of_the_sentence_that_introduces_it() {
    let q = quotes("Jan Wolski nie ma wątpliwości. – Nie będzie podwyżek podatków w tym roku.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Wolski"));
    let q = quotes("Jan Wolski nie ma wątpliwości: – Nie będzie podwyżek podatków w tym roku.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Wolski"));
    // With no person in the introduction, the previous speaker goes on.
    let q = quotes(
        "– Podatki wzrosną – powiedziała Anna Nowak. Sytuacja jest trudna. – Nie mamy \
         wyjścia.",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].2.as_deref(), Some("Anna Nowak"));
}

#[test]
fn speech_after_the_colon_of_a_speech_verb_without_marks() {
    let q = quotes("Anna Wolska napisała na Facebooku: Nie będzie podwyżek podatków w tym roku.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "Nie będzie podwyżek podatków w tym roku");
    assert_eq!(q[0].2.as_deref(), Some("Anna Wolska"));
    // A list after the colon is no speech.
    assert!(quotes("Minister wymienił trzy nazwiska: Kowalski, Nowak i Lis.").is_empty());
}

#[test]
fn a_headline_label_and_a_colon_without_marks() {
    let q = quotes("Premier: nie będzie podwyżek podatków w tym roku.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "nie będzie podwyżek podatków w tym roku");
    assert_eq!(q[0].2.as_deref(), Some("premier"));
    let q = quotes("J. Kaniewski: To jest, proszę pań, jak w tenisie.");
    assert_eq!(q[0].2.as_deref(), Some("J. Kaniewski"), "{q:?}");
    // A label with no clause after it is no speech.
    assert!(quotes("Jan Kowalski: urodzony w 1950 roku w Krakowie.").is_empty());
}

#[test]
fn described_speakers_carry_on_and_bodies_speak_after_an_adjunct() {
    // A dropped subject right after a described speaker is that speaker.
    let q =
        quotes("„Wybory odbędą się w maju” – ogłosił premier. „Nie ma innej możliwości” – dodał.");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].2.as_deref(), Some("premier"));
    // A body whose gender the verb shows, after an adjunct.
    let q = quotes("Jak poinformowała w komunikacie prokuratura, śledztwo zostało umorzone.");
    assert_eq!(q[0].2.as_deref(), Some("prokuratura"), "{q:?}");
    // An apposition set off by commas belongs to the frame's argument.
    let q = quotes("Według Anny Wolskiej, rzeczniczki ratusza, remont potrwa do maja.");
    assert_eq!(q[0].0, "remont potrwa do maja", "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Anna Wolska"));
}

#[test]
fn a_person_named_only_in_a_link_line_is_nobody_the_article_quotes() {
    let q = quotes(
        "Czytaj też: Jan Nowak o podwyżkach\n\nAnna Wolska była w Sejmie.\n\n\
         „Nie będzie podwyżek w tym roku” – powiedział minister.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("minister"));
}

#[test]
fn a_title_in_marks_inside_the_adjunct_does_not_hide_the_subject() {
    let q = quotes("„Nie wystartuję w wyborach” – zapowiada w rozmowie z „Faktem” Jan Wolski.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Wolski"));
}

#[test]
fn a_participle_after_lost_dash_speech_reports_the_same_speaker() {
    let q = quotes(
        "To nie był wypadek- mówił Wolski, dodając, że laptop ktoś celowo uszkodził młotkiem.",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].0, "laptop ktoś celowo uszkodził młotkiem");
    assert_eq!(q[1].2.as_deref(), Some("Wolski"));
}

#[test]
fn an_infinitive_of_saying_after_a_modal_reports_speech() {
    let q = quotes("Anna Wolska chciała podkreślić, że reforma szkół się udała.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Anna Wolska"));
    // Negated, it reports nothing; `miał` may tell a purpose, not speech.
    assert!(quotes("Jan Wolski nie chciał powiedzieć, że reforma się nie udała.").is_empty());
    assert!(quotes("Parada miała przypominać, że prawa człowieka są uniwersalne.").is_empty());
}

#[test]
fn the_subject_after_an_opening_adjunct_is_the_speaker() {
    // A person noun with its modifiers, past the adjunct.
    let q = quotes(
        "Wczoraj na konferencji prasowej w Gdańsku rzecznik wojewody powiedział, że \
         most zostanie otwarty w maju.",
    );
    assert_eq!(q[0].2.as_deref(), Some("rzecznik wojewody"), "{q:?}");
    // An organisation in apposition to `firma`, not one that ends an
    // oblique phrase.
    let q = quotes(
        "Polski dystrybutor gry, firma Cenega Poland, oznajmił, że premiera zostanie opóźniona.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Cenega Poland"), "{q:?}");
    let q = quotes(
        "W trakcie prawyborów polityk UPR powiedział, że dzieci przejmują schorzenia kolegów.",
    );
    assert_eq!(q[0].2.as_deref(), Some("polityk UPR"), "{q:?}");
}

#[test]
fn an_impersonal_verb_of_saying_reports_no_one() {
    assert!(quotes("Szacuje się, że w mieście mieszka ponad sto tysięcy osób.").is_empty());
    assert!(quotes("Mówiło się, że minister wkrótce odejdzie z rządu.").is_empty());
    // The same verb with a subject reports.
    let q = quotes("Minister mówi, że wkrótce odejdzie z rządu.");
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn speech_resumes_after_a_dash_glued_to_the_verb() {
    // Text converted from wiki markup glues the dash to the word before it.
    let q = quotes(
        "Jan Wolski mówił o wojnie. Decyzje o wycofaniu wojsk- powiedział- będą \
         podejmowane przez dowódców, a nie przez polityków.",
    );
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "Decyzje o wycofaniu wojsk");
    assert_eq!(
        q[1].0,
        "będą podejmowane przez dowódców, a nie przez polityków"
    );
    assert_eq!(q[1].2.as_deref(), Some("Jan Wolski"));
    // A hyphenated surname after the verb resumes nothing.
    let q = quotes("Decyzje o wycofaniu wojsk zapadną - powiedział Korwin- Mikke.");
    assert_eq!(q.len(), 1, "{q:?}");
}

#[test]
fn an_abbreviation_inside_a_descriptor_or_before_a_name_ends_nothing() {
    let q = quotes("Zmiany klimatu są coraz wyraźniejsze - twierdzi prof. Wrzosek.");
    assert_eq!(q[0].2.as_deref(), Some("Wrzosek"), "{q:?}");
    let q = quotes("Zdaniem dr. Jana Wrzoska, członka zarządu, system będzie zagrożony.");
    assert_eq!(q[0].2.as_deref(), Some("Jan Wrzosek"), "{q:?}");
    let q = quotes("Ulice będą wkrótce czystsze - poinformował szef Komitetu ds. Transportu.");
    assert_eq!(
        q[0].2.as_deref(),
        Some("szef Komitetu ds. Transportu"),
        "{q:?}"
    );
}

#[test]
fn an_adverb_after_the_subject_is_no_part_of_the_speaker() {
    let q = quotes("Policja wciąż uważa, że bandycie nie udało się opuścić województwa.");
    assert_eq!(q[0].2.as_deref(), Some("policja"), "{q:?}");
}

#[test]
fn a_title_in_marks_between_a_frame_and_its_name_is_passed_over() {
    let q = quotes(
        "Zdaniem dziennikarza \"Wiadomości\" Piotra Wrzoska, członka ekipy, napad miał \
         charakter rabunkowy.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Piotr Wrzosek"), "{q:?}");
}

#[test]
fn an_abbreviated_rank_before_a_name_keeps_the_person_an_antecedent() {
    let q = quotes(
        "Rzecznik ministerstwa, ppłk Jan Wrzosek, wydał komunikat. Poinformował w nim, że \
         wartownik zauważył zerwane plomby.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Jan Wrzosek"), "{q:?}");
}

#[test]
fn a_first_person_line_before_anyone_speaks_is_the_latest_person_of_its_gender() {
    let q = quotes(
        "Jan Wrzosek poprosił ministra o nadzór nad śledztwem. Sprawdza ono, czy dokumenty \
         sfałszowano.\n\n- Do tej pory nie starałem się niczego wyjaśniać.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Wrzosek"));
    // A woman's verbs do not make it his.
    let q = quotes(
        "Jan Wrzosek poprosił ministra o nadzór nad śledztwem.\n\n- Nie starałam się niczego \
         wyjaśniać.",
    );
    assert_eq!(q[0].2, None, "{q:?}");
}

#[test]
fn a_body_after_an_opening_adjunct_speaks_when_the_verb_agrees() {
    let q = quotes("Wezwana na miejsce żandarmeria wojskowa stwierdziła, że skrzynki są puste.");
    assert_eq!(q[0].2.as_deref(), Some("żandarmeria wojskowa"), "{q:?}");
}

#[test]
fn a_quantity_of_people_is_a_speaker() {
    let q = quotes("Immunitet poselski nie powinien istnieć - uważa 57 proc. społeczeństwa.");
    assert_eq!(q[0].2.as_deref(), Some("57 proc. społeczeństwa"), "{q:?}");
    let q = quotes("Aż 30 proc. respondentów zadeklarowało, że nie pójdzie na wybory.");
    assert_eq!(q[0].2.as_deref(), Some("30 proc. respondentów"), "{q:?}");
}

#[test]
fn being_of_the_opinion_reports_an_opinion() {
    let q = quotes("Część radnych była zdania, że podwyżki są zbyt drastyczne.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("część radnych"));
    assert!(quotes("Minister nie był zdania, że podwyżki są zbyt drastyczne.").is_empty());
}

#[test]
fn a_tag_verb_after_quote_marks_may_take_an_adjunct_before_its_subject() {
    let q = quotes("„Nie ma zgody na takie działania” – grzmiał na konferencji Jan Wrzosek.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Wrzosek"));
}

#[test]
fn a_rank_before_the_name_after_an_adjunct_is_no_part_of_the_speaker() {
    let q = quotes(
        "– Jesteśmy gotowi na każdy scenariusz – zapewnia w rozmowie z Interią gen. Jan \
         Wrzosek, były szef sztabu.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Jan Wrzosek"), "{q:?}");
}

#[test]
fn a_long_subject_with_a_rank_after_the_verb_is_reached() {
    let q = quotes(
        "„Zatrzymaliśmy trzech mężczyzn” – przekazał PAP rzecznik prasowy komendanta \
         głównego policji insp. Mariusz Wrona.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Mariusz Wrona"), "{q:?}");
}

#[test]
fn a_name_after_a_title_and_its_complement_is_an_antecedent() {
    let q = quotes(
        "Rzecznik rządu Piotr Wrzosek został zapytany o podwyżki. – Na razie nie ma takich \
         planów – odpowiedział.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Piotr Wrzosek"), "{q:?}");
}

#[test]
fn an_age_written_onto_a_word_opens_a_descriptor() {
    let q = quotes("– Zrobię wszystko, żeby wygrać – zapowiada 25-letnia zawodniczka z Krakowa.");
    assert_eq!(q[0].2.as_deref(), Some("25-letnia zawodniczka"), "{q:?}");
}

#[test]
fn a_body_before_a_present_tense_verb_after_an_adjunct_speaks() {
    let q =
        quotes("W oświadczeniu przesłanym redakcji spółka podkreśla, że nie ma nieprawidłowości.");
    assert_eq!(q[0].2.as_deref(), Some("spółka"), "{q:?}");
}

#[test]
fn two_words_in_marks_after_a_label_and_a_colon_are_speech() {
    let q = quotes("Marta Wrzosek: „Nie odpuścimy”.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Marta Wrzosek"));
    // Two words in marks alone stay a title.
    assert!(quotes("Czytał wczoraj „Nowe życie” w pociągu.").is_empty());
}

#[test]
fn function_words_before_the_verb_are_no_subject() {
    let q = quotes("Wszyscy milczą. I dodają, że nikt się tam nie upija.");
    assert_ne!(q[0].2.as_deref(), Some("i"), "{q:?}");
}

#[test]
fn a_plural_pronoun_frame_takes_a_plural_person_noun_in_any_case() {
    let q = quotes(
        "Celem organizatorów jest to, aby byli widoczni w debacie. Ich zdaniem kościoły \
         konserwatywne nie mówią za wszystkich.",
    );
    assert_eq!(q[0].2.as_deref(), Some("organizatorzy"), "{q:?}");
}

#[test]
fn verbs_of_scorn_and_complaint_attribute_speech() {
    let q = quotes("„To skandal” – grzmi na Twitterze poseł Jan Nowak.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].2.as_deref(), Some("Jan Nowak"));
    let q = quotes("– Sądy są zbyt liberalne – złości się poseł Adam Kamiński.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "Sądy są zbyt liberalne");
    assert_eq!(q[0].2.as_deref(), Some("Adam Kamiński"));
    let q = quotes("Anna Nowak żaliła się, że nikt jej nie słucha.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "nikt jej nie słucha");
    assert_eq!(q[0].2.as_deref(), Some("Anna Nowak"));
}

#[test]
fn a_frame_reaches_its_comma_across_an_adjunct() {
    let q = quotes(
        "Jak przekazał w rozmowie z Interią rzecznik ministerstwa Jan Nowak, decyzja zapadnie w poniedziałek.",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "decyzja zapadnie w poniedziałek");
    assert_eq!(q[0].2.as_deref(), Some("Jan Nowak"));
    // A relative clause after the subject is the subject's.
    let q = quotes("Jak przekazał rzecznik, który wczoraj przyjechał z Warszawy, decyzja zapadła.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "decyzja zapadła");
}

#[test]
fn a_frame_names_an_institution_or_a_source_of_information() {
    let q = quotes("Według policji sprawca był pijany.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "sprawca był pijany");
    assert_eq!(q[0].2.as_deref(), Some("policja"));
    let q = quotes("Według informacji RMF FM minister poda się do dymisji.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "minister poda się do dymisji");
    assert_eq!(q[0].2.as_deref(), Some("RMF FM"));
}

#[test]
fn speech_closed_by_a_comma_and_its_attribution() {
    let text = "Rząd przyjął projekt. Nie będzie podwyżek podatków w przyszłym roku, powiedziała minister finansów Anna Nowak.";
    let qs = kropka::analyze(text).quotes;
    assert_eq!(qs.len(), 1);
    let q = &qs[0];
    assert_eq!(
        &text[q.range.clone()],
        "Nie będzie podwyżek podatków w przyszłym roku"
    );
    assert_eq!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Anna Nowak")
    );
    assert_eq!(q.why.found, kropka::QuoteRule::Unmarked);
    assert_eq!(
        kropka::QuoteRule::from_code("unmarked"),
        Some(kropka::QuoteRule::Unmarked)
    );
    // An institution says it too.
    let q = quotes("Po meczu było spokojnie, twierdzi policja.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].2.as_deref(), Some("policja"));
    // Not a verb that takes an object of its own, nor a clause after the
    // comma that goes on with another verb.
    assert!(quotes("Biskup odprawił mszę, pozdrowił wiernych Jan Paweł II.").is_empty());
    assert!(quotes("Jan wszedł do pokoju, zapytał o drogę i wyszedł.").is_empty());
    // A subordinate clause is no speech.
    assert!(quotes("Gdy wszedł do sali, powiedział Jan Nowak.").is_empty());
}

#[test]
fn speech_after_a_colon_closing_a_persons_clause() {
    let q = quotes("Jan Kowalski nie krył zadowolenia: „To był najlepszy rok w historii firmy”.");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "To był najlepszy rok w historii firmy");
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowalski"));
    // No person, no speech: a sign.
    assert!(quotes("Na transparencie widniał napis: „Precz z rządem”.").is_empty());
    // A title says nothing: no verb in it.
    assert!(
        quotes("Józef Rurawski tytułuje swoją recenzję: „Fenomen Nurowskiej, czyli kłopot z bogactwem”.")
            .is_empty()
    );
}

#[test]
fn a_descriptor_speaker_is_its_whole_noun_phrase_in_the_nominative() {
    let one = |text: &str| {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        q.into_iter().next().unwrap()
    };
    // An adjective after the head agrees with it and changes case too.
    let q = one("Według rzecznika prasowego komendy policja nie zatrzymała nikogo.");
    assert_eq!(q.0, "policja nie zatrzymała nikogo");
    assert_eq!(q.2.as_deref(), Some("rzecznik prasowy komendy"));
    // Where the people come from, by its name, belongs to the argument.
    let q = one("Zdaniem naukowców z Uniwersytetu Warszawskiego klimat się ociepla.");
    assert_eq!(q.0, "klimat się ociepla");
    assert_eq!(
        q.2.as_deref(),
        Some("naukowcy z Uniwersytetu Warszawskiego")
    );
    // An organisation after the head is its genitive modifier.
    let q = one("Zdaniem ekonomistów banku PKO BP inflacja spadnie.");
    assert_eq!(q.2.as_deref(), Some("ekonomiści banku PKO BP"));
    // An acronym is no preposition (`PO`, `po`).
    let q = one("– To skandal – mówią politycy PO.");
    assert_eq!(q.2.as_deref(), Some("politycy PO"));
    // One of a group is named by the group.
    let q = one("– Nie wiemy, co dalej – mówi jeden z mieszkańców.");
    assert_eq!(q.2.as_deref(), Some("jeden z mieszkańców"));
}

#[test]
fn a_name_in_marks_running_into_its_clause_is_no_quote() {
    // Speech is set off from its verb by a comma or a dash; a name in
    // marks is not, and the report after the abbreviation is found.
    let q = quotes(
        "Natomiast radni z \"Klubu na rzecz AWS\" wskazują m.in., że inwestycje nie są \
         dostatecznie przygotowane do realizacji.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(
        q[0].0,
        "inwestycje nie są dostatecznie przygotowane do realizacji"
    );
    // With its comma, speech in marks before its verb stays a quote.
    let q = quotes("\"Nie zgadzamy się na to\", powiedział Jan Kowalski.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowalski"));
}

#[test]
fn a_plural_verb_without_a_subject_takes_the_whole_plural_subject_before() {
    for (text, speaker) in [
        // The head with its genitive modifier, which may also spell a verb.
        (
            "Mieszkańcy osiedla zebrali podpisy pod petycją. Twierdzą, że miasto powinno \
             wybudować chodnik.",
            "mieszkańcy osiedla",
        ),
        // A noun that is also a singular (`posłowie`) agrees with its verb.
        (
            "Posłowie opozycji złożyli wniosek. Uważają, że minister powinien odejść.",
            "posłowie opozycji",
        ),
        // Two groups joined by `i`.
        (
            "Samorządowcy i przedstawiciele administracji rządowej spotkali się wczoraj. \
             Potwierdzili, że praca za granicą jest szansą.",
            "samorządowcy i przedstawiciele administracji rządowej",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_quantity_of_people_is_a_plural_subject() {
    for (text, speaker) in [
        (
            "Około 120 hodowców drobiu protestowało wczoraj przed urzędem. Twierdzą, że \
             rekompensaty są za niskie.",
            "około 120 hodowców drobiu",
        ),
        (
            "W sobotę 300 kibiców Legii wtargnęło na boisko. Domagali się, by zarząd \
             klubu podał się do dymisji.",
            "300 kibiców Legii",
        ),
    ] {
        assert_eq!(
            only_speaker(text).as_deref(),
            Some(speaker.to_lowercase().as_str()),
            "{text}"
        );
    }
    // A number after a preposition is no subject.
    let q = quotes("Policja zatrzymała w sobotę do 300 kibiców Legii. Twierdzą, że są niewinni.");
    assert!(
        q.iter()
            .all(|q| q.2.as_deref() != Some("300 kibiców Legii")),
        "{q:?}"
    );
}

#[test]
fn a_singular_verb_without_a_subject_takes_the_person_described_just_before() {
    for (text, speaker) in [
        // The previous sentence's subject, a person noun with its modifier.
        (
            "Dyrektor szpitala nie staje po żadnej stronie. Twierdzi, że musi uzyskać \
             dodatkowe opinie.",
            "dyrektor szpitala",
        ),
        // A woman's noun for a verb of her gender.
        (
            "Rzeczniczka ratusza odmówiła komentarza. Zapewniła jednak, że sprawa jest badana.",
            "rzeczniczka ratusza",
        ),
        // The subject of a verb coordinated with the cue.
        (
            "Rolnik przypiął krowę do drzwi banku i zapowiedział, że nie odepnie jej.",
            "rolnik",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(speaker), "{text}");
    }
    // A named person of the verb's gender who came later wins.
    let q = quotes(
        "Dyrektor szpitala nie staje po żadnej stronie. Prezes Jan Nowak przyjechał do \
         Gdańska. Twierdzi, że fabryka przetrwa.",
    );
    assert_eq!(q[0].2.as_deref(), Some("Jan Nowak"), "{q:?}");
}

#[test]
fn one_of_a_group_is_nobody_named_before() {
    let q = quotes(
        "Jan Kowalski przyszedł na zebranie. „Nie zgadzamy się na to” – powiedział jeden \
         z mieszkańców.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("jeden z mieszkańców"));
}

#[test]
fn a_papers_title_in_quote_marks_is_a_source() {
    for (text, speaker) in [
        (
            "Według \"Gazety Wyborczej\" rząd planuje podwyżki.",
            "Gazeta Wyborcza",
        ),
        (
            "Według „Rzeczpospolitej”, rząd planuje podwyżki.",
            "Rzeczpospolita",
        ),
        (
            "Jak podaje \"Rzeczpospolita\", rząd planuje podwyżki.",
            "Rzeczpospolita",
        ),
        (
            "Jak napisała w piątek „Gazeta Wyborcza”, minister poda się do dymisji.",
            "Gazeta Wyborcza",
        ),
    ] {
        assert_eq!(
            only_speaker(text).as_deref(),
            Some(speaker.to_lowercase().as_str()),
            "{text}"
        );
    }
    // A paper spoken to, or where it was said, is no speaker.
    for text in [
        "„Nie wiem” – tłumaczył się później na łamach \"Wprost\" Jan Kowalski.",
        "„Nie wiem” – powiedział dla \"Rz\" Jan Kowalski.",
    ] {
        let q = quotes(text);
        assert_eq!(q[0].2.as_deref(), Some("Jan Kowalski"), "{text}");
    }
}

#[test]
fn a_group_that_spoke_is_no_antecedent_of_a_singular_verb() {
    let q = quotes(
        "Policjanci nie pomogli kobiecie. Poinformowali ją, że są tam w innym celu. \
         Złodzieje ukradli jej torbę. \"Jestem w szoku. Straciłam wszystko\" – zeznała poszkodowana.",
    );
    assert_eq!(q[0].2.as_deref(), Some("policjanci"), "{q:?}");
    assert_eq!(q[1].2.as_deref(), Some("poszkodowana"), "{q:?}");
}

#[test]
fn an_adjective_standing_as_a_noun_shows_the_speakers_gender() {
    // `mówi` shows no gender; `zatrzymany` does, and Anna Nowak is a woman.
    let text =
        "Anna Nowak przyszła do studia. \"Nie zrobiłem tego, przysięgam\" – mówi zatrzymany.";
    assert_eq!(only_speaker(text).as_deref(), Some("zatrzymany"));
    // A woman's form is no man named before.
    let text = "Jan Kowal wszedł. \"Nie zrobiłam tego\" – mówi zatrzymana.";
    assert_eq!(only_speaker(text).as_deref(), Some("zatrzymana"));
}

#[test]
fn an_impersonal_verb_cites_the_author_of_its_document() {
    for (text, speaker) in [
        (
            "\"Wszyscy zginęli\" – napisano w komunikacie ministerstwa ds. humanitarnych.",
            "ministerstwo ds. humanitarnych",
        ),
        (
            "\"Wszyscy zginęli\" – napisano w komunikacie prasowym policji.",
            "policja",
        ),
        (
            "\"Wszyscy zginęli\" – podano na stronie internetowej urzędu.",
            "urząd",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(speaker), "{text}");
    }
    // A document with no author named is nobody's.
    assert_eq!(
        only_speaker("Jan Kowal wszedł. \"Wszyscy zginęli\" – napisano w raporcie."),
        None
    );
}

#[test]
fn a_full_name_after_a_title_with_its_complement_is_the_subject() {
    let text = "Ekspertka od cyberbezpieczeństwa Anna Lis przestrzega przed oszustami. \
                – Nigdy nie podawajcie kodów nieznajomym – apeluje.";
    assert_eq!(only_speaker(text).as_deref(), Some("anna lis"));
}

#[test]
fn an_organisation_after_an_adjunct_is_the_subject_in_the_nominative_only() {
    assert_eq!(
        only_speaker(
            "Jak poinformowała w czwartek Komenda Główna Policji, zatrzymano trzech mężczyzn."
        )
        .as_deref(),
        Some("komenda główna policji")
    );
    assert_eq!(
        only_speaker("„Zatrzymano trzech” – powiedział w piątek Sąd Okręgowy w Łodzi.").as_deref(),
        Some("sąd okręgowy w łodzi")
    );
    // A name the preposition's noun governs is no subject.
    let q = quotes("Jan Kowal wszedł. „Media są niezależne” – odpowiedział na protest SLD.");
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowal"), "{q:?}");
}

#[test]
fn a_genitive_before_a_full_name_is_the_complement_of_a_title() {
    // `Górnika` (a club, also a surname) is no first name of Jan Urban and
    // no speaker.
    let text = "– To był trudny mecz – przyznał po spotkaniu trener Górnika Jan Urban.";
    assert_eq!(only_speaker(text).as_deref(), Some("jan urban"));
}

#[test]
fn a_verb_before_the_cue_is_no_descriptor() {
    let text = "Jan Kowal przemawiał długo. Zakończył, mówiąc: – Nie uważam tego za błąd.";
    assert_eq!(only_speaker(text).as_deref(), Some("jan kowal"));
    // No speaker is ever a name without letters.
    for q in kropka::analyze("– drugi dzień – powiedział. – rozumiem – powie.").quotes {
        if let Some(s) = q.speaker {
            assert!(s.name.chars().any(char::is_alphabetic), "{s:?}");
        }
    }
}

#[test]
fn a_short_headline_after_a_title_label_is_a_quote() {
    assert_eq!(
        only_speaker("Premier: nie będzie podwyżek.").as_deref(),
        Some("premier")
    );
    assert_eq!(
        only_speaker("Szef MSZ: Polska nie wyśle wojsk.").as_deref(),
        Some("szef msz")
    );
    // A label that is no person, or words without a verb, are no quote.
    assert!(quotes("Uwaga: nie ma wody.").is_empty());
    assert!(quotes("Premier: nowe podatki.").is_empty());
}

#[test]
fn a_rank_abbreviation_in_a_jak_frame_and_a_title_subject_after_tak() {
    let text = "Policjanci zatrzymali 25-latka. Jak przekazała nam mł. asp. Anna Nowak z KPP w \
                Wieliczce, mężczyzna był pijany.";
    assert_eq!(only_speaker(text).as_deref(), Some("anna nowak"));
    let text = "„Pracujemy nad tym” – tak rzecznik ratusza odpowiada na pytania mieszkańców.";
    assert_eq!(only_speaker(text).as_deref(), Some("rzecznik ratusza"));
}

#[test]
fn a_papers_title_after_a_noun_in_a_frame_is_the_source() {
    for (text, speaker) in [
        (
            "Według ustaleń „Rzeczpospolitej” rząd przygotowuje nową ustawę.",
            "rzeczpospolita",
        ),
        (
            "Według dziennika \"Washington Post\", władze przeniosły arsenał.",
            "washington post",
        ),
        (
            "Zdaniem styczniowej \"Gazety Wyborczej\", rząd upadnie.",
            "gazeta wyborcza",
        ),
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_body_after_an_adjunct_is_the_subject_of_a_verb_of_any_gender() {
    for text in [
        "„Jesteśmy gotowi do rozmów” – przekonuje w oświadczeniu zarząd spółki.",
        "„Jesteśmy gotowi do rozmów” – przekonywał w oświadczeniu zarząd spółki.",
    ] {
        assert_eq!(
            only_speaker(text).as_deref(),
            Some("zarząd spółki"),
            "{text}"
        );
    }
}

#[test]
fn a_frame_argument_ends_with_the_name_after_its_title() {
    for (text, quote, speaker) in [
        (
            "Zdaniem minister Anny Nowak podwyżek nie będzie.",
            "podwyżek nie będzie",
            "Anna Nowak",
        ),
        (
            "Według prezes Anny Lis firma zyska.",
            "firma zyska",
            "Anna Lis",
        ),
        (
            "Zdaniem ministra Jana Nowaka podwyżek nie będzie.",
            "podwyżek nie będzie",
            "Jan Nowak",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        assert_eq!(q[0].0, quote, "{text}");
        assert_eq!(q[0].2.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn an_interviews_answers_are_the_person_it_is_with() {
    let text = "Rozmowa z prof. Janem Nowakiem, ekonomistą.\n\
                – Panie profesorze, czy będzie kryzys?\n\
                – Nie sądzę. Gospodarka jest silna.\n\
                – A inflacja?\n\
                – Spadnie w przyszłym roku.\n";
    let q = quotes(text);
    let speakers: Vec<Option<&str>> = q.iter().map(|q| q.2.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("redakcja"),
            Some("Jan Nowak"),
            Some("redakcja"),
            Some("Jan Nowak")
        ],
        "{q:?}"
    );
}

#[test]
fn a_statement_headed_by_its_speakers_name_line_is_theirs() {
    let text = "Jan Kowal, prezes spółki:\nNie planujemy zwolnień. Sytuacja jest stabilna.\n\n\
                Anna Lis, przewodnicząca związku:\nNie wierzymy w te zapewnienia.\n";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].0, "Nie planujemy zwolnień. Sytuacja jest stabilna");
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowal"));
    assert_eq!(q[1].2.as_deref(), Some("Anna Lis"));
    // A list after a colon is no statement.
    assert!(quotes("Wymieniono kandydatów:\nJan Kowal, Anna Lis.\n").is_empty());
}

#[test]
fn a_name_line_may_carry_a_longer_apposition_or_open_with_a_verb_of_saying() {
    for text in [
        "Jan Kowal, radny PiS, przewodniczący komisji:\nTo skandal.\n",
        "Mówi Jan Kowal, prezes spółki:\nNie planujemy zwolnień.\n",
    ] {
        assert_eq!(only_speaker(text).as_deref(), Some("jan kowal"), "{text}");
    }
    // An age in the apposition (`lata` also spells a verb).
    let text = "Anna Lis, 34 lata, nauczycielka:\nNie stać mnie na mieszkanie.\n";
    assert_eq!(only_speaker(text).as_deref(), Some("anna lis"));
}

#[test]
fn lines_opened_by_a_persons_full_name_and_a_colon_are_theirs() {
    let text = "Z Anną Nowak rozmawia Jan Kowal.\n\nJan Kowal: Czy będzie kryzys?\n\
                Anna Nowak: Nie sądzę. Gospodarka jest silna.\nJan Kowal: A inflacja?\n\
                Anna Nowak: Spadnie.\n";
    let q = quotes(text);
    let got: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.0.as_str(), q.2.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("Czy będzie kryzys?", Some("Jan Kowal")),
            ("Nie sądzę. Gospodarka jest silna", Some("Anna Nowak")),
            ("A inflacja?", Some("Jan Kowal")),
            ("Spadnie", Some("Anna Nowak")),
        ]
    );
    // A title is no name: a headline keeps to its sentence.
    let q = quotes("Premier: nie będzie podwyżek. Rząd przyjął budżet.\n");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "nie będzie podwyżek");
}

#[test]
fn a_subject_after_the_verb_before_a_colon_is_the_speaker() {
    for text in [
        "O sytuacji mówił też Szymon Hołubek: „Nie poprzemy tej ustawy”.",
        "O sytuacji mówił wczoraj Szymon Hołubek, szef klubu KO: „Nie poprzemy tej ustawy”.",
        "Tak sprawę skomentował szef klubu Szymon Hołubek: „Nie poprzemy tej ustawy”.",
    ] {
        assert_eq!(
            only_speaker(text).as_deref(),
            Some("szymon hołubek"),
            "{text}"
        );
    }
    // A subject before the verb wins; a prepositional phrase after it is no subject.
    let text = "Szymon Hołubek powiedział w rozmowie z Radiem Zet: „Nie poprzemy tej ustawy”.";
    assert_eq!(only_speaker(text).as_deref(), Some("szymon hołubek"));
    let text =
        "Nazajutrz korespondent agencji przekazał z Berlina: „Wszystkie gazety piszą o obiedzie”.";
    assert_eq!(only_speaker(text).as_deref(), Some("korespondent agencji"));
}

#[test]
fn a_frame_without_a_comma_may_introduce_speech_in_marks() {
    let q = quotes("Zdaniem ekonomistki Anny Kubik z banku ING „stopy procentowe nie wzrosną”.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "„stopy procentowe nie wzrosną”");
    assert_eq!(q[0].2.as_deref(), Some("Anna Kubik"));
    // A paper's title in marks is the argument, not the speech.
    let q = quotes("Według „Gazety Wyborczej” rząd nie podniesie podatków.");
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "rząd nie podniesie podatków");
}

#[test]
fn a_title_in_an_oblique_case_is_no_subject_after_an_adjunct() {
    // `premiera` is the prime minister's genitive (and `premiera`, a first night).
    let q = quotes("„Sprawa jest rozwojowa” – mówi nam osoba z otoczenia premiera.");
    assert_eq!(q.len(), 1);
    assert_ne!(q[0].2.as_deref(), Some("premiera"));
    let text = "„Sprawa jest rozwojowa” – mówi nam rzeczniczka premiera.";
    assert_eq!(only_speaker(text).as_deref(), Some("rzeczniczka premiera"));
}

#[test]
fn a_name_governed_by_a_preposition_after_the_verb_is_no_subject() {
    let text = "Szef resortu zdrowia przyznał w TVN24, że system jest na granicy wydolności.";
    assert_eq!(only_speaker(text).as_deref(), Some("szef resortu zdrowia"));
    let text = "Przyznał to wczoraj Jan Kowal, że system jest na granicy wydolności.";
    assert_eq!(only_speaker(text).as_deref(), Some("jan kowal"));
}

#[test]
fn speech_in_marks_interrupted_by_its_attribution_is_two_quotes() {
    let q = quotes("„Mamy nadzieję – powiedziała Anna Lis – że rozmowy przyniosą efekt”.");
    let got: Vec<(&str, Option<&str>)> = q.iter().map(|q| (q.0.as_str(), q.2.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("Mamy nadzieję", Some("Anna Lis")),
            ("że rozmowy przyniosą efekt", Some("Anna Lis"))
        ]
    );
    // A parenthesis between dashes is no attribution, nor is the speaker's own `proszę`.
    for text in [
        "Napisał: „Polska – jak wiadomo – jest krajem nad Wisłą”.",
        "Odparł: „Byłbym głupcem – proszę mi darować – zostając tam”.",
    ] {
        assert_eq!(quotes(text).len(), 1, "{text}");
    }
}

#[test]
fn a_dash_lines_dropped_subject_is_the_person_described_just_before() {
    let text = "Sąsiadka zawiadomiła policję. – Kierowca uciekł z miejsca wypadku – relacjonuje.";
    assert_eq!(only_speaker(text).as_deref(), Some("sąsiadka"));
    let text = "Mężczyzna spojrzał w górę. – Chyba tak – zastanawiał się.";
    assert_eq!(only_speaker(text).as_deref(), Some("mężczyzna"));
}

#[test]
fn a_descriptor_no_one_was_introduced_with_is_the_subject_named_just_before() {
    // Not the man named in an oblique case after the subject.
    let text = "Jan Kowal odrzucił propozycje złożone przez Adama Nowaka. \
                Podwyżek nie będzie. \"Nie ma na to pieniędzy w budżecie\" - tłumaczył premier.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].2.as_deref(), Some("Jan Kowal"));
}

#[test]
fn a_jak_frame_may_lack_the_comma_after_its_subjects_name() {
    let text = "Jak poinformowała rzeczniczka Anna Lis wszystkie szkoły będą otwarte.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].0, "wszystkie szkoły będą otwarte");
    assert_eq!(q[0].2.as_deref(), Some("Anna Lis"));
}
