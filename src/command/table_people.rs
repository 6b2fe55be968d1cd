//! Commands that involve other people: telling users things, checking who
//! is calling, asking another admin, calling Microsoft support.

use super::render::{Rendered, render};
use super::spec::{ArgumentSpec, Arity, CommandSpec, Equivalents, FlagSpec, InPortal, InPowerShell, Portal, Section, ValueKind};
use super::table::{UPN, acted};
use super::values::{CHANNEL_NAMES, VERIFICATION_NAMES, VERIFICATIONS, name_of};
use super::{Command, DEFAULT_PASSWORD_MESSAGE, Problem};
use crate::action::{Action, Channel};
use crate::t;

pub(crate) const NOTIFY: CommandSpec = CommandSpec {
    name: "notify",
    section: Section::People,
    arguments: &[UPN, ArgumentSpec::repeated("MESSAGE", ValueKind::Message, Arity::OptionalRest)],
    flags: &[
        FlagSpec::valued("--via", "CHANNEL", ValueKind::Choice(CHANNEL_NAMES), |lang| t!(lang, "cmd-notify-flag-via")).required(),
        FlagSpec::valued("--to", "ADDRESS", ValueKind::Address, |lang| t!(lang, "cmd-notify-flag-to")),
        FlagSpec::switch("--password", |lang| t!(lang, "cmd-notify-flag-password")),
    ],
    summary: |lang| t!(lang, "cmd-notify-summary"),
    help: |lang| t!(lang, "cmd-notify-help"),
    examples: &["notify megan --via phone --password", "notify megan --via email --to megan@outlook.example Please call the helpdesk."],
    equivalents: Equivalents::new(
        InPortal::Nowhere(|lang| t!(lang, "cmd-notify-no-portal")),
        InPowerShell::Nowhere(|lang| t!(lang, "cmd-notify-no-powershell")),
    ),
    build: |arguments| {
        let user = arguments.text("UPN");
        let to = arguments.owned_value("--to");
        let via = arguments.value("--via").unwrap_or_default();
        let channel = match via {
            "phone" => Channel::Phone,
            "in-person" => Channel::InPerson,
            "sms" => Channel::Sms,
            _ => Channel::Email(to.clone().unwrap_or_else(|| user.clone())),
        };
        if to.is_some() && via != "email" {
            return Err(arguments.error(Problem::GoesWith { flag: "--to", with: "--via email", given: format!("--via {via}") }));
        }
        let include_password = arguments.has("--password");
        let message = arguments
            .joined("MESSAGE")
            .unwrap_or_else(|| if include_password { DEFAULT_PASSWORD_MESSAGE.to_string() } else { String::new() });
        Ok(Command::Act(Action::Notify { user, channel, include_password, message }))
    },
    render: |command| {
        let Action::Notify { user, channel, include_password, message } = acted(command)? else { return None };
        let (via, to) = match channel {
            Channel::Phone => ("phone", None),
            Channel::InPerson => ("in-person", None),
            Channel::Sms => ("sms", None),
            Channel::Email(address) => ("email", (address != user).then_some(address.as_str())),
        };
        let line = Rendered::new().positional(user).value("--via", Some(via)).value("--to", to).switch("--password", *include_password);
        // An empty message with --password must not come back as the default one.
        Some(if message.is_empty() && *include_password { line.trailing_word("") } else { line.trailing_text(message) })
    },
};

pub(crate) const VERIFY: CommandSpec = CommandSpec {
    name: "verify",
    section: Section::People,
    arguments: &[UPN],
    flags: &[FlagSpec::valued("--via", "WAY", ValueKind::Choice(VERIFICATION_NAMES), |lang| t!(lang, "cmd-verify-flag-via")).required()],
    summary: |lang| t!(lang, "cmd-verify-summary"),
    help: |lang| t!(lang, "cmd-verify-help"),
    examples: &["verify megan --via callback"],
    equivalents: Equivalents::new(
        InPortal::Nowhere(|lang| t!(lang, "cmd-verify-no-portal")),
        InPowerShell::Nowhere(|lang| t!(lang, "cmd-verify-no-powershell")),
    ),
    build: |arguments| {
        let via = arguments.named("--via", &VERIFICATIONS, VERIFICATION_NAMES).unwrap_or(crate::action::Verification::Callback);
        Ok(Command::Act(Action::VerifyCaller { user: arguments.text("UPN"), via }))
    },
    render: |command| match acted(command)? {
        Action::VerifyCaller { user, via } => {
            Some(Rendered::new().positional(user).value("--via", name_of(&VERIFICATIONS, VERIFICATION_NAMES, via)))
        }
        _ => None,
    },
};

pub(crate) const ASK: CommandSpec = CommandSpec {
    name: "ask",
    section: Section::People,
    arguments: &[UPN, ArgumentSpec::repeated("COMMAND", ValueKind::Command, Arity::OneOrMore)],
    flags: &[],
    summary: |lang| t!(lang, "cmd-ask-summary"),
    help: |lang| t!(lang, "cmd-ask-help"),
    examples: &["ask nestor user reset-password admin --password Tidal-Compass-Ready-58!"],
    equivalents: Equivalents::new(
        InPortal::Nowhere(|lang| t!(lang, "cmd-ask-no-portal")),
        InPowerShell::Nowhere(|lang| t!(lang, "cmd-ask-no-powershell")),
    ),
    build: |arguments| {
        let tokens = arguments.tokens("COMMAND");
        if tokens.first().is_some_and(|first| first.text.eq_ignore_ascii_case("ask")) {
            return Err(arguments.error(Problem::AskInAsk));
        }
        let Command::Act(action) = super::parse_tokens(tokens)? else {
            let name = tokens.first().map_or("", |token| token.text.as_str());
            return Err(arguments.error(Problem::NotAnAction { command: name.to_string() }));
        };
        Ok(Command::Ask { admin: arguments.text("UPN"), action })
    },
    render: |command| match command {
        Command::Ask { admin, action } => Some(Rendered::new().positional(admin).nested(render(&Command::Act(action.clone()))?)),
        _ => None,
    },
};

pub(crate) const SUPPORT_CALL: CommandSpec = CommandSpec {
    name: "support call",
    section: Section::People,
    arguments: &[],
    flags: &[FlagSpec::valued("--release", "UPN", ValueKind::User, |lang| t!(lang, "cmd-support-call-flag-release"))],
    summary: |lang| t!(lang, "cmd-support-call-summary"),
    help: |lang| t!(lang, "cmd-support-call-help"),
    examples: &["support call", "support call --release lynne"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-support-call-portal")),
        InPowerShell::Nowhere(|lang| t!(lang, "cmd-support-call-no-powershell")),
    ),
    build: |arguments| Ok(Command::SupportCall { release: arguments.owned_value("--release") }),
    render: |command| match command {
        Command::SupportCall { release } => Some(Rendered::new().value("--release", release.as_deref())),
        _ => None,
    },
};
