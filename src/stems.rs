//! Matching a word against a list of stems or words in time that does not
//! grow with the list: bit masks of first bytes and lengths, a filter on
//! the first three letters, and the word's own prefixes tried longest first.

use rustc_hash::FxHashSet;

use crate::lexicon::polish_lower;

/// Whether `word` in lower case may be `max` bytes long or shorter: lower
/// case has at least as many chars, and a char has a byte at least.
pub(crate) fn may_fit(word: &str, max: usize) -> bool {
    word.len() <= max || word.chars().count() <= max
}

/// For each first byte of the words of a list, the bit mask of their
/// lengths in bytes (bit 63: 63 bytes or more).
pub(crate) fn shapes(words: &[&str]) -> [u64; 256] {
    let mut out = [0u64; 256];
    for w in words {
        if let Some(slot) = w
            .as_bytes()
            .first()
            .and_then(|&b| out.get_mut(usize::from(b)))
        {
            *slot |= 1 << w.len().min(63);
        }
    }
    out
}

/// Whether `word` (any case) may be a word of the list of `shapes`, whose
/// entries are ASCII and Polish letters in lower case: its first byte (an
/// ASCII capital lowered) and its length are some entry's. Lower case keeps
/// them in a word that lowers to such an entry (a Polish capital keeps its
/// lead byte and length), unless the word has a char of three bytes or more
/// (the Kelvin sign `K` lowers to `k`): such a word passes.
pub(crate) fn may_have_shape(word: &str, shapes: &[u64; 256]) -> bool {
    let bytes = word.as_bytes();
    let Some(&first) = bytes.first() else {
        return false;
    };
    let lengths = shapes
        .get(usize::from(first.to_ascii_lowercase()))
        .copied()
        .unwrap_or(0);
    lengths & (1 << bytes.len().min(63)) != 0 || bytes.iter().any(|&b| b >= 0xE0)
}

/// The longest entry of a word list, in bytes.
pub(crate) fn longest(words: &[&str]) -> usize {
    words.iter().map(|w| w.len()).max().unwrap_or(0)
}

/// The first `N` chars of `word` in lower case, packed 21 bits a char
/// (`N` ≤ 3), and how many chars there were (fewer when the word is short).
/// ASCII and Polish letters are lowered by their bytes, without the Unicode
/// tables.
pub(crate) fn lower_prefix<const N: usize>(word: &str) -> (u64, usize) {
    let bytes = word.as_bytes();
    // Most words begin with three ASCII letters.
    if N == 3
        && let Some(&[a, b, c]) = bytes.first_chunk::<3>()
        && (a | b | c).is_ascii()
    {
        let lower = |x: u8| u64::from(x.to_ascii_lowercase());
        return (lower(a) << 42 | lower(b) << 21 | lower(c), 3);
    }
    let mut packed = 0u64;
    let mut n = 0;
    let mut i = 0;
    while n < N {
        let Some(&b) = bytes.get(i) else { break };
        if b.is_ascii() {
            packed = packed << 21 | u64::from(b.to_ascii_lowercase());
            n += 1;
            i += 1;
            continue;
        }
        if let Some(&b1) = bytes.get(i + 1)
            && let Some(lower) = polish_lower(b, b1)
        {
            // The code point of the two-byte sequence `b lower`.
            packed = packed << 21 | u64::from(b & 0x1F) << 6 | u64::from(lower & 0x3F);
            n += 1;
            i += 2;
            continue;
        }
        let Some(c) = word.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        for l in c.to_lowercase() {
            if n == N {
                break;
            }
            packed = packed << 21 | u64::from(u32::from(l));
            n += 1;
        }
        i += c.len_utf8();
    }
    (packed, n)
}

/// A cheap test in front of [`stem_match`]: the first three letters (lower
/// case) of the stems, and the stems shorter than that with the longest
/// word they can begin. A word that fails it matches no stem, in any case.
pub(crate) struct PrefixFilter {
    three: FxHashSet<u64>,
    short: Vec<(u64, usize, usize)>,
}

impl PrefixFilter {
    pub(crate) fn new<'a>(stems: impl IntoIterator<Item = &'a str>) -> Self {
        let mut three = FxHashSet::default();
        let mut short = Vec::new();
        for s in stems {
            let (p, n) = lower_prefix::<3>(s);
            if n == 3 {
                three.insert(p);
            } else if n > 0 {
                // Short stems take endings of at most two letters.
                short.push((p, n, n + 2));
            }
        }
        Self { three, short }
    }

    /// Whether `word` (any case) may begin with one of the stems.
    pub(crate) fn may_match(&self, word: &str) -> bool {
        let (p, n) = lower_prefix::<3>(word);
        if n == 3 && self.three.contains(&p) {
            return true;
        }
        // The prefix first: counting the chars is dearer, and seldom needed.
        self.short
            .iter()
            .any(|&(sp, sn, max)| sn <= n && p >> (21 * (n - sn)) == sp && may_fit(word, max))
    }
}

