//! The scorer, against a compromised-mailbox incident and a
//! compromised-account procedure built here in code (modelled on
//! `src/demo.rs` and seed article 003), driven through a real `Drill`.
//! Reports are snapshotted as text and JSON.

use crate::support::with_snapshots;
use tenantdrill::action::{Action, Actor};
use tenantdrill::demo;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::engine::actors::{AttackerBehaviour, EndUserBehaviour, SpamBurst};
use tenantdrill::i18n::{Lang, Text};
use tenantdrill::procedure::{
    ActionKind, ActionPattern, ChannelKind, Condition, Forbidden, HarmKind, HarmRule, Order, Procedure, Source, Step, StepKind, Target,
    Truth,
};
use tenantdrill::scenario::library::ProcedureSet;
use tenantdrill::scenario::{
    Artefact, AttackerPlan, Compromise, Difficulty, EndUserPlan, Grading, GroundTruth, Hint, Incident, MethodSpec, Objective, Policies,
    Scenario, Scripted, TenantSpec, Trainee, UserSpec,
};
use tenantdrill::scoring::finding::Effect;
use tenantdrill::scoring::{Feedback, Report, StepStatus, ViolationKind};
use tenantdrill::tenant::policy::{AutoForwardingMode, OutboundAction, OutboundPolicy};
use tenantdrill::tenant::role::Role;
use tenantdrill::tenant::user::MethodKind;

const PROCEDURE: &str = "compromised-account";
const SEED: u64 = 7;

fn step(id: &str, kind: StepKind, source_steps: &[u8], instruction: &str, why: &str) -> Step {
    Step {
        id: id.to_string(),
        instruction: instruction.into(),
        why: why.into(),
        kind,
        source_steps: source_steps.to_vec(),
        page: None,
        done_by: Vec::new(),
        done_when: None,
        applies_when: None,
        order: Vec::new(),
        forbids: Vec::new(),
        points: None,
    }
}

fn on_subject(action: ActionKind) -> ActionPattern {
    ActionPattern::on_subject(action)
}

fn malicious(action: ActionKind) -> ActionPattern {
    ActionPattern { artefact: Some(Truth::Malicious), ..on_subject(action) }
}

