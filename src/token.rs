//! A tokenizer for Polish text, shared by the entity and quote stages.

use std::ops::Range;

use serde::Serialize;

/// What a [`Token`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters, with inner hyphens and apostrophes (`Malik-Bagdasarow`, `O'Neill`).
    Word,
    /// Digits, with inner `.`, `,` or `:` between digits (`12.30`, `3,5`).
    Number,
    /// One punctuation mark, or an ellipsis `...`.
    Punct,
    /// Anything else: symbols, emoji.
    Symbol,
}

/// One token: a byte range into the text and its kind. Never whitespace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Token {
    /// UTF-8 byte range in the input.
    pub range: Range<usize>,
    /// The token's kind.
    pub kind: TokenKind,
}

/// Splits `text` into tokens, lazily.
///
/// ```
/// use kropka::{tokens, TokenKind};
/// let text = "Malik-Bagdasarow przyjechał o 12.30...";
/// let got: Vec<(&str, TokenKind)> = tokens(text).map(|t| (&text[t.range], t.kind)).collect();
/// assert_eq!(got, [
///     ("Malik-Bagdasarow", TokenKind::Word),
///     ("przyjechał", TokenKind::Word),
///     ("o", TokenKind::Word),
///     ("12.30", TokenKind::Number),
///     ("...", TokenKind::Punct),
/// ]);
/// ```
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

/// Iterator returned by [`tokens`].
#[derive(Debug, Clone)]
pub struct Tokens<'t> {
    text: &'t str,
    pos: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_mark(c)
}

/// Combining marks (decomposed diacritics in NFD text) stay inside their word.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let rest = self.text.get(self.pos..)?;
        let skipped = rest.len() - rest.trim_start().len();
        let start = self.pos + skipped;
        let rest = rest.get(skipped..)?;
        let mut chars = rest.char_indices().peekable();
        let (_, first) = chars.next()?;
        let class = |c: char| {
            if is_word_char(c) {
                TokenKind::Word
            } else if c.is_numeric() {
                TokenKind::Number
            } else if c.is_ascii_punctuation() || is_general_punct(c) {
                TokenKind::Punct
            } else {
                TokenKind::Symbol
            }
        };
        let kind = class(first);
        let mut end = first.len_utf8();
        let bytes = rest.as_bytes();
        match kind {
            TokenKind::Word | TokenKind::Number => {
                let same = |c: char| match kind {
                    TokenKind::Word => is_word_char(c) || c.is_numeric(),
                    _ => c.is_numeric(),
                };
                while let Some((i, c)) = chars.next() {
                    if same(c) {
                        end = i + c.len_utf8();
                        continue;
                    }
                    let joiner = match kind {
                        TokenKind::Word => matches!(c, '-' | '\'' | '’'),
                        _ => matches!(c, '.' | ',' | ':'),
                    };
                    match chars.peek() {
                        Some(&(_, n))
                            if joiner
                                && same(n)
                                && !(kind == TokenKind::Word && n.is_numeric()) => {}
                        _ => break,
                    }
                }
            }
            TokenKind::Punct if first == '.' => {
                end = bytes.iter().take_while(|&&b| b == b'.').count();
            }
            _ => {}
        }
        self.pos = start + end;
        Some(Token {
            range: start..start + end,
            kind,
        })
    }
}

fn is_general_punct(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '«' | '»' | '¿' | '¡' | '§')
}

impl std::iter::FusedIterator for Tokens<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokens(text).map(|t| &text[t.range]).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Ala ma kota.", &["Ala", "ma", "kota", "."]),
            ("„Serdeczna” rozmowa", &["„", "Serdeczna", "”", "rozmowa"]),
            ("Waszyngton-Caracas", &["Waszyngton-Caracas"]),
            ("słowo- słowo", &["słowo", "-", "słowo"]),
            ("3,5 proc. i 1.200", &["3,5", "proc", ".", "i", "1.200"]),
            (
                "godz. 12:30, koniec",
                &["godz", ".", "12:30", ",", "koniec"],
            ),
            ("– Tak!", &["–", "Tak", "!"]),
            ("Co…?", &["Co", "…", "?"]),
            ("O'Neill 🎉", &["O'Neill", "🎉"]),
            ("e\u{301}xe", &["e\u{301}xe"]),
            ("", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(&toks(text), expected, "{text:?}");
        }
    }
}
