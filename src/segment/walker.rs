//! One pass over a text: the candidates in order, each decided by the rules
//! of Polish punctuation (abbreviations, initials, numbers, quotes, dashes,
//! line breaks), with the look-around helpers the rules share.

use super::*;

/// The state of one pass over a text: where the current sentence starts and
/// where to look for the next candidate.
#[derive(Debug, Clone)]
pub(super) struct Walker<'s, 't> {
    pub(super) seg: &'s Segmenter,
    pub(super) text: &'t str,
    /// First non-whitespace byte of the current sentence.
    pub(super) first: usize,
    /// First non-whitespace byte of the sentence the last split ended.
    pub(super) begin: usize,
    /// Where the next candidate search begins.
    pub(super) scan: usize,
    pub(super) cands: Candidates,
}

impl<'s, 't> Walker<'s, 't> {
    pub(super) fn new(seg: &'s Segmenter, text: &'t str) -> Self {
        Self {
            seg,
            text,
            first: skip_whitespace(text, 0).0,
            begin: 0,
            scan: 0,
            cands: Candidates::new(text.as_bytes()),
        }
    }

    /// Ends the sentence that starts at `begin` (its first non-whitespace
    /// byte, known from the previous decision) at `boundary`; `None` if it
    /// holds only whitespace.
    pub(super) fn cut(&mut self, begin: usize, boundary: usize) -> Option<Sentence<'t>> {
        let body = self.text.get(begin..boundary)?;
        let body = match body.as_bytes().last() {
            Some(b) if !b.is_ascii_whitespace() && *b < 0x80 => body,
            _ => body.trim_end(),
        };
        (!body.is_empty()).then(|| Sentence {
            range: begin..begin + body.len(),
            text: body,
        })
    }

    /// Decides the next candidate; `None` when there are no more.
    #[inline]
    pub(super) fn step(&mut self) -> Option<Decision> {
        let at = self.cands.next(self.text.as_bytes(), self.scan)?;
        let (decision, resume) = match self.text.as_bytes().get(at) {
            Some(b'\n') => self.newline(at),
            Some(b'.' | b'!' | b'?') => self.full_stop(at),
            _ => self.rare_candidate(at),
        };
        // Always make progress, whatever a rule returned.
        self.scan = resume.max(at + 1);
        if decision.split {
            self.begin = self.first;
            self.first = resume;
        }
        Some(decision)
    }

    /// A full stop, `!` or `?`: the fast path for the common case, else the
    /// general rules.
    #[inline]
    fn full_stop(&self, at: usize) -> (Decision, usize) {
        if self.seg.fast_path
            && let Some(fast) = self.common_full_stop(at)
        {
            return fast;
        }
        self.terminator(at)
    }

    /// The rarer candidates: `…`, and the line breaks other than `\n` (a
    /// lone `\r`, NEL, U+2028, U+2029).
    #[cold]
    fn rare_candidate(&self, at: usize) -> (Decision, usize) {
        if line_break_at(self.text, at).is_some() {
            self.newline(at)
        } else {
            self.terminator(at)
        }
    }

    pub(super) fn newline(&self, at: usize) -> (Decision, usize) {
        let text = self.text;
        let (next, newlines) = skip_whitespace(text, at);
        let decide = |split, rule| {
            let d = Decision {
                at,
                boundary: at,
                split,
                rule,
            };
            (d, next)
        };
        if next >= text.len() {
            return decide(true, Rule::EndOfText);
        }
        if newlines >= 2 {
            return decide(true, Rule::BlankLine);
        }
        let c = char_at(text, next).unwrap_or(' ');
        match self.seg.newline {
            NewlinePolicy::Break if c.is_lowercase() => decide(false, Rule::LowercaseNext),
            NewlinePolicy::Break => decide(true, Rule::LineBreak),
            NewlinePolicy::Join if opens_list_item(text, next) => decide(true, Rule::ListItem),
            NewlinePolicy::Join => decide(false, Rule::JoinedLine),
        }
    }

    /// The most common candidate, decided on bytes alone: a full stop after
    /// a lower-case word that is no abbreviation, then a space or two and
    /// anything (`słowo. Nowe`, `słowo. – Tak`), or `?`/`!` after a letter
    /// and before a capital. It ends a sentence as the general rules would
    /// decide ([`Rule::Terminator`] or [`Rule::DialogueDash`]); anything else
    /// returns `None` and goes to them.
    // Long (about 140 lines) on purpose: the fast path reads bytes in one
    // straight line so that the common case stays branch-light; a proptest
    // checks it against the general rules.
    pub(super) fn common_full_stop(&self, at: usize) -> Option<(Decision, usize)> {
        let b = self.text.as_bytes();
        let term = *b.get(at)?;
        // One terminator, then ASCII whitespace, then the next word.
        let mut next = at + 1;
        while b
            .get(next)
            .is_some_and(|c| matches!(c, b' ' | b'\n' | b'\r' | b'\t'))
        {
            next += 1;
        }
        if next == at + 1 || next - at > 4 {
            return None;
        }
        let split = |rule| {
            let d = Decision {
                at,
                boundary: at + 1,
                split: true,
                rule,
            };
            Some((d, next))
        };
        match term {
            // `?` or `!` after a letter, before a capital: a new sentence.
            b'?' | b'!' => {
                let capital = match (b.get(next)?, b.get(next + 1)) {
                    (c, _) if c.is_ascii_uppercase() => true,
                    (0xC3, Some(0x93)) | (0xC4, Some(0x84 | 0x86 | 0x98)) => true,
                    (0xC5, Some(0x81 | 0x83 | 0x9A | 0xB9 | 0xBB)) => true,
                    _ => false,
                };
                let letter = b
                    .get(at.wrapping_sub(1))
                    .is_some_and(u8::is_ascii_alphabetic);
                return if capital && letter {
                    split(Rule::Terminator)
                } else {
                    None
                };
            }
            b'.' => {}
            _ => return None,
        }
        // After a full stop that closes an ordinary word, whatever follows
        // starts a new sentence; a dash opens a dialogue line.
        let rule = match *b.get(next)? {
            b'-' => Rule::DialogueDash,
            c if c < 0x80
                && !matches!(
                    c,
                    0x0B | 0x0C | b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'}'
                ) =>
            {
                Rule::Terminator
            }
            _ => match char_at(self.text, next)? {
                c if c.is_whitespace() || is_closing(c) || c == '[' || c == '(' => return None,
                c if is_dash(c) => Rule::DialogueDash,
                _ => Rule::Terminator,
            },
        };
        // Walk back over lower-case Polish letters to a space.
        let abbrev = &self.seg.abbrev;
        let lo = at.saturating_sub(abbrev.max_len + 1);
        let window = b.get(lo..at)?;
        // `i` walks back from the full stop; the word is `window[i..]`. Runs
        // of plain ASCII letters are skipped at once; the bytes between them
        // are tested in the order of their frequency, without a jump table,
        // which mispredicts at the end of nearly every word.
        let (mut i, mut letters, mut vowel, mut space, mut capitalised) =
            (window.len(), 0usize, false, false, false);
        loop {
            let (run, v) = scan::lower_ascii_run(b, lo + i, i);
            i -= run;
            letters += run;
            vowel |= v;
            let Some(&c) = i.checked_sub(1).and_then(|j| window.get(j)) else {
                break;
            };
            if c == b' ' {
                space = true;
                break;
            }
            if c & 0xC0 == 0x80 {
                // A cut-off char at the window's start: the word is long.
                let Some(&lead) = i.checked_sub(2).and_then(|j| window.get(j)) else {
                    break;
                };
                let (letter, vowel_bit) = polish_lower_pair(lead, c);
                if !letter {
                    return None;
                }
                vowel |= vowel_bit;
                letters += 1;
                i -= 2;
                continue;
            }
            // A capital opens a word (`Warszawa.`), never stands inside it.
            if c.is_ascii_uppercase() {
                letters += 1;
                i -= 1;
                capitalised = true;
                match i.checked_sub(1).and_then(|j| window.get(j)) {
                    Some(b' ') => space = true,
                    Some(_) => return None,
                    None => {}
                }
                break;
            }
            return None;
        }
        // Capitalised words of up to two letters may be initials (`Sz.`); a
        // capitalised abbreviation (`Prof.`) is looked up in lower case below.
        if capitalised && letters <= 2 {
            return None;
        }
        // A word from the start of the text counts as delimited.
        let short = space || lo == 0;
        let word_len = if short { letters } else { usize::MAX };
        if letters == 0 || (!capitalised && word_len <= 5 && (word_len == 1 || !vowel)) {
            return None;
        }
        if short {
            let word = self.text.get(lo + i..=at)?;
            let lead = *word.as_bytes().first()?;
            let lengths = abbrev.first.get(usize::from(lead)).copied().unwrap_or(0);
            let known = if lengths & length_bit(word.len()) == 0 {
                false
            } else if capitalised {
                let mut buf = [0u8; MAX_ABBREVIATION_LEN + 1];
                let key = buf.get_mut(..word.len())?;
                key.copy_from_slice(word.as_bytes());
                if let Some(first) = key.first_mut() {
                    first.make_ascii_lowercase();
                }
                abbrev.map.contains_key(std::str::from_utf8(key).ok()?)
            } else {
                abbrev.map.contains_key(word)
            };
            if known {
                return None;
            }
        }
        split(rule)
    }

    // Long (about 190 lines) on purpose: the rules after a terminator form one
    // ordered list, each a few lines that return a decision; the order is
    // part of the rule set, and `explain` names the rule that fired.
    pub(super) fn terminator(&self, at: usize) -> (Decision, usize) {
        let text = self.text;
        let term_end = skip_class(text, at, usize::MAX, is_terminator);
        let cluster_end = skip_class(text, term_end, usize::MAX, |c| {
            is_closing(c) || is_terminator(c)
        });
        let cluster_end = detached_closing(text, cluster_end).unwrap_or(cluster_end);
        let cluster_end = footnote_marks(text, cluster_end).unwrap_or(cluster_end);
        let decide = |split, rule, resume| {
            let d = Decision {
                at,
                boundary: cluster_end,
                split,
                rule,
            };
            (d, resume)
        };
        let terms = text.get(at..term_end).unwrap_or("");
        let single_dot = terms == ".";
        // Two full stops are a typo or a transcriber's mark, not an ellipsis: they end a sentence.
        let ellipsis = terms == "…" || terms.starts_with("...");
        let single_dot = single_dot || terms == "..";

        // An elision mark "(...)" / "[…]": a boundary only before a new dialogue line.
        if ellipsis
            && matches!(char_before(text, at), Some('(' | '['))
            && matches!(char_at(text, term_end), Some(')' | ']'))
        {
            let (next, _) = skip_whitespace(text, cluster_end);
            let split = dash_then(text, next).is_some_and(|c| !c.is_lowercase());
            let rule = if split {
                Rule::DialogueDash
            } else {
                Rule::Elision
            };
            return decide(split, rule, if split { next } else { cluster_end });
        }

        let Some(after) = char_at(text, cluster_end) else {
            return decide(true, Rule::EndOfText, text.len());
        };

        if u32::from(after) >= 0x200D && is_emoji(after) {
            return emoji_after(text, at, cluster_end);
        }
        if !after.is_whitespace() {
            // Glued to what follows: a number, URL, e-mail, "m.in." — or a missing space.
            if single_dot || terms == "!" || terms == "?" {
                let word = token_before(text, at);
                if starts_word(text, cluster_end)
                    && is_plain_word(word)
                    && word.chars().count() >= 2
                    && !matches!(
                        self.seg
                            .abbrev
                            .classify(text.get(word_start(at, word)..term_end).unwrap_or("")),
                        AbbrevClass::NonFinal | AbbrevClass::Final
                    )
                {
                    return decide(true, Rule::MissingSpace, cluster_end);
                }
            }
            return decide(false, Rule::InsideToken, cluster_end);
        }

        let (next, _) = skip_whitespace(text, cluster_end);
        let Some(c) = char_at(text, next) else {
            return decide(true, Rule::EndOfText, text.len());
        };

        let no = |rule| decide(false, rule, cluster_end);
        let yes = |rule| decide(true, rule, next);
        let closed = text
            .get(term_end..cluster_end)
            .is_some_and(|c| !c.is_empty());

        // `… zatrzymano sprawcę. (PAP)`: an agency's credit stays with the
        // sentence it closes.
        if c == '(' && agency_credit(text, next) {
            return no(Rule::Credit);
        }

        // What follows: a dialogue dash, or the first letter of the next word
        // (past opening quotes and brackets).
        let dash = is_dash(c);
        let first = if dash {
            dash_then(text, next).unwrap_or(c)
        } else if is_opening(c) {
            let p = skip_class(text, next, LOOKAHEAD_CHARS, is_opening);
            char_at(text, p).unwrap_or(c)
        } else {
            c
        };
        let lower = first.is_lowercase();
        let opener = || {
            let p = skip_spaces(text, next + c.len_utf8(), LOOKAHEAD_CHARS);
            complement::opens_dialogue_line(text, p)
        };

        if !single_dot {
            // `?`, `!`, `…`: a lower-case word after a dash is an attribution
            // (`"Tak!" – krzyknął`); a lower-case word continues after an
            // ellipsis or a closing bracket or quote.
            return match (dash, lower) {
                (true, true) if !opener() => no(Rule::SpeechAttribution),
                (true, false) => yes(Rule::DialogueDash),
                (false, true) if ellipsis || closed => no(Rule::LowercaseNext),
                _ => yes(Rule::Terminator),
            };
        }

        let new_sentence = if dash {
            Rule::DialogueDash
        } else {
            Rule::Terminator
        };
        if terms == ".." {
            return yes(new_sentence);
        }
        // A single full stop: the word before it decides.
        // Fast path: a long word (no space within reach of the longest
        // abbreviation) that does not end in a digit is an ordinary word.
        let reach = self.seg.abbrev.max_len.max(12);
        let window = text
            .as_bytes()
            .get(at.saturating_sub(reach)..at)
            .unwrap_or(&[]);
        if window.len() == reach
            && !window.iter().any(|b| b.is_ascii_whitespace())
            && window
                .last()
                .is_some_and(|b| b.is_ascii_alphabetic() || *b >= 0x80)
            && !window
                .iter()
                .any(|&b| matches!(b, b'(' | b'[' | b'"' | b'\'' | b'-' | b'.'))
        {
            return if lower && closed && !dash {
                no(Rule::LowercaseNext)
            } else {
                yes(new_sentence)
            };
        }
        let word = token_before(text, at);
        let wstart = word_start(at, word);
        let with_dot = text.get(wstart..term_end).unwrap_or("");
        // A compound's last part may be the abbreviation (`40-min.`, `pół-godz.`).
        let class = match self.seg.abbrev.classify(with_dot) {
            AbbrevClass::Unknown => with_dot
                .rsplit_once('-')
                .map_or(AbbrevClass::Unknown, |(_, tail)| {
                    self.seg.abbrev.classify(tail)
                }),
            class => class,
        };
        let is_number = !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
        let initial = is_initial(word) && !first.is_ascii_digit();
        // A capital letter is an initial before it is an abbreviation (`R. Nowak`, not `r.`).
        if initial && word.chars().nth(1).is_none() {
            return if complement::after_initial(text, next) {
                yes(Rule::ClauseAfterAbbreviation)
            } else {
                no(Rule::Initial)
            };
        }
        // `Dom ma 45 m. Woda…`: after a number `m.` is the metre, a unit
        // that may end a sentence (`ul. Długa 5 m. 3` goes on: a flat).
        if class == AbbrevClass::NonFinal
            && with_dot == "m."
            && text
                .get(..wstart)
                .map(|b| b.strip_suffix(' ').unwrap_or(b))
                .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
            && char_at(text, next).is_some_and(char::is_uppercase)
        {
            return yes(Rule::AbbreviationAtEnd);
        }
        // `asp. szt. Jan Nowak`: after a rank, `szt.` is `sztabowy`, not
        // `sztuk` (which may end a sentence).
        if with_dot == "szt."
            && text
                .get(..wstart)
                .and_then(|b| b.strip_suffix(' '))
                .is_some_and(|b| {
                    let prev = b.rsplit(' ').next().unwrap_or("");
                    prev.ends_with('.') && self.seg.abbrev.classify(prev) == AbbrevClass::NonFinal
                })
        {
            return no(Rule::Abbreviation);
        }
        match class {
            AbbrevClass::NonFinal if complement::after_abbreviation(with_dot, text, next) => {
                return yes(Rule::ClauseAfterAbbreviation);
            }
            AbbrevClass::NonFinal => return no(Rule::Abbreviation),
            AbbrevClass::Final if lower => return no(Rule::LowercaseNext),
            AbbrevClass::Final => return yes(Rule::AbbreviationAtEnd),
            AbbrevClass::Word => return yes(new_sentence),
            AbbrevClass::Unknown => {}
        }
        if initial {
            return if complement::after_initial(text, next) {
                yes(Rule::ClauseAfterAbbreviation)
            } else {
                no(Rule::Initial)
            };
        }
        if is_abbreviation_shape(word) {
            return if complement::after_abbreviation(with_dot, text, next) {
                yes(Rule::ClauseAfterAbbreviation)
            } else {
                no(Rule::AbbreviationShape)
            };
        }
        if is_number {
            if lower && !dash {
                return no(Rule::LowercaseNext);
            }
            let opens_item = wstart == self.first || prev_visible(text, wstart) == Some(':');
            if opens_item && word.len() <= 3 {
                return no(Rule::ListNumber);
            }
        }
        // After a full stop that closes a bracket or a quote, a lower-case word continues.
        if lower && closed && !dash {
            return no(Rule::LowercaseNext);
        }
        yes(new_sentence)
    }
}

