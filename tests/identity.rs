//! Identity behaviour against the domain reference (/work/shared/domain.md):
//! §1 sign-in and smart lockout, §2 sign-in status, sessions and tokens,
//! §3 passwords, §4 who may do what, §7 self-service password reset.
//!
//! Every step goes through `Checked`, so the named invariants are checked
//! after each one as well.

use crate::support::{Checked, admin, attacker, user};
use std::collections::BTreeSet;
use tenantdrill::action::{NewPassword, Resource, SsprChange, SsprMode};
use tenantdrill::clock::{SimDuration, SimTime};
use tenantdrill::demo::{self, EXCHANGE_ADMIN, HELPDESK, SECOND_GLOBAL_ADMIN, TRAINEE, VICTIM};
use tenantdrill::engine::event::EventKind;
use tenantdrill::engine::view::View;
use tenantdrill::tenant::Tenant;
use tenantdrill::tenant::logs::{Location, SignInStatus};
use tenantdrill::tenant::mailbox::{AccessRight, Protocol, RuleAction, RuleCondition, RuleSpec};
use tenantdrill::tenant::outbound::{LimitKind, OutboundState, Restriction};
use tenantdrill::tenant::password_rules::{PasswordContext, check_password};
use tenantdrill::tenant::permission::Permission;
use tenantdrill::tenant::policy::{OutboundAction, SsprMethod, SsprScope};
use tenantdrill::tenant::role::Role;
use tenantdrill::tenant::user::{AppPassword, Method, MethodKind, Party, SessionOrigin, User, UserId};
use tenantdrill::{Action, Actor, Outcome, Simulation, StepResult};

const SEED: u64 = 7;
/// The password every user of a hand-built tenant starts with.
const PASSWORD: &str = "Blue-Harbor-7291!";
/// A new password that passes every rule.
const NEW_PASSWORD: &str = "Quiet-Lantern-4827!";
const GLOBAL_ADMIN: &str = "ga@contoso.com";
const STAFF: &str = "sam@contoso.com";
const OTHER_STAFF: &str = "rita@contoso.com";

// ---------------------------------------------------------------------------
// Building tenants
// ---------------------------------------------------------------------------

fn methods(kinds: &[MethodKind]) -> Vec<Method> {
    kinds
        .iter()
        .map(|kind| Method { kind: *kind, detail: format!("{} on file", kind.name()), controlled_by: Party::Owner, registered_at: None })
        .collect()
}

/// A hand-built Contoso: each person has `PASSWORD`, the given roles and
/// methods; everyone holding a role gets a working admin session.
fn tenant_of(people: &[(&str, &[Role], &[MethodKind])]) -> Simulation {
    let start = demo::start_time();
    let mut tenant = Tenant::new("Contoso", vec!["contoso.com".to_string()]);
    for (upn, roles, kinds) in people {
        let mut person = User::new(upn, "Test Person", PASSWORD, SimTime(start.0 - 10 * 86_400));
        person = person.with_roles(roles.iter().copied());
        person.methods = methods(kinds);
        tenant.add_user(person).expect("unique user");
    }
    let mut simulation = Simulation::new(tenant, start, SEED);
    let admins: Vec<UserId> = simulation.tenant().users().filter(|(_, person)| person.is_admin()).map(|(id, _)| id).collect();
    for id in admins {
        simulation.grant_session(id, Party::Owner, SessionOrigin::Password);
    }
    simulation
}

/// A Global Administrator and two staff members with phone and email.
fn small_tenant() -> Simulation {
    let both = &[MethodKind::MobilePhone, MethodKind::AlternateEmail][..];
    tenant_of(&[(GLOBAL_ADMIN, &[Role::GlobalAdministrator], both), (STAFF, &[], both), (OTHER_STAFF, &[], both)])
}

fn id_of(simulation: &Simulation, upn: &str) -> UserId {
    simulation.tenant().find_user(upn).expect("user exists")
}

fn id(sim: &Checked, upn: &str) -> UserId {
    id_of(&sim.simulation, upn)
}

// ---------------------------------------------------------------------------
// Doing things
// ---------------------------------------------------------------------------

fn sign_in_as(sim: &mut Checked, actor: &Actor, upn: &str, password: &str, location: Location) -> (SignInStatus, StepResult) {
    let result = sim.step(actor, &Action::SignIn { user: upn.to_string(), password: password.to_string(), location });
    match &result.view {
        Some(View::SignIn { status, .. }) => (*status, result),
        other => panic!("sign-in gave {:?} / {other:?}", result.outcome),
    }
}

/// The owner signs in from the office.
fn owner_sign_in(sim: &mut Checked, upn: &str, password: &str) -> SignInStatus {
    sign_in_as(sim, &user(upn), upn, password, Location::Familiar).0
}

fn wrong(n: usize) -> String {
    format!("Wrong-Guess-{n}!")
}

/// `count` distinct wrong passwords, numbered from `first`; returns each status.
fn wrong_attempts(sim: &mut Checked, actor: &Actor, upn: &str, location: Location, first: usize, count: usize) -> Vec<SignInStatus> {
    (first..first + count).map(|n| sign_in_as(sim, actor, upn, &wrong(n), location).0).collect()
}

fn wait(sim: &mut Checked, duration: SimDuration) -> StepResult {
    let result = sim.step(&Actor::Service, &Action::Wait { duration });
    assert_eq!(result.outcome, Outcome::Done);
    result
}

fn wait_until(sim: &mut Checked, at: SimTime) -> StepResult {
    let now = sim.simulation.now();
    assert!(at >= now, "cannot wait backwards");
    wait(sim, SimDuration::seconds(at.0 - now.0))
}

fn reset(sim: &mut Checked, by: &str, target: &str, password: NewPassword, require_change: bool) -> StepResult {
    sim.step(&admin(by), &Action::ResetPassword { user: target.to_string(), password, require_change, email_to: None })
}

fn use_session(sim: &mut Checked, actor: &Actor, upn: &str, resource: Resource) -> Outcome {
    sim.step(actor, &Action::UseSession { user: upn.to_string(), resource }).outcome
}

fn sspr(sim: &mut Checked, upn: &str, mode: SsprMode, new_password: &str) -> StepResult {
    sim.step(&user(upn), &Action::SelfServiceReset { user: upn.to_string(), mode, new_password: new_password.to_string() })
}

fn set_sspr(sim: &mut Checked, change: SsprChange) -> Outcome {
    sim.step(&admin(GLOBAL_ADMIN), &Action::SetSspr(change)).outcome
}

fn denied_reason(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Denied(_) => tenantdrill::present::outcome::reason(tenantdrill::i18n::Lang::En, outcome).unwrap_or_default(),
        other => panic!("expected Denied, got {other:?}"),
    }
}

fn invalid_reason(outcome: &Outcome) -> String {
    match outcome {
        Outcome::Invalid(_) => tenantdrill::present::outcome::reason(tenantdrill::i18n::Lang::En, outcome).unwrap_or_default(),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

fn lockouts(result: &StepResult) -> Vec<(bool, SimTime)> {
    result
        .events
        .iter()
        .filter_map(|event| match &event.kind {
            EventKind::LockedOut { familiar, until, .. } => Some((*familiar, *until)),
            _ => None,
        })
        .collect()
}

fn has(result: &StepResult, predicate: impl Fn(&EventKind) -> bool) -> bool {
    result.events.iter().any(|event| predicate(&event.kind))
}

fn session_expiry(sim: &Checked, upn: &str, session: u32) -> SimTime {
    let account = sim.simulation.tenant().user(id(sim, upn));
    account.sessions.iter().find(|candidate| candidate.id == session).expect("session exists").access_expires_at
}

/// Demo Contoso where the attacker holds a password-based session on the
/// victim; returns the session id.
fn contoso_with_attacker_session() -> (Checked, u32) {
    contoso_with_attacker_session_seeded(SEED)
}

fn contoso_with_attacker_session_seeded(seed: u64) -> (Checked, u32) {
    let mut simulation = demo::contoso(seed);
    let victim = id_of(&simulation, VICTIM);
    simulation.tenant_mut().user_mut(victim).password.known.attacker = true;
    let session = simulation.grant_session(victim, Party::Attacker, SessionOrigin::Password);
    (Checked::new(simulation), session)
}

// ---------------------------------------------------------------------------
// §1 Sign-in and smart lockout
// ---------------------------------------------------------------------------

#[test]
fn lockout_reports_locked_at_the_tenth_counted_failure() {
    // §1: lockout after 10 failed sign-ins; 1-9 are 50126, the 10th 50053.
    let mut sim = Checked::new(demo::contoso(SEED));
    let owner = user(VICTIM);
    for n in 1..=9 {
        let (status, result) = sign_in_as(&mut sim, &owner, VICTIM, &wrong(n), Location::Familiar);
        assert_eq!(status, SignInStatus::WrongPassword, "attempt {n}");
        assert_eq!(status.code(), 50_126);
        assert!(lockouts(&result).is_empty(), "attempt {n} must not lock");
    }
    let now = sim.simulation.now();
    let (status, result) = sign_in_as(&mut sim, &owner, VICTIM, &wrong(10), Location::Familiar);
    assert_eq!(status, SignInStatus::Locked);
    assert_eq!(status.code(), 50_053);
    assert_eq!(lockouts(&result), vec![(true, now.plus(SimDuration::seconds(60)))]);
    let logged = sim.simulation.tenant().sign_in_log.iter().last().expect("logged").status;
    assert_eq!(logged, SignInStatus::Locked);
}

#[test]
fn lockout_threshold_follows_the_policy() {
    // §1: 3 in US Government tenants (a scenario-set threshold).
    let mut simulation = demo::contoso(SEED);
    simulation.tenant_mut().lockout_policy.threshold = 3;
    let mut sim = Checked::new(simulation);
    let statuses = wrong_attempts(&mut sim, &user(VICTIM), VICTIM, Location::Familiar, 1, 3);
    assert_eq!(statuses, vec![SignInStatus::WrongPassword, SignInStatus::WrongPassword, SignInStatus::Locked]);
}

#[test]
fn repeating_the_same_wrong_password_is_not_counted_again() {
    // §1: the last 3 distinct bad passwords are remembered.
    let mut sim = Checked::new(demo::contoso(SEED));
    for _ in 0..25 {
        assert_eq!(owner_sign_in(&mut sim, VICTIM, &wrong(1)), SignInStatus::WrongPassword);
    }
    assert_eq!(sim.simulation.tenant().user(id(&sim, VICTIM)).lockout_familiar.failures, 1);
    // Alternating among three remembered passwords counts each once.
    for _ in 0..5 {
        for n in 1..=3 {
            assert_eq!(owner_sign_in(&mut sim, VICTIM, &wrong(n)), SignInStatus::WrongPassword);
        }
    }
    assert_eq!(sim.simulation.tenant().user(id(&sim, VICTIM)).lockout_familiar.failures, 3);
}

#[test]
fn only_the_last_three_distinct_bad_passwords_are_remembered() {
    // §1: a fourth distinct password pushes the first out; the first counts again.
    let mut sim = Checked::new(demo::contoso(SEED));
    for n in [1, 2, 3, 4, 1] {
        assert_eq!(owner_sign_in(&mut sim, VICTIM, &wrong(n)), SignInStatus::WrongPassword);
    }
    assert_eq!(sim.simulation.tenant().user(id(&sim, VICTIM)).lockout_familiar.failures, 5);
}

#[test]
fn unfamiliar_spray_does_not_lock_the_user_at_the_office() {
    // §1: familiar and unfamiliar locations have separate counters.
    let mut sim = Checked::new(demo::contoso(SEED));
    let statuses = wrong_attempts(&mut sim, &attacker(), VICTIM, Location::Unfamiliar, 1, 10);
    assert_eq!(statuses.last(), Some(&SignInStatus::Locked));
    assert!(sim.simulation.tenant().user(id(&sim, VICTIM)).lockout_unfamiliar.is_locked(sim.simulation.now()));
    // The owner at the office signs in.
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &demo::initial_password(VICTIM)), SignInStatus::Success);
    // From an unfamiliar place, even the right password is locked.
    let (status, _) = sign_in_as(&mut sim, &user(VICTIM), VICTIM, &demo::initial_password(VICTIM), Location::Unfamiliar);
    assert_eq!(status, SignInStatus::Locked);
}

