//! Golden cases from `tests/data/segment.txt`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    missing_docs
)]

#[test]
fn golden_cases() {
    let data = include_str!("data/segment.txt");
    let mut failures = Vec::new();
    let mut cases = 0;
    for line in data
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        cases += 1;
        let input = line.replace('‖', "").replace('⏎', "\n");
        let expected: Vec<String> = line
            .split('‖')
            .map(|s| s.replace('⏎', "\n").trim().to_owned())
            .collect();
        let got: Vec<String> = kropka::sentences(&input)
            .map(|s| s.text.to_owned())
            .collect();
        if got != expected {
            failures.push(format!(
                "{line}\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(cases > 30);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
