//! A graded session is the session that was played: every entry carries a
//! digest of its output and a link of a hash chain from the header's random
//! nonce; `grade` checks the chain and replays, and marks anything else
//! altered (and exits 1). An exam not yet submitted shows only its progress.

use crate::cli::{LOCKOUT, LOCKOUT_SOLUTION, sandbox, tenantdrill};
use predicates::prelude::*;
use std::path::Path;
use tenantdrill::session::{self, Entry};

fn record(sandbox: &Path, name: &str, mode: &str, commands: &str) -> String {
    tenantdrill(sandbox)
        .args(["run", LOCKOUT, "--session", name, "--mode", mode, "--trainee", "ann"])
        .write_stdin(commands.to_string())
        .assert()
        .success();
    std::fs::read_to_string(sandbox.join(name)).expect("the session file")
}

fn grade(sandbox: &Path, name: &str, format: &str) -> assert_cmd::assert::Assert {
    tenantdrill(sandbox).args(["grade", name, "--scenario", LOCKOUT, "--format", format]).assert()
}

fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

fn json(assert: &assert_cmd::assert::Assert) -> serde_json::Value {
    serde_json::from_str(&stdout(assert)).expect("JSON")
}

/// Every line of a session file as JSON, changed by `edit`, written back.
fn edit(path: &Path, edit: impl FnOnce(&mut Vec<serde_json::Value>)) {
    let text = std::fs::read_to_string(path).expect("read");
    let mut lines: Vec<serde_json::Value> = text.lines().map(|line| serde_json::from_str(line).expect("JSON")).collect();
    edit(&mut lines);
    let text: String = lines.iter().map(|line| line.to_string() + "\n").collect();
    std::fs::write(path, text).expect("write");
}

#[test]
fn an_untouched_session_is_verified() {
    let sandbox = sandbox("integrity_verified");
    record(&sandbox, "s.jsonl", "practice", LOCKOUT_SOLUTION);
    let text = grade(&sandbox, "s.jsonl", "text").success();
    assert!(!stdout(&text).contains("INTEGRITY"), "{}", stdout(&text));
    assert_eq!(json(&grade(&sandbox, "s.jsonl", "json").success())["sessions"][0]["integrity"], "verified");
}

#[test]
fn an_edited_entry_marks_the_session_altered_in_every_format() {
    let sandbox = sandbox("integrity_edited");
    record(&sandbox, "s.jsonl", "practice", "user show adele\nuser unlock adele\nstatus\n");
    // The trainee claims a command they never gave worked.
    edit(&sandbox.join("s.jsonl"), |lines| lines[2]["outcome"] = "done".into());
    let text = grade(&sandbox, "s.jsonl", "text").code(1);
    let shown = stdout(&text);
    assert!(shown.starts_with("== s.jsonl ==\nINTEGRITY: ALTERED: command 2 does not follow from the lines before it"), "{shown}");
    let document = json(&grade(&sandbox, "s.jsonl", "json").code(1));
    assert_eq!(document["sessions"][0]["integrity"], "altered");
    assert_eq!(document["sessions"][0]["altered_at"]["entry"], 2);
    let csv = stdout(&grade(&sandbox, "s.jsonl", "csv").code(1));
    assert!(csv.lines().nth(1).is_some_and(|row| row.contains(",true,altered,")), "{csv}");
}

#[test]
fn a_deleted_or_reordered_line_is_detected() {
    let sandbox = sandbox("integrity_deleted");
    record(&sandbox, "s.jsonl", "practice", "user show adele\nstatus\nuser unlock adele\n");
    std::fs::copy(sandbox.join("s.jsonl"), sandbox.join("moved.jsonl")).expect("copy");
    edit(&sandbox.join("s.jsonl"), |lines| {
        lines.remove(1);
        for (index, line) in lines.iter_mut().enumerate().skip(1) {
            line["n"] = index.into();
        }
    });
    let document = json(&grade(&sandbox, "s.jsonl", "json").code(1));
    assert_eq!(document["sessions"][0]["altered_at"]["entry"], 1);
    edit(&sandbox.join("moved.jsonl"), |lines| {
        lines.swap(1, 2);
        lines[1]["n"] = 1.into();
        lines[2]["n"] = 2.into();
    });
    assert_eq!(json(&grade(&sandbox, "moved.jsonl", "json").code(1))["sessions"][0]["altered_at"]["entry"], 1);
}

#[test]
fn a_copied_session_is_detected() {
    let sandbox = sandbox("integrity_copied");
    record(&sandbox, "ann.jsonl", "practice", LOCKOUT_SOLUTION);
    // Handed in again under another name, as it is, or with the name changed.
    std::fs::copy(sandbox.join("ann.jsonl"), sandbox.join("bo.jsonl")).expect("copy");
    std::fs::copy(sandbox.join("ann.jsonl"), sandbox.join("cy.jsonl")).expect("copy");
    edit(&sandbox.join("cy.jsonl"), |lines| lines[0]["trainee"] = "cy".into());
    let assert = tenantdrill(&sandbox).args(["grade", "ann.jsonl", "bo.jsonl", "--scenario", LOCKOUT, "--format", "json"]).assert().code(1);
    let document = json(&assert);
    for index in 0..2 {
        assert_eq!(document["sessions"][index]["integrity"], "altered");
        let reason = document["sessions"][index]["altered_at"]["reason"].as_str().unwrap_or_default().to_string();
        assert!(reason.contains("the same session as"), "{reason}");
    }
    let document = json(&grade(&sandbox, "cy.jsonl", "json").code(1));
    assert_eq!(document["sessions"][0]["altered_at"]["entry"], 1, "the header is covered by the chain");
}

