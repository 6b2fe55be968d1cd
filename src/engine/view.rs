//! What a read-only action shows, as data: the facts of a table, a list or
//! a short answer. The words are the presentation layer's
//! (`crate::present::view`), in the trainee's language.

use crate::action::Verification;
use crate::clock::SimDuration;
use crate::clock::SimTime;
use crate::tenant::logs::{Alert, AuditEntry, SignInEntry, SignInStatus, TraceEntry};
use crate::tenant::mailbox::{AccessRight, InboxRule, Protocol};
use crate::tenant::outbound::LimitKind;
use crate::tenant::policy::{LockoutPolicy, OutboundPolicy, PasswordPolicy, SsprPolicy};
use crate::tenant::role::Role;
use crate::tenant::user::MethodKind;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserSummary {
    pub upn: String,
    pub display_name: String,
    pub department: String,
    pub(crate) sign_in_blocked: bool,
    pub admin: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupSummary {
    pub name: String,
    pub members: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserDetail {
    pub upn: String,
    pub display_name: String,
    pub department: String,
    pub location: crate::tenant::logs::Place,
    pub(crate) sign_in_blocked: bool,
    pub roles: Vec<Role>,
    pub mfa_required: bool,
    pub alternate_email: Option<String>,
    pub mobile_phone: Option<String>,
    pub(crate) password_last_set: SimTime,
    pub password_never_expires: bool,
    pub(crate) must_change_password: bool,
    pub(crate) licensed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MethodLine {
    pub method: MethodKind,
    pub detail: String,
    /// When it was registered, when the directory knows.
    pub registered_at: Option<SimTime>,
}

/// A device registered to a user, as the devices list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceLine {
    pub name: String,
    pub os: String,
    pub registered_at: SimTime,
    pub enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailboxDetail {
    pub upn: String,
    pub forwarding_address: Option<String>,
    pub forwarding_smtp_address: Option<String>,
    pub deliver_and_forward: bool,
    pub(crate) rule_count: usize,
    pub(crate) delegate_count: usize,
    pub(crate) disabled_protocols: Vec<Protocol>,
    pub restricted: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestrictedLine {
    pub upn: String,
    pub limit: LimitKind,
    pub at: SimTime,
    pub release_effective_at: Option<SimTime>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policies {
    pub lockout: LockoutPolicy,
    pub password: PasswordPolicy,
    pub outbound: OutboundPolicy,
}

/// Whose members a [`View::Members`] lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MembersOf {
    Group(String),
    Role(Role),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    Users {
        users: Vec<UserSummary>,
        total: usize,
    },
    User(UserDetail),
    Methods {
        upn: String,
        methods: Vec<MethodLine>,
        app_passwords: Vec<String>,
    },
    Devices {
        upn: String,
        devices: Vec<DeviceLine>,
    },
    SignIns(Vec<SignInEntry>),
    Audit(Vec<AuditEntry>),
    Policies(Policies),
    Sspr(SsprPolicy),
    Groups(Vec<GroupSummary>),
    /// The members of a group or the holders of a role (`of` says which).
    Members {
        of: MembersOf,
        members: Vec<UserSummary>,
    },
    /// What the person signing in is told, with the status behind it.
    SignIn {
        status: SignInStatus,
    },
    /// An admin reset shows the new password once.
    TemporaryPassword {
        upn: String,
        password: String,
    },
    Mailbox(MailboxDetail),
    Rules {
        upn: String,
        rules: Vec<InboxRule>,
    },
    Delegates {
        upn: String,
        delegates: Vec<(String, AccessRight)>,
    },
    Trace(Vec<TraceEntry>),
    /// Every mailbox that sends mail to an address.
    ForwardingSearch {
        address: String,
        hits: Vec<ForwardingHit>,
    },
    Restricted(Vec<RestrictedLine>),
    Alerts(Vec<Alert>),
    /// Messages a reader saw.
    Mail {
        upn: String,
        subjects: Vec<String>,
    },
    /// The enterprise applications and the user-consent setting.
    Apps {
        user_consent: crate::tenant::apps::UserConsent,
        apps: Vec<AppLine>,
    },
    /// One enterprise application and its grants.
    App {
        app: AppLine,
        grants: Vec<GrantLine>,
    },
    /// Delegated permission grants.
    Grants(Vec<GrantLine>),
    NamedLocations(Vec<crate::tenant::access::NamedLocation>),
    ConditionalAccessPolicies(Vec<crate::tenant::access::ConditionalAccessPolicy>),
    RiskyUsers(Vec<crate::tenant::access::RiskyUser>),
    /// A short answer: nothing to change, or what an action set in motion.
    Note(Note),
}

/// An enterprise application as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppLine {
    pub name: String,
    pub app_id: String,
    /// The service principal's object ID in this tenant.
    pub object_id: String,
    pub reply_url: String,
    pub publisher: String,
    pub verified: bool,
    pub enabled: bool,
    pub created_at: SimTime,
}

/// A delegated permission grant as the views show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GrantLine {
    pub id: String,
    /// The client application's display name.
    pub app: String,
    /// The client's service principal object ID (Graph's `clientId`).
    pub client_id: String,
    pub consent: crate::tenant::apps::ConsentType,
    pub scopes: Vec<String>,
    pub granted_at: SimTime,
}

/// The short answers, as facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Note {
    /// `mailbox forwarding clear` on a mailbox without forwarding.
    NoForwarding {
        upn: String,
    },
    /// The delegate already has that right.
    AlreadyDelegated {
        delegate: String,
        access: AccessRight,
        upn: String,
    },
    /// Sign-in is already in the state asked for.
    SignInAlready {
        upn: String,
        blocked: bool,
    },
    /// The user already holds the role.
    AlreadyHoldsRole {
        upn: String,
        role: Role,
    },
    /// MFA is already required.
    MfaAlreadyRequired {
        upn: String,
    },
    DeviceAlreadyDisabled {
        upn: String,
        device: String,
    },
    AppAlreadyDisabled {
        app: String,
    },
    UserConsentAlready {
        setting: crate::tenant::apps::UserConsent,
    },
    /// The user is already confirmed compromised.
    AlreadyConfirmedCompromised {
        upn: String,
    },
    /// A session token was accepted.
    SessionAccepted {
        session: u32,
    },
    /// The caller checked out: the request really comes from the user.
    CallerGenuine {
        upn: String,
    },
    /// Whoever answered (the attacker, on a phone they registered) confirms.
    CallerConfirmedByAnswerer {
        upn: String,
    },
    /// The user never asked: the caller was someone else.
    CallerImpostor {
        upn: String,
        via: Verification,
    },
    /// A user changed their own password.
    PasswordChanged,
    /// A user reset their own password (self-service).
    PasswordResetBySelf,
    /// A release from the restricted entities is already under way.
    ReleaseInProgress {
        upn: String,
        resumes_at: SimTime,
    },
    /// A release was asked for; sending resumes after `delay`.
    ReleaseRequested {
        upn: String,
        delay: SimDuration,
        resumes_at: SimTime,
    },
}

/// How many rows a list view shows at most.
pub(crate) const VIEW_ROW_LIMIT: usize = 200;

/// A mailbox that sends mail to the searched address, and how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForwardingHit {
    pub upn: String,
    pub by: ForwardingBy,
}

/// How a mailbox sends mail to an address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ForwardingBy {
    /// The mailbox's own forwarding (`ForwardingAddress` or `ForwardingSmtpAddress`).
    Mailbox,
    /// An inbox rule that forwards or redirects there.
    Rule { name: String, enabled: bool, hidden: bool },
}
