//! The pyo3 layer: converts, releases the GIL, maps errors. No analysis here.

mod batch;
mod spans;
mod text;

use std::ops::Range;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, LazyLock};

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use crate::{Analyzer, NewlinePolicy, Segmenter};
use spans::{PyEntity, PyQuote, PySentence};
use text::Text;

pyo3::create_exception!(
    kropka,
    KropkaError,
    PyValueError,
    "Raised for a bad argument value (a bad option, an invalid abbreviation)."
);

fn kropka_err(e: crate::Error) -> PyErr {
    KropkaError::new_err(e.to_string())
}

/// The default analyzer, shareable with a thread that outlives a call.
static DEFAULT_ANALYZER: LazyLock<Arc<Analyzer>> = LazyLock::new(|| Arc::new(Analyzer::default()));

/// Analyses `text` on `threads` threads with the GIL released. A long text
/// is analysed on another thread while this one answers Ctrl-C within 50 ms.
fn analyze_text<'py>(
    py: Python<'py>,
    analyzer: &Arc<Analyzer>,
    text: Text,
    threads: usize,
) -> PyResult<Bound<'py, PyDocument>> {
    if text.as_str().len() < batch::INTERRUPTIBLE_BYTES {
        let analysis = py.detach(|| batch::analyse_one(analyzer, &text, threads));
        return build_document(py, &text, analysis);
    }
    let text = Arc::new(text);
    let (job_text, job_seg) = (Arc::clone(&text), Arc::clone(analyzer));
    let cancel = Arc::new(AtomicBool::new(false));
    let analysis = batch::interruptible(py, threads, cancel, move || {
        batch::analyse_one(&job_seg, &job_text, threads)
    })?;
    build_document(py, &text, analysis)
}

/// Everything kropka found in one text. Holds spans; the Python objects of
/// its sentences, entities and quotes are made when asked for, so that the
/// part of `analyze_many` that needs the GIL stays small.
#[pyclass(name = "Document", module = "kropka._kropka", frozen)]
pub struct PyDocument {
    text: Py<PyString>,
    analysis: batch::Analysis,
}

impl PyDocument {
    fn sentence(&self, py: Python<'_>, r: &Range<usize>) -> PyResult<PySentence> {
        Ok(PySentence {
            text: substring(self.text.bind(py), r)?,
            start: r.start,
            end: r.end,
        })
    }

    fn entity(&self, py: Python<'_>, e: &batch::EntitySpan) -> PyResult<PyEntity> {
        Ok(PyEntity {
            text: substring(self.text.bind(py), &e.range)?,
            start: e.range.start,
            end: e.range.end,
            label: e.label.to_string(),
            lemma: e.lemma.clone(),
            cluster: e.cluster,
        })
    }

    fn quote(&self, py: Python<'_>, q: &batch::QuoteSpan) -> PyResult<PyQuote> {
        let cue = match &q.cue {
            Some(c) => Some(
                substring(self.text.bind(py), c)?
                    .bind(py)
                    .to_string_lossy()
                    .into_owned(),
            ),
            None => None,
        };
        Ok(PyQuote {
            text: substring(self.text.bind(py), &q.range)?,
            start: q.range.start,
            end: q.range.end,
            kind: q.kind.to_string(),
            speaker: q.speaker.clone(),
            cue,
            cue_start: q.cue.as_ref().map(|c| c.start),
            speaker_start: q.mention.as_ref().map(|m| m.start),
            speaker_end: q.mention.as_ref().map(|m| m.end),
            speaker_gender: q.gender.map(|g| g.to_string()),
            found_by: q.why.map(|w| w.found.as_str().to_owned()),
            speaker_by: q.why.map(|w| w.speaker.as_str().to_owned()),
            verb_gender: q
                .why
                .and_then(|w| w.verb_gender)
                .map(|g| g.as_str().to_owned()),
        })
    }
}

fn substring(text: &Bound<'_, PyString>, r: &Range<usize>) -> PyResult<Py<PyString>> {
    text::substring(text, r.clone()).map(Bound::unbind)
}

