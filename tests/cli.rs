//! The command line, end to end: every subcommand, its output and its exit
//! status (0 success, 1 a failed check, 2 a usage error).
//!
//! Every test runs the binary in its own sandbox folder with `HOME` and
//! `XDG_DATA_HOME` and `XDG_STATE_HOME` inside it, so history and default sessions never touch
//! the real home folder. The helpers here are shared with `repl` and
//! `session`.

use assert_cmd::Command;
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use tenantdrill::scenario::library;

/// The CLI tests' own small scenario: one locked-out user.
pub const LOCKOUT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/cli/cli-lockout.ron");

/// A command line that scores 100 on [`LOCKOUT`].
pub const LOCKOUT_SOLUTION: &str = "user show adele\nuser reset-password adele --auto\nnotify adele --via phone --password\n";

/// A fresh, empty folder for one test.
pub fn sandbox(name: &str) -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR")).join("tenantdrill-cli").join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(folder.join("home")).expect("create the sandbox");
    folder
}

/// Sets the environment a test run needs: a home folder in the sandbox,
/// no colour, a known trainee name.
pub fn isolate(command: &mut std::process::Command, sandbox: &Path) {
    command
        .current_dir(sandbox)
        .env("HOME", sandbox.join("home"))
        .env("XDG_DATA_HOME", sandbox.join("data"))
        .env("XDG_STATE_HOME", sandbox.join("state"))
        .env_remove("PAGER")
        .env("USER", "casey")
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLICOLOR")
        // English unless a test chooses a language.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
}

/// The binary, run in `sandbox`.
pub fn tenantdrill(sandbox: &Path) -> Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_tenantdrill"));
    isolate(&mut command, sandbox);
    Command::from_std(command)
}

/// How to name a scenario of the library on the command line: its id once
/// it is bundled, its file until then (the output is the same).
pub fn scenario(id: &str) -> String {
    if library::scenario(id).is_some() { id.to_string() } else { format!("{}/scenarios/{id}.ron", env!("CARGO_MANIFEST_DIR")) }
}

fn stdout_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).expect("UTF-8 output")
}

fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).expect("UTF-8 output")
}

#[test]
fn help_and_version_succeed() {
    let sandbox = sandbox("help_and_version");
    tenantdrill(&sandbox)
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("play").and(predicate::str::contains("validate")));
    tenantdrill(&sandbox).arg("--version").assert().success().stdout(predicate::str::starts_with("tenantdrill "));
    for subcommand in ["play", "run", "grade", "validate", "list", "procedure", "new", "completions", "demo"] {
        tenantdrill(&sandbox).args([subcommand, "--help"]).assert().success();
    }
}

#[test]
fn usage_errors_exit_2() {
    let sandbox = sandbox("usage_errors");
    tenantdrill(&sandbox).assert().code(2);
    tenantdrill(&sandbox).arg("plya").assert().code(2).stderr(predicate::str::contains("play"));
    tenantdrill(&sandbox).args(["run", LOCKOUT, "--format", "xml"]).assert().code(2);
    tenantdrill(&sandbox).args(["run", LOCKOUT, "--fail-under", "101"]).assert().code(2);
    tenantdrill(&sandbox).args(["play", LOCKOUT, "--mode", "test"]).assert().code(2);
    tenantdrill(&sandbox).args(["play", "--seed", "3"]).assert().code(2);
    tenantdrill(&sandbox).args(["play", "--resume", "x.jsonl", "--seed", "3"]).assert().code(2);
    tenantdrill(&sandbox).arg("grade").assert().code(2);
    tenantdrill(&sandbox).arg("validate").assert().code(2);
    tenantdrill(&sandbox).args(["completions", "cmd"]).assert().code(2);
}

