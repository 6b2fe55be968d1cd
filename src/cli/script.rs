//! A session fed from lines instead of a keyboard: `run`, and `play` when
//! standard input is not a terminal. Each line is echoed after the prompt
//! it was given at, so the output reads like the session would on screen.

use super::args::RunFormat;
use super::error::CliError;
use super::output::out;
use serde::Serialize;
use std::io::{BufRead, Write};
use tenantdrill::bounded::Lines;
use tenantdrill::command::MAX_LINE_BYTES;
use tenantdrill::repl::{Driver, Turn, write_echo, write_reply};
use tenantdrill::scoring::Report;
use tenantdrill::t;

/// `run --format json`: the session and its report, as one document. The
/// report keeps the field order of `docs/report-format.md`.
#[derive(Serialize)]
struct RunDocument<'a> {
    scenario: &'a str,
    title: &'a str,
    seed: u64,
    mode: &'a str,
    commands: &'a [TurnDocument],
    report: &'a Report,
}

/// One command in `run --format json`.
#[derive(Serialize)]
struct TurnDocument {
    prompt: String,
    /// Passwords masked.
    line: String,
    output: String,
    error: bool,
    /// Calls, replies and alerts that happened meanwhile, as shown.
    notices: Vec<String>,
    feedback: Vec<String>,
}

/// Runs every line of `input` until `quit` or the end of the input. With
/// `submit_at_end` (`run`, whose job is the report) the session is then
/// submitted if the lines did not; without it (`play` on a pipe) nothing is
/// submitted that the lines did not submit: nobody is there to answer the
/// question the REPL would ask, and a session left open can be resumed.
///
/// With `follow` (commands from standard input), text is written as each
/// line is handled, so a reader of a pipe follows along; from a file, it is
/// written in blocks of about 64 KiB. JSON is written whole at the end.
pub(super) fn run_lines<W: Write>(
    driver: &mut Driver<W>,
    input: impl BufRead,
    source: &str,
    format: RunFormat,
    colour: bool,
    follow: bool,
    submit_at_end: bool,
) -> Result<Report, CliError> {
    let mut turns = Vec::new();
    let mut submitted = false;
    let mut pending = Pending { text: String::new(), follow };
    for line in Lines::new(input, MAX_LINE_BYTES) {
        let line = pending.or_flush(line.map_err(|error| CliError::check(error.describe(source))))?;
        if line.trim().is_empty() {
            continue;
        }
        let turn = pending.or_flush(handle(driver, &line))?;
        let (quit, finished) = (turn.reply.quit, turn.reply.finished);
        show(&turn, format, colour, &mut turns, &mut pending)?;
        if finished {
            submitted = true;
            break;
        }
        if quit {
            break;
        }
    }
    if submit_at_end && !submitted && !driver.drill().is_finished() {
        let turn = pending.or_flush(handle(driver, "submit"))?;
        show(&turn, format, colour, &mut turns, &mut pending)?;
    }
    pending.flush()?;
    let report = driver.drill().report();
    if format == RunFormat::Json {
        let drill = driver.drill();
        let document = RunDocument {
            scenario: &drill.scenario().id,
            title: drill.scenario().title.get(drill.lang()),
            seed: drill.seed(),
            mode: drill.mode().name(),
            commands: &turns,
            report: &report,
        };
        out(&format!("{}\n", serde_json::to_string_pretty(&document).unwrap_or_default()))?;
    }
    Ok(report)
}

/// Runs one line; a session file that cannot be written stops everything.
pub(super) fn handle<W: Write>(driver: &mut Driver<W>, line: &str) -> Result<Turn, CliError> {
    driver
        .handle(line)
        .map_err(|error| CliError::check(t!(super::language::lang(), "cli-session-write-stopped", error = error.to_string())))
}

/// Transcript text not yet written.
struct Pending {
    text: String,
    follow: bool,
}

impl Pending {
    const BLOCK: usize = 64 * 1024;

    /// On an error, writes what is pending first, so the transcript up to
    /// the failure is not lost.
    fn or_flush<T>(&mut self, result: Result<T, CliError>) -> Result<T, CliError> {
        if result.is_err() {
            let _ = self.flush();
        }
        result
    }

    fn flush(&mut self) -> Result<(), CliError> {
        if self.text.is_empty() {
            return Ok(());
        }
        let written = out(&self.text);
        self.text.clear();
        written
    }
}

fn show(turn: &Turn, format: RunFormat, colour: bool, turns: &mut Vec<TurnDocument>, pending: &mut Pending) -> Result<(), CliError> {
    match format {
        RunFormat::Text => {
            let text = &mut pending.text;
            write_echo(text, &turn.prompt, &turn.line, colour);
            let echoed = text.len();
            write_reply(text, &turn.reply, colour);
            if text.len() > echoed {
                text.push('\n');
            }
            if pending.follow || pending.text.len() >= Pending::BLOCK { pending.flush() } else { Ok(()) }
        }
        RunFormat::Json => {
            turns.push(TurnDocument {
                prompt: turn.prompt.clone(),
                line: turn.line.clone(),
                output: turn.reply.output.clone(),
                error: turn.reply.error,
                notices: turn.reply.notices.iter().map(|notice| tenantdrill::present::notice::render(turn.reply.lang, notice)).collect(),
                feedback: turn.reply.feedback.iter().map(ToString::to_string).collect(),
            });
            Ok(())
        }
    }
}
