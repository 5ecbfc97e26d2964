//! Named entities on short texts written for these tests.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

fn ents(text: &str) -> Vec<(String, &'static str, String, usize)> {
    kropka::analyze(text)
        .entities
        .into_iter()
        .map(|e| {
            (
                text[e.range].to_owned(),
                e.label.as_str(),
                e.lemma,
                e.cluster,
            )
        })
        .collect()
}

/// The base forms of the persons found in `text`, in text order.
fn person_lemmas(text: &str) -> Vec<String> {
    kropka::analyze(text)
        .entities
        .into_iter()
        .filter(|e| e.label == kropka::Label::Per)
        .map(|e| e.lemma)
        .collect()
}

#[test]
fn people_places_organisations_with_base_forms() {
    let got = ents(
        "Wczoraj Donald Trump rozmawiał z Nicolasem Maduro o Wenezueli. \
         Trumpa skrytykował minister Jan Kowalski z Ministerstwa Spraw Zagranicznych.",
    );
    let find = |t: &str| {
        got.iter()
            .find(|e| e.0 == t)
            .cloned()
            .unwrap_or_else(|| panic!("{t} not in {got:?}"))
    };
    assert_eq!(find("Donald Trump").1, "PER");
    assert_eq!(find("Nicolasem Maduro").2, "Nicolas Maduro");
    assert_eq!(find("Wenezueli").1, "LOC");
    assert_eq!(find("Wenezueli").2, "Wenezuela");
    assert_eq!(find("Trumpa").2, "Trump");
    assert_eq!(
        find("Trumpa").3,
        find("Donald Trump").3,
        "Trump mentions share a cluster"
    );
    assert_eq!(find("Jan Kowalski").1, "PER");
    assert_eq!(find("Ministerstwa Spraw Zagranicznych").1, "ORG");
    assert!(
        got.iter().all(|e| e.0 != "Wczoraj"),
        "a capitalised ordinary word is no name"
    );
}

#[test]
fn unknown_surnames_take_document_evidence() {
    let got = ents("Oświadczenie wydał Piotr Zawadowicz. Zdaniem Zawadowicza sprawa jest prosta.");
    let lemmas: Vec<&str> = got.iter().map(|e| e.2.as_str()).collect();
    assert_eq!(lemmas, ["Piotr Zawadowicz", "Zawadowicz"]);
    assert_eq!(got[0].3, got[1].3);
}

#[test]
fn hyphenated_places_and_acronyms() {
    let got = ents("Napięcie na linii Waszyngton-Caracas rośnie, a NATO milczy.");
    let labels: Vec<(&str, &str)> = got.iter().map(|e| (e.0.as_str(), e.1)).collect();
    assert_eq!(
        labels,
        [("Waszyngton", "LOC"), ("Caracas", "LOC"), ("NATO", "ORG")]
    );
}

#[test]
fn base_form_of_names() {
    assert_eq!(kropka::base_form("Donalda Trumpa"), "Donald Trump");
    // An unknown surname with an adjectival ending declines like an adjective.
    assert_eq!(
        kropka::base_form("Ludwika Pstrągowskiego"),
        "Ludwik Pstrągowski"
    );
    assert_eq!(
        kropka::base_form("Ludwikowi Pstrągowskiemu"),
        "Ludwik Pstrągowski"
    );
    assert_eq!(
        kropka::base_form("Stanów Zjednoczonych"),
        "Stany Zjednoczone"
    );
}

#[test]
fn first_names_agree_with_the_surname() {
    // `Stanisława` is a woman's name and a case of `Stanisław`: a declined
    // surname takes the case, an undeclined one the nominative.
    for (name, expected) in [
        ("Stanisława Nowaka", "Stanisław Nowak"),
        ("Stanisława Nowak", "Stanisława Nowak"),
        ("Krystyna Lisiecka", "Krystyna Lisiecka"),
        ("Barbarze Zając", "Barbara Zając"),
        ("Roberta Kubicy", "Robert Kubica"),
        ("Jana Pawła II", "Jan Paweł II"),
    ] {
        assert_eq!(kropka::base_form(name), expected, "{name}");
    }
}

#[test]
fn base_form_of_single_words() {
    for (word, expected) in [
        // Acronyms do not decline; a hyphenated ending goes.
        ("MSZ", "MSZ"),
        ("PiS-u", "PiS"),
        ("SLD-owi", "SLD"),
        // Abbreviations stay.
        ("zł", "zł"),
        // A first name in the nominative, not a case of a town's name.
        ("Marek", "Marek"),
        ("Krakowie", "Kraków"),
        // A singular reading before a plural one.
        ("Różyckim", "Różycki"),
        // An adjective alone is named by its lemma.
        ("Mokotowskiej", "mokotowski"),
    ] {
        assert_eq!(kropka::base_form(word), expected, "{word}");
    }
}

#[test]
fn base_form_of_phrases() {
    for (phrase, expected) in [
        ("Warszawie", "Warszawa"),
        ("Komisji Europejskiej", "Komisja Europejska"),
        ("Oceanem Atlantyckim", "Ocean Atlantycki"),
        ("posła Pawlaka", "poseł Pawlak"),
        ("Komendy Powiatowej Policji", "Komenda Powiatowa Policji"),
        (
            "Światowej Organizacji Zdrowia",
            "Światowa Organizacja Zdrowia",
        ),
    ] {
        assert_eq!(kropka::base_form(phrase), expected, "{phrase}");
    }
}

#[test]
fn nationality_nouns_are_labelled_as_places() {
    // NKJP's convention, which the evaluation follows.
    let got = ents("Wielu Polaków pracuje w Niemczech.");
    assert!(
        got.iter().any(|e| e.0 == "Polaków" && e.1 == "LOC"),
        "{got:?}"
    );
}

