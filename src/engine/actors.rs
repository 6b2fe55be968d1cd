//! The people inside the simulation: an attacker who keeps using whatever
//! foothold still works, and end users who keep trying to get on with their
//! day. Actors act at scheduled turns, through the same step function and
//! permission checks as the trainee, so everything they do lands in the
//! sign-in log, the audit log and the message trace.

use super::Simulation;
use super::event::{EventKind, GaveUp, Learned};
use super::schedule::Due;
use crate::action::{Action, Actor, Resource, SsprMode};
use crate::clock::{SimDuration, SimTime};
use crate::random::Stream;
use crate::tenant::logs::{Location, SignInStatus};
use crate::tenant::mailbox::{AccessRight, RuleSpec};
use crate::tenant::user::{Party, UserId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Persistence the attacker wants in place, and puts back when removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Persistence {
    Rule { mailbox: String, rule: RuleSpec },
    Forwarding { mailbox: String, address: String },
    Delegate { mailbox: String, delegate: String },
}

/// Spam or phishing the attacker sends from each account it controls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpamBurst {
    pub messages: u32,
    pub recipients_per_message: u32,
    /// Send on every n-th turn (1 = every turn).
    pub every_turns: u32,
    pub subject: String,
}

/// An admin action the attacker takes through a compromised admin account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminAbuse {
    /// The compromised account whose roles are used.
    pub via: String,
    pub action: Action,
}

/// A password spray from outside against other accounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spray {
    pub targets: Vec<String>,
    pub passwords: Vec<String>,
    /// Turns on which the spray runs, at most.
    pub rounds: u32,
    /// Sprays over this legacy protocol with basic authentication (when
    /// the tenant still accepts it) instead of the browser sign-in page.
    #[serde(default)]
    pub protocol: Option<crate::tenant::mailbox::Protocol>,
}

/// How the attacker behaves; every part is optional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AttackerBehaviour {
    /// Accounts the attacker holds a foothold on.
    pub accounts: Vec<String>,
    pub turn_interval_s: u64,
    pub read_mail: bool,
    pub restore_persistence: bool,
    pub persistence: Vec<Persistence>,
    pub spam: Option<SpamBurst>,
    pub admin_abuse: Vec<AdminAbuse>,
    pub spray: Option<Spray>,
    /// Outside addresses the attacker reads (where forwarding and spam replies go).
    pub addresses: Vec<String>,
}

impl Default for AttackerBehaviour {
    fn default() -> Self {
        Self {
            accounts: Vec::new(),
            turn_interval_s: 15 * 60,
            read_mail: true,
            restore_persistence: true,
            persistence: Vec::new(),
            spam: None,
            admin_abuse: Vec::new(),
            spray: None,
            addresses: Vec::new(),
        }
    }
}

/// How an end user behaves.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct EndUserBehaviour {
    pub user: String,
    pub turn_interval_s: u64,
    /// Sends a message to a colleague on each turn when signed in.
    pub sends_mail_to: Option<String>,
    /// Wrong variations tried after the remembered password fails.
    pub wrong_guesses: u32,
    /// Failed turns before calling the helpdesk.
    pub calls_helpdesk_after: u32,
    /// Uses self-service reset ("I forgot my password") when stuck, if allowed.
    pub tries_self_service: bool,
}

impl Default for EndUserBehaviour {
    fn default() -> Self {
        Self {
            user: String::new(),
            turn_interval_s: 20 * 60,
            sends_mail_to: None,
            wrong_guesses: 0,
            calls_helpdesk_after: 2,
            tries_self_service: false,
        }
    }
}

#[derive(Debug, Clone)]
pub struct AttackerState {
    pub behaviour: AttackerBehaviour,
    pub passwords: BTreeMap<UserId, String>,
    pub turns: u32,
    /// Turns in a row on which nothing the attacker holds worked.
    pub(crate) idle_turns: u32,
    pub stopped: bool,
}

#[derive(Debug, Clone)]
pub struct EndUserState {
    pub behaviour: EndUserBehaviour,
    pub id: UserId,
    pub remembered: String,
    pub(crate) failed_turns: u32,
    pub(crate) called_helpdesk: bool,
}

