//! The loop's body: one line in, the drill's reply out, the session file
//! appended. The interactive REPL, `play` on a pipe and `run` all go
//! through here, so they behave the same.

use crate::action::{Action, NewPassword};
use crate::command::{self, Command, mask_secrets};
use crate::drill::{Drill, Reply};
use crate::session::{SessionWriter, step};
use std::io::{self, Write};

/// One command as it happened.
#[derive(Debug, Clone)]
pub struct Turn {
    /// The prompt the line was typed at.
    pub prompt: String,
    /// The line, passwords masked.
    pub line: String,
    pub reply: Reply,
}

/// A drill and the file its session is written to.
#[derive(Debug)]
pub struct Driver<W: Write> {
    drill: Drill,
    writer: Option<SessionWriter<W>>,
    /// The number of the next recorded command.
    next: u32,
    /// Whether the final report is shown in colour.
    colour: bool,
    /// Passwords typed this session, kept in memory only, so that no reply
    /// shows one (the admin center echoes a password it was given, and a
    /// mailbox may hold it): transcripts stay free of them.
    secrets: Vec<String>,
}

impl<W: Write> Driver<W> {
    /// Drives `drill`, which has run `commands` recorded commands already
    /// (0 for a new session, more for a resumed one).
    pub fn new(drill: Drill, writer: Option<SessionWriter<W>>, commands: u32, colour: bool) -> Self {
        Self { drill, writer, next: commands.saturating_add(1), colour, secrets: Vec::new() }
    }

    #[must_use]
    pub const fn drill(&self) -> &Drill {
        &self.drill
    }

    pub const fn drill_mut(&mut self) -> &mut Drill {
        &mut self.drill
    }

    /// The session writer, once the session is over.
    pub fn into_writer(self) -> Option<SessionWriter<W>> {
        self.writer
    }

    /// Runs one line and records it before returning, so that what the
    /// trainee sees has already been saved.
    ///
    /// A failed write is returned as an error after the command ran: the
    /// caller must stop, because later commands could not be saved either.
    pub fn handle(&mut self, line: &str) -> io::Result<Turn> {
        let prompt = self.drill.prompt();
        for secret in secrets_in(line) {
            if !self.secrets.contains(&secret) {
                self.secrets.push(secret);
            }
        }
        let (mut reply, entry) = step(&mut self.drill, line, self.next);
        for secret in &self.secrets {
            reply.output = reply.output.replace(secret.as_str(), MASK);
        }
        if let Some(entry) = entry {
            if let Some(writer) = &mut self.writer {
                writer.append(&entry)?;
            }
            self.next = self.next.saturating_add(1);
        }
        if reply.finished && self.colour {
            // The drill renders its report plainly; swap in the coloured one.
            let report = self.drill.report();
            if let Some(before) = reply.output.strip_suffix(&report.render_text(false)) {
                reply.output = format!("{before}{}", report.render_text(true));
            }
        }
        Ok(Turn { prompt, line: mask_secrets(line.trim()), reply })
    }
}

/// What replaces a password in replies, as in the masked line.
const MASK: &str = "***";

/// Shorter values are not scrubbed from replies: they would garble
/// ordinary words, and no password that short is accepted anyway.
const SHORTEST_SCRUBBED_CHARS: usize = 4;

/// The passwords a line types: the values [`mask_secrets`] hides.
fn secrets_in(line: &str) -> Vec<String> {
    if mask_secrets(line.trim()) == line.trim() {
        return Vec::new();
    }
    let Ok(Command::Act(action) | Command::Ask { action, .. }) = command::parse(line.trim()) else { return Vec::new() };
    let typed = match action {
        Action::ResetPassword { password: NewPassword::Given(password), .. } | Action::SignIn { password, .. } => vec![password],
        Action::SelfServiceReset { new_password, .. } => vec![new_password],
        Action::ChangePassword { old_password, new_password, .. } => vec![old_password, new_password],
        _ => Vec::new(),
    };
    typed.into_iter().filter(|secret| secret.chars().count() >= SHORTEST_SCRUBBED_CHARS).collect()
}
