//! Abbreviation classes (never final, may be final, a word), looked up
//! through cheap filters before the map, and entries given to a builder.

use super::*;

/// Abbreviation classes of a segmenter, with cheap filters in front of the map.
#[derive(Debug, Clone)]
pub(super) struct Abbreviations {
    pub(super) map: FxHashMap<Box<str>, AbbrevClass>,
    /// Longest key, in bytes.
    pub(super) max_len: usize,
    /// By the first byte a key can start with (either case, NFC or NFD):
    /// bit `n` is set when some such key is `n` bytes long (bit 15: 15 or more).
    pub(super) first: [u16; 256],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AbbrevClass {
    NonFinal,
    Final,
    Word,
    Unknown,
}

impl Abbreviations {
    pub(super) fn polish() -> Self {
        let mut a = Self {
            map: FxHashMap::default(),
            max_len: 0,
            first: [0; 256],
        };
        for (file, class) in [
            (data::ABBREV_NONFINAL, AbbrevClass::NonFinal),
            (data::ABBREV_FINAL, AbbrevClass::Final),
        ] {
            for key in data::entries(file) {
                a.insert(Box::from(key), class);
            }
        }
        a
    }

    /// Adds `key` (lower case, NFC) with its class, replacing an earlier one.
    pub(super) fn insert(&mut self, key: Box<str>, class: AbbrevClass) {
        self.max_len = self.max_len.max(key.len());
        if let Some(c) = key.chars().next() {
            let rest = key.len() - c.len_utf8();
            let forms = c
                .to_uppercase()
                .chain([c])
                .chain(std::iter::once(c).nfd().take(1));
            for form in forms.flat_map(|f| f.to_uppercase().chain([f])) {
                let mut b = [0u8; 4];
                let bytes = form.encode_utf8(&mut b).as_bytes();
                if let Some(&lead) = bytes.first()
                    && let Some(slot) = self.first.get_mut(usize::from(lead))
                {
                    *slot |= length_bit(rest + bytes.len());
                }
            }
        }
        self.map.insert(key, class);
    }

    /// Classifies `token` (with its final full stop).
    pub(super) fn classify(&self, token: &str) -> AbbrevClass {
        let bytes = token.as_bytes();
        let Some(&lead) = bytes.first() else {
            return AbbrevClass::Unknown;
        };
        // Decomposed diacritics (U+0300–U+036F) make a token longer than its key.
        let decomposed = bytes.iter().any(|&b| b == 0xCC || b == 0xCD);
        let lengths = self.first.get(usize::from(lead)).copied().unwrap_or(0);
        if lengths == 0
            || (!decomposed && lengths & length_bit(token.len()) == 0)
            || (token.len() > self.max_len && !decomposed)
            || token.len() > MAX_ABBREVIATION_LEN * 2
        {
            return AbbrevClass::Unknown;
        }
        let mut buf = [0u8; MAX_ABBREVIATION_LEN * 4];
        let key = if token.is_ascii() {
            let Some(slot) = buf.get_mut(..bytes.len()) else {
                return AbbrevClass::Unknown;
            };
            slot.copy_from_slice(bytes);
            slot.make_ascii_lowercase();
            std::str::from_utf8(slot).ok()
        } else {
            lookup_key(token, decomposed, &mut buf)
        };
        key.and_then(|k| self.map.get(k).copied())
            .unwrap_or(AbbrevClass::Unknown)
    }
}

/// The bit of [`Abbreviations::first`] for a key of `len` bytes.
pub(super) fn length_bit(len: usize) -> u16 {
    1 << len.min(15)
}

/// Lower-cases `token` into `buf` (NFC first, for decomposed input).
pub(super) fn lookup_key<'b>(token: &str, decomposed: bool, buf: &'b mut [u8]) -> Option<&'b str> {
    let mut len = 0;
    let mut push = |c: char| -> Option<()> {
        let n = c.len_utf8();
        let slot = buf.get_mut(len..len + n)?;
        c.encode_utf8(slot);
        len += n;
        Some(())
    };
    if !decomposed {
        for c in token.chars() {
            if c.is_ascii() {
                push(c.to_ascii_lowercase())?;
            } else {
                for l in c.to_lowercase() {
                    push(l)?;
                }
            }
        }
    } else {
        for c in token.nfc().flat_map(char::to_lowercase) {
            push(c)?;
        }
    }
    std::str::from_utf8(buf.get(..len)?).ok()
}

/// Normalises a user-supplied abbreviation for the lookup tables.
pub(super) fn normalize_abbreviation(raw: &str) -> Result<Box<str>, Error> {
    let trimmed = raw.trim();
    if trimmed.is_empty()
        || trimmed.len() + 1 > MAX_ABBREVIATION_LEN
        || trimmed.chars().any(char::is_whitespace)
        || !trimmed.chars().any(char::is_alphanumeric)
    {
        return Err(Error::InvalidAbbreviation(raw.to_owned()));
    }
    let mut s: String = trimmed.nfc().flat_map(char::to_lowercase).collect();
    if !s.ends_with('.') {
        s.push('.');
    }
    Ok(s.into_boxed_str())
}