#[pymethods]
impl PyDocument {
    #[new]
    #[pyo3(signature = (text, sentences, entities=None, quotes=None))]
    fn new(
        text: Bound<'_, PyString>,
        sentences: Vec<PyRef<'_, PySentence>>,
        entities: Option<Vec<PyRef<'_, PyEntity>>>,
        quotes: Option<Vec<PyRef<'_, PyQuote>>>,
    ) -> Self {
        let analysis = batch::Analysis {
            sentences: sentences.iter().map(|s| s.start..s.end).collect(),
            entities: entities
                .unwrap_or_default()
                .iter()
                .map(|e| batch::EntitySpan {
                    range: e.start..e.end,
                    label: e.label.clone().into(),
                    lemma: e.lemma.clone(),
                    cluster: e.cluster,
                })
                .collect(),
            quotes: quotes
                .unwrap_or_default()
                .iter()
                .map(|q| {
                    let cue_len = q.cue.as_deref().map_or(0, |c| c.chars().count());
                    batch::QuoteSpan {
                        range: q.start..q.end,
                        kind: q.kind.clone().into(),
                        cue: q.cue_start.map(|c| c..c + cue_len),
                        mention: q.speaker_start.zip(q.speaker_end).map(|(a, b)| a..b),
                        speaker: q.speaker.clone(),
                        gender: q.speaker_gender.as_deref().and_then(|g| g.chars().next()),
                        why: q.why(),
                    }
                })
                .collect(),
        };
        Self {
            text: text.unbind(),
            analysis,
        }
    }

    /// The analysed text, unchanged.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// The sentences (a new list each time).
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items: Vec<PySentence> = self
            .analysis
            .sentences
            .iter()
            .map(|r| self.sentence(py, r))
            .collect::<PyResult<_>>()?;
        PyList::new(py, items)
    }

    /// The named entities (a new list each time).
    #[getter]
    fn entities<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items: Vec<PyEntity> = self
            .analysis
            .entities
            .iter()
            .map(|e| self.entity(py, e))
            .collect::<PyResult<_>>()?;
        PyList::new(py, items)
    }

    /// The quotes (a new list each time).
    #[getter]
    fn quotes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items: Vec<PyQuote> = self
            .analysis
            .quotes
            .iter()
            .map(|q| self.quote(py, q))
            .collect::<PyResult<_>>()?;
        PyList::new(py, items)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = self.text.bind(py);
        let n = text.len()?;
        let preview = substring(text, &(0..40))?;
        Ok(format!(
            "Document({}{}, sentences={}, entities={}, quotes={})",
            preview.bind(py).repr()?,
            if n > 40 { "…" } else { "" },
            self.analysis.sentences.len(),
            self.analysis.entities.len(),
            self.analysis.quotes.len()
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<PyDocument>() else {
            return Ok(false);
        };
        let o = other.get();
        Ok(self.analysis == o.analysis && self.text.bind(py).as_any().eq(o.text.bind(py))?)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let d = slf.get();
        let args = (
            d.text.clone_ref(py),
            d.sentences(py)?,
            d.entities(py)?,
            d.quotes(py)?,
        )
            .into_pyobject(py)?;
        PyTuple::new(py, [slf.get_type().into_any(), args.into_any()])
    }

    /// A plain, JSON-able dict: the same shape as the CLI's JSON.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let out = PyDict::new(py);
        out.set_item("text", self.text.bind(py))?;
        let sentences = PyList::empty(py);
        for r in &self.analysis.sentences {
            let s = self.sentence(py, r)?;
            let d = PyDict::new(py);
            d.set_item("text", s.text)?;
            d.set_item("start", s.start)?;
            d.set_item("end", s.end)?;
            sentences.append(d)?;
        }
        out.set_item("sentences", sentences)?;
        let entities = PyList::empty(py);
        for e in &self.analysis.entities {
            let e = self.entity(py, e)?;
            let d = PyDict::new(py);
            d.set_item("text", e.text)?;
            d.set_item("start", e.start)?;
            d.set_item("end", e.end)?;
            d.set_item("label", e.label)?;
            d.set_item("lemma", e.lemma)?;
            d.set_item("cluster", e.cluster)?;
            entities.append(d)?;
        }
        out.set_item("entities", entities)?;
        let quotes = PyList::empty(py);
        for q in &self.analysis.quotes {
            let q = self.quote(py, q)?;
            let d = PyDict::new(py);
            d.set_item("text", q.text)?;
            d.set_item("start", q.start)?;
            d.set_item("end", q.end)?;
            d.set_item("kind", q.kind)?;
            d.set_item("speaker", q.speaker)?;
            d.set_item("speaker_gender", q.speaker_gender)?;
            d.set_item("cue", q.cue)?;
            d.set_item("cue_start", q.cue_start)?;
            d.set_item("speaker_start", q.speaker_start)?;
            d.set_item("speaker_end", q.speaker_end)?;
            let why = match (&q.found_by, &q.speaker_by) {
                (Some(f), Some(s)) => {
                    let w = PyDict::new(py);
                    w.set_item("found", f)?;
                    w.set_item("speaker", s)?;
                    Some(w)
                }
                _ => None,
            };
            d.set_item("why", why)?;
            quotes.append(d)?;
        }
        out.set_item("quotes", quotes)?;
        Ok(out)
    }

    /// A pandas DataFrame of `"sentences"`, `"entities"` or `"quotes"` (needs pandas).
    #[pyo3(signature = (kind = "sentences"))]
    fn to_pandas<'py>(slf: &Bound<'py, Self>, kind: &str) -> PyResult<Bound<'py, PyAny>> {
        let helpers = slf.py().import("kropka._pandas")?;
        helpers.call_method1("to_pandas", ([slf], kind))
    }

    /// HTML for Jupyter: sentences, entities and quotes highlighted.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("kropka._html")?
            .call_method1("render", (slf,))
    }

    /// Entities in displaCy's manual format: `{"text", "ents", "title"}`.
    fn to_displacy<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("kropka._html")?
            .call_method1("to_displacy", (slf,))
    }
}

