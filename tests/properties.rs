//! Properties that hold on any input: no panic; sentences ordered, disjoint,
//! trimmed, on char boundaries, and covering every non-whitespace character.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

use kropka::{NewlinePolicy, Segmenter};
use proptest::prelude::*;

fn check(seg: &Segmenter, text: &str) -> Result<(), TestCaseError> {
    let mut last = 0;
    let mut covered = 0;
    for s in seg.split(text) {
        prop_assert!(
            s.range.start >= last,
            "overlap or disorder at {:?}",
            s.range
        );
        prop_assert!(s.range.start < s.range.end, "empty sentence");
        prop_assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
        prop_assert_eq!(&text[s.range.clone()], s.text);
        prop_assert_eq!(s.text.trim(), s.text);
        prop_assert!(
            text[last..s.range.start].chars().all(char::is_whitespace),
            "lost text"
        );
        covered += s.text.chars().filter(|c| !c.is_whitespace()).count();
        last = s.range.end;
    }
    prop_assert!(
        text[last..].chars().all(char::is_whitespace),
        "lost the tail"
    );
    prop_assert_eq!(covered, text.chars().filter(|c| !c.is_whitespace()).count());
    Ok(())
}

/// Text built from the pieces the rules look at, so that the interesting
/// branches are reached far more often than with uniform random strings.
fn polish_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("słowo".to_owned()),
        Just("Wielka".to_owned()),
        Just("prof.".to_owned()),
        Just("r.".to_owned()),
        Just("J.".to_owned()),
        Just("12.30".to_owned()),
        Just("21.".to_owned()),
        Just("...".to_owned()),
        Just("…".to_owned()),
        Just("(...)".to_owned()),
        Just("?!".to_owned()),
        Just(".".to_owned()),
        Just("„".to_owned()),
        Just("”".to_owned()),
        Just("\"".to_owned()),
        Just("–".to_owned()),
        Just("-".to_owned()),
        Just(" ".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\n\n".to_owned()),
        Just("e\u{301}".to_owned()),
        Just("\u{a0}".to_owned()),
        Just("🎉".to_owned()),
        "\\PC{0,3}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_string(text in "\\PC{0,200}") {
        check(&Segmenter::new(), &text)?;
    }

    #[test]
    fn polish_like_text(text in polish_like()) {
        check(&Segmenter::new(), &text)?;
        let join = Segmenter::builder().newline(NewlinePolicy::Join).build().unwrap();
        check(&join, &text)?;
    }

    #[test]
    fn explain_never_panics(text in polish_like()) {
        let seg = Segmenter::new();
        for d in seg.explain(&text) {
            prop_assert!(d.at < text.len() && d.boundary <= text.len());
        }
    }

    #[test]
    fn tokens_are_non_whitespace_and_ordered(text in polish_like()) {
        let mut last = 0;
        for t in kropka::tokens(&text) {
            prop_assert!(t.range.start >= last && t.range.start < t.range.end);
            prop_assert!(!text[t.range.clone()].chars().any(char::is_whitespace));
            last = t.range.end;
        }
    }

    #[test]
    fn analyze_never_panics(text in polish_like()) {
        let doc = kropka::analyze(&text);
        prop_assert_eq!(doc.sentences.len(), kropka::sentences(&text).count());
    }
}

#[test]
fn public_types_are_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Segmenter>();
    assert_send_sync::<kropka::Sentence<'static>>();
    assert_send_sync::<kropka::Document<'static>>();
    assert_send_sync::<kropka::Error>();
}

#[test]
fn huge_inputs_without_terminators() {
    let seg = Segmenter::new();
    let text = "a".repeat(1 << 20);
    assert_eq!(seg.split(&text).count(), 1);
    let dots = ".".repeat(1 << 20);
    assert_eq!(seg.split(&dots).count(), 1);
    let spaced = ". ".repeat(1 << 18);
    check(&seg, &spaced).unwrap();
    let glued = "a.".repeat(1 << 18);
    check(&seg, &glued).unwrap();
}
