//! Finds what the trainee should not have done: forbidden actions, and
//! collateral damage (a legitimate artefact removed, the wrong user acted
//! on, a tenant-wide protection weakened, the admins locked out).
//! Only actions that succeeded count; a denied attempt is its own kind.

use super::facts::Facts;
use super::finding::{Finding, HarmAct, Held, Removal};
use super::matching::{Seen, classify, matches};
use super::memory::Memory;
use super::steps::StepState;
use crate::action::Action;
use crate::action::Resource;
use crate::engine::Simulation;
use crate::engine::queries::Foothold;
use crate::procedure::{ActionKind, HarmKind, HarmRule, Truth};
use crate::tenant::access::PolicyControl;
use crate::tenant::outbound::LimitKind;
use crate::tenant::policy::{AutoForwardingMode, OutboundAction, SsprScope};
use crate::tenant::role::Role;
use crate::tenant::user::Party;
use crate::tenant::user::UserId;

/// Points a forbidden action costs when the procedure does not say.
pub const FORBIDDEN_POINTS: u32 = 15;
/// Points one instance of harm costs when the procedure does not say.
pub const HARM_POINTS: u32 = 10;
/// Points an access-denied attempt costs.
pub(crate) const DENIED_POINTS: u32 = 2;
/// Access-denied attempts cost at most this much in all.
pub const DENIED_POINTS_CAP: u32 = 10;

/// A violation found in one command, before it gets a time and a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found {
    pub finding: Finding,
    pub step: Option<String>,
    pub points: u32,
}

/// Forbidden actions of the applicable steps that this action matches,
/// once per reason.
pub(super) fn forbidden(steps: &[StepState], seen: Seen<'_>, facts: &Facts, simulation: &Simulation, memory: &Memory) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    for step in steps.iter().filter(|step| step.applies()) {
        for forbid in &step.step.forbids {
            let finding = Finding::Forbidden { reason: forbid.reason.clone() };
            if found.iter().any(|earlier| earlier.finding == finding) {
                continue;
            }
            if matches(&forbid.pattern, seen, facts, simulation, memory).is_some() {
                found.push(Found { finding, step: Some(step.reference()), points: forbid.points.unwrap_or(FORBIDDEN_POINTS) });
            }
        }
    }
    found
}

/// Harm this action did, at most once per kind of harm.
pub(super) fn harm(rules: &[HarmRule], seen: Seen<'_>, facts: &Facts, simulation: &Simulation, memory: &Memory) -> Vec<Found> {
    let mut found = Vec::new();
    let mut kinds_seen: Vec<std::mem::Discriminant<HarmKind>> = Vec::new();
    for rule in rules {
        let discriminant = std::mem::discriminant(&rule.kind);
        if kinds_seen.contains(&discriminant) {
            continue;
        }
        let what = match &rule.kind {
            HarmKind::RemoveLegitimate => removed_legitimate(seen.action, facts, simulation, memory),
            HarmKind::WrongUser(kinds) => wrong_user(seen.action, kinds, facts, simulation),
            HarmKind::WeakenSetting => weakened(seen.action, simulation, memory),
            HarmKind::LockOutAdmins => locked_out_admins(seen.action, facts, simulation),
            HarmKind::BlockOwnUsers => blocked_own_users(seen.action, facts, simulation),
            HarmKind::AidAttacker => aided_attacker(seen.action, facts, simulation, memory),
        };
        if let Some(acts) = what {
            kinds_seen.push(discriminant);
            let finding = Finding::Harm { acts, reason: rule.reason.clone() };
            found.push(Found { finding, step: None, points: rule.points.unwrap_or(HARM_POINTS) });
        }
    }
    found
}

fn target(action: &Action, simulation: &Simulation) -> Option<(UserId, String)> {
    let tenant = simulation.tenant();
    let id = action.target().and_then(|name| tenant.find_user(name))?;
    Some((id, tenant.user(id).upn.clone()))
}

