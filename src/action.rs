//! The one vocabulary: every change or question a trainee, an actor or a test
//! can put to the simulation is an [`Action`] done by an [`Actor`].
//!
//! These are boundary types: they are what the command parser produces, what
//! session files record, what scenario and procedure files refer to and what
//! property tests generate. Users are named by user principal name (or unique
//! alias) so that a recorded action means the same thing in any run.

use crate::clock::SimDuration;
use crate::tenant::access::PolicyControl;
use crate::tenant::apps::UserConsent;
use crate::tenant::logs::{Classification, Location};
use crate::tenant::mailbox::{AccessRight, Protocol, RuleSpec};
use crate::tenant::permission::Permission;
use crate::tenant::policy::{AutoForwardingMode, OutboundAction, SsprMethod};
use crate::tenant::role::Role;
use crate::tenant::user::MethodKind;
use serde::{Deserialize, Serialize};

/// Who does an action.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Actor {
    /// A person at an admin console, signed in as this account (the trainee,
    /// or another admin the trainee asked). Permission comes from its roles.
    Admin(String),
    /// An end user acting for themselves.
    User(String),
    /// The attacker. `via` is the account whose access it uses; admin and
    /// mailbox actions need a working foothold on it.
    Attacker { via: Option<String> },
    /// The service's own protections and the passing of time.
    Service,
    /// Microsoft support, the last resort.
    Support,
}

impl Actor {
    #[must_use]
    pub const fn is_attacker(&self) -> bool {
        matches!(self, Actor::Attacker { .. })
    }
}

/// The new password in an admin reset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NewPassword {
    /// Let the service generate one (shown once to the admin).
    Auto,
    /// The admin types one; it must pass the password rules.
    Given(String),
}

/// How a message reaches a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    /// A call to the phone number on file for the user.
    Phone,
    InPerson,
    /// A text to the mobile phone number on file.
    Sms,
    /// An email to this address (the user's own mailbox when it is theirs).
    Email(String),
}

/// How an admin checks that a caller is who they claim to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verification {
    /// Hang up and call back the phone number on file.
    Callback,
    /// Ask the user's manager to confirm.
    Manager,
    /// See the person, with identification.
    InPerson,
}

/// Self-service password reset: "I forgot my password" clears a lockout,
/// "I know my password" does not (it needs a working sign-in first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SsprMode {
    Forgot,
    Know,
}

/// Where a session is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Resource {
    /// Exchange Online: honours continuous access evaluation.
    ExchangeOnline,
    /// Admin portals and other resources.
    Portal,
}

/// Changes to the SSPR policy; `None` leaves a setting as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SsprChange {
    pub scope: Option<crate::tenant::policy::SsprScope>,
    pub methods_required: Option<u8>,
    pub methods_allowed: Option<Vec<SsprMethod>>,
    pub require_registration: Option<bool>,
    pub reconfirm_days: Option<u16>,
}

/// Changes to the outbound spam policy; `None` leaves a setting as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboundChange {
    pub external_recipients_per_hour: Option<u32>,
    pub internal_recipients_per_hour: Option<u32>,
    pub recipients_per_day: Option<u32>,
    pub action: Option<OutboundAction>,
    pub auto_forwarding: Option<AutoForwardingMode>,
}

