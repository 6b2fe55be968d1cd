//! Appending to a session file, one flushed line per command.

use super::{Entry, Header, MAX_ENTRIES, MAX_FILE_BYTES};
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
    /// The file's length so far.
    bytes: u64,
    /// The chain's last link; `None` when continuing a version 1 file,
    /// whose entries carry no chain.
    link: Option<String>,
}

/// Room kept for the last entries: past [`MAX_FILE_BYTES`] less this, or
/// [`MAX_ENTRIES`] less one entry, only `submit` is recorded, so that a
/// file the tool writes is always one it reads back. An entry is at most
/// [`crate::command::MAX_LINE_BYTES`] escaped (six bytes a character at
/// worst) and its reason, far under this.
pub(crate) const RESERVED_BYTES: u64 = 256 * 1024;

impl<W: Write> SessionWriter<W> {
    /// Starts a new session file with its header.
    pub fn create(out: W, header: &Header) -> io::Result<Self> {
        let mut writer = Self { out, next: 1, wall_clock: None, bytes: 0, link: Some(super::chain_start(header)) };
        writer.write_line(&serde_json::to_string(header).map_err(io::Error::other)?)?;
        Ok(writer)
    }

    /// Continues a file of `bytes` bytes that already holds `commands`
    /// entries (and ends with a newline), whose chain ends at `link`
    /// ([`super::last_link`]; `None` for a version 1 file, continued in
    /// its own format).
    pub fn resume(out: W, commands: u32, bytes: u64, link: Option<String>) -> Self {
        Self { out, next: commands.saturating_add(1), wall_clock: None, bytes, link }
    }

    /// The file's length so far.
    #[must_use]
    pub(crate) const fn bytes_written(&self) -> u64 {
        self.bytes
    }

    /// Whether only a last, short entry (`submit`) still fits: one more
    /// entry of any length could make the file too large or too long to read.
    #[must_use]
    pub(crate) fn is_nearly_full(&self) -> bool {
        usize::try_from(self.next).map_or(true, |next| next >= MAX_ENTRIES) || self.bytes + RESERVED_BYTES > MAX_FILE_BYTES
    }

    /// Stamps every entry appended from now on with `clock()`, the
    /// wall-clock time as RFC 3339 text (covered by the hash chain).
    #[must_use]
    pub fn with_wall_clock(mut self, clock: fn() -> String) -> Self {
        self.wall_clock = Some(clock);
        self
    }

    /// The number the next command gets.
    #[must_use]
    pub(crate) const fn next_number(&self) -> u32 {
        self.next
    }

    /// Appends one entry; its number must be [`Self::next_number`]. An
    /// entry the reader would refuse (past [`MAX_ENTRIES`] or
    /// [`MAX_FILE_BYTES`]) is not written: the error says why.
    pub fn append(&mut self, entry: &Entry) -> io::Result<()> {
        debug_assert_eq!(entry.n, self.next, "entries are numbered in order");
        let mut sealed = entry.clone();
        if let Some(clock) = self.wall_clock {
            sealed.wall = Some(clock());
        }
        if let Some(link) = &self.link {
            sealed.chain = Some(super::chain_next(link, &sealed));
        } else {
            sealed.output = None;
            sealed.chain = None;
        }
        let json = serde_json::to_string(&sealed).map_err(io::Error::other)?;
        if usize::try_from(self.next).map_or(true, |next| next > MAX_ENTRIES) || self.bytes + json.len() as u64 + 1 > MAX_FILE_BYTES {
            return Err(io::Error::other(format!(
                "the session file would pass its limit of {MAX_ENTRIES} commands or {MAX_FILE_BYTES} bytes, and could not be read back"
            )));
        }
        self.write_line(&json)?;
        if self.link.is_some() {
            self.link = sealed.chain;
        }
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
        self.bytes += line.len() as u64;
        self.out.flush()
    }
}
