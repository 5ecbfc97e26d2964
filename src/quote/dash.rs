//! Dash dialogue: a sentence opened by a dialogue dash up to the dash of its
//! attribution, speech that resumes after it, speech whose opening dash was
//! lost, and the paragraphs a dash quote may run over.

use super::*;

/// In a sentence `s`, the attribution dash: a dash between spaces followed by
/// a speech verb (`– mówi`, `– dodała`). Returns the dash offset and the cue.
pub(super) fn attribution(text: &str, toks: &[Token]) -> Option<(usize, Cue, usize)> {
    for (k, t) in toks.iter().enumerate() {
        if k == 0 || t.kind != TokenKind::Punct || !dash_token(text, t) {
            continue;
        }
        // The verb may follow an adverb (`– spokojnie odpowiada`).
        for j in k + 1..(k + 3).min(toks.len()) {
            if let Some(cue) = toks.get(j).and_then(|v| cue_at(text, v)) {
                let after = toks.get(j).map_or(t.range.end, |v| v.range.end);
                return Some((t.range.start, cue, after));
            }
        }
        // A dialogue tag is a shape: a past-tense verb right after the dash,
        // then its subject, `się` or the end (`– Nie wiem – westchnął`,
        // `– grzmiał poseł`), not a clause of the speech (`– była, że …`).
        if let Some(v) = toks.get(k + 1)
            && let Some(cue) = tag_shape(text, v)
            && toks.get(k + 2).is_none_or(|n| {
                let w = word(text, n);
                // (`dostał em`: a person ending written apart is the 1st person.)
                !(is_connective(w)
                    || is_complementizer(w)
                    || w == ","
                    || matches!(w, "em" | "eś" | "m" | "ś" | "śmy" | "ście"))
            })
        {
            return Some((t.range.start, cue, v.range.end));
        }
    }
    None
}

/// A sentence that is only the attribution of the dash line before it,
/// split off by its own dash: `– Ameryka nie może tego dokonać sama.
/// – przekonywał zgromadzonych.` The dash is followed by a lowercase
/// speech verb or dialogue tag; speech never opens that way. Returns the
/// cue and where the verb ends.
pub(super) fn tag_line(text: &str, toks: &[Token]) -> Option<(Cue, usize)> {
    let [d, v, ..] = toks else { return None };
    if !dash_token(text, d) || v.kind != TokenKind::Word {
        return None;
    }
    let w = word(text, v);
    if !w.starts_with(char::is_lowercase) || is_connective(w) {
        return None;
    }
    let cue = cue_at(text, v).or_else(|| tag_shape(text, v))?;
    Some((cue, v.range.end))
}

/// Gives the tag of a [`tag_line`] starting at `at` to the dash line just
/// before it, when that line has no attribution of its own and nothing but
/// spaces lies between them.
pub(super) fn attach_tag(text: &str, found: &mut [Found], at: usize, cue: Cue, after: usize) {
    let Some(last) = found.last_mut() else { return };
    let between = text.get(last.range.end..at).unwrap_or("x");
    let adjacent = between
        .chars()
        .all(|c| c.is_whitespace() || ".!?…".contains(c));
    if last.kind == QuoteKind::Dash && last.cue.is_none() && adjacent {
        last.cue = Some(cue);
        last.subject = Subject::After(after);
    }
}