/// Whether the two bytes `lead`, `cont` spell a lower-case Polish letter
/// with a diacritic (`ą ć ę ł ń ó ś ź ż`), and whether it is a vowel
/// (`ą ę ó`): bit `cont - 0x80` of a mask per lead byte `0xC3..=0xC5`.
#[inline]
#[allow(clippy::indexing_slicing)] // `i < conts.len()` in a constant fn
pub(super) fn polish_lower_pair(lead: u8, cont: u8) -> (bool, bool) {
    const fn bits(conts: &[u8]) -> u64 {
        let mut m = 0u64;
        let mut i = 0;
        while i < conts.len() {
            m |= 1 << (conts[i] & 0x3F);
            i += 1;
        }
        m
    }
    const LETTERS: [u64; 3] = [
        bits(&[0xB3]),
        bits(&[0x85, 0x87, 0x99]),
        bits(&[0x82, 0x84, 0x9B, 0xBA, 0xBC]),
    ];
    const VOWELS: [u64; 3] = [bits(&[0xB3]), bits(&[0x85, 0x99]), 0];
    let row = usize::from(lead.wrapping_sub(0xC3));
    let bit = 1u64 << (cont & 0x3F);
    match (LETTERS.get(row), VOWELS.get(row)) {
        (Some(l), Some(v)) => (l & bit != 0, v & bit != 0),
        _ => (false, false),
    }
}