#[test]
fn an_unknown_scenario_is_a_usage_error_with_a_suggestion() {
    let sandbox = sandbox("unknown_scenario");
    let assert = tenantdrill(&sandbox).args(["play", "locked-ot"]).assert().code(2);
    let stderr = stderr_of(&assert);
    assert!(stderr.starts_with("error: 'locked-ot' is neither a bundled scenario nor a file"), "{stderr}");
    if library::scenario("locked-out").is_some() {
        assert!(stderr.contains("Did you mean 'locked-out'?"), "{stderr}");
    }
    tenantdrill(&sandbox).args(["run", "no-such-thing.ron"]).write_stdin("").assert().code(2);
}

#[test]
fn an_invalid_scenario_file_fails_with_its_position() {
    let sandbox = sandbox("invalid_scenario_file");
    let typo = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/cli/invalid/typo.ron");
    tenantdrill(&sandbox)
        .args(["run", typo])
        .write_stdin("")
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("error: unknown field `titel`").and(predicate::str::contains("typo.ron:4:5")));
}

#[test]
fn list_shows_every_bundled_scenario() {
    let sandbox = sandbox("list");
    let assert = tenantdrill(&sandbox).arg("list").assert().success();
    let text = stdout_of(&assert);
    assert!(text.starts_with("ID"), "{text}");
    assert!(
        text.lines().next().is_some_and(|header| header.contains("DIFFICULTY") && header.contains("MINUTES") && header.contains("TITLE"))
    );
    for bundled in library::SCENARIOS {
        assert!(text.lines().any(|line| line.starts_with(&format!("{} ", bundled.id))), "{} missing from\n{text}", bundled.id);
    }
    let assert = tenantdrill(&sandbox).args(["list", "--format", "json"]).assert().success();
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&assert)).expect("valid JSON");
    let entries = json.as_array().expect("an array");
    assert_eq!(entries.len(), library::SCENARIOS.len());
    for entry in entries {
        for field in ["id", "title", "difficulty", "minutes", "tags"] {
            assert!(entry.get(field).is_some(), "{field} missing in {entry}");
        }
    }
}

#[test]
fn procedure_prints_steps_and_suggests_near_misses() {
    let sandbox = sandbox("procedure");
    let assert = tenantdrill(&sandbox).args(["procedure", "unlock-account"]).assert().success();
    let text = stdout_of(&assert);
    assert!(text.starts_with("Unlock an account (unlock-account)\nSource: "), "{text}");
    assert!(text.contains("\n1. ") && text.contains("   Why: "), "{text}");
    tenantdrill(&sandbox).args(["procedure", "unlock-acount"]).assert().code(2).stderr(
        predicate::str::contains("there is no procedure 'unlock-acount'").and(predicate::str::contains("Did you mean 'unlock-account'?")),
    );
    let local = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/cli/folder/procedures/fabrikam-reset.ron");
    tenantdrill(&sandbox)
        .args(["procedure", local])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Fabrikam: reset a password (fabrikam-reset)"));
}

#[test]
fn procedure_speaks_the_chosen_language_and_links_to_microsofts_page_in_it() {
    let sandbox = sandbox("procedure-lang");
    let assert = tenantdrill(&sandbox).args(["--lang", "nb", "procedure", "unlock-account"]).assert().success();
    let text = stdout_of(&assert);
    assert!(
        text.starts_with(
            "Låse opp en konto (unlock-account)\nKilde: Låse opp en konto <https://learn.microsoft.com/nb-no/microsoft-365/admin/add-users/reset-passwords>\n"
        ),
        "{text}"
    );
    assert!(text.contains("Tilbakestill brukerpassordet fra Aktive brukere. [påkrevd, 10 poeng]"), "{text}");
    assert!(text.contains("(Rediger påloggingsstatus)"), "{text}");
    let assert = tenantdrill(&sandbox).args(["--lang", "nl", "procedure", "compromised-account"]).assert().success();
    let text = stdout_of(&assert);
    assert!(text.contains("<https://learn.microsoft.com/nl-nl/defender-office-365/responding-to-a-compromised-email-account>"), "{text}");
    assert!(text.contains("Zie: Gebruikerstoegang intrekken"), "{text}");
    let assert = tenantdrill(&sandbox).args(["--lang", "sl", "procedure", "unlock-account"]).assert().success();
    assert!(
        stdout_of(&assert).starts_with("Odklepanje računa (unlock-account)\nVir: Odklepanje računa <https://learn.microsoft.com/sl-si/")
    );
    let assert = tenantdrill(&sandbox).args(["--lang", "en", "procedure", "unlock-account"]).assert().success();
    assert!(
        stdout_of(&assert)
            .starts_with("Unlock an account (unlock-account)\nSource: Unlocking an account <https://learn.microsoft.com/en-us/")
    );
}

