//! [`parse_ron`]: bytes to a value, or to diagnostics.

use serde::de::DeserializeOwned;

use super::lexer::{Lexer, Position, Token, TokenKind, position_of, span_length, without_bom};
use super::{Cause, Diagnostic, Expected, Limits, Span, ron_error};

/// Headroom over [`Limits::max_depth`] for ron's own recursion limit:
/// Options, newtypes and enum variants recurse without a bracket, so ron
/// counts a little more than the bracket scan does.
const RECURSION_MARGIN: usize = 16;

/// Parses RON `bytes` from `file` into a `T`, turning every failure into
/// diagnostics that point into the source.
///
/// Before ron sees the text, one linear scan rejects what could hurt or
/// confuse: a file over [`Limits::max_bytes`] (checked before anything
/// else; see [`Limits::check_size`] to check before reading), text that is not UTF-8, control characters outside strings,
/// nesting deeper than [`Limits::max_depth`] (so 1 MiB of `(` cannot
/// overflow the stack), strings longer than [`Limits::max_string_chars`],
/// unterminated strings and comments, and a file with nothing in it. A
/// leading byte-order mark is ignored, as editors do. ron
/// stops at its first error, so the result holds one diagnostic.
///
/// The wording for an empty file names the top-level value after `T`'s own
/// name (`std::any::type_name`, last path segment): "expected a
/// `Scenario(...)`", or "a list `[...]`" for sequence types and "a map
/// `{...}`" for map types.
pub fn parse_ron<T: DeserializeOwned>(file: &str, bytes: &[u8], limits: &Limits) -> Result<T, Vec<Diagnostic>> {
    let text = decode(file, bytes, limits).map_err(|diagnostic| vec![*diagnostic])?;
    scan(file, text, limits, &expected_top_level::<T>()).map_err(|diagnostic| vec![*diagnostic])?;
    let options = ron::Options::default().with_recursion_limit(limits.max_depth.saturating_add(RECURSION_MARGIN));
    options.from_str(text).map_err(|error| vec![ron_error::diagnostic(file, text, &error, limits)])
}

/// The bytes as text, if they are few enough and UTF-8.
fn decode<'a>(file: &str, bytes: &'a [u8], limits: &Limits) -> Result<&'a str, Box<Diagnostic>> {
    if let Some(diagnostic) = limits.check_size(file, bytes.len() as u64) {
        return Err(Box::new(diagnostic));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(without_bom(text)),
        Err(error) => {
            // The valid prefix gives the position; a lossy copy of the file
            // shows U+FFFD at exactly that column.
            let valid = without_bom(std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default());
            let position = position_of(valid, valid.len());
            let cause = Cause::NotUtf8 { line: position.line, column: position.column };
            Err(Box::new(Diagnostic::error(file, cause).at(Span::new(position.line, position.column, 1)).expected(Expected::Utf8Text)))
        }
    }
}

/// One pass over the tokens for what ron handles badly or dangerously:
/// binary data, deep nesting, huge or unterminated strings and comments,
/// and an empty file.
fn scan(file: &str, text: &str, limits: &Limits, expected_top_level: &Expected) -> Result<(), Box<Diagnostic>> {
    let mut depth = 0_usize;
    let mut previous: Option<Token> = None;
    // A string that runs over a line break and is closed right before a
    // word (`"a,⏎ title: "b`) almost always lacks its closing quote: every
    // quote after it pairs up wrongly, so that is where to point.
    let mut unclosed_suspect: Option<Position> = None;
    for token in Lexer::new(text) {
        if let Some(previous) = previous.replace(token.clone()) {
            let multi_line_string = matches!(previous.kind, TokenKind::Str { .. }) && previous.start.line < previous.end.line;
            let glued = matches!(token.kind, TokenKind::Word | TokenKind::Str { .. }) && token.start == previous.end;
            if multi_line_string && glued {
                unclosed_suspect = unclosed_suspect.or(Some(previous.start));
            }
        }
        let at = Span::new(token.start.line, token.start.column, 1);
        match token.kind {
            TokenKind::Open(_) => {
                depth += 1;
                if depth > limits.max_depth {
                    return Err(Box::new(Diagnostic::error(file, Cause::TooDeep { limit: limits.max_depth }).at(at)));
                }
            }
            TokenKind::Close(_) => depth = depth.saturating_sub(1),
            TokenKind::Str { terminated: false, .. } => {
                let start = unclosed_suspect.unwrap_or(token.start);
                let at = Span::new(start.line, start.column, 1);
                return Err(Box::new(Diagnostic::error(file, Cause::UnterminatedString).at(at).expected(Expected::ClosingQuote)));
            }
            TokenKind::Str { chars, .. } if chars > limits.max_string_chars => {
                let cause = Cause::StringTooLong { chars, limit: limits.max_string_chars };
                return Err(Box::new(Diagnostic::error(file, cause).at(at)));
            }
            TokenKind::Control(c) => {
                let cause = Cause::ControlCharacter { code: u32::from(c), line: token.start.line, column: token.start.column };
                return Err(Box::new(Diagnostic::error(file, cause).at(at).expected(Expected::Text)));
            }
            TokenKind::UnclosedComment => {
                let span = Span::new(token.start.line, token.start.column, span_length(text, token.start, token.start.offset + 2));
                return Err(Box::new(Diagnostic::error(file, Cause::UnterminatedComment).at(span).expected(Expected::ClosingComment)));
            }
            TokenKind::Punct(_) | TokenKind::Word | TokenKind::Str { .. } | TokenKind::Char => {}
        }
    }
    if previous.is_none() {
        return Err(Box::new(Diagnostic::error(file, Cause::EmptyFile { expected: expected_top_level.clone() })));
    }
    Ok(())
}

/// How to name the value a file of type `T` should hold, for messages.
pub(crate) fn expected_top_level<T>() -> Expected {
    let full = std::any::type_name::<T>();
    let base = full.split('<').next().unwrap_or(full);
    let name = base.rsplit("::").next().unwrap_or(base);
    match name {
        "Vec" | "VecDeque" | "BTreeSet" | "IndexSet" | "HashSet" => Expected::List,
        "BTreeMap" | "IndexMap" | "HashMap" => Expected::Map,
        _ if name.starts_with('[') => Expected::List,
        _ => Expected::AStruct(name.to_owned()),
    }
}
