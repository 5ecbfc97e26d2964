//! Table-driven tests, one table per rule. Sentences are separated by ` | `.

use super::*;

fn split(seg: &Segmenter, text: &str) -> String {
    seg.split(text)
        .map(|s| s.text)
        .collect::<Vec<_>>()
        .join(" | ")
}

fn check(cases: &[(&str, &str)]) {
    let seg = Segmenter::new();
    for (input, expected) in cases {
        assert_eq!(&split(&seg, input), expected, "input: {input:?}");
    }
}

#[test]
fn terminators() {
    check(&[
        ("Ala ma kota. Kot ma Alę.", "Ala ma kota. | Kot ma Alę."),
        ("Czy to prawda? Tak!", "Czy to prawda? | Tak!"),
        ("Naprawdę?! Nie wierzę.", "Naprawdę?! | Nie wierzę."),
        (
            "Czekaliśmy... Nikt nie przyszedł.",
            "Czekaliśmy... | Nikt nie przyszedł.",
        ),
        (
            "Czekaliśmy… Nikt nie przyszedł.",
            "Czekaliśmy… | Nikt nie przyszedł.",
        ),
        ("Czekaliśmy... i czekaliśmy.", "Czekaliśmy... i czekaliśmy."),
        ("Dlaczego? bo tak.", "Dlaczego? | bo tak."),
        ("Koniec.", "Koniec."),
        ("Bez kropki na końcu", "Bez kropki na końcu"),
        (
            "Wynik to 83. W sumie dobrze.",
            "Wynik to 83. | W sumie dobrze.",
        ),
    ]);
}

#[test]
fn abbreviations() {
    check(&[
        (
            "Wykład wygłosił prof. Jan Nowak.",
            "Wykład wygłosił prof. Jan Nowak.",
        ),
        ("Mieszka przy ul. Długiej 5.", "Mieszka przy ul. Długiej 5."),
        ("Zob. art. 42 ustawy.", "Zob. art. 42 ustawy."),
        ("Było m.in. Radio Kraków.", "Było m.in. Radio Kraków."),
        (
            "Spotkanie o godz. 17.15 w sali.",
            "Spotkanie o godz. 17.15 w sali.",
        ),
        (
            "Zbudowano go w 1999 r. Potem go zburzono.",
            "Zbudowano go w 1999 r. | Potem go zburzono.",
        ),
        (
            "Zbudowano go w 1999 r. w maju.",
            "Zbudowano go w 1999 r. w maju.",
        ),
        (
            "Wzrosła o 25 proc. Nic nie wskazuje na spadek.",
            "Wzrosła o 25 proc. | Nic nie wskazuje na spadek.",
        ),
        (
            "Kupili jabłka, gruszki itd. Potem wrócili.",
            "Kupili jabłka, gruszki itd. | Potem wrócili.",
        ),
        (
            "To dzieło z XX w. Autor jest nieznany.",
            "To dzieło z XX w. | Autor jest nieznany.",
        ),
        (
            "Dowodził płk. Adam Zieliński.",
            "Dowodził płk. Adam Zieliński.",
        ),
        ("Przyszedł Prof. Nowak.", "Przyszedł Prof. Nowak."),
    ]);
}

