//! Seed variations: `{name}` placeholders in a scenario's strings, each
//! replaced by one of its declared values, chosen from the seed.
//!
//! Substitution works on the file's text, so a variation can appear
//! anywhere a string can (user names, rule names, times, addresses) and the
//! instantiated file parses with the same rules as the template. Values are
//! restricted to characters that cannot end a string or open a placeholder,
//! so a substituted file is always well-formed where the template was.

use crate::random::{SimRandom, Stream};
use indexmap::IndexMap;

/// A variable's name: lower-case letters, digits and `_`.
#[must_use]
pub fn is_variable_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 40
        && name.chars().all(|character| character.is_ascii_lowercase() || character.is_ascii_digit() || character == '_')
}

/// Whether a value can be put inside a RON string unchanged.
#[must_use]
pub(crate) fn is_safe_value(value: &str) -> bool {
    value.len() <= 200 && !value.chars().any(|character| matches!(character, '"' | '\\' | '{' | '}') || character.is_control())
}

/// The values chosen for `seed`, in declaration order.
#[must_use]
pub fn choose(variables: &IndexMap<String, Vec<String>>, seed: u64) -> IndexMap<String, String> {
    // A generator of its own, so adding a variable never changes the
    // simulation's draws for the same seed.
    let mut random = SimRandom::new(seed ^ 0x7661_7269_6174_696f);
    variables.iter().map(|(name, values)| (name.clone(), random.pick(Stream::Generation, values).cloned().unwrap_or_default())).collect()
}

/// Replaces each `{name}` of a declared variable; other braces stay, as do
/// the braces of a `\u{...}` escape.
#[must_use]
pub fn substitute(text: &str, chosen: &IndexMap<String, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let replaced = if opens_unicode_escape(&out) {
            None
        } else {
            after.find('}').and_then(|close| chosen.get(&after[..close]).map(|value| (close, value)))
        };
        if let Some((close, value)) = replaced {
            let following = &after[close + 1..];
            // Addresses are shown in one case, the tenant's lower-case form:
            // `{first}@contoso.com` with `Signe` gives `signe@contoso.com`.
            if in_address(&out, following) {
                out.push_str(&value.to_lowercase());
            } else {
                out.push_str(value);
            }
            rest = following;
        } else {
            out.push('{');
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// Whether a placeholder between `before` and `after` is part of an email
/// address: the word around it (up to spaces, quotes and brackets) has an `@`.
fn in_address(before: &str, after: &str) -> bool {
    let boundary = |character: char| character.is_whitespace() || matches!(character, '"' | '(' | ')' | '[' | ']' | ',' | '<' | '>' | ':');
    let word_before = before.rsplit(boundary).next().unwrap_or_default();
    let word_after = after.split(boundary).next().unwrap_or_default();
    word_before.contains('@') || word_after.contains('@')
}

/// Every `{word}` in the text that looks like a placeholder, with its byte
/// offset: for reporting undeclared ones. The `{e9}` of a `\u{e9}` escape
/// is a character, not a placeholder.
#[must_use]
pub fn placeholders(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut offset = 0;
    while let Some(open) = text[offset..].find('{') {
        let start = offset + open;
        let after = &text[start + 1..];
        if opens_unicode_escape(&text[..start]) {
            offset = start + 1;
            continue;
        }
        if let Some(close) = after.find('}') {
            let name = &after[..close];
            if is_variable_name(name) {
                found.push((start, name.to_string()));
            }
        }
        offset = start + 1;
    }
    found
}

/// Whether a `{` right after `before` opens a `\u{...}` escape: `before`
/// ends in `u` preceded by an odd number of backslashes (an even number is
/// escaped backslashes, then a plain `u`).
fn opens_unicode_escape(before: &str) -> bool {
    let Some(rest) = before.strip_suffix('u') else { return false };
    rest.bytes().rev().take_while(|byte| *byte == b'\\').count() % 2 == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitutes_declared_names_only() {
        let chosen: IndexMap<String, String> = [("rule".to_string(), "RSS".to_string())].into_iter().collect();
        assert_eq!(
            substitute(r#"name: "{rule}", map: { "a": 1 }, other: "{else}""#, &chosen),
            r#"name: "RSS", map: { "a": 1 }, other: "{else}""#
        );
    }

    #[test]
    fn choice_depends_on_the_seed_only() {
        let variables: IndexMap<String, Vec<String>> =
            [("x".to_string(), vec!["a".to_string(), "b".to_string(), "c".to_string()])].into_iter().collect();
        assert_eq!(choose(&variables, 5), choose(&variables, 5));
        let seen: std::collections::BTreeSet<String> = (0..50).map(|seed| choose(&variables, seed)["x"].clone()).collect();
        assert_eq!(seen.len(), 3);
    }
}
