//! How an action ended, as facts: done, refused (and why), or not possible
//! as asked (and why). The words are the presentation layer's
//! (`crate::present::outcome`); nothing here is a sentence.

use crate::clock::SimDuration;
use crate::tenant::password_rules::PasswordRejection;
use crate::tenant::permission::Denial;
use crate::tenant::role::Role;
use crate::tenant::user::MethodKind;
use serde::{Deserialize, Serialize};

/// How an action ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Done,
    /// Refused for lack of permission or access; names what was missing.
    Denied(Refusal),
    /// Not possible as asked (unknown user, bad password, wrong state).
    Invalid(Problem),
}

impl Outcome {
    #[must_use]
    pub const fn is_done(&self) -> bool {
        matches!(self, Outcome::Done)
    }
}

/// Why a session or token no longer gives access, with Entra's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionProblem {
    /// The party holds no session at all.
    NoSession,
    /// AADSTS50173.
    RefreshRevoked,
    /// AADSTS50057.
    AccountDisabled,
    /// AADSTS700082.
    RefreshExpired,
    /// AADSTS50076.
    MfaRequired,
    /// AADSTS53003: a Conditional Access policy blocks the place the
    /// refresh token is redeemed from.
    BlockedByConditionalAccess,
}

/// Why an app password did not work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppPasswordProblem {
    NoneHeld,
    /// The account is disabled (AADSTS50057).
    AccountDisabled,
    /// App passwords work only with legacy protocols.
    NotLegacy,
    /// The protocol is turned off for the mailbox.
    ProtocolDisabled,
}

/// Why an action was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// The permission check: which permission, and the roles that grant it.
    Permission(Denial),
    /// The actor has no working session for the admin center.
    NotSignedIn {
        user: String,
        problem: SessionProblem,
    },
    /// A session was asked for and none works.
    Session(SessionProblem),
    /// A non-admin's own mail client has no working session.
    MailboxUnreachable {
        user: String,
    },
    /// The owner or attacker reading mail has no working session.
    NoMailboxSession {
        mailbox: String,
    },
    /// A reader is no `FullAccess` delegate of the mailbox.
    NoFullAccess {
        delegate: String,
        mailbox: String,
    },
    /// A delegate's own client has no working session.
    DelegateNoSession {
        delegate: String,
    },
    /// Outbound protection refused the message; `reply` is the server's
    /// SMTP reply (a code, kept as the service sends it).
    Undeliverable {
        reply: String,
    },
    AppPassword(AppPasswordProblem),
    /// A password change's sign-in failed (AADSTS code in the status).
    SignIn(crate::tenant::logs::SignInStatus),
    SsprNotEnabled {
        user: String,
    },
    /// Self-service reset cannot unblock a disabled account (AADSTS50057).
    SsprAccountDisabled {
        user: String,
    },
    SsprTooFewMethods {
        user: String,
        required: usize,
        usable: usize,
    },
    /// "I know my password" while locked (AADSTS50053).
    SsprLocked,
    SsprNeedsCurrentPassword,
    /// An admin may release a sender only so many times.
    ReleaseLimitReached {
        user: String,
        releases: u32,
    },
}

/// Why an action is not possible as asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    WaitTooLong {
        longest: SimDuration,
    },
    AmbiguousUser {
        name: String,
    },
    UnknownUser {
        name: String,
        tenant: String,
    },
    AttackerWithoutAccount,
    /// `groups` lists the groups.
    UnknownGroup {
        group: String,
    },
    /// The SSPR scope names a group that does not exist.
    UnknownScopeGroup {
        group: String,
    },
    RoleNotHeld {
        user: String,
        role: Role,
    },
    LastGlobalAdministrator {
        user: String,
        tenant: String,
    },
    NoSuchDevice {
        user: String,
        device: String,
    },
    /// No enterprise application by that name or id.
    NoSuchApp {
        app: String,
    },
    /// The application holds no grant to revoke (for that user).
    NoGrants {
        app: String,
        user: Option<String>,
    },
    /// Not an IPv4 range in CIDR notation (host bits zero), as typed.
    InvalidRange {
        range: String,
    },
    /// A named location needs at least one range.
    NoRanges,
    TooManyRanges {
        limit: usize,
    },
    NamedLocationExists {
        name: String,
    },
    TooManyNamedLocations {
        limit: usize,
    },
    UnknownNamedLocation {
        name: String,
    },
    /// A blocking policy needs at least one named location.
    NoLocations,
    PolicyExists {
        name: String,
    },
    TooManyPolicies {
        limit: usize,
    },
    /// A location's or policy's name is empty, too long or has control characters.
    BadAccessName {
        limit: usize,
    },
    NoSuchMethod {
        user: String,
        method: MethodKind,
    },
    NoAppPasswords {
        user: String,
    },
    NoContactInfo,
    PasswordExpiryRange {
        shortest: u16,
        longest: u16,
    },
    /// An action reached a handler that does not handle it (a bug, never
    /// input): which handler.
    Misrouted(Area),
    SignInAsSomeoneElse {
        user: String,
    },
    ServiceCannotSignIn,
    Password(PasswordRejection),
    /// Graph refuses an admin reset of the caller's own password.
    OwnAccountReset,
    NoPhoneToCallBack {
        user: String,
    },
    PasswordNotKnown {
        user: String,
    },
    NoPhone {
        user: String,
    },
    NoMobilePhone {
        user: String,
    },
    PasswordReused,
    PasswordUnchanged,
    SsprMethodsRequiredRange,
    SsprReconfirmRange,
    SsprTooFewMethodsAllowed {
        required: u8,
        allowed: usize,
    },
    NoForwardingTarget,
    ForwardingAddressOutside {
        address: String,
    },
    NoSuchRule {
        rule: String,
        user: String,
    },
    NoSuchDelegate {
        delegate: String,
        user: String,
    },
    NoMailbox {
        user: String,
    },
    OnlyPeopleReadMail,
    RuleWithoutAction,
    RuleQuotaReached,
    NoRecipients,
    /// No alert has this id.
    NoSuchAlert {
        id: u32,
    },
    OutboundLimitRange {
        largest: u32,
    },
    NotRestricted {
        user: String,
    },
    /// `BlockUserForToday` cannot be released early.
    RestrictedUntilTomorrow {
        user: String,
    },
    /// The session layer: only this user can do it, and they are not at
    /// the trainee's desk.
    OnlyTheUser {
        user: String,
    },
    /// The session layer: `ask` named no user.
    NoOneToAsk {
        name: String,
    },
}

/// The handlers of the step function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Area {
    Identity,
    Mail,
    Outbound,
    Apps,
    Access,
}