/// The compromised-account procedure of seed article 003, with revocation,
/// telling the user and blocking from other guidance.
fn procedure() -> Procedure {
    let mut reset = step(
        "reset-password",
        StepKind::Required,
        &[1],
        "Reset the user's password immediately",
        "While the attacker knows the password, anything you clean up can be put back.",
    );
    reset.done_by = vec![on_subject(ActionKind::ResetPassword)];
    reset.order = vec![Order::First, Order::Within("1h".to_string())];
    reset.forbids = vec![
        Forbidden {
            pattern: ActionPattern { mail_to: Some(Target::Subject), ..on_subject(ActionKind::ResetPassword) },
            reason: "the new password was emailed to the compromised mailbox".into(),
            points: None,
        },
        Forbidden {
            pattern: ActionPattern {
                via: vec![ChannelKind::Email],
                with_password: Some(true),
                mail_to: Some(Target::Subject),
                ..on_subject(ActionKind::Notify)
            },
            reason: "the new password was emailed to the compromised mailbox".into(),
            points: None,
        },
    ];
    let mut revoke = step(
        "revoke-sessions",
        StepKind::Recommended,
        &[],
        "Sign the user out of every session",
        "A reset does not end sessions from passwordless sign-ins; revoking does.",
    );
    revoke.done_by = vec![on_subject(ActionKind::RevokeSessions)];
    let mut forwarding = step(
        "remove-forwarding",
        StepKind::Required,
        &[2],
        "Remove suspicious forwarding",
        "Forwarding sends the user's mail to the attacker.",
    );
    forwarding.done_by = vec![malicious(ActionKind::ClearForwarding)];
    forwarding.done_when = Some(Condition::NoMaliciousForwarding);
    forwarding.applies_when = Some(Condition::Not(Box::new(Condition::NoMaliciousForwarding)));
    let mut rules =
        step("remove-rules", StepKind::Required, &[3], "Remove suspicious inbox rules", "A hidden rule can leak and hide mail.");
    rules.done_by = vec![malicious(ActionKind::RemoveRule), malicious(ActionKind::DisableRule)];
    rules.done_when = Some(Condition::NoMaliciousRules);
    rules.applies_when = Some(Condition::Not(Box::new(Condition::NoMaliciousRules)));
    let mut release = step(
        "release-restricted",
        StepKind::Required,
        &[4],
        "Release the user from the Restricted users page",
        "A released sender is restricted again while the attacker can still send.",
    );
    release.done_by = vec![on_subject(ActionKind::ReleaseRestricted)];
    release.applies_when = Some(Condition::Restricted);
    release.order = vec![Order::After("reset-password".to_string())];
    let mut admin_roles =
        step("remove-admin-roles", StepKind::Recommended, &[5], "Remove admin roles", "Admin roles let the attacker do more.");
    admin_roles.done_by = vec![on_subject(ActionKind::RemoveRole)];
    admin_roles.applies_when = Some(Condition::HasAdminRoles);
    let mut block =
        step("block-sign-in", StepKind::Optional, &[], "Block sign-in while you investigate", "Blocking stops new sign-ins at once.");
    block.done_by = vec![on_subject(ActionKind::BlockSignIn)];
    let mut tell = step(
        "tell-user",
        StepKind::Recommended,
        &[],
        "Give the user the new password by phone or in person",
        "The user cannot work until they know the new password.",
    );
    tell.done_by = vec![ActionPattern {
        via: vec![ChannelKind::Phone, ChannelKind::InPerson, ChannelKind::Sms],
        with_password: Some(true),
        ..on_subject(ActionKind::Notify)
    }];
    Procedure {
        id: PROCEDURE.to_string(),
        title: "Recommended steps if an account is compromised".into(),
        source: Source {
            article: "Recommended steps to take if an account is compromised".into(),
            seed: "003_86fb60ae4838e3bf.txt".to_string(),
            path: None,
            url: None,
        },
        summary: Text::default(),
        steps: vec![reset, revoke, forwarding, rules, release, admin_roles, block, tell],
        harm: vec![
            HarmRule { kind: HarmKind::RemoveLegitimate, reason: "the user relies on it".into(), points: None },
            HarmRule {
                kind: HarmKind::WrongUser(vec![ActionKind::ResetPassword, ActionKind::BlockSignIn, ActionKind::RevokeSessions]),
                reason: "they had nothing to do with the incident".into(),
                points: None,
            },
            HarmRule { kind: HarmKind::WeakenSetting, reason: "it weakens the whole tenant".into(), points: None },
            HarmRule { kind: HarmKind::LockOutAdmins, reason: "no one could administer the tenant".into(), points: None },
        ],
    }
}

fn procedures() -> ProcedureSet {
    let mut set = ProcedureSet::new();
    set.insert(PROCEDURE.to_string(), procedure());
    set
}

fn person(upn: &str, name: &str, roles: Vec<Role>) -> UserSpec {
    UserSpec {
        upn: upn.to_string(),
        name: name.to_string(),
        department: String::new(),
        roles,
        password: None,
        password_age: Some("40d".to_string()),
        password_never_expires: false,
        blocked: false,
        mailbox: true,
        signed_in: true,
        mfa_required: false,
        methods: vec![MethodSpec { kind: MethodKind::MobilePhone, detail: format!("+1 425 555 01{:02}", upn.len()) }],
        devices: Vec::new(),
        forwarding: None,
        rules: Vec::new(),
        delegates: Vec::new(),
    }
}

