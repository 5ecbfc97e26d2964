//! Boundaries and labels of mentions fixed by their neighbours: particles,
//! titles and regnal numbers of people, places after `w`, the parts of
//! organisation names.

use super::{LOC, Mention, NameClass, ORG, PER, Word, has_class, is_roman, morph, triggers};
use crate::output::Label;

/// Runs every rule of this module, in order.
pub(super) fn adjust(words: &[Word<'_>], mentions: &mut Vec<Mention>) {
    let mut extra = Vec::new();
    for m in mentions.iter_mut() {
        if m.part.is_some() || m.quoted.is_some() {
            continue;
        }
        match m.label {
            PER => person(words, m),
            ORG => {
                organisation(words, m, &mut extra);
                hyphen_join(words, m);
            }
            LOC => {
                place(words, m);
                hyphen_join(words, m);
            }
            _ => {}
        }
    }
    mentions.extend(extra);
    mentions.retain(|m| !m.words.is_empty());
    inner_places(words, mentions);
    // Mentions now inside a longer one of the same label go, and so do
    // persons inside any longer name (the patron of a school).
    mentions.sort_by_key(|m| (m.words.start, std::cmp::Reverse(m.words.end)));
    let mut outer: Vec<(std::ops::Range<usize>, Label)> = Vec::new();
    mentions.retain(|m| {
        if m.part.is_some() {
            return true;
        }
        outer.retain(|(r, _)| r.end > m.words.start);
        let inside = outer.iter().any(|(r, l)| {
            (*l == m.label || m.label == PER)
                && r.start <= m.words.start
                && m.words.end <= r.end
                && r.len() > m.words.len()
        });
        if inside {
            return false;
        }
        outer.push((m.words.clone(), m.label));
        true
    });
}

fn word<'a, 't>(words: &'a [Word<'t>], i: usize) -> Option<&'a Word<'t>> {
    words.get(i)
}

/// English titles and the Polish `Pan`/`Pani` before a name (`Mr Harris`).
const TITLES: &[&str] = &[
    "Don", "Frau", "Herr", "Lady", "Lord", "Madame", "Miss", "Monsieur", "Mr", "Mrs", "Ms", "Pan",
    "Pana", "Panem", "Pani", "Panią", "Panu", "Prince", "Princess", "Sir",
];

/// Organisation words that end an organisation's name in English and other
/// languages: `Work Service`, `Royal Navy`, `Berliner Zeitung`.
const FOREIGN_ORG_TAILS: &[&str] = &[
    "AG",
    "Agency",
    "Airlines",
    "Airways",
    "Association",
    "Band",
    "Bank",
    "Club",
    "College",
    "Company",
    "Corp",
    "Corporation",
    "Energy",
    "FC",
    "Foundation",
    "GmbH",
    "Group",
    "Holding",
    "Holdings",
    "Inc",
    "Institute",
    "International",
    "Journal",
    "Ltd",
    "Media",
    "Motors",
    "Navy",
    "Network",
    "News",
    "Office",
    "Orchestra",
    "Party",
    "Pictures",
    "Post",
    "Press",
    "Quartet",
    "Records",
    "Service",
    "Services",
    "Society",
    "Studios",
    "Systems",
    "Team",
    "Technologies",
    "Technology",
    "Times",
    "University",
    "Zeitung",
];

