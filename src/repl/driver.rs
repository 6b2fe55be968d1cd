//! The loop's body: one line in, the drill's reply out, the session file
//! appended. The interactive REPL, `play` on a pipe and `run` all go
//! through here, so they behave the same.

use crate::action::{Action, NewPassword};
use crate::command::{self, Command, Line, ParseErrorKind};
use crate::drill::{Drill, Reply};
use crate::session::{SessionWriter, step_line};
use std::collections::{BTreeMap, BTreeSet};
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
    secrets: Secrets,
}

impl<W: Write> Driver<W> {
    /// Drives `drill`, which has run `commands` recorded commands already
    /// (0 for a new session, more for a resumed one).
    pub fn new(drill: Drill, writer: Option<SessionWriter<W>>, commands: u32, colour: bool) -> Self {
        Self { drill, writer, next: commands.saturating_add(1), colour, secrets: Secrets::default() }
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
        let line = command::read(line.trim());
        if let Some(refusal) = self.refusal(&line) {
            return Ok(Turn { prompt, line: line.masked, reply: Reply::error(refusal) });
        }
        for secret in secrets_in(&line) {
            self.secrets.add(secret);
        }
        let (mut reply, mut entry) = step_line(&mut self.drill, &line, self.next);
        self.secrets.scrub(&mut reply.output);
        command::hide_words(&mut reply.output, &line.hidden);
        if let Some(reason) = entry.as_mut().and_then(|entry| entry.reason.as_mut()) {
            self.secrets.scrub(reason);
            command::hide_words(reason, &line.hidden);
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
        Ok(Turn { prompt, line: line.masked, reply })
    }
}

impl<W: Write> Driver<W> {
    /// Why `line` is not run at all, if it is not: what would be recorded
    /// must be readable back, so a line over the length limit, and any
    /// command but `submit` once the session file is nearly full, are
    /// refused before they run or reach the file.
    fn refusal(&self, line: &Line<'_>) -> Option<String> {
        if let Err(error) = &line.command
            && error.kind == ParseErrorKind::TooLong
        {
            return Some(crate::t!(self.drill.lang(), "session-line-too-long", error = error.to_string()));
        }
        let writer = self.writer.as_ref()?;
        let submit = matches!(line.command, Ok(Command::Submit));
        if !submit && writer.is_nearly_full() {
            return Some(crate::t!(
                self.drill.lang(),
                "session-file-full",
                count = writer.next_number().saturating_sub(1),
                bytes = writer.bytes_written()
            ));
        }
        None
    }
}

/// What replaces a password in replies, as in the masked line.
const MASK: &str = "***";

/// Shorter values are not scrubbed from replies: they would garble
/// ordinary words, and no password that short is accepted anyway.
const SHORTEST_SCRUBBED_CHARS: usize = 4;

/// Passwords typed so far, in the order first typed, indexed so that a
/// reply is scanned once: a session that sets ten thousand passwords does
/// not search every reply ten thousand times.
#[derive(Debug, Default)]
struct Secrets {
    typed: Vec<String>,
    /// Each secret's position in `typed`.
    positions: BTreeMap<String, usize>,
    /// The secrets' lengths in bytes, and their first [`PREFIX_BYTES`]
    /// bytes: a place in a reply where no secret starts is passed over
    /// after one lookup.
    lengths: BTreeSet<usize>,
    prefixes: BTreeSet<[u8; PREFIX_BYTES]>,
    /// The secrets' first two bytes, one bit per pair: most places are
    /// passed over after one bit test, before looking in `prefixes`.
    first_pairs: FirstPairs,
    /// Positions of secrets that contain `*`: masking another secret can
    /// make one of these appear, so they are always tried.
    starred: Vec<usize>,
}

/// Every scrubbed secret has at least this many bytes.
const PREFIX_BYTES: usize = SHORTEST_SCRUBBED_CHARS;

impl Secrets {
    fn add(&mut self, secret: String) {
        let Some(prefix) = secret.as_bytes().first_chunk::<PREFIX_BYTES>().copied() else { return };
        if self.positions.contains_key(&secret) {
            return;
        }
        let position = self.typed.len();
        self.prefixes.insert(prefix);
        self.first_pairs.insert(prefix[0], prefix[1]);
        self.lengths.insert(secret.len());
        if secret.contains('*') {
            self.starred.push(position);
        }
        self.positions.insert(secret.clone(), position);
        self.typed.push(secret);
    }