/// Contoso's compromised mailbox: the attacker knows Megan's password,
/// holds a session, planted a hidden rule and forwarding, and got her
/// restricted by spamming before the trainee arrives.
fn scenario() -> Scenario {
    let mut megan = person(demo::VICTIM, "Megan Bowen", vec![]);
    megan.rules = vec![demo::legitimate_rule()];
    let attacker = Actor::Attacker { via: Some(demo::VICTIM.to_string()) };
    let behaviour = AttackerBehaviour {
        spam: Some(SpamBurst { messages: 6, recipients_per_message: 100, every_turns: 1, subject: "Overdue invoice".to_string() }),
        ..demo::attacker_behaviour()
    };
    Scenario {
        id: "compromised-mailbox".to_string(),
        title: "Compromised mailbox".into(),
        brief: "Megan's colleagues got odd invoices from her this morning.".into(),
        difficulty: Difficulty::Intermediate,
        estimated_minutes: 30,
        tags: Vec::new(),
        dialects: vec![tenantdrill::scenario::Dialect::NounVerb, tenantdrill::scenario::Dialect::PowerShell],
        trainee: Trainee { upn: demo::TRAINEE.to_string(), may_act_as: Vec::new(), signed_in: true },
        seed: SEED,
        start: "2026-03-10T09:00:00Z".to_string(),
        time_limit: "3h".to_string(),
        tenant: TenantSpec {
            name: "Contoso".to_string(),
            domains: vec!["contoso.com".to_string()],
            policies: Policies {
                outbound: Some(OutboundPolicy {
                    action: OutboundAction::BlockUser,
                    auto_forwarding: AutoForwardingMode::On,
                    ..OutboundPolicy::default()
                }),
                ..Policies::default()
            },
            users: vec![
                person(demo::TRAINEE, "Contoso Admin", vec![Role::GlobalAdministrator]),
                person(demo::SECOND_GLOBAL_ADMIN, "Nestor Wilke", vec![Role::GlobalAdministrator]),
                person(demo::HELPDESK, "Hana Fujita", vec![Role::HelpdeskAdministrator]),
                megan,
                person(demo::ASSISTANT, "Alex Wilber", vec![]),
                person(demo::COLLEAGUE, "Diego Siciliani", vec![]),
            ],
            groups: Vec::new(),
            apps: Vec::new(),
            generated: None,
        },
        incident: Incident {
            compromised: vec![Compromise {
                user: demo::VICTIM.to_string(),
                knows_password: true,
                session: true,
                app_password: None,
                method: None,
                device: None,
                consent: None,
            }],
            attacker_addresses: vec![demo::ATTACKER_ADDRESS.to_string()],
            impostor_callers: Vec::new(),
            attacker_ips: None,
            before: vec![
                Scripted {
                    at: "50m".to_string(),
                    actor: attacker.clone(),
                    action: Action::CreateRule { user: demo::VICTIM.to_string(), rule: demo::malicious_rule() },
                },
                Scripted {
                    at: "49m".to_string(),
                    actor: attacker,
                    action: Action::SetForwarding {
                        user: demo::VICTIM.to_string(),
                        forwarding_address: None,
                        forwarding_smtp_address: Some(demo::ATTACKER_ADDRESS.to_string()),
                        deliver_and_forward: true,
                    },
                },
            ],
            attacker: Some(AttackerPlan { first_turn: "-20m".to_string(), behaviour }),
            end_users: vec![EndUserPlan {
                first_turn: "10m".to_string(),
                behaviour: EndUserBehaviour {
                    user: demo::VICTIM.to_string(),
                    sends_mail_to: Some(demo::COLLEAGUE.to_string()),
                    ..EndUserBehaviour::default()
                },
            }],
        },
        truth: GroundTruth {
            subjects: vec![demo::VICTIM.to_string()],
            malicious: vec![
                Artefact::Rule { mailbox: demo::VICTIM.to_string(), name: demo::MALICIOUS_RULE.to_string() },
                Artefact::Forwarding { mailbox: demo::VICTIM.to_string(), address: demo::ATTACKER_ADDRESS.to_string() },
            ],
            legitimate: vec![Artefact::Rule { mailbox: demo::VICTIM.to_string(), name: demo::LEGITIMATE_RULE.to_string() }],
            may_act_on: vec![demo::TRAINEE.to_string()],
            verdict: None,
        },
        grading: Grading {
            procedures: vec![PROCEDURE.to_string()],
            raise: vec![format!("{PROCEDURE}/revoke-sessions")],
            skip: Vec::new(),
            pass_mark: 70,
            objectives: vec![Objective {
                id: "mfa-on".to_string(),
                description: "Megan must use MFA from now on".into(),
                check: Condition::MfaRequired,
                points: None,
            }],
        },
        hints: vec![
            hint("Reset the password before anything else.", 5, Some("reset-password")),
            hint("Some rules are hidden: `mailbox rules megan --hidden`.", 5, Some("remove-rules")),
            hint("Check the Restricted users page.", 3, Some("release-restricted")),
            hint("Read the brief again.", 1, None),
        ],
        variables: indexmap::IndexMap::new(),
        solution: expert(),
    }
}

