//! Cause and effect: what the simulation did because of what the trainee
//! did. The attacker putting back a rule, forwarding or delegate the
//! trainee removed; a released sender restricted again; the attacker
//! learning a password the trainee sent. Each is told at once (practice
//! mode), listed in the report, and attached to the violation that explains
//! it: the forbidden action that sent the password, or the order violation
//! that left the attacker a way in while the trainee cleaned up.

use super::facts::Facts;
use super::memory::Memory;
use super::report::{Consequence, Violation};
use super::steps::OrderProblem;
use crate::action::{Action, Channel};
use crate::clock::SimTime;
use crate::engine::Simulation;
use crate::engine::event::EventKind;
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
    channel: String,
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
    message: String,
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
    pub told: Vec<Consequence>,
    /// Subjects restricted from sending at some point since the start.
    pub restricted: BTreeSet<UserId>,
}

impl Consequences {
    /// Remembers what a successful command undid or sent, so its effects
    /// are recognised. `violation` is the forbidden action it was, if any.
    pub fn note_action(&mut self, record: &Record, action: &Action, simulation: &Simulation, memory: &Memory, violation: Option<usize>) {
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
            | Action::Notify { channel: Channel::Email(address), include_password: true, .. } => {
                format!("email to {address}")
            }
            Action::Notify { channel: Channel::Phone, include_password: true, .. } => "phone".to_string(),
            Action::Notify { channel: Channel::Sms, include_password: true, .. } => "text message".to_string(),
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
    pub fn open_window(&mut self, violation: usize, problem: &OrderProblem, violations: &mut [Violation]) -> Vec<Consequence> {
        let mut told = Vec::new();
        if let Some(until) = problem.until {
            for logged in self.log.iter_mut().filter(|logged| problem.from <= logged.at && logged.at <= until) {
                attach(&mut violations[violation], &logged.message);
                if !logged.told {
                    logged.told = true;
                    told.push(Consequence { at: logged.at, message: logged.message.clone() });
                }
            }
        }
        self.windows.push(OrderWindow { violation, from: problem.from, until: problem.until, waiting_for: problem.waiting_for });
        self.remember(&told);
        told
    }

    /// A step was completed: windows waiting for it close.
    pub fn step_completed(&mut self, index: usize, at: SimTime) {
        for window in self.windows.iter_mut().filter(|window| window.until.is_none() && window.waiting_for == Some(index)) {
            window.until = Some(at);
        }
    }

    /// Reads what happened during a command; returns the consequences to tell.
    pub fn scan(&mut self, record: &Record, facts: &Facts, simulation: &Simulation, violations: &mut [Violation]) -> Vec<Consequence> {
        let tenant = simulation.tenant();
        let mut told = Vec::new();
        for event in &record.events {
            let id_of = |upn: &str| tenant.find_user(upn);
            let attacker = event.actor.is_attacker();
            let at = event.at.clock_text();
            let found = match &event.kind {
                EventKind::RuleCreated { user, rule } if attacker && id_of(user).is_some_and(|id| facts.is_affected(id)) => {
                    let again = id_of(user).is_some_and(|id| self.removed_rules.contains(&(id, rule.to_ascii_lowercase())));
                    let verb = if again { "re-created" } else { "created" };
                    Some((format!("the attacker {verb} inbox rule \"{rule}\" in {user} at {at}"), again))
                }
                EventKind::ForwardingSet { user, address } if attacker && id_of(user).is_some_and(|id| facts.is_affected(id)) => {
                    let again = id_of(user).is_some_and(|id| self.cleared_forwarding.contains(&id));
                    let when = if again { " again" } else { "" };
                    Some((format!("the attacker set the forwarding of {user} to {address}{when} at {at}"), again))
                }
                EventKind::DelegateAdded { user, delegate } if attacker && id_of(user).is_some_and(|id| facts.is_affected(id)) => {
                    let again = id_of(user).is_some_and(|id| self.removed_delegates.contains(&(id, delegate.to_ascii_lowercase())));
                    let when = if again { " again" } else { "" };
                    Some((format!("the attacker gave {delegate} access to the mailbox of {user}{when} at {at}"), again))
                }
                EventKind::SenderRestricted { user, limit } => match id_of(user).filter(|id| facts.is_affected(*id)) {
                    Some(id) => {
                        if facts.is_subject(id) {
                            self.restricted.insert(id);
                        }
                        let again = self.released.contains(&id);
                        let when = if again { " again" } else { "" };
                        Some((
                            format!(
                                "{user} was restricted from sending{when} at {at} (crossed {})",
                                crate::present::event::limit(crate::i18n::Lang::En, *limit)
                            ),
                            again,
                        ))
                    }
                    None => None,
                },
                EventKind::PasswordLearned { user, party: Party::Attacker, how } => {
                    let how = crate::present::event::learned(crate::i18n::Lang::En, how);
                    told.extend(self.password_learned(user, event.at, &how, violations));
                    None
                }
                EventKind::PasswordReset { user, .. } | EventKind::PasswordChanged { user, .. } => {
                    // What did not happen is said too: the violation then
                    // states a risk, never an event that did not occur.
                    for watch in self.watches.iter().filter(|watch| watch.upn == *user && event.at > watch.since) {
                        if let Some(violation) = watch.violation {
                            let message =
                                format!("the attacker did not read the password you sent by {} before it changed at {at}", watch.channel);
                            attach(&mut violations[violation], &message);
                        }
                    }
                    self.watches.retain(|watch| !(watch.upn == *user && event.at > watch.since));
                    None
                }
                _ => None,
            };
            let Some((message, again)) = found else { continue };
            let mut in_window = false;
            for window in self.windows.iter().filter(|window| window.from <= event.at && window.until.is_none_or(|until| event.at <= until))
            {
                attach(&mut violations[window.violation], &message);
                in_window = true;
            }
            let tell = again || in_window;
            if tell {
                told.push(Consequence { at: event.at, message: message.clone() });
            }
            if self.log.len() < CONSEQUENCE_LIMIT {
                self.log.push(Logged { at: event.at, message, told: tell });
            }
        }
        self.remember(&told);
        told
    }

    fn password_learned(&mut self, upn: &str, at: SimTime, how: &str, violations: &mut [Violation]) -> Option<Consequence> {
        let position = self.watches.iter().position(|watch| watch.upn == upn && at >= watch.since)?;
        let watch = self.watches.remove(position);
        let message = format!("the attacker learned the password of {upn} you sent by {} at {} ({how})", watch.channel, at.clock_text());
        if let Some(violation) = watch.violation {
            attach(&mut violations[violation], &message);
        }
        Some(Consequence { at, message })
    }

    /// Violations that sent a password the attacker has not read (yet),
    /// with the channel: the report says so at its end.
    pub fn unread_passwords(&self) -> impl Iterator<Item = (usize, &str)> {
        self.watches.iter().filter_map(|watch| watch.violation.map(|violation| (violation, watch.channel.as_str())))
    }

    fn remember(&mut self, told: &[Consequence]) {
        let room = CONSEQUENCE_LIMIT.saturating_sub(self.told.len());
        self.told.extend(told.iter().take(room).cloned());
    }
}

fn attach(violation: &mut Violation, message: &str) {
    if violation.caused.len() < CAUSED_LIMIT && !violation.caused.iter().any(|caused| caused == message) {
        violation.caused.push(message.to_string());
    }
}
