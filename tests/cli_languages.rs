//! The command line's own words in the trainee's language: clap's usage
//! errors, the described values in `--help`, and the manual page's
//! headings. clap writes English only, so in another language these are
//! said from clap's facts; English stays clap's own.

use crate::cli::{sandbox, tenantdrill};

fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stderr).into_owned()
}

fn stdout_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&assert.get_output().stdout).into_owned()
}

#[test]
fn usage_errors_speak_the_chosen_language_with_the_offending_value_and_exit_2() {
    let sandbox = sandbox("usage-errors-languages");
    // (arguments, what the message must say, the usage line it keeps)
    let cases: [(&[&str], &str, Option<&str>); 9] = [
        (&["--lang", "sl", "play"], "napaka: manjka obvezni argument:\n  <SCENARIO>", Some("Uporaba: tenantdrill play <SCENARIO>")),
        (&["--lang", "nb", "frob"], "feil: ukjent underkommando «frob»", Some("Bruk: tenantdrill [OPTIONS] <COMMAND>")),
        (&["--lang", "sl", "lst"], "napaka: neznan podukaz »lst«\n\n  namig: ste mislili »list«?", None),
        (&["--lang", "nl", "list", "--formt", "json"], "fout: onverwacht argument '--formt'\n\n  tip: bedoelt u '--format'?", None),
        (
            &["--lang", "nl", "run", "--seed", "x", "compromised-mailbox"],
            "fout: ongeldige waarde 'x' voor '--seed <SEED>': verwacht een geheel getal",
            None,
        ),
        (
            &["--lang", "nb", "run", "--fail-under", "200", "x"],
            "feil: ugyldig verdi «200» for «--fail-under <SCORE>»: forventet et heltall fra 0 til 100",
            None,
        ),
        (
            &["--lang", "sl", "run", "--format", "yaml", "compromised-mailbox"],
            "napaka: neveljavna vrednost »yaml« za »--format <FORMAT>«\n  [možne vrednosti: text, json]",
            None,
        ),
        (&["--lang", "sl", "list", "--format"], "napaka: »--format <FORMAT>« potrebuje vrednost, vendar ni bila podana", None),
        (
            &["--lang", "nl", "play", "--seed", "3", "--resume", "f.jsonl"],
            "fout: het argument '--seed <SEED>' kan niet samen met '--resume <FILE>' worden gebruikt",
            Some("Gebruik: tenantdrill play"),
        ),
    ];
    for (arguments, message, usage) in cases {
        let assert = tenantdrill(&sandbox).args(arguments).assert().code(2);
        let stderr = stderr_of(&assert);
        assert!(stderr.starts_with(message), "{arguments:?}:\n{stderr}");
        if let Some(usage) = usage {
            assert!(stderr.contains(usage), "{arguments:?}:\n{stderr}");
        }
        for english in ["error:", "a similar", "Usage:", "For more information", "unexpected", "invalid value", "required"] {
            assert!(!stderr.contains(english), "{arguments:?} says {english:?}:\n{stderr}");
        }
    }
}

#[test]
fn usage_errors_in_english_stay_clap_s_own() {
    let sandbox = sandbox("usage-errors-english");
    let assert = tenantdrill(&sandbox).args(["--lang", "en", "list", "--formt", "json"]).assert().code(2);
    assert_eq!(
        stderr_of(&assert),
        "error: unexpected argument '--formt' found\n\n  tip: a similar argument exists: '--format'\n\n\
         Usage: tenantdrill list --format <FORMAT>\n\nFor more information, try '--help'.\n"
    );
    let assert = tenantdrill(&sandbox).args(["run", "--seed", "x", "compromised-mailbox"]).assert().code(2);
    assert!(stderr_of(&assert).starts_with("error: invalid value 'x' for '--seed <SEED>': invalid digit found in string"));
}

