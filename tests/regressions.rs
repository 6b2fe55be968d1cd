//! Regression tests, each named after the mistake it guards against.

use crate::support::{Checked, admin, attacker_via, user};
use tenantdrill::Outcome;
use tenantdrill::action::{Action, NewPassword};
use tenantdrill::clock::SimDuration;
use tenantdrill::demo::{self, ASSISTANT, COLLEAGUE, EXCHANGE_ADMIN, SECOND_GLOBAL_ADMIN, TRAINEE, VICTIM};
use tenantdrill::engine::event::EventKind;
use tenantdrill::engine::queries::Residue;
use tenantdrill::tenant::mailbox::{RuleAction, RuleSpec};
use tenantdrill::tenant::user::{Party, SessionOrigin};

#[test]
fn an_attacker_resetting_through_a_compromised_admin_knows_the_new_password() {
    let mut simulation = demo::contoso(3);
    let nestor = simulation.tenant().find_user(SECOND_GLOBAL_ADMIN).unwrap();
    simulation.grant_session(nestor, Party::Attacker, SessionOrigin::Password);
    let mut checked = Checked::new(simulation);
    let reset = Action::ResetPassword { user: COLLEAGUE.to_string(), password: NewPassword::Auto, require_change: false, email_to: None };
    assert_eq!(checked.step(&attacker_via(SECOND_GLOBAL_ADMIN), &reset).outcome, Outcome::Done);
    let diego = checked.simulation.tenant().find_user(COLLEAGUE).unwrap();
    assert!(checked.simulation.tenant().user(diego).password.known.attacker);
    assert!(!checked.simulation.is_contained(diego));
}

#[test]
fn a_temporary_password_does_not_get_the_attacker_past_required_mfa() {
    let mut checked = Checked::new(demo::contoso(3));
    let trainee = admin(TRAINEE);
    checked.step(&trainee, &Action::RequireMfa { user: COLLEAGUE.to_string() });
    let temporary = "Quill-Harbor-Lantern-58".to_string();
    let reset = Action::ResetPassword {
        user: COLLEAGUE.to_string(),
        password: NewPassword::Given(temporary.clone()),
        require_change: true,
        email_to: None,
    };
    assert_eq!(checked.step(&trainee, &reset).outcome, Outcome::Done);
    let change =
        Action::ChangePassword { user: COLLEAGUE.to_string(), old_password: temporary, new_password: "Attacker-Owns-This-77".to_string() };
    let result = checked.step(&attacker_via(COLLEAGUE), &change);
    assert!(matches!(result.outcome, Outcome::Denied { .. }), "{:?}", result.outcome);
    let diego = checked.simulation.tenant().find_user(COLLEAGUE).unwrap();
    assert_ne!(checked.simulation.tenant().user(diego).password.text, "Attacker-Owns-This-77");
}

#[test]
fn rules_forwarding_to_the_same_mailbox_many_times_deliver_one_copy_each() {
    let mut checked = Checked::new(demo::contoso(3));
    let fan_out = RuleSpec {
        name: "fan out".to_string(),
        conditions: vec![],
        actions: vec![RuleAction::ForwardTo(vec![COLLEAGUE.to_string(); 50]), RuleAction::ForwardTo(vec![ASSISTANT.to_string(); 50])],
        hidden: false,
        enabled: true,
    };
    checked.step(&admin(TRAINEE), &Action::CreateRule { user: ASSISTANT.to_string(), rule: fan_out.clone() });
    checked.step(&admin(TRAINEE), &Action::CreateRule { user: COLLEAGUE.to_string(), rule: fan_out });
    let alex = checked.simulation.tenant().find_user(ASSISTANT).unwrap();
    checked.simulation.grant_session(alex, Party::Owner, SessionOrigin::Password);
    let send =
        Action::SendMail { from: ASSISTANT.to_string(), to: vec![COLLEAGUE.to_string()], subject: "hi".to_string(), body: String::new() };
    let result = checked.step(&user(ASSISTANT), &send);
    let delivered = result.events.iter().filter(|event| matches!(event.kind, EventKind::MailDelivered { .. })).count();
    assert_eq!(delivered, 2, "one copy to Diego and one back to Alex, however many rules forward it");
}

