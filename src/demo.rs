//! A small built-in tenant and incident, used by `tenantdrill demo` and by
//! the tests until scenario files carry their own.
//!
//! Contoso has a Global Administrator (the trainee), a second Global
//! Administrator, a helpdesk admin, an Exchange admin and a few staff. In the
//! incident, Megan's password was phished: the attacker knows it, holds a
//! session, set up a hidden rule that forwards invoices outside and an
//! external forwarding address, and sends spam bursts; Megan's assistant
//! has a legitimate internal forwarding rule next to it.

use crate::clock::SimTime;
use crate::engine::Simulation;
use crate::engine::actors::{AttackerBehaviour, EndUserBehaviour, Persistence, SpamBurst};
use crate::tenant::Tenant;
use crate::tenant::mailbox::{RuleAction, RuleCondition, RuleSpec};
use crate::tenant::policy::AutoForwardingMode;
use crate::tenant::role::Role;
use crate::tenant::user::{Method, MethodKind, Party, SessionOrigin, User};

pub const TRAINEE: &str = "admin@contoso.com";
pub const SECOND_GLOBAL_ADMIN: &str = "nestor@contoso.com";
pub const HELPDESK: &str = "hana@contoso.com";
pub const EXCHANGE_ADMIN: &str = "ellis@contoso.com";
pub const VICTIM: &str = "megan@contoso.com";
pub const ASSISTANT: &str = "alex@contoso.com";
pub const COLLEAGUE: &str = "diego@contoso.com";
pub const ATTACKER_ADDRESS: &str = "billing-review@proton.example";
pub const MALICIOUS_RULE: &str = "..";
pub const LEGITIMATE_RULE: &str = "Invoices to Alex";

/// The start of every demo run: a Tuesday morning.
#[must_use]
pub fn start_time() -> SimTime {
    SimTime::from_utc(2026, 3, 10, 9, 0, 0).unwrap_or_default()
}

/// Passwords the staff start with (each knows only their own).
#[must_use]
pub fn initial_password(upn: &str) -> String {
    let alias = upn.split('@').next().unwrap_or(upn);
    format!("Wx{}-Tide-{}!", alias.len() * 7, alias.len() * 131)
}

fn person(upn: &str, name: &str, department: &str, roles: &[Role], set_at: SimTime) -> User {
    let mut user = User::new(upn, name, &initial_password(upn), set_at);
    user.department = department.to_string();
    user.location = crate::tenant::logs::Place::Named("Seattle, US".to_string());
    user = user.with_roles(roles.iter().copied());
    user.methods.push(Method {
        kind: MethodKind::MobilePhone,
        detail: format!("+1 425 555 01{:02}", upn.len()),
        controlled_by: Party::Owner,
        registered_at: None,
    });
    user.methods.push(Method {
        kind: MethodKind::AlternateEmail,
        detail: format!("{}@outlook.example", upn.split('@').next().unwrap_or(upn)),
        controlled_by: Party::Owner,
        registered_at: None,
    });
    user
}

/// The Contoso tenant with the trainee signed in to the admin center.
#[must_use]
pub fn contoso(seed: u64) -> Simulation {
    let start = start_time();
    let set_at = SimTime(start.0 - 40 * 86_400);
    let mut tenant = Tenant::new("Contoso", vec!["contoso.com".to_string()]);
    tenant.outbound_policy.auto_forwarding = AutoForwardingMode::On;
    tenant.outbound_policy.action = crate::tenant::policy::OutboundAction::BlockUser;
    let people = [
        (TRAINEE, "Contoso Admin", "IT", vec![Role::GlobalAdministrator]),
        (SECOND_GLOBAL_ADMIN, "Nestor Wilke", "IT", vec![Role::GlobalAdministrator]),
        (HELPDESK, "Hana Fujita", "IT", vec![Role::HelpdeskAdministrator]),
        (EXCHANGE_ADMIN, "Ellis Park", "IT", vec![Role::ExchangeAdministrator]),
        (VICTIM, "Megan Bowen", "Finance", vec![]),
        (ASSISTANT, "Alex Wilber", "Finance", vec![]),
        (COLLEAGUE, "Diego Siciliani", "Sales", vec![]),
    ];
    for (upn, name, department, roles) in people {
        let _ = tenant.add_user(person(upn, name, department, &roles, set_at));
    }
    let mut simulation = Simulation::new(tenant, start, seed);
    for admin in [TRAINEE, SECOND_GLOBAL_ADMIN, HELPDESK, EXCHANGE_ADMIN] {
        if let Some(id) = simulation.tenant().find_user(admin) {
            simulation.grant_session(id, Party::Owner, SessionOrigin::Password);
        }
    }
    simulation
}

