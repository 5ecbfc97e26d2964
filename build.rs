//! Compiles the lexicons of `data/pl/` into tables that are ready when
//! mapped: finite-state transducers (the `fst` crate) from a key to a
//! number, with the readings a key has packed into 64-bit records and their
//! strings in one pool. The text files stay the reviewed source; the
//! library embeds only what this writes to `OUT_DIR`, and a test checks
//! that every table answers exactly as its text (`src/table.rs`).
//!
//! Record layouts (bit 0 is the lowest; a string is `offset << 8 | length`
//! in the pool):
//! - name: string 0..32, class 32..36, cases 36..52;
//! - SGJP name: string 0..32, class 32..36;
//! - analysis (`forms`; `suffixes`, keyed by the ending's bytes reversed):
//!   string 0..32 (the lemma, or the ending a rule appends),
//!   part of speech 32..34, case 34..38, number 38..40, gender 40..44,
//!   chars to strip 44..52, rule flag 52.
//!
//! A key with records maps to `first << 8 | count`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

#[path = "src/fold.rs"]
mod fold;
use fold::fold;
use std::path::{Path, PathBuf};

/// Bumped whenever a layout above changes; the library checks it.
const FORMAT: u32 = 1;

const CASES: [&str; 7] = ["nom", "gen", "dat", "acc", "inst", "loc", "voc"];
const GENDERS: [&str; 5] = ["m1", "m2", "m3", "f", "n"];

type Out = Result<(), Box<dyn std::error::Error>>;