/// Everything that can happen in the tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Action {
    // Views (read-only).
    /// The directory, sorted by user principal name: users whose name,
    /// display name or department contains `search`, in `department`.
    ListUsers {
        #[serde(alias = "filter")]
        search: Option<String>,
        #[serde(default)]
        department: Option<String>,
    },
    ShowUser {
        user: String,
    },
    ListMethods {
        user: String,
    },
    /// The sign-in log, of one user or all; `ip` keeps only sign-ins from
    /// that address.
    SignInLog {
        user: Option<String>,
        #[serde(default)]
        ip: Option<String>,
    },
    AuditLog {
        user: Option<String>,
    },
    ShowPolicies,
    ShowSspr,
    /// The tenant's groups and how many members each has.
    ListGroups,
    /// The members of one group.
    GroupMembers {
        group: String,
    },
    /// Who holds an admin role.
    RoleMembers {
        role: Role,
    },

    // Identity administration.
    ResetPassword {
        user: String,
        password: NewPassword,
        require_change: bool,
        email_to: Option<String>,
    },
    BlockSignIn {
        user: String,
    },
    AllowSignIn {
        user: String,
    },
    RevokeSessions {
        user: String,
    },
    AddRole {
        user: String,
        role: Role,
    },
    RemoveRole {
        user: String,
        role: Role,
    },
    RequireMfa {
        user: String,
    },
    RemoveMethod {
        user: String,
        method: MethodKind,
    },
    RemoveAppPasswords {
        user: String,
    },
    /// The devices registered to a user (Entra ID > Users > user > Devices).
    ListDevices {
        user: String,
    },
    /// Disable a registered device: it can no longer sign in.
    DisableDevice {
        user: String,
        device: String,
    },
    /// Delete a registered device from the directory.
    DeleteDevice {
        user: String,
        device: String,
    },
    UpdateContactInfo {
        user: String,
        alternate_email: Option<String>,
        mobile_phone: Option<String>,
    },
    SetSspr(SsprChange),
    /// Organisation-wide expiry: `None` is "never".
    SetPasswordExpiration {
        days: Option<u16>,
    },
    SetUserPasswordPolicy {
        user: String,
        never_expires: Option<bool>,
        strong_password: Option<bool>,
    },

    // Communication.
    /// Tell a person something; with `include_password` the current password
    /// the admin set goes along, and whoever receives it learns it.
    Notify {
        user: String,
        channel: Channel,
        include_password: bool,
        message: String,
    },

    /// Check through a trusted channel that the person asking for something
    /// really is this user.
    VerifyCaller {
        user: String,
        via: Verification,
    },

    // End users (and anyone who holds their credentials).
    SignIn {
        user: String,
        password: String,
        location: Location,
    },
    /// Use a session already held for the account.
    UseSession {
        user: String,
        resource: Resource,
    },
    /// Use an app password through a legacy protocol.
    UseAppPassword {
        user: String,
        protocol: Protocol,
    },
    ChangePassword {
        user: String,
        old_password: String,
        new_password: String,
    },
    SelfServiceReset {
        user: String,
        mode: SsprMode,
        new_password: String,
    },
    /// Read new mail in a mailbox one can reach (own, delegated or held).
    ReadMail {
        user: String,
    },

    // Mailboxes.
    ShowMailbox {
        user: String,
    },
    SetForwarding {
        user: String,
        forwarding_address: Option<String>,
        forwarding_smtp_address: Option<String>,
        deliver_and_forward: bool,
    },
    ClearForwarding {
        user: String,
    },
    ListRules {
        user: String,
        include_hidden: bool,
    },
    CreateRule {
        user: String,
        rule: RuleSpec,
    },
    DisableRule {
        user: String,
        rule: String,
    },
    EnableRule {
        user: String,
        rule: String,
    },
    RemoveRule {
        user: String,
        rule: String,
    },
    ListDelegates {
        user: String,
    },
    AddDelegate {
        user: String,
        delegate: String,
        access: AccessRight,
    },
    RemoveDelegate {
        user: String,
        delegate: String,
    },
    DisableProtocols {
        user: String,
        protocols: Vec<Protocol>,
    },
    MessageTrace {
        user: String,
    },
    /// Every mailbox that sends mail to `address`: by its forwarding
    /// settings or by an inbox rule that forwards or redirects there.
    SearchForwarding {
        address: String,
    },
    SendMail {
        from: String,
        to: Vec<String>,
        subject: String,
        body: String,
    },

    // Outbound protection.
    ListRestricted,
    ReleaseRestricted {
        user: String,
    },
    ListAlerts,
    /// Resolve an alert with a verdict and, optionally, a comment.
    ResolveAlert {
        id: u32,
        verdict: Classification,
        reason: Option<String>,
    },
    SetOutboundPolicy(OutboundChange),

    // Enterprise applications.
    /// The enterprise applications, with the user-consent setting.
    ListApps,
    /// One application's properties and its delegated permission grants.
    ShowApp {
        app: String,
    },
    /// Delegated permission grants: of one application, to act as one
    /// user, or every grant.
    ListGrants {
        #[serde(default)]
        app: Option<String>,
        #[serde(default)]
        user: Option<String>,
    },
    /// Revoke an application's delegated permission grants: every grant,
    /// only the one `user` gave, or only the grant with this id (Graph's
    /// `Remove-MgOauth2PermissionGrant`).
    RevokeGrants {
        app: String,
        #[serde(default)]
        user: Option<String>,
        #[serde(default)]
        grant: Option<String>,
    },
    /// "Enabled for users to sign in?" = No: the application gets no new
    /// tokens and no one can consent to it.
    DisableApp {
        app: String,
    },
    /// Delete the enterprise application and its grants.
    DeleteApp {
        app: String,
    },
    /// The tenant's user-consent setting.
    SetUserConsent {
        setting: UserConsent,
    },
    // Conditional Access and Identity Protection.
    /// The named locations (Entra ID > Conditional Access > Named locations).
    ListNamedLocations,
    /// An IP ranges location: IPv4 ranges in CIDR notation.
    CreateNamedLocation {
        name: String,
        ranges: Vec<String>,
    },
    /// The Conditional Access policies.
    ListConditionalAccessPolicies,
    /// A Conditional Access policy for all users, turned on.
    CreateConditionalAccessPolicy {
        name: String,
        control: PolicyControl,
    },
    /// Identity Protection's risky users.
    ListRiskyUsers,
    /// Identity Protection: Confirm user compromised (user risk high).
    ConfirmCompromised {
        user: String,
    },

    // Time.
    Wait {
        duration: SimDuration,
    },
}

