//! `tenantdrill run`: a whole session from a file of commands.

use super::args::{RunArgs, RunFormat};
use super::error::CliError;
use super::files::{SyncedFile, create_session, nonce, trainee_name, wall_clock_now};
use super::language::lang;
use super::output::{out, stdout_colour};
use super::scenario::{resolve, session_source};
use super::script::run_lines;
use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::process::ExitCode;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::repl::{Driver, banner};
use tenantdrill::session::{Header, SessionWriter};
use tenantdrill::t;

pub(super) fn run(args: &RunArgs) -> Result<ExitCode, CliError> {
    let resolved = resolve(&args.scenario)?;
    let seed = args.seed.unwrap_or(resolved.loaded.scenario.seed);
    let mode = args.mode.map_or(Mode::Practice, Mode::from);
    let drill = build(&resolved, seed, mode)?;
    let input: Box<dyn BufRead> = if args.commands == "-" {
        Box::new(io::stdin().lock())
    } else {
        let file = File::open(&args.commands).map_err(|error| {
            CliError::check(t!(lang(), "cli-commands-file-error", path = &args.commands, error = super::scenario::plain_io_error(&error)))
        })?;
        Box::new(BufReader::new(file))
    };
    let trainee = trainee_name(args.trainee.as_deref());
    let started_utc = wall_clock_now();
    let writer = match &args.session {
        Some(path) => {
            let file = create_session(path)?;
            let header =
                Header { started_utc: Some(started_utc.clone()), ..Header::new(&drill, &session_source(&args.scenario), &trainee) }
                    .with_nonce(nonce()?);
            Some(
                SessionWriter::create(file, &header)
                    .map_err(|error| {
                        CliError::check(t!(lang(), "cli-session-write-error", path = path.display().to_string(), error = error.to_string()))
                    })?
                    .with_wall_clock(wall_clock_now),
            )
        }
        None => None,
    };
    let colour = args.format == RunFormat::Text && stdout_colour();
    let mut driver: Driver<SyncedFile> = Driver::new(drill, writer, 0, colour);
    if args.format == RunFormat::Text {
        out(&format!("{}\n", banner(driver.drill_mut())))?;
    }
    let follow = args.commands == "-";
    let source = if follow { t!(lang(), "cli-standard-input") } else { args.commands.clone() };
    let report = run_lines(&mut driver, input, &source, args.format, colour, follow, true)?;
    if let Some(path) = &args.debrief {
        super::debrief::write(path, driver.drill(), &trainee, args.session.as_deref(), Some(&started_utc))?;
    }
    if let Some(minimum) = args.fail_under
        && report.score < minimum
    {
        return Err(CliError::check(t!(lang(), "cli-fail-under", score = report.score, minimum = minimum)));
    }
    Ok(ExitCode::SUCCESS)
}

/// A drill for the scenario, or its build problems rendered.
pub(super) fn build(resolved: &super::scenario::Resolved, seed: u64, mode: Mode) -> Result<Drill, CliError> {
    Drill::new(&resolved.loaded, &resolved.procedures, seed, mode)
        .map(|drill| drill.with_lang(super::language::lang()))
        .map_err(|error| CliError::rendered(error.render(super::language::lang(), super::output::stderr_colour())))
}
