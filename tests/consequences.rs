//! Consequences: short scripted incidents on the compromised-mailbox demo
//! (`tenantdrill::demo::compromised_mailbox`). Megan's password was phished;
//! the attacker holds it and a session, hides the rule ".." forwarding to
//! billing-review@proton.example, sets external forwarding, takes a turn
//! every 15 minutes and sends spam bursts (outbound action `BlockUser`).
//! Each test checks what the domain reference (§2, §5, §8) says happens when
//! the trainee (admin@contoso.com) acts in one order or another.

use crate::support::{Checked, admin, user};
use tenantdrill::action::{Actor, Channel, NewPassword};
use tenantdrill::clock::{SimDuration, SimTime};
use tenantdrill::demo::{self, COLLEAGUE, LEGITIMATE_RULE, MALICIOUS_RULE, TRAINEE, VICTIM};
use tenantdrill::engine::event::{Event, EventKind};
use tenantdrill::engine::queries::{Foothold, SendStatus};
use tenantdrill::engine::view::View;
use tenantdrill::tenant::user::{AppPassword, Party, SessionOrigin, UserId};
use tenantdrill::{Action, Outcome, Simulation, StepResult};

/// Several seeds, so no consequence hangs on one lucky draw.
const SEEDS: [u64; 4] = [1, 7, 42, 2026];

// ---------------------------------------------------------------- helpers

fn victim(simulation: &Simulation) -> UserId {
    simulation.tenant().find_user(VICTIM).expect("Megan exists")
}

fn incident(seed: u64) -> Checked {
    Checked::new(demo::compromised_mailbox(seed))
}

/// The incident, with extra attacker footholds planted before it starts.
fn incident_with(seed: u64, plant: impl FnOnce(&mut Simulation, UserId)) -> Checked {
    let mut simulation = demo::compromised_mailbox(seed);
    let megan = victim(&simulation);
    plant(&mut simulation, megan);
    Checked::new(simulation)
}

fn trainee() -> Actor {
    admin(TRAINEE)
}

fn attacker_on_megan() -> Actor {
    Actor::Attacker { via: Some(VICTIM.to_string()) }
}

fn act(checked: &mut Checked, action: &Action) -> StepResult {
    let result = checked.step(&trainee(), action);
    assert_eq!(result.outcome, Outcome::Done, "{action:?}: {:#?}", result.events);
    result
}

fn wait(checked: &mut Checked, minutes: u64) {
    act(checked, &Action::Wait { duration: SimDuration::minutes(minutes) });
}

fn mark(checked: &Checked) -> usize {
    checked.simulation.journal().len()
}

fn since(checked: &Checked, mark: usize) -> &[Event] {
    &checked.simulation.journal()[mark..]
}

fn reset_password(checked: &mut Checked, email_to: Option<&str>) -> String {
    let result = act(
        checked,
        &Action::ResetPassword {
            user: VICTIM.to_string(),
            password: NewPassword::Auto,
            require_change: true,
            email_to: email_to.map(str::to_string),
        },
    );
    match result.view {
        Some(View::TemporaryPassword { password, .. }) => password,
        other => panic!("expected the temporary password, got {other:?}"),
    }
}

fn revoke_sessions(checked: &mut Checked) {
    act(checked, &Action::RevokeSessions { user: VICTIM.to_string() });
}

fn clear_forwarding(checked: &mut Checked) {
    act(checked, &Action::ClearForwarding { user: VICTIM.to_string() });
}

fn remove_malicious_rule(checked: &mut Checked) {
    act(checked, &Action::RemoveRule { user: VICTIM.to_string(), rule: MALICIOUS_RULE.to_string() });
}

/// Forwarding and the hidden rule, whichever is (back) in place.
fn clean_mailbox(checked: &mut Checked) {
    clear_forwarding(checked);
    if rule_names(checked).iter().any(|name| name == MALICIOUS_RULE) {
        remove_malicious_rule(checked);
    }
}

