//! Exchange Online mailboxes: forwarding, inbox rules, delegates, protocol
//! switches and a bounded store of messages (domain reference §6).
//!
//! Fields named `set_by`, `created_by` and `granted_by` are ground truth the
//! trainee cannot see; the security queries and the scorer read them.

use super::user::{Party, UserId};
use crate::clock::SimTime;
use serde::{Deserialize, Serialize};

/// A mailbox keeps at most this many messages; the oldest go first.
pub(crate) const MAILBOX_MESSAGE_LIMIT: usize = 500;
/// A mailbox holds at most this many inbox rules (Exchange's own quota is
/// by size; a count is enough here).
pub(crate) const MAILBOX_RULE_LIMIT: usize = 256;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mailbox {
    /// `ForwardingAddress`: an internal recipient. Wins over the SMTP address.
    pub forwarding_address: Option<String>,
    /// `ForwardingSmtpAddress`: any address, often outside.
    pub forwarding_smtp_address: Option<String>,
    /// `DeliverToMailboxAndForward`: keep a copy when forwarding.
    pub deliver_and_forward: bool,
    /// Who set the current forwarding.
    pub forwarding_set_by: Option<Party>,
    pub rules: Vec<InboxRule>,
    pub delegates: Vec<Delegate>,
    pub protocols: ProtocolSet,
    pub messages: Vec<Message>,
    pub next_rule_number: u32,
}

impl Mailbox {
    #[must_use]
    pub(crate) fn has_forwarding(&self) -> bool {
        self.forwarding_address.is_some() || self.forwarding_smtp_address.is_some()
    }

    /// Finds a rule by name (case-insensitive) or by rule identity.
    #[must_use]
    pub(crate) fn find_rule(&self, name_or_identity: &str) -> Option<usize> {
        let wanted = name_or_identity.trim();
        self.rules
            .iter()
            .position(|rule| rule.identity == wanted)
            .or_else(|| self.rules.iter().position(|rule| rule.name.eq_ignore_ascii_case(wanted)))
    }

    /// Gives the rules priorities 1, 2, ... in their current order, as
    /// Exchange does after `Remove-InboxRule`, so no two rules share one.
    pub(crate) fn renumber_rules(&mut self) {
        self.rules.sort_by_key(|rule| rule.priority);
        for (rule, priority) in self.rules.iter_mut().zip(1..) {
            rule.priority = priority;
        }
    }

    /// Adds a rule at the lowest priority, with the next free identity.
    pub fn add_rule(&mut self, spec: &RuleSpec, created_by: Party, at: SimTime) -> &InboxRule {
        self.next_rule_number += 1;
        let priority = u32::try_from(self.rules.len()).unwrap_or(u32::MAX) + 1;
        self.rules.push(InboxRule {
            identity: format!("{}", 1_000 + self.next_rule_number),
            name: spec.name.clone(),
            priority,
            enabled: spec.enabled,
            hidden: spec.hidden,
            conditions: spec.conditions.clone(),
            actions: spec.actions.clone(),
            created_by,
            created_at: at,
            shown_to_admins: false,
        });
        &self.rules[self.rules.len() - 1]
    }

    pub(crate) fn store(&mut self, message: Message) {
        if self.messages.len() >= MAILBOX_MESSAGE_LIMIT {
            self.messages.remove(0);
        }
        self.messages.push(message);
    }
}

/// Conditions of an inbox rule (a subset of `New-InboxRule`'s).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RuleCondition {
    From(String),
    SubjectContainsWords(Vec<String>),
    BodyContainsWords(Vec<String>),
    SubjectOrBodyContainsWords(Vec<String>),
    HasAttachment,
    SentTo(String),
}

impl RuleCondition {
    /// The `New-InboxRule` parameter that sets this condition, and its value.
    #[must_use]
    pub fn parameter(&self) -> (&'static str, ParameterValue<'_>) {
        match self {
            RuleCondition::From(address) => ("From", ParameterValue::Text(address)),
            RuleCondition::SubjectContainsWords(words) => ("SubjectContainsWords", ParameterValue::List(words)),
            RuleCondition::BodyContainsWords(words) => ("BodyContainsWords", ParameterValue::List(words)),
            RuleCondition::SubjectOrBodyContainsWords(words) => ("SubjectOrBodyContainsWords", ParameterValue::List(words)),
            RuleCondition::HasAttachment => ("HasAttachment", ParameterValue::Switch),
            RuleCondition::SentTo(address) => ("SentTo", ParameterValue::Text(address)),
        }
    }
}

