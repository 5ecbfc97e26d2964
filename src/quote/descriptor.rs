//! Words of attributions: what ends a descriptor, which descriptors are
//! generic or institutions, genders of lemmas and verbs, the interviewer.

use super::*;
use crate::chars::is_quote_mark;
use crate::lexicon::{Gender, NameClass};

/// Words that end a descriptor (`rosyjski ambasador w Caracas` → `rosyjski ambasador`).
pub(super) fn ends_descriptor(w: &str) -> bool {
    // Prepositions (and `i`, `oraz`, `a`) come from [`is_preposition_lower`].
    matches!(
        w,
        "który"
            | "która"
            | "które"
            | "którzy"
            | "ale"
            | "że"
            | "iż"
            | "jak"
            | "bo"
            | "gdy"
            | "to"
            | "się"
            | "nie"
            | "już"
            | "też"
            | "także"
            | "jednak"
            // A person ending written apart (`powiedział em`).
            | "em"
            | "eś"
            | "śmy"
            | "ście"
    ) || is_preposition_lower(w)
}

/// A past-tense verb form (`przyjechał`, `spotkała`, `mówili`): the name
/// after it is its subject or object, not a modifier of a noun.
pub(super) fn is_past_verb(w: &str) -> bool {
    ["ł", "ła", "ło", "li", "ły"].iter().any(|e| w.ends_with(e)) && w.chars().count() > 3
}

/// Words that may precede a person's name without making it a modifier.
pub(super) fn neutral_before(w: &str) -> bool {
    ends_descriptor(w)
        || matches!(
            w,
            "przez"
                | "u"
                | "dla"
                | "według"
                | "Według"
                | "zdaniem"
                | "Zdaniem"
                | "wobec"
                | "między"
                | "przed"
                | "za"
        )
}

/// The gender of a person from the lexicon class of the first name, or the
/// ending of a surname (`-ska`).
pub(super) fn person_gender(lemma: &str) -> Option<char> {
    let first = lemma.split(' ').next()?;
    for r in crate::lexicon::name_readings(first).iter() {
        match r.class {
            NameClass::FirstMale => return Some('m'),
            NameClass::FirstFemale => return Some('f'),
            _ => {}
        }
    }
    let last = lemma.rsplit(' ').next()?;
    if last.ends_with("ska") || last.ends_with("cka") || last.ends_with("dzka") {
        return Some('f');
    }
    if lemma.contains(' ') && first.ends_with('a') {
        return Some('f');
    }
    None
}

/// A plural verb: past `-li`/`-ły`, or a present 3rd-person plural
/// (`mówią`, `twierdzą`).
pub(super) fn plural_cue(text: &str, c: &super::Cue) -> bool {
    c.gender == Gender::Plural
        || c.gender == Gender::Unmarked
            && text
                .get(c.range.clone())
                .is_some_and(|w| w.ends_with('ą') && !w.contains(' '))
}

/// The gender mark of a group that spoke with a plural verb: it agrees
/// with no singular verb's gender.
pub(super) const PLURAL: char = 'p';

pub(super) fn verb_gender(g: Gender) -> Option<char> {
    match g {
        Gender::Masculine => Some('m'),
        Gender::Feminine => Some('f'),
        _ => None,
    }
}

/// The speaker of an interview's unattributed questions (the paper).
pub(super) const INTERVIEWER: &str = "redakcja";

/// The speaker of an interview's answers when the text never names the
/// person interviewed.
pub(super) const INTERVIEWEE: &str = "rozmówca";

/// Nouns for people met in the street rather than people named before:
/// `mówi starsza pani`, `dodaje mieszkaniec`.
pub(super) fn generic_person(text: &str, d: &Range<usize>) -> bool {
    text.get(d.clone())
        .and_then(|s| s.split_whitespace().last())
        .is_some_and(is_generic)
}