#[test]
fn validate_reports_every_file_and_a_summary() {
    let sandbox = sandbox("validate");
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/cli");
    tenantdrill(&sandbox)
        .args(["validate", LOCKOUT])
        .assert()
        .success()
        .stdout("1 file checked: 1 valid, 0 invalid (0 errors, 0 warnings)\n");
    let folder = format!("{data}/folder");
    tenantdrill(&sandbox)
        .args(["validate", &folder])
        .assert()
        .success()
        .stdout("2 files checked: 2 valid, 0 invalid (0 errors, 0 warnings)\n");
    let assert = tenantdrill(&sandbox).args(["validate", data]).assert().code(1);
    assert_eq!(stdout_of(&assert), "4 files checked: 3 valid, 1 invalid (1 error, 0 warnings)\n");
    let stderr = stderr_of(&assert);
    assert!(stderr.contains("error: unknown field `titel` in `Scenario`"), "{stderr}");
    assert!(stderr.contains("help: did you mean `title`?"), "{stderr}");
    let assert = tenantdrill(&sandbox).args(["validate", "missing.ron", LOCKOUT]).assert().code(1);
    assert_eq!(stdout_of(&assert), "2 files checked: 1 valid, 1 invalid (1 error, 0 warnings)\n");
    assert!(stderr_of(&assert).contains("cannot read missing.ron: no such file or directory"));
}

#[test]
fn validate_runs_the_reference_solution() {
    let sandbox = sandbox("validate_self_check");
    let text = std::fs::read_to_string(LOCKOUT).expect("read the scenario");
    let broken = text.replace("\"notify adele --via phone --password\",", "");
    assert_ne!(broken, text);
    std::fs::write(sandbox.join("unsolved.ron"), broken).expect("write");
    let assert = tenantdrill(&sandbox).args(["validate", "unsolved.ron"]).assert().code(1);
    let stderr = stderr_of(&assert);
    assert!(stderr.contains("the reference solution scores"), "{stderr}");
}

#[test]
fn run_prints_the_transcript_and_the_report() {
    let sandbox = sandbox("run_text");
    let assert = tenantdrill(&sandbox).args(["run", LOCKOUT]).write_stdin(LOCKOUT_SOLUTION).assert().success();
    let text = stdout_of(&assert);
    assert!(text.starts_with("A user cannot sign in (cli-lockout) · seed 7 · practice mode\n"), "{text}");
    assert!(text.contains("[09:00 admin@fabrikam] > user show adele\n"), "{text}");
    assert!(text.contains("[09:02 admin@fabrikam] > submit\n"), "the end of input submits:\n{text}");
    assert!(text.contains("Score 100/100"), "{text}");
    assert_eq!(stderr_of(&assert), "", "run writes no session file unless asked");
}

