//! The session, the REPL's words and the command line in the chosen
//! language: `--lang`, else `LC_ALL`, `LC_MESSAGES`, `LANG`; English
//! unchanged; a session file recorded in one language replays and verifies
//! in it and is graded in the grader's.

use crate::cli::{LOCKOUT, LOCKOUT_SOLUTION, sandbox, tenantdrill};
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::i18n::Lang;
use tenantdrill::scenario::library::bundled_procedures;
use tenantdrill::scenario::load::load_text;

fn stdout(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).expect("UTF-8 output")
}

fn stderr(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).expect("UTF-8 output")
}

#[test]
fn the_flag_then_the_locale_variables_choose_the_language_of_list() {
    let folder = sandbox("language-list");
    let first_line = |assert: assert_cmd::assert::Assert| stdout(&assert.success()).lines().next().unwrap_or_default().to_string();
    let english = first_line(tenantdrill(&folder).arg("list").assert());
    assert!(english.starts_with("ID ") && english.contains("DIFFICULTY") && english.ends_with("MINUTES  TITLE"), "{english}");
    let nb = first_line(tenantdrill(&folder).args(["--lang", "nb", "list"]).assert());
    assert!(nb.contains("VANSKELIGHETSGRAD") && nb.ends_with("MINUTTER  TITTEL"), "{nb}");
    let nl = first_line(tenantdrill(&folder).env("LANG", "nl_NL.UTF-8").arg("list").assert());
    assert!(nl.contains("MOEILIJKHEID") && nl.ends_with("MINUTEN  TITEL"), "{nl}");
    // LC_ALL wins over LANG; the flag wins over both.
    let sl = first_line(tenantdrill(&folder).env("LANG", "nb_NO.UTF-8").env("LC_ALL", "sl_SI.UTF-8").arg("list").assert());
    assert!(sl.contains("TEŽAVNOST") && sl.ends_with("MINUTE  NASLOV"), "{sl}");
    let flag = first_line(tenantdrill(&folder).env("LC_ALL", "sl_SI.UTF-8").args(["list", "--lang", "en"]).assert());
    assert_eq!(flag, english);
}

#[test]
fn errors_are_in_the_chosen_language_and_english_is_unchanged() {
    let folder = sandbox("language-errors");
    let english = stderr(&tenantdrill(&folder).args(["play", "locked-ot"]).assert().code(2));
    assert_eq!(
        english,
        "error: 'locked-ot' is neither a bundled scenario nor a file; `tenantdrill list` shows the bundled ones. Did you mean 'locked-out'?\n"
    );
    let nb = stderr(&tenantdrill(&folder).args(["--lang", "nb", "play", "locked-ot"]).assert().code(2));
    assert_eq!(
        nb,
        "feil: «locked-ot» er verken et medfølgende scenario eller en fil; `tenantdrill list` viser de medfølgende. Mente du «locked-out»?\n"
    );
    let nl = stderr(&tenantdrill(&folder).env("LANG", "nl_NL").args(["procedure", "nothing"]).assert().code(2));
    assert!(nl.starts_with("fout: er is geen procedure 'nothing' (meegeleverd: "), "{nl}");
    let sl = stderr(&tenantdrill(&folder).env("LC_ALL", "sl_SI.UTF-8").args(["new", "Bad Id"]).assert().code(2));
    assert!(sl.starts_with("napaka: »Bad Id« ni ID scenarija"), "{sl}");
}

#[test]
fn a_subcommands_help_is_in_the_chosen_language() {
    let folder = sandbox("language-help");
    let english = stdout(&tenantdrill(&folder).args(["play", "--help"]).assert().success());
    assert!(english.starts_with("Play a scenario in an interactive session"), "{english}");
    assert!(english.contains("Usage: tenantdrill play") && english.contains("Continue a saved session where it stopped"), "{english}");
    let sl = stdout(&tenantdrill(&folder).args(["--lang", "sl", "play", "--help"]).assert().success());
    assert!(sl.starts_with("Odigrajte scenarij v interaktivni seji"), "{sl}");
    assert!(sl.contains("Uporaba: tenantdrill play") && sl.contains("Možnosti:") && sl.contains("Nadaljujte shranjeno sejo"), "{sl}");
    // The flags, the value names and the command words stay as they are.
    assert!(sl.contains("--resume <FILE>") && sl.contains("[privzeto: auto]"), "{sl}");
    let nb = stdout(&tenantdrill(&folder).env("LANG", "nb_NO.UTF-8").args(["help", "grade"]).assert().success());
    assert!(nb.starts_with("Vurder lagrede økter på nytt") && nb.contains("Bruk: tenantdrill grade"), "{nb}");
    let nl = stdout(&tenantdrill(&folder).args(["--lang", "nl", "--help"]).assert().success());
    assert!(nl.contains("Opdrachten:") && nl.contains("De meegeleverde scenario's weergeven") && nl.contains("Help tonen"), "{nl}");
}

