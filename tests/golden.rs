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

/// A line of a golden file with its marks (`open`…`close`, or `{`…`}` for a
/// mark nested in another): the plain text, and each marked span with the
/// fields of its mark, sorted by start (the longer first).
fn parse_marks(line: &str, open: char, close: char) -> (String, Vec<(String, Vec<String>)>) {
    let mut text = String::new();
    // Open marks: where their text starts, and the byte where their fields start.
    let mut stack: Vec<(usize, Option<usize>)> = Vec::new();
    let mut fields_of: Vec<(usize, String)> = Vec::new();
    let mut spans: Vec<(usize, usize, Vec<String>)> = Vec::new();
    for c in line.chars() {
        if c == open || c == '{' {
            stack.push((text.len(), None));
            fields_of.push((stack.len(), String::new()));
        } else if (c == close || c == '}') && !stack.is_empty() {
            let (start, end) = stack.pop().unwrap();
            let (_, raw) = fields_of.pop().unwrap();
            let end = end.unwrap_or(text.len());
            let fields: Vec<String> = raw.split('|').skip(1).map(str::to_owned).collect();
            spans.push((start, end, fields));
        } else if c == '|' && !stack.is_empty() {
            let top = stack.last_mut().unwrap();
            if top.1.is_none() {
                top.1 = Some(text.len());
            }
            fields_of.last_mut().unwrap().1.push('|');
        } else if stack.last().is_some_and(|t| t.1.is_some()) {
            fields_of.last_mut().unwrap().1.push(c);
        } else {
            text.push(c);
        }
    }
    spans.sort_by_key(|(s, e, _)| (*s, std::cmp::Reverse(*e)));
    let marks = spans
        .into_iter()
        .map(|(s, e, f)| (text[s..e].to_owned(), f))
        .collect();
    (text, marks)
}

fn cases(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

#[test]
fn golden_entities() {
    let mut failures = Vec::new();
    for line in cases(include_str!("data/entities.txt")) {
        let (text, marks) = parse_marks(line, '[', ']');
        let want: Vec<(String, String, String)> = marks
            .into_iter()
            .map(|(surface, f)| {
                let lemma = f.get(1).cloned().unwrap_or_else(|| surface.clone());
                (surface, f[0].clone(), lemma)
            })
            .collect();
        let doc = kropka::analyze(&text);
        let mut entities: Vec<&kropka::Entity> = doc.entities.iter().collect();
        entities.sort_by_key(|e| (e.range.start, std::cmp::Reverse(e.range.end)));
        let got: Vec<(String, String, String)> = entities
            .into_iter()
            .map(|e| {
                (
                    text[e.range.clone()].to_owned(),
                    e.label.as_str().to_owned(),
                    e.lemma.clone(),
                )
            })
            .collect();
        if got != want {
            failures.push(format!("{line}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn golden_quotes() {
    let mut failures = Vec::new();
    for line in cases(include_str!("data/quotes.txt")) {
        let (text, marks) = parse_marks(line, '«', '»');
        let want: Vec<(String, String, Option<String>)> = marks
            .into_iter()
            .map(|(content, f)| {
                let speaker = f.get(1).filter(|s| s.as_str() != "-").cloned();
                (content, f[0].clone(), speaker)
            })
            .collect();
        let doc = kropka::analyze(&text);
        let got: Vec<(String, String, Option<String>)> = doc
            .quotes
            .iter()
            .map(|q| {
                (
                    text[q.range.clone()].to_owned(),
                    q.kind.as_str().to_owned(),
                    q.speaker.as_ref().map(|s| s.name.clone()),
                )
            })
            .collect();
        if got != want {
            failures.push(format!("{line}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
