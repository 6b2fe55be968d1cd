//! Session files an instructor can trust, and a tool that cannot be turned
//! against its user: files are read only where the instructor points, every
//! read is bounded by bytes actually read, what the tool writes it can read
//! back, and two processes never write one session file.

use crate::cli::{LOCKOUT, LOCKOUT_SOLUTION, isolate, sandbox, tenantdrill};
use predicates::prelude::*;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::repl::Driver;
use tenantdrill::scenario::library::bundled_procedures;
use tenantdrill::scenario::load::load_file;
use tenantdrill::session::{self, Header, MAX_ENTRIES, SessionWriter};

/// Long enough for any refusal here; a read that blocks or runs away fails
/// the test instead of hanging it.
const PATIENCE: Duration = Duration::from_secs(20);

fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

fn stdout_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

fn record(sandbox: &Path, scenario: &str, name: &str, commands: &str) {
    tenantdrill(sandbox).args(["run", scenario, "--session", name]).write_stdin(commands.to_string()).assert().success();
}

/// The session's header with `field` set to `value`.
fn edit_header(path: &Path, field: &str, value: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    let (header, rest) = text.split_once('\n').expect("a header line");
    let mut header: serde_json::Value = serde_json::from_str(header).expect("JSON");
    header[field] = serde_json::Value::String(value.to_string());
    std::fs::write(path, format!("{header}\n{rest}")).expect("write");
}

#[test]
fn a_session_source_never_makes_grade_or_resume_read_a_path() {
    let sandbox = sandbox("source_never_read");
    std::fs::copy(LOCKOUT, sandbox.join("lockout.ron")).expect("copy");
    record(&sandbox, "lockout.ron", "s.jsonl", LOCKOUT_SOLUTION);
    // A private file that happens to be a valid scenario (so a reader of
    // `source` would print or use it) and one that is not.
    let private = sandbox.join("private.ron");
    std::fs::write(&private, std::fs::read_to_string(LOCKOUT).expect("read").replace("Adele", "PRIVATE-MARKER")).expect("write");
    for source in [private.display().to_string(), "/etc/passwd".to_string()] {
        edit_header(&sandbox.join("s.jsonl"), "source", &source);
        let assert = tenantdrill(&sandbox).args(["grade", "s.jsonl"]).timeout(PATIENCE).assert().code(1);
        let (stdout, stderr) = (stdout_of(&assert), stderr_of(&assert));
        assert!(stderr.contains("name its file with --scenario FILE"), "{stderr}");
        for shown in [&stdout, &stderr] {
            assert!(!shown.contains("PRIVATE-MARKER") && !shown.contains("root:") && !shown.contains(&source), "{shown}");
        }
        let assert = tenantdrill(&sandbox).args(["play", "--resume", "s.jsonl"]).write_stdin("").timeout(PATIENCE).assert().code(1);
        let stderr = stderr_of(&assert);
        assert!(stderr.contains("which is not bundled; name its file") || stderr.contains("the file was altered"), "{stderr}");
        assert!(!stderr.contains("PRIVATE-MARKER") && !stderr.contains("root:") && !stderr.contains(&source), "{stderr}");
    }
}

#[test]
fn grade_finds_a_scenario_file_by_its_digest_wherever_it_now_lives() {
    let sandbox = sandbox("scenario_by_digest");
    std::fs::copy(LOCKOUT, sandbox.join("lockout.ron")).expect("copy");
    record(&sandbox, "lockout.ron", "s.jsonl", LOCKOUT_SOLUTION);
    std::fs::create_dir_all(sandbox.join("course")).expect("folder");
    std::fs::rename(sandbox.join("lockout.ron"), sandbox.join("course/renamed.ron")).expect("move");
    std::fs::write(sandbox.join("course/other.ron"), "not a scenario").expect("write");
    let by_file = tenantdrill(&sandbox).args(["grade", "s.jsonl", "--scenario", "course/renamed.ron"]).assert().success();
    assert!(stdout_of(&by_file).contains("Score 100/100"), "{}", stdout_of(&by_file));
    let by_folder = tenantdrill(&sandbox).args(["grade", "s.jsonl", "--scenarios", "course"]).assert().success();
    assert_eq!(stdout_of(&by_file), stdout_of(&by_folder));
    tenantdrill(&sandbox).args(["grade", "s.jsonl"]).assert().code(1).stderr(predicate::str::contains("--scenarios DIR"));
    // A bundled scenario needs no file.
    record(&sandbox, "locked-out", "bundled.jsonl", "status\n");
    tenantdrill(&sandbox).args(["grade", "bundled.jsonl"]).assert().success();
}

/// A named pipe nobody writes to, made with the system's `mkfifo`.
fn fifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().expect("run mkfifo");
    assert!(made.success(), "mkfifo failed");
}

#[cfg(unix)]
#[test]
fn reads_of_devices_pipes_and_links_to_them_end_at_once_with_a_clear_error() {
    let sandbox = sandbox("devices_and_pipes");
    fifo(&sandbox.join("pipe"));
    std::os::unix::fs::symlink("/dev/zero", sandbox.join("zero-link")).expect("symlink");
    std::os::unix::fs::symlink(sandbox.join("pipe"), sandbox.join("pipe-link")).expect("symlink");
    for target in ["/dev/zero", "pipe", "zero-link", "pipe-link"] {
        let not_regular = predicate::str::contains("it is not a regular file");
        tenantdrill(&sandbox).args(["grade", target]).timeout(PATIENCE).assert().code(1).stderr(not_regular.clone());
        tenantdrill(&sandbox)
            .args(["play", "--resume", target])
            .write_stdin("")
            .timeout(PATIENCE)
            .assert()
            .code(1)
            .stderr(not_regular.clone());
        let refused = not_regular.clone().or(predicate::str::contains("not a file or folder"));
        tenantdrill(&sandbox).args(["validate", target]).timeout(PATIENCE).assert().code(1).stderr(refused);
        tenantdrill(&sandbox).args(["run", target]).write_stdin("").timeout(PATIENCE).assert().code(1).stderr(not_regular.clone());
        tenantdrill(&sandbox).args(["grade", "--scenario", target, "x.jsonl"]).timeout(PATIENCE).assert().code(1).stderr(not_regular);
    }
    // Commands are a stream the user names, so a pipe is read; a stream of
    // zero bytes is one endless line, refused at the line limit.
    tenantdrill(&sandbox)
        .args(["run", LOCKOUT, "--commands", "/dev/zero"])
        .timeout(PATIENCE)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("/dev/zero:1: the line is longer than 4096 bytes"));
}

