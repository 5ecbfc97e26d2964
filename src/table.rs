//! The lexicons as `build.rs` compiled them: finite-state transducers from
//! a key to a number, records packed in 64-bit words, and one pool of
//! strings, all embedded in the library and used where they lie. Opening a
//! table reads its header; nothing is parsed or copied, and a table that is
//! never asked is never touched (`sentences()` touches none).

use std::marker::PhantomData;
use std::sync::LazyLock;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/tables.rs"));
}
pub(crate) use generated::NAME_MAX_WORDS;

/// The layout of the records this reader decodes (`build.rs` writes it).
const FORMAT: u32 = 1;
const _: () = assert!(
    generated::FORMAT == FORMAT,
    "build.rs wrote another table format"
);

/// The strings the records point to (`offset << 8 | length`), checked as
/// UTF-8 once, on first use.
static STRINGS: LazyLock<&'static str> = LazyLock::new(|| {
    std::str::from_utf8(include_bytes!(concat!(env!("OUT_DIR"), "/strings.bin"))).unwrap_or("")
});

/// The string a record's low 32 bits point to; empty if out of range
/// (which `build.rs` never writes).
pub(crate) fn string(bits: u64) -> &'static str {
    let offset = (bits >> 8 & 0xFF_FFFF) as usize;
    let len = (bits & 0xFF) as usize;
    STRINGS.get(offset..offset + len).unwrap_or_default()
}

/// An opened transducer.
type Map = fst::Map<&'static [u8]>;

/// A compiled key → number table, opened on first use.
pub(crate) struct Fst(LazyLock<Option<Map>>);

/// Opens the transducer in `bytes`: reads its header, nothing more.
pub(crate) fn open(bytes: &'static [u8]) -> Option<Map> {
    fst::Map::new(bytes).ok()
}

impl Fst {
    /// The table that `open` gives (see [`fst!`]).
    pub(crate) const fn new(open: fn() -> Option<Map>) -> Self {
        Self(LazyLock::new(open))
    }

    /// The number `key` maps to. Recent answers of this thread are kept
    /// in a small cache: words of a text repeat, and a walk through the
    /// transducer costs more than a hash.
    pub(crate) fn get(&self, key: &str) -> Option<u64> {
        let table = std::ptr::from_ref(self) as usize;
        cached(table, key, || self.walk(key))
    }

    /// [`Fst::get`] through the transducer.
    fn walk(&self, key: &str) -> Option<u64> {
        self.0.as_ref()?.get(key)
    }

    /// Whether `key` is in the table.
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Every key with its number, in byte order.
    pub(crate) fn for_each(&self, mut f: impl FnMut(&[u8], u64)) {
        use fst::Streamer;
        if let Some(map) = self.0.as_ref() {
            let mut stream = map.stream();
            while let Some((k, v)) = stream.next() {
                f(k, v);
            }
        }
    }

    /// Calls `f` with the keys from `start` on, in byte order, while it
    /// returns `true`.
    pub(crate) fn keys_from(&self, start: &str, mut f: impl FnMut(&[u8]) -> bool) {
        use fst::{IntoStreamer, Streamer};
        if let Some(map) = self.0.as_ref() {
            let mut stream = map.range().ge(start).into_stream();
            while let Some((k, _)) = stream.next() {
                if !f(k) {
                    break;
                }
            }
        }
    }

    /// The number of the longest key that is `word`'s last bytes reversed,
    /// of at most `max_chars` chars: one walk from the word's end (the
    /// table's keys are reversed endings).
    pub(crate) fn longest_reversed_suffix(&self, word: &str, max_chars: usize) -> Option<u64> {
        // Cached apart from plain lookups of the same table (`+ max_chars`:
        // tables are far more than a few bytes apart).
        let table = std::ptr::from_ref(self) as usize + max_chars.min(7) + 1;
        cached(table, word, || self.walk_suffix(word, max_chars))
    }

    /// [`Fst::longest_reversed_suffix`] through the transducer.
    fn walk_suffix(&self, word: &str, max_chars: usize) -> Option<u64> {
        let map = self.0.as_ref()?;
        let fst = map.as_fst();
        let bytes = word.as_bytes();
        let mut node = fst.root();
        let mut out = fst::raw::Output::zero();
        let mut best = None;
        let mut chars = 0;
        for (taken, &b) in bytes.iter().rev().enumerate() {
            let Some(i) = node.find_input(b) else {
                break;
            };
            let t = node.transition(i);
            out = out.cat(t.out);
            node = fst.node(t.addr);
            let start = bytes.len() - taken - 1;
            if word.is_char_boundary(start) {
                chars += 1;
                if chars > max_chars {
                    break;
                }
                if node.is_final() {
                    best = Some(out.cat(node.final_output()).value());
                }
            }
        }
        best
    }
}

/// Longest key kept in the cache.
const KEY_BYTES: usize = 22;

/// Slots of the cache (a power of two).
const SLOTS: usize = 1 << 15;

/// One cached answer: a table, a key, and its number (or none).
#[derive(Clone, Copy)]
struct Cached {
    table: usize,
    len: u8,
    key: [u8; KEY_BYTES],
    value: Option<u64>,
}

