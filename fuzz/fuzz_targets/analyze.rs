//! Whole-document analysis of arbitrary text: no panic, spans inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let doc = kropka::analyze(text);
    for e in &doc.entities {
        assert!(text.get(e.range.clone()).is_some());
    }
    for q in &doc.quotes {
        assert!(text.get(q.range.clone()).is_some());
    }
    let _ = kropka::base_form(text);
});