impl Action {
    /// Whether the action only reads state (never changes anything but logs).
    #[must_use]
    pub const fn is_view(&self) -> bool {
        self.kind().facts().view
    }

    /// The action's kind: the key of the action table.
    #[must_use]
    pub const fn kind(&self) -> ActionKind {
        ActionKind::of(self)
    }

    /// The user the action is about, if there is one.
    #[must_use]
    pub fn target(&self) -> Option<&str> {
        match self {
            Action::ShowUser { user }
            | Action::ListMethods { user }
            | Action::ResetPassword { user, .. }
            | Action::BlockSignIn { user }
            | Action::AllowSignIn { user }
            | Action::RevokeSessions { user }
            | Action::AddRole { user, .. }
            | Action::RemoveRole { user, .. }
            | Action::RequireMfa { user }
            | Action::RemoveMethod { user, .. }
            | Action::RemoveAppPasswords { user }
            | Action::ListDevices { user }
            | Action::DisableDevice { user, .. }
            | Action::DeleteDevice { user, .. }
            | Action::UpdateContactInfo { user, .. }
            | Action::SetUserPasswordPolicy { user, .. }
            | Action::Notify { user, .. }
            | Action::VerifyCaller { user, .. }
            | Action::SignIn { user, .. }
            | Action::UseSession { user, .. }
            | Action::UseAppPassword { user, .. }
            | Action::ChangePassword { user, .. }
            | Action::SelfServiceReset { user, .. }
            | Action::ReadMail { user }
            | Action::ShowMailbox { user }
            | Action::SetForwarding { user, .. }
            | Action::ClearForwarding { user }
            | Action::ListRules { user, .. }
            | Action::CreateRule { user, .. }
            | Action::DisableRule { user, .. }
            | Action::EnableRule { user, .. }
            | Action::RemoveRule { user, .. }
            | Action::ListDelegates { user }
            | Action::AddDelegate { user, .. }
            | Action::RemoveDelegate { user, .. }
            | Action::DisableProtocols { user, .. }
            | Action::MessageTrace { user }
            | Action::ConfirmCompromised { user }
            | Action::ReleaseRestricted { user } => Some(user),
            Action::SignInLog { user, .. }
            | Action::AuditLog { user }
            | Action::ListGrants { user, .. }
            | Action::RevokeGrants { user, .. } => user.as_deref(),
            Action::SendMail { from, .. } => Some(from),
            Action::ListUsers { .. }
            | Action::ShowPolicies
            | Action::ShowSspr
            | Action::ListGroups
            | Action::GroupMembers { .. }
            | Action::RoleMembers { .. }
            | Action::SetSspr(_)
            | Action::SetPasswordExpiration { .. }
            | Action::ListRestricted
            | Action::ListAlerts
            | Action::ResolveAlert { .. }
            | Action::SearchForwarding { .. }
            | Action::SetOutboundPolicy(_)
            | Action::ListApps
            | Action::ShowApp { .. }
            | Action::DisableApp { .. }
            | Action::DeleteApp { .. }
            | Action::SetUserConsent { .. }
            | Action::ListNamedLocations
            | Action::CreateNamedLocation { .. }
            | Action::ListConditionalAccessPolicies
            | Action::CreateConditionalAccessPolicy { .. }
            | Action::ListRiskyUsers
            | Action::Wait { .. } => None,
        }
    }
}

