//! Turning ron's first error into a [`Diagnostic`].
//!
//! ron's messages are written for programmers ("Expected closing `)`",
//! "Unexpected missing field named `title` in `Scenario`"); these are written
//! for the instructor, say what was found as well as what was expected, and
//! point the caret at the token to fix, which the source text tells us better
//! than ron's cursor does.

use ron::error::{Error, SpannedError};

use super::lexer::{Lexer, Token, TokenKind, is_forbidden_control, is_word_char, position_at, span_length};
use super::locate::is_field_colon;
use super::{Cause, Diagnostic, Expected, Found, Limits, Span, did_you_mean};

/// The names ron accepts in `#![enable(...)]`, for "did you mean".
const EXTENSIONS: [&str; 4] = ["unwrap_newtypes", "implicit_some", "unwrap_variant_newtypes", "explicit_struct_names"];

/// Found-text longer than this is cut, so one huge token cannot flood the message.
const MAX_FOUND_CHARS: usize = 24;

/// Where to put the caret.
enum Caret {
    /// On the token ron stopped at (or just after the last token at the end of the file).
    Found,
    /// On ron's own span.
    Ron,
    /// On the name ron complains about, found in the source near ron's span
    /// (ron 0.12 points at it exactly; this keeps working if it points after).
    Name(String),
    /// Just after the previous token: where a missing `,` belongs.
    AfterPrevious,
}

