//! The performance budgets of issue 8 that run inside one process
//! (`cargo bench`); `docs/performance.md` lists every budget, how each is
//! measured and the figures of the last run.
//!
//! - `admin_action/<action>/<users>`: one admin action in a tenant of
//!   1 000, 10 000 and 100 000 users. Each iteration restores the state
//!   the action needs (untimed), then times exactly one `Simulation::step`
//!   that succeeds.
//! - `advance_clock/one_hour`: one simulated hour, 10 000 users, 100 end
//!   users taking turns, from the same state every time.
//! - `load/*`: loading and validating a bundled scenario, and a scenario
//!   with 100 000 generated users loaded, validated and built.
//! - `score/report_200_commands`: the report for a 200-command session.
//! - `history/attacker_every_minute/<days>`: building the compromised-mailbox
//!   incident with an attacker acting every minute for 10, 20 and 40 days
//!   of history before the start; the time must grow linearly with the days.

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::{Duration, Instant};
use tenantdrill::action::{Action, Actor, NewPassword};
use tenantdrill::clock::SimDuration;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::engine::actors::EndUserBehaviour;
use tenantdrill::scenario::library::{self, ProcedureSet};
use tenantdrill::scenario::load::{Loaded, load_text};
use tenantdrill::tenant::mailbox::{RuleAction, RuleCondition, RuleSpec};
use tenantdrill::tenant::outbound::{LimitKind, OutboundState, Restriction};
use tenantdrill::tenant::policy::OutboundAction;
use tenantdrill::tenant::user::{Party, SessionOrigin, UserId};
use tenantdrill::{Outcome, Simulation};

/// The benchmarks' scenario (`benches/scale.ron`), with `count: 1000`.
const SCALE: &str = include_str!("scale.ron");
const ADMIN: &str = "admin@contoso.com";
/// Targets are spread over the tenant so the benchmark does not time one
/// user that always sits in cache.
const TARGETS: usize = 64;

fn procedures() -> ProcedureSet {
    library::bundled_procedures().expect("the bundled procedures parse")
}

/// The scale scenario with `users` generated users.
fn scale_text(users: u32) -> String {
    SCALE.replace("count: 1000", &format!("count: {users}"))
}

fn load_scale(users: u32, procedures: &ProcedureSet) -> Loaded {
    load_text("benches/scale.ron", scale_text(users).as_bytes(), procedures).expect("the scale scenario loads")
}

/// The `k`-th generated user (1-based), as `src/scenario/build.rs` names them.
fn generated_upn(k: usize) -> String {
    if k == 1 { "user.bench@contoso.com".to_string() } else { format!("user.bench{k}@contoso.com") }
}

/// A simulation of `users` generated users at the scenario's start, with
/// the trainee (a Global Administrator) signed in.
fn tenant_of(users: u32, procedures: &ProcedureSet) -> Simulation {
    load_scale(users, procedures).build(1).expect("the scale scenario builds").1.simulation
}

/// One admin action and what it needs in place before it can succeed.
struct AdminAction {
    name: &'static str,
    action: fn(&str) -> Action,
    prepare: fn(&mut Simulation, UserId),
}

fn admin_actions() -> Vec<AdminAction> {
    vec![
        AdminAction {
            name: "reset_password",
            action: |user| Action::ResetPassword {
                user: user.to_string(),
                password: NewPassword::Auto,
                require_change: true,
                email_to: None,
            },
            prepare: |_, _| {},
        },
        AdminAction {
            name: "block_sign_in",
            action: |user| Action::BlockSignIn { user: user.to_string() },
            prepare: |simulation, id| simulation.tenant_mut().user_mut(id).account_enabled = true,
        },
        AdminAction {
            name: "allow_sign_in",
            action: |user| Action::AllowSignIn { user: user.to_string() },
            prepare: |simulation, id| simulation.tenant_mut().user_mut(id).account_enabled = false,
        },
        AdminAction {
            name: "revoke_sessions",
            action: |user| Action::RevokeSessions { user: user.to_string() },
            prepare: |simulation, id| {
                simulation.grant_session(id, Party::Attacker, SessionOrigin::Password);
            },
        },
        AdminAction {
            name: "clear_forwarding",
            action: |user| Action::ClearForwarding { user: user.to_string() },
            prepare: |simulation, id| {
                let mailbox = simulation.tenant_mut().user_mut(id).mailbox.as_deref_mut().expect("generated users have mailboxes");
                mailbox.forwarding_smtp_address = Some("drop@proton.example".to_string());
                mailbox.deliver_and_forward = true;
                mailbox.forwarding_set_by = Some(Party::Attacker);
            },
        },
        AdminAction {
            name: "remove_rule",
            action: |user| Action::RemoveRule { user: user.to_string(), rule: "..".to_string() },
            prepare: |simulation, id| {
                let now = simulation.now();
                let rule = RuleSpec {
                    name: "..".to_string(),
                    conditions: vec![RuleCondition::SubjectOrBodyContainsWords(vec!["invoice".to_string()])],
                    actions: vec![RuleAction::ForwardTo(vec!["drop@proton.example".to_string()]), RuleAction::MarkAsRead],
                    hidden: true,
                    enabled: true,
                };
                let mailbox = simulation.tenant_mut().user_mut(id).mailbox.as_deref_mut().expect("generated users have mailboxes");
                mailbox.add_rule(&rule, Party::Attacker, now);
            },
        },
        AdminAction {
            name: "release_sender",
            action: |user| Action::ReleaseRestricted { user: user.to_string() },
            prepare: |simulation, id| {
                let now = simulation.now();
                let restriction = Restriction {
                    limit: LimitKind::ExternalRecipientsPerHour,
                    at: now,
                    action: OutboundAction::BlockUser,
                    release_effective_at: None,
                };
                let tenant = simulation.tenant_mut();
                tenant.user_mut(id).outbound = Some(Box::new(OutboundState { restriction: Some(restriction), ..OutboundState::default() }));
                tenant.restricted_senders.insert(id);
            },
        },
    ]
}

