//! Turns a scenario (already instantiated for a seed) into a running
//! simulation at the moment the trainee arrives.
//!
//! The clock starts early enough for the incident's history: scripted
//! actions and early attacker turns run through the same step function as
//! everything else, so the logs the trainee reads show them.

use super::{Artefact, Scenario, UserSpec};
use crate::clock::{SimDuration, SimTime};
use crate::diagnostic::check::{Check, Referent};
use crate::engine::Simulation;
use crate::random::{SimRandom, Stream};
use crate::tenant::Tenant;
use crate::tenant::mailbox::Delegate;
use crate::tenant::user::{Device, Method, Party, SessionOrigin, User, UserId};

/// A scenario ready to play: the simulation at the start, and the facts
/// the scorer and the front ends need.
#[derive(Debug, Clone)]
pub struct Built {
    pub simulation: Simulation,
    /// When the trainee arrives.
    pub start: SimTime,
    /// When the time limit runs out.
    pub deadline: SimTime,
}

/// Why a scenario did not build for a seed, as facts. The validator
/// checks most of this before; a seed's substitution can still break it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuildProblem {
    /// What the validator checks, found again while building.
    Check(Check),
    /// More users than a tenant holds.
    TooManyUsers,
    /// The name lists ran out of unique names for the generated users.
    GeneratedNamesExhausted,
    /// The incident's history did not happen as written: the `index`th
    /// entry of `incident.before` did not succeed.
    HistoryFailed { index: usize, action: String, actor: crate::action::Actor, outcome: Box<crate::engine::Outcome> },
}

fn unknown_user(name: &str) -> BuildProblem {
    BuildProblem::Check(Check::Unknown { what: Referent::User, name: name.to_string() })
}

/// A time relative to the start: `"5m"` after, `"-1h"` before.
#[must_use]
pub(crate) fn parse_offset(text: &str) -> Option<(bool, SimDuration)> {
    let text = text.trim();
    match text.strip_prefix('-') {
        Some(rest) => SimDuration::parse(rest).map(|duration| (true, duration)),
        None => SimDuration::parse(text.strip_prefix('+').unwrap_or(text)).map(|duration| (false, duration)),
    }
}

fn at_offset(start: SimTime, text: &str) -> Option<SimTime> {
    parse_offset(text).map(|(before, duration)| if before { start.minus(duration) } else { start.plus(duration) })
}

/// The password a written-out user knows when the file gives none: made
/// from the name, so it is stable and passes the password rules.
#[must_use]
pub(crate) fn default_password(upn: &str) -> String {
    crate::demo::initial_password(upn)
}

/// Builds the scenario. Errors are sentences naming what failed; the
/// validator reports them against the file.
pub fn build(scenario: &Scenario, seed: u64) -> Result<Built, BuildProblem> {
    let start =
        SimTime::parse_rfc3339(&scenario.start).ok_or_else(|| BuildProblem::Check(Check::NotATime { value: scenario.start.clone() }))?;
    let limit = SimDuration::parse(&scenario.time_limit)
        .ok_or_else(|| BuildProblem::Check(Check::NotADuration { value: scenario.time_limit.clone() }))?;
    let lead = history_lead(scenario)?;
    let opened = start.minus(lead);
    let tenant = build_tenant(scenario, start, seed)?;
    let mut simulation = Simulation::new(tenant, opened, seed);
    if let Some(count) = scenario.incident.attacker_ips {
        simulation.limit_attacker_origins(usize::from(count));
    }
    sign_in_staff(scenario, &mut simulation);
    compromise(scenario, &mut simulation)?;
    add_actors(scenario, &mut simulation, start)?;
    run_history(scenario, &mut simulation, start)?;
    simulation.advance_to(start);
    Ok(Built { simulation, start, deadline: start.plus(limit) })
}

/// How long before the start the simulation must begin.
fn history_lead(scenario: &Scenario) -> Result<SimDuration, BuildProblem> {
    let mut lead = SimDuration::seconds(0);
    for scripted in &scenario.incident.before {
        let (_, duration) =
            parse_offset(&scripted.at).ok_or_else(|| BuildProblem::Check(Check::NotADuration { value: scripted.at.clone() }))?;
        lead = lead.max(duration);
    }
    if let Some(plan) = &scenario.incident.attacker {
        let (before, duration) =
            parse_offset(&plan.first_turn).ok_or_else(|| BuildProblem::Check(Check::NotAnOffset { value: plan.first_turn.clone() }))?;
        if before {
            lead = lead.max(duration);
        }
    }
    // One extra minute, so nothing happens at the very first instant.
    Ok(SimDuration::seconds(lead.as_seconds() + 60))
}

