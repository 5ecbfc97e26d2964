//! Times `kropka::analyze` over a file:
//! `cargo run --release --example analyze_file -- FILE [REPEAT] [--lines | --records]`.
//!
//! With `--lines` each non-empty line is one document (paragraphs), with
//! `--records` each part between ASCII record separators (U+001E) is one
//! (articles); otherwise the whole file is one document.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let mut plain = args.iter().filter(|a| !a.starts_with("--"));
    let path = plain
        .next()
        .expect("usage: analyze_file FILE [REPEAT] [--lines | --records]");
    let repeat: usize = plain
        .next()
        .map_or(3, |r| r.parse().expect("REPEAT is a number"));
    let text = std::fs::read_to_string(path).expect("a UTF-8 file");
    let docs: Vec<&str> = if flag("--lines") {
        text.lines().filter(|l| !l.trim().is_empty()).collect()
    } else if flag("--records") {
        text.split('\u{1e}')
            .filter(|d| !d.trim().is_empty())
            .collect()
    } else {
        vec![text.as_str()]
    };
    let run = || {
        let mut counts = (0, 0, 0);
        for doc in &docs {
            let d = kropka::analyze(std::hint::black_box(doc));
            counts.0 += d.sentences.len();
            counts.1 += d.entities.len();
            counts.2 += d.quotes.len();
        }
        counts
    };
    // Warm up: the first call also touches the lexicons.
    let t = Instant::now();
    let _ = kropka::analyze(docs.first().copied().unwrap_or_default());
    let first = t.elapsed().as_secs_f64();
    let mut best = f64::INFINITY;
    let mut counts = (0, 0, 0);
    for _ in 0..repeat {
        let t = Instant::now();
        counts = run();
        best = best.min(t.elapsed().as_secs_f64());
    }
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "{} documents, {} sentences, {} entities, {} quotes; {mb:.2} MB; first call {:.1} ms; best {:.1} ms, {:.1} MB/s",
        docs.len(),
        counts.0,
        counts.1,
        counts.2,
        first * 1e3,
        best * 1e3,
        mb / best
    );
}