#[test]
fn familiar_failures_do_not_count_towards_the_unfamiliar_lockout() {
    // §1: the counters are separate in both directions.
    let mut sim = Checked::new(demo::contoso(SEED));
    wrong_attempts(&mut sim, &user(VICTIM), VICTIM, Location::Familiar, 1, 9);
    let (status, result) = sign_in_as(&mut sim, &attacker(), VICTIM, &wrong(100), Location::Unfamiliar);
    assert_eq!(status, SignInStatus::WrongPassword);
    assert!(lockouts(&result).is_empty());
    assert_eq!(sim.simulation.tenant().user(id(&sim, VICTIM)).lockout_unfamiliar.failures, 1);
}

#[test]
fn correct_password_while_locked_fails_with_50053() {
    // §1: a locked account stays locked even for the right password.
    let mut sim = Checked::new(demo::contoso(SEED));
    wrong_attempts(&mut sim, &user(VICTIM), VICTIM, Location::Familiar, 1, 10);
    let (status, result) = sign_in_as(&mut sim, &user(VICTIM), VICTIM, &demo::initial_password(VICTIM), Location::Familiar);
    assert_eq!(status, SignInStatus::Locked);
    assert!(has(&result, |kind| matches!(kind, EventKind::SignInAttempt { status: SignInStatus::Locked, .. })));
    assert!(sim.simulation.tenant().user(id(&sim, VICTIM)).sessions.is_empty(), "no session while locked");
}

#[test]
fn first_lockout_lasts_sixty_seconds() {
    // §1: first lockout 60 s; then the right password works again.
    let mut sim = Checked::new(demo::contoso(SEED));
    wrong_attempts(&mut sim, &user(VICTIM), VICTIM, Location::Familiar, 1, 10);
    wait(&mut sim, SimDuration::seconds(59));
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &demo::initial_password(VICTIM)), SignInStatus::Locked);
    let ended = wait(&mut sim, SimDuration::seconds(1));
    assert!(has(&ended, |kind| matches!(kind, EventKind::LockoutEnded { familiar: true, .. })));
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &demo::initial_password(VICTIM)), SignInStatus::Success);
}

#[test]
fn next_failure_after_a_lockout_expires_locks_again_at_once() {
    // §1: after a lockout expires, the next failed attempt locks again.
    let mut sim = Checked::new(demo::contoso(SEED));
    wrong_attempts(&mut sim, &user(VICTIM), VICTIM, Location::Familiar, 1, 10);
    wait(&mut sim, SimDuration::seconds(60));
    let (status, result) = sign_in_as(&mut sim, &user(VICTIM), VICTIM, &wrong(11), Location::Familiar);
    assert_eq!(status, SignInStatus::Locked);
    assert_eq!(lockouts(&result).len(), 1);
}

#[test]
fn each_further_lockout_doubles() {
    // §1 (model): doubling from 60 s.
    let mut sim = Checked::new(demo::contoso(SEED));
    let mut next = 1;
    wrong_attempts(&mut sim, &user(VICTIM), VICTIM, Location::Familiar, next, 9);
    next += 9;
    let mut durations = Vec::new();
    for _ in 0..4 {
        let now = sim.simulation.now();
        let (status, result) = sign_in_as(&mut sim, &user(VICTIM), VICTIM, &wrong(next), Location::Familiar);
        next += 1;
        assert_eq!(status, SignInStatus::Locked);
        let [(true, until)] = lockouts(&result)[..] else { panic!("one familiar lockout expected") };
        durations.push(until.0 - now.0);
        wait_until(&mut sim, until);
    }
    assert_eq!(durations, vec![60, 120, 240, 480]);
}

#[test]
fn lockout_growth_is_capped_by_the_maximum_duration() {
    // §1 (model): doubling, capped at a scenario-set maximum.
    let mut simulation = demo::contoso(SEED);
    simulation.tenant_mut().lockout_policy.maximum_duration_s = 200;
    let mut sim = Checked::new(simulation);
    wrong_attempts(&mut sim, &user(VICTIM), VICTIM, Location::Familiar, 1, 9);
    let mut durations = Vec::new();
    for n in 10..14 {
        let now = sim.simulation.now();
        let (_, result) = sign_in_as(&mut sim, &user(VICTIM), VICTIM, &wrong(n), Location::Familiar);
        let [(_, until)] = lockouts(&result)[..] else { panic!("one lockout expected at attempt {n}") };
        durations.push(until.0 - now.0);
        wait_until(&mut sim, until);
    }
    assert_eq!(durations, vec![60, 120, 200, 200]);
}

#[test]
fn wrong_passwords_while_locked_do_not_extend_the_lockout() {
    // §1: while locked, attempts get 50053 and the lockout ends on time.
    let mut sim = Checked::new(demo::contoso(SEED));
    wrong_attempts(&mut sim, &user(VICTIM), VICTIM, Location::Familiar, 1, 10);
    let statuses = wrong_attempts(&mut sim, &user(VICTIM), VICTIM, Location::Familiar, 50, 5);
    assert!(statuses.iter().all(|status| *status == SignInStatus::Locked));
    wait(&mut sim, SimDuration::seconds(60));
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &demo::initial_password(VICTIM)), SignInStatus::Success);
}

#[test]
fn admin_password_reset_clears_the_lockout() {
    // §1: the documented admin fix is a password reset.
    let mut sim = Checked::new(demo::contoso(SEED));
    wrong_attempts(&mut sim, &user(VICTIM), VICTIM, Location::Familiar, 1, 10);
    wrong_attempts(&mut sim, &attacker(), VICTIM, Location::Unfamiliar, 1, 10);
    let result = reset(&mut sim, TRAINEE, VICTIM, NewPassword::Given(NEW_PASSWORD.to_string()), false);
    assert_eq!(result.outcome, Outcome::Done);
    assert!(has(&result, |kind| matches!(kind, EventKind::LockoutCleared { user } if user == VICTIM)));
    let account = sim.simulation.tenant().user(id(&sim, VICTIM));
    assert_eq!((account.lockout_familiar.locked_until, account.lockout_unfamiliar.locked_until), (None, None));
    assert_eq!(owner_sign_in(&mut sim, VICTIM, NEW_PASSWORD), SignInStatus::Success);
}

#[test]
fn self_service_forgot_my_password_clears_the_lockout() {
    // §1: the user's own SSPR with "I forgot my password" clears the lockout.
    let mut simulation = small_tenant();
    simulation.tenant_mut().sspr_policy.scope = SsprScope::All;
    let mut sim = Checked::new(simulation);
    wrong_attempts(&mut sim, &user(STAFF), STAFF, Location::Familiar, 1, 10);
    let result = sspr(&mut sim, STAFF, SsprMode::Forgot, NEW_PASSWORD);
    assert_eq!(result.outcome, Outcome::Done);
    assert!(has(&result, |kind| matches!(kind, EventKind::LockoutCleared { .. })));
    assert_eq!(owner_sign_in(&mut sim, STAFF, NEW_PASSWORD), SignInStatus::Success);
}

#[test]
fn self_service_i_know_my_password_does_not_clear_the_lockout() {
    // §1: "I know my password" does not clear the lockout.
    let mut simulation = small_tenant();
    simulation.tenant_mut().sspr_policy.scope = SsprScope::All;
    let mut sim = Checked::new(simulation);
    wrong_attempts(&mut sim, &user(STAFF), STAFF, Location::Familiar, 1, 10);
    let result = sspr(&mut sim, STAFF, SsprMode::Know, NEW_PASSWORD);
    assert!(denied_reason(&result.outcome).contains("50053"));
    assert!(!has(&result, |kind| matches!(kind, EventKind::LockoutCleared { .. })));
    assert_eq!(sim.simulation.tenant().user(id(&sim, STAFF)).password.text, PASSWORD);
    assert_eq!(owner_sign_in(&mut sim, STAFF, PASSWORD), SignInStatus::Locked);
}

