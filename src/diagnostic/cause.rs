//! What a diagnostic is about, as facts ([`Cause`], [`Expected`], [`Found`]),
//! and their words in a language. A [`super::Diagnostic`] keeps its English
//! text for callers that want a plain string; [`super::render_in`] and
//! [`super::Diagnostic::message_in`] speak the chosen language.

use crate::i18n::Lang;
use crate::t;

/// What was found where something else was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// A token as written (shortened), shown in backticks.
    Token(String),
    EndOfFile,
    /// A kind of value (a list, a map), for what serde found without
    /// quoting it.
    Kind(Expected),
    /// What serde says it found, in its words (a kind this does not name).
    Words(String),
}

impl Found {
    #[must_use]
    pub(crate) fn text(&self, lang: Lang) -> String {
        match self {
            Found::Token(token) => format!("`{token}`"),
            Found::EndOfFile => t!(lang, "diag-found-end-of-file"),
            Found::Kind(kind) => kind.text(lang),
            Found::Words(words) => words.clone(),
        }
    }
}

/// What should have been at the caret (shown as "expected …").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expected {
    /// One literal token or name: `` `)` ``, `` `Scenario` ``.
    Token(String),
    /// `` `,` or `)` ``.
    EitherToken(String, String),
    /// `` one of `a`, `b` `` (or the one name, or nothing).
    OneOf(Vec<String>),
    /// `` `field: ...` before this ``.
    FieldBefore(String),
    /// `` `Name(...)` ``.
    Struct(String),
    /// `` a `Name(...)` `` (a whole file's value).
    AStruct(String),
    List,
    Map,
    Name,
    Boolean,
    Character,
    ByteString,
    Number,
    WholeNumber,
    OptionValue,
    QuotedString,
    ClosingQuote,
    ClosingComment,
    Utf8Text,
    Text,
    EndOfFile,
    /// An id such as `locked-out`.
    Id,
    /// An RFC 3339 time.
    Time,
    /// A duration such as `45m`.
    Duration,
    /// A duration before the start, such as `-2h`.
    DurationBefore,
    /// An offset from the start, `5m` or `-1h`.
    Offset,
    /// A user principal name such as `name@domain`.
    UserPrincipalName,
    /// A text: a string, or a map of language code to string.
    TextOrTranslations,
    /// Words the serde model names (`u32`, `a sequence`), as it wrote them.
    Serde(String),
    /// Text written by the caller, in English.
    Other(String),
}

impl Expected {
    /// The words after "expected".
    #[must_use]
    pub(crate) fn text(&self, lang: Lang) -> String {
        match self {
            Expected::Token(token) => format!("`{token}`"),
            Expected::EitherToken(first, second) => {
                t!(lang, "diag-expected-either", first = format!("`{first}`"), second = format!("`{second}`"))
            }
            Expected::OneOf(names) => {
                let quoted: Vec<String> = names.iter().map(|name| format!("`{name}`")).collect();
                match quoted.as_slice() {
                    [] => t!(lang, "diag-expected-nothing"),
                    [only] => only.clone(),
                    _ => t!(lang, "diag-expected-one-of", names = quoted.join(", ")),
                }
            }
            Expected::FieldBefore(field) => t!(lang, "diag-expected-field-before", field = format!("`{field}: ...`")),
            Expected::Struct(name) => format!("`{name}(...)`"),
            Expected::AStruct(name) => t!(lang, "diag-expected-a-struct", value = format!("`{name}(...)`")),
            Expected::List => t!(lang, "diag-expected-list"),
            Expected::Map => t!(lang, "diag-expected-map"),
            Expected::Name => t!(lang, "diag-expected-name"),
            Expected::Boolean => t!(lang, "diag-expected-boolean"),
            Expected::Character => t!(lang, "diag-expected-character"),
            Expected::ByteString => t!(lang, "diag-expected-byte-string"),
            Expected::Number => t!(lang, "diag-expected-number"),
            Expected::WholeNumber => t!(lang, "diag-expected-whole-number"),
            Expected::OptionValue => t!(lang, "diag-expected-option"),
            Expected::QuotedString => t!(lang, "diag-expected-string"),
            Expected::ClosingQuote => t!(lang, "diag-expected-closing-quote"),
            Expected::ClosingComment => t!(lang, "diag-expected-closing-comment"),
            Expected::Utf8Text => t!(lang, "diag-expected-utf8"),
            Expected::Text => t!(lang, "diag-expected-text"),
            Expected::EndOfFile => t!(lang, "diag-expected-end-of-file"),
            Expected::Id => t!(lang, "diag-expected-id"),
            Expected::Time => t!(lang, "diag-expected-time"),
            Expected::Duration => t!(lang, "diag-expected-duration"),
            Expected::DurationBefore => t!(lang, "diag-expected-duration-before"),
            Expected::Offset => t!(lang, "diag-expected-offset"),
            Expected::UserPrincipalName => t!(lang, "diag-expected-upn"),
            Expected::TextOrTranslations => t!(lang, "diag-expected-text-or-translations"),
            Expected::Serde(text) | Expected::Other(text) => text.clone(),
        }
    }
}

