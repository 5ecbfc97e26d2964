//! Finds candidate boundaries: the bytes `.`, `!`, `?` and the line breaks
//! (`\n`, a `\r` not followed by `\n`), and the lead bytes `0xE2` (of `…`
//! and of the line and paragraph separators U+2028 and U+2029) and `0xC2`
//! (of the next-line control U+0085).
//!
//! The text is read in blocks of 64 bytes; each block becomes a bit mask of
//! the candidate bytes in it, and the walker takes the set bits one by one.
//! Building a mask costs a few vector instructions per 16 bytes, and taking a
//! bit costs two, so a text with a candidate every few dozen bytes is scanned
//! several times faster than by restarting a `memchr` search at each one.

/// Bytes per block.
const BLOCK: usize = 64;

/// The candidates of a text, in order.
#[derive(Debug, Clone)]
pub(super) struct Candidates {
    /// Offset of the current block.
    base: usize,
    /// Candidates in the current block not yet returned (bit `i` is `base + i`).
    mask: u64,
}

impl Candidates {
    pub(super) fn new(bytes: &[u8]) -> Self {
        Self {
            base: 0,
            mask: block_mask(bytes, 0),
        }
    }

    /// The first candidate at or after `from`.
    #[inline]
    pub(super) fn next(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        if from >= self.base + BLOCK {
            // A rule skipped ahead past this block.
            self.base = from - from % BLOCK;
            self.mask = block_mask(bytes, self.base);
        }
        if from > self.base {
            self.mask &= u64::MAX << (from - self.base);
        }
        loop {
            while self.mask != 0 {
                let p = self.base + self.mask.trailing_zeros() as usize;
                self.mask &= self.mask - 1;
                if is_candidate(bytes, p) {
                    return Some(p);
                }
            }
            self.base += BLOCK;
            if self.base >= bytes.len() {
                return None;
            }
            self.mask = block_mask(bytes, self.base);
        }
    }
}

/// Whether the byte at `p`, whose mask bit is set, starts a candidate: the
/// lead bytes 0xE2 and 0xC2 start many other characters, and `\r\n` is one
/// line break, found at its `\n`.
#[inline]
fn is_candidate(bytes: &[u8], p: usize) -> bool {
    match bytes.get(p) {
        Some(0xE2) => matches!(bytes.get(p + 1..p + 3), Some([0x80, 0xA6 | 0xA8 | 0xA9])),
        Some(0xC2) => bytes.get(p + 1) == Some(&0x85),
        Some(b'\r') => bytes.get(p + 1) != Some(&b'\n'),
        _ => true,
    }
}

/// The candidate mask of the block at `base` (zero past the end of the text).
#[inline(always)]
fn block_mask(bytes: &[u8], base: usize) -> u64 {
    match bytes.get(base..base + BLOCK) {
        Some(block) => mask(block),
        None => {
            // The last, partial block: pad with zeros, which are no candidates.
            let mut pad = [0u8; BLOCK];
            let tail = bytes.get(base..).unwrap_or(&[]);
            if let Some(head) = pad.get_mut(..tail.len()) {
                head.copy_from_slice(tail);
            }
            mask(&pad)
        }
    }
}

/// Bit `i` is set when `block[i]` is a candidate byte; `block` has 64 bytes.
#[cfg(target_arch = "x86_64")]
#[inline]
fn mask(block: &[u8]) -> u64 {
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU supports AVX2, checked just above.
        unsafe { mask_avx2(block) }
    } else {
        mask_sse2(block)
    }
}