#[test]
fn internal_forwarding_given_as_an_alias_stays_inside() {
    let mut checked = Checked::new(demo::contoso(3));
    let set = Action::SetForwarding {
        user: VICTIM.to_string(),
        forwarding_address: Some("alex".to_string()),
        forwarding_smtp_address: None,
        deliver_and_forward: false,
    };
    assert_eq!(checked.step(&admin(TRAINEE), &set).outcome, Outcome::Done);
    let diego = checked.simulation.tenant().find_user(COLLEAGUE).unwrap();
    checked.simulation.grant_session(diego, Party::Owner, SessionOrigin::Password);
    let send =
        Action::SendMail { from: COLLEAGUE.to_string(), to: vec![VICTIM.to_string()], subject: "hello".to_string(), body: String::new() };
    let result = checked.step(&user(COLLEAGUE), &send);
    assert!(result.events.iter().any(|event| matches!(&event.kind, EventKind::MailDelivered { to, .. } if to == ASSISTANT)));
    assert!(!result.events.iter().any(|event| matches!(event.kind, EventKind::MailBounced { .. } | EventKind::AlertRaised { .. })));
}

#[test]
fn a_delegate_reading_a_password_mail_does_not_make_its_owner_know_it() {
    let mut checked = Checked::new(demo::contoso(3));
    let trainee = admin(TRAINEE);
    checked.step(
        &trainee,
        &Action::AddDelegate {
            user: ASSISTANT.to_string(),
            delegate: COLLEAGUE.to_string(),
            access: tenantdrill::tenant::mailbox::AccessRight::FullAccess,
        },
    );
    let reset = Action::ResetPassword {
        user: VICTIM.to_string(),
        password: NewPassword::Auto,
        require_change: true,
        email_to: Some(ASSISTANT.to_string()),
    };
    checked.step(&trainee, &reset);
    let diego = checked.simulation.tenant().find_user(COLLEAGUE).unwrap();
    checked.simulation.grant_session(diego, Party::Owner, SessionOrigin::Password);
    let result = checked.step(&user(COLLEAGUE), &Action::ReadMail { user: ASSISTANT.to_string() });
    assert_eq!(result.outcome, Outcome::Done);
    assert!(result.events.iter().any(|event| matches!(event.kind, EventKind::PasswordExposed { .. })));
    let megan = checked.simulation.tenant().find_user(VICTIM).unwrap();
    assert!(!checked.simulation.tenant().user(megan).password.known.owner, "Megan herself was never told");
}

#[test]
fn a_permission_denial_says_access_denied_once() {
    let procedures = tenantdrill::scenario::library::bundled_procedures().expect("bundled procedures");
    let bundled = tenantdrill::scenario::library::scenario("helpdesk-escalation").expect("bundled");
    let loaded = tenantdrill::scenario::load_text(bundled.path, bundled.text.as_bytes(), &procedures).expect("loads");
    let mut drill = tenantdrill::drill::Drill::new(&loaded, &procedures, 1, tenantdrill::drill::Mode::Practice).expect("builds");
    // A Helpdesk Administrator may not reset a Global Administrator.
    let reply = drill.execute("user reset-password grace@wingtiptoys.com");
    assert!(reply.error, "{}", reply.output);
    assert!(reply.output.starts_with("Access denied: to reset"), "{}", reply.output);
    assert_eq!(reply.output.matches("Access denied").count(), 1, "{}", reply.output);
}