#[test]
fn initials_numbers_and_tokens() {
    check(&[
        (
            "Przemawiał J. Kowalski z Gdańska.",
            "Przemawiał J. Kowalski z Gdańska.",
        ),
        (
            "Zatrzymano Jana K. Policja go przesłuchała.",
            "Zatrzymano Jana K. | Policja go przesłuchała.",
        ),
        (
            "Zeznawał Jerzy C. Wiatr też.",
            "Zeznawał Jerzy C. Wiatr też.",
        ),
        (
            "Pociąg miał 40-min. opóźnienie.",
            "Pociąg miał 40-min. opóźnienie.",
        ),
        (
            "Jan K. powiedział, że nic nie wie.",
            "Jan K. powiedział, że nic nie wie.",
        ),
        (
            "Zatrzymano Jana K. W jego mieszkaniu była broń.",
            "Zatrzymano Jana K. | W jego mieszkaniu była broń.",
        ),
        (
            "Potrzebna jest witamina C. To ważne.",
            "Potrzebna jest witamina C. | To ważne.",
        ),
        (
            "Dziękuję im. Nie było łatwo.",
            "Dziękuję im. | Nie było łatwo.",
        ),
        (
            "Szkoła im. Adama Mickiewicza. Jest duża.",
            "Szkoła im. Adama Mickiewicza. | Jest duża.",
        ),
        ("Jest ok. Ale co dalej?", "Jest ok. | Ale co dalej?"),
        (
            "Mieszka przy ul. Na Skarpie.",
            "Mieszka przy ul. Na Skarpie.",
        ),
        (
            "Obejrzał film pt. Nie lubię poniedziałku.",
            "Obejrzał film pt. Nie lubię poniedziałku.",
        ),
        ("Rozmawiał ze Sz. Nowakiem.", "Rozmawiał ze Sz. Nowakiem."),
        ("Obchodzimy 21. rocznicę.", "Obchodzimy 21. rocznicę."),
        (
            "Umowę podpisano 1.12.2025 w Sejmie.",
            "Umowę podpisano 1.12.2025 w Sejmie.",
        ),
        (
            "Kurs wynosi 4.35 zł. Wczoraj było 4.30.",
            "Kurs wynosi 4.35 zł. | Wczoraj było 4.30.",
        ),
        (
            "Pisz na adres jan.nowak@example.pl. Odpowiem.",
            "Pisz na adres jan.nowak@example.pl. | Odpowiem.",
        ),
        (
            "Strona www.example.pl działa. Zajrzyj tam.",
            "Strona www.example.pl działa. | Zajrzyj tam.",
        ),
        (
            "Zrób tak. 3. Sprawdź wynik.",
            "Zrób tak. | 3. Sprawdź wynik.",
        ),
    ]);
}

#[test]
fn missing_space_and_lowercase() {
    check(&[
        ("Był jeden.Dwa już nie.", "Był jeden. | Dwa już nie."),
        (
            "Portal Onet.pl podał to.Nikt nie wiedział.",
            "Portal Onet.pl podał to. | Nikt nie wiedział.",
        ),
        (
            "Wyjechał do Nowego Targu. potem wrócił.",
            "Wyjechał do Nowego Targu. | potem wrócił.",
        ),
        (
            "Kto to był (może on?) i skąd?",
            "Kto to był (może on?) i skąd?",
        ),
        ("Nie wiem. – ale spróbuję.", "Nie wiem. | – ale spróbuję."),
    ]);
}

#[test]
fn footnote_marks() {
    check(&[
        ("Był duży.[12] Potem spadł.", "Był duży.[12] | Potem spadł."),
        (
            "Był duży.[1][2] Potem spadł.",
            "Był duży.[1][2] | Potem spadł.",
        ),
        (
            "Było to w 2010 r. [4] Potem nie.",
            "Było to w 2010 r. [4] | Potem nie.",
        ),
        ("Koniec. [1]", "Koniec. [1]"),
        // Not marks: four digits, a lower-case word after a spaced mark.
        ("Był duży. [1234] Potem.", "Był duży. | [1234] Potem."),
        (
            "Zobacz. [1] tekst przypisu.",
            "Zobacz. | [1] tekst przypisu.",
        ),
    ]);
}

