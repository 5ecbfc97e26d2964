//! Reported speech: a speech verb with its complementizer (`powiedział,
//! że …`), the frames (`Zdaniem X, …`, `Jak dodał, …`), reports coordinated
//! with an earlier one, and the clauses they cover.

use super::*;

/// Reported speech in one sentence: `X stwierdził, że …`, `Zdaniem X, …`, `Jak dodał, …`.
// Long (about 160 lines) on purpose: the cue's clause, its complementizer
// and its subject are found in one walk over the sentence's tokens, whose
// positions each step reuses.
pub(super) fn reported(
    text: &str,
    s: &Sentence<'_>,
    toks: &[Token],
    marks: &[(usize, usize)],
    found: &mut Vec<Found>,
) {
    let end = s.range.end;
    for (k, t) in toks.iter().enumerate() {
        // `Zdaniem X, …` / `Według X …`
        // The frame opens the sentence, maybe after a possessive: `Jego zdaniem`.
        let opens = k == 0
            || (k == 1
                && toks
                    .first()
                    .is_some_and(|f| matches!(word(text, f), "Jego" | "Jej" | "Ich")));
        if opens && is_frame(word(text, t)) {
            let w = word(text, t);
            // `Według szacunków policji`: the source of a figure, not speech.
            if matches!(w, "Według" | "według" | "Wg" | "wg")
                && toks.get(k + 1).is_some_and(|x| is_estimate(word(text, x)))
            {
                return;
            }
            // The clause follows a comma, or the frame's argument: a
            // capitalised name or a pronoun (`Według niego taki podział …`).
            let comma = toks
                .iter()
                .enumerate()
                .skip(k + 1)
                .take(8)
                .find(|(_, x)| word(text, x) == ",")
                .map(|(n, x)| {
                    // `Według Anny Nowak, rzeczniczki ratusza, …`: an apposition
                    // set off by commas belongs to the argument.
                    let apposition =
                        toks.iter()
                            .enumerate()
                            .skip(n + 1)
                            .take(6)
                            .find(|(_, y)| word(text, y) == ",")
                            .filter(|&(m, _)| {
                                toks.get(n + 1..m).is_some_and(|between| {
                                    between.first().is_some_and(|f| {
                                        word(text, f).starts_with(char::is_lowercase)
                                    }) && between.iter().all(|t| {
                                        let w = word(text, t);
                                        t.kind == TokenKind::Word
                                            && !is_complementizer(w)
                                            && !morph::guessed(w)
                                                .iter()
                                                .any(|a| a.pos == morph::Pos::Verb)
                                            && morph::guessed(w)
                                                .iter()
                                                .any(|a| a.case.is_some_and(|c| c != "nom"))
                                    })
                                })
                            });
                    apposition.map_or(x, |(_, y)| y)
                });
            // `Zdaniem Anny Nowak z banku ING „stopy nie wzrosną”.`: no comma,
            // and the speech in marks runs to the end of the sentence.
            let speech_in_marks = || {
                let m = toks.iter().skip(k + 2).take(10).position(|x| {
                    x.kind != TokenKind::Word && !matches!(word(text, x), "." | "-")
                })? + k
                    + 2;
                let mark = toks.get(m)?;
                let &(_, close) = marks.iter().find(|&&(o, _)| o == mark.range.start)?;
                let rest = text.get(close..end)?;
                let rest = rest.get(rest.chars().next()?.len_utf8()..)?;
                (quoted_title(text, toks, m).is_none()
                    && rest
                        .chars()
                        .all(|c| matches!(c, '.' | '!' | '?' | '…' | ' ')))
                .then_some(mark.range.start)
            };
            let start = match comma {
                _ if let Some(open) = speech_in_marks() => open,
                Some(c) => c.range.end,
                None if k == 1 => t.range.end,
                // `Według "Gazety Wyborczej" rząd …`: a title in quote marks.
                None if let Some(end) = quoted_title(text, toks, k + 1) => end,
                None => {
                    let arg = toks
                        .iter()
                        .skip(k + 1)
                        .take_while(|x| {
                            let xw = word(text, x);
                            x.kind == TokenKind::Word
                                && (xw.starts_with(char::is_uppercase)
                                    || matches!(xw, "niego" | "niej" | "nich")
                                    // `Zdaniem Ursuli von der Leyen …`
                                    || crate::triggers::is_name_particle(xw))
                        })
                        .last();
                    // `Zdaniem minister Anny Nowak …`: a title that does not
                    // decline, then the name.
                    let titled = || {
                        let title = toks.get(k + 1)?;
                        if !crate::triggers::is_person_title(word(text, title)) {
                            return None;
                        }
                        toks.iter()
                            .skip(k + 2)
                            .take_while(|x| {
                                x.kind == TokenKind::Word
                                    && word(text, x).starts_with(char::is_uppercase)
                            })
                            .last()
                            .map(|x| x.range.end)
                    };
                    match arg {
                        Some(a) => a.range.end,
                        None => match genitive_argument(text, toks, k + 1).or_else(titled) {
                            Some(e) => e,
                            None => continue,
                        },
                    }
                }
            };
            let clause = through_quote(text, marks, trim_content(text, start..end));
            found.push(Found {
                kind: kind_of(marks, &clause),
                range: clause,
                cue: Some(Cue {
                    range: t.range.clone(),
                    gender: Gender::Unmarked,
                }),
                subject: Subject::Frame(t.range.end),
            });
            return;
        }
        let Some(mut cue) = cue_at(text, t).or_else(|| opinion_idiom(text, toks, k)) else {
            continue;
        };
        let w = word(text, t);
        // `Mówi się, że`: an impersonal verb reports no one.
        if toks
            .get(k + 1)
            .is_some_and(|n| impersonal(w, word(text, n)))
        {
            continue;
        }
        // An infinitive after a modal in the past (`chciała podkreślić, że`):
        // the cue takes the modal in, with its gender, as `być zdania` takes
        // in its verb.
        if (w.ends_with('ć') || w.ends_with('c'))
            && let Some(p) = k.checked_sub(1).and_then(|p| toks.get(p))
            && let Some(g) = modal_past(word(text, p))
        {
            cue = Cue {
                range: p.range.start..t.range.end,
                gender: g,
            };
        }
        // Only a 3rd-person, affirmative cue reports speech (`uważam, że`,
        // `nie wskazuje na to, że` and `zdementował, że` do not). A cue of
        // two words is negated before its first (`nie chciał powiedzieć`).
        let reports = if cue.range.start < t.range.start {
            !negated(text, toks, k - 1)
        } else {
            reportive(w) && !negated(text, toks, k)
        };
        // `Jak dodał, …` / `Jak podkreśla Kowalski, …`
        if k > 0
            && toks
                .get(k - 1)
                .is_some_and(|p| matches!(word(text, p), "Jak" | "jak"))
        {
            // The comma within six tokens, or within twelve across words
            // alone, none a verb (`Jak przekazał w rozmowie z Interią
            // rzecznik resortu Jan Nowak, …`).
            let near = toks
                .iter()
                .skip(k + 1)
                .take(6)
                .find(|x| word(text, x) == ",");
            let far = || {
                toks.iter()
                    .enumerate()
                    .skip(k + 1)
                    .take(12)
                    .take_while(|&(j, x)| {
                        let xw = word(text, x);
                        // A rank's full stop (`mł. asp. Anna Nowak`).
                        abbreviation_dot(text, toks, j)
                            || xw == ","
                            // A title's quote marks (`„Gazeta Wyborcza”`).
                            || xw.starts_with(crate::chars::is_quote_mark)
                            || x.kind == TokenKind::Word
                                && !is_complementizer(xw)
                                && !morph::readings(xw)
                                    .iter()
                                    .any(|a| a.pos == morph::Pos::Verb)
                    })
                    .map(|(_, x)| x)
                    .find(|x| word(text, x) == ",")
            };
            // A relative clause after the subject is the subject's (`Jak
            // przekazał rzecznik, który …, decyzja …`): its closing comma.
            let relative_end = |comma_end: usize| {
                let n = toks.partition_point(|x| x.range.start < comma_end);
                let relative = toks.get(n).is_some_and(|x| {
                    crate::lexicon::with_lower(word(text, x), |l| l.starts_with("któr"))
                });
                if !relative {
                    return Some(comma_end);
                }
                toks.iter()
                    .skip(n + 1)
                    .take(15)
                    .take_while(|x| !matches!(word(text, x), "." | "!" | "?" | ";" | ":"))
                    .find(|x| word(text, x) == ",")
                    .map(|x| x.range.end)
            };
            let clause_start = near
                .or_else(far)
                .and_then(|c| relative_end(c.range.end))
                .or_else(|| after_name(text, toks, k));
            if let Some(clause_start) = clause_start {
                if !reports {
                    return;
                }
                let clause = trim_content(text, clause_start..end);
                let cue_range = toks
                    .get(k - 1)
                    .map_or(cue.range.clone(), |p| p.range.start..cue.range.end);
                found.push(Found {
                    kind: kind_of(marks, &clause),
                    range: clause,
                    cue: Some(Cue {
                        range: cue_range,
                        gender: cue.gender,
                    }),
                    subject: Subject::After(t.range.end),
                });
                return;
            }
        }
        // `… powiedział, że …` (the comma is optional; a subject may sit between).
        let mut j = k + 1;
        let mut subject_after = false;
        while let Some(x) = toks.get(j) {
            let xw = word(text, x);
            if is_complementizer(xw) {
                if !reports {
                    return;
                }
                let subject =
                    Subject::of_verb(subject_after, t.range.end, s.range.start, cue.range.start);
                if push_report(text, toks, marks, end, j, cue.clone(), subject, found) {
                    return;
                }
                break;
            }
            if xw == "," || abbreviation_dot(text, toks, j) {
                j += 1;
                continue;
            }
            // A named subject after the verb: `stwierdził Kowalski, że`
            // (not a name a preposition governs: `przyznał w TVN24, że`).
            if x.kind == TokenKind::Word
                && j - k <= 4
                && xw.chars().next().is_some_and(char::is_uppercase)
            {
                subject_after |= !toks
                    .get(j - 1)
                    .is_some_and(|p| super::descriptor::is_preposition(word(text, p)));
                j += 1;
                continue;
            }
            // Adverbs and a short phrase before the clause: `dodał też, że`,
            // `wskazał w oświadczeniu, że`.
            if x.kind == TokenKind::Word && j - k <= 4 && cue_at(text, x).is_none() {
                j += 1;
                continue;
            }
            break;
        }
        // A longer adjunct before `, że`: `podkreślił w środę w "Sygnałach
        // Dnia", że`.
        if reports && let Some(c) = far_complementizer(text, toks, k) {
            let subject = Subject::Before {
                sentence_start: s.range.start,
                cue_start: cue.range.start,
            };
            if push_report(text, toks, marks, end, c, cue, subject, found) {
                return;
            }
        }
    }
}

