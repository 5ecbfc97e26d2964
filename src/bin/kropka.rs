//! The `kropka` command-line program.
//!
//! ```text
//! kropka sentences [FILE|-] [--json] [--newline break|join] [--explain]
//! kropka analyze   [FILE|-]
//! ```

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};
use kropka::{NewlinePolicy, Segmenter};

#[derive(Parser)]
#[command(
    name = "kropka",
    version,
    about = "Polish sentence segmentation, named entities and quotes"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Split text into sentences: one a line, or JSON lines with offsets.
    Sentences {
        /// Input file; `-` or nothing reads standard input.
        file: Option<PathBuf>,
        /// JSON lines: {"text", "start", "end", "start_char", "end_char"}.
        #[arg(long)]
        json: bool,
        /// What a single newline means: `break` (news) or `join` (hard-wrapped text).
        #[arg(long, default_value = "break")]
        newline: String,
        /// Print every candidate boundary with the rule that decided it.
        #[arg(long)]
        explain: bool,
        /// Extra abbreviations that never end a sentence (repeatable).
        #[arg(long = "abbrev", value_name = "ABBR")]
        abbreviations: Vec<String>,
    },
    /// Analyse a document: sentences, tokens, entities and quotes as one JSON object.
    Analyze {
        /// Input file; `-` or nothing reads standard input.
        file: Option<PathBuf>,
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kropka: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> io::Result<()> {
    match cli.command {
        Command::Sentences {
            file,
            json,
            newline,
            explain,
            abbreviations,
        } => {
            let policy: NewlinePolicy = newline.parse().map_err(invalid)?;
            let seg = abbreviations
                .into_iter()
                .fold(Segmenter::builder().newline(policy), |b, a| {
                    b.abbreviation(a)
                })
                .build()
                .map_err(invalid)?;
            let (input, size) = open(file.as_ref())?;
            let out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
            let mut printer = SentencePrinter {
                seg: &seg,
                out,
                json,
                explain,
                byte_base: 0,
                char_base: 0,
            };
            stream_paragraphs(input, size, |chunk| printer.chunk(chunk))?;
            printer.out.flush()
        }
        Command::Analyze { file, pretty } => {
            let (mut input, _) = open(file.as_ref())?;
            let mut raw = Vec::new();
            input.read_to_end(&mut raw)?;
            let text = String::from_utf8_lossy(&raw);
            let doc = kropka::analyze(&text);
            let json = document_json(&doc);
            let mut out = io::stdout().lock();
            if pretty {
                serde_json::to_writer_pretty(&mut out, &json).map_err(io::Error::other)?;
            } else {
                serde_json::to_writer(&mut out, &json).map_err(io::Error::other)?;
            }
            writeln!(out)
        }
    }
}

/// The document in the shape of Python's `Document.to_dict()`: code-point
/// offsets (`start`, `end`) into `text`.
fn document_json(doc: &kropka::Document<'_>) -> serde_json::Value {
    use serde_json::json;
    let text = doc.text;
    let map = doc.char_map();
    let slice = |r: &std::ops::Range<usize>| text.get(r.clone()).unwrap_or("");
    json!({
        "text": text,
        "sentences": doc.sentences.iter().map(|s| json!({
            "text": s.text, "start": map.get(s.range.start), "end": map.get(s.range.end),
        })).collect::<Vec<_>>(),
        "entities": doc.entities.iter().map(|e| json!({
            "text": slice(&e.range), "start": map.get(e.range.start), "end": map.get(e.range.end),
            "label": e.label, "lemma": e.lemma, "cluster": e.cluster,
        })).collect::<Vec<_>>(),
        "quotes": doc.quotes.iter().map(|q| {
            let sp = q.speaker.as_ref();
            json!({
                "text": slice(&q.range), "start": map.get(q.range.start), "end": map.get(q.range.end),
                "kind": q.kind,
                "speaker": sp.map(|s| s.name.as_str()),
                "speaker_gender": sp.and_then(|s| s.gender).map(String::from),
                "cue": q.cue.as_ref().map(slice),
                "cue_start": q.cue.as_ref().map(|c| map.get(c.start)),
                "speaker_start": sp.and_then(|s| s.mention.as_ref()).map(|m| map.get(m.start)),
                "speaker_end": sp.and_then(|s| s.mention.as_ref()).map(|m| map.get(m.end)),
            })
        }).collect::<Vec<_>>(),
    })
}

fn invalid(e: kropka::Error) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, e)
}

fn open(file: Option<&PathBuf>) -> io::Result<(Box<dyn Read>, Option<u64>)> {
    match file {
        Some(p) if p.as_os_str() != "-" => {
            let f = File::open(p)
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", p.display())))?;
            let size = f.metadata().ok().map(|m| m.len());
            Ok((Box::new(f), size))
        }
        _ => Ok((Box::new(io::stdin().lock()), None)),
    }
}