#[test]
fn run_reads_a_commands_file() {
    let sandbox = sandbox("run_commands_file");
    std::fs::write(sandbox.join("commands.txt"), LOCKOUT_SOLUTION).expect("write");
    tenantdrill(&sandbox)
        .args(["run", LOCKOUT, "--commands", "commands.txt"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Score 100/100"));
    tenantdrill(&sandbox)
        .args(["run", LOCKOUT, "--commands", "nothing.txt"])
        .assert()
        .code(1)
        .stderr("error: cannot read the commands file nothing.txt: no such file or directory\n");
}

#[test]
fn run_json_is_one_document() {
    let sandbox = sandbox("run_json");
    let assert =
        tenantdrill(&sandbox).args(["run", LOCKOUT, "--format", "json", "--seed", "3"]).write_stdin(LOCKOUT_SOLUTION).assert().success();
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&assert)).expect("valid JSON");
    assert_eq!(json["scenario"], "cli-lockout");
    assert_eq!(json["seed"], 3);
    assert_eq!(json["mode"], "practice");
    let commands = json["commands"].as_array().expect("commands");
    assert_eq!(commands.len(), 4, "three commands and the submit");
    assert_eq!(commands[0]["line"], "user show adele");
    assert_eq!(commands[0]["prompt"], "[09:00 admin@fabrikam] > ");
    assert_eq!(json["report"]["score"], 100);
    assert_eq!(json["report"]["passed"], true);
}

#[test]
fn fail_under_exits_1_below_the_score() {
    let sandbox = sandbox("fail_under");
    tenantdrill(&sandbox).args(["run", LOCKOUT, "--fail-under", "100"]).write_stdin(LOCKOUT_SOLUTION).assert().success();
    tenantdrill(&sandbox)
        .args(["run", LOCKOUT, "--fail-under", "50"])
        .write_stdin("user show adele\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Score "))
        .stderr(predicate::str::is_match(r"^error: the score \d+ is under --fail-under 50\n$").expect("regex"));
}

#[test]
fn run_is_byte_for_byte_deterministic() {
    let sandbox = sandbox("run_deterministic");
    let commands = "logs sign-ins megan\nuser reset-password megan\nuser revoke-sessions megan\nmailbox rules megan --hidden\nwait 30m\nmailbox show megan\n";
    let mailbox = scenario("compromised-mailbox");
    let run = |session: &str| {
        let assert =
            tenantdrill(&sandbox).args(["run", &mailbox, "--seed", "5", "--session", session]).write_stdin(commands).assert().success();
        let file = std::fs::read_to_string(sandbox.join(session)).expect("session file");
        (stdout_of(&assert), crate::session::unsealed(&without_wall_clock(&file)))
    };
    assert_eq!(run("first.jsonl"), run("second.jsonl"));
}

/// A session file without its wall-clock metadata (`started_utc` in the
/// header, `wall` in each entry), the only bytes that differ between two
/// identical sessions.
pub fn without_wall_clock(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut value: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let object = value.as_object_mut().expect("an object");
        assert!(object.remove("started_utc").is_some() || object.remove("wall").is_some(), "wall clock recorded: {line}");
        out.push_str(&serde_json::to_string(&value).expect("JSON"));
        out.push('\n');
    }
    out
}

#[test]
fn run_refuses_to_overwrite_a_session() {
    let sandbox = sandbox("run_no_overwrite");
    std::fs::write(sandbox.join("taken.jsonl"), "precious\n").expect("write");
    tenantdrill(&sandbox)
        .args(["run", LOCKOUT, "--session", "taken.jsonl"])
        .write_stdin(LOCKOUT_SOLUTION)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("taken.jsonl already exists"));
    assert_eq!(std::fs::read_to_string(sandbox.join("taken.jsonl")).expect("read"), "precious\n");
}

/// Writes a session of [`LOCKOUT`] with `commands` to `name` in the sandbox.
pub fn record_session(sandbox: &Path, name: &str, trainee: &str, commands: &str) {
    tenantdrill(sandbox).args(["run", LOCKOUT, "--session", name, "--trainee", trainee]).write_stdin(commands).assert().success();
}

