//! Recognises a trainee's action with an [`ActionPattern`]: which action,
//! by whom, on whom, on which artefact, through which channel.
//!
//! Artefacts are classified from the action's own fields against the
//! scenario's ground truth (a rule by name, forwarding by address, a
//! delegate by user, a role, a method by kind), with what the tenant looked
//! like before the command for what the action itself removed. When the
//! ground truth does not list an artefact, the tenant's hidden
//! `created_by`/`set_by`/`granted_by`/`controlled_by` fields decide.

use super::conditions::same_user;
use super::facts::Facts;
use super::memory::Memory;
use crate::action::{Action, Actor, Channel};
use crate::engine::Simulation;
use crate::procedure::{ActionKind, ActionPattern, By, ChannelKind, Target, Truth};
use crate::scenario::Artefact;
use crate::tenant::user::{Party, UserId};

/// Whom a matching action counts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Coverage {
    /// This subject (an index into the subjects).
    Subject(usize),
    /// The pattern is not about subjects: the action counts for all.
    All,
}

/// What a pattern needs to see: the action with who did it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Seen<'a> {
    pub actor: &'a Actor,
    pub action: &'a Action,
}

/// Whether `pattern` recognises the action, and for whom it counts.
pub(super) fn matches(
    pattern: &ActionPattern,
    seen: Seen<'_>,
    facts: &Facts,
    simulation: &Simulation,
    memory: &Memory,
) -> Option<Coverage> {
    let Seen { actor, action } = seen;
    if ActionKind::of(action) != pattern.action {
        return None;
    }
    let by = match pattern.by {
        By::Trainee => matches!(actor, Actor::Admin(_) | Actor::User(_)),
        By::Support => matches!(actor, Actor::Support),
    };
    if !by {
        return None;
    }
    let tenant = simulation.tenant();
    let target = action.target().and_then(|name| tenant.find_user(name));
    let coverage = target_matches(&pattern.user, target, facts, simulation)?;
    if let Some(wanted) = pattern.artefact
        && classify(action, target, facts, simulation, memory) != Some(wanted)
    {
        return None;
    }
    if !pattern.via.is_empty() && !channel_of(action).is_some_and(|channel| pattern.via.contains(&channel)) {
        return None;
    }
    if let Some(wanted) = pattern.with_password
        && carries_password(action) != Some(wanted)
    {
        return None;
    }
    if let Some(mail_to) = &pattern.mail_to {
        let address = mail_address(action)?;
        let recipient = tenant.find_user(address).filter(|id| tenant.user(*id).mailbox.is_some());
        let anyone = matches!(mail_to, Target::Any);
        if !anyone && target_matches(mail_to, recipient, facts, simulation).is_none() {
            return None;
        }
    }
    Some(coverage)
}

fn target_matches(target: &Target, user: Option<UserId>, facts: &Facts, simulation: &Simulation) -> Option<Coverage> {
    match target {
        Target::Subject => user.and_then(|id| facts.subject_index(id)).map(Coverage::Subject),
        Target::Any => Some(Coverage::All),
        Target::NotSubject => user.filter(|id| !facts.is_subject(*id)).map(|_| Coverage::All),
        Target::User(name) => {
            let wanted = simulation.tenant().find_user(name)?;
            (user == Some(wanted)).then_some(Coverage::All)
        }
    }
}

/// The channel a notification goes by; a reset that emails the password
/// goes by email.
pub(super) fn channel_of(action: &Action) -> Option<ChannelKind> {
    match action {
        Action::Notify { channel, .. } => Some(match channel {
            Channel::Phone => ChannelKind::Phone,
            Channel::InPerson => ChannelKind::InPerson,
            Channel::Sms => ChannelKind::Sms,
            Channel::Email(_) => ChannelKind::Email,
        }),
        Action::ResetPassword { email_to: Some(_), .. } => Some(ChannelKind::Email),
        _ => None,
    }
}

/// Whether the password goes along: a notification with it, a reset that
/// emails it.
pub(super) fn carries_password(action: &Action) -> Option<bool> {
    match action {
        Action::Notify { include_password, .. } => Some(*include_password),
        Action::ResetPassword { email_to, .. } => Some(email_to.is_some()),
        _ => None,
    }
}

/// The address an email goes to.
pub(super) fn mail_address(action: &Action) -> Option<&str> {
    match action {
        Action::ResetPassword { email_to, .. } => email_to.as_deref(),
        Action::Notify { channel: Channel::Email(address), .. } => Some(address),
        _ => None,
    }
}

