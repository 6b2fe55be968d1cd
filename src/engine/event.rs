//! What happened: every step returns the events it caused, and the
//! simulation keeps them all in its journal. Events are ground truth (they
//! say "the attacker", where the audit log says which account was used); the
//! debrief timeline, the scorer and the invariants read them.

use crate::action::Actor;
use crate::clock::SimTime;
use crate::tenant::logs::{Location, SignInStatus};
use crate::tenant::outbound::LimitKind;
use crate::tenant::permission::Permission;
use crate::tenant::role::Role;
use crate::tenant::user::{MethodKind, Party};
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub at: SimTime,
    pub actor: Actor,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventKind {
    // Sign-in and sessions.
    SignInAttempt { user: String, party: Party, location: Location, status: SignInStatus },
    LockedOut { user: String, familiar: bool, until: SimTime },
    LockoutEnded { user: String, familiar: bool },
    LockoutCleared { user: String },
    SessionIssued { user: String, party: Party, session: u32, origin: crate::tenant::user::SessionOrigin },
    SessionUsed { user: String, party: Party, session: u32, refreshed: bool },
    SessionRejected { user: String, party: Party, reason: String },
    AccessTokenExpired { user: String, session: u32 },
    ContinuousAccessReached { user: String, session: u32 },
    AppPasswordUsed { user: String, party: Party, ok: bool, reason: String },

    // Passwords.
    PasswordReset { user: String, require_change: bool },
    PasswordChanged { user: String, party: Party, self_service: bool },
    PasswordLearned { user: String, party: Party, how: String },
    PasswordExposed { user: String, address: String },
    RefreshTokensRevoked { user: String, count: u32 },

    // Administration.
    Permitted { permission: Permission, user: Option<String> },
    Denied { permission: Permission, reason: String },
    SignInBlocked { user: String },
    SignInAllowed { user: String },
    SessionsRevoked { user: String, count: u32 },
    RoleAdded { user: String, role: Role },
    RoleRemoved { user: String, role: Role },
    MfaRequired { user: String },
    MethodRemoved { user: String, method: MethodKind, count: u32 },
    AppPasswordsRemoved { user: String, count: u32 },
    ContactInfoUpdated { user: String },
    PolicyChanged { policy: String, detail: String },
    Notified { user: String, channel: String, with_password: bool, reached: Option<Party> },
    CallerVerified { user: String, via: String, confirmed: bool },

    // Mail.
    MailSent { from: String, recipients: u32, subject: String },
    MailRejected { from: String, code: String },
    MailDelivered { to: String, folder: String, subject: String },
    MailForwarded { from_mailbox: String, to: String, by_rule: Option<String> },
    MailBounced { mailbox: String, to: String, code: String },
    MailReadBy { mailbox: String, party: Party, messages: u32 },
    ForwardingSet { user: String, address: String },
    ForwardingCleared { user: String },
    RuleCreated { user: String, rule: String },
    RuleRemoved { user: String, rule: String },
    RuleEnabled { user: String, rule: String, enabled: bool },
    DelegateAdded { user: String, delegate: String },
    DelegateRemoved { user: String, delegate: String },
    ProtocolsDisabled { user: String, protocols: String },

    // Outbound protection.
    SenderRestricted { user: String, limit: LimitKind },
    ReleaseRequested { user: String, effective_at: SimTime },
    SenderReleased { user: String },
    AlertRaised { title: String, user: String },

    // People and time.
    HelpdeskCall { user: String, message: String },
    ActorGaveUp { detail: String },
    ClockAdvanced { to: SimTime },
    NewDay,
}

impl fmt::Display for Event {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{} {}: {}", self.at.clock_text_seconds(), self.actor.label(), self.kind)
    }
}

fn party(party: Party) -> &'static str {
    match party {
        Party::Owner => "the owner",
        Party::Attacker => "the attacker",
    }
}

