//! Commands that involve other people: telling users things, checking who
//! is calling, asking another admin, calling Microsoft support.

use super::render::{Rendered, render};
use super::spec::{ArgumentSpec, Arity, CommandSpec, FlagSpec, Section, ValueKind};
use super::table::{UPN, acted};
use super::values::{CHANNEL_NAMES, VERIFICATION_NAMES, VERIFICATIONS, name_of};
use super::{Command, DEFAULT_PASSWORD_MESSAGE, ParseErrorKind};
use crate::action::{Action, Channel};

pub const NOTIFY: CommandSpec = CommandSpec {
    name: "notify",
    section: Section::People,
    arguments: &[UPN, ArgumentSpec::repeated("MESSAGE", ValueKind::Message, Arity::OptionalRest)],
    flags: &[
        FlagSpec::valued("--via", "CHANNEL", ValueKind::Choice(CHANNEL_NAMES), "how the message reaches the person").required(),
        FlagSpec::valued("--to", "ADDRESS", ValueKind::Address, "with --via email: send here instead of the user's mailbox"),
        FlagSpec::switch("--password", "include the password you set for the user"),
    ],
    summary: "Tell a user something, optionally their new password.",
    help: "With `--via phone` or `sms` the message goes to the number on file; with `email`, to the user's mailbox unless \
           `--to` names another address. MESSAGE is the rest of the line; with --password and no message it says \"Your password was reset.\" \
           Whoever receives a password learns it: anyone reading the mailbox, and any address it forwards to.",
    examples: &["notify megan --via phone --password", "notify megan --via email --to megan@outlook.example Please call the helpdesk."],
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
            return Err(arguments.error(ParseErrorKind::ConflictingFlags, format!("--to goes with --via email, not --via {via}")));
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

pub const VERIFY: CommandSpec = CommandSpec {
    name: "verify",
    section: Section::People,
    arguments: &[UPN],
    flags: &[FlagSpec::valued("--via", "WAY", ValueKind::Choice(VERIFICATION_NAMES), "how to check").required()],
    summary: "Check through a trusted channel that a caller really is this user.",
    help: "`callback` hangs up and calls the number on file, `manager` asks the user's manager, `in-person` sees the person \
           with identification. Do it before acting on a request that arrived by phone or mail.",
    examples: &["verify megan --via callback"],
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

pub const ASK: CommandSpec = CommandSpec {
    name: "ask",
    section: Section::People,
    arguments: &[UPN, ArgumentSpec::repeated("COMMAND", ValueKind::Command, Arity::OneOrMore)],
    flags: &[],
    summary: "Ask another admin to run a command for you.",
    help: "UPN is the other admin. They act with their own roles, after a delay; use it when you lack a permission, or \
           when you cannot sign in yourself. COMMAND is any command that acts on the tenant, with its own flags. A new \
           password they set is theirs to pass on: you see it only when it is your own (they read it to you). Calls and \
           alerts that come in meanwhile are shown at their time.",
    examples: &["ask nestor user reset-password admin --password Tidal-Compass-Ready-58!"],
    build: |arguments| {
        let tokens = arguments.tokens("COMMAND");
        if tokens.first().is_some_and(|first| first.text.eq_ignore_ascii_case("ask")) {
            return Err(arguments.error(ParseErrorKind::NotAnAction, "ask cannot carry another ask".to_string()));
        }
        let Command::Act(action) = super::parse_tokens(tokens)? else {
            let name = tokens.first().map_or("", |token| token.text.as_str());
            let message = format!("'{name}' does nothing in the tenant, so nobody can be asked to do it");
            return Err(arguments.error(ParseErrorKind::NotAnAction, message));
        };
        Ok(Command::Ask { admin: arguments.text("UPN"), action })
    },
    render: |command| match command {
        Command::Ask { admin, action } => Some(Rendered::new().positional(admin).nested(render(&Command::Act(action.clone()))?)),
        _ => None,
    },
};

pub const SUPPORT_CALL: CommandSpec = CommandSpec {
    name: "support call",
    section: Section::People,
    arguments: &[],
    flags: &[FlagSpec::valued("--release", "UPN", ValueKind::User, "ask support to release this restricted sender")],
    summary: "Call Microsoft support.",
    help: "Support can do what no admin in the tenant can, but it takes a long time: a last resort. Without a flag, support \
           verifies that you own the tenant and resets your own password (when no Global Administrator can sign in). With \
           --release, support releases a restricted sender that admins can no longer release (past the release limit).",
    examples: &["support call", "support call --release lynne"],
    build: |arguments| Ok(Command::SupportCall { release: arguments.owned_value("--release") }),
    render: |command| match command {
        Command::SupportCall { release } => Some(Rendered::new().value("--release", release.as_deref())),
        _ => None,
    },
};