/// A set of stems, for [`stem_match`], with a filter in front: for each
/// first byte, the bit mask of stem lengths in bytes (bit 63: 63 or more).
pub(crate) struct StemIndex {
    stems: FxHashSet<&'static str>,
    lengths: [u64; 256],
    /// Bytes of the shortest stem.
    shortest: usize,
    /// Passes every word that may start with a stem.
    pub(crate) prefixes: PrefixFilter,
}

impl StemIndex {
    pub(crate) fn may_hold(&self, prefix: &str) -> bool {
        let Some(&lead) = prefix.as_bytes().first() else {
            return false;
        };
        let lengths = self.lengths.get(usize::from(lead)).copied().unwrap_or(0);
        lengths & (1 << prefix.len().min(63)) != 0 && self.stems.contains(prefix)
    }
}

pub(crate) fn index(stems: &[&'static str]) -> StemIndex {
    StemIndex {
        stems: stems.iter().copied().filter(|s| !s.is_empty()).collect(),
        lengths: shapes(stems),
        shortest: stems.iter().map(|s| s.len()).min().unwrap_or(0),
        prefixes: PrefixFilter::new(stems.iter().copied()),
    }
}

pub(crate) fn set(words: &[&'static str]) -> FxHashSet<&'static str> {
    words.iter().copied().collect()
}

/// `word` starts with one of the stems and adds at most a short ending of
/// letters. Tries the word's own prefixes, longest first, so the cost does not
/// grow with the number of stems.
pub(crate) fn stem_match(word: &str, stems: &StemIndex) -> bool {
    if word.len() < stems.shortest || !stems.prefixes.may_match(word) {
        return false;
    }
    let mut cut = word.len();
    let mut ending = 0;
    loop {
        if let Some(stem) = word.get(..cut)
            && stems.may_hold(stem)
        {
            // Short stems take only short endings: `pana`, not `Panama`; `gen`, not `Genewa`.
            let max = if stem.chars().count() <= 3 { 2 } else { 4 };
            if ending <= max {
                return true;
            }
        }
        if ending == 4 {
            return false;
        }
        match word.get(..cut).and_then(|w| w.chars().next_back()) {
            Some(c) if is_letter(c) => {
                cut -= c.len_utf8();
                ending += 1;
            }
            _ => return false,
        }
    }
}

/// `char::is_alphabetic` without the table lookup for Latin letters.
pub(crate) fn is_letter(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\u{0}'..='\u{7F}' => false,
        '\u{C0}'..='\u{24F}' => c != '×' && c != '÷',
        _ => c.is_alphabetic(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::with_lower;

    /// The definition [`stem_match`] implements: some stem, then a short ending of letters.
    fn naive(word: &str, stems: &[&str]) -> bool {
        stems.iter().any(|s| {
            let max = if s.chars().count() <= 3 { 2 } else { 4 };
            word.strip_prefix(s).is_some_and(|rest| {
                rest.chars().count() <= max && rest.chars().all(char::is_alphabetic)
            })
        })
    }

    #[test]
    fn stem_match_agrees_with_its_definition() {
        let stems = ["pan", "ministerstw", "agencj", "gen", "rad"];
        let index = index(&stems);
        for word in [
            "pan",
            "pana",
            "panami",
            "Panama",
            "panama",
            "ministerstwo",
            "ministerstwami",
            "ministerstwem",
            "agencja",
            "agencji",
            "agencjami",
            "gen",
            "genewa",
            "rada",
            "radą",
            "radzie",
            "radio",
            "ra",
            "",
            "pan-",
            "agencji-x",
            "ministerstwo1",
        ] {
            assert_eq!(stem_match(word, &index), naive(word, &stems), "{word}");
        }
    }

    #[test]
    fn is_letter_agrees_with_is_alphabetic() {
        for c in ('\u{0}'..='\u{2FF}').chain(['ą', 'Ż', '日', '٣', '×']) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn prefix_filter_lets_every_match_through() {
        let stems = ["pan", "ministerstw", "dr", "św", "agencj"];
        let index = index(&stems);
        for word in [
            "Pana",
            "PANA",
            "dr",
            "Dra",
            "drem",
            "Świętego",
            "św",
            "Agencji",
            "MINISTERSTWO",
            "x",
            "",
            "İpan",
        ] {
            let lowered = with_lower(word, str::to_owned);
            if stem_match(&lowered, &index) {
                assert!(index.prefixes.may_match(word), "{word}");
            }
        }
        assert!(!index.prefixes.may_match("Kowalski"));
        assert!(!index.prefixes.may_match("drugiego"));
    }

    proptest::proptest! {
        /// The byte paths of [`lower_prefix`] pack what the Unicode rules give.
        #[test]
        fn lower_prefix_as_unicode(s in "[a-zA-ZąćęłńóśźżĄĆĘŁŃÓŚŹŻäÄßİẞΑαЖж0-9 -]{0,6}") {
            let (packed, n) = lower_prefix::<3>(&s);
            let want: Vec<char> = s.chars().flat_map(char::to_lowercase).take(3).collect();
            let want_packed = want.iter().fold(0u64, |p, &c| p << 21 | u64::from(u32::from(c)));
            proptest::prop_assert_eq!((packed, n), (want_packed, want.len()));
        }
    }
}
