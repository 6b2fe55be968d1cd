//! The console as people use it: what the session commands say, how views
//! read, the prompt, output fitted to a terminal, and the command line's
//! colour, errors, manual page, completions and closed pipes.

use crate::cli::{LOCKOUT, LOCKOUT_SOLUTION, sandbox, scenario, tenantdrill};
use predicates::prelude::*;
use std::io::Read;
use std::path::Path;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::repl::fit_to_width;
use tenantdrill::scenario::library::{SCENARIOS, bundled_procedures, scenario as bundled};
use tenantdrill::scenario::load::{load_file, load_text};

fn drill_of(id: &str, mode: Mode) -> Drill {
    let procedures = bundled_procedures().expect("bundled procedures");
    let file = bundled(id).expect("a bundled scenario");
    let loaded = load_text(file.path, file.text.as_bytes(), &procedures).expect("the scenario loads");
    let seed = loaded.scenario.seed;
    Drill::new(&loaded, &procedures, seed, mode).expect("the drill builds")
}

fn lockout(mode: Mode) -> Drill {
    let procedures = bundled_procedures().expect("bundled procedures");
    let loaded = load_file(Path::new(LOCKOUT), &procedures).expect("the scenario loads");
    Drill::new(&loaded, &procedures, 7, mode).expect("the drill builds")
}

#[test]
fn help_clock_tells_how_long_commands_take() {
    let help = lockout(Mode::Practice).execute("help clock").output;
    assert!(help.contains("20 seconds") && help.contains("60 seconds"), "{help}");
    // And the clock agrees with it.
    let mut drill = lockout(Mode::Practice);
    let start = drill.simulation().now();
    drill.execute("user show adele");
    assert_eq!(drill.simulation().now().since(start).as_seconds(), 20, "a view takes 20 s");
    drill.execute("user reset-password adele --auto");
    assert_eq!(drill.simulation().now().since(start).as_seconds(), 80, "a change takes 60 s");
}

#[test]
fn status_names_the_acting_account_and_pending_releases() {
    let mut drill = drill_of("restricted-sender", Mode::Practice);
    let status = drill.execute("status").output;
    assert!(status.contains("acting as "), "{status}");
    assert!(status.contains("Global Administrator"), "{status}");
    assert!(status.contains("nothing pending"), "{status}");
    let victim = drill.scenario().truth.subjects[0].clone();
    let released = drill.execute(&format!("restricted release {victim}"));
    assert!(!released.error, "{}", released.output);
    let status = drill.execute("status").output;
    assert!(status.contains(&format!("release of {victim} from the restricted entities list")), "{status}");
    assert!(!status.contains("nothing pending"), "{status}");
}

#[test]
fn history_lists_the_typed_lines_with_passwords_masked() {
    let mut drill = lockout(Mode::Practice);
    drill.execute("user show adele");
    drill.execute("user reset-password adele --password Sunny-Harbor-Drift-92#");
    let history = drill.execute("history").output;
    assert_eq!(
        history, "1  09:00  user show adele\n2  09:00  user reset-password adele --password ***\n3  09:01  history\n",
        "numbered, timed, masked"
    );
}

#[test]
fn clear_asks_the_terminal_to_clear_and_does_nothing_else() {
    let mut drill = lockout(Mode::Practice);
    let before = drill.simulation().now();
    let reply = drill.execute("clear");
    assert!(reply.clear_screen && reply.output.is_empty() && !reply.quit);
    assert_eq!(drill.simulation().now(), before, "no simulated time passes");
}

#[test]
fn the_prompt_shows_the_day_after_midnight_and_when_signed_out() {
    let mut drill = lockout(Mode::Practice);
    assert_eq!(drill.prompt(), "[09:00 admin@fabrikam] > ");
    drill.execute("wait 15h 10m");
    assert_eq!(drill.prompt(), "[Wed 00:10 admin@fabrikam] > ", "2026-03-11 is a Wednesday");

    // The sole Global Administrator who forgot their password: signed out
    // until Microsoft support calls back the next day.
    let mut drill = drill_of("sole-admin-locked-out", Mode::Practice);
    assert_eq!(drill.prompt(), "[08:00 oliver@proseware signed out] > ");
    drill.execute("support call");
    assert!(drill.prompt().starts_with("[Tue 10:0"), "{}", drill.prompt());
    assert!(!drill.prompt().contains("signed out"), "they can sign in with the temporary password: {}", drill.prompt());

    // The admin who forgot their password: once the browser's session ends
    // nothing signs them in again.
    let mut drill = drill_of("admin-forgot-password", Mode::Practice);
    assert!(!drill.prompt().contains("signed out"), "{}", drill.prompt());
    drill.execute("wait 2h");
    assert!(drill.prompt().ends_with(" signed out] > "), "{}", drill.prompt());
}