#[test]
fn places_that_begin_like_titles_are_places() {
    let got = ents("Rozmowy w Caracas, Genewie i Panamie trwały tydzień.");
    let places: Vec<&str> = got
        .iter()
        .filter(|e| e.1 == "LOC")
        .map(|e| e.0.as_str())
        .collect();
    assert_eq!(places, ["Caracas", "Genewie", "Panamie"]);
}

fn labelled(text: &str) -> Vec<(String, &'static str)> {
    ents(text).into_iter().map(|e| (e.0, e.1)).collect()
}

#[test]
fn capitalised_ordinary_phrases_are_not_people() {
    let got = labelled("Spotkanie odbyło się w Pałacu Prezydenckim podczas Wielkiego Postu.");
    assert!(
        got.contains(&("Pałacu Prezydenckim".to_owned(), "LOC")),
        "{got:?}"
    );
    assert!(got.iter().all(|e| e.1 != "PER"), "{got:?}");
}

#[test]
fn names_of_god_are_people() {
    let got = labelled("Bóg jest miłością, a ludzie modlą się do Boga i ufają Chrystusowi.");
    for name in ["Bóg", "Boga", "Chrystusowi"] {
        assert!(got.contains(&(name.to_owned(), "PER")), "{name}: {got:?}");
    }
}

