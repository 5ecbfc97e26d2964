//! Base forms (nominative) of entity mentions.
//!
//! Known words take their lemma from the lexicon, choosing the reading whose
//! case agrees with the rest of the name (a first name in the genitive makes
//! the surname genitive too). Unknown words are brought back by stripping a
//! case ending, preferring a form that the document itself uses elsewhere
//! (`Riabkowa` → `Riabkow` because `Riabkow` occurs) — document evidence
//! first, endings second.

use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::{LOC, Mention, ORG, PER, Word, readings};
use crate::lexicon::{NameClass, NameReading, case};
use crate::output::Entity;

/// Endings of masculine nouns and surnames, with what replaces them in the
/// nominative, longest first. Adjectival surnames (`-ski`) come first.
const MASC_ENDINGS: &[(&str, &str, u16)] = &[
    ("skiego", "ski", case::GEN | case::ACC),
    ("ckiego", "cki", case::GEN | case::ACC),
    ("dzkiego", "dzki", case::GEN | case::ACC),
    ("skiemu", "ski", case::DAT),
    ("ckiemu", "cki", case::DAT),
    ("skim", "ski", case::INST | case::LOC),
    ("ckim", "cki", case::INST | case::LOC),
    // Foreign surnames in `-e` decline like adjectives (`Linde` → `Lindego`,
    // `Mikke` → `Mikkemu`); Polish adjectival ones are in the lexicon.
    ("ego", "e", case::GEN | case::ACC),
    ("emu", "e", case::DAT),
    // `Stępnia` → `Stępień`: the mobile `ie` of `-ień` returns.
    ("niowi", "ień", case::DAT),
    ("niem", "ień", case::INST),
    ("nia", "ień", case::GEN | case::ACC),
    ("niu", "ień", case::LOC | case::VOC),
    // A velar takes `i` before `-em` (`Bendykiem`, `Długiem`).
    ("kiem", "k", case::INST),
    ("giem", "g", case::INST),
    ("owi", "", case::DAT),
    ("em", "", case::INST),
    ("ie", "", case::LOC | case::VOC),
    ("a", "", case::GEN | case::ACC),
    ("u", "", case::LOC | case::DAT | case::GEN),
    // Men's surnames in `-a` and `-o` decline like feminine nouns
    // (`Wałęsy` → `Wałęsa`, `Ziobry` → `Ziobro`): `-a` first, `-o` when the
    // document writes it.
    ("y", "a", case::GEN),
    ("i", "a", case::GEN),
    ("ę", "a", case::ACC),
    ("ą", "a", case::INST),
    ("y", "o", case::GEN),
    ("i", "o", case::GEN),
    ("ę", "o", case::ACC),
    ("ą", "o", case::INST),
];

/// Endings of feminine surnames and names.
const FEM_ENDINGS: &[(&str, &str, u16)] = &[
    ("skiej", "ska", case::GEN | case::DAT | case::LOC),
    ("ckiej", "cka", case::GEN | case::DAT | case::LOC),
    ("ską", "ska", case::ACC | case::INST),
    ("cką", "cka", case::ACC | case::INST),
    ("ii", "ia", case::GEN | case::DAT | case::LOC),
    ("ą", "a", case::INST),
    ("ę", "a", case::ACC),
    ("y", "a", case::GEN),
    ("i", "a", case::GEN),
];

/// Unknown words that look like surnames by their endings.
const SURNAME_ENDINGS: &[&str] = &[
    "ski", "cki", "dzki", "ska", "cka", "wicz", "owicz", "ewicz", "czyk", "czak", "iak", "ow",
    "ew", "ov", "ev", "ova", "owa", "enko", "uk", "ak", "ek", "ik", "in", "yn", "son", "sen",
    "man", "mann", "berg", "stein",
];

/// [`SURNAME_ENDINGS`] by their last byte (every ending is ASCII).
static SURNAME_ENDINGS_BY_LAST: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
    let mut out = vec![Vec::new(); 128];
    for e in SURNAME_ENDINGS {
        if let Some(list) = e
            .as_bytes()
            .last()
            .and_then(|&b| out.get_mut(usize::from(b)))
        {
            list.push(*e);
        }
    }
    out
});

pub(super) fn looks_like_surname(w: &str) -> bool {
    // Only the endings that end in the word's last letter, in lower case: an
    // ASCII letter, or `k` for the Kelvin sign; no other char lowers to ASCII.
    let last = match w.as_bytes().last() {
        Some(&b) if b.is_ascii() => b.to_ascii_lowercase(),
        Some(_) if w.ends_with('\u{212A}') => b'k',
        _ => return false,
    };
    let Some(endings) = SURNAME_ENDINGS_BY_LAST.get(usize::from(last)) else {
        return false;
    };
    !endings.is_empty()
        && crate::lexicon::with_lower(w, |lower| endings.iter().any(|e| lower.ends_with(e)))
        && w.chars().count() > 3
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ą' | 'ę' | 'ó')
}

