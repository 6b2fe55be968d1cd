//! Scenario and procedure files: every bundled file validates and passes
//! its self-check, broken files are reported precisely, and a loaded
//! scenario survives a round trip through RON.

use crate::support::with_snapshots;
use std::path::Path;
use tenantdrill::scenario::library::{self, PROCEDURES, SCENARIOS, bundled_procedures};
use tenantdrill::scenario::load::{load_file, load_text};
use tenantdrill::scenario::validate::check_procedure;
use tenantdrill::{diagnostic, selfcheck};

fn procedures() -> library::ProcedureSet {
    bundled_procedures().unwrap_or_else(|problems| panic!("bundled procedures do not parse: {problems:#?}"))
}

#[test]
fn every_bundled_scenario_validates_and_passes_its_self_check() {
    let procedures = procedures();
    with_snapshots(|| {
        insta::glob!("../scenarios", "*.ron", |path| {
            let loaded =
                load_file(path, &procedures).unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
            let problems = selfcheck::run(&loaded, &procedures);
            let source = loaded.source.clone();
            assert!(problems.is_empty(), "{}", diagnostic::render_all(&problems, &|_| Some(source.clone()), false));
            let scenario = &loaded.scenario;
            let warnings = diagnostic::render_all(&loaded.warnings, &|_| Some(source.clone()), false)
                .replace('\\', "/")
                .replace(concat!(env!("CARGO_MANIFEST_DIR"), "/"), "");
            insta::assert_snapshot!(format!(
                "{} · {} · {} · {} min\nprocedures: {}\nself-check: {} seeds, full marks; untouched start fails\nwarnings:\n{}",
                scenario.id,
                scenario.title.english(),
                scenario.difficulty.name(),
                scenario.estimated_minutes,
                scenario.grading.procedures.join(", "),
                selfcheck::seeds(scenario.seed).len(),
                if warnings.trim().is_empty() { "(none)" } else { warnings.trim() }
            ));
        });
    });
}

#[test]
fn every_bundled_procedure_validates() {
    for bundled in PROCEDURES {
        let procedure = procedures().swap_remove(bundled.id).unwrap_or_else(|| panic!("{} has another id inside", bundled.path));
        let problems = check_procedure(bundled.path, bundled.text, &procedure);
        assert!(problems.is_empty(), "{}", diagnostic::render_all(&problems, &|_| Some(bundled.text.to_string()), false));
    }
}

#[test]
fn the_embedded_library_lists_every_file_under_scenarios() {
    let listed = |folder: &str| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(folder))
            .expect("folder exists")
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "ron"))
            .filter_map(|path| path.file_stem().map(|stem| stem.to_string_lossy().into_owned()))
            .collect();
        names.sort();
        names
    };
    let mut scenarios: Vec<String> = SCENARIOS.iter().map(|bundled| bundled.id.to_string()).collect();
    scenarios.sort();
    let mut procedures: Vec<String> = PROCEDURES.iter().map(|bundled| bundled.id.to_string()).collect();
    procedures.sort();
    assert_eq!(scenarios, listed("scenarios"));
    assert_eq!(procedures, listed("scenarios/procedures"));
}

#[test]
fn invalid_scenario_files_are_reported_with_positions() {
    let procedures = procedures();
    with_snapshots(|| {
        insta::glob!("data/invalid", "*.ron", |path| {
            let error = load_file(path, &procedures).expect_err("an invalid file must not load");
            let rendered = error.render(tenantdrill::i18n::Lang::En, false).replace('\\', "/");
            let rendered = rendered.replace(concat!(env!("CARGO_MANIFEST_DIR"), "/"), "");
            insta::assert_snapshot!(rendered);
        });
    });
}

#[test]
fn an_oversized_file_is_refused_before_parsing() {
    let mut text = String::from("Scenario(id: \"big\", title: \"");
    text.push_str(&"x".repeat(1_100_000));
    text.push_str("\")");
    let error = load_text("big.ron", text.as_bytes(), &procedures()).expect_err("too big");
    let rendered = error.render(tenantdrill::i18n::Lang::En, false);
    assert!(rendered.contains("1 MiB") || rendered.contains("1048576"), "{rendered}");
}

#[test]
fn the_minimal_example_is_valid() {
    let procedures = procedures();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/valid/minimal.ron");
    let loaded = load_file(&path, &procedures).unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
    let problems = selfcheck::run(&loaded, &procedures);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn a_loaded_scenario_survives_a_round_trip_through_ron() {
    let procedures = procedures();
    for bundled in SCENARIOS {
        let loaded = load_text(bundled.path, bundled.text.as_bytes(), &procedures)
            .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
        let written = ron::ser::to_string_pretty(&loaded.scenario, ron::ser::PrettyConfig::default()).expect("serialises");
        let again = load_text("round-trip.ron", written.as_bytes(), &procedures)
            .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
        assert_eq!(loaded.scenario, again.scenario, "{}", bundled.id);
    }
}
