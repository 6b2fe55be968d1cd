//! tenantdrill: an offline training simulator for Microsoft 365 account
//! recovery and incident response.
//!
//! At its heart is a pure, deterministic simulation of a tenant
//! ([`engine::Simulation`]) driven by one vocabulary of [`action::Action`]s;
//! around it, scenario files, the command language, trainee sessions and the
//! scorer, all taking and returning text. Only [`session`] touches files (the
//! paths it is given); the binary owns the terminal. Nothing reads the
//! environment or the wall clock, and nothing spawns threads.

#![deny(unreachable_pub)]

pub mod action;
pub mod bounded;
pub mod class;
pub mod clock;
pub mod command;
pub mod demo;
pub mod diagnostic;
pub mod drill;
pub mod engine;
pub mod i18n;
pub mod powershell;
pub mod present;
pub mod procedure;
pub mod random;
pub mod record;
pub mod repl;
pub mod scenario;
pub mod scoring;
pub mod selfcheck;
pub mod session;
pub mod tenant;

pub use action::{Action, Actor};
pub use engine::{Outcome, Simulation, StepResult};
