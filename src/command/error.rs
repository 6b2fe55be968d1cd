//! Why a line did not parse, as facts ([`Problem`]), and said in the
//! trainee's language so that they can fix it.

use super::suggest::{all_of, one_of};
use crate::i18n::Lang;
use crate::t;
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

/// What exactly is wrong with a line: the facts a message needs. Command
/// words, flags and placeholders are the language's own and are quoted as
/// they are in every language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    TooLong {
        bytes: usize,
        limit: usize,
    },
    /// The quote character and the column (counted in characters from 1)
    /// where it opens.
    UnterminatedQuote {
        quote: char,
        column: usize,
    },
    UnknownCommand {
        word: String,
    },
    /// A PowerShell cmdlet typed where a command was expected, and the
    /// commands whose equivalent it is.
    CmdletNotCommand {
        cmdlet: String,
        commands: Vec<&'static str>,
    },
    MissingVerb {
        noun: String,
        verbs: Vec<&'static str>,
    },
    UnknownVerb {
        verb: String,
        noun: String,
        verbs: Vec<&'static str>,
    },
    MissingArgument {
        placeholder: &'static str,
    },
    UnexpectedArgument {
        word: String,
    },
    UnknownFlag {
        flag: String,
        command: &'static str,
    },
    DuplicateFlag {
        flag: &'static str,
    },
    UnexpectedFlagValue {
        flag: &'static str,
    },
    /// `usage` is what the value looks like (`PW`, `yes|no`).
    MissingFlagValue {
        flag: &'static str,
        usage: String,
    },
    /// Flags that exclude each other, as given.
    FlagsTogether {
        flags: Vec<&'static str>,
    },
    MissingFlag {
        flag: &'static str,
    },
    /// Exactly one of these flags is needed.
    OneOfFlags {
        flags: Vec<&'static str>,
    },
    /// At least one of these flags is needed (`give A, B or both`).
    AnyOfFlags {
        flags: Vec<&'static str>,
    },
    /// A command that changes settings was given none.
    NothingToChange,
    /// A flag's value needs another flag (`--scope selected` needs `--group GROUP`).
    NeedsFlag {
        given: String,
        needed: &'static str,
    },
    /// A flag goes only with one value of another flag (`--to` with
    /// `--via email`, not `--via sms`).
    GoesWith {
        flag: &'static str,
        with: &'static str,
        given: String,
    },
    InvalidChoice {
        value: String,
        flag: String,
        choices: Vec<&'static str>,
    },
    UnknownRole {
        role: String,
        command: &'static str,
    },
    UnknownMethod {
        method: String,
        choices: Vec<&'static str>,
    },
    UnknownProtocol {
        protocol: String,
        choices: Vec<&'static str>,
    },
    InvalidDuration {
        text: String,
    },
    InvalidNumber {
        text: String,
        flag: String,
        maximum: String,
    },
    /// A self-service reset method in a comma-separated list.
    UnknownSsprMethod {
        method: String,
        flag: String,
        choices: Vec<&'static str>,
    },
    /// `ask` carrying another `ask`.
    AskInAsk,
    /// `ask` carrying a command that does nothing in the tenant.
    NotAnAction {
        command: String,
    },
}