fn build_tenant(scenario: &Scenario, start: SimTime, seed: u64) -> Result<Tenant, BuildProblem> {
    let spec = &scenario.tenant;
    let mut tenant = Tenant::new(&spec.name, spec.domains.clone());
    if let Some(policy) = &spec.policies.lockout {
        tenant.lockout_policy = policy.clone();
    }
    if let Some(policy) = &spec.policies.password {
        tenant.password_policy = policy.clone();
    }
    if let Some(policy) = &spec.policies.sspr {
        tenant.sspr_policy = policy.clone();
    }
    if let Some(policy) = &spec.policies.outbound {
        tenant.outbound_policy = policy.clone();
    }
    if let Some(setting) = spec.policies.user_consent {
        tenant.apps.user_consent = setting;
    }
    if let Some(access) = &spec.policies.access {
        tenant.access.basic_authentication = access.basic_authentication;
        tenant.access.policies.clone_from(&access.policies);
        // The validator refuses a bad range; none reaches here.
        tenant.access.named_locations = access
            .named_locations
            .iter()
            .map(|location| crate::tenant::access::NamedLocation {
                name: location.name.clone(),
                ranges: location.ranges.iter().filter_map(|range| crate::tenant::access::Ipv4Range::parse(range).ok()).collect(),
                trusted: location.trusted,
            })
            .collect();
    }
    for user in &spec.users {
        let built = build_user(user, start)?;
        let id = tenant.add_user(built).map_err(|error| match error {
            crate::tenant::AddUserError::Duplicate(upn) => BuildProblem::Check(Check::UserTwice { upn }),
            crate::tenant::AddUserError::TooMany => BuildProblem::TooManyUsers,
        })?;
        for role in &user.roles {
            tenant.grant_role(id, *role);
        }
    }
    generate_users(scenario, &mut tenant, start, seed)?;
    for user in &spec.users {
        let Some(id) = tenant.find_user(&user.upn) else { continue };
        for delegate in &user.delegates {
            let delegate_id = tenant.find_user(&delegate.user).ok_or_else(|| unknown_user(&delegate.user))?;
            let delegate_upn = tenant.user(delegate_id).upn.clone();
            if let Some(mailbox) = tenant.user_mut(id).mailbox.as_deref_mut() {
                mailbox.delegates.push(Delegate { user: delegate_upn, access: delegate.access, granted_by: Party::Owner });
            }
        }
    }
    for group in &spec.groups {
        let mut members = std::collections::BTreeSet::new();
        for member in &group.members {
            members.insert(tenant.find_user(member).ok_or_else(|| unknown_user(member))?);
        }
        tenant.add_group(&group.name, members);
    }
    build_apps(spec, &mut tenant, start, seed)?;
    for address in &scenario.incident.attacker_addresses {
        tenant.attacker_addresses.insert(address.to_ascii_lowercase());
    }
    for caller in &scenario.incident.impostor_callers {
        let id = tenant.find_user(caller).ok_or_else(|| unknown_user(caller))?;
        let upn = tenant.user(id).upn.clone();
        tenant.impostor_callers.insert(upn);
    }
    Ok(tenant)
}

/// The organisation's own enterprise applications and their grants.
fn build_apps(spec: &super::TenantSpec, tenant: &mut Tenant, start: SimTime, seed: u64) -> Result<(), BuildProblem> {
    for app in &spec.apps {
        let created_at = match &app.age {
            Some(age) => {
                start.minus(SimDuration::parse(age).ok_or_else(|| BuildProblem::Check(Check::NotADuration { value: age.clone() }))?)
            }
            None => start.minus(SimDuration::days(90)),
        };
        let object_id = tenant.apps.new_id(seed);
        let built = crate::tenant::apps::EnterpriseApp {
            display_name: app.name.clone(),
            app_id: app.app_id.clone(),
            object_id,
            publisher: app.publisher.clone(),
            verified: app.verified,
            reply_url: app.reply_url.clone(),
            enabled: true,
            created_at,
            deleted: false,
            added_by: Party::Owner,
        };
        if tenant.apps.add_app(built).is_none() {
            continue;
        }
        for grant in &app.grants {
            let consent = match &grant.consent {
                crate::tenant::apps::ConsentType::AllPrincipals => crate::tenant::apps::ConsentType::AllPrincipals,
                crate::tenant::apps::ConsentType::Principal(user) => {
                    let id = tenant.find_user(user).ok_or_else(|| unknown_user(user))?;
                    crate::tenant::apps::ConsentType::Principal(tenant.user(id).upn.clone())
                }
            };
            let id = tenant.apps.new_id(seed);
            tenant.apps.add_grant(crate::tenant::apps::PermissionGrant {
                id,
                app_id: app.app_id.clone(),
                consent,
                scopes: grant.scopes.clone(),
                granted_at: created_at,
            });
        }
    }
    Ok(())
}