fn main() -> Out {
    let data = Path::new("data/pl");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=src/fold.rs");
    let out = PathBuf::from(std::env::var("OUT_DIR")?);
    let mut pool = Pool::default();
    let read = |name: &str| -> Result<String, Box<dyn std::error::Error>> {
        let path = data.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        Ok(std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?)
    };

    let names = read("names.tsv")?;
    let mut name_forms: Multi = BTreeMap::new();
    let mut phrase_starts = BTreeSet::new();
    let mut max_words = 1;
    // Place lemmas in lower case without Polish diacritics.
    let mut place_stems = BTreeSet::new();
    for line in entries(&names) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [form, lemma, class, rest @ ..] = cols.as_slice() else {
            continue;
        };
        let class: u64 = match *class {
            "first_m" => 0,
            "first_f" => 1,
            "surname" => 2,
            "place" => 3,
            "org" => 4,
            _ => continue,
        };
        max_words = max_words.max(form.split(' ').count());
        if let Some((first, _)) = form.split_once(' ') {
            phrase_starts.insert(first.as_bytes().to_vec());
        }
        if class == 3 && !lemma.contains(' ') {
            place_stems.insert(fold(lemma).into_bytes());
        }
        let cases = rest.first().map_or(0, |c| name_cases(c));
        let record = pool.add(lemma)? | class << 32 | cases << 36;
        name_forms
            .entry(form.as_bytes().to_vec())
            .or_default()
            .push(record);
    }
    write_multi(&out, "names", &name_forms)?;
    write_set(&out, "name_phrase_starts", &phrase_starts)?;
    write_set(&out, "place_stems", &place_stems)?;

    let verbs = read("speech-verbs.tsv")?;
    let mut speech: BTreeMap<Vec<u8>, u64> = BTreeMap::new();
    for line in entries(&verbs) {
        let mut cols = line.split('\t');
        let (Some(form), Some(_lemma)) = (cols.next(), cols.next()) else {
            continue;
        };
        let gender = match cols.next() {
            Some("m") => 0,
            Some("f") => 1,
            Some("n") => 2,
            Some("pl") => 3,
            _ => 4,
        };
        // The first line of a form wins.
        speech.entry(form.as_bytes().to_vec()).or_insert(gender);
    }
    write_single(&out, "speech_verbs", &speech)?;

    let common = read("common-words.txt")?;
    let mut common_words: BTreeMap<Vec<u8>, u64> = BTreeMap::new();
    for line in entries(&common) {
        let mut cols = line.split('\t');
        if let Some(form) = cols.next() {
            let proper = u64::from(cols.next() == Some("proper"));
            common_words.insert(form.as_bytes().to_vec(), proper);
        }
    }
    write_single(&out, "common_words", &common_words)?;

    let ordinary = read("ordinary-forms.txt")?;
    let ordinary: BTreeSet<Vec<u8>> = entries(&ordinary).map(|l| l.as_bytes().to_vec()).collect();
    write_set(&out, "ordinary_forms", &ordinary)?;

    let sgjp = read("sgjp-names.tsv")?;
    let mut sgjp_names: Multi = BTreeMap::new();
    for line in entries(&sgjp) {
        let mut cols = line.split('\t');
        let (Some(class), Some(lemma), Some(forms)) = (cols.next(), cols.next(), cols.next())
        else {
            continue;
        };
        let class: u64 = match class {
            "place" => 0,
            "ethnonym" => 1,
            "acronym_org" => 2,
            "acronym_common" => 3,
            _ => continue,
        };
        let record = pool.add(lemma)? | class << 32;
        for form in forms.split(',') {
            sgjp_names
                .entry(form.as_bytes().to_vec())
                .or_default()
                .push(record);
        }
    }
    write_multi(&out, "sgjp_names", &sgjp_names)?;

    let forms = read("forms.tsv")?;
    let mut form_analyses: Multi = BTreeMap::new();
    // Derived tables: lemma → nominative plural; features → form.
    let mut nom_plurals: BTreeMap<&str, &str> = BTreeMap::new();
    let mut generate: BTreeMap<String, &str> = BTreeMap::new();
    for line in entries(&forms) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [form, lemma, pos, case, number, gender] = cols.as_slice() else {
            continue;
        };
        let features = features(pos, case, number, gender)?;
        let record = pool.add(lemma)? | features;
        form_analyses
            .entry(form.as_bytes().to_vec())
            .or_default()
            .push(record);
        let pos = pos_code(pos);
        if pos == 0 && *case == "nom" && *number == "pl" {
            // The smallest form wins.
            nom_plurals
                .entry(lemma)
                .and_modify(|f| *f = (*f).min(form))
                .or_insert(form);
        }
        let lower_initial = form.chars().next().is_some_and(char::is_lowercase);
        if lower_initial && pos <= 1 && *case != "-" {
            // A form of either number (`fundacji`: genitive singular and
            // plural) serves both.
            let numbers: &[bool] = match *number {
                "sg" => &[false],
                "pl" => &[true],
                _ => &[false, true],
            };
            for &plural in numbers {
                let key = generate_key(lemma, pos, case, plural, gender);
                // The shortest form wins, then the first in byte order.
                generate
                    .entry(key)
                    .and_modify(|f| {
                        if (form.len(), *form) < (f.len(), *f) {
                            *f = form;
                        }
                    })
                    .or_insert(form);
            }
        }
    }
    write_multi(&out, "forms", &form_analyses)?;
    let mut plurals: BTreeMap<Vec<u8>, u64> = BTreeMap::new();
    for (lemma, form) in nom_plurals {
        plurals.insert(lemma.as_bytes().to_vec(), pool.add(form)?);
    }
    write_single(&out, "nom_plurals", &plurals)?;
    let mut generated: BTreeMap<Vec<u8>, u64> = BTreeMap::new();
    for (key, form) in generate {
        generated.insert(key.into_bytes(), pool.add(form)?);
    }
    write_single(&out, "generate", &generated)?;

    let suffixes = read("suffixes.tsv")?;
    let mut suffix_rules: Multi = BTreeMap::new();
    for line in entries(&suffixes) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [suffix, strip, append, pos, case, number, gender, ..] = cols.as_slice() else {
            continue;
        };
        let Ok(strip) = strip.parse::<u64>() else {
            continue;
        };
        if strip > 0xFF {
            return Err(format!("suffixes.tsv: {suffix}: strips {strip} chars").into());
        }
        let record =
            pool.add(append)? | features(pos, case, number, gender)? | strip << 44 | 1 << 52;
        // Keyed by the ending's bytes reversed: the longest ending of a word
        // is then one walk from the word's last byte.
        let mut reversed = suffix.as_bytes().to_vec();
        reversed.reverse();
        suffix_rules.entry(reversed).or_default().push(record);
    }
    write_multi(&out, "suffixes", &suffix_rules)?;

    std::fs::write(out.join("strings.bin"), &pool.bytes)?;
    std::fs::write(
        out.join("tables.rs"),
        format!(
            "/// The format of the compiled tables (see `build.rs`).\n\
             pub(crate) const FORMAT: u32 = {FORMAT};\n\
             /// The most words of a phrase in `names.tsv`.\n\
             pub(crate) const NAME_MAX_WORDS: usize = {max_words};\n"
        ),
    )?;
    Ok(())
}

