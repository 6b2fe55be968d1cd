//! What the trainee can read afterwards: sign-in log, audit log, message
//! trace and alerts. Each is bounded; the oldest entries go first.

use crate::clock::SimTime;
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// Every log keeps at most this many entries.
pub(crate) const LOG_LIMIT: usize = 200_000;

/// A bounded, append-only log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoundedLog<T> {
    entries: VecDeque<T>,
    dropped: u64,
}

impl<T> Default for BoundedLog<T> {
    fn default() -> Self {
        Self { entries: VecDeque::new(), dropped: 0 }
    }
}

impl<T> BoundedLog<T> {
    pub(crate) fn push(&mut self, entry: T) {
        if self.entries.len() >= LOG_LIMIT {
            self.entries.pop_front();
            self.dropped += 1;
        }
        self.entries.push_back(entry);
    }
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> {
        self.entries.iter()
    }
}

/// Result of a sign-in, with the Entra error code where there is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignInStatus {
    Success,
    /// Signed in, but must choose a new password before going on.
    MustChangePassword,
    /// AADSTS50126: invalid user name or password.
    WrongPassword,
    /// AADSTS50053: locked by smart lockout.
    Locked,
    /// AADSTS50057: the account is disabled (sign-in blocked).
    Disabled,
    /// AADSTS50055: the password has expired.
    PasswordExpired,
    /// AADSTS50076: multifactor authentication required and not satisfied.
    MfaRequired,
    /// AADSTS50034: no such user.
    UnknownUser,
    /// AADSTS700082: the refresh token was revoked or has expired.
    TokenRevoked,
}

impl SignInStatus {
    /// The error code the sign-in log shows; 0 for success.
    #[must_use]
    pub const fn code(self) -> u32 {
        match self {
            SignInStatus::Success | SignInStatus::MustChangePassword => 0,
            SignInStatus::WrongPassword => 50_126,
            SignInStatus::Locked => 50_053,
            SignInStatus::Disabled => 50_057,
            SignInStatus::PasswordExpired => 50_055,
            SignInStatus::MfaRequired => 50_076,
            SignInStatus::UnknownUser => 50_034,
            SignInStatus::TokenRevoked => 700_082,
        }
    }

    #[must_use]
    pub const fn succeeded(self) -> bool {
        matches!(self, SignInStatus::Success | SignInStatus::MustChangePassword)
    }
}

/// Whether a sign-in came from the user's usual place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Location {
    Familiar,
    Unfamiliar,
}

impl Location {}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInEntry {
    pub at: SimTime,
    pub upn: String,
    /// Client application, as the log shows it: "Browser", "IMAP (app password)", "Non-interactive"
    /// (a refresh token redeemed), "Non-interactive (PRT)" (a registered device), "Authenticator app".
    pub client: String,
    /// The IP address the sign-in came from.
    #[serde(default)]
    pub ip: String,
    /// Where the sign-in came from, as the log shows it.
    pub place: String,
    pub location: Location,
    pub status: SignInStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: SimTime,
    /// The account that did it, as the log records it (an attacker acting
    /// through a compromised account shows as that account).
    pub actor: String,
    /// The IP address and place the change came from; empty for the
    /// service itself.
    #[serde(default)]
    pub ip: String,
    #[serde(default)]
    pub place: String,
    pub operation: String,
    pub target: String,
    pub details: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alert {
    pub id: u32,
    pub at: SimTime,
    pub severity: Severity,
    pub title: String,
    pub upn: String,
    pub detail: AlertDetail,
}

/// What an alert says about its cause, as facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AlertDetail {
    /// The inbox rule that forwards or redirects, by name.
    Rule(String),
    /// Mail was forwarded to this outside address.
    ForwardedTo(String),
    /// The sending limit the user went over.
    Limit(crate::tenant::outbound::LimitKind),
}

/// Whom a message trace entry is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TraceTo {
    Address(String),
    /// A message to many recipients, counted.
    Recipients(usize),
    /// The outside recipients of a message, counted.
    OutsideRecipients(usize),
}

/// The trace's detail column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TraceDetail {
    /// The server's own response, as the real trace shows it
    /// (`250 2.1.5 Delivered to Inbox`, `550 5.1.8 ...`).
    Smtp(String),
    /// Forwarded by the inbox rule of this name.
    ForwardedByRule(String),
    /// Forwarded by the mailbox's forwarding address.
    ForwardedByMailbox,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TraceStatus {
    Delivered,
    Forwarded,
    Failed,
    /// Left the organisation for an outside address.
    Sent,
}

impl TraceStatus {}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceEntry {
    pub at: SimTime,
    pub(crate) message_id: u64,
    pub from: String,
    pub to: TraceTo,
    pub subject: String,
    pub status: TraceStatus,
    pub detail: TraceDetail,
}