#[test]
fn self_service_i_know_my_password_leaves_an_unfamiliar_lockout_in_place() {
    // §1: even when it succeeds (the office counter is fine), "I know my
    // password" leaves the attacker-caused unfamiliar lockout alone.
    let mut simulation = small_tenant();
    simulation.tenant_mut().sspr_policy.scope = SsprScope::All;
    let mut sim = Checked::new(simulation);
    wrong_attempts(&mut sim, &attacker(), STAFF, Location::Unfamiliar, 1, 10);
    let result = sspr(&mut sim, STAFF, SsprMode::Know, NEW_PASSWORD);
    assert_eq!(result.outcome, Outcome::Done);
    assert!(!has(&result, |kind| matches!(kind, EventKind::LockoutCleared { .. })));
    assert!(sim.simulation.tenant().user(id(&sim, STAFF)).lockout_unfamiliar.is_locked(sim.simulation.now()));
}

#[test]
fn sign_in_error_codes_match_entra() {
    // §1: 50053 locked, 50057 disabled, 50055 expired, 50126 wrong password.
    assert_eq!(SignInStatus::Locked.code(), 50_053);
    assert_eq!(SignInStatus::Disabled.code(), 50_057);
    assert_eq!(SignInStatus::PasswordExpired.code(), 50_055);
    assert_eq!(SignInStatus::WrongPassword.code(), 50_126);
}

#[test]
fn wrong_password_gives_50126_in_the_sign_in_log() {
    // §1: AADSTS50126 wrong user name or password.
    let mut sim = Checked::new(demo::contoso(SEED));
    let (status, result) = sign_in_as(&mut sim, &user(VICTIM), VICTIM, "Not-Her-Password-1", Location::Familiar);
    assert_eq!(status, SignInStatus::WrongPassword);
    assert!(has(&result, |kind| matches!(kind, EventKind::SignInAttempt { status: SignInStatus::WrongPassword, .. })));
    let entry = sim.simulation.tenant().sign_in_log.iter().last().expect("logged").clone();
    assert_eq!((entry.upn.as_str(), entry.status.code()), (VICTIM, 50_126));
}

#[test]
fn blocked_account_gives_50057_with_the_contact_support_text() {
    // §1 and §2: a blocked account fails with 50057 and says to contact support.
    let mut sim = Checked::new(demo::contoso(SEED));
    assert_eq!(sim.step(&admin(TRAINEE), &Action::BlockSignIn { user: VICTIM.to_string() }).outcome, Outcome::Done);
    let (status, result) = sign_in_as(&mut sim, &user(VICTIM), VICTIM, &demo::initial_password(VICTIM), Location::Familiar);
    assert_eq!(status, SignInStatus::Disabled);
    let Some(view @ View::SignIn { .. }) = &result.view else { panic!("sign-in view") };
    let message = tenantdrill::present::view::render(tenantdrill::i18n::Lang::En, view);
    assert!(message.contains("has been locked") && message.contains("Contact your support"), "{message}");
}

#[test]
fn locked_account_says_temporarily_locked_try_again_later() {
    // §1: user-facing text of a locked account.
    let mut sim = Checked::new(demo::contoso(SEED));
    wrong_attempts(&mut sim, &user(VICTIM), VICTIM, Location::Familiar, 1, 10);
    let (_, result) = sign_in_as(&mut sim, &user(VICTIM), VICTIM, &demo::initial_password(VICTIM), Location::Familiar);
    let Some(view @ View::SignIn { .. }) = &result.view else { panic!("sign-in view") };
    let message = tenantdrill::present::view::render(tenantdrill::i18n::Lang::En, view);
    assert!(message.contains("temporarily locked") && message.contains("Try again later"), "{message}");
}

#[test]
fn expired_password_gives_50055() {
    // §1 and §3: an org expiry, once passed, gives 50055.
    let mut sim = Checked::new(demo::contoso(SEED));
    // Contoso's passwords were set 40 days before the start.
    assert_eq!(sim.step(&admin(TRAINEE), &Action::SetPasswordExpiration { days: Some(60) }).outcome, Outcome::Done);
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &demo::initial_password(VICTIM)), SignInStatus::Success);
    wait(&mut sim, SimDuration::days(21));
    let (status, result) = sign_in_as(&mut sim, &user(VICTIM), VICTIM, &demo::initial_password(VICTIM), Location::Familiar);
    assert_eq!(status, SignInStatus::PasswordExpired);
    assert!(has(&result, |kind| matches!(kind, EventKind::SignInAttempt { status: SignInStatus::PasswordExpired, .. })));
    assert!(!has(&result, |kind| matches!(kind, EventKind::SessionIssued { .. })), "no session on an expired password");
}

#[test]
fn reset_with_require_change_makes_the_user_change_it_at_sign_in() {
    // §3: "Require this user to change their password when they first sign in".
    let mut sim = Checked::new(demo::contoso(SEED));
    assert_eq!(reset(&mut sim, TRAINEE, VICTIM, NewPassword::Given(NEW_PASSWORD.to_string()), true).outcome, Outcome::Done);
    let (status, result) = sign_in_as(&mut sim, &user(VICTIM), VICTIM, NEW_PASSWORD, Location::Familiar);
    assert_eq!(status, SignInStatus::MustChangePassword);
    assert!(!has(&result, |kind| matches!(kind, EventKind::SessionIssued { .. })), "no session before the change");
    let changed = sim.step(
        &user(VICTIM),
        &Action::ChangePassword {
            user: VICTIM.to_string(),
            old_password: NEW_PASSWORD.to_string(),
            new_password: "Copper-Meadow-5150#".to_string(),
        },
    );
    assert_eq!(changed.outcome, Outcome::Done);
    assert_eq!(owner_sign_in(&mut sim, VICTIM, "Copper-Meadow-5150#"), SignInStatus::Success);
}

#[test]
fn reset_without_require_change_signs_in_directly() {
    // §3: the option can be turned off.
    let mut sim = Checked::new(demo::contoso(SEED));
    let result = reset(&mut sim, TRAINEE, VICTIM, NewPassword::Given(NEW_PASSWORD.to_string()), false);
    assert!(has(&result, |kind| matches!(kind, EventKind::PasswordReset { require_change: false, .. })));
    assert_eq!(owner_sign_in(&mut sim, VICTIM, NEW_PASSWORD), SignInStatus::Success);
}

// ---------------------------------------------------------------------------
// §2 Sign-in status, sessions and tokens
// ---------------------------------------------------------------------------

#[test]
fn access_tokens_live_sixty_to_ninety_minutes() {
    // §2: access tokens expire after 60-90 minutes, random.
    let mut simulation = demo::contoso(SEED);
    let victim = id_of(&simulation, VICTIM);
    let issued = simulation.now();
    let lifetimes: BTreeSet<u64> = (0..40)
        .map(|_| {
            let session = simulation.grant_session(victim, Party::Owner, SessionOrigin::Password);
            let account = simulation.tenant().user(victim);
            account.sessions.iter().find(|candidate| candidate.id == session).expect("granted").access_expires_at.0 - issued.0
        })
        .collect();
    assert!(lifetimes.iter().all(|seconds| (3_600..=5_400).contains(seconds)), "{lifetimes:?}");
    assert!(lifetimes.len() > 1, "lifetimes must vary");
}

#[test]
fn block_sign_in_stops_new_sign_ins() {
    // §2: new sign-ins fail at once with 50057, and AllowSignIn restores them.
    let mut sim = Checked::new(demo::contoso(SEED));
    let result = sim.step(&admin(TRAINEE), &Action::BlockSignIn { user: VICTIM.to_string() });
    assert!(has(&result, |kind| matches!(kind, EventKind::SignInBlocked { user } if user == VICTIM)));
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &demo::initial_password(VICTIM)), SignInStatus::Disabled);
    assert_eq!(sim.step(&admin(TRAINEE), &Action::AllowSignIn { user: VICTIM.to_string() }).outcome, Outcome::Done);
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &demo::initial_password(VICTIM)), SignInStatus::Success);
}

#[test]
fn block_sign_in_stops_refresh_but_a_live_portal_token_runs_to_expiry() {
    // §2: refresh tokens can no longer be redeemed; a live access token keeps
    // working until its expiry.
    let (mut sim, session) = contoso_with_attacker_session();
    let expiry = session_expiry(&sim, VICTIM, session);
    sim.step(&admin(TRAINEE), &Action::BlockSignIn { user: VICTIM.to_string() });
    wait_until(&mut sim, SimTime(expiry.0 - 1));
    assert_eq!(use_session(&mut sim, &attacker(), VICTIM, Resource::Portal), Outcome::Done);
    wait(&mut sim, SimDuration::seconds(1));
    let outcome = use_session(&mut sim, &attacker(), VICTIM, Resource::Portal);
    assert!(denied_reason(&outcome).contains("50057"), "{outcome:?}");
}

#[test]
fn block_sign_in_reaches_exchange_online_within_fifteen_minutes() {
    // §2: Exchange Online honours the block through CAE within 15 minutes.
    let (mut sim, _) = contoso_with_attacker_session();
    sim.step(&admin(TRAINEE), &Action::BlockSignIn { user: VICTIM.to_string() });
    wait(&mut sim, SimDuration::minutes(15));
    assert!(matches!(use_session(&mut sim, &attacker(), VICTIM, Resource::ExchangeOnline), Outcome::Denied { .. }));
    assert_eq!(use_session(&mut sim, &attacker(), VICTIM, Resource::Portal), Outcome::Done, "portal token still live");
}

#[test]
fn admin_reset_revokes_password_based_refresh_tokens() {
    // §2: an admin password reset revokes password-based refresh tokens.
    let (mut sim, session) = contoso_with_attacker_session();
    let expiry = session_expiry(&sim, VICTIM, session);
    let result = reset(&mut sim, TRAINEE, VICTIM, NewPassword::Auto, true);
    assert!(has(&result, |kind| matches!(kind, EventKind::RefreshTokensRevoked { count: 1, .. })));
    wait_until(&mut sim, expiry);
    let outcome = use_session(&mut sim, &attacker(), VICTIM, Resource::Portal);
    assert!(denied_reason(&outcome).contains("revoked"), "{outcome:?}");
}