fn hint(text: &str, cost: u32, step: Option<&str>) -> Hint {
    Hint { text: text.into(), cost, step: step.map(|step| format!("{PROCEDURE}/{step}")) }
}

/// The documented order, then a final check once revocation has reached Exchange.
fn expert() -> Vec<String> {
    [
        "restricted list",
        "user reset-password megan --password Quill-Harbor-Lantern-58!",
        "user revoke-sessions megan",
        "mailbox show megan",
        "mailbox clear-forwarding megan",
        "mailbox rules megan --hidden",
        "mailbox remove-rule megan ..",
        "restricted release megan",
        "notify megan --via phone --password",
        "user require-mfa megan",
        "wait 20m",
        "mailbox rules megan --hidden",
    ]
    .map(str::to_string)
    .to_vec()
}

fn drill(mode: Mode) -> Drill {
    drill_with(&procedures(), mode)
}

fn drill_with(procedures: &ProcedureSet, mode: Mode) -> Drill {
    let text = ron::ser::to_string_pretty(&scenario(), ron::ser::PrettyConfig::default()).expect("the scenario serialises");
    let loaded = match tenantdrill::scenario::load_text("compromised-mailbox.ron", text.as_bytes(), procedures) {
        Ok(loaded) => loaded,
        Err(error) => panic!("the test scenario does not load:\n{}", error.render(tenantdrill::i18n::Lang::En, false)),
    };
    Drill::new(&loaded, procedures, SEED, mode)
        .unwrap_or_else(|error| panic!("the drill does not start:\n{}", error.render(tenantdrill::i18n::Lang::En, false)))
}

/// Runs the lines in practice mode; returns the drill and all live feedback.
fn run(lines: &[&str]) -> (Drill, Vec<Feedback>) {
    let mut drill = drill(Mode::Practice);
    let mut feedback = Vec::new();
    for line in lines {
        let reply = drill.execute(line);
        feedback.extend(reply.feedback);
    }
    (drill, feedback)
}

fn step_status(report: &Report, id: &str) -> StepStatus {
    report.steps.iter().find(|step| step.id == id).map_or_else(|| panic!("no step {id}"), |step| step.status)
}

const RULES_FIRST: &[&str] = &[
    "mailbox rules megan --hidden",
    "mailbox remove-rule megan ..",
    "mailbox clear-forwarding megan",
    "wait 15m",
    "user reset-password megan --password Quill-Harbor-Lantern-58!",
    "user revoke-sessions megan",
    "mailbox clear-forwarding megan",
    "mailbox remove-rule megan ..",
    "restricted release megan",
    "notify megan --via phone --password",
    "wait 20m",
    "mailbox rules megan --hidden",
];

const PASSWORD_EMAILED: &[&str] = &[
    "user reset-password megan --email-to megan@contoso.com",
    "user revoke-sessions megan",
    "mailbox clear-forwarding megan",
    "mailbox remove-rule megan ..",
    "restricted release megan",
    "wait 20m",
];

const LEGITIMATE_REMOVED: &[&str] = &[
    "user reset-password megan --password Quill-Harbor-Lantern-58!",
    "user revoke-sessions megan",
    "mailbox clear-forwarding megan",
    "mailbox remove-rule megan ..",
    "mailbox remove-rule megan 'Invoices to Alex'",
    "restricted release megan",
    "notify megan --via phone --password",
    "user require-mfa megan",
];

const RELEASED_FIRST: &[&str] = &[
    "restricted release megan",
    "wait 30m",
    "user reset-password megan --password Quill-Harbor-Lantern-58!",
    "user revoke-sessions megan",
    "mailbox clear-forwarding megan",
    "mailbox remove-rule megan ..",
    "notify megan --via phone --password",
];

fn expert_lines() -> Vec<String> {
    expert()
}

fn as_lines(lines: &[String]) -> Vec<&str> {
    lines.iter().map(String::as_str).collect()
}

fn snapshot_text(name: &str, report: &Report) {
    let text = report.render_text(false);
    with_snapshots(|| insta::assert_snapshot!(name, text));
}