/// Who does this kind of action, in the simulation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    /// An administrator, through the admin centers or PowerShell.
    Admin,
    /// An administrator on any mailbox, or the mailbox's owner on their own.
    Mailbox,
    /// Telling or asking a person (no role needed).
    Communication,
    /// A user (the owner or the attacker) acting as themselves.
    User,
    /// The clock.
    Time,
}

/// The facts about one kind of action that do not depend on its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActionFacts {
    /// Only reads state (and writes logs).
    pub view: bool,
    /// What an admin needs for it (domain reference §4); `None` for what
    /// anyone may do for themselves.
    pub permission: Option<Permission>,
    pub by: By,
}

impl ActionFacts {
    /// Simulated time a trainee's command of this kind takes: reading is
    /// quicker than changing (`wait` and `ask` set their own).
    #[must_use]
    pub(crate) const fn duration(self) -> crate::clock::SimDuration {
        if self.view { crate::clock::SimDuration::seconds(20) } else { crate::clock::SimDuration::seconds(60) }
    }
}

/// The name of each [`Action`] variant, without its fields: what procedure
/// files refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ActionKind {
    ListUsers,
    ShowUser,
    ListMethods,
    SignInLog,
    AuditLog,
    ShowPolicies,
    ShowSspr,
    ListGroups,
    GroupMembers,
    RoleMembers,
    ResetPassword,
    BlockSignIn,
    AllowSignIn,
    RevokeSessions,
    AddRole,
    RemoveRole,
    RequireMfa,
    RemoveMethod,
    RemoveAppPasswords,
    ListDevices,
    DisableDevice,
    DeleteDevice,
    UpdateContactInfo,
    SetSspr,
    SetPasswordExpiration,
    SetUserPasswordPolicy,
    Notify,
    VerifyCaller,
    SignIn,
    UseSession,
    UseAppPassword,
    ChangePassword,
    SelfServiceReset,
    ReadMail,
    ShowMailbox,
    SetForwarding,
    ClearForwarding,
    ListRules,
    CreateRule,
    DisableRule,
    EnableRule,
    RemoveRule,
    ListDelegates,
    AddDelegate,
    RemoveDelegate,
    DisableProtocols,
    MessageTrace,
    SearchForwarding,
    SendMail,
    ListRestricted,
    ReleaseRestricted,
    ListAlerts,
    ResolveAlert,
    SetOutboundPolicy,
    ListApps,
    ShowApp,
    ListGrants,
    RevokeGrants,
    DisableApp,
    DeleteApp,
    SetUserConsent,
    ListNamedLocations,
    CreateNamedLocation,
    ListConditionalAccessPolicies,
    CreateConditionalAccessPolicy,
    ListRiskyUsers,
    ConfirmCompromised,
    Wait,
}

