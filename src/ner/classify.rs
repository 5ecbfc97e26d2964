//! Classifying a run of capitalised words into mentions: organisations by
//! their head noun, acronyms, names in capitals, first names opening a
//! person's name, several names in a row, and one capitalised word.

use super::*;

/// Whether a run of capitalised words opening a sentence is taken word by
/// word: unless its first word is unknown to the dictionaries and another
/// word of the run looks like a surname (`Goran Persson, premier Szwecji`).
pub(super) fn initial_splits(words: &[Word<'_>], run: Range<usize>) -> bool {
    let Some(ws) = words.get(run) else {
        return true;
    };
    let Some((first, rest)) = ws.split_first() else {
        return true;
    };
    // A name particle inside the run makes it one foreign name (`Ursula
    // von der Leyen`).
    if rest
        .iter()
        .any(|w| !w.cap && triggers::is_name_particle(w.text))
    {
        return false;
    }
    !(first.common().is_none()
        && !first.ordinary()
        && readings(first.text).is_empty()
        && first.text.chars().skip(1).all(char::is_lowercase)
        && rest.iter().all(|w| {
            w.text.chars().skip(1).all(char::is_lowercase)
                && (has_class(w.text, |c| c == NameClass::Surname)
                    || lemma::looks_like_surname(w.text)
                    || (readings(w.text).is_empty() && w.common().is_none() && !w.ordinary()))
        }))
}

/// What is left of a run after [`classify_part`] has read its start.
pub(super) enum Rest {
    Done,
    /// The words after the mention found, read as a run of their own.
    Tail(Range<usize>),
    /// Two names in a row, read one after the other.
    Split(Range<usize>, Range<usize>),
    /// Several names in a row, read word by word.
    EachWord(Range<usize>),
}

/// Buffers [`classify_run`] reuses from one run to the next.
#[derive(Default)]
pub(super) struct Scratch {
    breaks: Vec<usize>,
    todo: Vec<Range<usize>>,
}

/// Classifies a run of capitalised words into mentions, in text order.
///
/// A run may hold many names (`Jan Nowak Anna Kowalska …`, a table of names
/// scraped as one line), so its parts are kept on an explicit stack, not on
/// the call stack, and the places where a first name opens a new name are
/// found once for the whole run: time and stack stay linear in the run.
pub(super) fn classify_run(
    words: &[Word<'_>],
    run: Range<usize>,
    out: &mut Vec<Mention>,
    scratch: &mut Scratch,
) {
    let name_start = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.first_name() || w.initial_letter)
    };
    // Words that open a name after a word that does not (`w Caracas Siergiej …`).
    let Scratch { breaks, todo } = scratch;
    breaks.clear();
    breaks.extend((run.start + 1..run.end).filter(|&k| name_start(k) && !name_start(k - 1)));
    todo.clear();
    todo.push(run);
    while let Some(part) = todo.pop() {
        match classify_part(words, part, breaks, out) {
            Rest::Done => {}
            Rest::Tail(r) => todo.push(r),
            Rest::Split(a, b) => {
                todo.push(b);
                todo.push(a);
            }
            Rest::EachWord(r) => todo.extend(r.rev().map(|k| k..k + 1)),
        }
    }
}