/// Candidate nominatives of an unknown name word, best first.
fn candidates(w: &str, feminine: bool, cases: u16) -> Vec<String> {
    let mut out = Vec::new();
    let table = if feminine { FEM_ENDINGS } else { MASC_ENDINGS };
    for &(end, repl, c) in table {
        if cases != 0 && cases & c == 0 {
            continue;
        }
        if let Some(stem) = w.strip_suffix(end) {
            // Keep at least three letters and end the stem on a consonant
            // (`Trumpa` → `Trump`, never `Maduro` → `Madur`); `y` after a
            // vowel is one (`Morleya` → `Morley`).
            if stem.chars().count() >= 3 && (!repl.is_empty() || consonant_end(stem)) {
                out.push(mobile_e(format!("{stem}{repl}")));
            }
        }
    }
    out
}

/// Whether a stem ends in a consonant, `y` after a vowel counting as one
/// (`Trump`, `Morley`; not `Madur`).
fn consonant_end(stem: &str) -> bool {
    let mut back = stem.chars().rev();
    let (last, before) = (back.next(), back.next());
    last.is_some_and(|c| {
        c.is_alphabetic() && !is_vowel(c) || c == 'y' && before.is_some_and(is_vowel)
    })
}

/// A stem that ends in `k` after a consonant takes back the mobile `e` of
/// its nominative (`Kłopotka` → `Kłopotek`, `Kadłubka` → `Kadłubek`), which
/// no Polish word ends without; not after `l`, `r`, `n`, `s` (`Falka`,
/// `Franka`, `Laska` may keep the cluster).
fn mobile_e(base: String) -> String {
    let mut back = base.chars().rev();
    let (last, before) = (back.next(), back.next());
    if last == Some('k') && before.is_some_and(|c| "bcdfghjłmpśtwzźżć".contains(c)) {
        let head = base.strip_suffix('k').unwrap_or(&base);
        return format!("{head}ek");
    }
    base
}

