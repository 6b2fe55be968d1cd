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
    /// line), with the position.
    pub warnings: Vec<SessionWarning>,
}

/// What is wrong with a session file: the facts, put into words by
/// [`crate::present::session`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionProblem {
    /// The file could not be read (the reader's own message).
    Read(crate::bounded::ReadError),
    NotUtf8,
    Empty,
    NotASessionHeader,
    /// The file ends inside its first line.
    HeaderCutShort,
    UnsupportedVersion {
        version: u64,
        oldest: u32,
        newest: u32,
    },
    /// The header lacks a field or has a wrong one (serde's words).
    HeaderIncomplete(String),
    EntryNumber {
        expected: usize,
        found: u32,
    },
    TooManyEntries {
        max: usize,
    },
    /// A line that is not a command record (serde's words).
    UnreadableEntry(String),
    /// The scenario does not build for the session's seed (the first
    /// diagnostic's message).
    ScenarioDoesNotBuild {
        seed: u64,
        detail: String,
    },
    OtherScenario {
        recorded: String,
        given: String,
    },
    /// The scenario's digest differs from the recorded one (both shortened).
    ScenarioChanged {
        scenario: String,
        then: String,
        now: String,
    },
}

/// Something a reader or a replay noticed that did not stop it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionWarning {
    pub file: String,
    /// 1-based line in the file, when the warning is about one line.
    pub line: Option<usize>,
    pub kind: WarningKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WarningKind {
    /// The last line is half-written and was skipped.
    IncompleteLastLine,
    /// The session had already ended on replay; later commands are ignored.
    EndedEarly,
    /// A command (`line`, masked) did not replay as recorded.
    Differs { line: String, difference: Difference },
    /// More differences than are worth listing.
    MoreDifferences(usize),
}

/// How a replayed command differs from the recorded one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// The session had already ended at this command on replay.
    SessionEnded,
    NotRecorded,
    GivenAt {
        then: String,
        now: String,
    },
    Outcome {
        then: String,
        now: String,
    },
    Message,
    FinishedAt {
        then: String,
        now: String,
    },
    Output,
}

impl fmt::Display for Difference {
    /// In English, as the JSON and older callers read it; see
    /// [`crate::present::session::difference`] for other languages.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&crate::present::session::difference(crate::i18n::Lang::En, self))
    }
}

impl fmt::Display for SessionWarning {
    /// `file:line: text` in English; [`crate::present::session::warning`]
    /// writes it in another language.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&crate::present::session::warning(crate::i18n::Lang::En, self))
    }
}

/// Why a session file cannot be used, with the position when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionError {
    pub file: String,
    /// 1-based line and column.
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub problem: Box<SessionProblem>,
}

impl SessionError {
    #[must_use]
    pub fn new(file: &str, problem: SessionProblem) -> Self {
        Self { file: file.to_string(), line: None, column: None, problem: Box::new(problem) }
    }

    /// `file:line:column: message` in `lang`.
    #[must_use]
    pub fn render(&self, lang: crate::i18n::Lang) -> String {
        crate::present::session::error(lang, self)
    }

    #[must_use]
    pub(crate) fn at(mut self, line: usize, column: Option<usize>) -> Self {
        self.line = Some(line);
        self.column = column;
        self
    }
}

impl fmt::Display for SessionError {
    /// `file:line:column: message`, as compilers do, so editors can jump
    /// to it; in English ([`SessionError::render`] for another language).
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.render(crate::i18n::Lang::En))
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
        return Err(SessionError::new(file, SessionProblem::Empty));
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
                    return Err(SessionError::new(file, SessionProblem::EntryNumber { expected, found: entry.n }).at(number, None));
                }
                if parsed.entries.len() >= MAX_ENTRIES {
                    return Err(SessionError::new(file, SessionProblem::TooManyEntries { max: MAX_ENTRIES }).at(number, None));
                }
                parsed.entries.push((number, entry));
                parsed.valid_bytes = line_end(text, end);
            }
            Err(_) if index == last => {
                parsed.warnings.push(SessionWarning { file: file.to_string(), line: Some(number), kind: WarningKind::IncompleteLastLine });
            }
            Err(error) => {
                let problem = SessionProblem::UnreadableEntry(strip_position(&error.to_string()));
                return Err(SessionError::new(file, problem).at(number, Some(error.column())));
            }
        }
    }
    Ok(parsed)
}

fn read_header(file: &str, content: &str, complete: bool) -> Result<Header, SessionError> {
    let not_a_session = || SessionError::new(file, SessionProblem::NotASessionHeader).at(1, None);
    let value: serde_json::Value = serde_json::from_str(content).map_err(|error| {
        if complete {
            not_a_session().at(1, Some(error.column()))
        } else {
            SessionError::new(file, SessionProblem::HeaderCutShort).at(1, None)
        }
    })?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(FORMAT) {
        return Err(not_a_session());
    }
    let version = value.get("version").and_then(serde_json::Value::as_u64).unwrap_or(0);
    if !(u64::from(OLDEST_FORMAT_VERSION)..=u64::from(FORMAT_VERSION)).contains(&version) {
        let problem = SessionProblem::UnsupportedVersion { version, oldest: OLDEST_FORMAT_VERSION, newest: FORMAT_VERSION };
        return Err(SessionError::new(file, problem).at(1, None));
    }
    serde_json::from_value(value)
        .map_err(|error| SessionError::new(file, SessionProblem::HeaderIncomplete(strip_position(&error.to_string()))).at(1, None))
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
