//! The nominative of a phrase that is not a person's name.
//!
//! Polish names inflect in their head noun and the adjectives that agree
//! with it; genitive complements, prepositional phrases and what follows
//! them stay as written (`Komendy Powiatowej Policji` → `Komenda Powiatowa
//! Policji`, `Ministerstwa Spraw Zagranicznych` → `Ministerstwo Spraw
//! Zagranicznych`). The head keeps its number (`Igrzysk Olimpijskich` →
//! `Igrzyska Olimpijskie`). Numbers, Roman numerals and abbreviations before
//! the head are kept (`II wojny światowej` → `II wojna światowa`, `św.
//! Mikołaja` → `św. Mikołaj`), as is punctuation around a word.

use super::morph::{Analysis, Lemma, Pos, agree, analyse, lemma_of, nominative_plural};

/// A whitespace-separated token: leading punctuation, the word, trailing
/// punctuation (`„Szańca”,` → `„`, `Szańca`, `”,`).
#[derive(Debug, Clone, Copy)]
struct Piece<'a> {
    lead: &'a str,
    word: &'a str,
    trail: &'a str,
}

/// Punctuation that may stand around a word: quotes, brackets, commas.
fn is_edge(c: char) -> bool {
    matches!(
        c,
        '"' | '„' | '”' | '“' | '«' | '»' | '(' | ')' | '[' | ']' | ',' | ';' | ':' | '!' | '?'
    )
}

fn split(token: &str) -> Piece<'_> {
    let word = token.trim_start_matches(is_edge);
    let lead = token.get(..token.len() - word.len()).unwrap_or("");
    let core = word.trim_end_matches(is_edge);
    let trail = word.get(core.len()..).unwrap_or("");
    Piece {
        lead,
        word: core,
        trail,
    }
}

/// `II`, `XIV`: a Roman numeral in capitals.
fn is_roman(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

/// A token the inflection passes over: no letters (`4`, `1.`, `2.0`), a
/// Roman numeral, or an abbreviation with its full stop (`św.`, `al.`).
fn is_transparent(w: &str) -> bool {
    !w.chars().any(char::is_alphabetic) || is_roman(w) || w.ends_with('.')
}

/// Capitals only, two letters or more (`MISTRZOSTW`, `PZU`).
pub(crate) fn all_capitals(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some() && !w.chars().any(char::is_lowercase)
}

/// Conjunctions that join two adjectives or two nouns of one name.
fn is_conjunction(w: &str) -> bool {
    matches!(w, "i" | "oraz" | "lub" | "albo")
}

/// Whether a plural reading is that of a plurale tantum, whose lemma is
/// itself plural (`mistrzostwa`, `Alpy`).
fn plurale_tantum(word: &str, a: &Analysis) -> bool {
    let lemma = lemma_of(word, a);
    nominative_plural(&lemma) == Some(lemma.as_str())
}

/// How good a reading of the head is, before agreement is counted: an
/// oblique singular (`Rady Ministrów`) before a nominative plural, a
/// plurale tantum like a singular. The nominative comes first: a phrase that
/// may already be the base form stays as it is.
fn reading_rank(word: &str, h: &Analysis) -> usize {
    let singular = h.plural != Some(true) || plurale_tantum(word, h);
    let nominative = h.case == Some("nom") || h.case.is_none();
    match (nominative, singular) {
        (true, true) => 3,
        (false, true) => 2,
        (true, false) => 1,
        (false, false) => 0,
    }
}

/// Whether `a` is an adjective reading that agrees with the head reading
/// `h`. The suffix rules keep a few genders of an ending that several share
/// (`-skiego` is listed for `m1` and `m2`, not for `m3` and `n`), so a
/// reading from a rule need only agree in case and number.
/// In the singular a rule must still tell the feminine from the rest
/// (`-ej` is no ending of `Urzędu`'s adjective).
fn agrees(a: &Analysis, h: &Analysis) -> bool {
    a.pos == Pos::Adj
        && match a.lemma {
            Lemma::Given(_) => agree(a, h),
            Lemma::Rule { .. } => {
                let feminine = |x: &Analysis| x.gender.map(|g| g == "f");
                agree(&Analysis { gender: None, ..*a }, h)
                    && (a.plural == Some(true)
                        || h.plural == Some(true)
                        || feminine(a).is_none()
                        || feminine(h).is_none()
                        || feminine(a) == feminine(h))
            }
        }
}

/// An oblique adjective ending: the ending, the letter that ends the lemma,
/// its cases, plural, feminine (`None`: any gender).
type AdjectiveEnding = (
    &'static str,
    char,
    &'static [&'static str],
    bool,
    Option<bool>,
);

