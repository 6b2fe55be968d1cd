//! The interactive REPL on a terminal: rustyline with the command helper,
//! history in the data folder (passwords masked), Ctrl-C to clear a line
//! and Ctrl-D or `quit` to leave.

use super::error::CliError;
use super::files::data_folder;
use super::output::{note, out, warn};
use super::script::handle;
use rustyline::config::Configurer;
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{CompletionType, Config, Editor};
use std::io::Write;
use std::path::Path;
use tenantdrill::command::mask_secrets;
use tenantdrill::repl::{CommandHelper, Driver, render_reply};

/// At most this many history lines are kept.
const HISTORY_LINES: usize = 1_000;

pub fn repl<W: Write>(driver: &mut Driver<W>, session: Option<&Path>, colour: bool) -> Result<(), CliError> {
    let config = Config::builder().completion_type(CompletionType::List).auto_add_history(false).build();
    let mut editor: Editor<CommandHelper, FileHistory> =
        Editor::with_config(config).map_err(|error| CliError::check(format!("cannot use the terminal: {error}")))?;
    editor.set_max_history_size(HISTORY_LINES).map_err(|error| CliError::check(format!("cannot use the terminal: {error}")))?;
    editor.set_helper(Some(CommandHelper::new(driver.drill().simulation().tenant(), colour)));
    let history = data_folder().map(|folder| folder.join("history.txt"));
    if let Some(history) = &history
        && history.exists()
        && let Err(error) = editor.load_history(history)
    {
        warn(&format!("cannot read the command history {}: {error}", history.display()));
    }
    let mut history_failed = false;
    loop {
        let prompt = driver.drill().prompt();
        let line = match editor.readline(&prompt) {
            Ok(line) => line,
            // Ctrl-C clears the line, as in a shell.
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => return leave(driver, &mut editor, session, colour),
            Err(error) => return Err(CliError::check(format!("cannot read the terminal: {error}"))),
        };
        if !line.trim().is_empty() {
            // Only the masked line is kept: a password typed here must not
            // sit in a history file.
            let _ = editor.add_history_entry(mask_secrets(line.trim()));
            if let Some(history) = &history
                && let Err(error) = editor.append_history(history)
                && !history_failed
            {
                history_failed = true;
                warn(&format!("cannot save the command history {}: {error}", history.display()));
            }
        }
        let turn = handle(driver, &line)?;
        out(&render_reply(&turn.reply, colour))?;
        if turn.reply.finished {
            return Ok(());
        }
        if turn.reply.quit {
            return leave(driver, &mut editor, session, colour);
        }
        if let Some(helper) = editor.helper_mut() {
            helper.refresh(driver.drill().simulation().tenant());
        }
    }
}

/// Asks whether to submit before leaving. Not submitting keeps the session
/// open: it is already saved and can be resumed.
fn leave<W: Write>(
    driver: &mut Driver<W>,
    editor: &mut Editor<CommandHelper, FileHistory>,
    session: Option<&Path>,
    colour: bool,
) -> Result<(), CliError> {
    // No completion or hints for a yes/no answer.
    let helper = editor.helper_mut().map(std::mem::take);
    editor.set_helper(None);
    let answer = editor.readline("Submit your work for grading now? [y/N] ");
    editor.set_helper(helper);
    let submit = matches!(answer.as_deref().map(str::trim), Ok("y" | "Y" | "yes" | "Yes" | "YES"));
    if submit {
        let turn = handle(driver, "submit")?;
        out(&render_reply(&turn.reply, colour))?;
    } else if let Some(session) = session {
        note(&format!("Not submitted. Continue later with: tenantdrill play --resume {}", session.display()));
    } else {
        note("Not submitted.");
    }
    Ok(())
}