/// Reads the start of `run` (a part of the run whose name-opening words are
/// `breaks`), pushing its mentions, and says what remains to be read.
pub(super) fn classify_part(
    words: &[Word<'_>],
    run: Range<usize>,
    breaks: &[usize],
    out: &mut Vec<Mention>,
) -> Rest {
    if let Some(rest) = by_shape(words, run.clone(), out) {
        return rest;
    }
    // A first name inside the run starts a new name: `w Caracas Siergiej Malik-Bagdasarow`.
    if let Some(&k) = breaks.get(breaks.partition_point(|&b| b <= run.start))
        && k + 1 < run.end
    {
        return Rest::Split(run.start..k, k..run.end);
    }
    if run.len() >= 2 {
        several_words(words, run, out)
    } else {
        one_word(words, run, out)
    }
}

/// `w miejscowości Hua Xi`, `mieszkańców Ochli`: a place after the noun of one.
fn after_settlement(words: &[Word<'_>], at: usize) -> bool {
    let prev = at.checked_sub(1).and_then(|p| words.get(p));
    words.get(at).is_some_and(|first| {
        first.joined_to_prev
            && !first.initial
            && prev.is_some_and(|p| triggers::is_settlement_noun(p.text))
    })
}

/// The base form of a club's name: the place or first name it is
/// (`Warty` → `Warta`, `Lecha` → `Lech`), else the common noun it is, with
/// its capital (`Pogonią` → `Pogoń`, `Górnika` → `Górnik`).
fn club_lemma(w: &str, rs: Records<NameReading>) -> Option<String> {
    if let Some(r) = rs.iter().find(|r| {
        matches!(
            r.class,
            NameClass::Place | NameClass::FirstMale | NameClass::FirstFemale
        )
    }) {
        return Some(r.lemma.to_owned());
    }
    let a = morph::analyse(w)
        .into_iter()
        .find(|a| a.pos == morph::Pos::Noun && a.plural != Some(true))?;
    let lemma = morph::lemma_of(w, &a);
    let mut chars = lemma.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// A call sign: the name of a broadcaster the lexicon knows as an
/// organisation (or `TV`), then one or two digits (`TVN24`, `TV4`,
/// `Polsat2`); not a formula or a code (`CO2`, `BZT5`, `A4`).
fn call_sign(w: &str) -> bool {
    let letters = w.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = w.len() - letters.len();
    (1..=2).contains(&digits)
        && letters.chars().count() >= 2
        && (letters == "TV" || has_class(letters, |c| c == NameClass::Org))
}

/// Words looked at on each side of a word for the topic of its sentence.
const TOPIC_REACH: usize = 30;

/// Whether the word at `at` names a sports club by its context: after a
/// role in sport (`trener Warty`, `piłkarze Górnika`), or after `z`/`ze`
/// in a sentence about a game (`przegrali z Pogonią`).
fn club_context(words: &[Word<'_>], at: usize) -> bool {
    let Some(prev) = at.checked_sub(1).and_then(|p| words.get(p)) else {
        return false;
    };
    if triggers::is_sports_role(prev.text) {
        return true;
    }
    // `z` with the instrumental is the opponent (`z Pogonią`); with the
    // genitive, where one comes from (`z Poznania`).
    let instrumental = words.get(at).is_some_and(|w| {
        ["ą", "em", "ami", "ymi", "imi"]
            .iter()
            .any(|e| w.text.ends_with(e))
    });
    if !matches!(prev.text, "z" | "ze") || !instrumental {
        return false;
    }
    // The sentence around: back to its first word, on to the next one's.
    let back = words
        .get(at.saturating_sub(TOPIC_REACH)..at)
        .unwrap_or(&[])
        .iter()
        .rev();
    let mut before = Vec::new();
    for w in back {
        before.push(w);
        if w.initial {
            break;
        }
    }
    let after = words
        .get(at + 1..(at + 1 + TOPIC_REACH).min(words.len()))
        .unwrap_or(&[])
        .iter()
        .take_while(|w| !w.initial);
    before
        .into_iter()
        .chain(after)
        .any(|w| triggers::is_sports_word(w.text))
}

/// Runs named by their shape: an organisation by its head noun, an
/// acronym, a name in capitals; `None` when none of these applies.
fn by_shape(words: &[Word<'_>], run: Range<usize>, out: &mut Vec<Mention>) -> Option<Rest> {
    let first = words.get(run.start)?;
    let len = run.len();
    // Organisations named by a trigger noun: `Ministerstwo Infrastruktury`,
    // `Komunistycznej Partii Związku Radzieckiego`.
    let org_head = words
        .get(run.clone())
        .is_some_and(|ws| ws.iter().take(3).any(|w| w.org_head()));
    // `Wysoka Izbo!`: an institution addressed is no mention of it.
    // (The head is among the first three words, as `org_head` asks.)
    let vocative = org_head
        && words.get(run.clone()).is_some_and(|ws| {
            ws.iter().take(3).find(|w| w.org_head()).is_some_and(|h| {
                let nouns: Vec<morph::Analysis> = morph::analyse(h.text)
                    .into_iter()
                    .filter(|a| a.pos == morph::Pos::Noun)
                    .collect();
                !nouns.is_empty() && nouns.iter().all(|a| a.case == Some("voc"))
            })
        });
    if org_head && vocative {
        return Some(Rest::Done);
    }
    if org_head && (len > 1 || !first.initial) {
        // `Komisji Europejskiej Ursula Lindner`: a first name in the
        // nominative and a name after it open a person, not more of the
        // organisation (whose patron is in the genitive: `Fundacja Anny Dymnej`).
        let head = (run.start..run.end)
            .find(|&j| words.get(j).is_some_and(|w| w.org_head()))
            .unwrap_or(run.start);
        if let Some(j) = (head + 1..run.end.saturating_sub(1)).find(|&j| {
            words
                .get(j)
                .is_some_and(|w| w.first_name() && nominative_first_name(w.text))
        }) {
            out.push(Mention {
                words: run.start..j,
                label: ORG,
                lemma: None,
                part: None,
                quoted: None,
            });
            return Some(Rest::Tail(j..run.end));
        }
        out.push(Mention {
            words: run,
            label: ORG,
            lemma: None,
            part: None,
            quoted: None,
        });
        return Some(Rest::Done);
    }
    // A name joined by an ampersand is a company's (`Procter & Gamble`),
    // not declined.
    if (run.start + 1..run.end).any(|j| super::mentions::ampersand_before(words, j)) {
        let mut lemma = String::new();
        for j in run.clone() {
            if j > run.start {
                lemma.push_str(if super::mentions::ampersand_before(words, j) {
                    " & "
                } else {
                    " "
                });
            }
            lemma.push_str(words.get(j)?.text);
        }
        out.push(Mention {
            words: run,
            label: ORG,
            lemma: Some(lemma),
            part: None,
            quoted: None,
        });
        return Some(Rest::Done);
    }
    // A broadcaster's call sign (`TVN24`, `TVP1`, `Polsat2`, `TV4`), or a
    // broadcaster and its channel (`TVP Info`, `Polsat News`): organisations,
    // not declined.
    let broadcaster = |w: &Word<'_>| {
        call_sign(w.text) || w.acronym() || has_class(w.text, |c| c == NameClass::Org)
    };
    let channel = len == 2
        && broadcaster(first)
        && words
            .get(run.start + 1)
            .is_some_and(|c| triggers::is_channel_word(c.text));
    if (len == 1 && call_sign(first.text)) || channel {
        let lemma = words
            .get(run.clone())
            .map(|ws| ws.iter().map(|w| w.text).collect::<Vec<_>>().join(" "));
        out.push(Mention {
            words: run,
            label: ORG,
            lemma,
            part: None,
            quoted: None,
        });
        return Some(Rest::Done);
    }
    // Acronyms: organisations, except the few that name countries.
    if len == 1
        && first.acronym()
        && caps_context(words, run.start)
        && (first.function_word() || first.common().is_some())
    {
        // `DO`, `SIĘ`: words of text set in capitals.
        return Some(Rest::Done);
    }
    if len == 1 && first.acronym() {
        let label = if triggers::is_place_acronym(first.text)
            || has_class(first.text, |c| c == NameClass::Place)
        {
            LOC
        } else {
            capitals_as_name(first.text).unwrap_or(ORG)
        };
        out.push(Mention {
            words: run,
            label,
            lemma: Some(first.text.to_owned()),
            part: None,
            quoted: None,
        });
        return Some(Rest::Done);
    }
    // A name in capitals: `HANNA KOWALSKA`.
    if (2..=3).contains(&len)
        && words
            .get(run.clone())
            .is_some_and(|ws| ws.iter().all(|w| !w.text.chars().any(char::is_lowercase)))
        && capitals_as_name(first.text) == Some(PER)
    {
        out.push(Mention {
            words: run,
            label: PER,
            lemma: None,
            part: None,
            quoted: None,
        });
        return Some(Rest::Done);
    }
    None
}

/// Two or more capitalised words: a first name and the name it opens
/// (`Donald Trump`), several names in a row read word by word, or one name
/// of unknown words (a person's, an organisation's, a place's).
fn several_words(words: &[Word<'_>], run: Range<usize>, out: &mut Vec<Mention>) -> Rest {
    let Some(first) = words.get(run.start) else {
        return Rest::Done;
    };
    let len = run.len();
    if first.first_name() || first.initial_letter {
        // `Donald Trump`, `Siergiej Malik-Bagdasarow`, `J. Kowalski`: a
        // first name and the capitalised words after it (at most three),
        // up to an acronym (`Katarzyna Piekarska SLD`).
        let mut end = run.start + len.min(4);
        if let Some(k) = (run.start + 1..end).find(|&k| {
            words
                .get(k)
                .is_some_and(|w| w.acronym() || is_roman(w.text))
        }) {
            end = k.max(run.start + 1);
        }
        out.push(Mention {
            words: run.start..end,
            label: PER,
            lemma: None,
            part: None,
            quoted: None,
        });
        if end < run.end {
            return Rest::Tail(end..run.end);
        }
        return Rest::Done;
    }
    let known_other = words.get(run.clone()).is_some_and(|ws| {
        ws.iter().any(|w| {
            has_class(w.text, |c| matches!(c, NameClass::Place | NameClass::Org))
                && !has_class(w.text, |c| c == NameClass::Surname)
                || w.acronym()
        })
    });
    // `NATO Mark Rutte`, `Turcji Recep Tayyip Erdogan`: an acronym or a
    // known place or organisation, then a name of its own.
    let known = |w: &Word<'_>| {
        w.acronym()
            || (has_class(w.text, |c| matches!(c, NameClass::Place | NameClass::Org))
                && !has_class(w.text, |c| {
                    matches!(
                        c,
                        NameClass::Surname | NameClass::FirstMale | NameClass::FirstFemale
                    )
                }))
    };
    if known(first)
        && len >= 3
        && words
            .get(run.start + 1..run.end)
            .is_some_and(|ws| !ws.iter().any(known))
    {
        return Rest::Split(run.start..run.start + 1, run.start + 1..run.end);
    }
    if known_other || (first.initial && initial_splits(words, run.clone())) {
        // Several names in a row: classify word by word.
        return Rest::EachWord(run);
    } else {
        // `Nicolasem Maduro`: unknown capitalised words that look like a
        // person's name are one person; `Unii Europejskiej`, with an
        // adjective and no sign of a person, an organisation.
        let ws = words.get(run.clone()).unwrap_or(&[]);
        let personal = ws.iter().any(|w| {
            has_class(w.text, |c| c != NameClass::Place && c != NameClass::Org)
                || lemma::looks_like_surname(w.text)
        });
        let adjectival = ws.iter().skip(1).any(|w| {
            ["ej", "ego", "ich", "ym", "ie", "a", "ą", "y", "i"]
                .iter()
                .any(|e| w.text.ends_with(e))
                && w.common().is_some()
        });
        // `Mostu Poniatowskiego`, `Kaplicę Zygmuntowską`, `Zamek Dybowski`:
        // a noun that opens a place's name, and an adjective (spelt like a
        // surname) agreeing with it, name a place, not a person.
        let place_named = triggers::is_place_head(first.text)
            && !has_class(first.text, |c| {
                matches!(
                    c,
                    NameClass::Surname | NameClass::FirstMale | NameClass::FirstFemale
                )
            })
            && ws.len() == 2
            && ws.get(1).is_some_and(|w| {
                const ADJECTIVAL: [&str; 19] = [
                    "ski", "cki", "dzki", "skiego", "ckiego", "skiej", "ckiej", "ską", "cką",
                    "ska", "cka", "skim", "ckim", "skiemu", "owy", "owego", "owej", "ową", "owa",
                ];
                ADJECTIVAL.iter().any(|e| w.text.ends_with(e))
            });
        let label = if after_settlement(words, run.start) || place_named {
            LOC
        } else if personal || !adjectival {
            PER
        } else {
            ORG
        };
        let label = if label == PER && ordinary_phrase(ws) {
            // `Wielkiego Postu`, `Pałacu Prezydenckim`: capitalised ordinary
            // words with no sign of a person name an institution, a place or nothing.
            if ws.iter().any(|w| triggers::is_org_head(w.text)) {
                Some(ORG)
            } else if triggers::is_place_head(first.text)
                || has_class(first.text, |c| c == NameClass::Place)
            {
                Some(LOC)
            } else {
                None
            }
        } else {
            Some(label)
        };
        if let Some(label) = label {
            out.push(Mention {
                words: run,
                label,
                lemma: None,
                part: None,
                quoted: None,
            });
        }
    }
    Rest::Done
}

/// One capitalised word: an institution, a name of God, a place, an
/// organisation or a person by the lexicon, its context and its shape.
fn one_word(words: &[Word<'_>], run: Range<usize>, out: &mut Vec<Mention>) -> Rest {
    let Some(first) = words.get(run.start) else {
        return Rest::Done;
    };
    // One capitalised word.
    let w = first.text;
    // A capitalised institution noun alone inside a sentence names the
    // institution: `w Senacie`, `przez Kościół`.
    // `Sejm uchwalił`: a national institution opening the sentence.
    let verb_next = triggers::is_national_institution(w)
        && words
            .get(run.end)
            .is_some_and(|n| n.joined_to_prev && says(n.text));
    if (verb_next || !(first.initial || first.after_boundary()))
        && w.chars().skip(1).any(char::is_lowercase)
        && !has_class(w, |c| {
            matches!(
                c,
                NameClass::Place | NameClass::FirstMale | NameClass::FirstFemale
            )
        })
        && triggers::may_be_institution(w)
        && morph::analyse(w)
            .iter()
            .any(|a| a.pos == morph::Pos::Noun && triggers::is_institution(&morph::lemma_of(w, a)))
    {
        out.push(Mention {
            words: run,
            label: ORG,
            lemma: None,
            part: None,
            quoted: None,
        });
        return Rest::Done;
    }
    // Names of God are persons in NKJP: `Bogu`, `Chrystusa`.
    if triggers::is_god(w) {
        out.push(Mention {
            words: run,
            label: PER,
            lemma: None,
            part: None,
            quoted: None,
        });
        return Rest::Done;
    }
    // A lone capital letter, a Roman numeral or a title is not a name.
    if w.chars().count() == 1 || is_roman(w) || first.person_title() {
        return Rest::Done;
    }
    let rs = readings(w);
    let class_of = |c: NameClass| has_class_in(rs, |x| x == c);
    // Hyphenated places are two places: `Waszyngton-Caracas`.
    // (The hyphen found by its byte: most words have none.)
    if let Some(k) = w.bytes().position(|b| b == b'-')
        && let (Some(a), Some(b)) = (w.get(..k), w.get(k + 1..))
        && [a, b]
            .iter()
            .all(|p| has_class(p, |c| c == NameClass::Place))
    {
        let mid = first.start + a.len();
        for part in [first.start..mid, mid + 1..first.end()] {
            out.push(Mention {
                words: run.clone(),
                label: LOC,
                lemma: None,
                part: Some(part),
                quoted: None,
            });
        }
        return Rest::Done;
    }
    // A noun of origin, unless a first name too (`Maja`).
    let ethnonym = ethnonym(w).filter(|lemma| {
        !rs.iter().any(|r| {
            // `Maja`, `Polek`: a first name too; `Czesi` (of `Czesia`) is the people.
            matches!(r.class, NameClass::FirstMale | NameClass::FirstFemale)
                && (r.lemma == lemma || r.cases & case::NOM != 0)
        })
    });
    let label = one_word_label(words, run.clone(), ethnonym.is_some());
    if let Some(label) = label {
        // A place of the lexicon takes its lemma there (`Karaibów` → `Karaiby`).
        let ethnonym = ethnonym.filter(|_| !class_of(NameClass::Place));
        let club = (label == ORG && club_context(words, run.start))
            .then(|| club_lemma(w, rs))
            .flatten();
        let lemma = ethnonym.or(club).or_else(|| {
            (label == LOC && !class_of(NameClass::Place))
                .then(|| sgjp_name(w, SgjpClass::Place).map(str::to_owned))
                .flatten()
        });
        out.push(Mention {
            words: run,
            label,
            lemma,
            part: None,
            quoted: None,
        });
    }
    Rest::Done
}

/// The frame of an interview before word `at`: `w rozmowie z X`, `w
/// wywiadzie dla X`: X is a medium when it is no person's name. (`na
/// antenie X`, `na łamach X` were tried: on NKJP they name as many
/// programmes and columns as media, and both halves lost.)
fn media_context(words: &[Word<'_>], at: usize) -> bool {
    let w = |back: usize| {
        at.checked_sub(back)
            .and_then(|k| words.get(k))
            .filter(|x| x.joined_to_prev || back == 1)
            .map_or("", |x| x.text)
    };
    matches!((w(2), w(1)), ("rozmowie", "z") | ("wywiadzie", "dla"))
}

/// The label of one capitalised word that no rule above took: a people's
/// name, a person, a place or an organisation by the lexicon and the
/// context, an unknown word by its shape; then a person found by shape
/// alone is checked against what else the word is (an ordinary word where
/// any word may be capitalised, a place or an organisation after a title).
fn one_word_label(words: &[Word<'_>], run: Range<usize>, ethnonym: bool) -> Option<Label> {
    let first = words.get(run.start)?;
    let w = first.text;
    let prev = run.start.checked_sub(1).and_then(|p| words.get(p));
    let person_context = || prev.is_some_and(|p| p.person_title());
    let first_name = first.first_name() || first.initial_letter;
    let rs = readings(w);
    let class_of = |c: NameClass| has_class_in(rs, |x| x == c);
    let label = if ethnonym {
        Some(LOC)
    } else if (!first_name || prev.is_some_and(|p| triggers::is_sports_role(p.text)))
        && !class_of(NameClass::Surname)
        && club_context(words, run.start)
    {
        // `trener Warty`, `przegrali z Pogonią 0:2`: a club.
        Some(ORG)
    } else if !first_name
        && !class_of(NameClass::Surname)
        && !class_of(NameClass::Place)
        && !lemma::looks_like_surname(w)
        && (prev.is_some_and(|p| triggers::is_media_verb(p.text))
            || media_context(words, run.start))
    {
        // `jak podaje Onet`, `podała Rzeczpospolita`: a medium reports.
        Some(ORG)
    } else if person_context() || first_name {
        Some(PER)
    } else if (after_settlement(words, run.start) && !first.ordinary())
        || class_of(NameClass::Place)
    {
        Some(LOC)
    } else if class_of(NameClass::Org) {
        Some(ORG)
    } else if class_of(NameClass::Surname) {
        Some(PER)
    } else if first.initial
        && first.common().is_none()
        && words
            .get(run.end)
            .is_some_and(|n| n.joined_to_prev && says(n.text))
    {
        // `Wullf podkreślił`: an unknown word opening the sentence before a verb of saying.
        Some(PER)
    } else if first.initial || first.common().is_some() || first.initial_letter {
        None
    } else if lemma::looks_like_surname(w) {
        Some(PER)
    } else if prev.is_some_and(|p| triggers::is_place_preposition(p.text)) {
        Some(LOC)
    } else if w.chars().skip(1).all(char::is_lowercase) && w.chars().count() >= 3 {
        // An unknown capitalised word inside a sentence: most often a name.
        Some(PER)
    } else {
        None
    };
    let abbreviated_title = person_context()
        && prev.is_some_and(|p| {
            p.text.chars().count() <= 4 && p.next_punct().is_some_and(|(c, _)| c == '.')
        });
    match label {
        Some(PER) if !first_name => {
            let surname = class_of(NameClass::Surname);
            if abbreviated_title && !first.initial {
                // `gen. Biel`, `płk. Róg`: an abbreviated rank names a person.
                Some(PER)
            } else if (first.initial || first.after_boundary())
                && (first.common().is_some() || first.ordinary())
            {
                // `Demonstranci wynieśli`, `"Proboszcz`: an ordinary word where
                // any word may be capitalised.
                None
            } else if first.ordinary() && rs.is_empty() {
                // Known only as an ordinary word: `Ambona`, `Secesja`.
                None
            } else if person_context() && class_of(NameClass::Place) && !surname {
                // `prezydenta Szczecina`: a place after a title.
                Some(LOC)
            } else if person_context() && class_of(NameClass::Org) && !surname {
                // `prezesa Orlenu`, `zawodnik Legii`: an organisation after a title.
                Some(ORG)
            } else if !surname && sgjp_name(w, SgjpClass::Place).is_some() {
                // A geographic name with no personal reading: `Potulice`.
                Some(LOC)
            } else {
                Some(PER)
            }
        }
        other => other,
    }
}

/// A first name in the nominative only (`Ursula`, `Jan`), not a form that
/// can be another case (`Anny`, `Jana`).
fn nominative_first_name(w: &str) -> bool {
    let firsts = || {
        readings(w)
            .iter()
            .filter(|r| matches!(r.class, NameClass::FirstMale | NameClass::FirstFemale))
    };
    firsts().any(|r| r.cases & case::NOM != 0)
        && firsts().all(|r| r.cases & (case::GEN | case::DAT | case::INST | case::LOC) == 0)
}
