//! Enterprise applications (service principals) and the delegated
//! permission grants users or admins gave them, with the tenant's
//! user-consent setting.
//!
//! An application holds a grant (`oAuth2PermissionGrant`) to act as a user
//! with the grant's scopes: for one user (`Principal`, the user consented)
//! or for everyone (`AllPrincipals`, an admin consented for the
//! organisation). Disabling the application (its `accountEnabled`, Entra's
//! "Enabled for users to sign in?") stops it obtaining tokens and stops new
//! consent to it; deleting it removes it and its grants, and a new consent
//! brings it back as a new object.

use super::user::Party;
use crate::clock::SimTime;
use serde::{Deserialize, Serialize};

/// A tenant holds at most this many enterprise applications (deleted ones
/// included) and this many grants.
pub(crate) const APP_LIMIT: usize = 1_000;
pub(crate) const GRANT_LIMIT: usize = 10_000;

/// Who a delegated permission grant lets the application act as.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ConsentType {
    /// Every user of the organisation (admin consent).
    AllPrincipals,
    /// One user (that user's own consent), by user principal name.
    Principal(String),
}

/// Which consent users may give on their own (Entra ID > Enterprise apps >
/// Consent and permissions > User consent settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum UserConsent {
    /// "Allow user consent for apps" (`microsoft-user-default-legacy`):
    /// any application, any permission that needs no admin consent.
    #[default]
    AllowAll,
    /// "Allow user consent for apps from verified publishers, for selected
    /// permissions" (`microsoft-user-default-low`): only verified
    /// publishers' applications, only low-impact permissions.
    VerifiedPublishers,
    /// "Do not allow user consent": an admin must consent.
    DoNotAllow,
}

impl UserConsent {
    /// The built-in app consent policy the setting assigns to the default
    /// user role, as Graph names it; `None` for no user consent.
    #[must_use]
    pub const fn policy_id(self) -> Option<&'static str> {
        match self {
            UserConsent::AllowAll => Some("microsoft-user-default-legacy"),
            UserConsent::VerifiedPublishers => Some("microsoft-user-default-low"),
            UserConsent::DoNotAllow => None,
        }
    }
}

/// The permissions Microsoft classifies as low impact (the playbook's
/// "lowest risk" list); the rest need a verified publisher's application
/// at least, under [`UserConsent::VerifiedPublishers`].
pub(crate) const LOW_IMPACT_SCOPES: [&str; 6] = ["User.Read", "User.ReadBasic.All", "openid", "email", "profile", "offline_access"];

/// Whether a scope lets its holder read a user's mail (`Mail.*`, except
/// `Mail.ReadBasic*`, which reads no bodies).
#[must_use]
pub(crate) fn reads_mail(scope: &str) -> bool {
    let lower = scope.to_ascii_lowercase();
    lower.starts_with("mail.") && !lower.starts_with("mail.readbasic") && !lower.starts_with("mail.send")
}

/// An enterprise application: a service principal in this tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnterpriseApp {
    pub display_name: String,
    /// Application (client) ID, the same in every tenant.
    pub app_id: String,
    /// The service principal's object ID in this tenant (a new one after a
    /// delete and a new consent).
    pub object_id: String,
    /// The publisher's name as the consent prompt shows it.
    pub publisher: String,
    /// A Microsoft-verified publisher (the blue badge).
    pub verified: bool,
    /// Where the application receives its tokens.
    pub reply_url: String,
    /// "Enabled for users to sign in?" (`accountEnabled`).
    pub enabled: bool,
    pub created_at: SimTime,
    /// Deleted: gone from the directory and every view.
    pub deleted: bool,
    /// Ground truth: whose application it is (the attacker's own, or one
    /// the organisation uses). Views never show it.
    pub added_by: Party,
}

/// A delegated permission grant (`oAuth2PermissionGrant`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermissionGrant {
    /// The grant's id, as Graph shows it.
    pub id: String,
    /// The application's (client's) Application ID.
    pub app_id: String,
    pub consent: ConsentType,
    /// Scopes, as Graph lists them (`Mail.Read offline_access`).
    pub scopes: Vec<String>,
    pub granted_at: SimTime,
}

