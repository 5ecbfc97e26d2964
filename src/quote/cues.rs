//! Cues: speech verbs (by their SGJP forms, a 3rd-person affirmative form
//! that reports), the frames `Zdaniem X` and `Według X`, and the words that
//! open reported speech (`że`, `iż`, `jakoby`).

use super::*;

/// The speech verb at token `t`, if it is one (`powiedział`, `mówi`), or a
/// form of `wyrazić` (`wyraził nadzieję, że`).
#[inline]
pub(super) fn cue_at(text: &str, t: &Token) -> Option<Cue> {
    if t.kind != TokenKind::Word || !cue_filter::may_be_cue(text.as_bytes().get(t.range.clone())?) {
        return None;
    }
    cue_of(text, t)
}

/// [`cue_at`] past its filter.
#[inline(never)]
pub(super) fn cue_of(text: &str, t: &Token) -> Option<Cue> {
    let w = word(text, t);
    if let Some(g) = expressed(w) {
        return Some(Cue {
            range: t.range.clone(),
            gender: g,
        });
    }
    let verb = match speech_verb(w) {
        Some(v) => v,
        None if w.starts_with(char::is_uppercase) => {
            // Sentence-initial `Powiedział`: look it up in lower case, on the stack.
            let mut buf = [0u8; 64];
            let bytes = w.as_bytes();
            match (bytes.first(), buf.get_mut(..bytes.len())) {
                // An ASCII capital: lower it alone. The forms are all in
                // lower case, so a form found is the word in lower case, and
                // none is found unless a capital follows.
                (Some(b), Some(copy)) if b.is_ascii_uppercase() => {
                    copy.copy_from_slice(bytes);
                    if let Some(first) = copy.first_mut() {
                        *first = b.to_ascii_lowercase();
                    }
                    let found = std::str::from_utf8(copy).ok().and_then(speech_verb);
                    match found {
                        Some(v) => v,
                        None if crate::lexicon::has_upper(w.get(1..).unwrap_or("")) => {
                            speech_verb(crate::lexicon::lowercase_into(w, &mut [0u8; 64])?)?
                        }
                        None => return None,
                    }
                }
                _ => speech_verb(crate::lexicon::lowercase_into(w, &mut buf)?)?,
            }
        }
        None => return None,
    };
    Some(Cue {
        range: t.range.clone(),
        gender: verb.gender,
    })
}

/// The stems of the past forms of `wyrazić` / `wyrażać`.
pub(super) const EXPRESSED_STEMS: [&str; 2] = ["wyraził", "wyrażał"];

/// The endings of their past forms (masculine, feminine, neuter, plural).
pub(super) const EXPRESSED_ENDINGS: [&str; 5] = ["", "a", "o", "i", "y"];

/// Past forms of `wyrazić` / `wyrażać` (`wyraził nadzieję, że`): they report
/// speech when a clause follows, which the caller checks.
pub(super) fn expressed(w: &str) -> Option<Gender> {
    if !(w.starts_with("wyra") || w.starts_with("Wyra")) {
        return None;
    }
    let w = w.to_lowercase();
    let stem = EXPRESSED_STEMS.into_iter().find(|s| w.starts_with(s))?;
    match w.strip_prefix(stem)? {
        "" => Some(Gender::Masculine),
        "a" => Some(Gender::Feminine),
        "o" => Some(Gender::Neuter),
        "i" | "y" => Some(Gender::Plural),
        _ => None,
    }
}

/// `być zdania, że` (to be of the opinion that) reports an opinion as
/// `uważać` does: the cue is `zdania` after a 3rd-person form of `być`,
/// whose gender is the speaker's. A closed class of forms.
pub(super) fn opinion_idiom(text: &str, toks: &[Token], k: usize) -> Option<Cue> {
    let t = toks.get(k)?;
    if word(text, t) != "zdania" {
        return None;
    }
    let p = toks.get(k.checked_sub(1)?)?;
    let gender = match word(text, p) {
        "był" => Gender::Masculine,
        "była" => Gender::Feminine,
        "było" => Gender::Neuter,
        "byli" | "były" | "są" => Gender::Plural,
        "jest" => Gender::Unmarked,
        _ => return None,
    };
    Some(Cue {
        range: p.range.start..t.range.end,
        gender,
    })
}

/// Verbs of saying and thinking that are not reflexive, so that with `się`
/// they are impersonal (`mówi się, że`, `szacuje się, że`, `uważano`): the
/// opinion of no one in particular, not a report. Their stems; a closed
/// class. (`skarży się`, `upiera się` are reflexive verbs with a subject.)
const IMPERSONAL_STEMS: [&str; 10] = [
    "mówi",
    "uważa",
    "szacuje",
    "szacowa",
    "twierdzi",
    "przypuszcza",
    "sądzi",
    "zakłada",
    "podejrzewa",
    "przewiduje",
];

/// Whether the cue `w` followed by `się` is impersonal (`Mówi się, że`).
pub(super) fn impersonal(w: &str, next: &str) -> bool {
    next == "się"
        && crate::lexicon::with_lower(w, |l| {
            IMPERSONAL_STEMS.iter().any(|s| {
                l.strip_prefix(s)
                    .is_some_and(|rest| matches!(rest, "" | "ło" | "no"))
            })
        })
}