#[derive(Debug, Clone)]
pub enum ActorState {
    Attacker(AttackerState),
    EndUser(EndUserState),
}

/// A turn does at most this many actions, so no behaviour can run away.
const ACTIONS_PER_TURN_LIMIT: usize = 200;
/// Turns in a row without any access after which the attacker gives up,
/// even while a lifted block would let it back in.
pub(crate) const ATTACKER_PATIENCE_TURNS: u32 = 24;

impl Simulation {
    /// Adds the attacker. Its first turn is at `first_turn`; it knows the
    /// current password of every account in `behaviour.accounts` that the
    /// tenant records it as knowing.
    pub fn add_attacker(&mut self, behaviour: AttackerBehaviour, first_turn: SimTime) {
        for address in &behaviour.addresses {
            self.tenant.attacker_addresses.insert(address.to_ascii_lowercase());
        }
        let mut passwords = BTreeMap::new();
        for name in &behaviour.accounts {
            if let Some(id) = self.tenant.find_user(name) {
                let password = &self.tenant.user(id).password;
                if password.known.attacker {
                    passwords.insert(id, password.text.clone());
                }
            }
        }
        let index = self.actors.len();
        self.actors.push(ActorState::Attacker(AttackerState { behaviour, passwords, turns: 0, idle_turns: 0, stopped: false }));
        self.schedule.add(first_turn, Due::ActorTurn { actor: index });
    }

    /// Adds an end user who remembers their current password.
    pub fn add_end_user(&mut self, behaviour: EndUserBehaviour, first_turn: SimTime) -> Option<()> {
        let id = self.tenant.find_user(&behaviour.user)?;
        let remembered = self.tenant.user(id).password.text.clone();
        let index = self.actors.len();
        self.actors.push(ActorState::EndUser(EndUserState { behaviour, id, remembered, failed_turns: 0, called_helpdesk: false }));
        self.schedule.add(first_turn, Due::ActorTurn { actor: index });
        Some(())
    }

    #[must_use]
    pub fn actors(&self) -> &[ActorState] {
        &self.actors
    }

    /// Called when someone learns a password, so actors use it next turn.
    pub(super) fn remember_password(&mut self, id: UserId, party: Party, text: &str) {
        for actor in &mut self.actors {
            match (actor, party) {
                (ActorState::Attacker(state), Party::Attacker) => {
                    state.passwords.insert(id, text.to_string());
                }
                (ActorState::EndUser(state), Party::Owner) if state.id == id => text.clone_into(&mut state.remembered),
                _ => {}
            }
        }
    }

    pub(super) fn actor_turn(&mut self, index: usize) {
        let Some(actor) = self.actors.get(index).cloned() else { return };
        let interval = match actor {
            ActorState::Attacker(state) => {
                if state.stopped {
                    return;
                }
                let interval = state.behaviour.turn_interval_s;
                self.attacker_turn(index, state);
                interval
            }
            ActorState::EndUser(state) => {
                let interval = state.behaviour.turn_interval_s;
                self.end_user_turn(index, &state);
                interval
            }
        };
        let still_going = match self.actors.get(index) {
            Some(ActorState::Attacker(state)) => !state.stopped,
            Some(ActorState::EndUser(_)) => true,
            None => false,
        };
        if still_going {
            self.schedule.add(self.now.plus(SimDuration::seconds(interval.max(60))), Due::ActorTurn { actor: index });
        }
    }

