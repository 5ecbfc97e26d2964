//! Interviews laid out as dialogue: paragraph after paragraph opened by a
//! dash with no attribution, the paper's questions and the interviewee's
//! answers taking turns (`– Czy …? ⏎ – Tak, … ⏎ – A …? ⏎ – Nie …`).
//!
//! Turns alternate, so one run of such paragraphs is read as a whole: when
//! every turn that ends in a question mark falls on the same side of the
//! alternation, that side is the paper's (its remarks without `?` too) and
//! the other side the interviewee's.

use std::ops::Range;

use super::{Found, Subject};
use crate::output::QuoteKind;

/// Who speaks a turn of an interview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Turn {
    /// The paper (`redakcja`).
    Question,
    /// The interviewee.
    Answer,
}

/// Runs shorter than this are dialogue, not an interview.
const MIN_TURNS: usize = 3;

/// For each quote, its turn when it belongs to an interview run.
pub(super) fn turns(text: &str, found: &[Found]) -> Vec<Option<Turn>> {
    let mut out = vec![None; found.len()];
    let mut run: Vec<usize> = Vec::new();
    for (i, f) in found.iter().enumerate() {
        if !is_turn(text, f) {
            close_run(text, found, &mut run, &mut out);
            continue;
        }
        let joined = run.last().and_then(|&p| found.get(p)).is_some_and(|prev| {
            text.get(prev.range.end..f.range.start)
                .is_some_and(|gap| !gap.chars().any(char::is_alphanumeric))
        });
        if !joined {
            close_run(text, found, &mut run, &mut out);
        }
        run.push(i);
    }
    close_run(text, found, &mut run, &mut out);
    out
}

/// An unattributed dash quote that opens a paragraph.
fn is_turn(text: &str, f: &Found) -> bool {
    f.kind == QuoteKind::Dash
        && f.cue.is_none()
        && matches!(f.subject, Subject::Previous | Subject::Introduced(_))
        && opens_paragraph(text, &f.range)
}

/// Only a dash and spaces between the start of the line and `r`.
fn opens_paragraph(text: &str, r: &Range<usize>) -> bool {
    let before = text.get(..r.start).unwrap_or("");
    let mut dashes = 0;
    // From `r` back to the line's start: stops at the first other char.
    for c in before.chars().rev().take_while(|&c| c != '\n') {
        if crate::chars::is_dash(c) {
            dashes += 1;
        } else if !c.is_whitespace() {
            return false;
        }
    }
    dashes == 1
}

fn close_run(text: &str, found: &[Found], run: &mut Vec<usize>, out: &mut [Option<Turn>]) {
    let questions: Vec<usize> = run
        .iter()
        .enumerate()
        .filter(|&(_, &q)| {
            found
                .get(q)
                .and_then(|f| text.get(f.range.clone()))
                .is_some_and(|s| s.trim_end().ends_with('?'))
        })
        .map(|(k, _)| k % 2)
        .collect();
    let side = questions.first().copied();
    if run.len() >= MIN_TURNS
        && let Some(side) = side
        && questions.iter().all(|&p| p == side)
    {
        for (k, &q) in run.iter().enumerate() {
            if let Some(slot) = out.get_mut(q) {
                *slot = Some(if k % 2 == side {
                    Turn::Question
                } else {
                    Turn::Answer
                });
            }
        }
    }
    run.clear();
}
