//! What a command answers, and the session's mode. What a session keeps
//! of each command is [`Record`], below both the drill and the scorer.

pub use crate::record::Record;
use crate::scoring::Feedback;
use serde::{Deserialize, Serialize};

/// Practice shows the scorer's feedback after each command; an exam shows
/// nothing until the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    Practice,
    Exam,
}

impl Mode {
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Mode::Practice => "practice",
            Mode::Exam => "exam",
        }
    }
}

/// The answer to one command line.
#[derive(Debug, Clone, Default)]
pub struct Reply {
    /// Plain text for the trainee.
    pub output: String,
    /// Whether `output` is an error.
    pub error: bool,
    /// What happened meanwhile that the trainee notices (calls, replies,
    /// alerts), in time order; shown in both modes.
    pub notices: Vec<super::notice::Notice>,
    /// The language the reply's notices and feedback are written in.
    pub lang: crate::i18n::Lang,
    /// The scorer's live feedback (practice mode only).
    pub feedback: Vec<Feedback>,
    /// The session ended (submitted or out of time).
    pub finished: bool,
    /// The trainee asked to leave.
    pub quit: bool,
    /// The trainee asked for a clear screen (a terminal clears it; other
    /// front ends ignore it).
    pub clear_screen: bool,
}

impl Reply {
    #[must_use]
    pub fn quiet() -> Self {
        Self::default()
    }
    #[must_use]
    pub(crate) fn text(output: impl Into<String>) -> Self {
        Self { output: output.into(), ..Self::default() }
    }
    #[must_use]
    pub fn error(output: impl Into<String>) -> Self {
        Self { output: output.into(), error: true, ..Self::default() }
    }
}