fn admin_action(criterion: &mut Criterion) {
    let procedures = procedures();
    let admin = Actor::Admin(ADMIN.to_string());
    let mut group = criterion.benchmark_group("admin_action");
    for users in [1_000_u32, 10_000, 100_000] {
        let mut simulation = tenant_of(users, &procedures);
        let stride = users as usize / TARGETS;
        let targets: Vec<(UserId, String)> = (0..TARGETS)
            .map(|index| {
                let upn = generated_upn(1 + index * stride);
                (simulation.tenant().find_user(&upn).expect("a generated user"), upn)
            })
            .collect();
        for spec in admin_actions() {
            let actions: Vec<Action> = targets.iter().map(|(_, upn)| (spec.action)(upn)).collect();
            // The action must really happen: check it once, untimed.
            (spec.prepare)(&mut simulation, targets[0].0);
            let result = simulation.step(&admin, &actions[0]);
            assert_eq!(result.outcome, Outcome::Done, "{} in a tenant of {users}", spec.name);
            assert!(!result.events.is_empty(), "{} changed nothing", spec.name);
            group.bench_function(BenchmarkId::new(spec.name, users), |bencher| {
                bencher.iter_custom(|iterations| {
                    let mut timed = Duration::ZERO;
                    for iteration in 0..iterations {
                        let index = usize::try_from(iteration).unwrap_or_default() % TARGETS;
                        (spec.prepare)(&mut simulation, targets[index].0);
                        #[allow(clippy::disallowed_methods)] // a benchmark measures wall-clock time
                        let started = Instant::now();
                        black_box(simulation.step(&admin, &actions[index]));
                        timed += started.elapsed();
                    }
                    timed
                });
            });
        }
    }
    group.finish();
}

/// 10 000 users, 100 of them taking turns (sign in, read mail, write to a
/// colleague) every 20 minutes, staggered.
fn busy_tenant(procedures: &ProcedureSet) -> Simulation {
    let users = 10_000_usize;
    let mut simulation = tenant_of(u32::try_from(users).unwrap_or(u32::MAX), procedures);
    let start = simulation.now();
    let stride = users / 100;
    for actor in 0..100 {
        let behaviour = EndUserBehaviour {
            user: generated_upn(1 + actor * stride),
            sends_mail_to: Some(generated_upn(2 + actor * stride)),
            ..EndUserBehaviour::default()
        };
        let first_turn = start.plus(SimDuration::seconds(12 * u64::try_from(actor).unwrap_or_default()));
        simulation.add_end_user(behaviour, first_turn).expect("a generated user");
    }
    simulation
}

fn advance_clock(criterion: &mut Criterion) {
    let procedures = procedures();
    let simulation = busy_tenant(&procedures);
    let hour = Action::Wait { duration: SimDuration::hours(1) };
    let mut check = simulation.clone();
    let result = check.step(&Actor::Service, &hour);
    assert_eq!(result.outcome, Outcome::Done);
    let turns = result.events.len();
    assert!(turns > 300, "the actors acted ({turns} events)");
    criterion.bench_function("advance_clock/one_hour_10000_users_100_actors", |bencher| {
        bencher.iter_batched(
            || simulation.clone(),
            |mut simulation| {
                black_box(simulation.step(&Actor::Service, &hour));
                simulation
            },
            BatchSize::PerIteration,
        );
    });
}