/// A surname that is also a common noun declines like it (`Kowala` →
/// `Kowal`, `Wrony` → `Wrona`, `Boga` → `Bóg`): the noun's singular lemma,
/// capitalised, when the dictionary reads the word (in lower case) as an
/// oblique case of it that agrees with `cases`, and never as a nominative.
/// A woman's surname declines so only when the noun is feminine.
fn common_noun_lemma(w: &str, feminine: bool, cases: u16) -> Option<String> {
    const CASES: [(&str, u16); 6] = [
        ("gen", case::GEN),
        ("dat", case::DAT),
        ("acc", case::ACC),
        ("inst", case::INST),
        ("loc", case::LOC),
        ("voc", case::VOC),
    ];
    let lower = w.to_lowercase();
    let analyses: Vec<crate::morph::Analysis> = crate::morph::dictionary(&lower).collect();
    if analyses.iter().any(|a| a.case.is_none_or(|c| c == "nom")) {
        return None;
    }
    let a = analyses.iter().find(|a| {
        let case_bit = CASES
            .iter()
            .find(|(name, _)| a.case == Some(name))
            .map_or(0, |(_, bit)| *bit);
        a.pos == crate::morph::Pos::Noun
            && a.plural == Some(false)
            && case_bit != 0
            && (cases == 0 || cases & case_bit != 0)
            && (!feminine || a.gender == Some("f"))
    })?;
    let crate::morph::Lemma::Given(lemma) = a.lemma else {
        return None;
    };
    if lemma == lower || lemma.contains(' ') {
        return None;
    }
    let mut chars = lemma.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// A foreign name whose Polish case ending follows an apostrophe (`Steve'a`,
/// `Coase'a`, `O'Kelly'ego`, `Andy'emu`) or, after a final `y`, comes with
/// no apostrophe (`Bodokyego`): the name as it stands without the ending.
pub(super) fn apostrophe_base(w: &str) -> Option<&str> {
    const ENDINGS: &[&str] = &["a", "ego", "emu", "em", "owi", "ie", "u", "iem", "m"];
    if let Some(i) = w.rfind(['\'', '’']) {
        let (stem, rest) = (w.get(..i)?, w.get(i..)?);
        let ending = rest.get(rest.chars().next()?.len_utf8()..)?;
        return (ENDINGS.contains(&ending) && stem.chars().count() >= 2).then_some(stem);
    }
    ["yego", "yemu"].iter().find_map(|e| {
        w.strip_suffix(&e[1..])
            .filter(|s| s.ends_with('y') && s.chars().count() >= 3)
    })
}

/// Chooses the base form of one unknown word.
fn unknown_word(w: &str, feminine: bool, cases: u16, seen: &FxHashSet<&str>) -> String {
    if let Some(stem) = apostrophe_base(w) {
        return stem.to_owned();
    }
    if cases & case::NOM != 0 {
        return w.to_owned();
    }
    let cands = candidates(w, feminine, cases);
    // A form the document uses elsewhere wins.
    if let Some(c) = cands.iter().find(|c| seen.contains(c.as_str())) {
        return c.clone();
    }
    if let Some(l) = common_noun_lemma(w, feminine, cases) {
        return l;
    }
    // A woman's foreign surname in `-i` does not decline (`Meloni`); a
    // Polish one in `-i` is the genitive of `-ka`, `-ga`, `-la`, `-ja`.
    if feminine && w.ends_with('i') && !["ki", "gi", "li", "ji"].iter().any(|e| w.ends_with(e)) {
        return w.to_owned();
    }
    // Foreign-looking names ending in a vowel do not decline (`Maduro`);
    // the adjectival and dative endings are Polish (`Nowickiego`, `Nowakowi`),
    // and so is `-ki` of `-ka` (`Kafki`), which no Italian name ends in.
    if w.chars()
        .next_back()
        .is_some_and(|c| matches!(c, 'o' | 'e' | 'i' | 'u' | 'é'))
        && !feminine
        && !["ego", "emu", "owi", "ki"].iter().any(|e| w.ends_with(e))
    {
        return w.to_owned();
    }
    if cases != 0 {
        if let Some(c) = cands.into_iter().next() {
            return c;
        }
    }
    w.to_owned()
}

/// Whether a surname shows a case ending (`Nowaka`, `Kowalskiemu`,
/// `Nowakowskiej`, `Gomułki`), judged by its first part when it is hyphenated: a
/// feminine nominative in `-ska`, `-owa` or a consonant (`Nowak`) shows none.
fn declined_surname(w: &str) -> bool {
    let first = w.split('-').next().unwrap_or(w).to_lowercase();
    let ends = |es: &[&str]| es.iter().any(|e| first.ends_with(e));
    ends(&["ego", "emu", "owi", "em", "im", "ym", "ą", "ę", "ej"])
        || first.ends_with('a') && !ends(&["ska", "cka", "dzka", "owa", "ówna"])
        || ends(&["ki", "gi", "cy"]) && !ends(&["ski", "cki", "dzki"])
}

/// The singular cases' bits: one person's readings.
const ONE_PERSON: u16 = (1 << 8) - 1;

/// A plural ending of a family's name (`Kowalscy`, `Nowakowie`,
/// `Kowalskich`, `Nowaków`).
fn plural_ending(w: &str) -> bool {
    [
        "cy", "owie", "ich", "ych", "ów", "om", "ami", "ach", "imi", "ymi",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

/// The lemma and case bits of a first name, and whether it is feminine.
/// When a form is the nominative of one name and a case of another
/// (`Stanisława`, `Krystyna`, `Alojzy`), the surname after it decides:
/// a declined surname takes a singular case (`Stanisława Nowaka` →
/// `Stanisław`),
/// an undeclined one the nominative (`Stanisława Nowak`), or else a woman's
/// name (`Barbarze Zając` → `Barbara`), as a man's surname would decline.
///
/// A lone name takes the gender the context shows (`feminine`: `pani
/// Barbara`, `Barbara powiedziała` → `Barbara`, not the man's `Barbar`);
/// a woman by the context keeps her nominative beside a surname too
/// (`posłanka Aleksandra Nowara`).
fn first_name_cases(
    w: &str,
    surname: Option<&str>,
    feminine: Option<bool>,
) -> Option<(&'static str, u16, bool)> {
    // Singular readings: a plural (`Lis`, of `Lisa`) names no one person.
    let names = || {
        readings(w).iter().filter(|r| {
            matches!(r.class, NameClass::FirstMale | NameClass::FirstFemale)
                && r.cases & ONE_PERSON != 0
        })
    };
    let nominative = |r: &NameReading| r.lemma == w && r.cases & case::NOM != 0;
    let chosen = match surname {
        // A woman by the context (`posłanka Aleksandra Nowara`).
        Some(_)
            if feminine == Some(true)
                && names().any(|r| r.class == NameClass::FirstFemale && nominative(&r)) =>
        {
            names().find(|r| r.class == NameClass::FirstFemale && nominative(r))
        }
        Some(s) if declined_surname(s) => names()
            .find(|r| r.cases & (case::GEN | case::DAT | case::ACC | case::INST | case::LOC) != 0),
        Some(_) => names()
            .find(nominative)
            .or_else(|| names().find(|r| r.class == NameClass::FirstFemale)),
        None => feminine.and_then(|f| {
            names().find(|r| (r.class == NameClass::FirstFemale) == f && (!f || nominative(r)))
        }),
    }
    .or_else(|| names().next())?;
    Some((
        chosen.lemma,
        chosen.cases,
        chosen.class == NameClass::FirstFemale,
    ))
}

/// A first name the lexicon lacks and its surname, both in `-a` after a
/// consonant (`Lewisa Hamiltona`, `Steve'a Jobsa`): a man's genitive or
/// accusative, as a woman's surname in `-a` is an adjective (`-ska`,
/// `-owa`) or declines apart from her first name. Returns the first name's
/// stem.
fn genitive_pair<'w>(first: &'w str, surname: Option<&str>) -> Option<&'w str> {
    let surname = surname?;
    let consonant_a = |w: &str| {
        w.strip_suffix('a')
            .is_some_and(|stem| stem.chars().count() >= 3 && consonant_end(stem))
    };
    let feminine_form = [
        "ska", "cka", "dzka", "owa", "ewa", "ova", "eva", "ová", "ówna",
    ]
    .iter()
    .any(|e| surname.ends_with(e));
    if feminine_form || !(consonant_a(surname) || surname.ends_with("'a")) {
        return None;
    }
    first.strip_suffix("'a").or_else(|| {
        consonant_a(first)
            .then(|| first.strip_suffix('a'))
            .flatten()
    })
}

/// A woman's first name the lexicon lacks in the genitive, dative or
/// locative of `-a`, before a surname that shows no man's case ending
/// (`Ursuli von der Leyen`, `Kamali Harris`, `Giorgii Meloni`, `Theresy
/// May`): `-li`, `-ii`, and `-y` after `s` or `z` (not `Harry`, `Hillary`,
/// which are nominatives). Returns the nominative.
fn womans_oblique(first: &str, surname: Option<&str>) -> Option<String> {
    let surname = surname?;
    let mans = ["a", "owi", "em", "u", "ie", "ego", "emu"]
        .iter()
        .any(|e| surname.ends_with(e));
    if mans || first.chars().count() < 4 {
        return None;
    }
    if let Some(stem) = first.strip_suffix("ii") {
        return Some(format!("{stem}ia"));
    }
    if let Some(stem) = first.strip_suffix("li") {
        return Some(format!("{stem}la"));
    }
    let stem = first.strip_suffix('y')?;
    (stem.ends_with('s') || stem.ends_with('z')).then(|| format!("{stem}a"))
}

/// The case of a man's name word the lexicon lacks that only an oblique
/// ending shows: `-em` (instrumental) or `-owi` (dative) after a consonant;
/// else none (0).
fn masculine_case(w: &str) -> u16 {
    let after_consonant = |end: &str| {
        w.strip_suffix(end).is_some_and(|stem| {
            stem.chars().count() >= 3 && stem.chars().next_back().is_some_and(|c| !is_vowel(c))
        })
    };
    if after_consonant("em") {
        case::INST
    } else if after_consonant("owi") {
        case::DAT
    } else {
        0
    }
}

/// The last word of a person's name after the first, that is no initial
/// and no Roman numeral (`Jana Pawła II` → `Pawła`).
fn surname_of<'w>(words: &[Word<'w>]) -> Option<&'w str> {
    words
        .iter()
        .skip(1)
        .rev()
        .find(|w| !w.initial_letter && !super::is_roman(w.text))
        .map(|w| w.text)
}