pub(super) fn is_generic(head: &str) -> bool {
    const GENERIC: &[&str] = &[
        "pani",
        "pan",
        "kobieta",
        "mężczyzna",
        "mieszkanka",
        "mieszkaniec",
        "mieszkańcy",
        "emeryt",
        "emerytka",
        "sąsiad",
        "sąsiadka",
        "przechodzień",
        "przechodnie",
        "chłopiec",
        "dziewczyna",
        "dziewczynka",
        "staruszka",
        "staruszek",
        "kierowca",
        "klient",
        "klientka",
        "turysta",
        "turystka",
        "uczeń",
        "uczennica",
        "student",
        "studentka",
        "rodzic",
        "matka",
        "ojciec",
        "świadek",
        "ktoś",
    ];
    crate::lexicon::with_lower(head.trim_end_matches([',', '.']), |h| GENERIC.contains(&h))
}

/// Prepositions (and conjunctions) after which a noun is not a subject or
/// a title of the next name (`kandydat na prezydenta Jan Kowal`).
pub(super) fn is_preposition(w: &str) -> bool {
    crate::lexicon::with_lower(w, is_preposition_lower)
}

/// [`is_preposition`] of a word in lower case.
pub(super) fn is_preposition_lower(w: &str) -> bool {
    matches!(
        w,
        "w" | "we"
            | "z"
            | "ze"
            | "na"
            | "do"
            | "po"
            | "od"
            | "dla"
            | "o"
            | "przy"
            | "przez"
            | "u"
            | "wobec"
            | "między"
            | "przed"
            | "za"
            | "nad"
            | "pod"
            | "ku"
            | "bez"
            | "według"
            | "zdaniem"
            | "podczas"
            | "wśród"
            | "dzięki"
            | "mimo"
            | "poza"
            | "obok"
            | "koło"
            | "około"
            | "a"
            | "oraz"
            | "i"
    )
}

/// Head nouns of descriptors that name an institution or a medium, which
/// speaks for itself (`podał serwis`, `poinformowała prokuratura`).
pub(super) fn is_institution(lemma: &str) -> bool {
    matches!(
        lemma,
        "serwis"
            | "portal"
            | "gazeta"
            | "dziennik"
            | "tygodnik"
            | "agencja"
            | "telewizja"
            | "radio"
            | "stacja"
            | "policja"
            | "prokuratura"
            | "straż"
            | "ministerstwo"
            | "resort"
            | "urząd"
            | "sąd"
            | "rząd"
            | "komisja"
            | "komenda"
            | "partia"
            | "firma"
            | "spółka"
            | "organizacja"
            | "rada"
            | "fundacja"
            | "stowarzyszenie"
            | "władza"
            | "szpital"
            | "uczelnia"
            | "redakcja"
            | "biuro"
            | "inspekcja"
            | "instytut"
            | "związek"
            | "ratusz"
            | "magistrat"
            | "gmina"
            | "żandarmeria"
            | "wojsko"
            | "armia"
            | "służba"
            | "zarząd"
            | "dyrekcja"
            | "kierownictwo"
            | "kancelaria"
            | "ambasada"
            | "parlament"
            | "samorząd"
            | "trybunał"
            | "bank"
            | "koncern"
            | "izba"
            | "inspektorat"
            | "departament"
            | "wydział"
            | "sztab"
            | "kuria"
            | "episkopat"
    )
}

/// Whether `words` open with one of a group (`jeden z uczestników`, `Jedna
/// z przedstawicielek`).
pub(super) fn one_of_group(words: &[&str]) -> bool {
    matches!(words, [one, "z", ..] if matches!(*one, "jeden" | "jedna" | "Jeden" | "Jedna"))
}

/// The name inside a title's quote marks (`"Gazety Wyborczej"` →
/// `Gazety Wyborczej`).
pub(super) fn title_inside(raw: &str) -> &str {
    raw.trim_matches(|c: char| is_quote_mark(c) || c.is_whitespace())
}

/// Whether a title in quote marks stands in the nominative (`"Rzeczpospolita"`,
/// not `"Głosowi"`): only then can it be a subject.
pub(super) fn nominative_title(raw: &str) -> bool {
    let inner = title_inside(raw);
    crate::base_form(inner) == inner
}

