//! A class of graded sessions and what an instructor takes away from it:
//! the class summary, the spreadsheet and gradebook CSV, xAPI statements
//! for a learning record store, and the HTML debriefs.
//!
//! Everything here is a pure function of graded sessions (the reports the
//! scorer made, and the metadata the session files carry), so the same
//! sessions give byte-identical exports. The binary (`src/cli/grade.rs`)
//! reads and replays the files; nothing here touches the disk or a clock.

pub mod csv;
pub mod html;
pub mod summary;
mod svg;
pub mod words;
pub mod xapi;

use crate::clock::SimTime;
use crate::drill::Mode;
use crate::scoring::Report;

pub use summary::{Spread, Summary, summaries, summary_text};

/// Whether a session file is known to be as it was written: one value per
/// graded session, read by every export (`verified`, `altered`,
/// `unverified`).
pub use crate::session::Integrity;

/// One session, graded: the scorer's report and the file's metadata.
#[derive(Debug, Clone)]
pub struct GradedSession {
    /// The session file as named to `grade`.
    pub file: String,
    /// The trainee's id from the session header (a login name or an email
    /// address).
    pub trainee: String,
    pub mode: Mode,
    /// Whether the trainee submitted (or ran out of time); otherwise the
    /// report is the score so far.
    pub submitted: bool,
    /// Wall-clock start and end (UTC), when the file records them.
    pub started_utc: Option<SimTime>,
    pub ended_utc: Option<SimTime>,
    pub integrity: Integrity,
    pub report: Report,
}

/// An exam session not yet submitted: graded for its integrity only, so
/// that no export shows its score, missed steps or residue before the
/// trainee has finished.
#[derive(Debug, Clone)]
pub struct InProgress {
    pub file: String,
    pub trainee: String,
    pub scenario: String,
    pub seed: u64,
    pub mode: Mode,
    /// How many commands the file records.
    pub commands: usize,
    pub integrity: Integrity,
}

impl GradedSession {
    /// Whether the trainee id is an email address (one `@`, text on both
    /// sides, a dot in the domain).
    #[must_use]
    pub(crate) fn trainee_is_email(&self) -> bool {
        is_email(&self.trainee)
    }
}

/// A session file that could not be graded, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ungraded {
    pub file: String,
    pub reason: String,
}

/// Everything `grade` found: the sessions it graded, in the order the
/// files were named, the exams still in progress, and those it could not.
#[derive(Debug, Clone, Default)]
pub struct Class {
    pub sessions: Vec<GradedSession>,
    pub in_progress: Vec<InProgress>,
    pub ungraded: Vec<Ungraded>,
}

/// An address a gradebook can match: `local@domain.tld`, no spaces.
#[must_use]
pub(crate) fn is_email(text: &str) -> bool {
    let mut parts = text.split('@');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(local), Some(domain), None) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.contains(char::is_whitespace)
        }
        _ => false,
    }
}

/// `PT1H5M20S`: an ISO 8601 duration, as xAPI and the CSV use.
#[must_use]
pub(crate) fn iso_duration(seconds: u64) -> String {
    if seconds == 0 {
        return "PT0S".to_string();
    }
    let (hours, minutes, seconds) = (seconds / 3_600, seconds % 3_600 / 60, seconds % 60);
    let mut text = String::from("PT");
    if hours > 0 {
        text.push_str(&format!("{hours}H"));
    }
    if minutes > 0 {
        text.push_str(&format!("{minutes}M"));
    }
    if seconds > 0 {
        text.push_str(&format!("{seconds}S"));
    }
    text
}
