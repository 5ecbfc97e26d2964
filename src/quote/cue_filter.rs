//! A prefilter for cue words: from a few of its bytes, most words are
//! known to be no speech verb before one is looked up (`cue_at` asks about
//! every token).
//!
//! A word is a cue only when its lower case is a speech verb form or a
//! past form of `wyrazić` / `wyrażać`. Those forms are written in Polish
//! letters, and every char whose lower case is one of them is that letter,
//! its capital, or (for `k`) the Kelvin sign: none is shorter in UTF-8 than
//! its lower case. So a cue has at least four bytes, like every form, and
//! its first four and last three bytes are those of its form written with
//! some of its first four and last three letters in another of these
//! spellings. The filter keeps the keys of all such spellings; a key does
//! not tell an ASCII letter from its capital.

use std::sync::LazyLock;

/// Bits of the filter (a power of two): 64 KiB, under 3% of them set.
const BITS: usize = 1 << 19;

/// The fewest bytes of a form.
const MIN_BYTES: usize = 4;

/// Sets the bit that tells a lower-case ASCII letter from its capital, in
/// each byte of a key: capitals need no keys of their own.
const FOLD: u64 = 0x20_2020_2020_2020;

/// The Kelvin sign, whose lower case is `k`.
const KELVIN: char = '\u{212A}';

/// A hash of a word's first four and last three bytes, with [`FOLD`] set,
/// below [`BITS`]; `None` for a word shorter than [`MIN_BYTES`].
fn key(word: &[u8]) -> Option<usize> {
    let head = u32::from_le_bytes(*word.first_chunk::<MIN_BYTES>()?);
    let tail = u32::from_le_bytes(*word.last_chunk::<4>()?) >> 8;
    let k = (u64::from(head) | u64::from(tail) << 32) | FOLD;
    // The top bits of a multiplicative hash.
    Some((k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BITS.trailing_zeros())) as usize)
}

/// The spellings of lower-case `c` that [`key`] tells apart: `c`, its
/// capital unless that is ASCII (the same in a key) or not one char, and
/// the Kelvin sign for `k`.
fn spellings(c: char) -> impl Iterator<Item = char> {
    let mut upper = c.to_uppercase();
    let capital = match (upper.next(), upper.next()) {
        (Some(u), None) if u != c && !u.is_ascii() => Some(u),
        _ => None,
    };
    let kelvin = (c == 'k').then_some(KELVIN);
    std::iter::once(c).chain(capital).chain(kelvin)
}

/// The forms a cue is a spelling of: speech verbs and the forms that
/// `expressed` takes.
fn forms() -> impl Iterator<Item = String> {
    let mut verbs = Vec::new();
    crate::lexicon::for_each_speech_verb(|f| verbs.push(f.to_owned()));
    let expressed = super::EXPRESSED_STEMS.iter().flat_map(|stem| {
        super::EXPRESSED_ENDINGS
            .iter()
            .map(move |end| format!("{stem}{end}"))
    });
    verbs.into_iter().chain(expressed)
}

/// The filter: a bit for the key of every spelling of every form.
static KEYS: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; BITS / 64];
    let mut spelled = String::new();
    for form in forms() {
        let mut chars: Vec<char> = form.chars().collect();
        let n = chars.len();
        // The letters whose bytes the key reads.
        let last = |k: usize| n.wrapping_sub(k);
        let mut at: Vec<usize> = [0, 1, 2, 3, last(3), last(2), last(1)]
            .into_iter()
            .filter(|&i| i < n)
            .collect();
        at.sort_unstable();
        at.dedup();
        mark(&mut bits, &mut chars, &at, &mut spelled);
    }
    bits
});

/// Sets the bits of every spelling of `chars` that varies the letters at
/// the positions `at`.
fn mark(bits: &mut [u64], chars: &mut [char], at: &[usize], spelled: &mut String) {
    let Some((&i, rest)) = at.split_first() else {
        spelled.clear();
        spelled.extend(chars.iter());
        if let Some(k) = key(spelled.as_bytes())
            && let Some(slot) = bits.get_mut(k / 64)
        {
            *slot |= 1 << (k % 64);
        }
        return;
    };
    let Some(&c) = chars.get(i) else { return };
    for s in spellings(c) {
        if let Some(slot) = chars.get_mut(i) {
            *slot = s;
        }
        mark(bits, chars, rest, spelled);
    }
    if let Some(slot) = chars.get_mut(i) {
        *slot = c;
    }
}

/// Whether `word` may be a cue; `false` means it is none.
pub(super) fn may_be_cue(word: &[u8]) -> bool {
    key(word).is_some_and(|k| {
        KEYS.get(k / 64)
            .is_some_and(|bits| bits & (1 << (k % 64)) != 0)
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// The letters of the forms.
    fn alphabet() -> rustc_hash::FxHashSet<char> {
        forms()
            .flat_map(|f| f.chars().collect::<Vec<_>>())
            .collect()
    }

    #[test]
    fn expressed_forms_are_found() {
        for stem in crate::quote::EXPRESSED_STEMS {
            for end in crate::quote::EXPRESSED_ENDINGS {
                assert!(crate::quote::expressed(&format!("{stem}{end}")).is_some());
            }
        }
    }

    #[test]
    fn forms_are_lower_case_and_long_enough() {
        for f in forms() {
            assert!(f.len() >= MIN_BYTES, "{f}");
            assert_eq!(f, f.to_lowercase(), "{f}");
        }
    }

    /// Every char whose lower case is a letter of the forms is that letter,
    /// a spelling of it, or an ASCII capital, and no shorter in UTF-8.
    #[test]
    fn every_capital_of_a_letter_is_a_spelling() {
        let letters = alphabet();
        for x in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let mut lower = x.to_lowercase();
            let (Some(c), None) = (lower.next(), lower.next()) else {
                continue;
            };
            if !letters.contains(&c) {
                continue;
            }
            assert!(x.len_utf8() >= c.len_utf8(), "{x:?}");
            assert!(
                x.is_ascii_uppercase() || spellings(c).any(|s| s == x),
                "{x:?} is not a spelling of {c:?}"
            );
        }
    }

    #[test]
    fn forms_in_any_case_pass() {
        for f in forms() {
            let mut capital = f.chars();
            let first = capital.next().unwrap();
            let capitalised: String = first.to_uppercase().chain(capital).collect();
            for w in [f.clone(), capitalised, f.to_uppercase()] {
                assert!(may_be_cue(w.as_bytes()), "{w}");
            }
        }
        assert!(may_be_cue("POWIEDZIAŁ".as_bytes()));
        assert!(may_be_cue("\u{212A}omentowali".as_bytes()));
    }

    #[test]
    fn the_filter_is_sparse() {
        let set: u32 = KEYS.iter().map(|b| b.count_ones()).sum();
        assert!((set as usize) * 100 < BITS * 3, "{set} of {BITS} bits set");
    }

    #[test]
    fn most_words_do_not() {
        for w in ["w", "się", "Prezydent", "jednak", "Polska", "ale"] {
            assert!(!may_be_cue(w.as_bytes()), "{w}");
        }
    }
}
