//! Speakers: the named subject, a descriptor resolved to a person, or the
//! person a subject-less verb refers to.
//!
//! - A name in the nominative before the verb beats one after it; after the
//!   cue the subject may stand up to ten words away in its clause.
//! - A descriptor is a person (resolved to whoever was introduced with that
//!   title, else the most recent person), an institution or a group
//!   (speaking for itself), or an organisation (`prezes PiS` is a person,
//!   `PiS` alone the organisation).
//! - People talked about inside quotes, and names in quote marks, are not
//!   antecedents; a gendered verb or pronoun needs a person of its gender;
//!   a plural verb needs a plural subject.
//! - Spelling variants of one surname name one person (`names`).

use std::borrow::Cow;
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use super::timeline::{Entry, Timeline};
use super::{Found, Subject, is_dash, morph, word};
use crate::output::{Entity, Label, Quote, QuoteKind, QuoteRule, Speaker, SpeakerRule, Why};
use crate::segment::Sentence;
use crate::token::{Token, TokenKind};

use super::descriptor::*;
use super::interview::Turn;
use crate::chars::is_quote_mark;

/// A person that a later descriptor or pronoun may refer to.
#[derive(Debug, Clone)]
pub(super) struct Candidate<'a> {
    pub(super) at: usize,
    /// Borrowed from the document's names where it can be.
    pub(super) name: Cow<'a, str>,
    pub(super) gender: Option<char>,
    /// A named person (not an institution, a group or a descriptor).
    pub(super) person: bool,
}

impl Candidate<'_> {
    /// A speaker who is no named person: the paper, an unnamed interviewee.
    fn placeholder(at: usize, name: &'static str) -> Self {
        Self {
            at,
            name: name.into(),
            gender: None,
            person: false,
        }
    }
}

impl Entry for Candidate<'_> {
    fn at(&self) -> usize {
        self.at
    }
    fn gender(&self) -> Option<char> {
        self.gender
    }
    fn person(&self) -> bool {
        self.person
    }
    /// The interviewer and the unnamed interviewee are never antecedents.
    fn eligible(&self) -> bool {
        self.name != INTERVIEWER && self.name != INTERVIEWEE
    }
}

/// A person introduced with a title (`prezydent Jan Kowal`): where, where
/// the title phrase starts, and the person's name.
#[derive(Debug, Clone)]
pub(super) struct Titled<'a> {
    pub(super) at: usize,
    pub(super) from: usize,
    pub(super) name: &'a str,
}

pub(super) struct Resolver<'a> {
    pub(super) text: &'a str,
    pub(super) tokens: &'a [Token],
    pub(super) entities: &'a [Entity],
    pub(super) sentences: &'a [Sentence<'a>],
    pub(super) canonical: &'a FxHashMap<usize, Cow<'a, str>>,
    /// People mentioned as subjects or objects (not as modifiers), by position.
    pub(super) people: Timeline<Candidate<'a>>,
    /// Those of [`Resolver::people`] named in the nominative, as subjects.
    pub(super) subjects: Timeline<Candidate<'a>>,
    /// Speakers of earlier quotes, by position of their quote.
    pub(super) speakers: Timeline<Candidate<'a>>,
    /// The names of [`Resolver::speakers`].
    pub(super) spoken: FxHashSet<Cow<'a, str>>,
    /// People named inside quotes: antecedents only when nobody else is.
    pub(super) talked_about: Timeline<Candidate<'a>>,
    /// The quotes' contents, sorted and disjoint.
    pub(super) contents: Vec<Range<usize>>,
    /// Title lemma → the people introduced with it, in text order.
    pub(super) titles: FxHashMap<String, Vec<Titled<'a>>>,
}

/// The name a person entity gets: its cluster's canonical name, else its
/// base form.
pub(super) fn name_of<'a>(canonical: &'a FxHashMap<usize, Cow<'a, str>>, e: &'a Entity) -> &'a str {
    canonical.get(&e.cluster).map_or(&e.lemma, |n| n.as_ref())
}

impl<'a> Resolver<'a> {
    pub(super) fn name_of(&self, e: &'a Entity) -> &'a str {
        name_of(self.canonical, e)
    }

    pub(super) fn token_index(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.range.start < at)
    }

    /// Whether `at` lies in the content of a quote: a person named there is
    /// talked about, not talking.
    pub(super) fn in_content(&self, at: usize) -> bool {
        let k = self.contents.partition_point(|r| r.start <= at);
        k.checked_sub(1)
            .and_then(|k| self.contents.get(k))
            .is_some_and(|r| at < r.end)
    }

    /// A name in quote marks is a title (`"Newsweek"`), not a person.
    pub(super) fn in_quote_marks(&self, e: &Entity) -> bool {
        self.text
            .get(..e.range.start)
            .and_then(|s| s.chars().next_back())
            .is_some_and(is_quote_mark)
    }

    /// A PER mention that can be a subject: in the nominative (as its base
    /// form), not after a preposition, not in quote marks.
    pub(super) fn subject_like(&self, e: &Entity) -> bool {
        let surface = self.text.get(e.range.clone()).unwrap_or("");
        !self.after_preposition(e)
            && !self.in_quote_marks(e)
            && surface.to_lowercase() == e.lemma.to_lowercase()
    }