/// A `__reduce__` value: `functools.partial(type(obj), **kwargs)` called
/// with `args`.
pub(crate) fn reduce_with<'py>(
    obj: &Bound<'py, PyAny>,
    kwargs: &Bound<'py, PyDict>,
    args: Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyTuple>> {
    let py = obj.py();
    let make = py
        .import("functools")?
        .getattr("partial")?
        .call((obj.get_type(),), Some(kwargs))?;
    PyTuple::new(py, [make, args])
}

/// Python's repr of a string, for `__repr__`s.
fn py_repr_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    for c in s.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A configurable sentence segmenter (see the Rust `SegmenterBuilder`).
#[pyclass(name = "Segmenter", module = "kropka._kropka", frozen)]
pub struct PySegmenter {
    inner: Arc<Segmenter>,
    /// `inner` without patterns, for `analyze`.
    analyzer: Arc<Analyzer>,
}

#[pymethods]
impl PySegmenter {
    #[new]
    #[pyo3(signature = (*, abbreviations=Vec::new(), final_abbreviations=Vec::new(), not_abbreviations=Vec::new(), newline="break"))]
    fn new(
        abbreviations: Vec<String>,
        final_abbreviations: Vec<String>,
        not_abbreviations: Vec<String>,
        newline: &str,
    ) -> PyResult<Self> {
        let policy: NewlinePolicy = newline.parse().map_err(kropka_err)?;
        let mut b = Segmenter::builder().newline(policy);
        for a in abbreviations {
            b = b.abbreviation(a);
        }
        for a in final_abbreviations {
            b = b.final_abbreviation(a);
        }
        for a in not_abbreviations {
            b = b.not_abbreviation(a);
        }
        let inner = b.build().map_err(kropka_err)?;
        let analyzer = Analyzer::builder()
            .segmenter(inner.clone())
            .build()
            .map_err(kropka_err)?;
        Ok(Self {
            inner: Arc::new(inner),
            analyzer: Arc::new(analyzer),
        })
    }

