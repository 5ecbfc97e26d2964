//! Polish sentence segmentation.
//!
//! The segmenter walks the text once, left to right. It stops only at
//! *candidates* — `.`, `!`, `?`, `…` and newlines, found by a vector scan — and
//! decides each one by a small set of general rules of Polish punctuation
//! ([`Rule`]). Sentences are byte ranges into the untouched input.

mod abbrev;
mod complement;
mod rule;
mod scan;
mod walker;

use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::chars::{
    char_at, char_before, is_bullet, is_closing, is_dash, is_emoji, is_latin, is_opening,
    is_terminator, is_vowel, line_break_at, skip_class, skip_spaces, skip_whitespace,
};
use crate::data;
use crate::error::Error;
use abbrev::*;
pub use rule::{Decision, Rule};
use scan::Candidates;
use walker::*;

pub use crate::chars::MAX_ABBREVIATION_LEN;
pub use crate::output::Sentence;

/// How far (in chars) the segmenter looks past a dash or an opening quote.
const LOOKAHEAD_CHARS: usize = 8;

/// What a single newline means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NewlinePolicy {
    /// A line break ends a sentence (news: headlines and subheadings stand on
    /// their own line), unless the next line starts with a lower-case letter.
    #[default]
    Break,
    /// A line break is a space (hard-wrapped text); a blank line, a dialogue
    /// dash or a list bullet at the start of the next line still starts a new sentence.
    Join,
}

impl std::str::FromStr for NewlinePolicy {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s {
            "break" => Ok(Self::Break),
            "join" => Ok(Self::Join),
            other => Err(Error::UnknownNewlinePolicy(other.to_owned())),
        }
    }
}

impl NewlinePolicy {
    /// The policy's name, as accepted by [`str::parse`].
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Break => "break",
            Self::Join => "join",
        }
    }
}

/// A configured sentence segmenter. Cheap to share: `Send + Sync`.
///
/// ```
/// use kropka::{NewlinePolicy, Segmenter};
///
/// let seg = Segmenter::builder()
///     .abbreviation("kons.")          // "konsul": never ends a sentence
///     .newline(NewlinePolicy::Join)   // hard-wrapped text
///     .build()?;
/// let text = "Spotkał się z nim kons. Nowak.\nRozmawiali\no wizach.";
/// let got: Vec<&str> = seg.split(text).map(|s| s.text).collect();
/// assert_eq!(got, ["Spotkał się z nim kons. Nowak.", "Rozmawiali\no wizach."]);
/// # Ok::<(), kropka::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Segmenter {
    abbrev: Abbreviations,
    newline: NewlinePolicy,
    /// What the builder was given, kept so the segmenter can be described and rebuilt.
    custom: SegmenterBuilder,
    /// Decide the most common candidates on bytes alone (off only in tests
    /// that check the fast path against the general rules).
    fast_path: bool,
}

impl Default for Segmenter {
    fn default() -> Self {
        Self {
            abbrev: Abbreviations::polish(),
            newline: NewlinePolicy::default(),
            custom: SegmenterBuilder::default(),
            fast_path: true,
        }
    }
}

static DEFAULT: LazyLock<Segmenter> = LazyLock::new(Segmenter::default);

/// The shared default segmenter.
pub(crate) fn default_segmenter() -> &'static Segmenter {
    &DEFAULT
}

/// Splits Polish text into sentences with the default [`Segmenter`].
///
/// The iterator is lazy and borrows `text`; each [`Sentence`] is a byte range
/// into it, trimmed of whitespace. Every non-whitespace character of the
/// input lies in exactly one sentence.
///
/// ```
/// let text = "Prof. J. Nowak przyjechał o godz. 12.30. \"Dobrze!\" – powiedział.";
/// let got: Vec<&str> = kropka::sentences(text).map(|s| s.text).collect();
/// assert_eq!(got, [
///     "Prof. J. Nowak przyjechał o godz. 12.30.",
///     "\"Dobrze!\" – powiedział.",
/// ]);
/// ```
pub fn sentences(text: &str) -> Sentences<'static, '_> {
    DEFAULT.split(text)
}

impl Segmenter {
    /// The default Polish segmenter (also available as [`sentences`]).
    pub fn new() -> Self {
        Self::default()
    }

    /// A builder starting from the default Polish rules.
    pub fn builder() -> SegmenterBuilder {
        SegmenterBuilder::default()
    }

    /// The abbreviations added by the builder, by class: never final, may be
    /// final, never an abbreviation (as given, for re-building the segmenter).
    pub fn custom_abbreviations(&self) -> (&[String], &[String], &[String]) {
        (&self.custom.nonfinal, &self.custom.fin, &self.custom.never)
    }

    /// The newline policy in force.
    pub fn newline_policy(&self) -> NewlinePolicy {
        self.newline
    }

    /// Splits `text` into sentences, lazily.
    pub fn split<'s, 't>(&'s self, text: &'t str) -> Sentences<'s, 't> {
        Sentences {
            walker: Walker::new(self, text),
            done: false,
        }
    }

