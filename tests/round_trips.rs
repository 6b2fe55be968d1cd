//! Property 10: round trips.
//!
//! - A bundled scenario written back to RON loads again to the same value,
//!   validates the same way and gives the same instance for every seed.
//! - Generated scenarios, bundled ones with awkward text (quotes,
//!   backslashes, braces that are not placeholders, RON syntax, unicode that
//!   RON writes as `\u{...}` escapes) in the title, brief, tags, every hint,
//!   every objective description and every written-out user's display name
//!   and department, and any seed and estimated minutes, parse back to the
//!   same value; the written file shows no undeclared placeholder; and the
//!   instance for a random seed keeps that text unchanged. (They are parsed,
//!   not validated: the awkward title may be empty, the minutes over 600.)
//! - A session written with `SessionWriter` reads back to the same header
//!   and entries, and replays to the same report.
//! - The command generator of `tests/command.rs` (whose round trip is
//!   checked there) reaches every command and every flag of the table.
//!
//! Cases: 64 (scenarios) and 24 (sessions, which run drills) by default;
//! `TENANTDRILL_PROPTEST_CASES` sets them all. A failing session case prints
//! the scenario, the seed and the commands as REPL lines, ready for
//! `tenantdrill run SCENARIO --seed S --commands FILE`.

use crate::command::expressible_command;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use std::collections::BTreeSet;
use std::fmt;
use tenantdrill::command::{COMMANDS, parse, render};
use tenantdrill::diagnostic::{Limits, parse_ron};
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::i18n::Text;
use tenantdrill::scenario::Scenario;
use tenantdrill::scenario::library::{Bundled, SCENARIOS};
use tenantdrill::scenario::load::{Loaded, load_text};
use tenantdrill::scenario::template;
use tenantdrill::session::{self, Entry, Header, SessionWriter};

fn load(bundled: &Bundled) -> Loaded {
    load_text(bundled.path, bundled.text.as_bytes(), crate::support::procedures())
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)))
}

fn to_ron(scenario: &Scenario) -> String {
    ron::ser::to_string_pretty(scenario, ron::ser::PrettyConfig::default()).expect("a scenario serialises")
}

// ---------------------------------------------------------------------------
// Scenarios.

#[test]
fn every_bundled_scenario_survives_ron_and_back() {
    for bundled in SCENARIOS {
        let loaded = load(bundled);
        let text = to_ron(&loaded.scenario);
        let again = load_text("written.ron", text.as_bytes(), crate::support::procedures()).unwrap_or_else(|error| {
            panic!("{} written back does not load:\n{}\n{text}", bundled.id, error.render(tenantdrill::i18n::Lang::En, false))
        });
        assert_eq!(again.scenario, loaded.scenario, "{}: the value changed", bundled.id);
        let warnings = |loaded: &Loaded| loaded.warnings.iter().map(|warning| warning.message.clone()).collect::<Vec<_>>();
        assert_eq!(warnings(&again), warnings(&loaded), "{}: validation differs", bundled.id);
        for seed in [0, 1, 7, loaded.scenario.seed, u64::MAX] {
            let original = loaded.instantiate(seed).expect("the original instantiates");
            let written = again.instantiate(seed).expect("the written one instantiates");
            assert_eq!(written, original, "{}: seed {seed} gives a different instance", bundled.id);
        }
    }
}

/// Free text as people write it: spaces, quotes, backslashes, braces that
/// are not placeholders (`{`, `}`, `{{`, `{ x }`, `{Name}`), RON syntax,
/// unicode (some of which RON writes as `\u{...}` escapes), tabs and
/// newlines.
fn awkward_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~]{0,40}",
        "[a-z \"'\\\\(){}\\[\\],:#/*rRu]{0,40}",
        "\\PC{0,30}",
        "[a-z\t\n ]{0,20}",
        Just("r#\"raw\"#".to_string()),
        Just("\"\"\"".to_string()),
        Just("ünïcödé 😀 \u{202e}\u{feff}\u{ad}".to_string()),
        Just("{{ not a placeholder }} { } {Name} {a b} \\{".to_string()),
    ]
    // `{word}` is a placeholder in scenario text; an undeclared one is meant
    // to fail validation, so only those are left out.
    .prop_filter("no placeholders", |text| !looks_like_placeholder(text))
}