struct SentencePrinter<'s, W: Write> {
    seg: &'s Segmenter,
    out: W,
    json: bool,
    explain: bool,
    byte_base: usize,
    char_base: usize,
}

impl<W: Write> SentencePrinter<'_, W> {
    fn chunk(&mut self, text: &str) -> io::Result<()> {
        if self.explain {
            for d in self.seg.explain(text) {
                let from = floor_char(text, d.at.saturating_sub(20));
                let to = floor_char(text, (d.boundary + 20).min(text.len()));
                let context = text.get(from..to).unwrap_or("").replace(['\n', '\r'], "⏎");
                writeln!(
                    self.out,
                    "{}\t{}\t{:?}\t{}\t{}",
                    self.byte_base + d.at,
                    if d.split { "split" } else { "keep" },
                    d.rule,
                    d.rule.describe(),
                    context
                )?;
            }
        } else if self.json {
            let sents: Vec<_> = self.seg.split(text).collect();
            let bounds: Vec<usize> = sents
                .iter()
                .flat_map(|s| [s.range.start, s.range.end])
                .collect();
            let chars = kropka::offsets::byte_to_char(text, &bounds);
            for (s, c) in sents.iter().zip(chars.chunks_exact(2)) {
                let &[start_char, end_char] = c else { continue };
                let line = serde_json::json!({
                    "text": s.text,
                    "start": self.byte_base + s.range.start,
                    "end": self.byte_base + s.range.end,
                    "start_char": self.char_base + start_char,
                    "end_char": self.char_base + end_char,
                });
                writeln!(self.out, "{line}")?;
            }
        } else {
            for s in self.seg.split(text) {
                if s.text.contains(['\n', '\r']) {
                    let flat: Vec<&str> = s.text.split_whitespace().collect();
                    writeln!(self.out, "{}", flat.join(" "))?;
                } else {
                    writeln!(self.out, "{}", s.text)?;
                }
            }
        }
        self.byte_base += text.len();
        self.char_base += text.chars().count();
        Ok(())
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Reads `input` in blocks and hands `f` whole paragraphs: cuts fall only
/// right after a blank line, where every newline policy ends a sentence, so
/// the result equals segmenting the whole input at once. Text without blank
/// lines is held until the end. Shows progress on a terminal for large files.
fn stream_paragraphs(
    mut input: Box<dyn Read>,
    size: Option<u64>,
    mut f: impl FnMut(&str) -> io::Result<()>,
) -> io::Result<()> {
    const BLOCK: usize = 1 << 20;
    let progress = io::stderr().is_terminal() && size.is_some_and(|s| s > 8 << 20);
    let mut last_report = Instant::now();
    let mut done: u64 = 0;
    let mut buf: Vec<u8> = Vec::with_capacity(BLOCK);
    let mut block = vec![0u8; BLOCK];
    loop {
        let n = input.read(&mut block)?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(block.get(..n).unwrap_or(&[]));
        // Only the new block (and a little before it) can hold a new cut.
        let lo = buf.len().saturating_sub(n + 4096);
        if let Some(cut) = buf.get(lo..).and_then(last_paragraph_cut).map(|c| lo + c) {
            f(&String::from_utf8_lossy(buf.get(..cut).unwrap_or(&[])))?;
            buf.drain(..cut);
            done += cut as u64;
        }
        if progress && last_report.elapsed() > Duration::from_millis(500) {
            let total = size.unwrap_or(1).max(1);
            eprint!(
                "\rkropka: {:5.1}% of {} MB",
                100.0 * done as f64 / total as f64,
                total >> 20
            );
            last_report = Instant::now();
        }
    }
    f(&String::from_utf8_lossy(&buf))?;
    if progress {
        eprintln!("\rkropka: 100.0%            ");
    }
    Ok(())
}

/// The end of the last blank line in `buf`.
fn last_paragraph_cut(buf: &[u8]) -> Option<usize> {
    let mut end = buf.len();
    // The cut goes after the whitespace of a blank line, before non-whitespace.
    while let Some(nl) = memchr_rev(b'\n', buf.get(..end)?) {
        let before = buf.get(..nl)?;
        let prev_nl = before
            .iter()
            .rposition(|&b| !matches!(b, b' ' | b'\t' | b'\r'))
            .and_then(|i| (before.get(i) == Some(&b'\n')).then_some(i));
        if prev_nl.is_some() {
            return Some(nl + 1);
        }
        end = nl;
    }
    None
}

fn memchr_rev(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().rposition(|&b| b == needle)
}