/// The token right before byte `at`: back to whitespace or an opening mark,
/// at most [`MAX_ABBREVIATION_LEN`] bytes (longer tokens are cut, which no rule
/// treats as an abbreviation).
pub(super) fn token_before(text: &str, at: usize) -> &str {
    let bytes = text.as_bytes();
    let lo = at.saturating_sub(MAX_ABBREVIATION_LEN);
    let mut start = at;
    while start > lo {
        let Some(&b) = bytes.get(start - 1) else {
            break;
        };
        if b.is_ascii_whitespace() {
            break;
        }
        // Multi-byte spaces end in 0x80..=0xAF after 0xC2, 0xE1, 0xE2 or 0xE3 leads.
        if b >= 0x80
            && let Some(c) = text
                .get(start.saturating_sub(3)..start)
                .and_then(|t| t.chars().next_back())
            && c.is_whitespace()
        {
            break;
        }
        start -= 1;
    }
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let token = text.get(start..at).unwrap_or("");
    token.trim_start_matches(|c: char| is_opening(c) || is_dash(c))
}
/// The last non-whitespace char before `i`, looking back at most a few chars.
pub(super) fn prev_visible(text: &str, i: usize) -> Option<char> {
    text.get(..i)?
        .chars()
        .rev()
        .take(LOOKAHEAD_CHARS)
        .find(|c| !c.is_whitespace())
}

