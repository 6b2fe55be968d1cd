//! The debrief timeline: the trainee's commands and what the actors did
//! meanwhile, interleaved in simulated time, so cause and effect show.
//!
//! Made from the records and the simulation's journal since the start.
//! Noise is left out (permission checks, session use, deliveries, the
//! clock, the attacker trying a session or an app password it never held); the trainee's own commands appear once, as typed, with only the
//! effects they cannot see (someone learning a password). Runs of the same
//! entry are folded into one with a count, and the whole is capped.

use super::facts::Facts;
use super::report::{TimelineEntry, Who};
use crate::action::Actor;
use crate::clock::SimTime;
use crate::engine::event::{Event, EventKind};
use crate::engine::outcome::{AppPasswordProblem, SessionProblem};
use crate::engine::{Outcome, Simulation};
use crate::i18n::Lang;
use crate::record::Record;
use crate::tenant::user::Party;
use std::collections::BTreeSet;

/// The timeline shows at most this many entries.
pub(crate) const TIMELINE_LIMIT: usize = 200;

/// The timeline, and how many entries were left out past the limit.
pub(super) fn build(lang: Lang, facts: &Facts, simulation: &Simulation, records: &[Record]) -> (Vec<TimelineEntry>, u32) {
    let mut items: Vec<(u8, TimelineEntry)> = Vec::new();
    for record in records {
        let outcome = match &record.outcome {
            Outcome::Done => String::new(),
            Outcome::Denied(refusal) => {
                format!("  [{}]", super::words::denied(lang, &crate::present::outcome::refusal_text(lang, refusal)))
            }
            Outcome::Invalid(problem) => {
                format!("  [{}]", crate::t!(lang, "report-error", reason = crate::present::outcome::problem_text(lang, problem)))
            }
        };
        let who = record_actor(&record.actor, &facts.trainee);
        let entry = TimelineEntry {
            at: record.at,
            actor: who.text(Lang::En),
            who,
            text: format!("> {}{outcome}", record.line),
            command: true,
            repeat: 1,
        };
        items.push((0, entry));
    }
    // Commands the trainee gave as a user: that user's events at that time are theirs.
    let as_user: BTreeSet<(&str, SimTime)> = records
        .iter()
        .filter_map(|record| match &record.actor {
            Actor::User(upn) => Some((upn.as_str(), record.at)),
            _ => None,
        })
        .collect();
    let mut cut_off: BTreeSet<u32> = BTreeSet::new();
    for event in simulation.journal().iter().skip(facts.journal_start) {
        // Exchange cutting off a session matters once, and only for the attacker's.
        if let EventKind::ContinuousAccessReached { user, session } = &event.kind
            && (!cut_off.insert(*session) || holder(simulation, user, *session) == Some(Party::Owner))
        {
            continue;
        }
        if let Some(who) = shown(event, facts, simulation, &as_user) {
            let text = crate::present::event::describe(lang, &event.kind);
            items.push((1, TimelineEntry { at: event.at, actor: who.text(Lang::En), who, text, command: false, repeat: 1 }));
        }
    }
    // Stable: commands before what happened at the same second, then journal order.
    items.sort_by_key(|(order, entry)| (entry.at, *order));
    let mut entries: Vec<TimelineEntry> = Vec::new();
    for (_, entry) in items {
        match entries.last_mut() {
            Some(last) if !entry.command && !last.command && last.actor == entry.actor && last.text == entry.text => {
                last.repeat = last.repeat.saturating_add(1);
            }
            _ => entries.push(entry),
        }
    }
    let omitted = entries.len().saturating_sub(TIMELINE_LIMIT);
    entries.truncate(TIMELINE_LIMIT);
    (entries, u32::try_from(omitted).unwrap_or(u32::MAX))
}

/// Who holds a session, while the tenant still lists it.
fn holder(simulation: &Simulation, upn: &str, session: u32) -> Option<Party> {
    let id = simulation.tenant().find_user(upn)?;
    simulation.tenant().user(id).sessions.iter().find(|held| held.id == session).map(|held| held.holder)
}

fn record_actor(actor: &Actor, trainee: &str) -> Who {
    match actor {
        Actor::Admin(upn) if upn.eq_ignore_ascii_case(trainee) => Who::You,
        Actor::Admin(upn) => Who::Asked(upn.clone()),
        Actor::User(upn) => Who::YouAs(upn.clone()),
        other => who(other),
    }
}

/// An actor on the timeline.
fn who(actor: &Actor) -> Who {
    match actor {
        Actor::Admin(upn) => Who::Admin(upn.clone()),
        Actor::User(upn) => Who::User(upn.clone()),
        Actor::Attacker { via: Some(upn) } => Who::AttackerAs(upn.clone()),
        Actor::Attacker { via: None } => Who::Attacker,
        Actor::Service => Who::Service,
        Actor::Support => Who::Support,
    }
}

/// Whether the event belongs in the timeline, and under whose name.
fn shown(event: &Event, facts: &Facts, simulation: &Simulation, as_user: &BTreeSet<(&str, SimTime)>) -> Option<Who> {
    let trainee_side = match &event.actor {
        Actor::Admin(_) | Actor::Support => true,
        Actor::User(upn) => upn.eq_ignore_ascii_case(&facts.trainee) || as_user.contains(&(upn.as_str(), event.at)),
        Actor::Attacker { .. } | Actor::Service => false,
    };
    if trainee_side {
        // The trainee's commands are shown as typed; only effects they cannot see are added.
        return match &event.kind {
            EventKind::PasswordLearned { party: Party::Attacker, .. } => Some(Who::Attacker),
            EventKind::PasswordLearned { user, party: Party::Owner, .. } => Some(Who::User(user.clone())),
            EventKind::PasswordExposed { .. } | EventKind::LockedOut { .. } | EventKind::ReleaseRequested { .. } => Some(Who::Service),
            _ => None,
        };
    }
    let attacker = event.actor.is_attacker();
    let keep = match &event.kind {
        EventKind::SessionIssued { .. }
        | EventKind::SessionUsed { .. }
        | EventKind::AccessTokenExpired { .. }
        | EventKind::LockoutEnded { .. }
        | EventKind::RefreshTokensRevoked { .. }
        | EventKind::Permitted { .. }
        | EventKind::Denied { .. }
        | EventKind::MailDelivered { .. }
        | EventKind::MailBounced { .. }
        | EventKind::ClockAdvanced { .. }
        | EventKind::NewDay
        // Trying what it never held (no session, no app password) says nothing.
        | EventKind::SessionRejected { reason: SessionProblem::NoSession, .. }
        | EventKind::AppPasswordUsed { problem: Some(AppPasswordProblem::NoneHeld), .. } => false,
        EventKind::MailSent { .. } => attacker,
        EventKind::MailReadBy { party, .. } | EventKind::SessionRejected { party, .. } => *party == Party::Attacker,
        EventKind::MailForwarded { to, .. } => simulation.tenant().attacker_addresses.contains(&to.to_ascii_lowercase()),
        _ => true,
    };
    keep.then(|| match &event.actor {
        Actor::Attacker { .. } => Who::Attacker,
        other => who(other),
    })
}
