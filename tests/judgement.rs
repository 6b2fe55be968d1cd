//! The scoring principle: points are lost only for a required step not
//! done, a risk left in the tenant, harm, a forbidden action or an order
//! mistake. Recommended steps count only where their reason holds; a
//! refused look costs nothing; one mistake is one violation; harm is caught
//! whatever procedures are graded.

use proptest::prelude::*;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::procedure::ActionKind;
use tenantdrill::scenario::library::{self, ProcedureSet};
use tenantdrill::scenario::load::Loaded;
use tenantdrill::scoring::{Report, StepStatus, ViolationKind};

fn load(id: &str, procedures: &ProcedureSet) -> Loaded {
    let bundled = library::scenario(id).expect("a bundled id");
    tenantdrill::scenario::load_text(bundled.path, bundled.text.as_bytes(), procedures)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)))
}

fn drill(id: &str, seed: Option<u64>) -> Drill {
    let procedures = crate::support::procedures();
    let loaded = load(id, procedures);
    let seed = seed.unwrap_or(loaded.scenario.seed);
    Drill::new(&loaded, procedures, seed, Mode::Practice)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)))
}

fn play(drill: &mut Drill, lines: &[String]) -> Report {
    for line in lines {
        drill.execute(line);
    }
    drill.report()
}

/// The reference solution without blocking and unblocking sign-in: reset,
/// revoke, clean up in the documented order, look again after propagation
/// and release last.
fn expert_without_the_block(id: &str, seed: Option<u64>) -> Report {
    let mut drill = drill(id, seed);
    let lines: Vec<String> = drill
        .scenario()
        .solution
        .iter()
        .filter(|line| !line.starts_with("user block-sign-in") && !line.starts_with("user allow-sign-in"))
        .cloned()
        .collect();
    play(&mut drill, &lines)
}

#[test]
fn an_expert_without_the_optional_block_scores_at_least_97_on_compromised_mailbox() {
    for seed in [None, Some(1), Some(2), Some(3), Some(40)] {
        let report = expert_without_the_block("compromised-mailbox", seed);
        assert!(report.score >= 97, "seed {seed:?}: {} ({})", report.score, report.shortfall());
    }
}

#[test]
fn an_expert_without_the_optional_block_scores_at_least_97_on_restricted_sender() {
    for seed in [None, Some(1), Some(2), Some(3), Some(40)] {
        let report = expert_without_the_block("restricted-sender", seed);
        assert!(report.score >= 97, "seed {seed:?}: {} ({})", report.score, report.shortfall());
    }
}

#[test]
fn a_block_is_required_only_when_the_attacker_holds_what_a_reset_leaves() {
    // compromised-mailbox: password and a password session only.
    let report = expert_without_the_block("compromised-mailbox", None);
    let block = report.steps.iter().find(|step| step.id == "block-sign-in").expect("a block step");
    assert_eq!(block.status, StepStatus::NotApplicable);
    assert_eq!(block.possible, 0);
    // compromised-admin: the attacker registered its own phone and an app password.
    let report = expert_without_the_block("compromised-admin", None);
    let block = report.steps.iter().find(|step| step.id == "block-sign-in").expect("a block step");
    assert_eq!(block.status, StepStatus::Missed, "{:#?}", report.steps);
    assert!(block.possible > 0);
}

#[test]
fn a_step_that_does_not_apply_says_why_and_not_that_there_was_nothing() {
    // The attacker held a session in compromised-mailbox, but one a reset
    // ends: the report must not read as if there had been no session.
    let report = expert_without_the_block("compromised-mailbox", None);
    let revoke = report.steps.iter().find(|step| step.id == "revoke-sessions").expect("a revoke step");
    assert_eq!(revoke.status, StepStatus::NotApplicable);
    assert_eq!(revoke.note.as_deref(), Some("did not apply: the attacker holds no session a reset leaves alive"));
    assert!(report.timeline.iter().any(|entry| entry.text.contains("refresh token was revoked")), "the session existed");
}

#[test]
fn investigation_denied_is_noted_and_costs_nothing() {
    // Sam is a Helpdesk Administrator: the audit log is not his to read.
    let mut drill = drill("helpdesk-escalation", None);
    let before = drill.report();
    let reply = drill.execute("logs audit");
    assert!(reply.output.contains("denied") || reply.output.contains("not allowed") || reply.error, "{}", reply.output);
    let after = drill.report();
    assert_eq!(after.noted.len(), 1, "{:#?}", after.noted);
    assert!(after.violations.iter().all(|violation| violation.kind != ViolationKind::Denied), "{:#?}", after.violations);
    assert_eq!(after.points.penalties, before.points.penalties);
}

#[test]
fn a_denied_change_still_counts() {
    let mut drill = drill("helpdesk-escalation", None);
    drill.execute("user add-role priya@wingtiptoys.com global-administrator");
    let report = drill.report();
    assert!(report.noted.is_empty(), "{:#?}", report.noted);
    assert!(report.violations.iter().any(|violation| violation.kind == ViolationKind::Denied), "{:#?}", report.violations);
}