/// Adjective endings of the oblique cases. (`-ą` is left out: nouns share
/// it.)
const ADJECTIVE_ENDINGS: &[AdjectiveEnding] = &[
    ("iego", 'i', &["gen", "acc"], false, Some(false)),
    ("ego", 'y', &["gen", "acc"], false, Some(false)),
    ("iemu", 'i', &["dat"], false, Some(false)),
    ("emu", 'y', &["dat"], false, Some(false)),
    ("imi", 'i', &["inst"], true, None),
    ("ymi", 'y', &["inst"], true, None),
    ("ich", 'i', &["gen", "loc"], true, None),
    ("ych", 'y', &["gen", "loc"], true, None),
    ("iej", 'i', &["gen", "dat", "loc"], false, Some(true)),
    ("ej", 'y', &["gen", "dat", "loc"], false, Some(true)),
    ("im", 'i', &["inst", "loc"], false, Some(false)),
    ("ym", 'y', &["inst", "loc"], false, Some(false)),
];

/// Adjective readings guessed from an oblique ending, for words the
/// dictionary lacks: the suffix rules keep only a few readings of an
/// ending (`-ym` as instrumental, not locative), or none of an adjective
/// (`Chrześcijańsko-Narodowym`, `oleckim`): `-iego` → `-i`, `-ego` → `-y`.
fn adjective_guesses(word: &str, out: &mut Vec<Analysis>) {
    let lower_end: String = word
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .flat_map(char::to_lowercase)
        .collect();
    let Some(&(ending, last, cases, plural, feminine)) = ADJECTIVE_ENDINGS
        .iter()
        .find(|(e, ..)| lower_end.ends_with(e))
    else {
        return;
    };
    let n = ending.chars().count();
    let stem_len = word.chars().count().saturating_sub(n);
    if stem_len < 3 {
        return;
    }
    // `-i` endings keep their `i` in the lemma: strip one letter less.
    let (strip, append) = if last == 'i' { (n - 1, "") } else { (n, "y") };
    let gender = feminine.map(|f| if f { "f" } else { "m3" });
    for &case in cases {
        out.push(Analysis {
            lemma: Lemma::Rule { strip, append },
            pos: Pos::Adj,
            case: Some(case),
            plural: Some(plural),
            gender,
        });
    }
}

/// Drops the readings of a proper noun spelt like an oblique case of a
/// common noun, as its own nominative (`Radzie`, a village, beside `radzie`
/// of `rada`; `Ligi` beside `ligi` of `liga`): the common noun's form is by
/// far the likelier in a name (`Radzie Ministrów`, `Ligi Mistrzów`).
fn drop_homonym_names(word: &str, readings: &mut Vec<Analysis>) {
    let common_oblique = readings.iter().any(|a| {
        a.pos == Pos::Noun
            && a.plural == Some(false)
            && a.case.is_some_and(|c| c != "nom")
            && matches!(a.lemma, Lemma::Given(l) if l.starts_with(char::is_lowercase))
    });
    if common_oblique {
        // (An indeclinable name, of any case, stays: `Dzień`.)
        readings.retain(|a| {
            a.case.is_none()
                || !matches!(a.lemma, Lemma::Given(l) if l == word && l.starts_with(char::is_uppercase))
        });
    }
}

/// Whether a reading is a noun naming an institution (`rada`, `sąd`): of
/// readings alike otherwise, the one a name means (`Radzie`: `rada`, not
/// `rad`).
fn institution(a: &Analysis) -> bool {
    a.pos == Pos::Noun
        && matches!(a.lemma, Lemma::Given(l) if crate::triggers::is_org_head_lemma(l))
}

/// The role of a word in the inflected part of the phrase.
#[derive(Debug, Clone, Copy)]
enum Role {
    /// Kept as written.
    Keep,
    /// An adjective agreeing with the head: nominative in the head's gender.
    Adjective(Analysis),
    /// The head, or a noun coordinated with or in apposition to it.
    Noun(Analysis),
}

