//! Alert triage: one alert per forwarded copy, the verdict recorded on the
//! alert and graded, looking beyond one user (sign-ins by address, every
//! mailbox forwarding to an address), and inbox rules' parameters in the
//! audit log.

use tenantdrill::drill::{Drill, Mode};
use tenantdrill::scenario::library;
use tenantdrill::scenario::load::load_text;
use tenantdrill::scoring::{StepStatus, ViolationKind};
use tenantdrill::tenant::logs::{AlertStatus, Classification};

fn drill(id: &str) -> Drill {
    let bundled = library::scenario(id).expect("a bundled id");
    let loaded = load_text(bundled.path, bundled.text.as_bytes(), crate::support::procedures()).expect("loads");
    Drill::new(&loaded, crate::support::procedures(), loaded.scenario.seed, Mode::Practice)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)))
}

#[test]
fn a_message_forwarded_by_a_rule_and_by_the_mailbox_to_one_address_raises_one_alert() {
    // The colleague's payment mail matches the attacker's rule and the
    // mailbox forwards too, both to the same address: Exchange sends one
    // copy, so Defender sees one forwarding activity.
    let mut drill = drill("compromised-mailbox");
    let reply = drill.execute("alerts");
    assert!(!reply.error, "{}", reply.output);
    let forwarding = reply.output.lines().filter(|line| line.contains("Suspicious email forwarding activity")).count();
    assert_eq!(forwarding, 1, "{}", reply.output);
}

/// The bundled scenario's reference solution, with its variables filled in.
fn solution(drill: &Drill) -> Vec<String> {
    drill.scenario().solution.clone()
}

fn step_status(drill: &Drill, id: &str) -> StepStatus {
    drill.report().steps.iter().find(|step| step.id == id).unwrap_or_else(|| panic!("no step {id}")).status
}

fn run_all(drill: &mut Drill, lines: &[String]) {
    for line in lines {
        let reply = drill.execute(line);
        assert!(!reply.error, "{line}: {}", reply.output);
    }
}

#[test]
fn the_reference_solutions_of_the_triage_scenarios_earn_full_marks_and_doing_nothing_fails() {
    for id in ["forwarding-alert-subsidiary", "forwarding-alert-departing-employee", "forwarding-alert-second-victim"] {
        let mut idle = drill(id);
        assert!(!idle.report().passed, "{id}: doing nothing passed");
        let mut drill = drill(id);
        let lines = solution(&drill);
        run_all(&mut drill, &lines);
        let report = drill.report();
        assert_eq!(report.score, 100, "{id}: {:#?}", report.violations);
        idle.execute("submit");
    }
}

#[test]
fn clearing_a_false_positives_legitimate_forwarding_is_harm() {
    let mut drill = drill("forwarding-alert-subsidiary");
    let victim = drill.scenario().truth.subjects[0].clone();
    let mut lines = solution(&drill);
    lines.insert(lines.len() - 1, format!("mailbox clear-forwarding {victim}"));
    run_all(&mut drill, &lines);
    let report = drill.report();
    let harm: Vec<_> = report.violations.iter().filter(|violation| violation.kind == ViolationKind::Harm).collect();
    assert_eq!(harm.len(), 1, "{:#?}", report.violations);
    assert_eq!(harm[0].points, 15);
    assert!(report.score < 100);
}

#[test]
fn a_wrong_verdict_leaves_the_classification_step_missed_until_it_is_corrected() {
    let mut drill = drill("forwarding-alert-subsidiary");
    for line in ["alerts", "logs audit", "logs sign-ins", "alert resolve 1 --verdict true-positive"] {
        assert!(!drill.execute(line).error);
    }
    assert_eq!(step_status(&drill, "classify-alert"), StepStatus::Missed);
    // Defender lets an analyst reclassify; the right verdict completes the step.
    assert!(!drill.execute("alert resolve 1 --verdict false-positive").error);
    assert_eq!(step_status(&drill, "classify-alert"), StepStatus::Done);
    // The benign scenario wants "Informational, expected activity", not a false positive.
    let mut benign = crate::triage::drill("forwarding-alert-departing-employee");
    for line in ["alerts", "logs audit", "logs sign-ins", "alert resolve 1 --verdict false-positive"] {
        assert!(!benign.execute(line).error);
    }
    assert_eq!(step_status(&benign, "classify-alert"), StepStatus::Missed);
}

#[test]
fn leaving_the_second_victim_compromised_misses_the_other_victims_step_and_leaves_the_attacker_in() {
    let mut drill = drill("forwarding-alert-second-victim");
    let second = drill.scenario().truth.may_act_on[0].clone();
    let name = second.split('@').next().unwrap_or_default().to_lowercase();
    let lines: Vec<String> = solution(&drill).into_iter().filter(|line| !line.to_lowercase().contains(&name)).collect();
    assert!(lines.len() < solution(&drill).len(), "the solution acts on {second}");
    run_all(&mut drill, &lines);
    assert_eq!(step_status(&drill, "other-victims"), StepStatus::Missed);
    let report = drill.report();
    assert!(report.outcome.iter().any(|check| !check.ok), "{:#?}", report.outcome);
    assert!(report.score < 100);
}

