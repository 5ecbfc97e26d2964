//! What may follow an abbreviation or an initial.
//!
//! An abbreviation that never ends a sentence (`prof.`, `ul.`, `ok.`) and an
//! initial (`J.`) introduce something: a name, a number, a noun. A capitalised
//! word that can only open a clause — a pronoun, a conjunction, a particle —
//! is never that complement, so the full stop before it ends a sentence after
//! all: `Dziękuję im. Nie było łatwo.`, `Jest ok. To dobrze.`,
//! `Zatrzymano Jana K. W jego mieszkaniu…`, `witamina C. To ważne.`

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::chars::char_at;
use crate::data;
use crate::lexicon::{is_common, with_lower};

/// Words that open a dialogue line after a dash, never an attribution.
static DIALOGUE_OPENERS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| data::entries(data::DIALOGUE_OPENERS).collect());

/// Clause openers: the dialogue openers and the further words of
/// `clause-openers.txt`, all of two letters or more.
static CLAUSE_OPENERS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    data::entries(data::DIALOGUE_OPENERS)
        .chain(data::entries(data::CLAUSE_OPENERS))
        .filter(|w| w.chars().nth(1).is_some())
        .collect()
});

/// Polish prepositions. Capitalised, they open a sentence after an initial
/// (`Jana K. Po zatrzymaniu…`) but may begin a street's name after `ul.`
/// (`ul. Na Skarpie`), so they count only after initials.
/// Source: written by the kropka developers (a closed word class of Polish grammar).
const PREPOSITIONS: &[&str] = &[
    "bez", "dla", "do", "ku", "między", "na", "nad", "o", "od", "po", "pod", "podczas", "przed",
    "przez", "przy", "u", "w", "we", "według", "wśród", "z", "za", "ze",
];

/// One-letter conjunctions, which open a sentence after an initial
/// (`Jana K. A potem…`).
const ONE_LETTER_CONJUNCTIONS: &[&str] = &["a", "i"];

/// Abbreviations that introduce a title or a nickname, which may begin with
/// any word (`film pt. Nie lubię poniedziałku`, `tzw. Ja`).
const NAMING: &[&str] = &["pt.", "ps.", "tzw.", "zw."];

/// Abbreviations followed by a noun in the genitive (`im. Adama Mickiewicza`,
/// `wg. Kowalskiego`). No genitive ends in `-ł` or `-ło`, so a capitalised
/// word with that ending is a verb in the past tense opening a new sentence:
/// `im` is also the dative pronoun (`Ucieknie im. Uciekł…`).
const GENITIVE: &[&str] = &["im.", "wg."];

/// The letters of the word that starts at `i` (`To` in `To jest`).
fn word_at(text: &str, i: usize) -> &str {
    let rest = text.get(i..).unwrap_or("");
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    rest.get(..end).unwrap_or("")
}

/// `Word`: a capital and then lower case only.
fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// After `?`, `!` or `…` and a dash, the lower-case word at `i` opens a new
/// line of dialogue rather than the narrator's attribution: a dialogue opener
/// (`Gdzie jesteś? – gdzie byłeś?`), or the conjunction `i` unless a verb in
/// the past tense comes within the next two words. Narration that goes on
/// with `i` tells what the speaker did (`– może Marta? – i podeszła do
/// aparatu`); without such a verb, `i` carries on the speech
/// (`wyją… – i kiedy chciałabyś się bronić?`).
pub(super) fn opens_dialogue_line(text: &str, i: usize) -> bool {
    let word = word_at(text, i);
    if word != "i" {
        return DIALOGUE_OPENERS.contains(word);
    }
    let mut rest = text.get(i + word.len()..).unwrap_or("").split_whitespace();
    !rest.by_ref().take(2).any(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
        is_past_tense(w)
    })
}

/// A lower-case verb form of the past tense (`podeszła`, `wyszedłem`,
/// `zrobili`): the `-ł-` suffix with a gender and person ending.
fn is_past_tense(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ł", "ła", "ło", "ły", "li", "łem", "łam", "łeś", "łaś", "liśmy", "łyśmy", "liście",
        "łyście",
    ];
    word.chars().count() >= 4
        && word.chars().all(char::is_lowercase)
        && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// After the listed abbreviation `abbrev` (with its full stop, any case), the