#[test]
fn grade_rescores_sessions_with_a_class_summary() {
    let sandbox = sandbox("grade");
    record_session(&sandbox, "ann.jsonl", "ann", LOCKOUT_SOLUTION);
    record_session(&sandbox, "bo.jsonl", "bo", "user reset-password adele --auto\n");
    let assert = tenantdrill(&sandbox).args(["grade", "ann.jsonl", "--scenario", LOCKOUT]).assert().success();
    let text = stdout_of(&assert);
    assert!(text.starts_with("== ann.jsonl ==\nann · cli-lockout · seed 7 · practice mode\n"), "{text}");
    assert!(!text.contains("Class summary"), "one session has no summary:\n{text}");

    let assert = tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "ann.jsonl", "bo.jsonl"]).assert().success();
    let text = stdout_of(&assert);
    let summary = &text[text.find("== Class summary ==").expect("a class summary")..];
    crate::support::with_snapshots(|| insta::assert_snapshot!(summary));

    let assert =
        tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "ann.jsonl", "bo.jsonl", "--format", "csv"]).assert().success();
    let csv = stdout_of(&assert);
    let rows: Vec<&str> = csv.lines().collect();
    assert!(rows[0].starts_with("file,trainee,scenario,seed,mode,started_utc,ended_utc,submitted,integrity,score,pass_mark,passed,"));
    assert!(rows[1].starts_with("ann.jsonl,ann,cli-lockout,7,practice,"), "{csv}");
    assert!(rows[1].contains(",true,verified,100,70,true,"), "{csv}");
    assert!(rows[2].starts_with("bo.jsonl,bo,cli-lockout,7,practice,"), "{csv}");
    assert!(rows[2].contains(",70,false,"), "{csv}");

    let assert =
        tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "ann.jsonl", "bo.jsonl", "--format", "json"]).assert().success();
    let json: serde_json::Value = serde_json::from_str(&stdout_of(&assert)).expect("valid JSON");
    assert_eq!(json["sessions"][0]["trainee"], "ann");
    assert_eq!(json["sessions"][0]["report"]["score"], 100);
    assert_eq!(json["summary"][0]["attempts"], 2);
    assert_eq!(json["summary"][0]["passed"], 1);
    assert_eq!(json["summary"][0]["pass_rate_percent"], 50);
}

#[test]
fn grade_fails_on_an_unreadable_session_but_grades_the_rest() {
    let sandbox = sandbox("grade_unreadable");
    record_session(&sandbox, "good.jsonl", "ann", LOCKOUT_SOLUTION);
    let good = std::fs::read_to_string(sandbox.join("good.jsonl")).expect("read");
    let mut lines: Vec<&str> = good.lines().collect();
    lines[2] = "{\"n\":2,\"line\":";
    std::fs::write(sandbox.join("damaged.jsonl"), format!("{}\n", lines.join("\n"))).expect("write");
    std::fs::write(sandbox.join("notes.jsonl"), "shopping list\n").expect("write");
    let assert = tenantdrill(&sandbox)
        .args(["grade", "--scenario", LOCKOUT, "damaged.jsonl", "good.jsonl", "missing.jsonl", "notes.jsonl"])
        .assert()
        .code(1);
    assert!(stdout_of(&assert).contains("== good.jsonl =="));
    let stderr = stderr_of(&assert);
    assert!(stderr.contains("error: damaged.jsonl:3:14: this line is not a readable command record: "), "{stderr}");
    assert!(stderr.contains("error: missing.jsonl: cannot read missing.jsonl: no such file or directory"), "{stderr}");
    assert!(stderr.contains("error: notes.jsonl:1:1: the first line is not a tenantdrill session header"), "{stderr}");
}

#[test]
fn a_changed_scenario_is_refused() {
    let sandbox = sandbox("changed_scenario");
    std::fs::copy(LOCKOUT, sandbox.join("copy.ron")).expect("copy");
    tenantdrill(&sandbox).args(["run", "copy.ron", "--session", "s.jsonl"]).write_stdin("user show adele\n").assert().success();
    let text = std::fs::read_to_string(sandbox.join("copy.ron")).expect("read");
    std::fs::write(sandbox.join("copy.ron"), text.replace("estimated_minutes: 5", "estimated_minutes: 6")).expect("write");
    let changed = predicate::str::contains("error: s.jsonl:1: scenario 'cli-lockout' has changed since this session was recorded");
    let not_given = predicate::str::contains("error: s.jsonl: the session was recorded against scenario 'cli-lockout' (digest ")
        .and(predicate::str::contains("which is not bundled with tenantdrill and not among the scenario files given"));
    tenantdrill(&sandbox).args(["grade", "s.jsonl", "--scenario", "copy.ron"]).assert().code(1).stderr(not_given);
    tenantdrill(&sandbox).args(["play", "copy.ron", "--resume", "s.jsonl"]).write_stdin("").assert().code(1).stderr(changed);
}

