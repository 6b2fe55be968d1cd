//! All integration tests, in one test binary.

mod consequences;
mod demo;
mod determinism;
mod identity;
mod mail;
mod regressions;
mod state_machine;
mod support;