#[test]
fn help_describes_the_values_of_grade_and_demo_in_the_chosen_language() {
    let sandbox = sandbox("help-values-languages");
    let assert = tenantdrill(&sandbox).args(["--lang", "sl", "grade", "--help"]).assert().success();
    let help = stdout_of(&assert);
    assert!(help.contains("- csv:           Ena vrstica na sejo: za preglednico"), "{help}");
    assert!(help.contains("(povzetek z »-h«)"), "{help}");
    assert!(!help.contains("One row per session") && !help.contains("see a summary"), "{help}");
    let assert = tenantdrill(&sandbox).args(["--lang", "nb", "demo", "--help"]).assert().success();
    assert!(stdout_of(&assert).contains("- rules-first: Fjern regelen først"));
    // The values still parse as the enums they are.
    tenantdrill(&sandbox).args(["--lang", "nb", "demo", "--order", "rules-first"]).assert().success();
    let assert = tenantdrill(&sandbox).args(["grade", "--help"]).assert().success();
    assert!(stdout_of(&assert).contains("- csv:           One row per session: for a spreadsheet"));
}

#[test]
fn help_lists_possible_values_in_the_chosen_language_even_where_clap_wraps_the_line() {
    let sandbox = sandbox("help-possible-values-wrapped");
    for lang in ["nb", "nl", "sl"] {
        let assert = tenantdrill(&sandbox).args(["--lang", lang, "--help"]).assert().success();
        let help = stdout_of(&assert);
        assert!(!help.contains("possible values") && !help.contains("default:"), "{lang}:\n{help}");
    }
}

#[test]
fn the_manual_page_has_its_headings_in_the_chosen_language() {
    let sandbox = sandbox("man-languages");
    let assert = tenantdrill(&sandbox).args(["--lang", "sl", "man"]).assert().success();
    let page = stdout_of(&assert);
    for heading in [".SH IME", ".SH SINOPSIS", ".SH OPIS", ".SH MOŽNOSTI", ".SH UKAZI", ".SH RAZLIČICA"] {
        assert!(page.lines().any(|line| line == heading), "{heading} missing");
    }
    for english in [".SH NAME", ".SH OPTIONS", "Print help", "Possible values", "[default: ", "see a summary", "subcommands"] {
        assert!(!page.contains(english), "{english:?} in the Slovenian manual page");
    }
    assert!(page.contains("\\fIMožne vrednosti:\\fR") && page.contains("[privzeto: auto]"));
    let assert = tenantdrill(&sandbox).args(["man"]).assert().success();
    let page = stdout_of(&assert);
    assert!(page.contains(".SH NAME\n") && page.contains(".SH COMMANDS\n") && page.contains("Print help"));
}

#[test]
fn grade_text_names_the_session_integrity_and_ungraded_files_in_the_chosen_language() {
    use crate::cli::{LOCKOUT, LOCKOUT_SOLUTION};
    let sandbox = sandbox("grade-text-languages");
    let solution = sandbox.join("solution.txt");
    std::fs::write(&solution, LOCKOUT_SOLUTION).expect("write the commands");
    let commands = solution.display().to_string();
    tenantdrill(&sandbox).args(["run", LOCKOUT, "--commands", &commands, "--session", "one.jsonl"]).assert().success();
    let recorded = std::fs::read_to_string(sandbox.join("one.jsonl")).expect("the session");
    std::fs::write(sandbox.join("edited.jsonl"), recorded.replacen("user show adele", "user show adela", 1)).expect("edit");
    std::fs::write(sandbox.join("junk.jsonl"), "not a session\n").expect("junk");
    let grade = |lang: &str| {
        let assert = tenantdrill(&sandbox)
            .args(["--lang", lang, "grade", "one.jsonl", "edited.jsonl", "junk.jsonl", "--scenario", LOCKOUT])
            .assert()
            .code(1);
        stdout_of(&assert)
    };
    let slovenian = grade("sl");
    assert!(slovenian.contains("casey · cli-lockout · seme 7 · način vadbe\n"), "{slovenian}");
    assert!(slovenian.contains("CELOVITOST: SPREMENJENO: ukaz 1 ne sledi iz prejšnjih vrstic"), "{slovenian}");
    assert!(slovenian.contains("== Ni ocenjeno =="), "{slovenian}");
    for english in ["seed ", "practice mode", "INTEGRITY", "does not follow", "Not graded"] {
        assert!(!slovenian.contains(english), "{english:?} in:\n{slovenian}");
    }
    let english = grade("en");
    assert!(english.contains("casey · cli-lockout · seed 7 · practice mode\n"), "{english}");
    assert!(english.contains("INTEGRITY: ALTERED: command 1 does not follow from the lines before it"), "{english}");
    assert!(english.contains("== Not graded =="), "{english}");
}

