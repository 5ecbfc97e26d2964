//! User patterns of an [`Analyzer`](crate::Analyzer): entities found by
//! regular expressions (identifiers, case signatures, phone numbers), and
//! spans the segmenter must not split (legal citations).

use std::ops::Range;
use std::sync::Mutex;

use regex::{Regex, RegexSet};
use rustc_hash::FxHashSet;

use crate::error::Error;
use crate::output::{Entity, Label};
use crate::segment::Sentence;

/// The label a user's name gives: a built-in one, or a custom one (names
/// are kept for the life of the process, once each).
fn label_of(name: &str) -> Label {
    match name {
        "PER" => Label::Per,
        "ORG" => Label::Org,
        "LOC" => Label::Loc,
        "DATE" => Label::Date,
        "TIME" => Label::Time,
        _ => Label::Custom(intern(name)),
    }
}

fn intern(name: &str) -> &'static str {
    static NAMES: Mutex<Option<FxHashSet<&'static str>>> = Mutex::new(None);
    let mut names = NAMES
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let names = names.get_or_insert_with(FxHashSet::default);
    if let Some(&n) = names.get(name) {
        return n;
    }
    let leaked: &'static str = Box::leak(name.to_owned().into_boxed_str());
    names.insert(leaked);
    leaked
}

/// The compiled patterns of an analyzer.
#[derive(Debug, Clone)]
pub(crate) struct Patterns {
    labels: Vec<Label>,
    /// All entity patterns at once: which of them match a text.
    set: RegexSet,
    each: Vec<Regex>,
    keep: Vec<Regex>,
}

impl Patterns {
    /// Compiles `(label, regex)` pairs and the regexes of spans to keep
    /// together; [`Error::InvalidPattern`] names a pattern that does not
    /// compile or can match the empty string, [`Error::InvalidLabel`] an
    /// empty label or one with whitespace.
    pub(crate) fn new(patterns: &[(String, String)], keep: &[String]) -> Result<Self, Error> {
        let compile = |p: &str| -> Result<Regex, Error> {
            let re = Regex::new(p).map_err(|e| Error::InvalidPattern {
                pattern: p.to_owned(),
                reason: e.to_string(),
            })?;
            if re.is_match("") {
                return Err(Error::InvalidPattern {
                    pattern: p.to_owned(),
                    reason: "it matches the empty string".to_owned(),
                });
            }
            Ok(re)
        };
        let mut labels = Vec::with_capacity(patterns.len());
        let mut each = Vec::with_capacity(patterns.len());
        for (label, p) in patterns {
            if label.is_empty() || label.chars().any(char::is_whitespace) {
                return Err(Error::InvalidLabel(label.clone()));
            }
            labels.push(label_of(label));
            each.push(compile(p)?);
        }
        let set =
            RegexSet::new(patterns.iter().map(|(_, p)| p)).map_err(|e| Error::InvalidPattern {
                pattern: patterns.iter().map(|(_, p)| p.as_str()).collect(),
                reason: e.to_string(),
            })?;
        let keep = keep.iter().map(|p| compile(p)).collect::<Result<_, _>>()?;
        Ok(Self {
            labels,
            set,
            each,
            keep,
        })
    }

