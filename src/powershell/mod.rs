//! The second dialect of the trainee's line: Exchange Online and Microsoft
//! Graph PowerShell. A line whose first word has the `Verb-Noun` shape of a
//! cmdlet is PowerShell; every other line is the `noun verb` language of
//! [`crate::command`].
//!
//! Cmdlets map to the one vocabulary, [`crate::action::Action`], so the
//! procedures, the scorer and the property tests see the same actions
//! whichever dialect the trainee typed. This module parses ([`syntax`]),
//! binds arguments to the declared cmdlets ([`cmdlets`]) and shapes and
//! formats output objects ([`objects`]); running a pipeline against the
//! simulation, with the session's connections, is the drill's
//! (`crate::drill::powershell`). PowerShell's own output and errors are
//! English in every language, as in the real products.

pub mod cmdlets;
pub mod complete;
pub mod objects;
pub mod render;
pub mod syntax;

pub use render::render;
pub use syntax::{Script, SyntaxError};

/// A PowerShell line, parsed (or why not).
pub type Parsed = Result<Script, SyntaxError>;

/// Whether a line is PowerShell: its first word is a `Verb-Noun` cmdlet
/// name (known or not: an unknown cmdlet gets PowerShell's own error),
/// unless it is one of the command language's words (`reset-password`
/// typed without its noun gets the command language's suggestion).
#[must_use]
pub fn is_powershell(line: &str) -> bool {
    line.split_whitespace().next().is_some_and(|first| {
        cmdlets::starts_powershell(first)
            && (cmdlets::find(first).is_some()
                || !crate::command::COMMANDS.iter().any(|spec| spec.name.split(' ').any(|word| word.eq_ignore_ascii_case(first))))
    })
}

/// Parameter names whose values are passwords.
const SECRET_PARAMETERS: &[&str] = &["password", "newpassword", "oldpassword", "currentpassword"];
/// Hashtable keys whose values are passwords (`-PasswordProfile @{Password=...}`).
const SECRET_KEYS: &[&str] = &["password"];

/// The line with every password value replaced by `***`, and the values
/// hidden: the value after a hashtable key `Password` (`@{Password='x'}`)
/// and after a `-Password`-like parameter. Structural, like the `noun verb`
/// masking: any spelling of the key is caught, quoted or not.
///
/// Masking is repeated until it changes nothing, so masking a masked line
/// gives it back however oddly the line lexes; a line that has not settled
/// after a few rounds has everything after its first password key hidden.
#[must_use]
pub fn mask(line: &str) -> (String, Vec<String>) {
    const ROUNDS: usize = 8;
    let (mut masked, mut hidden) = mask_once(line);
    if masked == line {
        // Nothing was hidden: another round would give the same line back.
        return (masked, hidden);
    }
    for _ in 0..ROUNDS {
        let (again, more) = mask_once(&masked);
        if again == masked {
            return (masked, hidden);
        }
        masked = again;
        hidden.extend(more.into_iter().filter(|text| text != "***"));
    }
    let (cut, _) = mask_unlexed(line);
    (cut, hidden)
}

/// One round of [`mask`].
fn mask_once(line: &str) -> (String, Vec<String>) {
    let Ok(tokens) = syntax::lex(line) else { return mask_unlexed(line) };
    let mut ranges = Vec::new();
    let mut hidden = Vec::new();
    for (index, token) in tokens.iter().enumerate() {
        let secret_next = match &token.kind {
            syntax::Tok::Param { name, .. } => SECRET_PARAMETERS.contains(&name.to_ascii_lowercase().as_str()),
            syntax::Tok::Equals => index
                .checked_sub(1)
                .and_then(|before| tokens.get(before))
                .is_some_and(|key| matches!(&key.kind, syntax::Tok::Word(word) | syntax::Tok::Str(word) if SECRET_KEYS.contains(&word.to_ascii_lowercase().as_str()))),
            _ => false,
        };
        if !secret_next {
            continue;
        }
        // The value, with every word, string or number glued to it
        // (`'x'G'y'` is one argument to PowerShell): masking only its first
        // piece would leave the rest of the password, and masking the
        // masked line again would hide more.
        let mut end = None;
        let mut text = String::new();
        for value in tokens.iter().skip(index + 1) {
            if end.is_some_and(|end| value.start != end) {
                break;
            }
            match &value.kind {
                syntax::Tok::Word(piece) | syntax::Tok::Str(piece) => text.push_str(piece),
                syntax::Tok::Number(number) => text.push_str(&number.to_string()),
                // What separates values ends it.
                syntax::Tok::Comma | syntax::Tok::Pipe | syntax::Tok::Semicolon | syntax::Tok::RBrace | syntax::Tok::RParen => break,
                // Nothing else starts a password; glued to one, it is part of it.
                _ if end.is_none() => break,
                _ => text.push_str(line.get(value.start..value.end).unwrap_or_default()),
            }
            end = Some(value.end);
        }
        if let (Some(value), Some(end)) = (tokens.get(index + 1), end) {
            ranges.push((value.start, end));
            hidden.push(text);
        }
    }
    let mut masked = line.to_string();
    for (start, end) in ranges.into_iter().rev() {
        if masked.is_char_boundary(start) && masked.is_char_boundary(end) && start <= end {
            masked.replace_range(start..end, "***");
        }
    }
    (masked, hidden)
}

/// A line that does not lex (an unterminated quote): everything after a
/// password key is hidden, since where the value ends is unknown.
fn mask_unlexed(line: &str) -> (String, Vec<String>) {
    let lower = line.to_ascii_lowercase();
    let cut = ["password", "-password"].iter().filter_map(|key| lower.find(key).map(|at| at + key.len())).min();
    match cut {
        Some(at) if line.is_char_boundary(at) => {
            let rest = line[at..].trim_start_matches([' ', '=', ':']);
            let start = line.len() - rest.len();
            if rest.is_empty() {
                return (line.to_string(), Vec::new());
            }
            (format!("{}***", &line[..start]), vec![rest.trim_matches(['\'', '"']).to_string()])
        }
        _ => (line.to_string(), Vec::new()),
    }
}