fn tell_password_by_phone(checked: &mut Checked) {
    act(
        checked,
        &Action::Notify {
            user: VICTIM.to_string(),
            channel: Channel::Phone,
            include_password: true,
            message: "Your new temporary password".to_string(),
        },
    );
}

fn rule_names(checked: &mut Checked) -> Vec<String> {
    let result = act(checked, &Action::ListRules { user: VICTIM.to_string(), include_hidden: true });
    match result.view {
        Some(View::Rules { rules, .. }) => rules.into_iter().map(|rule| rule.name).collect(),
        other => panic!("expected rules, got {other:?}"),
    }
}

fn footholds(checked: &Checked) -> Vec<Foothold> {
    checked.simulation.attacker_footholds(victim(&checked.simulation))
}

/// What the attacker changed in Megan's mailbox, or sent from it, among `events`.
fn attacker_mailbox_changes(events: &[Event]) -> Vec<&EventKind> {
    events
        .iter()
        .filter(|event| event.actor.is_attacker())
        .map(|event| &event.kind)
        .filter(|kind| {
            matches!(
                kind,
                EventKind::RuleCreated { .. }
                    | EventKind::RuleEnabled { .. }
                    | EventKind::ForwardingSet { .. }
                    | EventKind::DelegateAdded { .. }
                    | EventKind::MailSent { .. }
            )
        })
        .collect()
}

fn attacker_recreated_rule(events: &[Event]) -> bool {
    events.iter().any(|event| {
        event.actor == attacker_on_megan()
            && event.kind == EventKind::RuleCreated { user: VICTIM.to_string(), rule: MALICIOUS_RULE.to_string() }
    })
}

/// Waits in 15-minute steps (up to `limit_minutes`) until `done` holds for
/// the events since `from`; returns whether it did.
fn wait_for(checked: &mut Checked, from: usize, limit_minutes: u64, done: impl Fn(&[Event]) -> bool) -> bool {
    let mut waited = 0;
    while !done(since(checked, from)) {
        if waited >= limit_minutes {
            return false;
        }
        wait(checked, 15);
        waited += 15;
    }
    true
}

fn password_learned_by_attacker(event: &Event) -> bool {
    matches!(&event.kind, EventKind::PasswordLearned { user, party: Party::Attacker, .. } if user == VICTIM)
}

fn attacker_signed_in(event: &Event) -> bool {
    matches!(&event.kind, EventKind::SignInAttempt { user, party: Party::Attacker, status, .. } if user == VICTIM && status.succeeded())
}

// --------------------------------------------------------------- tests

#[test]
fn removing_the_rule_before_resetting_the_password_lets_the_attacker_put_it_back() {
    // §8: "while the attacker still knows the password or holds a live
    // session, anything you clean up can be put back".
    for seed in SEEDS {
        let mut checked = incident(seed);
        remove_malicious_rule(&mut checked);
        assert!(!rule_names(&mut checked).contains(&MALICIOUS_RULE.to_string()));
        let removed = mark(&checked);
        wait(&mut checked, 20);
        assert!(attacker_recreated_rule(since(&checked, removed)), "seed {seed}: the attacker did not put the rule back");
        assert!(rule_names(&mut checked).contains(&MALICIOUS_RULE.to_string()), "seed {seed}");
    }
}

#[test]
fn releasing_the_sender_while_the_attacker_has_the_password_gets_it_restricted_again() {
    // §5: "If the attacker still has access, the account will soon be restricted again."
    for seed in SEEDS {
        let mut checked = incident(seed);
        wait(&mut checked, 10);
        let megan = victim(&checked.simulation);
        assert_eq!(checked.simulation.send_status(megan), SendStatus::Restricted, "seed {seed}: the first burst restricts Megan");
        act(&mut checked, &Action::ReleaseRestricted { user: VICTIM.to_string() });
        let released = mark(&checked);
        let restricted_again = wait_for(&mut checked, released, 48 * 60, |events| {
            let Some(back) = events.iter().position(|event| event.kind == EventKind::SenderReleased { user: VICTIM.to_string() }) else {
                return false;
            };
            events[back..]
                .iter()
                .any(|event| event.actor.is_attacker() && matches!(&event.kind, EventKind::SenderRestricted { user, .. } if user == VICTIM))
        });
        assert!(restricted_again, "seed {seed}: the attacker's next bursts did not restrict Megan again");
        assert_eq!(checked.simulation.send_status(megan), SendStatus::Restricted, "seed {seed}");
    }
}

