//! Spans for problems found after parsing.
//!
//! serde keeps no positions, so a validator that finds, say, a step naming
//! an unknown role searches the source for the literal it complains about.
//! Searching tokens rather than raw text means a match inside a comment or
//! inside a longer string never counts.

use super::Span;
use super::lexer::{Lexer, Token, TokenKind, span_length, without_bom};

/// Where the `occurrence`-th (0 = first) string literal whose value is
/// `value` appears, optionally only where it directly follows `field:`.
/// The span covers the whole literal, quotes included, up to the end of its
/// first line.
pub fn locate_string(text: &str, value: &str, field: Option<&str>, occurrence: usize) -> Option<Span> {
    let text = without_bom(text);
    let tokens: Vec<Token> = Lexer::new(text).collect();
    tokens
        .iter()
        .enumerate()
        .filter(|(_, token)| string_value(text, token).is_some_and(|found| found == value))
        .filter(|&(index, _)| field.is_none_or(|field| index >= 2 && is_field_colon(text, &tokens[index - 2..index], field)))
        .nth(occurrence)
        .map(|(_, token)| Span::new(token.start.line, token.start.column, span_length(text, token.start, token.end.offset)))
}

/// Where the `occurrence`-th (0 = first) `field:` appears; the span covers
/// the field name.
pub fn locate_field(text: &str, field: &str, occurrence: usize) -> Option<Span> {
    let text = without_bom(text);
    let tokens: Vec<Token> = Lexer::new(text).collect();
    tokens
        .windows(2)
        .filter(|pair| is_field_colon(text, pair, field))
        .nth(occurrence)
        .map(|pair| Span::new(pair[0].start.line, pair[0].start.column, span_length(text, pair[0].start, pair[0].end.offset)))
}

pub(crate) fn is_field_colon(text: &str, pair: &[Token], field: &str) -> bool {
    let [name, colon] = pair else { return false };
    let name_text = &text[name.start.offset..name.end.offset];
    name.kind == TokenKind::Word
        && colon.kind == TokenKind::Punct(':')
        && (name_text == field || name_text.strip_prefix("r#") == Some(field))
}

/// The value of a string literal token, with the common escapes decoded.
fn string_value(text: &str, token: &Token) -> Option<String> {
    let TokenKind::Str { content, terminated: true, raw, .. } = &token.kind else { return None };
    let content = &text[content.clone()];
    if *raw { Some(content.to_owned()) } else { unescape(content) }
}

/// Decodes RON's string escapes; `None` for a malformed one.
fn unescape(content: &str) -> Option<String> {
    let mut value = String::with_capacity(content.len());
    let mut chars = content.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        let decoded = match chars.next()? {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            '0' => '\0',
            'u' => {
                let rest = chars.as_str().strip_prefix('{')?;
                let (hex, after) = rest.split_once('}')?;
                chars = after.chars();
                char::from_u32(u32::from_str_radix(hex, 16).ok()?)?
            }
            'x' => {
                // Only the ASCII form; multi-byte `\x` sequences are too rare to decode here.
                let hex: String = chars.by_ref().take(2).collect();
                char::from(u8::from_str_radix(&hex, 16).ok().filter(u8::is_ascii)?)
            }
            other => other,
        };
        value.push(decoded);
    }
    Some(value)
}