pub(super) fn word_start(at: usize, word: &str) -> usize {
    at - word.len()
}

/// Letters only, lower-case last: a word that can end a sentence (`jeden`).
pub(super) fn is_plain_word(word: &str) -> bool {
    word.chars().all(char::is_alphabetic)
        && word.chars().next_back().is_some_and(char::is_lowercase)
}

/// A capitalised word starts at `i` (`Dwa`, not `DWA` or `S.A`).
pub(super) fn starts_word(text: &str, i: usize) -> bool {
    let mut it = text.get(i..).unwrap_or("").chars();
    matches!((it.next(), it.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase())
}

/// `J`, `Ż`, `Sz`, `Ch`, or dotted initials `J.R.R`.
pub(super) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(a) = chars.next() else {
        return false;
    };
    if !a.is_uppercase() {
        return false;
    }
    match (chars.next(), chars.next()) {
        (None, _) => true,
        (Some(b), None) => matches!(
            (a, b),
            ('S' | 'C' | 'D' | 'R', 'z') | ('C', 'h') | ('D', 'ż' | 'ź')
        ),
        _ => word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase)),
    }
}

/// A single lower-case letter or a short lower-case word without vowels (`płk`, `mjr`).
pub(super) fn is_abbreviation_shape(word: &str) -> bool {
    let n = word.chars().count();
    // Latin letters only: a Cyrillic or Greek word (`мир.`) is no Polish
    // abbreviation, whatever its vowels.
    (1..=5).contains(&n)
        && word.chars().all(|c| c.is_lowercase() && is_latin(c))
        && (n == 1 || !word.chars().any(is_vowel))
}