/// A descriptor's words without dashes, quote marks, trailing punctuation
/// and leading sentence adverbs (`Wcześniej serwis` → `serwis`).
pub(super) fn descriptor_words(raw: &str) -> Vec<&str> {
    let count = raw.split_whitespace().count();
    let mut words: Vec<&str> = raw
        .split_whitespace()
        .enumerate()
        .map(|(k, w)| {
            let bare =
                w.trim_matches(|c: char| is_dash(c) || is_quote_mark(c) || ",.:;".contains(c));
            // An abbreviation inside keeps its full stop (`Komitetu ds.
            // Transportu`, `57 proc. społeczeństwa`).
            match w.get(..bare.len() + 1) {
                Some(dotted)
                    if w.starts_with(bare)
                        && dotted.ends_with('.')
                        && (crate::data::is_nonfinal_abbreviation(bare)
                            || (k + 1 < count && crate::data::is_abbreviation(bare))) =>
                {
                    dotted
                }
                _ => bare,
            }
        })
        .filter(|w| !w.is_empty())
        .collect();
    // An adverb after the noun is no part of it (`Policja wciąż uważa`).
    while words.len() > 1 && words.last().is_some_and(|w| morph::is_particle(w)) {
        words.pop();
    }
    while words.len() > 1
        && words.first().is_some_and(|w| {
            morph::can_be_particle(w)
                && !is_preposition(w)
                // A number opens a quantity (`60 proc. Polaków`).
                && !w.starts_with(|c: char| c.is_ascii_digit())
                && !w.ends_with('.')
        })
        // `jeden z uczestników`: one of a group is the descriptor's head.
        && !one_of_group(&words)
    {
        words.remove(0);
    }
    words
}

/// Nouns for women by their ending (`rzeczniczka`, `prezeska`, `mistrzyni`).
pub(super) fn feminine_person(w: &str) -> bool {
    crate::lexicon::with_lower(w, |w| {
        ["ka", "yni", "ini", "owa"].iter().any(|e| w.ends_with(e))
    })
}

/// The gender a descriptor's own form shows, for a verb that shows none
/// (`– mówi zatrzymany`, `– mówi sąsiadka`): feminine when every
/// nominative singular reading of its head is feminine; masculine only for
/// an adjective standing as a noun (`zatrzymany`, `poszkodowany`), since a
/// masculine title names women too (`rzecznik`, `minister`).
pub(super) fn descriptor_gender(words: &[&str]) -> Option<char> {
    let (w, nouns) = match morph::head(words) {
        Some((w, r)) => (w, r),
        None => {
            let w = *words.first()?;
            (w, morph::guessed(w))
        }
    };
    let nominative: Vec<_> = nouns
        .iter()
        .filter(|a| matches!(a.case, Some("nom")) && a.plural == Some(false))
        .collect();
    if nominative.is_empty() {
        return None;
    }
    if nominative.iter().all(|a| a.gender == Some("f")) {
        return Some('f');
    }
    // An adjective the dictionary also lists as a noun (`zatrzymany`), not a
    // predicative one (`pytam wściekły`).
    let adjectival = nominative.iter().any(|a| a.pos == morph::Pos::Adj)
        && nominative.iter().any(|a| a.pos == morph::Pos::Noun)
        && nominative
            .iter()
            .all(|a| a.gender.is_some_and(|g| g.starts_with('m')));
    (adjectival && !w.starts_with(char::is_uppercase)).then_some('m')
}

/// Whether a noun names a person: a masculine-personal noun, or a feminine
/// one of a woman's shape (`dziennikarka`, not `dziennika`).
pub(super) fn names_person(w: &str, readings: &[morph::Reading]) -> bool {
    readings.iter().any(|a| {
        a.pos == morph::Pos::Noun
            && (a.gender == Some("m1") || a.gender == Some("f") && feminine_person(w))
    })
}

/// Whether a noun of gender `noun` can be the subject of a verb showing
/// `verb` (`'f'`, `'m'`; `None` for a verb that shows none).
pub(super) fn agrees_with_verb(noun: Option<&str>, verb: Option<char>) -> bool {
    match verb {
        None => true,
        Some('f') => noun == Some("f"),
        Some(_) => noun.is_some_and(|g| g.starts_with('m')),
    }
}
