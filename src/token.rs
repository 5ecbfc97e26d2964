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
    match c {
        // Latin-1 letters and Latin Extended-A/B (all Polish letters): no table lookup.
        '\u{C0}'..='\u{24F}' => c != '×' && c != '÷',
        _ => c.is_alphabetic() || is_mark(c),
    }
}

/// Combining marks (decomposed diacritics in NFD text) stay inside their word.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}')
}

/// ASCII bytes that continue a word (letters, digits) or a number (digits).
const ASCII_WORD: u8 = 1;
const ASCII_DIGIT: u8 = 2;
/// ASCII whitespace: space, `\t` to `\r`.
const ASCII_SPACE: u8 = 4;

/// Classes of the 256 byte values: [`ASCII_WORD`], [`ASCII_DIGIT`], [`ASCII_SPACE`].
// Built at compile time: an index out of bounds fails the build, not a run.
#[allow(clippy::indexing_slicing)]
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_digit() {
            t[b] = ASCII_WORD | ASCII_DIGIT;
        } else if c.is_ascii_alphabetic() {
            t[b] = ASCII_WORD;
        } else if c == b' ' || (c >= b'\t' && c <= b'\r') {
            t[b] = ASCII_SPACE;
        }
        b += 1;
    }
    t
};

#[inline]
fn byte_class(b: u8) -> u8 {
    BYTE_CLASS.get(usize::from(b)).copied().unwrap_or(0)
}

/// The end of a word (`WORD`) or number token whose first char ends at `end`.
#[inline]
fn token_end<const WORD: bool>(text: &str, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    let same = |c: char| {
        if WORD {
            is_word_char(c) || c.is_numeric()
        } else {
            c.is_numeric()
        }
    };
    let run = if WORD { ASCII_WORD } else { ASCII_DIGIT };
    while let Some(&b) = bytes.get(end) {
        // ASCII letters and digits, the bulk of any text, byte by byte.
        if byte_class(b) & run != 0 {
            end += 1;
            continue;
        }
        if b < 0x80 {
            // Other ASCII ends the token unless it is a joiner.
            let joiner = if WORD {
                matches!(b, b'-' | b'\'')
            } else {
                matches!(b, b'.' | b',' | b':')
            };
            if !joiner {
                break;
            }
        } else if WORD && (0xC3..=0xC9).contains(&b) {
            // Two-byte letters (U+00C0..U+024F: all Polish
            // letters), decoded by hand.
            if let Some(&b2) = bytes.get(end + 1) {
                let c = u32::from(b & 0x1F) << 6 | u32::from(b2 & 0x3F);
                if c <= 0x24F && c != 0xD7 && c != 0xF7 {
                    end += 2;
                    continue;
                }
            }
        }
        let Some(c) = char_at(text, end) else { break };
        if same(c) {
            end += c.len_utf8();
            continue;
        }
        // A joiner stays inside when the token goes on after it:
        // `Malik-Bagdasarow`, `O'Neill`, `12.30`, `3,5`.
        let joiner = if WORD {
            matches!(c, '-' | '\'' | '’')
        } else {
            matches!(c, '.' | ',' | ':')
        };
        if !joiner {
            break;
        }
        let after = end + c.len_utf8();
        match char_at(text, after) {
            Some(n) if same(n) && !(WORD && n.is_numeric()) => {
                end = after + n.len_utf8();
            }
            _ => break,
        }
    }
    end
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = self.text;
        let bytes = text.as_bytes();
        let start = skip_whitespace(text, self.pos);
        let &b0 = bytes.get(start)?;
        let (kind, first_end) = if b0 < 0x80 {
            let kind = match byte_class(b0) {
                0 if b0.is_ascii_punctuation() => TokenKind::Punct,
                0 => TokenKind::Symbol,
                ASCII_WORD => TokenKind::Word,
                _ => TokenKind::Number,
            };
            (kind, start + 1)
        } else {
            let first = char_at(text, start)?;
            (class(first), start + first.len_utf8())
        };
        let end = match kind {
            TokenKind::Word => token_end::<true>(text, first_end),
            TokenKind::Number => token_end::<false>(text, first_end),
            TokenKind::Punct if b0 == b'.' => {
                start
                    + bytes
                        .get(start..)?
                        .iter()
                        .take_while(|&&b| b == b'.')
                        .count()
            }
            _ => first_end,
        };
        self.pos = end;
        Some(Token {
            range: start..end,
            kind,
        })
    }
}

/// The kind of token a char opens.
fn class(c: char) -> TokenKind {
    if is_word_char(c) {
        TokenKind::Word
    } else if c.is_numeric() {
        TokenKind::Number
    } else if c.is_ascii_punctuation() || is_general_punct(c) {
        TokenKind::Punct
    } else {
        TokenKind::Symbol
    }
}

/// The char starting at byte `i`, if any; ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        Some(_) => text.get(i..)?.chars().next(),
        None => None,
    }
}

/// The first byte at or after `i` that is not whitespace (the text's length if none).
#[inline]
fn skip_whitespace(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if byte_class(b) & ASCII_SPACE != 0 {
            i += 1;
        } else if b < 0x80 {
            break;
        } else {
            match char_at(text, i) {
                Some(c) if c.is_whitespace() => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

fn is_general_punct(c: char) -> bool {
    matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}' | '«' | '»' | '¿' | '¡' | '§')
}

impl std::iter::FusedIterator for Tokens<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer's definition, char by char: the fast one must agree.
    fn reference(text: &str) -> Vec<(usize, usize, TokenKind)> {
        let mut out = Vec::new();
        let mut pos = 0;
        loop {
            let rest = &text[pos..];
            let start = pos + rest.len() - rest.trim_start().len();
            let mut chars = text[start..].char_indices().peekable();
            let Some((_, first)) = chars.next() else {
                return out;
            };
            let kind = class(first);
            let same = |c: char| match kind {
                TokenKind::Word => is_word_char(c) || c.is_numeric(),
                _ => c.is_numeric(),
            };
            let mut end = first.len_utf8();
            if matches!(kind, TokenKind::Word | TokenKind::Number) {
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
            } else if first == '.' {
                end = text[start..].bytes().take_while(|&b| b == b'.').count();
            }
            out.push((start, start + end, kind));
            pos = start + end;
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_reference(text in "[a-zA-Ząęłóż×÷ǂȳɐ0-9²٣ .,:'’\\-–„”…!?\u{301}\u{a0}\u{2009}\u{b}\u{85}🎉]{0,40}") {
            let got: Vec<_> = tokens(&text).map(|t| (t.range.start, t.range.end, t.kind)).collect();
            proptest::prop_assert_eq!(got, reference(&text));
        }
    }

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