impl From<&str> for Expected {
    fn from(text: &str) -> Self {
        Expected::Other(text.to_string())
    }
}

impl From<String> for Expected {
    fn from(text: String) -> Self {
        Expected::Other(text)
    }
}

/// Why a file could not be read as RON: the pre-scan's limits and ron's
/// first error, as facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cause {
    FileTooLarge {
        size: u64,
        limit: usize,
    },
    NotUtf8 {
        line: usize,
        column: usize,
    },
    TooDeep {
        limit: usize,
    },
    UnterminatedString,
    StringTooLong {
        chars: usize,
        limit: usize,
    },
    ControlCharacter {
        code: u32,
        line: usize,
        column: usize,
    },
    UnterminatedComment,
    EmptyFile {
        expected: Expected,
    },
    ExpectedFound {
        expected: Expected,
        found: Found,
    },
    UnknownField {
        field: String,
        outer: Option<String>,
    },
    UnknownValue {
        value: String,
        outer: Option<String>,
    },
    MissingField {
        field: String,
        outer: Option<String>,
    },
    DuplicateField {
        field: String,
        outer: Option<String>,
        first_line: Option<usize>,
    },
    UnexpectedEndOfFile,
    TrailingCharacters {
        found: Found,
    },
    NumberOutOfRange,
    InvalidDigit {
        digit: char,
        base: u8,
    },
    MisplacedUnderscore,
    /// ron's reason, in its words.
    InvalidEscape {
        reason: String,
    },
    UnexpectedCharacter {
        character: char,
    },
    UnknownExtension {
        name: String,
    },
    RawName {
        name: String,
    },
    /// A semantic check of a scenario or procedure file.
    Check(super::check::Check),
    /// The file could not be read.
    Read(crate::bounded::ReadError),
    /// The scenario did not build for a seed.
    Build {
        seed: u64,
        problem: Box<crate::scenario::build::BuildProblem>,
    },
    /// The scenario's own reference solution, played by the self-check,
    /// shows the scenario cannot be right.
    SelfCheck(SelfCheck),
    /// The scenario is graded on a procedure that is not loaded.
    ProcedureNotLoaded {
        id: String,
    },
    /// A scenario next to procedure files that do not load (they are
    /// reported with their own files).
    ProceduresFirst {
        folder: String,
    },
    /// A translated text gives one language twice.
    LanguageTwice {
        code: String,
    },
    /// ron's or serde's own message, for the rare errors it has no kind
    /// for (a custom message, an I/O or UTF-8 failure inside ron), in its
    /// words.
    Library(String),
}

/// What the self-check found wrong with a scenario, for the seed it played.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SelfCheck {
    /// The first problem, when there is one.
    DoesNotBuild {
        seed: u64,
        problem: Option<Box<Cause>>,
    },
    /// `output` is the drill's reply, in the language the check ran in.
    CommandFailed {
        seed: u64,
        line: String,
        output: String,
    },
    TimeRanOut {
        seed: u64,
        line: String,
    },
    /// `shortfall` lists the points lost, in the language the check ran in.
    NotFullMarks {
        seed: u64,
        score: u32,
        shortfall: String,
    },
    /// Submitting at once passes.
    NothingPasses {
        score: u32,
    },
}

impl SelfCheck {
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            SelfCheck::DoesNotBuild { seed, problem } => {
                let problem = problem.as_ref().map_or_else(|| t!(lang, "report-selfcheck-unknown-problem"), |cause| cause.message(lang));
                t!(lang, "report-selfcheck-does-not-build", seed = seed, problem = problem)
            }
            SelfCheck::CommandFailed { seed, line, output } => {
                t!(lang, "report-selfcheck-command-failed", seed = seed, line = line, output = output)
            }
            SelfCheck::TimeRanOut { seed, line } => t!(lang, "report-selfcheck-time-ran-out", seed = seed, line = line),
            SelfCheck::NotFullMarks { seed, score, shortfall } => {
                t!(lang, "report-selfcheck-not-full-marks", seed = seed, score = score, shortfall = shortfall)
            }
            SelfCheck::NothingPasses { score } => t!(lang, "report-selfcheck-nothing-passes", score = score),
        }
    }
}