    /// The sentences of `text` as strings.
    fn split<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        split_with(py, &self.inner, text)
    }

    /// The sentences of `text` with code-point offsets.
    fn sentences<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let text = Text::from_py(text)?;
        let sentences = py.detach(|| batch::sentence_spans(&self.inner, &text));
        PyList::new(py, build_sentences(py, &text, &sentences)?)
    }

    /// The sentences' start and end offsets as two `array.array('q')`.
    fn sentence_offsets<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
        offsets_arrays(py, &self.inner, text)
    }

    /// Every candidate boundary with the rule that decided it.
    fn explain<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyList>> {
        let text = Text::from_py(text)?;
        let decisions = self.inner.explain(text.as_str());
        let offsets: Vec<usize> = decisions.iter().flat_map(|d| [d.at, d.boundary]).collect();
        let map = crate::offsets::CharMap::new(text.as_str(), offsets);
        let out = PyList::empty(py);
        for d in decisions {
            let item = PyDict::new(py);
            item.set_item("at", map.get(d.at))?;
            item.set_item("boundary", map.get(d.boundary))?;
            item.set_item("split", d.split)?;
            item.set_item("rule", d.rule.name())?;
            item.set_item("reason", d.rule.describe())?;
            out.append(item)?;
        }
        Ok(out)
    }

    /// Analyse `text` with this segmenter.
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyDocument>> {
        let t = Text::from_py(text)?;
        analyze_text(py, &self.analyzer, t, batch::thread_count(None)?)
    }

    #[getter]
    fn newline(&self) -> &'static str {
        self.inner.newline_policy().as_str()
    }

    fn __repr__(&self) -> String {
        let (a, f, n) = self.inner.custom_abbreviations();
        let list = |v: &[String]| {
            let items: Vec<String> = v.iter().map(|x| py_repr_str(x)).collect();
            format!("[{}]", items.join(", "))
        };
        format!(
            "Segmenter(abbreviations={}, final_abbreviations={}, not_abbreviations={}, newline='{}')",
            list(a),
            list(f),
            list(n),
            self.inner.newline_policy().as_str()
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let (a, f, n) = slf.get().inner.custom_abbreviations();
        let kwargs = PyDict::new(py);
        kwargs.set_item("abbreviations", a.to_vec())?;
        kwargs.set_item("final_abbreviations", f.to_vec())?;
        kwargs.set_item("not_abbreviations", n.to_vec())?;
        kwargs.set_item("newline", slf.get().inner.newline_policy().as_str())?;
        reduce_with(slf.as_any(), &kwargs, PyTuple::empty(py).into_any())
    }
}

fn split_with<'py>(
    py: Python<'py>,
    seg: &Segmenter,
    text: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    let t = Text::from_py(text)?;
    if t.as_str().is_ascii() {
        let parts: Vec<&str> = py.detach(|| seg.split(t.as_str()).map(|s| s.text).collect());
        return PyList::new(py, parts);
    }
    let spans = py.detach(|| batch::sentence_spans(seg, &t));
    let out = PyList::empty(py);
    for r in spans {
        out.append(t.py_slice(py, r)?)?;
    }
    Ok(out)
}

fn build_sentences(
    py: Python<'_>,
    text: &Text,
    spans: &[Range<usize>],
) -> PyResult<Vec<PySentence>> {
    spans
        .iter()
        .map(|r| {
            Ok(PySentence {
                text: text.py_slice(py, r.clone())?,
                start: r.start,
                end: r.end,
            })
        })
        .collect()
}

fn build_document<'py>(
    py: Python<'py>,
    text: &Text,
    analysis: batch::Analysis,
) -> PyResult<Bound<'py, PyDocument>> {
    Bound::new(
        py,
        PyDocument {
            text: text.original(py),
            analysis,
        },
    )
}

/// Splits `text` into sentences; returns their strings.
#[pyfunction]
fn split_sentences<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    split_with(py, crate::segment::default_segmenter(), text)
}

/// Splits `text` into sentences with code-point offsets.
#[pyfunction]
fn sentences<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyList>> {
    let t = Text::from_py(text)?;
    let spans = py.detach(|| batch::sentence_spans(crate::segment::default_segmenter(), &t));
    PyList::new(py, build_sentences(py, &t, &spans)?)
}

/// Two `array.array('q')` of the sentences' start and end offsets (code
/// points): the cheapest way to many sentences, no `str` built for any.
fn offsets_arrays<'py>(
    py: Python<'py>,
    seg: &Segmenter,
    text: &Bound<'py, PyAny>,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
    let t = Text::from_py(text)?;
    let (starts, ends) = py.detach(|| {
        let spans = batch::sentence_spans(seg, &t);
        let mut starts: Vec<u8> = Vec::with_capacity(spans.len() * 8);
        let mut ends: Vec<u8> = Vec::with_capacity(spans.len() * 8);
        for r in spans {
            starts.extend_from_slice(&i64::try_from(r.start).unwrap_or(i64::MAX).to_ne_bytes());
            ends.extend_from_slice(&i64::try_from(r.end).unwrap_or(i64::MAX).to_ne_bytes());
        }
        (starts, ends)
    });
    let array = py.import("array")?.getattr("array")?;
    let make = |bytes: Vec<u8>| -> PyResult<Bound<'py, PyAny>> {
        let a = array.call1(("q",))?;
        a.call_method1("frombytes", (pyo3::types::PyBytes::new(py, &bytes),))?;
        Ok(a)
    };
    Ok((make(starts)?, make(ends)?))
}