#[test]
fn sspr_show_renders_settings_for_people() {
    let mut drill = drill_of("enable-sspr", Mode::Practice);
    let done = drill.execute("sspr set --group \"SSPR Pilot\" --methods mobile-app-notification,mobile-phone");
    assert!(!done.error, "{}", done.output);
    let shown = drill.execute("sspr show").output;
    assert!(shown.contains("Self-service password reset enabled: Selected (group \"SSPR Pilot\")"), "{shown}");
    assert!(shown.contains("Methods available to users         : Mobile app notification, Mobile phone"), "{shown}");
    assert_no_debug_output(&shown);
}

/// Rust's debug output of an enum or a vector: `Selected("…")`, `[Email]`.
fn assert_no_debug_output(text: &str) {
    for pattern in ["(\"", "[Mobile", "[Email", "Selected(", "Some(", "None,", "Familiar", "BlockUser"] {
        assert!(!text.contains(pattern), "debug output `{pattern}` in:\n{text}");
    }
}

#[test]
fn every_view_of_every_bundled_reference_solution_reads_without_debug_output() {
    for file in SCENARIOS {
        let mut drill = drill_of(file.id, Mode::Practice);
        for line in drill.scenario().solution.clone() {
            let reply = drill.execute(&line);
            assert_no_debug_output(&reply.output);
        }
        for line in ["policy show", "logs sign-ins", "logs audit", "alerts", "restricted list", "policy outbound"] {
            assert_no_debug_output(&drill.execute(line).output);
        }
    }
}

#[test]
fn users_are_sorted_counted_and_narrowed() {
    let mut drill = drill_of("enable-sspr", Mode::Practice);
    let all = drill.execute("users").output;
    let names: Vec<&str> = all.lines().skip(1).filter(|line| line.contains('@')).map(|line| line.split(' ').next().unwrap_or("")).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(names, sorted, "sorted by user principal name");
    let count_line = all.lines().last().unwrap_or_default();
    assert!(count_line.ends_with(" users") || count_line.contains(" of "), "a count: {count_line}");
    // A long list shows the first users by name, whatever order they were added in.
    let mut every: Vec<String> = drill.simulation().tenant().users().map(|(_, user)| user.upn.to_lowercase()).collect();
    every.sort_unstable();
    every.truncate(names.len());
    assert_eq!(names, every, "the first {} users by name", names.len());

    let searched = drill.execute("users --search volkov").output;
    assert!(searched.contains("dmitri@relecloud.com") && searched.ends_with("1 user"), "{searched}");
    let department = drill.execute("users --department \"field service\"").output;
    assert!(department.lines().filter(|line| line.contains('@')).all(|line| line.contains("Field Service")), "{department}");
    assert!(!department.contains(" IT "), "{department}");
    let both = drill.execute("users --department IT --search henrik").output;
    assert!(both.contains("henrik@relecloud.com") && both.ends_with("1 user"), "{both}");
    let none = drill.execute("users --department Nowhere").output;
    assert!(none.ends_with("0 users"), "{none}");
}

#[test]
fn groups_and_role_members_show_who_is_in_them() {
    let mut drill = drill_of("enable-sspr", Mode::Practice);
    let groups = drill.execute("groups").output;
    assert!(groups.starts_with("Group "), "{groups}");
    assert!(groups.contains("SSPR Pilot") && groups.contains("Field Service"), "{groups}");
    let members = drill.execute("group members \"sspr pilot\"").output;
    assert!(members.starts_with("Members of group \"SSPR Pilot\":"), "{members}");
    for upn in ["aksel@relecloud.com", "sofie@relecloud.com", "sspr-test@relecloud.com"] {
        assert!(members.contains(upn), "{upn} in\n{members}");
    }
    assert!(members.ends_with("4 members"), "{members}");
    let missing = drill.execute("group members Nobody");
    assert!(missing.error && missing.output.starts_with("error: no group 'Nobody'"), "{}", missing.output);

    let admins = drill.execute("role members \"Authentication Policy Administrator\"").output;
    assert!(admins.contains("priya@relecloud.com") && admins.ends_with("1 member"), "{admins}");
    let nobody = drill.execute("role members exchange-admin").output;
    assert!(nobody.ends_with("(none)"), "{nobody}");
    // Views: they take a view's time and change nothing.
    let before = drill.simulation().now();
    drill.execute("groups");
    assert_eq!(drill.simulation().now().since(before).as_seconds(), 20);
}