/// A title in quote marks opening at token `k` (`"Gazety Wyborczej"`,
/// `„Rzeczpospolitej”`): up to six capitalised words or words of the title
/// after a capitalised first, then the closing mark. Returns where the
/// closing mark ends.
pub(super) fn quoted_title(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    let open = toks.get(k)?;
    let mark = word(text, open).chars().next()?;
    if open.kind != TokenKind::Punct || !crate::chars::opens_name_quote(mark) {
        return None;
    }
    let first = toks.get(k + 1)?;
    if first.kind != TokenKind::Word || !word(text, first).starts_with(char::is_uppercase) {
        return None;
    }
    let close = toks
        .iter()
        .enumerate()
        .skip(k + 2)
        .take(6)
        .find(|(_, t)| t.kind != TokenKind::Word)?;
    let closing = word(text, close.1)
        .chars()
        .next()
        .is_some_and(crate::chars::is_quote_mark);
    closing.then_some(close.1.range.end)
}

/// A frame's argument that is a person or institution noun in the
/// genitive, with the genitives that modify it, starting at token `k`
/// (`Zdaniem ministra zdrowia reforma …`, `Według ekspertów banku …`,
/// `Według policji sprawca …`). Returns where it ends.
fn genitive_argument(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    let head = toks.get(k)?;
    let hw = word(text, head);
    // A modifier: a name, or a genitive that cannot be the clause's subject.
    let genitive_only = |w: &str| {
        let r = morph::guessed(w);
        w.starts_with(char::is_uppercase)
            || (r.iter().any(|a| a.case == Some("gen"))
                && r.iter().all(|a| {
                    matches!(a.pos, morph::Pos::Noun | morph::Pos::Adj)
                        && a.case.is_some_and(|c| c != "nom")
                }))
    };
    let r = morph::guessed(hw);
    // A person, an institution (`Według policji sprawca …`), or the
    // information of a named source (`Według informacji RMF FM minister …`).
    let source = r.iter().any(|a| {
        a.pos == morph::Pos::Noun
            && a.case == Some("gen")
            && (a.gender == Some("m1")
                || !a.lemma.is_empty() && crate::triggers::is_org_head_lemma(a.lemma))
    }) || matches!(hw, "informacji" | "ustaleń" | "doniesień")
        && toks.get(k + 1).is_some_and(|n| {
            word(text, n).starts_with(|c: char| c.is_uppercase() || crate::chars::is_quote_mark(c))
        });
    let person = source && !r.iter().any(|a| a.pos == morph::Pos::Adj);
    if head.kind != TokenKind::Word || !hw.starts_with(char::is_lowercase) || !person {
        return None;
    }
    // `Według ustaleń „Rzeczpospolitej” rząd …`: a title in quote marks.
    if let Some(end) = quoted_title(text, toks, k + 1) {
        return Some(end);
    }
    // A genitive that could also be a nominative (`zdrowia`) is a modifier
    // when a nominative follows it (`Zdaniem ministra zdrowia reforma …`).
    let nominative_noun = |t: &Token| {
        t.kind == TokenKind::Word
            && morph::guessed(word(text, t))
                .iter()
                .any(|a| a.pos == morph::Pos::Noun && a.case == Some("nom"))
    };
    let mut last = head;
    let mut n = k + 1;
    let mut reach = k + 3;
    while let Some(t) = toks.get(n).filter(|_| n <= reach) {
        let w = word(text, t);
        // `Zdaniem naukowców z Uniwersytetu Warszawskiego klimat …`: where
        // the people come from, by its name, belongs to the argument.
        if matches!(w, "z" | "ze")
            && let Some(name) = toks.get(n + 1).filter(|x| {
                x.kind == TokenKind::Word && word(text, x).starts_with(char::is_uppercase)
            })
        {
            last = name;
            n += 2;
            reach += 2;
            continue;
        }
        // After a name only more of the name (`ministra Jana Nowaka
        // podwyżek nie będzie`: `podwyżek` is the clause's).
        let named = word(text, last).starts_with(char::is_uppercase);
        let modifier = t.kind == TokenKind::Word
            && (!named || w.starts_with(char::is_uppercase))
            && (genitive_only(w)
                || (morph::guessed(w).iter().any(|a| a.case == Some("gen"))
                    && toks.get(n + 1).is_some_and(nominative_noun)));
        if !modifier {
            break;
        }
        last = t;
        n += 1;
    }
    Some(last.range.end)
}

