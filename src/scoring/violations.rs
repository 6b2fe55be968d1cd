//! Finds what the trainee should not have done: forbidden actions, and
//! collateral damage (a legitimate artefact removed, the wrong user acted
//! on, a tenant-wide protection weakened, the admins locked out).
//! Only actions that succeeded count; a denied attempt is its own kind.

use super::facts::Facts;
use super::matching::{Seen, classify, matches};
use super::memory::Memory;
use super::steps::StepState;
use crate::action::Action;
use crate::action::Resource;
use crate::engine::Simulation;
use crate::engine::queries::Foothold;
use crate::procedure::{ActionKind, HarmKind, HarmRule, Truth};
use crate::tenant::policy::{AutoForwardingMode, OutboundAction, SsprScope};
use crate::tenant::role::Role;
use crate::tenant::user::Party;
use crate::tenant::user::UserId;

/// Points a forbidden action costs when the procedure does not say.
pub const FORBIDDEN_POINTS: u32 = 15;
/// Points one instance of harm costs when the procedure does not say.
pub const HARM_POINTS: u32 = 10;
/// Points an access-denied attempt costs.
pub const DENIED_POINTS: u32 = 2;
/// Access-denied attempts cost at most this much in all.
pub const DENIED_POINTS_CAP: u32 = 10;

/// A violation found in one command, before it gets a time and a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found {
    pub message: String,
    pub step: Option<String>,
    pub points: u32,
}

/// Forbidden actions of the applicable steps that this action matches,
/// once per reason.
pub(super) fn forbidden(steps: &[StepState], seen: Seen<'_>, facts: &Facts, simulation: &Simulation, memory: &Memory) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    for step in steps.iter().filter(|step| step.applies()) {
        for forbid in &step.step.forbids {
            if found.iter().any(|earlier| earlier.message == forbid.reason.english()) {
                continue;
            }
            if matches(&forbid.pattern, seen, facts, simulation, memory).is_some() {
                found.push(Found {
                    message: forbid.reason.english().to_string(),
                    step: Some(step.reference()),
                    points: forbid.points.unwrap_or(FORBIDDEN_POINTS),
                });
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
            HarmKind::AidAttacker => aided_attacker(seen.action, facts, simulation, memory),
        };
        if let Some(what) = what {
            kinds_seen.push(discriminant);
            found.push(Found {
                message: format!("{what}: {}", rule.reason.english()),
                step: None,
                points: rule.points.unwrap_or(HARM_POINTS),
            });
        }
    }
    found
}

fn target(action: &Action, simulation: &Simulation) -> Option<(UserId, String)> {
    let tenant = simulation.tenant();
    let id = action.target().and_then(|name| tenant.find_user(name))?;
    Some((id, tenant.user(id).upn.clone()))
}

fn removed_legitimate(action: &Action, facts: &Facts, simulation: &Simulation, memory: &Memory) -> Option<String> {
    let (id, upn) = target(action, simulation)?;
    let what = match action {
        Action::RemoveRule { rule, .. } => format!("removed inbox rule \"{rule}\" of {upn}"),
        Action::DisableRule { rule, .. } => format!("disabled inbox rule \"{rule}\" of {upn}"),
        Action::ClearForwarding { .. } => format!("cleared the forwarding of {upn}"),
        Action::RemoveDelegate { delegate, .. } => format!("removed the access of {delegate} to the mailbox of {upn}"),
        Action::RemoveRole { role, .. } => format!("removed {role} from {upn}"),
        Action::RemoveMethod { method, .. } => format!("removed the {} method of {upn}", method.name()),
        _ => return None,
    };
    (classify(action, Some(id), facts, simulation, memory) == Some(Truth::Legitimate)).then(|| format!("{what}, which is legitimate"))
}

fn wrong_user(action: &Action, kinds: &[ActionKind], facts: &Facts, simulation: &Simulation) -> Option<String> {
    let kind = ActionKind::of(action);
    if !kinds.contains(&kind) {
        return None;
    }
    let (id, upn) = target(action, simulation)?;
    let involved = facts.is_subject(id) || facts.may_act_on.contains(&id);
    (!involved).then(|| format!("{} on {upn}, who is not part of the incident", kind.name()))
}

