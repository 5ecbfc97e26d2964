//! The `kropka` command-line program.
//!
//! ```text
//! kropka sentences [FILE|-] [--json] [--newline break|join] [--explain] [--lossy]
//! kropka analyze   [INPUT|-]... [--pretty] [--jsonl] [--lines] [--lossy]
//! ```
//!
//! `analyze` prints one JSON object for one file; for several inputs, a
//! folder (its `*.txt` files, recursively, in path order), `--jsonl` or
//! `--lines` (every non-empty line a document) it prints JSON lines, one
//! document a line, each with its `source` (`path`, or `path:line`).
//!
//! Offsets: `start`/`end` count code points (as Python's `str` does);
//! `start_byte`/`end_byte` count bytes of the input file.
//!
//! Exit codes: 0 success (also when the reader of the output goes away
//! early, as `| head` does), 2 bad arguments, 65 input that is not UTF-8
//! (without `--lossy`), 66 an input file that cannot be opened, 74 another
//! read or write error.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};
use kropka::{NewlinePolicy, Segmenter};
use serde::Serialize;

#[derive(Parser)]
#[command(
    name = "kropka",
    version,
    about = "Polish sentence segmentation, named entities and quotes",
    after_help = "Offsets: `start`/`end` count code points; `start_byte`/`end_byte` count bytes \
                  of the input.\nExit codes: 0 ok (also on a closed pipe), 2 bad arguments, \
                  65 input not UTF-8, 66 input not found, 74 other I/O error."
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
        /// JSON lines: {"text", "start", "end", "start_byte", "end_byte"}
        /// (`start`/`end` in code points, `*_byte` in bytes of the input).
        #[arg(long)]
        json: bool,
        /// What a single newline means: `break` (news) or `join` (hard-wrapped text).
        #[arg(long, default_value = "break")]
        newline: String,
        /// Print every candidate boundary with the rule that decided it
        /// (its byte offset in the input, split or keep, the rule, context).
        #[arg(long)]
        explain: bool,
        /// Extra abbreviations that never end a sentence (repeatable).
        #[arg(long = "abbrev", value_name = "ABBR")]
        abbreviations: Vec<String>,
        /// Replace bytes that are not UTF-8 with U+FFFD instead of failing;
        /// byte offsets still index the input file.
        #[arg(long)]
        lossy: bool,
    },
    /// Analyse documents: text, sentences, entities and quotes as JSON
    /// (`start`/`end` in code points of `text`): one object for one file,
    /// else JSON lines, one document a line with its `source`.
    Analyze {
        /// Input files or folders (every `*.txt` inside, recursively, in
        /// path order); `-` or nothing reads standard input.
        inputs: Vec<PathBuf>,
        /// Indent the JSON (one document only).
        #[arg(long)]
        pretty: bool,
        /// JSON lines even for one input: {"source", "text", "sentences", …}.
        #[arg(long)]
        jsonl: bool,
        /// Every non-empty line of the input is one document (`source`:
        /// `path:line`); implies --jsonl.
        #[arg(long)]
        lines: bool,
        /// Replace bytes that are not UTF-8 with U+FFFD instead of failing.
        #[arg(long)]
        lossy: bool,
    },
}

