//! The scorer's reports on the bundled library: every reference solution
//! earns full marks (text and JSON snapshotted), the classic mistakes on
//! `compromised-mailbox` are caught and explained, and live scoring agrees
//! with scoring the whole session afterwards.

use crate::support::with_snapshots;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::scenario::library::{self, SCENARIOS, bundled_procedures};
use tenantdrill::scenario::load::{Loaded, load_text};
use tenantdrill::scoring::Report;

fn loaded(id: &str) -> (Loaded, library::ProcedureSet) {
    let procedures = bundled_procedures().expect("bundled procedures parse");
    let bundled = library::scenario(id).unwrap_or_else(|| panic!("no bundled scenario {id}"));
    let loaded = load_text(bundled.path, bundled.text.as_bytes(), &procedures).unwrap_or_else(|error| panic!("{}", error.render(false)));
    (loaded, procedures)
}

/// Plays `lines` live in practice mode, then scores the same lines again as
/// a whole session in a fresh drill, and checks both give the same report.
fn play(id: &str, lines: &[String]) -> Report {
    let (loaded, procedures) = loaded(id);
    let seed = loaded.scenario.seed;
    let mut live = Drill::new(&loaded, &procedures, seed, Mode::Practice).expect("builds");
    for line in lines {
        live.execute(line);
    }
    let mut whole = Drill::new(&loaded, &procedures, seed, Mode::Exam).expect("builds");
    for record in live.records() {
        whole.execute(&record.line);
    }
    let (live_report, whole_report) = (live.report(), whole.report());
    assert_eq!(live_report, whole_report, "live and whole-session scoring disagree on {id}");
    live_report
}

/// The scenario's reference solution for its default seed, placeholders filled.
fn solution(id: &str) -> Vec<String> {
    let (loaded, _) = loaded(id);
    loaded.instantiate(loaded.scenario.seed).expect("instantiates").solution
}

#[test]
fn every_reference_solution_earns_full_marks() {
    with_snapshots(|| {
        for bundled in SCENARIOS {
            let report = play(bundled.id, &solution(bundled.id));
            assert_eq!(report.score, 100, "{}: {}", bundled.id, report.shortfall());
            assert!(report.outcome.iter().all(|check| check.ok), "{}: {:#?}", bundled.id, report.outcome);
            insta::assert_snapshot!(format!("{}_reference_text", bundled.id), report.render_text(false));
            insta::assert_snapshot!(format!("{}_reference_json", bundled.id), report.to_json());
        }
    });
}

/// The reference solution of `compromised-mailbox` with its lines changed.
fn mailbox_variant(change: impl FnOnce(&mut Vec<String>)) -> Vec<String> {
    let mut lines = solution("compromised-mailbox");
    change(&mut lines);
    lines
}

fn position(lines: &[String], starts: &str) -> usize {
    lines.iter().position(|line| line.starts_with(starts)).unwrap_or_else(|| panic!("no line starting `{starts}` in {lines:#?}"))
}

fn mistake(name: &str, lines: &[String], expected_kind: &str) {
    let report = play("compromised-mailbox", lines);
    assert!(report.score < 100, "{name} should lose points");
    let kinds: Vec<String> = report.violations.iter().map(|violation| format!("{:?}", violation.kind).to_ascii_lowercase()).collect();
    assert!(kinds.iter().any(|kind| kind == expected_kind), "{name}: expected a {expected_kind} violation, got {kinds:?}");
    insta::assert_snapshot!(format!("compromised_mailbox_{name}_text"), report.render_text(false));
    insta::assert_snapshot!(format!("compromised_mailbox_{name}_json"), report.to_json());
}

#[test]
fn removing_rules_before_the_reset_is_an_order_violation_with_consequences() {
    with_snapshots(|| {
        let lines = mailbox_variant(|lines| {
            let reset = position(lines, "user reset-password");
            let rules: Vec<String> = lines.iter().filter(|line| line.starts_with("mailbox remove-rule")).cloned().collect();
            lines.retain(|line| !line.starts_with("mailbox remove-rule") && !line.starts_with("user block-sign-in"));
            let reset = reset.min(lines.len());
            for (offset, rule) in rules.into_iter().enumerate() {
                lines.insert(reset.saturating_sub(1) + offset, rule);
            }
            lines.insert(reset.saturating_sub(1), "wait 20m".to_string());
        });
        mistake("rules_first", &lines, "order");
    });
}

#[test]
fn emailing_the_new_password_to_the_user_is_forbidden() {
    with_snapshots(|| {
        let lines = mailbox_variant(|lines| {
            let notify = position(lines, "notify");
            let victim = lines[notify].split_whitespace().nth(1).unwrap_or_default().to_string();
            lines[notify] = format!("notify {victim} --via email --password");
        });
        mistake("password_emailed", &lines, "forbidden");
    });
}

#[test]
fn removing_a_legitimate_rule_is_harm() {
    with_snapshots(|| {
        let lines = mailbox_variant(|lines| {
            let remove = position(lines, "mailbox remove-rule");
            let victim = lines[remove].split_whitespace().nth(2).unwrap_or_default().to_string();
            lines.insert(remove + 1, format!("mailbox remove-rule {victim} \"Invoices to Alex\""));
        });
        mistake("legitimate_rule_removed", &lines, "harm");
    });
}

#[test]
fn releasing_the_restricted_sender_first_is_an_order_violation() {
    with_snapshots(|| {
        let lines = mailbox_variant(|lines| {
            let release = position(lines, "restricted release");
            let line = lines.remove(release);
            lines.insert(0, line);
        });
        mistake("released_first", &lines, "order");
    });
}

#[test]
fn doing_nothing_fails() {
    with_snapshots(|| {
        let report = play("compromised-mailbox", &["submit".to_string()]);
        assert!(!report.passed);
        assert!(report.outcome.iter().any(|check| !check.ok));
        insta::assert_snapshot!("compromised_mailbox_nothing_text", report.render_text(false));
        insta::assert_snapshot!("compromised_mailbox_nothing_json", report.to_json());
    });
}

#[test]
fn the_json_report_has_the_documented_fields() {
    let report = play("compromised-mailbox", &solution("compromised-mailbox"));
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).expect("valid JSON");
    for field in [
        "schema_version",
        "scenario",
        "seed",
        "score",
        "pass_mark",
        "passed",
        "steps",
        "outcome",
        "violations",
        "time_to_containment_s",
        "commands",
        "hints_used",
    ] {
        assert!(json.get(field).is_some(), "missing {field}");
    }
    for step in json["steps"].as_array().expect("steps") {
        for field in ["procedure", "id", "status", "source"] {
            assert!(step.get(field).is_some(), "step without {field}: {step}");
        }
    }
}