/// A `New-InboxRule` parameter's value: the audit log and a PowerShell line
/// each write it their own way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParameterValue<'a> {
    Text(&'a str),
    List(&'a [String]),
    /// A switch that is on (`$true`).
    Switch,
}

impl ParameterValue<'_> {
    /// As the unified audit log's Parameters list records it: several
    /// entries joined by `;`, a switch as `True`.
    #[must_use]
    pub fn audit_text(self) -> String {
        match self {
            ParameterValue::Text(text) => text.to_string(),
            ParameterValue::List(items) => items.join(";"),
            ParameterValue::Switch => TRUE.to_string(),
        }
    }
}

/// PowerShell's true, as the audit log writes a switch.
const TRUE: &str = "True";

/// Actions of an inbox rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum RuleAction {
    ForwardTo(Vec<String>),
    ForwardAsAttachmentTo(Vec<String>),
    RedirectTo(Vec<String>),
    MoveToFolder(String),
    DeleteMessage,
    MarkAsRead,
    StopProcessingRules,
}

impl RuleAction {
    /// Addresses the action sends a copy to.
    #[must_use]
    pub(crate) fn forward_targets(&self) -> &[String] {
        match self {
            RuleAction::ForwardTo(targets) | RuleAction::ForwardAsAttachmentTo(targets) | RuleAction::RedirectTo(targets) => targets,
            _ => &[],
        }
    }
}

impl RuleAction {
    /// The `New-InboxRule` parameter that sets this action, and its value.
    #[must_use]
    pub fn parameter(&self) -> (&'static str, ParameterValue<'_>) {
        match self {
            RuleAction::ForwardTo(targets) => ("ForwardTo", ParameterValue::List(targets)),
            RuleAction::ForwardAsAttachmentTo(targets) => ("ForwardAsAttachmentTo", ParameterValue::List(targets)),
            RuleAction::RedirectTo(targets) => ("RedirectTo", ParameterValue::List(targets)),
            RuleAction::MoveToFolder(folder) => ("MoveToFolder", ParameterValue::Text(folder)),
            RuleAction::DeleteMessage => ("DeleteMessage", ParameterValue::Switch),
            RuleAction::MarkAsRead => ("MarkAsRead", ParameterValue::Switch),
            RuleAction::StopProcessingRules => ("StopProcessingRules", ParameterValue::Switch),
        }
    }
}

/// The part of a rule an author writes; the mailbox adds identity and state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSpec {
    pub name: String,
    #[serde(default)]
    pub conditions: Vec<RuleCondition>,
    pub actions: Vec<RuleAction>,
    #[serde(default)]
    pub hidden: bool,
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
}

impl RuleSpec {
    /// The rule's parameters as the unified audit log records a
    /// `New-InboxRule`: `Name="..." From="..." ForwardTo="..."` (values
    /// with several entries joined by `;` as Exchange writes them).
    #[must_use]
    pub fn audit_parameters(&self) -> String {
        let mut parameters = vec![("Name", self.name.clone())];
        let written = |(name, value): (&'static str, ParameterValue<'_>)| (name, value.audit_text());
        parameters.extend(self.conditions.iter().map(RuleCondition::parameter).map(written));
        parameters.extend(self.actions.iter().map(RuleAction::parameter).map(written));
        if !self.enabled {
            parameters.push(("Enabled", "False".to_string()));
        }
        parameters.iter().map(|(name, value)| format!("{name}=\"{value}\"")).collect::<Vec<_>>().join(" ")
    }
}