#[test]
fn addresses_show_in_lower_case_even_from_a_variable() {
    // enable-sspr fills `{lead}@relecloud.com` with a capitalised first name.
    let mut drill = drill_of("enable-sspr", Mode::Practice);
    let users = drill.execute("users --department \"Field Service\"").output;
    for line in users.lines().filter(|line| line.contains('@')) {
        let upn = line.split(' ').next().unwrap_or_default();
        assert_eq!(upn, upn.to_lowercase(), "{line}");
    }
    let brief = drill.brief();
    assert!(!brief.contains("Signe@") && !brief.contains("Mikkel@") && !brief.contains("Rasmus@"), "{brief}");
}

#[test]
fn a_scenario_upn_entra_does_not_allow_is_refused_clearly() {
    let sandbox = sandbox("bad_upn");
    let text = std::fs::read_to_string(LOCKOUT).expect("the scenario");
    for (bad, said) in [("zoë@fabrikam.example", "the non-ASCII letter `ë`"), ("zoe smith@fabrikam.example", "a space")] {
        let file = sandbox.join("bad.ron");
        std::fs::write(
            &file,
            text.replace(
                "(upn: \"adele@fabrikam.example\", name: \"Adele Vance\"",
                &format!("(upn: \"{bad}\", name: \"Zoe\"),\n            (upn: \"adele@fabrikam.example\", name: \"Adele Vance\""),
            ),
        )
        .expect("write");
        let assert = tenantdrill(&sandbox).args(["validate", "bad.ron"]).assert().code(1);
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        assert!(stderr.contains(&format!("`{bad}` is not a user principal name Entra allows: it has {said}")), "{stderr}");
        assert!(stderr.contains("bad.ron:"), "points at the file: {stderr}");
    }
}

#[test]
fn tables_are_cut_and_prose_wraps_to_the_terminal() {
    let table = "Name        Department   Blocked\nmegan@contoso.com  Sales   no\n";
    assert_eq!(fit_to_width(table, 20), "Name        Departm…\nmegan@contoso.com  …\n");
    let prose = "The attacker read the message and learned the new password before the user did.\n";
    let wrapped = fit_to_width(prose, 30);
    assert_eq!(wrapped, "The attacker read the message\nand learned the new password\nbefore the user did.\n");
    assert_eq!(
        fit_to_width("  indented prose that is long enough to wrap here\n", 24),
        "  indented prose that\n  is long enough to\n  wrap here\n"
    );
    assert_eq!(fit_to_width("short\n", 80), "short\n", "what fits is left alone");
    // Colour takes no columns, and a cut coloured line is reset.
    assert_eq!(fit_to_width("\u{1b}[31mName        Department  x\u{1b}[0m\n", 20), "\u{1b}[31mName        Departm…\u{1b}[0m\n");
    let red = "\u{1b}[31merror: the password must be at least eight characters long\u{1b}[0m\n";
    let wrapped = fit_to_width(red, 30);
    assert!(wrapped.lines().all(|line| textwrap::core::display_width(line) <= 30), "{wrapped:?}");
    assert!(wrapped.starts_with("\u{1b}[31merror:") && wrapped.ends_with("\u{1b}[0m\n"), "{wrapped:?}");
    // A narrow table whose last column is text: that column wraps under itself.
    let step = "  ✓ owner-signs-in  10/10  megan@contoso.com can sign in with a password only they know\n";
    assert_eq!(
        fit_to_width(step, 60),
        "  ✓ owner-signs-in  10/10  megan@contoso.com can sign in\n                           with a password only they know\n"
    );
    for line in fit_to_width(&lockout(Mode::Practice).execute("help").output, 40).lines() {
        assert!(textwrap::core::display_width(line) <= 40, "{line}");
    }
}

#[test]
fn each_placeholder_name_has_one_meaning() {
    let mut meanings: std::collections::BTreeMap<&str, String> = std::collections::BTreeMap::new();
    for spec in tenantdrill::command::COMMANDS {
        let arguments = spec.arguments.iter().map(|argument| (argument.placeholder, argument.kind));
        let values = spec.flags.iter().filter_map(|flag| flag.value.map(|value| (value.placeholder, value.kind)));
        for (placeholder, kind) in arguments.chain(values) {
            if matches!(kind, tenantdrill::command::ValueKind::Choice(_)) {
                continue;
            }
            let meaning = kind.description(tenantdrill::i18n::Lang::En);
            let first = meanings.entry(placeholder).or_insert_with(|| meaning.clone()).clone();
            assert_eq!(first, meaning, "`{placeholder}` means two things (in `{}`)", spec.name);
        }
    }
    let reference = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/commands.md")).expect("the reference");
    for placeholder in meanings.keys() {
        assert_eq!(reference.matches(&format!("| `{placeholder}` |")).count(), 1, "`{placeholder}` in the table of values");
    }
}