/// Found by property 3: an attacker that met a block gave up for good,
/// although it still knew the password and the block was lifted later.
#[test]
fn an_attacker_who_knows_the_password_returns_when_a_block_is_lifted_before_the_reset() {
    let mut simulation = demo::contoso(3);
    let start = simulation.now();
    let megan = simulation.tenant().find_user(VICTIM).unwrap();
    simulation.tenant_mut().user_mut(megan).password.known.attacker = true;
    let rule = RuleSpec {
        name: demo::MALICIOUS_RULE.to_string(),
        conditions: Vec::new(),
        actions: vec![RuleAction::ForwardTo(vec![demo::ATTACKER_ADDRESS.to_string()])],
        hidden: true,
        enabled: true,
    };
    let behaviour = tenantdrill::engine::actors::AttackerBehaviour {
        accounts: vec![VICTIM.to_string()],
        turn_interval_s: 600,
        persistence: vec![tenantdrill::engine::actors::Persistence::Rule { mailbox: VICTIM.to_string(), rule }],
        addresses: vec![demo::ATTACKER_ADDRESS.to_string()],
        ..tenantdrill::engine::actors::AttackerBehaviour::default()
    };
    simulation.add_attacker(behaviour, start.plus(SimDuration::minutes(5)));
    let mut checked = Checked::new(simulation);
    let trainee = admin(TRAINEE);
    checked.step(&trainee, &Action::BlockSignIn { user: VICTIM.to_string() });
    // Blocked at every turn for an hour: nothing works for the attacker.
    checked.step(&trainee, &Action::Wait { duration: SimDuration::minutes(60) });
    assert!(checked.simulation.attacker_residue(megan).is_empty());
    checked.step(&trainee, &Action::AllowSignIn { user: VICTIM.to_string() });
    checked.step(&trainee, &Action::Wait { duration: SimDuration::minutes(30) });
    assert!(
        checked.simulation.attacker_residue(megan).iter().any(|residue| matches!(residue, Residue::Rule { .. })),
        "the attacker should sign in with the password it knows and put its rule in place"
    );
}

/// Found by property 3: admin abuse needed Exchange access, although admin
/// actions go through the portal, whose access token outlives a reset.
#[test]
fn a_compromised_admin_role_is_used_through_a_live_portal_token_after_the_reset() {
    let mut simulation = demo::contoso(3);
    let start = simulation.now();
    let ellis = simulation.tenant().find_user(EXCHANGE_ADMIN).unwrap();
    simulation.tenant_mut().user_mut(ellis).password.known.attacker = true;
    simulation.grant_session(ellis, Party::Attacker, SessionOrigin::Password);
    let forward = Action::SetForwarding {
        user: COLLEAGUE.to_string(),
        forwarding_address: None,
        forwarding_smtp_address: Some(demo::ATTACKER_ADDRESS.to_string()),
        deliver_and_forward: true,
    };
    let behaviour = tenantdrill::engine::actors::AttackerBehaviour {
        accounts: vec![EXCHANGE_ADMIN.to_string()],
        turn_interval_s: 600,
        admin_abuse: vec![tenantdrill::engine::actors::AdminAbuse { via: EXCHANGE_ADMIN.to_string(), action: forward }],
        addresses: vec![demo::ATTACKER_ADDRESS.to_string()],
        ..tenantdrill::engine::actors::AttackerBehaviour::default()
    };
    simulation.add_attacker(behaviour, start.plus(SimDuration::minutes(25)));
    let mut checked = Checked::new(simulation);
    let trainee = admin(TRAINEE);
    let reset =
        Action::ResetPassword { user: EXCHANGE_ADMIN.to_string(), password: NewPassword::Auto, require_change: false, email_to: None };
    checked.step(&trainee, &reset);
    checked.step(&trainee, &Action::RevokeSessions { user: EXCHANGE_ADMIN.to_string() });
    // Exchange has the critical event within 15 minutes; the first turn
    // comes after that, while the portal token (60-90 minutes) still lives.
    checked.step(&trainee, &Action::Wait { duration: SimDuration::minutes(30) });
    let diego = checked.simulation.tenant().find_user(COLLEAGUE).unwrap();
    let forwarding = checked.simulation.tenant().user(diego).mailbox.as_deref().and_then(|mailbox| mailbox.forwarding_smtp_address.clone());
    assert_eq!(forwarding.as_deref(), Some(demo::ATTACKER_ADDRESS), "the role still works through the portal");
    // With the role removed, the same token can do nothing more.
    checked.step(
        &trainee,
        &Action::RemoveRole { user: EXCHANGE_ADMIN.to_string(), role: tenantdrill::tenant::role::Role::ExchangeAdministrator },
    );
    checked.step(&trainee, &Action::ClearForwarding { user: COLLEAGUE.to_string() });
    checked.step(&trainee, &Action::Wait { duration: SimDuration::minutes(30) });
    let forwarding = checked.simulation.tenant().user(diego).mailbox.as_deref().and_then(|mailbox| mailbox.forwarding_smtp_address.clone());
    assert_eq!(forwarding, None);
}