/// The nominative of a phrase that is not a person's name.
// Long (about 190 lines) on purpose: the agreement of a phrase's words is
// decided across all of them at once; its steps are marked by comments.
pub(crate) fn phrase_base_form(words: &[&str]) -> String {
    if let [word] = words {
        return word_base_form(word);
    }
    let unchanged = || words.join(" ");
    let pieces: Vec<Piece<'_>> = words.iter().map(|w| split(w)).collect();
    // The first half of a compound adjective before a hyphen stays as it is
    // (`Warmińsko - Mazurskiej` → `Warmińsko - Mazurska`).
    let half = |k: usize| {
        pieces.get(k).is_some_and(|p| p.word.ends_with('o'))
            && words.get(k + 1).is_some_and(|n| matches!(*n, "-" | "–"))
    };
    let analyses: Vec<Vec<Analysis>> = pieces
        .iter()
        .enumerate()
        .map(|(k, p)| {
            if is_transparent(p.word) || half(k) {
                Vec::new()
            } else {
                let mut a = analyse(p.word);
                // Names are hardly ever addressed in a phrase.
                a.retain(|x| x.case != Some("voc"));
                drop_homonym_names(p.word, &mut a);
                if !a.iter().any(|x| matches!(x.lemma, Lemma::Given(_))) {
                    adjective_guesses(p.word, &mut a);
                }
                a
            }
        })
        .collect();
    let noun = |k: usize| {
        analyses
            .get(k)
            .is_some_and(|a| a.iter().any(|x| x.pos == Pos::Noun))
    };
    let adj = |k: usize| {
        analyses
            .get(k)
            .is_some_and(|a| a.iter().any(|x| x.pos == Pos::Adj))
    };
    let transparent = |k: usize| pieces.get(k).is_some_and(|p| is_transparent(p.word)) || half(k);
    // The head: the first noun, after transparent tokens and adjectives. A
    // word that can be an adjective before a noun is one (`Światowej
    // Organizacji`), even when a rule also offers a noun reading.
    let mut head = None;
    for k in 0..pieces.len() {
        if transparent(k) {
            continue;
        }
        let next = (k + 1..pieces.len()).find(|&j| !transparent(j));
        if noun(k) && !(adj(k) && next.is_some_and(noun)) {
            head = Some(k);
            break;
        }
        if !adj(k) {
            return unchanged();
        }
    }
    let Some(head) = head else {
        return unchanged();
    };
    let head_word = pieces.get(head).map_or("", |p| p.word);
    // A head the dictionary lacks with no case ending is the nominative
    // (`New York`, `Sonic Youth`): the phrase is its own base form.
    if analyses
        .get(head)
        .is_some_and(|a| unknown_nominative(head_word, a))
    {
        return unchanged();
    }
    // The reading of word `k` that agrees with head reading `h`. After the
    // head only a form with a case declines with it: not `praw`, the short
    // form of `prawy` (`Rzecznika Praw`).
    let agreeing = |k: usize, h: &Analysis| {
        analyses.get(k).and_then(|a| {
            a.iter()
                .find(|x| agrees(x, h) && (k < head || x.case.is_some()))
                .copied()
        })
    };
    // The adjectives after the head that agree with reading `h`, across
    // Roman numerals (`Okręgu XIV Lwowskiego`): the end of that run.
    let run_end = |h: &Analysis| {
        let mut end = head + 1;
        let mut k = head + 1;
        while k < pieces.len() {
            if agreeing(k, h).is_some() {
                end = k + 1;
            } else if !pieces.get(k).is_some_and(|p| is_roman(p.word)) {
                break;
            }
            k += 1;
        }
        end
    };
    // Choose the head's reading that most words around it agree with.
    let mut best: Option<((usize, usize), &Analysis, usize)> = None;
    // A street or unit noun has the one lemma (`gminie`: `gmina`, not `gmin`).
    let street = super::triggers::street_lemma(head_word);
    // A head the dictionary lacks has its readings from the suffix rules,
    // best supported first: their order ranks them, not the nominative.
    let head_readings = analyses.get(head).map_or(&[][..], Vec::as_slice);
    // (Not among words all unknown, a foreign name: `Petra Kvitova`.)
    let known = |a: &[Analysis]| a.iter().any(|x| matches!(x.lemma, Lemma::Given(_)));
    let guessed = !known(head_readings)
        && analyses
            .iter()
            .enumerate()
            .any(|(k, a)| k != head && !transparent(k) && known(a));
    for (n, h) in head_readings
        .iter()
        .enumerate()
        .filter(|(_, x)| x.pos == Pos::Noun)
        .filter(|(_, x)| street.is_none_or(|l| lemma_of(head_word, x).to_lowercase() == l))
    {
        if !(0..head).all(|k| transparent(k) || agreeing(k, h).is_some()) {
            continue;
        }
        let end = run_end(h);
        let rank = if guessed {
            head_readings.len() - n
        } else {
            reading_rank(head_word, h)
        };
        let score = (end - head, rank);
        // Of readings alike, an institution's (asked only on a tie).
        let better = best
            .is_none_or(|(s, b, _)| score > s || (score == s && institution(h) && !institution(b)));
        if better {
            best = Some((score, h, end));
        }
    }
    let Some((_, h, mut span_end)) = best else {
        return unchanged();
    };
    let h = *h;
    // An indeclinable head (`Muzeum`, `Liceum`) shows its case by its
    // adjectives: oblique when one agreeing with it cannot be a nominative
    // (`Muzeum Etnograficznym`, `Publicznego Gimnazjum`).
    let oblique_adjective = || {
        (0..span_end)
            .filter(|&k| k != head && !transparent(k))
            .any(|k| {
                analyses.get(k).is_some_and(|a| {
                    let agreeing = || a.iter().filter(|x| agrees(x, &h));
                    agreeing().any(|x| x.case.is_some())
                        && !agreeing().any(|x| matches!(x.case, Some("nom") | None))
                })
            })
    };
    let indeclinable_common = h.plural == Some(false)
        && matches!(h.lemma, Lemma::Given(l) if l.starts_with(char::is_lowercase));
    if h.case == Some("nom") || (h.case.is_none() && !(indeclinable_common && oblique_adjective()))
    {
        return unchanged();
    }
    let mut roles: Vec<Role> = (0..pieces.len())
        .map(|k| {
            if k == head {
                Role::Noun(h)
            } else if k < span_end && !transparent(k) {
                agreeing(k, &h).map_or(Role::Keep, Role::Adjective)
            } else {
                Role::Keep
            }
        })
        .collect();
    // Coordination: `Filmowej, Telewizyjnej i Teatralnej`, `Prawa i
    // Sprawiedliwości`.
    while span_end < pieces.len() {
        let comma = span_end
            .checked_sub(1)
            .and_then(|k| pieces.get(k))
            .is_some_and(|p| p.trail.starts_with(','));
        let conj = pieces
            .get(span_end)
            .is_some_and(|p| is_conjunction(p.word) && p.lead.is_empty() && p.trail.is_empty());
        if !comma && !conj {
            break;
        }
        let k = span_end + usize::from(conj);
        let same_case_noun = analyses.get(k).and_then(|a| {
            a.iter()
                .find(|x| x.pos == Pos::Noun && x.case == h.case && x.plural == h.plural)
        });
        if let Some(a) = agreeing(k, &h) {
            if let Some(r) = roles.get_mut(k) {
                *r = Role::Adjective(a);
            }
        } else if let (true, Some(n)) = (conj, same_case_noun) {
            if let Some(r) = roles.get_mut(k) {
                *r = Role::Noun(*n);
            }
        } else {
            break;
        }
        span_end = k + 1;
    }
    // A title and a name in apposition: `posła Pawlaka` → `poseł Pawlak`,
    // `ojca dyrektora` → `ojciec dyrektor`; a common noun and a proper one
    // (`rzeki Wisły` → `rzeka Wisła`).
    if head_word.starts_with(char::is_lowercase) && span_end == head + 1 {
        while let Some(n) = analyses.get(span_end).and_then(|a| {
            let w = pieces.get(span_end).map_or("", |p| p.word);
            a.iter().find(|x| {
                x.pos == Pos::Noun
                    && x.case == h.case
                    && x.case.is_some()
                    && x.plural == h.plural
                    && (lemma_of(w, x).starts_with(char::is_uppercase)
                        || h.gender == Some("m1")
                            && x.gender == Some("m1")
                            && w.starts_with(char::is_lowercase))
            })
        }) {
            if let Some(r) = roles.get_mut(span_end) {
                *r = Role::Noun(*n);
            }
            span_end += 1;
        }
    }
    let mut out = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for (k, (p, role)) in pieces.iter().zip(&roles).enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let Some(w) = words.get(k) else {
            continue;
        };
        let base = match role {
            Role::Keep => {
                out.push_str(w);
                continue;
            }
            Role::Noun(a) => noun_nominative(p.word, a),
            Role::Adjective(a) => adjective_form(&degree_lemma(p.word, a), &h),
        };
        out.push_str(p.lead);
        out.push_str(&spell_like(p.word, &base));
        out.push_str(p.trail);
    }
    out
}

