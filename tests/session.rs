//! Session files: reading them back, replaying them to the same state, and
//! sessions that survive `kill -9`.

use crate::cli::{LOCKOUT, LOCKOUT_SOLUTION, isolate, sandbox, scenario, tenantdrill};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::repl::Driver;
use tenantdrill::scenario::library::{ProcedureSet, bundled_procedures};
use tenantdrill::scenario::load::{Loaded, load_file, load_text};
use tenantdrill::session::{self, Header, OutcomeKind, STAND_IN_PASSWORD, SessionWriter, parse, replay, unmask};

fn load(argument: &str) -> (Loaded, ProcedureSet) {
    let procedures = bundled_procedures().expect("bundled procedures");
    let loaded = match tenantdrill::scenario::library::scenario(argument) {
        Some(bundled) => load_text(bundled.path, bundled.text.as_bytes(), &procedures),
        None => load_file(Path::new(argument), &procedures),
    }
    .expect("the scenario loads");
    (loaded, procedures)
}

/// Plays `lines` as a live session, returning the file's text and the drill.
fn record(loaded: &Loaded, procedures: &ProcedureSet, seed: u64, lines: &[&str]) -> (String, Drill) {
    let drill = Drill::new(loaded, procedures, seed, Mode::Practice).expect("the drill builds");
    let header = Header::new(&drill, &loaded.scenario.id, "ann");
    let writer = SessionWriter::create(Vec::new(), &header).expect("write to memory");
    let mut driver = Driver::new(drill, Some(writer), 0, false);
    for line in lines {
        driver.handle(line).expect("write to memory");
    }
    let drill = driver.drill().clone();
    let bytes = driver.into_writer().expect("a writer").into_inner();
    (String::from_utf8(bytes).expect("UTF-8"), drill)
}

#[test]
fn a_session_replays_to_the_same_state() {
    let mailbox = scenario("compromised-mailbox");
    let (loaded, procedures) = load(&mailbox);
    let lines = [
        "alerts",
        "logs sign-ins megan",
        // Accepted, rejected as weak, and denied (a Helpdesk Administrator
        // cannot reset a Global Administrator's password).
        "user reset-password megan --password Sunny-Harbor-Drift-92#",
        "user reset-password megan --password=Tiny7",
        "ask lee user reset-password nestor --password Sunny-Harbor-Drift-92#",
        "user revoke-sessions megan",
        "mailbox rules megan --hidden",
        "mailbox remove-rule megan \"RSS Feeds\"",
        "hint",
        "usres",
        "wait 30m",
        "mailbox show megan",
    ];
    let (text, live) = record(&loaded, &procedures, 11, &lines);
    assert!(!text.contains("Sunny") && !text.contains("Tiny7"), "no password reaches the file:\n{text}");
    let parsed = parse("s.jsonl", &text).expect("the file parses");
    assert_eq!(parsed.entries.len(), lines.len());
    assert_eq!(parsed.valid_bytes, text.len());
    let outcomes: Vec<OutcomeKind> = parsed.entries.iter().map(|(_, entry)| entry.outcome).collect();
    assert_eq!(outcomes[2..5], [OutcomeKind::Done, OutcomeKind::Invalid, OutcomeKind::Denied]);
    let replayed = replay("s.jsonl", &parsed, &loaded, &procedures).expect("it replays");
    assert!(replayed.warnings.is_empty(), "{:?}", replayed.warnings);
    assert_eq!(replayed.commands, 12);
    assert_eq!(replayed.drill.report(), live.report());
    assert_eq!(replayed.drill.simulation().now(), live.simulation().now());
    assert_eq!(replayed.drill.hints_used(), live.hints_used());
    let lines_of = |drill: &Drill| drill.records().iter().map(|record| (record.line.clone(), record.outcome.clone())).collect::<Vec<_>>();
    assert_eq!(lines_of(&replayed.drill), lines_of(&live));
}

