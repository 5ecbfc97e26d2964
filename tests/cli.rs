//! The `kropka` program: exit codes, bad bytes, closed pipes, offsets.
#![cfg(feature = "cli")]
#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn kropka() -> Command {
    Command::new(env!("CARGO_BIN_EXE_kropka"))
}

fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kropka-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

const BAD: &[u8] = b"Ala ma kota. \xff\xfeKot ma Al\xc4\x99. Koniec.\n";

#[test]
fn invalid_utf8_is_an_error_naming_file_and_byte() {
    let path = temp_file("bad.txt", BAD);
    for sub in ["sentences", "analyze"] {
        let out = kropka().arg(sub).arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(65), "{sub}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("bad.txt") && err.contains("byte 13"), "{err}");
    }
}

#[test]
fn lossy_offsets_index_the_input() {
    let path = temp_file("lossy.txt", BAD);
    let out = kropka()
        .args(["sentences", "--json", "--lossy"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let bytes: Vec<(u64, u64)> = lines
        .iter()
        .map(|l| {
            (
                l["start_byte"].as_u64().unwrap(),
                l["end_byte"].as_u64().unwrap(),
            )
        })
        .collect();
    // Two bad bytes, each one U+FFFD: bytes of the file, code points of the text.
    assert_eq!(bytes, [(0, 12), (13, 27), (28, 35)]);
    assert_eq!(&BAD[28..35], b"Koniec.");
    let chars: Vec<u64> = lines.iter().map(|l| l["start"].as_u64().unwrap()).collect();
    assert_eq!(chars, [0, 13, 27]);
}

#[test]
fn a_missing_file_and_a_bad_option_have_their_codes() {
    let out = kropka()
        .args(["analyze", "no/such/file.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(66));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/file.txt"));
    let out = kropka()
        .args(["sentences", "--abbrev", "."])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let text = "Jan Kowalski ma kota. „Tak” – powiedział.\n\n".repeat(40_000);
    let path = temp_file("big.txt", text.as_bytes());
    for args in [
        &["analyze"][..],
        &["sentences"],
        &["sentences", "--json"],
        &["sentences", "--explain"],
    ] {
        let mut child = kropka()
            .args(args)
            .arg(&path)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut head = [0u8; 10];
        child.stdout.take().unwrap().read_exact(&mut head).unwrap();
        // The reader is gone: the program must end quietly, with success.
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(out.stderr.is_empty(), "{args:?}: {:?}", out.stderr);
    }
}

#[test]
fn stdin_and_file_agree_and_offsets_are_code_points() {
    let text = "Żółw śpi. Kot nie.\n";
    let mut child = kropka()
        .args(["sentences", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let second: serde_json::Value = serde_json::from_str(
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .nth(1)
            .unwrap(),
    )
    .unwrap();
    assert_eq!(second["start"], 10);
    assert_eq!(second["start_byte"], 14);
}

#[test]
fn folders_and_lines_give_json_lines_with_sources() {
    let dir = std::env::temp_dir().join(format!("kropka-cli-corpus-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("b.txt"), "Jan Kowalski mieszka w Gdańsku.").unwrap();
    std::fs::write(dir.join("sub").join("a.txt"), "Raz.\n\nDwa.\n").unwrap();
    std::fs::write(dir.join("notes.md"), "Nie.").unwrap();
    let out = kropka().arg("analyze").arg(&dir).output().unwrap();
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let sources: Vec<&str> = lines
        .iter()
        .map(|l| l["source"].as_str().unwrap())
        .collect();
    let b = dir.join("b.txt");
    let a = dir.join("sub").join("a.txt");
    assert_eq!(sources, [b.to_str().unwrap(), a.to_str().unwrap()]);
    assert_eq!(lines[0]["entities"][0]["lemma"], "Jan Kowalski");

    let out = kropka()
        .args(["analyze", "--lines"])
        .arg(&a)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let docs: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["source"], format!("{}:3", a.display()));
    assert_eq!(docs[1]["text"], "Dwa.");

    let out = kropka()
        .args(["analyze", "--pretty"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
