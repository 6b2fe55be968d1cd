//! Shared test helpers: insta settings, a step helper that checks every
//! named invariant after each step, and short names for actors.

#![allow(dead_code)]

use proptest::test_runner::Config;
use std::sync::OnceLock;
use tenantdrill::engine::invariants::InvariantMonitor;
use tenantdrill::scenario::library::{ProcedureSet, bundled_procedures};
use tenantdrill::{Action, Actor, Simulation, StepResult};

/// Runs `body` with insta writing every snapshot under `snapshots/`.
pub fn with_snapshots<R>(body: impl FnOnce() -> R) -> R {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"));
    settings.set_prepend_module_to_snapshot(true);
    settings.bind(body)
}

/// A simulation with an invariant monitor that checks every step.
pub struct Checked {
    pub simulation: Simulation,
    monitor: InvariantMonitor,
}

impl Checked {
    pub fn new(simulation: Simulation) -> Self {
        let monitor = InvariantMonitor::new(&simulation);
        Self { simulation, monitor }
    }

    /// Applies one action and panics (in the test) if any invariant broke.
    pub fn step(&mut self, actor: &Actor, action: &Action) -> StepResult {
        let result = self.simulation.step(actor, action);
        let violations = self.monitor.observe(&self.simulation, &result.events);
        assert!(violations.is_empty(), "invariants broken after {action:?} by {actor:?}: {violations:#?}");
        result
    }
}

pub fn admin(upn: &str) -> Actor {
    Actor::Admin(upn.to_string())
}

pub fn user(upn: &str) -> Actor {
    Actor::User(upn.to_string())
}

pub fn attacker_via(upn: &str) -> Actor {
    Actor::Attacker { via: Some(upn.to_string()) }
}

pub fn attacker() -> Actor {
    Actor::Attacker { via: None }
}

/// Writes a failing case where `tenantdrill run` can replay it: the
/// scenario file and the commands file, under the target folder's
/// `failing-cases/`, named after `prefix` and a digest of both (so the
/// printed paths always match what they hold). Returns the text a failing
/// property prints: the `tenantdrill run` line, then the commands.
pub fn write_replay(prefix: &str, seed: u64, scenario_text: &str, lines: &[String]) -> String {
    use std::fmt::Write as _;
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("failing-cases");
    let _ = std::fs::create_dir_all(&dir);
    let commands_text: String = lines.iter().flat_map(|line| [line.as_str(), "\n"]).collect();
    // FNV-1a: stable across runs and platforms.
    let digest = scenario_text
        .bytes()
        .chain(commands_text.bytes())
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3));
    let stem = format!("{prefix}-{:08x}", digest & 0xffff_ffff);
    let scenario = dir.join(format!("{stem}.ron"));
    let commands = dir.join(format!("{stem}.commands"));
    let _ = std::fs::write(&scenario, scenario_text);
    let _ = std::fs::write(&commands, &commands_text);
    let mut text = format!("replay: tenantdrill run {} --seed {seed} --commands {}\ncommands:\n", scenario.display(), commands.display());
    for line in lines {
        let _ = writeln!(text, "    {line}");
    }
    text
}

/// A property's configuration: `default` cases, or as many as
/// `TENANTDRILL_PROPTEST_CASES` says (every property scales together).
pub fn proptest_config(default: u32) -> Config {
    let cases = std::env::var("TENANTDRILL_PROPTEST_CASES").ok().and_then(|text| text.trim().parse().ok()).unwrap_or(default);
    Config { cases, max_shrink_iters: 256, ..Config::default() }
}

/// The bundled procedures, loaded once.
pub fn procedures() -> &'static ProcedureSet {
    static PROCEDURES: OnceLock<ProcedureSet> = OnceLock::new();
    PROCEDURES.get_or_init(|| bundled_procedures().expect("the bundled procedures load"))
}

/// A bundled scenario as a drill, in `mode`; a scenario that does not load
/// fails the test with the loader's own words.
pub fn bundled_drill(id: &str, seed: u64, mode: tenantdrill::drill::Mode) -> tenantdrill::drill::Drill {
    let procedures = procedures();
    let bundled = tenantdrill::scenario::library::scenario(id).expect("a bundled id");
    let loaded = tenantdrill::scenario::load_text(bundled.path, bundled.text.as_bytes(), procedures)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
    tenantdrill::drill::Drill::new(&loaded, procedures, seed, mode)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)))
}

/// The scenario's first subject and its account's alias.
pub fn subject(drill: &tenantdrill::drill::Drill) -> (tenantdrill::tenant::user::UserId, String) {
    let subject = drill.scenario().truth.subjects[0].clone();
    let id = drill.simulation().tenant().find_user(&subject).expect("the subject exists");
    let alias = subject.split('@').next().unwrap_or(&subject).to_string();
    (id, alias)
}
