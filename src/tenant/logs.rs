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
    pub fn push(&mut self, entry: T) {
        if self.entries.len() >= LOG_LIMIT {
            self.entries.pop_front();
            self.dropped += 1;
        }
        self.entries.push_back(entry);
    }
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> {
        self.entries.iter()
    }
    /// For entries that change after they are written (an alert resolved).
    pub fn iter_mut(&mut self) -> impl DoubleEndedIterator<Item = &mut T> {
        self.entries.iter_mut()
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
    /// AADSTS53003: the password was right, and a Conditional Access
    /// policy blocked the sign-in.
    BlockedByConditionalAccess,
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
            SignInStatus::BlockedByConditionalAccess => 53_003,
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInEntry {
    pub at: SimTime,
    pub upn: String,
    /// Client application: the portal's client app, worded by the presentation layer.
    pub client: ClientApp,
    /// The IP address the sign-in came from.
    #[serde(default)]
    pub ip: String,
    /// Where the sign-in came from, as the log shows it.
    pub place: Place,
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
    pub place: Option<Place>,
    pub activity: Activity,
    pub target: String,
    pub details: AuditDetail,
}

/// Where an address is, as the logs show it: a city the service
/// geolocates (`Amsterdam, NL`), or one of the simulator's own places,
/// worded in the trainee's language.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Place {
    /// The organisation's office.
    #[default]
    Office,
    /// A hotel's wireless network, where a user travels.
    HotelWifi,
    Named(String),
}

/// The client application a sign-in came from, as the sign-in log's
/// "Client app" column names it (Entra words it in the portal's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ClientApp {
    Browser,
    /// A legacy protocol signing in with an app password.
    AppPassword(crate::tenant::mailbox::Protocol),
    /// A legacy protocol signing in with the account's password (basic
    /// authentication): no MFA prompt is possible.
    Legacy(crate::tenant::mailbox::Protocol),
    /// A refresh token redeemed without the user present.
    NonInteractive,
    /// A registered device's primary refresh token.
    NonInteractiveDevice,
    /// A passwordless sign-in with the Microsoft Authenticator app or a
    /// security key.
    Passwordless,
    /// An application redeeming the refresh token a user's consent gave
    /// it, to act as the user without them (non-interactive).
    DelegatedApp,
}

/// What an audit log entry records was done. Entra's and Exchange's own
/// activity names stay as the real log shows them in every language
/// ([`Activity::product_name`]); the few this simulator names itself are
/// worded by the presentation layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Activity {
    UpdateUser,
    ResetUserPassword,
    ChangeUserPassword,
    ResetPasswordSelfService,
    InvalidateRefreshTokens,
    AddMemberToRole,
    RemoveMemberFromRole,
    AdminDeletedSecurityInfo,
    UserRegisteredSecurityInfo,
    SetPasswordPolicy,
    SetMailbox,
    NewInboxRule,
    RemoveInboxRule,
    EnableInboxRule,
    DisableInboxRule,
    AddMailboxPermission,
    RemoveMailboxPermission,
    SetCasMailbox,
    SetHostedOutboundSpamFilterPolicy,
    RemoveBlockedSenderAddress,
    /// The simulator's own activity: an admin deleted a user's app passwords.
    DeleteAppPasswords,
    /// The simulator's own activity: an app password was created.
    CreateAppPassword,
    /// The simulator's own activity: the self-service password reset policy changed.
    UpdateSsprPolicy,
    RegisterDevice,
    /// A device enabled or disabled (Entra records the change of
    /// `AccountEnabled` as "Update device").
    UpdateDevice,
    DeleteDevice,
    AddServicePrincipal,
    ConsentToApplication,
    AddDelegatedPermissionGrant,
    RemoveDelegatedPermissionGrant,
    /// An enterprise application enabled or disabled, among other changes.
    UpdateServicePrincipal,
    RemoveServicePrincipal,
    /// The user-consent setting is part of the authorization policy.
    UpdateAuthorizationPolicy,
    AddNamedLocation,
    AddConditionalAccessPolicy,
    /// The simulator's own activity: an admin confirmed a user compromised
    /// in Identity Protection.
    ConfirmUserCompromised,
}