impl Problem {
    /// The kind of mistake this is.
    #[must_use]
    pub const fn kind(&self) -> ParseErrorKind {
        match self {
            Problem::Empty => ParseErrorKind::Empty,
            Problem::TooLong { .. } => ParseErrorKind::TooLong,
            Problem::UnterminatedQuote { .. } => ParseErrorKind::UnterminatedQuote,
            Problem::UnknownCommand { .. } | Problem::CmdletNotCommand { .. } => ParseErrorKind::UnknownCommand,
            Problem::MissingVerb { .. } => ParseErrorKind::MissingVerb,
            Problem::UnknownVerb { .. } => ParseErrorKind::UnknownVerb,
            Problem::MissingArgument { .. } => ParseErrorKind::MissingArgument,
            Problem::UnexpectedArgument { .. } => ParseErrorKind::UnexpectedArgument,
            Problem::UnknownFlag { .. } => ParseErrorKind::UnknownFlag,
            Problem::DuplicateFlag { .. } => ParseErrorKind::DuplicateFlag,
            Problem::UnexpectedFlagValue { .. } => ParseErrorKind::UnexpectedFlagValue,
            Problem::MissingFlagValue { .. } => ParseErrorKind::MissingFlagValue,
            Problem::FlagsTogether { .. } | Problem::GoesWith { .. } => ParseErrorKind::ConflictingFlags,
            Problem::MissingFlag { .. }
            | Problem::OneOfFlags { .. }
            | Problem::AnyOfFlags { .. }
            | Problem::NothingToChange
            | Problem::NeedsFlag { .. } => ParseErrorKind::MissingFlag,
            Problem::InvalidChoice { .. }
            | Problem::UnknownRole { .. }
            | Problem::UnknownMethod { .. }
            | Problem::UnknownProtocol { .. }
            | Problem::InvalidDuration { .. }
            | Problem::InvalidNumber { .. }
            | Problem::UnknownSsprMethod { .. } => ParseErrorKind::InvalidValue,
            Problem::AskInAsk | Problem::NotAnAction { .. } => ParseErrorKind::NotAnAction,
        }
    }

    /// The problem in words. `suggested` says whether a "did you mean"
    /// follows, in which case the message leaves out its pointer to help.
    #[must_use]
    pub fn message(&self, lang: Lang, suggested: bool) -> String {
        match self {
            Problem::Empty => t!(lang, "cmd-error-empty"),
            Problem::TooLong { bytes, limit } => t!(lang, "cmd-error-too-long", bytes = bytes, limit = limit),
            Problem::UnterminatedQuote { quote, column } => {
                t!(lang, "cmd-error-unterminated-quote", quote = quote.to_string(), column = column)
            }
            Problem::UnknownCommand { word } if suggested => t!(lang, "cmd-error-unknown-command", word = word),
            Problem::UnknownCommand { word } => t!(lang, "cmd-error-unknown-command-help", word = word),
            Problem::CmdletNotCommand { cmdlet, commands } => {
                let quoted: Vec<String> = commands.iter().map(|command| format!("'{command}'")).collect();
                let quoted: Vec<&str> = quoted.iter().map(String::as_str).collect();
                t!(lang, "cmd-error-cmdlet", cmdlet = cmdlet, commands = one_of(&quoted, lang), command = help_topic(commands))
            }
            Problem::MissingVerb { noun, verbs } => t!(lang, "cmd-error-missing-verb", noun = noun, verbs = verbs.join(", ")),
            Problem::UnknownVerb { verb, noun, .. } if suggested => t!(lang, "cmd-error-unknown-verb", verb = verb, noun = noun),
            Problem::UnknownVerb { verb, noun, verbs } => {
                t!(lang, "cmd-error-unknown-verb-list", verb = verb, noun = noun, verbs = verbs.join(", "))
            }
            Problem::MissingArgument { placeholder } => t!(lang, "cmd-error-missing-argument", placeholder = placeholder),
            Problem::UnexpectedArgument { word } => t!(lang, "cmd-error-unexpected-argument", word = word),
            Problem::UnknownFlag { flag, command } => t!(lang, "cmd-error-unknown-flag", flag = flag, command = command),
            Problem::DuplicateFlag { flag } => t!(lang, "cmd-error-duplicate-flag", flag = flag),
            Problem::UnexpectedFlagValue { flag } => t!(lang, "cmd-error-unexpected-flag-value", flag = flag),
            Problem::MissingFlagValue { flag, usage } => t!(lang, "cmd-error-missing-flag-value", flag = flag, usage = usage),
            Problem::FlagsTogether { flags } => t!(lang, "cmd-error-flags-together", flags = all_of(flags, lang)),
            Problem::MissingFlag { flag } => t!(lang, "cmd-error-missing-flag", flag = flag),
            Problem::OneOfFlags { flags } => t!(lang, "cmd-error-one-of-flags", flags = one_of(flags, lang)),
            Problem::AnyOfFlags { flags } => t!(lang, "cmd-error-any-of-flags", flags = flags.join(", ")),
            Problem::NothingToChange => t!(lang, "cmd-error-nothing-to-change"),
            Problem::NeedsFlag { given, needed } => t!(lang, "cmd-error-needs-flag", given = given, needed = needed),
            Problem::GoesWith { flag, with, given } => t!(lang, "cmd-error-goes-with", flag = flag, with = with, given = given),
            Problem::InvalidChoice { value, flag, choices } => {
                t!(lang, "cmd-error-invalid-choice", value = value, flag = flag, choices = one_of(choices, lang))
            }
            Problem::UnknownRole { role, .. } if suggested => t!(lang, "cmd-error-unknown-role", role = role),
            Problem::UnknownRole { role, command } => t!(lang, "cmd-error-unknown-role-help", role = role, command = command),
            Problem::UnknownMethod { method, choices } => {
                t!(lang, "cmd-error-unknown-method", method = method, choices = one_of(choices, lang))
            }
            Problem::UnknownProtocol { protocol, choices } => {
                t!(lang, "cmd-error-unknown-protocol", protocol = protocol, choices = one_of(choices, lang))
            }
            Problem::InvalidDuration { text } => t!(lang, "cmd-error-invalid-duration", text = text),
            Problem::InvalidNumber { text, flag, maximum } => {
                t!(lang, "cmd-error-invalid-number", text = text, flag = flag, maximum = maximum)
            }
            Problem::UnknownSsprMethod { method, flag, choices } => {
                t!(lang, "cmd-error-unknown-sspr-method", method = method, flag = flag, choices = one_of(choices, lang))
            }
            Problem::AskInAsk => t!(lang, "cmd-error-ask-in-ask"),
            Problem::NotAnAction { command } => t!(lang, "cmd-error-not-an-action", command = command),
        }
    }
}

