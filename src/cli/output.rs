//! Where output goes and whether it is coloured.
//!
//! Colour is decided once per stream by anstream: only on a terminal, never
//! with `NO_COLOR` set, always with `CLICOLOR_FORCE`. Text is built plain
//! and styled only when the stream allows it, so pipes and tests see
//! exactly the plain text.

use super::error::CliError;
use anstream::{AutoStream, ColorChoice};
use std::io::{self, Write};
use tenantdrill::repl::is_plain;

/// Whether standard output may be styled.
pub fn stdout_colour() -> bool {
    AutoStream::choice(&io::stdout()) != ColorChoice::Never
}

/// Whether standard error may be styled.
pub fn stderr_colour() -> bool {
    AutoStream::choice(&io::stderr()) != ColorChoice::Never
}

/// Writes text to standard output and flushes it, so a reader on a pipe
/// sees each command's output as it happens.
pub fn out(text: &str) -> Result<(), CliError> {
    fn write_flushed(mut stream: impl Write, text: &str) -> io::Result<()> {
        stream.write_all(text.as_bytes())?;
        stream.flush()
    }
    // Plain text is what anstream would write in any case: skip its
    // byte-by-byte filter (a batch run writes every transcript through here).
    let written = if is_plain(text) { write_flushed(io::stdout().lock(), text) } else { write_flushed(anstream::stdout().lock(), text) };
    written.map_err(|error| CliError::check(format!("cannot write the output: {error}")))
}

/// A note for the person at the terminal (session paths, warnings): on
/// standard error, so standard output stays the transcript alone.
pub fn note(text: &str) {
    anstream::eprintln!("{text}");
}

/// A warning on standard error.
pub fn warn(text: &str) {
    anstream::eprintln!("warning: {text}");
}