#[test]
fn scenario_times_take_offsets_and_iso_durations_and_wait_takes_friendly_forms() {
    let sandbox = sandbox("time_forms");
    let text = std::fs::read_to_string(LOCKOUT).expect("the scenario");
    // The same moment and length, written another way.
    let other = text
        .replace("start: \"2026-03-10T09:00:00Z\"", "start: \"2026-03-10T10:00:00.250+01:00\"")
        .replace("time_limit: \"30m\"", "time_limit: \"PT30M\"");
    assert_ne!(other, text);
    std::fs::write(sandbox.join("other.ron"), other).expect("write");
    let run = |file: &str| {
        let assert = tenantdrill(&sandbox).args(["run", file, "--seed", "7"]).write_stdin(LOCKOUT_SOLUTION).assert().success();
        String::from_utf8_lossy(&assert.get_output().stdout).replace("(other)", "(cli-lockout)")
    };
    assert_eq!(run("other.ron"), run(LOCKOUT));

    let mut drill = lockout(Mode::Practice);
    let start = drill.simulation().now();
    for (line, seconds) in [("wait 90s", 90), ("wait 10min", 690), ("wait 1 minute", 750), ("wait PT3M", 930)] {
        let reply = drill.execute(line);
        assert!(!reply.error, "{line}: {}", reply.output);
        assert_eq!(drill.simulation().now().since(start).as_seconds(), seconds, "{line}");
    }
    let refused = drill.execute("wait 1.5s");
    assert!(refused.error && refused.output.contains("invalid duration"), "{}", refused.output);
}

// The command line.

#[test]
fn a_closed_pipe_ends_every_writing_command_quietly() {
    let sandbox = sandbox("closed_pipe");
    let commands: &[&[&str]] = &[
        &["completions", "bash"],
        &["man"],
        &["list"],
        &["procedure", "compromised-account"],
        &["demo"],
        &["run", LOCKOUT, "--commands", "solution.txt"],
        &["--help"],
    ];
    std::fs::write(sandbox.join("solution.txt"), LOCKOUT_SOLUTION).expect("write");
    for arguments in commands {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_tenantdrill"));
        crate::cli::isolate(&mut command, &sandbox);
        let mut child =
            command.args(*arguments).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped()).spawn().expect("spawn");
        // The reader is gone before anything is written, as when `| head -c1`
        // has already exited: every write fails with a broken pipe.
        drop(child.stdout.take());
        let mut stderr = String::new();
        child.stderr.take().expect("stderr").read_to_string(&mut stderr).expect("stderr");
        let status = child.wait().expect("wait");
        assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "{arguments:?}: {stderr}");
        assert!(status.success(), "{arguments:?} exited {status:?}: {stderr}");
    }
}

