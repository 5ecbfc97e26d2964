//! Criterion benches: MB/s of `sentences()`, the tokenizer and `analyze()`,
//! beside a `memchr` scan of the same buffer (the memory-speed reference).
//!
//! Input: the bundled example article, and the UD and news dev texts from
//! `../shared/data` when that folder exists, repeated to 1 MB and 10 MB. A
//! 10 MB buffer without a single full stop checks that time stays linear.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

const MB: usize = 1 << 20;

/// Polish text of our own, plus the dev data's texts when they are present.
fn corpus() -> String {
    let mut text = String::from(include_str!("../examples/artykul.txt"));
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
    for file in ["seg/ud-pdb-dev.jsonl", "quotes/news-dev.jsonl"] {
        let Ok(raw) = std::fs::read_to_string(shared.join(file)) else {
            continue;
        };
        for line in raw.lines() {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(line)
                && let Some(t) = v.get("text").and_then(|t| t.as_str())
            {
                text.push_str("\n\n");
                text.push_str(t);
            }
        }
    }
    text
}

fn repeat_to(seed: &str, size: usize) -> String {
    let mut out = String::with_capacity(size + seed.len());
    while out.len() < size {
        out.push_str(seed);
        out.push_str("\n\n");
    }
    out
}

fn segment(c: &mut Criterion) {
    let seed = corpus();
    let mut g = c.benchmark_group("segment");
    for size in [MB, 10 * MB] {
        let text = repeat_to(&seed, size);
        let label = format!("{}MB", size / MB);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("memchr_scan", &label), &text, |b, t| {
            b.iter(|| memchr::memchr_iter(b'.', black_box(t.as_bytes())).count())
        });
        g.bench_with_input(BenchmarkId::new("sentences", &label), &text, |b, t| {
            b.iter(|| kropka::sentences(black_box(t)).count())
        });
        g.bench_with_input(BenchmarkId::new("tokens", &label), &text, |b, t| {
            b.iter(|| kropka::tokens(black_box(t)).count())
        });
        g.bench_with_input(BenchmarkId::new("analyze", &label), &text, |b, t| {
            b.iter(|| kropka::analyze(black_box(t)).sentences.len())
        });
        // The same on one thread: what `analyze()` costs a worker that runs
        // one text at a time on each core.
        #[cfg(feature = "parallel")]
        if let Ok(one) = rayon::ThreadPoolBuilder::new().num_threads(1).build() {
            g.bench_with_input(
                BenchmarkId::new("analyze_1thread", &label),
                &text,
                |b, t| b.iter(|| one.install(|| kropka::analyze(black_box(t)).sentences.len())),
            );
        }
    }
    // Linear time: no full stop at all, only words and newlines.
    let flat = "słowo bez końca ".repeat(10 * MB / 16);
    g.throughput(Throughput::Bytes(flat.len() as u64));
    g.bench_with_input(
        BenchmarkId::new("sentences", "10MB-no-stop"),
        &flat,
        |b, t| b.iter(|| kropka::sentences(black_box(t)).count()),
    );
    g.finish();
}

/// Hostile shapes at 100 KB, 400 KB and 1.6 MB: linear time shows as the
/// same MB/s at every size (runs of capitalised words once recursed and
/// rescanned the run; quotes of a woman among men once walked back over
/// every earlier person).
fn hostile(c: &mut Criterion) {
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10);
    for (name, unit) in [
        ("capitalised", "Ala Ma Kota "),
        ("first-names", "Jan "),
        ("initials", "J. "),
        ("acronyms", "A.B."),
        ("crlf-sentences", "Ala.\r\n"),
        ("quotes", "„Tak” – powiedział Jan. – Nie – rzekła. "),
    ] {
        for size in [100_000, 400_000, 1_600_000] {
            let text = unit.repeat(size / unit.len());
            g.throughput(Throughput::Bytes(text.len() as u64));
            g.bench_with_input(
                BenchmarkId::new(name, format!("{}KB", size / 1000)),
                &text,
                |b, t| b.iter(|| kropka::analyze(black_box(t)).entities.len()),
            );
        }
    }
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = segment, hostile
}
criterion_main!(benches);