/// The lemma of an adjective reading, in the degree the word is in: the
/// dictionary gives a comparative or superlative the positive's lemma
/// (`Najwyższego`, `Wyższej` → `wysoki`), but a name keeps its degree
/// (`Sąd Najwyższy`, `Szkoła Wyższa`), so the word's own oblique ending is
/// replaced instead (`Najwyższego` → `Najwyższy`).
fn degree_lemma(word: &str, a: &Analysis) -> String {
    let lemma = lemma_of(word, a);
    let lower = word.to_lowercase();
    let lemma_lower = lemma.to_lowercase();
    let same_stem = lemma_lower
        .chars()
        .zip(lower.chars())
        .take(3)
        .all(|(x, y)| x == y);
    let superlative = lower.starts_with("naj") && !lemma_lower.starts_with("naj");
    if same_stem && !superlative {
        return lemma;
    }
    let own = ADJECTIVE_ENDINGS.iter().find_map(|&(ending, last, ..)| {
        let stem = lower.strip_suffix(ending)?;
        let stem = if last == 'i' {
            format!("{stem}i")
        } else {
            format!("{stem}y")
        };
        Some(stem)
    });
    own.unwrap_or(lemma)
}

/// The nominative of a noun in the number of reading `a`.
fn noun_nominative(word: &str, a: &Analysis) -> String {
    let lemma = lemma_of(word, a);
    if a.plural != Some(true) {
        return lemma;
    }
    if let Some(p) = nominative_plural(&lemma) {
        return p.to_owned();
    }
    plural_of(&lemma, a.gender).unwrap_or_else(|| word.to_owned())
}