#[test]
fn quotes_and_brackets() {
    check(&[
        (
            "Powiedział: \"Idę.\" Wyszedł.",
            "Powiedział: \"Idę.\" | Wyszedł.",
        ),
        (
            "Powiedział: „Idę.” Wyszedł.",
            "Powiedział: „Idę.” | Wyszedł.",
        ),
        (
            "(Zaczął od wierszy.) Potem pisał prozę.",
            "(Zaczął od wierszy.) | Potem pisał prozę.",
        ),
        (
            "Było późno. „Idziemy” – rzekł.",
            "Było późno. | „Idziemy” – rzekł.",
        ),
        ("\"Tak!\" - krzyknął Marek.", "\"Tak!\" - krzyknął Marek."),
        (
            "\"Wspieramy ich (…)\" - napisał minister.",
            "\"Wspieramy ich (…)\" - napisał minister.",
        ),
        (
            "Wiemy, gdzie mieszkają (...). – To nie koniec.",
            "Wiemy, gdzie mieszkają (...). | – To nie koniec.",
        ),
        (
            "Mówił o tym (...) – Nie wiem – dodał.",
            "Mówił o tym (...) | – Nie wiem – dodał.",
        ),
        ("Mówił (...) o wszystkim.", "Mówił (...) o wszystkim."),
        (
            "Ludzie (w tym dzieci - red.) uciekli.",
            "Ludzie (w tym dzieci - red.) uciekli.",
        ),
        // A closing quote set off by a space still closes the sentence.
        (
            "Krzyczał: \"Precz stąd! \". Nikt nie wyszedł.",
            "Krzyczał: \"Precz stąd! \". | Nikt nie wyszedł.",
        ),
        (
            "Napisał: „To koniec. ”. Potem zamilkł.",
            "Napisał: „To koniec. ”. | Potem zamilkł.",
        ),
        // An opening quote after a space is not pulled back.
        (
            "Było cicho. \"Kto tam?\" - spytał.",
            "Było cicho. | \"Kto tam?\" - spytał.",
        ),
    ]);
}

#[test]
fn dialogue() {
    check(&[
        ("– Tak! – krzyknął.", "– Tak! – krzyknął."),
        ("– Wiem. – Nie wiesz.", "– Wiem. | – Nie wiesz."),
        (
            "Było cicho. - Kto tam? - zapytała.",
            "Było cicho. | - Kto tam? - zapytała.",
        ),
        (
            "– Dobrze – mówi Anna. – Zaczynamy.",
            "– Dobrze – mówi Anna. | – Zaczynamy.",
        ),
        ("— Idę! — zawołał.", "— Idę! — zawołał."),
    ]);
}

#[test]
fn newlines() {
    let join = Segmenter::builder()
        .newline(NewlinePolicy::Join)
        .build()
        .unwrap();
    let brk = Segmenter::new();
    let cases = [
        // input, break policy, join policy
        (
            "Nagłówek bez kropki\nTreść artykułu.",
            "Nagłówek bez kropki | Treść artykułu.",
            "Nagłówek bez kropki\nTreść artykułu.",
        ),
        (
            "Akapit pierwszy\n\nAkapit drugi",
            "Akapit pierwszy | Akapit drugi",
            "Akapit pierwszy | Akapit drugi",
        ),
        (
            "Zdanie łamane\nw połowie.",
            "Zdanie łamane\nw połowie.",
            "Zdanie łamane\nw połowie.",
        ),
        (
            "Lista:\n- jeden\n- dwa",
            "Lista: | - jeden | - dwa",
            "Lista: | - jeden | - dwa",
        ),
        ("Wstęp\r\n\r\nTreść.", "Wstęp | Treść.", "Wstęp | Treść."),
        ("Dwa\nwiersze\n", "Dwa\nwiersze", "Dwa\nwiersze"),
    ];
    for (input, b, j) in cases {
        assert_eq!(split(&brk, input), b, "break: {input:?}");
        assert_eq!(split(&join, input), j, "join: {input:?}");
    }
}

#[test]
fn builder_lists() {
    let seg = Segmenter::builder()
        .abbreviation("kons")
        .not_abbreviation("ul.")
        .final_abbreviation("np.")
        .build()
        .unwrap();
    assert_eq!(split(&seg, "Był kons. Nowak."), "Był kons. Nowak.");
    assert_eq!(
        split(&seg, "Jest ul. Wpadła pszczoła."),
        "Jest ul. | Wpadła pszczoła."
    );
    assert_eq!(split(&seg, "Weź np. Kraków."), "Weź np. | Kraków.");
    for bad in ["", "  ", "dwa słowa", &"x".repeat(40), ".", "..", "!"] {
        assert!(matches!(
            Segmenter::builder().abbreviation(bad).build(),
            Err(Error::InvalidAbbreviation(_))
        ));
        assert!(matches!(
            Segmenter::builder().not_abbreviation(bad).build(),
            Err(Error::InvalidAbbreviation(_))
        ));
    }
    // The same entry as an abbreviation and as a word is a contradiction.
    for (a, w) in [("kons.", "kons"), ("Kons", "kons."), ("np.", "NP.")] {
        assert_eq!(
            Segmenter::builder()
                .abbreviation(a)
                .not_abbreviation(w)
                .build()
                .err(),
            Some(Error::ConflictingAbbreviation(a.to_owned()))
        );
        assert!(matches!(
            Segmenter::builder()
                .final_abbreviation(a)
                .not_abbreviation(w)
                .build(),
            Err(Error::ConflictingAbbreviation(_))
        ));
    }
    assert!("sideways".parse::<NewlinePolicy>().is_err());
    assert_eq!("join".parse::<NewlinePolicy>(), Ok(NewlinePolicy::Join));
}