/// Why the program stops, with its exit code.
enum Failure {
    /// A bad argument value (exit 2).
    Usage(String),
    /// The input is not UTF-8 (exit 65).
    NotUtf8 { source: String, offset: u64 },
    /// The input file cannot be opened (exit 66).
    NoInput(String),
    /// Reading or writing failed (exit 74), or the output was closed (exit 0).
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

fn main() -> ExitCode {
    let (message, code) = match run(Cli::parse()) {
        Ok(()) => return ExitCode::SUCCESS,
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => {
            return ExitCode::SUCCESS;
        }
        Err(Failure::Usage(m)) => (m, 2),
        Err(Failure::NotUtf8 { source, offset }) => (
            format!(
                "{source}: invalid UTF-8 at byte {offset} (--lossy replaces bad bytes with U+FFFD)"
            ),
            65,
        ),
        Err(Failure::NoInput(m)) => (m, 66),
        Err(Failure::Io(e)) => (e.to_string(), 74),
    };
    eprintln!("kropka: {message}");
    ExitCode::from(code)
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Sentences {
            file,
            json,
            newline,
            explain,
            abbreviations,
            lossy,
        } => {
            let policy: NewlinePolicy = newline.parse().map_err(usage)?;
            let seg = abbreviations
                .into_iter()
                .fold(Segmenter::builder().newline(policy), |b, a| {
                    b.abbreviation(a)
                })
                .build()
                .map_err(usage)?;
            let input = open(file.as_ref())?;
            let source = input.name.clone();
            let out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
            let mut printer = SentencePrinter {
                seg: &seg,
                out,
                json,
                explain,
                byte_base: 0,
                char_base: 0,
            };
            // Explanations read the whole input at once, so that the rule
            // named at a paragraph's end is the one a single call names.
            stream_paragraphs(input, !explain, |chunk, base| {
                let (text, map) = decode(chunk, base, lossy, &source)?;
                printer.chunk(&text, &map, chunk.len())?;
                Ok(())
            })?;
            printer.out.flush()?;
            Ok(())
        }
        Command::Analyze {
            inputs,
            pretty,
            jsonl,
            lines,
            lossy,
        } => {
            let files = expand(&inputs)?;
            let jsonl = jsonl
                || lines
                || files.len() > 1
                || inputs.iter().any(|p| p.as_os_str() != "-" && p.is_dir());
            if jsonl && pretty {
                return Err(Failure::Usage(
                    "--pretty prints one document; JSON lines (several inputs, a folder, \
                     --jsonl, --lines) are never indented"
                        .to_owned(),
                ));
            }
            let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
            for file in &files {
                let mut input = open(file.as_ref())?;
                let mut raw = Vec::new();
                input.reader.read_to_end(&mut raw)?;
                let (text, _) = decode(&raw, 0, lossy, &input.name)?;
                if lines {
                    for (n, line) in text.lines().enumerate() {
                        if line.trim().is_empty() {
                            continue;
                        }
                        let source = format!("{}:{}", input.name, n + 1);
                        write_line(&mut out, &source, &kropka::analyze(line))?;
                    }
                    continue;
                }
                let doc = kropka::analyze(&text);
                // The document serialises in the shape of Python's `to_dict()`.
                if jsonl {
                    write_line(&mut out, &input.name, &doc)?;
                } else {
                    if pretty {
                        serde_json::to_writer_pretty(&mut out, &doc).map_err(json_error)?;
                    } else {
                        serde_json::to_writer(&mut out, &doc).map_err(json_error)?;
                    }
                    writeln!(out)?;
                }
            }
            out.flush()?;
            Ok(())
        }
    }
}

/// One JSON line: the document with its source first.
fn write_line(
    out: &mut impl Write,
    source: &str,
    doc: &kropka::Document<'_>,
) -> Result<(), Failure> {
    #[derive(Serialize)]
    struct Line<'a, 'd> {
        source: &'a str,
        #[serde(flatten)]
        doc: &'a kropka::Document<'d>,
    }
    serde_json::to_writer(&mut *out, &Line { source, doc }).map_err(json_error)?;
    writeln!(out)?;
    Ok(())
}

/// The inputs with every folder replaced by its `*.txt` files, recursively,
/// in path order; `-` (or no input) is standard input (`None`).
fn expand(inputs: &[PathBuf]) -> Result<Vec<Option<PathBuf>>, Failure> {
    if inputs.is_empty() {
        return Ok(vec![None]);
    }
    let mut out = Vec::new();
    for p in inputs {
        if p.as_os_str() == "-" {
            out.push(None);
        } else if p.is_dir() {
            let mut found = Vec::new();
            let mut folders = vec![p.clone()];
            while let Some(dir) = folders.pop() {
                let entries = std::fs::read_dir(&dir)
                    .map_err(|e| Failure::NoInput(format!("{}: {e}", dir.display())))?;
                for entry in entries {
                    let entry = entry?;
                    let path = entry.path();
                    // Links to folders are not followed (no cycles); links
                    // to files are read.
                    if entry.file_type()?.is_dir() {
                        folders.push(path);
                    } else if path.extension().is_some_and(|x| x == "txt") && path.is_file() {
                        found.push(path);
                    }
                }
            }
            found.sort();
            out.extend(found.into_iter().map(Some));
        } else {
            out.push(Some(p.clone()));
        }
    }
    Ok(out)
}

/// `bytes` as text: borrowed when valid UTF-8; else an error naming the
/// first bad byte (`base` is where `bytes` start in the input), or, with
/// `lossy`, a copy with each bad sequence replaced by U+FFFD and the map
/// back to the input's bytes.
fn decode<'b>(
    bytes: &'b [u8],
    base: u64,
    lossy: bool,
    source: &str,
) -> Result<(Cow<'b, str>, ByteMap), Failure> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((Cow::Borrowed(s), ByteMap::default())),
        Err(_) if lossy => {
            let mut text = String::with_capacity(bytes.len() + 16);
            let mut map = ByteMap::default();
            for chunk in bytes.utf8_chunks() {
                text.push_str(chunk.valid());
                if !chunk.invalid().is_empty() {
                    text.push(char::REPLACEMENT_CHARACTER);
                    let added = map.shifts.last().map_or(0, |s| s.1) + 3;
                    map.shifts.push((text.len(), added - chunk.invalid().len()));
                }
            }
            Ok((Cow::Owned(text), map))
        }
        Err(e) => Err(Failure::NotUtf8 {
            source: source.to_owned(),
            offset: base + e.valid_up_to() as u64,
        }),
    }
}

/// Byte offsets into the input of a text decoded from it: the same offsets
/// unless `--lossy` replaced bad bytes (each sequence of 1 to 3 bytes by
/// the 3 bytes of U+FFFD).
#[derive(Default)]
struct ByteMap {
    /// (offset in the decoded text after a replacement, bytes it has more
    /// than the input up to there).
    shifts: Vec<(usize, usize)>,
}