/// Whether token `k` is the full stop of an abbreviation written onto the
/// word before it (`wskazują m.in., że`): it ends no sentence.
fn abbreviation_dot(text: &str, toks: &[Token], k: usize) -> bool {
    let (Some(dot), Some(prev)) = (toks.get(k), k.checked_sub(1).and_then(|p| toks.get(p))) else {
        return false;
    };
    word(text, dot) == "."
        && prev.kind == TokenKind::Word
        && prev.range.end == dot.range.start
        && crate::data::is_abbreviation(word(text, prev))
}

/// The `że`/`iż` after a comma up to a dozen tokens after the cue at `k`,
/// across an adjunct of time, place or medium, but not across another
/// verb, a subordinate clause or the end of a sentence.
pub(super) fn far_complementizer(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    const REACH: usize = 12;
    for m in k + 1..(k + REACH).min(toks.len()) {
        let x = toks.get(m)?;
        let w = word(text, x);
        if matches!(w, "że" | "iż") {
            let comma = m
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|p| word(text, p) == ",");
            return comma.then_some(m);
        }
        let stop = (matches!(w, "." | "!" | "?" | ";" | ":") && !abbreviation_dot(text, toks, m))
            || w.starts_with(is_dash)
            || crate::lexicon::with_lower(w, |l| {
                matches!(
                    l,
                    "bo" | "gdy"
                        | "gdyż"
                        | "ponieważ"
                        | "który"
                        | "która"
                        | "które"
                        | "którzy"
                        | "to"
                        | "tym"
                        | "aby"
                        | "by"
                        | "żeby"
                        | "jak"
                )
            })
            || w.ends_with("ąc")
            || (m > k + 1
                && x.kind == TokenKind::Word
                && (cue_at(text, x).is_some() || morph::is_verb(w)));
        if stop {
            return None;
        }
    }
    None
}

