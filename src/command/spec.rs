//! What a command declares about itself. Usage lines are generated from the
//! declaration so they always match what the parser accepts.

use super::arguments::Arguments;
use super::render::Rendered;
use super::{Command, ParseError};
use crate::i18n::Lang;
use crate::t;

/// A text of the command table in a language: a function whose body names
/// its message by a literal id (`|lang| t!(lang, "cmd-users-summary")`), so
/// the catalogue checks see every id the table uses.
pub(crate) type HelpText = fn(Lang) -> String;

/// Where a command is listed in help and in the reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Session,
    Users,
    Mailboxes,
    OutboundProtection,
    Logs,
    Policies,
    Applications,
    People,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Users,
        Section::Mailboxes,
        Section::OutboundProtection,
        Section::Logs,
        Section::Policies,
        Section::Applications,
        Section::People,
        Section::Session,
    ];

    /// The section's heading in help and the reference.
    #[must_use]
    pub(crate) fn title(self, lang: Lang) -> String {
        match self {
            Section::Session => t!(lang, "cmd-section-session"),
            Section::Users => t!(lang, "cmd-section-users"),
            Section::Mailboxes => t!(lang, "cmd-section-mailboxes"),
            Section::OutboundProtection => t!(lang, "cmd-section-outbound-protection"),
            Section::Logs => t!(lang, "cmd-section-logs"),
            Section::Policies => t!(lang, "cmd-section-policies"),
            Section::Applications => t!(lang, "cmd-section-applications"),
            Section::People => t!(lang, "cmd-section-people"),
        }
    }
}

/// One of Microsoft's admin portals, where an admin does by menu what a
/// command does here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Portal {
    Microsoft365,
    Entra,
    Exchange,
    Defender,
    Purview,
}

impl Portal {
    /// "In the Microsoft 365 admin center:", as a heading in help.
    #[must_use]
    pub fn heading(self, lang: Lang) -> String {
        match self {
            Portal::Microsoft365 => t!(lang, "cmd-where-microsoft365"),
            Portal::Entra => t!(lang, "cmd-where-entra"),
            Portal::Exchange => t!(lang, "cmd-where-exchange"),
            Portal::Defender => t!(lang, "cmd-where-defender"),
            Portal::Purview => t!(lang, "cmd-where-purview"),
        }
    }
}

/// Where an admin does the same thing in a portal.
#[derive(Debug, Clone, Copy)]
pub enum InPortal {
    /// A menu path, in the portal's own labels for the language
    /// (`Users > Active users > select the user > Reset password`).
    Path(Portal, HelpText),
    /// No admin portal does it; the text says why, and where it is done
    /// instead when somewhere is.
    Nowhere(HelpText),
}

/// The same thing in Exchange Online or Microsoft Graph PowerShell.
#[derive(Debug, Clone, Copy)]
pub enum InPowerShell {
    /// Cmdlet lines as an admin types them, the same in every language;
    /// `<user>` and the like stand for what to fill in.
    Lines(&'static [&'static str]),
    /// No cmdlet does it; the text says why.
    Nowhere(HelpText),
}

/// What a command does, said with Microsoft's own tools, so what the
/// trainee learns here carries over to a real tenant.
#[derive(Debug, Clone, Copy)]
pub struct Equivalents {
    pub portal: InPortal,
    pub powershell: InPowerShell,
}

impl Equivalents {
    #[must_use]
    pub const fn new(portal: InPortal, powershell: InPowerShell) -> Self {
        Self { portal, powershell }
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
    /// An enterprise application: display name, Application ID or object ID.
    App,
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
    /// Comma-separated named locations (Conditional Access).
    NamedLocations,
    /// A whole command line, which keeps its own flags.
    Command,
    /// A command or noun name, for help.
    Topic,
}

impl ValueKind {
    /// What a placeholder of this kind stands for, for the reference.
    #[must_use]
    pub fn description(self, lang: Lang) -> String {
        match self {
            ValueKind::User => t!(lang, "cmd-value-user"),
            ValueKind::Role => t!(lang, "cmd-value-role"),
            ValueKind::Method => t!(lang, "cmd-value-method"),
            ValueKind::Rule => t!(lang, "cmd-value-rule"),
            ValueKind::Delegate => t!(lang, "cmd-value-delegate"),
            ValueKind::Group => t!(lang, "cmd-value-group"),
            ValueKind::App => t!(lang, "cmd-value-app"),
            ValueKind::Protocol => t!(lang, "cmd-value-protocol"),
            ValueKind::Duration => t!(lang, "cmd-value-duration"),
            ValueKind::Number => t!(lang, "cmd-value-number"),
            ValueKind::Text => t!(lang, "cmd-value-text"),
            ValueKind::Message => t!(lang, "cmd-value-message"),
            ValueKind::Address => t!(lang, "cmd-value-address"),
            ValueKind::Phone => t!(lang, "cmd-value-phone"),
            ValueKind::Password => t!(lang, "cmd-value-password"),
            ValueKind::Choice(_) => t!(lang, "cmd-value-choice"),
            ValueKind::SsprMethods => t!(lang, "cmd-value-sspr-methods"),
            ValueKind::NamedLocations => t!(lang, "cmd-value-named-locations"),
            ValueKind::Command => t!(lang, "cmd-value-command"),
            ValueKind::Topic => t!(lang, "cmd-value-topic"),
        }
    }