#[test]
fn unicode_line_breaks() {
    // NEL, the line and paragraph separators and a lone CR break lines as
    // `\n` does; `\r\n` is one break.
    check(&[
        ("Ala ma kota\u{2028}Ola ma psa", "Ala ma kota | Ola ma psa"),
        ("Ala ma kota\u{2029}Ola ma psa", "Ala ma kota | Ola ma psa"),
        ("Ala ma kota\u{85}Ola ma psa", "Ala ma kota | Ola ma psa"),
        ("Ala ma kota\rOla ma psa", "Ala ma kota | Ola ma psa"),
        ("Ala ma kota\r\nOla ma psa", "Ala ma kota | Ola ma psa"),
        (
            "Ala ma kota,\u{2028}a Ola psa",
            "Ala ma kota,\u{2028}a Ola psa",
        ),
        ("Ala ma kota,\ra Ola psa", "Ala ma kota,\ra Ola psa"),
        (
            "Cena:\u{a0}5 zł. «Tak» – mówi.",
            "Cena:\u{a0}5 zł. | «Tak» – mówi.",
        ),
    ]);
    // A paragraph separator is a blank line: it ends a sentence also when
    // single newlines join lines.
    let join = Segmenter::builder()
        .newline(NewlinePolicy::Join)
        .build()
        .unwrap();
    assert_eq!(split(&join, "Ala ma\u{2028}kota"), "Ala ma\u{2028}kota");
    assert_eq!(split(&join, "Ala ma\u{2029}kota"), "Ala ma | kota");
    assert_eq!(split(&join, "Ala ma\r\rkota"), "Ala ma | kota");
}

#[test]
fn other_scripts_and_emoji() {
    check(&[
        ("Tu jest мир. Ola ma kota.", "Tu jest мир. | Ola ma kota."),
        ("Słowo λόγος. Ola ma kota.", "Słowo λόγος. | Ola ma kota."),
        ("Ala ma kota.😀 Ola ma psa.", "Ala ma kota.😀 | Ola ma psa."),
        ("Ala ma kota!👍🏻 Ola ma psa.", "Ala ma kota!👍🏻 | Ola ma psa."),
        ("Ala ma kota.😀Ola ma psa.", "Ala ma kota.😀 | Ola ma psa."),
        (
            "Ala ma kota. 😀 Ola ma psa.",
            "Ala ma kota. | 😀 Ola ma psa.",
        ),
        // Polish vowel-less abbreviations keep their shape rule.
        ("Przyszedł płk. Nowak.", "Przyszedł płk. Nowak."),
    ]);
}

#[test]
fn explain_names_rules() {
    let seg = Segmenter::new();
    let d = seg.explain("Wraca J. Nowak, prof. UW. – Tak – rzekł.\nKoniec");
    let rules: Vec<(Rule, bool)> = d.iter().map(|d| (d.rule, d.split)).collect();
    assert_eq!(
        rules,
        [
            (Rule::Initial, false),
            (Rule::Abbreviation, false),
            (Rule::DialogueDash, true),
            (Rule::Terminator, true),
        ]
    );
    assert!(d.iter().all(|x| !x.rule.describe().is_empty()));
}

#[test]
fn ranges_index_the_input() {
    let text = "  Zażółć gęślą jaźń.  Drugie\tzdanie!\n\n";
    let got: Vec<_> = sentences(text).collect();
    assert_eq!(got.len(), 2);
    for s in got {
        assert_eq!(&text[s.range.clone()], s.text);
    }
}