/// Why a scenario did not build, in `lang`.
#[must_use]
pub(crate) fn build_problem(lang: Lang, problem: &crate::scenario::build::BuildProblem) -> String {
    use crate::scenario::build::BuildProblem;
    match problem {
        BuildProblem::Check(check) => check.message(lang),
        BuildProblem::TooManyUsers => t!(lang, "diag-build-too-many-users", maximum = crate::tenant::USER_LIMIT),
        BuildProblem::GeneratedNamesExhausted => t!(lang, "diag-build-names-exhausted"),
        BuildProblem::HistoryFailed { index, action, actor, outcome } => t!(
            lang,
            "diag-build-history-failed",
            index = index,
            action = action,
            actor = crate::present::event::actor(lang, actor),
            reason = crate::present::outcome::reason(lang, outcome).unwrap_or_default()
        ),
    }
}

impl Cause {
    /// The diagnostic's headline in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        let code = |text: &str| format!("`{text}`");
        match self {
            Cause::FileTooLarge { size, limit } => t!(lang, "diag-file-too-large", size = size, limit = limit),
            Cause::NotUtf8 { line, column } => t!(lang, "diag-not-utf8", line = line, column = column),
            Cause::TooDeep { limit } => t!(lang, "diag-too-deep", limit = limit),
            Cause::UnterminatedString => t!(lang, "diag-unterminated-string"),
            Cause::StringTooLong { chars, limit } => t!(lang, "diag-string-too-long", chars = chars, limit = limit),
            Cause::ControlCharacter { code: character, line, column } => {
                t!(lang, "diag-control-character", code = format!("U+{character:04X}"), line = line, column = column)
            }
            Cause::UnterminatedComment => t!(lang, "diag-unterminated-comment"),
            Cause::EmptyFile { expected } => t!(lang, "diag-empty-file", expected = expected.text(lang)),
            Cause::ExpectedFound { expected, found } => {
                t!(lang, "diag-expected-found", expected = expected.text(lang), found = found.text(lang))
            }
            Cause::UnknownField { field, outer: Some(outer) } => {
                t!(lang, "diag-unknown-field-in", field = code(field), outer = code(outer))
            }
            Cause::UnknownField { field, outer: None } => t!(lang, "diag-unknown-field", field = code(field)),
            Cause::UnknownValue { value, outer: Some(outer) } => {
                t!(lang, "diag-unknown-value-for", value = code(value), outer = code(outer))
            }
            Cause::UnknownValue { value, outer: None } => t!(lang, "diag-unknown-value", value = code(value)),
            Cause::MissingField { field, outer: Some(outer) } => {
                t!(lang, "diag-missing-field-in", field = code(field), outer = code(outer))
            }
            Cause::MissingField { field, outer: None } => t!(lang, "diag-missing-field", field = code(field)),
            Cause::DuplicateField { field, outer, first_line } => {
                let mut text = if let Some(outer) = outer {
                    t!(lang, "diag-duplicate-field-in", field = code(field), outer = code(outer))
                } else {
                    t!(lang, "diag-duplicate-field", field = code(field))
                };
                if let Some(line) = first_line {
                    text.push(' ');
                    text.push_str(&t!(lang, "diag-first-on-line", line = line));
                }
                text
            }
            Cause::UnexpectedEndOfFile => t!(lang, "diag-unexpected-end-of-file"),
            Cause::TrailingCharacters { found } => t!(lang, "diag-trailing", found = found.text(lang)),
            Cause::NumberOutOfRange => t!(lang, "diag-number-out-of-range"),
            Cause::InvalidDigit { digit, base } => t!(lang, "diag-invalid-digit", digit = code(&digit.to_string()), base = base),
            Cause::MisplacedUnderscore => t!(lang, "diag-misplaced-underscore"),
            Cause::InvalidEscape { reason } => t!(lang, "diag-invalid-escape", reason = reason),
            Cause::UnexpectedCharacter { character } => {
                t!(lang, "diag-unexpected-character", character = code(&character.to_string()))
            }
            Cause::UnknownExtension { name } => t!(lang, "diag-unknown-extension", name = code(name)),
            Cause::RawName { name } => t!(lang, "diag-raw-name", name = code(name)),
            Cause::Check(check) => check.message(lang),
            Cause::Read(error) => crate::present::read_error(lang, error),
            Cause::Build { seed, problem } => t!(lang, "diag-build-failed", seed = seed, problem = build_problem(lang, problem)),
            Cause::SelfCheck(check) => check.message(lang),
            Cause::ProcedureNotLoaded { id } => t!(lang, "diag-procedure-not-loaded", id = code(id)),
            Cause::ProceduresFirst { folder } => t!(lang, "diag-procedures-first", folder = folder),
            Cause::LanguageTwice { code: language } => t!(lang, "diag-language-twice", code = code(language)),
            Cause::Library(text) => text.clone(),
        }
    }
}
