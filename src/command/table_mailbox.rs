//! Commands about Exchange Online mailboxes: forwarding, inbox rules,
//! delegates, protocols and the message trace.

use super::render::Rendered;
use super::spec::{ArgumentSpec, Arity, CommandSpec, FlagSpec, Section, ValueKind};
use super::table::{UPN, acted};
use super::values::{ACCESS_RIGHT_NAMES, ACCESS_RIGHTS, name_of};
use super::{Arguments, Command, ParseError};
use crate::action::Action;
use crate::tenant::mailbox::{AccessRight, Protocol};

const RULE: ArgumentSpec = ArgumentSpec::required("RULE", ValueKind::Rule);
const RULE_HELP: &str = "RULE is the rule's name (quote it if it has spaces) or its rule identity, as `mailbox rules` shows them.";

/// A command on one mailbox, with the mailbox's user as its first argument.
const fn about_mailbox(
    name: &'static str,
    arguments: &'static [ArgumentSpec],
    summary: &'static str,
    help: &'static str,
    examples: &'static [&'static str],
    build: fn(&Arguments) -> Result<Command, ParseError>,
    render: fn(&Command) -> Option<Rendered>,
) -> CommandSpec {
    CommandSpec { name, section: Section::Mailboxes, arguments, flags: &[], summary, help, examples, build, render }
}

