//! Reading a session file back: the header, the entries, and how much of
//! the file can be trusted.

use super::{Entry, FORMAT, FORMAT_VERSION, Header, MAX_ENTRIES, OLDEST_FORMAT_VERSION};
use std::fmt;

/// A session file read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    pub header: Header,
    /// The entries, each with its 1-based line number in the file.
    pub entries: Vec<(usize, Entry)>,
    /// Bytes from the start that hold complete, readable lines; a resumed
    /// session cuts the file here before appending, so a half-written last
    /// line never runs into the next one.
    pub valid_bytes: usize,
    /// Problems that did not stop the file from being read (a truncated last
    /// line), one sentence each, with the position.
    pub warnings: Vec<String>,
}

/// Why a session file cannot be used, with the position when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionError {
    pub file: String,
    /// 1-based line and column.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl SessionError {
    #[must_use]
    pub fn new(file: &str, message: impl Into<String>) -> Self {
        Self { file: file.to_string(), line: None, column: None, message: message.into() }
    }

    #[must_use]
    pub fn at(mut self, line: usize, column: Option<usize>) -> Self {
        self.line = Some(line);
        self.column = column;
        self
    }
}

impl fmt::Display for SessionError {
    /// `file:line:column: message`, as compilers do, so editors can jump to it.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(formatter, ":{line}")?;
            if let Some(column) = self.column {
                write!(formatter, ":{column}")?;
            }
        }
        write!(formatter, ": {}", self.message)
    }
}

impl std::error::Error for SessionError {}

/// Reads a session file's text.
///
/// Every line must be readable except the last: a process killed while
/// writing leaves at most one partial line at the end, which is skipped with
/// a warning (a last line that is whole but lacks its newline is kept). Damage anywhere else means the file was edited or
/// corrupted, and guessing would grade the wrong session, so it is an error.
pub fn parse(file: &str, text: &str) -> Result<Parsed, SessionError> {
    let lines = split_lines(text);
    let Some(&(header_start, header_end, header_complete)) = lines.first() else {
        return Err(SessionError::new(file, "the file is empty: it is not a tenantdrill session file"));
    };
    let header = read_header(file, &text[header_start..header_end], header_complete)?;
    let mut parsed = Parsed { header, entries: Vec::new(), valid_bytes: line_end(text, header_end), warnings: Vec::new() };
    let last = lines.len() - 1;
    for (index, &(start, end, _)) in lines.iter().enumerate().skip(1) {
        let number = index + 1;
        let content = &text[start..end];
        if content.trim().is_empty() {
            parsed.valid_bytes = line_end(text, end);
            continue;
        }
        match serde_json::from_str::<Entry>(content) {
            Ok(entry) => {
                let expected = parsed.entries.len() + 1;
                if usize::try_from(entry.n).ok() != Some(expected) {
                    let message = format!("expected command number {expected} here, found {}: the file was edited or damaged", entry.n);
                    return Err(SessionError::new(file, message).at(number, None));
                }
                if parsed.entries.len() >= MAX_ENTRIES {
                    return Err(SessionError::new(
                        file,
                        format!("more than {MAX_ENTRIES} commands: this is not a session tenantdrill wrote"),
                    )
                    .at(number, None));
                }
                parsed.entries.push((number, entry));
                parsed.valid_bytes = line_end(text, end);
            }
            Err(_) if index == last => {
                parsed
                    .warnings
                    .push(format!("{file}:{number}: the last line is incomplete (the session stopped while writing it); it is skipped"));
            }
            Err(error) => {
                let message = format!("this line is not a readable command record: {}", strip_position(&error.to_string()));
                return Err(SessionError::new(file, message).at(number, Some(error.column())));
            }
        }
    }
    Ok(parsed)
}

fn read_header(file: &str, content: &str, complete: bool) -> Result<Header, SessionError> {
    let not_a_session = || SessionError::new(file, "the first line is not a tenantdrill session header").at(1, None);
    let value: serde_json::Value = serde_json::from_str(content).map_err(|error| {
        if complete {
            not_a_session().at(1, Some(error.column()))
        } else {
            SessionError::new(file, "the file ends inside its header line: nothing was recorded").at(1, None)
        }
    })?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(FORMAT) {
        return Err(not_a_session());
    }
    let version = value.get("version").and_then(serde_json::Value::as_u64).unwrap_or(0);
    if !(u64::from(OLDEST_FORMAT_VERSION)..=u64::from(FORMAT_VERSION)).contains(&version) {
        let message = format!(
            "the session file has format version {version}; this tenantdrill reads versions {OLDEST_FORMAT_VERSION} to {FORMAT_VERSION}"
        );
        return Err(SessionError::new(file, message).at(1, None));
    }
    serde_json::from_value(value)
        .map_err(|error| SessionError::new(file, format!("the header is incomplete: {}", strip_position(&error.to_string()))).at(1, None))
}

/// `(start, end, ends_with_newline)` of each line, without the newline.
fn split_lines(text: &str) -> Vec<(usize, usize, bool)> {
    let mut lines = Vec::new();
    let mut start = 0;
    while start < text.len() {
        if let Some(offset) = text[start..].find('\n') {
            lines.push((start, start + offset, true));
            start += offset + 1;
        } else {
            lines.push((start, text.len(), false));
            start = text.len();
        }
    }
    lines
}

/// Past the newline that ends the line ending at `end`, if there is one.
fn line_end(text: &str, end: usize) -> usize {
    if text[end..].starts_with('\n') { end + 1 } else { end }
}

/// `serde_json` ends its messages with " at line 1 column 7"; the position is
/// reported separately, in the file's own numbering.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message.to_string(),
    }
}