pub(crate) fn diagnostic(file: &str, text: &str, error: &SpannedError, limits: &Limits) -> Diagnostic {
    let start = position_at(text, error.span.start.line, error.span.start.col);
    let end = position_at(text, error.span.end.line, error.span.end.col);
    let context = Context::at(text, start.offset);
    let found = context.found(text);
    let error_with = |cause: Cause| Diagnostic::error(file, cause);
    let expected_found = |expected: Expected| {
        (error_with(Cause::ExpectedFound { expected: expected.clone(), found: found.clone() }).expected(expected), Caret::Found)
    };
    let names = |names: &[&str]| Expected::OneOf(names.iter().map(|name| (*name).to_owned()).collect());
    let (diagnostic, caret) = match &error.code {
        Error::NoSuchStructField { expected, found, outer } => {
            let cause = Cause::UnknownField { field: found.clone(), outer: outer.clone() };
            let diagnostic = error_with(cause).expected(names(expected));
            (suggest(diagnostic, did_you_mean(found, expected.iter().copied())), Caret::Name(found.clone()))
        }
        Error::NoSuchEnumVariant { expected, found, outer } => {
            let cause = Cause::UnknownValue { value: found.clone(), outer: outer.clone() };
            (
                suggest(error_with(cause).expected(names(expected)), did_you_mean(found, expected.iter().copied())),
                Caret::Name(found.clone()),
            )
        }
        Error::MissingStructField { field, outer } => {
            let cause = Cause::MissingField { field: (*field).to_owned(), outer: outer.clone() };
            (error_with(cause).expected(Expected::FieldBefore((*field).to_owned())), Caret::Found)
        }
        Error::DuplicateStructField { field, outer } => {
            let first_line = first_line_of_field(text, start.offset, field);
            let cause = Cause::DuplicateField { field: (*field).to_owned(), outer: outer.clone(), first_line };
            (error_with(cause), Caret::Name((*field).to_owned()))
        }
        Error::ExpectedDifferentStructName { expected, found } => {
            let cause = Cause::ExpectedFound { expected: Expected::Token((*expected).to_owned()), found: Found::Token(found.clone()) };
            let diagnostic = error_with(cause).expected(Expected::Token((*expected).to_owned()));
            (suggest(diagnostic, did_you_mean(found, [*expected])), Caret::Name(found.clone()))
        }
        Error::ExpectedComma => {
            let expected = context
                .closer
                .map_or_else(|| Expected::Token(",".to_owned()), |closer| Expected::EitherToken(",".to_owned(), closer.to_string()));
            let caret = if context.next_on_later_line() { Caret::AfterPrevious } else { Caret::Found };
            (error_with(Cause::ExpectedFound { expected: expected.clone(), found: found.clone() }).expected(expected), caret)
        }
        Error::Eof => {
            let diagnostic = error_with(Cause::UnexpectedEndOfFile);
            let diagnostic = match context.closer {
                Some(closer) => diagnostic.expected(Expected::Token(closer.to_string())),
                None => diagnostic,
            };
            (diagnostic, Caret::AfterPrevious)
        }
        Error::TrailingCharacters => {
            (error_with(Cause::TrailingCharacters { found: found.clone() }).expected(Expected::EndOfFile), Caret::Found)
        }
        Error::ExpectedIdentifier => {
            // `kind: "Required"`: a name written as a string.
            let unquoted = context.next_string_value(text).filter(|value| !value.is_empty() && value.chars().all(is_word_char));
            let (diagnostic, caret) = expected_found(Expected::Name);
            (suggest(diagnostic, unquoted), caret)
        }
        Error::ExpectedNamedStructLike("") | Error::ExpectedStructLike => expected_found(Expected::Token("(".to_owned())),
        Error::ExpectedNamedStructLike(name) => expected_found(Expected::Struct((*name).to_owned())),
        Error::ExpectedStructLikeEnd | Error::ExpectedOptionEnd => expected_found(Expected::Token(")".to_owned())),
        Error::ExpectedArray => expected_found(Expected::List),
        Error::ExpectedArrayEnd => expected_found(Expected::Token("]".to_owned())),
        Error::ExpectedMap => expected_found(Expected::Map),
        Error::ExpectedMapEnd => expected_found(Expected::Token("}".to_owned())),
        Error::ExpectedMapColon => expected_found(Expected::Token(":".to_owned())),
        Error::ExpectedBoolean => expected_found(Expected::Boolean),
        Error::ExpectedChar => expected_found(Expected::Character),
        Error::ExpectedByteLiteral | Error::ExpectedByteString => expected_found(Expected::ByteString),
        Error::ExpectedFloat => expected_found(Expected::Number),
        Error::ExpectedInteger => expected_found(Expected::WholeNumber),
        Error::ExpectedOption => expected_found(Expected::OptionValue),
        Error::ExpectedUnit => expected_found(Expected::Token("()".to_owned())),
        Error::ExpectedString => expected_found(Expected::QuotedString),
        Error::ExpectedStringEnd => expected_found(Expected::ClosingQuote),
        Error::InvalidValueForType { expected, found } => {
            let expected = serde_expected(expected);
            let cause = Cause::ExpectedFound { expected: expected.clone(), found: serde_found(found) };
            (error_with(cause).expected(expected), Caret::Found)
        }
        Error::Message(message) if language_twice(message).is_some() => {
            let code = language_twice(message).unwrap_or_default().to_string();
            (error_with(Cause::LanguageTwice { code: code.clone() }), Caret::Name(code))
        }
        Error::IntegerOutOfBounds => (error_with(Cause::NumberOutOfRange), Caret::Found),
        Error::InvalidIntegerDigit { digit, base } => (error_with(Cause::InvalidDigit { digit: *digit, base: *base }), Caret::Ron),
        Error::FloatUnderscore | Error::UnderscoreAtBeginning => (error_with(Cause::MisplacedUnderscore), Caret::Ron),
        Error::InvalidEscape(reason) => (error_with(Cause::InvalidEscape { reason: lower_first(reason) }), Caret::Ron),
        Error::UnexpectedChar(c) => (error_with(Cause::UnexpectedCharacter { character: *c }), Caret::Ron),
        Error::UnclosedBlockComment | Error::UnclosedLineComment => (error_with(Cause::UnterminatedComment), Caret::Ron),
        Error::ExceededRecursionLimit => (error_with(Cause::TooDeep { limit: limits.max_depth }), Caret::Ron),
        Error::NoSuchExtension(name) => {
            let diagnostic = error_with(Cause::UnknownExtension { name: name.clone() }).expected(names(&EXTENSIONS));
            (suggest(diagnostic, did_you_mean(name, EXTENSIONS)), Caret::Ron)
        }
        Error::SuggestRawIdentifier(name) => (error_with(Cause::RawName { name: name.clone() }).suggest(format!("r#{name}")), Caret::Ron),
        other => (error_with(Cause::Library(lower_first(&other.to_string()))), Caret::Ron),
    };
    let span = match caret {
        Caret::Ron => Span::new(start.line, start.column, span_length(text, start, end.offset)),
        Caret::Name(name) => {
            name_span(text, end.offset, &name).unwrap_or_else(|| Span::new(start.line, start.column, span_length(text, start, end.offset)))
        }
        Caret::Found => context.found_span(text),
        Caret::AfterPrevious => context.after_previous(),
    };
    diagnostic.at(span)
}

/// What serde expected, from its words (a visitor's `expecting`, a
/// primitive's name): the kinds a scenario file has, typed so they are
/// said in the reader's language; any other words as serde wrote them.
fn serde_expected(words: &str) -> Expected {
    match words {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "an integer" => {
            Expected::WholeNumber
        }
        "f32" | "f64" | "a float" => Expected::Number,
        "a boolean" | "bool" => Expected::Boolean,
        "a string" | "a borrowed string" | "string" => Expected::QuotedString,
        "a character" | "char" => Expected::Character,
        "a sequence" => Expected::List,
        "a map" => Expected::Map,
        "option" => Expected::OptionValue,
        "unit" => Expected::Token("()".to_owned()),
        _ if words.starts_with(crate::i18n::text::EXPECTING) => Expected::TextOrTranslations,
        _ if words.starts_with("struct ") => Expected::AStruct(words["struct ".len()..].to_owned()),
        _ if words.starts_with("a sequence") || words.starts_with("tuple") => Expected::List,
        _ if words.starts_with("variant identifier") || words.starts_with("field identifier") => Expected::Name,
        _ => Expected::Serde(words.to_owned()),
    }
}