fn snapshot_json(name: &str, report: &Report) {
    let json = report.to_json();
    with_snapshots(|| insta::assert_snapshot!(name, json));
}

#[test]
fn the_expert_order_earns_full_marks() {
    let expert = expert_lines();
    let (drill, feedback) = run(&as_lines(&expert));
    let report = drill.report();
    assert_eq!(report.score, 100, "{}", report.shortfall());
    assert!(report.passed);
    assert_eq!(report.shortfall(), "nothing lost");
    assert!(report.violations.is_empty(), "{:#?}", report.violations);
    for step in &report.steps {
        let expected = match step.id.as_str() {
            "remove-admin-roles" => StepStatus::NotApplicable,
            "block-sign-in" => StepStatus::Skipped,
            _ => StepStatus::Done,
        };
        assert_eq!(step.status, expected, "{}", step.id);
    }
    assert!(report.outcome.iter().all(|check| check.ok), "{:#?}", report.outcome);
    assert!(report.time_to_containment_s.is_some());
    assert_eq!((report.commands, report.hints_used), (12, 0));
    assert!(feedback.iter().all(|item| matches!(item, Feedback::StepDone { .. })), "{feedback:#?}");
    snapshot_text("expert_text", &report);
    snapshot_json("expert_json", &report);
}

#[test]
fn rules_removed_before_the_reset_are_put_back_by_the_attacker() {
    let (drill, feedback) = run(RULES_FIRST);
    let report = drill.report();
    assert_eq!(step_status(&report, "reset-password"), StepStatus::DoneOutOfOrder);
    assert_eq!(step_status(&report, "remove-rules"), StepStatus::Done);
    let order = report.violations.iter().find(|violation| violation.kind == ViolationKind::Order).expect("an order violation");
    assert_eq!(order.step.as_deref(), Some("compromised-account/reset-password"));
    assert_eq!(order.points, 0, "order costs through the step's half credit");
    assert!(order.caused.iter().any(|caused| caused.starts_with("the attacker re-created inbox rule \"..\"")), "{:#?}", order.caused);
    assert!(
        feedback.iter().any(|item| matches!(item, Feedback::Consequence { effect: Effect::RuleCreated { again: true, .. } })),
        "the trainee hears about it at once: {feedback:#?}"
    );
    snapshot_text("rules_first_text", &report);
    snapshot_json("rules_first_json", &report);
}

#[test]
fn a_password_emailed_to_the_compromised_mailbox_is_forbidden_and_the_attacker_reads_it() {
    let (drill, feedback) = run(PASSWORD_EMAILED);
    let report = drill.report();
    let forbidden: Vec<_> = report.violations.iter().filter(|violation| violation.kind == ViolationKind::Forbidden).collect();
    assert_eq!(forbidden.len(), 1, "{:#?}", report.violations);
    assert_eq!(forbidden[0].points, tenantdrill::scoring::FORBIDDEN_POINTS);
    assert_eq!(forbidden[0].step.as_deref(), Some("compromised-account/reset-password"));
    assert!(
        forbidden[0].caused.iter().any(|caused| caused.starts_with("the attacker learned the password of megan@contoso.com")),
        "{:#?}",
        forbidden[0].caused
    );
    assert!(feedback.iter().any(|item| matches!(item, Feedback::Violation { kind: ViolationKind::Forbidden, .. })));
    assert!(!report.passed);
    assert!(report.outcome.iter().any(|check| check.id == "attacker-out" && !check.ok));
    snapshot_text("password_emailed_text", &report);
}

#[test]
fn removing_a_legitimate_rule_is_harm() {
    let (drill, _) = run(LEGITIMATE_REMOVED);
    let report = drill.report();
    let harm: Vec<_> = report.violations.iter().filter(|violation| violation.kind == ViolationKind::Harm).collect();
    assert_eq!(harm.len(), 1, "{:#?}", report.violations);
    assert!(harm[0].message.contains("\"Invoices to Alex\""), "{}", harm[0].message);
    assert_eq!(harm[0].points, tenantdrill::scoring::HARM_POINTS);
    assert_eq!(step_status(&report, "remove-rules"), StepStatus::Done, "removing the malicious rule still counts");
    snapshot_text("legitimate_removed_text", &report);
}