#[test]
fn validate_summarises_in_the_chosen_language_with_its_plural_forms() {
    let folder = sandbox("language-validate");
    let english = stdout(&tenantdrill(&folder).args(["validate", LOCKOUT]).assert().success());
    assert_eq!(english, "1 file checked: 1 valid, 0 invalid (0 errors, 0 warnings)\n");
    let sl = stdout(&tenantdrill(&folder).args(["--lang", "sl", "validate", LOCKOUT]).assert().success());
    assert_eq!(sl, "Preverjeno: 1 datoteka: 1 veljavna, 0 neveljavnih (0 napak, 0 opozoril)\n");
    let nb = stdout(&tenantdrill(&folder).args(["--lang", "nb", "validate", LOCKOUT, LOCKOUT]).assert().success());
    assert_eq!(nb, "2 filer kontrollert: 2 gyldige, 0 ugyldige (0 feil, 0 advarsler)\n");
}

fn drill(lang: Lang) -> Drill {
    let procedures = bundled_procedures().expect("bundled procedures");
    let bundled = tenantdrill::scenario::library::scenario("locked-out").expect("bundled");
    let loaded = load_text(bundled.path, bundled.text.as_bytes(), &procedures).expect("loads");
    Drill::new(&loaded, &procedures, 3, Mode::Practice).expect("builds").with_lang(lang)
}

/// `status`, `clock`, `hint` and `history` of a fresh drill in `lang`.
fn session_commands(lang: Lang) -> [String; 4] {
    let mut drill = drill(lang);
    ["status", "clock", "hint", "history"].map(|line| drill.execute(line).output)
}

#[test]
fn the_session_commands_answer_in_the_drills_language() {
    let [status, clock, hint, history] = session_commands(Lang::En);
    assert_eq!(
        status,
        "Locked out before the morning rush (locked-out) · seed 3 · practice mode\n\
         clock 07:40 · 30m left · 0 commands · 0 hints used\n\
         acting as jordan@fourthcoffee.com (Helpdesk Administrator, Global Reader)\n\
         nothing pending"
    );
    assert_eq!(clock, "2026-02-02T07:40:00Z (simulated; 30m left)");
    assert!(hint.starts_with("Hint (5 points): "), "{hint}");
    assert_eq!(history, "1  07:40  status\n2  07:40  clock\n3  07:40  hint\n4  07:40  history\n");

    let [status, clock, hint, history_nb] = session_commands(Lang::Nb);
    assert!(
        status.contains("· frø 3 · øvingsmodus\nklokke 07:40 · 30 min igjen · 0 kommandoer · 0 hint brukt\nhandler som jordan@"),
        "{status}"
    );
    assert!(status.ends_with("ingenting venter"), "{status}");
    assert_eq!(clock, "2026-02-02T07:40:00Z (simulert; 30 min igjen)");
    assert!(hint.starts_with("Hint (5 poeng): "), "{hint}");
    // History has no words: the same in every language.
    assert_eq!(history_nb, history);

    let [status, clock, hint, _] = session_commands(Lang::Nl);
    assert!(
        status.contains("· seed 3 · oefenmodus\nklok 07:40 · nog 30 min · 0 opdrachten · 0 hints gebruikt\nu handelt als jordan@"),
        "{status}"
    );
    assert_eq!(clock, "2026-02-02T07:40:00Z (gesimuleerd; nog 30 min)");
    assert!(hint.starts_with("Hint (5 punten): "), "{hint}");

    let [status, clock, hint, _] = session_commands(Lang::Sl);
    assert!(
        status.contains("· seme 3 · način vadbe\nura 07:40 · preostane 30 min · 0 ukazov · 0 uporabljenih namigov\ndelujete kot jordan@"),
        "{status}"
    );
    assert!(status.ends_with("nič ne čaka"), "{status}");
    assert_eq!(clock, "2026-02-02T07:40:00Z (simulirano; preostane še 30 min)");
    assert!(hint.starts_with("Namig (5 točk): "), "{hint}");
}