fn build_user(spec: &UserSpec, start: SimTime) -> Result<User, BuildProblem> {
    let set_at = match &spec.password_age {
        Some(age) => start.minus(SimDuration::parse(age).ok_or_else(|| BuildProblem::Check(Check::NotADuration { value: age.clone() }))?),
        None => start.minus(SimDuration::days(30)),
    };
    let password = spec.password.clone().unwrap_or_else(|| default_password(&spec.upn));
    // The tenant shows every address in one case, its lower-case form.
    let mut user = User::new(&spec.upn.to_ascii_lowercase(), &spec.name, &password, set_at);
    user.department.clone_from(&spec.department);
    user.account_enabled = !spec.blocked;
    user.password_never_expires = spec.password_never_expires;
    user.mfa_required = spec.mfa_required;
    user.methods = spec
        .methods
        .iter()
        .map(|method| Method { kind: method.kind, detail: method.detail.clone(), controlled_by: Party::Owner, registered_at: None })
        .collect();
    for device in &spec.devices {
        let registered_at = match &device.age {
            Some(age) => {
                start.minus(SimDuration::parse(age).ok_or_else(|| BuildProblem::Check(Check::NotADuration { value: age.clone() }))?)
            }
            None => set_at,
        };
        user.devices.push(Device {
            name: device.name.clone(),
            os: device.os.clone(),
            registered_at,
            enabled: true,
            registered_by: Party::Owner,
        });
    }
    if !spec.mailbox {
        user.mailbox = None;
    }
    if let Some(mailbox) = user.mailbox.as_deref_mut() {
        for rule in &spec.rules {
            mailbox.add_rule(rule, Party::Owner, set_at);
        }
        if let Some(forwarding) = &spec.forwarding {
            mailbox.forwarding_smtp_address = Some(forwarding.address.clone());
            mailbox.deliver_and_forward = forwarding.keep_copy;
            mailbox.forwarding_set_by = Some(Party::Owner);
        }
    }
    Ok(user)
}

fn generate_users(scenario: &Scenario, tenant: &mut Tenant, start: SimTime, seed: u64) -> Result<(), BuildProblem> {
    let Some(generated) = &scenario.tenant.generated else { return Ok(()) };
    let domain = scenario.tenant.domains.first().ok_or(BuildProblem::Check(Check::NoDomain))?;
    if generated.first_names.is_empty() || generated.last_names.is_empty() || generated.departments.is_empty() {
        return Err(BuildProblem::Check(Check::GeneratedLists));
    }
    let mut random = SimRandom::new(seed);
    let mut made = 0;
    let mut attempt: u64 = 0;
    while made < generated.count {
        attempt += 1;
        let first = random.pick(Stream::Generation, &generated.first_names).cloned().unwrap_or_default();
        let last = random.pick(Stream::Generation, &generated.last_names).cloned().unwrap_or_default();
        let department = random.pick(Stream::Generation, &generated.departments).cloned().unwrap_or_default();
        let base = format!("{}.{}", first.to_ascii_lowercase(), last.to_ascii_lowercase())
            .replace(|character: char| !character.is_ascii_alphanumeric() && character != '.', "");
        let upn = if tenant.find_user(&format!("{base}@{domain}")).is_none() {
            format!("{base}@{domain}")
        } else {
            format!("{base}{attempt}@{domain}")
        };
        let mut user = User::new(
            &upn,
            &format!("{first} {last}"),
            &default_password(&upn),
            start.minus(SimDuration::days(30 + random.below(Stream::Generation, 300))),
        );
        user.department = department;
        if tenant.add_user(user).is_ok() {
            made += 1;
        }
        if attempt > u64::from(generated.count) * 4 + 100 {
            return Err(BuildProblem::GeneratedNamesExhausted);
        }
    }
    Ok(())
}