impl ActionKind {
    pub const ALL: [ActionKind; 68] = [
        ActionKind::ListUsers,
        ActionKind::ShowUser,
        ActionKind::ListMethods,
        ActionKind::SignInLog,
        ActionKind::AuditLog,
        ActionKind::ShowPolicies,
        ActionKind::ShowSspr,
        ActionKind::ListGroups,
        ActionKind::GroupMembers,
        ActionKind::RoleMembers,
        ActionKind::ResetPassword,
        ActionKind::BlockSignIn,
        ActionKind::AllowSignIn,
        ActionKind::RevokeSessions,
        ActionKind::AddRole,
        ActionKind::RemoveRole,
        ActionKind::RequireMfa,
        ActionKind::RemoveMethod,
        ActionKind::RemoveAppPasswords,
        ActionKind::ListDevices,
        ActionKind::DisableDevice,
        ActionKind::DeleteDevice,
        ActionKind::UpdateContactInfo,
        ActionKind::SetSspr,
        ActionKind::SetPasswordExpiration,
        ActionKind::SetUserPasswordPolicy,
        ActionKind::Notify,
        ActionKind::VerifyCaller,
        ActionKind::SignIn,
        ActionKind::UseSession,
        ActionKind::UseAppPassword,
        ActionKind::ChangePassword,
        ActionKind::SelfServiceReset,
        ActionKind::ReadMail,
        ActionKind::ShowMailbox,
        ActionKind::SetForwarding,
        ActionKind::ClearForwarding,
        ActionKind::ListRules,
        ActionKind::CreateRule,
        ActionKind::DisableRule,
        ActionKind::EnableRule,
        ActionKind::RemoveRule,
        ActionKind::ListDelegates,
        ActionKind::AddDelegate,
        ActionKind::RemoveDelegate,
        ActionKind::DisableProtocols,
        ActionKind::MessageTrace,
        ActionKind::SearchForwarding,
        ActionKind::SendMail,
        ActionKind::ListRestricted,
        ActionKind::ReleaseRestricted,
        ActionKind::ListAlerts,
        ActionKind::ResolveAlert,
        ActionKind::SetOutboundPolicy,
        ActionKind::ListApps,
        ActionKind::ShowApp,
        ActionKind::ListGrants,
        ActionKind::RevokeGrants,
        ActionKind::DisableApp,
        ActionKind::DeleteApp,
        ActionKind::SetUserConsent,
        ActionKind::ListNamedLocations,
        ActionKind::CreateNamedLocation,
        ActionKind::ListConditionalAccessPolicies,
        ActionKind::CreateConditionalAccessPolicy,
        ActionKind::ListRiskyUsers,
        ActionKind::ConfirmCompromised,
        ActionKind::Wait,
    ];

