//! Lexicons embedded in the library at build time.
//!
//! The files live in `data/pl/`; each names its source and licence in a `#`
//! header. Nothing is fetched at build or run time.

/// Abbreviations that do not end a sentence (`prof.`, `ul.`, `np.`).
pub(crate) const ABBREV_NONFINAL: &str = include_str!("../data/pl/abbrev-nonfinal.txt");

/// Abbreviations that may end a sentence (`r.`, `itd.`, `proc.`).
pub(crate) const ABBREV_FINAL: &str = include_str!("../data/pl/abbrev-final.txt");

/// Words that open a dialogue line, never an attribution (`gdzie`, `ale`).
pub(crate) const DIALOGUE_OPENERS: &str = include_str!("../data/pl/dialogue-openers.txt");

/// Further words that open a clause and never a name (`nie`, `to`, `już`).
pub(crate) const CLAUSE_OPENERS: &str = include_str!("../data/pl/clause-openers.txt");

/// Consonant clusters before a final `a` in SGJP proper nouns, with how
/// often a form so spelt is a genitive and how often a nominative.
pub(crate) const NAME_ENDINGS: &str = include_str!("../data/pl/name-endings.tsv");

/// Cluster → (genitives, nominatives), from [`NAME_ENDINGS`].
static ENDINGS: std::sync::LazyLock<rustc_hash::FxHashMap<&'static str, (u32, u32)>> =
    std::sync::LazyLock::new(|| {
        entries(NAME_ENDINGS)
            .filter_map(|l| {
                let mut f = l.split('\t');
                let c = f.next()?;
                let genitives = f.next()?.parse().ok()?;
                let nom = f.next()?.parse().ok()?;
                Some((c, (genitives, nom)))
            })
            .collect()
    });

/// Whether a proper noun ending in `cluster` + `a` is more often a
/// genitive than a nominative in SGJP (`Gartnera`: the man `Gartner`),
/// judged by the longest end of the cluster that the data holds.
pub(crate) fn genitive_ending(cluster: &str) -> bool {
    let starts = cluster.char_indices().map(|(i, _)| i);
    starts
        .filter_map(|i| cluster.get(i..).and_then(|c| ENDINGS.get(c)))
        .next()
        .is_some_and(|&(genitives, nom)| genitives > nom)
}

/// The entries of a data file: non-empty lines that are not `#` comments.
pub(crate) fn entries(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Abbreviations that precede what they qualify (`prof.`, `dr.`, `ds.`),
/// without their full stop.
static NONFINAL: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        entries(ABBREV_NONFINAL)
            .filter_map(|e| e.strip_suffix('.'))
            .collect()
    });

/// Every abbreviation of the two lists, without its full stop.
static ANY: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        entries(ABBREV_NONFINAL)
            .chain(entries(ABBREV_FINAL))
            .filter_map(|e| e.strip_suffix('.'))
            .collect()
    });

/// Whether `word` (no full stop, as written) is an abbreviation of either
/// list (`proc.`, `tys.`, `prof.`).
pub(crate) fn is_abbreviation(word: &str) -> bool {
    word.len() <= 8 && crate::lexicon::with_lower(word, |w| ANY.contains(w))
}

/// Whether `word` (no full stop, as written) is an abbreviation that
/// precedes what it qualifies: its full stop ends nothing (`prof. Lorenc`,
/// `Komitetu ds. Transportu`).
pub(crate) fn is_nonfinal_abbreviation(word: &str) -> bool {
    word.len() <= 8 && crate::lexicon::with_lower(word, |w| NONFINAL.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_are_sorted_lower_case_and_unique() {
        for file in [ABBREV_NONFINAL, ABBREV_FINAL] {
            let items: Vec<&str> = entries(file).collect();
            assert!(items.len() > 20);
            for pair in items.windows(2) {
                assert!(pair[0] < pair[1], "{pair:?} out of order or repeated");
            }
            for item in items {
                assert_eq!(item, item.to_lowercase());
                assert!(item.ends_with('.'), "{item} lacks its full stop");
            }
        }
        let dialogue: Vec<&str> = entries(DIALOGUE_OPENERS).collect();
        let clause: Vec<&str> = entries(CLAUSE_OPENERS).collect();
        for openers in [&dialogue, &clause] {
            for pair in openers.windows(2) {
                assert!(pair[0] < pair[1], "{pair:?} out of order or repeated");
            }
        }
        for word in &clause {
            assert!(
                !dialogue.contains(word),
                "{word} is already a dialogue opener"
            );
        }
    }

    #[test]
    fn classes_do_not_overlap() {
        let nonfinal: Vec<&str> = entries(ABBREV_NONFINAL).collect();
        for item in entries(ABBREV_FINAL) {
            assert!(!nonfinal.contains(&item), "{item} is in both classes");
        }
    }
}