/// Speech after a speech verb, a colon and a dash, with no quote marks:
/// `Zakończył, mówiąc: – Nie uważam tego za błąd.` The speech runs to the
/// end of its sentence and on through the sentences of its paragraph that
/// speak in the first person. Returns the quote and the next sentence to
/// read.
pub(super) fn colon_dash(
    text: &str,
    sentences: &[Sentence<'_>],
    spans: &SentenceTokens<'_>,
    si: usize,
) -> Option<(Found, usize)> {
    let s = sentences.get(si)?;
    let toks = spans.of(si);
    let c = toks.iter().position(|t| word(text, t) == ":")?;
    let Some(dash) = toks.get(c + 1).filter(|d| dash_token(text, d)) else {
        return speaker_label(text, sentences, toks, si, c)
            .or_else(|| colon_speech(text, s, toks, c).map(|f| (f, si + 1)));
    };
    let first = toks.get(c + 2)?;
    if first.kind != TokenKind::Word || !word(text, first).starts_with(char::is_uppercase) {
        return None;
    }
    // The verb within a few words before the colon, no clause between;
    // without one, the sentence's subject if a person (`X nie ma
    // wątpliwości: – …`).
    let cue = cue_before_colon(text, toks, c, false);
    let mut end = s.range.end;
    let mut next = si + 1;
    while let Some(n) = sentences.get(next) {
        if next - si > CONTINUATION_SENTENCES
            || !same_paragraph(text, end, n.range.start)
            || n.text.starts_with(is_dash)
            || !first_person(text, spans.of(next))
        {
            break;
        }
        end = n.range.end;
        next += 1;
    }
    let subject = match &cue {
        Some(cue) => Subject::Before {
            sentence_start: s.range.start,
            cue_start: cue.range.start,
        },
        None => Subject::Adjacent(s.range.start..toks.get(c)?.range.start),
    };
    let found = Found {
        range: trim_content(text, dash.range.end..end),
        kind: QuoteKind::Dash,
        subject,
        cue,
    };
    Some((found, next))
}

/// A line opened by a person's full name and a colon (`Anna Nowak: Nie
/// sądzę. Gospodarka jest silna.`), as interviews and debates are laid out:
/// the rest of the line is that person's, however short. The name's first
/// word is a first name of the lexicon, so that `Warszawa, Polska:` or a
/// title (`Premier: …`) is no such label.
fn speaker_label(
    text: &str,
    sentences: &[Sentence<'_>],
    toks: &[Token],
    si: usize,
    c: usize,
) -> Option<(Found, usize)> {
    let s = sentences.get(si)?;
    let line_start = text
        .get(..s.range.start)?
        .trim_end_matches([' ', '\t'])
        .chars()
        .next_back()
        .is_none_or(|p| p == '\n');
    let name = toks.get(..c)?;
    let first = name.first()?;
    let first_name = crate::lexicon::name_readings(word(text, first))
        .iter()
        .any(|r| {
            matches!(
                r.class,
                crate::lexicon::NameClass::FirstMale | crate::lexicon::NameClass::FirstFemale
            )
        });
    let after = toks.get(c + 1)?;
    if !line_start
        || !first_name
        || name.len() < 2
        || !is_label(text, name)
        || after.kind != TokenKind::Word
    {
        return None;
    }
    let end = paragraph_end(text, sentences, si);
    let range = trim_content(text, after.range.start..end);
    // Speech says something: a verb, or a question or exclamation (not
    // `Jan Kowalski: urodzony w 1950 roku`).
    let said = text.get(range.clone()).is_some_and(|r| {
        r.ends_with(['?', '!'])
            || r.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphabetic());
                morph::guessed(w).iter().any(|a| a.pos == morph::Pos::Verb)
            })
    });
    if range.is_empty() || !said {
        return None;
    }
    let colon = toks.get(c)?;
    Some((
        Found {
            range,
            kind: QuoteKind::Dash,
            cue: None,
            subject: Subject::Before {
                sentence_start: s.range.start,
                cue_start: colon.range.start,
            },
        },
        next_after(sentences, si, end),
    ))
}

