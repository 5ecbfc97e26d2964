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

    pub(crate) fn original(&self, py: Python<'_>) -> Py<PyString> {
        self.original.clone_ref(py)
    }

    /// `original[r]` as a Python `str` (code-point range).
    pub(crate) fn py_slice(&self, py: Python<'_>, r: Range<usize>) -> PyResult<Py<PyString>> {
        substring(self.original.bind(py), r).map(Bound::unbind)
    }
}
/// `s[r]` by code points: `PyUnicode_Substring`, a copy of fixed-width code
/// units, much cheaper than building a `str` from UTF-8.
pub(crate) fn substring<'py>(
    s: &Bound<'py, PyString>,
    r: Range<usize>,
) -> PyResult<Bound<'py, PyString>> {
    let start = isize::try_from(r.start).unwrap_or(isize::MAX);
    let end = isize::try_from(r.end).unwrap_or(isize::MAX);
    // SAFETY: `s` is a live `str` object; `PyUnicode_Substring` clamps the
    // range and returns a new reference to a `str`, or NULL with an exception
    // set, which `from_owned_ptr_or_err` turns into `Err`.
    unsafe {
        let ptr = pyo3::ffi::PyUnicode_Substring(s.as_ptr(), start, end);
        Ok(Bound::from_owned_ptr_or_err(s.py(), ptr)?.cast_into_unchecked())
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