    /// The kind of `action` (also [`Action::kind`]).
    #[must_use]
    pub const fn of(action: &Action) -> ActionKind {
        match action {
            Action::ListUsers { .. } => ActionKind::ListUsers,
            Action::ShowUser { .. } => ActionKind::ShowUser,
            Action::ListMethods { .. } => ActionKind::ListMethods,
            Action::SignInLog { .. } => ActionKind::SignInLog,
            Action::AuditLog { .. } => ActionKind::AuditLog,
            Action::ShowPolicies => ActionKind::ShowPolicies,
            Action::ShowSspr => ActionKind::ShowSspr,
            Action::ListGroups => ActionKind::ListGroups,
            Action::GroupMembers { .. } => ActionKind::GroupMembers,
            Action::RoleMembers { .. } => ActionKind::RoleMembers,
            Action::ResetPassword { .. } => ActionKind::ResetPassword,
            Action::BlockSignIn { .. } => ActionKind::BlockSignIn,
            Action::AllowSignIn { .. } => ActionKind::AllowSignIn,
            Action::RevokeSessions { .. } => ActionKind::RevokeSessions,
            Action::AddRole { .. } => ActionKind::AddRole,
            Action::RemoveRole { .. } => ActionKind::RemoveRole,
            Action::RequireMfa { .. } => ActionKind::RequireMfa,
            Action::RemoveMethod { .. } => ActionKind::RemoveMethod,
            Action::RemoveAppPasswords { .. } => ActionKind::RemoveAppPasswords,
            Action::ListDevices { .. } => ActionKind::ListDevices,
            Action::DisableDevice { .. } => ActionKind::DisableDevice,
            Action::DeleteDevice { .. } => ActionKind::DeleteDevice,
            Action::UpdateContactInfo { .. } => ActionKind::UpdateContactInfo,
            Action::SetSspr(_) => ActionKind::SetSspr,
            Action::SetPasswordExpiration { .. } => ActionKind::SetPasswordExpiration,
            Action::SetUserPasswordPolicy { .. } => ActionKind::SetUserPasswordPolicy,
            Action::Notify { .. } => ActionKind::Notify,
            Action::VerifyCaller { .. } => ActionKind::VerifyCaller,
            Action::SignIn { .. } => ActionKind::SignIn,
            Action::UseSession { .. } => ActionKind::UseSession,
            Action::UseAppPassword { .. } => ActionKind::UseAppPassword,
            Action::ChangePassword { .. } => ActionKind::ChangePassword,
            Action::SelfServiceReset { .. } => ActionKind::SelfServiceReset,
            Action::ReadMail { .. } => ActionKind::ReadMail,
            Action::ShowMailbox { .. } => ActionKind::ShowMailbox,
            Action::SetForwarding { .. } => ActionKind::SetForwarding,
            Action::ClearForwarding { .. } => ActionKind::ClearForwarding,
            Action::ListRules { .. } => ActionKind::ListRules,
            Action::CreateRule { .. } => ActionKind::CreateRule,
            Action::DisableRule { .. } => ActionKind::DisableRule,
            Action::EnableRule { .. } => ActionKind::EnableRule,
            Action::RemoveRule { .. } => ActionKind::RemoveRule,
            Action::ListDelegates { .. } => ActionKind::ListDelegates,
            Action::AddDelegate { .. } => ActionKind::AddDelegate,
            Action::RemoveDelegate { .. } => ActionKind::RemoveDelegate,
            Action::DisableProtocols { .. } => ActionKind::DisableProtocols,
            Action::MessageTrace { .. } => ActionKind::MessageTrace,
            Action::SearchForwarding { .. } => ActionKind::SearchForwarding,
            Action::SendMail { .. } => ActionKind::SendMail,
            Action::ListRestricted => ActionKind::ListRestricted,
            Action::ReleaseRestricted { .. } => ActionKind::ReleaseRestricted,
            Action::ListAlerts => ActionKind::ListAlerts,
            Action::ResolveAlert { .. } => ActionKind::ResolveAlert,
            Action::SetOutboundPolicy(_) => ActionKind::SetOutboundPolicy,
            Action::ListApps => ActionKind::ListApps,
            Action::ShowApp { .. } => ActionKind::ShowApp,
            Action::ListGrants { .. } => ActionKind::ListGrants,
            Action::RevokeGrants { .. } => ActionKind::RevokeGrants,
            Action::DisableApp { .. } => ActionKind::DisableApp,
            Action::DeleteApp { .. } => ActionKind::DeleteApp,
            Action::SetUserConsent { .. } => ActionKind::SetUserConsent,
            Action::ListNamedLocations => ActionKind::ListNamedLocations,
            Action::CreateNamedLocation { .. } => ActionKind::CreateNamedLocation,
            Action::ListConditionalAccessPolicies => ActionKind::ListConditionalAccessPolicies,
            Action::CreateConditionalAccessPolicy { .. } => ActionKind::CreateConditionalAccessPolicy,
            Action::ListRiskyUsers => ActionKind::ListRiskyUsers,
            Action::ConfirmCompromised { .. } => ActionKind::ConfirmCompromised,
            Action::Wait { .. } => ActionKind::Wait,
        }
    }

