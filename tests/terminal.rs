//! The REPL in a real pseudo-terminal, as a person meets it: the history
//! file, pasting several lines, leaving with `quit`, paging and fitting
//! output to a small terminal.

use crate::cli::{LOCKOUT, isolate, sandbox};
use rexpect::session::PtySession;
use std::path::Path;

/// `tenantdrill play LOCKOUT ARGS` in a terminal `columns` wide and `rows`
/// high, in `sandbox`, with `environment` set.
fn play(sandbox: &Path, arguments: &[&str], size: (u16, u16), environment: &[(&str, &str)]) -> PtySession {
    let (columns, rows) = size;
    let mut command = std::process::Command::new("sh");
    isolate(&mut command, sandbox);
    command.env("TERM", "xterm").env("TENANTDRILL", env!("CARGO_BIN_EXE_tenantdrill"));
    for (name, value) in environment {
        command.env(name, value);
    }
    let quoted: Vec<String> = arguments.iter().map(|argument| format!("'{argument}'")).collect();
    command.arg("-c").arg(format!("stty rows {rows} cols {columns} && exec \"$TENANTDRILL\" play '{LOCKOUT}' {}", quoted.join(" ")));
    rexpect::session::spawn_command(command, Some(30_000)).expect("spawn in a pseudo-terminal")
}

fn type_line(session: &mut PtySession, line: &str) {
    session.send(line).expect("type");
    session.send("\r").expect("enter");
    session.flush().expect("flush");
}

/// Ctrl-D at a fresh prompt. Callers first wait for output that only comes
/// after the last command ran: the prompt's text alone also appears in the
/// redraws of a line being typed, and a key that arrives while the line
/// editor asks the terminal where the cursor is can be taken as its answer.
fn leave_without_submitting(session: &mut PtySession) {
    std::thread::sleep(std::time::Duration::from_millis(150));
    session.send_control('d').expect("Ctrl-D");
    session.exp_string("Submit your work for grading now? [y/N] ").expect("the question");
    type_line(session, "n");
    session.exp_string("Not submitted.").expect("left open");
    session.exp_eof().expect("the end");
}

#[test]
fn history_is_kept_per_scenario_privately_and_never_in_an_exam() {
    let sandbox = sandbox("pty_history");
    let file = sandbox.join("state/tenantdrill/history/cli-lockout.txt");

    let mut session = play(&sandbox, &["--session", "practice.jsonl"], (100, 40), &[]);
    session.exp_string("[09:00 admin@fabrikam] > ").expect("the prompt");
    type_line(&mut session, "user show adele");
    session.exp_string("Licensed (mailbox)").expect("the view");
    session.exp_string("[09:00 admin@fabrikam] > ").expect("the next prompt");
    leave_without_submitting(&mut session);
    let history = std::fs::read_to_string(&file).expect("the scenario's history file");
    assert!(history.contains("user show adele"), "{history}");
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).expect("metadata").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "readable by the user alone");
    }

    // An exam of the same scenario: Up recalls nothing from the practice
    // session, and nothing typed is written down.
    let mut session = play(&sandbox, &["--session", "exam.jsonl", "--mode", "exam"], (100, 40), &[]);
    session.exp_string("[09:00 admin@fabrikam] > ").expect("the prompt");
    session.send("\u{1b}[A").expect("Up");
    session.flush().expect("flush");
    type_line(&mut session, "clock");
    session.exp_string("(simulated;").expect("the clock ran");
    session.exp_string("[09:00 admin@fabrikam] > ").expect("the next prompt");
    leave_without_submitting(&mut session);
    let exam = std::fs::read_to_string(sandbox.join("exam.jsonl")).expect("the exam's session");
    assert!(!exam.contains("user show adele"), "Up recalled the practice session's line in the exam:\n{exam}");
    assert_eq!(std::fs::read_to_string(&file).expect("history"), history, "the exam wrote no history");
    let files: Vec<_> = std::fs::read_dir(file.parent().expect("folder")).expect("list").collect();
    assert_eq!(files.len(), 1, "one history file, the practice session's");
}