#[test]
fn releasing_the_sender_before_the_reset_breaks_the_order() {
    let (drill, _) = run(RELEASED_FIRST);
    let report = drill.report();
    assert_eq!(step_status(&report, "release-restricted"), StepStatus::DoneOutOfOrder);
    let order = report
        .violations
        .iter()
        .find(|violation| {
            violation.kind == ViolationKind::Order && violation.step.as_deref() == Some("compromised-account/release-restricted")
        })
        .expect("the release is out of order");
    assert!(order.caused.iter().any(|caused| caused.contains("was restricted from sending again")), "{:#?}", order.caused);
    assert!(report.outcome.iter().any(|check| check.id == "can-send" && !check.ok));
    snapshot_text("released_first_text", &report);
}

#[test]
fn doing_nothing_fails() {
    let drill = drill(Mode::Exam);
    let report = drill.report();
    assert!(!report.passed);
    assert_eq!(report.score, 0);
    assert!(report.outcome.iter().all(|check| !check.ok), "{:#?}", report.outcome);
    for step in report.steps.iter().filter(|step| step.possible > 0) {
        assert_eq!(step.status, StepStatus::Missed, "{}", step.id);
    }
    assert_eq!(report.time_to_containment_s, None);
    snapshot_text("nothing_text", &report);
    snapshot_json("nothing_json", &report);
}

#[test]
fn live_feedback_and_the_whole_session_report_agree() {
    let mut lines = vec!["ask hana user reset-password nestor --password Tidal-Compass-Ready-58!"];
    lines.extend(RULES_FIRST);
    lines.extend(["user reset-password megan --email-to megan@contoso.com", "wait 30m"]);
    let (live, feedback) = run(&lines);
    let mut replay = drill(Mode::Exam);
    for line in &lines {
        assert!(replay.execute(line).feedback.is_empty(), "exam mode shows nothing");
    }
    let report = live.report();
    assert_eq!(report, replay.report());
    assert_eq!(report.to_json(), replay.report().to_json());

    let mut done_live: Vec<String> = feedback
        .iter()
        .filter_map(|item| match item {
            Feedback::StepDone { procedure, step, .. } => Some(format!("{procedure}/{step}")),
            _ => None,
        })
        .collect();
    let mut done_reported: Vec<String> =
        report.steps.iter().filter(|step| step.at.is_some()).map(|step| format!("{}/{}", step.procedure, step.id)).collect();
    done_live.sort();
    done_reported.sort();
    assert_eq!(done_live, done_reported);
    let kinds_live: Vec<&str> = feedback
        .iter()
        .filter_map(|item| match item {
            Feedback::Violation { kind, .. } => Some(kind.name()),
            _ => None,
        })
        .collect();
    let kinds_reported: Vec<&str> = report.violations.iter().map(|violation| violation.kind.name()).collect();
    assert_eq!(kinds_live, kinds_reported);
    assert!(kinds_reported.contains(&"denied") && kinds_reported.contains(&"forbidden") && kinds_reported.contains(&"order"));
    let told_live: Vec<String> = feedback
        .iter()
        .filter_map(|item| match item {
            Feedback::Consequence { .. } => Some(item.render(Lang::En).trim_start_matches("! ").to_string()),
            _ => None,
        })
        .collect();
    let told_reported: Vec<String> = report.consequences.iter().map(|consequence| consequence.message.clone()).collect();
    assert_eq!(told_live, told_reported);
}

#[test]
fn hints_follow_the_first_unmet_required_step() {
    let mut drill = drill(Mode::Practice);
    assert_eq!(drill.scorer().next_hint(&[]), Some(0), "reset-password comes first");
    assert_eq!(drill.scorer().next_hint(&[0]), Some(1), "remove-forwarding has no hint; remove-rules does");
    assert_eq!(drill.scorer().next_hint(&[0, 1]), Some(2));
    assert_eq!(drill.scorer().next_hint(&[0, 1, 2]), Some(3), "hints without a step come last");
    assert_eq!(drill.scorer().next_hint(&[0, 1, 2, 3]), None);
    drill.execute("user reset-password megan --password Quill-Harbor-Lantern-58!");
    assert_eq!(drill.scorer().next_hint(&[]), Some(1), "no hint for a step already done");
    let reply = drill.execute("hint");
    assert!(reply.output.contains("mailbox rules megan --hidden"), "{}", reply.output);
    for line in expert_lines().iter().skip(2) {
        drill.execute(line);
    }
    assert_eq!(drill.scorer().next_hint(&[1]), Some(3));
    let report = drill.report();
    assert_eq!((report.hints_used, report.hint_points), (1, 5));
    assert_eq!(report.score, 95, "{}", report.shortfall());
}