/// The rule the attacker hides in the victim's mailbox.
#[must_use]
pub fn malicious_rule() -> RuleSpec {
    RuleSpec {
        name: MALICIOUS_RULE.to_string(),
        conditions: vec![RuleCondition::SubjectOrBodyContainsWords(vec![
            "invoice".to_string(),
            "payment".to_string(),
            "password".to_string(),
        ])],
        actions: vec![
            RuleAction::ForwardTo(vec![ATTACKER_ADDRESS.to_string()]),
            RuleAction::MoveToFolder("RSS Subscriptions".to_string()),
            RuleAction::MarkAsRead,
        ],
        hidden: true,
        enabled: true,
    }
}

/// The victim's own, legitimate rule.
#[must_use]
pub fn legitimate_rule() -> RuleSpec {
    RuleSpec {
        name: LEGITIMATE_RULE.to_string(),
        conditions: vec![RuleCondition::From("ap@fabrikam.example".to_string())],
        actions: vec![RuleAction::ForwardTo(vec![ASSISTANT.to_string()])],
        hidden: false,
        enabled: true,
    }
}

/// What the attacker does in the compromised-mailbox incident.
#[must_use]
pub fn attacker_behaviour() -> AttackerBehaviour {
    AttackerBehaviour {
        accounts: vec![VICTIM.to_string()],
        persistence: vec![
            Persistence::Rule { mailbox: VICTIM.to_string(), rule: malicious_rule() },
            Persistence::Forwarding { mailbox: VICTIM.to_string(), address: ATTACKER_ADDRESS.to_string() },
        ],
        spam: Some(SpamBurst { messages: 6, recipients_per_message: 100, every_turns: 2, subject: "Overdue invoice".to_string() }),
        addresses: vec![ATTACKER_ADDRESS.to_string()],
        ..AttackerBehaviour::default()
    }
}

/// Contoso after Megan's account was phished: the attacker knows her
/// password, holds a session, and has planted a rule and forwarding; Megan
/// keeps working and the attacker takes a turn every 15 minutes.
#[must_use]
pub fn compromised_mailbox(seed: u64) -> Simulation {
    let mut simulation = contoso(seed);
    let start = simulation.now();
    let Some(victim) = simulation.tenant().find_user(VICTIM) else { return simulation };
    simulation.tenant_mut().user_mut(victim).password.known.attacker = true;
    simulation.grant_session(victim, Party::Attacker, SessionOrigin::Password);
    simulation.grant_session(victim, Party::Owner, SessionOrigin::Password);
    let attacker = crate::action::Actor::Attacker { via: Some(VICTIM.to_string()) };
    let owner = crate::action::Actor::User(VICTIM.to_string());
    simulation.tenant_mut().attacker_addresses.insert(ATTACKER_ADDRESS.to_string());
    simulation.step(&owner, &crate::action::Action::CreateRule { user: VICTIM.to_string(), rule: legitimate_rule() });
    simulation.step(&attacker, &crate::action::Action::CreateRule { user: VICTIM.to_string(), rule: malicious_rule() });
    simulation.step(
        &attacker,
        &crate::action::Action::SetForwarding {
            user: VICTIM.to_string(),
            forwarding_address: None,
            forwarding_smtp_address: Some(ATTACKER_ADDRESS.to_string()),
            deliver_and_forward: true,
        },
    );
    simulation.add_attacker(attacker_behaviour(), start.plus(crate::clock::SimDuration::minutes(5)));
    let _ = simulation.add_end_user(
        EndUserBehaviour { user: VICTIM.to_string(), sends_mail_to: Some(COLLEAGUE.to_string()), ..EndUserBehaviour::default() },
        start.plus(crate::clock::SimDuration::minutes(10)),
    );
    simulation
}