/// [`mask`] with 32-byte AVX2 vectors.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn mask_avx2(block: &[u8]) -> u64 {
    use std::arch::x86_64::{
        __m256i, _mm256_cmpeq_epi8, _mm256_loadu_si256, _mm256_movemask_epi8, _mm256_or_si256,
        _mm256_set1_epi8,
    };
    debug_assert_eq!(block.len(), BLOCK);
    let mut out = 0u64;
    for (i, lane) in block.chunks_exact(32).enumerate() {
        // SAFETY: `lane` holds exactly 32 readable bytes for the unaligned load.
        let v = unsafe { _mm256_loadu_si256(lane.as_ptr().cast::<__m256i>()) };
        let is = |b: u8| _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b as i8));
        let m = _mm256_or_si256(
            _mm256_or_si256(
                _mm256_or_si256(is(b'.'), is(b'!')),
                _mm256_or_si256(is(b'\r'), is(0xC2)),
            ),
            _mm256_or_si256(_mm256_or_si256(is(b'?'), is(b'\n')), is(0xE2)),
        );
        out |= u64::from(_mm256_movemask_epi8(m) as u32) << (32 * i);
    }
    out
}

/// [`mask`] with 16-byte SSE2 vectors, part of every x86_64 CPU.
#[cfg(target_arch = "x86_64")]
#[inline]
fn mask_sse2(block: &[u8]) -> u64 {
    use std::arch::x86_64::{
        __m128i, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    debug_assert_eq!(block.len(), BLOCK);
    let mut out = 0u64;
    for (i, lane) in block.chunks_exact(16).enumerate() {
        // SAFETY: SSE2 is part of the x86_64 baseline, and `lane` holds
        // exactly 16 readable bytes for the unaligned load.
        let bits = unsafe {
            let v = _mm_loadu_si128(lane.as_ptr().cast::<__m128i>());
            let is = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
            let m = _mm_or_si128(
                _mm_or_si128(
                    _mm_or_si128(is(b'.'), is(b'!')),
                    _mm_or_si128(is(b'\r'), is(0xC2)),
                ),
                _mm_or_si128(_mm_or_si128(is(b'?'), is(b'\n')), is(0xE2)),
            );
            _mm_movemask_epi8(m)
        };
        out |= u64::from(bits as u16) << (16 * i);
    }
    out
}

/// Bit `i` is set when `block[i]` is a candidate byte (portable version).
#[cfg(not(target_arch = "x86_64"))]
#[inline]
fn mask(block: &[u8]) -> u64 {
    block
        .iter()
        .enumerate()
        .fold(0u64, |m, (i, &c)| m | u64::from(is_candidate_byte(c)) << i)
}

/// The bytes the mask marks.
#[cfg(any(test, not(target_arch = "x86_64")))]
fn is_candidate_byte(c: u8) -> bool {
    matches!(c, b'.' | b'!' | b'?' | b'\n' | b'\r' | 0xE2 | 0xC2)
}

/// The run of lower-case ASCII letters that ends right before `at`, at most
/// `limit` bytes long, and whether it holds a vowel (`a e i o u y`).
///
/// The full-stop fast path walks back over the word before each full stop;
/// most of that word is usually plain ASCII, which one 16-byte comparison
/// covers at once.
#[inline]
pub(super) fn lower_ascii_run(bytes: &[u8], at: usize, limit: usize) -> (usize, bool) {
    #[cfg(target_arch = "x86_64")]
    if let Some(chunk) = at.checked_sub(16).and_then(|lo| bytes.get(lo..at)) {
        let (letters, vowels) = lower_ascii_masks(chunk);
        // Bit 15 is the byte right before `at`.
        let run = (letters.leading_ones() as usize).min(limit);
        let in_run = if run == 0 { 0 } else { u16::MAX << (16 - run) };
        return (run, vowels & in_run != 0);
    }
    let mut run = 0;
    let mut vowel = false;
    while run < limit {
        match at.checked_sub(run + 1).and_then(|j| bytes.get(j)) {
            Some(&c) if c.is_ascii_lowercase() => {
                vowel |= matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
                run += 1;
            }
            _ => break,
        }
    }
    (run, vowel)
}

/// Bit masks of the lower-case ASCII letters and of the vowels among the 16
/// bytes of `chunk`.
#[cfg(target_arch = "x86_64")]
#[inline]
fn lower_ascii_masks(chunk: &[u8]) -> (u16, u16) {
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };
    debug_assert_eq!(chunk.len(), 16);
    // SAFETY: SSE2 is part of the x86_64 baseline, and `chunk` holds exactly
    // 16 readable bytes for the unaligned load.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
        let is = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
        // Signed comparison: bytes from 0x80 up are negative and fall outside.
        let letters = _mm_and_si128(
            _mm_cmpgt_epi8(v, _mm_set1_epi8((b'a' - 1) as i8)),
            _mm_cmpgt_epi8(_mm_set1_epi8((b'z' + 1) as i8), v),
        );
        let vowels = _mm_or_si128(
            _mm_or_si128(
                _mm_or_si128(is(b'a'), is(b'e')),
                _mm_or_si128(is(b'i'), is(b'o')),
            ),
            _mm_or_si128(is(b'u'), is(b'y')),
        );
        (
            _mm_movemask_epi8(letters) as u16,
            _mm_movemask_epi8(vowels) as u16,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<usize> {
        let b = text.as_bytes();
        let mut c = Candidates::new(b);
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(p) = c.next(b, from) {
            out.push(p);
            from = p + 1;
        }
        out
    }

    fn naive(text: &str) -> Vec<usize> {
        let b = text.as_bytes();
        (0..b.len())
            .filter(|&i| match b[i] {
                b'.' | b'!' | b'?' | b'\n' => true,
                b'\r' => b.get(i + 1) != Some(&b'\n'),
                0xE2 => matches!(
                    b.get(i + 1..i + 3),
                    Some(&[0x80, 0xA6]) | Some(&[0x80, 0xA8]) | Some(&[0x80, 0xA9])
                ),
                0xC2 => b.get(i + 1) == Some(&0x85),
                _ => false,
            })
            .collect()
    }

    #[test]
    fn finds_every_candidate_across_blocks() {
        let text = "Ala ma kota. Czy na pewno?\nTak… – powiedział „ktoś”!\r\n«Nie»\u{a0}\u{2028}\u{85}Tak\r"
            .repeat(9);
        assert_eq!(all(&text), naive(&text));
        assert_eq!(all(""), Vec::<usize>::new());
        assert_eq!(all("bez kropki"), Vec::<usize>::new());
    }

    #[cfg(target_arch = "x86_64")]
    #[test]
    fn vector_widths_agree() {
        let text = "Ala ma kota. Czy?\nTak… – „ktoś”! 1.5 km\r\n«x»".repeat(3);
        let b = text.as_bytes();
        let scalar = |block: &[u8]| {
            block
                .iter()
                .enumerate()
                .fold(0u64, |m, (i, &c)| m | u64::from(is_candidate_byte(c)) << i)
        };
        for block in b.chunks_exact(BLOCK) {
            assert_eq!(mask_sse2(block), scalar(block));
            assert_eq!(mask(block), scalar(block));
        }
    }

    #[test]
    fn lower_ascii_runs() {
        let text = "Zdanie ze słowem kropka. I jeszcze xyz. Oraz Wrocław. A potem krótkiw.";
        let b = text.as_bytes();
        for (at, _) in text.match_indices('.') {
            for limit in [0, 3, 10, 40] {
                let mut run = 0;
                while run < limit && at > run && b[at - run - 1].is_ascii_lowercase() {
                    run += 1;
                }
                let vowel = b[at - run..at].iter().any(|c| b"aeiouy".contains(c));
                assert_eq!(lower_ascii_run(b, at, limit), (run, vowel), "{at} {limit}");
            }
        }
    }

    #[test]
    fn jumps_ahead() {
        let text = ".".repeat(300);
        let b = text.as_bytes();
        let mut c = Candidates::new(b);
        assert_eq!(c.next(b, 0), Some(0));
        assert_eq!(c.next(b, 5), Some(5));
        assert_eq!(c.next(b, 200), Some(200));
        assert_eq!(c.next(b, 299), Some(299));
        assert_eq!(c.next(b, 300), None);
        assert_eq!(c.next(b, 1000), None);
    }
}
