//! All integration tests, in one test binary.

mod command;
mod consequences;
mod demo;
mod determinism;
mod diagnostic;
mod identity;
mod mail;
mod regressions;
mod reports;
mod scenarios;
mod scoring;
mod state_machine;
mod support;
