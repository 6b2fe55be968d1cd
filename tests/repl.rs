//! The REPL: transcripts fed through standard input and snapshotted, the
//! line editor's helper without a terminal, and a pseudo-terminal smoke
//! test of completion, Ctrl-C, Ctrl-D and the history file.

use crate::cli::{LOCKOUT, isolate, sandbox, scenario, tenantdrill};
use rustyline::completion::Completer;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use std::path::Path;
use tenantdrill::command::{self, COMMANDS};
use tenantdrill::drill::{Drill, Mode, Reply};
use tenantdrill::repl::{CommandHelper, CompletionSnapshot, Driver, render_echo, render_reply};
use tenantdrill::scenario::library::bundled_procedures;
use tenantdrill::scenario::load::load_file;
use tenantdrill::scoring::Feedback;
use tenantdrill::scoring::ViolationKind;
use tenantdrill::scoring::finding::{Citation, Credit, Finding};

const TRANSCRIPTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/cli/transcripts");

/// Plays `script` (a file under `tests/data/cli/transcripts`) through
/// `play` on a pipe and returns standard output.
fn transcript(name: &str, script: &str, arguments: &[&str]) -> String {
    let sandbox = sandbox(&format!("transcript_{name}"));
    let input = std::fs::read_to_string(Path::new(TRANSCRIPTS).join(script)).expect("the script");
    let output = tenantdrill(&sandbox).arg("play").args(arguments).write_stdin(input).output().expect("run play");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

#[test]
fn transcript_compromised_mailbox_every_command() {
    let text = transcript("compromised_mailbox", "compromised-mailbox.txt", &[&scenario("compromised-mailbox")]);
    assert!(!text.contains("Sunny-Harbor-Drift-92#"), "a typed password never shows");
    assert!(text.contains("Time is up."), "`support call` takes longer than the time limit");
    crate::support::with_snapshots(|| insta::assert_snapshot!(text));
}

/// Token theft: the attacker's own authenticator and device, found by
/// their registration times and removed; the owner's laptop stays.
#[test]
fn transcript_token_theft_devices_and_methods() {
    let text = transcript("token_theft", "token-theft.txt", &[&scenario("token-theft")]);
    assert!(text.contains("Non-interactive"), "the attacker's token refreshes show in the sign-in log:\n{text}");
    assert!(text.contains("LAPTOP-7Q2K9"), "the owner's laptop is listed:\n{text}");
    crate::support::with_snapshots(|| insta::assert_snapshot!(text));
}

/// Illicit consent grant: the consent in the audit log, the application
/// among the organisation's own, disabled and its grant revoked; deleting it
/// afterwards is the playbook's forbidden action.
#[test]
fn transcript_consent_phishing_applications_and_grants() {
    let text = transcript("consent_phishing", "consent-phishing.txt", &[&scenario("consent-phishing")]);
    assert!(
        text.contains("Consent to application"),
        "the consent shows in the audit log:
{text}"
    );
    assert!(
        text.contains("Northwind Expenses"),
        "the organisation's own application is listed:
{text}"
    );
    assert!(
        text.contains("rather than delete it"),
        "deleting the application is reported as forbidden:
{text}"
    );
    crate::support::with_snapshots(|| insta::assert_snapshot!(text));
}

/// Password spray over IMAP: the interrupted sign-ins (50076), the
/// Conditional Access policies and named locations, a bad range and an
/// unknown location refused, and the risky users.
#[test]
fn transcript_password_spray_legacy_conditional_access() {
    let text = transcript("password_spray_legacy", "password-spray-legacy.txt", &[&scenario("password-spray-legacy")]);
    assert!(text.contains("IMAP4") && text.contains("Failure 50076"), "the interrupted sign-ins over IMAP show:\n{text}");
    assert!(text.contains("102.89.1.0/16 is not an IPv4 range"), "a range with host bits is refused:\n{text}");
    crate::support::with_snapshots(|| insta::assert_snapshot!(text));
}

#[test]
fn transcript_caller_verification_quit_leaves_without_a_score() {
    let text = transcript("caller_verification", "caller-verification.txt", &[&scenario("caller-verification")]);
    assert!(text.ends_with("> quit\n"), "on a pipe, quit leaves at once and runs nothing after it:\n{text}");
    assert!(!text.contains("Score"), "quit never submits:\n{text}");
    crate::support::with_snapshots(|| insta::assert_snapshot!(text));
}

#[test]
fn transcript_exam_mode_has_no_feedback() {
    let text = transcript("exam", "exam.txt", &[LOCKOUT, "--mode", "exam"]);
    let before_the_report = &text[..text.find("> submit").expect("a submit")];
    assert!(!before_the_report.contains('✓'), "exam mode shows no feedback before the report:\n{text}");
    crate::support::with_snapshots(|| insta::assert_snapshot!(text));
}

#[test]
fn transcripts_cover_every_command() {
    let mut lines = Vec::new();
    for entry in std::fs::read_dir(TRANSCRIPTS).expect("the transcripts") {
        let text = std::fs::read_to_string(entry.expect("an entry").path()).expect("a script");
        lines.extend(text.lines().map(str::to_string));
    }
    for spec in COMMANDS {
        let used = lines.iter().any(|line| line == spec.name || line.starts_with(&format!("{} ", spec.name)));
        assert!(used, "no transcript uses `{}`", spec.name);
    }
}

/// A drill of the CLI tests' scenario.
fn lockout_drill(mode: Mode) -> Drill {
    let procedures = bundled_procedures().expect("bundled procedures");
    let loaded = load_file(Path::new(LOCKOUT), &procedures).expect("the scenario loads");
    Drill::new(&loaded, &procedures, 7, mode).expect("the drill builds")
}

#[test]
fn the_helper_forwards_to_command_completion() {
    let drill = lockout_drill(Mode::Practice);
    let tenant = drill.simulation().tenant();
    let helper = CommandHelper::new(tenant, false);
    let history = DefaultHistory::new();
    let context = rustyline::Context::new(&history);
    for line in ["", "us", "user block-sign-in ad", "user reset-password adele --", "mailbox rules "] {
        let (start, candidates) = helper.complete(line, line.len(), &context).expect("completion");
        assert_eq!((start, candidates), command::complete(line, line.len(), tenant), "completing {line:?}");
        assert_eq!(helper.hint(line, line.len(), &context), command::hint(line, tenant), "hint for {line:?}");
    }
    let (start, candidates) = helper.complete("user block-sign-in ad", 21, &context).expect("completion");
    assert_eq!(start, 19);
    assert!(candidates.contains(&"adele@fabrikam.example".to_string()), "{candidates:?}");
    assert_eq!(helper.hint("user block-sign-in ad", 10, &context), None, "no hint in the middle of a line");
    assert_eq!(helper.snapshot(), &CompletionSnapshot::of(tenant));
}

#[test]
fn the_helper_sees_the_tenant_after_each_command() {
    let mailbox = scenario("compromised-mailbox");
    let procedures = bundled_procedures().expect("bundled procedures");
    let loaded = match tenantdrill::scenario::library::scenario(&mailbox) {
        Some(bundled) => tenantdrill::scenario::load::load_text(bundled.path, bundled.text.as_bytes(), &procedures),
        None => load_file(Path::new(&mailbox), &procedures),
    }
    .expect("the scenario loads");
    let drill = Drill::new(&loaded, &procedures, loaded.scenario.seed, Mode::Practice).expect("the drill builds");
    let mut helper = CommandHelper::new(drill.simulation().tenant(), false);
    let mut driver: Driver<Vec<u8>> = Driver::new(drill, None, 0, false);
    let history = DefaultHistory::new();
    let context = rustyline::Context::new(&history);
    let line = "mailbox remove-rule megan R";
    let offered = |helper: &CommandHelper| helper.complete(line, line.len(), &context).expect("completion").1;
    // The hidden rule is offered only once the trainee has listed it.
    assert!(offered(&helper).is_empty());
    driver.handle("mailbox rules megan --hidden").expect("no session file to fail");
    helper.refresh(driver.drill().simulation().tenant());
    assert_eq!(offered(&helper), ["\"RSS Feeds\""]);
    driver.handle("mailbox remove-rule megan \"RSS Feeds\"").expect("no session file to fail");
    assert_eq!(offered(&helper), ["\"RSS Feeds\""], "the snapshot is only as new as its last update");
    helper.refresh(driver.drill().simulation().tenant());
    assert!(offered(&helper).is_empty(), "the removed rule is no longer offered");
}

#[test]
fn hints_are_grey_only_with_colour() {
    let drill = lockout_drill(Mode::Practice);
    let plain = CommandHelper::new(drill.simulation().tenant(), false);
    assert_eq!(plain.highlight_hint(" UPN"), " UPN");
    assert_eq!(plain.highlight_prompt("[09:00 admin@fabrikam] > ", true), "[09:00 admin@fabrikam] > ");
    let coloured = CommandHelper::new(drill.simulation().tenant(), true);
    assert_eq!(coloured.highlight_hint(" UPN"), "\u{1b}[90m UPN\u{1b}[0m");
}

#[test]
fn replies_render_plain_or_coloured() {
    let reply = Reply {
        output: "Done.\n".to_string(),
        feedback: vec![
            Feedback::StepDone {
                procedure: "p".to_string(),
                step: "s".to_string(),
                instruction: "Reset the password.".into(),
                citation: Citation { article: "Unlocking an account".into(), steps: vec![1], links: Vec::new() },
                credit: Credit::Full,
            },
            Feedback::Violation { kind: ViolationKind::Forbidden, finding: Finding::Forbidden { reason: "Do not.".into() }, points: 0 },
        ],
        ..Reply::default()
    };
    assert_eq!(render_reply(&reply, false), "Done.\n✓ Reset the password. (Unlocking an account, step 1)\n✗ Do not.\n");
    assert_eq!(render_reply(&Reply::error("Error: no such user"), true), "\u{1b}[31mError: no such user\u{1b}[0m\n");
    assert_eq!(render_reply(&Reply::quiet(), true), "");
    assert_eq!(render_echo("[09:00 a@b] > ", "users", false), "[09:00 a@b] > users\n");
}

#[test]
fn the_driver_masks_passwords_in_replies_and_records() {
    let mut driver: Driver<Vec<u8>> = Driver::new(lockout_drill(Mode::Practice), None, 0, false);
    let turn = driver.handle("user reset-password adele --password Sunny-Harbor-Drift-92#").expect("handled");
    assert_eq!(turn.line, "user reset-password adele --password ***");
    assert!(turn.reply.output.contains("New password: ***"), "{}", turn.reply.output);
    let turn = driver.handle("status").expect("handled");
    assert!(!turn.reply.output.contains("Sunny"));
    assert!(driver.drill().records().iter().all(|record| !record.line.contains("Sunny")));
}

/// The pseudo-terminal: the prompt, Tab completion, Ctrl-C, and leaving
/// with Ctrl-D without submitting. Passwords never reach the history file.
#[cfg(unix)]
#[test]
fn pseudo_terminal_smoke_test() {
    let sandbox = sandbox("pty");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_tenantdrill"));
    isolate(&mut command, &sandbox);
    command.env("TERM", "xterm").args(["play", &scenario("compromised-mailbox"), "--session", "pty.jsonl"]);
    let mut session = rexpect::session::spawn_command(command, Some(30_000)).expect("spawn in a pseudo-terminal");
    session.exp_string("[09:00 patti@contoso] > ").expect("the prompt");

    // Tab completes the user name.
    session.send("user block-sign-in me\t").expect("type");
    session.flush().expect("flush");
    session.exp_string("user block-sign-in megan").expect("completed to the user's name");
    session.send("\r").expect("enter");
    session.flush().expect("flush");
    session.exp_string("Done.").expect("the block ran");
    session.exp_string("[09:01 patti@contoso] > ").expect("the next prompt");

    // Ctrl-C clears a half-typed line; nothing runs.
    session.send("users --fil").expect("type");
    session.flush().expect("flush");
    session.exp_string("users --fil").expect("echoed");
    session.send_control('c').expect("Ctrl-C");
    // Wait for the new line and prompt before typing on: redraws of the
    // cleared line also show the prompt, and keys typed while the editor
    // starts over could be lost, as for a person typing very fast.
    session.exp_string("\r\n").expect("the line is left");
    session.exp_string("[09:01 patti@contoso] > ").expect("a fresh prompt");

    // A password typed at the prompt is masked in the history.
    session.send("user reset-password megan --password Sunny-Harbor-Drift-92#\r").expect("type");
    session.flush().expect("flush");
    session.exp_string("New password: ***").expect("the reset, masked");
    session.exp_string("[09:02 patti@contoso] > ").expect("the next prompt");

    // Ctrl-D asks whether to submit; "n" leaves the session open.
    session.send_control('d').expect("Ctrl-D");
    session.exp_string("Submit your work for grading now? [y/N] ").expect("the question");
    session.send("n\r").expect("answer");
    session.flush().expect("flush");
    session.exp_string("Not submitted. Continue later with: tenantdrill play --resume pty.jsonl").expect("how to continue");
    session.exp_eof().expect("the end");

    let history = std::fs::read_to_string(sandbox.join("state/tenantdrill/history/compromised-mailbox.txt")).expect("the history file");
    assert!(history.contains("user reset-password megan --password ***"), "{history}");
    assert!(!history.contains("Sunny"), "{history}");
    let recorded = std::fs::read_to_string(sandbox.join("pty.jsonl")).expect("the session file");
    assert_eq!(recorded.lines().count(), 3, "the header and two commands; the cleared line is not recorded:\n{recorded}");
    assert!(!recorded.contains("Sunny") && !recorded.contains("--fil"), "{recorded}");
}
