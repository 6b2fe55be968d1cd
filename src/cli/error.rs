//! Why a command failed, and the exit status that says so.

use super::language::lang;
use std::fmt;
use std::io::Write as _;
use tenantdrill::t;

/// `error:` as clap and the diagnostics style it: bold red.
pub(crate) const ERROR: anstyle::Style = anstyle::Style::new().bold().fg_color(Some(anstyle::Color::Ansi(anstyle::AnsiColor::Red)));
/// `warning:`: bold yellow.
pub(crate) const WARNING: anstyle::Style = anstyle::Style::new().bold().fg_color(Some(anstyle::Color::Ansi(anstyle::AnsiColor::Yellow)));
use std::process::ExitCode;

/// The two ways a command can fail, as the exit status tells scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Failure {
    /// Something checked was not right: an invalid scenario, a score under
    /// `--fail-under`, an unreadable session file. Exit status 1.
    Check,
    /// The command line asked for something that does not exist. Exit
    /// status 2, as clap uses for its own usage errors.
    Usage,
    /// Whoever read standard output has gone (a pipe into `head`): stop
    /// quietly with status 0, as `cat` and `rg` do.
    ClosedOutput,
}

/// A failure with the message for standard error: one clear sentence, or
/// rendered diagnostics that already say where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CliError {
    pub failure: Failure,
    pub message: String,
    /// The message is rendered diagnostics with their own `error:` lines.
    pub rendered: bool,
}

impl CliError {
    pub(crate) fn check(message: impl Into<String>) -> Self {
        Self { failure: Failure::Check, message: message.into(), rendered: false }
    }

    /// Diagnostics already rendered (`error: ...` with the file and line).
    pub(crate) fn rendered(text: impl Into<String>) -> Self {
        Self { failure: Failure::Check, message: text.into(), rendered: true }
    }

    pub(crate) fn closed_output() -> Self {
        Self { failure: Failure::ClosedOutput, message: String::new(), rendered: false }
    }

    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Self { failure: Failure::Usage, message: message.into(), rendered: false }
    }

    /// Writes the message to standard error.
    pub(crate) fn report(&self) {
        if self.failure == Failure::ClosedOutput {
            return;
        }
        // A closed standard error leaves only the exit status to tell.
        let mut stderr = anstream::stderr();
        let _ = if self.rendered {
            write!(stderr, "{}", self.message)
        } else {
            writeln!(stderr, "{}{}{} {}", ERROR.render(), t!(lang(), "cli-error-label"), ERROR.render_reset(), self.message)
        };
    }

    pub(crate) fn exit_code(&self) -> ExitCode {
        match self.failure {
            Failure::Check => ExitCode::from(1),
            Failure::Usage => ExitCode::from(2),
            Failure::ClosedOutput => ExitCode::SUCCESS,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)
    }
}

impl std::error::Error for CliError {}