#[test]
fn a_paste_of_several_lines_runs_each_as_its_own_command() {
    let sandbox = sandbox("pty_paste");
    let mut session = play(&sandbox, &["--session", "s.jsonl"], (100, 40), &[]);
    session.exp_string("[09:00 admin@fabrikam] > ").expect("the prompt");
    // Bracketed paste, as a terminal sends it.
    session.send("\u{1b}[200~user show adele\nclock\n\u{1b}[201~").expect("paste");
    session.send("\r").expect("enter");
    session.flush().expect("flush");
    session.exp_string("UserPrincipalName    : adele@fabrikam.example").expect("the first command ran");
    session.exp_string("2026-03-10T09:00:20Z (simulated;").expect("the second ran after it");
    session.exp_string("[09:00 admin@fabrikam] > ").expect("the next prompt");
    leave_without_submitting(&mut session);
    let recorded = std::fs::read_to_string(sandbox.join("s.jsonl")).expect("the session file");
    let lines: Vec<&str> = recorded.lines().skip(1).collect();
    assert_eq!(lines.len(), 2, "two entries:\n{recorded}");
    assert!(lines[0].contains("\"line\":\"user show adele\"") && lines[1].contains("\"line\":\"clock\""), "{recorded}");
    let history = std::fs::read_to_string(sandbox.join("state/tenantdrill/history/cli-lockout.txt")).expect("history");
    assert!(history.lines().any(|line| line == "user show adele") && history.lines().any(|line| line == "clock"), "{history}");
}

#[test]
fn quit_asks_first_and_leaves_without_a_score() {
    let sandbox = sandbox("pty_quit");
    let mut session = play(&sandbox, &["--session", "s.jsonl"], (100, 40), &[]);
    session.exp_string("[09:00 admin@fabrikam] > ").expect("the prompt");
    type_line(&mut session, "quit");
    session.exp_string("Leave without a score? The session stays saved. [y/N] ").expect("the question");
    type_line(&mut session, "n");
    session.exp_string("[09:00 admin@fabrikam] > ").expect("still playing");
    type_line(&mut session, "quit");
    session.exp_string("[y/N] ").expect("the question again");
    type_line(&mut session, "y");
    session.exp_string("Not submitted. Continue later with: tenantdrill play --resume s.jsonl").expect("how to continue");
    let rest = session.exp_eof().expect("the end");
    assert!(!rest.contains("Score"), "{rest}");
    let recorded = std::fs::read_to_string(sandbox.join("s.jsonl")).expect("the session file");
    assert!(!recorded.contains("submit"), "{recorded}");
}

#[test]
fn long_output_is_paged_and_tables_fit_a_narrow_terminal() {
    let sandbox = sandbox("pty_pager");

    // $PAGER gets output taller than the terminal.
    let mut session = play(&sandbox, &["--session", "a.jsonl"], (60, 12), &[("PAGER", "tee paged.txt")]);
    session.exp_string("admin@fabrikam] > ").expect("the prompt");
    type_line(&mut session, "help");
    session.exp_string("  quit  ").expect("the whole help, through the pager");
    session.exp_string("admin@fabrikam] > ").expect("back at the prompt");
    leave_without_submitting(&mut session);
    let paged = std::fs::read_to_string(sandbox.join("paged.txt")).expect("the pager ran");
    assert!(paged.contains("Commands by area"), "{paged}");

    // The built-in pager, a screenful at a time; q stops it.
    let mut session = play(&sandbox, &["--session", "b.jsonl"], (60, 12), &[]);
    session.exp_string("admin@fabrikam] > ").expect("the prompt");
    type_line(&mut session, "help");
    session.exp_string("more lines: Enter for the next page, q to stop, or type a command --").expect("the built-in pager");
    type_line(&mut session, "q");
    session.exp_string("admin@fabrikam] > ").expect("back at the prompt");
    // A command typed at the pager's prompt stops the paging and runs.
    type_line(&mut session, "help");
    session.exp_string("or type a command --").expect("the built-in pager again");
    type_line(&mut session, "users");
    session.exp_string("2 users").expect("the command typed at the pager ran");
    session.exp_string("admin@fabrikam] > ").expect("back at the prompt");
    // A table wider than the terminal is cut, never wrapped.
    type_line(&mut session, "users");
    // (rexpect reads bytes as Latin-1: `…` arrives as its three UTF-8 bytes.)
    let ellipsis: String = "…".bytes().map(char::from).collect();
    session
        .exp_string(&format!("UserPrincipalName                    DisplayName           {ellipsis}\r\n"))
        .expect("the header cut at 60 columns");
    session.exp_string(&format!("Adele Vance           {ellipsis}\r\n")).expect("a row cut at the same column");
    session.exp_string("2 users").expect("the count");
    session.exp_string("admin@fabrikam] > ").expect("back at the prompt");
    leave_without_submitting(&mut session);

    // --no-pager: never.
    let _ = std::fs::remove_file(sandbox.join("paged.txt"));
    let mut session = play(&sandbox, &["--session", "c.jsonl", "--no-pager"], (60, 12), &[("PAGER", "tee paged.txt")]);
    session.exp_string("admin@fabrikam] > ").expect("the prompt");
    type_line(&mut session, "help");
    session.exp_string("  quit  ").expect("the whole help");
    session.exp_string("admin@fabrikam] > ").expect("back at the prompt");
    leave_without_submitting(&mut session);
    assert!(!sandbox.join("paged.txt").exists(), "--no-pager ran the pager");
}
