//! What analysis returns: the document and its entities and quotes, with
//! the closed sets they use (labels, quote kinds, genders). Below every
//! stage: the stages fill these types, the bindings and the CLI read them.

use std::fmt;
use std::ops::Range;

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::offsets::CharMap;
use crate::token::Token;

/// One sentence: a byte range into the text it came from, and that text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Sentence<'t> {
    /// UTF-8 byte range of the sentence in the input, without surrounding whitespace.
    pub range: Range<usize>,
    /// The sentence text: `&input[range]`.
    pub text: &'t str,
}

/// The kind of a named entity. New labels may come (`#[non_exhaustive]`).
/// It serialises as [`Label::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Label {
    /// A person (NKJP's `persName`).
    Per,
    /// An organisation (`orgName`).
    Org,
    /// A place, settlement or geographic name (`placeName`, `geogName`).
    Loc,
    /// A date (`12 marca 2024 r.`).
    Date,
    /// A time of day (`o godz. 17.30`).
    Time,
    /// A noun of nationality or origin (`Polacy`, `Amerykanów`), only when
    /// asked for with [`Demonyms::Own`](crate::Demonyms::Own); by default
    /// these are [`Label::Loc`], as in NKJP.
    Demonym,
    /// A label of a user pattern (see [`Analyzer`](crate::Analyzer)).
    Custom(&'static str),
}

impl serde::Serialize for Label {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Label {
    /// The label as in NKJP and in JSON: `"PER"`, `"ORG"`, `"LOC"`, `"DATE"`, `"TIME"`, `"DEMONYM"`,
    /// or the name a user pattern gave.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Per => "PER",
            Self::Org => "ORG",
            Self::Loc => "LOC",
            Self::Date => "DATE",
            Self::Time => "TIME",
            Self::Demonym => "DEMONYM",
            Self::Custom(name) => name,
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a quote is given. New kinds may come (`#[non_exhaustive]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum QuoteKind {
    /// In quote marks: `„Tak” – powiedział.`
    Direct,
    /// A line of dialogue opened by a dash: `– Tak – powiedział.`
    Dash,
    /// Reported speech: `Powiedział, że tak.`
    Indirect,
    /// A quoted fragment inside reported speech: `Powiedział, że „tak”.`
    Mixed,
}

impl QuoteKind {
    /// The kind as in JSON: `"direct"`, `"dash"`, `"indirect"`, `"mixed"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Dash => "dash",
            Self::Indirect => "indirect",
            Self::Mixed => "mixed",
        }
    }
}

impl fmt::Display for QuoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A speaker's grammatical gender, from verb forms and first names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[non_exhaustive]
pub enum Gender {
    /// `powiedział`, `Jan`.
    #[serde(rename = "m")]
    Masculine,
    /// `powiedziała`, `Anna`.
    #[serde(rename = "f")]
    Feminine,
}

impl Gender {
    /// `"m"` or `"f"`, as in JSON and Python.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Masculine => "m",
            Self::Feminine => "f",
        }
    }

    /// The gender the stages write as `'m'` or `'f'`.
    pub(crate) fn from_char(c: char) -> Option<Self> {
        match c {
            'm' => Some(Self::Masculine),
            'f' => Some(Self::Feminine),
            _ => None,
        }
    }
}

impl fmt::Display for Gender {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A named entity: a person, place or organisation with its base form, or
/// a date or time.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entity {
    /// UTF-8 byte range of the mention.
    pub range: Range<usize>,
    /// What it names.
    pub label: Label,
    /// The nominative base form (`Donalda Trumpa` → `Donald Trump`).
    pub lemma: String,
    /// Mentions of one referent in a document share this id.
    pub cluster: usize,
}

/// The speaker of a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Speaker {
    /// Where the speaker is named or described near the quote, if anywhere.
    pub mention: Option<Range<usize>>,
    /// The canonical name (an entity's base form) or a descriptor in the nominative.
    pub name: String,
    /// From verb forms and first names, when known.
    pub gender: Option<Gender>,
}

