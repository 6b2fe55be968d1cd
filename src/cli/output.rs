//! Where output goes and whether it is coloured.
//!
//! Colour is decided once per stream by anstream: `--color always` or
//! `never` when given; otherwise only on a terminal, never with `NO_COLOR`
//! set, and always with `CLICOLOR_FORCE`. Text is built plain and styled
//! only when the stream allows it, so pipes and tests see exactly the plain
//! text.
//!
//! A reader that goes away (`tenantdrill completions bash | head -c1`) is
//! not an error: the command stops quietly, as `cat` or `rg` do.

use super::error::CliError;
use super::language::lang;
use anstream::{AutoStream, ColorChoice};
use std::io::{self, Write};
use tenantdrill::repl::is_plain;
use tenantdrill::t;

/// Reads `--color WHEN` from the raw arguments, before clap parses them
/// (so that clap's own help and errors follow it), and makes it the choice
/// of every stream. clap checks the value itself afterwards; an unknown
/// one leaves the choice automatic here.
pub(crate) fn colour_choice(arguments: impl IntoIterator<Item = std::ffi::OsString>) -> clap::ColorChoice {
    let mut wanted = None;
    let mut arguments = arguments.into_iter().skip(1);
    while let Some(argument) = arguments.next() {
        let Some(argument) = argument.to_str() else { continue };
        if argument == "--" {
            break;
        }
        if argument == "--color" {
            wanted = arguments.next().and_then(|value| value.into_string().ok());
        } else if let Some(value) = argument.strip_prefix("--color=") {
            wanted = Some(value.to_string());
        }
    }
    let (stream, clap) = match wanted.as_deref() {
        Some("always") => (ColorChoice::Always, clap::ColorChoice::Always),
        Some("never") => (ColorChoice::Never, clap::ColorChoice::Never),
        _ => (ColorChoice::Auto, clap::ColorChoice::Auto),
    };
    stream.write_global();
    clap
}

/// Whether standard output may be styled.
pub(crate) fn stdout_colour() -> bool {
    AutoStream::choice(&io::stdout()) != ColorChoice::Never
}

/// Whether standard error may be styled.
pub(crate) fn stderr_colour() -> bool {
    AutoStream::choice(&io::stderr()) != ColorChoice::Never
}

/// Writes text to standard output and flushes it, so a reader on a pipe
/// sees each command's output as it happens.
pub(crate) fn out(text: &str) -> Result<(), CliError> {
    fn write_flushed(mut stream: impl Write, text: &str) -> io::Result<()> {
        stream.write_all(text.as_bytes())?;
        stream.flush()
    }
    // Plain text is what anstream would write in any case: skip its
    // byte-by-byte filter (a batch run writes every transcript through here).
    let written = if is_plain(text) { write_flushed(io::stdout().lock(), text) } else { write_flushed(anstream::stdout().lock(), text) };
    written.map_err(|error| write_error(&error))
}

/// The error for a failed write to standard output: a closed pipe stops
/// the command quietly.
pub(crate) fn write_error(error: &io::Error) -> CliError {
    if error.kind() == io::ErrorKind::BrokenPipe {
        CliError::closed_output()
    } else {
        CliError::check(t!(lang(), "cli-output-write-error", error = error.to_string()))
    }
}

/// A note for the person at the terminal (session paths, warnings): on
/// standard error, so standard output stays the transcript alone.
/// A closed standard error is no reason to stop: the note is dropped.
pub(crate) fn note(text: &str) {
    let _ = writeln!(anstream::stderr(), "{text}");
}

/// A warning on standard error.
pub(crate) fn warn(text: &str) {
    let style = super::error::WARNING;
    let _ = writeln!(anstream::stderr(), "{}{}{} {text}", style.render(), t!(lang(), "cli-warning-label"), style.render_reset());
}
