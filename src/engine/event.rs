//! What happened: every step returns the events it caused, and the
//! simulation keeps them all in its journal. Events are ground truth (they
//! say "the attacker", where the audit log says which account was used); the
//! debrief timeline, the scorer and the invariants read them. Events are
//! facts; `crate::present::event` puts them in words.

use super::outcome::{AppPasswordProblem, SessionProblem};
use crate::action::{Actor, Verification};
use crate::clock::SimTime;
use crate::tenant::logs::{Location, SignInStatus};
use crate::tenant::outbound::LimitKind;
use crate::tenant::permission::{Denial, Permission};
use crate::tenant::policy::{AutoForwardingMode, OutboundAction, SsprScope};
use crate::tenant::role::Role;
use crate::tenant::user::{MethodKind, Party};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub at: SimTime,
    pub actor: Actor,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventKind {
    // Sign-in and sessions.
    SignInAttempt {
        user: String,
        party: Party,
        location: Location,
        status: SignInStatus,
        /// The address it came from and the client, as the sign-in log has them.
        #[serde(default)]
        ip: String,
        client: crate::tenant::logs::ClientApp,
    },
    LockedOut {
        user: String,
        familiar: bool,
        until: SimTime,
    },
    LockoutEnded {
        user: String,
        familiar: bool,
    },
    LockoutCleared {
        user: String,
    },
    SessionIssued {
        user: String,
        party: Party,
        session: u32,
        origin: crate::tenant::user::SessionOrigin,
    },
    SessionUsed {
        user: String,
        party: Party,
        session: u32,
        refreshed: bool,
    },
    SessionRejected {
        user: String,
        party: Party,
        reason: SessionProblem,
    },
    AccessTokenExpired {
        user: String,
        session: u32,
    },
    ContinuousAccessReached {
        user: String,
        session: u32,
    },
    AppPasswordUsed {
        user: String,
        party: Party,
        ok: bool,
        problem: Option<AppPasswordProblem>,
    },

    // Passwords.
    PasswordReset {
        user: String,
        require_change: bool,
    },
    PasswordChanged {
        user: String,
        party: Party,
        self_service: bool,
    },
    PasswordLearned {
        user: String,
        party: Party,
        how: Learned,
    },
    PasswordExposed {
        user: String,
        address: String,
    },
    RefreshTokensRevoked {
        user: String,
        count: u32,
    },

    // Administration.
    Permitted {
        permission: Permission,
        user: Option<String>,
    },
    Denied {
        permission: Permission,
        reason: Denial,
    },
    SignInBlocked {
        user: String,
    },
    SignInAllowed {
        user: String,
    },
    SessionsRevoked {
        user: String,
        count: u32,
    },
    RoleAdded {
        user: String,
        role: Role,
    },
    RoleRemoved {
        user: String,
        role: Role,
    },
    MfaRequired {
        user: String,
    },
    DeviceDisabled {
        user: String,
        device: String,
    },
    DeviceDeleted {
        user: String,
        device: String,
    },
    /// An enterprise application can no longer sign users in.
    AppDisabled {
        app: String,
    },
    AppDeleted {
        app: String,
    },
    /// Delegated permission grants of an application revoked.
    GrantsRevoked {
        app: String,
        count: u32,
    },
    /// The tenant's user-consent setting changed.
    UserConsentChanged {
        setting: crate::tenant::apps::UserConsent,
    },
    /// A user consented to an application (the attacker's lure, again).
    ConsentGranted {
        user: String,
        app: String,
    },
    NamedLocationCreated {
        name: String,
        ranges: Vec<crate::tenant::access::Ipv4Range>,
    },
    ConditionalAccessPolicyCreated {
        name: String,
        control: crate::tenant::access::PolicyControl,
    },
    UserConfirmedCompromised {
        user: String,
    },
    MethodRemoved {
        user: String,
        method: MethodKind,
        count: u32,
    },
    AppPasswordsRemoved {
        user: String,
        count: u32,
    },
    ContactInfoUpdated {
        user: String,
    },
    PolicyChanged {
        change: PolicyChange,
    },
    Notified {
        user: String,
        channel: NotifyChannel,
        with_password: bool,
        reached: Option<Party>,
    },
    CallerVerified {
        user: String,
        via: Verification,
        confirmed: bool,
    },

    // Mail.
    MailSent {
        from: String,
        recipients: u32,
        subject: String,
    },
    MailRejected {
        from: String,
        code: String,
    },
    MailDelivered {
        to: String,
        folder: String,
        subject: String,
    },
    MailForwarded {
        from_mailbox: String,
        to: String,
        by_rule: Option<String>,
    },
    MailBounced {
        mailbox: String,
        to: String,
        code: String,
    },
    MailReadBy {
        mailbox: String,
        party: Party,
        messages: u32,
    },
    ForwardingSet {
        user: String,
        address: String,
    },
    ForwardingCleared {
        user: String,
    },
    RuleCreated {
        user: String,
        rule: String,
    },
    RuleRemoved {
        user: String,
        rule: String,
    },
    RuleEnabled {
        user: String,
        rule: String,
        enabled: bool,
    },
    DelegateAdded {
        user: String,
        delegate: String,
    },
    DelegateRemoved {
        user: String,
        delegate: String,
    },
    ProtocolsDisabled {
        user: String,
        protocols: String,
    },

    // Outbound protection.
    SenderRestricted {
        user: String,
        limit: LimitKind,
    },
    ReleaseRequested {
        user: String,
        effective_at: SimTime,
    },
    SenderReleased {
        user: String,
    },
    AlertRaised {
        title: String,
        user: String,
    },
    /// An admin resolved an alert about `user` with a verdict.
    AlertResolved {
        id: u32,
        user: String,
        verdict: crate::tenant::logs::Classification,
    },

    // People and time.
    /// An end user calls: they cannot sign in, and what the sign-in page
    /// told them last (if they tried).
    HelpdeskCall {
        user: String,
        status: Option<SignInStatus>,
    },
    ActorGaveUp {
        reason: GaveUp,
    },
    ClockAdvanced {
        to: SimTime,
    },
    NewDay,
}

/// How someone came to know a password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Learned {
    /// Read the message carrying it in this mailbox.
    ReadInMailbox {
        mailbox: String,
    },
    /// A message carrying it went to this outside address.
    MailTo {
        address: String,
    },
    /// Set it through a compromised admin account.
    SetThroughAdmin,
    /// Told by an admin, support or a colleague.
    Told(NotifyChannel),
    PasswordSpray,
}

/// How a person was told something.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NotifyChannel {
    InPerson,
    /// A call to this number.
    Phone {
        number: String,
    },
    /// A text message to this number.
    Sms {
        number: String,
    },
    Email {
        address: String,
    },
}

/// A policy change and the policy's new settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PolicyChange {
    /// The tenant's password expiration policy (`None`: never expire).
    PasswordExpiration {
        days: Option<u16>,
    },
    /// One user's `PasswordPolicies` (the Graph value, e.g.
    /// `DisablePasswordExpiration`).
    UserPasswordPolicy {
        user: String,
        policies: String,
    },
    SelfServiceReset {
        scope: SsprScope,
        methods_required: u8,
    },
    OutboundSpam {
        external_per_hour: u32,
        internal_per_hour: u32,
        per_day: u32,
        action: OutboundAction,
        auto_forwarding: AutoForwardingMode,
    },
}

/// Why an actor stopped acting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum GaveUp {
    /// The attacker has no working foothold left.
    NoFoothold,
}
