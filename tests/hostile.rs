//! Inputs a hostile or careless user gives: long runs of capitalised words,
//! initials and acronyms (tables of names, headline dumps), which once
//! overflowed the stack and took quadratic time. Each runs on a thread with
//! a small stack: any recursion that grows with the input would overflow it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

/// A stack far smaller than the 2 MB of a default thread.
const STACK: usize = 256 << 10;

fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(f)
        .expect("a thread")
        .join()
        .expect("no panic")
}

/// Every span lies in the text on char boundaries; sentences cover every
/// non-whitespace character once.
fn check(text: &str, doc: &kropka::Document<'_>) {
    let mut last = 0;
    let mut covered = 0;
    for s in &doc.sentences {
        assert!(s.range.start >= last && s.range.start < s.range.end);
        assert!(text[last..s.range.start].trim().is_empty(), "lost text");
        covered += s.text.chars().filter(|c| !c.is_whitespace()).count();
        last = s.range.end;
    }
    assert!(text[last..].trim().is_empty(), "lost the tail");
    assert_eq!(covered, text.chars().filter(|c| !c.is_whitespace()).count());
    for e in &doc.entities {
        assert!(text.get(e.range.clone()).is_some(), "{:?}", e.range);
        assert!(!e.lemma.is_empty());
    }
    for q in &doc.quotes {
        assert!(text.get(q.range.clone()).is_some(), "{:?}", q.range);
    }
}

/// The shapes of the crash reports, each far longer than the stack allowed.
const SHAPES: &[(&str, usize)] = &[
    ("Ala Ma Kota ", 6_000),
    ("Jan ", 30_000),
    ("J. ", 22_000),
    ("A.B.", 20_000),
    ("Donalda Trumpa ", 6_000),
    ("Anna Nowak Jan Kowalski ", 5_000),
    ("Jan Nowak w Caracas Siergiej ", 4_000),
    ("Warszawa Nowy Jork ", 6_000),
    ("ALA MA KOTA ", 6_000),
    ("Ministerstwo Spraw Zagranicznych i ", 3_000),
];

#[test]
fn long_capitalised_runs_keep_a_small_stack() {
    for &(unit, n) in SHAPES {
        let text = unit.repeat(n);
        let checked = on_small_stack(move || {
            let doc = kropka::analyze(&text);
            check(&text, &doc);
            (doc.sentences.len(), doc.entities.len())
        });
        assert!(checked.0 >= 1, "{unit:?}");
    }
}

#[test]
fn a_long_phrase_has_a_base_form_on_a_small_stack() {
    let phrase = "Donalda Trumpa ".repeat(6_000);
    let lemma = on_small_stack(move || kropka::base_form(phrase.trim()));
    assert!(lemma.starts_with("Donald Trump"), "{}", &lemma[..40]);
}

/// A run of names reads the same alone as inside a long run: the explicit
/// stack keeps the order and the rules of the recursive reading.
#[test]
fn names_in_a_run_are_found_in_order() {
    let text = "Wczoraj w Caracas Siergiej Malik spotkał Jana Kowalskiego i Annę Nowak. ";
    let one = kropka::analyze(text);
    let names: Vec<&str> = one
        .entities
        .iter()
        .map(|e| &text[e.range.clone()])
        .collect();
    let long = text.repeat(2_000);
    let doc = on_small_stack(move || {
        let doc = kropka::analyze(&long);
        doc.entities
            .iter()
            .map(|e| long[e.range.clone()].to_owned())
            .collect::<Vec<_>>()
    });
    assert_eq!(doc.len(), names.len() * 2_000);
    for (got, want) in doc.iter().zip(names.iter().cycle()) {
        assert_eq!(got, want);
    }
}