/// Whether `text` holds a `{word}` that scenario files treat as a
/// placeholder, wherever it stands (after a backslash too, since a written
/// backslash is doubled and the placeholder comes back).
fn looks_like_placeholder(text: &str) -> bool {
    text.match_indices('{').any(|(open, _)| {
        let after = &text[open + 1..];
        after.find('}').is_some_and(|close| template::is_variable_name(&after[..close]))
    })
}

/// Awkward text a person reads, English only or translated (with a
/// language code tenantdrill does not know, which parses and is left to
/// the validator).
fn awkward_translatable() -> impl Strategy<Value = Text> {
    prop_oneof![
        awkward_text().prop_map(Text::Plain),
        (awkward_text(), awkward_text(), awkward_text()).prop_map(|(en, sl, other)| {
            Text::Translated([("en".to_string(), en), ("sl".to_string(), sl), ("x-test".to_string(), other)].into_iter().collect())
        }),
    ]
}

/// Awkward text for every free-text field of a bundled scenario.
#[derive(Debug, Clone, PartialEq)]
struct FreeText {
    title: Text,
    brief: Text,
    tags: Vec<String>,
    hints: Vec<Text>,
    objectives: Vec<Text>,
    /// Each written-out user's display name and department.
    users: Vec<(String, String)>,
}

/// Awkward text for a scenario with this many hints, objectives and users.
fn free_text(hints: usize, objectives: usize, users: usize) -> impl Strategy<Value = FreeText> {
    (
        awkward_translatable(),
        awkward_translatable(),
        proptest::collection::vec(awkward_text(), 0..4),
        proptest::collection::vec(awkward_translatable(), hints),
        proptest::collection::vec(awkward_translatable(), objectives),
        proptest::collection::vec((awkward_text(), awkward_text()), users),
    )
        .prop_map(|(title, brief, tags, hints, objectives, users)| FreeText { title, brief, tags, hints, objectives, users })
}

impl FreeText {
    fn apply(&self, scenario: &mut Scenario) {
        scenario.title.clone_from(&self.title);
        scenario.brief.clone_from(&self.brief);
        scenario.tags.clone_from(&self.tags);
        for (hint, text) in scenario.hints.iter_mut().zip(&self.hints) {
            hint.text.clone_from(text);
        }
        for (objective, text) in scenario.grading.objectives.iter_mut().zip(&self.objectives) {
            objective.description.clone_from(text);
        }
        for (user, (name, department)) in scenario.tenant.users.iter_mut().zip(&self.users) {
            user.name.clone_from(name);
            user.department.clone_from(department);
        }
    }

    /// The free text of `scenario`, in the order `apply` sets it.
    fn of(scenario: &Scenario) -> Self {
        FreeText {
            title: scenario.title.clone(),
            brief: scenario.brief.clone(),
            tags: scenario.tags.clone(),
            hints: scenario.hints.iter().map(|hint| hint.text.clone()).collect(),
            objectives: scenario.grading.objectives.iter().map(|objective| objective.description.clone()).collect(),
            users: scenario.tenant.users.iter().map(|user| (user.name.clone(), user.department.clone())).collect(),
        }
    }
}

fn generated_scenario() -> impl Strategy<Value = (Scenario, u64)> {
    (0..SCENARIOS.len())
        .prop_flat_map(|index| {
            let scenario = load(&SCENARIOS[index]).scenario;
            let text = free_text(scenario.hints.len(), scenario.grading.objectives.len(), scenario.tenant.users.len());
            (Just(scenario), text, any::<u64>(), any::<u32>(), any::<u64>())
        })
        .prop_map(|(mut scenario, text, seed, minutes, instance_seed)| {
            text.apply(&mut scenario);
            scenario.seed = seed;
            scenario.estimated_minutes = minutes;
            (scenario, instance_seed)
        })
}

