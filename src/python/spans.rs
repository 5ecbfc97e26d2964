//! The span classes: `Sentence`, `Entity` and `Quote`, each a piece of the
//! text with its code-point offsets, comparable and picklable.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use super::py_repr_str;

/// A sentence: `text[start:end] == sentence.text` (code-point offsets).
#[pyclass(name = "Sentence", module = "kropka._kropka", frozen)]
pub struct PySentence {
    #[pyo3(get)]
    pub(super) text: Py<PyString>,
    #[pyo3(get)]
    pub(super) start: usize,
    #[pyo3(get)]
    pub(super) end: usize,
}

#[pymethods]
impl PySentence {
    #[new]
    fn new(text: Bound<'_, PyString>, start: usize, end: usize) -> PyResult<Self> {
        check_span(&text, start, end)?;
        Ok(Self {
            text: text.unbind(),
            start,
            end,
        })
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Sentence(start={}, end={}, text={})",
            self.start,
            self.end,
            self.text.bind(py).repr()?
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(o) = other.cast::<PySentence>() else {
            return Ok(false);
        };
        let o = o.get();
        Ok(self.start == o.start
            && self.end == o.end
            && self.text.bind(py).as_any().eq(o.text.bind(py))?)
    }

    fn __len__(&self) -> usize {
        self.end - self.start
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let s = slf.get();
        let args = (s.text.clone_ref(slf.py()), s.start, s.end).into_pyobject(slf.py())?;
        PyTuple::new(slf.py(), [slf.get_type().into_any(), args.into_any()])
    }
}

/// `ValueError` unless `start..end` can be the code-point span of `text`.
pub(super) fn check_span(text: &Bound<'_, PyString>, start: usize, end: usize) -> PyResult<()> {
    let len = text.len()?;
    if start > end || end - start != len {
        return Err(PyValueError::new_err(format!(
            "start={start} and end={end} do not span a text of {len} characters \
             (end - start must equal len(text))"
        )));
    }
    Ok(())
}

/// A named entity.
#[pyclass(name = "Entity", module = "kropka._kropka", frozen)]
pub struct PyEntity {
    #[pyo3(get)]
    pub(super) text: Py<PyString>,
    #[pyo3(get)]
    pub(super) start: usize,
    #[pyo3(get)]
    pub(super) end: usize,
    #[pyo3(get)]
    pub(super) label: String,
    #[pyo3(get)]
    pub(super) lemma: String,
    #[pyo3(get)]
    pub(super) cluster: usize,
}

#[pymethods]
impl PyEntity {
    #[new]
    fn new(
        text: Bound<'_, PyString>,
        start: usize,
        end: usize,
        label: String,
        lemma: String,
        cluster: usize,
    ) -> PyResult<Self> {
        check_span(&text, start, end)?;
        Ok(Self {
            text: text.unbind(),
            start,
            end,
            label,
            lemma,
            cluster,
        })
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "Entity({}, label={}, lemma={}, start={}, end={}, cluster={})",
            self.text.bind(py).repr()?,
            py_repr_str(&self.label),
            py_repr_str(&self.lemma),
            self.start,
            self.end,
            self.cluster
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(o) = other.cast::<PyEntity>() else {
            return Ok(false);
        };
        let o = o.get();
        Ok(
            (self.start, self.end, &self.label, &self.lemma, self.cluster)
                == (o.start, o.end, &o.label, &o.lemma, o.cluster)
                && self.text.bind(py).as_any().eq(o.text.bind(py))?,
        )
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let e = slf.get();
        let args = (
            e.text.clone_ref(slf.py()),
            e.start,
            e.end,
            e.label.clone(),
            e.lemma.clone(),
            e.cluster,
        )
            .into_pyobject(slf.py())?;
        PyTuple::new(slf.py(), [slf.get_type().into_any(), args.into_any()])
    }
}

/// A quote: who said what.
#[pyclass(name = "Quote", module = "kropka._kropka", frozen)]
pub struct PyQuote {
    #[pyo3(get)]
    pub(super) text: Py<PyString>,
    #[pyo3(get)]
    pub(super) start: usize,
    #[pyo3(get)]
    pub(super) end: usize,
    #[pyo3(get)]
    pub(super) kind: String,
    #[pyo3(get)]
    pub(super) speaker: Option<String>,
    #[pyo3(get)]
    pub(super) cue: Option<String>,
    #[pyo3(get)]
    pub(super) cue_start: Option<usize>,
    #[pyo3(get)]
    pub(super) speaker_start: Option<usize>,
    #[pyo3(get)]
    pub(super) speaker_end: Option<usize>,
    #[pyo3(get)]
    pub(super) speaker_gender: Option<String>,
    /// How the quote was found (`dash_line`, `quote_marks`, …).
    #[pyo3(get)]
    pub(super) found_by: Option<String>,
    /// How its speaker was chosen (`name_after`, `dropped_subject`, …).
    #[pyo3(get)]
    pub(super) speaker_by: Option<String>,
    /// The gender the speech verb shows, which the speaker agrees with.
    #[pyo3(get)]
    pub(super) verb_gender: Option<String>,
}

