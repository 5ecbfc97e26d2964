//! Antecedents: the person a subject-less verb, a pronoun or a descriptor
//! refers to: the latest agreeing person or speaker, the person introduced
//! with a title, a plural subject.

use super::descriptor::*;
use super::speaker::{Candidate, Resolver, Titled};
use super::*;
use crate::output::Label;

impl<'a> Resolver<'a> {
    /// The most recent person before `at` agreeing with `gender`; with
    /// `persons_only`, earlier speakers that are institutions or groups are
    /// passed over (a person descriptor or a gendered verb means a person).
    pub(super) fn recent(
        &self,
        at: usize,
        gender: Option<char>,
        persons_only: bool,
    ) -> Option<Candidate<'a>> {
        let person = self.people.latest(at, gender, persons_only);
        let speaker = self.speakers.latest(at, gender, persons_only);
        match (person, speaker) {
            (Some(p), Some(s)) => Some(if s.at >= p.at { s.clone() } else { p.clone() }),
            // Only someone talked about in a quote is left:
            // `Policja zatrzymała Jana Kowala. – Nie jestem winny – powiedział.`
            (None, None) => self.talked_about.latest(at, gender, persons_only).cloned(),
            (p, s) => p.or(s).cloned(),
        }
    }

    /// The latest person named as a subject (in the nominative) within the
    /// three sentences before `at`: what a descriptor no one was introduced
    /// with refers back to (`Jarosław Kaczyński odrzucił propozycje złożone
    /// przez Zbigniewa Religę. … – tłumaczył premier` is Kaczyński's).
    pub(super) fn recent_subject(&self, at: usize, gender: Option<char>) -> Option<Candidate<'a>> {
        let si = self.sentences.partition_point(|s| s.range.end <= at);
        let from = self
            .sentences
            .get(si.saturating_sub(3))
            .map_or(0, |s| s.range.start);
        let subject = self.subjects.latest(at, gender, true)?;
        // Not when someone spoke since: the speaker came later.
        let speaker_after = self
            .speakers
            .latest(at, gender, false)
            .is_some_and(|s| s.at > subject.at);
        (subject.at >= from && !speaker_after).then(|| subject.clone())
    }

    /// The speaker of a verb without a subject. A plural verb
    /// (`podkreślili`, `uważają`) never refers back to one person: it takes
    /// the plural subject of the sentence before (`Polskie władze nie chcą
    /// … . Uważają, że …`), or nobody.
    pub(super) fn pro_drop(
        &self,
        at: usize,
        cue: Option<&super::Cue>,
        gender: Option<char>,
    ) -> Option<Candidate<'a>> {
        if !cue.is_some_and(|c| plural_cue(self.text, c)) {
            let recent = self.recent(at, gender, gender.is_some());
            // A person described as the subject just before (`Dyrektor
            // szpitala nie staje po żadnej stronie. Twierdzi, że …`;
            // `Rolnik przypiął krowę i zapowiedział, że …`), more recent
            // than any named one.
            if let Some(c) = cue
                && let Some(d) = self.described_subject(c.range.start, gender)
                && recent.as_ref().is_none_or(|r| r.at < d.start)
            {
                let who = self.subject_descriptor(&d, at, Some(c), gender);
                if who.is_some() {
                    return who;
                }
            }
            // The speaker of the quote just before, named or described
            // (`„…” – ogłosił premier. „…” – dodał.`), when no person of the
            // verb's gender came after that quote.
            let described = self.speakers.latest(at, gender, false).filter(|s| {
                !s.person
                    && (gender.is_none() || s.gender == gender)
                    && recent.as_ref().is_none_or(|r| r.at < s.at)
            });
            return described.cloned().or(recent);
        }
        self.plural_antecedent(at)
    }

    /// The plural subject a plural verb or pronoun at `at` refers to: in
    /// its own sentence before it, else in the sentence before.
    pub(super) fn plural_antecedent(&self, at: usize) -> Option<Candidate<'a>> {
        let si = self.sentences.partition_point(|s| s.range.end <= at);
        // A subject too long to be a descriptor (`Również szefowie
        // rolniczych związków uważają, że`), else the sentence before.
        let here = self.sentences.get(si).map_or(&[][..], |s| {
            super::tokens_in(self.tokens, &(s.range.start..at))
        });
        let prev = si
            .checked_sub(1)
            .and_then(|p| self.sentences.get(p))
            .map_or(&[][..], |s| super::tokens_in(self.tokens, &s.range));
        self.plural_subject(here, true)
            .or_else(|| self.plural_subject(here, false))
            .or_else(|| self.plural_subject(prev, false))
    }

    /// The latest plural person noun in any case before `at`, in its
    /// sentence or the one before, given in the nominative: what a plural
    /// pronoun in a frame stands for when no plural subject does (`Celem
    /// organizatorów jest … Ich zdaniem …` → `organizatorzy`).
    pub(super) fn plural_persons_before(&self, at: usize) -> Option<Candidate<'a>> {
        let si = self.sentences.partition_point(|s| s.range.end <= at);
        let from = si
            .checked_sub(1)
            .and_then(|p| self.sentences.get(p))
            .or_else(|| self.sentences.get(si))?
            .range
            .start;
        let toks = super::tokens_in(self.tokens, &(from..at));
        toks.iter().rev().find_map(|t| {
            let w = word(self.text, t);
            if t.kind != TokenKind::Word || !w.starts_with(char::is_lowercase) {
                return None;
            }
            let r = morph::readings(w);
            if r.iter()
                .any(|a| matches!(a.pos, morph::Pos::Verb | morph::Pos::Adj))
            {
                return None;
            }
            let lemma = r
                .iter()
                .find(|a| {
                    a.pos == morph::Pos::Noun && a.plural == Some(true) && a.gender == Some("m1")
                })?
                .lemma;
            let name = crate::morph::nominative_plural(lemma)?;
            Some(Candidate {
                at: t.range.start,
                name: name.into(),
                gender: None,
                person: false,
            })
        })
    }

    /// A plural subject in `toks`: a noun that can be the nominative plural
    /// with the adjectives before it, not after a preposition; either
    /// followed by a plural verb or `nie` (`polskie władze nie chcą`) or,
    /// with `to_end`, running on to the end of `toks` with its complements.
    pub(super) fn plural_subject(&self, toks: &[Token], to_end: bool) -> Option<Candidate<'a>> {
        let text = self.text;
        let nominative = |t: &Token, pos: morph::Pos| {
            morph::guessed(word(text, t)).iter().any(|a| {
                a.pos == pos && matches!(a.case, Some("nom") | None) && a.plural != Some(false)
            })
        };
        let candidate = |&(i, t): &(usize, &Token)| {
            let governed = i
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .is_some_and(|p| is_preposition(word(text, p)));
            if governed || t.kind != TokenKind::Word || !nominative(t, morph::Pos::Noun) {
                return false;
            }
            let plural_only = morph::guessed(word(text, t))
                .iter()
                .filter(|a| a.pos == morph::Pos::Noun && matches!(a.case, Some("nom") | None))
                .all(|a| a.plural == Some(true));
            // Before its plural verb, a noun's number is the verb's
            // (`Posłowie opozycji złożyli`; `posłowie` is also a singular).
            if !plural_only && to_end {
                return false;
            }
            // Not a word that is also a particle (`no`).
            if !to_end && morph::can_be_particle(word(text, t)) {
                return false;
            }
            if to_end {
                // Only the noun's complements up to the end, no verb and no
                // conjunction last: `posłowie z sejmowej komisji`.
                let rest = toks.get(i + 1..).unwrap_or(&[]);
                rest.len() <= 8
                    && rest
                        .iter()
                        .all(|x| x.kind == TokenKind::Word && !morph::can_be_verb(word(text, x)))
                    && !rest.last().is_some_and(|x| is_preposition(word(text, x)))
            } else {
                toks.get(self.modifiers_end(toks, i) + 1)
                    .is_some_and(|x| plural_verb(word(text, x)))
            }
        };
        // Running on to the verb: the last noun that can only be a
        // nominative (`wnioski z analiz tutejsi eksperci`), else the first.
        let (i, noun) = if to_end {
            let only_nominative = |t: &Token| {
                morph::readings(word(text, t))
                    .iter()
                    .filter(|a| a.pos == morph::Pos::Noun)
                    .all(|a| matches!(a.case, Some("nom" | "voc")))
            };
            let first = toks.iter().enumerate().find(candidate)?;
            toks.iter()
                .enumerate()
                .rev()
                .filter(candidate)
                .find(|(_, t)| only_nominative(t))
                .unwrap_or(first)
        } else {
            match toks.iter().enumerate().find(candidate) {
                Some(c) => c,
                None => return self.quantity_subject(toks),
            }
        };
        // With the adjectives before it: `polskie władze`.
        let first = toks
            .get(..i)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|t| nominative(t, morph::Pos::Adj))
            .last()
            .unwrap_or(noun);
        let last = if to_end {
            toks.last().unwrap_or(noun)
        } else {
            toks.get(self.modifiers_end(toks, i)).unwrap_or(noun)
        };
        let phrase = text.get(first.range.start..last.range.end)?;
        let known = phrase
            .split(' ')
            .next()
            .is_some_and(|w| !morph::readings(w).is_empty());
        let mut chars = phrase.chars();
        let name = match chars.next() {
            Some(c) if c.is_uppercase() && known => c.to_lowercase().chain(chars).collect(),
            _ => phrase.to_owned(),
        };
        Some(Candidate {
            at: first.range.start,
            name: name.into(),
            gender: None,
            person: false,
        })
    }

    /// A quantity of people as a subject (`500 chuliganów wtargnęło`,
    /// `około 120 hodowców drobiu protestowało`): a number, a plural person
    /// noun in the genitive with its modifiers, then a verb (after a
    /// numeral the verb is neuter singular: `-ło`). The number, with an
    /// approximator before it, opens the speaker's name; the phrase is its
    /// own nominative.
    fn quantity_subject(&self, toks: &[Token]) -> Option<Candidate<'a>> {
        let text = self.text;
        let (i, number) = toks.iter().enumerate().find(|&(i, t)| {
            // `około` and `ponad` before a number are approximators.
            let governed = i
                .checked_sub(1)
                .and_then(|p| toks.get(p))
                .map(|p| word(text, p).to_lowercase())
                .is_some_and(|p| is_preposition(&p) && !matches!(p.as_str(), "około" | "ponad"));
            t.kind == TokenKind::Number
                && !governed
                && toks.get(i + 1).is_some_and(|n| {
                    morph::guessed(word(text, n)).iter().any(|a| {
                        a.pos == morph::Pos::Noun
                            && a.case == Some("gen")
                            && a.plural == Some(true)
                            && a.gender == Some("m1")
                    })
                })
        })?;
        let end = self.modifiers_end(toks, i + 1);
        let verb = toks.get(end + 1).is_some_and(|v| {
            let w = word(text, v);
            plural_verb(w)
                || (w.ends_with("ło") && (morph::can_be_verb(w) || morph::readings(w).is_empty()))
        });
        if !verb {
            return None;
        }
        let last = toks.get(end)?;
        // An approximator is part of the phrase (`około 120 hodowców`).
        let start = i
            .checked_sub(1)
            .and_then(|p| toks.get(p))
            .filter(|p| {
                matches!(
                    word(text, p).to_lowercase().as_str(),
                    "około" | "ponad" | "blisko" | "prawie"
                )
            })
            .map_or(number.range.start, |p| p.range.start);
        let phrase = text.get(start..last.range.end)?;
        let mut chars = phrase.chars();
        let name: String = match chars.next() {
            Some(c) if c.is_uppercase() => c.to_lowercase().chain(chars).collect(),
            _ => phrase.to_owned(),
        };
        Some(Candidate {
            at: start,
            name: name.into(),
            gender: None,
            person: false,
        })
    }

    /// The subject a singular verb without one at `cue_start` takes when a
    /// person noun opens the clause before it: the same sentence's when the
    /// verb is coordinated with `i` or `oraz` (`Rolnik przypiął krowę i
    /// zapowiedział`), else the previous sentence's (`Dyrektor szpitala nie
    /// staje … . Twierdzi`). The noun is in the nominative, of the verb's
    /// gender, with its genitive modifiers, and a verb or `nie` follows.
    pub(super) fn described_subject(
        &self,
        cue_start: usize,
        gender: Option<char>,
    ) -> Option<Range<usize>> {
        let text = self.text;
        let si = self.sentences.partition_point(|s| s.range.end <= cue_start);
        let here = self.sentences.get(si)?;
        let before = super::tokens_in(self.tokens, &(here.range.start..cue_start));
        let coordinated = before
            .last()
            .is_some_and(|t| matches!(word(text, t), "i" | "oraz"));
        // A dash line's tag (`– Kierowca uciekł – relacjonuje.`): only the
        // speech stands before the verb.
        let dash_line = matches!(before, [first, .., last]
            if super::dash_token(text, first) && super::dash_token(text, last));
        let toks = if coordinated {
            before
        } else if before.is_empty() || dash_line {
            let prev = self.sentences.get(si.checked_sub(1)?)?;
            super::tokens_in(self.tokens, &prev.range)
        } else {
            return None;
        };
        // The clause opens with the noun, maybe after adjectives.
        let i = toks.iter().position(|t| {
            let w = word(text, t);
            t.kind != TokenKind::Word
                || !morph::guessed(w)
                    .iter()
                    .any(|a| a.pos == morph::Pos::Adj && a.case == Some("nom"))
                || crate::lexicon::with_lower(w, super::speaker::person_noun)
        })?;
        let head = toks.get(i)?;
        let hw = word(text, head);
        let person = crate::lexicon::with_lower(hw, |l| {
            let man = super::speaker::person_noun(l);
            let woman = feminine_person(l)
                && morph::readings(l).iter().any(|a| {
                    a.pos == morph::Pos::Noun && a.case == Some("nom") && a.gender == Some("f")
                });
            match gender {
                Some('m') => man,
                Some('f') => woman,
                _ => man || woman,
            }
        });
        if head.kind != TokenKind::Word || !person {
            return None;
        }
        let end = self.modifiers_end(toks, i);
        let next = toks.get(end + 1)?;
        let nw = word(text, next);
        let verb = nw == "nie"
            || nw == "się"
            || is_past_verb(nw)
            || morph::guessed(nw).iter().any(|a| a.pos == morph::Pos::Verb);
        let (first, last) = (toks.first()?, toks.get(end)?);
        verb.then_some(first.range.start..last.range.end)
    }

    /// Where the noun phrase headed by the noun at `i` of `toks` ends: its
    /// genitive modifiers (`posłowie opozycji`, `mieszkańcy osiedla`), the
    /// adjectives after them, names, and a second plural noun joined by `i`
    /// or `oraz` (`samorządowcy i przedstawiciele administracji`). Returns
    /// the index of its last token.
    fn modifiers_end(&self, toks: &[Token], i: usize) -> usize {
        let text = self.text;
        let mut last = i;
        let mut n = i + 1;
        while let Some(t) = toks.get(n).filter(|_| n <= i + 6) {
            let w = word(text, t);
            if t.kind != TokenKind::Word || plural_verb(w) {
                break;
            }
            let r = morph::guessed(w);
            let coordinated = matches!(w, "i" | "oraz")
                && toks.get(n + 1).is_some_and(|x| {
                    morph::guessed(word(text, x)).iter().any(|a| {
                        a.pos == morph::Pos::Noun && a.case == Some("nom") && a.plural == Some(true)
                    })
                });
            if coordinated {
                last = n + 1;
                n += 2;
                continue;
            }
            // A genitive noun or adjective, even one that also spells a
            // singular verb, which cannot be a plural subject's predicate
            // (`osiedla`, also `osiedlać`'s). A word the dictionary lacks is
            // guessed from its ending, whose cases are less sure (`drobiu`):
            // any oblique noun will do, but no past-tense shape.
            let known = !morph::readings(w).is_empty();
            let modifier = w.starts_with(char::is_uppercase)
                || (!r.is_empty()
                    && !r.iter().any(|a| a.pos == morph::Pos::Other)
                    && r.iter().any(|a| {
                        matches!(a.pos, morph::Pos::Noun | morph::Pos::Adj)
                            && (a.case == Some("gen")
                                || (!known && a.case.is_some_and(|c| c != "nom")))
                    })
                    && (known
                        || !(is_past_verb(w) || r.iter().any(|a| a.pos == morph::Pos::Verb))));
            if !modifier {
                break;
            }
            last = n;
            n += 1;
        }
        last
    }

    /// The last speaker other than the interviewer.
    pub(super) fn last_speaker(&self) -> Option<Candidate<'a>> {
        self.speakers.latest(usize::MAX, None, false).cloned()
    }

    /// The latest person before `at` introduced with a title of one of
    /// `lemmas` (`prezydent Jan Kowal` for `– ocenił prezydent`), with
    /// `org` in the title phrase when given (`prezes PiS Jan Kowal`).
    pub(super) fn titled(
        &self,
        lemmas: &[String],
        at: usize,
        org: Option<&str>,
    ) -> Option<Candidate<'a>> {
        let mut best: Option<&Titled> = None;
        for l in lemmas {
            let Some(list) = self.titles.get(l) else {
                continue;
            };
            let n = list.partition_point(|t| t.at < at);
            let hit = list.get(..n).unwrap_or(&[]).iter().rev().find(|t| {
                org.is_none_or(|o| self.text.get(t.from..t.at).is_some_and(|s| s.contains(o)))
            });
            if let Some(h) = hit
                && best.is_none_or(|b| h.at > b.at)
            {
                best = Some(h);
            }
        }
        best.map(|t| Candidate {
            at: t.at,
            gender: person_gender(t.name),
            name: t.name.into(),
            person: true,
        })
    }

    /// A street descriptor (`mówi kobieta`) right after a person was
    /// introduced who has not spoken yet (`Tego zdania jest Anna Lis. – … –
    /// mówi kobieta`) is that person.
    pub(super) fn introduced(&self, at: usize, gender: Option<char>) -> Option<Candidate<'a>> {
        let si = self.sentences.partition_point(|s| s.range.end <= at);
        let from = self
            .sentences
            .get(si.saturating_sub(2))
            .map_or(0, |s| s.range.start);
        let e = self
            .starting_in(from..at)
            .iter()
            .rev()
            .find(|e| e.label == Label::Per && !self.in_content(e.range.start))?;
        let name = self.name_of(e);
        let person = person_gender(name);
        if self.spoken.contains(name) || gender.is_some() && person.is_some() && gender != person {
            return None;
        }
        Some(Candidate {
            at: e.range.start,
            gender: person_gender(name),
            name: name.into(),
            person: true,
        })
    }
}

/// A plural verb of the 3rd person (`uważają`, `zebrali`, `spotkały`), or
/// `nie` before one.
fn plural_verb(w: &str) -> bool {
    w == "nie" || ["ą", "li", "ły"].iter().any(|e| w.ends_with(e)) && morph::can_be_verb(w)
}