#[test]
fn live_access_token_keeps_working_at_the_portal_after_a_reset_until_it_expires() {
    // §2: access tokens already issued live on until they expire.
    let (mut sim, session) = contoso_with_attacker_session();
    let expiry = session_expiry(&sim, VICTIM, session);
    reset(&mut sim, TRAINEE, VICTIM, NewPassword::Auto, true);
    wait_until(&mut sim, SimTime(expiry.0 - 1));
    assert_eq!(use_session(&mut sim, &attacker(), VICTIM, Resource::Portal), Outcome::Done);
}

#[test]
fn exchange_online_rejects_a_live_token_within_fifteen_minutes_of_a_reset() {
    // §2 (model): CAE reaches Exchange Online after a random delay of up to
    // 15 minutes; the portal keeps honouring the token meanwhile. Over many
    // seeds, so a longer or fixed delay shows.
    let mut delays = BTreeSet::new();
    for seed in 0..32 {
        let (mut sim, session) = contoso_with_attacker_session_seeded(seed);
        reset(&mut sim, TRAINEE, VICTIM, NewPassword::Auto, true);
        let reset_at = sim.simulation.now();
        let waited = wait(&mut sim, SimDuration::minutes(15));
        let reached: Vec<u64> = waited
            .events
            .iter()
            .filter(|event| matches!(event.kind, EventKind::ContinuousAccessReached { session: id, .. } if id == session))
            .map(|event| event.at.0 - reset_at.0)
            .collect();
        assert_eq!(reached.len(), 1, "seed {seed}: CAE must reach Exchange within 15 minutes");
        delays.extend(reached);
        let outcome = use_session(&mut sim, &attacker(), VICTIM, Resource::ExchangeOnline);
        assert!(matches!(outcome, Outcome::Denied { .. }), "seed {seed}: {outcome:?}");
        assert_eq!(use_session(&mut sim, &attacker(), VICTIM, Resource::Portal), Outcome::Done, "seed {seed}");
    }
    assert!(delays.len() > 8, "the delay must be random: {delays:?}");
}

#[test]
fn exchange_online_honours_the_token_until_the_critical_event_arrives() {
    // §2: without a critical event, Exchange honours a live token like any resource.
    let (mut sim, _) = contoso_with_attacker_session();
    wait(&mut sim, SimDuration::minutes(30));
    assert_eq!(use_session(&mut sim, &attacker(), VICTIM, Resource::ExchangeOnline), Outcome::Done);
}

#[test]
fn admin_reset_does_not_revoke_passwordless_sessions() {
    // §2: tokens from non-password sign-ins (FIDO2, Windows Hello) survive a reset.
    let mut simulation = demo::contoso(SEED);
    let victim = id_of(&simulation, VICTIM);
    simulation.grant_session(victim, Party::Attacker, SessionOrigin::Password);
    let passwordless = simulation.grant_session(victim, Party::Owner, SessionOrigin::Passwordless);
    let mut sim = Checked::new(simulation);
    let result = reset(&mut sim, TRAINEE, VICTIM, NewPassword::Auto, true);
    assert!(has(&result, |kind| matches!(kind, EventKind::RefreshTokensRevoked { count: 1, .. })));
    let account = sim.simulation.tenant().user(victim);
    assert!(!account.sessions.iter().find(|session| session.id == passwordless).expect("kept").refresh_revoked);
    wait(&mut sim, SimDuration::hours(2));
    assert_eq!(use_session(&mut sim, &user(VICTIM), VICTIM, Resource::Portal), Outcome::Done);
    assert_eq!(use_session(&mut sim, &user(VICTIM), VICTIM, Resource::ExchangeOnline), Outcome::Done);
    assert!(matches!(use_session(&mut sim, &attacker(), VICTIM, Resource::Portal), Outcome::Denied { .. }));
}

fn with_attacker_app_password(simulation: &mut Simulation) {
    let victim = id_of(simulation, VICTIM);
    let at = simulation.now();
    simulation.tenant_mut().user_mut(victim).app_passwords.push(AppPassword {
        name: "Mail sync".to_string(),
        created_at: at,
        controlled_by: Party::Attacker,
    });
}

#[test]
fn admin_reset_does_not_revoke_app_passwords() {
    // §2 [COMP]: a password reset does not revoke app passwords.
    let mut simulation = demo::contoso(SEED);
    with_attacker_app_password(&mut simulation);
    let mut sim = Checked::new(simulation);
    reset(&mut sim, TRAINEE, VICTIM, NewPassword::Auto, true);
    wait(&mut sim, SimDuration::hours(3));
    let used = sim.step(&attacker(), &Action::UseAppPassword { user: VICTIM.to_string(), protocol: Protocol::Imap });
    assert_eq!(used.outcome, Outcome::Done);
    assert!(has(&used, |kind| matches!(kind, EventKind::AppPasswordUsed { ok: true, party: Party::Attacker, .. })));
}

#[test]
fn revoke_sessions_revokes_every_refresh_token() {
    // §2: revoke sessions revokes every refresh token, passwordless ones too.
    let mut simulation = demo::contoso(SEED);
    let victim = id_of(&simulation, VICTIM);
    simulation.grant_session(victim, Party::Attacker, SessionOrigin::Password);
    simulation.grant_session(victim, Party::Owner, SessionOrigin::Passwordless);
    let mut sim = Checked::new(simulation);
    let result = sim.step(&admin(TRAINEE), &Action::RevokeSessions { user: VICTIM.to_string() });
    assert!(has(&result, |kind| matches!(kind, EventKind::SessionsRevoked { count: 2, .. })));
    assert!(sim.simulation.tenant().user(victim).sessions.iter().all(|session| session.refresh_revoked));
    wait(&mut sim, SimDuration::minutes(91));
    assert!(matches!(use_session(&mut sim, &user(VICTIM), VICTIM, Resource::Portal), Outcome::Denied { .. }));
    assert!(matches!(use_session(&mut sim, &attacker(), VICTIM, Resource::Portal), Outcome::Denied { .. }));
    // New sign-ins still work: revocation is not a block.
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &demo::initial_password(VICTIM)), SignInStatus::Success);
}

#[test]
fn revoke_sessions_leaves_a_live_portal_token_but_reaches_exchange_within_fifteen_minutes() {
    // §2: access tokens live on; Exchange honours the revoke through CAE.
    let (mut sim, session) = contoso_with_attacker_session();
    let expiry = session_expiry(&sim, VICTIM, session);
    sim.step(&admin(TRAINEE), &Action::RevokeSessions { user: VICTIM.to_string() });
    wait(&mut sim, SimDuration::minutes(15));
    assert!(matches!(use_session(&mut sim, &attacker(), VICTIM, Resource::ExchangeOnline), Outcome::Denied { .. }));
    assert_eq!(use_session(&mut sim, &attacker(), VICTIM, Resource::Portal), Outcome::Done);
    wait_until(&mut sim, expiry);
    assert!(matches!(use_session(&mut sim, &attacker(), VICTIM, Resource::Portal), Outcome::Denied { .. }));
}

#[test]
fn requiring_mfa_is_a_critical_event_for_exchange_online() {
    // §2: CAE also carries "MFA enable": an attacker without a second factor
    // loses Exchange within 15 minutes and cannot refresh afterwards.
    let (mut sim, session) = contoso_with_attacker_session();
    let expiry = session_expiry(&sim, VICTIM, session);
    sim.step(&admin(TRAINEE), &Action::RequireMfa { user: VICTIM.to_string() });
    wait(&mut sim, SimDuration::minutes(15));
    assert!(matches!(use_session(&mut sim, &attacker(), VICTIM, Resource::ExchangeOnline), Outcome::Denied { .. }));
    wait_until(&mut sim, expiry);
    let outcome = use_session(&mut sim, &attacker(), VICTIM, Resource::Portal);
    assert!(denied_reason(&outcome).contains("multifactor"), "{outcome:?}");
}

#[test]
fn admin_without_a_working_session_cannot_act() {
    // §4 (engine contract): an admin actor needs a working session.
    let mut simulation = small_tenant();
    let ga = id_of(&simulation, GLOBAL_ADMIN);
    simulation.tenant_mut().user_mut(ga).sessions.clear();
    let mut sim = Checked::new(simulation);
    let result = reset(&mut sim, GLOBAL_ADMIN, STAFF, NewPassword::Auto, true);
    assert!(denied_reason(&result.outcome).contains("not signed in"));
    assert_eq!(sim.simulation.tenant().user(id(&sim, STAFF)).password.text, PASSWORD);
}

// ---------------------------------------------------------------------------
// §3 Passwords
// ---------------------------------------------------------------------------

/// A reset with a typed password that must be refused; nothing changes.
fn assert_typed_password_refused(sim: &mut Checked, password: &str, expected: &str) {
    let before = sim.simulation.tenant().user(id(sim, VICTIM)).password.clone();
    let result = reset(sim, TRAINEE, VICTIM, NewPassword::Given(password.to_string()), true);
    let reason = invalid_reason(&result.outcome);
    assert!(reason.contains(expected), "{password:?}: {reason}");
    assert!(!has(&result, |kind| matches!(kind, EventKind::PasswordReset { .. })));
    assert_eq!(sim.simulation.tenant().user(id(sim, VICTIM)).password, before);
}

#[test]
fn typed_password_shorter_than_eight_characters_is_refused() {
    // §3: 8-256 characters.
    let mut sim = Checked::new(demo::contoso(SEED));
    assert_typed_password_refused(&mut sim, "Qz7#kLp", "at least 8 characters");
}

#[test]
fn typed_password_longer_than_256_characters_is_refused() {
    // §3: 8-256 characters.
    let mut sim = Checked::new(demo::contoso(SEED));
    let long = format!("Qz7#{}", "kLpvWm".repeat(43));
    assert_eq!(long.len(), 262);
    assert_typed_password_refused(&mut sim, &long, "longer than 256");
}

#[test]
fn typed_password_with_too_few_character_classes_is_refused() {
    // §3: 3 of 4 character classes.
    let mut sim = Checked::new(demo::contoso(SEED));
    assert_typed_password_refused(&mut sim, "harbourlantern4827", "at least 3");
}