/// The gender the words around a person's name show: an honorific before
/// it (`pani`, `pana`) or a past-tense verb after it agreeing with it as
/// its subject (`Barbara powiedziała`: only the feminine, as a man's name in
/// the accusative may be the object of a woman's verb the other way).
fn gender_around(before: Option<&Word<'_>>, after: Option<&Word<'_>>) -> Option<bool> {
    let honorific = before.and_then(|b| match b.text {
        "pani" | "panią" | "Pani" | "Panią" => Some(true),
        "pan" | "pana" | "panu" | "panem" | "Pan" | "Pana" | "Panu" | "Panem" => Some(false),
        _ => None,
    });
    honorific.or_else(|| {
        after
            .filter(|a| {
                a.joined_to_prev
                    && a.text.ends_with("ła")
                    && a.text.chars().count() > 4
                    && crate::morph::dictionary(a.text).any(|x| x.pos == crate::morph::Pos::Verb)
            })
            .map(|_| true)
    })
}

/// A woman's title in the nominative before the name at word `at`, past
/// its complement and abbreviated ranks (`rzeczniczka KWP w Katowicach
/// podinsp. Aleksandra Nowara` is a woman's name in the nominative, not a
/// man's genitive).
fn womans_title_before(words: &[Word<'_>], at: usize) -> bool {
    let mut k = at;
    for _ in 0..6 {
        let Some(p) = k.checked_sub(1).and_then(|p| words.get(p)) else {
            return false;
        };
        let abbreviated = p
            .next_punct()
            .is_some_and(|(c, end)| c == '.' && end == p.end() + 1)
            && p.text.chars().count() <= 7;
        if abbreviated || p.cap || matches!(p.text, "w" | "we" | "z" | "ze") {
            k -= 1;
            continue;
        }
        let rs = crate::morph::analyse(p.text);
        let noun = |a: &crate::morph::Analysis, g: &str| {
            a.pos == crate::morph::Pos::Noun && a.gender == Some(g) && a.case == Some("nom")
        };
        return p.person_title()
            && rs.iter().any(|a| noun(a, "f"))
            && !rs.iter().any(|a| noun(a, "m1"));
    }
    false
}

fn person_lemma(words: &[Word<'_>], seen: &FxHashSet<&str>, context: Option<bool>) -> String {
    let mut parts: Vec<String> = Vec::with_capacity(words.len());
    let mut cases = 0u16;
    let mut feminine = None;
    for (k, w) in words.iter().enumerate() {
        if w.initial_letter {
            parts.push(format!("{}.", w.text));
            continue;
        }
        if k == 0
            && let Some((lemma, c, fem)) = first_name_cases(w.text, surname_of(words), context)
        {
            parts.push(lemma.to_owned());
            // A first name that does not decline (`Joe`) tells no case:
            // the surname's own ending does (`Joe Bidenem`).
            let every = case::NOM | case::GEN | case::DAT | case::ACC | case::INST | case::LOC;
            cases = if c & every == every { 0 } else { c };
            feminine = Some(fem);
            continue;
        }
        // `Anną-Marią` → `Anna-Maria`: each first name in its base form.
        if k == 0
            && let Some((a, b)) = w.text.split_once('-')
            && let Some((la, _, _)) = first_name_cases(a, surname_of(words), context)
            && let Some((lb, c, fem)) = first_name_cases(b, surname_of(words), context)
        {
            parts.push(format!("{la}-{lb}"));
            cases = c;
            feminine = Some(fem);
            continue;
        }
        if k == 0 && words.len() > 1 && readings(w.text).is_empty() {
            // An unknown first name: only unambiguous endings tell its case
            // (`Ehudem`, `Ehudowi`; a woman's `Petrą`, `Petrę` of `Petra`).
            let strong = [
                ("em", "", case::INST, false),
                ("owi", "", case::DAT, false),
                ("ą", "a", case::INST, true),
                ("ę", "a", case::ACC, true),
            ];
            if let Some((end, repl, c, fem)) =
                strong.iter().find(|(e, _, _, _)| w.text.ends_with(e))
            {
                let stem = w.text.strip_suffix(end).unwrap_or(w.text);
                if stem.chars().count() >= 3 {
                    parts.push(format!("{stem}{repl}"));
                    cases = *c;
                    feminine = Some(*fem);
                    continue;
                }
            }
            // Unless the document declines the surname as a woman's
            // (`Sabalenka` beside `Sabalenką`).
            let womans = |s: &str| {
                s.strip_suffix('a').is_some_and(|stem| {
                    ["ą", "ę"]
                        .iter()
                        .any(|e| seen.contains(format!("{stem}{e}").as_str()))
                })
            };
            if context != Some(true)
                && let Some(stem) = genitive_pair(w.text, surname_of(words))
                && !surname_of(words).is_some_and(womans)
            {
                parts.push(stem.to_owned());
                cases = case::GEN | case::ACC;
                feminine = Some(false);
                continue;
            }
            if context != Some(false)
                && let Some(name) = womans_oblique(w.text, surname_of(words))
            {
                parts.push(name);
                cases = case::GEN | case::DAT | case::LOC;
                feminine = Some(true);
                continue;
            }
        }
        if w.first_name() && k + 1 < words.len() {
            // A second first name (`Jan Maria Rokita`).
            if let Some((lemma, _, _)) = first_name_cases(w.text, None, None) {
                parts.push(lemma.to_owned());
                continue;
            }
        }
        // A surname: a lexicon reading that agrees in case, else endings.
        let rs = readings(w.text);
        // One person: with no case known, a singular reading first
        // (`Kowalskim` → `Kowalski`, not the dative plural of `Kowalska`).
        let surnames = || rs.iter().filter(|r| r.class == NameClass::Surname);
        let agreeing = if cases == 0 {
            // A plural reading only for a plural ending (`Kowalskich`, not
            // `Kos` as the genitive plural of `Kosa`).
            surnames()
                .find(|r| r.cases & ONE_PERSON != 0)
                .or_else(|| surnames().next().filter(|_| plural_ending(w.text)))
        } else {
            surnames().find(|r| r.cases & cases != 0)
        };
        let fem = feminine.unwrap_or(false);
        let lemma = match agreeing {
            Some(r) if cases != 0 || r.cases & case::NOM == 0 || r.lemma == w.text => {
                r.lemma.to_owned()
            }
            Some(r) => r.lemma.to_owned(),
            None => {
                // With no case known, an ending only a man's oblique case
                // has tells it (`Andrew Keenem`, `Seressowi`).
                let cases = if cases == 0 && !fem {
                    masculine_case(w.text)
                } else {
                    cases
                };
                // Hyphenated surnames decline in each part (`Malik-Bagdasarowa`).
                w.text
                    .split('-')
                    .map(|p| unknown_word(p, fem, cases, seen))
                    .collect::<Vec<_>>()
                    .join("-")
            }
        };
        parts.push(lemma);
    }
    // A double-barrelled surname keeps its hyphen, however it was spaced
    // (`Kielan - Jaworowska`, `Langa- Bieszki` → `Kielan-Jaworowska`).
    let mut out = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for (k, p) in parts.iter().enumerate() {
        if k > 0 {
            out.push(if super::adjust::hyphen_before(words, k) {
                '-'
            } else {
                ' '
            });
        }
        out.push_str(p);
    }
    out
}

/// The first word of `ws` that opens a quote (`Fundacja "Wszystko …"`).
fn named_in_quotes(ws: &[Word<'_>]) -> Option<usize> {
    ws.iter().position(|w| {
        w.prev_punct()
            .is_some_and(|(c, _)| crate::chars::opens_name_quote(c))
    })
}

fn place_or_org_lemma(m: &Mention, words: &[Word<'_>], seen: &FxHashSet<&str>) -> String {
    if let Some(l) = &m.lemma {
        return l.clone();
    }
    // A spaced hyphen inside the name stays (`Warmińsko - Mazurskiej`).
    let mut text: Vec<&str> = Vec::with_capacity(words.len() + 1);
    for (k, w) in words.iter().enumerate() {
        if k > 0 && super::adjust::hyphen_before(words, k) {
            text.push("-");
        }
        text.push(w.text);
    }
    if let [w] = text.as_slice() {
        let want = if m.label == LOC {
            NameClass::Place
        } else {
            NameClass::Org
        };
        if let Some(r) = readings(w).iter().find(|r| r.class == want) {
            return r.lemma.to_owned();
        }
        if m.label == LOC {
            return unknown_word(w, false, 0, seen);
        }
    }
    // A comma inside the name stays (`Ministerstwo Rodziny, Pracy i
    // Polityki Społecznej`); the inflection reads it as a piece's edge.
    // So does an abbreviation's full stop (`Zespół Szkół im. Tadeusza
    // Kościuszki`, `Komitet ds. Transportu`).
    let last = words.len().saturating_sub(1);
    let comma_after = |k: usize, w: &Word<'_>| {
        k < last
            && match w.next_punct() {
                Some((',', end)) => end == w.end() + 1,
                Some(('.', end)) => {
                    end == w.end() + 1 && crate::data::is_nonfinal_abbreviation(w.text)
                }
                _ => false,
            }
    };
    if words.iter().enumerate().any(|(k, w)| comma_after(k, w)) {
        let with_commas: Vec<String> = words
            .iter()
            .enumerate()
            .map(|(k, w)| match w.next_punct() {
                Some((c, _)) if comma_after(k, w) => format!("{}{c}", w.text),
                _ => w.text.to_owned(),
            })
            .collect();
        let refs: Vec<&str> = with_commas.iter().map(String::as_str).collect();
        return super::base_form_words(&refs);
    }
    super::base_form_words(&text)
}

/// Mentions from which base forms are found on all threads of the pool
/// the analysis runs on (see [`crate::pool`]).
#[cfg(feature = "parallel")]
const PARALLEL_MENTIONS: usize = 1_000;

/// Gives every mention its base form (clusters come later, with the dates).
/// Each mention's is found on its own, so a long text's are found in
/// parallel.
pub(super) fn resolve(text: &str, words: &[Word<'_>], mentions: Vec<Mention>) -> Vec<Entity> {
    // Capitalised words as the document writes them: evidence for nominatives.
    let seen: FxHashSet<&str> = words.iter().filter(|w| w.cap).map(|w| w.text).collect();
    let one = |m| entity(text, words, &seen, m);
    #[cfg(feature = "parallel")]
    let mut out: Vec<Entity> = if mentions.len() >= PARALLEL_MENTIONS && crate::pool::may_split() {
        use rayon::prelude::*;
        mentions
            .into_par_iter()
            .with_min_len(64)
            .filter_map(one)
            .collect()
    } else {
        mentions.into_iter().filter_map(one).collect()
    };
    #[cfg(not(feature = "parallel"))]
    let mut out: Vec<Entity> = mentions.into_iter().filter_map(one).collect();
    out.sort_by_key(|e| (e.range.start, e.range.end));
    out
}

/// The entity of one mention, with its base form.
fn entity(text: &str, words: &[Word<'_>], seen: &FxHashSet<&str>, m: Mention) -> Option<Entity> {
    if let Some(part) = m.part.clone() {
        let piece = text.get(part.clone())?;
        let lemma = super::readings(piece)
            .iter()
            .find(|r| r.class == NameClass::Place)
            .map_or_else(|| piece.to_owned(), |r| r.lemma.to_owned());
        return Some(Entity {
            range: part,
            label: m.label,
            lemma,
            cluster: 0,
        });
    }
    let ws = words.get(m.words.clone())?;
    let (first, last) = (ws.first()?, ws.last()?);
    let mut start = first.start;
    let mut end = last.end();
    if last.initial_letter && text.get(end..end + 1) == Some(".") {
        end += 1;
    }
    if let Some(q) = &m.quoted {
        (start, end) = (q.start, q.end);
    }
    // `Canal+`, `Disney+`: a brand's plus belongs to its name, written as is.
    let plus = m.quoted.is_none()
        && text.get(end..).is_some_and(|r| {
            r.strip_prefix('+')
                .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric() || c == '+'))
        });
    if plus {
        let name = text.get(start..end + 1)?.to_owned();
        return Some(Entity {
            range: start..end + 1,
            label: ORG,
            lemma: name,
            cluster: 0,
        });
    }
    let lemma = match m.label {
        PER => {
            let before = m.words.start.checked_sub(1).and_then(|p| words.get(p));
            let after = words.get(m.words.end);
            let context = gender_around(before, after)
                .or_else(|| womans_title_before(words, m.words.start).then_some(true));
            person_lemma(ws, seen, context)
        }
        ORG if m.lemma.is_none() && m.quoted.is_none() => match legal_form(text, start..end) {
            // `Orange Polska S.A.`: the legal form stays as written.
            Some(at) => {
                let name: Vec<&Word<'_>> = ws.iter().filter(|w| w.end() <= at).collect();
                let head = if name.is_empty() {
                    String::new()
                } else {
                    let k = name.len();
                    place_or_org_lemma(&m, ws.get(..k).unwrap_or(ws), seen)
                };
                let form = text.get(at..end).unwrap_or("");
                if head.is_empty() {
                    form.to_owned()
                } else {
                    format!("{head} {form}")
                }
            }
            None => place_or_org_lemma(&m, ws, seen),
        },
        LOC | ORG => match (&m.quoted, named_in_quotes(ws)) {
            // `Spółdzielni Mieszkaniowej "Nowoczesna"` → `Spółdzielnia
            // Mieszkaniowa "Nowoczesna"`, `NSZZ "Solidarność"`: the
            // institution declines, its name in quotes stays as written,
            // marks and all.
            (Some(q), Some(k)) if k > 0 => {
                let head = ws.get(..k).unwrap_or(ws);
                let open = ws
                    .get(k)
                    .and_then(|w| w.prev_punct())
                    .map_or(q.start, |(_, at)| at);
                let name = text.get(open..q.end).unwrap_or("");
                let quoted = ws.get(k).map_or("", |w| w.text);
                match &m.lemma {
                    Some(l) if l.contains(quoted) => l.clone(),
                    Some(l) => format!("{l} {name}"),
                    None => format!("{} {name}", place_or_org_lemma(&m, head, seen)),
                }
            }
            _ => place_or_org_lemma(&m, ws, seen),
        },
        _ => ws.iter().map(|w| w.text).collect::<Vec<_>>().join(" "),
    };
    Some(Entity {
        range: start..end,
        label: m.label,
        lemma,
        cluster: 0,
    })
}

/// Where a company's legal form ends the span `r` (`S.A.`, `sp. z o.o.`,
/// `S.K.A.`, `sp. j.`, `s.c.`): the byte it starts at. A closed class of
/// Polish company law.
fn legal_form(text: &str, r: Range<usize>) -> Option<usize> {
    const FORMS: &[&str] = &[
        "s.a.",
        "sp. z o.o.",
        "sp. z o. o.",
        "sp.z o.o.",
        "s.k.a.",
        "sp. j.",
        "sp.j.",
        "sp. k.",
        "sp.k.",
        "sp. p.",
        "s.c.",
    ];
    let span = text.get(r.clone())?;
    let lower = span.to_lowercase();
    FORMS.iter().find_map(|f| {
        let at = lower.strip_suffix(f).map(str::len)?;
        // A whole word: a space (or the span's start) before it.
        (at == 0 || lower.get(..at).is_some_and(|b| b.ends_with(' ')))
            .then(|| r.start + at)
            .filter(|_| lower.len() == span.len())
    })
}

/// The nominative base form of a name phrase, as the entity rules give it.
///
/// ```
/// assert_eq!(kropka::base_form("Donalda Trumpa"), "Donald Trump");
/// ```
pub fn base_form(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if let [word] = words.as_slice() {
        return word_base_form(word);
    }
    // A name from the lexicon, as a whole (`Stanów Zjednoczonych`) or one word (`Warszawie`).
    let joined = words.join(" ");
    let rs = readings(&joined);
    if let Some(r) = rs
        .iter()
        .find(|r| r.class == NameClass::Place)
        .or_else(|| rs.iter().find(|r| r.class == NameClass::Org))
        .or_else(|| rs.first())
    {
        return r.lemma.to_owned();
    }
    // A person: a first name or an initial, then capitalised words; or two
    // words the lexicon lacks that decline as a man's name does.
    let initial = |w: &str| {
        let mut cs = w.chars();
        matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
    };
    // A title before a person's name (`poseł Elżbietę Kruk`, `prof.
    // Bohdana Chmielewskiego`, `minister edukacji Katarzyny Hall`): the
    // name declines on its own, the title is named in the nominative.
    // (The name opens with a first name, so this is done once.)
    if let Some(k) = (1..words.len().saturating_sub(1)).find(|&k| {
        words.get(k).is_some_and(|w| super::is_first_name(w))
            && words
                .get(k..)
                .is_some_and(|ws| ws.iter().all(|w| super::is_capitalised(w)))
    }) && words.first().is_some_and(|w| {
        // A person's title, not a street's or a school's (`ul.`, `im.`).
        w.starts_with(char::is_lowercase)
            && crate::triggers::is_person_title(w.trim_end_matches('.'))
    }) {
        let (title, name) = words.split_at(k);
        return format!("{} {}", title_base(title, name), base_form(&name.join(" ")));
    }
    let first_is_name = words
        .first()
        .is_some_and(|w| super::is_first_name(w) || initial(w));
    let declined_pair = match words.as_slice() {
        [first, last] => {
            // A woman's pair in the instrumental or accusative (`Petrą
            // Kvitovą`), or a man's declined pair.
            let womans = |w: &str| w.ends_with('ą') || w.ends_with('ę');
            readings(first).is_empty()
                && readings(last).is_empty()
                && (genitive_pair(first, Some(last)).is_some()
                    || masculine_case(last) != 0
                    || (womans(first) && womans(last)))
        }
        _ => false,
    };
    if (first_is_name || declined_pair)
        && words.len() > 1
        && words.iter().all(|w| super::is_capitalised(w))
    {
        let text = words.join(" ");
        // The phrase read by this stage alone, as a sentence of its own.
        let sentences: Vec<_> = crate::segment::sentences(&text).collect();
        let tokens: Vec<_> = crate::token::tokens(&text).collect();
        let entities = super::entities(&text, &sentences, &tokens);
        // (After an initial, a surname whose case nothing shows is left to
        // the phrase's morphology: `T. Kościuszki`.)
        if let [e] = entities.as_slice()
            && e.label == PER
            && e.range == (0..text.len())
            && !(e.lemma == text && words.first().is_some_and(|w| initial(w)))
        {
            return e.lemma.clone();
        }
    }
    // Initials (`Z.`, `K.K.`, `A`) and a surname the rules above left as
    // it is: a man's surname in the genitive by its ending, an adjectival
    // one in `-skiego`/`-ckiego`/`-dzkiego` (`Z. Harrisa` → `Z. Harris`,
    // `K.K. Baczyńskiego` → `K.K. Baczyński`).
    let initials_of = |w: &str| {
        !w.is_empty()
            && w.split_inclusive('.').all(|p| {
                let mut cs = p.chars();
                matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.') | None, None) if c.is_uppercase())
            })
    };
    if let [initials @ .., last] = words.as_slice()
        && !initials.is_empty()
        && initials.iter().all(|w| initials_of(w))
    {
        let adjectival = ["skiego", "ckiego", "dzkiego"]
            .iter()
            .find_map(|e| last.strip_suffix(e).map(|stem| (stem, &e[..e.len() - 3])));
        let surname = match adjectival {
            Some((stem, e)) if stem.chars().count() >= 2 => Some(format!("{stem}{e}")),
            _ => super::phrase::unknown_genitive(last, &crate::morph::analyse(last))
                .map(str::to_owned),
        };
        if let Some(surname) = surname {
            return format!("{} {surname}", initials.join(" "));
        }
    }
    super::base_form_words(&words)
}

/// The nominative of a title before a person's `name`: its first word
/// changes when it is a person noun in a case the name's first word also
/// shows (`premiera Tadeusza` → `premier`); a title already in the
/// nominative (`minister Katarzyny Hall`, `poseł Elżbietę Kruk`) or an
/// abbreviation (`prof.`) stays, and so do its complements (`edukacji`).
fn title_base(title: &[&str], name: &[&str]) -> String {
    use crate::morph::{Pos, analyse, lemma_of};
    let Some((head, rest)) = title.split_first() else {
        return String::new();
    };
    let cases: Vec<&str> = name
        .first()
        .map(|w| analyse(w).iter().filter_map(|a| a.case).collect())
        .unwrap_or_default();
    let reading = analyse(head).into_iter().find(|a| {
        a.pos == Pos::Noun
            && matches!(a.gender, Some("m1" | "f"))
            && a.plural == Some(false)
            && a.case.is_some_and(|c| c != "nom" && cases.contains(&c))
    });
    let first = match reading {
        Some(a) if !head.ends_with('.') => lemma_of(head, &a),
        _ => (*head).to_owned(),
    };
    std::iter::once(first.as_str())
        .chain(rest.iter().copied())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `PiS-u` → `PiS`, `NATO-wi` → `NATO`: an acronym with a case ending after
/// a hyphen.
fn inflected_acronym(w: &str) -> Option<&str> {
    let (acronym, ending) = w.split_once('-')?;
    let capitals = acronym.chars().filter(|c| c.is_uppercase()).count();
    (capitals >= 2
        && capitals * 2 > acronym.chars().count()
        && (1..=3).contains(&ending.chars().count())
        && ending.chars().all(char::is_lowercase))
    .then_some(acronym)
}

/// The base form of a one-word phrase.
///
/// A word in capitals is an acronym and does not decline (`MSZ`); one with
/// a hyphenated ending loses it (`PiS-u` → `PiS`). A name of the lexicon
/// gives its lemma: a place's first (`Krakowie` → `Kraków`), unless the
/// word is a first name in the nominative (`Marek`, not the town `Marki`),
/// then an organisation's, then a singular reading's (`Różyckim` →
/// `Różycki`, not the plural of `Różycka`). An adjective alone is named by
/// its lemma (`Wilanowskiej` → `wilanowski`); the dictionary and the suffix
/// rules do the rest.
fn word_base_form(w: &str) -> String {
    if super::phrase::all_capitals(w) || !w.chars().any(char::is_alphabetic) {
        return w.to_owned();
    }
    if let Some(stem) = apostrophe_base(w) {
        return stem.to_owned();
    }
    if let Some(a) = inflected_acronym(w) {
        return a.to_owned();
    }
    let rs = readings(w);
    let place = rs.iter().find(|r| r.class == NameClass::Place);
    let nominative_first_name = rs.iter().any(|r| {
        matches!(r.class, NameClass::FirstMale | NameClass::FirstFemale)
            && r.lemma == w
            && r.cases & case::NOM != 0
    });
    if nominative_first_name && place.is_some_and(|p| p.lemma != w) {
        return w.to_owned();
    }
    let singular = case::NOM | case::GEN | case::DAT | case::ACC | case::INST | case::LOC;
    if let Some(r) = place
        .or_else(|| rs.iter().find(|r| r.class == NameClass::Org))
        .or_else(|| rs.iter().find(|r| r.cases & singular != 0))
        .or_else(|| rs.first())
    {
        return r.lemma.to_owned();
    }
    if let Some(lemma) = super::phrase::adjective_lemma(w) {
        return lemma;
    }
    super::base_form_words(&[w])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition [`looks_like_surname`] implements.
    fn naive(w: &str) -> bool {
        let lower = w.to_lowercase();
        SURNAME_ENDINGS.iter().any(|e| lower.ends_with(e)) && w.chars().count() > 3
    }

    #[test]
    fn surname_endings_as_defined() {
        for w in [
            "Kowalski",
            "KOWALSKI",
            "Nowak",
            "NOWA\u{212A}",
            "Kelvin\u{212A}",
            "Łoś",
            "Mann",
            "Ann",
            "Petrov",
            "Hoffmann",
            "Stein",
            "Rosjanin",
            "ŁUKASZENKO",
            "Kant",
            "",
            "a",
            "ski",
        ] {
            assert_eq!(looks_like_surname(w), naive(w), "{w}");
        }
    }

    proptest::proptest! {
        #[test]
        fn surname_endings_on_any_word(w in "[a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻİ\u{212A}]{0,9}") {
            proptest::prop_assert_eq!(looks_like_surname(&w), naive(&w));
        }
    }
}