/// A hyphen standing between word `j - 1` and word `j` (`Kielan - Jaworowska`).
pub(super) fn hyphen_before(words: &[Word<'_>], j: usize) -> bool {
    let Some((c, start)) = words.get(j).and_then(|w| w.prev_punct()) else {
        return false;
    };
    // The same token ends word `j - 1`'s right side.
    matches!(c, '-' | '–')
        && j > 0
        && word(words, j - 1)
            .and_then(|p| p.next_punct())
            .is_some_and(|(_, end)| end == start + c.len_utf8())
}

/// Names joined by a spaced hyphen: a double-barrelled surname (`Zofia
/// Kielan - Jaworowska`), and the first half of a compound adjective
/// (`Kujawsko - Pomorskiej`, `Szkolno - Wychowawczego`).
fn hyphen_join(words: &[Word<'_>], m: &mut Mention) {
    let is_half = |w: &Word<'_>| w.cap && w.text.ends_with('o') && w.text.chars().count() > 3;
    if m.label != PER {
        // The first half of a compound adjective alone names nothing: the
        // name after the hyphen takes it in (below).
        if m.words.len() == 1
            && hyphen_before(words, m.words.end)
            && words.get(m.words.start).is_some_and(is_half)
        {
            m.words.end = m.words.start;
            return;
        }
        // The first half before the name (`Warmińsko - Mazurskiej
        // Specjalnej Strefie`, `Polsko - Wietnamskiej Grupy`).
        while hyphen_before(words, m.words.start)
            && let Some(prev) = m.words.start.checked_sub(1).and_then(|p| words.get(p))
            && is_half(prev)
        {
            m.words.start -= 1;
            m.lemma = None;
        }
    }
    loop {
        let e = m.words.end;
        if !hyphen_before(words, e) {
            return;
        }
        let (Some(next), Some(last), Some(first)) =
            (words.get(e), words.get(e - 1), words.get(m.words.start))
        else {
            return;
        };
        if !next.cap || !next.text.chars().all(char::is_alphabetic) {
            return;
        }
        let len = m.words.len();
        let surname = |w: &str| {
            has_class(w, |c| c == NameClass::Surname) || super::lemma::looks_like_surname(w)
        };
        // A hyphen glued to the name before it (`Mohammadi- Golpajegani`)
        // joins a broken compound, never opens an aside.
        let glued = last
            .next_punct()
            .is_some_and(|(c, end)| end == last.end() + c.len_utf8());
        let listed_surname = has_class(next.text, |c| c == NameClass::Surname);
        if m.label == PER
            && !next.first_name()
            && (listed_surname || next.common().is_none() && !next.ordinary())
            && if len >= 2 {
                first.first_name() || surname(next.text) || glued
            } else {
                super::lemma::looks_like_surname(last.text) && surname(next.text)
            }
        {
            m.words.end = e + 1;
        } else if last.text.ends_with('o') && last.text.chars().count() > 3 && last.cap {
            let mut j = e + 1;
            while words.get(j).is_some_and(|w| w.joined_to_prev && w.cap) {
                j += 1;
            }
            m.words.end = j;
        } else {
            return;
        }
        m.lemma = None;
    }
}

/// `św. Jakuba` is a person; `kościół św. Jakuba` a place, `parafii św.
/// Jakuba` an organisation.
fn saint(words: &[Word<'_>], m: &mut Mention) {
    let s = m.words.start;
    let Some(ws) = words.get(m.words.clone()) else {
        return;
    };
    if s == 0 || !ws.iter().any(|w| w.first_name()) {
        return;
    }
    let Some(p) = word(words, s - 1) else { return };
    let abbreviated = matches!(p.text, "św" | "Św" | "bł" | "Bł")
        && p.next_punct()
            .is_some_and(|(c, end)| c == '.' && end == p.end() + 1);
    let full = ws.first().is_some_and(|w| w.joined_to_prev) && triggers::is_saint_word(p.text);
    if !(abbreviated || full) {
        return;
    }
    m.words.start = s - 1;
    m.lemma = None;
    if s >= 2
        && p.joined_to_prev
        && let Some(church) = word(words, s - 2)
        && let Some(label) = triggers::church_noun(church.text)
    {
        m.words.start = s - 2;
        m.label = label;
    }
}

fn person(words: &[Word<'_>], m: &mut Mention) {
    let Some(ws) = words.get(m.words.clone()) else {
        return;
    };
    let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
        return;
    };
    // `Royal Navy`, `Turkish Airlines`: an organisation.
    if ws.len() >= 2 && FOREIGN_ORG_TAILS.contains(&last.text) {
        m.label = ORG;
        return;
    }
    // `w Karolinie`, `w Rudzkim Moście`: after locative `w` a place (but `w Bogu`).
    if m.words.start > 0
        && first.joined_to_prev
        && word(words, m.words.start - 1).is_some_and(|p| matches!(p.text, "w" | "we" | "W" | "We"))
        && !triggers::is_god(first.text)
        && (ws.len() == 1 || !(first.first_name() || first.initial_letter))
    {
        m.label = LOC;
        return;
    }
    // `Siostry Teresy`, `Mr Harris`: the title is not part of the name.
    if ws.len() >= 2
        && (first.person_title() || TITLES.contains(&first.text))
        && !first.first_name()
    {
        m.words.start += 1;
    }
    // `Jan Paweł II`: a regnal number after a first name.
    if last.first_name()
        && word(words, m.words.end).is_some_and(|n| n.joined_to_prev && is_roman(n.text))
    {
        m.words.end += 1;
    }
    hyphen_join(words, m);
    saint(words, m);
    if m.label != PER {
        return;
    }
    // `de Gaulle`, `Michel de Ghelderode`: name particles before a surname.
    if m.words.start > 0
        && words.get(m.words.start).is_some_and(|w| w.joined_to_prev)
        && word(words, m.words.start - 1)
            .is_some_and(|p| triggers::is_name_particle(p.text) && !p.function_word())
    {
        m.words.start -= 1;
        if m.words.start > 0
            && words.get(m.words.start).is_some_and(|w| w.joined_to_prev)
            && word(words, m.words.start - 1).is_some_and(|p| p.cap && p.first_name())
        {
            m.words.start -= 1;
        }
    }
}

fn is_adjective(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ski", "ska", "skie", "skiego", "skiej", "skim", "ską", "skich", "cki", "cka", "ckie",
        "ckiego", "ckiej", "ckim", "cką", "ckich",
    ];
    ENDINGS.iter().any(|e| w.ends_with(e))
        || morph::analyse(w).iter().any(|a| a.pos == morph::Pos::Adj)
}

fn organisation(words: &[Word<'_>], m: &mut Mention, extra: &mut Vec<Mention>) {
    let Some(ws) = words.get(m.words.clone()) else {
        return;
    };
    let Some(first) = ws.first() else { return };
    // `Prezes Rady Ministrów`, `Sprawozdanie Komisji …`: the organisation
    // starts at its head noun (with the adjectives agreeing before it).
    if ws.len() >= 2
        && !first.org_head()
        && !first.acronym()
        && let Some(h) = ws.iter().position(|w| w.org_head() || w.acronym())
        && h > 0
    {
        let mut s = h;
        while s > 0
            && ws
                .get(s - 1)
                .is_some_and(|w| is_adjective(w.text) && !w.person_title())
        {
            s -= 1;
        }
        let ordinary_noun =
            (first.common().is_some() || first.ordinary()) && !is_adjective(first.text);
        if s > 0 && (first.person_title() || TITLES.contains(&first.text) || ordinary_noun) {
            m.words.start += s;
        }
    }
    let Some(ws) = words.get(m.words.clone()) else {
        return;
    };
    // `Komisji Spraw Zagranicznych Czesław Bielecki`: a person after the name.
    if let Some(k) = (1..ws.len().saturating_sub(1)).find(|&k| {
        ws.get(k).is_some_and(|w| w.first_name() && !w.org_head())
            && ws.get(k + 1).is_some_and(|n| n.cap && !n.org_head())
    }) {
        let split = m.words.start + k;
        extra.push(Mention {
            words: split..m.words.end,
            label: PER,
            lemma: None,
            part: None,
            quoted: None,
        });
        m.words.end = split;
        m.lemma = None;
        return;
    }
    // `Zespołu Szkół im. Tadeusza Kościuszki`: the patron is part of the
    // name; so is the remit after `ds.` (`Zespołu ds. Prewencji
    // Kryminalnej`).
    if ws.iter().any(|w| w.org_head())
        && let Some(im) = word(words, m.words.end)
        && im.joined_to_prev
        && (im.text == "im" || im.text == "ds")
        && im.next_punct().is_some_and(|(c, _)| c == '.')
    {
        let mut j = m.words.end + 1;
        while words
            .get(j)
            .is_some_and(|w| w.cap && (j == m.words.end + 1 || w.joined_to_prev))
        {
            j += 1;
        }
        if j > m.words.end + 1 {
            m.words.end = j;
            m.lemma = None;
        }
    }
    // `Kościoła katolickiego`: the church takes its denomination.
    if let [w] = ws
        && w.text.starts_with("Kości")
        && let Some(n) = word(words, m.words.end)
        && n.joined_to_prev
        && !n.cap
        && n.text.chars().all(char::is_alphabetic)
        && ["ski", "cki", "ny", "ni"]
            .iter()
            .any(|e| suffix_then_ending(n.text, e))
        && is_adjective(n.text)
    {
        m.words.end += 1;
        m.lemma = None;
    }
}

/// Whether `w` has the adjective suffix `suffix` followed by an ending of at
/// most four letters (`katolickiego`: `…cki` + `ego`).
fn suffix_then_ending(w: &str, suffix: &str) -> bool {
    let mut stem = w;
    for _ in 0..=4 {
        if stem.ends_with(suffix) {
            return true;
        }
        let mut chars = stem.chars();
        if chars.next_back().is_none() {
            return false;
        }
        stem = chars.as_str();
    }
    false
}

/// A capitalised adjective that may be part of a place's name (`Warmińskim`).
fn place_adjective(w: &Word<'_>) -> bool {
    w.cap
        && !w.text.chars().skip(1).any(char::is_uppercase)
        && !w.org_head()
        && !has_class(w.text, |c| {
            matches!(
                c,
                NameClass::Place | NameClass::FirstMale | NameClass::FirstFemale
            )
        })
        && is_adjective(w.text)
}

fn place(words: &[Word<'_>], m: &mut Mention) {
    if m.words.len() != 1 {
        return;
    }
    // `Lidzbarku Warmińskim`, `Dolny Egipt`: a one-word place takes the
    // capitalised adjective next to it.
    let e = m.words.end;
    if let Some(n) = word(words, e)
        && n.joined_to_prev
        && !n.initial
        && place_adjective(n)
        && !word(words, e + 1).is_some_and(|x| x.joined_to_prev && x.cap)
    {
        m.words.end += 1;
        m.lemma = None;
        return;
    }
    let s = m.words.start;
    if s > 0
        && words.get(s).is_some_and(|w| w.joined_to_prev)
        && let Some(p) = word(words, s - 1)
        && !p.initial
        && !p.after_boundary()
        && positional(p.text)
        && place_adjective(p)
        && !(s > 1 && p.joined_to_prev && word(words, s - 2).is_some_and(|x| x.cap))
    {
        m.words.start -= 1;
        m.lemma = None;
    }
}

/// Adjectives of position and age that open place names: `Dolny Śląsk`,
/// `Starego Osieczna`, `Wschodnie Niemcy`.
fn positional(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "Doln", "Górn", "Now", "Star", "Wielk", "Wyżn", "Niżn", "Półn", "Połud", "Wschodn",
        "Zachodn", "Środk",
    ];
    STEMS.iter().any(|s| w.starts_with(s))
}

/// Inside an organisation's name, a capitalised adjective made from a place
/// name is a place too (`Uniwersytetu [Warszawskiego]`, `Stoczni [Gdańskiej]`):
/// an adjective in `-ski`/`-cki` whose stem, four letters at least, begins
/// the name of a known place.
fn inner_places(words: &[Word<'_>], mentions: &mut Vec<Mention>) {
    let mut extra = Vec::new();
    let single: rustc_hash::FxHashSet<usize> = mentions
        .iter()
        .filter(|m| m.words.len() == 1)
        .map(|m| m.words.start)
        .collect();
    for m in mentions.iter() {
        // Names of the lexicon are whole (`Związku Radzieckiego`).
        if m.label != ORG || m.part.is_some() || m.lemma.is_some() {
            continue;
        }
        for i in m.words.clone() {
            let Some(w) = words.get(i) else { continue };
            if i == m.words.start
                || !w.cap
                || w.text.chars().skip(1).any(char::is_uppercase)
                || single.contains(&i)
            {
                continue;
            }
            let from_place = morph::analyse(w.text).iter().any(|a| {
                a.pos == morph::Pos::Adj
                    && super::place_adjective_lemma(&morph::lemma_of(w.text, a))
            });
            if from_place {
                extra.push(Mention {
                    words: i..i + 1,
                    label: LOC,
                    lemma: None,
                    part: None,
                    quoted: None,
                });
            }
        }
    }
    mentions.extend(extra);
}
