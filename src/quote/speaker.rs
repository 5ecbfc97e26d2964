//! Speakers: the named subject, a descriptor resolved to a person, or the
//! person a subject-less verb refers to.

use std::ops::Range;

use rustc_hash::FxHashMap;

use super::{Found, Subject, word};
use crate::document::{Entity, Quote, Speaker};
use crate::lexicon::{Gender, NAMES, NameClass};
use crate::segment::Sentence;
use crate::token::{Token, TokenKind};

/// Words that end a descriptor (`rosyjski ambasador w Caracas` → `rosyjski ambasador`).
fn ends_descriptor(w: &str) -> bool {
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
            | "podczas"
            | "który"
            | "która"
            | "które"
            | "którzy"
            | "i"
            | "oraz"
            | "a"
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
    )
}

/// A past-tense verb form (`przyjechał`, `spotkała`, `mówili`): the name
/// after it is its subject or object, not a modifier of a noun.
fn is_past_verb(w: &str) -> bool {
    ["ł", "ła", "ło", "li", "ły"].iter().any(|e| w.ends_with(e)) && w.chars().count() > 3
}

/// Words that may precede a person's name without making it a modifier.
fn neutral_before(w: &str) -> bool {
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
fn person_gender(lemma: &str) -> Option<char> {
    let first = lemma.split(' ').next()?;
    for r in NAMES.forms.get(first).map_or(&[][..], Vec::as_slice) {
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

fn verb_gender(g: Gender) -> Option<char> {
    match g {
        Gender::Masculine => Some('m'),
        Gender::Feminine => Some('f'),
        _ => None,
    }
}

/// The speaker of an interview's unattributed questions (the paper).
const INTERVIEWER: &str = "redakcja";

/// Nouns for people met in the street rather than people named before:
/// `mówi starsza pani`, `dodaje mieszkaniec`.
fn generic_person(text: &str, d: &Range<usize>) -> bool {
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
    text.get(d.clone())
        .and_then(|s| s.split_whitespace().last())
        .is_some_and(|head| {
            GENERIC.contains(&head.trim_end_matches([',', '.']).to_lowercase().as_str())
        })
}

/// A descriptor as a speaker's name: its words, lower-cased at the start
/// unless it is a name (`Organizatorzy` → `organizatorzy`).
fn descriptor_name(text: &str, d: &Range<usize>) -> String {
    let s = text
        .get(d.clone())
        .unwrap_or("")
        .trim_end_matches([',', '.', ':']);
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() && chars.clone().next().is_some_and(char::is_lowercase) => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => s.to_owned(),
    }
}

/// A person that a later descriptor or pronoun may refer to.
#[derive(Debug, Clone)]
struct Candidate {
    at: usize,
    name: String,
    gender: Option<char>,
}

struct Resolver<'a> {
    text: &'a str,
    tokens: &'a [Token],
    entities: &'a [Entity],
    canonical: FxHashMap<usize, String>,
    /// People mentioned as subjects or objects (not as modifiers), by position.
    people: Vec<Candidate>,
    /// Speakers of earlier quotes, by position of their quote.
    speakers: Vec<Candidate>,
}

impl Resolver<'_> {
    fn name_of(&self, e: &Entity) -> String {
        self.canonical
            .get(&e.cluster)
            .cloned()
            .unwrap_or_else(|| e.lemma.clone())
    }

    /// A PER entity starting at or after `at` within a few words.
    fn person_after(&self, at: usize, max_words: usize) -> Option<&Entity> {
        let start = self.tokens.partition_point(|t| t.range.start < at);
        let limit = self
            .tokens
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take(max_words)
            .take_while(|t| {
                t.kind != TokenKind::Punct
                    || !matches!(
                        word(self.text, t),
                        "," | "." | "!" | "?" | ";" | ":" | "(" | ")" | "\"" | "„" | "”"
                    )
            })
            .last()
            .map_or(at, |t| t.range.end);
        self.starting_in(at..limit)
            .iter()
            .find(|e| e.label == crate::ner::PER)
    }

    /// A named speaker: the mention and the person it names.
    fn named(&self, e: &Entity) -> (Option<Range<usize>>, Option<Candidate>) {
        let name = self.name_of(e);
        let who = Candidate {
            at: e.range.start,
            gender: person_gender(&name),
            name,
        };
        (Some(e.range.clone()), Some(who))
    }

    /// Entities that start inside `r` (entities are sorted by start).
    fn starting_in(&self, r: Range<usize>) -> &[Entity] {
        let a = self.entities.partition_point(|e| e.range.start < r.start);
        let b = self.entities.partition_point(|e| e.range.start < r.end);
        self.entities.get(a..b.max(a)).unwrap_or(&[])
    }

    /// The descriptor after `at`: words up to punctuation or a preposition.
    fn descriptor_after(&self, at: usize) -> Option<Range<usize>> {
        let start = self.tokens.partition_point(|t| t.range.start < at);
        let mut range: Option<Range<usize>> = None;
        for t in self.tokens.get(start..).unwrap_or(&[]).iter().take(5) {
            let w = word(self.text, t);
            if t.kind != TokenKind::Word || ends_descriptor(w) {
                break;
            }
            range = Some(range.map_or(t.range.clone(), |r| r.start..t.range.end));
        }
        range
    }

    /// The most recent person before `at` agreeing with `gender`.
    fn recent(&self, at: usize, gender: Option<char>) -> Option<Candidate> {
        let agrees = |c: &&Candidate| {
            c.at < at && (gender.is_none() || c.gender.is_none() || c.gender == gender)
        };
        // Both lists are in text order: start just before `at`.
        let np = self.people.partition_point(|c| c.at < at);
        let ns = self.speakers.partition_point(|c| c.at < at);
        let person = self
            .people
            .get(..np)
            .unwrap_or(&[])
            .iter()
            .rev()
            .find(agrees);
        let speaker = self
            .speakers
            .get(..ns)
            .unwrap_or(&[])
            .iter()
            .rev()
            .find(agrees);
        match (person, speaker) {
            (Some(p), Some(s)) => Some(if s.at >= p.at { s.clone() } else { p.clone() }),
            (p, s) => p.or(s).cloned(),
        }
    }

    /// The last speaker other than the interviewer.
    fn last_speaker(&self) -> Option<Candidate> {
        self.speakers
            .iter()
            .rev()
            .find(|c| c.name != INTERVIEWER)
            .cloned()
    }

    /// The speaker a descriptor subject stands for: an organisation named in
    /// it, the group itself for a plural verb (`organizatorzy podali`), else
    /// the most recent person (`rosyjski dyplomata` → the diplomat named before).
    fn subject_descriptor(
        &self,
        text: &str,
        d: &Range<usize>,
        at: usize,
        cue: Option<&super::Cue>,
        gender: Option<char>,
    ) -> Option<Candidate> {
        let own = || Candidate {
            at: d.start,
            name: descriptor_name(text, d),
            gender,
        };
        if let Some(o) = self.org_in(d.clone()) {
            return Some(Candidate {
                at: o.range.start,
                name: o.lemma.clone(),
                gender: None,
            });
        }
        // A group (`organizatorzy podali`) or a passer-by (`mówi starsza pani`)
        // is a speaker of its own, not someone named before.
        if cue.is_some_and(|c| c.gender == Gender::Plural) || generic_person(text, d) {
            return Some(own());
        }
        self.recent(at, gender).or_else(|| Some(own()))
    }

    /// An organisation entity starting in `range`, as a speaker.
    fn org_in(&self, range: Range<usize>) -> Option<&Entity> {
        self.starting_in(range)
            .iter()
            .find(|e| e.label == crate::ner::ORG)
    }
}