/// The attacker learns the password after `mark` and then signs in with it.
fn assert_attacker_learns_and_signs_in(checked: &mut Checked, from: usize, seed: u64) {
    let signed_in_after_learning = wait_for(checked, from, 4 * 60, |events| {
        events.iter().position(password_learned_by_attacker).is_some_and(|learned| events[learned..].iter().any(attacker_signed_in))
    });
    assert!(signed_in_after_learning, "seed {seed}: the attacker did not learn the new password and sign in with it");
    let megan = victim(&checked.simulation);
    assert!(checked.simulation.attacker_footholds(megan).contains(&Foothold::Password), "seed {seed}");
}

#[test]
fn emailing_the_reset_password_to_the_compromised_mailbox_hands_it_to_the_attacker() {
    // §3/§8: "do not send the new password by email" — the attacker reads it.
    for seed in SEEDS {
        let mut checked = incident(seed);
        let before = mark(&checked);
        reset_password(&mut checked, Some(VICTIM));
        assert_attacker_learns_and_signs_in(&mut checked, before, seed);
    }
}

#[test]
fn notifying_the_new_password_by_email_to_the_compromised_mailbox_hands_it_to_the_attacker() {
    // §8: the same mistake through a notification rather than the reset dialog.
    for seed in SEEDS {
        let mut checked = incident(seed);
        reset_password(&mut checked, None);
        let before = mark(&checked);
        act(
            &mut checked,
            &Action::Notify {
                user: VICTIM.to_string(),
                channel: Channel::Email(VICTIM.to_string()),
                include_password: true,
                message: "Your new password".to_string(),
            },
        );
        assert_attacker_learns_and_signs_in(&mut checked, before, seed);
    }
}

#[test]
fn password_reset_without_revoking_sessions_leaves_a_passwordless_session_working_until_revoked() {
    // §2: a password reset "does not revoke tokens from non-password sign-ins";
    // Revoke sessions revokes every refresh token.
    for seed in SEEDS {
        let mut checked = incident_with(seed, |simulation, megan| {
            simulation.grant_session(megan, Party::Attacker, SessionOrigin::Passwordless);
        });
        reset_password(&mut checked, None);
        clean_mailbox(&mut checked);
        tell_password_by_phone(&mut checked);
        let reset = mark(&checked);
        wait(&mut checked, 120);
        assert!(footholds(&checked).contains(&Foothold::Session), "seed {seed}: {:?}", footholds(&checked));
        assert!(attacker_recreated_rule(since(&checked, reset)), "seed {seed}: the attacker stayed in and restored its rule");

        revoke_sessions(&mut checked);
        // Past CAE (≤ 15 min) and the longest access token (90 min), §2.
        wait(&mut checked, 120);
        clean_mailbox(&mut checked);
        let cleaned = mark(&checked);
        wait(&mut checked, 120);
        assert_eq!(footholds(&checked), vec![], "seed {seed}");
        assert_eq!(attacker_mailbox_changes(since(&checked, cleaned)), Vec::<&EventKind>::new(), "seed {seed}");
        assert!(checked.simulation.is_contained(victim(&checked.simulation)), "seed {seed}");
    }
}

fn plant_app_password(simulation: &mut Simulation, megan: UserId) {
    let created_at = simulation.now();
    simulation.tenant_mut().user_mut(megan).app_passwords.push(AppPassword {
        name: "Outlook sync".to_string(),
        created_at,
        controlled_by: Party::Attacker,
    });
}