#[test]
fn slovenian_counts_commands_with_its_four_forms() {
    let mut drill = drill(Lang::Sl);
    let mut forms = Vec::new();
    for _ in 0..3 {
        drill.execute("users");
        let status = drill.execute("status").output;
        forms.push(status.lines().nth(1).and_then(|line| line.split(" · ").nth(2)).unwrap_or_default().to_string());
    }
    assert_eq!(forms, ["1 ukaz", "2 ukaza", "3 ukazi"]);
}

#[test]
fn a_session_recorded_in_norwegian_verifies_and_grades_in_english() {
    let folder = sandbox("language-session");
    let session = folder.join("nb.jsonl");
    let transcript = stdout(
        &tenantdrill(&folder)
            .args(["--lang", "nb", "run", LOCKOUT, "--session"])
            .arg(&session)
            .write_stdin(format!("status\n{LOCKOUT_SOLUTION}"))
            .assert()
            .success(),
    );
    assert!(transcript.contains("Skriv `help` for kommandoene") && transcript.contains("ingenting venter"), "{transcript}");
    let text = std::fs::read_to_string(&session).expect("the session file");
    assert!(text.lines().next().is_some_and(|header| header.contains("\"lang\":\"nb\"")), "{text}");

    // Graded in English: the replay runs in Norwegian, so every output
    // digest matches and the session is verified.
    let graded = tenantdrill(&folder).args(["--lang", "en", "grade", "--format", "json", "--scenario", LOCKOUT]).arg(&session).assert();
    let graded = stdout(&graded.success());
    let document: serde_json::Value = serde_json::from_str(&graded).expect("JSON");
    assert_eq!(document["sessions"][0]["integrity"], "verified", "{graded}");

    // The same session graded under a Dutch locale is verified too, and
    // the grader's messages are Dutch.
    let missing = folder.join("missing.jsonl");
    let dutch =
        tenantdrill(&folder).env("LANG", "nl_NL.UTF-8").args(["grade", "--scenario", LOCKOUT]).arg(&session).arg(&missing).assert().code(1);
    let notes = stderr(&dutch);
    assert!(notes.contains("1 sessiebestand kon niet worden beoordeeld."), "{notes}");
    assert!(!notes.contains("ALTERED") && !stdout(&dutch).contains("INTEGRITY"), "{}", stdout(&dutch));
}

#[test]
fn a_resumed_session_continues_in_the_language_it_was_recorded_in() {
    let folder = sandbox("language-resume");
    let session = folder.join("sl.jsonl");
    let started = tenantdrill(&folder)
        .args(["--lang", "sl", "play", LOCKOUT, "--session"])
        .arg(&session)
        .write_stdin("user show adele\n")
        .assert()
        .success();
    assert!(stderr(&started).contains("Ni oddano. Pozneje nadaljujte z: tenantdrill play --resume"), "{}", stderr(&started));
    let resumed =
        tenantdrill(&folder).args(["--lang", "en", "play", LOCKOUT, "--resume"]).arg(&session).write_stdin("clock\n").assert().success();
    // The grader's own notes are in English; the session speaks Slovenian.
    assert!(stderr(&resumed).contains("Resumed 1 command;"), "{}", stderr(&resumed));
    assert!(stdout(&resumed).contains("(simulirano; preostane še"), "{}", stdout(&resumed));
    let graded = stdout(&tenantdrill(&folder).args(["grade", "--format", "json", "--scenario", LOCKOUT]).arg(&session).assert().success());
    let document: serde_json::Value = serde_json::from_str(&graded).expect("JSON");
    assert_eq!(document["sessions"][0]["integrity"], "verified", "{graded}");
}