proptest! {
    #![proptest_config(crate::support::proptest_config(64))]

    /// Generated scenarios: a bundled one with awkward text in its title,
    /// brief, tags, hints, objective descriptions and users' display names
    /// and departments, and any seed and estimated minutes, written to RON
    /// parses back to the same value; the written file shows no placeholder
    /// the scenario does not declare; and the instance for any seed keeps
    /// that text as it was.
    #[test]
    fn generated_scenarios_survive_ron_and_back((scenario, instance_seed) in generated_scenario()) {
        let text = to_ron(&scenario);
        let parsed: Result<Scenario, _> = parse_ron("generated.ron", text.as_bytes(), &Limits::default());
        match parsed {
            Ok(again) => prop_assert_eq!(&again, &scenario),
            Err(diagnostics) => prop_assert!(false, "written RON does not parse: {:?}\n{}", diagnostics, text),
        }
        let undeclared: Vec<String> =
            template::placeholders(&text).into_iter().map(|(_, name)| name).filter(|name| !scenario.variables.contains_key(name)).collect();
        prop_assert!(undeclared.is_empty(), "the written file shows placeholders {:?}:\n{}", undeclared, text);
        let chosen = template::choose(&scenario.variables, instance_seed);
        let instance_text = template::substitute(&text, &chosen);
        let instance: Result<Scenario, _> = parse_ron("instance.ron", instance_text.as_bytes(), &Limits::default());
        match instance {
            Ok(instance) => prop_assert_eq!(FreeText::of(&instance), FreeText::of(&scenario)),
            Err(diagnostics) => prop_assert!(false, "the instance does not parse: {:?}\n{}", diagnostics, instance_text),
        }
    }
}

// ---------------------------------------------------------------------------
// Sessions.

/// A session to record: a scenario, a seed and the lines typed.
#[derive(Clone)]
struct SessionCase {
    scenario: &'static str,
    seed: u64,
    lines: Vec<String>,
}

impl fmt::Debug for SessionCase {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(formatter, "tenantdrill run {} --seed {} --commands FILE, where FILE holds:", self.scenario, self.seed)?;
        for line in &self.lines {
            writeln!(formatter, "  {line}")?;
        }
        Ok(())
    }
}

/// Lines a trainee might type: the scenario's own solution, the table's
/// examples, rendered commands with awkward arguments, and typing mistakes.
fn session_case() -> impl Strategy<Value = SessionCase> {
    let examples: Vec<String> = COMMANDS.iter().flat_map(|spec| spec.examples.iter().map(|line| (*line).to_string())).collect();
    let ids: Vec<&'static str> = vec!["locked-out", "compromised-mailbox", "restricted-sender", "enable-sspr"];
    (proptest::sample::select(ids), any::<u64>()).prop_flat_map(move |(scenario, seed)| {
        let bundled = SCENARIOS.iter().find(|bundled| bundled.id == scenario).expect("bundled");
        let solution = load(bundled).scenario.solution;
        let rendered = expressible_command().prop_filter_map("renders", |command| render(&command));
        let line = prop_oneof![
            3 => proptest::sample::select(solution),
            2 => proptest::sample::select(examples.clone()),
            2 => rendered,
            1 => "[ -~]{0,30}",
            1 => Just("user reset-password adele --password Sunny-Harbor-Drift-92#".to_string()),
        ]
        // `submit` and `quit` end the drill early; keep them rare by dropping them here.
        .prop_filter("keeps the drill going", |line| !matches!(line.trim(), "submit" | "quit"));
        proptest::collection::vec(line, 0..24).prop_map(move |lines| SessionCase { scenario, seed, lines })
    })
}