/// Everyone enabled and marked signed in holds a session on their device.
fn sign_in_staff(scenario: &Scenario, simulation: &mut Simulation) {
    let mut signed_in: Vec<UserId> = Vec::new();
    for user in &scenario.tenant.users {
        let trainee = user.upn.eq_ignore_ascii_case(&scenario.trainee.upn);
        let wanted = if trainee { scenario.trainee.signed_in } else { user.signed_in };
        if wanted
            && !user.blocked
            && let Some(id) = simulation.tenant().find_user(&user.upn)
        {
            signed_in.push(id);
        }
    }
    for id in signed_in {
        simulation.grant_session(id, Party::Owner, SessionOrigin::Password);
    }
}

fn compromise(scenario: &Scenario, simulation: &mut Simulation) -> Result<(), BuildProblem> {
    for compromise in &scenario.incident.compromised {
        let id = simulation.tenant().find_user(&compromise.user).ok_or_else(|| unknown_user(&compromise.user))?;
        if compromise.knows_password {
            simulation.tenant_mut().user_mut(id).password.known.attacker = true;
        }
        if compromise.session {
            simulation.grant_session(id, Party::Attacker, SessionOrigin::Password);
        }
        // Registered as the incident opened, from the attacker's address:
        // the audit log shows both.
        if let Some(name) = &compromise.app_password {
            simulation.plant_attacker_app_password(id, name);
        }
        if let Some(method) = &compromise.method {
            simulation.plant_attacker_method(id, method.kind, &method.detail);
        }
        if let Some(device) = &compromise.device {
            simulation.plant_attacker_device(id, &device.name, &device.os);
        }
        if let Some(consent) = &compromise.consent {
            let app = &consent.app;
            simulation.plant_attacker_consent(
                id,
                crate::tenant::apps::EnterpriseApp {
                    display_name: app.name.clone(),
                    app_id: app.app_id.clone(),
                    object_id: String::new(),
                    publisher: app.publisher.clone(),
                    verified: app.verified,
                    reply_url: app.reply_url.clone(),
                    enabled: true,
                    created_at: simulation.now(),
                    deleted: false,
                    added_by: Party::Attacker,
                },
                &consent.scopes,
                consent.admin,
            );
        }
    }
    Ok(())
}

fn add_actors(scenario: &Scenario, simulation: &mut Simulation, start: SimTime) -> Result<(), BuildProblem> {
    if let Some(plan) = &scenario.incident.attacker {
        let first =
            at_offset(start, &plan.first_turn).ok_or_else(|| BuildProblem::Check(Check::NotAnOffset { value: plan.first_turn.clone() }))?;
        simulation.add_attacker(plan.behaviour.clone(), first);
    }
    for plan in &scenario.incident.end_users {
        let first =
            at_offset(start, &plan.first_turn).ok_or_else(|| BuildProblem::Check(Check::NotAnOffset { value: plan.first_turn.clone() }))?;
        simulation.add_end_user(plan.behaviour.clone(), first).ok_or_else(|| unknown_user(&plan.behaviour.user))?;
    }
    Ok(())
}

fn run_history(scenario: &Scenario, simulation: &mut Simulation, start: SimTime) -> Result<(), BuildProblem> {
    for (index, scripted) in scenario.incident.before.iter().enumerate() {
        let (_, duration) =
            parse_offset(&scripted.at).ok_or_else(|| BuildProblem::Check(Check::NotADuration { value: scripted.at.clone() }))?;
        let at = start.minus(duration);
        if at < simulation.now() {
            return Err(BuildProblem::Check(Check::HistoryOrder { at: scripted.at.clone() }));
        }
        simulation.advance_to(at);
        let result = simulation.step(&scripted.actor, &scripted.action);
        if !matches!(result.outcome, crate::engine::Outcome::Done) {
            return Err(BuildProblem::HistoryFailed {
                index,
                action: action_name(&scripted.action),
                actor: scripted.actor.clone(),
                outcome: Box::new(result.outcome),
            });
        }
    }
    Ok(())
}

fn action_name(action: &crate::action::Action) -> String {
    crate::procedure::ActionKind::of(action).name()
}

/// The user an artefact belongs to.
#[must_use]
pub(crate) fn artefact_owner(artefact: &Artefact) -> &str {
    match artefact {
        Artefact::Rule { mailbox, .. } | Artefact::Forwarding { mailbox, .. } | Artefact::Delegate { mailbox, .. } => mailbox,
        Artefact::Role { user, .. } | Artefact::Method { user, .. } | Artefact::Device { user, .. } => user,
    }
}