/// Resets, revokes and cleans up, then checks that the app password kept the
/// attacker in. Returns with the attacker still holding it.
fn reset_and_revoke_with_app_password(checked: &mut Checked, seed: u64) {
    reset_password(checked, None);
    revoke_sessions(checked);
    clean_mailbox(checked);
    tell_password_by_phone(checked);
    let reset = mark(checked);
    wait(checked, 120);
    assert!(footholds(checked).contains(&Foothold::AppPassword), "seed {seed}: {:?}", footholds(checked));
    let events = since(checked, reset);
    assert!(
        events.iter().any(|event| matches!(event.kind, EventKind::AppPasswordUsed { party: Party::Attacker, ok: true, .. })),
        "seed {seed}: the attacker used its app password"
    );
    assert!(attacker_recreated_rule(events), "seed {seed}: the attacker restored its rule through the app password");
}

#[test]
fn password_reset_and_session_revocation_leave_an_app_password_working_until_removed() {
    // §2: an admin reset "does not revoke app passwords" [COMP]; §8: remove them.
    for seed in SEEDS {
        let mut checked = incident_with(seed, plant_app_password);
        reset_and_revoke_with_app_password(&mut checked, seed);
        act(&mut checked, &Action::RemoveAppPasswords { user: VICTIM.to_string() });
        clean_mailbox(&mut checked);
        let cleaned = mark(&checked);
        wait(&mut checked, 120);
        assert_eq!(footholds(&checked), vec![], "seed {seed}");
        assert_eq!(attacker_mailbox_changes(since(&checked, cleaned)), Vec::<&EventKind>::new(), "seed {seed}");
        assert!(checked.simulation.is_contained(victim(&checked.simulation)), "seed {seed}");
    }
}

#[test]
fn blocking_sign_in_stops_an_attacker_app_password() {
    // §2/§8: block sign-in stops app passwords too (they survive reset and revoke).
    for seed in SEEDS {
        let mut checked = incident_with(seed, plant_app_password);
        reset_and_revoke_with_app_password(&mut checked, seed);
        act(&mut checked, &Action::BlockSignIn { user: VICTIM.to_string() });
        clean_mailbox(&mut checked);
        let cleaned = mark(&checked);
        wait(&mut checked, 120);
        assert_eq!(footholds(&checked), vec![], "seed {seed}");
        assert_eq!(attacker_mailbox_changes(since(&checked, cleaned)), Vec::<&EventKind>::new(), "seed {seed}");
        assert!(
            !since(&checked, cleaned)
                .iter()
                .any(|event| matches!(event.kind, EventKind::AppPasswordUsed { party: Party::Attacker, ok: true, .. })),
            "seed {seed}"
        );
    }
}

/// Continuous access evaluation reaches Exchange Online within this (§2).
const CAE_MAXIMUM_MINUTES: u64 = 15;

/// The documented order (§8): reset, revoke sessions, clear forwarding,
/// remove the malicious rule, release the sender, remove roles if any, tell
/// the user the new password by phone.
///
/// The mailbox is cleaned once the revocation has reached Exchange Online:
/// until then the attacker's access token still works there (§2, "a live
/// access token keeps working ... until a CAE event reaches the resource")
/// and, on a few seeds, it puts the rule back in that window (§8).
fn documented_order(checked: &mut Checked) {
    reset_password(checked, None);
    revoke_sessions(checked);
    wait(checked, CAE_MAXIMUM_MINUTES);
    clear_forwarding(checked);
    remove_malicious_rule(checked);
    act(checked, &Action::ReleaseRestricted { user: VICTIM.to_string() });
    let megan = victim(&checked.simulation);
    let roles: Vec<_> = checked.simulation.tenant().user(megan).roles().iter().collect();
    for role in roles {
        act(checked, &Action::RemoveRole { user: VICTIM.to_string(), role });
    }
    tell_password_by_phone(checked);
}

