//! The interactive REPL on a terminal: rustyline with the command helper,
//! a history file per scenario (passwords masked; none in exam mode),
//! output fitted to the terminal and paged when longer than it, several
//! pasted lines run one by one, Ctrl-C to clear a line, and Ctrl-D or
//! `quit` to leave.

use super::error::CliError;
use super::files::history_file;
use super::language::lang;
use super::output::{out, warn};
use super::play::not_submitted;
use super::script::handle;
use rustyline::config::Configurer;
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{CompletionType, Config, Editor};
use std::io::Write;
use std::path::{Path, PathBuf};
use tenantdrill::command::mask_secrets;
use tenantdrill::drill::{Mode, Reply};
use tenantdrill::repl::{CommandHelper, Driver, fit_to_width, render_reply};
use tenantdrill::t;

/// At most this many history lines are kept.
const HISTORY_LINES: usize = 1_000;

/// How the terminal shows output.
#[derive(Debug, Clone, Copy)]
pub(super) struct Screen {
    pub colour: bool,
    /// Whether output longer than the terminal goes through a pager.
    pub pager: bool,
}

type LineEditor = Editor<CommandHelper, FileHistory>;

pub(super) fn repl<W: Write>(driver: &mut Driver<W>, session: Option<&Path>, screen: Screen) -> Result<(), CliError> {
    let config = Config::builder().completion_type(CompletionType::List).auto_add_history(false).build();
    let mut editor: LineEditor =
        Editor::with_config(config).map_err(|error| CliError::check(t!(lang(), "cli-terminal-error", error = error.to_string())))?;
    editor
        .set_max_history_size(HISTORY_LINES)
        .map_err(|error| CliError::check(t!(lang(), "cli-terminal-error", error = error.to_string())))?;
    editor.set_helper(Some(CommandHelper::new(driver.drill().simulation().tenant(), screen.colour)));
    // An exam keeps no history file: Ctrl-R must not recall another
    // session's answers, nor leave this one's for the next candidate.
    let mut history = History::open(&mut editor, driver.drill().scenario().id.as_str(), driver.drill().mode());
    // Lines typed at the pager's prompt: the next commands.
    let mut pending: Option<String> = None;
    loop {
        let prompt = driver.drill().prompt();
        let typed = match pending.take().map_or_else(|| editor.readline(&prompt), Ok) {
            Ok(line) => line,
            // Ctrl-C clears the line, as in a shell.
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => return leave(driver, &mut editor, session, screen),
            Err(error) => return Err(CliError::check(t!(lang(), "cli-terminal-read-error", error = error.to_string()))),
        };
        // A paste of several lines is several commands, each recorded and
        // kept in the history on its own, as PSReadLine does.
        let lines: Vec<&str> = typed.split(['\n', '\r']).filter(|line| !line.trim().is_empty()).collect();
        for (index, line) in lines.iter().enumerate() {
            // Only the masked line is kept: a password typed here must not
            // sit in a history file.
            let _ = editor.add_history_entry(mask_secrets(line.trim()));
            history.save(&mut editor);
            let turn = handle(driver, line)?;
            if turn.reply.clear_screen {
                let _ = editor.clear_screen();
            }
            let typed_at_pager = show(&mut editor, &turn.reply, screen)?;
            if turn.reply.finished {
                return Ok(());
            }
            if turn.reply.quit && confirm(&mut editor, &t!(lang(), "cli-quit-question")) {
                not_submitted(session);
                return Ok(());
            }
            if let Some(next) = typed_at_pager {
                // A command typed at the pager stops the paging and runs
                // after any lines of a paste still waiting.
                let mut rest: Vec<&str> = lines[index + 1..].to_vec();
                rest.push(&next);
                pending = Some(rest.join("\n"));
                break;
            }
        }
        if let Some(helper) = editor.helper_mut() {
            helper.refresh(driver.drill().simulation().tenant());
        }
    }
}

/// The history file of one scenario, if there is one.
struct History {
    path: Option<PathBuf>,
    failed: bool,
}

impl History {
    fn open(editor: &mut LineEditor, scenario: &str, mode: Mode) -> Self {
        if mode == Mode::Exam {
            return Self { path: None, failed: false };
        }
        let path = match history_file(scenario) {
            Ok(path) => path,
            Err(error) => {
                warn(&error);
                None
            }
        };
        if let Some(path) = &path
            && path.metadata().is_ok_and(|metadata| metadata.len() > 0)
            && let Err(error) = editor.load_history(path)
        {
            warn(&t!(lang(), "cli-history-read-error", path = path.display().to_string(), error = error.to_string()));
        }
        Self { path, failed: false }
    }

