//! The rules that decide a candidate boundary, and the decision they make:
//! what `Segmenter::explain` reports.

use serde::Serialize;

/// The rule that decided a candidate boundary; see [`Segmenter::explain`](super::Segmenter::explain).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Rule {
    /// Nothing but whitespace follows: the text ends here.
    EndOfText,
    /// A terminator followed by a new sentence: after `?` or `!`, a capitalised
    /// word, a digit, a quote or a symbol; after a full stop that closes an
    /// ordinary word, any word.
    Terminator,
    /// A lower-case word after an ellipsis, an abbreviation, an ordinal or a
    /// closing bracket: the sentence goes on.
    LowercaseNext,
    /// `?`, `!` or `…` followed by a dash and a lower-case word (`"Tak!" – krzyknął`):
    /// the attribution belongs to the same sentence.
    SpeechAttribution,
    /// A terminator followed by a dash that opens a new dialogue line (a
    /// capitalised word, or any word after a full stop).
    DialogueDash,
    /// A full stop inside a token: decimal, date, time, URL, e-mail, `m.in.`.
    InsideToken,
    /// A full stop glued to a capitalised word after a lower-case word (`jeden.Dwa`).
    MissingSpace,
    /// An initial (`J. Kowalski`, `Sz. Nowak`).
    Initial,
    /// A number opening the sentence or following a colon (`3. Punkt trzeci`): a list item.
    ListNumber,
    /// A listed abbreviation that does not end sentences (`prof.`, `ul.`, `np.`).
    Abbreviation,
    /// A listed abbreviation that may end a sentence (`r.`, `itd.`), here followed by a new sentence.
    AbbreviationAtEnd,
    /// An abbreviation or an initial followed by a capitalised word that only
    /// opens a clause (`Dziękuję im. Nie…`, `Jana K. W jego…`): a new sentence.
    ClauseAfterAbbreviation,
    /// A short word without vowels (`płk.`, `mjr.`) or a single letter: an abbreviation.
    AbbreviationShape,
    /// An elision mark `(...)` or `[…]` inside a sentence.
    Elision,
    /// Two or more line breaks.
    BlankLine,
    /// A single line break under [`NewlinePolicy::Break`](super::NewlinePolicy::Break).
    LineBreak,
    /// A single line break under [`NewlinePolicy::Join`](super::NewlinePolicy::Join).
    JoinedLine,
    /// A line that starts with a bullet or a dash under [`NewlinePolicy::Join`](super::NewlinePolicy::Join).
    ListItem,
    /// An agency's credit in brackets after the last sentence of a text or
    /// a paragraph (`… zatrzymano sprawcę. (PAP)`): it stays with that sentence.
    Credit,
}

impl Rule {
    /// The rule's name in snake case, as in JSON output (`"dialogue_dash"`).
    pub fn name(self) -> &'static str {
        match self {
            Self::EndOfText => "end_of_text",
            Self::Terminator => "terminator",
            Self::LowercaseNext => "lowercase_next",
            Self::SpeechAttribution => "speech_attribution",
            Self::DialogueDash => "dialogue_dash",
            Self::InsideToken => "inside_token",
            Self::MissingSpace => "missing_space",
            Self::Initial => "initial",
            Self::ListNumber => "list_number",
            Self::Abbreviation => "abbreviation",
            Self::AbbreviationAtEnd => "abbreviation_at_end",
            Self::ClauseAfterAbbreviation => "clause_after_abbreviation",
            Self::AbbreviationShape => "abbreviation_shape",
            Self::Elision => "elision",
            Self::BlankLine => "blank_line",
            Self::LineBreak => "line_break",
            Self::JoinedLine => "joined_line",
            Self::ListItem => "list_item",
            Self::Credit => "credit",
        }
    }

    /// A one-line description of the rule.
    pub fn describe(self) -> &'static str {
        match self {
            Self::EndOfText => "only whitespace follows",
            Self::Terminator => "terminator followed by the start of a new sentence",
            Self::LowercaseNext => "lower-case word after an ellipsis, abbreviation or bracket",
            Self::SpeechAttribution => "dash and lower-case word after ?, ! or …: attribution",
            Self::DialogueDash => "dash opening a new dialogue line",
            Self::InsideToken => "full stop inside a token (number, date, URL, e-mail)",
            Self::MissingSpace => "full stop glued to a capitalised word after a word",
            Self::Initial => "an initial before a name",
            Self::ListNumber => "a number opening a list item",
            Self::Abbreviation => "abbreviation that does not end sentences",
            Self::AbbreviationAtEnd => "abbreviation that may end a sentence, new sentence follows",
            Self::ClauseAfterAbbreviation => {
                "abbreviation or initial, then a word opening a clause"
            }
            Self::AbbreviationShape => "short vowel-less word or single letter: an abbreviation",
            Self::Elision => "elision mark (...) inside a sentence",
            Self::BlankLine => "blank line",
            Self::LineBreak => "line break (newline policy: break)",
            Self::JoinedLine => "line break joined (newline policy: join)",
            Self::ListItem => "line opens with a bullet or dash",
            Self::Credit => "an agency's credit in brackets closing the text or paragraph",
        }
    }
}

/// One decision of the segmenter, as reported by [`Segmenter::explain`](super::Segmenter::explain).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    /// Byte offset of the candidate (the terminator or the newline).
    pub at: usize,
    /// Where the sentence ends if `split`: the end of the terminator cluster
    /// (closing quotes and brackets included) or the start of the line break.
    pub boundary: usize,
    /// Whether a sentence ends here.
    pub split: bool,
    /// The rule that decided.
    pub rule: Rule,
}
