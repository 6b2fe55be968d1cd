//! A user account: identity, password knowledge, sign-in state, methods and
//! sessions. Kept small because a tenant may hold 100 000 of them: rarely used
//! parts (mailbox, outbound counters) live behind an `Option<Box<_>>`.

use super::lockout::LockoutCounter;
use super::mailbox::Mailbox;
use super::outbound::OutboundState;
use super::permission::RoleSet;
use crate::clock::SimTime;
use serde::{Deserialize, Serialize};

/// Index of a user in the tenant. Users are never removed, so it stays valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct UserId(pub u32);

impl UserId {
    #[must_use]
    pub(crate) const fn index(self) -> usize {
        self.0 as usize
    }
}

/// Who holds a session, a credential or a piece of knowledge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Party {
    /// The account's rightful owner.
    Owner,
    /// The attacker.
    Attacker,
}

/// Who knows an account's current password.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Knowledge {
    pub owner: bool,
    pub attacker: bool,
    /// Admins who set or saw the password (an admin reset shows it to them).
    pub admins: Vec<UserId>,
    /// Outside addresses the password was sent to.
    pub(crate) outside_addresses: Vec<String>,
}

impl Knowledge {
    #[must_use]
    pub(crate) fn knows(&self, party: Party) -> bool {
        match party {
            Party::Owner => self.owner,
            Party::Attacker => self.attacker,
        }
    }
    pub(crate) fn learn(&mut self, party: Party) {
        match party {
            Party::Owner => self.owner = true,
            Party::Attacker => self.attacker = true,
        }
    }
    /// Only the owner knows it (admins who set it are trusted, outside
    /// addresses are not).
    #[must_use]
    pub(crate) fn only_owner_and_admins(&self) -> bool {
        self.owner && !self.attacker && self.outside_addresses.is_empty()
    }
}

/// How many previous passwords are remembered for reuse checks.
pub(crate) const PASSWORD_HISTORY_LENGTH: usize = 5;

/// An account's password, as knowledge rather than a hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PasswordState {
    pub text: String,
    /// Increases on every change, so a message can carry "version 3".
    pub version: u32,
    pub set_at: SimTime,
    pub(crate) must_change: bool,
    pub known: Knowledge,
    /// Previous passwords, newest last, at most [`PASSWORD_HISTORY_LENGTH`].
    pub history: Vec<String>,
}

impl PasswordState {
    #[must_use]
    pub(crate) fn new(text: String, set_at: SimTime) -> Self {
        Self { text, version: 1, set_at, must_change: false, known: Knowledge { owner: true, ..Knowledge::default() }, history: Vec::new() }
    }

    /// Replaces the password: everyone's knowledge of the old one is void.
    pub(crate) fn replace(&mut self, text: String, at: SimTime, must_change: bool) {
        let old = std::mem::replace(&mut self.text, text);
        self.history.push(old);
        if self.history.len() > PASSWORD_HISTORY_LENGTH {
            self.history.remove(0);
        }
        self.version = self.version.saturating_add(1);
        self.set_at = at;
        self.must_change = must_change;
        self.known = Knowledge::default();
    }
}

/// Authentication methods a user can register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MethodKind {
    AlternateEmail,
    MobilePhone,
    OfficePhone,
    AuthenticatorApp,
    SecurityQuestions,
    Fido2,
}

impl MethodKind {
    pub const ALL: [MethodKind; 6] = [
        MethodKind::AlternateEmail,
        MethodKind::MobilePhone,
        MethodKind::OfficePhone,
        MethodKind::AuthenticatorApp,
        MethodKind::SecurityQuestions,
        MethodKind::Fido2,
    ];

    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            MethodKind::AlternateEmail => "alternate-email",
            MethodKind::MobilePhone => "mobile-phone",
            MethodKind::OfficePhone => "office-phone",
            MethodKind::AuthenticatorApp => "authenticator-app",
            MethodKind::SecurityQuestions => "security-questions",
            MethodKind::Fido2 => "fido2",
        }
    }

    #[must_use]
    pub(crate) fn parse(text: &str) -> Option<MethodKind> {
        let wanted = text.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        MethodKind::ALL.into_iter().find(|kind| kind.name() == wanted)
    }

    /// Whether this method can satisfy a multifactor prompt.
    #[must_use]
    pub(crate) const fn is_second_factor(self) -> bool {
        matches!(self, MethodKind::MobilePhone | MethodKind::OfficePhone | MethodKind::AuthenticatorApp | MethodKind::Fido2)
    }
}

/// A registered method. `controlled_by` is ground truth the trainee cannot see:
/// an attacker may register a phone or app of their own for persistence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Method {
    pub kind: MethodKind,
    /// Phone number, address or device name, as shown to admins.
    pub detail: String,
    pub controlled_by: Party,
    /// When it was registered, as Entra shows it; `None` for a method set
    /// up before the records the scenario keeps.
    pub registered_at: Option<SimTime>,
}

impl MethodKind {
    /// Whether this method signs in without the password (Microsoft
    /// Authenticator phone sign-in, a FIDO2 key): a password reset does not
    /// stop it.
    #[must_use]
    pub(crate) const fn is_passwordless(self) -> bool {
        matches!(self, MethodKind::AuthenticatorApp | MethodKind::Fido2)
    }
}

/// A device registered to a user in Entra ID. A registered device gets a
/// primary refresh token and signs in without the password; `registered_by`
/// is ground truth the trainee cannot see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Device {
    /// The device's display name, unique per user.
    pub name: String,
    /// Operating system, as the devices list shows it.
    pub os: String,
    pub registered_at: SimTime,
    pub enabled: bool,
    pub registered_by: Party,
}

