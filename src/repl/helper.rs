//! The line editor's helper: tab completion and greyed inline hints.
//!
//! A thin adapter: every decision is made by [`command::complete`] and
//! [`command::hint`], which are tested without a terminal. This file only
//! translates between them and rustyline's traits.

use super::snapshot::CompletionSnapshot;
use crate::command;
use crate::tenant::Tenant;
use anstyle::{AnsiColor, Style};
use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::borrow::Cow;

/// Completes and hints from the command table and the tenant as it was
/// after the last command.
#[derive(Debug, Clone, Default)]
pub struct CommandHelper {
    snapshot: CompletionSnapshot,
    /// Whether hints and the prompt may be styled: only on a terminal that
    /// allows colour.
    colour: bool,
}

impl CommandHelper {
    #[must_use]
    pub fn new(tenant: &Tenant, colour: bool) -> Self {
        Self { snapshot: CompletionSnapshot::of(tenant), colour }
    }

    /// Takes a new snapshot; call after every command.
    pub fn refresh(&mut self, tenant: &Tenant) {
        self.snapshot = CompletionSnapshot::of(tenant);
    }

    /// What completion sees.
    #[must_use]
    pub const fn snapshot(&self) -> &CompletionSnapshot {
        &self.snapshot
    }
}

impl Completer for CommandHelper {
    type Candidate = String;

    fn complete(&self, line: &str, pos: usize, _context: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        Ok(command::complete(line, pos, &self.snapshot))
    }
}

impl Hinter for CommandHelper {
    type Hint = String;

    /// Only at the end of the line: a hint in the middle would cover what
    /// the trainee already typed.
    fn hint(&self, line: &str, pos: usize, _context: &Context<'_>) -> Option<String> {
        if pos < line.len() {
            return None;
        }
        command::hint(line, &self.snapshot)
    }
}

impl Highlighter for CommandHelper {
    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if !self.colour {
            return Cow::Borrowed(hint);
        }
        let grey = Style::new().fg_color(Some(AnsiColor::BrightBlack.into()));
        Cow::Owned(format!("{grey}{hint}{grey:#}"))
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(&'s self, prompt: &'p str, default: bool) -> Cow<'b, str> {
        if !self.colour || !default {
            return Cow::Borrowed(prompt);
        }
        let bold = Style::new().bold();
        Cow::Owned(format!("{bold}{prompt}{bold:#}"))
    }
}

impl Validator for CommandHelper {}

impl Helper for CommandHelper {}