    /// Gets working access to `id` for the attacker: a session, else a sign-in
    /// with the password it remembers, else an app password. Returns whether
    /// it has access.
    fn attacker_access(&mut self, id: UserId, index: usize) -> bool {
        let upn = self.upn(id);
        let actor = Actor::Attacker { via: None };
        if self.use_session(&actor, id, Party::Attacker, Resource::ExchangeOnline).is_ok() {
            return true;
        }
        // A device or method of its own signs in again without the password.
        if self.credential_sign_in(&actor, id, Party::Attacker, Location::Unfamiliar) == Some(SignInStatus::Success) {
            return true;
        }
        let remembered = match self.actors.get(index) {
            Some(ActorState::Attacker(state)) => state.passwords.get(&id).cloned(),
            _ => None,
        };
        if let Some(password) = remembered.as_deref()
            && self.attacker_prefers_legacy(index)
            && self.attacker_legacy_access(&actor, id, password)
        {
            return true;
        }
        if let Some(password) = remembered {
            let status =
                self.sign_in(&actor, id, Party::Attacker, &password, Location::Unfamiliar, crate::tenant::logs::ClientApp::Browser);
            match status {
                SignInStatus::Success => return true,
                SignInStatus::MustChangePassword | SignInStatus::PasswordExpired => {
                    // With a temporary password in hand, the attacker sets its
                    // own: the account is now the attacker's alone.
                    let new_password = format!("Xq!{}-{}", self.random.between(Stream::Attacker, 100_000, 999_999), upn.len());
                    let change = Action::ChangePassword { user: upn.clone(), old_password: password, new_password };
                    if self.step_within(&actor, &change).is_done() {
                        return true;
                    }
                }
                _ => {}
            }
        }
        self.use_app_password(&actor, id, Party::Attacker, crate::tenant::mailbox::Protocol::Imap).is_ok()
    }

    /// Whether the attacker's spray went over a legacy protocol: it comes
    /// back the same way, where no MFA prompt can stop it.
    fn attacker_prefers_legacy(&self, index: usize) -> bool {
        matches!(self.actors.get(index), Some(ActorState::Attacker(state)) if state.behaviour.spray.as_ref().is_some_and(|spray| spray.protocol.is_some()))
    }

    /// Whether the attacker holds something on `id` that does not work now
    /// but would once sign-in is allowed again or a lockout ends: the
    /// current password or an unrevoked, unexpired session (either only if
    /// MFA is not required or the attacker can answer it), an app
    /// password while a legacy protocol is still on, or a device or
    /// passwordless method of its own.
    fn attacker_may_return(&self, id: UserId) -> bool {
        let user = self.tenant.user(id);
        let passes_mfa = !user.mfa_required || user.can_pass_mfa(Party::Attacker);
        let refresh_lifetime = SimDuration::seconds(crate::tenant::user::REFRESH_TOKEN_LIFETIME_S);
        let session = user.sessions.iter().any(|session| {
            session.holder == Party::Attacker && !session.refresh_revoked && self.now.since(session.issued_at) < refresh_lifetime
        });
        let legacy_open = user.mailbox.as_deref().is_some_and(|mailbox| mailbox.protocols.any_legacy());
        let app_password = legacy_open && user.app_passwords.iter().any(|app| app.controlled_by == Party::Attacker);
        (passes_mfa && (user.password.known.attacker || session))
            || app_password
            || user.non_password_credential(Party::Attacker)
            || self.attacker_app_granted(id).is_some()
    }

    /// Applies an action inside a turn, keeping the events in this step.
    fn step_within(&mut self, actor: &Actor, action: &Action) -> super::Outcome {
        match self.dispatch(actor, action) {
            Ok(_) => super::Outcome::Done,
            Err(outcome) => outcome,
        }
    }

