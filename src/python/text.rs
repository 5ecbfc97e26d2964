//! Python `str` → Rust `&str`, borrowing where possible, and offsets back.

use std::ops::Range;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyBytes, PyString};

/// A Python string readable as UTF-8. Strings with lone surrogates (which
/// UTF-8 cannot hold) are copied with each surrogate replaced by U+FFFD, one
/// code point for one, so that code-point offsets still index the original.
pub(crate) struct Text {
    original: Py<PyString>,
    utf8: Utf8,
}

enum Utf8 {
    Borrowed(PyBackedStr),
    Cleaned(String),
}

impl Text {
    /// Reads a Python `str`; `TypeError` for anything else.
    pub(crate) fn from_py(obj: &Bound<'_, PyAny>) -> PyResult<Self> {
        let Ok(s) = obj.cast::<PyString>() else {
            let type_name = obj.get_type().name()?;
            return Err(PyTypeError::new_err(format!(
                "expected str, got {type_name}"
            )));
        };
        let utf8 = match PyBackedStr::try_from(s.clone()) {
            Ok(b) => Utf8::Borrowed(b),
            Err(_) => Utf8::Cleaned(replace_surrogates(s)?),
        };
        Ok(Self {
            original: s.clone().unbind(),
            utf8,
        })
    }

    pub(crate) fn as_str(&self) -> &str {
        match &self.utf8 {
            Utf8::Borrowed(b) => b,
            Utf8::Cleaned(s) => s,
        }
    }

    /// Whether `as_str()` is exactly the Python string.
    pub(crate) fn is_lossless(&self) -> bool {
        matches!(self.utf8, Utf8::Borrowed(_))
    }

    pub(crate) fn original(&self, py: Python<'_>) -> Py<PyString> {
        self.original.clone_ref(py)
    }

    /// `original[r]` as a Python `str` (code-point range).
    pub(crate) fn py_slice<'py>(&self, py: Python<'py>, r: Range<usize>) -> PyResult<Py<PyString>> {
        let slice = pyo3::types::PySlice::new(py, r.start as isize, r.end as isize, 1);
        let item = self.original.bind(py).as_any().get_item(slice)?;
        Ok(item.cast_into::<PyString>()?.unbind())
    }
}
/// Copies `s` with every surrogate code point replaced by U+FFFD.
fn replace_surrogates(s: &Bound<'_, PyString>) -> PyResult<String> {
    let raw = s.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
    let bytes = raw.cast::<PyBytes>()?.as_bytes();
    Ok(bytes
        .chunks_exact(4)
        .map(|b| {
            let cp = b.try_into().map_or(0xFFFD, u32::from_le_bytes);
            char::from_u32(cp).unwrap_or(char::REPLACEMENT_CHARACTER)
        })
        .collect())
}
