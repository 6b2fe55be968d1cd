//! Cause and effect: what the simulation did because of what the trainee
//! did. The attacker putting back a rule, forwarding or delegate the
//! trainee removed; a released sender restricted again; the attacker
//! learning a password the trainee sent. Each is told at once (practice
//! mode), listed in the report, and attached to the violation that explains
//! it: the forbidden action that sent the password, or the order violation
//! that left the attacker a way in while the trainee cleaned up.

use super::Flagged;
use super::facts::Facts;
use super::finding::{Effect, PasswordChannel};
use super::memory::Memory;
use super::steps::OrderProblem;
use crate::action::{Action, Channel};
use crate::clock::SimTime;
use crate::engine::Simulation;
use crate::engine::event::{EventKind, Learned};
use crate::record::Record;
use crate::tenant::user::{Party, UserId};
use std::collections::BTreeSet;

/// At most this many consequences are kept (and events remembered for them).
const CONSEQUENCE_LIMIT: usize = 1_000;
/// At most this many effects are attached to one violation.
const CAUSED_LIMIT: usize = 20;

/// A password the trainee sent; watched until it changes.
#[derive(Debug, Clone)]
struct PasswordWatch {
    upn: String,
    since: SimTime,
    channel: PasswordChannel,
    violation: Option<usize>,
}

/// The span in which an order violation left early work exposed.
#[derive(Debug, Clone)]
struct OrderWindow {
    violation: usize,
    from: SimTime,
    until: Option<SimTime>,
    waiting_for: Option<usize>,
}

/// Something the attacker did to an affected account (or a restriction of
/// one), whether or not it was already told.
#[derive(Debug, Clone)]
struct Logged {
    at: SimTime,
    effect: Effect,
    told: bool,
}

#[derive(Debug, Clone, Default)]
pub(super) struct Consequences {
    log: Vec<Logged>,
    windows: Vec<OrderWindow>,
    watches: Vec<PasswordWatch>,
    removed_rules: BTreeSet<(UserId, String)>,
    cleared_forwarding: BTreeSet<UserId>,
    removed_delegates: BTreeSet<(UserId, String)>,
    released: BTreeSet<UserId>,
    /// What the report lists, in time order.
    pub told: Vec<Effect>,
    /// Subjects restricted from sending at some point since the start.
    pub restricted: BTreeSet<UserId>,
}

impl Consequences {
    /// Remembers what a successful command undid or sent, so its effects
    /// are recognised. `violation` is the forbidden action it was, if any.
    pub(crate) fn note_action(
        &mut self,
        record: &Record,
        action: &Action,
        simulation: &Simulation,
        memory: &Memory,
        violation: Option<usize>,
    ) {
        let tenant = simulation.tenant();
        let Some(id) = action.target().and_then(|name| tenant.find_user(name)) else { return };
        let upn = tenant.user(id).upn.clone();
        match action {
            Action::RemoveRule { rule, .. } | Action::DisableRule { rule, .. } => {
                let name = memory.rule(id, rule).map_or_else(|| rule.clone(), |(name, _)| name);
                self.removed_rules.insert((id, name.to_ascii_lowercase()));
            }
            Action::ClearForwarding { .. } => {
                self.cleared_forwarding.insert(id);
            }
            Action::RemoveDelegate { delegate, .. } => {
                let delegate = tenant.find_user(delegate).map_or_else(|| delegate.clone(), |found| tenant.user(found).upn.clone());
                self.removed_delegates.insert((id, delegate.to_ascii_lowercase()));
            }
            Action::ReleaseRestricted { .. } => {
                self.released.insert(id);
            }
            _ => {}
        }
        let channel = match action {
            Action::ResetPassword { email_to: Some(address), .. }
            | Action::Notify { channel: Channel::Email(address), include_password: true, .. } => PasswordChannel::Email(address.clone()),
            Action::Notify { channel: Channel::Phone, include_password: true, .. } => PasswordChannel::Phone,
            Action::Notify { channel: Channel::Sms, include_password: true, .. } => PasswordChannel::Sms,
            _ => return,
        };
        // The password went out when the command ran (after an `ask`'s wait).
        let since = record
            .events
            .iter()
            .find(|event| {
                event.actor == record.actor
                    && matches!(&event.kind, EventKind::PasswordReset { user, .. } | EventKind::Notified { user, .. } if *user == upn)
            })
            .map_or(record.at, |event| event.at);
        self.watches.push(PasswordWatch { upn, since, channel, violation });
    }

    /// Records an order violation and the window it left open; returns the
    /// effects already seen in it, newly told.
    pub(crate) fn open_window(&mut self, violation: usize, problem: &OrderProblem, violations: &mut [Flagged]) -> Vec<Effect> {
        let mut told = Vec::new();
        if let Some(until) = problem.until {
            for logged in self.log.iter_mut().filter(|logged| problem.from <= logged.at && logged.at <= until) {
                attach(&mut violations[violation], &logged.effect);
                if !logged.told {
                    logged.told = true;
                    told.push(logged.effect.clone());
                }
            }
        }
        self.windows.push(OrderWindow { violation, from: problem.from, until: problem.until, waiting_for: problem.waiting_for });
        self.remember(&told);
        told
    }