    /// Replaces every secret in `output` with the mask, one after another
    /// in the order they were typed, exactly as replacing each in turn
    /// would: a secret absent from the text changes nothing, and one that
    /// is absent can only appear through a mask if it contains `*`.
    fn scrub(&self, output: &mut String) {
        if self.typed.is_empty() {
            return;
        }
        let mut present: BTreeSet<usize> = self.starred.iter().copied().collect();
        let bytes = output.as_bytes();
        for start in 0..bytes.len() {
            let Some(prefix) = bytes[start..].first_chunk::<PREFIX_BYTES>() else { break };
            if !self.first_pairs.contains(prefix[0], prefix[1]) || !self.prefixes.contains(prefix) {
                continue;
            }
            for length in &self.lengths {
                if let Some(&position) = output.get(start..start + length).and_then(|text| self.positions.get(text)) {
                    present.insert(position);
                }
            }
        }
        for position in present {
            let secret = self.typed[position].as_str();
            if output.contains(secret) {
                *output = output.replace(secret, MASK);
            }
        }
    }
}

/// A set of byte pairs, one bit each.
#[derive(Debug)]
struct FirstPairs {
    bits: Box<[u64]>,
}

impl Default for FirstPairs {
    fn default() -> Self {
        Self { bits: vec![0; (1 << 16) / 64].into_boxed_slice() }
    }
}

impl FirstPairs {
    fn insert(&mut self, first: u8, second: u8) {
        let pair = usize::from(u16::from_be_bytes([first, second]));
        self.bits[pair / 64] |= 1 << (pair % 64);
    }

    fn contains(&self, first: u8, second: u8) -> bool {
        let pair = usize::from(u16::from_be_bytes([first, second]));
        self.bits[pair / 64] & (1 << (pair % 64)) != 0
    }
}

/// The passwords a line types: the values [`command::mask_secrets`] hides.
fn secrets_in(line: &Line<'_>) -> Vec<String> {
    if !line.is_masked() {
        return Vec::new();
    }
    if let Ok(Command::PowerShell(_)) = &line.command {
        // The values PowerShell masking hid are the passwords typed.
        return line.hidden.iter().filter(|secret| secret.chars().count() >= SHORTEST_SCRUBBED_CHARS).cloned().collect();
    }
    let Ok(Command::Act(action) | Command::Ask { action, .. }) = &line.command else { return Vec::new() };
    let typed = match action {
        Action::ResetPassword { password: NewPassword::Given(password), .. } | Action::SignIn { password, .. } => vec![password],
        Action::SelfServiceReset { new_password, .. } => vec![new_password],
        Action::ChangePassword { old_password, new_password, .. } => vec![old_password, new_password],
        _ => Vec::new(),
    };
    typed.into_iter().filter(|secret| secret.chars().count() >= SHORTEST_SCRUBBED_CHARS).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::{MASK, Secrets};

    /// What the driver did before the index: every secret replaced in turn.
    fn replace_each(typed: &[&str], output: &str) -> String {
        typed.iter().fold(output.to_string(), |text, secret| text.replace(secret, MASK))
    }

    #[test]
    fn scrubbing_with_the_index_matches_replacing_each_secret_in_turn() {
        // A later secret with `*` in it can appear only once an earlier one is
        // masked ("x" + mask + "y"): the index must not skip it.
        let typed = ["Harbour-Lamp-1!", "Harbour-Lamp-12!", "ab**cd", "Quiet-Otter-9#", "x***y", "Zz**"];
        let outputs = [
            "",
            "Done.",
            "New password: Harbour-Lamp-12! and Harbour-Lamp-1!",
            "xQuiet-Otter-9#y and abQuiet-Otter-9#cd",
            "prefix Harb only",
            "Zz** then Zz**Zz**",
        ];
        let mut secrets = Secrets::default();
        for secret in typed {
            secrets.add(secret.to_string());
        }
        secrets.add("Harbour-Lamp-1!".to_string());
        for output in outputs {
            let mut scrubbed = output.to_string();
            secrets.scrub(&mut scrubbed);
            assert_eq!(scrubbed, replace_each(&typed, output), "{output}");
            assert!(!scrubbed.contains("Otter"), "{scrubbed}");
        }
    }
}