#[test]
fn validate_and_run_say_file_build_and_parse_problems_in_the_chosen_language() {
    let sandbox = sandbox("diagnostics-languages");
    let invalid = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/invalid/bad_solution_command.ron");
    // A solution command that does not parse: the command language's own error.
    let assert = tenantdrill(&sandbox).args(["--lang", "sl", "validate", invalid]).assert().code(1);
    let stderr = stderr_of(&assert);
    assert!(stderr.contains("napaka: ukaz rešitve `usr show adele`: neznan ukaz 'usr'. Ste mislili 'user'?"), "{stderr}");
    let assert = tenantdrill(&sandbox).args(["validate", invalid]).assert().code(1);
    assert!(stderr_of(&assert).contains("error: solution command `usr show adele`: unknown command 'usr'. Did you mean 'user'?"));
    // A path that is not there, and one that is no regular file.
    let assert = tenantdrill(&sandbox).args(["--lang", "nb", "validate", "missing.ron"]).assert().code(1);
    let stderr = stderr_of(&assert);
    assert!(stderr.contains("feil: kan ikke lese missing.ron: filen eller mappen finnes ikke"), "{stderr}");
    let assert = tenantdrill(&sandbox).args(["validate", "missing.ron"]).assert().code(1);
    assert!(stderr_of(&assert).contains("error: cannot read missing.ron: no such file or directory"));
    std::fs::create_dir_all(sandbox.join("folder.ron")).expect("a folder");
    let assert = tenantdrill(&sandbox).args(["--lang", "nl", "run", "folder.ron"]).assert().code(1);
    let stderr = stderr_of(&assert);
    assert!(stderr.starts_with("fout: kan folder.ron niet lezen: het is geen gewoon bestand"), "{stderr}");
    assert!(stderr.ends_with("fout: 1 probleem in folder.ron\n"), "{stderr}");
    assert!(!stderr.contains("error") && !stderr.contains("regular file"), "{stderr}");
    // serde's words for a text of the wrong kind, and a language given twice.
    let scenario = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/locked-out.ron")).expect("the scenario");
    let title = scenario.lines().find(|line| line.trim_start().starts_with("title:")).expect("a title line").to_string();
    let write = |name: &str, replacement: &str| {
        let text = remove_translations(&scenario.replacen(&title, replacement, 1), replacement);
        std::fs::write(sandbox.join(name), text).expect("write");
    };
    write("number.ron", "    title: 5,");
    let assert = tenantdrill(&sandbox).args(["--lang", "sl", "validate", "number.ron"]).assert().code(1);
    let stderr = stderr_of(&assert);
    assert!(stderr.contains("napaka: pričakovano besedilo: niz ali preslikava jezikovne kode v niz"), "{stderr}");
    assert!(stderr.contains("najdeno `5`") && !stderr.contains("unsigned"), "{stderr}");
    write("twice.ron", "    title: {\"en\": \"a\", \"en\": \"b\"},");
    let assert = tenantdrill(&sandbox).args(["--lang", "nl", "validate", "twice.ron"]).assert().code(1);
    let stderr = stderr_of(&assert);
    assert!(stderr.contains("fout: taal `en` is twee keer opgegeven"), "{stderr}");
    let assert = tenantdrill(&sandbox).args(["validate", "twice.ron"]).assert().code(1);
    assert!(stderr_of(&assert).contains("error: language `en` is given twice"));
}

/// `text` with the title's translated map (the lines after `title`, up to
/// its closing brace) left out, so `replacement` stands alone.
fn remove_translations(text: &str, replacement: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in text.lines() {
        if skipping {
            if line.trim_start().starts_with('}') {
                skipping = false;
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
        if line == replacement {
            skipping = true;
        }
    }
    out
}
