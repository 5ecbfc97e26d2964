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