#[test]
fn a_huge_line_on_standard_input_ends_with_a_clear_error() {
    let sandbox = sandbox("huge_line");
    let line = "x".repeat(32 * 1024 * 1024);
    let input = format!("user show adele\n{line}\nstatus\n");
    for subcommand in ["run", "play"] {
        let assert = tenantdrill(&sandbox).args([subcommand, LOCKOUT]).write_stdin(input.clone()).timeout(PATIENCE).assert().code(1);
        let stderr = stderr_of(&assert);
        assert!(
            stderr.contains("standard input:2: the line is longer than 4096 bytes, the longest command line; stopping here"),
            "{stderr}"
        );
        assert!(stdout_of(&assert).contains("user show adele"), "what came before is kept");
    }
}

#[test]
fn invalid_utf8_on_standard_input_names_the_line() {
    let sandbox = sandbox("invalid_utf8");
    let mut input = b"user show adele\nstatus\nuser show \xff\xfe\n".to_vec();
    input.extend_from_slice(b"status\n");
    tenantdrill(&sandbox)
        .args(["run", LOCKOUT])
        .write_stdin(input)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("standard input:3: the line is not UTF-8 text"));
}

#[test]
fn an_over_long_command_line_is_refused_before_it_is_written() {
    let long = format!("user show {}", "a".repeat(5000));
    let mut driver = driver_on_lockout();
    let turn = driver.handle(&long).expect("handled");
    assert!(turn.reply.error, "{}", turn.reply.output);
    assert!(turn.reply.output.contains("the line was not run or recorded"), "{}", turn.reply.output);
    let turn = driver.handle("status").expect("handled");
    assert!(!turn.reply.error);
    let written = String::from_utf8(driver.into_writer().expect("a writer").into_inner()).expect("UTF-8");
    let parsed = session::parse("s.jsonl", &written).expect("what was written reads back");
    assert_eq!(parsed.entries.len(), 1, "only `status` was recorded:\n{written}");
}

fn driver_on_lockout() -> Driver<Vec<u8>> {
    let procedures = bundled_procedures().expect("procedures");
    let loaded = load_file(Path::new(LOCKOUT), &procedures).expect("loads");
    let drill = Drill::new(&loaded, &procedures, 7, Mode::Practice).expect("builds");
    let header = Header::new(&drill, "cli-lockout", "ann");
    let writer = SessionWriter::create(Vec::new(), &header).expect("header");
    Driver::new(drill, Some(writer), 0, false)
}

#[test]
fn a_session_past_its_entry_limit_refuses_all_but_submit_before_writing() {
    let procedures = bundled_procedures().expect("procedures");
    let loaded = load_file(Path::new(LOCKOUT), &procedures).expect("loads");
    let drill = Drill::new(&loaded, &procedures, 7, Mode::Practice).expect("builds");
    let almost = u32::try_from(MAX_ENTRIES - 1).expect("fits");
    let mut driver = Driver::new(drill, Some(SessionWriter::resume(Vec::new(), almost, 0, None)), almost, false);
    let turn = driver.handle("user show adele").expect("handled");
    assert!(turn.reply.error && turn.reply.output.contains("this session file is full"), "{}", turn.reply.output);
    let turn = driver.handle("submit").expect("handled");
    assert!(turn.reply.finished, "{}", turn.reply.output);
    let written = String::from_utf8(driver.into_writer().expect("a writer").into_inner()).expect("UTF-8");
    assert_eq!(written.lines().count(), 1, "only the submit:\n{written}");
    assert!(written.starts_with(&format!("{{\"n\":{MAX_ENTRIES},\"line\":\"submit\"")), "{written}");
}

#[test]
fn a_second_process_on_one_session_file_is_refused() {
    let sandbox = sandbox("second_process");
    let mut command = Command::new(env!("CARGO_BIN_EXE_tenantdrill"));
    isolate(&mut command, &sandbox);
    let mut child = command
        .args(["play", LOCKOUT, "--session", "s.jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start play");
    let mut stdin = child.stdin.take().expect("a pipe");
    stdin.write_all(b"user show adele\n").expect("send");
    stdin.flush().expect("flush");
    let path = sandbox.join("s.jsonl");
    for _ in 0..600 {
        if std::fs::read_to_string(&path).is_ok_and(|text| text.lines().count() == 2) {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let before = std::fs::read_to_string(&path).expect("the first process wrote its session");
    tenantdrill(&sandbox)
        .args(["play", LOCKOUT, "--resume", "s.jsonl"])
        .write_stdin("status\n")
        .timeout(PATIENCE)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("s.jsonl is in use by another tenantdrill"));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), before, "the second process wrote nothing");
    stdin.write_all(b"status\nsubmit\n").expect("send");
    drop(stdin);
    assert!(child.wait().expect("ends").success());
    tenantdrill(&sandbox).args(["play", LOCKOUT, "--resume", "s.jsonl"]).write_stdin("").assert().success();
}
