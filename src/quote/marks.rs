//! Quote marks: pairing them in a text, trimming a quote's content, the
//! kind of a clause that holds them (`indirect` or `mixed`), and quotes in
//! marks with a speech verb beside them (`direct`).

use super::*;

/// Quote-mark spans `(open, close)` (byte offsets of the marks). A blank
/// line closes an unclosed quote.
pub(super) fn quote_marks(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let bytes = text.as_bytes();
    // Where the search for a blank line inside the open quote resumes.
    let mut checked = 0;
    // Every mark is `"` or starts with 0xC2 (U+00AB, U+00BB) or 0xE2 (U+2018–U+201E).
    for i in memchr::memchr3_iter(b'"', 0xC2, 0xE2, bytes) {
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            continue;
        };
        if c != '"' && !is_open_quote(c) && !is_close_quote(c) {
            continue;
        }
        if let Some(o) = open {
            let from = checked.max(o);
            if bytes
                .get(from..i)
                .is_some_and(|w| memchr::memmem::find(w, b"\n\n").is_some())
            {
                open = None;
            }
            checked = i;
        }
        match (c, open) {
            ('"', None) => {
                let prev = text.get(..i).and_then(|p| p.chars().next_back());
                if !prev.is_some_and(char::is_alphanumeric) {
                    open = Some(i);
                }
            }
            ('"', Some(o)) => {
                out.push((o, i));
                open = None;
            }
            (c, None) if is_open_quote(c) && c != '»' && c != '«' => open = Some(i),
            ('»', None) => open = Some(i),
            (c, Some(o)) if is_close_quote(c) => {
                out.push((o, i));
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Trims spaces, and a final full stop that closes the whole sentence.
pub(super) fn trim_content(text: &str, mut r: Range<usize>) -> Range<usize> {
    while let Some(c) = text.get(r.clone()).and_then(|s| s.chars().next()) {
        if c.is_whitespace() {
            r.start += c.len_utf8();
        } else {
            break;
        }
    }
    while let Some(c) = text.get(r.clone()).and_then(|s| s.chars().next_back()) {
        if c.is_whitespace()
            || c == ','
            || c == ':'
            || c == ';'
            || c == '.' && !text.get(r.clone()).is_some_and(|s| s.ends_with("..."))
        {
            r.end -= c.len_utf8();
        } else {
            break;
        }
    }
    r
}

/// Whether offset `at` lies inside quote marks.
pub(super) fn inside_marks(marks: &[(usize, usize)], at: usize) -> bool {
    let k = marks.partition_point(|&(o, _)| o < at);
    k.checked_sub(1)
        .and_then(|k| marks.get(k))
        .is_some_and(|&(_, c)| at < c)
}

/// A clause that opens a quotation runs on to its closing mark, across
/// sentence ends (`stwierdził, że "… szansy. To jest ultimatum"`).
pub(super) fn through_quote(
    text: &str,
    marks: &[(usize, usize)],
    clause: Range<usize>,
) -> Range<usize> {
    let k = marks.partition_point(|&(o, _)| o < clause.start);
    match marks.get(k) {
        Some(&(o, c)) if o < clause.end && c >= clause.end => {
            let close = text
                .get(c..)
                .and_then(|s| s.chars().next())
                .map_or(1, char::len_utf8);
            clause.start..c + close
        }
        _ => clause,
    }
}

/// `mixed` when the clause holds quote marks, else `indirect`.
pub(super) fn kind_of(marks: &[(usize, usize)], clause: &Range<usize>) -> QuoteKind {
    // Marks are in order and do not overlap: the first pair opening inside
    // the clause closes first.
    let k = marks.partition_point(|&(o, _)| o < clause.start);
    if marks.get(k).is_some_and(|&(_, c)| c < clause.end) {
        QuoteKind::Mixed
    } else {
        QuoteKind::Indirect
    }
}

/// Content in quote marks with a speech verb beside it.
pub(super) fn direct_quotes(
    text: &str,
    sentences: &[Sentence<'_>],
    spans: &SentenceTokens<'_>,
    marks: &[(usize, usize)],
    found: &mut Vec<Found>,
) {
    // Quotes found so far, by start, with the furthest end reached so far:
    // `covered(a, b)` asks whether one of them holds `a..b`.
    let mut quoted: Vec<(usize, usize)> =
        found.iter().map(|f| (f.range.start, f.range.end)).collect();
    quoted.sort_unstable();
    let mut reach = Vec::with_capacity(quoted.len());
    let mut far = 0;
    for &(_, e) in &quoted {
        far = far.max(e);
        reach.push(far);
    }
    let covered = |a: usize, b: usize| {
        let k = quoted.partition_point(|&(s, _)| s <= a);
        k > 0 && reach.get(k - 1).is_some_and(|&e| e >= b)
    };
    for &(open, close) in marks {
        let Some(open_len) = text
            .get(open..)
            .and_then(|s| s.chars().next())
            .map(char::len_utf8)
        else {
            continue;
        };
        let content = open + open_len..close;
        let Some(inner) = text.get(content.clone()) else {
            continue;
        };
        // Already inside reported speech (`mixed`) or a dash quote.
        if covered(open, close) {
            continue;
        }
        // `„Mamy nadzieję – powiedziała Anna Lis – że rozmowy …”`: speech
        // interrupted by its attribution between dashes, as two quotes.
        if [" – ", " - ", " — "].iter().any(|d| inner.contains(d))
            && let Some((first, cue, rest)) = interrupted(text, spans.tokens, content.clone())
        {
            for part in [first, rest] {
                found.push(Found {
                    range: trim_content(text, part),
                    kind: QuoteKind::Direct,
                    cue: Some(cue.clone()),
                    subject: Subject::After(cue.range.end),
                });
            }
            continue;
        }
        // Under three words: scare quotes, names, titles; but two words of
        // speech with their verb right after them are a quote (`„To
        // skandal” – powiedział`), unless every word is capitalised (a title).
        let words = inner.split_whitespace().take(3).count();
        let short = words < 3;
        if short
            && !(words == 2
                && inner
                    .split_whitespace()
                    .any(|w| w.starts_with(char::is_lowercase)))
        {
            continue;
        }
        let close_len = text
            .get(close..)
            .and_then(|s| s.chars().next())
            .map_or(1, char::len_utf8);
        let after = close + close_len;
        // `"…" - napisał X`, `"…", powiedział X`, `"…" - tak to skomentował X`.
        // Speech is set off from its verb by a comma, a dash or a full stop
        // (`„…”. Tak ocenia X`), or ends in its own mark; a name runs on
        // into its clause (`radni z "Klubu X" wskazują`).
        let set_off = inner.trim_end().ends_with(['.', ',', '!', '?', '…'])
            || text
                .get(after..)
                .unwrap_or("")
                .trim_start()
                .starts_with(|c: char| matches!(c, ',' | '.' | '!' | '?') || is_dash(c));
        if set_off && let Some((cue, subject)) = cue_after_quote(text, spans.tokens, after) {
            found.push(Found {
                range: trim_content(text, content),
                kind: QuoteKind::Direct,
                cue: Some(cue),
                subject,
            });
            continue;
        }
        // `X powiedział: "…"`, `Jan Nowak: „Nie odpuścimy”`: after a colon
        // two words are speech too; elsewhere, too few.
        let si = sentences.partition_point(|s| s.range.end <= open);
        let sentence = sentences.get(si).filter(|s| s.range.start <= open);
        if let Some(s) = sentence {
            let toks = spans.of(si);
            let before = toks
                .get(..toks.partition_point(|t| t.range.start < open))
                .unwrap_or(&[]);
            // `powiedział: - "…"`: a dash may stand between colon and mark.
            let before = match before {
                [rest @ .., d]
                    if dash_token(text, d) && rest.last().is_some_and(|t| word(text, t) == ":") =>
                {
                    rest
                }
                _ => before,
            };
            if before.last().is_some_and(|t| word(text, t) == ":")
                && let Some((k, cue)) = before
                    .iter()
                    .enumerate()
                    .rev()
                    .find_map(|(k, t)| cue_at(text, t).map(|c| (k, c)))
                && (k + 4 >= before.len()
                    || named_after_cue(text, before.get(k + 1..before.len() - 1).unwrap_or(&[]))
                    // `przyznał w rozmowie z RMF FM: „…”`: an adjunct between
                    // the verb and the colon, not a clause of its own.
                    || (k + 9 >= before.len()
                        && before
                            .get(k + 1..before.len().saturating_sub(1))
                            .is_some_and(|adjunct| {
                                adjunct.iter().all(|t| {
                                    let w = word(text, t);
                                    t.kind == TokenKind::Word
                                        && !is_complementizer(w)
                                        && !is_connective(w)
                                })
                            })))
            {
                // `Do sprawy odniósł się Jan Nowak, szef klubu: „…”`: a
                // subject after the verb, unless one stands before it.
                let subject = Subject::of_verb(
                    subject_follows(text, before.get(k + 1..before.len() - 1).unwrap_or(&[])),
                    cue.range.end,
                    s.range.start,
                    cue.range.start,
                );
                found.push(Found {
                    range: trim_content(text, content),
                    kind: QuoteKind::Direct,
                    subject,
                    cue: Some(cue),
                });
                continue;
            }
            // `Jan Nowak: „…”`, `Premier (PiS): „…”`: a name or a description
            // opening the sentence, a colon, the speech.
            if let [head @ .., colon] = before
                && word(text, colon) == ":"
                && is_label(text, head)
            {
                found.push(Found {
                    range: trim_content(text, content),
                    kind: QuoteKind::Direct,
                    subject: Subject::Before {
                        sentence_start: s.range.start,
                        cue_start: colon.range.start,
                    },
                    cue: None,
                });
                continue;
            }
            // `Jan Kowalski nie krył zadowolenia: „To był dobry rok”.`: a
            // sentence of speech after a colon that closes a clause whose
            // subject is a person (none for `Na murze widniał napis: „…”`).
            // The words in marks say something (a verb among them; not a
            // title, `„Fenomen Nurowskiej, czyli kłopot z bogactwem”`), and
            // the clause is no narrator's own (`gorączkowałam się: „…”`).
            let first_person_ending =
                |t: &Token| matches!(word(text, t), "em" | "m" | "śmy" | "ście" | "eś" | "ś");
            if let [head @ .., colon] = before
                && word(text, colon) == ":"
                && head.len() >= 3
                && !short
                && inner.starts_with(char::is_uppercase)
                && closes_sentence(text, sentences, after)
                && !first_person(text, head)
                && !head.iter().any(first_person_ending)
                && inner
                    .split_whitespace()
                    .any(|w| morph::can_be_verb(w.trim_matches(|c: char| !c.is_alphabetic())))
            {
                found.push(Found {
                    range: trim_content(text, content),
                    kind: QuoteKind::Direct,
                    subject: Subject::Adjacent(s.range.start..colon.range.start),
                    cue: None,
                });
                continue;
            }
            // `Minister nie ma złudzeń. „System jest niewydolny”.`: speech in
            // marks that is a sentence of its own, after a sentence of the
            // same paragraph (whose subject, if a person, is the speaker).
            if !short
                && before.iter().all(|t| dash_token(text, t))
                && inner.starts_with(char::is_uppercase)
                && closes_sentence(text, sentences, after)
                && let Some(prev) = si.checked_sub(1).and_then(|p| sentences.get(p))
                && same_paragraph(text, prev.range.end, s.range.start)
            {
                found.push(Found {
                    range: trim_content(text, content),
                    kind: QuoteKind::Direct,
                    subject: Subject::Adjacent(prev.range.clone()),
                    cue: None,
                });
            }
        }
    }
}

/// Speech in marks at `content` interrupted by its attribution between two
/// dashes (`… – powiedziała Anna Lis – …`): the speech before the first
/// dash, the cue, and the speech after the second. The attribution is a
/// speech verb right after the first dash and a few words, with no clause
/// of its own.
fn interrupted(
    text: &str,
    tokens: &[Token],
    content: Range<usize>,
) -> Option<(Range<usize>, Cue, Range<usize>)> {
    let toks = tokens_from(tokens, content.start, 200);
    let toks = toks.get(..toks.partition_point(|t| t.range.end <= content.end))?;
    let d1 = toks.iter().position(|t| dash_token(text, t))?;
    // Some speech before it.
    if d1 < 2 {
        return None;
    }
    let verb = toks.get(d1 + 1)?;
    // Not the speaker's own `proszę` or `mówię`: the reporter's verb.
    if word(text, verb).ends_with(['ę', 'm']) {
        return None;
    }
    let cue = cue_at(text, verb)?;
    let d2 = d1
        + 2
        + toks
            .get(d1 + 2..)?
            .iter()
            .take(7)
            .position(|t| dash_token(text, t) || t.kind != TokenKind::Word)?;
    let second = toks.get(d2)?;
    if !dash_token(text, second) || toks.len() < d2 + 3 {
        return None;
    }
    let first_end = toks.get(d1)?.range.start;
    Some((content.start..first_end, cue, second.range.end..content.end))
}

/// The words between a speech verb and a colon name its subject, with an
/// apposition (`mówił też Jan Nowak, szef klubu KO:`): a capitalised word
/// within the first three, then words and commas only, no clause of their
/// own (no complementizer, connective or other speech verb).
fn named_after_cue(text: &str, between: &[Token]) -> bool {
    (1..=12).contains(&between.len())
        && subject_follows(text, between)
        && between.iter().all(|t| {
            let w = word(text, t);
            (t.kind == TokenKind::Word
                && !is_complementizer(w)
                && !is_connective(w)
                && cue_at(text, t).is_none())
                || matches!(w, "," | "." | "(" | ")" | "-")
        })
}

/// A subject opens the words after a speech verb, past `się` and
/// particles (`skomentował też szef klubu X`): a capitalised word or a
/// person's title or noun, not a preposition.
fn subject_follows(text: &str, after: &[Token]) -> bool {
    after
        .iter()
        .map(|t| word(text, t))
        .find(|w| {
            // (`przekazał z Berlina`: a prepositional phrase is no subject.)
            *w != "się"
                && (super::descriptor::is_preposition(w)
                    || super::speaker::person_noun(w)
                    || !morph::can_be_particle(w))
        })
        .is_some_and(|w| w.starts_with(char::is_uppercase) || super::speaker::person_noun(w))
}

/// Words that can label a statement before a colon: a few, no verb among
/// them, brackets the only punctuation, and a person in them: a title first
/// (`Premier`, `Rzecznik rządu`) or two capitalised words (`Jan Nowak (PSL)`);
/// not `Uwaga:` or `Wynik meczu:`.
pub(super) fn is_label(text: &str, toks: &[Token]) -> bool {
    let words = || {
        toks.iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| word(text, t))
    };
    let capitalised = words()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    (1..=8).contains(&toks.len())
        && words().next().is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                && (capitalised >= 2 || crate::triggers::is_person_title(w))
        })
        && toks
            .iter()
            .all(|t| t.kind == TokenKind::Word || matches!(word(text, t), "(" | ")" | "."))
        && !words().any(|w| {
            morph::can_be_verb(w)
                || super::descriptor::is_preposition(w)
                || matches!(w, "i" | "oraz" | "a")
        })
        && !toks.iter().any(|t| cue_at(text, t).is_some())
}

/// Whether only closing punctuation stands between `at` and the end of its
/// sentence (or the text).
fn closes_sentence(text: &str, sentences: &[Sentence<'_>], at: usize) -> bool {
    let si = sentences.partition_point(|s| s.range.end < at);
    let end = sentences
        .get(si)
        .map_or(text.len(), |s| s.range.end.max(at));
    text.get(at..end).is_some_and(|rest| {
        rest.chars()
            .all(|c| matches!(c, '.' | '!' | '?' | '…' | ' '))
    })
}

/// The attribution right after a closing quote mark at `after`: a speech
/// verb or a dialogue tag after a comma or a dash (`„…” – napisał X`),
/// `tak` and a verb within a few words, in the same sentence or the next
/// (`„…”. Tak X skomentował decyzję`), the words of someone (`„…” – to słowa
/// premiera X`), or where the words stand (`„…” – czytamy w komunikacie
/// ministerstwa`). Returns the cue and where its subject is.
pub(super) fn cue_after_quote(
    text: &str,
    tokens: &[Token],
    after: usize,
) -> Option<(Cue, Subject)> {
    let toks = tokens_from(tokens, after, 8);
    let k = toks.iter().position(|t| t.kind == TokenKind::Word)?;
    let first = toks.get(k)?;
    let between = text.get(after..first.range.start)?;
    let only = |ok: &dyn Fn(char) -> bool| between.chars().all(|c| c.is_whitespace() || ok(c));
    let cue_of = |t: &Token| Cue {
        range: t.range.clone(),
        gender: Gender::Unmarked,
    };
    if only(&|c| c == ',' || is_dash(c)) {
        if let Some(cue) = cue_at(text, first) {
            return Some((cue, Subject::After(first.range.end)));
        }
        let dashed = between.contains(is_dash);
        // After the tag: the end, `się`, the subject's name, or an adjunct
        // before the name (`– grzmiał na konferencji lider PSL X`).
        let next_fits = toks.get(k + 1).is_none_or(|n| {
            let w = word(text, n);
            let adjunct = (super::descriptor::is_preposition(w) || morph::is_particle(w))
                && toks
                    .iter()
                    .skip(k + 2)
                    .take_while(|x| x.kind == TokenKind::Word)
                    .any(|x| word(text, x).starts_with(char::is_uppercase));
            n.kind != TokenKind::Word || w == "się" || w.starts_with(char::is_uppercase) || adjunct
        });
        if dashed
            && next_fits
            && let Some(cue) = tag_shape(text, first)
        {
            return Some((cue, Subject::After(first.range.end)));
        }
        let w = |n: usize| toks.get(n).map_or("", |t| word(text, t));
        // `– to słowa premiera X`, `– to (były) słowa X`: X's words.
        if dashed && w(k) == "to" {
            let mut n = k + 1;
            if matches!(w(n), "są" | "były") {
                n += 1;
            }
            if matches!(w(n), "słowa" | "wypowiedź" | "zdanie" | "opinia") {
                let t = toks.get(n)?;
                return Some((cue_of(t), Subject::Frame(t.range.end)));
            }
        }
        // `– czytamy w komunikacie X`, `– napisano w raporcie X`: the
        // document's author.
        if dashed
            && (w(k) == "czytamy"
                // (`first` is no cue here: a cue returned above.)
                || (w(k).ends_with("no") && crate::lexicon::speech_verb(w(k)).is_some()))
            && matches!(w(k + 1), "w" | "na")
            && let Some(doc) = toks.get(k + 2)
            && doc.kind == TokenKind::Word
        {
            return Some((cue_of(first), Subject::Frame(doc.range.end)));
        }
    }
    // `tak` opens the attribution; the verb comes within five words, and
    // the words before it are its subject (`Tak X skomentował`).
    if matches!(word(text, first), "tak" | "Tak") && only(&|c| c == ',' || c == '.' || is_dash(c)) {
        let (n, t, cue) = toks
            .iter()
            .enumerate()
            .skip(k + 1)
            .take(5)
            .take_while(|(_, t)| t.kind == TokenKind::Word)
            .find_map(|(n, t)| cue_at(text, t).map(|c| (n, t, c)))?;
        // A name between them is the subject, or a person's title in the
        // nominative (`tak rzecznik ratusza odpowiada`); other lowercase
        // words are objects (`Tak decyzję skomentował X`).
        let between = toks.get(k + 1..n).unwrap_or(&[]);
        let named = between.iter().any(|x| {
            let xw = word(text, x);
            xw.starts_with(char::is_uppercase)
        }) || between.first().is_some_and(|x| {
            let xw = word(text, x);
            crate::triggers::is_person_title(xw) || super::speaker::person_noun(xw)
        });
        let subject = if named {
            Subject::Before {
                sentence_start: first.range.end,
                cue_start: cue.range.start,
            }
        } else {
            Subject::After(t.range.end)
        };
        return Some((cue, subject));
    }
    None
}