#[test]
fn one_early_release_is_one_violation() {
    // restricted-sender grades both unlock-account and compromised-account:
    // releasing first breaks the order of both, and of the clean-up.
    let mut drill = drill("restricted-sender", None);
    let mut lines = drill.scenario().solution.clone();
    let release = lines.iter().position(|line| line.starts_with("restricted release")).expect("a release");
    let line = lines.remove(release);
    lines.insert(0, line);
    let report = play(&mut drill, &lines);
    let about_release: Vec<_> = report
        .violations
        .iter()
        .filter(|violation| violation.command.as_deref().is_some_and(|command| command.starts_with("restricted release")))
        .collect();
    assert_eq!(about_release.len(), 1, "{:#?}", report.violations);
    let order: Vec<_> = report.violations.iter().filter(|violation| violation.kind == ViolationKind::Order).collect();
    assert_eq!(order.len(), 1, "{:#?}", report.violations);
}

#[test]
fn harm_is_caught_wherever_it_is_done() {
    // Giving the compromised account access to a colleague's mailbox: no
    // graded procedure of the scenario lists this harm; it is caught anyway.
    let mut drill = drill("compromised-mailbox", None);
    assert!(drill.scenario().grading.procedures.iter().all(|id| id == "compromised-account"));
    let subject = drill.scenario().truth.subjects[0].clone();
    let reply = drill.execute(&format!("mailbox add-delegate alex@contoso.com {subject}"));
    assert!(!reply.error, "{}", reply.output);
    let report = drill.report();
    let harm: Vec<_> = report.violations.iter().filter(|violation| violation.kind == ViolationKind::Harm).collect();
    assert_eq!(harm.len(), 1, "{:#?}", report.violations);
    assert!(harm[0].message.contains("which the attacker holds"), "{}", harm[0].message);
}

#[test]
fn granting_an_admin_role_to_an_account_not_contained_is_harm() {
    let mut drill = drill("compromised-mailbox", None);
    let subject = drill.scenario().truth.subjects[0].clone();
    drill.execute(&format!("user add-role {subject} exchange-administrator"));
    let report = drill.report();
    assert!(
        report.violations.iter().any(|violation| violation.kind == ViolationKind::Harm && violation.message.contains("Exchange")),
        "{:#?}",
        report.violations
    );
}

#[test]
fn releasing_while_the_attacker_holds_a_foothold_is_harm_once() {
    // Right after the reset (so no order is broken), with the rule still
    // there: whether Exchange still honours the attacker's session then
    // depends on the seed's continuous access delay. Reported once at
    // most, and as harm exactly when the session still worked.
    let mut harmed = 0;
    for seed in 0..24 {
        let mut drill = drill("restricted-sender", Some(seed));
        let subject = drill.scenario().truth.subjects[0].clone();
        drill.execute(&format!("user reset-password {subject}"));
        drill.execute(&format!("restricted release {subject}"));
        drill.execute("wait 2h");
        let report = drill.report();
        let about_release: Vec<_> = report
            .violations
            .iter()
            .filter(|violation| violation.command.as_deref().is_some_and(|command| command.starts_with("restricted release")))
            .collect();
        assert!(about_release.len() <= 1, "seed {seed}: {:#?}", report.violations);
        if let Some(violation) = about_release.first()
            && violation.kind == ViolationKind::Harm
        {
            assert!(violation.message.contains("a session Exchange still honoured"), "{}", violation.message);
            harmed += 1;
        }
    }
    assert!(harmed > 0, "no seed released while Exchange still honoured the attacker's session");
}

/// Kinds of action that only complete steps made advice (or that apply
/// only when their reason holds): looks, and the block, its lifting, the
/// session revocation and turning protocols off.
fn advice_kind(kind: ActionKind) -> bool {
    matches!(
        kind,
        ActionKind::ListUsers
            | ActionKind::ShowUser
            | ActionKind::ListMethods
            | ActionKind::SignInLog
            | ActionKind::AuditLog
            | ActionKind::ShowPolicies
            | ActionKind::ShowSspr
            | ActionKind::ShowMailbox
            | ActionKind::ListRules
            | ActionKind::ListDelegates
            | ActionKind::MessageTrace
            | ActionKind::ListRestricted
            | ActionKind::ListAlerts
            | ActionKind::BlockSignIn
            | ActionKind::AllowSignIn
            | ActionKind::RevokeSessions
            | ActionKind::DisableProtocols
    )
}

