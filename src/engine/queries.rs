//! Security questions computed from state, never from a log: what still
//! works for the attacker, whether an account is contained, whether its
//! owner can sign in and send. The scorer and the tests ask these.

use super::Simulation;
use crate::action::Resource;
use crate::clock::SimTime;
use crate::tenant::mailbox::Protocol;
use crate::tenant::role::Role;
use crate::tenant::user::{MethodKind, Party, UserId};
use serde::{Deserialize, Serialize};

/// A way in that works for the attacker right now.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Foothold {
    /// Knows the current password and could sign in with it.
    Password,
    /// Holds a session that still works.
    Session,
    /// Holds an app password a legacy protocol still accepts.
    AppPassword,
    /// Registered an enabled device of its own: it signs in again without
    /// the password, whatever was reset or revoked.
    Device { device: String },
    /// Registered a passwordless method of its own (an authenticator app's
    /// phone sign-in, a FIDO2 key).
    PasswordlessMethod { method: MethodKind },
    /// Reaches the mailbox as a delegate through another account it holds.
    Delegate { through: String },
    /// Holds admin roles through one of the footholds above.
    AdminRoles { roles: Vec<Role> },
    /// Its application holds a delegated grant that reads the user's mail
    /// and is enabled: no password, session or block of its tokens by a
    /// reset ends that.
    Grant { app: String },
}

/// Something the attacker left behind that keeps helping it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Residue {
    Rule {
        name: String,
    },
    Forwarding {
        address: String,
    },
    Delegate {
        delegate: String,
    },
    Method {
        method: MethodKind,
    },
    AppPassword {
        name: String,
    },
    /// A device it registered, still enabled.
    Device {
        device: String,
    },
    /// A delegated permission grant its application holds (enabled or not).
    Grant {
        app: String,
    },
}

/// Whether and when the owner can send mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum SendStatus {
    Yes,
    /// Released; sending resumes at this time.
    AfterRelease(SimTime),
    /// Restricted until the next UTC day (cannot be released).
    NextDay(SimTime),
    Restricted,
    NoMailbox,
}

impl Simulation {
    /// Every foothold that works for the attacker on `id` now.
    #[must_use]
    pub fn attacker_footholds(&self, id: UserId) -> Vec<Foothold> {
        let mut footholds = Vec::new();
        let user = self.tenant.user(id);
        if self.password_would_work(id, Party::Attacker) || self.attacker_can_take_over(id) {
            footholds.push(Foothold::Password);
        }
        if self.session_works(id, Party::Attacker, Resource::ExchangeOnline) || self.session_works(id, Party::Attacker, Resource::Portal) {
            footholds.push(Foothold::Session);
        }
        let legacy_open = user.mailbox.as_deref().is_none_or(|mailbox| mailbox.protocols.any_legacy());
        if user.account_enabled && legacy_open && user.app_passwords.iter().any(|app| app.controlled_by == Party::Attacker) {
            footholds.push(Foothold::AppPassword);
        }
        if user.account_enabled {
            footholds.extend(
                user.devices
                    .iter()
                    .filter(|device| device.enabled && device.registered_by == Party::Attacker)
                    .map(|device| Foothold::Device { device: device.name.clone() }),
            );
            footholds.extend(
                user.methods
                    .iter()
                    .filter(|method| method.kind.is_passwordless() && method.controlled_by == Party::Attacker)
                    .map(|method| Foothold::PasswordlessMethod { method: method.kind }),
            );
        }
        if let Some(mailbox) = user.mailbox.as_deref() {
            for delegate in &mailbox.delegates {
                let Some(delegate_id) = self.tenant.find_user(&delegate.user) else { continue };
                if delegate_id != id && self.attacker_has_access(delegate_id) {
                    footholds.push(Foothold::Delegate { through: delegate.user.clone() });
                }
            }
        }
        if let Some(index) = self.attacker_app_reaching(id) {
            footholds.push(Foothold::Grant { app: self.tenant.apps.apps[index].display_name.clone() });
        }
        let direct = footholds.iter().any(|foothold| {
            matches!(foothold, Foothold::Password | Foothold::Session | Foothold::Device { .. } | Foothold::PasswordlessMethod { .. })
        });
        if direct && !user.roles().is_empty() {
            footholds.push(Foothold::AdminRoles { roles: user.roles().iter().collect() });
        }
        footholds
    }

