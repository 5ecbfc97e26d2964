//! Byte offsets to character (code point) offsets.

/// Converts sorted byte offsets into code-point offsets in one forward pass.
///
/// `offsets` must be non-decreasing and lie on char boundaries of `text`;
/// offsets past the end map to the char count. Pure-ASCII text takes a fast path.
///
/// ```
/// let text = "Zażółć gęślą";
/// assert_eq!(kropka::offsets::byte_to_char(text, &[0, 2, 4, 15]), [0, 2, 3, 10]);
/// ```
pub fn byte_to_char(text: &str, offsets: &[usize]) -> Vec<usize> {
    if text.is_ascii() {
        return offsets.iter().map(|&b| b.min(text.len())).collect();
    }
    let mut out = Vec::with_capacity(offsets.len());
    let mut chars = 0;
    let mut byte = 0;
    let bytes = text.as_bytes();
    for &target in offsets {
        let target = target.min(text.len());
        if target < byte {
            // Not sorted: restart (keeps the function total; callers pass sorted offsets).
            chars = 0;
            byte = 0;
        }
        if let Some(chunk) = bytes.get(byte..target) {
            // Count chars as the bytes that are not UTF-8 continuation bytes.
            chars += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count();
        }
        byte = target;
        out.push(chars);
    }
    out
}

/// Byte offsets of one text mapped to code-point offsets, for looking up
/// offsets in any order after one sorted pass.
///
/// ```
/// use kropka::offsets::CharMap;
/// let text = "Łódź i Kraków";
/// let map = CharMap::new(text, vec![10, 0, 8]); // "Ł", "i", "K"
/// assert_eq!((map.get(0), map.get(8), map.get(10)), (0, 5, 7));
/// assert_eq!(map.range(&(8..10)), 5..7);
/// ```
#[derive(Debug, Clone, Default)]
pub struct CharMap {
    bytes: Vec<usize>,
    chars: Vec<usize>,
}

impl CharMap {
    /// Maps the given byte offsets (any order, repeats allowed) of `text`.
    pub fn new(text: &str, mut bytes: Vec<usize>) -> Self {
        bytes.sort_unstable();
        bytes.dedup();
        let chars = byte_to_char(text, &bytes);
        Self { bytes, chars }
    }

    /// The code-point offset of byte offset `b`; 0 for an offset not given to [`CharMap::new`].
    pub fn get(&self, b: usize) -> usize {
        self.bytes
            .binary_search(&b)
            .ok()
            .and_then(|i| self.chars.get(i))
            .copied()
            .unwrap_or(0)
    }

    /// A byte range as a code-point range.
    pub fn range(&self, r: &std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.get(r.start)..self.get(r.end)
    }
}

#[cfg(test)]
mod tests {
    use super::byte_to_char;

    #[test]
    fn ascii_and_unicode_agree_with_char_indices() {
        for text in ["", "abc", "Łódź 🎉 ok", "e\u{301}x", "a\r\nb"] {
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let expected: Vec<usize> = (0..bounds.len()).collect();
            assert_eq!(byte_to_char(text, &bounds), expected, "{text:?}");
        }
    }
}
