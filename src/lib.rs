//! tenantdrill: an offline training simulator for Microsoft 365 account
//! recovery and incident response.
//!
//! The library is a pure, deterministic simulation of a tenant
//! ([`engine::Simulation`]) driven by one vocabulary of [`action::Action`]s.
//! It does no I/O: no terminal, files, environment, wall clock or threads.

pub mod action;
pub mod clock;
pub mod demo;
pub mod engine;
pub mod random;
pub mod tenant;

pub use action::{Action, Actor};
pub use engine::{Outcome, Simulation, StepResult};
