//! Who may do what: the one permission check every admin action goes through.
//!
//! Password reset, sign-in status and session revocation follow the target
//! table of the domain reference §4 ("Who can reset passwords"): the actor may
//! act when one of its roles may act on every role the target holds. The
//! other permissions are plain lists of roles.

use super::role::Role;
use serde::{Deserialize, Serialize};

/// A small set of roles, stored as bits so a user costs four bytes for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct RoleSet(u32);

impl RoleSet {
    pub(crate) const EMPTY: RoleSet = RoleSet(0);

    const fn bit(role: Role) -> u32 {
        1 << (role as u32)
    }
    #[must_use]
    pub const fn contains(self, role: Role) -> bool {
        self.0 & Self::bit(role) != 0
    }
    pub(crate) fn insert(&mut self, role: Role) -> bool {
        let had = self.contains(role);
        self.0 |= Self::bit(role);
        !had
    }
    pub(crate) fn remove(&mut self, role: Role) -> bool {
        let had = self.contains(role);
        self.0 &= !Self::bit(role);
        had
    }
    #[must_use]
    pub(crate) const fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// Roles in the fixed order of [`Role::ALL`].
    pub fn iter(self) -> impl Iterator<Item = Role> {
        Role::ALL.into_iter().filter(move |role| self.contains(*role))
    }
    #[must_use]
    pub(crate) fn contains_any(self, roles: &[Role]) -> bool {
        roles.iter().any(|role| self.contains(*role))
    }
}

impl FromIterator<Role> for RoleSet {
    fn from_iter<I: IntoIterator<Item = Role>>(iter: I) -> Self {
        let mut set = RoleSet::EMPTY;
        for role in iter {
            set.insert(role);
        }
        set
    }
}

impl Serialize for RoleSet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter())
    }
}

impl<'de> Deserialize<'de> for RoleSet {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Vec::<Role>::deserialize(deserializer)?.into_iter().collect())
    }
}

/// Everything an admin action may need permission for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Permission {
    /// Reset a user's password (target table).
    ResetPassword,
    /// Block or allow sign-in (target table).
    SetSignInStatus,
    /// Sign a user out of every session (target table).
    RevokeSessions,
    /// Require MFA, remove a method or app password, change authentication
    /// contact info (target table, Authentication Administrator and above).
    ManageAuthenticationMethods,
    /// Per-user password policies such as "never expires" (target table,
    /// User Administrator and above).
    SetUserPasswordPolicy,
    ReadDirectory,
    ReadSignInLogs,
    ReadAuditLog,
    ManageRoleMembership,
    ManageSelfServicePasswordReset,
    ManageSmartLockout,
    ManagePasswordExpiration,
    ReadMailbox,
    ManageMailbox,
    MessageTrace,
    ReadRestrictedSenders,
    ReleaseRestrictedSender,
    ReadAlerts,
    /// Classify and resolve an alert.
    ManageAlerts,
    ManageOutboundSpamPolicy,
    /// Disable and delete registered devices (Cloud Device Administrator,
    /// Intune Administrator and Global Administrator; Entra also lets
    /// Windows 365 Administrator, which is not modelled).
    ManageDevices,
    /// Disable and delete enterprise applications and revoke their
    /// delegated permission grants (Cloud Application Administrator,
    /// Application Administrator and Global Administrator: Entra's
    /// "Delegate by task", enterprise applications).
    ManageApplications,
    /// The tenant's user-consent setting (Privileged Role Administrator,
    /// and Global Administrator: "Configure how users consent to
    /// applications").
    ManageConsentPolicy,
    /// Read named locations and Conditional Access policies.
    ReadConditionalAccess,
    /// Create named locations and Conditional Access policies (Conditional
    /// Access Administrator, Security Administrator, Global Administrator).
    ManageConditionalAccess,
    /// Read Identity Protection's risky users.
    ReadRiskyUsers,
    /// Confirm a user compromised (Security Administrator, Global
    /// Administrator; Security Operator, which also may, is not modelled).
    ManageUserRisk,
}

/// Why an action was refused: the permission, the roles that would grant
/// it, and for target-table permissions the roles the target holds (an
/// empty set: no admin role). The presentation layer words it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Denial {
    pub permission: Permission,
    /// The roles that would grant it (against this target), in the fixed
    /// order of the table; empty when no role could.
    pub needed: Vec<Role>,
    /// For target-table permissions, the roles the target holds.
    pub target: Option<RoleSet>,
}