/// The sentences' start and end offsets (code points) as two
/// `array.array('q')`, without building a `str` per sentence.
#[pyfunction]
fn sentence_offsets<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
    offsets_arrays(py, crate::segment::default_segmenter(), text)
}

/// Analyses `text`: sentences, entities and quotes.
#[pyfunction]
fn analyze<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyDocument>> {
    let t = Text::from_py(text)?;
    analyze_text(py, &DEFAULT_ANALYZER, t, batch::thread_count(None)?)
}

/// Analyses many texts in parallel, without the GIL.
#[pyfunction]
#[pyo3(signature = (texts, threads=None))]
fn analyze_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    analyze_many_with(py, &DEFAULT_ANALYZER, texts, threads)
}

fn analyze_many_with<'py>(
    py: Python<'py>,
    analyzer: &Arc<Analyzer>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "analyze_many expects an iterable of str, not a single str; use analyze()",
        ));
    }
    let threads = batch::thread_count(threads)?;
    let items: Vec<Text> = texts
        .try_iter()?
        .map(|t| t.and_then(|t| Text::from_py(&t)))
        .collect::<PyResult<_>>()?;
    let bytes: usize = items.iter().map(|t| t.as_str().len()).sum();
    let (items, analyses) = if bytes < batch::INTERRUPTIBLE_BYTES {
        let none = AtomicBool::new(false);
        let analyses = py.detach(|| batch::analyse_many(analyzer, &items, threads, &none));
        (Arc::new(items), analyses)
    } else {
        // A long batch runs on other threads while this one answers Ctrl-C;
        // the flag stops the batch at its next text.
        let items = Arc::new(items);
        let job_items = Arc::clone(&items);
        let job_analyzer = Arc::clone(analyzer);
        let cancel = Arc::new(AtomicBool::new(false));
        let job_cancel = Arc::clone(&cancel);
        let analyses = batch::interruptible(py, threads, cancel, move || {
            batch::analyse_many(&job_analyzer, &job_items, threads, &job_cancel)
        })?;
        (items, analyses)
    };
    let out = PyList::empty(py);
    for (t, a) in items.iter().zip(analyses) {
        out.append(build_document(py, t, a)?)?;
    }
    Ok(out)
}

/// An analyzer with user patterns (see the Rust `Analyzer`): entities found
/// by regular expressions, spans the segmenter never splits inside.
#[pyclass(name = "Analyzer", module = "kropka._kropka", frozen)]
pub struct PyAnalyzer {
    inner: Arc<Analyzer>,
    patterns: Vec<(String, String)>,
    keep_together: Vec<String>,
    segmenter: Option<Py<PySegmenter>>,
    demonyms: &'static str,
}

