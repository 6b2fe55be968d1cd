//! Checks on the final state, answered by the simulation's own queries:
//! is the attacker out, can the user sign in with a password only they
//! know, can they send mail, are the scenario's objectives met. Only the
//! checks that apply are made: "attacker out" when there is an attacker,
//! "can send" when a subject was restricted at some point.

use super::conditions::holds;
use super::facts::Facts;
use super::finding::{Check, CheckDetail, CheckId, Left, OwnerProblem, Sending};
use crate::engine::Simulation;
use crate::engine::queries::{Foothold, Residue, SendStatus};
use crate::tenant::user::UserId;
use std::collections::BTreeSet;

/// Points each built-in check is worth.
pub(crate) const OUTCOME_CHECK_POINTS: u32 = 10;
/// Points an objective is worth when the scenario does not say.
pub(crate) const OBJECTIVE_POINTS: u32 = 10;

/// Every check that applies, built-in checks first, then the objectives.
pub(super) fn checks(facts: &Facts, simulation: &Simulation, restricted: &BTreeSet<UserId>) -> Vec<Check> {
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
        checks.push(Check::Objective {
            id: objective.id.clone(),
            description: objective.description.clone(),
            ok: holds(&objective.check, facts, simulation),
            possible: objective.points.unwrap_or(OBJECTIVE_POINTS),
        });
    }
    checks
}

fn names(simulation: &Simulation, ids: &[UserId]) -> Vec<String> {
    ids.iter().map(|id| simulation.tenant().user(*id).upn.clone()).collect()
}

fn attacker_out(facts: &Facts, simulation: &Simulation) -> Check {
    let mut left_on = Vec::new();
    for id in &facts.affected {
        let mut left: Vec<Left> = simulation.attacker_footholds(*id).iter().map(foothold).collect();
        left.extend(simulation.attacker_residue(*id).iter().map(residue));
        if !left.is_empty() {
            left_on.push((simulation.tenant().user(*id).upn.clone(), left));
        }
    }
    let ok = left_on.is_empty();
    Check::BuiltIn {
        id: CheckId::AttackerOut,
        ok,
        detail: CheckDetail::AttackerOut { left: left_on, accounts: names(simulation, &facts.affected) },
    }
}

fn owner_signs_in(facts: &Facts, simulation: &Simulation) -> Check {
    let now = simulation.now();
    let mut problems = Vec::new();
    for id in &facts.subjects {
        let user = simulation.tenant().user(*id);
        let known = &user.password.known;
        let problem = if !user.account_enabled {
            Some(OwnerProblem::Blocked)
        } else if user.lockout(true).is_locked(now) {
            Some(OwnerProblem::LockedOut)
        } else if !known.owner {
            Some(OwnerProblem::DoesNotKnowPassword)
        } else if user.mfa_required && !user.can_pass_mfa(crate::tenant::user::Party::Owner) {
            Some(OwnerProblem::MfaWithoutMethod)
        } else if known.attacker {
            Some(OwnerProblem::AttackerKnowsPassword)
        } else if let Some(address) = known.outside_addresses.first() {
            Some(OwnerProblem::PasswordSentTo(address.clone()))
        } else if !simulation.owner_alone_knows_password(*id) {
            Some(OwnerProblem::CannotSignIn)
        } else {
            None
        };
        if let Some(problem) = problem {
            problems.push((user.upn.clone(), problem));
        }
    }
    let ok = problems.is_empty();
    Check::BuiltIn {
        id: CheckId::OwnerSignsIn,
        ok,
        detail: CheckDetail::OwnerSignsIn { problems, accounts: names(simulation, &facts.subjects) },
    }
}

fn can_send(senders: &[UserId], simulation: &Simulation) -> Check {
    let mut states = Vec::new();
    for id in senders {
        let upn = simulation.tenant().user(*id).upn.clone();
        let sending = match simulation.send_status(*id) {
            SendStatus::Yes | SendStatus::NoMailbox => Sending::Yes,
            SendStatus::AfterRelease(at) => Sending::AfterRelease(at),
            // Restricted until the next day (by the policy's action or the
            // service's daily limit): no admin can release it early, so
            // there is nothing left for the trainee to do.
            SendStatus::NextDay(at) => Sending::NextDay(at),
            SendStatus::Restricted => Sending::StillRestricted,
        };
        states.push((upn, sending));
    }
    let ok = !states.iter().any(|(_, sending)| *sending == Sending::StillRestricted);
    Check::BuiltIn { id: CheckId::CanSend, ok, detail: CheckDetail::CanSend { senders: states } }
}

fn foothold(foothold: &Foothold) -> Left {
    match foothold {
        Foothold::Password => Left::Password,
        Foothold::Session => Left::Session,
        Foothold::AppPassword => Left::AppPassword,
        Foothold::Delegate { through } => Left::DelegateThrough(through.clone()),
        Foothold::AdminRoles { roles } => Left::AdminRoles(roles.clone()),
        Foothold::Device { device } => Left::Device(device.clone()),
        Foothold::PasswordlessMethod { method } => Left::PasswordlessMethod(*method),
        Foothold::Grant { app } => Left::AppReadsMail(app.clone()),
    }
}

fn residue(residue: &Residue) -> Left {
    match residue {
        Residue::Rule { name } => Left::Rule(name.clone()),
        Residue::Forwarding { address } => Left::Forwarding(address.clone()),
        Residue::Delegate { delegate } => Left::Delegate(delegate.clone()),
        Residue::Method { method } => Left::Method(*method),
        Residue::AppPassword { name } => Left::NamedAppPassword(name.clone()),
        Residue::Device { device } => Left::Device(device.clone()),
        Residue::Grant { app } => Left::Grant(app.clone()),
    }
}