    /// Every candidate boundary in `text`, with the rule that decided it.
    ///
    /// ```
    /// use kropka::{Rule, Segmenter};
    ///
    /// let seg = Segmenter::new();
    /// let why = seg.explain("Zob. ul. Długa 5. Tam jest.");
    /// let rules: Vec<Rule> = why.iter().map(|d| d.rule).collect();
    /// assert_eq!(rules, [Rule::Abbreviation, Rule::Abbreviation, Rule::Terminator, Rule::EndOfText]);
    /// ```
    pub fn explain(&self, text: &str) -> Vec<Decision> {
        self.decisions(text).collect()
    }

    /// [`Segmenter::explain`] as a lazy iterator: one decision at a time,
    /// in constant memory, for texts of any size.
    ///
    /// ```
    /// let seg = kropka::Segmenter::default();
    /// let splits = seg.decisions("Tak. Nie. Może.").filter(|d| d.split).count();
    /// assert_eq!(splits, 3);
    /// ```
    pub fn decisions<'s, 't>(&'s self, text: &'t str) -> Decisions<'s, 't> {
        Decisions {
            walker: Walker::new(self, text),
        }
    }
}

/// Lazy iterator over a segmenter's decisions; see [`Segmenter::decisions`].
#[derive(Debug, Clone)]
pub struct Decisions<'s, 't> {
    walker: Walker<'s, 't>,
}

impl Iterator for Decisions<'_, '_> {
    type Item = Decision;

    fn next(&mut self) -> Option<Decision> {
        self.walker.step()
    }
}

impl std::iter::FusedIterator for Decisions<'_, '_> {}

/// Builds a [`Segmenter`] with custom abbreviations and newline policy.
#[derive(Debug, Clone, Default)]
#[must_use]
pub struct SegmenterBuilder {
    nonfinal: Vec<String>,
    fin: Vec<String>,
    never: Vec<String>,
    newline: NewlinePolicy,
}

impl SegmenterBuilder {
    /// Adds an abbreviation that never ends a sentence (`"kons."`; the final
    /// full stop may be omitted; case does not matter).
    pub fn abbreviation(mut self, abbrev: impl Into<String>) -> Self {
        self.nonfinal.push(abbrev.into());
        self
    }

    /// Adds an abbreviation that may end a sentence: a capitalised word after
    /// it starts a new sentence.
    pub fn final_abbreviation(mut self, abbrev: impl Into<String>) -> Self {
        self.fin.push(abbrev.into());
        self
    }

    /// Declares a word that must never be treated as an abbreviation, even if
    /// a built-in list has it.
    pub fn not_abbreviation(mut self, word: impl Into<String>) -> Self {
        self.never.push(word.into());
        self
    }

    /// Sets what a single newline means.
    pub fn newline(mut self, policy: NewlinePolicy) -> Self {
        self.newline = policy;
        self
    }

    /// Builds the segmenter.
    ///
    /// # Errors
    /// [`Error::InvalidAbbreviation`] for an empty, too long or
    /// space-containing entry, or one without a letter or digit (`"."`);
    /// [`Error::ConflictingAbbreviation`] for an entry declared both an
    /// abbreviation and not one.
    pub fn build(self) -> Result<Segmenter, Error> {
        let mut abbrev = Abbreviations::polish();
        let never: Vec<Box<str>> = self
            .never
            .iter()
            .map(|raw| normalize_abbreviation(raw))
            .collect::<Result<_, _>>()?;
        for (list, class) in [
            (&self.nonfinal, AbbrevClass::NonFinal),
            (&self.fin, AbbrevClass::Final),
        ] {
            for raw in list {
                let key = normalize_abbreviation(raw)?;
                if never.contains(&key) {
                    return Err(Error::ConflictingAbbreviation(raw.clone()));
                }
                abbrev.insert(key, class);
            }
        }
        for key in never {
            abbrev.insert(key, AbbrevClass::Word);
        }
        Ok(Segmenter {
            abbrev,
            newline: self.newline,
            custom: self,
            fast_path: true,
        })
    }
}

/// Lazy iterator over the sentences of a text; see [`sentences`].
#[derive(Debug, Clone)]
pub struct Sentences<'s, 't> {
    walker: Walker<'s, 't>,
    done: bool,
}

impl<'t> Iterator for Sentences<'_, 't> {
    type Item = Sentence<'t>;

    fn next(&mut self) -> Option<Sentence<'t>> {
        if self.done {
            return None;
        }
        while let Some(d) = self.walker.step() {
            if d.split
                && let Some(s) = self.walker.cut(self.walker.begin, d.boundary)
            {
                return Some(s);
            }
        }
        self.done = true;
        self.walker.cut(self.walker.first, self.walker.text.len())
    }
}

impl std::iter::FusedIterator for Sentences<'_, '_> {}

#[cfg(test)]
mod tests;
