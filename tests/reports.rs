//! The scorer's reports on the bundled library: every reference solution
//! earns full marks (text and JSON snapshotted), the classic mistakes on
//! `compromised-mailbox` are caught and explained, and live scoring agrees
//! with scoring the whole session afterwards.

use crate::support::with_snapshots;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::i18n::Lang;
use tenantdrill::scenario::library::{self, SCENARIOS, bundled_procedures};
use tenantdrill::scenario::load::{Loaded, load_text};
use tenantdrill::scoring::Report;

fn loaded(id: &str) -> (Loaded, library::ProcedureSet) {
    let procedures = bundled_procedures().expect("bundled procedures parse");
    let bundled = library::scenario(id).unwrap_or_else(|| panic!("no bundled scenario {id}"));
    let loaded = load_text(bundled.path, bundled.text.as_bytes(), &procedures)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
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

/// The mailbox solution with its rules removed before the reset (and no
/// block): an order violation whose rules come back.
fn rules_before_the_reset() -> Vec<String> {
    mailbox_variant(|lines| {
        let reset = position(lines, "user reset-password");
        let rules: Vec<String> = lines.iter().filter(|line| line.starts_with("mailbox remove-rule")).cloned().collect();
        lines.retain(|line| !line.starts_with("mailbox remove-rule") && !line.starts_with("user block-sign-in"));
        let reset = reset.min(lines.len());
        for (offset, rule) in rules.into_iter().enumerate() {
            lines.insert(reset.saturating_sub(1) + offset, rule);
        }
        lines.insert(reset.saturating_sub(1), "wait 20m".to_string());
    })
}

#[test]
fn removing_rules_before_the_reset_is_an_order_violation_with_consequences() {
    with_snapshots(|| {
        let lines = rules_before_the_reset();
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

/// The password-emailed mistake (a forbidden action, consequences, a missed
/// step, failed checks), played once and reported in every language.
fn mailbox_mistake_in_every_language() -> Vec<(Lang, Report)> {
    let lines = mailbox_variant(|lines| {
        let notify = position(lines, "notify");
        let victim = lines[notify].split_whitespace().nth(1).unwrap_or_default().to_string();
        lines[notify] = format!("notify {victim} --via email --password");
    });
    let (loaded, procedures) = loaded("compromised-mailbox");
    let mut drill = Drill::new(&loaded, &procedures, loaded.scenario.seed, Mode::Exam).expect("builds");
    for line in &lines {
        drill.execute(line);
    }
    Lang::ALL.into_iter().map(|lang| (lang, drill.report_in(lang))).collect()
}

#[test]
fn the_report_is_written_in_each_language() {
    with_snapshots(|| {
        let reports = mailbox_mistake_in_every_language();
        for (lang, report) in &reports {
            assert_eq!(report.lang, *lang);
            insta::assert_snapshot!(format!("compromised_mailbox_password_emailed_{}_text", lang.code()), report.render_text(false));
            insta::assert_snapshot!(format!("compromised_mailbox_password_emailed_{}_json", lang.code()), report.to_json());
            // Citations name the article and link Microsoft's page in the language.
            let link = format!("https://learn.microsoft.com/{}/", lang.learn_locale());
            assert!(report.procedures.iter().all(|procedure| procedure.url.as_deref().is_some_and(|url| url.starts_with(&link))));
            assert!(report.steps.iter().all(|step| step.source_url.as_deref().is_some_and(|url| url.starts_with(&link))));
            assert!(!report.steps.iter().any(|step| step.source.contains("003")), "no seed file numbers in citations");
        }
        let english = &reports[0].1;
        for (lang, report) in &reports[1..] {
            let text = report.render_text(false);
            for heading in ["Procedure steps", "Violations", "Timeline", "Outcome", "FAILED", "did not apply", "access denied"] {
                assert!(!text.contains(heading), "{lang}: English '{heading}' left in\n{text}");
            }
            // A forbidden action's reason is the procedure's text (translated in the file); what it caused is ours.
            assert_ne!(report.violations[0].caused, english.violations[0].caused, "{lang}");
            assert_ne!(report.shortfall(), english.shortfall(), "{lang}");
        }
    });
}

/// What a report grades, without its words.
fn grading(report: &Report) -> String {
    format!(
        "{:#?}",
        (
            report.score,
            report.passed,
            report.points,
            report
                .steps
                .iter()
                .map(|step| (step.procedure.clone(), step.id.clone(), step.status, step.points, step.possible))
                .collect::<Vec<_>>(),
            report.outcome.iter().map(|check| (check.id.clone(), check.ok, check.points)).collect::<Vec<_>>(),
            report.violations.iter().map(|violation| (violation.kind, violation.points, violation.caused.len())).collect::<Vec<_>>(),
            (report.consequences.len(), report.noted.len(), report.timeline.len(), report.time_to_containment_s),
        )
    )
}

#[test]
fn the_language_changes_only_the_words() {
    for bundled in SCENARIOS {
        let (loaded, procedures) = loaded(bundled.id);
        let seed = loaded.scenario.seed;
        let mut drills: Vec<Drill> =
            Lang::ALL.into_iter().map(|lang| Drill::new(&loaded, &procedures, seed, Mode::Exam).expect("builds").with_lang(lang)).collect();
        for line in solution(bundled.id) {
            for drill in &mut drills {
                drill.execute(&line);
            }
        }
        let english = grading(&drills[0].report());
        for drill in &drills {
            let report = drill.report();
            assert_eq!(report.lang, drill.lang());
            assert_eq!(report.score, 100, "{} in {}: {}", bundled.id, drill.lang(), report.shortfall());
            assert_eq!(grading(&report), english, "{} in {}", bundled.id, drill.lang());
        }
    }
    let reports = mailbox_mistake_in_every_language();
    let english = grading(&reports[0].1);
    for (lang, report) in &reports {
        assert_eq!(grading(report), english, "{lang}");
    }
}

#[test]
fn live_feedback_speaks_the_drills_language() {
    let (loaded, procedures) = loaded("compromised-mailbox");
    let mut drill = Drill::new(&loaded, &procedures, loaded.scenario.seed, Mode::Practice).expect("builds").with_lang(Lang::Nb);
    let mut feedback = Vec::new();
    for line in solution("compromised-mailbox") {
        feedback.extend(drill.execute(&line).feedback);
    }
    let said: Vec<String> = feedback.iter().map(|item| item.render(drill.lang())).collect();
    let cited = said.iter().position(|line| line.starts_with('✓') && line.contains(", trinn ")).expect("a step of the article done");
    assert!(said[cited].contains("https://learn.microsoft.com/nb-no/"), "{}", said[cited]);
    assert!(said.iter().all(|line| !line.contains(" step ") && !line.contains("other guidance")), "{said:#?}");
    // The same facts in English, as before.
    let english = feedback[cited].render(Lang::En);
    assert!(english.contains(", step ") && english.contains("https://learn.microsoft.com/en-us/"), "{english}");
    assert_eq!(english, feedback[cited].to_string());
    // The transcript shows it as the drill said it.
    let mut replay = Drill::new(&loaded, &procedures, loaded.scenario.seed, Mode::Practice).expect("builds").with_lang(Lang::Nb);
    let mut shown = String::new();
    for line in solution("compromised-mailbox") {
        shown.push_str(&tenantdrill::repl::render_reply(&replay.execute(&line), false));
    }
    assert!(shown.contains(", trinn ") && !shown.contains(", step ") && !shown.contains("other guidance"), "{shown}");
    // `check` gives the progress in the drill's language too.
    let progress = drill.execute("check").output;
    assert!(progress.contains("Utført så langt") && progress.contains("Resultatmål") && !progress.contains("Done so far"), "{progress}");
}

/// The debrief's timeline drawing depends on who acted and which step a
/// violation names, not on the words: its shapes are the same in every
/// language (lanes, marks, cause-and-effect arrows).
#[test]
fn the_debriefs_timeline_is_drawn_the_same_in_every_language() {
    use tenantdrill::class::{GradedSession, Integrity, html::debrief_page};
    let lines = rules_before_the_reset();
    let (loaded, procedures) = loaded("compromised-mailbox");
    let mut drill = Drill::new(&loaded, &procedures, loaded.scenario.seed, Mode::Exam).expect("builds");
    for line in &lines {
        drill.execute(line);
    }
    let shapes = |lang: Lang| {
        let page = debrief_page(
            &GradedSession {
                file: "session.jsonl".to_string(),
                trainee: "trainee".to_string(),
                mode: Mode::Exam,
                submitted: true,
                started_utc: None,
                ended_utc: None,
                integrity: Integrity::Verified,
                report: drill.report_in(lang),
            },
            lang,
        );
        let document = scraper::Html::parse_document(&page);
        let selector = scraper::Selector::parse("svg circle, svg line, svg rect, svg path, svg polygon").expect("a selector");
        document
            .select(&selector)
            .map(|element| {
                let value = element.value();
                let mut attributes: Vec<String> = ["cx", "cy", "x1", "y1", "x2", "y2", "x", "y", "d", "points", "class"]
                    .iter()
                    .filter_map(|name| value.attr(name).map(|found| format!("{name}={found}")))
                    .collect();
                attributes.insert(0, value.name().to_string());
                attributes.join(" ")
            })
            .collect::<Vec<_>>()
    };
    let english = shapes(Lang::En);
    assert!(english.iter().any(|shape| shape.starts_with("line")), "the timeline draws something: {english:#?}");
    for lang in [Lang::Nb, Lang::Nl, Lang::Sl] {
        assert_eq!(shapes(lang), english, "{} draws the timeline differently", lang.code());
    }
}