#[test]
fn harm_and_access_denied_attempts_cost_points() {
    let mut lines = vec!["ask hana user reset-password nestor --password Tidal-Compass-Ready-58!"; 6];
    lines.extend(["user reset-password diego", "policy outbound --recipients-per-day 5000", "user remove-role admin global-admin"]);
    let (drill, _) = run(&lines);
    let report = drill.report();
    let denied: Vec<_> = report.violations.iter().filter(|violation| violation.kind == ViolationKind::Denied).collect();
    assert_eq!(denied.len(), 6);
    let denied_points: u32 = denied.iter().map(|violation| violation.points).sum();
    assert_eq!(denied_points, tenantdrill::scoring::DENIED_POINTS_CAP);
    let harm: Vec<&str> = report
        .violations
        .iter()
        .filter(|violation| violation.kind == ViolationKind::Harm)
        .map(|violation| violation.message.as_str())
        .collect();
    assert_eq!(harm.len(), 3, "{harm:#?}");
    assert!(harm[0].starts_with("`user reset-password` on diego@contoso.com, who is not part of the incident"), "{}", harm[0]);
    assert!(harm[1].starts_with("raised the outbound limit of recipients per day from 1000 to 5000"), "{}", harm[1]);
    assert!(harm[2].starts_with("removed Global Administrator from your own account"), "{}", harm[2]);
    assert_eq!(report.points.penalties, 10 + 3 * tenantdrill::scoring::HARM_POINTS);
}

#[test]
fn the_json_report_has_the_documented_fields_and_reads_back() {
    let (drill, _) = run(RULES_FIRST);
    let report = drill.report();
    let json = report.to_json();
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["schema_version"], 1);
    assert_eq!(value["scenario"], "compromised-mailbox");
    assert_eq!(value["seed"], SEED);
    for field in ["score", "pass_mark", "commands", "hints_used"] {
        assert!(value[field].is_u64(), "{field}");
    }
    assert!(value["passed"].is_boolean());
    assert!(value["time_to_containment_s"].is_u64());
    for step in value["steps"].as_array().expect("steps") {
        for field in ["procedure", "id", "status", "source"] {
            assert!(step[field].is_string(), "step {field}");
        }
    }
    for check in value["outcome"].as_array().expect("outcome") {
        assert!(check["id"].is_string() && check["ok"].is_boolean() && check["detail"].is_string());
    }
    for violation in value["violations"].as_array().expect("violations") {
        assert!(["forbidden", "order", "harm", "denied"].contains(&violation["kind"].as_str().unwrap_or_default()));
        assert!(violation["message"].is_string());
    }
    let back: Report = serde_json::from_str(&json).expect("the report reads back");
    assert_eq!(back, report);
}

#[test]
fn steps_completed_by_one_command_are_in_order_with_each_other() {
    // Listed before the step it must follow, and completed by the same command.
    let mut gone = step("forwarding-gone", StepKind::Recommended, &[], "Make sure no forwarding is left", "Forwarding leaks mail.");
    gone.done_when = Some(Condition::NoMaliciousForwarding);
    gone.applies_when = Some(Condition::Not(Box::new(Condition::NoMaliciousForwarding)));
    gone.order = vec![Order::After("remove-forwarding".to_string())];
    let mut procedure = procedure();
    procedure.steps.insert(0, gone);
    let mut procedures = ProcedureSet::new();
    procedures.insert(PROCEDURE.to_string(), procedure);
    let mut drill = drill_with(&procedures, Mode::Exam);
    for line in expert_lines() {
        drill.execute(&line);
    }
    let report = drill.report();
    assert_eq!(step_status(&report, "forwarding-gone"), StepStatus::Done);
    assert!(report.violations.is_empty(), "{:#?}", report.violations);
    assert_eq!(report.score, 100, "{}", report.shortfall());
}
