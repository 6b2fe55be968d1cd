//! Session files: a trainee's session written down as it happens, so that a
//! crash, a closed terminal or Ctrl-C loses nothing, and so that an
//! instructor can re-grade it later.
//!
//! A session file is JSON Lines: a [`Header`] on the first line, then one
//! [`Entry`] per command line the trainee gave, appended and flushed after
//! each command. The format is documented in `docs/session-format.md`.
//!
//! A session is reproduced by replaying its lines through a fresh
//! [`Drill`](crate::drill::Drill) built from the same scenario file
//! (checked by digest) and seed: the simulation is deterministic, so the
//! same lines give the same state. Passwords never reach the file; see
//! [`replay`] for how a masked line is replayed.
//!
//! Like the rest of the library this module opens no files: callers hand it
//! text to parse and a writer to append to.

mod entry;
mod integrity;
mod parse;
mod replay;
mod writer;

pub(crate) use entry::step_line;
pub use entry::{Entry, Header, OutcomeKind, Rules, STAND_IN_PASSWORD, Secret, step};
pub(crate) use integrity::output_digest;
pub use integrity::{Alteration, AlterationKind, Integrity, chain_next, chain_start, check_chain, last_link, original_header};
pub use parse::{Difference, Parsed, SessionError, SessionProblem, SessionWarning, WarningKind, parse};
pub use replay::{Replayed, check_header, fresh_drill, replay, replay_on, unmask};
pub use writer::SessionWriter;

/// The `format` field of every header: tells a session file from any other
/// JSON Lines file.
pub(crate) const FORMAT: &str = "tenantdrill-session";

/// The version of the format this build writes and reads. It changes only
/// when an older reader would misread a newer file.
pub(crate) const FORMAT_VERSION: u32 = 2;

/// The oldest version this build reads: version 1 files (no output
/// digests, no chain) still grade, marked unverified.
pub(crate) const OLDEST_FORMAT_VERSION: u32 = 1;

/// A session file may hold at most this many entries: far more than any
/// scenario's time limit allows, few enough that a corrupt or hostile file
/// cannot make replay run for long.
pub const MAX_ENTRIES: usize = 20_000;

/// The largest session file read, in bytes (a line is at most
/// [`crate::command::MAX_LINE_BYTES`] plus its record).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