impl PyQuote {
    /// The explanation's rules, when known and valid.
    pub(super) fn why(&self) -> Option<crate::Why> {
        let found = crate::QuoteRule::from_code(self.found_by.as_deref()?)?;
        let speaker = crate::SpeakerRule::from_code(self.speaker_by.as_deref()?)?;
        let gender = self
            .verb_gender
            .as_deref()
            .and_then(|g| g.chars().next())
            .and_then(crate::Gender::from_char);
        Some(crate::Why::new(found, speaker, gender))
    }
}

#[pymethods]
impl PyQuote {
    #[new]
    #[pyo3(signature = (text, start, end, kind, speaker=None, cue=None, cue_start=None, speaker_start=None, speaker_end=None, speaker_gender=None, found_by=None, speaker_by=None, verb_gender=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        text: Bound<'_, PyString>,
        start: usize,
        end: usize,
        kind: String,
        speaker: Option<String>,
        cue: Option<String>,
        cue_start: Option<usize>,
        speaker_start: Option<usize>,
        speaker_end: Option<usize>,
        speaker_gender: Option<String>,
        found_by: Option<String>,
        speaker_by: Option<String>,
        verb_gender: Option<String>,
    ) -> PyResult<Self> {
        check_span(&text, start, end)?;
        if let Some(f) = found_by
            .as_deref()
            .filter(|f| crate::QuoteRule::from_code(f).is_none())
        {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "unknown found_by {f:?}"
            )));
        }
        if let Some(s) = speaker_by
            .as_deref()
            .filter(|s| crate::SpeakerRule::from_code(s).is_none())
        {
            return Err(pyo3::exceptions::PyValueError::new_err(format!(
                "unknown speaker_by {s:?}"
            )));
        }
        Ok(Self {
            text: text.unbind(),
            start,
            end,
            kind,
            speaker,
            cue,
            cue_start,
            speaker_start,
            speaker_end,
            speaker_gender,
            found_by,
            speaker_by,
            verb_gender,
        })
    }

    /// How the quote was found and its speaker chosen, in words.
    fn explain(&self) -> String {
        match self.why() {
            Some(w) => w.describe(self.cue.as_deref(), self.speaker.as_deref()),
            None => "No explanation was recorded for this quote.".to_owned(),
        }
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let speaker = self
            .speaker
            .as_deref()
            .map_or("None".to_owned(), py_repr_str);
        Ok(format!(
            "Quote({}, kind={}, speaker={}, start={}, end={})",
            self.text.bind(py).repr()?,
            py_repr_str(&self.kind),
            speaker,
            self.start,
            self.end
        ))
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(o) = other.cast::<PyQuote>() else {
            return Ok(false);
        };
        let o = o.get();
        let key = |q: &PyQuote| {
            (
                q.start,
                q.end,
                q.kind.clone(),
                q.speaker.clone(),
                q.cue.clone(),
                q.cue_start,
                q.speaker_start,
                q.speaker_end,
                q.speaker_gender.clone(),
                q.found_by.clone(),
                q.speaker_by.clone(),
                q.verb_gender.clone(),
            )
        };
        Ok(key(self) == key(o) && self.text.bind(py).as_any().eq(o.text.bind(py))?)
    }

    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let q = slf.get();
        let args = (
            q.text.clone_ref(slf.py()),
            q.start,
            q.end,
            q.kind.clone(),
            q.speaker.clone(),
            q.cue.clone(),
            q.cue_start,
            q.speaker_start,
            q.speaker_end,
            q.speaker_gender.clone(),
        )
            .into_pyobject(slf.py())?;
        // The explanation goes by keyword (a tuple holds twelve at most).
        let kwargs = pyo3::types::PyDict::new(slf.py());
        kwargs.set_item("found_by", q.found_by.clone())?;
        kwargs.set_item("speaker_by", q.speaker_by.clone())?;
        kwargs.set_item("verb_gender", q.verb_gender.clone())?;
        super::reduce_with(slf.as_any(), &kwargs, args.into_any())
    }
}