#[test]
fn typed_password_with_unicode_is_refused() {
    // §3: no Unicode.
    let mut sim = Checked::new(demo::contoso(SEED));
    assert_typed_password_refused(&mut sim, "Blåbær-Harbor-77", "isn't allowed");
}

#[test]
fn banned_passwords_are_refused_with_a_clear_message() {
    // §3: the banned-password check, normalised for substitutions (0->o, @->a).
    let mut sim = Checked::new(demo::contoso(SEED));
    assert_typed_password_refused(&mut sim, "P@ssw0rd1", "too easy to guess");
    assert_typed_password_refused(&mut sim, "Summer2024!", "too easy to guess");
}

#[test]
fn custom_banned_term_is_refused() {
    // §3: up to 1000 custom terms.
    let typed = "Fabrikam#26";
    let mut plain = Checked::new(demo::contoso(SEED));
    assert_eq!(reset(&mut plain, TRAINEE, VICTIM, NewPassword::Given(typed.to_string()), true).outcome, Outcome::Done);
    let mut simulation = demo::contoso(SEED);
    simulation.tenant_mut().password_policy.custom_banned_terms.push("fabrikam".to_string());
    let mut sim = Checked::new(simulation);
    assert_typed_password_refused(&mut sim, typed, "fabrikam");
}

#[test]
fn auto_generated_passwords_pass_the_rules() {
    // §3: auto-generate is always acceptable, and the user can sign in with it.
    let mut simulation = demo::contoso(SEED);
    simulation.tenant_mut().password_policy.custom_banned_terms.push("zuvo".to_string());
    let mut sim = Checked::new(simulation);
    for _ in 0..20 {
        let result = reset(&mut sim, TRAINEE, VICTIM, NewPassword::Auto, false);
        let Some(View::TemporaryPassword { password, .. }) = &result.view else { panic!("{:?}", result.outcome) };
        let terms = sim.simulation.tenant().password_policy.custom_banned_terms.clone();
        let context = PasswordContext {
            alias: "megan",
            display_name: "Megan Bowen",
            tenant_name: "Contoso",
            custom_banned: &terms,
            strong_required: true,
        };
        assert_eq!(check_password(password, &context), Ok(()), "{password}");
        assert_eq!(owner_sign_in(&mut sim, VICTIM, password), SignInStatus::Success);
    }
}

#[test]
fn password_rules_apply_to_self_service_and_user_changes_too() {
    // §3: the same rules wherever a person types a password.
    let mut simulation = small_tenant();
    simulation.tenant_mut().sspr_policy.scope = SsprScope::All;
    let mut sim = Checked::new(simulation);
    assert!(invalid_reason(&sspr(&mut sim, STAFF, SsprMode::Forgot, "P@ssw0rd1").outcome).contains("too easy to guess"));
    let change = Action::ChangePassword {
        user: OTHER_STAFF.to_string(),
        old_password: PASSWORD.to_string(),
        new_password: "Summer2024!".to_string(),
    };
    assert!(invalid_reason(&sim.step(&user(OTHER_STAFF), &change).outcome).contains("too easy to guess"));
}

#[test]
fn turning_off_strong_passwords_drops_the_class_rule_but_not_the_ban() {
    // §3: DisableStrongPassword, per user.
    let mut sim = Checked::new(demo::contoso(SEED));
    assert_typed_password_refused(&mut sim, "harbourlanternquietmeadow", "at least 3");
    let policy = Action::SetUserPasswordPolicy { user: VICTIM.to_string(), never_expires: None, strong_password: Some(false) };
    assert_eq!(sim.step(&admin(TRAINEE), &policy).outcome, Outcome::Done);
    let result = reset(&mut sim, TRAINEE, VICTIM, NewPassword::Given("harbourlanternquietmeadow".to_string()), true);
    assert_eq!(result.outcome, Outcome::Done);
    assert_typed_password_refused(&mut sim, "P@ssw0rd1", "too easy to guess");
}

#[test]
fn admin_reset_does_not_check_password_history() {
    // §3: an admin reset of a cloud-only user does not check history.
    let mut sim = Checked::new(demo::contoso(SEED));
    let original = demo::initial_password(VICTIM);
    assert_eq!(reset(&mut sim, TRAINEE, VICTIM, NewPassword::Given(original.clone()), false).outcome, Outcome::Done);
    assert_eq!(reset(&mut sim, TRAINEE, VICTIM, NewPassword::Given(NEW_PASSWORD.to_string()), false).outcome, Outcome::Done);
    assert_eq!(reset(&mut sim, TRAINEE, VICTIM, NewPassword::Given(original.clone()), false).outcome, Outcome::Done);
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &original), SignInStatus::Success);
}

#[test]
fn admin_reset_may_still_email_the_new_password() {
    // §3 (model): emailing the new password stays an option; sent outside it is exposed.
    let mut sim = Checked::new(demo::contoso(SEED));
    let action = Action::ResetPassword {
        user: VICTIM.to_string(),
        password: NewPassword::Auto,
        require_change: true,
        email_to: Some("megan.private@example.net".to_string()),
    };
    let result = sim.step(&admin(TRAINEE), &action);
    assert_eq!(result.outcome, Outcome::Done);
    assert!(has(&result, |kind| matches!(kind, EventKind::PasswordExposed { address, .. } if address == "megan.private@example.net")));
}

#[test]
fn passwords_never_expire_by_default() {
    // §3: the default is never.
    let mut sim = Checked::new(demo::contoso(SEED));
    assert_eq!(sim.simulation.tenant().password_policy.expiry_days, None);
    wait(&mut sim, SimDuration::days(30));
    wait(&mut sim, SimDuration::days(30));
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &demo::initial_password(VICTIM)), SignInStatus::Success);
}

#[test]
fn per_user_never_expires_exempts_from_the_org_expiry() {
    // §3: DisablePasswordExpiration per user; None makes it expire again.
    let mut sim = Checked::new(demo::contoso(SEED));
    sim.step(&admin(TRAINEE), &Action::SetPasswordExpiration { days: Some(30) });
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &demo::initial_password(VICTIM)), SignInStatus::PasswordExpired);
    let never = Action::SetUserPasswordPolicy { user: VICTIM.to_string(), never_expires: Some(true), strong_password: None };
    assert_eq!(sim.step(&admin(TRAINEE), &never).outcome, Outcome::Done);
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &demo::initial_password(VICTIM)), SignInStatus::Success);
    let again = Action::SetUserPasswordPolicy { user: VICTIM.to_string(), never_expires: Some(false), strong_password: None };
    sim.step(&admin(TRAINEE), &again);
    assert_eq!(owner_sign_in(&mut sim, VICTIM, &demo::initial_password(VICTIM)), SignInStatus::PasswordExpired);
}

#[test]
fn org_password_expiration_accepts_14_to_730_days_or_never() {
    // §3: 14-730 days or never.
    let mut sim = Checked::new(demo::contoso(SEED));
    for days in [13, 731, 0] {
        let outcome = sim.step(&admin(TRAINEE), &Action::SetPasswordExpiration { days: Some(days) }).outcome;
        assert!(invalid_reason(&outcome).contains("between 14 and 730"), "{days}");
    }
    for days in [Some(14), Some(730), None] {
        assert_eq!(sim.step(&admin(TRAINEE), &Action::SetPasswordExpiration { days }).outcome, Outcome::Done);
        assert_eq!(sim.simulation.tenant().password_policy.expiry_days, days);
    }
}

// ---------------------------------------------------------------------------
// §4 Who may do what
// ---------------------------------------------------------------------------

/// The six columns of the §4 table, in order.
pub(crate) const COLUMNS: [Role; 6] = [
    Role::PasswordAdministrator,
    Role::HelpdeskAdministrator,
    Role::AuthenticationAdministrator,
    Role::UserAdministrator,
    Role::PrivilegedAuthenticationAdministrator,
    Role::GlobalAdministrator,
];

/// The §4 table, written out from domain.md: the target roles a row covers
/// (`None` = no admin role) and, per column, whether the actor may act.
pub(crate) fn target_table() -> Vec<(Vec<Option<Role>>, [bool; 6])> {
    use Role::{
        ApplicationAdministrator, AuthenticationAdministrator, AuthenticationPolicyAdministrator, CloudApplicationAdministrator,
        CloudDeviceAdministrator, ConditionalAccessAdministrator, DirectoryReaders, ExchangeAdministrator, GlobalAdministrator,
        GlobalReader, GroupsAdministrator, GuestInviter, HelpdeskAdministrator, IntuneAdministrator, MessageCenterReader,
        OrganizationManagement, PasswordAdministrator, PrivilegedAuthenticationAdministrator, PrivilegedRoleAdministrator, ReportsReader,
        SecurityAdministrator, SecurityReader, UserAdministrator,
    };
    vec![
        (vec![None, Some(DirectoryReaders), Some(GuestInviter), Some(PasswordAdministrator)], [true; 6]),
        (vec![Some(HelpdeskAdministrator)], [false, true, false, true, true, true]),
        (vec![Some(ReportsReader), Some(MessageCenterReader)], [false, true, true, true, true, true]),
        (vec![Some(AuthenticationAdministrator)], [false, false, true, false, true, true]),
        (vec![Some(UserAdministrator), Some(GroupsAdministrator)], [false, false, false, true, true, true]),
        (
            vec![
                Some(PrivilegedAuthenticationAdministrator),
                Some(PrivilegedRoleAdministrator),
                Some(GlobalAdministrator),
                Some(ExchangeAdministrator),
                Some(SecurityAdministrator),
                Some(AuthenticationPolicyAdministrator),
                Some(SecurityReader),
                Some(GlobalReader),
                Some(OrganizationManagement),
                Some(CloudDeviceAdministrator),
                Some(IntuneAdministrator),
                Some(CloudApplicationAdministrator),
                Some(ApplicationAdministrator),
                Some(ConditionalAccessAdministrator),
            ],
            [false, false, false, false, true, true],
        ),
    ]
}