/// Found by property 2: a sender blocked until the next day cannot be
/// released, so the release step does not apply and "can send" holds.
#[test]
fn a_sender_blocked_until_tomorrow_is_not_a_missed_release() {
    let case = crate::incidents::Case {
        seed: 0,
        background: 0,
        knows_password: true,
        session: false,
        stolen_session: false,
        legacy_password: false,
        app_password: false,
        attacker_method: false,
        delegate: false,
        legitimate_delegate: false,
        admin_role: false,
        forwarding: crate::incidents::Forwarding::None,
        rules: Vec::new(),
        spam: Some(tenantdrill::tenant::policy::OutboundAction::BlockUserForToday),
        first_turn_min: -20,
        turn_interval_min: 10,
        second_victim: false,
        malicious_grant: false,
    };
    let played = crate::incidents::play(&case, &[], None);
    let report = played.report();
    let release = report.steps.iter().find(|step| step.id == "release-restricted").unwrap();
    assert_eq!(release.status, tenantdrill::scoring::StepStatus::NotApplicable, "{}", played.replay());
    let can_send = report.outcome.iter().find(|check| check.id == "can-send").unwrap();
    assert!(can_send.ok && can_send.detail.contains("cannot be released early"), "{}", can_send.detail);
}

/// `\u{e9}` is a character in RON, not a `{e9}` placeholder: a scenario
/// that spells a character this way loads, and a scenario written back to
/// RON (which escapes characters such as U+202E this way) loads again.
#[test]
fn a_unicode_escape_in_a_scenario_is_not_taken_for_a_placeholder() {
    let procedures = tenantdrill::scenario::library::bundled_procedures().expect("bundled procedures");
    let bundled = tenantdrill::scenario::library::scenario("locked-out").expect("bundled");
    let text = bundled.text.replacen(r#""en": "Locked out before the morning rush""#, r#""en": "Locked out at the caf\u{e9} \u{202e}""#, 1);
    assert_ne!(text, bundled.text);
    let loaded = tenantdrill::scenario::load_text("escaped.ron", text.as_bytes(), &procedures)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
    assert_eq!(loaded.scenario.title.english(), "Locked out at the café \u{202e}");
    let instance = loaded.instantiate(1).unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
    assert_eq!(instance.title.english(), "Locked out at the café \u{202e}");
    // After an escaped backslash, `u{e9}` is plain text with a real placeholder.
    let chosen: indexmap::IndexMap<String, String> = [("e9".to_string(), "X".to_string())].into_iter().collect();
    assert_eq!(tenantdrill::scenario::template::substitute(r#""\u{e9} \\u{e9}""#, &chosen), r#""\u{e9} \\uX""#);
    assert_eq!(tenantdrill::scenario::template::placeholders(r#""\u{e9} \\u{e9}""#), [(11, "e9".to_string())]);
}
