//! Why a line did not parse, said so that the trainee can fix it.

use std::fmt;

/// What kind of mistake a line has; the message says the details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// Nothing but whitespace: callers usually ignore it.
    Empty,
    /// Longer than [`super::MAX_LINE_BYTES`].
    TooLong,
    UnterminatedQuote,
    /// The first word is no command or noun.
    UnknownCommand,
    /// A noun without a verb, such as `user`.
    MissingVerb,
    /// A noun with a verb it does not have.
    UnknownVerb,
    MissingArgument,
    /// More words than the command takes.
    UnexpectedArgument,
    UnknownFlag,
    /// A flag that needs a value came last or before another flag.
    MissingFlagValue,
    /// `--flag=value` for a flag that takes no value.
    UnexpectedFlagValue,
    DuplicateFlag,
    /// Flags that exclude each other were both given.
    ConflictingFlags,
    /// A required flag, or one of a required choice of flags, is missing.
    MissingFlag,
    /// A value of the wrong form: a bad duration, number, role or choice.
    InvalidValue,
    /// `ask` was given a command that does nothing to the tenant.
    NotAnAction,
}

/// A line that could not be parsed.
///
/// Displays as the message, then `. Did you mean 'x'?` when there is a
/// suggestion, then the command's usage on its own line when there is one:
///
/// ```text
/// unknown command 'usres'. Did you mean 'users'?
/// missing argument UPN
/// usage: user block-sign-in UPN
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub kind: ParseErrorKind,
    pub message: String,
    /// The usage line of the command the line was for, when it is known.
    pub usage: Option<String>,
    /// The closest valid word, when one is close enough to be a likely typo.
    pub suggestion: Option<String>,
}

impl ParseError {
    #[must_use]
    pub fn new(kind: ParseErrorKind, message: String) -> Self {
        Self { kind, message, usage: None, suggestion: None }
    }

    #[must_use]
    pub fn with_usage(mut self, usage: String) -> Self {
        self.usage = Some(usage);
        self
    }

    #[must_use]
    pub fn with_suggestion(mut self, suggestion: Option<String>) -> Self {
        self.suggestion = suggestion;
        self
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.message)?;
        if let Some(suggestion) = &self.suggestion {
            write!(formatter, ". Did you mean '{suggestion}'?")?;
        }
        if let Some(usage) = &self.usage {
            write!(formatter, "\nusage: {usage}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseError {}
