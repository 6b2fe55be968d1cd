//! The report never contradicts the simulation: on generated incidents
//! (`tests/incidents.rs`) played with mistakes (steps left out, one moved
//! early, the password emailed to the compromised mailbox), every
//! consequence a violation claims happened is in the simulation's journal
//! at the time it names and in the report's timeline, claims that something
//! did not happen are true, and nothing claimed contradicts the outcome
//! checks.

use crate::incidents::{NEW_PASSWORD, Played, Step, VICTIM, cases};
use proptest::prelude::*;
use tenantdrill::clock::SimTime;
use tenantdrill::engine::event::{Event, EventKind};
use tenantdrill::scoring::Report;
use tenantdrill::tenant::user::Party;

/// `09:40` from the last ` at HH:MM` of a message.
fn claimed_time(message: &str) -> Option<&str> {
    let index = message.rfind(" at ")?;
    let time = message.get(index + 4..index + 9)?;
    (time.len() == 5 && time.as_bytes()[2] == b':').then_some(time)
}

fn same_minute(event: &Event, clock: &str) -> bool {
    event.at.clock_text() == clock
}

/// Whether the journal bears out one claimed consequence; `Err` for a
/// claim of a kind this property does not know (so none slips by).
fn borne_out(message: &str, journal: &[Event], since: SimTime, end: SimTime) -> Result<bool, String> {
    let victim = |user: &str| user.eq_ignore_ascii_case(VICTIM);
    let learned_after = |from: SimTime, until: SimTime| {
        journal.iter().any(|event| {
            event.at >= from
                && event.at <= until
                && matches!(&event.kind, EventKind::PasswordLearned { user, party: Party::Attacker, .. } if victim(user))
        })
    };
    if let Some(rest) = message.strip_prefix("by ") {
        // "by HH:MM the attacker had not read the password you sent ...".
        let _ = rest;
        return Ok(!learned_after(since, end));
    }
    let clock = claimed_time(message).ok_or_else(|| format!("no time in {message:?}"))?;
    let at = |predicate: &dyn Fn(&EventKind, &Event) -> bool| {
        journal.iter().any(|event| same_minute(event, clock) && predicate(&event.kind, event))
    };
    if message.contains("inbox rule") && (message.contains(" created ") || message.contains(" re-created ")) {
        Ok(at(&|kind, event| event.actor.is_attacker() && matches!(kind, EventKind::RuleCreated { .. })))
    } else if message.contains("set the forwarding of") {
        Ok(at(&|kind, event| event.actor.is_attacker() && matches!(kind, EventKind::ForwardingSet { .. })))
    } else if message.contains("access to the mailbox of") {
        Ok(at(&|kind, event| event.actor.is_attacker() && matches!(kind, EventKind::DelegateAdded { .. })))
    } else if message.contains("was restricted from sending") {
        Ok(at(&|kind, _| matches!(kind, EventKind::SenderRestricted { .. })))
    } else if message.contains("the attacker learned the password") {
        Ok(at(&|kind, _| matches!(kind, EventKind::PasswordLearned { party: Party::Attacker, .. })))
    } else if message.contains("the attacker did not read the password") {
        // It changed at that time, and the attacker had not learned it before.
        let changed = journal.iter().find(|event| {
            same_minute(event, clock)
                && matches!(&event.kind, EventKind::PasswordReset { user, .. } | EventKind::PasswordChanged { user, .. } if victim(user))
        });
        Ok(changed.is_some_and(|change| !learned_after(since, change.at)))
    } else {
        Err(format!("a claim this property does not know: {message:?}"))
    }
}

fn check_report(played: &Played, report: &Report) -> Result<(), String> {
    let journal = played.simulation().journal();
    let end = played.simulation().now();
    for violation in &report.violations {
        for caused in &violation.caused {
            if !borne_out(caused, journal, violation.at, end)? {
                return Err(format!(
                    "{:?} violation at {} claims {caused:?}, which the journal does not show",
                    violation.kind, violation.at
                ));
            }
            // What happened is in the debrief's timeline too.
            if let Some(clock) = claimed_time(caused)
                && !caused.contains("did not")
                && report.timeline_omitted == 0
                && !report.timeline.iter().any(|entry| entry.at.clock_text() == clock)
            {
                return Err(format!("{caused:?} has no timeline entry at {clock}"));
            }
        }
        // Nothing says the attacker is in while the outcome says it is out.
        let attacker_out = report.outcome.iter().any(|check| check.id == "attacker-out" && check.ok);
        for text in std::iter::once(&violation.message).chain(&violation.caused) {
            if attacker_out && (text.contains("is back in") || text.contains("still holds") || text.contains("still knows")) {
                return Err(format!("{text:?} beside an attacker-out check that passed"));
            }
        }
    }
    // The attacker-out check says what the simulation says. (The attacker
    // may know a password it cannot use, past required MFA: learning it is
    // then no foothold, and the objective about the password says so.)
    let id = crate::incidents::victim(played.simulation());
    let out = report.outcome.iter().find(|check| check.id == "attacker-out").map(|check| check.ok);
    // (It covers every affected account, so it may fail for another one.)
    if out == Some(true) && !played.simulation().is_contained(id) {
        return Err(format!("attacker-out says {out:?}, the simulation's containment {}", played.simulation().is_contained(id)));
    }
    Ok(())
}

proptest! {
    #![proptest_config(crate::support::proptest_config(48))]

    /// Every consequence a violation claims is consistent with the outcome
    /// checks and the timeline.
    #[test]
    fn every_consequence_a_violation_claims_is_consistent_with_the_outcome_and_timeline(
        case in cases(),
        omit in proptest::collection::vec(any::<prop::sample::Index>(), 0..3),
        early in proptest::option::of(any::<prop::sample::Index>()),
        email in any::<bool>(),
    ) {
        let steps = Step::DOCUMENTED;
        let omit: Vec<Step> = omit.iter().map(|index| steps[index.index(steps.len())]).filter(|step| *step != Step::Investigate).collect();
        let early = early.map(|index| steps[index.index(steps.len())]).filter(|step| *step != Step::Investigate && !omit.contains(step));
        let mut played = Played::start(&case);
        played.omitted = omit.clone();
        let mut order: Vec<Step> = steps.iter().copied().filter(|step| !omit.contains(step) && Some(*step) != early).collect();
        if let Some(early) = early {
            order.insert(1, early);
        }
        for step in order {
            played.step(step);
            if email && step == Step::ResetPassword {
                played.type_line(&format!("user reset-password megan --password {NEW_PASSWORD} --email-to {VICTIM}"));
            }
        }
        played.type_line("wait 2h");
        let report = played.report();
        if let Err(problem) = check_report(&played, &report) {
            prop_assert!(false, "{problem}\nviolations: {:#?}\noutcome: {:#?}\n{}", report.violations, report.outcome, played.replay());
        }
    }
}