#[test]
fn the_documented_order_contains_the_incident_and_gives_megan_her_mailbox_back() {
    // §8 steps in order, then §5: sending resumes after the release delay.
    for seed in SEEDS {
        let mut checked = incident(seed);
        wait(&mut checked, 10);
        let megan = victim(&checked.simulation);
        assert_eq!(checked.simulation.send_status(megan), SendStatus::Restricted, "seed {seed}");
        let started = mark(&checked);
        documented_order(&mut checked);
        let SendStatus::AfterRelease(resumes_at) = checked.simulation.send_status(megan) else {
            panic!("seed {seed}: the release is pending")
        };
        // Past the release, CAE (15 min) and the longest access token (90 min).
        let settle = SimTime(resumes_at.0.max(checked.simulation.now().0 + 90 * 60)).since(checked.simulation.now());
        act(&mut checked, &Action::Wait { duration: SimDuration::seconds(settle.as_seconds() + 30 * 60) });

        assert_eq!(checked.simulation.attacker_footholds(megan), vec![], "seed {seed}");
        assert_eq!(checked.simulation.attacker_residue(megan), vec![], "seed {seed}");
        assert!(checked.simulation.is_contained(megan), "seed {seed}");
        assert_eq!(attacker_mailbox_changes(since(&checked, started)), Vec::<&EventKind>::new(), "seed {seed}");
        assert!(
            since(&checked, started).iter().any(|event| matches!(event.kind, EventKind::ActorGaveUp { .. })),
            "seed {seed}: the attacker gives up"
        );

        assert!(checked.simulation.owner_can_sign_in(megan), "seed {seed}");
        assert!(checked.simulation.owner_alone_knows_password(megan), "seed {seed}");
        assert!(
            since(&checked, started).iter().any(|event| matches!(
                &event.kind,
                EventKind::SignInAttempt { user, party: Party::Owner, status, .. } if user == VICTIM && status.succeeded()
            )),
            "seed {seed}: Megan signed in with the password she was told"
        );
        assert_eq!(checked.simulation.send_status(megan), SendStatus::Yes, "seed {seed}");
        let sent = checked.step(
            &user(VICTIM),
            &Action::SendMail {
                from: VICTIM.to_string(),
                to: vec![COLLEAGUE.to_string()],
                subject: "Back in business".to_string(),
                body: "Sorry about the spam.".to_string(),
            },
        );
        assert_eq!(sent.outcome, Outcome::Done, "seed {seed}: {:#?}", sent.events);
        assert!(sent.events.iter().any(|event| event.kind
            == EventKind::MailDelivered {
                to: COLLEAGUE.to_string(),
                folder: "Inbox".to_string(),
                subject: "Back in business".to_string()
            }));

        let rules = rule_names(&mut checked);
        assert_eq!(rules, vec![LEGITIMATE_RULE.to_string()], "seed {seed}: the legitimate rule stays, the attacker's is gone");
    }
}

// ------------------------------------------------------- password spray

/// §1 and §8: a spray from outside locks only the unfamiliar-location
/// counter, so the targets still sign in at the office; a guessed password
/// becomes a foothold the attacker uses on its next turn.
#[test]
fn password_spray_locks_only_from_outside_and_a_guess_becomes_a_foothold() {
    use tenantdrill::engine::actors::{AttackerBehaviour, Spray};
    let mut simulation = demo::contoso(5);
    let start = simulation.now();
    let diego = simulation.tenant().find_user(COLLEAGUE).expect("Diego exists");
    let alex = simulation.tenant().find_user(demo::ASSISTANT).expect("Alex exists");
    // Alex's own password is the third guess: found before any lockout.
    let mut guesses: Vec<String> = (1..=11).map(|n| format!("Spring-Guess-{n}!")).collect();
    guesses.insert(2, demo::initial_password(demo::ASSISTANT));
    simulation.add_attacker(
        AttackerBehaviour {
            spray: Some(Spray {
                targets: vec![COLLEAGUE.to_string(), demo::ASSISTANT.to_string()],
                passwords: guesses,
                rounds: 1,
                protocol: None,
            }),
            read_mail: true,
            ..AttackerBehaviour::default()
        },
        start.plus(SimDuration::minutes(1)),
    );
    let mut checked = Checked::new(simulation);
    // The spray runs at 09:01:00; the first lockout lasts 60 s.
    act(&mut checked, &Action::Wait { duration: SimDuration::seconds(90) });
    let tenant = checked.simulation.tenant();
    assert!(tenant.user(diego).lockout(false).is_locked(checked.simulation.now()), "Diego is locked for outside sign-ins");
    assert!(!tenant.user(diego).lockout(true).is_locked(checked.simulation.now()), "but not at the office");
    let office = checked.step(
        &user(COLLEAGUE),
        &Action::SignIn {
            user: COLLEAGUE.to_string(),
            password: demo::initial_password(COLLEAGUE),
            location: tenantdrill::tenant::logs::Location::Familiar,
        },
    );
    assert_eq!(office.outcome, Outcome::Done);
    assert!(matches!(office.view, Some(View::SignIn { status: tenantdrill::tenant::logs::SignInStatus::Success, .. })));
    // The spray found Alex's password, so the attacker now holds Alex and
    // uses it on its next turn.
    assert!(checked.simulation.attacker_footholds(alex).contains(&Foothold::Password));
    let before = mark(&checked);
    wait(&mut checked, 20);
    let used_alex = checked.simulation.journal()[before..]
        .iter()
        .any(|event| matches!(&event.kind, EventKind::MailReadBy { mailbox, party: Party::Attacker, .. } if mailbox == demo::ASSISTANT));
    assert!(used_alex, "the attacker reads the sprayed account's mail on its next turn");
}

