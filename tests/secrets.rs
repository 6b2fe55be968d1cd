//! A password the trainee types never reaches a written file in clear,
//! however the command is mistyped: the session file, the transcript, the
//! JSON, the history line and the grade exports.

use crate::cli::{LOCKOUT, sandbox, tenantdrill};
use proptest::prelude::*;
use std::path::Path;
use tenantdrill::command::mask_secrets;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::repl::Driver;
use tenantdrill::scenario::library::bundled_procedures;
use tenantdrill::scenario::load::load_file;
use tenantdrill::session::{Header, SessionWriter};

/// Commands that take a password, spelt right and wrong. (`notify`'s words
/// after `--password` are a message, not a password, and are kept.)
const COMMANDS: &[&str] = &[
    "user reset-password adele",
    "user reset-pasword adele",
    "usre reset-password adele",
    "user resetpassword adele",
    "sspr reset adele",
    "user change-password adele",
    "ask admin user reset-password adele",
    "ask admin user reset-pasword adele",
];

/// How the password's flag is typed: right, misspelt, with the wrong dash,
/// or left out.
const FLAGS: &[&str] =
    &["--password", "--pasword", "--pass", "--Password", "--passwd", "--new-password", "—password", "–password", "-password", ""];

const TAILS: &[&str] = &["", " --no-require-change", " extra words", " --auto"];

fn driver() -> Driver<Vec<u8>> {
    let procedures = bundled_procedures().expect("procedures");
    let loaded = load_file(Path::new(LOCKOUT), &procedures).expect("loads");
    let drill = Drill::new(&loaded, &procedures, 7, Mode::Practice).expect("builds");
    let header = Header::new(&drill, "cli-lockout", "ann");
    Driver::new(drill, Some(SessionWriter::create(Vec::new(), &header).expect("header")), 0, false)
}

/// A mistyped command carrying `password`.
fn mistyped(password: String) -> impl Strategy<Value = String> {
    (
        prop::sample::select(COMMANDS),
        prop::sample::select(FLAGS),
        prop::sample::select(&[" ", "="][..]),
        prop::sample::select(&["", "\"", "'"][..]),
        prop::bool::ANY,
        prop::sample::select(TAILS),
    )
        .prop_map(move |(command, flag, joiner, quote, dashes, tail)| {
            let value = if dashes { format!("--{password}") } else { password.clone() };
            let joiner = if flag.is_empty() { "" } else { joiner };
            format!("{command} {flag}{joiner}{quote}{value}{quote}{tail}")
        })
}

fn marker() -> impl Strategy<Value = String> {
    "[A-Z][a-z]{3}-Marker-[0-9]{3}[!#]"
}

proptest! {
    #![proptest_config(crate::support::proptest_config(256))]

    #[test]
    fn a_mistyped_password_never_reaches_a_written_file(
        (password, lines) in marker().prop_flat_map(|password| (Just(password.clone()), prop::collection::vec(mistyped(password), 1..6)))
    ) {
        let mut driver = driver();
        let mut transcript = String::new();
        for line in lines.iter().chain(["user show adele".to_string(), "status".to_string()].iter()) {
            let history = mask_secrets(line.trim());
            prop_assert!(!history.contains(&password), "history line {:?}", history);
            let turn = driver.handle(line).expect("handled");
            transcript.push_str(&turn.line);
            transcript.push('\n');
            transcript.push_str(&turn.reply.output);
        }
        prop_assert!(!transcript.contains(&password), "transcript:\n{}", transcript);
        let session = String::from_utf8(driver.into_writer().expect("writer").into_inner()).expect("UTF-8");
        prop_assert!(!session.contains(&password), "session file:\n{}", session);
    }
}

#[test]
fn a_mistyped_password_reaches_no_output_or_export_of_the_binary() {
    let sandbox = sandbox("secrets_everywhere");
    let password = "Quill-Marker-424!";
    let lines: Vec<String> = [
        "user reset-password adele --pasword {}",
        "user reset-password adele --pass={}",
        "user reset-password adele \"{}\"",
        "user reset-password adele — {}",
        "user reset-password adele —password {}",
        "user reset-password adele --password --{}",
        "usre reset-password adele --password '{}'",
        "user reset-password adele --password {}",
        "user show adele",
    ]
    .iter()
    .map(|template| template.replace("{}", password))
    .collect();
    let input = format!("{}\n", lines.join("\n"));
    let text = tenantdrill(&sandbox).args(["run", LOCKOUT, "--session", "s.jsonl"]).write_stdin(input.clone()).assert().success();
    let json = tenantdrill(&sandbox).args(["run", LOCKOUT, "--format", "json"]).write_stdin(input).assert().success();
    let mut written = vec![
        String::from_utf8_lossy(&text.get_output().stdout).into_owned(),
        String::from_utf8_lossy(&text.get_output().stderr).into_owned(),
        String::from_utf8_lossy(&json.get_output().stdout).into_owned(),
        std::fs::read_to_string(sandbox.join("s.jsonl")).expect("the session file"),
    ];
    for format in ["text", "json", "csv"] {
        let graded = tenantdrill(&sandbox).args(["grade", "s.jsonl", "--scenario", LOCKOUT, "--format", format]).assert().success();
        written.push(String::from_utf8_lossy(&graded.get_output().stdout).into_owned());
    }
    for output in &written {
        assert!(!output.contains(password) && !output.contains("Quill-Marker"), "{output}");
    }
    assert!(written[0].contains("New password: ***"), "the accepted password is hidden in its reply:\n{}", written[0]);
}

#[test]
fn an_auto_password_is_shown_once_and_stored_nowhere() {
    let sandbox = sandbox("auto_password");
    let assert = tenantdrill(&sandbox)
        .args(["run", LOCKOUT, "--session", "s.jsonl"])
        .write_stdin("user reset-password adele --auto\nuser show adele\n")
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    let shown = stdout.split("New password: ").nth(1).and_then(|rest| rest.split_whitespace().next()).expect("the password is shown");
    assert_eq!(stdout.matches(shown).count(), 1, "shown once:\n{stdout}");
    let session = std::fs::read_to_string(sandbox.join("s.jsonl")).expect("session");
    assert!(!session.contains(shown), "{session}");
    let graded = tenantdrill(&sandbox).args(["grade", "s.jsonl", "--scenario", LOCKOUT, "--format", "json"]).assert().success();
    assert!(!String::from_utf8_lossy(&graded.get_output().stdout).contains(shown));
}
