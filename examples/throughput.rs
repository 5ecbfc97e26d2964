//! Times `kropka::sentences` over a file: `cargo run --release --example throughput -- FILE [REPEAT]`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: throughput FILE [REPEAT]");
    let repeat: usize = args
        .next()
        .map_or(10, |r| r.parse().expect("REPEAT is a number"));
    let text = std::fs::read_to_string(&path).expect("a UTF-8 file");
    let mut best = f64::INFINITY;
    let mut total = 0.0;
    let mut count = 0;
    for _ in 0..repeat {
        let t = Instant::now();
        count = kropka::sentences(std::hint::black_box(&text)).count();
        let s = t.elapsed().as_secs_f64();
        best = best.min(s);
        total += s;
    }
    let mean = total / repeat.max(1) as f64;
    let mb = text.len() as f64 / 1e6;
    println!(
        "{count} sentences, {mb:.1} MB, best {:.2} ms ({:.0} MB/s), mean {:.2} ms ({:.0} MB/s)",
        best * 1e3,
        mb / best,
        mean * 1e3,
        mb / mean
    );
}
