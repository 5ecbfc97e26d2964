//! Times `kropka::analyze` over a file: `cargo run --release --example analyze_file -- FILE [REPEAT]`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: analyze_file FILE [REPEAT]");
    let repeat: usize = args
        .next()
        .map_or(3, |r| r.parse().expect("REPEAT is a number"));
    let text = std::fs::read_to_string(&path).expect("a UTF-8 file");
    // Warm up: the first call also loads the lexicons.
    let _ = kropka::analyze(&text);
    let mut best = f64::INFINITY;
    let mut counts = (0, 0, 0);
    for _ in 0..repeat {
        let t = Instant::now();
        let doc = kropka::analyze(std::hint::black_box(&text));
        best = best.min(t.elapsed().as_secs_f64());
        counts = (doc.sentences.len(), doc.entities.len(), doc.quotes.len());
    }
    let mb = text.len() as f64 / 1e6;
    println!(
        "{} sentences, {} entities, {} quotes; {mb:.1} MB, best {:.1} ms, {:.1} MB/s",
        counts.0,
        counts.1,
        counts.2,
        best * 1e3,
        mb / best
    );
}