    fn save(&mut self, editor: &mut LineEditor) {
        if let Some(path) = &self.path
            && let Err(error) = editor.append_history(path)
            && !self.failed
        {
            self.failed = true;
            warn(&t!(lang(), "cli-history-save-error", path = path.display().to_string(), error = error.to_string()));
        }
    }
}

/// Shows a reply fitted to the terminal, through the pager when it is
/// taller than the terminal.
/// Returns a command the trainee typed at the pager's prompt instead of
/// Enter or q, to run next.
fn show(editor: &mut LineEditor, reply: &Reply, screen: Screen) -> Result<Option<String>, CliError> {
    let size = terminal_size::terminal_size();
    let mut text = render_reply(reply, screen.colour);
    // The reply and the feedback under it; colour takes no columns.
    if let Some((terminal_size::Width(width), _)) = size {
        text = fit_to_width(&text, usize::from(width));
    }
    match size {
        Some((_, terminal_size::Height(height))) if screen.pager && text.lines().count() >= usize::from(height) => {
            page(editor, &text, usize::from(height))
        }
        _ => out(&text).map(|()| None),
    }
}

/// Pages `text`: through `$PAGER` when it is set, else a screenful at a
/// time with a "more" prompt, where Enter shows the next page, q stops, and
/// anything else stops and is returned as the next command.
fn page(editor: &mut LineEditor, text: &str, height: usize) -> Result<Option<String>, CliError> {
    if let Some(pager) = std::env::var("PAGER").ok().filter(|pager| !pager.trim().is_empty()) {
        match run_pager(&pager, text) {
            Ok(()) => return Ok(None),
            Err(error) => warn(&t!(lang(), "cli-pager-failed", pager = &pager, error = error.to_string())),
        }
    }
    let lines: Vec<&str> = text.lines().collect();
    let page_length = height.saturating_sub(1).max(1);
    let helper = editor.helper_mut().map(std::mem::take);
    editor.set_helper(None);
    let mut start = 0;
    let result = loop {
        let end = (start + page_length).min(lines.len());
        let mut chunk = lines[start..end].join("\n");
        chunk.push('\n');
        if let Err(error) = out(&chunk) {
            break Err(error);
        }
        start = end;
        if start >= lines.len() {
            break Ok(None);
        }
        let left = lines.len() - start;
        match editor.readline(&format!("{} ", t!(lang(), "cli-pager-prompt", count = left))) {
            Ok(answer) if answer.trim().eq_ignore_ascii_case("q") => break Ok(None),
            Ok(answer) if answer.trim().is_empty() => {}
            Ok(answer) => break Ok(Some(answer)),
            Err(_) => break Ok(None),
        }
    };
    editor.set_helper(helper);
    result
}

/// Runs `$PAGER` (a program and its arguments, split at spaces, as git
/// does without a shell) with `text` on its standard input.
fn run_pager(pager: &str, text: &str) -> std::io::Result<()> {
    let mut words = pager.split_whitespace();
    let program = words.next().unwrap_or_default();
    let mut command = std::process::Command::new(program);
    command.args(words).stdin(std::process::Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        // less: keep colours, and quit at once when the text fits.
        command.env("LESS", "FRX");
    }
    let mut child = command.spawn()?;
    if let Some(mut input) = child.stdin.take() {
        // The reader may quit before reading everything: that is not an error.
        let _ = input.write_all(text.as_bytes());
    }
    child.wait().map(|_| ())
}

/// Asks a yes/no question; only yes counts.
fn confirm(editor: &mut LineEditor, question: &str) -> bool {
    // No completion or hints for a yes/no answer.
    let helper = editor.helper_mut().map(std::mem::take);
    editor.set_helper(None);
    let answer = editor.readline(&format!("{question} "));
    editor.set_helper(helper);
    // Yes in every language spoken: y/yes, nb and nl j/ja, sl d/da.
    answer.is_ok_and(|answer| matches!(answer.trim().to_lowercase().as_str(), "y" | "yes" | "j" | "ja" | "d" | "da"))
}

/// Ctrl-D: asks whether to submit before leaving. Not submitting keeps the
/// session open: it is already saved and can be resumed.
fn leave<W: Write>(driver: &mut Driver<W>, editor: &mut LineEditor, session: Option<&Path>, screen: Screen) -> Result<(), CliError> {
    if confirm(editor, &t!(lang(), "cli-submit-question")) {
        let turn = handle(driver, "submit")?;
        out(&render_reply(&turn.reply, screen.colour))?;
    } else {
        not_submitted(session);
    }
    Ok(())
}