impl PermissionGrant {
    /// Whether the grant lets the application act as `upn`.
    #[must_use]
    pub fn covers(&self, upn: &str) -> bool {
        match &self.consent {
            ConsentType::AllPrincipals => true,
            ConsentType::Principal(user) => user.eq_ignore_ascii_case(upn),
        }
    }
}

/// What the attacker sent a user to consent to, and sends again: while the
/// lure sits in the mailbox, the user consents anew whenever the
/// application is not disabled and the user-consent setting lets them.
/// Ground truth, never shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lure {
    pub user: String,
    pub app: EnterpriseApp,
    pub scopes: Vec<String>,
    /// The user is an admin who granted consent for the whole organisation
    /// (`AllPrincipals`, `IsAdminConsent` True); the user-consent setting does
    /// not restrict that, the admin's role does.
    pub admin: bool,
}

/// The tenant's enterprise applications, their grants and the consent setting.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applications {
    /// In the order they were added; deleted ones stay, marked.
    pub apps: Vec<EnterpriseApp>,
    pub grants: Vec<PermissionGrant>,
    pub user_consent: UserConsent,
    pub lures: Vec<Lure>,
    next_id: u32,
}

impl Applications {
    /// The live (not deleted) application named by display name, Application
    /// ID or object ID, ignoring ASCII case and surrounding spaces.
    #[must_use]
    pub fn find(&self, name: &str) -> Option<usize> {
        let name = name.trim();
        self.apps.iter().position(|app| {
            !app.deleted
                && (app.display_name.eq_ignore_ascii_case(name)
                    || app.app_id.eq_ignore_ascii_case(name)
                    || app.object_id.eq_ignore_ascii_case(name))
        })
    }

    /// A fresh id, unique in the tenant, shaped like Graph's (a GUID).
    pub(crate) fn new_id(&mut self, salt: u64) -> String {
        self.next_id = self.next_id.wrapping_add(1);
        let mixed = salt.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ u64::from(self.next_id).wrapping_mul(0xD1B5_4A32_D192_ED03);
        format!(
            "{:08x}-{:04x}-4{:03x}-a{:03x}-{:012x}",
            (mixed >> 32) as u32,
            (mixed >> 16) & 0xffff,
            mixed & 0xfff,
            (mixed >> 4) & 0xfff,
            (mixed ^ u64::from(self.next_id)) & 0xffff_ffff_ffff
        )
    }

    /// Adds an application, unless the tenant is full.
    pub(crate) fn add_app(&mut self, app: EnterpriseApp) -> Option<usize> {
        if self.apps.len() >= APP_LIMIT {
            return None;
        }
        self.apps.push(app);
        Some(self.apps.len() - 1)
    }

    /// Adds a grant, unless the tenant is full.
    pub(crate) fn add_grant(&mut self, grant: PermissionGrant) -> bool {
        if self.grants.len() >= GRANT_LIMIT {
            return false;
        }
        self.grants.push(grant);
        true
    }

    /// The grants of the application with this Application ID.
    pub fn grants_of<'a>(&'a self, app_id: &'a str) -> impl Iterator<Item = &'a PermissionGrant> + 'a {
        self.grants.iter().filter(move |grant| grant.app_id == app_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_scopes_are_told_apart_from_basic_and_send() {
        assert!(reads_mail("Mail.Read"));
        assert!(reads_mail("Mail.ReadWrite"));
        assert!(!reads_mail("Mail.ReadBasic"));
        assert!(!reads_mail("Mail.Send"));
        assert!(!reads_mail("User.Read"));
    }

    #[test]
    fn ids_are_unique_and_shaped_like_guids() {
        let mut apps = Applications::default();
        let first = apps.new_id(7);
        let second = apps.new_id(7);
        assert_ne!(first, second);
        assert_eq!(first.len(), 36);
        assert_eq!(first.matches('-').count(), 4);
    }
}