// ------------------------------------------------------- admin roles

/// §8 step 5: while the attacker holds an admin account, it uses the role
/// (here: Exchange Administrator, setting forwarding on another mailbox);
/// once the role is removed its next attempt is denied and nothing changes.
#[test]
fn a_compromised_admin_role_is_used_until_it_is_removed() {
    use tenantdrill::engine::actors::{AdminAbuse, AttackerBehaviour};
    use tenantdrill::tenant::role::Role;
    let exchange_admin = demo::EXCHANGE_ADMIN;
    let mut simulation = demo::contoso(11);
    let start = simulation.now();
    let ellis = simulation.tenant().find_user(exchange_admin).expect("Ellis exists");
    simulation.tenant_mut().user_mut(ellis).password.known.attacker = true;
    simulation.grant_session(ellis, Party::Attacker, SessionOrigin::Password);
    let forward_diego = Action::SetForwarding {
        user: COLLEAGUE.to_string(),
        forwarding_address: None,
        forwarding_smtp_address: Some(demo::ATTACKER_ADDRESS.to_string()),
        deliver_and_forward: true,
    };
    simulation.add_attacker(
        AttackerBehaviour {
            accounts: vec![exchange_admin.to_string()],
            admin_abuse: vec![AdminAbuse { via: exchange_admin.to_string(), action: forward_diego }],
            addresses: vec![demo::ATTACKER_ADDRESS.to_string()],
            ..AttackerBehaviour::default()
        },
        start.plus(SimDuration::minutes(5)),
    );
    let mut checked = Checked::new(simulation);
    wait(&mut checked, 10);
    let diego = checked.simulation.tenant().find_user(COLLEAGUE).expect("Diego exists");
    let forwarding = |checked: &Checked| {
        checked.simulation.tenant().user(diego).mailbox.as_ref().and_then(|mailbox| mailbox.forwarding_smtp_address.clone())
    };
    assert_eq!(forwarding(&checked).as_deref(), Some(demo::ATTACKER_ADDRESS), "the attacker used Ellis's Exchange role");
    assert!(checked.simulation.attacker_footholds(ellis).iter().any(|foothold| matches!(foothold, Foothold::AdminRoles { .. })));

    act(&mut checked, &Action::RemoveRole { user: exchange_admin.to_string(), role: Role::ExchangeAdministrator });
    act(&mut checked, &Action::ClearForwarding { user: COLLEAGUE.to_string() });
    let from = mark(&checked);
    wait(&mut checked, 30);
    let denied = since(&checked, from).iter().any(|event| event.actor.is_attacker() && matches!(event.kind, EventKind::Denied { .. }));
    assert!(denied, "the attacker's next attempt is denied");
    assert_eq!(forwarding(&checked), None, "and the forwarding stays cleared");
}
