//! What a command declares about itself. Usage lines are generated from the
//! declaration so they always match what the parser accepts.

use super::arguments::Arguments;
use super::render::Rendered;
use super::{Command, ParseError};

/// Where a command is listed in help and in the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Session,
    Users,
    Mailboxes,
    OutboundProtection,
    Logs,
    Policies,
    People,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Users,
        Section::Mailboxes,
        Section::OutboundProtection,
        Section::Logs,
        Section::Policies,
        Section::People,
        Section::Session,
    ];

    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Section::Session => "Session",
            Section::Users => "Users",
            Section::Mailboxes => "Mailboxes",
            Section::OutboundProtection => "Outbound protection",
            Section::Logs => "Logs and alerts",
            Section::Policies => "Policies",
            Section::People => "People",
        }
    }
}

/// What a value is; completion offers candidates by kind and the reference
/// explains each placeholder by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// A user principal name or a unique alias.
    User,
    Role,
    /// An authentication method registered on the command's user.
    Method,
    /// An inbox rule of the command's user, by name or identity.
    Rule,
    /// A delegate of the command's user's mailbox.
    Delegate,
    Group,
    Protocol,
    Duration,
    Number,
    /// One word of text (quoted when it has spaces).
    Text,
    /// Text that runs to the end of the line.
    Message,
    Address,
    Phone,
    Password,
    /// One of these words.
    Choice(&'static [&'static str]),
    /// Comma-separated self-service reset methods.
    SsprMethods,
    /// A whole command line, which keeps its own flags.
    Command,
    /// A command or noun name, for help.
    Topic,
}

impl ValueKind {
    /// What a placeholder of this kind stands for, for the reference.
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            ValueKind::User => "a user principal name (`megan@contoso.com`) or an alias only one user has (`megan`)",
            ValueKind::Role => "an admin role: its alias (`global-admin`) or display name in quotes (`\"Global Administrator\"`)",
            ValueKind::Method => {
                "an authentication method: alternate-email, mobile-phone, office-phone, authenticator-app, security-questions or fido2"
            }
            ValueKind::Rule => "an inbox rule's name or rule identity, as `mailbox rules` shows them",
            ValueKind::Delegate => "a user who holds a right on the mailbox, as `mailbox delegates` shows them",
            ValueKind::Group => "a group's name",
            ValueKind::Protocol => "a mailbox protocol: owa, mapi, ews, activesync, imap or pop",
            ValueKind::Duration => {
                "a length of time: numbers with units, largest first, such as `90s`, `15m`, `90min`, `1h 30m`, `1 hour`, `2d` or `PT1H30M`"
            }
            ValueKind::Number => "a whole number",
            ValueKind::Text => "text; quote it if it has spaces",
            ValueKind::Message => "free text to the end of the line",
            ValueKind::Address => "an email address",
            ValueKind::Phone => "a phone number; quote it if it has spaces",
            ValueKind::Password => "a password; it must pass the tenant's password rules, and is masked in history",
            ValueKind::Choice(_) => "one of the listed words",
            ValueKind::SsprMethods => {
                "comma-separated methods, without spaces: mobile-app-notification, mobile-app-code, email, mobile-phone, office-phone, security-questions"
            }
            ValueKind::Command => "a whole command, with its own arguments and flags",
            ValueKind::Topic => "a command or noun, such as `user reset-password` or `mailbox`",
        }
    }

    /// Whether the value swallows the rest of the line unparsed.
    #[must_use]
    pub const fn is_raw(self) -> bool {
        matches!(self, ValueKind::Command | ValueKind::Topic)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arity {
    Required,
    Optional,
    /// One or more values, to the end of the line.
    OneOrMore,
    /// Any number of values, to the end of the line.
    AnyNumber,
    /// One value written as the rest of the line, such as `1h 30m`.
    Rest,
    /// Like [`Arity::Rest`], but the line may end before it.
    OptionalRest,
}

impl Arity {
    /// Whether the argument takes every remaining word.
    #[must_use]
    pub const fn is_repeated(self) -> bool {
        matches!(self, Arity::OneOrMore | Arity::AnyNumber | Arity::Rest | Arity::OptionalRest)
    }

    #[must_use]
    pub const fn is_required(self) -> bool {
        matches!(self, Arity::Required | Arity::OneOrMore | Arity::Rest)
    }
}

/// A positional argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArgumentSpec {
    pub placeholder: &'static str,
    pub kind: ValueKind,
    pub arity: Arity,
}

impl ArgumentSpec {
    #[must_use]
    pub const fn required(placeholder: &'static str, kind: ValueKind) -> Self {
        Self { placeholder, kind, arity: Arity::Required }
    }
    #[must_use]
    pub const fn optional(placeholder: &'static str, kind: ValueKind) -> Self {
        Self { placeholder, kind, arity: Arity::Optional }
    }
    #[must_use]
    pub const fn repeated(placeholder: &'static str, kind: ValueKind, arity: Arity) -> Self {
        Self { placeholder, kind, arity }
    }

    fn usage(&self) -> String {
        match self.arity {
            Arity::Required | Arity::Rest => self.placeholder.to_string(),
            Arity::Optional | Arity::OptionalRest => format!("[{}]", self.placeholder),
            Arity::OneOrMore => format!("{}...", self.placeholder),
            Arity::AnyNumber => format!("[{}...]", self.placeholder),
        }
    }
}

/// How a flag combines with the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagUse {
    Optional,
    Required,
    /// At most one of the adjacent flags with this use may be given;
    /// `required` means exactly one.
    Alternative {
        required: bool,
    },
}