thread_local! {
    /// Recent answers of this thread, one per slot (48 bytes each).
    static CACHE: std::cell::RefCell<Box<[Cached]>> = std::cell::RefCell::new(
        vec![Cached { table: 0, len: 0, key: [0; KEY_BYTES], value: None }; SLOTS].into_boxed_slice(),
    );
}

/// The answer for `key` in `table`: from this thread's cache, else
/// `compute`d and kept.
fn cached(table: usize, key: &str, compute: impl FnOnce() -> Option<u64>) -> Option<u64> {
    let bytes = key.as_bytes();
    if bytes.len() > KEY_BYTES {
        return compute();
    }
    let slot = cache_slot(table, bytes);
    CACHE
        .with(|cache| {
            let mut cache = cache.borrow_mut();
            let entry = cache.get_mut(slot)?;
            if entry.table == table
                && usize::from(entry.len) == bytes.len()
                && entry.key.get(..bytes.len()) == Some(bytes)
            {
                return Some(entry.value);
            }
            let value = compute();
            entry.table = table;
            entry.len = bytes.len() as u8;
            if let Some(k) = entry.key.get_mut(..bytes.len()) {
                k.copy_from_slice(bytes);
            }
            entry.value = value;
            Some(value)
        })
        .flatten()
}

/// The cache slot of `key` in `table`.
fn cache_slot(table: usize, key: &[u8]) -> usize {
    let mut h = table as u64;
    for chunk in key.chunks(8) {
        let mut word = [0u8; 8];
        if let Some(w) = word.get_mut(..chunk.len()) {
            w.copy_from_slice(chunk);
        }
        h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(0x517C_C1B7_2722_0A95);
    }
    h ^= key.len() as u64;
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOTS.trailing_zeros())) as usize
}

/// A value packed in a record.
pub(crate) trait Record: Copy {
    /// The value in `bits`.
    fn decode(bits: u64) -> Self;
}

/// A compiled table from a key to a list of records.
pub(crate) struct Multi {
    keys: Fst,
    records: &'static [u8],
}

impl Multi {
    /// The table whose index (see [`fst!`]) and records `build.rs` wrote.
    pub(crate) const fn new(keys: Fst, records: &'static [u8]) -> Self {
        Self { keys, records }
    }

    /// The records of `key`, in the order of its source file.
    pub(crate) fn get<T: Record>(&self, key: &str) -> Records<T> {
        self.records(self.keys.get(key))
    }

    /// The records that the number `v` of a key points to.
    fn records<T: Record>(&self, v: Option<u64>) -> Records<T> {
        let Some(v) = v else {
            return Records::EMPTY;
        };
        let first = (v >> 8) as usize * 8;
        let count = (v & 0xFF) as usize;
        Records {
            raw: self
                .records
                .get(first..first + count * 8)
                .unwrap_or_default(),
            kind: PhantomData,
        }
    }

    /// The records of the longest key that is `word`'s last bytes
    /// reversed, of at most `max_chars` chars.
    pub(crate) fn longest_reversed_suffix<T: Record>(
        &self,
        word: &str,
        max_chars: usize,
    ) -> Records<T> {
        self.records(self.keys.longest_reversed_suffix(word, max_chars))
    }

    /// The keys, in byte order.
    #[cfg(test)]
    pub(crate) fn keys(&self) -> &Fst {
        &self.keys
    }
}

/// The records of one key.
#[derive(Clone, Copy)]
pub(crate) struct Records<T> {
    raw: &'static [u8],
    kind: PhantomData<fn() -> T>,
}

impl<T: Record> Records<T> {
    /// No records.
    pub(crate) const EMPTY: Self = Self {
        raw: &[],
        kind: PhantomData,
    };

    /// Whether there are none.
    pub(crate) fn is_empty(self) -> bool {
        self.raw.is_empty()
    }

    /// The first record.
    pub(crate) fn first(self) -> Option<T> {
        self.iter().next()
    }

    /// The records, decoded.
    pub(crate) fn iter(self) -> impl Iterator<Item = T> + Clone + 'static {
        self.raw
            .chunks_exact(8)
            .filter_map(|c| c.first_chunk::<8>())
            .map(|c| T::decode(u64::from_le_bytes(*c)))
    }
}

/// Bytes that `build.rs` wrote for table `$name`.
macro_rules! compiled {
    ($name:literal) => {
        include_bytes!(concat!(env!("OUT_DIR"), "/", $name))
    };
}
pub(crate) use compiled;

/// The [`Fst`] that `build.rs` wrote as `$name`.
macro_rules! fst {
    ($name:literal) => {
        $crate::table::Fst::new(|| $crate::table::open($crate::table::compiled!($name)))
    };
}
pub(crate) use fst;

#[cfg(test)]
mod tests {
    #[test]
    fn the_string_pool_is_utf8_and_ranges_outside_it_are_empty() {
        assert!(super::STRINGS.len() > 100_000);
        assert!(super::string(0).is_empty());
        assert!(super::string(u64::MAX).is_empty());
    }
}