impl fmt::Display for EventKind {
    #[allow(clippy::too_many_lines)]
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventKind::SignInAttempt { user, party: who, location, status } => {
                let place = if *location == Location::Familiar { "a familiar" } else { "an unfamiliar" };
                if status.code() == 0 {
                    write!(formatter, "{} signed in to {user} from {place} location ({})", party(*who), status.meaning())
                } else {
                    write!(
                        formatter,
                        "{} failed to sign in to {user} from {place} location: AADSTS{} ({})",
                        party(*who),
                        status.code(),
                        status.meaning()
                    )
                }
            }
            EventKind::LockedOut { user, familiar, until } => write!(
                formatter,
                "smart lockout locked {user} for {} sign-ins until {}",
                if *familiar { "familiar" } else { "unfamiliar" },
                until.clock_text_seconds()
            ),
            EventKind::LockoutEnded { user, familiar } => {
                write!(formatter, "lockout of {user} ({}) ended", if *familiar { "familiar" } else { "unfamiliar" })
            }
            EventKind::LockoutCleared { user } => write!(formatter, "lockout of {user} cleared"),
            EventKind::SessionIssued { user, party: who, session, .. } => {
                write!(formatter, "session {session} issued to {} for {user}", party(*who))
            }
            EventKind::SessionUsed { user, party: who, session, refreshed } => write!(
                formatter,
                "{} used session {session} of {user}{}",
                party(*who),
                if *refreshed { " (refreshed the access token)" } else { "" }
            ),
            EventKind::SessionRejected { user, party: who, reason } => {
                write!(formatter, "{}'s session on {user} rejected: {reason}", party(*who))
            }
            EventKind::AccessTokenExpired { user, session } => write!(formatter, "access token of session {session} on {user} expired"),
            EventKind::ContinuousAccessReached { user, session } => {
                write!(formatter, "Exchange Online received the critical event for session {session} on {user}")
            }
            EventKind::AppPasswordUsed { user, party: who, ok, reason } => {
                write!(formatter, "{} {} an app password on {user}{reason}", party(*who), if *ok { "used" } else { "failed to use" })
            }
            EventKind::PasswordReset { user, require_change } => {
                write!(formatter, "password of {user} reset{}", if *require_change { ", change required at next sign-in" } else { "" })
            }
            EventKind::PasswordChanged { user, party: who, self_service } => write!(
                formatter,
                "{} changed the password of {user}{}",
                party(*who),
                if *self_service { " through self-service reset" } else { "" }
            ),
            EventKind::PasswordLearned { user, party: who, how } => {
                write!(formatter, "{} learned the current password of {user} ({how})", party(*who))
            }
            EventKind::PasswordExposed { user, address } => write!(formatter, "the password of {user} was sent to {address}"),
            EventKind::RefreshTokensRevoked { user, count } => {
                write!(formatter, "{count} password-based refresh token(s) of {user} revoked")
            }
            EventKind::Permitted { permission, user } => match user {
                Some(user) => write!(formatter, "permitted to {} {user}", permission.describe()),
                None => write!(formatter, "permitted to {}", permission.describe()),
            },
            EventKind::Denied { reason, .. } => formatter.write_str(reason),
            EventKind::SignInBlocked { user } => write!(formatter, "sign-in blocked for {user}"),
            EventKind::SignInAllowed { user } => write!(formatter, "sign-in allowed for {user}"),
            EventKind::SessionsRevoked { user, count } => {
                write!(formatter, "sign-out of all sessions of {user}: {count} refresh token(s) revoked")
            }
            EventKind::RoleAdded { user, role } => write!(formatter, "{role} added to {user}"),
            EventKind::RoleRemoved { user, role } => write!(formatter, "{role} removed from {user}"),
            EventKind::MfaRequired { user } => write!(formatter, "multifactor authentication required for {user}"),
            EventKind::MethodRemoved { user, method, count } => {
                write!(formatter, "{count} {} method(s) removed from {user}", method.name())
            }
            EventKind::AppPasswordsRemoved { user, count } => write!(formatter, "{count} app password(s) removed from {user}"),
            EventKind::ContactInfoUpdated { user } => write!(formatter, "contact info of {user} updated"),
            EventKind::PolicyChanged { policy, detail } => write!(formatter, "{policy} changed: {detail}"),
            EventKind::Notified { user, channel, with_password, reached } => write!(
                formatter,
                "message to {user} by {channel}{} reached {}",
                if *with_password { " with the password" } else { "" },
                reached.map_or("no one", party)
            ),
            EventKind::CallerVerified { user, via, confirmed } => {
                write!(
                    formatter,
                    "caller claiming to be {user} checked by {via}: {}",
                    if *confirmed { "confirmed" } else { "not the user" }
                )
            }
            EventKind::MailSent { from, recipients, subject } => {
                write!(formatter, "{from} sent \"{subject}\" to {recipients} recipient(s)")
            }
            EventKind::MailRejected { from, code } => write!(formatter, "mail from {from} rejected: {code}"),
            EventKind::MailDelivered { to, folder, subject } => write!(formatter, "\"{subject}\" delivered to {to} ({folder})"),
            EventKind::MailForwarded { from_mailbox, to, by_rule } => match by_rule {
                Some(rule) => write!(formatter, "inbox rule \"{rule}\" of {from_mailbox} forwarded a message to {to}"),
                None => write!(formatter, "mailbox forwarding of {from_mailbox} sent a message to {to}"),
            },
            EventKind::MailBounced { mailbox, to, code } => write!(formatter, "forwarding from {mailbox} to {to} bounced: {code}"),
            EventKind::MailReadBy { mailbox, party: who, messages } => {
                write!(formatter, "{} read {messages} message(s) in {mailbox}", party(*who))
            }
            EventKind::ForwardingSet { user, address } => write!(formatter, "forwarding of {user} set to {address}"),
            EventKind::ForwardingCleared { user } => write!(formatter, "forwarding of {user} cleared"),
            EventKind::RuleCreated { user, rule } => write!(formatter, "inbox rule \"{rule}\" created in {user}"),
            EventKind::RuleRemoved { user, rule } => write!(formatter, "inbox rule \"{rule}\" removed from {user}"),
            EventKind::RuleEnabled { user, rule, enabled } => {
                write!(formatter, "inbox rule \"{rule}\" of {user} {}", if *enabled { "enabled" } else { "disabled" })
            }
            EventKind::DelegateAdded { user, delegate } => write!(formatter, "{delegate} given access to the mailbox of {user}"),
            EventKind::DelegateRemoved { user, delegate } => write!(formatter, "access of {delegate} to the mailbox of {user} removed"),
            EventKind::ProtocolsDisabled { user, protocols } => write!(formatter, "protocols {protocols} disabled for {user}"),
            EventKind::SenderRestricted { user, limit } => {
                write!(formatter, "{user} restricted from sending email (crossed {})", limit.describe())
            }
            EventKind::ReleaseRequested { user, effective_at } => {
                write!(formatter, "release of {user} requested; sending resumes at {}", effective_at.clock_text())
            }
            EventKind::SenderReleased { user } => write!(formatter, "{user} can send email again"),
            EventKind::AlertRaised { title, user } => write!(formatter, "alert \"{title}\" for {user}"),
            EventKind::HelpdeskCall { user, message } => write!(formatter, "{user} calls the helpdesk: \"{message}\""),
            EventKind::ActorGaveUp { detail } => formatter.write_str(detail),
            EventKind::ClockAdvanced { to } => write!(formatter, "clock advanced to {}", to.clock_text()),
            EventKind::NewDay => formatter.write_str("a new UTC day begins"),
        }
    }
}