pub const SHOW: CommandSpec = about_mailbox(
    "mailbox show",
    &[UPN],
    "Show a mailbox's forwarding, protocols and counts of rules and delegates.",
    "Forwarding has two addresses: ForwardingAddress (an internal recipient) and ForwardingSmtpAddress (any address, often \
     outside); the first wins when both are set.",
    &["mailbox show megan"],
    |arguments| Ok(Command::Act(Action::ShowMailbox { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ShowMailbox { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub const CLEAR_FORWARDING: CommandSpec = about_mailbox(
    "mailbox clear-forwarding",
    &[UPN],
    "Remove a mailbox's forwarding addresses.",
    "Clears ForwardingAddress and ForwardingSmtpAddress and turns off DeliverToMailboxAndForward. Inbox rules that forward \
     are separate: see `mailbox rules`.",
    &["mailbox clear-forwarding megan"],
    |arguments| Ok(Command::Act(Action::ClearForwarding { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ClearForwarding { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub const RULES: CommandSpec = CommandSpec {
    flags: &[FlagSpec::switch("--hidden", "include hidden rules, which Outlook does not show")],
    ..about_mailbox(
        "mailbox rules",
        &[UPN],
        "List a mailbox's inbox rules.",
        "Shows each rule's identity, name, priority, whether it is enabled, its conditions and actions. Rules can be hidden \
         from Outlook; only `--hidden` lists them.",
        &["mailbox rules megan", "mailbox rules megan --hidden"],
        |arguments| Ok(Command::Act(Action::ListRules { user: arguments.text("UPN"), include_hidden: arguments.has("--hidden") })),
        |command| match acted(command)? {
            Action::ListRules { user, include_hidden } => Some(Rendered::new().positional(user).switch("--hidden", *include_hidden)),
            _ => None,
        },
    )
};

pub const DISABLE_RULE: CommandSpec = about_mailbox(
    "mailbox disable-rule",
    &[UPN, RULE],
    "Turn an inbox rule off without deleting it.",
    RULE_HELP,
    &["mailbox disable-rule megan \"Invoices to Alex\""],
    |arguments| Ok(Command::Act(Action::DisableRule { user: arguments.text("UPN"), rule: arguments.text("RULE") })),
    |command| match acted(command)? {
        Action::DisableRule { user, rule } => Some(Rendered::new().positional(user).positional(rule)),
        _ => None,
    },
);

pub const ENABLE_RULE: CommandSpec = about_mailbox(
    "mailbox enable-rule",
    &[UPN, RULE],
    "Turn a disabled inbox rule back on.",
    RULE_HELP,
    &["mailbox enable-rule megan \"Invoices to Alex\""],
    |arguments| Ok(Command::Act(Action::EnableRule { user: arguments.text("UPN"), rule: arguments.text("RULE") })),
    |command| match acted(command)? {
        Action::EnableRule { user, rule } => Some(Rendered::new().positional(user).positional(rule)),
        _ => None,
    },
);

pub const REMOVE_RULE: CommandSpec = about_mailbox(
    "mailbox remove-rule",
    &[UPN, RULE],
    "Delete an inbox rule.",
    RULE_HELP,
    &["mailbox remove-rule megan ..", "mailbox remove-rule megan 'Invoices to Alex'"],
    |arguments| Ok(Command::Act(Action::RemoveRule { user: arguments.text("UPN"), rule: arguments.text("RULE") })),
    |command| match acted(command)? {
        Action::RemoveRule { user, rule } => Some(Rendered::new().positional(user).positional(rule)),
        _ => None,
    },
);

pub const DELEGATES: CommandSpec = about_mailbox(
    "mailbox delegates",
    &[UPN],
    "List who else has access to a mailbox.",
    "Shows each delegate with the right they hold: full-access, send-as or read-permission.",
    &["mailbox delegates megan"],
    |arguments| Ok(Command::Act(Action::ListDelegates { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ListDelegates { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

const DELEGATE_USER: ArgumentSpec = ArgumentSpec::required("USER", ValueKind::User);

pub const ADD_DELEGATE: CommandSpec = CommandSpec {
    flags: &[FlagSpec::valued("--access", "RIGHT", ValueKind::Choice(ACCESS_RIGHT_NAMES), "the right to grant (default full-access)")],
    ..about_mailbox(
        "mailbox add-delegate",
        &[UPN, DELEGATE_USER],
        "Give another user access to a mailbox.",
        "USER is the user who gets access. full-access opens the mailbox, send-as sends as its owner, \
         read-permission reads its permissions.",
        &["mailbox add-delegate megan alex", "mailbox add-delegate megan alex --access send-as"],
        |arguments| {
            Ok(Command::Act(Action::AddDelegate {
                user: arguments.text("UPN"),
                delegate: arguments.text("USER"),
                access: arguments.named("--access", &ACCESS_RIGHTS, ACCESS_RIGHT_NAMES).unwrap_or(AccessRight::FullAccess),
            }))
        },
        |command| match acted(command)? {
            Action::AddDelegate { user, delegate, access } => {
                let access = (*access != AccessRight::FullAccess).then(|| name_of(&ACCESS_RIGHTS, ACCESS_RIGHT_NAMES, access)).flatten();
                Some(Rendered::new().positional(user).positional(delegate).value("--access", access))
            }
            _ => None,
        },
    )
};

pub const REMOVE_DELEGATE: CommandSpec = about_mailbox(
    "mailbox remove-delegate",
    &[UPN, ArgumentSpec::required("DELEGATE", ValueKind::Delegate)],
    "Take away another user's access to a mailbox.",
    "Removes every right DELEGATE holds on the mailbox.",
    &["mailbox remove-delegate megan diego"],
    |arguments| Ok(Command::Act(Action::RemoveDelegate { user: arguments.text("UPN"), delegate: arguments.text("DELEGATE") })),
    |command| match acted(command)? {
        Action::RemoveDelegate { user, delegate } => Some(Rendered::new().positional(user).positional(delegate)),
        _ => None,
    },
);

pub const DISABLE_PROTOCOLS: CommandSpec = about_mailbox(
    "mailbox disable-protocols",
    &[UPN, ArgumentSpec::repeated("PROTOCOL", ValueKind::Protocol, Arity::AnyNumber)],
    "Turn off ways of reaching a mailbox.",
    "PROTOCOL is any of owa, mapi, ews, activesync, imap, pop; without any, all of them are turned off. Legacy protocols \
     (imap, pop, ews) are what app passwords use.",
    &["mailbox disable-protocols megan imap pop ews", "mailbox disable-protocols megan"],
    |arguments| Ok(Command::Act(Action::DisableProtocols { user: arguments.text("UPN"), protocols: arguments.protocols("PROTOCOL")? })),
    |command| match acted(command)? {
        Action::DisableProtocols { user, protocols } => {
            Some(protocols.iter().fold(Rendered::new().positional(user), |line, protocol| line.trailing_word(Protocol::name(*protocol))))
        }
        _ => None,
    },
);

pub const TRACE: CommandSpec = about_mailbox(
    "mailbox trace",
    &[UPN],
    "Show recent mail sent to or from a mailbox.",
    "The message trace: sender, recipients, subject, time and whether each message was delivered, bounced or forwarded.",
    &["mailbox trace megan"],
    |arguments| Ok(Command::Act(Action::MessageTrace { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::MessageTrace { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_help_names_every_protocol() {
        for protocol in Protocol::ALL {
            assert!(DISABLE_PROTOCOLS.help.contains(protocol.name()), "{}", protocol.name());
        }
    }
}