#[test]
fn the_header_records_what_rebuilds_the_drill() {
    let (loaded, procedures) = load(LOCKOUT);
    let (text, _) = record(&loaded, &procedures, 9, &["user show adele", "", "# a note", "quit"]);
    let mut lines = text.lines();
    let header: serde_json::Value = serde_json::from_str(lines.next().expect("a header")).expect("JSON");
    assert_eq!(header["format"], "tenantdrill-session");
    assert_eq!(header["version"], 2);
    assert_eq!(header["scenario"], "cli-lockout");
    assert_eq!(header["digest"], loaded.digest.as_str());
    assert_eq!(header["seed"], 9);
    assert_eq!(header["mode"], "practice");
    assert_eq!(header["trainee"], "ann");
    let entries: Vec<&str> = lines.collect();
    assert_eq!(entries.len(), 1, "blank lines, comments and quit are not recorded");
    assert!(
        entries[0].starts_with(
            r#"{"n":1,"line":"user show adele","at":"2026-03-10T09:00:00Z","ended":"2026-03-10T09:00:20Z","outcome":"done","output":""#
        ),
        "{}",
        entries[0]
    );
    assert!(entries[0].contains(r#","chain":""#), "{}", entries[0]);
}

#[test]
fn a_masked_line_replays_with_the_stand_in_password() {
    assert_eq!(unmask("user reset-password megan --password ***"), format!("user reset-password megan --password {STAND_IN_PASSWORD}"));
    assert_eq!(unmask("sspr reset megan --password=***"), format!("sspr reset megan --password={STAND_IN_PASSWORD}"));
    assert_eq!(unmask("notify megan --via phone *** --password"), "notify megan --via phone *** --password", "a *** in a message stays");
    assert_eq!(unmask("users"), "users");
}

fn sample_session() -> String {
    let (loaded, procedures) = load(LOCKOUT);
    record(&loaded, &procedures, 7, &["user show adele", "user reset-password adele --auto", "status"]).0
}

#[test]
fn a_truncated_last_line_is_skipped_with_a_warning() {
    let text = sample_session();
    let cut = text.len() - 20;
    let parsed = parse("s.jsonl", &text[..cut]).expect("still readable");
    assert_eq!(parsed.entries.len(), 2);
    assert_eq!(
        parsed.warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["s.jsonl:4: the last line is incomplete (the session stopped while writing it); it is skipped"]
    );
    assert_eq!(&text[..parsed.valid_bytes], text.split_inclusive('\n').take(3).collect::<String>());
    let whole_without_newline = parse("s.jsonl", text.trim_end()).expect("readable");
    assert_eq!(whole_without_newline.entries.len(), 3, "a whole last line without its newline is kept");
    assert!(whole_without_newline.warnings.is_empty());
}

#[test]
fn damage_before_the_last_line_is_an_error_with_its_position() {
    let text = sample_session();
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines[1] = "{\"n\":1,\"line\":\"user show adele\",\"at\":oops}".to_string();
    let error = parse("s.jsonl", &(lines.join("\n") + "\n")).expect_err("damaged");
    assert_eq!(error.to_string(), "s.jsonl:2:38: this line is not a readable command record: expected value");

    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    lines.swap(1, 2);
    let error = parse("s.jsonl", &(lines.join("\n") + "\n")).expect_err("out of order");
    assert_eq!(error.to_string(), "s.jsonl:2: expected command number 1 here, found 2: the file was edited or damaged");

    let other = text.replacen("\"version\":2", "\"version\":7", 1);
    let error = parse("s.jsonl", &other).expect_err("a newer format");
    assert_eq!(error.to_string(), "s.jsonl:1: the session file has format version 7; this tenantdrill reads versions 1 to 2");

    let error = parse("s.jsonl", "{\"format\":\"tenantdrill-sess").expect_err("a cut header");
    assert_eq!(error.to_string(), "s.jsonl:1: the file ends inside its header line: nothing was recorded");
}

#[test]
fn replay_refuses_another_scenario() {
    let text = sample_session();
    let parsed = parse("s.jsonl", &text).expect("parses");
    let (mailbox, procedures) = load(&scenario("compromised-mailbox"));
    let error = replay("s.jsonl", &parsed, &mailbox, &procedures).expect_err("another scenario");
    assert_eq!(error.to_string(), "s.jsonl:1: the session is for scenario 'cli-lockout', not 'compromised-mailbox'");
}

/// The commands of the interrupted session: the first part is sent before
/// the process is killed, the rest after it is resumed.
const FIRST_PART: &[&str] = &["alerts", "logs sign-ins megan", "user reset-password megan --password Sunny-Harbor-Drift-92#", "hint"];
const SECOND_PART: &[&str] =
    &["user revoke-sessions megan", "mailbox rules megan --hidden", "mailbox remove-rule megan \"RSS Feeds\"", "wait 20m", "submit"];

fn lines_in(path: &Path) -> usize {
    std::fs::read_to_string(path).map_or(0, |text| text.lines().count())
}

#[test]
fn a_killed_session_resumes_to_the_same_state() {
    let sandbox = sandbox("kill_and_resume");
    let mailbox = scenario("compromised-mailbox");

    // The whole session without interruption.
    let whole = format!("{}\n{}\n", FIRST_PART.join("\n"), SECOND_PART.join("\n"));
    tenantdrill(&sandbox).args(["play", &mailbox, "--session", "whole.jsonl"]).write_stdin(whole).assert().success();

    // The same session, killed with SIGKILL once the first part is saved.
    let mut command = Command::new(env!("CARGO_BIN_EXE_tenantdrill"));
    isolate(&mut command, &sandbox);
    let mut child = command
        .args(["play", &mailbox, "--session", "killed.jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start play");
    let mut stdin = child.stdin.take().expect("a pipe");
    stdin.write_all(format!("{}\n", FIRST_PART.join("\n")).as_bytes()).expect("send the first part");
    stdin.flush().expect("flush");
    let session = sandbox.join("killed.jsonl");
    for _ in 0..600 {
        if lines_in(&session) == FIRST_PART.len() + 1 {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(lines_in(&session), FIRST_PART.len() + 1, "the header and the first part are saved before the kill");
    child.kill().expect("kill -9");
    child.wait().expect("reaped");
    drop(stdin);

    // Resume and finish it.
    let rest = format!("{}\n", SECOND_PART.join("\n"));
    let assert = tenantdrill(&sandbox).args(["play", "--resume", "killed.jsonl"]).write_stdin(rest).assert().success();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).expect("UTF-8");
    assert!(stderr.contains("Resumed 4 commands; the simulated clock is at "), "{stderr}");
    assert!(!stderr.contains("warning"), "{stderr}");

    let read =
        |name: &str| unsealed(&crate::cli::without_wall_clock(&std::fs::read_to_string(sandbox.join(name)).expect("a session file")));
    assert_eq!(read("killed.jsonl"), read("whole.jsonl"), "the resumed session file is the uninterrupted one, but for the wall clock");
    let report = |name: &str| {
        let assert = tenantdrill(&sandbox).args(["grade", name, "--format", "json"]).assert().success();
        let json: serde_json::Value = serde_json::from_slice(&assert.get_output().stdout).expect("JSON");
        json["sessions"][0]["report"].clone()
    };
    assert_eq!(report("killed.jsonl"), report("whole.jsonl"));
}

/// What `play --resume` says when the session held passwords the trainee
/// made up, which the file never had.
const MADE_UP_NOTICE: &str = "Passwords you made up before stopping are not in the session file (it never holds a password): if you type one of them again now, it counts as a new password that nobody in the simulation knows.";

#[test]
fn resuming_says_when_passwords_made_up_before_are_unknown() {
    let sandbox = sandbox("resume_made_up");
    let mailbox = scenario("compromised-mailbox");
    let resume = |name: &str, first: &str| {
        tenantdrill(&sandbox).args(["play", &mailbox, "--session", name]).write_stdin(format!("{first}\nquit\n")).assert().success();
        let assert = tenantdrill(&sandbox).args(["play", "--resume", name]).write_stdin("submit\n").assert().success();
        String::from_utf8(assert.get_output().stderr.clone()).expect("UTF-8")
    };
    let made_up = resume("made-up.jsonl", "user reset-password megan --password Sunny-Harbor-Drift-92#");
    assert!(made_up.contains(MADE_UP_NOTICE), "{made_up}");
    // A password the simulation held (the phished one) replays as itself,
    // and a refused one is held nowhere: nothing is unknown.
    let known =
        resume("known.jsonl", "user reset-password megan --password Harbour-Ledger-2026!\nuser reset-password megan --password Tiny7");
    assert!(!known.contains(MADE_UP_NOTICE), "{known}");
}

#[test]
fn a_half_written_line_is_cut_before_resuming() {
    let sandbox = sandbox("half_written");
    let path = sandbox.join("s.jsonl");
    let first = LOCKOUT_SOLUTION.lines().take(2).collect::<Vec<_>>().join("\n") + "\n";
    tenantdrill(&sandbox).args(["play", LOCKOUT, "--session", "s.jsonl"]).write_stdin(format!("{first}quit\n")).assert().success();
    // quit on a pipe leaves without submitting; leave half a line after it.
    let text = std::fs::read_to_string(&path).expect("read");
    let kept: String = text.split_inclusive('\n').take(3).collect();
    std::fs::write(&path, format!("{kept}{{\"n\":3,\"line\":\"notify ad")).expect("write");

    let assert = tenantdrill(&sandbox)
        .args(["play", LOCKOUT, "--resume", "s.jsonl"])
        .write_stdin("notify adele --via phone --password\nsubmit\n")
        .assert()
        .success()
        .stdout(predicates::str::contains("Score 100/100"));
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).expect("UTF-8");
    assert!(
        stderr.contains("warning: s.jsonl:4: the last line is incomplete (the session stopped while writing it); it is skipped"),
        "{stderr}"
    );

    tenantdrill(&sandbox).args(["run", LOCKOUT, "--session", "whole.jsonl"]).write_stdin(LOCKOUT_SOLUTION).assert().success();
    let whole = std::fs::read_to_string(sandbox.join("whole.jsonl")).expect("read");
    let header_fixed = std::fs::read_to_string(&path).expect("read");
    assert_eq!(
        unsealed(&crate::cli::without_wall_clock(&header_fixed)),
        unsealed(&crate::cli::without_wall_clock(&whole)),
        "the broken line is gone and the session goes on as if never interrupted"
    );
    let parsed = session::parse("s.jsonl", &header_fixed).expect("parses");
    assert!(parsed.warnings.is_empty());
}

/// A session file without its nonce and chain links, which differ between
/// two recordings of the same session (the nonce is random).
pub fn unsealed(text: &str) -> String {
    text.lines()
        .map(|line| {
            let mut value: serde_json::Value = serde_json::from_str(line).expect("JSON");
            if let Some(object) = value.as_object_mut() {
                object.remove("nonce");
                object.remove("chain");
            }
            value.to_string() + "\n"
        })
        .collect()
}
