//! Commands about Exchange Online mailboxes: forwarding, inbox rules,
//! delegates, protocols and the message trace.

use super::render::Rendered;
use super::spec::{ArgumentSpec, Arity, CommandSpec, FlagSpec, HelpText, Section, ValueKind};
use super::table::{UPN, acted};
use super::values::{ACCESS_RIGHT_NAMES, ACCESS_RIGHTS, name_of};
use super::{Arguments, Command, ParseError};
use crate::action::Action;
use crate::i18n::Lang;
use crate::t;
use crate::tenant::mailbox::{AccessRight, Protocol};

const RULE: ArgumentSpec = ArgumentSpec::required("RULE", ValueKind::Rule);
fn rule_help(lang: Lang) -> String {
    t!(lang, "cmd-rule-help")
}

/// A command on one mailbox, with the mailbox's user as its first argument.
const fn about_mailbox(
    name: &'static str,
    arguments: &'static [ArgumentSpec],
    summary: HelpText,
    help: HelpText,
    examples: &'static [&'static str],
    build: fn(&Arguments) -> Result<Command, ParseError>,
    render: fn(&Command) -> Option<Rendered>,
) -> CommandSpec {
    CommandSpec { name, section: Section::Mailboxes, arguments, flags: &[], summary, help, examples, build, render }
}

pub const SHOW: CommandSpec = about_mailbox(
    "mailbox show",
    &[UPN],
    |lang| t!(lang, "cmd-mailbox-show-summary"),
    |lang| t!(lang, "cmd-mailbox-show-help"),
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
    |lang| t!(lang, "cmd-mailbox-clear-forwarding-summary"),
    |lang| t!(lang, "cmd-mailbox-clear-forwarding-help"),
    &["mailbox clear-forwarding megan"],
    |arguments| Ok(Command::Act(Action::ClearForwarding { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ClearForwarding { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub const RULES: CommandSpec = CommandSpec {
    flags: &[FlagSpec::switch("--hidden", |lang| t!(lang, "cmd-mailbox-rules-flag-hidden"))],
    ..about_mailbox(
        "mailbox rules",
        &[UPN],
        |lang| t!(lang, "cmd-mailbox-rules-summary"),
        |lang| t!(lang, "cmd-mailbox-rules-help"),
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
    |lang| t!(lang, "cmd-mailbox-disable-rule-summary"),
    rule_help,
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
    |lang| t!(lang, "cmd-mailbox-enable-rule-summary"),
    rule_help,
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
    |lang| t!(lang, "cmd-mailbox-remove-rule-summary"),
    rule_help,
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
    |lang| t!(lang, "cmd-mailbox-delegates-summary"),
    |lang| t!(lang, "cmd-mailbox-delegates-help"),
    &["mailbox delegates megan"],
    |arguments| Ok(Command::Act(Action::ListDelegates { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ListDelegates { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

const DELEGATE_USER: ArgumentSpec = ArgumentSpec::required("USER", ValueKind::User);

pub const ADD_DELEGATE: CommandSpec = CommandSpec {
    flags: &[FlagSpec::valued("--access", "RIGHT", ValueKind::Choice(ACCESS_RIGHT_NAMES), |lang| {
        t!(lang, "cmd-mailbox-add-delegate-flag-access")
    })],
    ..about_mailbox(
        "mailbox add-delegate",
        &[UPN, DELEGATE_USER],
        |lang| t!(lang, "cmd-mailbox-add-delegate-summary"),
        |lang| t!(lang, "cmd-mailbox-add-delegate-help"),
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
    |lang| t!(lang, "cmd-mailbox-remove-delegate-summary"),
    |lang| t!(lang, "cmd-mailbox-remove-delegate-help"),
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
    |lang| t!(lang, "cmd-mailbox-disable-protocols-summary"),
    |lang| t!(lang, "cmd-mailbox-disable-protocols-help"),
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
    |lang| t!(lang, "cmd-mailbox-trace-summary"),
    |lang| t!(lang, "cmd-mailbox-trace-help"),
    &["mailbox trace megan"],
    |arguments| Ok(Command::Act(Action::MessageTrace { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::MessageTrace { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub const SEARCH_FORWARDING: CommandSpec = about_mailbox(
    "mailbox search-forwarding",
    &[ArgumentSpec::required("ADDRESS", ValueKind::Address)],
    |lang| t!(lang, "cmd-mailbox-search-forwarding-summary"),
    |lang| t!(lang, "cmd-mailbox-search-forwarding-help"),
    &["mailbox search-forwarding archive@outside.example"],
    |arguments| Ok(Command::Act(Action::SearchForwarding { address: arguments.text("ADDRESS") })),
    |command| match acted(command)? {
        Action::SearchForwarding { address } => Some(Rendered::new().positional(address)),
        _ => None,
    },
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn protocol_help_names_every_protocol() {
        for protocol in Protocol::ALL {
            assert!(
                crate::i18n::Lang::ALL.iter().all(|lang| (DISABLE_PROTOCOLS.help)(*lang).contains(protocol.name())),
                "{}",
                protocol.name()
            );
        }
    }
}