/// Pushes the reported clause after the complementizer at token `c`, up
/// to the end of the sentence `end` or a coordinated predicate of the same
/// subject. A coordinated report (`…, a także ma nadzieję, że …`) is a
/// second quote of the same speaker; a quoted sentence after a colon
/// (`sądzi, że …: "To …"`) is a direct quote of its own. False when the
/// clause is too short to be speech.
#[allow(clippy::too_many_arguments)]
pub(super) fn push_report(
    text: &str,
    toks: &[Token],
    marks: &[(usize, usize)],
    end: usize,
    c: usize,
    cue: Cue,
    subject: Subject,
    found: &mut Vec<Found>,
) -> bool {
    let Some(x) = toks.get(c) else { return false };
    let second = coordinated_report(text, toks, marks, c + 1);
    let clause_end = [
        coordinated_verb(text, toks, c + 1),
        second.as_ref().map(|s| s.0),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(end);
    let clause = through_quote(text, marks, trim_content(text, x.range.end..clause_end));
    if clause.len() < 8 {
        return false;
    }
    let clause_stop = clause.end;
    push_clause(text, marks, clause, cue, subject, found);
    if let Some((_, verb, c2, subject)) = second
        && let Some(x2) = toks.get(c2)
        && x2.range.start >= clause_stop
    {
        let clause = through_quote(text, marks, trim_content(text, x2.range.end..end));
        if clause.len() >= 8 {
            push_clause(text, marks, clause, verb, subject, found);
        }
    }
    true
}

/// Pushes a reported clause, split at a colon that opens a quoted sentence
/// running to its end.
pub(super) fn push_clause(
    text: &str,
    marks: &[(usize, usize)],
    clause: Range<usize>,
    cue: Cue,
    subject: Subject,
    found: &mut Vec<Found>,
) {
    let k = marks.partition_point(|&(o, _)| o <= clause.start);
    let split = marks.get(k..).unwrap_or(&[]).iter().find_map(|&(o, c)| {
        if o >= clause.end {
            return None;
        }
        let before = text.get(clause.start..o)?.trim_end();
        let open_len = text.get(o..)?.chars().next()?.len_utf8();
        let close_len = text.get(c..)?.chars().next()?.len_utf8();
        let capital = text
            .get(o + open_len..)?
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        (before.ends_with(':') && capital && c + close_len >= clause.end)
            .then(|| (clause.start + before.len() - 1, o + open_len, c))
    });
    match split {
        Some((colon, open, close)) if colon > clause.start => {
            let first = trim_content(text, clause.start..colon);
            found.push(Found {
                kind: kind_of(marks, &first),
                range: first,
                cue: Some(cue.clone()),
                subject,
            });
            found.push(Found {
                range: trim_content(text, open..close),
                kind: QuoteKind::Direct,
                cue: Some(cue),
                subject: Subject::Previous,
            });
        }
        _ => found.push(Found {
            kind: kind_of(marks, &clause),
            range: clause,
            cue: Some(cue),
            subject,
        }),
    }
}

/// In a reported clause starting at token `from`, a coordinated predicate
/// with a clause of its own: of the same speaker (`a także ma nadzieję,
/// że`, `i uważa, że`), of a new subject (`…, a Tomasz Nałęcz z SdPl
/// uważa, że`), or a verb after a comma that drops its subject (`…,
/// dodał, że`). Returns where the first clause ends, the predicate (as a
/// cue), the token of its `że`/`iż` and where to look for its subject.
pub(super) fn coordinated_report(
    text: &str,
    toks: &[Token],
    marks: &[(usize, usize)],
    from: usize,
) -> Option<(usize, Cue, usize, Subject)> {
    let rest = toks.get(from..)?;
    rest.iter().enumerate().skip(3).find_map(|(n, a)| {
        let aw = word(text, a);
        if !matches!(aw, "a" | "i" | "oraz" | "zaś" | ",") || inside_marks(marks, a.range.start) {
            return None;
        }
        let mut v = n + 1;
        // A new subject after `a`/`zaś`: a name of up to five words, with a
        // party or a place (`Tomasz Nałęcz z SdPl`).
        let named = matches!(aw, "a" | "zaś")
            && rest
                .get(v)
                .is_some_and(|t| word(text, t).starts_with(char::is_uppercase));
        if named {
            let span = rest
                .get(v..)?
                .iter()
                .take(6)
                .take_while(|t| {
                    let w = word(text, t);
                    t.kind == TokenKind::Word
                        && (w.starts_with(char::is_uppercase) || matches!(w, "z" | "ze"))
                })
                .count();
            v += span;
        }
        while rest
            .get(v)
            .is_some_and(|t| matches!(word(text, t), "także" | "też" | "również"))
        {
            v += 1;
        }
        let verb = rest.get(v)?;
        let vw = word(text, verb);
        if verb.kind != TokenKind::Word || !reportive(vw) || !morph::can_be_verb(vw) {
            return None;
        }
        // After a bare comma only a past-tense speech verb (`, dodał`).
        if aw == "," && !(cue_at(text, verb).is_some() && super::descriptor::is_past_verb(vw)) {
            return None;
        }
        // `, że` within a few words, with no punctuation before the comma;
        // right after a verb that follows a comma, the comma may be missing.
        let m = (v + 1..=v + 4).find(|&m| {
            rest.get(m)
                .is_some_and(|t| matches!(word(text, t), "że" | "iż"))
        })?;
        let comma = m - 1;
        let clean = rest
            .get(v + 1..comma)
            .unwrap_or(&[])
            .iter()
            .all(|t| t.kind == TokenKind::Word);
        let last = rest.get(comma.checked_sub(1)?)?;
        let has_comma = rest.get(comma).is_some_and(|t| word(text, t) == ",");
        let bare_ok = aw == "," && m == v + 1;
        ((has_comma && clean) || bare_ok).then(|| {
            let gender = cue_at(text, verb).map_or(Gender::Unmarked, |c| c.gender);
            let cue_end = if bare_ok {
                verb.range.end
            } else {
                last.range.end
            };
            let subject = if named {
                Subject::Before {
                    sentence_start: rest.get(n + 1).map_or(a.range.end, |t| t.range.start),
                    cue_start: verb.range.start,
                }
            } else if aw == "," {
                // Nothing before the verb: its subject is dropped.
                Subject::Before {
                    sentence_start: verb.range.start,
                    cue_start: verb.range.start,
                }
            } else {
                Subject::Previous
            };
            (
                a.range.start,
                Cue {
                    range: verb.range.start..cue_end,
                    gender,
                },
                from + m,
                subject,
            )
        })
    })
}

/// In a reported clause starting at token `from`, a coordinated speech verb
/// of the main subject (`… i zaapelował do …`) ends the clause.
pub(super) fn coordinated_verb(text: &str, toks: &[Token], from: usize) -> Option<usize> {
    let rest = toks.get(from..)?;
    rest.windows(2).find_map(|w| {
        let [a, b] = w else { return None };
        (matches!(word(text, a), "i" | "oraz" | "a") && cue_at(text, b).is_some())
            .then_some(a.range.start)
    })
}

/// `Jak podkreślił komisarz Franco Frattini Polska …`: a frame's subject
/// with no comma after it. Within six words of the verb at token `k`,
/// after lower-case words only (a title), a first name in the nominative
/// and one capitalised word: the clause starts right after them.
fn after_name(text: &str, toks: &[Token], k: usize) -> Option<usize> {
    for j in k + 1..k + 6 {
        let x = toks.get(j)?;
        let w = word(text, x);
        if x.kind != TokenKind::Word {
            return None;
        }
        if !w.starts_with(char::is_uppercase) {
            continue;
        }
        let first = crate::lexicon::name_readings(w).iter().any(|r| {
            matches!(
                r.class,
                crate::lexicon::NameClass::FirstMale | crate::lexicon::NameClass::FirstFemale
            ) && r.cases & crate::lexicon::case::NOM != 0
        });
        let surname = toks.get(j + 1)?;
        let next = toks.get(j + 2)?;
        let clause = toks.get(j + 2..).unwrap_or(&[]);
        return (first
            && surname.kind == TokenKind::Word
            && word(text, surname).starts_with(char::is_uppercase)
            && next.kind == TokenKind::Word
            && clause
                .iter()
                .take_while(|t| t.kind == TokenKind::Word)
                .count()
                >= 3)
            .then_some(surname.range.end);
    }
    None
}