/// A quotation: who said what.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Quote {
    /// UTF-8 byte range of the quoted content, without quote marks or dialogue dash.
    pub range: Range<usize>,
    /// How it is given.
    pub kind: QuoteKind,
    /// The speech verb or frame word, if any.
    pub cue: Option<Range<usize>>,
    /// The speaker, if one could be found.
    pub speaker: Option<Speaker>,
    /// How the quote was found and its speaker chosen.
    pub why: Why,
}

impl Quote {
    /// How the quote was found and its speaker chosen, in words: the rule,
    /// the cue, and the evidence for the speaker.
    ///
    /// ```
    /// let text = "– Nie wiem – powiedziała Anna Nowak.";
    /// let doc = kropka::analyze(text);
    /// let why = doc.quotes[0].explain(text);
    /// assert!(why.contains("dialogue dash") && why.contains("Anna Nowak"), "{why}");
    /// ```
    pub fn explain(&self, text: &str) -> String {
        let cue = self.cue.as_ref().and_then(|c| text.get(c.clone()));
        let speaker = self.speaker.as_ref().map(|s| s.name.as_str());
        self.why.describe(cue, speaker)
    }
}

/// How a quote was found (see [`Why`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuoteRule {
    /// A line or sentence opened by a dialogue dash (`– Nie wiem – powiedziała.`).
    DashLine,
    /// Words in quote marks beside a speech verb or a colon.
    QuoteMarks,
    /// Reported speech: a speech verb and what it introduces (`powiedział, że …`).
    ReportedSpeech,
    /// A frame naming the source (`zdaniem X`, `według X`, `jak dodał`).
    Frame,
    /// Reported speech holding quoted words.
    Mixed,
    /// Speech with no quote marks and no opening dash, closed by its
    /// attribution (`Nie będzie podwyżek, powiedziała Anna Nowak.`).
    Unmarked,
}

impl QuoteRule {
    /// The rule of a code of [`QuoteRule::as_str`].
    pub fn from_code(code: &str) -> Option<Self> {
        [
            Self::DashLine,
            Self::QuoteMarks,
            Self::ReportedSpeech,
            Self::Frame,
            Self::Mixed,
            Self::Unmarked,
        ]
        .into_iter()
        .find(|r| r.as_str() == code)
    }

    /// A short code: `dash_line`, `quote_marks`, `reported_speech`, `frame`,
    /// `mixed`, `unmarked`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::DashLine => "dash_line",
            Self::QuoteMarks => "quote_marks",
            Self::ReportedSpeech => "reported_speech",
            Self::Frame => "frame",
            Self::Mixed => "mixed",
            Self::Unmarked => "unmarked",
        }
    }

    /// The rule in words.
    pub const fn describe(self) -> &'static str {
        match self {
            Self::DashLine => "a line opened by a dialogue dash",
            Self::QuoteMarks => "words in quote marks beside a speech verb or a colon",
            Self::ReportedSpeech => "reported speech introduced by a speech verb",
            Self::Frame => "a frame naming its source (zdaniem, według, jak dodał)",
            Self::Mixed => "reported speech holding quoted words",
            Self::Unmarked => {
                "speech without quote marks or an opening dash, closed by its attribution"
            }
        }
    }
}

/// How a quote's speaker was chosen (see [`Why`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SpeakerRule {
    /// A name before the speech verb, its subject (`Anna Nowak powiedziała, że`).
    NameBefore,
    /// A name after the speech verb or the frame (`– dodała Anna Nowak`, `zdaniem Anny Nowak`).
    NameAfter,
    /// A description (`rzeczniczka rządu`) linked to the person the document gives it to.
    DescriptorLinked,
    /// A description the document links to no named person: it is the speaker.
    Descriptor,
    /// No subject in the sentence: the subject of the clause before (a plural
    /// group, a person described), or the latest speaker or person, agreeing
    /// with the verb.
    DroppedSubject,
    /// A pronoun (`jego zdaniem`): the latest person agreeing with it.
    Pronoun,
    /// The speaker of the quote before (a quote continued, a dialogue going on).
    Continuation,
    /// An interview's answer: the person interviewed.
    InterviewAnswer,
    /// An interview's question, or a verb in the first person plural: the paper.
    Interviewer,
    /// No speaker could be chosen.
    Unknown,
}