/// A closing quote set off by a space and followed by a terminator
/// (`na wieki! ".`): no sentence opens with a quote mark followed by
/// punctuation, so the mark and the terminator close the sentence before it.
/// Returns where that cluster ends.
pub(super) fn detached_closing(text: &str, i: usize) -> Option<usize> {
    let p = skip_spaces(text, i, 2);
    if p == i {
        return None;
    }
    let q = char_at(text, p).filter(|&c| matches!(c, '"' | '”' | '»' | '«'))?;
    let q_end = p + q.len_utf8();
    let end = skip_class(text, q_end, usize::MAX, |c| {
        is_closing(c) || is_terminator(c)
    });
    (end > q_end && char_at(text, q_end).is_some_and(is_terminator)).then_some(end)
}

/// Footnote marks after a terminator belong to the sentence they close:
/// `był duży.[12] Potem`, `w 2010 r. [4] Przez`. Marks glued to the
/// terminator may repeat (`[1][2]`) and need whitespace or the end after
/// them; one mark set off by a space needs a capitalised word or the end
/// after it. Returns where the marks end.
pub(super) fn footnote_marks(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    if b.get(i) == Some(&b' ') {
        let end = footnote_mark(b, i + 1)?;
        let (next, _) = skip_whitespace(text, end);
        let capital_or_end = char_at(text, next).is_none_or(char::is_uppercase);
        let set_off = next > end || end == text.len();
        return (set_off && capital_or_end).then_some(end);
    }
    let mut end = footnote_mark(b, i)?;
    while let Some(e) = footnote_mark(b, end) {
        end = e;
    }
    b.get(end)
        .is_none_or(u8::is_ascii_whitespace)
        .then_some(end)
}