const fn enabled_by_default() -> bool {
    true
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InboxRule {
    /// `RuleIdentity`: a number unique within the mailbox, shown as text.
    pub identity: String,
    pub name: String,
    pub priority: u32,
    pub enabled: bool,
    pub hidden: bool,
    pub conditions: Vec<RuleCondition>,
    pub actions: Vec<RuleAction>,
    pub created_by: Party,
    pub created_at: SimTime,
    /// An admin has seen this rule in a listing: completion offers a
    /// hidden rule only then (a rule put back later is new again).
    #[serde(default)]
    pub(crate) shown_to_admins: bool,
}

impl InboxRule {
    #[must_use]
    pub(crate) fn forwards(&self) -> bool {
        self.actions.iter().any(|action| !action.forward_targets().is_empty())
    }

    #[must_use]
    pub(crate) fn matches(&self, message: &Message) -> bool {
        let contains = |text: &str, words: &[String]| {
            let text = text.to_ascii_lowercase();
            words.iter().any(|word| text.contains(&word.to_ascii_lowercase()))
        };
        self.conditions.iter().all(|condition| match condition {
            RuleCondition::From(address) => message.from.eq_ignore_ascii_case(address),
            RuleCondition::SubjectContainsWords(words) => contains(&message.subject, words),
            RuleCondition::BodyContainsWords(words) => contains(&message.body, words),
            RuleCondition::SubjectOrBodyContainsWords(words) => contains(&message.subject, words) || contains(&message.body, words),
            RuleCondition::HasAttachment => message.has_attachment,
            RuleCondition::SentTo(address) => message.to.iter().any(|to| to.eq_ignore_ascii_case(address)),
        })
    }
}

/// Mailbox permissions (`Get-MailboxPermission`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AccessRight {
    FullAccess,
    SendAs,
    ReadPermission,
}

impl AccessRight {
    /// The right as Exchange names it (`Get-MailboxPermission`).
    #[must_use]
    pub(crate) const fn label(self) -> &'static str {
        match self {
            AccessRight::FullAccess => "FullAccess",
            AccessRight::SendAs => "SendAs",
            AccessRight::ReadPermission => "ReadPermission",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Delegate {
    /// The delegate's user principal name.
    pub user: String,
    pub access: AccessRight,
    pub granted_by: Party,
}

/// Client protocols a mailbox can be reached with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Protocol {
    OutlookWeb,
    Mapi,
    Ews,
    ActiveSync,
    Imap,
    Pop,
}

impl Protocol {
    pub const ALL: [Protocol; 6] =
        [Protocol::OutlookWeb, Protocol::Mapi, Protocol::Ews, Protocol::ActiveSync, Protocol::Imap, Protocol::Pop];

    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Protocol::OutlookWeb => "owa",
            Protocol::Mapi => "mapi",
            Protocol::Ews => "ews",
            Protocol::ActiveSync => "activesync",
            Protocol::Imap => "imap",
            Protocol::Pop => "pop",
        }
    }

    #[must_use]
    pub(crate) fn parse(text: &str) -> Option<Protocol> {
        let wanted = text.trim().to_ascii_lowercase();
        Protocol::ALL.into_iter().find(|protocol| protocol.name() == wanted)
    }

    /// Protocols legacy clients use with app passwords.
    #[must_use]
    pub(crate) const fn is_legacy(self) -> bool {
        matches!(self, Protocol::Imap | Protocol::Pop | Protocol::Ews)
    }
}

/// Which protocols are enabled, as bits; all are on by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProtocolSet(u8);

impl Default for ProtocolSet {
    fn default() -> Self {
        Self(0b11_1111)
    }
}

impl ProtocolSet {
    #[must_use]
    pub const fn enabled(self, protocol: Protocol) -> bool {
        self.0 & (1 << protocol as u8) != 0
    }
    pub(crate) fn disable(&mut self, protocol: Protocol) -> bool {
        let was = self.enabled(protocol);
        self.0 &= !(1 << protocol as u8);
        was
    }
    /// Whether any client with full sign-in (not a legacy app password) can reach it.
    #[must_use]
    pub fn any_modern(self) -> bool {
        [Protocol::OutlookWeb, Protocol::Mapi, Protocol::ActiveSync].into_iter().any(|protocol| self.enabled(protocol))
    }
    #[must_use]
    pub(crate) fn any_legacy(self) -> bool {
        Protocol::ALL.into_iter().filter(|protocol| protocol.is_legacy()).any(|protocol| self.enabled(protocol))
    }
}

/// A password carried in a message: whoever reads the message learns it, if
/// it is still the account's current password.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct CarriedPassword {
    pub account: UserId,
    pub version: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: u64,
    pub at: SimTime,
    pub from: String,
    pub to: Vec<String>,
    pub subject: String,
    pub body: String,
    pub(crate) has_attachment: bool,
    pub folder: String,
    pub read: bool,
    pub(crate) carries_password: Option<CarriedPassword>,
}

pub const INBOX: &str = "Inbox";
pub(crate) const SENT_ITEMS: &str = "Sent Items";
pub(crate) const DELETED_ITEMS: &str = "Deleted Items";