impl ByteMap {
    /// The input's byte for byte `i` of the decoded text.
    fn input_byte(&self, i: usize) -> usize {
        let k = self.shifts.partition_point(|&(at, _)| at <= i);
        let added = k
            .checked_sub(1)
            .and_then(|k| self.shifts.get(k))
            .map_or(0, |s| s.1);
        i - added
    }
}

/// A JSON writing error as the I/O error under it (a closed pipe stays one).
fn json_error(e: serde_json::Error) -> Failure {
    match e.io_error_kind() {
        Some(kind) => Failure::Io(io::Error::new(kind, e)),
        None => Failure::Io(io::Error::other(e)),
    }
}

fn usage(e: kropka::Error) -> Failure {
    Failure::Usage(e.to_string())
}

/// An input: a file or standard input, its name for messages and its size.
struct Input {
    reader: Box<dyn Read>,
    name: String,
    size: Option<u64>,
}

fn open(file: Option<&PathBuf>) -> Result<Input, Failure> {
    match file {
        Some(p) if p.as_os_str() != "-" => {
            let f = File::open(p).map_err(|e| Failure::NoInput(format!("{}: {e}", p.display())))?;
            let size = f.metadata().ok().map(|m| m.len());
            Ok(Input {
                reader: Box::new(f),
                name: p.display().to_string(),
                size,
            })
        }
        _ => Ok(Input {
            reader: Box::new(io::stdin().lock()),
            name: "<stdin>".to_owned(),
            size: None,
        }),
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
    /// Prints the sentences of `text`, decoded from `raw_len` bytes of the
    /// input (`map` leads its offsets back there).
    fn chunk(&mut self, text: &str, map: &ByteMap, raw_len: usize) -> io::Result<()> {
        if self.explain {
            for d in self.seg.decisions(text) {
                // Twenty code points either side, as the Python CLI shows.
                let from = text
                    .get(..d.at)
                    .and_then(|s| s.char_indices().rev().nth(19))
                    .map_or(0, |(i, _)| i);
                let to = text
                    .get(d.boundary..)
                    .and_then(|s| s.char_indices().nth(20))
                    .map_or(text.len(), |(i, _)| d.boundary + i);
                let context = text.get(from..to).unwrap_or("").replace(['\n', '\r'], "⏎");
                writeln!(
                    self.out,
                    "{}\t{}\t{}\t{}\t{}",
                    self.byte_base + map.input_byte(d.at),
                    if d.split { "split" } else { "keep" },
                    d.rule.name(),
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
                let line = SentenceLine {
                    text: s.text,
                    start: self.char_base + start_char,
                    end: self.char_base + end_char,
                    start_byte: self.byte_base + map.input_byte(s.range.start),
                    end_byte: self.byte_base + map.input_byte(s.range.end),
                };
                serde_json::to_writer(&mut self.out, &line).map_err(|e| {
                    match e.io_error_kind() {
                        Some(kind) => io::Error::new(kind, e),
                        None => io::Error::other(e),
                    }
                })?;
                writeln!(self.out)?;
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
        self.byte_base += raw_len;
        self.char_base += text.chars().count();
        Ok(())
    }
}

/// A line of `kropka sentences --json`.
#[derive(Serialize)]
struct SentenceLine<'t> {
    text: &'t str,
    start: usize,
    end: usize,
    start_byte: usize,
    end_byte: usize,
}

/// Reads `input` in blocks and hands `f` whole paragraphs (or, unless
/// `cut`, the whole input at the end), as bytes with the offset where they
/// start: cuts fall only right after a blank line,
/// where every newline policy ends a sentence, so the result equals
/// segmenting the whole input at once. Text without blank lines is held
/// until the end. Shows progress on a terminal for large files.
fn stream_paragraphs(
    input: Input,
    cut: bool,
    mut f: impl FnMut(&[u8], u64) -> Result<(), Failure>,
) -> Result<(), Failure> {
    const BLOCK: usize = 1 << 20;
    let Input {
        mut reader, size, ..
    } = input;
    let progress = io::stderr().is_terminal() && size.is_some_and(|s| s > 8 << 20);
    let mut last_report = Instant::now();
    let mut done: u64 = 0;
    let mut buf: Vec<u8> = Vec::with_capacity(BLOCK);
    let mut block = vec![0u8; BLOCK];
    loop {
        let n = reader.read(&mut block)?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(block.get(..n).unwrap_or(&[]));
        // Only the new block (and a little before it) can hold a new cut.
        let lo = buf.len().saturating_sub(n + 4096);
        if !cut {
            continue;
        }
        if let Some(cut) = buf.get(lo..).and_then(last_paragraph_cut).map(|c| lo + c) {
            f(buf.get(..cut).unwrap_or(&[]), done)?;
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
    f(&buf, done)?;
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