#[test]
fn new_writes_a_skeleton_that_validates() {
    let sandbox = sandbox("new");
    tenantdrill(&sandbox)
        .args(["new", "vpn-lockout"])
        .assert()
        .success()
        .stdout("")
        .stderr("Wrote vpn-lockout.ron. Check it with: tenantdrill validate vpn-lockout.ron\n");
    let text = std::fs::read_to_string(sandbox.join("vpn-lockout.ron")).expect("the skeleton");
    assert!(text.contains("id: \"vpn-lockout\""), "{text}");
    assert!(text.starts_with("// A new tenantdrill scenario."), "{text}");
    tenantdrill(&sandbox).args(["validate", "vpn-lockout.ron"]).assert().success();
    tenantdrill(&sandbox).args(["new", "vpn-lockout"]).assert().code(1).stderr(predicate::str::contains("vpn-lockout.ron already exists"));
    assert_eq!(std::fs::read_to_string(sandbox.join("vpn-lockout.ron")).expect("kept"), text);
    tenantdrill(&sandbox).args(["new", "VPN Lockout"]).assert().code(2).stderr(predicate::str::contains("is not a scenario id"));
}

#[test]
fn new_from_copies_a_scenario_with_the_id_replaced() {
    let sandbox = sandbox("new_from");
    tenantdrill(&sandbox).args(["new", "my-lockout", "--from", LOCKOUT]).assert().success();
    let original = std::fs::read_to_string(LOCKOUT).expect("read");
    let copy = std::fs::read_to_string(sandbox.join("my-lockout.ron")).expect("the copy");
    assert_eq!(copy, original.replace("id: \"cli-lockout\"", "id: \"my-lockout\""));
    tenantdrill(&sandbox).args(["validate", "my-lockout.ron"]).assert().success();
    let mailbox = scenario("compromised-mailbox");
    tenantdrill(&sandbox).args(["new", "mailbox-drill", "--from", &mailbox]).assert().success();
    tenantdrill(&sandbox).args(["validate", "mailbox-drill.ron"]).assert().success();
    tenantdrill(&sandbox).args(["new", "x", "--from", "nothing-here"]).assert().code(2);
}

#[test]
fn completions_are_printed_for_each_shell() {
    let sandbox = sandbox("completions");
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        tenantdrill(&sandbox).args(["completions", shell]).assert().success().stdout(predicate::str::contains("tenantdrill"));
    }
}

#[test]
fn demo_still_works() {
    let sandbox = sandbox("demo");
    tenantdrill(&sandbox).arg("demo").assert().success().stdout(predicate::str::ends_with("contained: true\n"));
    tenantdrill(&sandbox).args(["demo", "--order", "rules-first", "--seed", "2"]).assert().success();
}

#[test]
fn play_writes_its_session_in_the_data_folder_by_default() {
    let sandbox = sandbox("play_default_session");
    let assert = tenantdrill(&sandbox).args(["play", LOCKOUT]).write_stdin(format!("{LOCKOUT_SOLUTION}submit\n")).assert().success();
    let path = sandbox.join("data/tenantdrill/sessions/cli-lockout-seed7-1.jsonl");
    assert_eq!(
        stderr_of(&assert),
        format!("Session file: {}\nSession saved: {}\n", path.display(), path.display()),
        "the path is told at the start and at the end"
    );
    let session = std::fs::read_to_string(&path).expect("the session file");
    assert_eq!(session.lines().count(), 5, "a header, three commands and the submit:\n{session}");
    tenantdrill(&sandbox).args(["play", LOCKOUT]).write_stdin("").assert().success();
    assert!(sandbox.join("data/tenantdrill/sessions/cli-lockout-seed7-2.jsonl").exists(), "a second session gets the next number");
}