/// The six columns of the target table, in the table's order.
const TARGET_TABLE_COLUMNS: [Role; 6] = [
    Role::PasswordAdministrator,
    Role::HelpdeskAdministrator,
    Role::AuthenticationAdministrator,
    Role::UserAdministrator,
    Role::PrivilegedAuthenticationAdministrator,
    Role::GlobalAdministrator,
];

/// One row of the target table: may a holder of `actor` act on a holder of `target`?
/// A target with no role at all is the first row.
#[must_use]
pub(crate) fn target_table_allows(actor: Role, target: Option<Role>) -> bool {
    use Role::{
        AuthenticationAdministrator as Auth, DirectoryReaders, GlobalAdministrator as Global, GroupsAdministrator, GuestInviter,
        HelpdeskAdministrator as Helpdesk, MessageCenterReader, PasswordAdministrator as Password,
        PrivilegedAuthenticationAdministrator as PrivilegedAuth, ReportsReader, UserAdministrator as UserAdmin,
    };
    if !TARGET_TABLE_COLUMNS.contains(&actor) {
        return false;
    }
    match target {
        None | Some(DirectoryReaders | GuestInviter | Password) => true,
        Some(Helpdesk) => matches!(actor, Helpdesk | UserAdmin | PrivilegedAuth | Global),
        Some(ReportsReader | MessageCenterReader) => matches!(actor, Helpdesk | Auth | UserAdmin | PrivilegedAuth | Global),
        Some(Auth) => matches!(actor, Auth | PrivilegedAuth | Global),
        Some(UserAdmin | GroupsAdministrator) => matches!(actor, UserAdmin | PrivilegedAuth | Global),
        Some(_) => matches!(actor, PrivilegedAuth | Global),
    }
}