    /// Whether the value swallows the rest of the line unparsed.
    #[must_use]
    pub(crate) const fn is_raw(self) -> bool {
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
    pub(crate) const fn is_repeated(self) -> bool {
        matches!(self, Arity::OneOrMore | Arity::AnyNumber | Arity::Rest | Arity::OptionalRest)
    }

    #[must_use]
    pub(crate) const fn is_required(self) -> bool {
        matches!(self, Arity::Required | Arity::OneOrMore | Arity::Rest)
    }
}

/// A positional argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArgumentSpec {
    pub placeholder: &'static str,
    pub kind: ValueKind,
    pub(crate) arity: Arity,
}

impl ArgumentSpec {
    #[must_use]
    pub(crate) const fn required(placeholder: &'static str, kind: ValueKind) -> Self {
        Self { placeholder, kind, arity: Arity::Required }
    }
    #[must_use]
    pub(crate) const fn optional(placeholder: &'static str, kind: ValueKind) -> Self {
        Self { placeholder, kind, arity: Arity::Optional }
    }
    #[must_use]
    pub(crate) const fn repeated(placeholder: &'static str, kind: ValueKind, arity: Arity) -> Self {
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
    pub(crate) fn usage(&self) -> String {
        match self.kind {
            ValueKind::Choice(choices) => choices.join("|"),
            _ => self.placeholder.to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct FlagSpec {
    /// With its leading `--`.
    pub name: &'static str,
    pub value: Option<FlagValue>,
    pub usage: FlagUse,
    /// The value is a password: masked in history and session files.
    pub secret: bool,
    pub help: HelpText,
}

impl FlagSpec {
    /// A flag without a value.
    #[must_use]
    pub(crate) const fn switch(name: &'static str, help: HelpText) -> Self {
        Self { name, value: None, usage: FlagUse::Optional, secret: false, help }
    }
    #[must_use]
    pub(crate) const fn valued(name: &'static str, placeholder: &'static str, kind: ValueKind, help: HelpText) -> Self {
        Self { name, value: Some(FlagValue { placeholder, kind }), usage: FlagUse::Optional, secret: false, help }
    }
    #[must_use]
    pub(crate) const fn required(mut self) -> Self {
        self.usage = FlagUse::Required;
        self
    }
    #[must_use]
    pub(crate) const fn alternative(mut self, required: bool) -> Self {
        self.usage = FlagUse::Alternative { required };
        self
    }
    #[must_use]
    pub(crate) const fn secret(mut self) -> Self {
        self.secret = true;
        self
    }

    /// `--password PW`, or just `--auto`.
    #[must_use]
    pub(crate) fn usage_text(&self) -> String {
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
    /// One line, for lists.
    pub summary: HelpText,
    /// What the command does, in full; Markdown code spans for commands.
    pub help: HelpText,
    /// Each parses; the reference shows them and a test runs them all.
    pub examples: &'static [&'static str],
    /// Where the same is done in Microsoft's portals and PowerShell.
    pub equivalents: Equivalents,
    pub build: fn(&Arguments) -> Result<Command, ParseError>,
    /// The words after the name that make this command, or `None` when the
    /// command is not one this spec expresses.
    pub render: fn(&Command) -> Option<Rendered>,
}

impl CommandSpec {
    /// The noun of a `noun verb` name.
    #[must_use]
    pub(crate) fn noun(&self) -> Option<&'static str> {
        self.name.split_once(' ').map(|(noun, _)| noun)
    }

    /// The verb of a `noun verb` name, or the one word.
    #[must_use]
    pub(crate) fn verb(&self) -> &'static str {
        self.name.split_once(' ').map_or(self.name, |(_, verb)| verb)
    }

    #[must_use]
    pub(crate) fn flag(&self, name: &str) -> Option<&'static FlagSpec> {
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
    pub(crate) alternative: bool,
}