    #[allow(clippy::too_many_lines)]
    fn attacker_turn(&mut self, index: usize, state: AttackerState) {
        let behaviour = state.behaviour;
        let turn = state.turns + 1;
        let mut actions = 0;
        let mut any_access = false;
        // Its consent link, sent again, brings back a grant that is gone.
        self.renew_consents();
        for name in &behaviour.accounts {
            let Some(id) = self.tenant.find_user(name) else { continue };
            if !self.attacker_access(id, index) {
                // Without the account, its application still reads the
                // mail with the grant the user's consent gave it.
                if behaviour.read_mail && self.attacker_app_reaching(id).is_some() {
                    any_access = true;
                    self.read_through_app(id);
                }
                continue;
            }
            any_access = true;
            let upn = self.upn(id);
            let via = Actor::Attacker { via: Some(upn.clone()) };
            if behaviour.read_mail && self.tenant.user(id).mailbox.is_some() {
                self.step_within(&via, &Action::ReadMail { user: upn.clone() });
            }
            if behaviour.restore_persistence {
                let mine: Vec<&Persistence> = behaviour
                    .persistence
                    .iter()
                    .filter(|persistence| self.tenant.find_user(persistence_mailbox(persistence)) == Some(id))
                    .collect();
                for persistence in mine {
                    if actions >= ACTIONS_PER_TURN_LIMIT {
                        break;
                    }
                    if let Some(action) = self.missing_persistence(persistence) {
                        self.step_within(&via, &action);
                        actions += 1;
                    }
                }
            }
            if let Some(spam) = &behaviour.spam
                && spam.every_turns > 0
                && (turn - 1).is_multiple_of(spam.every_turns)
            {
                for message in 0..spam.messages.min(30) {
                    if actions >= ACTIONS_PER_TURN_LIMIT {
                        break;
                    }
                    let recipients = spam.recipients_per_message.min(500);
                    let body = "Please review the attached invoice.";
                    // A restricted sender's message is refused whatever its
                    // recipients (only their number is traced): their
                    // addresses are not written out.
                    let outcome = if self.sender_restricted(id) {
                        let count = usize::try_from(recipients).unwrap_or(usize::MAX);
                        match self.send_mail_restricted(&via, &upn, count, &spam.subject, body) {
                            Ok(_) => super::Outcome::Done,
                            Err(outcome) => outcome,
                        }
                    } else {
                        let to = (0..recipients).map(|recipient| format!("target{turn}.{message}.{recipient}@mail.example")).collect();
                        self.step_within(
                            &via,
                            &Action::SendMail { from: upn.clone(), to, subject: spam.subject.clone(), body: body.to_string() },
                        )
                    };
                    actions += 1;
                    if !outcome.is_done() {
                        break;
                    }
                }
            }
        }
        // Admin abuse and delegated reading through accounts it still holds.
        for abuse in &behaviour.admin_abuse {
            let Some(id) = self.tenant.find_user(&abuse.via) else { continue };
            if actions >= ACTIONS_PER_TURN_LIMIT {
                continue;
            }
            // Admin actions go through the portal: a session the portal
            // still honours is enough, after Exchange has stopped honouring
            // the account's token and a block or reset has stopped sign-in.
            let actor = Actor::Attacker { via: None };
            let portal = self.session_works(id, Party::Attacker, Resource::Portal)
                && self.use_session(&actor, id, Party::Attacker, Resource::Portal).is_ok();
            if !portal && !self.attacker_access(id, index) {
                continue;
            }
            any_access = true;
            let via = Actor::Attacker { via: Some(self.upn(id)) };
            if self.admin_abuse_needed(&abuse.action) {
                self.step_within(&via, &abuse.action);
                actions += 1;
            }
        }
        for persistence in &behaviour.persistence {
            let Persistence::Delegate { mailbox, delegate } = persistence else { continue };
            let Some(delegate_id) = self.tenant.find_user(delegate) else { continue };
            if actions >= ACTIONS_PER_TURN_LIMIT || !self.session_works(delegate_id, Party::Attacker, Resource::ExchangeOnline) {
                continue;
            }
            any_access = true;
            let via = Actor::Attacker { via: Some(self.upn(delegate_id)) };
            if behaviour.read_mail {
                self.step_within(&via, &Action::ReadMail { user: mailbox.clone() });
                actions += 1;
            }
        }
        if let Some(spray) = &behaviour.spray
            && turn <= spray.rounds
        {
            any_access = true;
            let client = match spray.protocol {
                Some(protocol) if self.tenant.access.basic_authentication => crate::tenant::logs::ClientApp::Legacy(protocol),
                _ => crate::tenant::logs::ClientApp::Browser,
            };
            for target in &spray.targets {
                let Some(id) = self.tenant.find_user(target) else { continue };
                for password in &spray.passwords {
                    if actions >= ACTIONS_PER_TURN_LIMIT {
                        break;
                    }
                    let status = self.sign_in(&Actor::Attacker { via: None }, id, Party::Attacker, password, Location::Unfamiliar, client);
                    actions += 1;
                    // An MFA prompt or a Conditional Access block comes only
                    // after a right password: the attacker knows it now
                    // (the playbook's "interrupted" sign-in), though it is
                    // not in.
                    let interrupted = matches!(status, SignInStatus::MfaRequired | SignInStatus::BlockedByConditionalAccess);
                    if interrupted || status.succeeded() {
                        let version = self.tenant.user(id).password.version;
                        self.learn_password(&Actor::Attacker { via: None }, id, version, Party::Attacker, Learned::PasswordSpray);
                        // A guessed password is a new foothold from the next turn on.
                        if status.succeeded()
                            && let Some(ActorState::Attacker(live)) = self.actors.get_mut(index)
                            && !live.behaviour.accounts.iter().any(|held| held.eq_ignore_ascii_case(target))
                        {
                            live.behaviour.accounts.push(target.clone());
                        }
                        break;
                    }
                }
            }
        }
        // A block or a lockout is not the end: while the attacker holds
        // something a lifted block or an ended lockout would let back in,
        // it tries again on its next turns, up to its patience.
        let idle_turns = if any_access { 0 } else { state.idle_turns + 1 };
        let stop = !any_access
            && (idle_turns >= ATTACKER_PATIENCE_TURNS
                || !behaviour.accounts.iter().any(|name| self.tenant.find_user(name).is_some_and(|id| self.attacker_may_return(id))));
        if let Some(ActorState::Attacker(live)) = self.actors.get_mut(index) {
            live.turns = turn;
            live.idle_turns = idle_turns;
            live.stopped = stop;
        }
        if stop {
            self.emit(&Actor::Attacker { via: None }, EventKind::ActorGaveUp { reason: GaveUp::NoFoothold });
        }
    }

