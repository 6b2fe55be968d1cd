//! Reads that stop at a limit counted in bytes actually read, never in what
//! a file's metadata claims: a device (`/dev/zero`), a pipe, or a symlink to
//! either is refused without waiting for it, and a line or file that grows
//! past its limit is refused as soon as the limit is passed, so no input
//! can make the tool block, or hold more than the limit in memory.
//!
//! This is the one place the library opens a file for reading; the callers
//! are named in ARCHITECTURE.md.

use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, Read};
use std::path::Path;

/// Why a file could not be read, as facts; worded by
/// [`crate::present::read_error`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The system refused: the file is missing, not permitted, ...
    Io { path: String, error: IoProblem },
    /// A device, a pipe or a folder.
    NotRegular { path: String },
    /// Larger than the most that is read.
    TooLarge { path: String, limit: usize },
}

/// An input/output error as facts: its kind, and the system's own words
/// for the kinds the presentation layer does not name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IoProblem {
    pub kind: io::ErrorKind,
    /// The system's message without its `(os error n)`, lower-case first.
    pub system: String,
}

impl From<&io::Error> for IoProblem {
    fn from(error: &io::Error) -> Self {
        Self { kind: error.kind(), system: plain_io_error(error) }
    }
}

/// Reads the regular file at `path` (symlinks followed), at most
/// `max_bytes` of it: a larger file, or anything that is not a regular file,
/// is an error naming the path.
pub fn read_file(path: &Path, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    let shown = || path.display().to_string();
    let cannot = |error: &io::Error| ReadError::Io { path: shown(), error: error.into() };
    // The metadata is only a first, cheap refusal: the file opened below is
    // checked again, so a path swapped in between cannot slip through.
    let metadata = std::fs::metadata(path).map_err(|error| cannot(&error))?;
    if !metadata.is_file() {
        return Err(ReadError::NotRegular { path: shown() });
    }
    if metadata.len() > max_bytes as u64 {
        return Err(ReadError::TooLarge { path: shown(), limit: max_bytes });
    }
    let file = open_without_blocking(path).map_err(|error| cannot(&error))?;
    read_opened(&file, path, max_bytes)
}

/// [`read_file`] for a file already open (for reading), from its current
/// position: refused unless it is a regular file, and bounded by bytes read.
pub fn read_opened(mut file: &File, path: &Path, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    let shown = || path.display().to_string();
    let cannot = |error: &io::Error| ReadError::Io { path: shown(), error: error.into() };
    let metadata = file.metadata().map_err(|error| cannot(&error))?;
    if !metadata.is_file() {
        return Err(ReadError::NotRegular { path: shown() });
    }
    let too_large = || ReadError::TooLarge { path: shown(), limit: max_bytes };
    if metadata.len() > max_bytes as u64 {
        return Err(too_large());
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0).min(max_bytes));
    Read::by_ref(&mut file).take(max_bytes as u64 + 1).read_to_end(&mut bytes).map_err(|error| cannot(&error))?;
    if bytes.len() > max_bytes {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Opens for reading without waiting for a writer: opening a pipe (FIFO)
/// that nobody writes to would otherwise block forever.
fn open_without_blocking(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        /// `O_NONBLOCK` on Linux; it changes nothing for a regular file.
        const O_NONBLOCK: i32 = 0o4000;
        options.custom_flags(O_NONBLOCK);
    }
    options.open(path)
}

/// Why a line could not be read.
#[derive(Debug)]
pub enum LineError {
    /// The line is longer than the limit; reading stopped there.
    TooLong {
        line: usize,
        max_bytes: usize,
    },
    /// The line is not UTF-8 text.
    NotUtf8 {
        line: usize,
    },
    Io {
        line: usize,
        error: io::Error,
    },
}

impl LineError {
    /// The sentence for the user, after `source:` (`standard input:3: ...`).
    #[must_use]
    pub fn describe(&self, source: &str) -> String {
        match self {
            LineError::TooLong { line, max_bytes } => {
                format!("{source}:{line}: the line is longer than {max_bytes} bytes, the longest command line; stopping here")
            }
            LineError::NotUtf8 { line } => format!("{source}:{line}: the line is not UTF-8 text; stopping here"),
            LineError::Io { line, error } => format!("{source}:{line}: cannot read: {}", plain_io_error(error)),
        }
    }
}

/// The lines of `input`, each at most `max_bytes` (without its line
/// ending), numbered from 1 in errors. A longer line ends the reading with
/// [`LineError::TooLong`] as soon as the limit is passed: nothing past the
/// limit is kept in memory.
pub struct Lines<R> {
    input: R,
    max_bytes: usize,
    number: usize,
    done: bool,
}

impl<R: BufRead> Lines<R> {
    pub const fn new(input: R, max_bytes: usize) -> Self {
        Self { input, max_bytes, number: 0, done: false }
    }

    fn read_one(&mut self) -> Result<Option<String>, LineError> {
        self.number += 1;
        let line = self.number;
        let mut bytes = Vec::new();
        let mut ended = false;
        loop {
            let available = match self.input.fill_buf() {
                Ok(available) => available,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => return Err(LineError::Io { line, error }),
            };
            if available.is_empty() {
                break;
            }
            let (take, found) = match available.iter().position(|&byte| byte == b'\n') {
                Some(index) => (index + 1, true),
                None => (available.len(), false),
            };
            // The limit plus a line ending ("\r\n").
            if bytes.len() + take > self.max_bytes + 2 {
                return Err(LineError::TooLong { line, max_bytes: self.max_bytes });
            }
            bytes.extend_from_slice(&available[..take]);
            self.input.consume(take);
            if found {
                ended = true;
                break;
            }
        }
        if bytes.is_empty() && !ended {
            return Ok(None);
        }
        if bytes.last() == Some(&b'\n') {
            bytes.pop();
            if bytes.last() == Some(&b'\r') {
                bytes.pop();
            }
        }
        if bytes.len() > self.max_bytes {
            return Err(LineError::TooLong { line, max_bytes: self.max_bytes });
        }
        String::from_utf8(bytes).map(Some).map_err(|_| LineError::NotUtf8 { line })
    }
}

impl<R: BufRead> Iterator for Lines<R> {
    type Item = Result<String, LineError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let item = self.read_one().transpose();
        if !matches!(item, Some(Ok(_))) {
            self.done = true;
        }
        item
    }
}

/// An I/O error as a phrase, without Rust's "(os error 2)" suffix.
#[must_use]
pub fn plain_io_error(error: &io::Error) -> String {
    let text = error.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text).to_string();
    let mut characters = text.chars();
    characters.next().map_or(text.clone(), |first| first.to_lowercase().chain(characters).collect())
}