    /// `sentences` with those joined that a keep-together match crosses.
    pub(crate) fn keep_together<'t>(
        &self,
        text: &'t str,
        sentences: Vec<Sentence<'t>>,
    ) -> Vec<Sentence<'t>> {
        let mut spans: Vec<Range<usize>> = self
            .keep
            .iter()
            .flat_map(|re| re.find_iter(text).map(|m| m.range()))
            .collect();
        if spans.is_empty() {
            return sentences;
        }
        spans.sort_unstable_by_key(|r| r.start);
        let mut out: Vec<Sentence<'t>> = Vec::with_capacity(sentences.len());
        // The spans that start before the current boundary, walked once.
        let mut k = 0;
        let mut reach = 0;
        for s in sentences {
            let joined = out.last_mut().and_then(|prev| {
                while let Some(r) = spans.get(k).filter(|r| r.start < prev.range.end) {
                    reach = reach.max(r.end);
                    k += 1;
                }
                (reach > s.range.start).then_some(prev)
            });
            match joined {
                Some(prev) => {
                    let range = prev.range.start..s.range.end;
                    prev.text = text.get(range.clone()).unwrap_or(prev.text);
                    prev.range = range;
                }
                None => out.push(s),
            }
        }
        out
    }

    /// Adds the pattern matches to `entities` (in order), dropping the
    /// built-in entities they overlap.
    pub(crate) fn add_entities(&self, text: &str, entities: &mut Vec<Entity>) {
        let mut found: Vec<(usize, Range<usize>)> = self
            .set
            .matches(text)
            .into_iter()
            .flat_map(|i| {
                self.each
                    .get(i)
                    .into_iter()
                    .flat_map(move |re| re.find_iter(text).map(move |m| (i, m.range())))
            })
            .filter(|(_, r)| !r.is_empty())
            .collect();
        if found.is_empty() {
            return;
        }
        // The first pattern wins, then the longer match, then the earlier.
        found.sort_unstable_by_key(|(i, r)| (*i, std::cmp::Reverse(r.len()), r.start));
        let mut taken: Vec<(usize, Range<usize>)> = Vec::with_capacity(found.len());
        let mut by_start: std::collections::BTreeMap<usize, usize> = Default::default();
        for (i, r) in found {
            let before = by_start.range(..r.end).next_back();
            if before.is_some_and(|(_, &end)| end > r.start) {
                continue;
            }
            by_start.insert(r.start, r.end);
            taken.push((i, r));
        }
        taken.sort_unstable_by_key(|(_, r)| r.start);
        let overlaps = |e: &Entity| {
            let before = by_start.range(..e.range.end).next_back();
            before.is_some_and(|(_, &end)| end > e.range.start)
        };
        entities.retain(|e| !overlaps(e));
        let mut cluster = entities.iter().map(|e| e.cluster + 1).max().unwrap_or(0);
        let mut clusters: rustc_hash::FxHashMap<(usize, &str), usize> = Default::default();
        let mut added: Vec<Entity> = Vec::with_capacity(taken.len());
        for (i, r) in taken {
            let Some(matched) = text.get(r.clone()) else {
                continue;
            };
            let id = *clusters.entry((i, matched)).or_insert_with(|| {
                cluster += 1;
                cluster - 1
            });
            added.push(Entity {
                range: r,
                label: self.labels.get(i).copied().unwrap_or(Label::Org),
                lemma: matched.to_owned(),
                cluster: id,
            });
        }
        entities.extend(added);
        entities.sort_by_key(|e| (e.range.start, std::cmp::Reverse(e.range.end)));
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::Analyzer;

    #[test]
    fn bad_patterns_are_named() {
        let err = Analyzer::builder()
            .pattern("X", r"\d{11")
            .build()
            .unwrap_err();
        assert!(matches!(&err, Error::InvalidPattern { pattern, .. } if pattern == r"\d{11"));
        assert!(err.to_string().contains(r"\d{11"), "{err}");
        let err = Analyzer::builder()
            .pattern("X", r"\d*")
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("empty"), "{err}");
        let err = Analyzer::builder().keep_together("(").build().unwrap_err();
        assert!(matches!(err, Error::InvalidPattern { .. }));
        let err = Analyzer::builder().pattern("", "x").build().unwrap_err();
        assert_eq!(err, Error::InvalidLabel(String::new()));
    }

    #[test]
    fn patterns_win_over_built_in_entities_and_over_later_patterns() {
        let a = Analyzer::builder()
            .pattern("KLUB", r"Warta Poznań")
            .pattern("MIASTO", r"Poznań")
            .pattern("PER", r"Ala Makota")
            .build()
            .unwrap();
        let doc = a.analyze("Warta Poznań wygrała. Ala Makota była w Poznaniu i w Poznań.");
        let got: Vec<(&str, &str, &str)> = doc
            .entities
            .iter()
            .map(|e| {
                (
                    &doc.text[e.range.clone()],
                    e.label.as_str(),
                    e.lemma.as_str(),
                )
            })
            .collect();
        assert!(
            got.contains(&("Warta Poznań", "KLUB", "Warta Poznań")),
            "{got:?}"
        );
        assert!(!got.iter().any(|g| g.0 == "Warta"), "{got:?}");
        assert!(
            got.contains(&("Ala Makota", "PER", "Ala Makota")),
            "{got:?}"
        );
        assert!(got.contains(&("Poznań", "MIASTO", "Poznań")), "{got:?}");
        // In order, none overlapping a pattern match.
        for w in doc.entities.windows(2) {
            assert!(w[0].range.start <= w[1].range.start);
        }
    }

    #[test]
    fn equal_matches_share_a_cluster() {
        let a = Analyzer::builder()
            .pattern("TEL", r"\b\d{3} \d{3} \d{3}\b")
            .build()
            .unwrap();
        let doc = a.analyze("Dzwoń: 600 100 200. Albo 600 100 200. Albo 500 100 200.");
        let tel: Vec<&Entity> = doc
            .entities
            .iter()
            .filter(|e| e.label.as_str() == "TEL")
            .collect();
        assert_eq!(tel.len(), 3);
        assert_eq!(tel[0].cluster, tel[1].cluster);
        assert_ne!(tel[0].cluster, tel[2].cluster);
        let others: FxHashSet<usize> = doc
            .entities
            .iter()
            .filter(|e| e.label.as_str() != "TEL")
            .map(|e| e.cluster)
            .collect();
        assert!(tel.iter().all(|t| !others.contains(&t.cluster)));
    }

    #[test]
    fn kept_spans_are_not_split() {
        let text = "Zob. art. 5 ust. 2 pkt 3. Potem koniec. I art. 7 ust. 1. Koniec.";
        let plain = crate::analyze(text);
        let a = Analyzer::builder()
            .keep_together(r"\bart\. \d+ ust\. \d+( pkt \d+)?")
            .build()
            .unwrap();
        let doc = a.analyze(text);
        for s in &doc.sentences {
            assert_eq!(&text[s.range.clone()], s.text);
        }
        for m in ["art. 5 ust. 2 pkt 3", "art. 7 ust. 1"] {
            let at = text.find(m).unwrap();
            assert!(
                doc.sentences
                    .iter()
                    .any(|s| s.range.start <= at && s.range.end >= at + m.len()),
                "{m} split: {:?}",
                doc.sentences
            );
        }
        assert!(doc.sentences.len() <= plain.sentences.len());
        // Nothing is lost: every non-space byte is in one sentence.
        let covered: usize = doc.sentences.iter().map(|s| s.text.len()).sum();
        assert!(covered <= text.len());
    }

    #[test]
    fn no_patterns_is_analyze() {
        let text = "Jan Kowalski powiedział: „Idę”. Potem wyszedł z Warszawy.";
        let a = Analyzer::builder().build().unwrap();
        let (x, y) = (a.analyze(text), crate::analyze(text));
        assert_eq!(x.entities, y.entities);
        assert_eq!(x.quotes, y.quotes);
    }
}
