//! All integration tests, in one test binary.

mod behaviours;
mod class;
mod cli;
mod command;
mod consequences;
mod consistency;
mod console;
mod demo;
mod determinism;
mod diagnostic;
mod evidence;
mod hidden;
mod identity;
mod incidents;
mod judgement;
mod mail;
mod no_panic;
mod permissions;
mod procedures;
mod reference_solutions;
mod regressions;
mod repl;
mod reports;
mod round_trips;
mod scenarios;
mod scoring;
mod session;
mod state_machine;
mod support;
#[cfg(unix)]
mod terminal;
mod world;