impl SpeakerRule {
    /// The rule of a code of [`SpeakerRule::as_str`].
    pub fn from_code(code: &str) -> Option<Self> {
        [
            Self::NameBefore,
            Self::NameAfter,
            Self::DescriptorLinked,
            Self::Descriptor,
            Self::DroppedSubject,
            Self::Pronoun,
            Self::Continuation,
            Self::InterviewAnswer,
            Self::Interviewer,
            Self::Unknown,
        ]
        .into_iter()
        .find(|r| r.as_str() == code)
    }

    /// A short code: `name_before`, `name_after`, `descriptor_linked`,
    /// `descriptor`, `dropped_subject`, `pronoun`, `continuation`,
    /// `interview_answer`, `interviewer`, `unknown`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NameBefore => "name_before",
            Self::NameAfter => "name_after",
            Self::DescriptorLinked => "descriptor_linked",
            Self::Descriptor => "descriptor",
            Self::DroppedSubject => "dropped_subject",
            Self::Pronoun => "pronoun",
            Self::Continuation => "continuation",
            Self::InterviewAnswer => "interview_answer",
            Self::Interviewer => "interviewer",
            Self::Unknown => "unknown",
        }
    }

    /// The rule in words.
    pub const fn describe(self) -> &'static str {
        match self {
            Self::NameBefore => "the name before the speech verb, its subject",
            Self::NameAfter => "the name right after the speech verb or frame",
            Self::DescriptorLinked => "a description linked to the person the article gives it to",
            Self::Descriptor => "a description that names no one else in the article",
            Self::DroppedSubject => {
                "no subject is written: the subject of the clause before, or the latest speaker or person, agreeing with the verb"
            }
            Self::Pronoun => "a pronoun: the latest person agreeing with it",
            Self::Continuation => "the speaker of the quote before",
            Self::InterviewAnswer => "an answer in an interview: the person interviewed",
            Self::Interviewer => {
                "a question in an interview, or a verb in the first person plural: the paper"
            }
            Self::Unknown => "no speaker could be chosen",
        }
    }
}

/// How a quote was found and its speaker chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Why {
    /// The rule that found the quote.
    pub found: QuoteRule,
    /// The rule that chose the speaker.
    pub speaker: SpeakerRule,
    /// The gender the speech verb shows (`powiedziała`: feminine), which the
    /// speaker had to agree with, if it shows one.
    pub verb_gender: Option<Gender>,
}

impl Why {
    /// The rules and the verb's gender.
    pub const fn new(found: QuoteRule, speaker: SpeakerRule, verb_gender: Option<Gender>) -> Self {
        Self {
            found,
            speaker,
            verb_gender,
        }
    }

    /// The explanation in words, given the cue's text and the speaker's name.
    pub fn describe(&self, cue: Option<&str>, speaker: Option<&str>) -> String {
        let mut out = format!("Found as {}", self.found.describe());
        if let Some(c) = cue {
            out.push_str(&format!(" (cue: «{c}»)"));
        }
        out.push_str(". Speaker: ");
        match speaker {
            Some(name) => out.push_str(&format!("{name}, {}", self.speaker.describe())),
            None => out.push_str(SpeakerRule::Unknown.describe()),
        }
        if let (Some(g), Some(_)) = (self.verb_gender, speaker) {
            let form = match g {
                Gender::Masculine => "masculine",
                Gender::Feminine => "feminine",
            };
            out.push_str(&format!("; the verb's {form} form agrees"));
        }
        out.push('.');
        out
    }
}

/// Everything kropka finds in one text.
///
/// It serialises (with serde) in the shape of the CLI's `kropka analyze`
/// and Python's `Document.to_dict()`: the text, then sentences, entities
/// and quotes with `start`/`end` in code points of the text.
///
/// ```
/// let doc = kropka::analyze("Żółw śpi. Kot nie.");
/// let json = serde_json::to_value(&doc).unwrap();
/// assert_eq!(json["sentences"][1]["start"], 10);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Document<'t> {
    /// The analysed text, untouched.
    pub text: &'t str,
    /// The sentences, in order.
    pub sentences: Vec<Sentence<'t>>,
    /// The tokens, in order.
    pub tokens: Vec<Token>,
    /// Named entities, in order.
    pub entities: Vec<Entity>,
    /// Quotes, in order.
    pub quotes: Vec<Quote>,
}