impl Activity {
    /// The activity's name as the real audit log shows it (English in every
    /// portal language, like a cmdlet's name); `None` for the simulator's own.
    #[must_use]
    pub const fn product_name(self) -> Option<&'static str> {
        Some(match self {
            Activity::UpdateUser => "Update user",
            Activity::ResetUserPassword => "Reset user password",
            Activity::ChangeUserPassword => "Change user password",
            Activity::ResetPasswordSelfService => "Reset password (self-service)",
            Activity::InvalidateRefreshTokens => "Invalidate all refresh tokens for user",
            Activity::AddMemberToRole => "Add member to role",
            Activity::RemoveMemberFromRole => "Remove member from role",
            Activity::AdminDeletedSecurityInfo => "Admin deleted security info",
            Activity::UserRegisteredSecurityInfo => "User registered security info",
            Activity::SetPasswordPolicy => "Set password policy",
            Activity::SetMailbox => "Set-Mailbox",
            Activity::NewInboxRule => "New-InboxRule",
            Activity::RemoveInboxRule => "Remove-InboxRule",
            Activity::EnableInboxRule => "Enable-InboxRule",
            Activity::DisableInboxRule => "Disable-InboxRule",
            Activity::AddMailboxPermission => "Add-MailboxPermission",
            Activity::RemoveMailboxPermission => "Remove-MailboxPermission",
            Activity::SetCasMailbox => "Set-CASMailbox",
            Activity::SetHostedOutboundSpamFilterPolicy => "Set-HostedOutboundSpamFilterPolicy",
            Activity::RemoveBlockedSenderAddress => "Remove-BlockedSenderAddress",
            Activity::RegisterDevice => "Register device",
            Activity::UpdateDevice => "Update device",
            Activity::DeleteDevice => "Delete device",
            Activity::AddServicePrincipal => "Add service principal",
            Activity::ConsentToApplication => "Consent to application",
            Activity::AddDelegatedPermissionGrant => "Add delegated permission grant",
            Activity::RemoveDelegatedPermissionGrant => "Remove delegated permission grant",
            Activity::UpdateServicePrincipal => "Update service principal",
            Activity::RemoveServicePrincipal => "Remove service principal",
            Activity::UpdateAuthorizationPolicy => "Update authorization policy",
            Activity::AddNamedLocation => "Add named location",
            Activity::AddConditionalAccessPolicy => "Add conditional access policy",
            Activity::DeleteAppPasswords | Activity::CreateAppPassword | Activity::UpdateSsprPolicy | Activity::ConfirmUserCompromised => {
                return None;
            }
        })
    }
}

/// The audit log's Details column, as facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum AuditDetail {
    None,
    /// Properties as the service records them (`AccountEnabled: false`,
    /// `ForwardingSmtpAddress: $null`, a rule's or role's name): shown as
    /// they are in every language.
    Recorded(String),
    /// Refresh tokens invalidated, counted.
    SessionsRevoked(u32),
    /// App passwords deleted, counted.
    AppPasswordsDeleted(u32),
    /// The alternate email address or mobile phone changed.
    ContactInfo,
    /// Organisation-wide password expiry: after so many days, or never.
    PasswordExpiry(Option<u16>),
    Sspr {
        scope: crate::tenant::policy::SsprScope,
        methods_required: u8,
    },
    OutboundPolicy {
        external_per_hour: u32,
        internal_per_hour: u32,
        per_day: u32,
        action: crate::tenant::policy::OutboundAction,
        auto_forwarding: crate::tenant::policy::AutoForwardingMode,
    },
    ProtocolsDisabled(Vec<crate::tenant::mailbox::Protocol>),
    /// A Conditional Access policy's conditions and grant.
    ConditionalAccessPolicy(crate::tenant::access::PolicyControl),
    /// A restricted sender's release: sending resumes then.
    SendingResumes(SimTime),
    /// A self-service reset by a user who knew the password, or forgot it.
    SelfServiceReset {
        knew_password: bool,
    },
    /// A delegated permission grant's properties as Entra records them
    /// (`ConsentType`, `Scope`): shown as they are in every language.
    Grant {
        consent: crate::tenant::apps::ConsentType,
        scopes: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    Low,
    Medium,
    High,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alert {
    pub id: u32,
    pub at: SimTime,
    pub severity: Severity,
    pub title: String,
    pub upn: String,
    pub detail: AlertDetail,
    /// Where the alert is in the queue. Defender also has "In progress"
    /// for an alert someone is working on; here an alert goes from new
    /// to resolved when an admin classifies it.
    #[serde(default)]
    pub status: AlertStatus,
    /// The admin's verdict, once resolved.
    #[serde(default)]
    pub classification: Option<Classification>,
    /// The admin's comment on the verdict, as typed.
    #[serde(default)]
    pub comment: Option<String>,
    /// Who resolved it.
    #[serde(default)]
    pub resolved_by: Option<String>,
}

/// An alert's status in Defender's queue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum AlertStatus {
    #[default]
    New,
    Resolved,
}

impl AlertStatus {
    /// The status as Defender's alert queue shows it.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            AlertStatus::New => "New",
            AlertStatus::Resolved => "Resolved",
        }
    }
}

/// Defender's classification of an alert (alert-grading playbooks): the
/// activity was malicious; it really happened but was expected (a benign
/// true positive); or the alert was wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Classification {
    TruePositive,
    /// "Informational, expected activity": a benign true positive.
    InformationalExpectedActivity,
    FalsePositive,
}

impl Classification {
    /// The classification as Defender's alert page shows it.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Classification::TruePositive => "True positive",
            Classification::InformationalExpectedActivity => "Informational, expected activity",
            Classification::FalsePositive => "False positive",
        }
    }
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
