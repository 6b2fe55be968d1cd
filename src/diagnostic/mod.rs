//! Diagnostics for hand-written RON files (scenarios and procedures).
//!
//! Instructors write these files by hand, so every mistake is reported the
//! way a compiler would: file, line, column, the source line with a caret,
//! what was expected there and, for a near-miss name, "did you mean".
//!
//! - [`parse_ron`] turns bytes into a serde value or into [`Diagnostic`]s.
//!   A cheap scan ([`lexer`]) checks size, encoding, nesting and string
//!   length first, so hostile input never reaches the parser's recursion.
//! - [`locate_string`] and [`locate_field`] find spans for problems found
//!   after parsing, because serde keeps no positions.
//! - [`render`] and [`render_all`] print diagnostics in English,
//!   [`render_in`] and [`render_all_in`] in a language; plain output is
//!   deterministic and is what the tests compare.
//! - A diagnostic's problem is a typed [`Cause`] (and [`Expected`]), so
//!   it can be worded in any language; its English words are kept beside
//!   it for callers that want a plain string.
//!
//! This is an adapter module: it reads no files itself (callers pass bytes)
//! and never touches the simulation.

mod cause;
pub mod check;
mod lexer;
mod locate;
mod parse;
mod render;
mod ron_error;
mod suggest;

pub use cause::{Cause, Expected, Found, SelfCheck};
pub use check::Check;
pub use locate::{locate_field, locate_string};
pub use parse::parse_ron;
pub use render::{render, render_all, render_all_in};

use crate::i18n::Lang;
pub use suggest::did_you_mean;

/// How serious a [`Diagnostic`] is: an error stops the file from loading, a
/// warning does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// Where a diagnostic points: 1-based line and column, the column counted in
/// characters (not bytes) so the caret lines up under non-ASCII text, and a
/// length in characters of at least 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub line: usize,
    pub column: usize,
    pub length: usize,
}

impl Span {
    /// A span; a zero length is raised to 1 so there is always a caret.
    pub fn new(line: usize, column: usize, length: usize) -> Self {
        Self { line, column, length: length.max(1) }
    }
}

/// One problem in one file.
///
/// `cause` is what went wrong, as facts; `message` is its English words.
/// `expected` is shown after the caret as "expected {expected}".
/// `suggestion` is the replacement the author probably meant and is shown
/// as "help: did you mean `{suggestion}`?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    pub span: Option<Span>,
    pub cause: Cause,
    /// The cause in English.
    pub message: String,
    pub expected: Option<Expected>,
    pub suggestion: Option<String>,
}

impl Diagnostic {
    /// An error in `file`, with no position yet.
    pub fn error(file: impl Into<String>, cause: impl Into<Cause>) -> Self {
        Self::new(Severity::Error, file.into(), cause.into())
    }

    /// A warning in `file`, with no position yet.
    pub fn warning(file: impl Into<String>, cause: impl Into<Cause>) -> Self {
        Self::new(Severity::Warning, file.into(), cause.into())
    }

    fn new(severity: Severity, file: String, cause: Cause) -> Self {
        let message = cause.message(Lang::En);
        Self { severity, file, span: None, cause, message, expected: None, suggestion: None }
    }

    /// The problem in `lang`.
    #[must_use]
    pub(crate) fn message_in(&self, lang: Lang) -> String {
        if lang == Lang::En { self.message.clone() } else { self.cause.message(lang) }
    }

    /// What was expected, in `lang`.
    #[must_use]
    pub fn expected_in(&self, lang: Lang) -> Option<String> {
        self.expected.as_ref().map(|expected| expected.text(lang))
    }

    /// Point the diagnostic at `span`.
    #[must_use]
    pub fn at(mut self, span: Span) -> Self {
        self.span = Some(span);
        self
    }

    /// What should have been there (shown as "expected {text}").
    #[must_use]
    pub fn expected(mut self, expected: impl Into<Expected>) -> Self {
        self.expected = Some(expected.into());
        self
    }

    /// The name the author probably meant (shown as "did you mean `{text}`?").
    #[must_use]
    pub fn suggest(mut self, text: impl Into<String>) -> Self {
        self.suggestion = Some(text.into());
        self
    }

    pub(crate) fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Limits on an input file, so a mistaken or hostile file (a log pasted in,
/// a generated 1 MiB of brackets) fails fast with a clear message instead of
/// exhausting memory or the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    pub max_bytes: usize,
    /// Deepest nesting of `(`, `[` and `{`. Also bounds the parser's
    /// recursion, so keep it small.
    pub max_depth: usize,
    pub max_string_chars: usize,
}

impl Default for Limits {
    /// 1 MiB, 64 levels and 10,000 characters: far beyond any real scenario,
    /// far below what could hurt.
    fn default() -> Self {
        Self { max_bytes: 1024 * 1024, max_depth: 64, max_string_chars: 10_000 }
    }
}

impl Limits {
    /// The error for a file of `size_bytes` over [`Limits::max_bytes`], if it
    /// is; a loader can call this with the file's metadata before reading it.
    pub(crate) fn check_size(&self, file: &str, size_bytes: u64) -> Option<Diagnostic> {
        let too_large = usize::try_from(size_bytes).map_or(true, |size| size > self.max_bytes);
        too_large.then(|| Diagnostic::error(file, Cause::FileTooLarge { size: size_bytes, limit: self.max_bytes }))
    }
}

/// Whether any diagnostic is an error (warnings alone let a file load).
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(Diagnostic::is_error)
}

impl From<crate::bounded::ReadError> for Cause {
    fn from(error: crate::bounded::ReadError) -> Self {
        Cause::Read(error)
    }
}

impl From<Check> for Cause {
    fn from(check: Check) -> Self {
        Cause::Check(check)
    }
}
