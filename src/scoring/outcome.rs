//! Checks on the final state, answered by the simulation's own queries:
//! is the attacker out, can the user sign in with a password only they
//! know, can they send mail, are the scenario's objectives met. Only the
//! checks that apply are made: "attacker out" when there is an attacker,
//! "can send" when a subject was restricted at some point.

use super::conditions::holds;
use super::facts::Facts;
use super::report::OutcomeCheck;
use crate::engine::Simulation;
use crate::engine::queries::{Foothold, Residue, SendStatus};
use crate::tenant::user::UserId;
use std::collections::BTreeSet;

/// Points each built-in check is worth.
pub const OUTCOME_CHECK_POINTS: u32 = 10;
/// Points an objective is worth when the scenario does not say.
pub const OBJECTIVE_POINTS: u32 = 10;

/// Every check that applies, built-in checks first, then the objectives.
pub(super) fn checks(facts: &Facts, simulation: &Simulation, restricted: &BTreeSet<UserId>) -> Vec<OutcomeCheck> {
    let mut checks = Vec::new();
    if facts.attacker_present {
        checks.push(attacker_out(facts, simulation));
    }
    if !facts.subjects.is_empty() {
        checks.push(owner_signs_in(facts, simulation));
    }
    let senders: Vec<UserId> = facts.subjects.iter().copied().filter(|id| restricted.contains(id)).collect();
    if !senders.is_empty() {
        checks.push(can_send(&senders, simulation));
    }
    for objective in &facts.objectives {
        let ok = holds(&objective.check, facts, simulation);
        let possible = objective.points.unwrap_or(OBJECTIVE_POINTS);
        checks.push(OutcomeCheck {
            id: objective.id.clone(),
            kind: "objective".to_string(),
            description: objective.description.english().to_string(),
            ok,
            detail: if ok { "met".to_string() } else { "not met".to_string() },
            points: if ok { possible } else { 0 },
            possible,
        });
    }
    checks
}

fn check(id: &str, description: &str, problems: &[String], fine: String) -> OutcomeCheck {
    let ok = problems.is_empty();
    OutcomeCheck {
        id: id.to_string(),
        kind: "check".to_string(),
        description: description.to_string(),
        ok,
        detail: if ok { fine } else { problems.join("; ") },
        points: if ok { OUTCOME_CHECK_POINTS } else { 0 },
        possible: OUTCOME_CHECK_POINTS,
    }
}

fn names(simulation: &Simulation, ids: &[UserId]) -> String {
    ids.iter().map(|id| simulation.tenant().user(*id).upn.as_str()).collect::<Vec<_>>().join(", ")
}

fn attacker_out(facts: &Facts, simulation: &Simulation) -> OutcomeCheck {
    let mut problems = Vec::new();
    for id in &facts.affected {
        let mut left: Vec<String> = simulation.attacker_footholds(*id).iter().map(foothold).collect();
        left.extend(simulation.attacker_residue(*id).iter().map(residue));
        if !left.is_empty() {
            problems.push(format!("{}: {}", simulation.tenant().user(*id).upn, left.join(", ")));
        }
    }
    let fine = format!("no foothold or persistence left on {}", names(simulation, &facts.affected));
    check("attacker-out", "The attacker is out of every affected account", &problems, fine)
}

fn owner_signs_in(facts: &Facts, simulation: &Simulation) -> OutcomeCheck {
    let now = simulation.now();
    let mut problems = Vec::new();
    for id in &facts.subjects {
        let user = simulation.tenant().user(*id);
        let known = &user.password.known;
        let problem = if !user.account_enabled {
            Some("sign-in is blocked".to_string())
        } else if user.lockout(true).is_locked(now) {
            Some("is locked out".to_string())
        } else if !known.owner {
            Some("does not know the current password (tell them by phone or in person)".to_string())
        } else if user.mfa_required && !user.can_pass_mfa(crate::tenant::user::Party::Owner) {
            Some("must pass MFA but has no method of their own".to_string())
        } else if known.attacker {
            Some("the attacker knows the current password too".to_string())
        } else if let Some(address) = known.outside_addresses.first() {
            Some(format!("the current password was sent to {address}"))
        } else if !simulation.owner_alone_knows_password(*id) {
            Some("cannot sign in".to_string())
        } else {
            None
        };
        if let Some(problem) = problem {
            problems.push(format!("{}: {problem}", user.upn));
        }
    }
    let fine = format!("{} can sign in with a password only they know", names(simulation, &facts.subjects));
    check("owner-signs-in", "The user can sign in with a password only they know", &problems, fine)
}

fn can_send(senders: &[UserId], simulation: &Simulation) -> OutcomeCheck {
    let mut problems = Vec::new();
    let mut fine = Vec::new();
    for id in senders {
        let upn = &simulation.tenant().user(*id).upn;
        match simulation.send_status(*id) {
            SendStatus::Yes | SendStatus::NoMailbox => fine.push(format!("{upn} can send")),
            SendStatus::AfterRelease(at) => fine.push(format!("{upn} released; sending resumes at {}", at.clock_text())),
            // Restricted until the next day (by the policy's action or the
            // service's daily limit): no admin can release it early, so
            // there is nothing left for the trainee to do.
            SendStatus::NextDay(at) => {
                fine.push(format!("{upn} is restricted until {} and cannot be released early; sending resumes then", at.clock_text()));
            }
            SendStatus::Restricted => problems.push(format!("{upn} is still restricted: release them on the Restricted users page")),
        }
    }
    check("can-send", "The user can send mail (a pending release, or a day's block ending, counts)", &problems, fine.join("; "))
}

fn foothold(foothold: &Foothold) -> String {
    match foothold {
        Foothold::Password => "knows a working password".to_string(),
        Foothold::Session => "holds a working session".to_string(),
        Foothold::AppPassword => "holds a working app password".to_string(),
        Foothold::Delegate { through } => format!("reaches the mailbox as delegate {through}"),
        Foothold::AdminRoles { roles } => {
            format!("can use admin roles ({})", roles.iter().map(|role| role.display_name()).collect::<Vec<_>>().join(", "))
        }
    }
}

fn residue(residue: &Residue) -> String {
    match residue {
        Residue::Rule { name } => format!("inbox rule \"{name}\""),
        Residue::Forwarding { address } => format!("forwarding to {address}"),
        Residue::Delegate { delegate } => format!("delegate {delegate}"),
        Residue::Method { method } => format!("{} method", method.name()),
        Residue::AppPassword { name } => format!("app password \"{name}\""),
    }
}
