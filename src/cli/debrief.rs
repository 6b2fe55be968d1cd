//! `play --debrief FILE` and `run --debrief FILE`: the session's HTML
//! debrief, written when the session ends.

use super::error::CliError;
use super::files::wall_clock_now;
use super::language::lang;
use super::output::note;
use super::scenario::plain_io_error;
use std::path::Path;
use tenantdrill::class::{GradedSession, Integrity, html};
use tenantdrill::clock::SimTime;
use tenantdrill::drill::Drill;
use tenantdrill::t;

/// Writes the debrief of `drill` to `path` (replacing an older debrief:
/// it is made from the session, which is kept) and says where it is.
pub(super) fn write(
    path: &Path,
    drill: &Drill,
    trainee: &str,
    session_file: Option<&Path>,
    started_utc: Option<&str>,
) -> Result<(), CliError> {
    let one = GradedSession {
        file: session_file.map_or_else(|| t!(lang(), "cli-debrief-not-saved"), |file| file.display().to_string()),
        trainee: trainee.to_string(),
        mode: drill.mode(),
        submitted: drill.is_finished(),
        started_utc: started_utc.and_then(SimTime::parse_rfc3339),
        ended_utc: SimTime::parse_rfc3339(&wall_clock_now()),
        // Made from the live session, not from a file that could be checked.
        integrity: Integrity::Unverified,
        report: drill.report(),
    };
    std::fs::write(path, html::debrief_page(&one, lang())).map_err(|error| {
        CliError::check(t!(lang(), "cli-debrief-write-error", path = path.display().to_string(), error = plain_io_error(&error)))
    })?;
    note(&t!(lang(), "cli-debrief-written", path = path.display().to_string()));
    Ok(())
}