#[test]
fn search_forwarding_finds_every_mailbox_sending_to_the_drop_by_rule_or_by_forwarding() {
    let mut drill = drill("forwarding-alert-second-victim");
    let victim = drill.scenario().truth.subjects[0].to_lowercase();
    let second = drill.scenario().truth.may_act_on[0].to_lowercase();
    let drop = drill.scenario().incident.attacker_addresses[0].clone();
    let reply = drill.execute(&format!("mailbox search-forwarding {drop}"));
    assert!(!reply.error, "{}", reply.output);
    let lines: Vec<&str> = reply.output.lines().collect();
    assert!(lines.iter().any(|line| line.contains(&victim) && line.contains("inbox rule")), "{}", reply.output);
    assert!(lines.iter().any(|line| line.contains(&second) && line.contains("mailbox forwarding")), "{}", reply.output);
    // Nobody forwards to an address no rule or forwarding names.
    let reply = drill.execute("mailbox search-forwarding nobody@nowhere.example");
    assert!(reply.output.contains("(none)"), "{}", reply.output);
}

#[test]
fn the_sign_in_log_by_ip_address_shows_every_user_the_attacker_signed_in_as_and_no_one_else() {
    let mut drill = drill("forwarding-alert-second-victim");
    let victim = drill.scenario().truth.subjects[0].to_lowercase();
    let second = drill.scenario().truth.may_act_on[0].to_lowercase();
    let ip = drill.simulation().attacker_origins()[0].ip.clone();
    assert_eq!(drill.simulation().attacker_origins().len(), 1, "attacker_ips: Some(1) keeps one address");
    let reply = drill.execute(&format!("logs sign-ins --ip {ip}"));
    assert!(!reply.error, "{}", reply.output);
    let rows: Vec<&str> = reply.output.lines().skip(1).filter(|line| !line.trim().is_empty()).collect();
    assert!(rows.iter().any(|row| row.contains(&victim)), "{}", reply.output);
    assert!(rows.iter().any(|row| row.contains(&second)), "{}", reply.output);
    assert!(rows.iter().all(|row| row.contains(&ip)), "{}", reply.output);
}

#[test]
fn the_audit_log_records_a_new_inbox_rules_conditions_and_actions() {
    let mut drill = drill("forwarding-alert-second-victim");
    let victim = drill.scenario().truth.subjects[0].clone();
    let reply = drill.execute(&format!("logs audit {victim}"));
    let entry = reply.output.lines().find(|line| line.contains("New-InboxRule")).unwrap_or_else(|| panic!("{}", reply.output));
    assert!(entry.contains("SubjectOrBodyContainsWords=\"invoice;payment;phish;do not reply\""), "{entry}");
    assert!(entry.contains("MoveToFolder=\"RSS Subscriptions\""), "{entry}");
    assert!(entry.contains("MarkAsRead=\"True\""), "{entry}");
    assert!(entry.contains("ForwardTo=\""), "{entry}");
}

#[test]
fn only_a_security_or_global_administrator_resolves_an_alert_and_the_alert_keeps_its_status_otherwise() {
    // Lee is a Helpdesk Administrator in the compromised-mailbox tenant.
    let mut drill = drill("compromised-mailbox");
    let reply = drill.execute("ask lee alert resolve 1 --verdict benign");
    assert!(reply.output.contains("Access denied"), "{}", reply.output);
    let tenant = drill.simulation().tenant();
    let alert = tenant.alerts.iter().find(|alert| alert.id == 1).expect("alert 1");
    assert_eq!(alert.status, AlertStatus::New);
    assert_eq!(alert.classification, None);
    // The trainee may, and the comment is kept as typed.
    assert!(!drill.execute("alert resolve 1 --verdict true-positive --reason \"made from Istanbul\"").error);
    let alert = drill.simulation().tenant().alerts.iter().find(|alert| alert.id == 1).cloned().expect("alert 1");
    assert_eq!(alert.status, AlertStatus::Resolved);
    assert_eq!(alert.classification, Some(Classification::TruePositive));
    assert_eq!(alert.comment.as_deref(), Some("made from Istanbul"));
    // An alert that does not exist is an error, not a change.
    let reply = drill.execute("alert resolve 99 --verdict benign");
    assert!(reply.error && reply.output.contains("#99"), "{}", reply.output);
}

#[test]
fn a_scenario_that_grades_the_verdict_without_giving_one_does_not_load() {
    let bundled = library::scenario("forwarding-alert-subsidiary").expect("bundled");
    let text = bundled.text.replace("verdict: Some(FalsePositive),", "");
    assert_ne!(text, bundled.text, "the scenario states its verdict");
    let Err(error) = load_text(bundled.path, text.as_bytes(), crate::support::procedures()) else {
        panic!("a scenario without a verdict loaded");
    };
    let rendered = error.render(tenantdrill::i18n::Lang::En, false);
    assert!(rendered.contains("alert-triage-forwarding/classify-alert") && rendered.contains("truth.verdict"), "{rendered}");
}