/// One footnote mark at `i`: `[` with one to three digits or one lower-case
/// ASCII letter, then `]`. Returns where it ends.
pub(super) fn footnote_mark(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'[') {
        return None;
    }
    let inner = b.get(i + 1..)?;
    let digits = inner
        .iter()
        .take(4)
        .take_while(|c| c.is_ascii_digit())
        .count();
    let len = match digits {
        1..=3 => digits,
        0 if inner.first().is_some_and(u8::is_ascii_lowercase) => 1,
        _ => return None,
    };
    (inner.get(len) == Some(&b']')).then_some(i + len + 2)
}

/// After a dash at `i` and the spaces that follow it, the next char.
pub(super) fn dash_then(text: &str, i: usize) -> Option<char> {
    let c = char_at(text, i)?;
    if !is_dash(c) {
        return None;
    }
    let p = skip_spaces(text, i + c.len_utf8(), LOOKAHEAD_CHARS);
    char_at(text, p)
}

/// A line opening with a bullet or dash and a space, or with `1.` / `1)`.
pub(super) fn opens_list_item(text: &str, i: usize) -> bool {
    let Some(c) = char_at(text, i) else {
        return false;
    };
    if is_bullet(c) {
        return char_at(text, i + c.len_utf8()).is_some_and(char::is_whitespace);
    }
    let digits = skip_class(text, i, 3, |c| c.is_ascii_digit());
    digits > i && matches!(char_at(text, digits), Some('.' | ')'))
}