proptest! {
    #![proptest_config(crate::support::proptest_config(64))]

    /// Leaving out every command of the reference solution that completed
    /// only steps worth nothing here (advice, or a step whose reason does
    /// not hold) costs nothing: the score stays 100. Each command left out
    /// is replaced by a wait as long as it took, so the actors' timing is
    /// the same.
    #[test]
    fn leaving_out_a_step_made_advice_costs_nothing(pick in any::<prop::sample::Index>(), seed in any::<u64>()) {
        let ids: Vec<&str> = library::SCENARIOS.iter().map(|bundled| bundled.id).collect();
        let id = ids[pick.index(ids.len())];
        let mut reference = drill(id, Some(seed));
        let solution = reference.scenario().solution.clone();
        let subjects = reference.scenario().truth.subjects.clone();
        let report = play(&mut reference, &solution);
        prop_assert_eq!(report.score, 100);
        let worth_points: Vec<&str> =
            report.steps.iter().filter(|step| step.possible > 0).filter_map(|step| step.command.as_deref()).collect();
        let mut lines = Vec::new();
        let mut left_out = Vec::new();
        for (line, record) in solution.iter().zip(reference.records()) {
            let kind = record.action.as_ref().map(ActionKind::of);
            // A change counts as advice only on the incident's subjects: a
            // scenario's objective may ask for it on someone else.
            let tenant = reference.simulation().tenant();
            let on_subject = record.action.as_ref().and_then(|action| action.target()).and_then(|name| tenant.find_user(name)).is_some_and(
                |id| subjects.iter().any(|subject| tenant.find_user(subject) == Some(id)),
            );
            let change = kind.is_some_and(|kind| matches!(kind, ActionKind::BlockSignIn | ActionKind::AllowSignIn | ActionKind::RevokeSessions | ActionKind::DisableProtocols));
            if kind.is_some_and(advice_kind) && (!change || on_subject) && !worth_points.contains(&record.line.as_str()) {
                let took = record.ended_at.since(record.at).as_seconds();
                lines.push(format!("wait {took}s"));
                left_out.push(line.clone());
            } else {
                lines.push(line.clone());
            }
        }
        let mut without = drill(id, Some(seed));
        let report = play(&mut without, &lines);
        prop_assert!(report.score == 100, "{id} seed {seed} without {left_out:?}: {} ({})", report.score, report.shortfall());
    }
}

#[test]
fn report_format_lists_every_step_with_when_it_applies_and_what_leaving_it_out_risks() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/report-format.md");
    let procedures = crate::support::procedures();
    let bundled: Vec<&tenantdrill::procedure::Procedure> =
        library::PROCEDURES.iter().filter_map(|bundled| procedures.get(bundled.id)).collect();
    assert_eq!(bundled.len(), 11, "eleven bundled procedures");
    let generated = tenantdrill::procedure::render::render_markdown(&bundled);
    let (start, end) = ("<!-- procedure-steps:start -->\n", "<!-- procedure-steps:end -->");
    let document = std::fs::read_to_string(path).expect("docs/report-format.md");
    let from = document.find(start).expect("the start marker") + start.len();
    let to = document.find(end).expect("the end marker");
    if std::env::var_os("TENANTDRILL_BLESS").is_some() {
        let updated = format!("{}{}\n{}", &document[..from], generated.trim_start(), &document[to..]);
        std::fs::write(path, updated).expect("write docs/report-format.md");
        return;
    }
    assert_eq!(
        document[from..to].trim(),
        generated.trim(),
        "docs/report-format.md is out of date: regenerate it with `TENANTDRILL_BLESS=1 cargo test --test tests judgement`"
    );
    // Every step is there, with its applicability.
    for procedure in &bundled {
        for step in &procedure.steps {
            assert!(generated.contains(&format!("| `{}` |", step.id)), "{}/{} is missing", procedure.id, step.id);
        }
    }
}

#[test]
fn the_procedure_command_shows_when_each_step_applies() {
    let procedures = crate::support::procedures();
    let procedure = procedures.get("compromised-account").expect("bundled");
    let text = tenantdrill::procedure::render::render_text(procedure, tenantdrill::i18n::Lang::En);
    let applies = text.lines().filter(|line| line.trim_start().starts_with("Applies:")).count();
    assert_eq!(applies, procedure.steps.len(), "{text}");
    assert!(text.contains("Applies: when the attacker holds a passwordless session that outlives a reset"), "{text}");
    assert!(text.contains("Applies: advice"), "{text}");
}

#[test]
fn every_recommended_step_says_when_leaving_it_out_leaves_a_risk() {
    let procedures = crate::support::procedures();
    for bundled in library::PROCEDURES {
        let procedure = procedures.get(bundled.id).expect("bundled");
        for step in &procedure.steps {
            if step.kind == tenantdrill::procedure::StepKind::Recommended {
                assert!(step.applies_when.is_some(), "{}/{} is recommended without an applies_when", procedure.id, step.id);
            }
        }
    }
}

#[test]
fn undoing_your_own_harm_earns_nothing_and_costs_nothing_more() {
    let mut drill = drill("compromised-mailbox", None);
    let subject = drill.scenario().truth.subjects[0].clone();
    drill.execute(&format!("mailbox add-delegate alex@contoso.com {subject}"));
    let harmed = drill.report();
    drill.execute(&format!("mailbox remove-delegate alex@contoso.com {subject}"));
    let undone = drill.report();
    assert_eq!(undone.violations.len(), harmed.violations.len(), "{:#?}", undone.violations);
    assert_eq!(undone.points.penalties, harmed.points.penalties);
    assert_eq!(undone.points.earned, harmed.points.earned, "undoing earned step credit");
}