/// A modal in the 3rd person past before an infinitive of saying reports
/// speech as the finite verb would (`chciała podkreślić, że`, `musieli
/// przyznać, że`, `postanowił ogłosić, że`): the modal's gender is the
/// speaker's. A closed class of three verbs; `miał` is not one, as
/// `miała przypominać, że` tells a purpose as often as a rumour.
pub(super) fn modal_past(w: &str) -> Option<Gender> {
    crate::lexicon::with_lower(w, |l| match l {
        "chciał" | "musiał" | "postanowił" => Some(Gender::Masculine),
        "chciała" | "musiała" | "postanowiła" => Some(Gender::Feminine),
        "chciało" | "musiało" | "postanowiło" => Some(Gender::Neuter),
        "chcieli" | "musieli" | "postanowili" | "chciały" | "musiały" | "postanowiły" => {
            Some(Gender::Plural)
        }
        _ => None,
    })
}

/// Frame words that introduce reported speech on their own.
pub(super) fn is_frame(w: &str) -> bool {
    matches!(w, "Zdaniem" | "zdaniem" | "Według" | "według" | "Wg" | "wg")
}

/// Whether a speech-verb form can report someone else's words in narration:
/// 3rd person present or past, impersonal `-no`/`-to`, conditional, or an
/// adverbial participle (`-ąc`). Infinitives (`powiedzieć`), imperatives
/// (`zauważ`, `przypomnijmy`) and 1st/2nd person forms (`uważam`, `mówisz`)
/// do not: `Proszę pozwolić, że…`, `Nie chciał powiedzieć, że…`.
pub(super) fn reportive(w: &str) -> bool {
    crate::lexicon::with_lower(w, reportive_lower)
}

/// [`reportive`] of a word in lower case.
pub(super) fn reportive_lower(w: &str) -> bool {
    if w.ends_with("ąc") {
        return true;
    }
    if w.ends_with(['ć', 'c']) {
        return false;
    }
    const NOT_THIRD: &[&str] = &["łeś", "łaś", "łoś", "my", "cie", "sz", "m", "ę"];
    if NOT_THIRD.iter().any(|e| w.ends_with(e)) {
        return false;
    }
    const THIRD: &[&str] = &["ł", "ła", "ło", "li", "ły", "by", "no", "to"];
    THIRD.iter().any(|e| w.ends_with(e)) || w.ends_with(['a', 'e', 'i', 'y', 'ą', 'o'])
}

/// A cue that does not report what someone said: a negated verb
/// (`nie twierdzi, że`) or a denial (`zdementował, że`, `zaprzeczył, iż`).
pub(super) fn negated(text: &str, toks: &[Token], k: usize) -> bool {
    let prev = k
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|p| matches!(word(text, p), "nie" | "Nie"));
    let denial = toks.get(k).is_some_and(|t| {
        let w = word(text, t);
        [
            "zdement", "dement", "zaprzecz", "Zdement", "Dement", "Zaprzecz",
        ]
        .iter()
        .any(|p| w.starts_with(p))
    });
    prev || denial
}

/// Nouns for figures and findings: `Według szacunków X` gives a source
/// of data, not someone's words.
pub(super) fn is_estimate(w: &str) -> bool {
    matches!(
        w,
        "szacunków"
            | "szacunku"
            | "szacunkach"
            | "danych"
            | "obliczeń"
            | "wyliczeń"
            | "statystyk"
            | "prognoz"
            | "prognozy"
            | "sondażu"
            | "sondaży"
            | "badań"
            | "badania"
            | "raportu"
    )
}

pub(super) fn is_complementizer(w: &str) -> bool {
    matches!(w, "że" | "iż" | "jakoby" | "by" | "aby" | "żeby")
}

/// A dialogue tag by its shape, not by a word list: a past-tense verb of the
/// 3rd person (`grzmiał`, `zdziwiła się`, `westchnęli`) that the dictionary
/// knows as nothing but a verb, or does not know at all; the caller has
/// checked that it stands right after a quote and its dash. The gender
/// comes from the ending.
pub(super) fn tag_shape(text: &str, t: &Token) -> Option<Cue> {
    if t.kind != TokenKind::Word {
        return None;
    }
    let w = word(text, t);
    if w.chars().count() < 4 || !w.starts_with(char::is_lowercase) || conditional(w) {
        return None;
    }
    // Auxiliaries and modals take another verb; they tag nothing.
    const AUXILIARY: &[&str] = &[
        "był",
        "była",
        "byli",
        "były",
        "został",
        "została",
        "zostali",
        "zostały",
        "miał",
        "miała",
        "mieli",
        "miały",
        "chciał",
        "chciała",
        "chcieli",
        "chciały",
        "mógł",
        "mogła",
        "mogli",
        "mogły",
        "musiał",
        "musiała",
        "musieli",
        "musiały",
        "zaczął",
        "zaczęła",
        "zaczęli",
        "zaczęły",
    ];
    if AUXILIARY.contains(&w) {
        return None;
    }
    // (A neuter verb tags no one: `zabrakło`, `wydawało się`.)
    let gender = if w.ends_with("ła") {
        Gender::Feminine
    } else if w.ends_with('ł') {
        Gender::Masculine
    } else if w.ends_with("li") || w.ends_with("ły") {
        Gender::Plural
    } else {
        return None;
    };
    // `szkoła`, `siły`, `anioł`: nouns and adjectives that end like the
    // past tense.
    let r = morph::readings(w);
    if r.iter().any(|a| a.pos != morph::Pos::Verb) || (r.is_empty() && w.ends_with("ły")) {
        return None;
    }
    Some(Cue {
        range: t.range.clone(),
        gender,
    })
}