/// Resolves the speaker of every quote, in text order.
pub(super) fn resolve(
    text: &str,
    _sentences: &[Sentence<'_>],
    tokens: &[Token],
    entities: &[Entity],
    found: Vec<Found>,
) -> Vec<Quote> {
    let canonical = super::names::canonical(text, entities);
    let mut r = Resolver {
        text,
        tokens,
        entities,
        canonical,
        people: Vec::new(),
        speakers: Vec::new(),
    };
    // People mentioned other than as modifiers of a noun (`administracji Trumpa`).
    let people: Vec<Candidate> = entities
        .iter()
        .filter(|e| e.label == crate::ner::PER)
        .filter(|e| {
            let k = tokens.partition_point(|t| t.range.start < e.range.start);
            let prev = k.checked_sub(1).and_then(|p| tokens.get(p));
            prev.is_none_or(|p| {
                let w = word(text, p);
                p.kind != TokenKind::Word
                    || neutral_before(w)
                    || w.chars().next().is_some_and(char::is_uppercase)
                    || crate::lexicon::SPEECH_VERBS.contains_key(w)
                    || crate::ner::is_person_title(w)
                    || crate::ner::is_function_word(w)
                    || is_past_verb(w)
            })
        })
        .map(|e| {
            let name = r.name_of(e);
            Candidate {
                at: e.range.start,
                gender: person_gender(&name),
                name,
            }
        })
        .collect();
    r.people = people;

    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let verb_g = f.cue.as_ref().and_then(|c| verb_gender(c.gender));
        let at = f
            .range
            .start
            .min(f.cue.as_ref().map_or(usize::MAX, |c| c.range.start));
        let (mention, who): (Option<Range<usize>>, Option<Candidate>) = match f.subject {
            Subject::After(pos) | Subject::Frame(pos) => {
                if let Some(e) = r.person_after(pos, 4) {
                    r.named(e)
                } else if let Some(d) = r.descriptor_after(pos) {
                    let who = r.subject_descriptor(text, &d, at, f.cue.as_ref(), verb_g);
                    (Some(d), who)
                } else {
                    (None, r.recent(at, verb_g))
                }
            }
            Subject::Before {
                sentence_start,
                cue_start,
            } => {
                let named = r
                    .starting_in(sentence_start..cue_start)
                    .iter()
                    .rev()
                    .find(|e| e.label == crate::ner::PER && e.range.end <= cue_start);
                if let Some(e) = named {
                    r.named(e)
                } else {
                    let subject = text.get(sentence_start..cue_start).unwrap_or("").trim();
                    let words = subject.split_whitespace().count();
                    if (1..=4).contains(&words) {
                        let s = sentence_start
                            + text
                                .get(sentence_start..cue_start)
                                .map_or(0, |x| x.len() - x.trim_start().len());
                        let d = s..s + subject.len();
                        let who = r.subject_descriptor(text, &d, at, f.cue.as_ref(), verb_g);
                        (Some(d), who)
                    } else {
                        (None, r.recent(at, verb_g))
                    }
                }
            }
            // In an interview, an unattributed question is the paper's.
            Subject::Previous
                if f.cue.is_none()
                    && text.get(f.range.clone()).is_some_and(|q| q.ends_with('?')) =>
            {
                (
                    None,
                    Some(Candidate {
                        at: f.range.start,
                        name: INTERVIEWER.to_owned(),
                        gender: None,
                    }),
                )
            }
            Subject::Previous => (None, r.last_speaker()),
        };
        let gender = verb_g.or_else(|| who.as_ref().and_then(|w| w.gender));
        if let Some(w) = &who {
            r.speakers.push(Candidate {
                at: f.range.start,
                name: w.name.clone(),
                gender: w.gender.or(verb_g),
            });
        }
        out.push(Quote {
            range: f.range,
            kind: f.kind,
            cue: f.cue.map(|c| c.range),
            speaker: who.map(|w| Speaker {
                mention,
                name: w.name,
                gender,
            }),
        });
    }
    out
}