/// Emoji glued to a terminator close its sentence (`kota.😀 Ola`, `Tak!👍🏻`):
/// the sentence ends after them, unless a lower-case word goes on.
#[cold]
#[inline(never)]
fn emoji_after(text: &str, at: usize, cluster_end: usize) -> (Decision, usize) {
    let end = skip_class(text, cluster_end, usize::MAX, is_emoji);
    let (next, _) = skip_whitespace(text, end);
    let split = !char_at(text, next).is_some_and(char::is_lowercase);
    let rule = if next >= text.len() {
        Rule::EndOfText
    } else if split {
        Rule::Terminator
    } else {
        Rule::LowercaseNext
    };
    let d = Decision {
        at,
        boundary: end,
        split,
        rule,
    };
    (d, if split { next } else { end })
}

/// An agency's credit opening at `at` (a `(`): up to three short words of
/// letters, `/`, `.`, `,` or `-` with a capital among them and no digit
/// (`(PAP)`, `(kk/PAP)`, `(PAP/Reuters)`), closing the text or its line.
fn agency_credit(text: &str, at: usize) -> bool {
    let Some(rest) = text.get(at + 1..) else {
        return false;
    };
    let Some(close) = rest.get(..rest.len().min(40)).and_then(|r| r.find(')')) else {
        return false;
    };
    let (inner, after) = rest.split_at(close);
    let after = after.get(1..).unwrap_or("");
    !inner.is_empty()
        && inner.split(' ').count() <= 3
        && inner.chars().any(char::is_uppercase)
        && inner
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '/' | '.' | ',' | '-' | ' '))
        && after
            .chars()
            .take_while(|c| *c != '\n')
            .all(char::is_whitespace)
}