#[pymethods]
impl PyAnalyzer {
    #[new]
    #[pyo3(signature = (patterns=None, *, keep_together=Vec::new(), segmenter=None, demonyms="loc"))]
    fn new(
        patterns: Option<&Bound<'_, PyAny>>,
        keep_together: Vec<String>,
        segmenter: Option<Bound<'_, PySegmenter>>,
        demonyms: &str,
    ) -> PyResult<Self> {
        let (demonyms, mode) = match demonyms {
            "loc" => ("loc", crate::Demonyms::Loc),
            "own" => ("own", crate::Demonyms::Own),
            "none" => ("none", crate::Demonyms::Drop),
            other => {
                return Err(PyValueError::new_err(format!(
                    "demonyms must be \"loc\", \"own\" or \"none\", not {other:?}"
                )));
            }
        };
        let pairs: Vec<(String, String)> = match patterns {
            None => Vec::new(),
            Some(p) if p.is_instance_of::<PyDict>() => p.cast::<PyDict>()?.items().extract()?,
            Some(p) if p.is_instance_of::<PyString>() => {
                return Err(PyTypeError::new_err(
                    "patterns must be a dict {label: regex} or (label, regex) pairs, not a str",
                ));
            }
            Some(p) => p
                .try_iter()?
                .map(|item| {
                    item.and_then(|i| i.extract::<(String, String)>())
                        .map_err(|e| {
                            PyTypeError::new_err(format!(
                                "patterns must be a dict {{label: regex}} or (label, regex) pairs: {e}"
                            ))
                        })
                })
                .collect::<PyResult<_>>()?,
        };
        let mut b = Analyzer::builder().demonyms(mode);
        if let Some(seg) = &segmenter {
            b = b.segmenter((*seg.get().inner).clone());
        }
        for (label, re) in &pairs {
            b = b.pattern(label.clone(), re.clone());
        }
        for re in &keep_together {
            b = b.keep_together(re.clone());
        }
        Ok(Self {
            inner: Arc::new(b.build().map_err(kropka_err)?),
            patterns: pairs,
            keep_together,
            segmenter: segmenter.map(Bound::unbind),
            demonyms,
        })
    }

    /// What nouns of nationality or origin become: `"loc"`, `"own"` or `"none"`.
    #[getter]
    fn demonyms(&self) -> &'static str {
        self.demonyms
    }

    /// Analyses `text` with the patterns.
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyDocument>> {
        let t = Text::from_py(text)?;
        analyze_text(py, &self.inner, t, batch::thread_count(None)?)
    }

    /// Analyses many texts in parallel with the patterns.
    #[pyo3(signature = (texts, threads=None))]
    fn analyze_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        threads: Option<i64>,
    ) -> PyResult<Bound<'py, PyList>> {
        analyze_many_with(py, &self.inner, texts, threads)
    }

    /// The `(label, regex)` pairs, in priority order.
    #[getter]
    fn patterns(&self) -> Vec<(String, String)> {
        self.patterns.clone()
    }

    /// The regular expressions of spans never split.
    #[getter]
    fn keep_together(&self) -> Vec<String> {
        self.keep_together.clone()
    }

    fn __repr__(&self) -> String {
        let pairs: Vec<String> = self
            .patterns
            .iter()
            .map(|(l, r)| format!("({}, {})", py_repr_str(l), py_repr_str(r)))
            .collect();
        let keep: Vec<String> = self.keep_together.iter().map(|r| py_repr_str(r)).collect();
        format!(
            "Analyzer(patterns=[{}], keep_together=[{}], demonyms={})",
            pairs.join(", "),
            keep.join(", "),
            py_repr_str(self.demonyms)
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let me = slf.get();
        let kwargs = PyDict::new(py);
        kwargs.set_item("patterns", me.patterns.clone())?;
        kwargs.set_item("keep_together", me.keep_together.clone())?;
        kwargs.set_item("segmenter", me.segmenter.as_ref().map(|s| s.clone_ref(py)))?;
        kwargs.set_item("demonyms", me.demonyms)?;
        reduce_with(slf.as_any(), &kwargs, PyTuple::empty(py).into_any())
    }
}

/// The nominative base form of a name phrase (`"Donalda Trumpa"` → `"Donald Trump"`).
#[pyfunction]
fn base_form(text: &Bound<'_, PyAny>) -> PyResult<String> {
    let t = Text::from_py(text)?;
    Ok(crate::base_form(t.as_str()))
}

/// The Rust core of kropka.
#[pymodule]
fn _kropka(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("KropkaError", m.py().get_type::<KropkaError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<PySentence>()?;
    m.add_class::<PyEntity>()?;
    m.add_class::<PyQuote>()?;
    m.add_class::<PyDocument>()?;
    m.add_class::<PySegmenter>()?;
    m.add_class::<PyAnalyzer>()?;
    m.add_function(wrap_pyfunction!(split_sentences, m)?)?;
    m.add_function(wrap_pyfunction!(sentences, m)?)?;
    m.add_function(wrap_pyfunction!(sentence_offsets, m)?)?;
    m.add_function(wrap_pyfunction!(analyze, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many, m)?)?;
    m.add_function(wrap_pyfunction!(base_form, m)?)?;
    Ok(())
}