fn weakened(action: &Action, simulation: &Simulation, memory: &Memory) -> Option<String> {
    let mut what = Vec::new();
    match action {
        Action::SetOutboundPolicy(change) => {
            let before = &memory.outbound;
            if change.auto_forwarding == Some(AutoForwardingMode::On) && before.auto_forwarding != AutoForwardingMode::On {
                what.push("turned automatic external forwarding on".to_string());
            }
            let limits = [
                ("external recipients per hour", change.external_recipients_per_hour, before.external_recipients_per_hour),
                ("internal recipients per hour", change.internal_recipients_per_hour, before.internal_recipients_per_hour),
                ("recipients per day", change.recipients_per_day, before.recipients_per_day),
            ];
            for (name, new, old) in limits {
                if let Some(new) = new.filter(|new| *new > old) {
                    what.push(format!("raised the outbound limit of {name} from {old} to {new}"));
                }
            }
            if change.action == Some(OutboundAction::Alert) && before.action != OutboundAction::Alert {
                what.push("made the outbound spam policy only alert".to_string());
            }
        }
        Action::SetSspr(change) => {
            let before = &memory.sspr;
            if let Some(scope) = &change.scope
                && scope_breadth(scope) < scope_breadth(&before.scope)
            {
                what.push(format!("narrowed self-service password reset from {} to {}", before.scope.label(), scope.label()));
            }
            if let Some(required) = change.methods_required.filter(|required| *required < before.methods_required) {
                what.push(format!("lowered the methods self-service reset asks for from {} to {required}", before.methods_required));
            }
        }
        Action::SetUserPasswordPolicy { strong_password: Some(false), .. } => {
            let (_, upn) = target(action, simulation)?;
            what.push(format!("turned strong passwords off for {upn}"));
        }
        _ => {}
    }
    (!what.is_empty()).then(|| what.join(", "))
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
fn aided_attacker(action: &Action, facts: &Facts, simulation: &Simulation, memory: &Memory) -> Option<String> {
    let tenant = simulation.tenant();
    let (id, upn) = target(action, simulation)?;
    match action {
        Action::AddRole { role, .. } if !simulation.is_contained(id) => {
            Some(format!("gave {role} to {upn}, which the attacker still holds or has left something on"))
        }
        Action::SetForwarding { forwarding_address, forwarding_smtp_address, .. } => {
            let outside: Vec<&String> = [forwarding_address, forwarding_smtp_address]
                .into_iter()
                .flatten()
                .filter(|address| !tenant.is_internal_address(address))
                .collect();
            outside.first().map(|address| format!("forwarded the mail of {upn} to {address}, outside the organisation"))
        }
        Action::CreateRule { rule, .. } => rule
            .actions
            .iter()
            .flat_map(crate::tenant::mailbox::RuleAction::forward_targets)
            .find(|address| !tenant.is_internal_address(address))
            .map(|address| format!("made a rule sending the mail of {upn} to {address}, outside the organisation")),
        Action::AddDelegate { delegate, .. } => {
            let delegate_id = tenant.find_user(delegate)?;
            (delegate_id != id && simulation.attacker_has_access(delegate_id))
                .then(|| format!("gave {delegate}, which the attacker holds, access to the mailbox of {upn}"))
        }
        Action::EnableRule { rule, .. } => (classify(action, Some(id), facts, simulation, memory) == Some(Truth::Malicious))
            .then(|| format!("turned the attacker's rule \"{rule}\" of {upn} back on")),
        _ => None,
    }
}

/// A release while the attacker still holds a way into the account: it
/// can send spam again and be restricted again. Says what the attacker held
/// that reaches the mailbox.
pub(super) fn released_with_foothold(action: &Action, simulation: &Simulation) -> Option<String> {
    let Action::ReleaseRestricted { .. } = action else { return None };
    let (id, upn) = target(action, simulation)?;
    let held: Vec<&str> = simulation
        .attacker_footholds(id)
        .iter()
        .filter_map(|foothold| match foothold {
            Foothold::Password => Some("knew the password"),
            // A token that works only at the portal sends no mail.
            Foothold::Session => {
                simulation.session_works(id, Party::Attacker, Resource::ExchangeOnline).then_some("held a session Exchange still honoured")
            }
            Foothold::AppPassword => Some("held an app password"),
            Foothold::Delegate { .. } => Some("read the mailbox as a delegate"),
            Foothold::AdminRoles { .. } => None,
        })
        .collect();
    (!held.is_empty()).then(|| format!("released {upn} while the attacker still {}", held.join(" and ")))
}

fn locked_out_admins(action: &Action, facts: &Facts, simulation: &Simulation) -> Option<String> {
    let Action::RemoveRole { role: Role::GlobalAdministrator, .. } = action else { return None };
    let (id, upn) = target(action, simulation)?;
    let tenant = simulation.tenant();
    if tenant.find_user(&facts.trainee) == Some(id) {
        Some("removed Global Administrator from your own account".to_string())
    } else if tenant.global_administrator_count() == 0 {
        Some(format!("removed Global Administrator from {upn}, the last holder"))
    } else {
        None
    }
}