/// An app password: a credential for legacy clients that survives password
/// resets and session revocation, and stops only when removed or when
/// sign-in is blocked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppPassword {
    pub name: String,
    pub created_at: SimTime,
    pub controlled_by: Party,
}

/// How the sign-in behind a session was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SessionOrigin {
    /// Password sign-in: a password reset revokes it.
    Password,
    /// FIDO2, Windows Hello and other non-password sign-ins: a password reset
    /// leaves it alone; only session revocation or a block stops it.
    Passwordless,
}

/// A refresh token with the access token most recently issued from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: u32,
    pub holder: Party,
    pub origin: SessionOrigin,
    pub(crate) issued_at: SimTime,
    pub refresh_revoked: bool,
    pub access_expires_at: SimTime,
    /// When continuous access evaluation reaches Exchange Online after a
    /// critical event: from then on Exchange rejects the access token.
    pub exchange_cutoff: Option<SimTime>,
}

/// Refresh tokens live this long when unused (Entra's default is 90 days).
pub(crate) const REFRESH_TOKEN_LIFETIME_S: u64 = 90 * 86_400;

/// A user account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub upn: String,
    pub display_name: String,
    pub department: String,
    pub location: crate::tenant::logs::Place,
    pub account_enabled: bool,
    /// Held roles: read with [`User::roles`], given before the user joins a
    /// tenant with [`User::with_roles`], and changed afterwards only through
    /// [`super::Tenant::grant_role`] and `revoke_role`, which keep the
    /// tenant's Global Administrator count.
    pub(super) roles: RoleSet,
    pub methods: Vec<Method>,
    pub app_passwords: Vec<AppPassword>,
    /// Devices registered to the user.
    pub devices: Vec<Device>,
    pub mfa_required: bool,
    pub password: PasswordState,
    pub password_never_expires: bool,
    pub(crate) strong_password_disabled: bool,
    pub lockout_familiar: LockoutCounter,
    pub lockout_unfamiliar: LockoutCounter,
    pub sessions: Vec<Session>,
    /// `Some` for licensed users: they have a mailbox.
    pub mailbox: Option<Box<Mailbox>>,
    pub outbound: Option<Box<OutboundState>>,
}

impl User {
    /// The roles the user holds.
    #[must_use]
    pub const fn roles(&self) -> RoleSet {
        self.roles
    }

    /// The user with `roles`, before it is added to a tenant (a user in a
    /// tenant changes roles through the tenant, which counts its Global
    /// Administrators).
    #[must_use]
    pub fn with_roles(mut self, roles: impl IntoIterator<Item = crate::tenant::role::Role>) -> Self {
        self.roles = roles.into_iter().collect();
        self
    }

    /// The part of the user principal name before the `@`.
    #[must_use]
    pub(crate) fn alias(&self) -> &str {
        self.upn.split('@').next().unwrap_or(&self.upn)
    }

    #[must_use]
    pub(crate) fn method(&self, kind: MethodKind) -> Option<&Method> {
        self.methods.iter().find(|method| method.kind == kind)
    }

    /// The device named `name` (case-insensitive), by index.
    #[must_use]
    pub(crate) fn device_index(&self, name: &str) -> Option<usize> {
        self.devices.iter().position(|device| device.name.eq_ignore_ascii_case(name.trim()))
    }

    /// Whether `party` holds a credential that signs in without the
    /// password: an enabled device it registered or a passwordless method.
    #[must_use]
    pub(crate) fn non_password_credential(&self, party: Party) -> bool {
        self.devices.iter().any(|device| device.enabled && device.registered_by == party)
            || self.methods.iter().any(|method| method.kind.is_passwordless() && method.controlled_by == party)
    }

    /// Whether `party` can answer a multifactor prompt on this account.
    #[must_use]
    pub(crate) fn can_pass_mfa(&self, party: Party) -> bool {
        self.methods.iter().any(|method| method.kind.is_second_factor() && method.controlled_by == party)
    }

    #[must_use]
    pub fn lockout(&self, familiar: bool) -> &LockoutCounter {
        if familiar { &self.lockout_familiar } else { &self.lockout_unfamiliar }
    }

    pub(crate) fn lockout_mut(&mut self, familiar: bool) -> &mut LockoutCounter {
        if familiar { &mut self.lockout_familiar } else { &mut self.lockout_unfamiliar }
    }

    #[must_use]
    pub fn is_admin(&self) -> bool {
        !self.roles.is_empty()
    }

    #[must_use]
    pub(crate) fn is_restricted_sender(&self) -> bool {
        self.outbound.as_ref().is_some_and(|outbound| outbound.restriction.is_some())
    }
}

impl User {
    /// A licensed, enabled user with no roles, who alone knows `password`.
    #[must_use]
    pub fn new(upn: &str, display_name: &str, password: &str, password_set_at: SimTime) -> Self {
        Self {
            upn: upn.to_string(),
            display_name: display_name.to_string(),
            department: String::new(),
            location: crate::tenant::logs::Place::Office,
            account_enabled: true,
            roles: RoleSet::EMPTY,
            methods: Vec::new(),
            app_passwords: Vec::new(),
            devices: Vec::new(),
            mfa_required: false,
            password: PasswordState::new(password.to_string(), password_set_at),
            password_never_expires: false,
            strong_password_disabled: false,
            lockout_familiar: LockoutCounter::default(),
            lockout_unfamiliar: LockoutCounter::default(),
            sessions: Vec::new(),
            mailbox: Some(Box::default()),
            outbound: None,
        }
    }
}