/// What to ask help about for these commands: the one command, or the noun
/// they share (`help user` lists them), or the first.
fn help_topic(commands: &[&'static str]) -> &'static str {
    let noun = |name: &'static str| name.split_once(' ').map(|(noun, _)| noun);
    match commands {
        [] => "",
        [only] => only,
        [first, rest @ ..] => match noun(first) {
            Some(shared) if rest.iter().all(|name| noun(name) == Some(shared)) => shared,
            _ => first,
        },
    }
}

/// A line that could not be parsed.
///
/// Displays (in English; [`ParseError::render`] in another language) as
/// the message, then `. Did you mean 'x'?` when there is a suggestion, then
/// the command's usage on its own line when there is one:
///
/// ```text
/// unknown command 'usres'. Did you mean 'users'?
/// missing argument UPN
/// usage: user block-sign-in UPN
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub kind: ParseErrorKind,
    /// Boxed: a parse result stays small on the happy path.
    pub problem: Box<Problem>,
    /// The usage line of the command the line was for, when it is known.
    pub usage: Option<String>,
    /// The closest valid word, when one is close enough to be a likely typo.
    pub suggestion: Option<String>,
}

impl ParseError {
    #[must_use]
    pub(crate) fn new(problem: Problem) -> Self {
        Self { kind: problem.kind(), problem: Box::new(problem), usage: None, suggestion: None }
    }

    #[must_use]
    pub(crate) fn with_usage(mut self, usage: String) -> Self {
        self.usage = Some(usage);
        self
    }

    #[must_use]
    pub(crate) fn with_suggestion(mut self, suggestion: Option<String>) -> Self {
        self.suggestion = suggestion;
        self
    }

    /// The message alone, without suggestion or usage.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        self.problem.message(lang, self.suggestion.is_some())
    }

    /// The whole error in `lang`: message, suggestion, usage line.
    #[must_use]
    pub fn render(&self, lang: Lang) -> String {
        let message = self.message(lang);
        let mut text = if let Some(suggestion) = &self.suggestion {
            t!(lang, "cmd-error-did-you-mean", message = message, suggestion = suggestion)
        } else {
            message
        };
        if let Some(usage) = &self.usage {
            text.push('\n');
            text.push_str(&t!(lang, "cmd-usage", usage = usage));
        }
        text
    }

    /// The error as a reply at the prompt: `error: ` and [`Self::render`].
    #[must_use]
    pub(crate) fn reply(&self, lang: Lang) -> String {
        t!(lang, "cmd-error-reply", error = self.render(lang))
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.render(Lang::En))
    }
}

impl std::error::Error for ParseError {}
