//! Sentences of arbitrary text under arbitrary builder options: no panic, and
//! the sentences are ordered, disjoint and cover every non-whitespace char.
#![no_main]

use kropka::{NewlinePolicy, Segmenter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, bool, Vec<String>)| {
    let (text, join, abbreviations) = input;
    let policy = if join { NewlinePolicy::Join } else { NewlinePolicy::Break };
    let builder = abbreviations
        .into_iter()
        .take(4)
        .fold(Segmenter::builder().newline(policy), |b, a| b.abbreviation(a));
    let Ok(seg) = builder.build() else { return };
    let mut last = 0;
    let mut covered = 0;
    for s in seg.split(text) {
        assert!(s.range.start >= last && s.range.start < s.range.end);
        assert_eq!(&text[s.range.clone()], s.text);
        covered += s.text.chars().filter(|c| !c.is_whitespace()).count();
        last = s.range.end;
    }
    assert_eq!(covered, text.chars().filter(|c| !c.is_whitespace()).count());
    let _ = seg.explain(text);
});