    /// A step was completed: windows waiting for it close.
    pub(crate) fn step_completed(&mut self, index: usize, at: SimTime) {
        for window in self.windows.iter_mut().filter(|window| window.until.is_none() && window.waiting_for == Some(index)) {
            window.until = Some(at);
        }
    }

    /// Reads what happened during a command; returns the consequences to tell.
    pub(crate) fn scan(&mut self, record: &Record, facts: &Facts, simulation: &Simulation, violations: &mut [Flagged]) -> Vec<Effect> {
        let tenant = simulation.tenant();
        let mut told = Vec::new();
        for event in &record.events {
            let id_of = |upn: &str| tenant.find_user(upn);
            let attacker = event.actor.is_attacker();
            let at = event.at;
            let found = match &event.kind {
                EventKind::RuleCreated { user, rule } if attacker && id_of(user).is_some_and(|id| facts.is_affected(id)) => {
                    let again = id_of(user).is_some_and(|id| self.removed_rules.contains(&(id, rule.to_ascii_lowercase())));
                    Some((Effect::RuleCreated { upn: user.clone(), rule: rule.clone(), again, at }, again))
                }
                EventKind::ForwardingSet { user, address } if attacker && id_of(user).is_some_and(|id| facts.is_affected(id)) => {
                    let again = id_of(user).is_some_and(|id| self.cleared_forwarding.contains(&id));
                    Some((Effect::ForwardingSet { upn: user.clone(), address: address.clone(), again, at }, again))
                }
                EventKind::DelegateAdded { user, delegate } if attacker && id_of(user).is_some_and(|id| facts.is_affected(id)) => {
                    let again = id_of(user).is_some_and(|id| self.removed_delegates.contains(&(id, delegate.to_ascii_lowercase())));
                    Some((Effect::DelegateAdded { upn: user.clone(), delegate: delegate.clone(), again, at }, again))
                }
                EventKind::SenderRestricted { user, limit } => match id_of(user).filter(|id| facts.is_affected(*id)) {
                    Some(id) => {
                        if facts.is_subject(id) {
                            self.restricted.insert(id);
                        }
                        let again = self.released.contains(&id);
                        Some((Effect::Restricted { upn: user.clone(), limit: *limit, again, at }, again))
                    }
                    None => None,
                },
                EventKind::PasswordLearned { user, party: Party::Attacker, how } => {
                    told.extend(self.password_learned(user, event.at, how, violations));
                    None
                }
                EventKind::PasswordReset { user, .. } | EventKind::PasswordChanged { user, .. } => {
                    // What did not happen is said too: the violation then
                    // states a risk, never an event that did not occur.
                    for watch in self.watches.iter().filter(|watch| watch.upn == *user && event.at > watch.since) {
                        if let Some(violation) = watch.violation {
                            let effect = Effect::PasswordChangedUnread { channel: watch.channel.clone(), at };
                            attach(&mut violations[violation], &effect);
                        }
                    }
                    self.watches.retain(|watch| !(watch.upn == *user && event.at > watch.since));
                    None
                }
                _ => None,
            };
            let Some((effect, again)) = found else { continue };
            let mut in_window = false;
            for window in self.windows.iter().filter(|window| window.from <= event.at && window.until.is_none_or(|until| event.at <= until))
            {
                attach(&mut violations[window.violation], &effect);
                in_window = true;
            }
            let tell = again || in_window;
            if tell {
                told.push(effect.clone());
            }
            if self.log.len() < CONSEQUENCE_LIMIT {
                self.log.push(Logged { at: event.at, effect, told: tell });
            }
        }
        self.remember(&told);
        told
    }

    fn password_learned(&mut self, upn: &str, at: SimTime, how: &Learned, violations: &mut [Flagged]) -> Option<Effect> {
        let position = self.watches.iter().position(|watch| watch.upn == upn && at >= watch.since)?;
        let watch = self.watches.remove(position);
        let effect = Effect::PasswordLearned { upn: upn.to_string(), channel: watch.channel, at, how: how.clone() };
        if let Some(violation) = watch.violation {
            attach(&mut violations[violation], &effect);
        }
        Some(effect)
    }

    /// Violations that sent a password the attacker has not read (yet),
    /// with the channel: the report says so at its end.
    pub(crate) fn unread_passwords(&self) -> impl Iterator<Item = (usize, &PasswordChannel)> {
        self.watches.iter().filter_map(|watch| watch.violation.map(|violation| (violation, &watch.channel)))
    }

    fn remember(&mut self, told: &[Effect]) {
        let room = CONSEQUENCE_LIMIT.saturating_sub(self.told.len());
        self.told.extend(told.iter().take(room).cloned());
    }
}

fn attach(violation: &mut Flagged, effect: &Effect) {
    if violation.caused.len() < CAUSED_LIMIT && !violation.caused.contains(effect) {
        violation.caused.push(effect.clone());
    }
}
