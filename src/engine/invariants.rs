//! Named invariants, checked after every step in tests and debug runs.
//!
//! The monitor keeps its own shadow of the facts it needs (who is blocked,
//! who is locked until when, which sessions were revoked, who holds which
//! role, who is restricted), built only from the events, and checks each new
//! event against it. A bug that lets the engine skip a check shows up here
//! as a violation naming the invariant.

use super::Simulation;
use super::event::{Event, EventKind};
use crate::action::Actor;
use crate::clock::SimTime;
use crate::tenant::permission::{self, RoleSet};
use crate::tenant::user::{Party, SessionOrigin};
use std::collections::{BTreeMap, BTreeSet};

pub(crate) const NO_SIGN_IN_WHILE_DISABLED: &str = "no successful sign-in on a disabled account";
pub(crate) const NO_SIGN_IN_WHILE_LOCKED: &str = "no successful sign-in while locked";
pub(crate) const REVOKED_TOKEN_NEVER_ACCEPTED: &str = "a revoked refresh token is never redeemed";
pub(crate) const PERMITTED_ACTOR_HAD_PERMISSION: &str = "every permitted admin action's actor had the permission";
pub(crate) const GLOBAL_ADMINISTRATOR_REMAINS: &str = "at least one Global Administrator remains";
pub(crate) const RESTRICTED_SENDER_SENDS_NOTHING: &str = "a restricted sender delivers nothing";
pub(crate) const ATTACKER_CHANGE_NEEDS_FOOTHOLD: &str = "the attacker changes nothing without a working foothold";
pub(crate) const CONDITIONAL_ACCESS_BLOCKS_NEW_SIGN_INS: &str =
    "no new sign-in succeeds from an address or client an enabled Conditional Access policy blocks";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub invariant: &'static str,
    pub detail: String,
}

#[derive(Debug, Clone, Default)]
pub struct InvariantMonitor {
    disabled: BTreeSet<String>,
    locked_until: BTreeMap<(String, bool), SimTime>,
    sessions: BTreeMap<String, Vec<(u32, bool)>>,
    revoked: BTreeSet<(String, u32)>,
    roles: BTreeMap<String, RoleSet>,
    restricted: BTreeSet<String>,
    had_global_administrator: bool,
    /// Named locations and Conditional Access policies.
    access: crate::tenant::access::Access,
}

impl InvariantMonitor {
    /// Starts from the simulation's current state.
    #[must_use]
    pub fn new(simulation: &Simulation) -> Self {
        let mut monitor = Self {
            had_global_administrator: simulation.tenant().global_administrator_count() > 0,
            access: simulation.tenant().access.clone(),
            ..Self::default()
        };
        for (_, user) in simulation.tenant().users() {
            let key = user.upn.clone();
            if !user.account_enabled {
                monitor.disabled.insert(key.clone());
            }
            for familiar in [true, false] {
                if let Some(until) = user.lockout(familiar).locked_until {
                    monitor.locked_until.insert((key.clone(), familiar), until);
                }
            }
            let sessions: Vec<(u32, bool)> =
                user.sessions.iter().map(|session| (session.id, session.origin == SessionOrigin::Password)).collect();
            for session in user.sessions.iter().filter(|session| session.refresh_revoked) {
                monitor.revoked.insert((key.clone(), session.id));
            }
            if !sessions.is_empty() {
                monitor.sessions.insert(key.clone(), sessions);
            }
            if !user.roles().is_empty() {
                monitor.roles.insert(key.clone(), user.roles());
            }
            if user.is_restricted_sender() {
                monitor.restricted.insert(key);
            }
        }
        monitor
    }

    /// Checks the events of one step, in order, then the state after it.
    pub fn observe(&mut self, simulation: &Simulation, events: &[Event]) -> Vec<Violation> {
        let mut violations = Vec::new();
        let mut attacker_access: BTreeSet<String> = BTreeSet::new();
        for event in events {
            self.check_event(event, &mut attacker_access, &mut violations);
        }
        if self.had_global_administrator && simulation.tenant().global_administrator_count() == 0 {
            violations
                .push(Violation { invariant: GLOBAL_ADMINISTRATOR_REMAINS, detail: "the tenant has no Global Administrator".to_string() });
        }
        violations
    }