fn removed_legitimate(action: &Action, facts: &Facts, simulation: &Simulation, memory: &Memory) -> Option<Vec<HarmAct>> {
    if let Some(name) = super::matching::app_named(action) {
        let (app, truth) = super::matching::app_truth(simulation, name)?;
        return (truth == Truth::Legitimate).then(|| vec![HarmAct::RemovedLegitimate(Removal::App { app })]);
    }
    let (id, upn) = target(action, simulation)?;
    let what = match action {
        Action::RemoveRule { rule, .. } => Removal::Rule { upn, rule: rule.clone() },
        Action::DisableRule { rule, .. } => Removal::DisabledRule { upn, rule: rule.clone() },
        Action::ClearForwarding { .. } => Removal::Forwarding { upn },
        Action::RemoveDelegate { delegate, .. } => Removal::Delegate { upn, delegate: delegate.clone() },
        Action::RemoveRole { role, .. } => Removal::Role { upn, role: *role },
        Action::RemoveMethod { method, .. } => Removal::Method { upn, method: *method },
        Action::DisableDevice { device, .. } | Action::DeleteDevice { device, .. } => Removal::Device { upn, device: device.clone() },
        _ => return None,
    };
    (classify(action, Some(id), facts, simulation, memory) == Some(Truth::Legitimate)).then(|| vec![HarmAct::RemovedLegitimate(what)])
}

fn wrong_user(action: &Action, kinds: &[ActionKind], facts: &Facts, simulation: &Simulation) -> Option<Vec<HarmAct>> {
    let kind = ActionKind::of(action);
    if !kinds.contains(&kind) {
        return None;
    }
    let (id, upn) = target(action, simulation)?;
    let involved = facts.is_subject(id) || facts.may_act_on.contains(&id);
    (!involved).then(|| vec![HarmAct::WrongUser { kind, upn }])
}

fn weakened(action: &Action, simulation: &Simulation, memory: &Memory) -> Option<Vec<HarmAct>> {
    let mut what = Vec::new();
    match action {
        Action::SetOutboundPolicy(change) => {
            let before = &memory.outbound;
            if change.auto_forwarding == Some(AutoForwardingMode::On) && before.auto_forwarding != AutoForwardingMode::On {
                what.push(HarmAct::AutoForwardingOn);
            }
            let limits = [
                (LimitKind::ExternalRecipientsPerHour, change.external_recipients_per_hour, before.external_recipients_per_hour),
                (LimitKind::InternalRecipientsPerHour, change.internal_recipients_per_hour, before.internal_recipients_per_hour),
                (LimitKind::RecipientsPerDay, change.recipients_per_day, before.recipients_per_day),
            ];
            for (limit, new, old) in limits {
                if let Some(new) = new.filter(|new| *new > old) {
                    what.push(HarmAct::RaisedLimit { limit, from: old, to: new });
                }
            }
            if change.action == Some(OutboundAction::Alert) && before.action != OutboundAction::Alert {
                what.push(HarmAct::PolicyOnlyAlerts);
            }
        }
        Action::SetSspr(change) => {
            let before = &memory.sspr;
            if let Some(scope) = &change.scope
                && scope_breadth(scope) < scope_breadth(&before.scope)
            {
                what.push(HarmAct::NarrowedSspr { from: before.scope.clone(), to: scope.clone() });
            }
            if let Some(required) = change.methods_required.filter(|required| *required < before.methods_required) {
                what.push(HarmAct::LoweredSsprMethods { from: before.methods_required, to: required });
            }
        }
        Action::SetUserPasswordPolicy { strong_password: Some(false), .. } => {
            let (_, upn) = target(action, simulation)?;
            what.push(HarmAct::StrongPasswordsOff { upn });
        }
        _ => {}
    }
    (!what.is_empty()).then_some(what)
}

const fn scope_breadth(scope: &SsprScope) -> u8 {
    match scope {
        SsprScope::None => 0,
        SsprScope::Selected(_) => 1,
        SsprScope::All => 2,
    }
}

