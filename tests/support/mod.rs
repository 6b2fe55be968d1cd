//! Shared test helpers: insta settings, a step helper that checks every
//! named invariant after each step, and short names for actors.

#![allow(dead_code)]

use tenantdrill::engine::invariants::InvariantMonitor;
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