/// Keys and the records of each, in file order.
type Multi = BTreeMap<Vec<u8>, Vec<u64>>;

/// The entries of a data file: non-empty lines that are not `#` comments
/// (as `src/data.rs` reads them).
fn entries(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Distinct strings, each stored once.
#[derive(Default)]
struct Pool {
    bytes: Vec<u8>,
    at: HashMap<String, u64>,
}

impl Pool {
    /// The reference `offset << 8 | length` of `s` in the pool.
    fn add(&mut self, s: &str) -> Result<u64, String> {
        if let Some(&r) = self.at.get(s) {
            return Ok(r);
        }
        let offset = self.bytes.len() as u64;
        if s.len() > 0xFF || offset >= 1 << 24 {
            return Err(format!("string pool: {s:?} does not fit a reference"));
        }
        self.bytes.extend_from_slice(s.as_bytes());
        let r = offset << 8 | s.len() as u64;
        self.at.insert(s.to_owned(), r);
        Ok(r)
    }
}

/// `nom,gen:pl` as bits: singular cases 0..7, plural cases 8..15.
fn name_cases(s: &str) -> u64 {
    s.split(',')
        .map(|c| {
            let (name, shift) = match c.strip_suffix(":pl") {
                Some(n) => (n, 8),
                None => (c, 0),
            };
            CASES
                .iter()
                .position(|&k| k == name)
                .map_or(0, |i| 1 << (i + shift))
        })
        .fold(0, |a, b| a | b)
}

/// 0 noun, 1 adjective, 2 verb, 3 other.
fn pos_code(pos: &str) -> u64 {
    match pos {
        "subst" => 0,
        "adj" => 1,
        "verb" => 2,
        _ => 3,
    }
}

/// An analysis's part of speech, case, number and gender in their bits.
fn features(pos: &str, case: &str, number: &str, gender: &str) -> Result<u64, String> {
    let symbol = |value: &str, all: &[&str]| -> Result<u64, String> {
        if value == "-" {
            return Ok(0);
        }
        all.iter()
            .position(|&k| k == value)
            .map(|i| i as u64 + 1)
            .ok_or_else(|| format!("unknown feature {value:?} (known: {all:?})"))
    };
    let number = match number {
        "sg" => 1,
        "pl" => 2,
        _ => 0,
    };
    Ok(pos_code(pos) << 32
        | symbol(case, &CASES)? << 34
        | number << 38
        | symbol(gender, &GENDERS)? << 40)
}

/// The key of the generation table: lemma, part of speech, case, number,
/// gender (`-` for any), tab-separated.
fn generate_key(lemma: &str, pos: u64, case: &str, plural: bool, gender: &str) -> String {
    format!("{lemma}\t{pos}\t{case}\t{}\t{gender}", u8::from(plural))
}

fn write_multi(out: &Path, name: &str, map: &Multi) -> Out {
    let mut records: Vec<u8> = Vec::new();
    let mut index = fst::MapBuilder::memory();
    for (key, rs) in map {
        let first = (records.len() / 8) as u64;
        if rs.len() > 0xFF {
            return Err(format!("{name}: {} readings of one key", rs.len()).into());
        }
        index.insert(key, first << 8 | rs.len() as u64)?;
        for r in rs {
            records.extend_from_slice(&r.to_le_bytes());
        }
    }
    std::fs::write(out.join(format!("{name}.fst")), index.into_inner()?)?;
    std::fs::write(out.join(format!("{name}.rec")), records)?;
    Ok(())
}

fn write_single(out: &Path, name: &str, map: &BTreeMap<Vec<u8>, u64>) -> Out {
    let mut index = fst::MapBuilder::memory();
    for (key, &v) in map {
        index.insert(key, v)?;
    }
    std::fs::write(out.join(format!("{name}.fst")), index.into_inner()?)?;
    Ok(())
}

fn write_set(out: &Path, name: &str, set: &BTreeSet<Vec<u8>>) -> Out {
    let mut index = fst::SetBuilder::memory();
    for key in set {
        index.insert(key)?;
    }
    std::fs::write(out.join(format!("{name}.fst")), index.into_inner()?)?;
    Ok(())
}