#[test]
fn play_on_a_pipe_behaves_like_run() {
    let sandbox = sandbox("play_like_run");
    let commands = format!("{LOCKOUT_SOLUTION}submit\n");
    let played = tenantdrill(&sandbox).args(["play", LOCKOUT, "--session", "p.jsonl"]).write_stdin(commands.clone()).assert().success();
    let ran = tenantdrill(&sandbox).args(["run", LOCKOUT, "--session", "r.jsonl"]).write_stdin(commands).assert().success();
    assert_eq!(stdout_of(&played), stdout_of(&ran));
    let read = |name: &str| std::fs::read_to_string(sandbox.join(name)).expect("session");
    assert_eq!(
        crate::session::unsealed(&without_wall_clock(&read("p.jsonl"))),
        crate::session::unsealed(&without_wall_clock(&read("r.jsonl")))
    );
}

#[test]
fn play_on_a_pipe_never_submits_by_itself() {
    let sandbox = sandbox("play_never_submits");
    for input in [LOCKOUT_SOLUTION.to_string(), format!("{LOCKOUT_SOLUTION}quit\nuser show adele\n")] {
        let _ = std::fs::remove_file(sandbox.join("p.jsonl"));
        let assert = tenantdrill(&sandbox).args(["play", LOCKOUT, "--session", "p.jsonl"]).write_stdin(input).assert().success();
        assert!(!stdout_of(&assert).contains("Score"), "no report without submit:\n{}", stdout_of(&assert));
        assert!(
            stderr_of(&assert).contains("Not submitted. Continue later with: tenantdrill play --resume p.jsonl"),
            "{}",
            stderr_of(&assert)
        );
        let session = std::fs::read_to_string(sandbox.join("p.jsonl")).expect("the session file");
        assert_eq!(session.lines().count(), 4, "a header and three commands; quit and what follows it are not run:\n{session}");
    }
    // `run` grades what it was given: its job is the report.
    tenantdrill(&sandbox)
        .args(["run", LOCKOUT])
        .write_stdin(LOCKOUT_SOLUTION)
        .assert()
        .success()
        .stdout(predicate::str::contains("Score 100/100"));
}

#[test]
fn resuming_a_finished_session_shows_its_report() {
    let sandbox = sandbox("resume_finished");
    record_session(&sandbox, "done.jsonl", "ann", LOCKOUT_SOLUTION);
    let before = std::fs::read_to_string(sandbox.join("done.jsonl")).expect("read");
    let assert =
        tenantdrill(&sandbox).args(["play", LOCKOUT, "--resume", "done.jsonl"]).write_stdin("user show adele\n").assert().success();
    assert!(stdout_of(&assert).contains("Score 100/100"));
    assert!(stderr_of(&assert).contains("This session has already ended; its report follows."));
    assert_eq!(std::fs::read_to_string(sandbox.join("done.jsonl")).expect("read"), before, "nothing is appended");
}

#[test]
fn resume_of_an_unreadable_session_exits_1() {
    let sandbox = sandbox("resume_unreadable");
    tenantdrill(&sandbox)
        .args(["play", "--resume", "none.jsonl"])
        .write_stdin("")
        .assert()
        .code(1)
        .stderr("error: none.jsonl: cannot read none.jsonl: no such file or directory\n");
    std::fs::write(sandbox.join("empty.jsonl"), "").expect("write");
    tenantdrill(&sandbox)
        .args(["play", "--resume", "empty.jsonl"])
        .write_stdin("")
        .assert()
        .code(1)
        .stderr("error: empty.jsonl: the file is empty: it is not a tenantdrill session file\n");
}
