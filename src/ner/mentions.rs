//! Finding mentions: the runs of capitalised words (with name particles),
//! lexicon phrases, streets, interview speakers and organisations named
//! after a lower-case noun, read left to right once.

use super::*;

/// Words from which a text's mentions are searched on two threads.
#[cfg(feature = "parallel")]
pub(super) const PARALLEL_WORDS: usize = 8_000;

/// The mentions of the text's words: on two threads for a long text, each
/// searching half of it, with the same result as one thread.
pub(super) fn find_mentions(words: &[Word<'_>]) -> Vec<Mention> {
    #[cfg(feature = "parallel")]
    if words.len() >= PARALLEL_WORDS && crate::pool::may_split() {
        // The second half starts with a sentence.
        let half = words.len() / 2;
        let mid = words
            .get(half..)
            .and_then(|ws| ws.iter().position(|w| w.initial))
            .map_or(words.len(), |k| half + k);
        let ((mut out, reached), (rest, _)) = rayon::join(
            || mentions_from(words, 0, mid),
            || mentions_from(words, mid, words.len()),
        );
        if reached == mid {
            out.extend(rest);
        } else {
            // A mention of the first half ran past its end: go on from there.
            out.extend(mentions_from(words, reached, words.len()).0);
        }
        return out;
    }
    mentions_from(words, 0, words.len()).0
}

/// The mentions that start at words `from..to` (each word is read with its
/// neighbours, whatever the range), and the word where the search stopped:
/// `to`, or past it when the last mention runs on.
// Long (about 140 lines) on purpose: one left-to-right loop whose rules each
// consume words and `continue`; the order of the rules is the rule set.
pub(super) fn mentions_from(words: &[Word<'_>], from: usize, to: usize) -> (Vec<Mention>, usize) {
    let mut out = Vec::new();
    let mut scratch = Scratch::default();
    let mut i = from;
    while i < to {
        let Some(w) = words.get(i) else { break };
        // A lower-case word starts a mention only as the trigger of a name
        // within three words (`ul. Chopina`, `agencji Tass`): most words
        // have none, and no rule below applies to them.
        let capitalised = w.cap;
        if !capitalised
            && !words
                .get(i + 1..)
                .unwrap_or(&[])
                .iter()
                .take(3)
                .any(|n| n.cap)
        {
            i += 1;
            continue;
        }
        // Multi-word places and organisations from the lexicon.
        if capitalised && let Some((n, r)) = lexicon_phrase(words, i) {
            let label = if r.class == NameClass::Org { ORG } else { LOC };
            out.push(Mention {
                words: i..i + n,
                label,
                lemma: Some(r.lemma.to_owned()),
                part: None,
                quoted: None,
            });
            i += n;
            continue;
        }
        // Speakers of an interview: `A. M.: …`, `W: …`.
        if let Some(end) = speaker(words, i) {
            out.push(Mention {
                words: i..end,
                label: PER,
                lemma: None,
                part: None,
                quoted: None,
            });
            i = end;
            continue;
        }
        // Streets and administrative units: `ul. Chopina`, `gminie Glinojeck`.
        if let Some((end, lemma)) = street(words, i) {
            out.push(Mention {
                words: i..end,
                label: LOC,
                lemma,
                part: None,
                quoted: None,
            });
            i = end;
            continue;
        }
        // Lower-case organisation nouns before a name: `agencji Tass`, `partii PiS`.
        // (The capitalised word first: most words have none after them.)
        if !w.cap
            && let Some(k) = (i + 1..i + 4).find(|&k| {
                words.get(k).is_some_and(|n| {
                    n.cap && (n.joined_to_prev || (k == i + 1 && opens_quote_after(w, n)))
                }) && words.get(i + 1..k).is_some_and(|between| {
                    // Adjectives may stand between (`agencji prasowej
                    // Reuters`), not a preposition (`drużyny w II lidze`).
                    between
                        .iter()
                        .all(|b| b.joined_to_prev && !b.cap && !b.function_word())
                })
            })
            && triggers::is_org_noun(w.text)
            && words.get(k).is_some_and(|n| !n.first_name())
        {
            // An acronym names the organisation alone (`telewizji ARD Wulff`).
            let end = if words.get(k).is_some_and(|w| w.acronym()) {
                k + 1
            } else {
                run_end(words, k)
            };
            out.push(Mention {
                words: k..end,
                label: ORG,
                lemma: None,
                part: None,
                quoted: None,
            });
            i = end;
            continue;
        }
        // `PO` is an acronym, except in text set in capitals (`IDĘ DO DOMU`).
        let acronym = w.text.chars().count() == 2 && w.acronym() && !caps_context(words, i);
        // `W. Barańska`, `A. Michnik`: a letter with its full stop before a
        // name is an initial, not the preposition or conjunction.
        let initial = w.initial_letter
            && words.get(i + 1).is_some_and(|n| {
                n.joined_to_prev
                    && n.cap
                    && !n.function_word()
                    // `W. Brytanii`: an abbreviated adjective of a place.
                    && (has_class(n.text, |c| c == NameClass::Surname)
                        || !has_class(n.text, |c| c == NameClass::Place))
            });
        if !w.cap || (w.function_word() && !acronym && !initial) {
            i += 1;
            continue;
        }
        // An ordinary word opening the sentence is not part of a name.
        let ordinary_opening = |alone: bool| {
            ordinary_initial(w, alone)
                && !triggers::is_org_head(w.text)
                && !(alone && named_subject(words, i))
        };
        // A name of the lexicon after the run's first word is read as one
        // (`Posłowie Prawa i Sprawiedliwości`: the run stops at `i`), unless
        // that word heads an institution of it (`Ambasada Stanów Zjednoczonych`).
        // (Whether the run goes on past `i + 1` is asked without reading it
        // to its end, which the next word's turn does.)
        if run_end_within(words, i, i + 2) > i + 1
            && !w.org_head()
            && lexicon_phrase(words, i + 1).is_some()
        {
            if !ordinary_opening(false) {
                classify_run(words, i..i + 1, &mut out, &mut scratch);
            }
            i += 1;
            continue;
        }
        let end = run_end(words, i);
        let start = if ordinary_opening(end - i == 1) {
            i + 1
        } else {
            i
        };
        if start < end {
            classify_run(words, start..end, &mut out, &mut scratch);
        }
        i = end.max(i + 1);
    }
    (out, i)
}

/// A multi-word place or organisation of the lexicon at word `i`: its
/// length in words and its reading.
pub(super) fn lexicon_phrase(words: &[Word<'_>], i: usize) -> Option<(usize, NameReading)> {
    let (n, rs) = phrase_at(words, i)?;
    let r = rs
        .iter()
        .find(|r| matches!(r.class, NameClass::Place | NameClass::Org))?;
    Some((n, r))
}

/// Only an opening quote mark between `w` and the next word `n` (`firmy
/// "Agros"`, `związkiem „Ojczyzna”`). Not after the noun of a periodical
/// (`tygodnika "Wprost"`): a title quoted is as often the paper as the company.
pub(super) fn opens_quote_after(w: &Word<'_>, n: &Word<'_>) -> bool {
    let periodical = ["dziennik", "tygodnik", "gazet", "miesięcznik", "kwartalnik"]
        .iter()
        .any(|p| w.text.starts_with(p));
    !periodical
        && match (w.next_punct(), n.prev_punct()) {
            (Some((c, end)), Some((_, start))) => {
                crate::chars::opens_name_quote(c) && end == start + c.len_utf8()
            }
            _ => false,
        }
}

/// The label of a speaker opening a sentence of an interview: initials or
/// a short word in capitals before a colon (`A. M.:`, `W:`). Returns its end.
pub(super) fn speaker(words: &[Word<'_>], i: usize) -> Option<usize> {
    let first = words.get(i)?;
    if !first.initial {
        return None;
    }
    // Not an organisation's acronym (`SLD:`): the interviewing paper is no person.
    let short_caps = |w: &Word<'_>| {
        w.text.chars().count() <= 3
            && w.text.chars().all(char::is_uppercase)
            && sgjp_name(w.text, SgjpClass::AcronymOrg).is_none()
            && !has_class(w.text, |c| c == NameClass::Org)
    };
    let mut j = i;
    while j < i + 3 {
        let w = words.get(j)?;
        if !short_caps(w) || (j > i && !w.joined_to_prev) {
            return None;
        }
        j += 1;
        if w.colon_after {
            return Some(j);
        }
        if !w.initial_letter {
            return None;
        }
    }
    None
}

/// A street or an administrative unit named at word `i` (`ul. Chopina`,
/// `placu Zbawiciela`, `gminie Glinojeck`): the end of the name and, for an
/// abbreviated trigger, the lemma as written.
pub(super) fn street(words: &[Word<'_>], i: usize) -> Option<(usize, Option<String>)> {
    let w = words.get(i)?;
    let next = words.get(i + 1)?;
    // Cheap tests first: this runs at every word.
    if !next.cap || w.text.len() > 12 {
        return None;
    }
    let abbreviated = triggers::is_street_abbreviation(w.text)
        && w.next_punct()
            .is_some_and(|(c, end)| c == '.' && end == w.end() + 1)
        && next
            .prev_punct()
            .is_some_and(|(c, start)| c == '.' && start == w.end());
    if !(abbreviated || (next.joined_to_prev && triggers::is_street_word(w.text)))
        || !next.cap
        || next.function_word()
        || next.acronym()
    {
        return None;
    }
    let end = run_end(words, i + 1);
    let lemma = abbreviated.then(|| {
        let rest: Vec<&str> = words
            .get(i + 1..end)
            .unwrap_or(&[])
            .iter()
            .map(|w| w.text)
            .collect();
        format!("{}. {}", w.text, rest.join(" "))
    });
    Some((end, lemma))
}

/// Prepositions that stand inside organisation names before a capitalised
/// word: `Porozumienie o Wolnym Handlu`, `Fundacja Wszystko dla Zdrowia`,
/// `Komisja do Spraw Młodzieży`. (Not `w`: `Bank Rolbank SA w Poznaniu` is
/// the bank and its seat.)
fn is_name_preposition(w: &str) -> bool {
    matches!(w, "o" | "dla" | "za" | "do" | "przeciwko" | "na")
}

/// A capitalised word that may go on an organisation's name after a comma
/// or a preposition: not a name of its own (a person, a place, another
/// organisation's head) and not a function word. A name that is also an
/// ordinary word is read as the word (`o Wolnym Handlu`, `za Granicą`:
/// the surname `Wolny`, the village `Granica`).
fn fits_in_name(n: &Word<'_>) -> bool {
    n.cap
        && !n.function_word()
        && !n.first_name()
        && !n.org_head()
        && !n.acronym()
        && (!has_class(n.text, |c| {
            matches!(c, NameClass::Place | NameClass::Surname | NameClass::Org)
        }) || ordinary_reading(n.text))
}

/// Whether the dictionary reads `w`, in lower case, as a common noun or an
/// adjective.
fn ordinary_reading(w: &str) -> bool {
    crate::lexicon::with_lower(w, |lower| {
        crate::morph::dictionary(lower).any(|a| {
            matches!(a.pos, crate::morph::Pos::Noun | crate::morph::Pos::Adj)
                && matches!(a.lemma, crate::morph::Lemma::Given(l) if l.starts_with(char::is_lowercase))
        })
    })
}

/// After a comma at word `j` inside an organisation's name, the fields it
/// lists (`Rodziny, Pracy i Polityki Społecznej`): capitalised words in
/// groups parted by commas, the last group after `i`. Returns the end of
/// the last group, or `None` when the words after the comma are not such a
/// list (an apposition, a person, a place).
fn listed_fields(words: &[Word<'_>], j: usize) -> Option<usize> {
    let comma_only = |k: usize| {
        let (p, w) = (words.get(k.checked_sub(1)?)?, words.get(k)?);
        let (c, end) = p.next_punct()?;
        let (_, start) = w.prev_punct()?;
        (c == ',' && end == start + 1).then_some(())
    };
    comma_only(j)?;
    // A list is short: a few groups of a few words.
    let mut k = j;
    let limit = j + 12;
    while k < limit {
        // One group: capitalised words with only spaces between.
        let group = k;
        while words
            .get(k)
            .is_some_and(|w| fits_in_name(w) && (k == group || w.joined_to_prev))
        {
            k += 1;
        }
        if k == group {
            return None;
        }
        let next = words.get(k)?;
        if next.joined_to_prev && next.text == "i" {
            // The last group, after `i`.
            let last = k + 1;
            let mut e = last;
            while words
                .get(e)
                .is_some_and(|w| w.joined_to_prev && fits_in_name(w))
            {
                e += 1;
            }
            return (e > last).then_some(e);
        }
        comma_only(k)?;
    }
    None
}

/// End of the run of capitalised words (and name particles) starting at `i`.
pub(super) fn run_end(words: &[Word<'_>], i: usize) -> usize {
    run_end_within(words, i, usize::MAX)
}

/// [`run_end`], read no further than word `limit` (the result may pass it
/// by one, over a particle): enough to tell whether a run is longer than a
/// few words without walking all of it.
/// Whether a capitalised word `j` follows the word before it across an
/// ampersand alone (`Procter & Gamble`).
pub(super) fn ampersand_before(words: &[Word<'_>], j: usize) -> bool {
    let amp = |p: Option<(char, usize)>| p.is_some_and(|(c, _)| c == '&');
    words.get(j).is_some_and(|w| w.cap && amp(w.prev_punct()))
        && j.checked_sub(1)
            .and_then(|p| words.get(p))
            .is_some_and(|p| amp(p.next_punct()) && p.cap)
}

pub(super) fn run_end_within(words: &[Word<'_>], i: usize, limit: usize) -> usize {
    let mut j = i + 1;
    // An organisation's name: its head opened the run or came in it
    // (`Europejskie Porozumienie o Wolnym Handlu`).
    let mut org = words.get(i).is_some_and(|w| w.org_head());
    while j < limit
        && let Some(w) = words.get(j)
    {
        if !w.joined_to_prev {
            // `Procter & Gamble`, `Ernst & Young`: a company's name.
            if ampersand_before(words, j) {
                org = true;
                j += 1;
                continue;
            }
            // `Ministerstwo Rodziny, Pracy i Polityki Społecznej`: a list of
            // its fields, closed by `i`, is one name.
            if org && let Some(end) = listed_fields(words, j) {
                j = end;
                continue;
            }
            break;
        }
        // `Łukasza K. Wszyscy…`: after an initial, a new sentence opened by an
        // ordinary word.
        if w.initial
            && words.get(j - 1).is_some_and(|p| p.initial_letter)
            && (w.common().is_some() || w.ordinary())
        {
            break;
        }
        if w.cap {
            org = org || w.org_head();
            j += 1;
            continue;
        }
        // Particles inside names (`Leonardo da Vinci`); `i` and a few
        // prepositions inside organisation names (`Ministerstwo Nauki i
        // Szkolnictwa Wyższego`, `Komisja Emigracji i Polaków za Granicą`).
        let particle = triggers::is_name_particle(w.text)
            || (org && (w.text == "i" || is_name_preposition(w.text)));
        // Two particles in a row (`Ursula von der Leyen`, `Johannes van
        // den Berg`).
        if triggers::is_name_particle(w.text)
            && words
                .get(j + 1)
                .is_some_and(|p| p.joined_to_prev && triggers::is_name_particle(p.text))
            && words
                .get(j + 2)
                .is_some_and(|n| n.joined_to_prev && n.cap && !n.function_word())
        {
            j += 3;
            continue;
        }
        if particle && let Some(n) = words.get(j + 1).filter(|n| n.joined_to_prev && n.cap) {
            // `Szkole Podstawowej i Gimnazjum` are two organisations; `Fundacji
            // Batorego i Jan Kowalski`, an organisation and a person; `Komisja
            // Europejska na Polskę`, a place the organisation acts on.
            let apart = (org && (n.org_head() || n.first_name()))
                || (is_name_preposition(w.text) && !fits_in_name(n));
            if !apart {
                j += 2;
                continue;
            }
        }
        break;
    }
    j
}
