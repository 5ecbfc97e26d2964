//! GIL-free work: analysis with code-point offsets, alone or on a thread pool.

use std::borrow::Cow;
use std::ops::Range;
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use rayon::prelude::*;

use super::text::Text;
use crate::{Analyzer, Segmenter, pool};

/// An entity with code-point offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EntitySpan {
    pub(crate) range: Range<usize>,
    /// One of the crate's labels (borrowed), or one a user gave (owned).
    pub(crate) label: Cow<'static, str>,
    pub(crate) lemma: String,
    pub(crate) cluster: usize,
}

/// A quote with code-point offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QuoteSpan {
    pub(crate) range: Range<usize>,
    pub(crate) kind: Cow<'static, str>,
    pub(crate) cue: Option<Range<usize>>,
    pub(crate) mention: Option<Range<usize>>,
    pub(crate) speaker: Option<String>,
    pub(crate) gender: Option<char>,
    /// How it was found and its speaker chosen (`None` for a quote built
    /// in Python without it).
    pub(crate) why: Option<crate::Why>,
}

/// A document's analysis with code-point offsets, built without the GIL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Analysis {
    pub(crate) sentences: Vec<Range<usize>>,
    pub(crate) entities: Vec<EntitySpan>,
    pub(crate) quotes: Vec<QuoteSpan>,
}

pub(crate) fn sentence_spans(seg: &Segmenter, text: &Text) -> Vec<Range<usize>> {
    let s = text.as_str();
    let bounds: Vec<usize> = seg
        .split(s)
        .flat_map(|x| [x.range.start, x.range.end])
        .collect();
    let chars = crate::offsets::byte_to_char(s, &bounds);
    chars
        .chunks_exact(2)
        .filter_map(|c| Some(*c.first()?..*c.get(1)?))
        .collect()
}

/// Analyses one text on the calling thread (splitting its work only when
/// that thread is a worker of the crate's pool).
pub(crate) fn analyse(analyzer: &Analyzer, text: &Text) -> Analysis {
    let s = text.as_str();
    let (seg, patterns, demonyms) = analyzer.parts();
    let doc = crate::analyze::analyze_steps(seg, patterns, demonyms, s);
    let map = doc.char_map();
    Analysis {
        sentences: doc.sentences.iter().map(|x| map.range(&x.range)).collect(),
        entities: doc
            .entities
            .iter()
            .map(|e| EntitySpan {
                range: map.range(&e.range),
                label: Cow::Borrowed(e.label.as_str()),
                lemma: e.lemma.clone(),
                cluster: e.cluster,
            })
            .collect(),
        quotes: doc
            .quotes
            .iter()
            .map(|q| QuoteSpan {
                range: map.range(&q.range),
                kind: Cow::Borrowed(q.kind.as_str()),
                cue: q.cue.as_ref().map(|c| map.range(c)),
                mention: q
                    .speaker
                    .as_ref()
                    .and_then(|sp| sp.mention.as_ref())
                    .map(|m| map.range(m)),
                speaker: q.speaker.as_ref().map(|sp| sp.name.clone()),
                gender: q
                    .speaker
                    .as_ref()
                    .and_then(|sp| sp.gender)
                    .and_then(|g| g.as_str().chars().next()),
                why: Some(q.why),
            })
            .collect(),
    }
}

/// Threads to use: the argument, else `KROPKA_NUM_THREADS`, else every
/// CPU this process may use; never more than those CPUs (see `crate::pool`).
/// `KropkaError` (a `ValueError`) for a number below one or an unreadable
/// variable, naming the argument or the variable.
pub(crate) fn thread_count(threads: Option<i64>) -> PyResult<usize> {
    let n = match threads {
        Some(n) if n < 1 => {
            return Err(super::KropkaError::new_err(format!(
                "threads must be at least 1, got {n}"
            )));
        }
        Some(n) => usize::try_from(n).unwrap_or(usize::MAX),
        None => pool::threads_from_env()
            .map_err(super::KropkaError::new_err)?
            .unwrap_or_else(pool::max_threads),
    };
    Ok(n.clamp(1, pool::max_threads()))
}

/// Analyses one text on `threads` threads: a long one on the crate's pool,
/// a short one on the calling thread (a hop to the pool would cost more
/// than it saves).
pub(crate) fn analyse_one(analyzer: &Analyzer, text: &Text, threads: usize) -> Analysis {
    if text.as_str().len() >= crate::PARALLEL_BYTES {
        pool::install(threads, || analyse(analyzer, text))
    } else {
        analyse(analyzer, text)
    }
}

/// Analyses `texts` in order on `threads` threads; stops early (returning
/// what it has) once `cancel` is set.
pub(crate) fn analyse_many(
    analyzer: &Analyzer,
    texts: &[Text],
    threads: usize,
    cancel: &AtomicBool,
) -> Vec<Analysis> {
    let one = |t: &Text| {
        if cancel.load(Ordering::Relaxed) {
            Analysis::default()
        } else {
            analyse(analyzer, t)
        }
    };
    if threads > 1 && texts.len() > 1 {
        pool::install(threads, || texts.par_iter().map(one).collect())
    } else {
        texts.iter().map(one).collect()
    }
}

/// Text below which a call runs with the GIL released and no check for
/// signals: it ends within milliseconds.
pub(crate) const INTERRUPTIBLE_BYTES: usize = 1 << 18;

/// How often a waiting call looks for Ctrl-C.
const SIGNAL_POLL: Duration = Duration::from_millis(50);

/// Runs `job` on another thread (a worker of the crate's pool when
/// `threads > 1`) while this one waits without the GIL, checking for
/// signals every 50 ms. On Ctrl-C (or any signal handler that raises) it
/// sets `cancel`, returns the exception at once and leaves the job to stop
/// at its next check.
pub(crate) fn interruptible<R: Send + 'static>(
    py: Python<'_>,
    threads: usize,
    cancel: Arc<AtomicBool>,
    job: impl FnOnce() -> R + Send + 'static,
) -> PyResult<R> {
    let (tx, rx) = mpsc::sync_channel(1);
    let work = move || {
        let _ = tx.send(std::panic::catch_unwind(AssertUnwindSafe(job)));
    };
    match (threads > 1).then(|| pool::pool(threads)).flatten() {
        Some(p) => p.spawn(work),
        None => {
            std::thread::Builder::new()
                .name("kropka-job".into())
                .spawn(work)
                .map_err(|e| PyRuntimeError::new_err(format!("cannot start a thread: {e}")))?;
        }
    }
    let mut rx = rx;
    loop {
        let (got, back) = py.detach(move || (rx.recv_timeout(SIGNAL_POLL), rx));
        rx = back;
        match got {
            Ok(Ok(r)) => return Ok(r),
            Ok(Err(_)) | Err(RecvTimeoutError::Disconnected) => {
                return Err(PyRuntimeError::new_err(
                    "kropka: internal error (the analysis panicked); please report it",
                ));
            }
            Err(RecvTimeoutError::Timeout) => {
                if let Err(e) = py.check_signals() {
                    cancel.store(true, Ordering::Relaxed);
                    return Err(e);
                }
            }
        }
    }
}