    /// The action that puts a piece of persistence back, if it is missing.
    fn missing_persistence(&self, persistence: &Persistence) -> Option<Action> {
        match persistence {
            Persistence::Rule { mailbox, rule } => {
                let id = self.tenant.find_user(mailbox)?;
                let present = self.mailbox_ref(id)?.rules.iter().any(|existing| existing.name == rule.name && existing.enabled);
                if present {
                    return None;
                }
                let disabled = self.mailbox_ref(id)?.rules.iter().any(|existing| existing.name == rule.name);
                Some(if disabled {
                    Action::EnableRule { user: self.upn(id), rule: rule.name.clone() }
                } else {
                    Action::CreateRule { user: self.upn(id), rule: rule.clone() }
                })
            }
            Persistence::Forwarding { mailbox, address } => {
                let id = self.tenant.find_user(mailbox)?;
                let current = self.mailbox_ref(id)?;
                if current.forwarding_smtp_address.as_deref() == Some(address.as_str())
                    || current.forwarding_address.as_deref() == Some(address.as_str())
                {
                    return None;
                }
                let internal = self.tenant.is_internal_address(address);
                Some(Action::SetForwarding {
                    user: self.upn(id),
                    forwarding_address: internal.then(|| address.clone()),
                    forwarding_smtp_address: (!internal).then(|| address.clone()),
                    deliver_and_forward: true,
                })
            }
            Persistence::Delegate { mailbox, delegate } => {
                let id = self.tenant.find_user(mailbox)?;
                let delegate_id = self.tenant.find_user(delegate)?;
                let delegate_upn = self.upn(delegate_id);
                let present = self.mailbox_ref(id)?.delegates.iter().any(|existing| existing.user == delegate_upn);
                (!present).then(|| Action::AddDelegate { user: self.upn(id), delegate: delegate_upn, access: AccessRight::FullAccess })
            }
        }
    }