#[test]
fn a_closed_standard_error_is_no_panic() {
    let sandbox = sandbox("closed_stderr");
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_tenantdrill"));
    crate::cli::isolate(&mut command, &sandbox);
    // A reader that is gone: a pipe whose reading end is closed at once.
    let mut child = command
        .args(["play", "no-such-scenario"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    drop(child.stderr.take());
    let output = child.wait_with_output().expect("wait");
    assert_eq!(output.status.code(), Some(2), "the usage error's status, without a panic (101)");
}

#[test]
fn man_prints_a_roff_page_for_every_subcommand() {
    let sandbox = sandbox("man");
    let assert = tenantdrill(&sandbox).arg("man").assert().success();
    let page = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    assert!(page.contains(".TH tenantdrill 1"), "a roff title:\n{page}");
    assert!(page.contains(".SH COMMANDS"), "{page}");
    for subcommand in ["play", "run", "grade", "validate", "list", "procedure", "new", "completions", "man", "demo"] {
        assert!(page.contains(&format!(".SS \"tenantdrill {subcommand}\"")), "no section for {subcommand}");
    }
    assert!(page.contains("\\-\\-no\\-pager"), "options are listed");
}

#[test]
fn completions_offer_the_bundled_scenario_ids_in_every_shell() {
    let sandbox = sandbox("completion_ids");
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let assert = tenantdrill(&sandbox).args(["completions", shell]).assert().success();
        let script = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
        for id in ["compromised-mailbox", "sole-admin-locked-out", "compromised-account"] {
            assert!(script.contains(id), "{shell} does not complete {id}");
        }
    }
    // bash, as a person pressing Tab would get it.
    #[cfg(unix)]
    if std::process::Command::new("bash").arg("--version").output().is_ok_and(|output| output.status.success()) {
        let script = tenantdrill(&sandbox).args(["completions", "bash"]).output().expect("the script").stdout;
        std::fs::write(sandbox.join("completion.bash"), script).expect("write");
        for (words, previous) in [
            ("tenantdrill play comp", "play"),
            ("tenantdrill new x --from comp", "--from"),
            ("tenantdrill procedure compromised-a", "procedure"),
        ] {
            let program = format!(
                "source completion.bash; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); _tenantdrill tenantdrill \"${{COMP_WORDS[-1]}}\" {previous}; echo \"${{COMPREPLY[@]}}\""
            );
            let output = std::process::Command::new("bash").arg("-c").arg(&program).current_dir(&sandbox).output().expect("bash");
            let offered = String::from_utf8_lossy(&output.stdout).trim().to_string();
            let expected = if previous == "procedure" { "compromised-account" } else { "compromised-mailbox compromised-admin" };
            assert_eq!(offered, expected, "{words}: {}", String::from_utf8_lossy(&output.stderr));
        }
    }
    // The ids are suggestions, not the only values: a path still works.
    tenantdrill(&sandbox).args(["run", LOCKOUT]).write_stdin(LOCKOUT_SOLUTION).assert().success();
}

#[test]
fn colour_follows_the_flag_then_no_color_and_clicolor_force() {
    let sandbox = sandbox("colour");
    let escape = predicate::str::contains("\u{1b}[");
    // isolate() sets NO_COLOR: --color always overrides it.
    tenantdrill(&sandbox).args(["--color", "always", "play", "no-such-scenario"]).assert().code(2).stderr(escape.clone());
    tenantdrill(&sandbox).args(["play", "no-such-scenario"]).assert().code(2).stderr(escape.clone().not());
    tenantdrill(&sandbox)
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .args(["play", "no-such-scenario"])
        .assert()
        .code(2)
        .stderr(escape.clone());
    tenantdrill(&sandbox)
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .args(["play", "no-such-scenario", "--color=never"])
        .assert()
        .code(2)
        .stderr(escape.clone().not());
    // And the transcript of a run.
    let coloured = tenantdrill(&sandbox).args(["--color", "always", "run", LOCKOUT]).write_stdin(LOCKOUT_SOLUTION).assert().success();
    assert!(String::from_utf8_lossy(&coloured.get_output().stdout).contains("\u{1b}["));
}

#[test]
fn errors_start_with_the_same_prefix_everywhere() {
    let sandbox = sandbox("error_prefix");
    let ours = tenantdrill(&sandbox).args(["play", "no-such-scenario"]).assert().code(2);
    let clap = tenantdrill(&sandbox).args(["play", "--seed", "x", LOCKOUT]).assert().code(2);
    let invalid = tenantdrill(&sandbox).args(["validate", "missing.ron"]).assert().code(1);
    for assert in [ours, clap, invalid] {
        let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
        assert!(stderr.starts_with("error: "), "{stderr}");
    }
    // At the prompt too: a parse error and a refused action.
    let played = tenantdrill(&sandbox).args(["run", LOCKOUT]).write_stdin("usres\nuser remove-method adele fido2\n").assert().success();
    let transcript = String::from_utf8_lossy(&played.get_output().stdout).into_owned();
    assert!(transcript.contains("> usres\nerror: unknown command 'usres'. Did you mean 'users'?"), "{transcript}");
    assert!(transcript.contains("> user remove-method adele fido2\nerror: "), "{transcript}");
}

#[test]
fn clap_help_wraps_to_the_terminal_width() {
    let sandbox = sandbox("help_width");
    let assert = tenantdrill(&sandbox).env("COLUMNS", "50").args(["play", "--help"]).assert().success();
    let help = String::from_utf8_lossy(&assert.get_output().stdout).into_owned();
    for line in help.lines() {
        assert!(line.chars().count() <= 50, "wider than 50 columns: {line:?}");
    }
    assert!(help.contains("--no-pager"), "{help}");
}

#[test]
fn play_and_run_take_scenario_ids_from_the_library() {
    // The ids completion offers are the ones `play` accepts.
    let sandbox = sandbox("library_ids");
    tenantdrill(&sandbox).args(["run", &scenario("locked-out")]).write_stdin("").assert().success();
    tenantdrill(&sandbox).args(["new", "copy", "--from", "locked-out"]).assert().success();
    assert!(sandbox.join("copy.ron").exists());
}