/// What the action handed the attacker, if anything. A release is judged
/// apart ([`released_with_foothold`]), after the order of the steps, so
/// that one early release is one violation.
fn aided_attacker(action: &Action, facts: &Facts, simulation: &Simulation, memory: &Memory) -> Option<Vec<HarmAct>> {
    let tenant = simulation.tenant();
    let (id, upn) = target(action, simulation)?;
    let act = match action {
        Action::AddRole { role, .. } if !simulation.is_contained(id) => Some(HarmAct::GaveRoleToUncontained { role: *role, upn }),
        Action::SetForwarding { forwarding_address, forwarding_smtp_address, .. } => {
            let outside: Vec<&String> = [forwarding_address, forwarding_smtp_address]
                .into_iter()
                .flatten()
                .filter(|address| !tenant.is_internal_address(address))
                .collect();
            outside.first().map(|address| HarmAct::ForwardedOutside { upn, address: (*address).clone() })
        }
        Action::CreateRule { rule, .. } => rule
            .actions
            .iter()
            .flat_map(crate::tenant::mailbox::RuleAction::forward_targets)
            .find(|address| !tenant.is_internal_address(address))
            .map(|address| HarmAct::RuleSendingOutside { upn, address: address.clone() }),
        Action::AddDelegate { delegate, .. } => {
            let delegate_id = tenant.find_user(delegate)?;
            (delegate_id != id && simulation.attacker_has_access(delegate_id))
                .then(|| HarmAct::DelegateAttackerHolds { delegate: delegate.clone(), upn })
        }
        Action::EnableRule { rule, .. } => (classify(action, Some(id), facts, simulation, memory) == Some(Truth::Malicious))
            .then(|| HarmAct::AttackerRuleBackOn { upn, rule: rule.clone() }),
        _ => None,
    };
    act.map(|act| vec![act])
}

/// A release while the attacker still holds a way into the account: it
/// can send spam again and be restricted again. Says what the attacker held
/// that reaches the mailbox.
pub(super) fn released_with_foothold(action: &Action, simulation: &Simulation) -> Option<HarmAct> {
    let Action::ReleaseRestricted { .. } = action else { return None };
    let (id, upn) = target(action, simulation)?;
    let held: Vec<Held> = simulation
        .attacker_footholds(id)
        .iter()
        .filter_map(|foothold| match foothold {
            Foothold::Password => Some(Held::Password),
            // A token that works only at the portal sends no mail.
            Foothold::Session => simulation.session_works(id, Party::Attacker, Resource::ExchangeOnline).then_some(Held::ExchangeSession),
            Foothold::AppPassword => Some(Held::AppPassword),
            Foothold::Delegate { .. } => Some(Held::Delegate),
            Foothold::Device { .. } | Foothold::PasswordlessMethod { .. } => Some(Held::Credential),
            // Its application reads mail; the grant sends none unless
            // it holds Mail.Send, which a release does not change.
            Foothold::AdminRoles { .. } | Foothold::Grant { .. } => None,
        })
        .collect();
    (!held.is_empty()).then_some(HarmAct::ReleasedWithFoothold { upn, held })
}

/// A new location block whose ranges hold the office address the trainee
/// and the users sign in from.
fn blocked_own_users(action: &Action, facts: &Facts, simulation: &Simulation) -> Option<Vec<HarmAct>> {
    let Action::CreateConditionalAccessPolicy { name, control: PolicyControl::BlockLocations(locations) } = action else { return None };
    let tenant = simulation.tenant();
    let trainee = tenant.find_user(&facts.trainee)?;
    let office = simulation.office_address(trainee);
    let blocks = locations.iter().filter_map(|location| tenant.access.location(location)).any(|location| location.contains(&office));
    blocks.then(|| vec![HarmAct::BlockedOwnUsers { policy: name.clone(), ip: office }])
}

fn locked_out_admins(action: &Action, facts: &Facts, simulation: &Simulation) -> Option<Vec<HarmAct>> {
    let Action::RemoveRole { role: Role::GlobalAdministrator, .. } = action else { return None };
    let (id, upn) = target(action, simulation)?;
    let tenant = simulation.tenant();
    if tenant.find_user(&facts.trainee) == Some(id) {
        Some(vec![HarmAct::RemovedOwnGlobalAdministrator])
    } else if tenant.global_administrator_count() == 0 {
        Some(vec![HarmAct::RemovedLastGlobalAdministrator { upn }])
    } else {
        None
    }
}