    /// Whether an admin-abuse action still has something to do (so the
    /// attacker does not repeat a change that is already in place).
    fn admin_abuse_needed(&self, action: &Action) -> bool {
        match action {
            Action::SetForwarding { user, forwarding_address, forwarding_smtp_address, .. } => {
                let Some(id) = self.tenant.find_user(user) else { return false };
                let Some(mailbox) = self.mailbox_ref(id) else { return false };
                mailbox.forwarding_address != *forwarding_address || mailbox.forwarding_smtp_address != *forwarding_smtp_address
            }
            Action::AddDelegate { user, delegate, .. } => {
                let (Some(id), Some(delegate_id)) = (self.tenant.find_user(user), self.tenant.find_user(delegate)) else { return false };
                let delegate_upn = self.upn(delegate_id);
                self.mailbox_ref(id).is_some_and(|mailbox| !mailbox.delegates.iter().any(|existing| existing.user == delegate_upn))
            }
            Action::AddRole { user, role } => self.tenant.find_user(user).is_some_and(|id| !self.tenant.user(id).roles().contains(*role)),
            _ => true,
        }
    }

    fn end_user_turn(&mut self, index: usize, state: &EndUserState) {
        let id = state.id;
        let upn = self.upn(id);
        let actor = Actor::User(upn.clone());
        let mut signed_in = self.session_works(id, Party::Owner, Resource::ExchangeOnline);
        if !signed_in {
            let status =
                self.sign_in(&actor, id, Party::Owner, &state.remembered, Location::Familiar, crate::tenant::logs::ClientApp::Browser);
            signed_in = match status {
                SignInStatus::Success => true,
                SignInStatus::MustChangePassword | SignInStatus::PasswordExpired => {
                    let new_password = format!("Harbour-{}-Lamp!", self.random.between(Stream::EndUsers, 1_000, 9_999));
                    let change = Action::ChangePassword { user: upn.clone(), old_password: state.remembered.clone(), new_password };
                    self.step_within(&actor, &change).is_done()
                }
                _ => {
                    for guess in 0..state.behaviour.wrong_guesses.min(20) {
                        let variant = format!("{}{}", state.remembered, guess + 1);
                        self.sign_in(&actor, id, Party::Owner, &variant, Location::Familiar, crate::tenant::logs::ClientApp::Browser);
                    }
                    if state.behaviour.tries_self_service {
                        let new_password = format!("Meadow-{}-Kite!", self.random.between(Stream::EndUsers, 1_000, 9_999));
                        let reset = Action::SelfServiceReset { user: upn.clone(), mode: SsprMode::Forgot, new_password };
                        self.step_within(&actor, &reset).is_done() && {
                            let text = self.tenant.user(id).password.text.clone();
                            self.sign_in(&actor, id, Party::Owner, &text, Location::Familiar, crate::tenant::logs::ClientApp::Browser)
                                .succeeded()
                        }
                    } else {
                        false
                    }
                }
            };
        }
        let mut failed_turns = state.failed_turns;
        let mut called = state.called_helpdesk;
        if signed_in {
            failed_turns = 0;
            if self.tenant.user(id).mailbox.is_some() {
                self.step_within(&actor, &Action::ReadMail { user: upn.clone() });
                if let Some(colleague) = &state.behaviour.sends_mail_to {
                    let send = Action::SendMail {
                        from: upn.clone(),
                        to: vec![colleague.clone()],
                        subject: "Quick question".to_string(),
                        body: "Have you got a minute?".to_string(),
                    };
                    self.step_within(&actor, &send);
                }
            }
        } else {
            failed_turns += 1;
            if !called && failed_turns >= state.behaviour.calls_helpdesk_after.max(1) {
                called = true;
                let status = self.tenant.sign_in_log.iter().rev().find(|entry| entry.upn == upn).map(|entry| entry.status);
                self.emit(&actor, EventKind::HelpdeskCall { user: upn, status });
            }
        }
        if let Some(ActorState::EndUser(live)) = self.actors.get_mut(index) {
            live.failed_turns = failed_turns;
            live.called_helpdesk = called;
        }
    }
}

fn persistence_mailbox(persistence: &Persistence) -> &str {
    match persistence {
        Persistence::Rule { mailbox, .. } | Persistence::Forwarding { mailbox, .. } | Persistence::Delegate { mailbox, .. } => mailbox,
    }
}