impl Permission {
    /// For target-table permissions, the columns of the table that apply.
    const fn target_columns(self) -> Option<&'static [Role]> {
        match self {
            Permission::ResetPassword | Permission::SetSignInStatus | Permission::RevokeSessions => Some(&TARGET_TABLE_COLUMNS),
            Permission::ManageAuthenticationMethods => {
                Some(&[Role::AuthenticationAdministrator, Role::PrivilegedAuthenticationAdministrator, Role::GlobalAdministrator])
            }
            Permission::SetUserPasswordPolicy => {
                Some(&[Role::UserAdministrator, Role::PrivilegedAuthenticationAdministrator, Role::GlobalAdministrator])
            }
            _ => None,
        }
    }

    /// For plain permissions, the roles that grant them.
    #[must_use]
    pub(crate) const fn granted_by(self) -> &'static [Role] {
        use Role::{
            ApplicationAdministrator, AuthenticationAdministrator, AuthenticationPolicyAdministrator, CloudApplicationAdministrator,
            CloudDeviceAdministrator, ConditionalAccessAdministrator, ExchangeAdministrator, GlobalAdministrator, GlobalReader,
            IntuneAdministrator, OrganizationManagement, PrivilegedAuthenticationAdministrator, PrivilegedRoleAdministrator, ReportsReader,
            SecurityAdministrator, SecurityReader, UserAdministrator,
        };
        match self {
            Permission::ResetPassword | Permission::SetSignInStatus | Permission::RevokeSessions => &TARGET_TABLE_COLUMNS,
            Permission::ManageAuthenticationMethods => {
                &[AuthenticationAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator]
            }
            Permission::SetUserPasswordPolicy => &[UserAdministrator, PrivilegedAuthenticationAdministrator, GlobalAdministrator],
            Permission::ReadDirectory => &Role::ALL,
            Permission::ReadSignInLogs | Permission::ReadAuditLog => {
                &[GlobalAdministrator, GlobalReader, SecurityAdministrator, SecurityReader, ReportsReader, UserAdministrator]
            }
            // Role membership; and the user-consent setting ("Configure how
            // users consent to applications": Privileged Role Administrator).
            Permission::ManageRoleMembership | Permission::ManageConsentPolicy => &[PrivilegedRoleAdministrator, GlobalAdministrator],
            Permission::ManageSelfServicePasswordReset => &[AuthenticationPolicyAdministrator, GlobalAdministrator],
            Permission::ManageSmartLockout => &[
                AuthenticationAdministrator,
                AuthenticationPolicyAdministrator,
                PrivilegedAuthenticationAdministrator,
                GlobalAdministrator,
            ],
            Permission::ManagePasswordExpiration => &[GlobalAdministrator],
            // Graph "Delete device" and the device permissions of Entra's
            // roles: Cloud Device and Intune Administrator (Windows 365
            // Administrator, which also may, is not modelled).
            Permission::ManageDevices => &[CloudDeviceAdministrator, IntuneAdministrator, GlobalAdministrator],
            Permission::ManageApplications => &[CloudApplicationAdministrator, ApplicationAdministrator, GlobalAdministrator],
            Permission::ReadMailbox => &[ExchangeAdministrator, GlobalAdministrator, GlobalReader, OrganizationManagement],
            // Domain reference §4: forwarding, inbox rules and mailbox permissions.
            Permission::ManageMailbox => &[ExchangeAdministrator, GlobalAdministrator],
            Permission::MessageTrace => {
                &[ExchangeAdministrator, GlobalAdministrator, GlobalReader, SecurityAdministrator, SecurityReader, OrganizationManagement]
            }
            Permission::ReadRestrictedSenders | Permission::ReadAlerts => {
                &[SecurityAdministrator, GlobalAdministrator, OrganizationManagement, GlobalReader, SecurityReader]
            }
            // Managing alerts in the Defender portal: Security Administrator
            // and Global Administrator (Security Operator too, which is not
            // modelled); the readers only read them.
            // Identity Protection's "Confirm user compromised" likewise
            // (Security Operator, not modelled, may too).
            Permission::ManageAlerts | Permission::ManageUserRisk => &[SecurityAdministrator, GlobalAdministrator],
            Permission::ReleaseRestrictedSender | Permission::ManageOutboundSpamPolicy => {
                &[SecurityAdministrator, GlobalAdministrator, OrganizationManagement]
            }
            // Entra's built-in roles: Conditional Access Administrator and
            // Security Administrator manage Conditional Access (named
            // locations included); the readers read it.
            Permission::ManageConditionalAccess => &[ConditionalAccessAdministrator, SecurityAdministrator, GlobalAdministrator],
            Permission::ReadConditionalAccess => {
                &[ConditionalAccessAdministrator, SecurityAdministrator, GlobalAdministrator, GlobalReader, SecurityReader]
            }
            // Identity Protection: the readers read risky users.
            Permission::ReadRiskyUsers => &[SecurityAdministrator, GlobalAdministrator, GlobalReader, SecurityReader],
        }
    }
}

/// The one decision. `target` is the target user's roles for target-table
/// permissions and is ignored for the others.
///
/// # Errors
/// A [`Denial`] that names the permission and the roles that would grant it.
pub fn check(actor: RoleSet, permission: Permission, target: RoleSet) -> Result<(), Denial> {
    if let Some(columns) = permission.target_columns() {
        let allowed = columns.iter().filter(|column| actor.contains(**column)).any(|column| {
            if target.is_empty() {
                target_table_allows(*column, None)
            } else {
                target.iter().all(|held| target_table_allows(*column, Some(held)))
            }
        });
        if allowed {
            return Ok(());
        }
        let needed: Vec<Role> = columns
            .iter()
            .filter(|column| target.is_empty() || target.iter().all(|held| target_table_allows(**column, Some(held))))
            .copied()
            .collect();
        return Err(Denial { permission, needed, target: Some(target) });
    }
    if actor.contains_any(permission.granted_by()) {
        return Ok(());
    }
    let needed: Vec<Role> = permission.granted_by().iter().filter(|role| !role.is_read_only() || is_read(permission)).copied().collect();
    Err(Denial { permission, needed, target: None })
}

const fn is_read(permission: Permission) -> bool {
    matches!(
        permission,
        Permission::ReadDirectory
            | Permission::ReadSignInLogs
            | Permission::ReadAuditLog
            | Permission::ReadMailbox
            | Permission::MessageTrace
            | Permission::ReadRestrictedSenders
            | Permission::ReadAlerts
            | Permission::ReadConditionalAccess
            | Permission::ReadRiskyUsers
    )
}
