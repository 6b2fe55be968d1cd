//! Administrator roles, with the names the admin center shows and short
//! aliases for the command line.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Every role the simulation knows. The Entra roles come from the
/// "Who can reset passwords" table; `OrganizationManagement` is the Exchange
/// Online role group that may also release restricted senders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    GlobalAdministrator,
    PrivilegedAuthenticationAdministrator,
    PrivilegedRoleAdministrator,
    UserAdministrator,
    GroupsAdministrator,
    HelpdeskAdministrator,
    PasswordAdministrator,
    AuthenticationAdministrator,
    AuthenticationPolicyAdministrator,
    ExchangeAdministrator,
    SecurityAdministrator,
    SecurityReader,
    GlobalReader,
    ReportsReader,
    MessageCenterReader,
    DirectoryReaders,
    GuestInviter,
    OrganizationManagement,
    /// Enables, disables and deletes devices in Entra ID.
    CloudDeviceAdministrator,
    /// Manages Intune, devices included.
    IntuneAdministrator,
    /// Manages enterprise applications and grants consent to delegated
    /// permissions (not application proxy).
    CloudApplicationAdministrator,
    /// Manages every aspect of enterprise applications and app registrations.
    ApplicationAdministrator,
    /// Manages Conditional Access policies and named locations.
    ConditionalAccessAdministrator,
}

impl Role {
    pub const ALL: [Role; 23] = [
        Role::GlobalAdministrator,
        Role::PrivilegedAuthenticationAdministrator,
        Role::PrivilegedRoleAdministrator,
        Role::UserAdministrator,
        Role::GroupsAdministrator,
        Role::HelpdeskAdministrator,
        Role::PasswordAdministrator,
        Role::AuthenticationAdministrator,
        Role::AuthenticationPolicyAdministrator,
        Role::ExchangeAdministrator,
        Role::SecurityAdministrator,
        Role::SecurityReader,
        Role::GlobalReader,
        Role::ReportsReader,
        Role::MessageCenterReader,
        Role::DirectoryReaders,
        Role::GuestInviter,
        Role::OrganizationManagement,
        Role::CloudDeviceAdministrator,
        Role::IntuneAdministrator,
        Role::CloudApplicationAdministrator,
        Role::ApplicationAdministrator,
        Role::ConditionalAccessAdministrator,
    ];

    /// The name the Microsoft 365 admin center shows.
    #[must_use]
    pub const fn display_name(self) -> &'static str {
        match self {
            Role::GlobalAdministrator => "Global Administrator",
            Role::PrivilegedAuthenticationAdministrator => "Privileged Authentication Administrator",
            Role::PrivilegedRoleAdministrator => "Privileged Role Administrator",
            Role::UserAdministrator => "User Administrator",
            Role::GroupsAdministrator => "Groups Administrator",
            Role::HelpdeskAdministrator => "Helpdesk Administrator",
            Role::PasswordAdministrator => "Password Administrator",
            Role::AuthenticationAdministrator => "Authentication Administrator",
            Role::AuthenticationPolicyAdministrator => "Authentication Policy Administrator",
            Role::ExchangeAdministrator => "Exchange Administrator",
            Role::SecurityAdministrator => "Security Administrator",
            Role::SecurityReader => "Security Reader",
            Role::GlobalReader => "Global Reader",
            Role::ReportsReader => "Reports Reader",
            Role::MessageCenterReader => "Message Center Reader",
            Role::DirectoryReaders => "Directory Readers",
            Role::GuestInviter => "Guest Inviter",
            Role::OrganizationManagement => "Organization Management",
            Role::CloudDeviceAdministrator => "Cloud Device Administrator",
            Role::IntuneAdministrator => "Intune Administrator",
            Role::CloudApplicationAdministrator => "Cloud Application Administrator",
            Role::ApplicationAdministrator => "Application Administrator",
            Role::ConditionalAccessAdministrator => "Conditional Access Administrator",
        }
    }

    /// The short alias typed at the prompt, such as `global-admin`.
    #[must_use]
    pub const fn alias(self) -> &'static str {
        match self {
            Role::GlobalAdministrator => "global-admin",
            Role::PrivilegedAuthenticationAdministrator => "privileged-auth-admin",
            Role::PrivilegedRoleAdministrator => "privileged-role-admin",
            Role::UserAdministrator => "user-admin",
            Role::GroupsAdministrator => "groups-admin",
            Role::HelpdeskAdministrator => "helpdesk-admin",
            Role::PasswordAdministrator => "password-admin",
            Role::AuthenticationAdministrator => "auth-admin",
            Role::AuthenticationPolicyAdministrator => "auth-policy-admin",
            Role::ExchangeAdministrator => "exchange-admin",
            Role::SecurityAdministrator => "security-admin",
            Role::SecurityReader => "security-reader",
            Role::GlobalReader => "global-reader",
            Role::ReportsReader => "reports-reader",
            Role::MessageCenterReader => "message-center-reader",
            Role::DirectoryReaders => "directory-readers",
            Role::GuestInviter => "guest-inviter",
            Role::OrganizationManagement => "organization-management",
            Role::CloudDeviceAdministrator => "cloud-device-admin",
            Role::IntuneAdministrator => "intune-admin",
            Role::CloudApplicationAdministrator => "cloud-app-admin",
            Role::ApplicationAdministrator => "app-admin",
            Role::ConditionalAccessAdministrator => "ca-admin",
        }
    }

    /// Finds a role by display name, alias or variant name, ignoring case,
    /// spaces, hyphens and underscores.
    #[must_use]
    pub(crate) fn parse(text: &str) -> Option<Role> {
        let wanted = squash(text);
        Role::ALL
            .into_iter()
            .find(|role| squash(role.display_name()) == wanted || squash(role.alias()) == wanted || squash(&format!("{role:?}")) == wanted)
    }

    /// Roles that only read: holding one of these alone makes a user an
    /// "admin" in the directory but gives no power to change anything.
    #[must_use]
    pub(crate) const fn is_read_only(self) -> bool {
        matches!(self, Role::SecurityReader | Role::GlobalReader | Role::ReportsReader | Role::MessageCenterReader | Role::DirectoryReaders)
    }
}

fn squash(text: &str) -> String {
    text.chars().filter(char::is_ascii_alphanumeric).map(|character| character.to_ascii_lowercase()).collect()
}

impl fmt::Display for Role {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.display_name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_names_aliases_and_variants() {
        assert_eq!(Role::parse("global-admin"), Some(Role::GlobalAdministrator));
        assert_eq!(Role::parse("Exchange Administrator"), Some(Role::ExchangeAdministrator));
        assert_eq!(Role::parse("helpdesk_admin"), Some(Role::HelpdeskAdministrator));
        assert_eq!(Role::parse("SecurityReader"), Some(Role::SecurityReader));
        assert_eq!(Role::parse("root"), None);
        for role in Role::ALL {
            assert_eq!(Role::parse(role.alias()), Some(role));
            assert_eq!(Role::parse(role.display_name()), Some(role));
        }
    }
}
