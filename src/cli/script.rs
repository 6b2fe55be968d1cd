//! A session fed from lines instead of a keyboard: `run`, and `play` when
//! standard input is not a terminal. Each line is echoed after the prompt
//! it was given at, so the output reads like the session would on screen.

use super::args::RunFormat;
use super::error::CliError;
use super::output::out;
use serde::Serialize;
use std::io::{BufRead, Write};
use tenantdrill::repl::{Driver, Turn, write_echo, write_reply};
use tenantdrill::scoring::Report;

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
    feedback: Vec<String>,
}

/// Runs every line of `input`, then submits if the lines did not: the end
/// of the input is the end of the session. `quit` submits too, as nobody is
/// there to answer the question the REPL would ask.
///
/// Text is written as each line is handled, so a reader of a pipe follows
/// along; JSON is written whole at the end.
pub fn run_lines<W: Write>(driver: &mut Driver<W>, input: impl BufRead, format: RunFormat, colour: bool) -> Result<Report, CliError> {
    let mut turns = Vec::new();
    let mut submitted = false;
    for line in input.lines() {
        let line = line.map_err(|error| CliError::check(format!("cannot read the commands: {error}")))?;
        if line.trim().is_empty() {
            continue;
        }
        let turn = handle(driver, &line)?;
        let (quit, finished) = (turn.reply.quit, turn.reply.finished);
        show(&turn, format, colour, &mut turns)?;
        if finished {
            submitted = true;
            break;
        }
        if quit {
            break;
        }
    }
    if !submitted && !driver.drill().is_finished() {
        let turn = handle(driver, "submit")?;
        show(&turn, format, colour, &mut turns)?;
    }
    let report = driver.drill().report();
    if format == RunFormat::Json {
        let drill = driver.drill();
        let document = RunDocument {
            scenario: &drill.scenario().id,
            title: &drill.scenario().title,
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
pub fn handle<W: Write>(driver: &mut Driver<W>, line: &str) -> Result<Turn, CliError> {
    driver.handle(line).map_err(|error| {
        CliError::check(format!("cannot write the session file: {error}; stopping, because later commands could not be saved either"))
    })
}

fn show(turn: &Turn, format: RunFormat, colour: bool, turns: &mut Vec<TurnDocument>) -> Result<(), CliError> {
    match format {
        RunFormat::Text => {
            let mut text = String::with_capacity(turn.prompt.len() + turn.line.len() + turn.reply.output.len() + 64);
            write_echo(&mut text, &turn.prompt, &turn.line, colour);
            let echoed = text.len();
            write_reply(&mut text, &turn.reply, colour);
            if text.len() > echoed {
                text.push('\n');
            }
            out(&text)
        }
        RunFormat::Json => {
            turns.push(TurnDocument {
                prompt: turn.prompt.clone(),
                line: turn.line.clone(),
                output: turn.reply.output.clone(),
                error: turn.reply.error,
                feedback: turn.reply.feedback.iter().map(ToString::to_string).collect(),
            });
            Ok(())
        }
    }
}