#[test]
fn a_resealed_file_with_another_output_is_caught_by_the_replay() {
    let sandbox = sandbox("integrity_resealed");
    let text = record(&sandbox, "s.jsonl", "practice", "user show adele\nstatus\n");
    // Someone who rebuilds the chain by hand still cannot change what a
    // command showed: the replay computes it again.
    let mut parsed = session::parse("s.jsonl", &text).expect("parses");
    parsed.entries[0].1.output = Some("0".repeat(64));
    let mut link = session::chain_start(&parsed.header);
    let mut out = format!("{}\n", serde_json::to_string(&parsed.header).expect("JSON"));
    for (_, entry) in &parsed.entries {
        let chain = session::chain_next(&link, entry);
        out.push_str(&format!("{}\n", serde_json::to_string(&Entry { chain: Some(chain.clone()), ..entry.clone() }).expect("JSON")));
        link = chain;
    }
    std::fs::write(sandbox.join("s.jsonl"), out).expect("write");
    let document = json(&grade(&sandbox, "s.jsonl", "json").code(1));
    assert_eq!(document["sessions"][0]["altered_at"]["entry"], 1);
    let reason = document["sessions"][0]["altered_at"]["reason"].as_str().unwrap_or_default().to_string();
    assert!(reason.contains("showed another output on replay"), "{reason}");
}

/// An exam session with its `submit` taken off: still in progress.
fn exam_in_progress(sandbox: &Path) {
    record(sandbox, "exam.jsonl", "exam", "user show adele\nuser reset-password adele --auto\n");
    let text = std::fs::read_to_string(sandbox.join("exam.jsonl")).expect("read");
    let kept: String = text.split_inclusive('\n').take(3).collect();
    std::fs::write(sandbox.join("exam.jsonl"), kept).expect("write");
}

#[test]
fn an_unsubmitted_exam_shows_only_its_progress() {
    let sandbox = sandbox("integrity_exam_closed");
    exam_in_progress(&sandbox);
    let text = stdout(&grade(&sandbox, "exam.jsonl", "text").success());
    assert_eq!(text, "== exam.jsonl ==\nann · cli-lockout · seed 7 · exam mode · in progress, 2 commands\n\n");
    let document = json(&grade(&sandbox, "exam.jsonl", "json").success());
    assert_eq!(document["sessions"][0]["commands"], 2);
    assert!(document["sessions"][0].get("report").is_none(), "{document}");
    let csv = stdout(&grade(&sandbox, "exam.jsonl", "csv").success());
    assert_eq!(csv.lines().nth(1), Some("exam.jsonl,ann,cli-lockout,7,exam,,,false,verified,,,,,,"), "no score, no step, no check");
}

#[test]
fn an_exam_turned_into_practice_in_the_header_stays_an_exam() {
    let sandbox = sandbox("integrity_exam_mode");
    exam_in_progress(&sandbox);
    edit(&sandbox.join("exam.jsonl"), |lines| lines[0]["mode"] = "practice".into());
    let graded = grade(&sandbox, "exam.jsonl", "text").code(1);
    let text = stdout(&graded);
    assert!(text.contains("exam mode · in progress, 2 commands") && !text.contains("Score"), "{text}");
    let resumed = tenantdrill(&sandbox)
        .args(["play", LOCKOUT, "--resume", "exam.jsonl"])
        .write_stdin("notify adele --via phone --password\n")
        .assert()
        .success()
        .stderr(predicate::str::contains("the session continues in exam mode"));
    let shown = stdout(&resumed);
    let before_submit = shown.split("> submit").next().unwrap_or_default();
    assert!(shown.contains("exam mode") && !before_submit.contains("✓"), "no feedback in an exam:\n{shown}");
}

#[test]
fn a_version_1_session_still_grades_marked_unverified() {
    let sandbox = sandbox("integrity_version_1");
    record(&sandbox, "old.jsonl", "practice", LOCKOUT_SOLUTION);
    edit(&sandbox.join("old.jsonl"), |lines| {
        lines[0]["version"] = 1.into();
        for line in lines.iter_mut() {
            if let Some(object) = line.as_object_mut() {
                object.remove("nonce");
                object.remove("output");
                object.remove("chain");
                object.remove("secrets");
            }
        }
    });
    let text = stdout(&grade(&sandbox, "old.jsonl", "text").success());
    assert!(text.contains("INTEGRITY UNVERIFIED") && text.contains("Score 100/100"), "{text}");
    let csv = stdout(&grade(&sandbox, "old.jsonl", "csv").success());
    assert!(csv.lines().nth(1).is_some_and(|row| row.contains(",true,unverified,100,")), "{csv}");
}