/// Actors outside the table's columns: they may do none of it.
const NON_COLUMN_ACTORS: [Option<Role>; 4] =
    [None, Some(Role::ExchangeAdministrator), Some(Role::SecurityAdministrator), Some(Role::GlobalReader)];

fn actor_upn(role: Option<Role>) -> String {
    format!("actor-{}@contoso.com", role.map_or("none", Role::alias))
}

fn target_upn(role: Option<Role>) -> String {
    format!("target-{}@contoso.com", role.map_or("none", Role::alias))
}

/// One actor per column role (plus the non-column actors), one target per
/// role the table names; every actor signed in.
fn table_tenant() -> Checked {
    let mut people: Vec<(String, Vec<Role>)> = Vec::new();
    for role in COLUMNS.iter().copied().map(Some).chain(NON_COLUMN_ACTORS) {
        people.push((actor_upn(role), role.into_iter().collect()));
    }
    for (targets, _) in target_table() {
        for role in targets {
            people.push((target_upn(role), role.into_iter().collect()));
        }
    }
    let rows: Vec<(&str, &[Role], &[MethodKind])> =
        people.iter().map(|(upn, roles)| (upn.as_str(), roles.as_slice(), &[MethodKind::MobilePhone][..])).collect();
    let mut simulation = tenant_of(&rows);
    let plain = id_of(&simulation, &actor_upn(None));
    simulation.grant_session(plain, Party::Owner, SessionOrigin::Password);
    Checked::new(simulation)
}

/// Drives `act` (the actions for one actor on one target, which must all
/// have the same permission) for every cell and checks each outcome.
fn check_target_table(permission: Permission, act: impl Fn(&str) -> Vec<Action>) {
    let mut sim = table_tenant();
    let mut wrong_cells = Vec::new();
    let mut cells = 0;
    for (targets, row) in target_table() {
        let allowed_names: Vec<&str> =
            COLUMNS.iter().zip(row).filter(|(_, allowed)| *allowed).map(|(role, _)| role.display_name()).collect();
        for target in &targets {
            let actors = COLUMNS.iter().copied().map(Some).zip(row).chain(NON_COLUMN_ACTORS.into_iter().map(|role| (role, false)));
            for (actor_role, expected) in actors {
                for action in act(&target_upn(*target)) {
                    cells += 1;
                    let result = sim.step(&admin(&actor_upn(actor_role)), &action);
                    let cell = format!("{actor_role:?} on {target:?}: {action:?}");
                    match (&result.outcome, expected) {
                        (Outcome::Done, true) => {
                            if !has(&result, |kind| matches!(kind, EventKind::Permitted { permission: p, .. } if *p == permission)) {
                                wrong_cells.push(format!("{cell}: no Permitted event"));
                            }
                        }
                        (outcome @ Outcome::Denied(refusal), false) => {
                            let reason = tenantdrill::present::outcome::reason(tenantdrill::i18n::Lang::En, outcome).unwrap_or_default();
                            let names_roles = allowed_names.iter().all(|name| reason.contains(name));
                            if !matches!(refusal, tenantdrill::engine::Refusal::Permission(_)) || !names_roles {
                                wrong_cells.push(format!("{cell}: reason does not name {allowed_names:?}: {reason}"));
                            }
                            if !has(&result, |kind| matches!(kind, EventKind::Denied { permission: p, .. } if *p == permission)) {
                                wrong_cells.push(format!("{cell}: no Denied event"));
                            }
                        }
                        (outcome, _) => wrong_cells.push(format!("{cell}: expected allowed={expected}, got {outcome:?}")),
                    }
                }
            }
        }
    }
    // 23 target roles and no role, x 10 actors.
    assert_eq!(cells, 24 * 10 * act("x").len(), "the table was not driven");
    assert!(wrong_cells.is_empty(), "{} wrong cell(s):\n{}", wrong_cells.len(), wrong_cells.join("\n"));
}

#[test]
fn password_reset_follows_the_target_role_table() {
    // §4: every cell, for Reset password.
    check_target_table(Permission::ResetPassword, |target| {
        vec![Action::ResetPassword { user: target.to_string(), password: NewPassword::Auto, require_change: true, email_to: None }]
    });
}

#[test]
fn sign_in_status_follows_the_target_role_table() {
    // §4: every cell, for Block sign-in and Allow sign-in.
    check_target_table(Permission::SetSignInStatus, |target| {
        vec![Action::BlockSignIn { user: target.to_string() }, Action::AllowSignIn { user: target.to_string() }]
    });
}

#[test]
fn session_revocation_follows_the_target_role_table() {
    // §4: every cell, for Revoke sessions.
    check_target_table(Permission::RevokeSessions, |target| vec![Action::RevokeSessions { user: target.to_string() }]);
}

#[test]
fn target_holding_several_roles_needs_an_actor_allowed_on_all_of_them() {
    // §4: a Helpdesk Administrator who is also Reports Reader is still in the
    // Helpdesk row: an Authentication Administrator may not reset them.
    let mut sim = Checked::new(tenant_of(&[
        (GLOBAL_ADMIN, &[Role::GlobalAdministrator], &[]),
        ("auth@contoso.com", &[Role::AuthenticationAdministrator], &[]),
        ("help@contoso.com", &[Role::HelpdeskAdministrator], &[]),
        ("both@contoso.com", &[Role::HelpdeskAdministrator, Role::ReportsReader], &[]),
    ]));
    let result = reset(&mut sim, "auth@contoso.com", "both@contoso.com", NewPassword::Auto, true);
    assert!(denied_reason(&result.outcome).contains("Helpdesk Administrator"));
    assert_eq!(reset(&mut sim, "help@contoso.com", "both@contoso.com", NewPassword::Auto, true).outcome, Outcome::Done);
}

#[test]
fn global_admin_password_is_reset_only_by_another_global_or_privileged_auth_admin() {
    // §4: a Global Administrator who forgot their password.
    let mut simulation = demo::contoso(SEED);
    let pa = id_of(&simulation, HELPDESK);
    simulation.tenant_mut().grant_role(pa, Role::PrivilegedAuthenticationAdministrator);
    simulation.tenant_mut().revoke_role(pa, Role::HelpdeskAdministrator);
    let mut sim = Checked::new(simulation);
    assert_eq!(reset(&mut sim, SECOND_GLOBAL_ADMIN, TRAINEE, NewPassword::Auto, true).outcome, Outcome::Done);
    assert_eq!(reset(&mut sim, HELPDESK, TRAINEE, NewPassword::Auto, true).outcome, Outcome::Done);
    let denied = reset(&mut sim, EXCHANGE_ADMIN, TRAINEE, NewPassword::Auto, true);
    assert!(denied_reason(&denied.outcome).contains("Global Administrator"));
}

#[test]
fn helpdesk_admin_cannot_reset_a_global_admin() {
    // §4: Helpdesk Admin column, Global Admin row: no.
    let mut sim = Checked::new(demo::contoso(SEED));
    let before = sim.simulation.tenant().user(id(&sim, TRAINEE)).password.clone();
    let result = reset(&mut sim, HELPDESK, TRAINEE, NewPassword::Auto, true);
    let reason = denied_reason(&result.outcome);
    assert!(reason.contains("reset the password") && reason.contains("Privileged Authentication Administrator"), "{reason}");
    assert_eq!(sim.simulation.tenant().user(id(&sim, TRAINEE)).password, before);
}

/// A fresh tenant with one signed-in actor holding `role` and two staff.
fn one_actor_simulation(role: Role) -> (Simulation, String) {
    let actor = actor_upn(Some(role));
    let simulation = tenant_of(&[
        (GLOBAL_ADMIN, &[Role::GlobalAdministrator], &[]),
        (actor.as_str(), &[role], &[]),
        (STAFF, &[], &[]),
        (OTHER_STAFF, &[], &[]),
    ]);
    (simulation, actor)
}

fn one_actor(role: Role) -> (Checked, String) {
    let (simulation, actor) = one_actor_simulation(role);
    (Checked::new(simulation), actor)
}

fn expect_permission(role: Role, allowed: bool, result: &StepResult, names: &[&str]) {
    if allowed {
        assert_eq!(result.outcome, Outcome::Done, "{role:?} should be allowed");
    } else {
        let reason = denied_reason(&result.outcome);
        assert!(names.iter().all(|name| reason.contains(name)), "{role:?}: {reason}");
    }
}

#[test]
fn releasing_a_restricted_sender_needs_security_admin_global_admin_or_organization_management() {
    // §4: restricted entities; Global Reader and Security Reader may only read.
    let cases = [
        (Role::SecurityAdministrator, true),
        (Role::GlobalAdministrator, true),
        (Role::OrganizationManagement, true),
        (Role::GlobalReader, false),
        (Role::SecurityReader, false),
        (Role::ExchangeAdministrator, false),
        (Role::HelpdeskAdministrator, false),
        (Role::UserAdministrator, false),
    ];
    for (role, allowed) in cases {
        let (mut simulation, actor) = one_actor_simulation(role);
        let staff = id_of(&simulation, STAFF);
        let at = simulation.now();
        simulation.tenant_mut().user_mut(staff).outbound = Some(Box::new(OutboundState {
            restriction: Some(Restriction {
                limit: LimitKind::ExternalRecipientsPerHour,
                at,
                action: OutboundAction::BlockUser,
                release_effective_at: None,
            }),
            ..OutboundState::default()
        }));
        simulation.tenant_mut().restricted_senders.insert(staff);
        let mut checked = Checked::new(simulation);
        let listed = checked.step(&admin(&actor), &Action::ListRestricted);
        let may_read = allowed || matches!(role, Role::GlobalReader | Role::SecurityReader);
        assert_eq!(listed.outcome.is_done(), may_read, "{role:?} reading restricted entities: {:?}", listed.outcome);
        let released = checked.step(&admin(&actor), &Action::ReleaseRestricted { user: STAFF.to_string() });
        expect_permission(role, allowed, &released, &["release restricted senders", "Security Administrator", "Global Administrator"]);
    }
}