/// The nominative plural of a noun lemma by the regular endings, for the
/// genders other than masculine-personal (`lokata` → `lokaty`, `pocisk` →
/// `pociski`, `źródło` → `źródła`, `aleja` → `aleje`).
fn plural_of(lemma: &str, gender: Option<&str>) -> Option<String> {
    let soft = |s: &str| {
        ["j", "l", "c", "cz", "sz", "rz", "ż", "dż", "i"]
            .iter()
            .any(|e| s.ends_with(e))
    };
    let velar = |s: &str| s.ends_with('k') || s.ends_with('g');
    match gender {
        Some("f") => {
            if let Some(stem) = lemma.strip_suffix('a') {
                let end = if velar(stem) {
                    "i"
                } else if soft(stem) {
                    "e"
                } else {
                    "y"
                };
                return Some(format!("{stem}{end}"));
            }
            if lemma.ends_with("ść") {
                return Some(format!("{lemma}i"));
            }
            None
        }
        Some("n") => {
            let stem = lemma
                .strip_suffix('o')
                .or_else(|| lemma.strip_suffix('e'))
                .or_else(|| lemma.strip_suffix("um"))?;
            Some(format!("{stem}a"))
        }
        Some("m2" | "m3") => {
            let last = lemma.chars().next_back()?;
            if !last.is_alphabetic() || matches!(last, 'a' | 'e' | 'i' | 'o' | 'u' | 'y') {
                return None;
            }
            if let Some(stem) = lemma.strip_suffix("ek") {
                return Some(format!("{stem}ki"));
            }
            for (from, to) in [("ń", "nie"), ("ś", "sie"), ("ć", "cie"), ("ź", "zie")] {
                if let Some(stem) = lemma.strip_suffix(from) {
                    return Some(format!("{stem}{to}"));
                }
            }
            let end = if velar(lemma) {
                "i"
            } else if soft(lemma) {
                "e"
            } else {
                "y"
            };
            Some(format!("{lemma}{end}"))
        }
        _ => None,
    }
}

/// An adjective lemma (masculine nominative singular) in the gender and
/// number of its head: `europejski` → `europejska`, `europejskie`,
/// `ostatni` → `ostatnia`, `polski` → `polscy`.
fn adjective_form(lemma: &str, head: &Analysis) -> String {
    let plural = head.plural == Some(true);
    let virile = plural && head.gender == Some("m1");
    let feminine = !plural && head.gender == Some("f");
    let neuter = plural || head.gender == Some("n");
    if let Some(stem) = lemma.strip_suffix('y') {
        if virile {
            // `nowy` → `nowi`, `złoty` → `złoci`, `dobry` → `dobrzy`.
            for (from, to) in [
                ("ch", "si"),
                ("sz", "si"),
                ("t", "ci"),
                ("d", "dzi"),
                ("ł", "li"),
                ("r", "rzy"),
                ("ż", "zi"),
                ("s", "si"),
                ("z", "zi"),
            ] {
                if let Some(s) = stem.strip_suffix(from) {
                    return format!("{s}{to}");
                }
            }
            if stem.ends_with('c') || stem.ends_with("cz") || stem.ends_with("rz") {
                return lemma.to_owned();
            }
            return format!("{stem}i");
        }
        return if feminine {
            format!("{stem}a")
        } else if neuter {
            format!("{stem}e")
        } else {
            lemma.to_owned()
        };
    }
    let Some(stem) = lemma.strip_suffix('i') else {
        return lemma.to_owned();
    };
    if stem.ends_with('k') || stem.ends_with('g') {
        // `polski` → `polska`, `polskie`, `polscy`; `drogi` → `drodzy`.
        if virile {
            for (from, to) in [("sk", "scy"), ("ck", "ccy"), ("k", "cy"), ("g", "dzy")] {
                if let Some(s) = stem.strip_suffix(from) {
                    return format!("{s}{to}");
                }
            }
        }
        return if feminine {
            format!("{stem}a")
        } else if neuter && !virile {
            format!("{stem}ie")
        } else {
            lemma.to_owned()
        };
    }
    // A soft stem: `ostatni` → `ostatnia`, `ostatnie`, `ostatni`.
    if feminine {
        format!("{lemma}a")
    } else if neuter && !virile {
        format!("{lemma}e")
    } else {
        lemma.to_owned()
    }
}

/// Spells `base` the way `word` is written: in capitals when the word is
/// (`MISTRZOSTW` → `MISTRZOSTWA`), else with the word's first letter's case.
fn spell_like(word: &str, base: &str) -> String {
    if all_capitals(word) {
        return base.to_uppercase();
    }
    let upper = word.chars().next().is_some_and(char::is_uppercase);
    let mut chars = base.chars();
    match chars.next() {
        Some(c) if upper => c.to_uppercase().chain(chars).collect(),
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => word.to_owned(),
    }
}

/// The lemma of a word that can be an adjective of the dictionary, or of a
/// suffix rule for the adjectives of places and surnames (`-ski`, `-cki`),
/// unless it may be the nominative of a noun (`Mistrz`) or is a proper noun
/// of the dictionary (`Białorusi`, not the adjective `białorusy`).
pub(crate) fn adjective_lemma(word: &str) -> Option<String> {
    let all = analyse(word);
    if all.iter().any(|a| {
        a.pos == Pos::Noun
            && (a.case == Some("nom") && a.plural != Some(true)
                || matches!(a.lemma, Lemma::Given(l) if l.starts_with(char::is_uppercase)))
    }) {
        return None;
    }
    let a = all.iter().find(|a| {
        a.pos == Pos::Adj
            && match a.lemma {
                Lemma::Given(_) => true,
                Lemma::Rule { .. } => {
                    let l = lemma_of(word, a);
                    ["ski", "cki"].iter().any(|e| l.ends_with(e))
                }
            }
    })?;
    Some(lemma_of(word, a).to_lowercase())
}