/// What serde found, from ron's words for it (the unsigned integer `5`,
/// the string "x", a sequence): the value as written where ron quotes
/// one, else its kind.
fn serde_found(words: &str) -> Found {
    if let (Some(start), Some(end)) = (words.find('`'), words.rfind('`'))
        && end > start
    {
        return Found::Token(words[start + 1..end].to_owned());
    }
    for prefix in ["the string ", "the byte string "] {
        if let Some(value) = words.strip_prefix(prefix) {
            return Found::Token(value.chars().take(MAX_FOUND_CHARS).collect());
        }
    }
    match words {
        "a unit value" => Found::Token("()".to_owned()),
        "an optional value" => Found::Kind(Expected::OptionValue),
        "a sequence" => Found::Kind(Expected::List),
        "a map" => Found::Kind(Expected::Map),
        _ => Found::Words(words.to_owned()),
    }
}

/// The language code of [`crate::i18n::Text`]'s "given twice" error.
fn language_twice(message: &str) -> Option<&str> {
    message.strip_prefix("language '")?.strip_suffix("' is given twice")
}

fn suggest(diagnostic: Diagnostic, suggestion: Option<&str>) -> Diagnostic {
    match suggestion {
        Some(suggestion) => diagnostic.suggest(suggestion),
        None => diagnostic,
    }
}

/// The tokens around ron's error position.
struct Context {
    previous: Option<Token>,
    /// The token at or after the position; `None` at the end of the file.
    next: Option<Token>,
    /// The bracket that closes the innermost open one, if any is open.
    closer: Option<char>,
}

impl Context {
    fn at(text: &str, offset: usize) -> Self {
        let lexer = Lexer::new(text);
        let mut open = Vec::new();
        let mut previous = None;
        let mut next = None;
        for token in lexer {
            if token.end.offset > offset {
                next = Some(token);
                break;
            }
            match token.kind {
                TokenKind::Open(c) => open.push(c),
                TokenKind::Close(_) => {
                    open.pop();
                }
                _ => {}
            }
            previous = Some(token);
        }
        let closer = open.last().map(|&c| match c {
            '(' => ')',
            '[' => ']',
            _ => '}',
        });
        Self { previous, next, closer }
    }

    fn found(&self, text: &str) -> Found {
        let Some(next) = &self.next else { return Found::EndOfFile };
        let token_text = &text[next.start.offset..next.end.offset];
        let first_line = token_text.lines().next().unwrap_or("");
        let mut shown: String =
            first_line.chars().take(MAX_FOUND_CHARS).map(|c| if is_forbidden_control(c) { '\u{FFFD}' } else { c }).collect();
        if shown.len() < token_text.len() {
            shown.push_str("...");
        }
        Found::Token(shown)
    }

    fn found_span(&self, text: &str) -> Span {
        match &self.next {
            Some(next) => Span::new(next.start.line, next.start.column, span_length(text, next.start, next.end.offset)),
            None => self.after_previous(),
        }
    }

    /// Just after the previous token, or at the start of the file.
    fn after_previous(&self) -> Span {
        match &self.previous {
            Some(previous) => Span::new(previous.end.line, previous.end.column, 1),
            None => Span::new(1, 1, 1),
        }
    }

    fn next_on_later_line(&self) -> bool {
        match (&self.previous, &self.next) {
            (Some(previous), Some(next)) => next.start.line > previous.end.line,
            _ => false,
        }
    }

    fn next_string_value<'a>(&self, text: &'a str) -> Option<&'a str> {
        match &self.next.as_ref()?.kind {
            TokenKind::Str { content, terminated: true, .. } => Some(&text[content.clone()]),
            _ => None,
        }
    }
}

/// The last word `name` (or `r#name`) that starts at or before `offset`.
fn name_span(text: &str, offset: usize, name: &str) -> Option<Span> {
    Lexer::new(text)
        .take_while(|token| token.start.offset <= offset)
        .filter(|token| token.kind == TokenKind::Word)
        .filter(|token| {
            let word = &text[token.start.offset..token.end.offset];
            word == name || word.strip_prefix("r#") == Some(name)
        })
        .last()
        .map(|token| Span::new(token.start.line, token.start.column, span_length(text, token.start, token.end.offset)))
}

/// The line where `field:` was first set in the struct that is open at
/// `offset`; sibling structs with the same field do not count.
fn first_line_of_field(text: &str, offset: usize, field: &str) -> Option<usize> {
    let tokens: Vec<Token> = Lexer::new(text).take_while(|token| token.start.offset < offset).collect();
    let mut open_structs = Vec::new();
    let mut struct_count = 0_usize;
    let mut occurrences = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        match token.kind {
            TokenKind::Open(_) => {
                open_structs.push(struct_count);
                struct_count += 1;
            }
            TokenKind::Close(_) => {
                open_structs.pop();
            }
            _ if tokens.get(index..index + 2).is_some_and(|pair| is_field_colon(text, pair, field)) => {
                occurrences.extend(open_structs.last().map(|&current| (current, token.start.line)));
            }
            _ => {}
        }
    }
    let current = open_structs.last()?;
    occurrences.iter().find(|(owner, _)| owner == current).map(|&(_, line)| line)
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or_default()
}
