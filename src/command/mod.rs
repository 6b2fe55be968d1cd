//! The trainee's command language: `noun verb` lines that become the crate's
//! one vocabulary, [`Action`], or one of a few meta commands the REPL handles
//! itself (help, hints, the clock, submitting).
//!
//! One table, [`COMMANDS`], declares every command once: its arguments and
//! flags, summary, long help, examples, how to build a [`Command`] from a
//! line and how to render one back. Parsing, rendering, help, completion,
//! inline hints, secret masking and the generated reference
//! (`docs/commands.md`) all read that table, so they cannot drift apart.
//!
//! The language's words (command names, flags, placeholders, examples) are
//! the same in every language; what is said about them (summaries, help,
//! flag descriptions, why a line did not parse) comes from the `cmd-`
//! messages of `locales/*/commands.ftl`, in the language asked for. A parse
//! error carries its facts ([`Problem`]) and is worded only when shown.
//!
//! This module does no I/O; the REPL is a thin adapter around it.

mod arguments;
mod complete;
mod error;
mod help;
mod render;
mod spec;
mod suggest;
mod table;
mod table_apps;
mod table_mailbox;
mod table_people;
mod table_tenant;
mod table_user;
mod tokens;
mod values;

pub use arguments::Arguments;
pub use complete::{CompletionSource, complete, hint};
pub use error::{ParseError, ParseErrorKind, Problem};
pub use help::{help, reference_markdown};
pub(crate) use render::hide_words;
pub use render::{Rendered, mask_secrets, render};
pub use spec::{
    ArgumentSpec, Arity, CommandSpec, Equivalents, FlagSpec, FlagUse, FlagValue, InPortal, InPowerShell, Portal, Section, ValueKind,
};
pub use table::{COMMANDS, commands_for_cmdlet};
pub use tokens::quote as quote_word;

use crate::action::Action;
use tokens::Token;

/// The new password `sspr reset` chooses when none is given: a trainee acting
/// as a user needs one that passes the password rules without thinking of it.
pub const DEFAULT_SELF_SERVICE_PASSWORD: &str = "Harbour-Lantern-Quiet-47!";

/// The message `notify --password` sends when none is typed.
pub(crate) const DEFAULT_PASSWORD_MESSAGE: &str = "Your password was reset.";

/// Longer lines are rejected before any work is done, so a pasted file or a
/// runaway script cannot make parsing or suggestions slow.
pub const MAX_LINE_BYTES: usize = 4_096;

/// What a line asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Something done to or asked of the tenant, as the trainee.
    Act(Action),
    /// Another admin does the action with their own permissions, after a
    /// delay (`ask UPN COMMAND...`).
    Ask {
        admin: String,
        action: Action,
    },
    /// Microsoft support: slow, a last resort.
    /// Microsoft support: the trainee's own password, or releasing this
    /// restricted sender.
    SupportCall {
        release: Option<String>,
    },
    /// The command overview, or one command's or noun's help.
    Help(Option<String>),
    /// The scenario's briefing again.
    Brief,
    Status,
    Clock,
    Hint,
    Check,
    Submit,
    Quit,
    /// The lines typed this session, numbered.
    History,
    /// Clear the screen (a terminal only).
    Clear,
    /// A PowerShell line (`Verb-Noun` first word), run by the drill
    /// against its connections (`crate::powershell`).
    PowerShell(Box<crate::powershell::Parsed>),
}

/// Parses one line.
///
/// A blank line is an error of kind [`ParseErrorKind::Empty`], which callers
/// usually ignore, so that "nothing to do" is never mistaken for a command.
pub fn parse(line: &str) -> Result<Command, ParseError> {
    if line.len() > MAX_LINE_BYTES {
        return Err(too_long(line));
    }
    if crate::powershell::is_powershell(line) {
        return Ok(Command::PowerShell(Box::new(crate::powershell::syntax::parse(line))));
    }
    parse_split(line, &tokens::split(line))
}

/// A command line read once: what the session, the drill, the session file
/// and the transcript each need from it, so that none of them splits,
/// parses or masks the text again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line<'text> {
    /// The line as given.
    pub text: &'text str,
    /// [`mask_secrets`] of the line.
    pub masked: String,
    /// [`parse`] of the line.
    pub command: Result<Command, ParseError>,
    /// The words [`mask_secrets`] hid, quotes removed: a reply to this line
    /// that quotes one (`unexpected argument 'PW'`) hides it too.
    pub hidden: Vec<String>,
}

impl Line<'_> {
    /// Whether a password was masked.
    #[must_use]
    pub(crate) fn is_masked(&self) -> bool {
        self.masked != self.text
    }
}

/// Reads a line: masks and parses it from one split into words.
#[must_use]
pub fn read(line: &str) -> Line<'_> {
    if line.len() > MAX_LINE_BYTES {
        let (masked, hidden) = if crate::powershell::is_powershell(line) {
            crate::powershell::mask(line)
        } else {
            render::mask_split_hidden(line, &tokens::split(line).tokens)
        };
        return Line { text: line, masked, command: Err(too_long(line)), hidden };
    }
    if crate::powershell::is_powershell(line) {
        let (masked, hidden) = crate::powershell::mask(line);
        return Line { text: line, masked, command: parse(line), hidden };
    }
    let split = tokens::split(line);
    let (masked, hidden) = render::mask_split_hidden(line, &split.tokens);
    Line { text: line, masked, command: parse_split(line, &split), hidden }
}

fn too_long(line: &str) -> ParseError {
    ParseError::new(Problem::TooLong { bytes: line.len(), limit: MAX_LINE_BYTES })
}

fn parse_split(line: &str, split: &tokens::Split) -> Result<Command, ParseError> {
    if let Some(unterminated) = split.unterminated {
        let column = line[..unterminated.offset].chars().count() + 1;
        return Err(ParseError::new(Problem::UnterminatedQuote { quote: unterminated.quote, column }));
    }
    if split.tokens.is_empty() {
        return Err(ParseError::new(Problem::Empty));
    }
    parse_tokens(&split.tokens)
}

/// Parses a line already split into words; `ask` uses it for the command it
/// carries, so the carried command keeps its own quoting and flags.
fn parse_tokens(tokens: &[Token]) -> Result<Command, ParseError> {
    let spec = table::find(tokens)?;
    let name_words = spec.name.split(' ').count();
    let arguments = arguments::bind(spec, tokens.get(name_words..).unwrap_or_default())?;
    (spec.build)(&arguments)
}

/// The command that does actions of `kind`, as the trainee types it
/// (`user reset-password`): the first command whose examples parse to
/// such an action. Command words are the same in every language, so a
/// report names an action by them.
#[must_use]
pub fn name_of(kind: crate::action::ActionKind) -> Option<&'static str> {
    table::COMMANDS.iter().find_map(|spec| {
        spec.examples
            .iter()
            .any(|example| matches!(parse(example), Ok(Command::Act(action)) if crate::action::ActionKind::of(&action) == kind))
            .then_some(spec.name)
    })
}