fn load(criterion: &mut Criterion) {
    let procedures = procedures();
    let bundled = library::scenario("compromised-mailbox").expect("bundled");
    let mut group = criterion.benchmark_group("load");
    group.bench_function("bundled_compromised_mailbox", |bencher| {
        bencher.iter(|| load_text(bundled.path, black_box(bundled.text.as_bytes()), &procedures).expect("loads"));
    });
    group.bench_function("bundled_compromised_mailbox_and_build", |bencher| {
        bencher.iter(|| {
            let loaded = load_text(bundled.path, black_box(bundled.text.as_bytes()), &procedures).expect("loads");
            Drill::new(&loaded, &procedures, loaded.scenario.seed, Mode::Practice).expect("builds")
        });
    });
    let large = scale_text(100_000);
    group.sample_size(10);
    group.bench_function("generated_100000_users_and_build", |bencher| {
        bencher.iter(|| {
            let loaded = load_text("benches/scale.ron", black_box(large.as_bytes()), &procedures).expect("loads");
            let drill = Drill::new(&loaded, &procedures, 1, Mode::Practice).expect("builds");
            assert_eq!(drill.simulation().tenant().user_count(), 100_002);
            drill
        });
    });
    group.finish();
}

/// The compromised-mailbox reference solution, padded with look-ups to
/// 200 commands; the time limit is raised from 2h 30m to 8h so that 200
/// commands fit.
fn session_of_200_commands(procedures: &ProcedureSet) -> Drill {
    let bundled = library::scenario("compromised-mailbox").expect("bundled");
    let text = bundled.text.replace("time_limit: \"2h 30m\"", "time_limit: \"8h\"");
    assert_ne!(text, bundled.text, "the time limit was raised");
    let loaded = load_text(bundled.path, text.as_bytes(), procedures).expect("loads");
    let seed = loaded.scenario.seed;
    let victim = loaded.choices(seed).get("victim").cloned().unwrap_or_default();
    let mut drill = Drill::new(&loaded, procedures, seed, Mode::Practice).expect("builds");
    let solution = drill.scenario().solution.clone();
    let views = [
        format!("user show {victim}"),
        format!("logs sign-ins {victim}"),
        "alerts".to_string(),
        format!("mailbox rules {victim} --hidden"),
    ];
    let padding = (0..).map(|index| views[index % views.len()].clone());
    for line in solution.into_iter().chain(padding).take(200) {
        drill.execute(&line);
    }
    assert_eq!(drill.records().len(), 200);
    assert!(!drill.is_finished(), "the session is still open after 200 commands");
    drill
}

fn score(criterion: &mut Criterion) {
    let procedures = procedures();
    let drill = session_of_200_commands(&procedures);
    let report = drill.report();
    assert_eq!(report.score, 100, "the padded reference solution still earns full marks: {}", report.render_text(false));
    criterion.bench_function("score/report_200_commands", |bencher| bencher.iter(|| black_box(&drill).report()));
}

/// The bundled compromised-mailbox scenario with an attacker that starts
/// `days` before the incident and acts every minute (the colleague's mail
/// in the history is left out: sent days later than planned it would not
/// find its session).
fn long_history_text(days: u32) -> String {
    let bundled = library::scenario("compromised-mailbox").expect("bundled");
    let text = bundled.text;
    let mail = text.find("// A colleague's mail about a payment").expect("the colleague's mail");
    let end = mail + text[mail..].find("        ],").expect("the end of the history");
    format!("{}{}", &text[..mail], &text[end..]).replacen("first_turn: \"-2h\",", &format!("first_turn: \"-{days}d\","), 1).replacen(
        "turn_interval_s: 1200,\n                read_mail",
        "turn_interval_s: 60,\n                read_mail",
        1,
    )
}

fn history(criterion: &mut Criterion) {
    let procedures = procedures();
    let mut group = criterion.benchmark_group("history");
    group.sample_size(10);
    for days in [10_u32, 20, 40] {
        let loaded = load_text("long-history.ron", long_history_text(days).as_bytes(), &procedures).expect("loads");
        group.bench_with_input(BenchmarkId::new("attacker_every_minute", days), &loaded, |bencher, loaded| {
            bencher.iter(|| loaded.build(black_box(1)).expect("builds"));
        });
    }
    group.finish();
}

criterion_group!(benches, admin_action, advance_clock, load, score, history);
criterion_main!(benches);
