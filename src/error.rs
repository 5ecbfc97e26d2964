//! The one error type of the crate.

/// What can go wrong while *building* a [`Segmenter`](crate::Segmenter) or an
/// [`Analyzer`](crate::Analyzer).
/// Analysis itself never fails.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An abbreviation given to a builder is empty, contains whitespace, has
    /// no letter or digit, or is too long.
    #[error("invalid abbreviation {0:?}: it must be 1 to {max} bytes with a letter or digit and no whitespace", max = crate::chars::MAX_ABBREVIATION_LEN - 1)]
    InvalidAbbreviation(String),
    /// The same entry was given to a builder as an abbreviation and as a
    /// word that is never one.
    #[error("{0:?} is given both as an abbreviation and as not an abbreviation")]
    ConflictingAbbreviation(String),
    /// A user pattern that does not compile, or can match the empty string.
    #[error("invalid pattern {pattern:?}: {reason}")]
    InvalidPattern {
        /// The pattern as given.
        pattern: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A pattern's label is empty or has whitespace.
    #[error("invalid label {0:?}: it must be non-empty, without whitespace")]
    InvalidLabel(String),
    /// A newline policy name that is not `"break"` or `"join"`.
    #[error("unknown newline policy {0:?}: expected \"break\" or \"join\"")]
    UnknownNewlinePolicy(String),
}