#[test]
fn words_known_only_as_ordinary_words_are_not_names() {
    // Mid-sentence and sentence-initial capitals of ordinary nouns.
    let got = labelled("Wczoraj wyszła do nas Pielęgniarka. Kontrolerzy wskazali na braki.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn geographic_names_and_ethnonyms_are_places() {
    let got = labelled(
        "Pociąg jechał przez Potulice, a Anglosasi i Ślązacy patrzyli na prezydenta Szczecina.",
    );
    for name in ["Potulice", "Anglosasi", "Ślązacy", "Szczecina"] {
        assert!(got.contains(&(name.to_owned(), "LOC")), "{name}: {got:?}");
    }
}

#[test]
fn quoted_names() {
    let text = "Wywiad ukazał się w \"Gazecie Wyborczej\", a podpisał go \"Jurand\". \
                Czytaliśmy też \"Zawadowicza\".";
    let got = labelled(text);
    assert!(
        got.contains(&("\"Gazecie Wyborczej\"".to_owned(), "ORG")),
        "{got:?}"
    );
    assert!(got.contains(&("\"Jurand\"".to_owned(), "PER")), "{got:?}");
    assert!(got.iter().all(|e| !e.0.contains("Zawadowicza")), "{got:?}");
}

#[test]
fn institutions_by_lemma_and_names_in_capitals() {
    let got = labelled(
        "Ustawę przyjęto w Senacie, a spór trafił do Kościoła. KWIDZYN. Wykład wygłosił na Uniwersytecie Gdańskim.",
    );
    for (name, label) in [
        ("Senacie", "ORG"),
        ("Kościoła", "ORG"),
        ("KWIDZYN", "LOC"),
        ("Uniwersytecie Gdańskim", "ORG"),
    ] {
        assert!(got.contains(&(name.to_owned(), label)), "{name}: {got:?}");
    }
    let got = labelled("Do ceny doliczono VAT. Wystąpiła HANNA KOWALSKA.");
    assert_eq!(got, [("HANNA KOWALSKA".to_owned(), "PER")]);
}

#[test]
fn streets_and_administrative_units_are_one_place() {
    let got = labelled("Mieszkał przy ul. Chopina, a pracował w gminie Glinojeck.");
    assert_eq!(
        got,
        [
            ("ul. Chopina".to_owned(), "LOC"),
            ("gminie Glinojeck".to_owned(), "LOC")
        ]
    );
}

#[test]
fn organisation_names_take_their_place_and_acronyms() {
    let got = labelled("Studiował w Akademii Medycznej w Łodzi, potem wstąpił do KC PZPR.");
    assert!(
        got.contains(&("Akademii Medycznej w Łodzi".to_owned(), "ORG")),
        "{got:?}"
    );
    assert!(got.contains(&("Łodzi".to_owned(), "LOC")), "{got:?}");
    assert!(got.contains(&("KC PZPR".to_owned(), "ORG")), "{got:?}");
    let got = labelled("Działacze NSZZ \"Solidarność\" protestowali.");
    assert!(
        got.contains(&("NSZZ \"Solidarność\"".to_owned(), "ORG")),
        "{got:?}"
    );
}

#[test]
fn a_name_found_once_is_found_everywhere_in_the_document() {
    // `Zawadowicz` opens the second sentence, where capitals prove nothing.
    let got = labelled("Wczoraj Zawadowicz przyjechał do nas. Zawadowicz był zadowolony.");
    let people: Vec<&str> = got
        .iter()
        .filter(|e| e.1 == "PER")
        .map(|e| e.0.as_str())
        .collect();
    assert_eq!(people, ["Zawadowicz", "Zawadowicz"], "{got:?}");
}

#[test]
fn person_boundaries_titles_numbers_particles() {
    let got =
        labelled("Papież Jan Paweł II spotkał się z generałem de Gaulle'em, a Mr Harris milczał.");
    assert!(got.contains(&("Jan Paweł II".to_owned(), "PER")), "{got:?}");
    assert!(got.contains(&("Harris".to_owned(), "PER")), "{got:?}");
    let got = labelled("Mieszkał w Karolinie, a potem w Lidzbarku Warmińskim.");
    assert!(got.contains(&("Karolinie".to_owned(), "LOC")), "{got:?}");
    assert!(
        got.contains(&("Lidzbarku Warmińskim".to_owned(), "LOC")),
        "{got:?}"
    );
}

#[test]
fn organisation_boundaries() {
    let got = labelled("Głos zabrał przewodniczący Komisji Spraw Zagranicznych Czesław Bielecki.");
    assert!(
        got.contains(&("Komisji Spraw Zagranicznych".to_owned(), "ORG")),
        "{got:?}"
    );
    assert!(
        got.contains(&("Czesław Bielecki".to_owned(), "PER")),
        "{got:?}"
    );
    let got =
        labelled("Uczy się w Zespole Szkół im. Tadeusza Kościuszki, a pracuje w Turkish Airlines.");
    assert!(
        got.contains(&("Zespole Szkół im. Tadeusza Kościuszki".to_owned(), "ORG")),
        "{got:?}"
    );
    assert!(
        got.contains(&("Turkish Airlines".to_owned(), "ORG")),
        "{got:?}"
    );
}

#[test]
fn saints_hyphenated_names_and_initials() {
    let got = labelled("Msza odbyła się w kościele św. Jakuba, a modlono się do św. Jakuba.");
    assert!(
        got.contains(&("kościele św. Jakuba".to_owned(), "LOC")),
        "{got:?}"
    );
    assert!(got.contains(&("św. Jakuba".to_owned(), "PER")), "{got:?}");
    let got = labelled(
        "Przemawiała senator Anna Bogucka - Skowrońska z Ośrodka Szkolno - Wychowawczego.",
    );
    assert!(
        got.contains(&("Anna Bogucka - Skowrońska".to_owned(), "PER")),
        "{got:?}"
    );
    assert!(
        got.contains(&("Ośrodka Szkolno - Wychowawczego".to_owned(), "ORG")),
        "{got:?}"
    );
    let got = labelled("Zatrzymano Grzegorza Sz. z Krakowa.");
    assert!(
        got.contains(&("Grzegorza Sz.".to_owned(), "PER")),
        "{got:?}"
    );
}

#[test]
fn later_surnames_institutions_and_text_in_capitals() {
    let got = labelled("Jan Zawadowicz przyszedł późno. Potem spotkaliśmy Zawadowicza w kawiarni.");
    assert!(got.contains(&("Zawadowicza".to_owned(), "PER")), "{got:?}");
    let got = labelled("Sejm uchwalił ustawę, a posłowie PO głosowali przeciw. IDĘ DO DOMU.");
    assert!(got.contains(&("Sejm".to_owned(), "ORG")), "{got:?}");
    assert!(got.contains(&("PO".to_owned(), "ORG")), "{got:?}");
    assert!(got.iter().all(|e| e.0 != "DO"), "{got:?}");
}

#[test]
fn interview_speakers_and_places_inside_organisations() {
    let got = labelled("A. M.: Nie sądzę. W: Dlaczego?");
    assert!(got.contains(&("A. M.".to_owned(), "PER")), "{got:?}");
    assert!(got.contains(&("W".to_owned(), "PER")), "{got:?}");
    let got = labelled("Wykłada na Uniwersytecie Warszawskim od lat.");
    assert!(
        got.contains(&("Uniwersytecie Warszawskim".to_owned(), "ORG")),
        "{got:?}"
    );
    assert!(got.contains(&("Warszawskim".to_owned(), "LOC")), "{got:?}");
}

#[test]
fn particles_and_the_republic() {
    let got = labelled("Rozmawiał z Osamą bin Ladenem o Rzeczypospolitej Polskiej.");
    assert!(
        got.contains(&("Osamą bin Ladenem".to_owned(), "PER")),
        "{got:?}"
    );
    assert!(
        got.contains(&("Rzeczypospolitej Polskiej".to_owned(), "LOC")),
        "{got:?}"
    );
}

#[test]
fn addresses_and_ethnonyms_that_are_first_names() {
    let got =
        labelled("Panie Marszałku! Wysoka Izbo! Czesi nie ratyfikowali umowy, a Maja milczała.");
    assert!(got.iter().all(|e| e.0 != "Wysoka Izbo"), "{got:?}");
    assert!(got.contains(&("Czesi".to_owned(), "LOC")), "{got:?}");
    assert!(got.contains(&("Maja".to_owned(), "PER")), "{got:?}");
}

#[test]
fn dates_and_times_beside_names() {
    let got = ents("Jan Kowalski przyjedzie do Torunia 3 czerwca 2026 r. o godz. 10.15.");
    let labels: Vec<(&str, &str)> = got.iter().map(|e| (e.0.as_str(), e.1)).collect();
    assert_eq!(
        labels,
        [
            ("Jan Kowalski", "PER"),
            ("Torunia", "LOC"),
            ("3 czerwca 2026 r.", "DATE"),
            ("godz. 10.15", "TIME"),
        ]
    );
    // A count of people is no year.
    assert!(ents("Przyszło 1500 osób.").iter().all(|e| e.1 != "DATE"));
}

#[test]
fn quoted_name_after_a_company_noun() {
    let got = labelled("Remont wykona firma \"Budomix\", a nadzór związek „Jedność”.");
    assert!(got.contains(&("\"Budomix\"".to_owned(), "ORG")), "{got:?}");
    assert!(got.contains(&("„Jedność”".to_owned(), "ORG")), "{got:?}");
    // A quoted title after a periodical noun stays unlabelled.
    let got = labelled("Czytałem wczoraj tygodnik \"Horyzont\" w pociągu.");
    assert!(got.iter().all(|e| e.1 != "ORG"), "{got:?}");
}

#[test]
fn initials_that_spell_prepositions() {
    let got = labelled("Wniosek złożył W. Bartoszewicz, a poparła go A. Zielińska.");
    assert!(
        got.contains(&("W. Bartoszewicz".to_owned(), "PER")),
        "{got:?}"
    );
    assert!(got.contains(&("A. Zielińska".to_owned(), "PER")), "{got:?}");
    let got = labelled("Przyjechał z W. Brytanii.");
    assert!(got.iter().all(|e| e.1 != "PER"), "{got:?}");
}

#[test]
fn foreign_full_names_opening_a_sentence() {
    let got = labelled("Deszcz padał. Torvald Hessling, premier kraju, wyjechał.");
    assert!(
        got.contains(&("Torvald Hessling".to_owned(), "PER")),
        "{got:?}"
    );
}

#[test]
fn names_after_nouns_of_settlements_are_places() {
    let got = labelled(
        "Urodził się w miejscowości Zabrodzie Górne, a mieszkańcy Kurnosowa pamiętają go. \
         Klub ma siedzibę w mieście Tavarela.",
    );
    assert!(
        got.contains(&("Zabrodzie Górne".to_owned(), "LOC")),
        "{got:?}"
    );
    assert!(got.contains(&("Kurnosowa".to_owned(), "LOC")), "{got:?}");
    assert!(got.contains(&("Tavarela".to_owned(), "LOC")), "{got:?}");
    // A first name after such a noun is still a person.
    let got = labelled("Spotkał mieszkańca Jana Wiśniewskiego.");
    assert!(
        got.contains(&("Jana Wiśniewskiego".to_owned(), "PER")),
        "{got:?}"
    );
}

#[test]
fn organisations_take_their_number() {
    let got = labelled("Uczniowie Szkoły Podstawowej nr 12 pojechali do Gdyni, a SP nr 3 została.");
    assert!(
        got.contains(&("Szkoły Podstawowej nr 12".to_owned(), "ORG")),
        "{got:?}"
    );
    assert!(got.contains(&("SP nr 3".to_owned(), "ORG")), "{got:?}");
}

#[test]
fn first_names_that_spell_ordinary_words_as_subjects() {
    let got = labelled("Było już późno. Marek wyszedł z domu. Marek to liczba mnoga słowa marka.");
    assert_eq!(
        got.iter()
            .filter(|e| e.0 == "Marek" && e.1 == "PER")
            .count(),
        1,
        "{got:?}"
    );
}

#[test]
fn a_surname_in_a_headline_joins_the_full_name_below() {
    // Named in full only after the headline.
    let got = ents(
        "Kirchner o rozmowie z Trumpem\n\nW środę Donald Trump rozmawiał z Nestorem Kirchnerem.",
    );
    let kirchner: Vec<_> = got.iter().filter(|e| e.0.contains("Kirchner")).collect();
    assert_eq!(kirchner.len(), 2, "{got:?}");
    assert!(kirchner.iter().all(|e| e.1 == "PER"), "{got:?}");
    assert_eq!(kirchner[0].3, kirchner[1].3, "one cluster: {got:?}");
    assert_eq!(kirchner[1].2, "Nestor Kirchner");
    let trump: Vec<_> = got.iter().filter(|e| e.0.contains("Trump")).collect();
    assert_eq!(trump.len(), 2, "{got:?}");
    assert_eq!(trump[0].3, trump[1].3, "{got:?}");
    assert_ne!(trump[0].3, kirchner[0].3, "{got:?}");
}

#[test]
fn parties_and_broadcasters_without_an_institution_noun() {
    let got = ents(
        "Posłowie Prawa i Sprawiedliwości i Platformy Obywatelskiej spierali się w Radiu Maryja. \
         Polskie Stronnictwo Ludowe poparło wniosek Sojuszu Lewicy Demokratycznej.",
    );
    for (text, lemma) in [
        ("Prawa i Sprawiedliwości", "Prawo i Sprawiedliwość"),
        ("Platformy Obywatelskiej", "Platforma Obywatelska"),
        ("Radiu Maryja", "Radio Maryja"),
        ("Polskie Stronnictwo Ludowe", "Polskie Stronnictwo Ludowe"),
        (
            "Sojuszu Lewicy Demokratycznej",
            "Sojusz Lewicy Demokratycznej",
        ),
    ] {
        assert!(
            got.iter()
                .any(|e| e.0 == text && e.1 == "ORG" && e.2 == lemma),
            "{text} not an ORG {lemma} in {got:?}"
        );
    }
}

#[test]
fn a_preposition_does_not_stand_between_an_organisation_noun_and_its_name() {
    let got = ents("Prezes liczy na utrzymanie drużyny w II lidze.");
    assert!(got.iter().all(|e| e.0 != "II"), "{got:?}");
    let got = ents("Według agencji prasowej Reuters rozmowy trwają.");
    assert!(
        got.iter().any(|e| e.0 == "Reuters" && e.1 == "ORG"),
        "{got:?}"
    );
}

#[test]
fn an_organisation_after_a_title_is_no_person() {
    let got = ents("Wczoraj prezes Orlenu spotkał się z zawodnikiem Legii i ministrem Nowakiem.");
    let label = |t: &str| got.iter().find(|e| e.0 == t).map(|e| e.1);
    assert_eq!(label("Orlenu"), Some("ORG"), "{got:?}");
    assert_eq!(label("Legii"), Some("ORG"), "{got:?}");
    assert_eq!(label("Nowakiem"), Some("PER"), "{got:?}");
}

#[test]
fn an_organisation_name_lists_its_fields_and_keeps_its_prepositions() {
    let got = ents(
        "Rzecznik Ministerstwa Rodziny, Pracy i Polityki Społecznej milczy. \
         Wniosek trafił do Komisji Gospodarki i Komisji Edukacji, Nauki i Młodzieży. \
         Akcję prowadzi Fundacja Wszystko dla Zdrowia.",
    );
    for (text, lemma) in [
        (
            "Ministerstwa Rodziny, Pracy i Polityki Społecznej",
            "Ministerstwo Rodziny, Pracy i Polityki Społecznej",
        ),
        ("Komisji Gospodarki", "Komisja Gospodarki"),
        (
            "Komisji Edukacji, Nauki i Młodzieży",
            "Komisja Edukacji, Nauki i Młodzieży",
        ),
        (
            "Fundacja Wszystko dla Zdrowia",
            "Fundacja Wszystko dla Zdrowia",
        ),
    ] {
        assert!(
            got.iter()
                .any(|e| e.0 == text && e.1 == "ORG" && e.2 == lemma),
            "{text} not an ORG {lemma} in {got:?}"
        );
    }
}

#[test]
fn an_organisation_name_stops_before_a_person_a_place_or_an_apposition() {
    let got = ents(
        "Z Fundacją Batorego i Janem Kowalskim rozmawiał. \
         Komisja Europejska na Polskę nałożyła karę. \
         Prezes Fundacji Batorego, Anna Nowak, odpowiedziała.",
    );
    let label = |t: &str| got.iter().find(|e| e.0 == t).map(|e| e.1);
    assert_eq!(label("Fundacją Batorego"), Some("ORG"), "{got:?}");
    assert_eq!(label("Janem Kowalskim"), Some("PER"), "{got:?}");
    assert_eq!(label("Komisja Europejska"), Some("ORG"), "{got:?}");
    assert_eq!(label("Polskę"), Some("LOC"), "{got:?}");
    assert_eq!(label("Fundacji Batorego"), Some("ORG"), "{got:?}");
    assert_eq!(label("Anna Nowak"), Some("PER"), "{got:?}");
}

#[test]
fn an_institution_and_its_name_in_quotes_are_one_organisation() {
    let got = ents(
        "Prezes Spółdzielni Mieszkaniowej \"Nowoczesna\" odpowiedział. \
         Członkowie NSZZ \"Solidarność\" protestowali.",
    );
    let lemma = |t: &str| {
        got.iter()
            .find(|e| e.0 == t && e.1 == "ORG")
            .map(|e| e.2.clone())
    };
    assert_eq!(
        lemma("Spółdzielni Mieszkaniowej \"Nowoczesna\"").as_deref(),
        Some("Spółdzielnia Mieszkaniowa \"Nowoczesna\""),
        "{got:?}"
    );
    assert_eq!(
        lemma("NSZZ \"Solidarność\"").as_deref(),
        Some("NSZZ \"Solidarność\""),
        "{got:?}"
    );
    assert_eq!(got.len(), 2, "nothing found inside the quotes: {got:?}");
}

#[test]
fn double_barrelled_surnames_keep_their_hyphen_in_the_base_form() {
    for (text, lemma) in [
        (
            "Posłanka Zofia Kielan - Jaworowska zabrała głos.",
            "Zofia Kielan-Jaworowska",
        ),
        (
            "Sędzia Hanna Langa- Bieszki zabrała głos.",
            "Hanna Langa-Bieszki",
        ),
        (
            "Spotkał Janusza Korwin-Mikkego wczoraj.",
            "Janusz Korwin-Mikke",
        ),
    ] {
        let got = ents(text);
        assert!(
            got.iter().any(|e| e.1 == "PER" && e.2 == lemma),
            "{lemma} not in {got:?}"
        );
    }
}

/// The (surface, label, base form) triples of a text.
fn triples(text: &str) -> Vec<(String, &'static str, String)> {
    ents(text).into_iter().map(|e| (e.0, e.1, e.2)).collect()
}

#[test]
fn broadcasters_by_call_sign_and_channel() {
    let got = triples("Minister mówił w rozmowie z TVN24, a potem na antenie TVP Info.");
    assert!(
        got.contains(&("TVN24".into(), "ORG", "TVN24".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("TVP Info".into(), "ORG", "TVP Info".into())),
        "{got:?}"
    );
    let got = triples("Wywiad pokazały Polsat News i TV4.");
    assert!(
        got.contains(&("Polsat News".into(), "ORG", "Polsat News".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("TV4".into(), "ORG", "TV4".into())),
        "{got:?}"
    );
    // A formula or an index is no broadcaster.
    let got = triples("Emisja CO2 spadła, a WIG20 wzrósł.");
    assert!(got.iter().all(|e| e.0 != "CO2"), "{got:?}");
}

#[test]
fn clubs_by_the_context_of_sport() {
    let got = triples("Na konferencji trener Warty przyznał, że zagrali słabo.");
    assert!(
        got.contains(&("Warty".into(), "ORG", "Warta".into())),
        "{got:?}"
    );
    let got = triples("Kibice Legii i zawodnicy Lecha świętowali razem.");
    assert!(
        got.contains(&("Lecha".into(), "ORG", "Lech".into())),
        "{got:?}"
    );
    let got = triples("Wczoraj piłkarze przegrali mecz z Pogonią 0:2.");
    assert!(
        got.iter().any(|e| e.0 == "Pogonią" && e.1 == "ORG"),
        "{got:?}"
    );
    // `z` with the genitive is where one comes from, even on match day.
    let got = triples("Kibice wyjechali z Poznania na mecz.");
    assert!(
        got.contains(&("Poznania".into(), "LOC", "Poznań".into())),
        "{got:?}"
    );
}

#[test]
fn an_abbreviated_rank_names_a_person_even_by_an_ordinary_word() {
    let got = triples("– Wyjaśniamy to – dodaje gen. Biel z komendy.");
    assert!(got.iter().any(|e| e.0 == "Biel" && e.1 == "PER"), "{got:?}");
}

#[test]
fn companies_with_an_ampersand_or_a_plus_keep_it() {
    let got = triples("Umowę podpisały Procter & Gamble oraz Ernst & Young.");
    assert!(
        got.contains(&("Procter & Gamble".into(), "ORG", "Procter & Gamble".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("Ernst & Young".into(), "ORG", "Ernst & Young".into())),
        "{got:?}"
    );
    let got = triples("Mecz pokaże Canal+, a serial Disney+.");
    assert!(
        got.contains(&("Canal+".into(), "ORG", "Canal+".into())),
        "{got:?}"
    );
    assert!(
        got.contains(&("Disney+".into(), "ORG", "Disney+".into())),
        "{got:?}"
    );
}

#[test]
fn a_single_name_reporting_after_a_verb_of_the_press_is_a_medium() {
    let got = triples("Jak podaje Onet, rząd upadnie.");
    assert!(
        got.contains(&("Onet".into(), "ORG", "Onet".into())),
        "{got:?}"
    );
    let got = triples("Wiadomość podała Rzeczpospolita.");
    assert!(
        got.iter().any(|e| e.0 == "Rzeczpospolita" && e.1 == "ORG"),
        "{got:?}"
    );
    // A surname stays a person.
    let got = triples("Jak podaje Wrzosek, rząd upadnie.");
    assert!(
        got.iter().any(|e| e.0 == "Wrzosek" && e.1 == "PER"),
        "{got:?}"
    );
}

#[test]
fn an_unknown_name_ending_in_a_consonant_is_its_own_base_form() {
    // Not the genitive plural of `Mosaica`.
    assert_eq!(kropka::base_form("Mosaic"), "Mosaic");
    // A case ending still goes.
    assert_eq!(kropka::base_form("Samsungiem"), "Samsung");
    // Nor is `e` after a hard consonant a case ending: a Polish locative
    // softens the consonant (`Annie`), a foreign name keeps it.
    assert_eq!(kropka::base_form("Steve"), "Steve");
    assert_eq!(kropka::base_form("Annie"), "Anna");
    // The feminine adjective ending `-ej` is one.
    assert_eq!(kropka::base_form("ul. Jagiellońskiej"), "ul. Jagiellońska");
    // A phrase whose head is such a word is its own base form.
    assert_eq!(kropka::base_form("Sonic Youth"), "Sonic Youth");
    assert_eq!(kropka::base_form("Division One"), "Division One");
}

#[test]
fn unknown_surnames_decline_by_polish_sound_rules() {
    // The mobile `e` of `-ek` comes back; a velar takes `i` before `-em`.
    assert_eq!(
        kropka::base_form("Eugeniusza Kłopotka"),
        "Eugeniusz Kłopotek"
    );
    assert_eq!(
        kropka::base_form("Eugeniuszem Kłopotkiem"),
        "Eugeniusz Kłopotek"
    );
    assert_eq!(kropka::base_form("Edwinem Bendykiem"), "Edwin Bendyk");
    // `y` after a vowel ends an English stem (`Morley`).
    assert_eq!(kropka::base_form("Davida Morleya"), "David Morley");
    // `-ki` is the genitive of `-ka`, which no Italian name ends in.
    assert_eq!(kropka::base_form("Franza Kafki"), "Franz Kafka");
    // Clusters a nominative may end in stay (`Frank`).
    assert_eq!(kropka::base_form("Jana Franka"), "Jan Frank");
}

#[test]
fn an_unknown_first_name_declines_with_its_surname() {
    // Both in `-a` after a consonant: a man's genitive.
    assert_eq!(kropka::base_form("Lewisa Hamiltona"), "Lewis Hamilton");
    // A man's oblique ending on the surname tells the case alone.
    assert_eq!(kropka::base_form("Andrew Keenem"), "Andrew Keen");
    // A woman's surname form is no such pair.
    assert_eq!(kropka::base_form("Petra Kvitova"), "Petra Kvitova");
    // A woman's pair in the instrumental, as the entity rules read it.
    assert_eq!(kropka::base_form("Petrą Kvitovą"), "Petra Kvitova");
    assert_eq!(
        person_lemmas("To był wywiad Lewisa Hamiltona."),
        ["Lewis Hamilton"]
    );
    // The document declining the surname as a woman's keeps the nominative.
    assert_eq!(
        person_lemmas("Wygrała Aryna Sabalenka. Mecz z Aryną Sabalenką trwał długo."),
        ["Aryna Sabalenka", "Aryna Sabalenka"]
    );
}

#[test]
fn a_lone_first_name_takes_the_gender_its_context_shows() {
    let lemma_of = |text: &str, name: &str| {
        kropka::analyze(text)
            .entities
            .into_iter()
            .find(|e| text.get(e.range.clone()) == Some(name))
            .map(|e| e.lemma)
    };
    // Alone, a form that is a man's genitive and a woman's nominative reads
    // as the man's (`Stanisława` → `Stanisław`, as in `pomnik Stanisława`).
    assert_eq!(
        lemma_of("Odsłonięto pomnik Stanisława.", "Stanisława").as_deref(),
        Some("Stanisław")
    );
    // An honorific or a feminine verb after it makes it the woman's name.
    assert_eq!(
        lemma_of("Mówi nam pani Barbara.", "Barbara").as_deref(),
        Some("Barbara")
    );
    assert_eq!(
        lemma_of("Wczoraj Stanisława powiedziała to sąsiadom.", "Stanisława").as_deref(),
        Some("Stanisława")
    );
    assert_eq!(
        lemma_of("Spotkałem pana Stanisława.", "Stanisława").as_deref(),
        Some("Stanisław")
    );
}

#[test]
fn a_place_noun_and_an_adjective_spelt_like_a_surname_name_a_place() {
    let got = triples("Szli obok ruin Mostu Poniatowskiego, a potem zwiedzili Zamek Dybowski.");
    assert!(
        got.contains(&(
            "Mostu Poniatowskiego".into(),
            "LOC",
            "Most Poniatowski".into()
        )),
        "{got:?}"
    );
    assert!(
        got.iter().any(|e| e.0 == "Zamek Dybowski" && e.1 == "LOC"),
        "{got:?}"
    );
    // A person is still a person.
    let got = triples("Rozmawiał z nim Jan Poniatowski.");
    assert!(
        got.iter().any(|e| e.0 == "Jan Poniatowski" && e.1 == "PER"),
        "{got:?}"
    );
}

#[test]
fn the_first_half_of_a_spaced_compound_adjective_belongs_to_the_name() {
    let got = triples("Spotkanie Polsko - Wietnamskiej Grupy Parlamentarnej odbyło się wczoraj.");
    assert!(
        got.contains(&(
            "Polsko - Wietnamskiej Grupy Parlamentarnej".into(),
            "ORG",
            "Polsko - Wietnamska Grupa Parlamentarna".into()
        )),
        "{got:?}"
    );
    // The half alone is no name.
    assert!(!got.iter().any(|e| e.0 == "Polsko"), "{got:?}");
}

#[test]
fn a_lone_surname_of_unknown_case_is_read_in_the_singular() {
    let got = triples("Rozmawiał wczoraj z Nowickim.");
    assert!(
        got.contains(&("Nowickim".into(), "PER", "Nowicki".into())),
        "{got:?}"
    );
}

#[test]
fn an_unknown_name_in_an_interview_frame_is_a_medium() {
    let got = triples("Minister powiedział w rozmowie z Interią, że nie odejdzie.");
    assert!(
        got.contains(&("Interią".into(), "ORG", "Interia".into())),
        "{got:?}"
    );
    // A person stays a person.
    let got = triples("Minister powiedział w rozmowie z Nowickim, że nie odejdzie.");
    assert!(
        got.iter().any(|e| e.0 == "Nowickim" && e.1 == "PER"),
        "{got:?}"
    );
}

#[test]
fn a_preposition_inside_an_organisations_name_takes_an_ordinary_word() {
    // `Granica` is also a village and `Wolny` a surname; after a preposition
    // inside an organisation's name they are the ordinary words.
    let got = triples("Projekt przygotowała Komisja Emigracji i Polaków za Granicą.");
    assert_eq!(
        got,
        [(
            "Komisja Emigracji i Polaków za Granicą".to_owned(),
            "ORG",
            "Komisja Emigracji i Polaków za Granicą".to_owned()
        )]
    );
    // A place after the preposition stays apart (`na Polskę`).
    let got = triples("Komisja Europejska na Polskę nałożyła karę.");
    assert!(
        got.iter().any(|e| e.0 == "Polskę" && e.1 == "LOC"),
        "{got:?}"
    );
}

#[test]
fn institution_nouns_head_organisations() {
    for (text, name) in [
        (
            "Głos zabrał przewodniczący Konferencji Episkopatu Polski.",
            "Konferencji Episkopatu Polski",
        ),
        (
            "Posłowie Polskiego Stronnictwa Ludowego byli przeciw.",
            "Polskiego Stronnictwa Ludowego",
        ),
    ] {
        let got = triples(text);
        assert!(
            got.iter().any(|e| e.0 == name && e.1 == "ORG"),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn foreign_womens_names_in_oblique_cases_come_back_to_the_nominative() {
    let lemmas = person_lemmas;
    assert_eq!(
        lemmas("Wywiad Condoleezzy Rice był długi."),
        ["Condoleezza Rice"]
    );
    assert_eq!(
        lemmas("Wizyta Kamali Harris trwała dwa dni."),
        ["Kamala Harris"]
    );
    // A foreign woman's surname in `-i` does not decline.
    assert_eq!(
        lemmas("Rząd poparł wniosek Giorgii Meloni."),
        ["Giorgia Meloni"]
    );
    // Two particles stay inside the name, also opening a sentence.
    assert_eq!(
        lemmas("Zdaniem Ursuli von der Leyen to błąd."),
        ["Ursula von der Leyen"]
    );
    assert_eq!(
        lemmas("Ursula von der Leyen powiedziała to wczoraj."),
        ["Ursula von der Leyen"]
    );
    // English names in `-y` are nominatives.
    assert_eq!(
        lemmas("Spotkanie z Hillary Clinton trwało godzinę."),
        ["Hillary Clinton"]
    );
}

#[test]
fn a_noun_of_a_geographic_feature_makes_the_name_after_it_a_place() {
    for (text, name) in [
        (
            "Statek zawinął do portu Tuapse nad Morzem Czarnym.",
            "Tuapse",
        ),
        ("Samolot rozbił się nad wąwozem Argun.", "Argun"),
        ("Zginęło 700 osób w górskiej wiosce Chajbach.", "Chajbach"),
        ("Wypoczywali w kurorcie Malaga.", "Malaga"),
    ] {
        let got = triples(text);
        assert!(
            got.iter().any(|e| e.0 == name && e.1 == "LOC"),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_case_ending_after_an_apostrophe_goes() {
    assert_eq!(kropka::base_form("Ronalda Coase'a"), "Ronald Coase");
    assert_eq!(kropka::base_form("Briana O'Kelly'ego"), "Brian O'Kelly");
    assert_eq!(kropka::base_form("Bodokyego"), "Bodoky");
    // An apostrophe inside the name stays.
    assert_eq!(kropka::base_form("O'Neill"), "O'Neill");
    assert_eq!(
        person_lemmas("To był wywiad Steve'a Jobsa."),
        ["Steve Jobs"]
    );
}

#[test]
fn an_initial_opens_a_persons_name() {
    assert_eq!(kropka::base_form("J. Pipera"), "J. Piper");
    assert_eq!(kropka::base_form("M. Nowakiem"), "M. Nowak");
    assert_eq!(kropka::base_form("A. Kowalska"), "A. Kowalska");
}

#[test]
fn base_form_of_a_title_before_a_name() {
    // The name declines on its own; the title is named in the nominative.
    for (phrase, base) in [
        ("poseł Elżbietę Kruk", "poseł Elżbieta Kruk"),
        (
            "premiera Tadeusza Mazowieckiego",
            "premier Tadeusz Mazowiecki",
        ),
        (
            "minister edukacji Katarzyny Hall",
            "minister edukacji Katarzyna Hall",
        ),
        ("prof. Bohdana Chmielewskiego", "prof. Bohdan Chmielewski"),
    ] {
        assert_eq!(kropka::base_form(phrase), base, "{phrase}");
    }
    // A street or a patron keeps the genitive.
    assert_eq!(kropka::base_form("ul. Jana Pawła II"), "ul. Jana Pawła II");
}

#[test]
fn base_form_of_initials_and_a_surname() {
    assert_eq!(kropka::base_form("Z. Harrisa"), "Z. Harris");
    assert_eq!(kropka::base_form("K.K. Baczyńskiego"), "K.K. Baczyński");
    assert_eq!(kropka::base_form("J. Kowalskiej"), "J. Kowalska");
}

#[test]
fn a_remit_after_ds_is_part_of_the_name_and_abbreviations_keep_their_stop() {
    let e = ents("Szef Komitetu ds. Transportu zabrał głos.");
    assert!(
        e.iter()
            .any(|(text, label, lemma, _)| text == "Komitetu ds. Transportu"
                && *label == "ORG"
                && lemma == "Komitet ds. Transportu"),
        "{e:?}"
    );
    let e = ents("Uczniowie Zespołu Szkół im. Tadeusza Kościuszki wygrali.");
    assert!(
        e.iter().any(|(_, label, lemma, _)| *label == "ORG"
            && lemma == "Zespół Szkół im. Tadeusza Kościuszki"),
        "{e:?}"
    );
}

#[test]
fn a_double_barrelled_surname_may_end_in_a_common_word_or_a_glued_hyphen() {
    for text in [
        "Wczoraj Anna Kowalska - Nowak powiedziała, że zakłady ruszą.",
        "Wczoraj Anna Kowalska- Nowak powiedziała, że zakłady ruszą.",
    ] {
        let p = person_lemmas(text);
        assert_eq!(p, ["Anna Kowalska-Nowak"], "{text}");
    }
    // A dash that opens an aside joins nothing.
    let p = person_lemmas("Spotkali się Jan Nowak - prezes firmy - i Anna Lis.");
    assert_eq!(p, ["Jan Nowak", "Anna Lis"]);
}

#[test]
fn two_first_names_joined_by_a_hyphen_open_a_persons_name() {
    assert_eq!(
        person_lemmas(
            "Posłanka Anna-Maria Żukowska była przeciw. Spotkał się z Anną-Marią Żukowską."
        ),
        ["Anna-Maria Żukowska", "Anna-Maria Żukowska"]
    );
    assert_eq!(
        person_lemmas("Rozmawiał z Hansem-Dieterem Müllerem."),
        ["Hans-Dieter Müller"]
    );
}

#[test]
fn a_first_name_in_the_nominative_ends_an_organisation() {
    let got = ents("Szef Komisji Europejskiej Anna Lis przyjechała do Gdańska.");
    let labelled: Vec<(&str, &str)> = got.iter().map(|e| (e.0.as_str(), e.1)).collect();
    assert!(
        labelled.contains(&("Komisji Europejskiej", "ORG")),
        "{got:?}"
    );
    assert!(labelled.contains(&("Anna Lis", "PER")), "{got:?}");
    // A patron in the genitive stays outside the person found after it.
    let got = ents("Prezes Fundacji Anny Dymnej Jan Kos przyjechał.");
    assert!(
        got.iter().any(|e| e.0 == "Jan Kos" && e.1 == "PER"),
        "{got:?}"
    );
}

#[test]
fn a_surname_alone_is_not_read_as_a_plural_of_another_name() {
    // `Lis` is also the genitive plural of `Lisa`, `Kos` of `Kosa`.
    let text = "Minister Anna Lis i wiceminister Jan Kos przyjechali.\n\n\
                – Rozumiem – mówiła Lis.\n\n– Ale nie – dodał Kos.";
    assert_eq!(person_lemmas(text), ["Anna Lis", "Jan Kos", "Lis", "Kos"]);
    let got = ents(text);
    assert_eq!(got[0].3, got[2].3, "{got:?}");
    assert_eq!(got[1].3, got[3].3, "{got:?}");
}

#[test]
fn an_acronym_before_a_name_stays_apart_from_it() {
    let got = ents("Sekretarz generalny NATO Mark Rutte ostrzegł Rosję.");
    let labelled: Vec<(&str, &str)> = got.iter().map(|e| (e.0.as_str(), e.1)).collect();
    assert!(labelled.contains(&("NATO", "ORG")), "{got:?}");
    assert!(labelled.contains(&("Mark Rutte", "PER")), "{got:?}");
    // So does a known place before a name of unknown words.
    let got = ents("Prezydent Turcji Recep Tayyip Erdogan przyjechał.");
    let labelled: Vec<(&str, &str)> = got.iter().map(|e| (e.0.as_str(), e.1)).collect();
    assert!(labelled.contains(&("Turcji", "LOC")), "{got:?}");
    assert!(
        labelled.contains(&("Recep Tayyip Erdogan", "PER")),
        "{got:?}"
    );
    // A family's name in the plural keeps its singular base form.
    assert_eq!(person_lemmas("Przyszli Jodłowscy."), ["Jodłowski"]);
}

#[test]
fn a_womans_title_before_a_name_makes_it_a_womans_nominative() {
    // `Aleksandra Nowara` is also a man's genitive (`Aleksander Nowar`).
    for text in [
        "Przemawiała posłanka Aleksandra Nowara.",
        "Wypowiedziała się rzeczniczka KWP w Katowicach podinsp. Aleksandra Nowara.",
    ] {
        assert_eq!(person_lemmas(text), ["Aleksandra Nowara"], "{text}");
    }
    assert_eq!(
        person_lemmas("List do rzecznika Aleksandra Nowara."),
        ["Aleksander Nowar"]
    );
}

#[test]
fn a_first_name_that_does_not_decline_leaves_the_case_to_the_surname() {
    assert_eq!(person_lemmas("Rozmowa z Joe Bidenem."), ["Joe Biden"]);
}