    /// A PER entity starting at or after `at` within a few words.
    pub(super) fn person_after(&self, at: usize, max_words: usize) -> Option<&'a Entity> {
        let start = self.token_index(at);
        // Words and abbreviation stops count; quote marks around a title
        // in between do not (`Zdaniem dziennikarza "Wiadomości" Piotra …`).
        let mut counted = 0;
        let limit = self
            .tokens
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(|t| {
                let mark = t.kind == TokenKind::Punct
                    && word(self.text, t).starts_with(crate::chars::is_quote_mark);
                if !mark {
                    counted += 1;
                }
                counted <= max_words
                    && (t.kind != TokenKind::Punct
                        || mark
                        || self.abbreviation_dot(t)
                        || !matches!(
                            word(self.text, t),
                            "," | "." | "!" | "?" | ";" | ":" | "(" | ")"
                        ))
            })
            .last()
            .map_or(at, |t| t.range.end);
        // A name in the nominative first, then any not governed by a
        // preposition (`– przekonywał zgromadzonych pod Kolumną X` names
        // no speaker).
        let persons = || {
            self.starting_in(at..limit)
                .iter()
                .filter(|e| e.label == Label::Per)
        };
        // Nor is a name in another case right before a name: it is the
        // complement of a title (`trener Górnika Jan Urban`).
        let before_name = |e: &Entity| {
            self.starting_in(e.range.end..e.range.end + 2)
                .iter()
                .any(|n| {
                    n.label == Label::Per && self.text.get(e.range.end..n.range.start) == Some(" ")
                })
        };
        persons().find(|e| self.subject_like(e)).or_else(|| {
            persons()
                .find(|e| (!self.after_preposition(e) || self.after_frame(e)) && !before_name(e))
        })
    }

    /// Whether a frame comes right before the mention `e` (`Według Jana`).
    fn after_frame(&self, e: &Entity) -> bool {
        self.token_index(e.range.start)
            .checked_sub(1)
            .and_then(|p| self.tokens.get(p))
            .is_some_and(|p| super::is_frame(word(self.text, p)))
    }

    /// A name in apposition to the descriptor `d`, set off by a comma:
    /// `– zapowiedział wicemarszałek Sejmu, Bronisław Komorowski z PO`.
    pub(super) fn apposition(&self, d: &Range<usize>) -> Option<&'a Entity> {
        let k = self.token_index(d.end);
        let comma = self.tokens.get(k)?;
        if word(self.text, comma) != "," {
            return None;
        }
        let next = self.tokens.get(k + 1)?;
        self.entities
            .iter()
            .skip(
                self.entities
                    .partition_point(|e| e.range.start < next.range.start),
            )
            .take(1)
            .find(|e| {
                e.range.start == next.range.start && e.label == Label::Per && self.subject_like(e)
            })
    }

    /// The person subject of the main clause of the sentence `prev`, if it
    /// lies outside every quote.
    pub(super) fn introducer(&self, prev: &Range<usize>) -> Option<&'a Entity> {
        self.subject_before(prev.start, self.main_clause_end(prev))
            .filter(|e| !self.in_content(e.range.start))
    }

    /// Whether a preposition comes right before the mention `e`.
    pub(super) fn after_preposition(&self, e: &Entity) -> bool {
        self.token_index(e.range.start)
            .checked_sub(1)
            .and_then(|p| self.tokens.get(p))
            .is_some_and(|p| is_preposition(word(self.text, p)))
    }

    /// The subject named further after the cue, in its clause:
    /// `– powiedział w TVN24 poseł Jan Kowal`. Only a name that can be the
    /// subject counts (not `o Janie Kowalu`).
    pub(super) fn subject_after(&self, at: usize) -> Option<&'a Entity> {
        const WINDOW: usize = 10;
        let start = self.token_index(at);
        let limit = self
            .tokens
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take(WINDOW + 2)
            // A title in marks may sit in the adjunct: `– zapowiada w
            // rozmowie z „Faktem” Jan Kowal`; so may an abbreviated rank.
            .take_while(|t| {
                let w = word(self.text, t);
                t.kind != TokenKind::Punct
                    || self.abbreviation_dot(t)
                    || !(matches!(w, "," | "." | "!" | "?" | ";" | ":" | "(" | ")")
                        || w.starts_with(is_dash))
            })
            .last()
            .map_or(at, |t| t.range.end);
        self.starting_in(at..limit)
            .iter()
            .filter(|e| e.label == Label::Per)
            .find(|e| self.subject_like(e))
    }

    /// The last name before the cue in its sentence that can be a subject.
    pub(super) fn subject_before(
        &self,
        sentence_start: usize,
        cue_start: usize,
    ) -> Option<&'a Entity> {
        self.starting_in(sentence_start..cue_start)
            .iter()
            .rev()
            .filter(|e| e.label == Label::Per && e.range.end <= cue_start)
            .find(|e| self.subject_like(e))
    }

    /// Whether the organisation `e` follows a person noun whose genitive
    /// modifier it is (`polityk UPR`, `rzecznik MSZ`), not an institution
    /// noun it stands in apposition to (`firma Cenega Poland`).
    fn modifies_person(&self, e: &Entity) -> bool {
        self.token_index(e.range.start)
            .checked_sub(1)
            .and_then(|p| self.tokens.get(p))
            .is_some_and(|p| p.kind == TokenKind::Word && person_noun(word(self.text, p)))
    }

    /// The subject right before the cue at `cue_start` when an adjunct opens
    /// the sentence (`Wczoraj na konferencji w Gdańsku kandydat na
    /// prezydenta powiedział`, `Wczoraj napisało Życie Warszawy, sugerując`):
    /// an organisation in the nominative ending at most two tokens before
    /// the cue, or a person noun in the nominative, with the adjectives
    /// before it, within six tokens, not governed by a preposition.
    pub(super) fn subject_past_adjunct(
        &self,
        sentence_start: usize,
        cue_start: usize,
        gender: Option<char>,
        plural: bool,
    ) -> Option<Result<&'a Entity, Range<usize>>> {
        let a = self.token_index(sentence_start);
        let b = self.token_index(cue_start);
        let toks = self.tokens.get(a..b)?;
        let near = |e: &&Entity| {
            let gap = self.token_index(cue_start) - self.token_index(e.range.end);
            e.range.end <= cue_start && gap <= 2
        };
        // The word before the organisation opens the clause, is a verb, or
        // is a noun it stands in apposition to (`firma X`); not an oblique
        // phrase it ends (`przez sieć telewizyjną X`).
        let opens_clause = |e: &&Entity| {
            self.token_index(e.range.start)
                .checked_sub(1)
                .and_then(|p| self.tokens.get(p))
                .filter(|p| p.range.start >= sentence_start && p.kind == TokenKind::Word)
                .is_none_or(|p| {
                    let r = morph::readings(word(self.text, p));
                    r.iter()
                        .any(|a| a.pos == morph::Pos::Verb || a.case == Some("nom"))
                })
        };
        if let Some(org) = self
            .starting_in(sentence_start..cue_start)
            .iter()
            .rev()
            .find(|e| e.label == Label::Org && near(e))
            .filter(|e| self.subject_like(e) && !self.modifies_person(e) && opens_clause(e))
        {
            return Some(Ok(org));
        }
        let n = toks.iter().rposition(|t| t.kind == TokenKind::Word)? + 1;
        // The window: the last six tokens, after the last punctuation mark
        // or complementizer (`…, że`, `…, który`).
        let from = toks
            .get(..n)
            .unwrap_or(&[])
            .iter()
            .rposition(|t| {
                t.kind != TokenKind::Word || super::is_complementizer(word(self.text, t))
            })
            .map_or(0, |p| p + 1)
            .max(n.saturating_sub(6));
        // The first person noun: its genitive modifiers follow it
        // (`rzecznik wojewody`).
        for k in from..n {
            let t = toks.get(k)?;
            let w = word(self.text, t);
            let prev = k.checked_sub(1).and_then(|p| toks.get(p));
            let governed = prev.is_some_and(|p| is_preposition(word(self.text, p)));
            // Or a body whose gender the verb shows (`Wezwana na miejsce
            // żandarmeria wojskowa stwierdziła`); its nominative singular is
            // its lemma, so the word itself is looked up.
            let body = || {
                w.starts_with(char::is_lowercase)
                    && super::descriptor::is_institution(w)
                    && morph::guessed(w).iter().any(|r| {
                        r.pos == morph::Pos::Noun
                            && r.case == Some("nom")
                            && r.plural == Some(false)
                            && match gender {
                                Some('f') => r.gender == Some("f"),
                                Some('n') => r.gender == Some("n"),
                                Some('m') => matches!(r.gender, Some("m2" | "m3")),
                                // A present-tense verb shows no gender; only
                                // a plural one rules a body out.
                                None => !plural,
                                _ => false,
                            }
                    })
            };
            if governed || !(person_noun(w) || body()) {
                continue;
            }
            // The noun phrase ends before a verb, a conjunction or a
            // participle (`ksiądz uszczypnął go i zapytał`: `ksiądz`).
            let rest = toks.get(k + 1..n).unwrap_or(&[]);
            let np_end = rest
                .iter()
                .enumerate()
                .take_while(|&(m, x)| {
                    let xw = word(self.text, x);
                    let verb_next = rest
                        .get(m + 1)
                        .is_some_and(|y| morph::can_be_verb(word(self.text, y)));
                    let conjunction = matches!(xw, "i" | "oraz" | "a") && verb_next;
                    let clause = xw.ends_with("ąc") || morph::can_be_verb(xw);
                    x.kind == TokenKind::Word && !conjunction && !clause
                })
                .last()
                .map_or(t.range.end, |(_, x)| x.range.end);
            // The adjectives before the noun: `unijny komisarz`.
            let mut start = t.range.start;
            for p in (k.saturating_sub(2)..k).rev() {
                let Some(x) = toks.get(p) else { break };
                // Written small, or capitalised as the sentence's first word.
                let adjective = x.kind == TokenKind::Word
                    && (word(self.text, x).starts_with(char::is_lowercase) || p == 0)
                    && morph::guessed(word(self.text, x))
                        .iter()
                        .any(|r| r.pos == morph::Pos::Adj && r.case == Some("nom"));
                if !adjective {
                    break;
                }
                start = x.range.start;
            }
            return Some(Err(start..np_end));
        }
        None
    }

    /// Where the main clause of sentence `s` ends: at its first
    /// complementizer or relative word (`…, że Anna Nowak zmarła`).
    pub(super) fn main_clause_end(&self, s: &Range<usize>) -> usize {
        let from = self.token_index(s.start);
        self.tokens
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|t| t.range.start < s.end)
            .find(|t| {
                let w = word(self.text, t);
                super::is_complementizer(w) || w.starts_with("któr")
            })
            .map_or(s.end, |t| t.range.start)
    }

    /// A named speaker: the mention and the person it names.
    pub(super) fn named(&self, e: &'a Entity) -> (Option<Range<usize>>, Option<Candidate<'a>>) {
        let name = self.name_of(e);
        let who = Candidate {
            at: e.range.start,
            gender: person_gender(name),
            name: name.into(),
            person: true,
        };
        (Some(e.range.clone()), Some(who))
    }

    /// Entities that start inside `r` (entities are sorted by start).
    pub(super) fn starting_in(&self, r: Range<usize>) -> &'a [Entity] {
        let a = self.entities.partition_point(|e| e.range.start < r.start);
        let b = self.entities.partition_point(|e| e.range.start < r.end);
        self.entities.get(a..b.max(a)).unwrap_or(&[])
    }

    /// The full stop of an abbreviation that precedes what it qualifies
    /// (`prof. Lorenc`, `Komitetu ds. Transportu`): it ends no phrase.
    pub(super) fn abbreviation_dot(&self, t: &Token) -> bool {
        word(self.text, t) == "."
            && self
                .token_index(t.range.start)
                .checked_sub(1)
                .and_then(|p| self.tokens.get(p))
                .is_some_and(|p| {
                    p.kind == TokenKind::Word
                        && p.range.end == t.range.start
                        && crate::data::is_nonfinal_abbreviation(word(self.text, p))
                })
    }

    /// The descriptor after `at`: words up to punctuation or a preposition.
    pub(super) fn descriptor_after(&self, at: usize) -> Option<Range<usize>> {
        let toks = self.tokens.get(self.token_index(at)..).unwrap_or(&[]);
        // `jeden z mieszkańców`: one of a group, named by the group.
        if let [one, z, rest, ..] = toks
            && one_of_group(&[word(self.text, one), word(self.text, z)])
        {
            let tail = self.descriptor_words_after(rest.range.start)?;
            return Some(one.range.start..tail.end);
        }
        self.descriptor_words_after(at)
    }

    /// [`Self::descriptor_after`] without the `jeden z` opening.
    fn descriptor_words_after(&self, at: usize) -> Option<Range<usize>> {
        let toks = self.tokens.get(self.token_index(at)..).unwrap_or(&[]);
        let glued = |a: usize, b: usize| matches!((toks.get(a), toks.get(b)), (Some(x), Some(y)) if x.range.end == y.range.start);
        // A number opens the descriptor before a quantity's word (`– uważa
        // 57 proc. społeczeństwa`) or as an age written onto one (`25-letnia
        // zawodniczka`): `lead` tokens are taken whatever they are.
        let number = toks.first().is_some_and(|t| t.kind == TokenKind::Number);
        let age = number
            && toks.get(1).is_some_and(|h| word(self.text, h) == "-")
            && glued(0, 1)
            && glued(1, 2);
        let quantity =
            number && toks.get(1).is_some_and(|u| u.kind == TokenKind::Word) && !glued(0, 1);
        let lead = if age { 2 } else { usize::from(quantity) };
        // A title in quote marks (`"Rzeczpospolita"`, `„Gazety Wyborczej”`).
        if let Some(end) = super::reported::quoted_title(self.text, toks, 0) {
            return toks.first().map(|t| t.range.start..end);
        }
        let mut range: Option<Range<usize>> = None;
        for (n, t) in toks.iter().take(6).enumerate() {
            let w = word(self.text, t);
            // A unit's full stop after the quantity (`proc.`) ends nothing.
            let unit_dot = quantity
                && n == 2
                && w == "."
                && glued(1, 2)
                && toks
                    .get(1)
                    .is_some_and(|u| crate::data::is_abbreviation(word(self.text, u)));
            if self.abbreviation_dot(t) || unit_dot {
                continue;
            }
            // A title in quote marks after a noun (`ustaleń „Rzeczpospolitej”`)
            // ends the descriptor with it.
            if n > 0
                && let Some(r) = range.as_ref()
                && let Some(end) = super::reported::quoted_title(self.text, toks, n)
            {
                return Some(r.start..end);
            }
            if n >= lead && (t.kind != TokenKind::Word || ends_descriptor(w)) {
                break;
            }
            range = Some(range.map_or(t.range.clone(), |r| r.start..t.range.end));
        }
        range
    }

    /// A descriptor after an adjunct between the verb and the subject
    /// (`– przyznał po meczu szkoleniowiec Warty`, `– mówi w rozmowie z
    /// nami rzeczniczka`): the first word of the clause, within six, that
    /// can be a person noun in the nominative and follows no preposition.
    pub(super) fn descriptor_past_adjunct(
        &self,
        at: usize,
        gender: Option<char>,
    ) -> Option<Range<usize>> {
        let start = self.token_index(at);
        let toks = self.tokens.get(start..)?;
        let first = toks.first()?;
        // Only after an adjunct: a preposition, a word that is nothing
        // else, or an object (`– mówił reporterowi "Gazety" jeden z …`).
        let fw = word(self.text, first);
        if !(is_preposition(fw) || morph::is_particle(fw) || is_object(fw)) {
            return None;
        }
        let mut prev = fw;
        for (n, t) in toks.iter().enumerate().take(8).skip(1) {
            let w = word(self.text, t);
            // A paper's title in quote marks (`– napisała w piątek „Gazeta
            // Wyborcza”`), in the nominative only (`reporterowi "Gazety"` is
            // no subject), and not after a noun that governs it (`na łamach
            // "Wprost"`).
            let governing = {
                let r = morph::readings(prev);
                r.iter().any(|a| a.pos == morph::Pos::Noun)
                    && !r
                        .iter()
                        .any(|a| a.pos == morph::Pos::Noun && matches!(a.case, Some("nom" | "acc")))
            };
            if !is_preposition(prev)
                && !governing
                && let Some(end) = super::reported::quoted_title(self.text, toks, n)
                && self
                    .text
                    .get(t.range.end..end)
                    .is_some_and(nominative_title)
            {
                return Some(t.range.start..end);
            }
            // An organisation by its name, its first word in the nominative
            // singular of the verb's gender (`– poinformowała w czwartek
            // Komenda Główna Policji`; not `na protest SLD`, `reporterowi
            // "Gazety Wyborczej"`).
            if !is_preposition(prev)
                && !governing
                && let Some(o) = self
                    .starting_in(t.range.clone())
                    .iter()
                    .find(|e| e.label == Label::Org)
                && morph::readings(w).iter().any(|a| {
                    a.pos == morph::Pos::Noun
                        && a.case == Some("nom")
                        && a.plural == Some(false)
                        && agrees_with_verb(a.gender, gender)
                })
            {
                return Some(o.range.clone());
            }
            if t.kind != TokenKind::Word {
                if w.starts_with(is_quote_mark) {
                    continue;
                }
                return None;
            }
            // `jeden z uczestników protestu`: one of a group.
            if toks
                .get(n + 1)
                .is_some_and(|z| one_of_group(&[w, word(self.text, z)]))
                && !is_preposition(prev)
            {
                let rest = toks.get(n + 2).map(|x| x.range.start)?;
                let tail = self.descriptor_after(rest)?;
                return Some(t.range.start..tail.end);
            }
            let person_noun = w.starts_with(char::is_lowercase)
                && !is_preposition(prev)
                && ((crate::triggers::is_person_title(w) && !oblique_title(w))
                    || crate::morph::analyse(w).iter().any(|a| {
                        a.pos == morph::Pos::Noun
                            && a.case.is_none_or(|c| c == "nom")
                            && a.gender == Some("m1")
                    }));
            // A body whose gender the verb shows: `– poinformowała w
            // komunikacie prokuratura`.
            // (`– przekonuje w oświadczeniu zarząd spółki`: any gender for a
            // verb that shows none.)
            let body = w.starts_with(char::is_lowercase)
                && !is_preposition(prev)
                && morph::readings(w).iter().any(|a| {
                    a.pos == morph::Pos::Noun
                        && a.case == Some("nom")
                        && a.plural == Some(false)
                        && agrees_with_verb(a.gender, gender)
                        && super::descriptor::is_institution(a.lemma)
                });
            if person_noun || body {
                return self.descriptor_after(t.range.start);
            }
            prev = w;
        }
        None
    }

    /// The speaker a descriptor subject stands for.
    ///
    /// - An organisation alone (`Ministerstwo Zdrowia`, `polskie MSZ`) is the
    ///   speaker; a role before it (`prezes PiS`, `rzecznik MSZ`) makes the
    ///   descriptor a person, found by title, then by recency; a plural
    ///   (`politycy PiS`) is a group that speaks for itself.
    /// - An institution or medium (`serwis`, `"Gazeta"`, `dyrekcja`: a head
    ///   noun that cannot name a man or a woman) speaks for itself.
    /// - A group (`organizatorzy podali`) or a passer-by (`mówi starsza
    ///   pani`) is a speaker of its own, unless the passer-by was just
    ///   introduced by name.
    /// - A person (`rosyjski dyplomata`) is the person last introduced with
    ///   that title, else the most recent person.
    // Long (about 135 lines) on purpose: the kinds of descriptor listed above
    // are tried in that order, each a short block that returns.
    pub(super) fn subject_descriptor(
        &self,
        d: &Range<usize>,
        at: usize,
        cue: Option<&super::Cue>,
        gender: Option<char>,
    ) -> Option<Candidate<'a>> {
        let text = self.text;
        let raw = text.get(d.clone()).unwrap_or("");
        let words = descriptor_words(raw);
        let gender = gender.or_else(|| descriptor_gender(&words));
        let own = |name: String| Candidate {
            at: d.start,
            name: name.into(),
            gender,
            person: false,
        };
        let head = morph::head(&words);
        let lemmas: Vec<String> = head.as_ref().map_or_else(Vec::new, |(w, r)| {
            let mut l: Vec<String> = morph::noun_lemmas(r).map(str::to_lowercase).collect();
            l.push(w.to_lowercase());
            l.sort_unstable();
            l.dedup();
            l
        });
        let plural_verb = cue.is_some_and(|c| plural_cue(text, c));
        let plural_head = head.as_ref().is_some_and(|(_, r)| {
            let nom = |a: &&morph::Reading| {
                a.pos == morph::Pos::Noun && matches!(a.case, Some("nom") | None)
            };
            r.iter().filter(nom).any(|a| a.plural == Some(true))
                && !r.iter().filter(nom).any(|a| a.plural == Some(false))
        });
        let stripped = || {
            let s = words.join(" ");
            // A common noun opening the sentence (`Rzecznik`) is written
            // small; a surname that also spells an adjective (`Kowalski`)
            // stays as written.
            let known = words.first().is_some_and(|w| {
                !morph::is_acronym(w)
                    && morph::readings(w).iter().any(|r| {
                        r.pos != morph::Pos::Adj && r.lemma.starts_with(char::is_lowercase)
                    })
            });
            let mut chars = s.chars();
            match chars.next() {
                Some(c) if known && c.is_uppercase() && !raw.contains(is_quote_mark) => {
                    c.to_lowercase().chain(chars).collect()
                }
                _ => s,
            }
        };
        if let Some(o) = self.org_in(d.clone()) {
            // A noun before the organisation is a role (`prezes PiS`), unless
            // a preposition governs it (`w czwartek Komenda Główna Policji`).
            let mut governed = false;
            let role = text
                .get(d.start..o.range.start)
                .unwrap_or("")
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| is_dash(c) || is_quote_mark(c)))
                .any(|w| {
                    let after_preposition = std::mem::replace(&mut governed, is_preposition(w));
                    !w.is_empty()
                        && !after_preposition
                        && !governed
                        && !morph::is_particle(w)
                        && !morph::readings(w).iter().any(|a| a.pos == morph::Pos::Adj)
                });
            if !role {
                return Some(Candidate {
                    at: o.range.start,
                    name: o.lemma.as_str().into(),
                    gender: None,
                    person: false,
                });
            }
            if plural_verb || plural_head {
                return Some(own(stripped()));
            }
            let org = text.get(o.range.clone());
            return self
                .titled(&lemmas, at, org)
                .or_else(|| self.recent(at, gender, true))
                .or_else(|| Some(own(stripped())));
        }
        // A title in quote marks is the subject in the nominative only
        // (`podaje "Rzeczpospolita"`); in another case it is someone
        // spoken to or of (`powiedział "Głosowi"`).
        if raw.trim_start().starts_with(is_quote_mark) && !nominative_title(raw) {
            return None;
        }
        if raw.contains(is_quote_mark) && !words.is_empty() {
            return Some(own(stripped()));
        }
        // One of a group (`jeden z organizatorów`) is nobody named before.
        if one_of_group(&words) {
            return Some(own(stripped()));
        }
        if lemmas.iter().any(|l| is_institution(l)) {
            return Some(own(stripped()));
        }
        // A head noun that can be a subject (not `w pewnym momencie`).
        let subject_head = head.as_ref().filter(|(_, r)| {
            r.iter()
                .any(|a| a.pos == morph::Pos::Noun && matches!(a.case, Some("nom") | None))
        });
        let after_preposition = words.first().is_some_and(|w| is_preposition(w));
        if let Some((hw, r)) = subject_head
            && !after_preposition
        {
            let man = r
                .iter()
                .any(|a| a.pos == morph::Pos::Noun && a.gender == Some("m1"));
            if !man && !feminine_person(hw) && !is_generic(hw) {
                return Some(own(stripped()));
            }
        }
        // A group or a passer-by is a speaker of its own.
        if plural_verb {
            return Some(own(stripped()));
        }
        if generic_person(text, d) {
            // The noun's own gender (`kobieta`, `mężczyzna`) when the verb
            // shows none.
            let noun_gender = head.as_ref().and_then(|(_, r)| {
                let nouns = || r.iter().filter(|a| a.pos == morph::Pos::Noun);
                if nouns().all(|a| a.gender == Some("f")) {
                    Some('f')
                } else if nouns().all(|a| a.gender == Some("m1")) {
                    Some('m')
                } else {
                    None
                }
            });
            return self
                .introduced(at, gender.or(noun_gender))
                .or_else(|| Some(own(stripped())));
        }
        if plural_head {
            return Some(own(stripped()));
        }
        // A person descriptor is not a group or an institution named before.
        let person_head = subject_head.is_some_and(|(hw, r)| {
            feminine_person(hw)
                || r.iter()
                    .any(|a| a.pos == morph::Pos::Noun && a.gender == Some("m1"))
        });
        self.titled(&lemmas, at, None)
            .or_else(|| self.recent_subject(at, gender))
            .or_else(|| self.recent(at, gender, true))
            .or_else(|| {
                if person_head {
                    None
                } else {
                    self.recent(at, gender, false)
                }
            })
            .or_else(|| Some(own(stripped())))
    }

    /// The gender of a pronoun argument of a frame (`Według niej`, `Jego
    /// zdaniem`): `Some(None)` for a plural.
    pub(super) fn frame_pronoun(&self, cue: &super::Cue) -> Option<Option<char>> {
        let frame = self.text.get(cue.range.clone())?;
        let k = self.token_index(cue.range.start);
        let at = if frame.eq_ignore_ascii_case("zdaniem") {
            k.checked_sub(1)?
        } else {
            k + 1
        };
        match word(self.text, self.tokens.get(at)?)
            .to_lowercase()
            .as_str()
        {
            "jego" | "niego" => Some(Some('m')),
            "jej" | "niej" => Some(Some('f')),
            "ich" | "nich" => Some(None),
            _ => None,
        }
    }

    /// The speaker of a frame whose argument is not a name (`Według
    /// organizatorów`, `Zdaniem ministra`): a group or an institution in the
    /// nominative, keeping its number (`organizatorzy`); a person descriptor
    /// resolves like a subject.
    pub(super) fn frame_argument(&self, d: &Range<usize>, at: usize) -> Option<Candidate<'a>> {
        let raw = self.text.get(d.clone()).unwrap_or("");
        // A title in quote marks is the paper's, in the nominative
        // (`Według "Gazety Wyborczej"` → `Gazeta Wyborcza`).
        if raw.starts_with(is_quote_mark) {
            let inner = title_inside(raw);
            if !inner.is_empty() {
                return Some(Candidate {
                    at: d.start,
                    name: crate::base_form(inner).into(),
                    gender: None,
                    person: false,
                });
            }
        }
        // A title in quote marks after words that name no person
        // (`Według dziennika "Washington Post"`, `Zdaniem styczniowej
        // "Gazety Wyborczej"`): the paper is the source.
        if let Some(q) = raw.find(is_quote_mark).filter(|&q| q > 0) {
            let before: Vec<&str> = raw.get(..q).unwrap_or("").split_whitespace().collect();
            let person = before.iter().any(|w| names_person(w, &morph::readings(w)));
            let inner = title_inside(raw.get(q..).unwrap_or(""));
            if !person && !inner.is_empty() {
                return Some(Candidate {
                    at: d.start + q,
                    name: crate::base_form(inner).into(),
                    gender: None,
                    person: false,
                });
            }
        }
        // `Według informacji RMF FM`: the source is the one informing.
        if let Some(rest) = ["informacji ", "ustaleń ", "doniesień "]
            .iter()
            .find_map(|p| raw.strip_prefix(p))
            .filter(|rest| rest.starts_with(|c: char| c.is_uppercase() || is_quote_mark(c)))
        {
            let d = d.end - rest.len()..d.end;
            return self.frame_argument(&d, at);
        }
        // An organisation is the speaker unless a noun before it heads the
        // argument (`Według analityków Banku Pekao`: the analysts).
        // A medium's noun before its name (`dziennika "Washington Post"`)
        // leaves the name the speaker.
        let org = self.org_in(d.clone()).is_some_and(|o| {
            let before = self.text.get(d.start..o.range.start).unwrap_or("");
            !morph::head(&before.split_whitespace().collect::<Vec<_>>())
                .is_some_and(|(w, r)| names_person(w, &r))
        });
        let mut words: Vec<&str> = Vec::new();
        let mut split = raw.split_whitespace().peekable();
        while let Some(w) = split.next() {
            let bare = w.trim_end_matches([',', '.', ':', ';']);
            // `ministerstwa ds. humanitarnych`: an abbreviation inside.
            if w.len() == bare.len() + 1
                && w.ends_with('.')
                && !words.is_empty()
                && crate::data::is_nonfinal_abbreviation(bare)
            {
                words.push(w);
                continue;
            }
            // `naukowców z Uniwersytetu Warszawskiego`: where they come from.
            if matches!(bare, "z" | "ze")
                && !words.is_empty()
                && split
                    .peek()
                    .is_some_and(|n| n.starts_with(char::is_uppercase))
            {
                words.push(bare);
                continue;
            }
            let genitive = morph::guessed(bare).iter().any(|a| {
                matches!(a.pos, morph::Pos::Noun | morph::Pos::Adj)
                    && matches!(a.case, Some("gen") | None)
            });
            if bare.is_empty()
                || matches!(bare.to_lowercase().as_str(), "jego" | "jej" | "ich")
                || !(genitive || bare.starts_with(char::is_uppercase))
            {
                break;
            }
            words.push(bare);
            if bare.len() != w.len() {
                break;
            }
        }
        // A person or body the article never names is given in the
        // nominative (`Zdaniem ministra zdrowia` → `minister zdrowia`).
        let nominal = |c: Candidate<'a>| {
            if !c.person && c.name.split_whitespace().eq(words.iter().copied()) {
                Candidate {
                    name: morph::nominative(&words).into(),
                    ..c
                }
            } else {
                c
            }
        };
        let head = morph::head(&words);
        let Some((hw, r)) = head.filter(|_| !org) else {
            let who = self.subject_descriptor(d, at, None, None);
            return if org { who } else { who.map(nominal) };
        };
        let genitive =
            |a: &&morph::Reading| a.pos == morph::Pos::Noun && matches!(a.case, Some("gen") | None);
        let plural = r.iter().filter(genitive).any(|a| a.plural == Some(true))
            && !r.iter().filter(genitive).any(|a| a.plural == Some(false));
        let man = r
            .iter()
            .filter(genitive)
            .any(|a| a.gender == Some("m1") && a.plural != Some(true));
        if !plural && (man || feminine_person(hw)) {
            return self.subject_descriptor(d, at, None, None).map(nominal);
        }
        Some(Candidate {
            at: d.start,
            name: morph::nominative(&words).into(),
            gender: None,
            person: false,
        })
    }

    /// The author of a document an impersonal verb cites (`napisano w
    /// komunikacie ministerstwa`, `czytamy na stronie urzędu`): the
    /// genitive phrase after `w`/`na` and the document's noun.
    fn document_author(&self, pos: usize) -> Option<Range<usize>> {
        let toks = self.tokens.get(self.token_index(pos)..)?;
        let n = toks
            .iter()
            .take(3)
            .position(|t| matches!(word(self.text, t), "w" | "na"))?;
        let doc = toks.get(n + 1)?;
        let dw = word(self.text, doc);
        if doc.kind != TokenKind::Word || !dw.starts_with(char::is_lowercase) {
            return None;
        }
        // The document's noun is in the locative, with its adjectives
        // (`na stronie internetowej urzędu`); its author in the genitive.
        let mut from = doc.range.end;
        let doc_genders: Vec<&str> = morph::readings(dw)
            .iter()
            .filter(|a| a.pos == morph::Pos::Noun && a.case == Some("loc"))
            .filter_map(|a| a.gender)
            .collect();
        for t in toks.iter().skip(n + 2).take(2) {
            let r = morph::readings(word(self.text, t));
            let locative_adj = r.iter().any(|a| {
                a.pos == morph::Pos::Adj
                    && a.case == Some("loc")
                    && a.gender.is_none_or(|g| doc_genders.contains(&g))
            });
            if !locative_adj {
                break;
            }
            from = t.range.end;
        }
        let author = self.descriptor_after(from)?;
        let first = self.text.get(author.clone())?.split_whitespace().next()?;
        let genitive = morph::guessed(first.trim_matches(is_quote_mark))
            .iter()
            .any(|a| matches!(a.pos, morph::Pos::Noun | morph::Pos::Adj) && a.case == Some("gen"));
        (genitive || first.starts_with(is_quote_mark)).then_some(author)
    }

    /// An organisation entity starting in `range`, as a speaker.
    pub(super) fn org_in(&self, range: Range<usize>) -> Option<&'a Entity> {
        self.starting_in(range)
            .iter()
            .find(|e| e.label == Label::Org)
    }
}