fn check_session(case: &SessionCase) -> Result<(), TestCaseError> {
    let bundled = SCENARIOS.iter().find(|bundled| bundled.id == case.scenario).expect("bundled");
    let loaded = load(bundled);
    let mut drill = Drill::new(&loaded, crate::support::procedures(), case.seed, Mode::Practice).expect("the drill builds");
    let header = Header::new(&drill, &loaded.scenario.id, "Zoë \"the trainee\" O'Neil");
    let mut writer = SessionWriter::create(Vec::new(), &header).expect("write to memory");
    let mut entries: Vec<Entry> = Vec::new();
    for line in &case.lines {
        let n = u32::try_from(entries.len() + 1).expect("few lines");
        if let (_, Some(entry)) = session::step(&mut drill, line, n) {
            writer.append(&entry).expect("write to memory");
            entries.push(entry);
        }
        if drill.is_finished() {
            break;
        }
    }
    let text = String::from_utf8(writer.into_inner()).expect("UTF-8");
    let parsed = session::parse("s.jsonl", &text).map_err(|error| TestCaseError::fail(format!("{error}\n{text}")))?;
    prop_assert_eq!(&parsed.header, &header);
    let read: Vec<Entry> = parsed.entries.iter().map(|(_, entry)| Entry { chain: None, ..entry.clone() }).collect();
    prop_assert_eq!(&read, &entries);
    prop_assert!(parsed.entries.iter().all(|(_, entry)| entry.chain.is_some()), "every written entry is sealed");
    prop_assert_eq!(parsed.valid_bytes, text.len());
    prop_assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let replayed = session::replay("s.jsonl", &parsed, &loaded, crate::support::procedures())
        .map_err(|error| TestCaseError::fail(error.to_string()))?;
    prop_assert!(replayed.warnings.is_empty(), "replay differs: {:?}", replayed.warnings);
    prop_assert_eq!(replayed.drill.report(), drill.report());
    prop_assert_eq!(replayed.drill.simulation().now(), drill.simulation().now());
    Ok(())
}

proptest! {
    #![proptest_config(crate::support::proptest_config(24))]

    /// Random sessions write, read back and replay to the same report.
    #[test]
    fn sessions_survive_writing_reading_and_replay(case in session_case()) {
        check_session(&case)?;
    }
}

// ---------------------------------------------------------------------------
// Commands.

#[test]
fn the_command_generator_reaches_every_command_and_flag() {
    // The round trip itself is `command::expressible_commands_render_and_parse_back`;
    // this checks that what it generates covers the whole table.
    let mut runner = TestRunner::deterministic();
    let strategy = expressible_command();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for _ in 0..4_000 {
        let command = strategy.new_tree(&mut runner).expect("a command").current();
        let Some(line) = render(&command) else { continue };
        // Longest name first, so `user reset-password` is not taken for `user`.
        let mut specs: Vec<_> = COMMANDS.iter().collect();
        specs.sort_by_key(|spec| std::cmp::Reverse(spec.name.len()));
        let words: Vec<&str> = line.split(' ').collect();
        let carried = if words.first() == Some(&"ask") { words.get(2..).unwrap_or_default() } else { &words[..] };
        for part in [&words[..], carried] {
            let joined = part.join(" ");
            if let Some(spec) = specs.iter().find(|spec| joined == spec.name || joined.starts_with(&format!("{} ", spec.name))) {
                seen.insert(spec.name.to_string());
                for flag in spec.flags {
                    if part.iter().any(|word| *word == flag.name || word.starts_with(&format!("{}=", flag.name))) {
                        seen.insert(format!("{} {}", spec.name, flag.name));
                    }
                }
            }
        }
    }
    // Spellings that are not canonical render as another line; each must
    // parse to what its canonical line parses to.
    let aliases = [
        ("users --filter", "users --filter finance", "users --search finance"),
        ("user roles", "user roles \"Zoë O'Neil\"", "user show \"Zoë O'Neil\""),
        (
            "user reset-password --auto",
            "user reset-password megan --auto --no-require-change",
            "user reset-password megan --no-require-change",
        ),
    ];
    for (key, alias, canonical) in aliases {
        let parsed = parse(alias);
        assert!(parsed.is_ok(), "{alias}: {parsed:?}");
        assert_eq!(parsed, parse(canonical), "{alias} and {canonical}");
        seen.insert(key.to_string());
    }
    let mut missing = Vec::new();
    for spec in COMMANDS {
        if !seen.contains(spec.name) {
            missing.push(spec.name.to_string());
        }
        for flag in spec.flags {
            let key = format!("{} {}", spec.name, flag.name);
            if !seen.contains(&key) {
                missing.push(key);
            }
        }
    }
    assert!(missing.is_empty(), "never generated: {missing:#?}");
}
