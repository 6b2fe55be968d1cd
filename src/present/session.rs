//! Session files in words: why one cannot be used, what a reader or a
//! replay noticed, and how a replayed command differed.

use crate::i18n::Lang;
use crate::session::{Difference, SessionError, SessionProblem, SessionWarning, WarningKind};
use crate::t;

/// `file:line:column: message`, as compilers write it, so editors can jump
/// to it.
#[must_use]
pub fn error(lang: Lang, error: &SessionError) -> String {
    let mut text = error.file.clone();
    if let Some(line) = error.line {
        text.push_str(&format!(":{line}"));
        if let Some(column) = error.column {
            text.push_str(&format!(":{column}"));
        }
    }
    text.push_str(": ");
    text.push_str(&problem(lang, &error.problem));
    text
}

/// What is wrong with a session file.
#[must_use]
pub fn problem(lang: Lang, problem: &SessionProblem) -> String {
    match problem {
        SessionProblem::Read(error) => super::read_error(lang, error),
        SessionProblem::NotUtf8 => t!(lang, "session-file-not-utf8"),
        SessionProblem::Empty => t!(lang, "session-file-empty"),
        SessionProblem::NotASessionHeader => t!(lang, "session-file-not-a-header"),
        SessionProblem::HeaderCutShort => t!(lang, "session-file-header-cut"),
        SessionProblem::UnsupportedVersion { version, oldest, newest } => {
            t!(lang, "session-file-version", version = *version, oldest = *oldest, newest = *newest)
        }
        SessionProblem::HeaderIncomplete(detail) => t!(lang, "session-file-header-incomplete", detail = detail),
        SessionProblem::EntryNumber { expected, found } => {
            t!(lang, "session-file-entry-number", expected = *expected, found = *found)
        }
        SessionProblem::TooManyEntries { max } => t!(lang, "session-file-too-many", count = *max),
        SessionProblem::UnreadableEntry(detail) => t!(lang, "session-file-unreadable-entry", detail = detail),
        SessionProblem::ScenarioDoesNotBuild { seed, detail } => t!(lang, "session-file-no-build", seed = *seed, detail = detail),
        SessionProblem::OtherScenario { recorded, given } => {
            t!(lang, "session-file-other-scenario", recorded = recorded, given = given)
        }
        SessionProblem::ScenarioChanged { scenario, then, now } => {
            t!(lang, "session-file-scenario-changed", scenario = scenario, then = then, now = now)
        }
    }
}

/// `file:line: text`.
#[must_use]
pub fn warning(lang: Lang, warning: &SessionWarning) -> String {
    let place = match warning.line {
        Some(line) => format!("{}:{line}", warning.file),
        None => warning.file.clone(),
    };
    let text = match &warning.kind {
        WarningKind::IncompleteLastLine => t!(lang, "session-warning-incomplete-last-line"),
        WarningKind::EndedEarly => t!(lang, "session-warning-already-ended"),
        WarningKind::Differs { line, difference: how } => {
            t!(lang, "session-warning-differs", line = line, difference = difference(lang, how))
        }
        WarningKind::MoreDifferences(count) => t!(lang, "session-warning-more", count = *count),
    };
    format!("{place}: {text}")
}

/// How a replayed command differed from the recorded one, as the end of a
/// sentence about the command.
#[must_use]
pub fn difference(lang: Lang, difference: &Difference) -> String {
    match difference {
        Difference::SessionEnded => t!(lang, "session-differs-ended"),
        Difference::NotRecorded => t!(lang, "session-differs-not-recorded"),
        Difference::GivenAt { then, now } => t!(lang, "session-differs-given-at", then = then, now = now),
        Difference::Outcome { then, now } => t!(lang, "session-differs-outcome", then = then, now = now),
        Difference::Message => t!(lang, "session-differs-message"),
        Difference::FinishedAt { then, now } => t!(lang, "session-differs-finished-at", then = then, now = now),
        Difference::Output => t!(lang, "session-differs-output"),
    }
}