/// Whether a capitalised word the dictionary lacks can only be a
/// nominative, as its ending is no Polish case ending: a consonant that
/// ends no case (`Mosaic`, `Sonic`, `New`; not `-em`, `-om`, `-ów`, `-ach`,
/// `-ym`), or `e` after a hard consonant, where a Polish locative or dative
/// softens the consonant (`Steve`, `Adobe`, `Anne`; a Polish `Annie`).
fn unknown_nominative(word: &str, readings: &[Analysis]) -> bool {
    if !word.starts_with(char::is_uppercase)
        || readings.iter().any(|a| matches!(a.lemma, Lemma::Given(_)))
    {
        return false;
    }
    let lower = word.to_lowercase();
    let mut back = lower.chars().rev();
    let (Some(last), Some(before)) = (back.next(), back.next()) else {
        return false;
    };
    let vowel = |c: char| "aąeęioóuy".contains(c);
    if last.is_alphabetic() && !vowel(last) {
        let case_ending = ["em", "om", "ów", "ach", "ym", "im", "ych", "ich", "ej"]
            .iter()
            .any(|e| lower.ends_with(e));
        return !case_ending;
    }
    // Hard consonants, and the letters no Polish word ends a case with
    // before `e`: not `c`, `l`, `j`, `i` and the digraphs `rz`, `sz`, `cz`,
    // `dz`, `ż` (`Wiśle`, `Polce`, `Odrze`).
    let hard = "bdfghkmnprstvwxz".contains(before);
    let digraph = ["rze", "sze", "cze", "dze"]
        .iter()
        .any(|e| lower.ends_with(e));
    last == 'e' && hard && !digraph
}

/// A capitalised word the dictionary lacks that ends in consonants and
/// `a` is a man's name in the genitive when SGJP's proper nouns spell more
/// genitives than nominatives so (`Gartnera`, `Leppera`, `Ciołkosza` →
/// `Gartner`, `Lepper`, `Ciołkosz`; not `Lovinka`, `Niezabitowska`).
/// Returns the stem.
pub(crate) fn unknown_genitive<'w>(word: &'w str, readings: &[Analysis]) -> Option<&'w str> {
    let stem = word.strip_suffix('a')?;
    let mut chars = word.chars();
    if !chars.next().is_some_and(char::is_uppercase)
        || !chars.all(char::is_lowercase)
        || readings.iter().any(|a| matches!(a.lemma, Lemma::Given(_)))
        // Nor a name of the lexicons (`Barbara`, `Nevada`).
        || !crate::lexicon::name_readings(word).is_empty()
        || crate::lexicon::sgjp_name(word, crate::lexicon::SgjpClass::Place).is_some()
        || crate::lexicon::is_common(word).is_some()
    {
        return None;
    }
    let vowel = |c: char| "aąeęioóuy".contains(c);
    let from = stem
        .char_indices()
        .rev()
        .find(|&(_, c)| vowel(c))
        .map(|(i, c)| i + c.len_utf8())?;
    let cluster = stem.get(from..)?;
    (!cluster.is_empty() && crate::data::genitive_ending(cluster)).then_some(stem)
}

