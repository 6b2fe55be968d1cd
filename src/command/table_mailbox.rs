//! Commands about Exchange Online mailboxes: forwarding, inbox rules,
//! delegates, protocols and the message trace.

use super::render::Rendered;
use super::spec::{ArgumentSpec, Arity, CommandSpec, Equivalents, FlagSpec, HelpText, InPortal, InPowerShell, Portal, Section, ValueKind};
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
#[allow(clippy::too_many_arguments)] // one per field of the row, in the table's order
const fn about_mailbox(
    name: &'static str,
    arguments: &'static [ArgumentSpec],
    summary: HelpText,
    help: HelpText,
    examples: &'static [&'static str],
    equivalents: Equivalents,
    build: fn(&Arguments) -> Result<Command, ParseError>,
    render: fn(&Command) -> Option<Rendered>,
) -> CommandSpec {
    CommandSpec { name, section: Section::Mailboxes, arguments, flags: &[], summary, help, examples, equivalents, build, render }
}

/// No admin portal shows a mailbox's inbox rules.
const RULES_NO_PORTAL: InPortal = InPortal::Nowhere(|lang| t!(lang, "cmd-rules-no-portal"));

pub(crate) const SHOW: CommandSpec = about_mailbox(
    "mailbox show",
    &[UPN],
    |lang| t!(lang, "cmd-mailbox-show-summary"),
    |lang| t!(lang, "cmd-mailbox-show-help"),
    &["mailbox show megan"],
    Equivalents::new(
        InPortal::Path(Portal::Exchange, |lang| t!(lang, "cmd-mailbox-show-portal")),
        InPowerShell::Lines(&[
            "Get-Mailbox -Identity <user> | Format-List ForwardingAddress,ForwardingSmtpAddress,DeliverToMailboxAndForward",
            "Get-CASMailbox -Identity <user>",
        ]),
    ),
    |arguments| Ok(Command::Act(Action::ShowMailbox { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ShowMailbox { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub(crate) const CLEAR_FORWARDING: CommandSpec = about_mailbox(
    "mailbox clear-forwarding",
    &[UPN],
    |lang| t!(lang, "cmd-mailbox-clear-forwarding-summary"),
    |lang| t!(lang, "cmd-mailbox-clear-forwarding-help"),
    &["mailbox clear-forwarding megan"],
    Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-mailbox-clear-forwarding-portal")),
        InPowerShell::Lines(&[
            "Set-Mailbox -Identity <user> -ForwardingAddress $null -ForwardingSmtpAddress $null -DeliverToMailboxAndForward $false",
        ]),
    ),
    |arguments| Ok(Command::Act(Action::ClearForwarding { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ClearForwarding { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub(crate) const RULES: CommandSpec = CommandSpec {
    flags: &[FlagSpec::switch("--hidden", |lang| t!(lang, "cmd-mailbox-rules-flag-hidden"))],
    ..about_mailbox(
        "mailbox rules",
        &[UPN],
        |lang| t!(lang, "cmd-mailbox-rules-summary"),
        |lang| t!(lang, "cmd-mailbox-rules-help"),
        &["mailbox rules megan", "mailbox rules megan --hidden"],
        Equivalents::new(
            RULES_NO_PORTAL,
            InPowerShell::Lines(&["Get-InboxRule -Mailbox <user>", "Get-InboxRule -Mailbox <user> -IncludeHidden"]),
        ),
        |arguments| Ok(Command::Act(Action::ListRules { user: arguments.text("UPN"), include_hidden: arguments.has("--hidden") })),
        |command| match acted(command)? {
            Action::ListRules { user, include_hidden } => Some(Rendered::new().positional(user).switch("--hidden", *include_hidden)),
            _ => None,
        },
    )
};

pub(crate) const DISABLE_RULE: CommandSpec = about_mailbox(
    "mailbox disable-rule",
    &[UPN, RULE],
    |lang| t!(lang, "cmd-mailbox-disable-rule-summary"),
    rule_help,
    &["mailbox disable-rule megan \"Invoices to Alex\""],
    Equivalents::new(RULES_NO_PORTAL, InPowerShell::Lines(&["Disable-InboxRule -Mailbox <user> -Identity '<rule>'"])),
    |arguments| Ok(Command::Act(Action::DisableRule { user: arguments.text("UPN"), rule: arguments.text("RULE") })),
    |command| match acted(command)? {
        Action::DisableRule { user, rule } => Some(Rendered::new().positional(user).positional(rule)),
        _ => None,
    },
);

pub(crate) const ENABLE_RULE: CommandSpec = about_mailbox(
    "mailbox enable-rule",
    &[UPN, RULE],
    |lang| t!(lang, "cmd-mailbox-enable-rule-summary"),
    rule_help,
    &["mailbox enable-rule megan \"Invoices to Alex\""],
    Equivalents::new(RULES_NO_PORTAL, InPowerShell::Lines(&["Enable-InboxRule -Mailbox <user> -Identity '<rule>'"])),
    |arguments| Ok(Command::Act(Action::EnableRule { user: arguments.text("UPN"), rule: arguments.text("RULE") })),
    |command| match acted(command)? {
        Action::EnableRule { user, rule } => Some(Rendered::new().positional(user).positional(rule)),
        _ => None,
    },
);

pub(crate) const REMOVE_RULE: CommandSpec = about_mailbox(
    "mailbox remove-rule",
    &[UPN, RULE],
    |lang| t!(lang, "cmd-mailbox-remove-rule-summary"),
    rule_help,
    &["mailbox remove-rule megan ..", "mailbox remove-rule megan 'Invoices to Alex'"],
    Equivalents::new(RULES_NO_PORTAL, InPowerShell::Lines(&["Remove-InboxRule -Mailbox <user> -Identity '<rule>' -Confirm:$false"])),
    |arguments| Ok(Command::Act(Action::RemoveRule { user: arguments.text("UPN"), rule: arguments.text("RULE") })),
    |command| match acted(command)? {
        Action::RemoveRule { user, rule } => Some(Rendered::new().positional(user).positional(rule)),
        _ => None,
    },
);

pub(crate) const DELEGATES: CommandSpec = about_mailbox(
    "mailbox delegates",
    &[UPN],
    |lang| t!(lang, "cmd-mailbox-delegates-summary"),
    |lang| t!(lang, "cmd-mailbox-delegates-help"),
    &["mailbox delegates megan"],
    Equivalents::new(
        InPortal::Path(Portal::Exchange, |lang| t!(lang, "cmd-mailbox-delegates-portal")),
        InPowerShell::Lines(&["Get-MailboxPermission -Identity <user>", "Get-RecipientPermission -Identity <user>"]),
    ),
    |arguments| Ok(Command::Act(Action::ListDelegates { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ListDelegates { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

const DELEGATE_USER: ArgumentSpec = ArgumentSpec::required("USER", ValueKind::User);

pub(crate) const ADD_DELEGATE: CommandSpec = CommandSpec {
    flags: &[FlagSpec::valued("--access", "RIGHT", ValueKind::Choice(ACCESS_RIGHT_NAMES), |lang| {
        t!(lang, "cmd-mailbox-add-delegate-flag-access")
    })],
    ..about_mailbox(
        "mailbox add-delegate",
        &[UPN, DELEGATE_USER],
        |lang| t!(lang, "cmd-mailbox-add-delegate-summary"),
        |lang| t!(lang, "cmd-mailbox-add-delegate-help"),
        &["mailbox add-delegate megan alex", "mailbox add-delegate megan alex --access send-as"],
        Equivalents::new(
            InPortal::Path(Portal::Exchange, |lang| t!(lang, "cmd-mailbox-delegates-portal")),
            InPowerShell::Lines(&[
                "Add-MailboxPermission -Identity <user> -User <delegate> -AccessRights FullAccess -InheritanceType All",
                "Add-RecipientPermission -Identity <user> -Trustee <delegate> -AccessRights SendAs",
            ]),
        ),
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

pub(crate) const REMOVE_DELEGATE: CommandSpec = about_mailbox(
    "mailbox remove-delegate",
    &[UPN, ArgumentSpec::required("DELEGATE", ValueKind::Delegate)],
    |lang| t!(lang, "cmd-mailbox-remove-delegate-summary"),
    |lang| t!(lang, "cmd-mailbox-remove-delegate-help"),
    &["mailbox remove-delegate megan diego"],
    Equivalents::new(
        InPortal::Path(Portal::Exchange, |lang| t!(lang, "cmd-mailbox-delegates-portal")),
        InPowerShell::Lines(&[
            "Remove-MailboxPermission -Identity <user> -User <delegate> -AccessRights FullAccess -InheritanceType All",
            "Remove-RecipientPermission -Identity <user> -Trustee <delegate> -AccessRights SendAs",
        ]),
    ),
    |arguments| Ok(Command::Act(Action::RemoveDelegate { user: arguments.text("UPN"), delegate: arguments.text("DELEGATE") })),
    |command| match acted(command)? {
        Action::RemoveDelegate { user, delegate } => Some(Rendered::new().positional(user).positional(delegate)),
        _ => None,
    },
);

pub(crate) const DISABLE_PROTOCOLS: CommandSpec = about_mailbox(
    "mailbox disable-protocols",
    &[UPN, ArgumentSpec::repeated("PROTOCOL", ValueKind::Protocol, Arity::AnyNumber)],
    |lang| t!(lang, "cmd-mailbox-disable-protocols-summary"),
    |lang| t!(lang, "cmd-mailbox-disable-protocols-help"),
    &["mailbox disable-protocols megan imap pop ews", "mailbox disable-protocols megan"],
    Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-mailbox-disable-protocols-portal")),
        InPowerShell::Lines(&[
            "Set-CASMailbox -Identity <user> -OWAEnabled $false -MAPIEnabled $false -EwsEnabled $false -ActiveSyncEnabled $false -ImapEnabled $false -PopEnabled $false",
        ]),
    ),
    |arguments| Ok(Command::Act(Action::DisableProtocols { user: arguments.text("UPN"), protocols: arguments.protocols("PROTOCOL")? })),
    |command| match acted(command)? {
        Action::DisableProtocols { user, protocols } => {
            Some(protocols.iter().fold(Rendered::new().positional(user), |line, protocol| line.trailing_word(Protocol::name(*protocol))))
        }
        _ => None,
    },
);

pub(super) const TRACE: CommandSpec = about_mailbox(
    "mailbox trace",
    &[UPN],
    |lang| t!(lang, "cmd-mailbox-trace-summary"),
    |lang| t!(lang, "cmd-mailbox-trace-help"),
    &["mailbox trace megan"],
    Equivalents::new(
        InPortal::Path(Portal::Exchange, |lang| t!(lang, "cmd-mailbox-trace-portal")),
        InPowerShell::Lines(&["Get-MessageTraceV2 -SenderAddress <user>", "Get-MessageTraceV2 -RecipientAddress <user>"]),
    ),
    |arguments| Ok(Command::Act(Action::MessageTrace { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::MessageTrace { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub(crate) const SEARCH_FORWARDING: CommandSpec = about_mailbox(
    "mailbox search-forwarding",
    &[ArgumentSpec::required("ADDRESS", ValueKind::Address)],
    |lang| t!(lang, "cmd-mailbox-search-forwarding-summary"),
    |lang| t!(lang, "cmd-mailbox-search-forwarding-help"),
    &["mailbox search-forwarding archive@outside.example"],
    Equivalents::new(
        InPortal::Nowhere(|lang| t!(lang, "cmd-search-forwarding-no-portal")),
        InPowerShell::Lines(&[
            "Get-Mailbox -ResultSize Unlimited | Where-Object { $_.ForwardingSmtpAddress -like '*<address>*' }",
            "Get-Mailbox -ResultSize Unlimited | Get-InboxRule -IncludeHidden | Where-Object { $_.ForwardTo -like '*<address>*' -or $_.RedirectTo -like '*<address>*' }",
        ]),
    ),
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