/// Ground truth about the artefact an action touches, if it touches one
/// the scorer can classify.
pub(super) fn classify(action: &Action, target: Option<UserId>, facts: &Facts, simulation: &Simulation, memory: &Memory) -> Option<Truth> {
    if let Some(name) = app_named(action) {
        return app_truth(simulation, name).map(|(_, truth)| truth);
    }
    let owner = target?;
    let tenant = simulation.tenant();
    let marked = |test: &dyn Fn(&Artefact) -> bool| {
        let mut found = facts.artefacts_of(owner).filter(|known| test(&known.artefact)).map(|known| known.truth);
        let first = found.next()?;
        // An artefact listed both ways is ambiguous; validation rejects it.
        found.all(|truth| truth == first).then_some(first)
    };
    match action {
        Action::RemoveRule { rule, .. } | Action::DisableRule { rule, .. } | Action::EnableRule { rule, .. } => {
            let (name, created_by) = memory.rule(owner, rule).unwrap_or_else(|| (rule.clone(), None));
            marked(&|artefact| matches!(artefact, Artefact::Rule { name: marked, .. } if marked.eq_ignore_ascii_case(&name)))
                .or_else(|| created_by.map(truth_of))
        }
        Action::CreateRule { rule, .. } => {
            marked(&|artefact| matches!(artefact, Artefact::Rule { name, .. } if name.eq_ignore_ascii_case(&rule.name)))
        }
        Action::ClearForwarding { .. } => {
            let (address, set_by) = memory.mailbox(owner)?.forwarding.clone()?;
            marked(&|artefact| matches!(artefact, Artefact::Forwarding { address: marked, .. } if marked.eq_ignore_ascii_case(&address)))
                .or_else(|| set_by.map(truth_of))
        }
        Action::SetForwarding { forwarding_address, forwarding_smtp_address, .. } => {
            let address = forwarding_address.as_deref().or(forwarding_smtp_address.as_deref())?;
            marked(&|artefact| matches!(artefact, Artefact::Forwarding { address: marked, .. } if marked.eq_ignore_ascii_case(address)))
        }
        Action::RemoveDelegate { delegate, .. } | Action::AddDelegate { delegate, .. } => {
            marked(&|artefact| matches!(artefact, Artefact::Delegate { delegate: marked, .. } if same_user(tenant, marked, delegate)))
                .or_else(|| {
                    let before = memory.mailbox(owner)?;
                    before.delegates.iter().find(|(user, _)| same_user(tenant, user, delegate)).map(|(_, party)| truth_of(*party))
                })
        }
        Action::RemoveRole { role, .. } | Action::AddRole { role, .. } => {
            marked(&|artefact| matches!(artefact, Artefact::Role { role: marked, .. } if marked == role))
        }
        Action::DisableDevice { device, .. } | Action::DeleteDevice { device, .. } => {
            marked(&|artefact| matches!(artefact, Artefact::Device { name, .. } if name.eq_ignore_ascii_case(device.trim())))
        }
        Action::RemoveMethod { method, .. } => marked(&|artefact| matches!(artefact, Artefact::Method { kind, .. } if kind == method))
            .or_else(|| memory.method_controller(owner, *method).map(truth_of)),
        _ => None,
    }
}

/// The application an action disables, deletes or revokes the grants of.
pub(super) fn app_named(action: &Action) -> Option<&str> {
    match action {
        Action::DisableApp { app } | Action::DeleteApp { app } | Action::RevokeGrants { app, .. } => Some(app),
        _ => None,
    }
}

/// Whose application `name` is (display name, Application ID or object
/// ID), with its display name: the live one, else the latest deleted one
/// (a delete keeps the entry, marked).
pub(super) fn app_truth(simulation: &Simulation, name: &str) -> Option<(String, Truth)> {
    let name = name.trim();
    let apps = &simulation.tenant().apps.apps;
    let named = |app: &&crate::tenant::apps::EnterpriseApp| {
        app.display_name.eq_ignore_ascii_case(name) || app.app_id.eq_ignore_ascii_case(name) || app.object_id.eq_ignore_ascii_case(name)
    };
    let app = apps.iter().filter(named).find(|app| !app.deleted).or_else(|| apps.iter().rev().find(named))?;
    Some((app.display_name.clone(), truth_of(app.added_by)))
}

const fn truth_of(party: Party) -> Truth {
    match party {
        Party::Attacker => Truth::Malicious,
        Party::Owner => Truth::Legitimate,
    }
}
