//! Passes over the mentions of a whole document: organisation names made of
//! several mentions, and names seen once recognised everywhere.

use rustc_hash::{FxHashMap, FxHashSet};

use super::{LOC, Mention, ORG, PER, Word, has_class};
use crate::lexicon::{NameClass, case};

use crate::chars::{closes_name_quote as is_close_quote, opens_name_quote as is_open_quote};

/// Joins mentions that make one organisation's name:
/// - an organisation with a head noun, `w`/`we` and a place: `Akademia
///   Medyczna w Łodzi` (the place stays a mention of its own);
/// - an acronym and another acronym (`KC PZPR`), a quoted name (`NSZZ
///   "Solidarność"`) or a place in the nominative (`OSP Kcynia`).
pub(super) fn organisation_compounds(words: &[Word<'_>], mentions: &mut Vec<Mention>) {
    mentions.sort_by_key(|m| (m.words.start, std::cmp::Reverse(m.words.end)));
    let mut starts: FxHashMap<usize, usize> = FxHashMap::default();
    for (k, m) in mentions.iter().enumerate() {
        if m.part.is_none() {
            starts.entry(m.words.start).or_insert(k);
        }
    }
    let mut dropped = vec![false; mentions.len()];
    for k in 0..mentions.len() {
        let Some(m) = mentions.get(k) else { break };
        if m.label != ORG || m.part.is_some() || dropped.get(k).copied().unwrap_or(true) {
            continue;
        }
        let Some(ws) = words.get(m.words.clone()) else {
            continue;
        };
        let mut end = m.words.end;
        let mut quoted = m.quoted.clone();
        let acronym = matches!(ws, [w] if w.acronym()) && quoted.is_none();
        if ws.iter().any(|w| w.org_head()) && quoted.is_none() {
            // `… w Łodzi`: the place mention right after `w`.
            if words
                .get(end)
                .is_some_and(|w| w.joined_to_prev && matches!(w.text, "w" | "we"))
                && words.get(end + 1).is_some_and(|w| w.joined_to_prev)
                && let Some(loc) = starts
                    .get(&(end + 1))
                    .and_then(|&j| mentions.get(j))
                    .filter(|l| l.label == LOC && l.quoted.is_none())
            {
                end = loc.words.end;
            } else if let Some((last, close)) = quoted_name_after(words, end) {
                // `Fundacja "Wszystko dla Zdrowia"`, `Spółdzielni Mieszkaniowej
                // "Nowoczesna"`: the institution and its name in quotes.
                quoted = ws.first().map(|w| w.start..close);
                drop_inside(mentions, &starts, &mut dropped, end, last);
                end = last + 1;
            }
        } else if acronym {
            while let Some(next) = words.get(end).filter(|w| w.joined_to_prev || is_open(w)) {
                let other = starts.get(&end).copied();
                let other_m = other.and_then(|j| mentions.get(j));
                if next.acronym()
                    && next.joined_to_prev
                    && let Some(j) = other
                    && other_m.is_some_and(|o| o.label == ORG && o.quoted.is_none())
                {
                    // `KC PZPR`
                    end = other_m.map_or(end + 1, |o| o.words.end);
                    if let Some(d) = dropped.get_mut(j) {
                        *d = true;
                    }
                    continue;
                }
                if let Some((last, close)) = quoted_name_after(words, end) {
                    // `NSZZ "Solidarność"`: the quoted name and what was found in it.
                    quoted = ws.first().map(|w| w.start..close);
                    drop_inside(mentions, &starts, &mut dropped, end, last);
                    end = last + 1;
                    break;
                }
                if next.joined_to_prev
                    && super::readings(next.text)
                        .iter()
                        .any(|r| r.class == NameClass::Place && r.cases & case::NOM != 0)
                    && !has_class(next.text, |c| c == NameClass::Surname)
                {
                    // `OSP Kcynia`: the place stays a mention of its own.
                    end += 1;
                }
                break;
            }
        }
        if let Some(m) = mentions.get_mut(k) {
            m.words.end = end;
            m.quoted = quoted;
        }
    }
    let mut keep = dropped.iter().map(|d| !d);
    mentions.retain(|_| keep.next().unwrap_or(true));
}

/// A name in quotes that starts at word `at`, right after an organisation:
/// its last word (six words at most) and the byte after its closing mark.
fn quoted_name_after(words: &[Word<'_>], at: usize) -> Option<(usize, usize)> {
    let first = words.get(at)?;
    if !(is_open(first) && first.cap) {
        return None;
    }
    // Only spaces between the organisation and the opening mark.
    let (_, open) = first.prev_punct()?;
    let before = words.get(at.checked_sub(1)?)?;
    if open != before.end() + 1 {
        return None;
    }
    let last = (at..at + 6).find(|&e| {
        words.get(e).is_some_and(|w| {
            w.next_punct().is_some_and(|(c, _)| is_close_quote(c)) && (e == at || w.joined_to_prev)
        })
    })?;
    if !words.get(at + 1..=last)?.iter().all(|w| w.joined_to_prev) {
        return None;
    }
    let (_, close) = words.get(last)?.next_punct()?;
    Some((last, close))
}

/// Marks as dropped the mentions that lie in words `from..=last` (a quoted
/// name taken into an organisation). Mentions are sorted by start: a few
/// lookups.
fn drop_inside(
    mentions: &[Mention],
    starts: &FxHashMap<usize, usize>,
    dropped: &mut [bool],
    from: usize,
    last: usize,
) {
    for p in from..=last {
        let Some(&j0) = starts.get(&p) else { continue };
        for (j, o) in mentions.iter().enumerate().skip(j0) {
            if o.words.start != p {
                break;
            }
            if o.words.end <= last + 1
                && let Some(d) = dropped.get_mut(j)
            {
                *d = true;
            }
        }
    }
}

/// A word right after an opening quote.
fn is_open(w: &Word<'_>) -> bool {
    w.prev_punct().is_some_and(|(c, _)| is_open_quote(c))
}

/// One sense per document: a name found as an entity away from the start of
/// a sentence is the same entity at its other occurrences, sentence starts
/// included. Names are looked up by their text, for the few lengths of the
/// names found that begin with the word at hand.
pub(super) fn one_sense_per_document(text: &str, words: &[Word<'_>], mentions: &mut Vec<Mention>) {
    let mut covered = vec![false; words.len()];
    for m in mentions.iter() {
        for c in covered.get_mut(m.words.clone()).into_iter().flatten() {
            *c = true;
        }
    }
    let span = |ws: &[Word<'_>]| -> Option<std::ops::Range<usize>> {
        Some(ws.first()?.start..ws.last()?.end())
    };
    // Name text → label counts (PER, ORG, LOC) and lemma; first word → lengths (bits).
    let mut names: FxHashMap<&str, ([u32; 3], Option<String>)> = FxHashMap::default();
    let mut lengths: FxHashMap<&str, u64> = FxHashMap::default();
    for m in mentions.iter() {
        let Some(ws) = words.get(m.words.clone()) else {
            continue;
        };
        let Some(first) = ws.first() else { continue };
        if m.part.is_some()
            || m.quoted.is_some()
            || first.initial
            || first.after_boundary()
            || !first.cap
            || (ws.len() == 1 && first.text.chars().count() < 3)
            || ws.len() > 63
        {
            continue;
        }
        let Some(name) = span(ws).and_then(|r| text.get(r)) else {
            continue;
        };
        let slot = match m.label {
            PER => 0,
            ORG => 1,
            _ => 2,
        };
        let entry = names
            .entry(name)
            .or_insert_with(|| ([0; 3], m.lemma.clone()));
        if let Some(n) = entry.0.get_mut(slot) {
            *n += 1;
        }
        *lengths.entry(first.text).or_default() |= 1 << ws.len();
    }
    if names.is_empty() {
        return;
    }
    let mut i = 0;
    while i < words.len() {
        let Some(w) = words.get(i) else { break };
        // Names begin with a capital: other words need no lookup.
        let mask = if covered.get(i).copied().unwrap_or(true) || !w.cap {
            0
        } else {
            lengths.get(w.text).copied().unwrap_or(0)
        };
        // The longest name found here, over uncovered words in one run.
        let found = bits_down(mask).find_map(|n| {
            let here = words.get(i..i + n)?;
            if !here.iter().skip(1).all(|h| h.joined_to_prev)
                || !covered.get(i..i + n)?.iter().all(|c| !c)
            {
                return None;
            }
            let name = span(here).and_then(|r| text.get(r))?;
            names.get(name).map(|v| (n, v))
        });
        let Some((n, (counts, lemma))) = found else {
            i += 1;
            continue;
        };
        let [p, o, l] = *counts;
        let label = if p >= o && p >= l {
            PER
        } else if o >= l {
            ORG
        } else {
            LOC
        };
        // A verb of saying opening a sentence is no name.
        if n == 1 && (w.initial || w.after_boundary()) && super::says(w.text) {
            i += 1;
            continue;
        }
        // The whole name, not a longer run of capitals it begins.
        let end = i + n;
        if words.get(end).is_some_and(|x| x.joined_to_prev && x.cap) {
            i = end;
            continue;
        }
        mentions.push(Mention {
            words: i..end,
            label,
            lemma: lemma.clone(),
            part: None,
            quoted: None,
        });
        i = end;
    }
}

/// The set bits of `mask` above bit 0, highest first.
fn bits_down(mut mask: u64) -> impl Iterator<Item = usize> {
    mask &= !1;
    std::iter::from_fn(move || {
        let n = 63usize.checked_sub(mask.leading_zeros() as usize)?;
        mask &= !(1 << n);
        Some(n)
    })
}

/// Later mentions of a person by surname alone, in any case: the surname
/// of a `First Surname` mention (its stem, without the last two letters,
/// four letters at least) is a person wherever a capitalised word adds at
/// most four letters to it, unless SGJP knows that word only as an ordinary
/// word (`Kowalskiego` … `Kowalskiemu`).
pub(super) fn surnames(words: &[Word<'_>], mentions: &mut Vec<Mention>) {
    let mut stems: FxHashMap<&str, ()> = FxHashMap::default();
    // The surnames as the full names write them.
    let mut written: FxHashSet<&str> = FxHashSet::default();
    for m in mentions.iter() {
        let Some(ws) = words.get(m.words.clone()) else {
            continue;
        };
        if m.label != PER || m.part.is_some() || ws.len() < 2 {
            continue;
        }
        let (Some(first), Some(last)) = (ws.first(), ws.last()) else {
            continue;
        };
        let n = last.text.chars().count();
        // A known first name, an initial, or any capitalised word of a
        // two-word person (`Nicolasem Maduro`: foreign first names are
        // missing from the lexicon).
        if !(first.first_name() || first.initial_letter || ws.len() == 2)
            || n < 5
            || !last.cap
            || last.text.chars().skip(1).any(char::is_uppercase)
        {
            continue;
        }
        written.insert(last.text);
        let keep = (n - 2).max(4);
        if let Some((cut, _)) = last.text.char_indices().nth(keep)
            && let Some(stem) = last.text.get(..cut)
        {
            stems.insert(stem, ());
        }
    }
    if stems.is_empty() {
        return;
    }
    let mut covered = vec![false; words.len()];
    for m in mentions.iter() {
        for c in covered.get_mut(m.words.clone()).into_iter().flatten() {
            *c = true;
        }
    }
    for (i, w) in words.iter().enumerate() {
        if covered.get(i).copied().unwrap_or(true)
            || !w.cap
            || w.text.chars().skip(1).any(char::is_uppercase)
            || words.get(i + 1).is_some_and(|n| n.joined_to_prev && n.cap)
            || (i > 0 && w.joined_to_prev && words.get(i - 1).is_some_and(|p| p.cap))
        {
            continue;
        }
        // The word's prefixes (four letters at least) that leave an ending of
        // at most four letters.
        let mut found = false;
        let mut prefix = w.text;
        let mut letters = w.text.chars().count();
        for _ in 0..=4 {
            if letters < 4 {
                break;
            }
            if stems.contains_key(prefix) {
                found = true;
                break;
            }
            let mut chars = prefix.chars();
            chars.next_back();
            prefix = chars.as_str();
            letters -= 1;
        }
        // An ordinary word opening a sentence (`Wczoraj`) is no surname, but
        // the surname in the very form of the full name is (`Jan Kowalski
        // … Kowalski dodał`), though it spells an adjective too.
        let same_form = written.contains(w.text);
        if found
            && !(w.ordinary()
                || w.function_word()
                || ((w.initial || w.after_boundary()) && w.common().is_some() && !same_form))
        {
            mentions.push(Mention {
                words: i..i + 1,
                label: PER,
                lemma: None,
                part: None,
                quoted: None,
            });
        }
    }
}
