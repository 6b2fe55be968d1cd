//! Patterns that recognise actions in a session: which action, on whom,
//! on which artefact, through which channel.

use crate::action::Action;
use serde::{Deserialize, Serialize};

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
    SendMail,
    ListRestricted,
    ReleaseRestricted,
    ListAlerts,
    SetOutboundPolicy,
    Wait,
}

impl ActionKind {
    pub const ALL: [ActionKind; 50] = [
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
        ActionKind::SendMail,
        ActionKind::ListRestricted,
        ActionKind::ReleaseRestricted,
        ActionKind::ListAlerts,
        ActionKind::SetOutboundPolicy,
        ActionKind::Wait,
    ];

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
            Action::SendMail { .. } => ActionKind::SendMail,
            Action::ListRestricted => ActionKind::ListRestricted,
            Action::ReleaseRestricted { .. } => ActionKind::ReleaseRestricted,
            Action::ListAlerts => ActionKind::ListAlerts,
            Action::SetOutboundPolicy(_) => ActionKind::SetOutboundPolicy,
            Action::Wait { .. } => ActionKind::Wait,
        }
    }

    /// The variant's name as written in files.
    #[must_use]
    pub fn name(self) -> String {
        format!("{self:?}")
    }
}

/// Whom an action must be about.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Target {
    /// Each subject of the incident (a step needs it done for all of them).
    #[default]
    Subject,
    /// Anyone, or no one (tenant-wide actions).
    Any,
    /// Someone who is not a subject.
    NotSubject,
    /// This user (principal name or unique alias).
    User(String),
}

/// Ground truth about an artefact an action touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Truth {
    Malicious,
    Legitimate,
}

/// The channel of a [`Action::Notify`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChannelKind {
    Phone,
    InPerson,
    Sms,
    Email,
}

/// Who must have done the action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum By {
    /// The trainee, or another admin the trainee asked.
    #[default]
    Trainee,
    /// Microsoft support, after the trainee called.
    Support,
}

/// Recognises an action. Unset fields match anything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionPattern {
    pub action: ActionKind,
    #[serde(default)]
    pub user: Target,
    /// The rule, forwarding, delegate, role or method acted on is marked so
    /// in the scenario's ground truth.
    #[serde(default)]
    pub artefact: Option<Truth>,
    /// For notifications: one of these channels.
    #[serde(default)]
    pub via: Vec<ChannelKind>,
    /// For notifications and resets: whether the password goes along.
    #[serde(default)]
    pub with_password: Option<bool>,
    /// For email: the address is a mailbox of this user (a reset's
    /// `email_to` or a notification by email).
    #[serde(default)]
    pub mail_to: Option<Target>,
    #[serde(default)]
    pub by: By,
}

impl ActionPattern {
    /// A pattern for `action` on the subject, nothing else constrained.
    #[must_use]
    pub const fn on_subject(action: ActionKind) -> Self {
        Self { action, user: Target::Subject, artefact: None, via: Vec::new(), with_password: None, mail_to: None, by: By::Trainee }
    }
}