/// People introduced with a title: for each PER entity, a noun among the
/// up to four words before it, with only capitalised words or adjectives
/// between (`prezes PiS Jan Kowal`, `rzecznik prasowy MSZ Jan Kowal`), and
/// no preposition before the title (`kandydat na prezydenta Jan Kowal`).
/// Whether `at` lies in a line that links to another article or credits a
/// photo (`Czytaj też: …`, `ZOBACZ: …`, `Fot. …`): a closed class of
/// markers opening the sentence, with a colon after them (a credit's
/// `Fot.` needs none).
fn in_link_line(sentences: &[Sentence<'_>], at: usize) -> bool {
    const MARKERS: &[&str] = &[
        "czytaj",
        "przeczytaj",
        "zobacz",
        "polecamy",
        "sprawdź",
        "wideo",
        "źródło",
        "foto",
    ];
    let si = sentences.partition_point(|s| s.range.end <= at);
    let Some(s) = sentences.get(si).filter(|s| s.range.start <= at) else {
        return false;
    };
    let head: String = s
        .text
        .trim_start()
        .chars()
        .take(24)
        .collect::<String>()
        .to_lowercase();
    if head.starts_with("fot.") || head.starts_with("fot:") {
        return true;
    }
    MARKERS.iter().any(|m| head.starts_with(m)) && head.find(':').is_some_and(|c| c <= 20)
}

fn titles<'a>(
    text: &str,
    tokens: &[Token],
    persons: &[(&'a Entity, usize)],
    canonical: &'a FxHashMap<usize, Cow<'a, str>>,
) -> FxHashMap<String, Vec<Titled<'a>>> {
    let mut out: FxHashMap<String, Vec<Titled<'a>>> = FxHashMap::default();
    for &(e, k) in persons {
        let window = tokens.get(k.saturating_sub(4)..k).unwrap_or(&[]);
        let base = k.saturating_sub(4);
        // From the name backwards, while the words may sit between a title
        // and a name.
        for (i, t) in window.iter().enumerate().rev() {
            let w = word(text, t);
            if t.kind != TokenKind::Word {
                break;
            }
            let readings = morph::readings(w);
            let is_title = readings
                .iter()
                .any(|a| a.pos == morph::Pos::Noun && a.gender == Some("m1"))
                || feminine_person(w) && readings.iter().any(|a| a.pos == morph::Pos::Noun)
                || readings.is_empty() && w.chars().next().is_some_and(char::is_lowercase);
            if is_title {
                let before = (base + i)
                    .checked_sub(1)
                    .and_then(|p| tokens.get(p))
                    .is_some_and(|p| is_preposition(word(text, p)));
                if !before {
                    let name = name_of(canonical, e);
                    let mut lemmas: Vec<String> = morph::noun_lemmas(&readings)
                        .map(str::to_lowercase)
                        .collect();
                    lemmas.push(w.to_lowercase());
                    lemmas.sort_unstable();
                    lemmas.dedup();
                    for l in lemmas {
                        out.entry(l).or_default().push(Titled {
                            at: e.range.start,
                            from: t.range.start,
                            name,
                        });
                    }
                }
            }
            let between = w.chars().next().is_some_and(char::is_uppercase)
                || readings.iter().any(|a| a.pos == morph::Pos::Adj);
            if !between {
                break;
            }
        }
    }
    out
}

/// Resolves the speaker of every quote, in text order.
// Long (about 190 lines) on purpose: one pass over the quotes in text order,
// whose state (the speakers so far) every step reads and extends; the steps
// themselves live in `Resolver` and `antecedent`.
/// A named speaker's mention and candidate, with the rule that named it.
fn with_rule<'a>(
    (mention, who): (Option<Range<usize>>, Option<Candidate<'a>>),
    rule: SpeakerRule,
) -> (Option<Range<usize>>, Option<Candidate<'a>>, SpeakerRule) {
    (mention, who, rule)
}

pub(super) fn resolve(
    text: &str,
    sentences: &[Sentence<'_>],
    tokens: &[Token],
    entities: &[Entity],
    found: Vec<Found>,
) -> Vec<Quote> {
    let canonical = super::names::canonical(text, entities);
    // Each PER entity with the index of its first token.
    // (A person named only in a link to another article or a photo credit
    // is nobody this article quotes.)
    let persons: Vec<(&Entity, usize)> = entities
        .iter()
        .filter(|e| e.label == Label::Per)
        .filter(|e| !in_link_line(sentences, e.range.start))
        .map(|e| (e, tokens.partition_point(|t| t.range.start < e.range.start)))
        .collect();
    let titles = titles(text, tokens, &persons, &canonical);
    let mut r = Resolver {
        text,
        tokens,
        entities,
        sentences,
        canonical: &canonical,
        people: Timeline::default(),
        subjects: Timeline::default(),
        speakers: Timeline::default(),
        spoken: FxHashSet::default(),
        talked_about: Timeline::default(),
        contents: found.iter().map(|f| f.range.clone()).collect(),
        titles,
    };
    // People mentioned other than as modifiers of a noun (`administracji
    // Trumpa`), outside quote contents and quote marks.
    // Each person with whether the mention is a subject.
    type Mentioned<'c> = Vec<(Candidate<'c>, bool)>;
    let (quoted, people): (Mentioned, Mentioned) = persons
        .iter()
        .filter(|(e, _)| !r.in_quote_marks(e))
        // `Boże!`, `Chrystusa`: named, never the one a descriptor means.
        .filter(|(e, _)| {
            !text
                .get(e.range.clone())
                .is_some_and(crate::triggers::is_god)
        })
        .filter(|&&(e, k)| {
            let prev = k.checked_sub(1).and_then(|p| tokens.get(p));
            // A title and its complement before a full name in the
            // nominative stand in apposition to it (`rzecznik rządu Piotr
            // Müller`, `ekspertka od cyberbezpieczeństwa Anna Lis`).
            let nominative_full = text
                .get(e.range.clone())
                .is_some_and(|surface| e.lemma.contains(' ') && surface == e.lemma);
            let titled = nominative_full
                && (2..=4)
                    .filter_map(|back| k.checked_sub(back).and_then(|p| tokens.get(p)))
                    .take_while(|t| t.kind == TokenKind::Word)
                    .any(|t| {
                        crate::lexicon::with_lower(word(text, t), |tw| {
                            crate::triggers::is_person_title(tw)
                                || person_noun(tw)
                                || feminine_person(tw)
                                    && morph::guessed(tw)
                                        .iter()
                                        .any(|a| a.pos == morph::Pos::Noun && a.case == Some("nom"))
                        })
                    });
            if titled {
                return true;
            }
            prev.is_none_or(|p| {
                let w = word(text, p);
                p.kind != TokenKind::Word
                    || neutral_before(w)
                    || w.chars().next().is_some_and(char::is_uppercase)
                    || is_past_verb(w)
                    || crate::lexicon::speech_verb(w).is_some()
                    || crate::triggers::is_person_title(w)
                    // An abbreviated rank or title (`ppłk`, `asp.`, `mł.`).
                    || crate::data::is_nonfinal_abbreviation(w)
                    || crate::triggers::is_function_word(w)
            })
        })
        .filter_map(|&(e, _)| r.named(e).1.map(|c| (c, r.subject_like(e))))
        .partition(|(c, _)| r.in_content(c.at));
    r.subjects = people
        .iter()
        .filter(|(_, subject)| *subject)
        .map(|(c, _)| c.clone())
        .collect();
    r.people = people.into_iter().map(|(c, _)| c).collect();
    r.talked_about = quoted.into_iter().map(|(c, _)| c).collect();

    let turns = super::interview::turns(text, &found);
    // The person an interview is with: `Rozmowa z prof. Janem Nowakiem`,
    // `wywiad z Anną Lis`, `Z Anną Lis rozmawia Jan Kowal` (titles and
    // their full stops may stand between).
    let interviewee = persons.iter().find_map(|&(e, k)| {
        let mut j = k;
        loop {
            let t = tokens.get(j.checked_sub(1)?)?;
            let w = word(text, t);
            if w == "." || crate::triggers::is_person_title(w) || crate::data::is_abbreviation(w) {
                j -= 1;
                continue;
            }
            let before = j
                .checked_sub(2)
                .and_then(|b| tokens.get(b))
                .map_or("", |b| word(text, b));
            // Or a sentence opening `Z X … rozmawia Y`.
            let talks = || {
                tokens
                    .iter()
                    .skip(k)
                    .take(15)
                    .take_while(|t| !matches!(word(text, t), "." | "!" | "?" | "\n"))
                    .any(|t| word(text, t).starts_with("rozmawia"))
            };
            let with = matches!(w, "z" | "ze")
                && crate::lexicon::with_lower(before, |b| b == "rozmowa" || b == "wywiad")
                || matches!(w, "Z" | "Ze") && talks();
            return if with { r.named(e).1 } else { None };
        }
    });
    let mut out = Vec::with_capacity(found.len());
    for (f, turn) in found.into_iter().zip(turns) {
        let verb_g = f.cue.as_ref().and_then(|c| verb_gender(c.gender));
        let at = f
            .range
            .start
            .min(f.cue.as_ref().map_or(usize::MAX, |c| c.range.start));
        // `– … – pytamy prezesa`: the paper speaks in the 1st person plural.
        let interviewer = matches!(f.subject, Subject::After(_))
            && f.cue.as_ref().is_some_and(|c| {
                text.get(c.range.clone())
                    .is_some_and(|w| ["my", "liśmy", "łyśmy"].iter().any(|e| w.ends_with(e)))
            });
        // `napisano w raporcie`, `poinformowano, że`: an impersonal verb has
        // no subject to carry over; the source is an organisation named
        // right after it in its clause, or no one.
        let impersonal = f.cue.as_ref().is_some_and(|c| {
            text.get(c.range.clone()).is_some_and(|w| {
                crate::lexicon::with_lower(w, |l| l.ends_with("no") || l.ends_with("to"))
                    && crate::lexicon::speech_verb(&w.to_lowercase()).is_some()
            })
        });
        // A descriptor's speaker is linked when it is a person of the text.
        let by_descriptor = |who: &Option<Candidate<'_>>| {
            if who.as_ref().is_some_and(|w| w.person) {
                SpeakerRule::DescriptorLinked
            } else {
                SpeakerRule::Descriptor
            }
        };
        let (mention, who, rule): (Option<Range<usize>>, Option<Candidate<'_>>, SpeakerRule) =
            match f.subject {
                _ if interviewer => (
                    None,
                    Some(Candidate::placeholder(f.range.start, INTERVIEWER)),
                    SpeakerRule::Interviewer,
                ),
                _ if impersonal => {
                    let from = f.cue.as_ref().map_or(f.range.end, |c| c.range.end);
                    let rest = text.get(from..).unwrap_or("");
                    let clause = rest
                        .find(['.', '!', '?', '\n', ','])
                        .unwrap_or(rest.len())
                        .min(120);
                    match r.org_in(from..from + clause) {
                        Some(o) => (
                            Some(o.range.clone()),
                            Some(Candidate {
                                at: o.range.start,
                                name: o.lemma.as_str().into(),
                                gender: None,
                                person: false,
                            }),
                            SpeakerRule::NameAfter,
                        ),
                        // `– napisano w komunikacie ministerstwa ds.
                        // humanitarnych`: the document's author, untagged,
                        // in the nominative.
                        None => match f.subject {
                            Subject::Frame(pos) | Subject::After(pos)
                                if r.person_after(pos, 4).is_none() =>
                            {
                                match r.document_author(pos) {
                                    Some(d) => {
                                        let who = r.frame_argument(&d, at);
                                        let rule = by_descriptor(&who);
                                        (Some(d), who, rule)
                                    }
                                    None => (None, None, SpeakerRule::Unknown),
                                }
                            }
                            _ => (None, None, SpeakerRule::Unknown),
                        },
                    }
                }
                Subject::Frame(_)
                    if f.cue.as_ref().is_some_and(|c| r.frame_pronoun(c).is_some()) =>
                {
                    // A plural pronoun (`Według nich`) stands for the plural
                    // subject before it, never for one person.
                    let who = match f.cue.as_ref().and_then(|c| r.frame_pronoun(c)).flatten() {
                        Some(g) => r.recent(at, Some(g), true),
                        None => r
                            .plural_antecedent(at)
                            .or_else(|| r.plural_persons_before(at)),
                    };
                    (None, who, SpeakerRule::Pronoun)
                }
                Subject::Frame(pos) if r.person_after(pos, 4).is_none() => {
                    // The argument ends where the reported clause starts.
                    let clause = f.range.start;
                    let argument = r.descriptor_after(pos).map(|d| {
                        let end = if d.start < clause && d.end > clause {
                            let before = text.get(d.start..clause).unwrap_or("");
                            d.start + before.trim_end_matches([' ', ',']).len()
                        } else {
                            // `Zdaniem naukowców z Uniwersytetu Warszawskiego …`:
                            // where they come from, by its name, up to the clause.
                            let gap = text.get(d.end..clause).unwrap_or("");
                            let gap = gap.trim_end_matches([' ', ',']);
                            let mut gw = gap.split_whitespace();
                            let from = matches!(gw.next(), Some("z" | "ze"))
                                && gw.clone().next().is_some()
                                && gw.all(|w| w.starts_with(char::is_uppercase));
                            if from { d.end + gap.len() } else { d.end }
                        };
                        d.start..end
                    });
                    match argument.filter(|d| !d.is_empty()) {
                        Some(d) => {
                            let who = r.frame_argument(&d, at);
                            let rule = by_descriptor(&who);
                            (Some(d), who, rule)
                        }
                        None => (None, r.recent(at, None, false), SpeakerRule::DroppedSubject),
                    }
                }
                // `deputowany Jan Kowal stwierdził we wtorek agencji Anatolia, że`:
                // a name in the nominative before the verb is its subject.
                Subject::Inverted {
                    sentence_start,
                    cue_start,
                    ..
                } if r.subject_before(sentence_start, cue_start).is_some() => {
                    match r.subject_before(sentence_start, cue_start) {
                        Some(e) => with_rule(r.named(e), SpeakerRule::NameBefore),
                        None => (None, None, SpeakerRule::Unknown),
                    }
                }
                Subject::After(pos)
                | Subject::Frame(pos)
                | Subject::Inverted { after: pos, .. } => {
                    let frame = matches!(f.subject, Subject::Frame(_));
                    if let Some(e) = r
                        .person_after(pos, 4)
                        .or_else(|| if frame { None } else { r.subject_after(pos) })
                    {
                        with_rule(r.named(e), SpeakerRule::NameAfter)
                    } else if let Some(d) = r
                        .descriptor_after(pos)
                        .filter(|d| !is_object(text.get(d.start..d.end).unwrap_or("")))
                        .or_else(|| r.descriptor_past_adjunct(pos, verb_g))
                    {
                        // A name inside the descriptor is the speaker (`gen.
                        // Rajmund Andrzejczak` after an adjunct).
                        let inside = r
                            .starting_in(d.clone())
                            .iter()
                            .find(|e| e.label == Label::Per && r.subject_like(e));
                        if let Some(e) = inside.or_else(|| r.apposition(&d)) {
                            with_rule(r.named(e), SpeakerRule::NameAfter)
                        } else {
                            let who = r.subject_descriptor(&d, at, f.cue.as_ref(), verb_g);
                            let rule = by_descriptor(&who);
                            (Some(d), who, rule)
                        }
                    } else {
                        (
                            None,
                            r.pro_drop(at, f.cue.as_ref(), verb_g),
                            SpeakerRule::DroppedSubject,
                        )
                    }
                }
                Subject::Before {
                    sentence_start,
                    cue_start,
                } => {
                    // The subject is in the nominative: `Marek Sawicki, minister w
                    // rządzie Donalda Tuska, przyznał` is Sawicki's, not Tusk's.
                    let before: Vec<&Entity> = r
                        .starting_in(sentence_start..cue_start)
                        .iter()
                        .filter(|e| e.label == Label::Per && e.range.end <= cue_start)
                        .collect();
                    let named = before
                        .iter()
                        .rev()
                        .find(|e| r.subject_like(e))
                        .or(before.last())
                        .copied();
                    if let Some(e) = named {
                        with_rule(r.named(e), SpeakerRule::NameBefore)
                    } else {
                        let subject = text.get(sentence_start..cue_start).unwrap_or("").trim();
                        let words = subject.split_whitespace().count();
                        // `Przed urzędem protestowali`: a prepositional phrase is
                        // not the subject, nor are adverbs alone (`Uparcie
                        // odpowiada`).
                        let governed = descriptor_words(subject).first().is_some_and(|w| {
                            is_preposition(w)
                                && !matches!(w.to_lowercase().as_str(), "a" | "i" | "oraz")
                        }) || subject.split_whitespace().all(morph::is_particle)
                            // Nor a verb (`Zakończył, mówiąc: – …`).
                            || descriptor_words(subject)
                                .iter()
                                .all(|w| morph::is_verb(w));
                        let past_adjunct = if (1..=4).contains(&words) && !governed {
                            None
                        } else {
                            r.subject_past_adjunct(
                                sentence_start,
                                cue_start,
                                verb_g,
                                f.cue.as_ref().is_some_and(|c| plural_cue(text, c)),
                            )
                        };
                        if let Some(Ok(org)) = past_adjunct {
                            let who = Candidate {
                                at: org.range.start,
                                gender: None,
                                name: r.name_of(org).into(),
                                person: false,
                            };
                            (Some(org.range.clone()), Some(who), SpeakerRule::NameBefore)
                        } else if let Some(Err(d)) = past_adjunct {
                            let who = r.subject_descriptor(&d, at, f.cue.as_ref(), verb_g);
                            let rule = by_descriptor(&who);
                            (Some(d), who, rule)
                        } else if (1..=4).contains(&words) && !governed {
                            let s = sentence_start
                                + text
                                    .get(sentence_start..cue_start)
                                    .map_or(0, |x| x.len() - x.trim_start().len());
                            let d = s..s + subject.len();
                            let who = r.subject_descriptor(&d, at, f.cue.as_ref(), verb_g);
                            let rule = by_descriptor(&who);
                            (Some(d), who, rule)
                        } else {
                            (
                                None,
                                r.pro_drop(at, f.cue.as_ref(), verb_g),
                                SpeakerRule::DroppedSubject,
                            )
                        }
                    }
                }
                // A line the reporter introduces with a person as subject
                // (`X nie ma wątpliwości. – …`) is that person's.
                Subject::Introduced(ref prev)
                    if r.introducer(prev).is_some_and(|e| {
                        // Not a man for a line whose verbs are a woman's.
                        let line = text.get(f.range.clone()).and_then(first_person_gender);
                        let person = person_gender(r.name_of(e));
                        line.is_none() || person.is_none() || line == person
                    }) =>
                {
                    match r.introducer(prev) {
                        Some(e) => with_rule(r.named(e), SpeakerRule::NameBefore),
                        None => (None, None, SpeakerRule::Unknown),
                    }
                }
                // An interview's answer is the interviewee's: the one the
                // interview is with (`Rozmowa z prof. Janem Nowakiem`), else
                // the person who spoke last, else the unnamed interviewee.
                Subject::Previous | Subject::Introduced(_) if turn == Some(Turn::Answer) => (
                    None,
                    interviewee
                        .clone()
                        .or_else(|| r.last_speaker())
                        .or_else(|| Some(Candidate::placeholder(f.range.start, INTERVIEWEE))),
                    SpeakerRule::InterviewAnswer,
                ),
                // In an interview, an unattributed question (or remark between
                // answers) is the paper's.
                Subject::Previous | Subject::Introduced(_)
                    if f.cue.is_none()
                        && (turn == Some(Turn::Question)
                            || text.get(f.range.clone()).is_some_and(|q| q.ends_with('?'))) =>
                {
                    (
                        None,
                        Some(Candidate::placeholder(f.range.start, INTERVIEWER)),
                        SpeakerRule::Interviewer,
                    )
                }
                Subject::Previous | Subject::Introduced(_) => match r.last_speaker() {
                    Some(who) => (None, Some(who), SpeakerRule::Continuation),
                    // No one has spoken yet: a line in the first person is
                    // the latest person of the gender its verbs show
                    // (`- Nie starałem się …` after a paragraph on Wałęsa).
                    None => {
                        let g = text.get(f.range.clone()).and_then(first_person_gender);
                        let who = g.and_then(|g| r.recent(at, Some(g), true));
                        (None, who, SpeakerRule::DroppedSubject)
                    }
                },
                // The subject of the sentence's own clause, not a name inside
                // the speech it reports (`…, że Anna Nowak zmarła.`).
                Subject::Adjacent(ref prev) => match r.introducer(prev) {
                    Some(e) => with_rule(r.named(e), SpeakerRule::NameBefore),
                    None => (None, None, SpeakerRule::Unknown),
                },
            };
        // A name with no letters in it names no one.
        let who = who.filter(|w| w.name.chars().any(char::is_alphabetic));
        // Speech standing alone with no person before it is left out: a
        // slogan, a title, a sign.
        if matches!(f.subject, Subject::Adjacent(_)) && who.is_none() {
            continue;
        }
        let rule = if who.is_some() {
            rule
        } else {
            SpeakerRule::Unknown
        };
        let found_by = match (f.kind, &f.subject) {
            (QuoteKind::Dash, _) => {
                let before = text.get(..f.range.start).unwrap_or("").trim_end();
                if before.ends_with(is_dash) {
                    QuoteRule::DashLine
                } else {
                    QuoteRule::Unmarked
                }
            }
            (QuoteKind::Direct, _) => QuoteRule::QuoteMarks,
            (QuoteKind::Mixed, _) => QuoteRule::Mixed,
            (_, Subject::Frame(_)) => QuoteRule::Frame,
            _ => QuoteRule::ReportedSpeech,
        };
        let gender = verb_g.or_else(|| who.as_ref().and_then(|w| w.gender));
        if let Some(w) = &who {
            r.spoken.insert(w.name.clone());
            // A group that spoke with a plural verb (`Poinformowali`) is
            // no antecedent of a singular one (`– zeznała`).
            let plural = !w.person && f.cue.as_ref().is_some_and(|c| plural_cue(text, c));
            r.speakers.push(Candidate {
                at: f.range.start,
                name: w.name.clone(),
                gender: if plural {
                    Some(PLURAL)
                } else {
                    w.gender.or(verb_g)
                },
                person: w.person,
            });
        }
        out.push(Quote {
            range: f.range,
            kind: f.kind,
            cue: f.cue.map(|c| c.range),
            speaker: who.map(|w| Speaker {
                mention,
                name: w.name.into_owned(),
                gender: gender.and_then(crate::output::Gender::from_char),
            }),
            why: Why {
                found: found_by,
                speaker: rule,
                verb_gender: verb_g.and_then(crate::output::Gender::from_char),
            },
        });
    }
    out
}

/// Whether a word is a noun or pronoun that cannot be in the nominative:
/// the object after a verb (`reporterowi`, `nam`), never its subject.
fn is_object(w: &str) -> bool {
    let first = w.split_whitespace().next().unwrap_or("");
    if matches!(
        first,
        "nam" | "mu" | "jej" | "im" | "mi" | "nas" | "go" | "ją" | "ich"
    ) {
        return true;
    }
    let r = crate::morph::analyse(first);
    let noun = |nom: bool| {
        r.iter()
            .any(|a| a.pos == morph::Pos::Noun && a.case.is_none_or(|c| c == "nom") == nom)
    };
    first.starts_with(char::is_lowercase) && noun(false) && !noun(true)
}

/// A man's title in an oblique case only (`premiera`, `ministra`), whatever
/// else the form spells (`premiera`, the first night): no subject.
fn oblique_title(w: &str) -> bool {
    let r = morph::readings(w);
    let man = || {
        r.iter()
            .filter(|a| a.pos == morph::Pos::Noun && a.gender == Some("m1"))
    };
    man().next().is_some() && !man().any(|a| a.case.is_none_or(|c| c == "nom"))
}

/// A common noun that can name a person in the nominative: a title
/// (`rzecznik`, `minister`) or a masculine-personal noun (`polityk`,
/// `kandydat`).
pub(super) fn person_noun(w: &str) -> bool {
    if !w.starts_with(char::is_lowercase) {
        return false;
    }
    if crate::triggers::is_person_title(w) {
        return true;
    }
    let r = morph::readings(w);
    r.iter().any(|a| {
        a.pos == morph::Pos::Noun && a.case.is_none_or(|c| c == "nom") && a.gender == Some("m1")
    }) && !r
        .iter()
        .any(|a| matches!(a.pos, morph::Pos::Adj | morph::Pos::Verb))
}

/// The gender the first-person past verbs of `speech` show: `-łem` (also
/// written apart, `starał em`) for a man, `-łam` for a woman; none when
/// there are none or both.
fn first_person_gender(speech: &str) -> Option<char> {
    let mut gender = None;
    let mut prev = "";
    for w in speech.split(|c: char| !c.is_alphabetic()) {
        let g = if w.ends_with("łem") || (w == "em" && prev.ends_with('ł')) {
            Some('m')
        } else if w.ends_with("łam") || (w == "m" && prev.ends_with("ła")) {
            Some('f')
        } else {
            None
        };
        match (gender, g) {
            (_, None) => {}
            (None, found) => gender = found,
            (Some(a), Some(b)) if a != b => return None,
            _ => {}
        }
        if !w.is_empty() {
            prev = w;
        }
    }
    gender
}