#[test]
fn mailbox_settings_need_exchange_admin_or_global_admin() {
    // §4: forwarding, inbox rules and mailbox permissions.
    let cases = [
        (Role::ExchangeAdministrator, true),
        (Role::GlobalAdministrator, true),
        (Role::HelpdeskAdministrator, false),
        (Role::UserAdministrator, false),
        (Role::SecurityAdministrator, false),
        (Role::PrivilegedAuthenticationAdministrator, false),
        // The Exchange role group releases restricted senders but is not
        // named for mailbox settings.
        (Role::OrganizationManagement, false),
    ];
    let rule = |name: &str| RuleSpec {
        name: name.to_string(),
        conditions: vec![RuleCondition::From("news@fabrikam.example".to_string())],
        actions: vec![RuleAction::MoveToFolder("Newsletters".to_string())],
        hidden: false,
        enabled: true,
    };
    for (role, allowed) in cases {
        // A rule and a delegate already exist, set up by the Global Administrator.
        let (mut simulation, actor) = one_actor_simulation(role);
        let ga = admin(GLOBAL_ADMIN);
        assert!(simulation.step(&ga, &Action::CreateRule { user: STAFF.to_string(), rule: rule("Newsletters") }).outcome.is_done());
        let delegate = Action::AddDelegate { user: STAFF.to_string(), delegate: OTHER_STAFF.to_string(), access: AccessRight::FullAccess };
        assert!(simulation.step(&ga, &delegate).outcome.is_done());
        let mut sim = Checked::new(simulation);
        let actions = [
            Action::SetForwarding {
                user: STAFF.to_string(),
                forwarding_address: Some(OTHER_STAFF.to_string()),
                forwarding_smtp_address: None,
                deliver_and_forward: true,
            },
            Action::ClearForwarding { user: STAFF.to_string() },
            Action::CreateRule { user: STAFF.to_string(), rule: rule("Filing") },
            Action::DisableRule { user: STAFF.to_string(), rule: "Newsletters".to_string() },
            Action::RemoveRule { user: STAFF.to_string(), rule: "Newsletters".to_string() },
            Action::RemoveDelegate { user: STAFF.to_string(), delegate: OTHER_STAFF.to_string() },
            Action::AddDelegate { user: STAFF.to_string(), delegate: OTHER_STAFF.to_string(), access: AccessRight::ReadPermission },
        ];
        for action in actions {
            let result = sim.step(&admin(&actor), &action);
            expect_permission(role, allowed, &result, &["change mailbox settings", "Exchange Administrator", "Global Administrator"]);
        }
    }
}

#[test]
fn admin_role_membership_needs_privileged_role_admin_or_global_admin() {
    // §4: admin role membership.
    let cases = [
        (Role::PrivilegedRoleAdministrator, true),
        (Role::GlobalAdministrator, true),
        (Role::UserAdministrator, false),
        (Role::PrivilegedAuthenticationAdministrator, false),
        (Role::HelpdeskAdministrator, false),
        (Role::SecurityAdministrator, false),
    ];
    for (role, allowed) in cases {
        let (mut sim, actor) = one_actor(role);
        let added = sim.step(&admin(&actor), &Action::AddRole { user: STAFF.to_string(), role: Role::ExchangeAdministrator });
        expect_permission(
            role,
            allowed,
            &added,
            &["change admin role membership", "Privileged Role Administrator", "Global Administrator"],
        );
        assert_eq!(sim.simulation.tenant().user(id(&sim, STAFF)).roles().contains(Role::ExchangeAdministrator), allowed);
        if allowed {
            let removed = sim.step(&admin(&actor), &Action::RemoveRole { user: STAFF.to_string(), role: Role::ExchangeAdministrator });
            assert_eq!(removed.outcome, Outcome::Done);
        }
    }
}

#[test]
fn sspr_settings_need_authentication_policy_admin_or_global_admin() {
    // §4: SSPR and authentication-method settings.
    let cases = [
        (Role::AuthenticationPolicyAdministrator, true),
        (Role::GlobalAdministrator, true),
        (Role::AuthenticationAdministrator, false),
        (Role::PrivilegedAuthenticationAdministrator, false),
        (Role::UserAdministrator, false),
        (Role::HelpdeskAdministrator, false),
    ];
    for (role, allowed) in cases {
        let (mut sim, actor) = one_actor(role);
        let change = SsprChange { scope: Some(SsprScope::All), ..SsprChange::default() };
        let result = sim.step(&admin(&actor), &Action::SetSspr(change));
        expect_permission(
            role,
            allowed,
            &result,
            &["self-service password reset settings", "Authentication Policy Administrator", "Global Administrator"],
        );
        let scope = &sim.simulation.tenant().sspr_policy.scope;
        assert_eq!(*scope == SsprScope::All, allowed, "{role:?}");
    }
}

#[test]
fn unpermitted_admin_is_denied_before_their_input_is_judged() {
    // §4: a denied action fails with an access-denied message, even when
    // what was typed would also have been refused.
    let mut sim = Checked::new(demo::contoso(SEED));
    let helpdesk = admin(HELPDESK);
    let weak_reset = Action::ResetPassword {
        user: TRAINEE.to_string(),
        password: NewPassword::Given("P@ssw0rd1".to_string()),
        require_change: true,
        email_to: None,
    };
    let bad_expiry = Action::SetPasswordExpiration { days: Some(5) };
    let bad_sspr = Action::SetSspr(SsprChange { methods_required: Some(3), ..SsprChange::default() });
    let empty_contact = Action::UpdateContactInfo { user: TRAINEE.to_string(), alternate_email: None, mobile_phone: None };
    for action in [weak_reset, bad_expiry, bad_sspr, empty_contact] {
        let result = sim.step(&helpdesk, &action);
        assert!(
            matches!(&result.outcome, Outcome::Denied(tenantdrill::engine::Refusal::Permission(_))),
            "{action:?}: {:?}",
            result.outcome
        );
        assert!(has(&result, |kind| matches!(kind, EventKind::Denied { .. })), "{action:?}");
    }
}

#[test]
fn unpermitted_admin_cannot_release_a_sender_whose_release_is_in_progress() {
    // §4: releasing a restricted sender needs Security Administrator, Global
    // Administrator or Organization Management; a Global Reader is denied
    // whatever the state of the release.
    let (mut simulation, reader) = one_actor_simulation(Role::GlobalReader);
    let staff = id_of(&simulation, STAFF);
    let at = simulation.now();
    simulation.tenant_mut().user_mut(staff).outbound = Some(Box::new(OutboundState {
        restriction: Some(Restriction {
            limit: LimitKind::ExternalRecipientsPerHour,
            at,
            action: OutboundAction::BlockUser,
            release_effective_at: None,
        }),
        ..OutboundState::default()
    }));
    simulation.tenant_mut().restricted_senders.insert(staff);
    let mut sim = Checked::new(simulation);
    let release = Action::ReleaseRestricted { user: STAFF.to_string() };
    assert_eq!(sim.step(&admin(GLOBAL_ADMIN), &release).outcome, Outcome::Done);
    let result = sim.step(&admin(&reader), &release);
    assert!(denied_reason(&result.outcome).contains("Access denied"));
}

#[test]
fn last_global_administrator_can_never_be_removed() {
    // §4: the tenant's last Global Administrator must not be removed.
    let mut sim = Checked::new(small_tenant());
    let remove = Action::RemoveRole { user: GLOBAL_ADMIN.to_string(), role: Role::GlobalAdministrator };
    let result = sim.step(&admin(GLOBAL_ADMIN), &remove);
    assert!(invalid_reason(&result.outcome).contains("last Global Administrator"));
    assert!(!has(&result, |kind| matches!(kind, EventKind::RoleRemoved { .. })));
    assert_eq!(sim.simulation.tenant().global_administrator_count(), 1);
}

#[test]
fn one_of_two_global_administrators_can_be_removed_but_not_the_second() {
    // §4: with two, one can be removed; then the remaining one cannot.
    let mut sim = Checked::new(demo::contoso(SEED));
    assert_eq!(sim.simulation.tenant().global_administrator_count(), 2);
    let nestor = Action::RemoveRole { user: SECOND_GLOBAL_ADMIN.to_string(), role: Role::GlobalAdministrator };
    let result = sim.step(&admin(TRAINEE), &nestor);
    assert_eq!(result.outcome, Outcome::Done);
    assert!(has(&result, |kind| matches!(kind, EventKind::RoleRemoved { role: Role::GlobalAdministrator, .. })));
    let own = Action::RemoveRole { user: TRAINEE.to_string(), role: Role::GlobalAdministrator };
    assert!(invalid_reason(&sim.step(&admin(TRAINEE), &own).outcome).contains("last Global Administrator"));
    assert_eq!(sim.simulation.tenant().global_administrator_count(), 1);
}

#[test]
fn a_global_administrator_may_remove_their_own_role_when_another_remains() {
    // §4: only the last one is protected.
    let mut sim = Checked::new(demo::contoso(SEED));
    let own = Action::RemoveRole { user: TRAINEE.to_string(), role: Role::GlobalAdministrator };
    assert_eq!(sim.step(&admin(TRAINEE), &own).outcome, Outcome::Done);
    let nestor = Action::RemoveRole { user: SECOND_GLOBAL_ADMIN.to_string(), role: Role::GlobalAdministrator };
    assert!(matches!(sim.step(&admin(SECOND_GLOBAL_ADMIN), &nestor).outcome, Outcome::Invalid { .. }));
}

// ---------------------------------------------------------------------------
// §7 Self-service password reset
// ---------------------------------------------------------------------------

#[test]
fn sspr_scope_none_refuses_users() {
    // §7: scope None (the default).
    let mut sim = Checked::new(small_tenant());
    assert_eq!(sim.simulation.tenant().sspr_policy.scope, SsprScope::None);
    let result = sspr(&mut sim, STAFF, SsprMode::Forgot, NEW_PASSWORD);
    assert!(denied_reason(&result.outcome).contains("not enabled"));
    assert_eq!(sim.simulation.tenant().user(id(&sim, STAFF)).password.text, PASSWORD);
}

