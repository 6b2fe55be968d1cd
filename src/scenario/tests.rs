//! Scenario text in the trainee's language: per-language fields load and
//! read in each language, placeholders are filled in every language, the
//! validator refuses unknown language codes and warns about missing ones,
//! and the bundled scenarios are written in every language.

use super::library::{self, SCENARIOS};
use super::load::{Loaded, load_text};
use crate::diagnostic::{Diagnostic, Limits, Severity, parse_ron};
use crate::drill::{Drill, Mode};
use crate::i18n::{Lang, Text};

/// The `new` command's skeleton: a small complete scenario.
const SKELETON: &str = include_str!("../cli/skeleton.ron");

/// The skeleton with its `title:` and `brief:` lines replaced, a `{who}`
/// variable declared and the first hint's line replaced when asked.
fn scenario_text(title: &str, brief: &str, hint: Option<&str>) -> String {
    let mut text = String::new();
    for line in SKELETON.replace("@ID@", "in-languages").lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("title:") {
            text.push_str(&format!("    title: {title},\n"));
        } else if trimmed.starts_with("brief:") {
            text.push_str(&format!("    brief: {brief},\n"));
        } else if trimmed.starts_with("hints:") && hint.is_some() {
            text.push_str(&format!("    hints: [(text: {}, cost: 5)],\n", hint.unwrap_or_default()));
        } else if trimmed.starts_with("solution:") {
            text.push_str("    variables: {\"who\": [\"Adele\"]},\n");
            text.push_str(line);
            text.push('\n');
        } else {
            text.push_str(line);
            text.push('\n');
        }
    }
    text
}

fn load(text: &str) -> Result<Loaded, Vec<Diagnostic>> {
    let procedures = library::bundled_procedures().expect("the bundled procedures parse");
    load_text("in-languages.ron", text.as_bytes(), &procedures).map_err(|error| error.diagnostics)
}

const TITLE: &str = r#"{"en": "A user cannot sign in", "nb": "En bruker kan ikke logge på", "nl": "Een gebruiker kan zich niet aanmelden", "sl": "Uporabnik se ne more vpisati"}"#;
const BRIEF: &str = r#"{"en": "{who} calls: she is locked out.", "nb": "{who} ringer: hun er låst ute.", "nl": "{who} belt: ze is vergrendeld.", "sl": "{who} kliče: zaklenjena je."}"#;
const HINT: &str = r#"{"en": "Reset her password.", "nb": "Tilbakestill passordet hennes.", "nl": "Stel haar wachtwoord opnieuw in.", "sl": "Ponastavite njeno geslo."}"#;

#[test]
fn a_translated_title_and_brief_read_in_each_language() {
    let loaded = load(&scenario_text(TITLE, BRIEF, Some(HINT))).unwrap_or_else(|diagnostics| panic!("{diagnostics:?}"));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let title = &loaded.scenario.title;
    assert_eq!(title.get(Lang::En), "A user cannot sign in");
    assert_eq!(title.get(Lang::Nb), "En bruker kan ikke logge på");
    assert_eq!(title.get(Lang::Nl), "Een gebruiker kan zich niet aanmelden");
    assert_eq!(title.get(Lang::Sl), "Uporabnik se ne more vpisati");
    assert_eq!(title.english(), "A user cannot sign in");

    // The placeholder is filled in every language.
    let instance = loaded.instantiate(3).unwrap_or_else(|error| panic!("{}", error.render(crate::i18n::Lang::En, false)));
    assert_eq!(instance.brief.get(Lang::En), "Adele calls: she is locked out.");
    assert_eq!(instance.brief.get(Lang::Nb), "Adele ringer: hun er låst ute.");
    assert_eq!(instance.brief.get(Lang::Nl), "Adele belt: ze is vergrendeld.");
    assert_eq!(instance.brief.get(Lang::Sl), "Adele kliče: zaklenjena je.");

    // Through the drill: the briefing and a hint in the drill's language,
    // English unchanged.
    let procedures = library::bundled_procedures().expect("the bundled procedures parse");
    let english = Drill::new(&loaded, &procedures, 3, Mode::Practice)
        .unwrap_or_else(|error| panic!("{}", error.render(crate::i18n::Lang::En, false)));
    assert!(english.brief().starts_with("A user cannot sign in\nAdele calls: she is locked out.\n"), "{}", english.brief());
    for (lang, title, brief, hint) in [
        (Lang::Nb, "En bruker kan ikke logge på", "Adele ringer: hun er låst ute.", "Tilbakestill passordet hennes."),
        (Lang::Nl, "Een gebruiker kan zich niet aanmelden", "Adele belt: ze is vergrendeld.", "Stel haar wachtwoord opnieuw in."),
        (Lang::Sl, "Uporabnik se ne more vpisati", "Adele kliče: zaklenjena je.", "Ponastavite njeno geslo."),
    ] {
        let mut drill = Drill::new(&loaded, &procedures, 3, Mode::Practice)
            .unwrap_or_else(|error| panic!("{}", error.render(crate::i18n::Lang::En, false)))
            .with_lang(lang);
        assert!(drill.brief().starts_with(&format!("{title}\n{brief}\n")), "{lang}: {}", drill.brief());
        let reply = drill.execute("hint");
        assert!(reply.output.contains(hint), "{lang}: {}", reply.output);
    }
}