    /// What is declared once about this kind of action: the one table
    /// the engine's permission gate, the scenario validator, the drill's
    /// command durations and the scorer read.
    #[must_use]
    #[allow(clippy::match_same_arms)] // one row per kind: the table reads as a table
    pub(crate) const fn facts(self) -> ActionFacts {
        match self {
            ActionKind::ListUsers => ActionFacts { view: true, permission: Some(Permission::ReadDirectory), by: By::Admin },
            ActionKind::ShowUser => ActionFacts { view: true, permission: Some(Permission::ReadDirectory), by: By::Admin },
            ActionKind::ListMethods => ActionFacts { view: true, permission: Some(Permission::ReadDirectory), by: By::Admin },
            ActionKind::SignInLog => ActionFacts { view: true, permission: Some(Permission::ReadSignInLogs), by: By::Admin },
            ActionKind::AuditLog => ActionFacts { view: true, permission: Some(Permission::ReadAuditLog), by: By::Admin },
            ActionKind::ShowPolicies => ActionFacts { view: true, permission: Some(Permission::ReadDirectory), by: By::Admin },
            ActionKind::ShowSspr => ActionFacts { view: true, permission: Some(Permission::ReadDirectory), by: By::Admin },
            ActionKind::ListGroups => ActionFacts { view: true, permission: Some(Permission::ReadDirectory), by: By::Admin },
            ActionKind::GroupMembers => ActionFacts { view: true, permission: Some(Permission::ReadDirectory), by: By::Admin },
            ActionKind::RoleMembers => ActionFacts { view: true, permission: Some(Permission::ReadDirectory), by: By::Admin },
            ActionKind::ResetPassword => ActionFacts { view: false, permission: Some(Permission::ResetPassword), by: By::Admin },
            ActionKind::BlockSignIn => ActionFacts { view: false, permission: Some(Permission::SetSignInStatus), by: By::Admin },
            ActionKind::AllowSignIn => ActionFacts { view: false, permission: Some(Permission::SetSignInStatus), by: By::Admin },
            ActionKind::RevokeSessions => ActionFacts { view: false, permission: Some(Permission::RevokeSessions), by: By::Admin },
            ActionKind::AddRole => ActionFacts { view: false, permission: Some(Permission::ManageRoleMembership), by: By::Admin },
            ActionKind::RemoveRole => ActionFacts { view: false, permission: Some(Permission::ManageRoleMembership), by: By::Admin },
            ActionKind::RequireMfa => ActionFacts { view: false, permission: Some(Permission::ManageAuthenticationMethods), by: By::Admin },
            ActionKind::RemoveMethod => {
                ActionFacts { view: false, permission: Some(Permission::ManageAuthenticationMethods), by: By::Admin }
            }
            ActionKind::RemoveAppPasswords => {
                ActionFacts { view: false, permission: Some(Permission::ManageAuthenticationMethods), by: By::Admin }
            }
            ActionKind::ListDevices => ActionFacts { view: true, permission: Some(Permission::ReadDirectory), by: By::Admin },
            ActionKind::DisableDevice => ActionFacts { view: false, permission: Some(Permission::ManageDevices), by: By::Admin },
            ActionKind::DeleteDevice => ActionFacts { view: false, permission: Some(Permission::ManageDevices), by: By::Admin },
            ActionKind::UpdateContactInfo => {
                ActionFacts { view: false, permission: Some(Permission::ManageAuthenticationMethods), by: By::Admin }
            }
            ActionKind::SetSspr => ActionFacts { view: false, permission: Some(Permission::ManageSelfServicePasswordReset), by: By::Admin },
            ActionKind::SetPasswordExpiration => {
                ActionFacts { view: false, permission: Some(Permission::ManagePasswordExpiration), by: By::Admin }
            }
            ActionKind::SetUserPasswordPolicy => {
                ActionFacts { view: false, permission: Some(Permission::SetUserPasswordPolicy), by: By::Admin }
            }
            ActionKind::Notify => ActionFacts { view: false, permission: None, by: By::Communication },
            ActionKind::VerifyCaller => ActionFacts { view: false, permission: None, by: By::Communication },
            ActionKind::SignIn => ActionFacts { view: false, permission: None, by: By::User },
            ActionKind::UseSession => ActionFacts { view: false, permission: None, by: By::User },
            ActionKind::UseAppPassword => ActionFacts { view: false, permission: None, by: By::User },
            ActionKind::ChangePassword => ActionFacts { view: false, permission: None, by: By::User },
            ActionKind::SelfServiceReset => ActionFacts { view: false, permission: None, by: By::User },
            ActionKind::ReadMail => ActionFacts { view: false, permission: None, by: By::User },
            ActionKind::ShowMailbox => ActionFacts { view: true, permission: Some(Permission::ReadMailbox), by: By::Admin },
            ActionKind::SetForwarding => ActionFacts { view: false, permission: Some(Permission::ManageMailbox), by: By::Mailbox },
            ActionKind::ClearForwarding => ActionFacts { view: false, permission: Some(Permission::ManageMailbox), by: By::Mailbox },
            ActionKind::ListRules => ActionFacts { view: true, permission: Some(Permission::ReadMailbox), by: By::Admin },
            ActionKind::CreateRule => ActionFacts { view: false, permission: Some(Permission::ManageMailbox), by: By::Mailbox },
            ActionKind::DisableRule => ActionFacts { view: false, permission: Some(Permission::ManageMailbox), by: By::Mailbox },
            ActionKind::EnableRule => ActionFacts { view: false, permission: Some(Permission::ManageMailbox), by: By::Mailbox },
            ActionKind::RemoveRule => ActionFacts { view: false, permission: Some(Permission::ManageMailbox), by: By::Mailbox },
            ActionKind::ListDelegates => ActionFacts { view: true, permission: Some(Permission::ReadMailbox), by: By::Admin },
            ActionKind::AddDelegate => ActionFacts { view: false, permission: Some(Permission::ManageMailbox), by: By::Mailbox },
            ActionKind::RemoveDelegate => ActionFacts { view: false, permission: Some(Permission::ManageMailbox), by: By::Mailbox },
            ActionKind::DisableProtocols => ActionFacts { view: false, permission: Some(Permission::ManageMailbox), by: By::Admin },
            ActionKind::MessageTrace => ActionFacts { view: true, permission: Some(Permission::MessageTrace), by: By::Admin },
            ActionKind::SearchForwarding => ActionFacts { view: true, permission: Some(Permission::ReadMailbox), by: By::Admin },
            ActionKind::SendMail => ActionFacts { view: false, permission: None, by: By::User },
            ActionKind::ListRestricted => ActionFacts { view: true, permission: Some(Permission::ReadRestrictedSenders), by: By::Admin },
            ActionKind::ReleaseRestricted => {
                ActionFacts { view: false, permission: Some(Permission::ReleaseRestrictedSender), by: By::Admin }
            }
            ActionKind::ListAlerts => ActionFacts { view: true, permission: Some(Permission::ReadAlerts), by: By::Admin },
            ActionKind::ResolveAlert => ActionFacts { view: false, permission: Some(Permission::ManageAlerts), by: By::Admin },
            ActionKind::SetOutboundPolicy => {
                ActionFacts { view: false, permission: Some(Permission::ManageOutboundSpamPolicy), by: By::Admin }
            }
            ActionKind::ListApps => ActionFacts { view: true, permission: Some(Permission::ReadDirectory), by: By::Admin },
            ActionKind::ShowApp => ActionFacts { view: true, permission: Some(Permission::ReadDirectory), by: By::Admin },
            ActionKind::ListGrants => ActionFacts { view: true, permission: Some(Permission::ReadDirectory), by: By::Admin },
            ActionKind::RevokeGrants => ActionFacts { view: false, permission: Some(Permission::ManageApplications), by: By::Admin },
            ActionKind::DisableApp => ActionFacts { view: false, permission: Some(Permission::ManageApplications), by: By::Admin },
            ActionKind::DeleteApp => ActionFacts { view: false, permission: Some(Permission::ManageApplications), by: By::Admin },
            ActionKind::SetUserConsent => ActionFacts { view: false, permission: Some(Permission::ManageConsentPolicy), by: By::Admin },
            ActionKind::ListNamedLocations | ActionKind::ListConditionalAccessPolicies => {
                ActionFacts { view: true, permission: Some(Permission::ReadConditionalAccess), by: By::Admin }
            }
            ActionKind::CreateNamedLocation | ActionKind::CreateConditionalAccessPolicy => {
                ActionFacts { view: false, permission: Some(Permission::ManageConditionalAccess), by: By::Admin }
            }
            ActionKind::ListRiskyUsers => ActionFacts { view: true, permission: Some(Permission::ReadRiskyUsers), by: By::Admin },
            ActionKind::ConfirmCompromised => ActionFacts { view: false, permission: Some(Permission::ManageUserRisk), by: By::Admin },
            ActionKind::Wait => ActionFacts { view: false, permission: None, by: By::Time },
        }
    }

    /// The variant's name as written in files.
    #[must_use]
    pub fn name(self) -> String {
        format!("{self:?}")
    }
}
