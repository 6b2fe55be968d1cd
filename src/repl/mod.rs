//! The REPL's logic, without a terminal: the line editor's helper (a thin
//! adapter over [`crate::command::complete`] and [`crate::command::hint`]),
//! the loop that runs lines through a drill and records them, and how a
//! reply is shown.
//!
//! The binary owns the terminal (rustyline, standard input, colour
//! detection); everything here can be driven from a test with strings.

mod driver;
mod helper;
mod snapshot;
mod transcript;

pub use driver::{Driver, Turn};
pub use helper::CommandHelper;
pub use snapshot::CompletionSnapshot;
pub use transcript::{banner, fit_to_width, is_plain, render_echo, render_reply, write_echo, write_reply};
