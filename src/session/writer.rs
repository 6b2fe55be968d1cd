//! Appending to a session file, one flushed line per command.

use super::{Entry, Header};
use std::io::{self, Write};

/// Writes a session as it happens.
///
/// Each line is written whole with one `write_all` and then flushed, so a
/// process killed at any moment leaves complete lines and at most one
/// partial last line, which [`super::parse`] skips. Give it a writer whose
/// `flush` reaches the disk (the binary syncs the file) for the same to
/// hold after a power cut.
#[derive(Debug)]
pub struct SessionWriter<W: Write> {
    out: W,
    /// The number of the next entry.
    next: u32,
    /// Stamps each entry with the wall-clock time (`Entry::wall`); the
    /// library never reads the clock itself, the binary hands it one.
    wall_clock: Option<fn() -> String>,
}

impl<W: Write> SessionWriter<W> {
    /// Starts a new session file with its header.
    pub fn create(out: W, header: &Header) -> io::Result<Self> {
        let mut writer = Self { out, next: 1, wall_clock: None };
        writer.write_line(&serde_json::to_string(header).map_err(io::Error::other)?)?;
        Ok(writer)
    }

    /// Continues a file that already holds `commands` entries (and ends with
    /// a newline).
    pub fn resume(out: W, commands: u32) -> Self {
        Self { out, next: commands.saturating_add(1), wall_clock: None }
    }

    /// Stamps every entry appended from now on with `clock()`, the
    /// wall-clock time as RFC 3339 text.
    #[must_use]
    pub fn with_wall_clock(mut self, clock: fn() -> String) -> Self {
        self.wall_clock = Some(clock);
        self
    }

    /// The number the next command gets.
    #[must_use]
    pub const fn next_number(&self) -> u32 {
        self.next
    }

    /// Appends one entry; its number must be [`Self::next_number`].
    pub fn append(&mut self, entry: &Entry) -> io::Result<()> {
        debug_assert_eq!(entry.n, self.next, "entries are numbered in order");
        let json = match self.wall_clock {
            Some(clock) => serde_json::to_string(&Entry { wall: Some(clock()), ..entry.clone() }),
            None => serde_json::to_string(entry),
        };
        self.write_line(&json.map_err(io::Error::other)?)?;
        self.next = self.next.saturating_add(1);
        Ok(())
    }

    /// The writer, for a caller that wrote to memory.
    pub fn into_inner(self) -> W {
        self.out
    }

    fn write_line(&mut self, json: &str) -> io::Result<()> {
        let mut line = String::with_capacity(json.len() + 1);
        line.push_str(json);
        line.push('\n');
        self.out.write_all(line.as_bytes())?;
        self.out.flush()
    }
}