#[test]
fn degenerate_inputs() {
    let seg = Segmenter::new();
    for text in [
        "",
        " ",
        "\n\n\n",
        ".",
        "...",
        "?!",
        "(...)",
        "-",
        "a.",
        " . . ",
        "\u{301}.",
        "ą\u{0}.\u{7f}B",
    ] {
        let got: Vec<_> = seg.split(text).collect();
        let covered: usize = got
            .iter()
            .map(|s| s.text.chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        let total = text.chars().filter(|c| !c.is_whitespace()).count();
        assert_eq!(covered, total, "{text:?}");
    }
}

/// The byte-level fast path decides exactly as the general rules do.
#[test]
fn fast_path_agrees_with_general_rules() {
    let fast = Segmenter::new();
    let slow = Segmenter {
        fast_path: false,
        ..Segmenter::new()
    };
    let article = include_str!("../../examples/artykul.txt");
    let golden = include_str!("../../tests/data/segment.txt");
    let extra = "Wrócił. Łukasz też. Ósmy raz? Tak! Prof. Nowak. Sz. Kowal. Ab. Cd. \
                 Warszawa. Zając. W USA. Zbudował. Ćwierć. płk. Nowak. ul. Długa. \
                 Polska.\nNowy wiersz. Koniec.\r\nDalej.  Dwie spacje. Stop. ŻÓŁW.";
    for text in [article, golden, extra] {
        assert_eq!(fast.explain(text), slow.explain(text), "{text}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

    /// The fast path and the general rules agree on arbitrary word soup.
    #[test]
    fn fast_path_agrees_on_random_text(
        words in proptest::collection::vec(
            "(Ab|ab|abc|płk|Łódź|zając|Prof|prof|ul|r|J|Sz|USA|Warszawa|12|słowo|ŻÓŁW|m\\.in|Mężczyzna|Uśmiech|–|-|—|„Tak|\\(|\\)|»|ósmy|ćma|…|\u{b}|\u{c}|\u{a0}|\"|”)[.?!]?[ \n]{0,2}",
            0..40,
        )
    ) {
        let text = words.concat();
        let fast = Segmenter::new();
        let slow = Segmenter { fast_path: false, ..Segmenter::new() };
        proptest::prop_assert_eq!(fast.explain(&text), slow.explain(&text));
    }
}

#[test]
fn polish_lower_pairs_are_the_nine_letters() {
    for c in '\u{80}'..='\u{17F}' {
        let mut buf = [0u8; 4];
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        let [lead, cont] = *bytes else { continue };
        let letter = "ąćęłńóśźż".contains(c);
        let vowel = "ąęó".contains(c);
        assert_eq!(polish_lower_pair(lead, cont), (letter, vowel), "{c}");
    }
    assert_eq!(polish_lower_pair(0xE2, 0x80), (false, false));
}

#[test]
fn stacked_ranks_and_agency_credits() {
    check(&[
        (
            "– Uważajcie – mówi asp. sztab. Marek Wrona z KMP. Potem wyszedł.",
            "– Uważajcie – mówi asp. sztab. Marek Wrona z KMP. | Potem wyszedł.",
        ),
        (
            "Dowodził płk dypl. pil. Jan Rak. Był tam kpt. mar. Adam Lis.",
            "Dowodził płk dypl. pil. Jan Rak. | Był tam kpt. mar. Adam Lis.",
        ),
        // `szt.` is `sztabowy` after a rank, `sztuk` elsewhere.
        (
            "Mówi st. asp. szt. Jan Kos. Sprzedano 5 szt. Potem więcej.",
            "Mówi st. asp. szt. Jan Kos. | Sprzedano 5 szt. | Potem więcej.",
        ),
        // A credit closing the text or its line stays with the last sentence.
        (
            "Policja zatrzymała sprawcę. (PAP)",
            "Policja zatrzymała sprawcę. (PAP)",
        ),
        (
            "Zatrzymano go. (kk/PAP)\nNowy tekst.",
            "Zatrzymano go. (kk/PAP) | Nowy tekst.",
        ),
        // Not a bracket that opens a sentence going on.
        (
            "Zatrzymano go. (Zob. ramka.) Potem.",
            "Zatrzymano go. | (Zob. ramka.) | Potem.",
        ),
    ]);
}
