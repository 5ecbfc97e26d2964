//! The segmenter builder with arbitrary entries in all three lists and
//! either newline policy: `build()` answers `Ok` or a clear `Err`, never a
//! panic; a segmenter it builds keeps every sentence invariant, also on
//! text that uses its first custom abbreviation, and explains what it splits.
#![no_main]

use kropka::{NewlinePolicy, Segmenter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (Vec<String>, Vec<String>, Vec<String>, bool, &str)| {
    let (nonfinal, fin, never, join, text) = input;
    let policy = if join { NewlinePolicy::Join } else { NewlinePolicy::Break };
    let mut b = Segmenter::builder().newline(policy);
    for a in nonfinal.iter().take(4) {
        b = b.abbreviation(a.as_str());
    }
    for a in fin.iter().take(4) {
        b = b.final_abbreviation(a.as_str());
    }
    for a in never.iter().take(4) {
        b = b.not_abbreviation(a.as_str());
    }
    let seg = match b.build() {
        Ok(seg) => seg,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    for t in [text.to_owned(), format!("{text} {} dalej.", nonfinal.first().map_or("", String::as_str))] {
        let mut last = 0;
        let mut covered = 0;
        for s in seg.split(&t) {
            assert!(s.range.start >= last && s.range.start < s.range.end);
            assert_eq!(&t[s.range.clone()], s.text);
            covered += s.text.chars().filter(|c| !c.is_whitespace()).count();
            last = s.range.end;
        }
        assert_eq!(covered, t.chars().filter(|c| !c.is_whitespace()).count());
        assert_eq!(seg.decisions(&t).count(), seg.explain(&t).len());
    }
});