#[test]
fn a_plain_string_is_english_and_reads_in_every_language() {
    let loaded =
        load(&scenario_text("\"A user cannot sign in\"", "\"{who} calls.\"", None)).unwrap_or_else(|diagnostics| panic!("{diagnostics:?}"));
    assert!(loaded.warnings.is_empty(), "a plain string is English on purpose: {:?}", loaded.warnings);
    for lang in Lang::ALL {
        assert_eq!(loaded.scenario.title.get(lang), "A user cannot sign in");
    }
}

#[test]
fn an_unknown_language_code_is_an_error_at_the_code() {
    let title = r#"{"en": "A user cannot sign in", "de": "Ein Benutzer kann sich nicht anmelden"}"#;
    let text = scenario_text(title, BRIEF, None);
    let diagnostics = load(&text).map(|_| ()).expect_err("an unknown language is an error");
    let error = diagnostics
        .iter()
        .find(|diagnostic| diagnostic.severity == Severity::Error)
        .unwrap_or_else(|| panic!("no error in {diagnostics:?}"));
    assert!(error.message.contains("`de`"), "{}", error.message);
    assert!(error.message.contains("title"), "{}", error.message);
    let expected = error.expected.as_ref().map(|expected| expected.text(Lang::En)).unwrap_or_default();
    for lang in Lang::ALL {
        assert!(expected.contains(&format!("`{}`", lang.code())), "{expected}");
    }
    // Line and column of the `"de"` key, counted from 1.
    let (line, column) = text
        .lines()
        .enumerate()
        .find_map(|(index, line)| line.find("\"de\"").map(|at| (index + 1, line[..at].chars().count() + 1)))
        .expect("the key is in the text");
    let span = error.span.as_ref().expect("the error has a position");
    assert_eq!((span.line, span.column), (line, column));
    assert_eq!(error.file, "in-languages.ron");
    // The rendered diagnostic names the file, line and column.
    let rendered = crate::diagnostic::render(error, Some(&text), false);
    assert!(rendered.contains(&format!("in-languages.ron:{line}:{column}")), "{rendered}");
}

#[test]
fn a_missing_language_is_a_warning_and_the_scenario_still_loads() {
    let title = r#"{"en": "A user cannot sign in", "nb": "En bruker kan ikke logge på"}"#;
    let text = scenario_text(title, BRIEF, None);
    let loaded = load(&text).unwrap_or_else(|diagnostics| panic!("{diagnostics:?}"));
    let [warning] = loaded.warnings.as_slice() else { panic!("one warning expected: {:?}", loaded.warnings) };
    assert_eq!(warning.severity, Severity::Warning);
    assert!(warning.message.contains("`nl`") && warning.message.contains("`sl`"), "{}", warning.message);
    assert!(!warning.message.contains("`nb`"), "{}", warning.message);
    let line = text.lines().position(|line| line.contains("En bruker kan ikke")).expect("the title line") + 1;
    assert_eq!(warning.span.as_ref().map(|span| span.line), Some(line));
    // The missing languages read in English.
    assert_eq!(loaded.scenario.title.get(Lang::Sl), "A user cannot sign in");
    assert_eq!(loaded.scenario.title.get(Lang::Nb), "En bruker kan ikke logge på");
}

/// Every text a person reads in a bundled scenario is written in every
/// language tenantdrill speaks, in the order en, nb, nl, sl.
#[test]
fn the_bundled_scenarios_are_written_in_every_language() {
    for bundled in SCENARIOS {
        let scenario: super::Scenario = parse_ron(bundled.path, bundled.text.as_bytes(), &Limits::default())
            .unwrap_or_else(|diagnostics| panic!("{}: {diagnostics:?}", bundled.id));
        let mut texts: Vec<(&str, &Text)> = vec![("title", &scenario.title), ("brief", &scenario.brief)];
        texts.extend(scenario.grading.objectives.iter().map(|objective| ("objective", &objective.description)));
        texts.extend(scenario.hints.iter().map(|hint| ("hint", &hint.text)));
        for (what, text) in texts {
            assert!(matches!(text, Text::Translated(_)), "{}: a {what} is English only: {text:?}", bundled.id);
            assert!(text.missing_languages().is_empty(), "{}: a {what} lacks {:?}: {text:?}", bundled.id, text.missing_languages());
            assert!(text.unknown_languages().is_empty(), "{}: a {what} has {:?}", bundled.id, text.unknown_languages());
            for lang in Lang::ALL {
                assert!(!text.get(lang).trim().is_empty(), "{}: a {what} is empty in {lang}", bundled.id);
            }
            if lang_differs(text) {
                continue;
            }
            panic!("{}: a {what} reads the same in every language: {text:?}", bundled.id);
        }
        // The file writes each map as en, nb, nl, sl.
        let mut keys: Vec<(usize, &str)> = Vec::new();
        for lang in Lang::ALL {
            let key = format!("\"{}\": ", lang.code());
            keys.extend(bundled.text.match_indices(&key).map(|(at, _)| (at, lang.code())));
        }
        keys.sort_unstable();
        let order: Vec<&str> = keys.iter().map(|(_, code)| *code).collect();
        for chunk in order.chunks(4) {
            assert_eq!(chunk, ["en", "nb", "nl", "sl"], "{}: a map is not written in the order en, nb, nl, sl", bundled.id);
        }
    }
}

/// Whether some language's text differs from the English.
fn lang_differs(text: &Text) -> bool {
    Lang::ALL.iter().any(|lang| text.get(*lang) != text.english())
}
