//! Properties of the bundled scenarios over random seeds: every reference
//! solution earns full marks with every outcome check met (property 1);
//! a seed changes only what the scenario's `{variables}` say may vary, and
//! the same seed and commands give byte-identical transcripts and reports
//! (property 9).
//!
//! A failure prints the scenario, the seed and a `tenantdrill run` line
//! with the commands written to a file under the target folder.
//!
//! Cases: 256 by default; `TENANTDRILL_PROPTEST_CASES` sets another count.

use proptest::prelude::*;
use serde_json::Value;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::scenario::library::{self, ProcedureSet};
use tenantdrill::scenario::load::Loaded;

fn ids() -> Vec<&'static str> {
    library::SCENARIOS.iter().map(|bundled| bundled.id).collect()
}

fn load(id: &str, procedures: &ProcedureSet) -> Loaded {
    let bundled = library::scenario(id).expect("a bundled id");
    tenantdrill::scenario::load_text(bundled.path, bundled.text.as_bytes(), procedures)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)))
}

/// Writes the scenario and the commands under the target folder and
/// returns the line that replays them.
fn replay(id: &str, seed: u64, lines: &[String]) -> String {
    let text = library::scenario(id).map_or("", |bundled| bundled.text);
    crate::support::write_replay(id, seed, text, lines)
}

/// Runs lines and returns the transcript (every reply) and the JSON report.
fn transcript(drill: &mut Drill, lines: &[String]) -> (String, String) {
    let mut text = String::new();
    for line in lines {
        let reply = drill.execute(line);
        text.push_str(&drill.prompt());
        text.push_str(line);
        text.push('\n');
        text.push_str(&reply.output);
        text.push('\n');
    }
    (text, drill.report().to_json())
}

/// Compares a template value with its instantiation: strings may differ
/// only where the template has a `{variable}`, and there exactly by the
/// seed's choices; numbers, names of variants and shape never differ.
fn only_variables_differ(
    template: &Value,
    instance: &Value,
    choices: &indexmap::IndexMap<String, String>,
    path: &str,
) -> Result<(), String> {
    match (template, instance) {
        (Value::String(written), Value::String(chosen)) => {
            // Written independently of the loader's substitution: every
            // `{name}` becomes the seed's value, nothing else changes.
            let expected = choices.iter().fold(written.clone(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value));
            if let Some(name) = choices.keys().find(|name| chosen.contains(&format!("{{{name}}}"))) {
                return Err(format!("{path}: {{{name}}} was left in {chosen:?}"));
            }
            // Addresses are shown in one case: a value filled into a word
            // with `@` in it arrives lower-case there.
            let same_but_address_case = chosen.split(' ').count() == expected.split(' ').count()
                && chosen
                    .split(' ')
                    .zip(expected.split(' '))
                    .all(|(got, wanted)| got == wanted || (got.contains('@') && got == wanted.to_lowercase()));
            if same_but_address_case { Ok(()) } else { Err(format!("{path}: template {written:?} became {chosen:?}, not {expected:?}")) }
        }
        (Value::Array(left), Value::Array(right)) => {
            if left.len() != right.len() {
                return Err(format!("{path}: {} items became {}", left.len(), right.len()));
            }
            left.iter()
                .zip(right)
                .enumerate()
                .try_for_each(|(index, (a, b))| only_variables_differ(a, b, choices, &format!("{path}[{index}]")))
        }
        (Value::Object(left), Value::Object(right)) => {
            if left.keys().ne(right.keys()) {
                return Err(format!("{path}: fields differ"));
            }
            left.iter().try_for_each(|(key, value)| only_variables_differ(value, &right[key], choices, &format!("{path}.{key}")))
        }
        (left, right) if left == right => Ok(()),
        (left, right) => Err(format!("{path}: {left} became {right}")),
    }
}

proptest! {
    #![proptest_config(crate::support::proptest_config(256))]

    /// Property 1: for every bundled scenario and any seed, the reference
    /// solution runs without a refused command, earns 100, passes, and
    /// meets every outcome check.
    #[test]
    fn every_reference_solution_earns_full_marks_on_any_seed(pick in any::<prop::sample::Index>(), seed in any::<u64>()) {
        let procedures = crate::support::procedures();
        let ids = ids();
        let id = ids[pick.index(ids.len())];
        let loaded = load(id, procedures);
        let mut drill = Drill::new(&loaded, procedures, seed, Mode::Exam).unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
        let solution = drill.scenario().solution.clone();
        for line in &solution {
            let reply = drill.execute(line);
            prop_assert!(!reply.error, "`{line}` was refused: {}\n{}", reply.output, replay(id, seed, &solution));
        }
        let report = drill.report();
        prop_assert!(report.score == 100 && report.passed, "{id} seed {seed}: {} ({})\n{}", report.score, report.shortfall(), replay(id, seed, &solution));
        let failed: Vec<&str> = report.outcome.iter().filter(|check| !check.ok).map(|check| check.id.as_str()).collect();
        prop_assert!(failed.is_empty(), "{id} seed {seed}: outcome checks failed: {failed:?}\n{}", replay(id, seed, &solution));
    }

    /// Property 9: a seed changes only what the scenario's variables say
    /// may vary; everything else in the scenario is the same for every seed.
    #[test]
    fn a_seed_changes_only_the_variables(pick in any::<prop::sample::Index>(), seed in any::<u64>()) {
        let procedures = crate::support::procedures();
        let ids = ids();
        let id = ids[pick.index(ids.len())];
        let loaded = load(id, procedures);
        let choices = loaded.choices(seed);
        for (name, value) in &choices {
            prop_assert!(loaded.scenario.variables[name].contains(value), "{id}: {name} = {value:?} is not one of its values");
        }
        let instance = loaded.instantiate(seed).unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
        let template = serde_json::to_value(&loaded.scenario).expect("serialises");
        let chosen = serde_json::to_value(&instance).expect("serialises");
        if let Err(difference) = only_variables_differ(&template, &chosen, &choices, id) {
            prop_assert!(false, "{id} seed {seed}: {difference}");
        }
    }

    /// Property 9: the same scenario, seed and commands give byte-identical
    /// transcripts and reports, whatever the commands (solution lines in a
    /// random order, with waits and mistakes among them).
    #[test]
    fn the_same_seed_and_commands_give_identical_transcripts_and_reports(
        pick in any::<prop::sample::Index>(),
        seed in any::<u64>(),
        order in proptest::collection::vec((any::<prop::sample::Index>(), 0u8..8), 1..25),
    ) {
        let procedures = crate::support::procedures();
        let ids = ids();
        let id = ids[pick.index(ids.len())];
        let loaded = load(id, procedures);
        let first = Drill::new(&loaded, procedures, seed, Mode::Practice).unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
        let solution = first.scenario().solution.clone();
        let lines: Vec<String> = order
            .iter()
            .map(|(index, kind)| match kind {
                0 => "wait 17m".to_string(),
                1 => "hint".to_string(),
                2 => "user reset-password nobody-here".to_string(),
                _ => solution[index.index(solution.len())].clone(),
            })
            .collect();
        let (mut one, mut two) = (first.clone(), first);
        let a = transcript(&mut one, &lines);
        let b = transcript(&mut two, &lines);
        prop_assert!(a == b, "two runs differ\n{}", replay(id, seed, &lines));
        let mut three = Drill::new(&loaded, procedures, seed, Mode::Practice).unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
        let c = transcript(&mut three, &lines);
        prop_assert!(a == c, "a fresh build differs\n{}", replay(id, seed, &lines));
    }
}
