//! All integration tests, in one test binary.

mod cli;
mod command;
mod consequences;
mod demo;
mod determinism;
mod diagnostic;
mod identity;
mod incidents;
mod integrity;
mod mail;
mod no_panic;
mod permissions;
mod procedures;
mod reference_solutions;
mod regressions;
mod repl;
mod replay_equals_live;
mod reports;
mod round_trips;
mod scenarios;
mod scoring;
mod secrets;
mod session;
mod state_machine;
mod support;
mod trust;
