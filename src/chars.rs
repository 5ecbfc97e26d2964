//! Character classes of Polish text, one definition each for every stage
//! (dashes, quote marks, terminators, line breaks), and bounded look-around
//! helpers.
//!
//! Every helper takes a byte offset that lies on a char boundary (or the end of
//! the text) and never panics: out-of-range offsets read as "nothing there".

/// Characters that end a sentence: full stop, `!`, `?` and the ellipsis `…`.
pub(crate) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Characters that close a quotation or a bracket after a terminator.
pub(crate) fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '“' | '’' | '»' | '«' | ')' | ']' | '}'
    )
}

/// Characters that open a quotation or a bracket before a sentence's first word.
pub(crate) fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '„' | '“' | '‚' | '«' | '»' | '(' | '[' | '{'
    )
}

/// Dashes that open a dialogue line or introduce an attribution.
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '‒' | '―' | '−')
}

/// Quote marks that open a quotation in Polish and neighbouring typography
/// (`„…”`, `«…»`, `»…«`, `‚…’`, `“…”`). The straight `"` is both.
pub(crate) fn is_open_quote(c: char) -> bool {
    matches!(c, '„' | '«' | '»' | '‚' | '“')
}

/// Quote marks that close a quotation (see [`is_open_quote`]).
pub(crate) fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '»' | '«' | '‘' | '’' | '“')
}

/// Quote marks that open a name in quotes (`"Rzeczpospolita"`,
/// `„Ojczyzna”`, `«Le Monde»`): the marks that open a quotation in the
/// left-to-right reading Polish names use, `"` included.
pub(crate) fn opens_name_quote(c: char) -> bool {
    matches!(c, '"' | '„' | '“' | '«')
}

/// Quote marks that close a name in quotes (see [`opens_name_quote`]).
pub(crate) fn closes_name_quote(c: char) -> bool {
    matches!(c, '"' | '”' | '“' | '»')
}

/// Any quote mark, the straight `"` included.
pub(crate) fn is_quote_mark(c: char) -> bool {
    c == '"' || is_open_quote(c) || is_close_quote(c)
}

/// The longest abbreviation (in bytes, with its final full stop) the
/// segmenter looks up.
pub const MAX_ABBREVIATION_LEN: usize = 32;

/// Bullets that open a list item.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '*' | '·' | '▪' | '►' | '‣' | '◦') || is_dash(c)
}

/// Polish vowels (lower case), used to recognise vowel-less abbreviations such as `płk`.
pub(crate) fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ą' | 'ę' | 'ó' | 'é' | 'á' | 'ö' | 'ü'
    )
}

/// Letters of the Latin script as Polish and its neighbours write them
/// (ASCII, Latin-1 and Latin Extended-A and -B).
pub(crate) fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || (('\u{C0}'..='\u{24F}').contains(&c) && c != '×' && c != '÷')
}

/// Emoji and the marks that join and modify them: pictographs, dingbats,
/// flags, skin tones, variation selectors, the zero-width joiner.
pub(crate) fn is_emoji(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{200D}'
        | '\u{E0020}'..='\u{E007F}')
}

/// The char starting at byte `i`, if any.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// The char ending at byte `i`, if any.
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// The length of the line break at byte `i`, if one starts there: `\n`, a
/// `\r` (alone, or the first half of `\r\n`), NEL (U+0085), the line
/// separator U+2028 or the paragraph separator U+2029.
#[inline]
pub(crate) fn line_break_at(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    match b.get(i)? {
        b'\n' | b'\r' => Some(1),
        0xC2 if b.get(i + 1) == Some(&0x85) => Some(2),
        0xE2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0xA8 | 0xA9])) => Some(3),
        _ => None,
    }
}

/// Skips whitespace from `i`; returns the first non-whitespace offset and the
/// number of line breaks passed: `\n`, `\r\n`, a lone `\r`, NEL and U+2028
/// count one each, the paragraph separator U+2029 two (a blank line).
pub(crate) fn skip_whitespace(text: &str, i: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut p = i;
    let mut newlines = 0;
    while let Some(&b) = bytes.get(p) {
        if b < 0x80 {
            if !b.is_ascii_whitespace() && b != 0x0B {
                return (p, newlines);
            }
            newlines += usize::from(b == b'\n' || (b == b'\r' && bytes.get(p + 1) != Some(&b'\n')));
            p += 1;
        } else {
            match char_at(text, p) {
                Some(c) if c.is_whitespace() => {
                    newlines += match c {
                        '\u{85}' | '\u{2028}' => 1,
                        '\u{2029}' => 2,
                        _ => 0,
                    };
                    p += c.len_utf8();
                }
                _ => return (p, newlines),
            }
        }
    }
    (text.len(), newlines)
}

/// Skips at most `limit` chars of the given class from `i`.
pub(crate) fn skip_class(text: &str, i: usize, limit: usize, class: fn(char) -> bool) -> usize {
    let mut p = i;
    for _ in 0..limit {
        let Some(c) = char_at(text, p) else {
            break;
        };
        if !class(c) {
            break;
        }
        p += c.len_utf8();
    }
    p
}

/// Skips horizontal spaces (not newlines), at most `limit` chars.
pub(crate) fn skip_spaces(text: &str, i: usize, limit: usize) -> usize {
    skip_class(text, i, limit, |c| {
        c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
    })
}