/// A statement headed by its speaker's name on a line of its own (`Jan
/// Kowal, prezes spółki:` and the next paragraph): a name, maybe with an
/// apposition after a comma, then a colon that ends the line. The
/// statement is the paragraph that follows. Returns it and the next
/// sentence to read.
pub(super) fn label_line(
    text: &str,
    sentences: &[Sentence<'_>],
    spans: &SentenceTokens<'_>,
    si: usize,
) -> Option<(Found, usize)> {
    let s = sentences.get(si)?;
    let toks = spans.of(si);
    let (colon, head) = toks.split_last()?;
    if word(text, colon) != ":"
        || !text
            .get(colon.range.end..)?
            .trim_start_matches([' ', '\t'])
            .starts_with('\n')
    {
        return None;
    }
    // The name up to a comma, an apposition of a few words after it.
    let comma = head.iter().position(|t| word(text, t) == ",");
    let (name, apposition) = match comma {
        Some(c) => (head.get(..c)?, head.get(c + 1..)?),
        None => (head, &[][..]),
    };
    // `Mówi Jan Kowal, prezes spółki:`: a verb of saying may open it.
    let name = match name.split_first() {
        Some((v, rest)) if cue_at(text, v).is_some() => rest,
        _ => name,
    };
    // `radny PiS, przewodniczący komisji`, `34 lata, nauczycielka`.
    // A word after a number is its unit (`34 lata`), whatever else it spells.
    let plain = apposition.len() <= 10
        && apposition.iter().enumerate().all(|(k, t)| {
            let w = word(text, t);
            let counted = k
                .checked_sub(1)
                .and_then(|p| apposition.get(p))
                .is_some_and(|p| p.kind == TokenKind::Number);
            (t.kind == TokenKind::Word && (counted || !morph::can_be_verb(w)))
                || t.kind == TokenKind::Number
                || w == ","
        });
    if !plain
        || !is_label(text, name)
        || name.iter().filter(|t| t.kind == TokenKind::Word).count() < 2
    {
        return None;
    }
    let first = sentences.get(si + 1)?;
    if first.text.starts_with(is_dash) || has_quote_marks(first.text) {
        return None;
    }
    let end = paragraph_end(text, sentences, si + 1);
    let range = trim_content(text, first.range.start..end);
    if range.is_empty() {
        return None;
    }
    Some((
        Found {
            range,
            kind: QuoteKind::Dash,
            cue: None,
            subject: Subject::Introduced(s.range.clone()),
        },
        next_after(sentences, si + 1, end),
    ))
}

/// The speech verb within nine words before the colon at token `c`, with no
/// clause opening between them; with `reporting`, only a 3rd-person,
/// affirmative one.
fn cue_before_colon(text: &str, toks: &[Token], c: usize, reporting: bool) -> Option<Cue> {
    toks.get(c.saturating_sub(9)..c)?
        .iter()
        .rev()
        .take_while(|t| !is_complementizer(word(text, t)))
        .find_map(|t| cue_at(text, t).filter(|_| !reporting || reportive(word(text, t))))
}

/// Speech after a speech verb and a colon, with neither marks nor a dash
/// (`Anna Nowak napisała na Facebooku: Nie będzie podwyżek.`), to the end
/// of the sentence: a clause of four words or more with a verb in it, not
/// a list (`Wymienił trzy nazwiska: Kowalski, Nowak i Lis.`).
fn colon_speech(text: &str, s: &Sentence<'_>, toks: &[Token], c: usize) -> Option<Found> {
    let first = toks.get(c + 1)?;
    let fw = word(text, first);
    // A headline's label (`Premier: nie będzie podwyżek`): a name or a title
    // and nothing else before the colon; the speech may start small.
    let label = s.range.start == toks.first()?.range.start && is_label(text, toks.get(..c)?);
    if first.kind != TokenKind::Word || !(label || fw.starts_with(char::is_uppercase)) {
        return None;
    }
    let cue = cue_before_colon(text, toks, c, true);
    if cue.is_none() && !label {
        return None;
    }
    let rest = toks.get(c + 1..)?;
    let words = rest.iter().filter(|t| t.kind == TokenKind::Word).count();
    let commas = rest.iter().filter(|t| word(text, t) == ",").count();
    let verb = rest.iter().skip(1).any(|t| {
        t.kind == TokenKind::Word
            && word(text, t).starts_with(char::is_lowercase)
            && (super::descriptor::is_past_verb(word(text, t))
                || morph::guessed(word(text, t))
                    .iter()
                    .any(|a| a.pos == morph::Pos::Verb))
    });
    // A headline is short: three words after its label will do.
    let least = if label { 3 } else { 4 };
    if words < least || !verb || commas * 3 > words {
        return None;
    }
    let cue_start = cue
        .as_ref()
        .map_or(toks.get(c)?.range.start, |q| q.range.start);
    Some(Found {
        range: trim_content(text, first.range.start..s.range.end),
        kind: QuoteKind::Indirect,
        subject: Subject::Before {
            sentence_start: s.range.start,
            cue_start,
        },
        cue,
    })
}

/// A dash quote starting at sentence `si`; returns the next sentence to read.
pub(super) fn dash_quote(
    text: &str,
    sentences: &[Sentence<'_>],
    spans: &SentenceTokens<'_>,
    marks: &[(usize, usize)],
    si: usize,
    found: &mut Vec<Found>,
) -> usize {
    let Some(first) = sentences.get(si) else {
        return si + 1;
    };
    let dash_len = first.text.chars().next().map_or(1, char::len_utf8);
    let start = first.range.start + dash_len;
    // The quote runs on through the sentences of its paragraph until one
    // carries the attribution.
    let mut sj = si;
    while let Some(s) = sentences.get(sj) {
        let toks = spans.of(sj);
        if let Some((dash, cue, after)) = attribution(text, toks) {
            found.push(Found {
                range: trim_content(text, start..dash),
                kind: QuoteKind::Dash,
                cue: Some(cue.clone()),
                subject: Subject::After(after),
            });
            // `– … – zaznaczył X, dodając, że …`: a report in the attribution.
            if let Some(q) = attribution_report(text, marks, toks, s.range.end, after) {
                found.push(q);
            }
            // Speech resumed after the attribution: `– A – mówi X. – B.` or `… – mówi X – b.`
            let rest_start = resumed_speech(text, s, after);
            if let Some(rs) = rest_start {
                let end = paragraph_end(text, sentences, sj);
                found.push(Found {
                    range: trim_content(text, rs..end),
                    kind: QuoteKind::Dash,
                    cue: Some(cue),
                    subject: Subject::Previous,
                });
                return next_after(sentences, sj, end);
            }
            if let Some(next) = sentences.get(sj + 1)
                && next.text.starts_with(is_dash)
                && same_paragraph(text, s.range.end, next.range.start)
            {
                let end = paragraph_end(text, sentences, sj + 1);
                // `– A – mówi X. – B. C – dodaje X.`: the continuation has an
                // attribution of its own and is read as a quote of its own.
                let attributed = (sj + 1..next_after(sentences, sj + 1, end))
                    .any(|k| attribution(text, spans.of(k)).is_some());
                if attributed {
                    return sj + 1;
                }
                // `– A – mówi X. – B.`: the next dash sentence continues.
                let dl = next.text.chars().next().map_or(1, char::len_utf8);
                found.push(Found {
                    range: trim_content(text, next.range.start + dl..end),
                    kind: QuoteKind::Dash,
                    cue: Some(cue),
                    subject: Subject::Previous,
                });
                return next_after(sentences, sj + 1, end);
            }
            // `– A – odpowiada X. B.` with no new dash: the rest of a short
            // paragraph is still the speaker's when it goes on in the first
            // person (narration in the press speaks in the third). Only a
            // paragraph closed by a line break within a few sentences counts:
            // text that lost its line breaks has no paragraphs to go by.
            if let Some(next) = sentences.get(sj + 1)
                && same_paragraph(text, s.range.end, next.range.start)
                && first_person(text, spans.of(sj + 1))
            {
                let end = paragraph_end(text, sentences, sj + 1);
                let rest = sj + 1..next_after(sentences, sj + 1, end);
                let closed = text
                    .get(end..)
                    .is_some_and(|t| t.trim_start_matches([' ', '\t']).starts_with(['\n', '\r']));
                if closed
                    && rest.len() <= CONTINUATION_SENTENCES
                    && rest
                        .clone()
                        .all(|k| attribution(text, spans.of(k)).is_none())
                {
                    found.push(Found {
                        range: trim_content(text, next.range.start..end),
                        kind: QuoteKind::Dash,
                        cue: Some(cue),
                        subject: Subject::Previous,
                    });
                    return next_after(sentences, sj + 1, end);
                }
            }
            return sj + 1;
        }
        let next_in_par = sentences.get(sj + 1).is_some_and(|n| {
            same_paragraph(text, s.range.end, n.range.start) && !n.text.starts_with(is_dash)
        });
        if !next_in_par {
            // No attribution: a dialogue line; the speaker is the previous
            // one, unless a sentence of the reporter's introduces the line
            // with a person as its subject.
            let introduced = si
                .checked_sub(1)
                .and_then(|p| sentences.get(p))
                .filter(|p| {
                    !p.text.starts_with(is_dash)
                        && !has_quote_marks(p.text)
                        && found.last().is_none_or(|f| f.range.end <= p.range.start)
                });
            found.push(Found {
                range: trim_content(text, start..s.range.end),
                kind: QuoteKind::Dash,
                cue: None,
                subject: match introduced {
                    Some(p) => Subject::Introduced(p.range.clone()),
                    None => Subject::Previous,
                },
            });
            return sj + 1;
        }
        sj += 1;
    }
    sj + 1
}

/// Conjunctions and relative words: after a dash they start a clause of
/// the sentence, not an attribution (`- a zaczyna`, `- co potwierdza`).
pub(super) fn is_connective(w: &str) -> bool {
    matches!(
        w,
        "a" | "i"
            | "oraz"
            | "ale"
            | "lecz"
            | "czy"
            | "albo"
            | "lub"
            | "bo"
            | "że"
            | "co"
            | "kto"
            | "który"
            | "która"
            | "które"
            | "którzy"
            | "jak"
            | "gdy"
            | "kiedy"
            | "czego"
            | "czym"
            | "czemu"
            | "gdzie"
    ) || w.starts_with("któr")
}

/// Whether a sentence holds quote marks.
pub(super) fn has_quote_marks(s: &str) -> bool {
    // Every mark is `"` or starts with the byte 0xC2 or 0xE2.
    memchr::memchr3_iter(b'"', 0xC2, 0xE2, s.as_bytes()).any(|i| {
        s.get(i..)
            .and_then(|r| r.chars().next())
            .is_some_and(|c| c == '"' || is_open_quote(c) || is_close_quote(c))
    })
}

/// Conditional words: speech in the conditional is not the reporter's
/// narration (`Lepiej byłoby, gdyby…`).
pub(super) fn conditional(w: &str) -> bool {
    matches!(
        w,
        "by" | "gdyby" | "żeby" | "aby" | "jakby" | "Gdyby" | "Żeby" | "Aby" | "Jakby"
    ) || ["łby", "łaby", "łoby", "liby", "łyby"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// A sentence the reporter tells: a 3rd-person past verb outside a
/// conditional (`Prezydent przyjechał do Gdańska.`).
pub(super) fn narrative(text: &str, toks: &[Token]) -> bool {
    let words = || {
        toks.iter()
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| word(text, t))
    };
    if words().any(conditional) {
        return false;
    }
    words().any(|w| {
        w.chars().count() > 3
            && ["ł", "ła", "ło", "li", "ły"].iter().any(|e| w.ends_with(e))
            && morph::can_be_verb(w)
    })
}

/// Speech whose opening dash was lost, closed by an attribution:
/// `To jest mój sukces - powiedział Jan Kowal.` The sentence has no quote
/// marks and no opening dash; the speech may begin up to two sentences
/// earlier, in the same paragraph, after a sentence that is the reporter's
/// (narration, an attribution, a quote).
pub(super) fn unopened(
    text: &str,
    sentences: &[Sentence<'_>],
    spans: &SentenceTokens<'_>,
    si: usize,
) -> Option<(Found, Option<Found>)> {
    let s = sentences.get(si)?;
    // Every dash is `-` or starts with the byte 0xE2.
    if memchr::memchr2(b'-', 0xE2, s.text.as_bytes()).is_none() || has_quote_marks(s.text) {
        return None;
    }
    let toks = spans.of(si);
    let is_jak = |t: Option<&Token>| t.is_some_and(|t| matches!(word(text, t), "jak" | "Jak"));
    let (n, dash, cue, tak) = toks.iter().enumerate().skip(3).find_map(|(n, t)| {
        if t.kind != TokenKind::Punct {
            return None;
        }
        let w = word(text, t);
        if !w.starts_with(is_dash) || w.chars().count() != 1 {
            return None;
        }
        if is_jak(n.checked_sub(1).and_then(|p| toks.get(p))) || is_jak(toks.get(n + 1)) {
            return None;
        }
        // A 3rd-person finite verb of saying right after the dash, maybe
        // after an adverb (not `-no`/`-to`, not a participle): `- powiedział`,
        // `- dodaje`, `- stanowczo oświadczył`; not `- a zaczyna`. After
        // `tak` the subject may come first: `- tak były minister ocenił`.
        let tak = toks.get(n + 1).filter(|x| word(text, x) == "tak");
        let reach = if tak.is_some() { 6 } else { 2 };
        let (v, cue) = toks
            .iter()
            .enumerate()
            .skip(n + 1 + usize::from(tak.is_some()))
            .take(reach)
            .take_while(|(_, v)| v.kind == TokenKind::Word && !is_connective(word(text, v)))
            .find_map(|(v, x)| {
                let vw = word(text, x);
                let finite = reportive(vw) && !["no", "to", "ąc"].iter().any(|e| vw.ends_with(e));
                cue_at(text, x).filter(|_| finite).map(|c| (v, c))
            })?;
        // `X - deklaruje, że …`: a report of its own, not an attribution.
        let reports = toks
            .iter()
            .skip(v + 1)
            .take(3)
            .any(|x| is_complementizer(word(text, x)));
        (!reports).then_some((n, t, cue, tak.map(|x| x.range.end)))
    })?;

    // A dash opening speech earlier in the sentence: an ordinary dash quote.
    let opened = toks.iter().take(n).any(|t| {
        t.kind == TokenKind::Punct
            && word(text, t).starts_with(is_dash)
            && t.range.start > s.range.start
            && text
                .get(..t.range.start)
                .is_some_and(|p| p.ends_with(char::is_whitespace))
    });
    if opened {
        return None;
    }
    let mut start = s.range.start;
    for back in 1..=2 {
        let Some(j) = si.checked_sub(back) else { break };
        let (Some(p), Some(next)) = (sentences.get(j), sentences.get(j + 1)) else {
            break;
        };
        let ptoks = spans.of(j);
        let mut words = ptoks.iter().filter(|t| t.kind == TokenKind::Word);
        let first = words.clone().next().map_or("", |t| word(text, t));
        let attributed = words
            .by_ref()
            .take(5)
            .any(|t| cue_at(text, t).is_some() && reportive(word(text, t)))
            || is_frame(first)
            || matches!(first, "Jak" | "jak")
            || has_quote_marks(p.text)
            || p.text.starts_with(is_dash)
            || !same_paragraph(text, p.range.end, next.range.start)
            || attribution(text, ptoks).is_some()
            || narrative(text, ptoks);
        if attributed {
            break;
        }
        start = p.range.start;
    }
    let range = trim_content(text, start..dash.range.start);
    if range.is_empty() {
        return None;
    }
    let after = cue.range.end;
    let subject = match tak {
        Some(from) => Subject::Before {
            sentence_start: from,
            cue_start: cue.range.start,
        },
        None => Subject::After(after),
    };
    // `A - zaznacza X - b.`: the speech goes on after the attribution.
    // `A - mówił X, dodając, że b.`: a report of the same speaker. The
    // sentence has no quote marks, so none are passed.
    let resumed = resumed_speech(text, s, after)
        .map(|rs| Found {
            range: trim_content(text, rs..s.range.end),
            kind: QuoteKind::Dash,
            cue: Some(cue.clone()),
            subject: Subject::Previous,
        })
        .or_else(|| attribution_report(text, &[], toks, s.range.end, after));
    Some((
        Found {
            range,
            kind: QuoteKind::Dash,
            cue: Some(cue),
            subject,
        },
        resumed,
    ))
}

/// Speech with no quote marks and no dash, closed by a comma and its
/// attribution, which ends the sentence: `Nie będzie podwyżek, powiedziała
/// minister finansów Anna Nowak.` The speech opens the sentence with no
/// subordinating word; after the comma come a 3rd-person verb that only
/// says (maybe after an adverb), then its subject and a short adjunct: no
/// other verb, no complementizer, no relative pronoun.
pub(super) fn comma_tag(text: &str, s: &Sentence<'_>, toks: &[Token]) -> Option<Found> {
    if !s.text.contains(',') || has_quote_marks(s.text) || s.text.contains(is_dash) {
        return None;
    }
    let first = toks.first().filter(|t| t.kind == TokenKind::Word)?;
    let fw = word(text, first);
    // Subordinating words beyond the connectives and complementizers.
    const OPENERS: &[&str] = &[
        "jeśli",
        "jeżeli",
        "choć",
        "chociaż",
        "ponieważ",
        "gdyby",
        "skoro",
        "zanim",
        "dopóki",
        "odkąd",
        "mimo",
        "chyba",
        "dlaczego",
    ];
    if !fw.starts_with(char::is_uppercase)
        || is_frame(fw)
        || crate::lexicon::with_lower(fw, |l| {
            is_connective(l) || is_complementizer(l) || OPENERS.contains(&l)
        })
    {
        return None;
    }
    // The last comma, after at least three tokens of speech.
    let (n, comma) = toks
        .iter()
        .enumerate()
        .rev()
        .find(|(_, t)| word(text, t) == ",")
        .filter(|&(n, _)| n >= 3)?;
    // Only the verbs that say and nothing else tag speech this way; not
    // `zaczął`, `pozdrowił`, `wyraził` (which take objects of their own).
    // Stems of their forms; the word is a form of the lexicon's verbs too.
    const SAYING: &[&str] = &[
        "powiedzia",
        "mówi",
        "mówią",
        "doda",
        "zapewni",
        "podkreśl",
        "stwierdz",
        "oświadcz",
        "zaznacz",
        "wyjaśni",
        "tłumacz",
        "przekonuj",
        "przekonywa",
        "twierdz",
        "oceni",
        "przyzna",
        "odpowiedzia",
        "napisa",
        "poinformowa",
        "przekaza",
        "zauważ",
        "ostrz",
        "skomentowa",
        "komentuj",
    ];
    // The verb right after the comma or after an adverb (its stem tested
    // first: most sentences stop here).
    let saying = |t: &Token| {
        let w = word(text, t);
        SAYING.iter().any(|p| w.starts_with(p))
    };
    let v = if toks.get(n + 1).is_some_and(saying) {
        n + 1
    } else if toks.get(n + 2).is_some_and(saying)
        && toks
            .get(n + 1)
            .is_some_and(|t| morph::is_particle(word(text, t)) && cue_at(text, t).is_none())
    {
        n + 2
    } else {
        return None;
    };
    let verb = toks.get(v)?;
    let vw = word(text, verb);
    let finite = reportive(vw) && !["no", "to", "ąc"].iter().any(|e| vw.ends_with(e));
    let cue = cue_at(text, verb).filter(|_| finite && vw.starts_with(char::is_lowercase))?;
    let tail = toks.get(v + 1..)?;
    // The subject and a short adjunct, no more.
    if tail.iter().filter(|t| t.kind == TokenKind::Word).count() > 8 {
        return None;
    }
    let mut subject = false;
    for t in tail {
        let w = word(text, t);
        if matches!(w, "." | "!" | "?") {
            break;
        }
        if t.kind != TokenKind::Word {
            continue;
        }
        let clause = is_complementizer(w)
            || crate::lexicon::with_lower(w, |l| l.starts_with("któr"))
            || cue_at(text, t).is_some()
            || morph::readings(w).iter().any(|a| a.pos == morph::Pos::Verb)
                && !morph::readings(w).iter().any(|a| a.pos != morph::Pos::Verb);
        if clause {
            return None;
        }
        subject = subject
            || w.starts_with(char::is_uppercase)
            || morph::guessed(w).iter().any(|a| {
                a.pos == morph::Pos::Noun
                    && a.case == Some("nom")
                    && (a.gender == Some("m1") || crate::triggers::is_institution(a.lemma))
            })
            || super::descriptor::feminine_person(w);
    }
    // A named, personal or institutional subject among its words.
    if !subject {
        return None;
    }
    let range = trim_content(text, s.range.start..comma.range.start);
    (!range.is_empty()).then_some(Found {
        range,
        kind: QuoteKind::Dash,
        cue: Some(cue),
        subject: Subject::After(verb.range.end),
    })
}

/// In the tail of an attribution ending at `after`, a participle or a
/// coordinated verb of saying with its own clause (`– zaznaczył X, dodając
/// jednocześnie, że …`, `… i dodał, że …`): a report of the same speaker.
pub(super) fn attribution_report(
    text: &str,
    marks: &[(usize, usize)],
    toks: &[Token],
    end: usize,
    after: usize,
) -> Option<Found> {
    let from = toks.partition_point(|t| t.range.start < after);
    let tail = toks.get(from..)?;
    for (n, t) in tail.iter().enumerate() {
        let w = word(text, t);
        if matches!(w, "." | "!" | "?") || w.starts_with(is_dash) {
            return None;
        }
        let Some(cue) = cue_at(text, t) else { continue };
        let coordinated = n
            .checked_sub(1)
            .and_then(|p| tail.get(p))
            .is_some_and(|p| matches!(word(text, p), "i" | "oraz"));
        if !(w.ends_with("ąc") || coordinated && reportive(w)) {
            continue;
        }
        let c = tail
            .iter()
            .skip(n + 1)
            .take(4)
            .find(|x| matches!(word(text, x), "że" | "iż"))?;
        let clause = through_quote(text, marks, trim_content(text, c.range.end..end));
        return (clause.len() >= 8).then(|| Found {
            kind: kind_of(marks, &clause),
            range: clause,
            cue: Some(cue),
            subject: Subject::Previous,
        });
    }
    None
}

/// Most sentences a speech goes on for after its attribution without a dash.
pub(super) const CONTINUATION_SENTENCES: usize = 4;

/// Whether a sentence speaks in the first person: a first-person pronoun or
/// a past-tense verb of the first person (`mówiłem`, `byłyśmy`).
pub(super) fn first_person(text: &str, toks: &[Token]) -> bool {
    const PRONOUNS: &[&str] = &[
        "ja",
        "mnie",
        "mi",
        "mną",
        "my",
        "nas",
        "nam",
        "nami",
        "mój",
        "moja",
        "moje",
        "mojego",
        "mojej",
        "moim",
        "moich",
        "nasz",
        "nasza",
        "nasze",
        "naszego",
        "naszej",
        "naszym",
        "naszych",
        "jestem",
        "jesteśmy",
    ];
    const PAST: &[&str] = &["łem", "łam", "liśmy", "łyśmy"];
    toks.iter().any(|t| {
        let w = word(text, t);
        crate::lexicon::with_lower(w, |l| {
            PRONOUNS.contains(&l) || (PAST.iter().any(|e| l.ends_with(e)) && morph::is_verb(l))
        })
    })
}

/// After an attribution ending at `after`, a dash that resumes the speech.
pub(super) fn resumed_speech(text: &str, s: &Sentence<'_>, after: usize) -> Option<usize> {
    let rest = text.get(after..s.range.end)?;
    // A dash after a space: `… – mówi X – i dodaje`; or glued to the verb
    // and followed by a space, as text converted from wiki markup writes it
    // (`… Iraku- powiedział- będą …`), where no hyphen of a compound is.
    let glued = rest
        .chars()
        .next()
        .filter(|&c| is_dash(c) && rest.get(c.len_utf8()..).is_some_and(|r| r.starts_with(' ')))
        .map(|c| (0, c));
    let (i, _) = glued.or_else(|| {
        rest.char_indices()
            .find(|&(k, c)| is_dash(c) && rest.get(..k).is_some_and(|p| p.ends_with(' ')))
    })?;
    let tail = rest.get(i..)?;
    let dash = tail.chars().next()?;
    let body = tail.get(dash.len_utf8()..)?.trim_start();
    (body.chars().count() > 3).then(|| s.range.end - body.len())
}

pub(super) fn same_paragraph(text: &str, a: usize, b: usize) -> bool {
    text.get(a..b).is_some_and(|gap| !gap.contains('\n'))
}

/// End of the paragraph that sentence `si` is in (end of its last sentence).
pub(super) fn paragraph_end(text: &str, sentences: &[Sentence<'_>], si: usize) -> usize {
    let mut end = sentences.get(si).map_or(0, |s| s.range.end);
    let mut k = si + 1;
    while let Some(n) = sentences.get(k) {
        if !same_paragraph(text, end, n.range.start) || n.text.starts_with(is_dash) {
            break;
        }
        end = n.range.end;
        k += 1;
    }
    end
}

pub(super) fn next_after(sentences: &[Sentence<'_>], si: usize, end: usize) -> usize {
    let mut k = si + 1;
    while sentences.get(k).is_some_and(|s| s.range.end <= end) {
        k += 1;
    }
    k
}