    /// Sign-in or a live session: the attacker can act as this account.
    #[must_use]
    pub(crate) fn attacker_has_access(&self, id: UserId) -> bool {
        self.password_would_work(id, Party::Attacker)
            || self.attacker_can_take_over(id)
            || (self.tenant.user(id).account_enabled && self.tenant.user(id).non_password_credential(Party::Attacker))
            || self.session_works(id, Party::Attacker, Resource::ExchangeOnline)
            || self.session_works(id, Party::Attacker, Resource::Portal)
    }

    /// The attacker controls enough methods to pass self-service reset.
    fn attacker_can_take_over(&self, id: UserId) -> bool {
        let user = self.tenant.user(id);
        if !user.account_enabled {
            return false;
        }
        let attacker_methods =
            user.methods.iter().filter(|method| method.controlled_by == Party::Attacker && method.kind != MethodKind::Fido2).count();
        let required = if user.is_admin() { 2 } else { usize::from(self.tenant.sspr_policy.methods_required) };
        let in_scope = user.is_admin() || !matches!(self.tenant.sspr_policy.scope, crate::tenant::policy::SsprScope::None);
        in_scope && attacker_methods >= required.max(1)
    }

    /// What the attacker left in place on `id`.
    #[must_use]
    pub fn attacker_residue(&self, id: UserId) -> Vec<Residue> {
        let user = self.tenant.user(id);
        let mut residue = Vec::new();
        if let Some(mailbox) = user.mailbox.as_deref() {
            residue.extend(
                mailbox
                    .rules
                    .iter()
                    .filter(|rule| rule.created_by == Party::Attacker && rule.enabled)
                    .map(|rule| Residue::Rule { name: rule.name.clone() }),
            );
            if mailbox.forwarding_set_by == Some(Party::Attacker)
                && let Some(address) = mailbox.forwarding_address.clone().or_else(|| mailbox.forwarding_smtp_address.clone())
            {
                residue.push(Residue::Forwarding { address });
            }
            residue.extend(
                mailbox
                    .delegates
                    .iter()
                    .filter(|delegate| delegate.granted_by == Party::Attacker)
                    .map(|delegate| Residue::Delegate { delegate: delegate.user.clone() }),
            );
        }
        residue.extend(
            user.methods
                .iter()
                .filter(|method| method.controlled_by == Party::Attacker)
                .map(|method| Residue::Method { method: method.kind }),
        );
        residue.extend(
            user.app_passwords
                .iter()
                .filter(|app| app.controlled_by == Party::Attacker)
                .map(|app| Residue::AppPassword { name: app.name.clone() }),
        );
        residue.extend(
            user.devices
                .iter()
                .filter(|device| device.enabled && device.registered_by == Party::Attacker)
                .map(|device| Residue::Device { device: device.name.clone() }),
        );
        residue.extend(self.attacker_grants(id).into_iter().map(|app| Residue::Grant { app }));
        residue
    }

    /// No working foothold and nothing left behind.
    #[must_use]
    pub fn is_contained(&self, id: UserId) -> bool {
        self.attacker_footholds(id).is_empty() && self.attacker_residue(id).is_empty()
    }

    /// The owner could sign in now with what they know (changing a temporary
    /// or expired password on the way counts).
    #[must_use]
    pub fn owner_can_sign_in(&self, id: UserId) -> bool {
        self.password_would_work(id, Party::Owner)
    }

    /// The owner can sign in, and no one else knows the password.
    #[must_use]
    pub fn owner_alone_knows_password(&self, id: UserId) -> bool {
        let password = &self.tenant.user(id).password;
        self.owner_can_sign_in(id) && password.known.only_owner_and_admins()
    }

    #[must_use]
    pub fn send_status(&self, id: UserId) -> SendStatus {
        let user = self.tenant.user(id);
        if user.mailbox.is_none() {
            return SendStatus::NoMailbox;
        }
        match user.outbound.as_deref().and_then(|outbound| outbound.restriction.as_ref()) {
            None => SendStatus::Yes,
            Some(restriction) => match restriction.release_effective_at {
                Some(at) => SendStatus::AfterRelease(at),
                None if restriction.action == crate::tenant::policy::OutboundAction::BlockUserForToday => {
                    SendStatus::NextDay(restriction.at.next_midnight())
                }
                None => SendStatus::Restricted,
            },
        }
    }

    /// Whether any legacy protocol is still open on the mailbox.
    #[must_use]
    pub(crate) fn legacy_protocols_open(&self, id: UserId) -> bool {
        self.tenant
            .user(id)
            .mailbox
            .as_deref()
            .is_some_and(|mailbox| Protocol::ALL.into_iter().any(|protocol| protocol.is_legacy() && mailbox.protocols.enabled(protocol)))
    }
}
