//! `tenantdrill play`: a new or resumed session, interactive on a terminal
//! and scripted on a pipe.

use super::args::{PlayArgs, RunFormat};
use super::error::CliError;
use super::files::{
    SyncedFile, create_default_session, create_session, nonce, open_to_resume, reopen_session, trainee_name, wall_clock_now,
};
use super::interactive;
use super::language::lang;
use super::output::{note, out, stdout_colour, warn};
use super::run::build;
use super::scenario::{Named, find_recorded, load_recorded, resolve, session_source};
use super::script::run_lines;
use std::io::{self, IsTerminal};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tenantdrill::drill::Mode;
use tenantdrill::repl::{Driver, banner, fit_to_width};
use tenantdrill::session::{self, Header, SessionWriter};
use tenantdrill::t;

pub(super) fn play(args: &PlayArgs) -> Result<ExitCode, CliError> {
    let colour = stdout_colour();
    let (mut driver, path, about) = match &args.resume {
        Some(path) => resume(path, args.scenario.as_deref(), colour)?,
        None => start(args, colour)?,
    };
    let debrief = |driver: &Driver<SyncedFile>| match &args.debrief {
        Some(file) => super::debrief::write(file, driver.drill(), &about.0, path.as_deref(), about.1.as_deref()),
        None => Ok(()),
    };
    if let Some(path) = &path {
        note(&t!(lang(), "cli-session-file", path = path.display().to_string()));
    }
    if driver.drill().is_finished() {
        note(&t!(lang(), "cli-session-already-ended"));
        out(&driver.drill().report().render_text(colour))?;
        debrief(&driver)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut text = format!("{}\n", banner(driver.drill_mut()));
    if io::stdout().is_terminal()
        && let Some((terminal_size::Width(width), _)) = terminal_size::terminal_size()
    {
        text = fit_to_width(&text, usize::from(width));
    }
    out(&text)?;
    let result = if io::stdin().is_terminal() {
        interactive::repl(&mut driver, path.as_deref(), interactive::Screen { colour, pager: !args.no_pager })
    } else {
        run_lines(&mut driver, io::stdin().lock(), &t!(lang(), "cli-standard-input"), RunFormat::Text, colour, true, false).map(|_| {
            if !driver.drill().is_finished() {
                not_submitted(path.as_deref());
            }
        })
    };
    if let Some(path) = &path {
        note(&t!(lang(), "cli-session-saved", path = path.display().to_string()));
    }
    result?;
    debrief(&driver)?;
    Ok(ExitCode::SUCCESS)
}

/// Says that the session was left open, and how to carry on.
pub(super) fn not_submitted(session: Option<&Path>) {
    match session {
        Some(session) => note(&t!(lang(), "cli-not-submitted-resume", path = session.display().to_string())),
        None => note(&t!(lang(), "cli-not-submitted")),
    }
}

/// Who plays and when the session started by the wall clock, for the
/// debrief.
type About = (String, Option<String>);

/// A new session, written to `--session` or to the data folder.
fn start(args: &PlayArgs, colour: bool) -> Result<(Driver<SyncedFile>, Option<PathBuf>, About), CliError> {
    let source = args.scenario.clone().unwrap_or_default();
    let resolved = resolve(&source)?;
    let seed = args.seed.unwrap_or(resolved.loaded.scenario.seed);
    let drill = build(&resolved, seed, args.mode.map_or(Mode::Practice, Mode::from))?;
    let created = if let Some(path) = &args.session {
        Some((path.clone(), create_session(path)?))
    } else {
        let created = create_default_session(&drill.scenario().id, seed)?;
        if created.is_none() {
            warn(&t!(lang(), "cli-no-home-folder"));
        }
        created
    };
    let header = Header {
        started_utc: Some(wall_clock_now()),
        ..Header::new(&drill, &session_source(&source), &trainee_name(args.trainee.as_deref()))
    }
    .with_nonce(nonce()?);
    let about = (header.trainee.clone(), header.started_utc.clone());
    match created {
        Some((path, file)) => {
            let writer = SessionWriter::create(file, &header)
                .map_err(|error| {
                    CliError::check(t!(lang(), "cli-session-write-error", path = path.display().to_string(), error = error.to_string()))
                })?
                .with_wall_clock(wall_clock_now);
            Ok((Driver::new(drill, Some(writer), 0, colour), Some(path), about))
        }
        None => Ok((Driver::new(drill, None, 0, colour), None, about)),
    }
}

/// Replays a session file and continues it, appending to the same file.
fn resume(path: &Path, scenario: Option<&str>, colour: bool) -> Result<(Driver<SyncedFile>, Option<PathBuf>, About), CliError> {
    let (file, mut parsed) = open_to_resume(path)?;
    if let Some(original) = session::original_header(&parsed) {
        warn(&t!(
            lang(),
            "cli-resume-mode-changed",
            file = path.display().to_string(),
            mode = tenantdrill::drill::mode_name(lang(), original.mode)
        ));
        parsed.header = original;
    } else if parsed.header.version >= 2
        && let Some(alteration) = session::check_chain(&parsed)
    {
        return Err(CliError::check(t!(lang(), "cli-resume-altered", file = path.display().to_string(), entry = alteration.entry)));
    }
    for warning in &parsed.warnings {
        warn(&tenantdrill::present::session::warning(lang(), warning));
    }
    let resolved = match scenario {
        Some(scenario) => resolve(scenario)?,
        None => load_recorded(&find_recorded(&parsed.header.scenario, &parsed.header.digest, &Named::default()).map_err(|_| {
            CliError::check(t!(lang(), "cli-resume-not-bundled", file = path.display().to_string(), scenario = &parsed.header.scenario))
        })?)?,
    };
    let replayed = session::replay(&path.display().to_string(), &parsed, &resolved.loaded, &resolved.procedures)
        .map_err(|error| CliError::check(error.render(lang())))?;
    for warning in &replayed.warnings {
        warn(&tenantdrill::present::session::warning(lang(), warning));
    }
    let file = reopen_session(file, path, parsed.valid_bytes)?;
    let link = (parsed.header.version >= 2).then(|| session::last_link(&parsed));
    let writer = SessionWriter::resume(file, replayed.commands, parsed.valid_bytes as u64, link).with_wall_clock(wall_clock_now);
    note(&t!(lang(), "cli-resumed", count = replayed.commands, clock = replayed.drill.simulation().now().clock_text()));
    if replayed.stand_ins_held > 0 {
        note(&t!(lang(), "cli-resumed-made-up-passwords"));
    }
    let about = (parsed.header.trainee.clone(), parsed.header.started_utc.clone());
    Ok((Driver::new(replayed.drill, Some(writer), replayed.commands, colour), Some(path.to_path_buf()), about))
}