#[test]
fn sspr_scope_selected_covers_only_the_group() {
    // §7: scope Selected (one group).
    let mut simulation = small_tenant();
    let staff = id_of(&simulation, STAFF);
    simulation.tenant_mut().add_group("SSPR Pilot", BTreeSet::from([staff]));
    let mut sim = Checked::new(simulation);
    assert_eq!(
        set_sspr(&mut sim, SsprChange { scope: Some(SsprScope::Selected("SSPR Pilot".to_string())), ..SsprChange::default() }),
        Outcome::Done
    );
    assert_eq!(sspr(&mut sim, STAFF, SsprMode::Forgot, NEW_PASSWORD).outcome, Outcome::Done);
    assert!(denied_reason(&sspr(&mut sim, OTHER_STAFF, SsprMode::Forgot, NEW_PASSWORD).outcome).contains("not enabled"));
}

#[test]
fn sspr_scope_all_covers_everyone() {
    // §7: scope All.
    let mut sim = Checked::new(small_tenant());
    assert_eq!(set_sspr(&mut sim, SsprChange { scope: Some(SsprScope::All), ..SsprChange::default() }), Outcome::Done);
    for upn in [STAFF, OTHER_STAFF] {
        let result = sspr(&mut sim, upn, SsprMode::Forgot, NEW_PASSWORD);
        assert_eq!(result.outcome, Outcome::Done, "{upn}");
        assert!(has(&result, |kind| matches!(kind, EventKind::PasswordChanged { self_service: true, .. })));
        assert_eq!(owner_sign_in(&mut sim, upn, NEW_PASSWORD), SignInStatus::Success);
    }
}

#[test]
fn one_method_user_fails_a_two_method_policy() {
    // §7: with 2 methods required, a user with only 1 registered cannot reset.
    let mut sim = Checked::new(tenant_of(&[
        (GLOBAL_ADMIN, &[Role::GlobalAdministrator], &[MethodKind::MobilePhone, MethodKind::AlternateEmail]),
        (STAFF, &[], &[MethodKind::MobilePhone]),
        (OTHER_STAFF, &[], &[MethodKind::MobilePhone, MethodKind::AlternateEmail]),
    ]));
    let change = SsprChange { scope: Some(SsprScope::All), methods_required: Some(2), ..SsprChange::default() };
    assert_eq!(set_sspr(&mut sim, change), Outcome::Done);
    assert!(denied_reason(&sspr(&mut sim, STAFF, SsprMode::Forgot, NEW_PASSWORD).outcome).contains("needs 2"));
    assert_eq!(sspr(&mut sim, OTHER_STAFF, SsprMode::Forgot, NEW_PASSWORD).outcome, Outcome::Done);
}

#[test]
fn one_method_user_passes_a_one_method_policy() {
    // §7: methods required 1.
    let mut simulation = tenant_of(&[(GLOBAL_ADMIN, &[Role::GlobalAdministrator], &[]), (STAFF, &[], &[MethodKind::MobilePhone])]);
    simulation.tenant_mut().sspr_policy.scope = SsprScope::All;
    let mut sim = Checked::new(simulation);
    assert_eq!(sspr(&mut sim, STAFF, SsprMode::Forgot, NEW_PASSWORD).outcome, Outcome::Done);
}

#[test]
fn only_allowed_methods_count_for_sspr() {
    // §7: methods available are chosen by the policy.
    let mut simulation = tenant_of(&[(GLOBAL_ADMIN, &[Role::GlobalAdministrator], &[]), (STAFF, &[], &[MethodKind::OfficePhone])]);
    simulation.tenant_mut().sspr_policy.scope = SsprScope::All;
    let mut sim = Checked::new(simulation);
    // The default policy allows mobile phone and email only.
    assert!(matches!(sspr(&mut sim, STAFF, SsprMode::Forgot, NEW_PASSWORD).outcome, Outcome::Denied { .. }));
    let change = SsprChange { methods_allowed: Some(vec![SsprMethod::OfficePhone]), ..SsprChange::default() };
    assert_eq!(set_sspr(&mut sim, change), Outcome::Done);
    assert_eq!(sspr(&mut sim, STAFF, SsprMode::Forgot, NEW_PASSWORD).outcome, Outcome::Done);
}

#[test]
fn admins_are_enabled_for_sspr_whatever_the_scope() {
    // §7: administrators are always enabled, with two gates.
    let mut sim = Checked::new(tenant_of(&[
        (GLOBAL_ADMIN, &[Role::GlobalAdministrator], &[]),
        ("help@contoso.com", &[Role::HelpdeskAdministrator], &[MethodKind::MobilePhone, MethodKind::AlternateEmail]),
    ]));
    assert_eq!(sim.simulation.tenant().sspr_policy.scope, SsprScope::None);
    assert_eq!(sspr(&mut sim, "help@contoso.com", SsprMode::Forgot, NEW_PASSWORD).outcome, Outcome::Done);
}

#[test]
fn admins_always_need_two_methods() {
    // §7: two methods for admins even when the user policy asks for one.
    let mut simulation = tenant_of(&[
        (GLOBAL_ADMIN, &[Role::GlobalAdministrator], &[]),
        ("help@contoso.com", &[Role::HelpdeskAdministrator], &[MethodKind::MobilePhone]),
        (STAFF, &[], &[MethodKind::MobilePhone]),
    ]);
    simulation.tenant_mut().sspr_policy.scope = SsprScope::All;
    let mut sim = Checked::new(simulation);
    assert_eq!(sim.simulation.tenant().sspr_policy.methods_required, 1);
    assert!(denied_reason(&sspr(&mut sim, "help@contoso.com", SsprMode::Forgot, NEW_PASSWORD).outcome).contains("needs 2"));
    assert_eq!(sspr(&mut sim, STAFF, SsprMode::Forgot, NEW_PASSWORD).outcome, Outcome::Done);
}

#[test]
fn security_questions_never_count_for_admins() {
    // §7: no security questions for admins, whatever the user policy says.
    let with_questions = &[MethodKind::MobilePhone, MethodKind::SecurityQuestions][..];
    let mut simulation = tenant_of(&[
        (GLOBAL_ADMIN, &[Role::GlobalAdministrator], &[]),
        ("help@contoso.com", &[Role::HelpdeskAdministrator], with_questions),
        (STAFF, &[], with_questions),
    ]);
    simulation.tenant_mut().sspr_policy.scope = SsprScope::All;
    let mut sim = Checked::new(simulation);
    let change = SsprChange {
        methods_required: Some(2),
        methods_allowed: Some(vec![SsprMethod::MobilePhone, SsprMethod::SecurityQuestions]),
        ..SsprChange::default()
    };
    assert_eq!(set_sspr(&mut sim, change), Outcome::Done);
    assert_eq!(sspr(&mut sim, STAFF, SsprMode::Forgot, NEW_PASSWORD).outcome, Outcome::Done, "users may use questions");
    let result = sspr(&mut sim, "help@contoso.com", SsprMode::Forgot, NEW_PASSWORD);
    assert!(denied_reason(&result.outcome).contains("1 registered"), "{:?}", result.outcome);
}

#[test]
fn blocked_users_cannot_use_sspr() {
    // §7 and §2: self-service reset does not unblock a blocked account.
    let mut simulation = small_tenant();
    simulation.tenant_mut().sspr_policy.scope = SsprScope::All;
    let mut sim = Checked::new(simulation);
    sim.step(&admin(GLOBAL_ADMIN), &Action::BlockSignIn { user: STAFF.to_string() });
    for mode in [SsprMode::Forgot, SsprMode::Know] {
        let result = sspr(&mut sim, STAFF, mode, NEW_PASSWORD);
        assert!(denied_reason(&result.outcome).contains("50057"), "{mode:?}");
    }
    assert_eq!(sim.simulation.tenant().user(id(&sim, STAFF)).password.text, PASSWORD);
    assert_eq!(owner_sign_in(&mut sim, STAFF, PASSWORD), SignInStatus::Disabled);
}

#[test]
fn blocked_admins_cannot_use_sspr_either() {
    // §7: the admin two-gate policy does not bypass a block.
    let both = &[MethodKind::MobilePhone, MethodKind::AlternateEmail][..];
    let mut sim = Checked::new(tenant_of(&[
        (GLOBAL_ADMIN, &[Role::GlobalAdministrator], both),
        ("help@contoso.com", &[Role::HelpdeskAdministrator], both),
    ]));
    sim.step(&admin(GLOBAL_ADMIN), &Action::BlockSignIn { user: "help@contoso.com".to_string() });
    let result = sspr(&mut sim, "help@contoso.com", SsprMode::Forgot, NEW_PASSWORD);
    assert!(denied_reason(&result.outcome).contains("50057"));
}

#[test]
fn sspr_settings_accept_only_documented_values() {
    // §7: methods required 1 or 2; reconfirm after 0-730 days; scope group must exist.
    let mut sim = Checked::new(small_tenant());
    for change in [
        SsprChange { methods_required: Some(0), ..SsprChange::default() },
        SsprChange { methods_required: Some(3), ..SsprChange::default() },
        SsprChange { reconfirm_days: Some(731), ..SsprChange::default() },
        SsprChange { scope: Some(SsprScope::Selected("No Such Group".to_string())), ..SsprChange::default() },
    ] {
        assert!(matches!(set_sspr(&mut sim, change.clone()), Outcome::Invalid { .. }), "{change:?}");
    }
    let change = SsprChange { reconfirm_days: Some(730), require_registration: Some(false), ..SsprChange::default() };
    assert_eq!(set_sspr(&mut sim, change), Outcome::Done);
    let policy = &sim.simulation.tenant().sspr_policy;
    assert_eq!((policy.reconfirm_days, policy.require_registration), (730, false));
}

#[test]
fn sspr_by_a_user_without_registered_methods_fails_even_in_scope() {
    // §7: no registered method, no reset.
    let mut simulation = tenant_of(&[(GLOBAL_ADMIN, &[Role::GlobalAdministrator], &[]), (STAFF, &[], &[])]);
    simulation.tenant_mut().sspr_policy.scope = SsprScope::All;
    let mut sim = Checked::new(simulation);
    assert!(denied_reason(&sspr(&mut sim, STAFF, SsprMode::Forgot, NEW_PASSWORD).outcome).contains("0 registered"));
}
