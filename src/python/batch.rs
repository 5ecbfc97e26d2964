//! GIL-free work: analysis with code-point offsets, alone or on a thread pool.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::{Arc, LazyLock, Mutex};

use rayon::prelude::*;

use super::text::Text;
use crate::Segmenter;

/// An entity with code-point offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EntitySpan {
    pub(crate) range: Range<usize>,
    pub(crate) label: String,
    pub(crate) lemma: String,
    pub(crate) cluster: usize,
}

/// A quote with code-point offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QuoteSpan {
    pub(crate) range: Range<usize>,
    pub(crate) kind: String,
    pub(crate) cue: Option<Range<usize>>,
    pub(crate) mention: Option<Range<usize>>,
    pub(crate) speaker: Option<String>,
    pub(crate) gender: Option<char>,
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

pub(crate) fn analyse(seg: &Segmenter, text: &Text) -> Analysis {
    let s = text.as_str();
    let doc = crate::analyze_with(seg, s);
    let map = doc.char_map();
    Analysis {
        sentences: doc.sentences.iter().map(|x| map.range(&x.range)).collect(),
        entities: doc
            .entities
            .iter()
            .map(|e| EntitySpan {
                range: map.range(&e.range),
                label: e.label.to_owned(),
                lemma: e.lemma.clone(),
                cluster: e.cluster,
            })
            .collect(),
        quotes: doc
            .quotes
            .iter()
            .map(|q| QuoteSpan {
                range: map.range(&q.range),
                kind: q.kind.to_owned(),
                cue: q.cue.as_ref().map(|c| map.range(c)),
                mention: q
                    .speaker
                    .as_ref()
                    .and_then(|sp| sp.mention.as_ref())
                    .map(|m| map.range(m)),
                speaker: q.speaker.as_ref().map(|sp| sp.name.clone()),
                gender: q.speaker.as_ref().and_then(|sp| sp.gender),
            })
            .collect(),
    }
}

/// Thread pools by (process id, size): a pool never crosses a `fork`, whose
/// child would inherit a pool without its threads.
type Pools = HashMap<(u32, usize), Arc<rayon::ThreadPool>>;

static POOLS: LazyLock<Mutex<Pools>> = LazyLock::new(|| Mutex::new(HashMap::new()));

fn pool(threads: usize) -> Option<Arc<rayon::ThreadPool>> {
    let key = (std::process::id(), threads);
    let mut pools = POOLS.lock().ok()?;
    pools.retain(|(pid, _), _| *pid == key.0);
    if let Some(p) = pools.get(&key) {
        return Some(Arc::clone(p));
    }
    let p = Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .ok()?,
    );
    pools.insert(key, Arc::clone(&p));
    Some(p)
}

/// Threads to use: the argument, else `KROPKA_NUM_THREADS`, else the CPU count.
fn thread_count(threads: Option<usize>) -> usize {
    threads
        .or_else(|| std::env::var("KROPKA_NUM_THREADS").ok()?.parse().ok())
        .or_else(|| std::thread::available_parallelism().ok().map(usize::from))
        .unwrap_or(1)
        .max(1)
}

/// Analyses one text. A long one runs on a pool of this process with
/// `threads` threads (see [`thread_count`]), never on rayon's global pool,
/// which a forked child (`multiprocessing`, Dask) would inherit without
/// its threads.
pub(crate) fn analyse_one(seg: &Segmenter, text: &Text, threads: Option<usize>) -> Analysis {
    if text.as_str().len() >= crate::document::PARALLEL_BYTES
        && let Some(p) = pool(thread_count(threads))
    {
        return p.install(|| analyse(seg, text));
    }
    analyse(seg, text)
}

pub(crate) fn analyse_many(texts: &[Text], threads: Option<usize>) -> Vec<Analysis> {
    let seg = crate::segment::default_segmenter();
    let n = thread_count(threads);
    match (n > 1 && texts.len() > 1).then(|| pool(n)).flatten() {
        Some(p) => p.install(|| texts.par_iter().map(|t| analyse(seg, t)).collect()),
        None => texts.iter().map(|t| analyse_one(seg, t, Some(n))).collect(),
    }
}