/// What a flag that takes a value expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlagValue {
    pub placeholder: &'static str,
    pub kind: ValueKind,
}

impl FlagValue {
    /// `none|selected|all` for a choice, else the placeholder.
    #[must_use]
    pub fn usage(&self) -> String {
        match self.kind {
            ValueKind::Choice(choices) => choices.join("|"),
            _ => self.placeholder.to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlagSpec {
    /// With its leading `--`.
    pub name: &'static str,
    pub value: Option<FlagValue>,
    pub usage: FlagUse,
    /// The value is a password: masked in history and session files.
    pub secret: bool,
    pub help: &'static str,
}

impl FlagSpec {
    /// A flag without a value.
    #[must_use]
    pub const fn switch(name: &'static str, help: &'static str) -> Self {
        Self { name, value: None, usage: FlagUse::Optional, secret: false, help }
    }
    #[must_use]
    pub const fn valued(name: &'static str, placeholder: &'static str, kind: ValueKind, help: &'static str) -> Self {
        Self { name, value: Some(FlagValue { placeholder, kind }), usage: FlagUse::Optional, secret: false, help }
    }
    #[must_use]
    pub const fn required(mut self) -> Self {
        self.usage = FlagUse::Required;
        self
    }
    #[must_use]
    pub const fn alternative(mut self, required: bool) -> Self {
        self.usage = FlagUse::Alternative { required };
        self
    }
    #[must_use]
    pub const fn secret(mut self) -> Self {
        self.secret = true;
        self
    }

    /// `--password PW`, or just `--auto`.
    #[must_use]
    pub fn usage_text(&self) -> String {
        match &self.value {
            Some(value) => format!("{} {}", self.name, value.usage()),
            None => self.name.to_string(),
        }
    }
}

/// One part of a usage line, and what fills it (for inline hints).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct UsagePart {
    pub text: String,
    pub fills: UsageFill,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum UsageFill {
    /// The positional argument with this index.
    Argument(usize),
    /// Any of these flags.
    Flags(Vec<&'static str>),
}

/// A command: declared once, read by everything.
#[derive(Debug, Clone, Copy)]
pub struct CommandSpec {
    /// One word, or `noun verb`.
    pub name: &'static str,
    pub section: Section,
    pub arguments: &'static [ArgumentSpec],
    pub flags: &'static [FlagSpec],
    pub summary: &'static str,
    pub help: &'static str,
    /// Each parses; the reference shows them and a test runs them all.
    pub examples: &'static [&'static str],
    pub build: fn(&Arguments) -> Result<Command, ParseError>,
    /// The words after the name that make this command, or `None` when the
    /// command is not one this spec expresses.
    pub render: fn(&Command) -> Option<Rendered>,
}

impl CommandSpec {
    /// The noun of a `noun verb` name.
    #[must_use]
    pub fn noun(&self) -> Option<&'static str> {
        self.name.split_once(' ').map(|(noun, _)| noun)
    }

    /// The verb of a `noun verb` name, or the one word.
    #[must_use]
    pub fn verb(&self) -> &'static str {
        self.name.split_once(' ').map_or(self.name, |(_, verb)| verb)
    }

    #[must_use]
    pub fn flag(&self, name: &str) -> Option<&'static FlagSpec> {
        self.flags.iter().find(|flag| flag.name.eq_ignore_ascii_case(name))
    }

    /// `user reset-password UPN [--auto | --password PW] [--no-require-change] [--email-to ADDRESS]`.
    #[must_use]
    pub fn usage(&self) -> String {
        let mut line = self.name.to_string();
        for part in self.usage_parts() {
            line.push(' ');
            line.push_str(&part.text);
        }
        line
    }

    /// Single positionals, then flags, then the words that run to the end.
    pub(crate) fn usage_parts(&self) -> Vec<UsagePart> {
        let mut parts = Vec::new();
        let argument_part =
            |(index, argument): (usize, &ArgumentSpec)| UsagePart { text: argument.usage(), fills: UsageFill::Argument(index) };
        parts.extend(self.arguments.iter().enumerate().filter(|(_, argument)| !argument.arity.is_repeated()).map(argument_part));
        for group in self.flag_groups() {
            let names = group.flags.iter().map(|flag| flag.name).collect();
            let texts: Vec<String> = group.flags.iter().map(|flag| flag.usage_text()).collect();
            let text = match (group.required, group.flags.len()) {
                (true, 1) => texts.join(""),
                (true, _) => format!("({})", texts.join(" | ")),
                (false, _) => format!("[{}]", texts.join(" | ")),
            };
            parts.push(UsagePart { text, fills: UsageFill::Flags(names) });
        }
        parts.extend(self.arguments.iter().enumerate().filter(|(_, argument)| argument.arity.is_repeated()).map(argument_part));
        parts
    }

    /// Flags that stand alone, and runs of adjacent alternatives.
    pub(crate) fn flag_groups(&self) -> Vec<FlagGroup> {
        let mut groups: Vec<FlagGroup> = Vec::new();
        for flag in self.flags {
            match flag.usage {
                FlagUse::Alternative { required } => match groups.last_mut() {
                    Some(group) if group.alternative && group.required == required => group.flags.push(flag),
                    _ => groups.push(FlagGroup { flags: vec![flag], required, alternative: true }),
                },
                FlagUse::Optional => groups.push(FlagGroup { flags: vec![flag], required: false, alternative: false }),
                FlagUse::Required => groups.push(FlagGroup { flags: vec![flag], required: true, alternative: false }),
            }
        }
        groups
    }
}

pub(crate) struct FlagGroup {
    pub flags: Vec<&'static FlagSpec>,
    pub required: bool,
    pub alternative: bool,
}