    #[allow(clippy::too_many_lines)]
    fn check_event(&mut self, event: &Event, attacker_access: &mut BTreeSet<String>, violations: &mut Vec<Violation>) {
        let mut fail = |invariant: &'static str, detail: String| {
            violations.push(Violation { invariant, detail: format!("{} at {}", detail, event.at) });
        };
        match &event.kind {
            EventKind::SignInBlocked { user } => {
                self.disabled.insert(user.clone());
            }
            EventKind::SignInAllowed { user } => {
                self.disabled.remove(user);
            }
            EventKind::LockedOut { user, familiar, until } => {
                self.locked_until.insert((user.clone(), *familiar), *until);
            }
            EventKind::LockoutCleared { user } => {
                self.locked_until.remove(&(user.clone(), true));
                self.locked_until.remove(&(user.clone(), false));
            }
            EventKind::SignInAttempt { user, party, location, status, ip, client } if status.succeeded() => {
                use crate::tenant::access::{ClientClass, Decision};
                if let Some(class) = ClientClass::of(*client)
                    && let Decision::Block(policy) = self.access.evaluate(ip, class)
                {
                    fail(CONDITIONAL_ACCESS_BLOCKS_NEW_SIGN_INS, format!("{user} signed in from {ip} past the policy {policy}"));
                }
                if self.disabled.contains(user) {
                    fail(NO_SIGN_IN_WHILE_DISABLED, format!("{user} signed in while blocked"));
                }
                let familiar = *location == crate::tenant::logs::Location::Familiar;
                if self.locked_until.get(&(user.clone(), familiar)).is_some_and(|until| event.at < *until) {
                    fail(NO_SIGN_IN_WHILE_LOCKED, format!("{user} signed in while locked"));
                }
                if *party == Party::Attacker {
                    attacker_access.insert(user.clone());
                }
            }
            EventKind::SessionIssued { user, session, origin, .. } => {
                self.sessions.entry(user.clone()).or_default().push((*session, *origin == SessionOrigin::Password));
            }
            EventKind::SessionsRevoked { user, .. } => {
                for (session, _) in self.sessions.get(user).into_iter().flatten() {
                    self.revoked.insert((user.clone(), *session));
                }
            }
            EventKind::RefreshTokensRevoked { user, .. } | EventKind::PasswordChanged { user, .. } => {
                for (session, password) in self.sessions.get(user).into_iter().flatten() {
                    if *password {
                        self.revoked.insert((user.clone(), *session));
                    }
                }
            }
            EventKind::SessionUsed { user, party, session, refreshed } => {
                if *refreshed && self.revoked.contains(&(user.clone(), *session)) {
                    fail(REVOKED_TOKEN_NEVER_ACCEPTED, format!("session {session} of {user} was refreshed after revocation"));
                }
                if *party == Party::Attacker {
                    attacker_access.insert(user.clone());
                }
            }
            EventKind::AppPasswordUsed { user, party: Party::Attacker, ok: true, .. } => {
                attacker_access.insert(user.clone());
            }
            EventKind::RoleAdded { user, role } => {
                self.roles.entry(user.clone()).or_default().insert(*role);
            }
            EventKind::RoleRemoved { user, role } => {
                self.roles.entry(user.clone()).or_default().remove(*role);
            }
            EventKind::Permitted { permission, user } => {
                let account = match &event.actor {
                    Actor::Admin(upn) | Actor::User(upn) | Actor::Attacker { via: Some(upn) } => Some(upn),
                    _ => None,
                };
                if let Some(account) = account {
                    let actor_roles = self.roles_of(account);
                    let target_roles = user.as_ref().map_or(RoleSet::EMPTY, |target| self.roles_of(target));
                    if permission::check(actor_roles, *permission, target_roles).is_err() {
                        fail(PERMITTED_ACTOR_HAD_PERMISSION, format!("{account} was permitted ({permission:?}) without the role"));
                    }
                }
            }
            EventKind::NamedLocationCreated { name, ranges } => {
                self.access.named_locations.push(crate::tenant::access::NamedLocation {
                    name: name.clone(),
                    ranges: ranges.clone(),
                    trusted: false,
                });
            }
            EventKind::ConditionalAccessPolicyCreated { name, control } => {
                self.access.policies.push(crate::tenant::access::ConditionalAccessPolicy {
                    name: name.clone(),
                    control: control.clone(),
                    enabled: true,
                });
            }
            EventKind::SenderRestricted { user, .. } => {
                self.restricted.insert(user.clone());
            }
            EventKind::SenderReleased { user } => {
                self.restricted.remove(user);
            }
            EventKind::MailSent { from, .. } if self.restricted.contains(from) => {
                fail(RESTRICTED_SENDER_SENDS_NOTHING, format!("{from} sent mail while restricted"));
            }
            EventKind::RuleCreated { .. }
            | EventKind::ForwardingSet { .. }
            | EventKind::DelegateAdded { .. }
            | EventKind::RuleEnabled { .. } => {
                if let Actor::Attacker { via } = &event.actor {
                    let holds = via.as_ref().is_some_and(|via| attacker_access.iter().any(|held| held.eq_ignore_ascii_case(via)));
                    if !holds {
                        fail(ATTACKER_CHANGE_NEEDS_FOOTHOLD, format!("the attacker changed a mailbox through {via:?} without access"));
                    }
                }
            }
            _ => {}
        }
    }

    fn roles_of(&self, name: &str) -> RoleSet {
        self.roles
            .iter()
            .find(|(upn, _)| upn.eq_ignore_ascii_case(name) || upn.split('@').next() == Some(name))
            .map_or(RoleSet::EMPTY, |(_, roles)| *roles)
    }
}