/// word at `next` opens a new sentence.
pub(super) fn after_abbreviation(abbrev: &str, text: &str, next: usize) -> bool {
    let word = word_at(text, next);
    if !is_capitalised(word) || NAMING.iter().any(|n| n.eq_ignore_ascii_case(abbrev)) {
        return false;
    }
    if GENITIVE.iter().any(|g| g.eq_ignore_ascii_case(abbrev))
        && (word.ends_with('ł') || word.ends_with("ło"))
    {
        return true;
    }
    with_lower(word, |w| CLAUSE_OPENERS.contains(w))
}

/// After an initial, the word at `next` opens a new sentence: a clause
/// opener, a preposition or a one-letter conjunction followed by a space
/// (`K. W jego`, not `K. W. Nowak`), or a frequent ordinary word that is
/// never a name (`Tomasza W. Mężczyzna był…`; not `C. Wiatr`, a surname too).
pub(super) fn after_initial(text: &str, next: usize) -> bool {
    let word = word_at(text, next);
    if !is_capitalised(word) {
        return false;
    }
    let spaced = char_at(text, next + word.len()).is_some_and(char::is_whitespace);
    let opener = spaced
        && with_lower(word, |w| {
            CLAUSE_OPENERS.contains(w)
                || PREPOSITIONS.contains(&w)
                || ONE_LETTER_CONJUNCTIONS.contains(&w)
        });
    opener || (word.chars().nth(1).is_some() && is_common(word) == Some(false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clause_openers_follow_no_abbreviation() {
        for (abbrev, text, split) in [
            ("im.", "Nie było łatwo.", true),
            ("im.", "Uciekł na pokoje.", true),
            ("im.", "Michała Kajki", false),
            ("im.", "Adama Mickiewicza", false),
            ("ok.", "To dobrze.", true),
            ("Ok.", "Ale co dalej?", true),
            ("ok.", "Trzydziestu osób", false),
            ("t.", "To całkiem prawdopodobne.", true),
            ("ul.", "Na Skarpie 5", false),
            ("ul.", "Tamka", false),
            ("pt.", "Nie lubię poniedziałku", false),
            ("gen.", "Paweł Nowak", false),
            ("np.", "to samo", false),
            ("prof.", "TO", false),
        ] {
            assert_eq!(
                after_abbreviation(abbrev, text, 0),
                split,
                "{abbrev} {text}"
            );
        }
    }

    #[test]
    fn prepositions_and_clause_openers_follow_no_initial() {
        for (text, split) in [
            ("W jego mieszkaniu", true),
            ("Po zatrzymaniu", true),
            ("A potem", true),
            ("To ważne.", true),
            ("Kowalski", false),
            ("Mężczyzna był poszukiwany.", true),
            ("Salony udostępniono.", true),
            // A frequent word spelt also without a diacritic (`chce`, `chcę`).
            ("Chce się dowiedzieć", true),
            ("Wiatr powiedział", false),
            ("Zając", false),
            ("W. Nowak", false),
            ("A", false),
            ("Mróz", false),
            ("Nowak", false),
        ] {
            assert_eq!(after_initial(text, 0), split, "{text}");
        }
    }

    #[test]
    fn i_opens_a_dialogue_line_without_a_past_tense_verb() {
        for (text, opens) in [
            ("i podeszła do aparatu.", false),
            ("i po chwili wyszedł.", false),
            ("i zamknąłem drzwi.", false),
            ("i kiedy chciałabyś się bronić?", true),
            ("i co teraz?", true),
            ("gdzie byłeś?", true),
            ("zapytał.", false),
        ] {
            assert_eq!(opens_dialogue_line(text, 0), opens, "{text}");
        }
    }

    #[test]
    fn the_lists_hold_lower_case_words() {
        for w in CLAUSE_OPENERS
            .iter()
            .chain(PREPOSITIONS)
            .chain(ONE_LETTER_CONJUNCTIONS)
        {
            assert_eq!(*w, w.to_lowercase());
            assert!(w.chars().all(char::is_alphabetic), "{w}");
        }
        assert!(CLAUSE_OPENERS.contains("ale") && CLAUSE_OPENERS.contains("nie"));
        assert!(!CLAUSE_OPENERS.contains("a"));
    }
}