impl Document<'_> {
    /// Code-point offsets for every span of the document (sentences,
    /// entities, quotes, cues, speaker mentions), computed in one pass.
    ///
    /// ```
    /// let doc = kropka::analyze("Żółw śpi. Kot nie.");
    /// let map = doc.char_map();
    /// assert_eq!(map.range(&doc.sentences[1].range), 10..18);
    /// ```
    pub fn char_map(&self) -> CharMap {
        let mut bytes: Vec<usize> = Vec::new();
        bytes.extend(
            self.sentences
                .iter()
                .flat_map(|s| [s.range.start, s.range.end]),
        );
        bytes.extend(
            self.entities
                .iter()
                .flat_map(|e| [e.range.start, e.range.end]),
        );
        for q in &self.quotes {
            bytes.extend([q.range.start, q.range.end]);
            bytes.extend(q.cue.iter().flat_map(|c| [c.start, c.end]));
            if let Some(m) = q.speaker.as_ref().and_then(|s| s.mention.as_ref()) {
                bytes.extend([m.start, m.end]);
            }
        }
        CharMap::new(self.text, bytes)
    }
}

impl Serialize for Document<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let map = self.char_map();
        let text = self.text;
        let slice = |r: &Range<usize>| text.get(r.clone()).unwrap_or("");
        let mut doc = serializer.serialize_struct("Document", 4)?;
        doc.serialize_field("text", text)?;
        doc.serialize_field(
            "sentences",
            &Items(self.sentences.iter().map(|s| SentenceView {
                text: s.text,
                start: map.get(s.range.start),
                end: map.get(s.range.end),
            })),
        )?;
        doc.serialize_field(
            "entities",
            &Items(self.entities.iter().map(|e| EntityView {
                text: slice(&e.range),
                start: map.get(e.range.start),
                end: map.get(e.range.end),
                label: e.label,
                lemma: &e.lemma,
                cluster: e.cluster,
            })),
        )?;
        doc.serialize_field(
            "quotes",
            &Items(self.quotes.iter().map(|q| {
                let sp = q.speaker.as_ref();
                let mention = sp.and_then(|s| s.mention.as_ref());
                QuoteView {
                    text: slice(&q.range),
                    start: map.get(q.range.start),
                    end: map.get(q.range.end),
                    kind: q.kind,
                    speaker: sp.map(|s| s.name.as_str()),
                    speaker_gender: sp.and_then(|s| s.gender),
                    cue: q.cue.as_ref().map(slice),
                    cue_start: q.cue.as_ref().map(|c| map.get(c.start)),
                    speaker_start: mention.map(|m| map.get(m.start)),
                    speaker_end: mention.map(|m| map.get(m.end)),
                    why: WhyView {
                        found: q.why.found.as_str(),
                        speaker: q.why.speaker.as_str(),
                    },
                }
            })),
        )?;
        doc.end()
    }
}

/// A sequence serialised from an iterator, without collecting it.
struct Items<I>(I);

impl<I> Serialize for Items<I>
where
    I: Iterator + Clone,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.clone())
    }
}

#[derive(serde::Serialize)]
struct SentenceView<'d> {
    text: &'d str,
    start: usize,
    end: usize,
}

#[derive(serde::Serialize)]
struct EntityView<'d> {
    text: &'d str,
    start: usize,
    end: usize,
    label: Label,
    lemma: &'d str,
    cluster: usize,
}

#[derive(serde::Serialize)]
struct QuoteView<'d> {
    text: &'d str,
    start: usize,
    end: usize,
    kind: QuoteKind,
    speaker: Option<&'d str>,
    speaker_gender: Option<Gender>,
    cue: Option<&'d str>,
    cue_start: Option<usize>,
    speaker_start: Option<usize>,
    speaker_end: Option<usize>,
    why: WhyView,
}

#[derive(serde::Serialize)]
struct WhyView {
    found: &'static str,
    speaker: &'static str,
}