/// The base form of a single word (`Europejskiej` → `europejski`, `Polsce`
/// → `Polska`): the word itself when it may already be the nominative or is
/// neither a noun nor an adjective (`zł`). Of the other readings an oblique
/// singular comes first (`Rady` → `Rada`). A plural goes to the singular
/// lemma when it names persons or the dictionary has it as a common noun
/// (`internautów` → `internauta`, `Europejczycy` → `Europejczyk`), and
/// stays plural when it is a name (`Sokolnikach` → `Sokolniki`). Vocatives
/// are not read.
pub(crate) fn word_base_form(word: &str) -> String {
    let mut all = analyse(word);
    all.retain(|a| matches!(a.pos, Pos::Noun | Pos::Adj) && a.case != Some("voc"));
    drop_homonym_names(word, &mut all);
    // A capitalised word with a proper noun's reading means the proper
    // noun (`Amerykanie`: `Amerykanin`, not `amerykan`).
    let proper = |a: &Analysis| {
        a.pos == Pos::Noun
            && matches!(a.lemma, Lemma::Given(l) if l.starts_with(char::is_uppercase) && l != word)
    };
    // (Not over an institution's noun: `Radzie` is `rada`, not `Rado`.)
    if word.starts_with(char::is_uppercase)
        && all.iter().any(proper)
        && !all.iter().any(institution)
    {
        all.retain(|a| a.pos != Pos::Noun || proper(a));
    }
    let common_or_personal = |a: &Analysis| {
        a.gender == Some("m1")
            || matches!(a.lemma, Lemma::Given(l) if l.starts_with(char::is_lowercase))
    };
    if unknown_nominative(word, &all) {
        return word.to_owned();
    }
    if let Some(stem) = unknown_genitive(word, &all) {
        return stem.to_owned();
    }
    // A form that may already be the nominative stays as it is.
    if all.iter().any(|a| {
        a.case == Some("nom")
            && a.plural != Some(true)
            && lemma_of(word, a).to_lowercase() == word.to_lowercase()
    }) {
        return word.to_owned();
    }
    let mut best: Option<(usize, &Analysis)> = None;
    for a in &all {
        let rank = if a.pos == Pos::Noun {
            reading_rank(word, a)
        } else {
            2
        };
        // Of readings alike, an institution's (asked only on a tie).
        let better =
            best.is_none_or(|(r, b)| rank > r || (rank == r && institution(a) && !institution(b)));
        if better {
            best = Some((rank, a));
        }
    }
    let Some((rank, a)) = best else {
        return word.to_owned();
    };
    if rank == 1 && !common_or_personal(a) {
        // A plural name in the nominative (`Koguty`).
        return word.to_owned();
    }
    let lemma = if a.pos == Pos::Noun && !common_or_personal(a) {
        noun_nominative(word, a)
    } else {
        lemma_of(word, a)
    };
    // A guessed stem of fewer than three letters is no name's (`Zych` is
    // no plural of `Zy`).
    if matches!(a.lemma, Lemma::Rule { .. }) && lemma.chars().count() < 3 {
        return word.to_owned();
    }
    // A capitalised noun keeps its capital (`Senatu` → `Senat`); an
    // adjective of the dictionary is named in lower case (`Lipowej` →
    // `lipowy`).
    match a.lemma {
        Lemma::Given(_) if a.pos == Pos::Adj => lemma,
        Lemma::Given(_) if word.starts_with(char::is_lowercase) => lemma,
        _ => spell_like(word, &lemma),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(s: &str) -> String {
        let words: Vec<&str> = s.split_whitespace().collect();
        phrase_base_form(&words)
    }

    #[test]
    fn an_unknown_name_in_a_consonant_and_a_is_read_by_sgjp_names_endings() {
        // Clusters that SGJP's names mostly spell as a man's genitive.
        assert_eq!(word_base_form("Gartnera"), "Gartner");
        assert_eq!(word_base_form("Ciołkosza"), "Ciołkosz");
        assert_eq!(word_base_form("Maciolusa"), "Maciolus");
        // Clusters of women's nominatives stay.
        assert_eq!(word_base_form("Lovinka"), "Lovinka");
        assert_eq!(word_base_form("Grzebałkowska"), "Grzebałkowska");
        // A name of the lexicons is read by them.
        assert_eq!(word_base_form("Nevada"), "Nevada");
    }

    #[test]
    fn a_guessed_stem_under_three_letters_is_no_base_form() {
        assert_eq!(word_base_form("Zych"), "Zych");
        assert_eq!(word_base_form("Zycha"), "Zych");
    }

    #[test]
    fn numbers_and_abbreviations_before_the_head_are_kept() {
        assert_eq!(base("II wojny światowej"), "II wojna światowa");
        assert_eq!(base("3 Brygady Strzelców"), "3 Brygada Strzelców");
        assert_eq!(base("św. Anny"), "św. Anna");
    }

    #[test]
    fn a_village_spelt_like_a_common_nouns_case_does_not_hide_it() {
        // `Radzie` and `Ligi` are villages too, and `rad` (radium) declines
        // like `rada`: the institution is meant.
        assert_eq!(word_base_form("Radzie"), "Rada");
        assert_eq!(base("Radzie Ministrów"), "Rada Ministrów");
        assert_eq!(base("Ligi Mistrzów"), "Liga Mistrzów");
        // An indeclinable name of any case stays what it is.
        assert_eq!(
            base("Dzień Wszystkich Świętych"),
            "Dzień Wszystkich Świętych"
        );
    }

    #[test]
    fn an_indeclinable_head_takes_the_case_of_its_adjectives() {
        assert_eq!(base("Muzeum Etnograficznym"), "Muzeum Etnograficzne");
        assert_eq!(
            base("Publicznego Gimnazjum nr 13"),
            "Publiczne Gimnazjum nr 13"
        );
        assert_eq!(base("Muzeum Narodowe"), "Muzeum Narodowe");
    }

    #[test]
    fn an_unknown_head_takes_its_best_supported_suffix_rule() {
        // `-asa` is far more often the genitive of `-as` than a nominative.
        assert_eq!(base("Prymasa Tysiąclecia"), "Prymas Tysiąclecia");
    }

    #[test]
    fn a_capitalised_word_means_its_proper_nouns_reading() {
        assert_eq!(word_base_form("Amerykanie"), "Amerykanin");
        // Not over an institution's noun.
        assert_eq!(word_base_form("Rady"), "Rada");
    }

    #[test]
    fn adjectives_keep_their_degree() {
        assert_eq!(base("Sądu Najwyższego"), "Sąd Najwyższy");
        assert_eq!(base("Wyższej Szkoły Biznesu"), "Wyższa Szkoła Biznesu");
        assert_eq!(base("Najwyższej Izby Kontroli"), "Najwyższa Izba Kontroli");
        assert_eq!(base("Lepszej Przyszłości"), "Lepsza Przyszłość");
    }

    #[test]
    fn the_head_keeps_its_number() {
        assert_eq!(base("Igrzysk Olimpijskich"), "Igrzyska Olimpijskie");
        assert_eq!(base("lokat terminowych"), "lokaty terminowe");
    }

    #[test]
    fn an_oblique_singular_head_comes_before_a_nominative_plural() {
        assert_eq!(base("Rady Nadzorczej"), "Rada Nadzorcza");
        assert_eq!(base("Rady Gminy"), "Rada Gminy");
        assert_eq!(base("Mistrzostw Polski"), "Mistrzostwa Polski");
    }

    #[test]
    fn capitalised_adjectives_after_the_head_agree_with_it() {
        assert_eq!(base("Dworca Głównego"), "Dworzec Główny");
        assert_eq!(base("Kanału Bydgoskiego"), "Kanał Bydgoski");
        assert_eq!(base("Korpusu II Polskiego"), "Korpus II Polski");
    }

    #[test]
    fn soft_adjectives_keep_their_soft_endings() {
        assert_eq!(base("Azji Środkowowschodniej"), "Azja Środkowowschodnia");
        assert_eq!(base("Ostatniej Nocy"), "Ostatnia Noc");
    }

    #[test]
    fn coordinated_adjectives_and_nouns_decline_together() {
        assert_eq!(
            base("Szkoły Muzycznej, Plastycznej i Baletowej"),
            "Szkoła Muzyczna, Plastyczna i Baletowa"
        );
        assert_eq!(base("Sztuki i Techniki"), "Sztuka i Technika");
        assert_eq!(base("Urzędu Pracy i Rodziny"), "Urząd Pracy i Rodziny");
    }

    #[test]
    fn apposition_of_a_proper_noun_to_a_common_one() {
        assert_eq!(base("rzeki Wisły"), "rzeka Wisła");
        assert_eq!(base("prezesa Urzędu Miasta"), "prezes Urzędu Miasta");
    }

    #[test]
    fn a_genitive_after_the_head_is_kept_even_if_it_spells_a_short_adjective() {
        // `praw` is the genitive plural of `prawo` and the short form of `prawy`.
        assert_eq!(base("Rzecznika Praw Pacjenta"), "Rzecznik Praw Pacjenta");
        assert_eq!(base("Wydziału Praw Jazdy"), "Wydział Praw Jazdy");
    }

    #[test]
    fn a_street_or_unit_noun_has_its_own_lemma() {
        // `gminie` is also a form of `gmin`, `osiedlem` of `osiedl`.
        assert_eq!(base("gminie Kowala"), "gmina Kowala");
        assert_eq!(
            base("osiedlem Słoneczne Wzgórze"),
            "osiedle Słoneczne Wzgórze"
        );
    }

    #[test]
    fn punctuation_and_capitals_are_kept() {
        assert_eq!(base("Rady „Solidarności”"), "Rada „Solidarności”");
        assert_eq!(base("DWORCA GŁÓWNEGO"), "DWORZEC GŁÓWNY");
    }

    #[test]
    fn single_words() {
        // Foreign names in `-o` are no vocatives.
        assert_eq!(word_base_form("Orvieto"), "Orvieto");
        // Persons and common nouns go to the singular, names stay plural.
        assert_eq!(word_base_form("blogerów"), "bloger");
        assert_eq!(word_base_form("Szwedzi"), "Szwed");
        assert_eq!(word_base_form("Targówkach"), "Targówki");
        // An oblique singular before a nominative plural; a capitalised
        // noun keeps its capital.
        assert_eq!(word_base_form("Rady"), "Rada");
        assert_eq!(word_base_form("Senatu"), "Senat");
    }

    #[test]
    fn adjectives_unknown_to_the_dictionary_decline_by_their_endings() {
        assert_eq!(base("powiecie gołdapskim"), "powiat gołdapski");
        assert_eq!(
            base("Stowarzyszeniu Katolicko-Społecznym"),
            "Stowarzyszenie Katolicko-Społeczne"
        );
        assert_eq!(base("gminy Bałtowskiej"), "gmina Bałtowska");
    }

    #[test]
    fn regular_plurals() {
        assert_eq!(plural_of("lokata", Some("f")).as_deref(), Some("lokaty"));
        assert_eq!(plural_of("aleja", Some("f")).as_deref(), Some("aleje"));
        assert_eq!(plural_of("pocisk", Some("m3")).as_deref(), Some("pociski"));
        assert_eq!(plural_of("źródło", Some("n")).as_deref(), Some("źródła"));
        assert_eq!(
            plural_of("promień", Some("m3")).as_deref(),
            Some("promienie")
        );
        assert_eq!(plural_of("Kowalski", Some("m1")), None);
    }
}
