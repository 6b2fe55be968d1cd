//! Tab completion and inline hints for PowerShell lines: cmdlet names,
//! parameters after `-`, and values (users, inbox rules, access rights,
//! scopes) from the same [`CompletionSource`] the command language uses.

use super::cmdlets::{self, CMDLETS, Cmdlet, ParamKind};
use crate::command::CompletionSource;

/// The delegated scopes `Connect-MgGraph -Scopes` completes.
const SCOPES: &[&str] = &[
    "AuditLog.Read.All",
    "Device.Read.All",
    "Device.ReadWrite.All",
    "Directory.AccessAsUser.All",
    "Directory.Read.All",
    "Directory.ReadWrite.All",
    "Domain.ReadWrite.All",
    "Policy.ReadWrite.AuthenticationMethod",
    "RoleManagement.Read.Directory",
    "RoleManagement.ReadWrite.Directory",
    "SecurityAlert.Read.All",
    "SecurityAlert.ReadWrite.All",
    "User.Read.All",
    "User.ReadWrite.All",
    "User.RevokeSessions.All",
    "UserAuthenticationMethod.Read.All",
    "UserAuthenticationMethod.ReadWrite.All",
];

/// Parameters whose value names a user or mailbox.
const USER_PARAMETERS: &[&str] =
    &["Identity", "Mailbox", "UserId", "SenderAddress", "RecipientAddress", "User", "ForwardingAddress", "UserIds", "UserPrincipalName"];

/// A word of the segment being typed, with where it starts.
struct Word<'line> {
    text: &'line str,
    start: usize,
}

fn words(line: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut quote = None;
    for (index, character) in line.char_indices() {
        match (start, quote) {
            (Some(_), Some(open)) if character == open => quote = None,
            (Some(begin), None) if character.is_whitespace() => {
                out.push(Word { text: &line[begin..index], start: begin });
                start = None;
            }
            (Some(_), None) if character == '\'' || character == '"' => quote = Some(character),
            (Some(_), _) => {}
            (None, _) if character.is_whitespace() => {}
            (None, _) => {
                start = Some(index);
                if character == '\'' || character == '"' {
                    quote = Some(character);
                }
            }
        }
    }
    if let Some(begin) = start {
        out.push(Word { text: &line[begin..], start: begin });
    }
    out
}

fn quote(name: &str) -> String {
    if name.chars().all(|character| character.is_ascii_alphanumeric() || "@._-".contains(character)) {
        name.to_string()
    } else {
        super::render::quote(name)
    }
}

fn unquote(word: &str) -> &str {
    word.trim_matches(|character| character == '\'' || character == '"')
}

fn offer(names: impl IntoIterator<Item = String>, typed: &str) -> Vec<String> {
    let typed = unquote(typed).to_ascii_lowercase();
    let mut out: Vec<String> =
        names.into_iter().filter(|name| name.to_ascii_lowercase().starts_with(&typed)).map(|name| quote(&name)).collect();
    out.sort();
    out.dedup();
    out
}

/// The cmdlet and the words typed after it in the pipeline segment the
/// cursor is in, and the word being typed (empty after a space).
fn segment(line: &str) -> (usize, Vec<Word<'_>>, bool) {
    let offset = line.rfind('|').map_or(0, |bar| bar + 1);
    let ends_in_space = line.ends_with(char::is_whitespace) || line.len() == offset;
    let mut segment = words(&line[offset..]);
    for word in &mut segment {
        word.start += offset;
    }
    (offset, segment, ends_in_space)
}

/// Completes a PowerShell line: `None` when the line is not PowerShell (the
/// command language completes it), else where the word starts and the
/// candidates.
#[must_use]
pub fn complete(line: &str, cursor: usize, source: &dyn CompletionSource) -> Option<(usize, Vec<String>)> {
    let before = line.get(..cursor)?;
    let first = before.split_whitespace().next()?;
    let typing_first = !before.contains(char::is_whitespace);
    // A first word without `-` may be either language's: the command
    // language completes it and adds the cmdlets ([`cmdlet_names`]).
    if !(super::is_powershell(before) || (typing_first && first.contains('-'))) {
        return None;
    }
    let (offset, words, ends_in_space) = segment(before);
    let (typed, start) = if ends_in_space { ("", cursor) } else { words.last().map_or(("", cursor), |word| (word.text, word.start)) };
    let settled = if ends_in_space { &words[..] } else { &words[..words.len().saturating_sub(1)] };
    let Some(name) = settled.first() else {
        let start = if typed.is_empty() { offset.max(start) } else { start };
        return Some((start, offer(CMDLETS.iter().map(|cmdlet| cmdlet.name.to_string()), typed)));
    };
    let Some(cmdlet) = cmdlets::find(name.text) else { return Some((start, Vec::new())) };
    if typed.starts_with('-') {
        let given: Vec<String> = settled.iter().filter_map(|word| word.text.strip_prefix('-')).map(str::to_ascii_lowercase).collect();
        let names = cmdlet
            .params
            .iter()
            .filter(|param| !given.iter().any(|given| given.split(':').next() == Some(&param.name.to_ascii_lowercase())))
            .map(|param| format!("-{}", param.name));
        return Some((start, offer(names, typed)));
    }
    Some((start, values(cmdlet, settled, typed, source)))
}

/// The cmdlets whose names start with `typed` (any case), for the first
/// word of a line; none for an empty word, which the command language's
/// nouns answer.
#[must_use]
pub fn cmdlet_names(typed: &str) -> Vec<String> {
    if typed.is_empty() {
        return Vec::new();
    }
    offer(CMDLETS.iter().map(|cmdlet| cmdlet.name.to_string()), typed)
}

/// The value of `-name` among the settled words.
fn value_of<'a>(words: &'a [Word<'_>], name: &str) -> Option<&'a str> {
    let at = words.iter().position(|word| word.text.strip_prefix('-').is_some_and(|typed| typed.eq_ignore_ascii_case(name)))?;
    words.get(at + 1).map(|word| unquote(word.text))
}

fn values(cmdlet: &Cmdlet, settled: &[Word<'_>], typed: &str, source: &dyn CompletionSource) -> Vec<String> {
    let previous = settled.last().and_then(|word| word.text.strip_prefix('-'));
    let parameter = match previous {
        Some(name) => cmdlet.params.iter().find(|param| param.name.eq_ignore_ascii_case(name.trim_end_matches(':'))),
        // A positional value: the cmdlet's first positional parameter.
        None if settled.len() == 1 => cmdlet.params.iter().find(|param| param.position.is_some()),
        None => None,
    };
    let Some(parameter) = parameter.filter(|param| param.kind == ParamKind::Value) else { return Vec::new() };
    let mailbox = value_of(settled, "Mailbox");
    match parameter.name {
        "Identity" if cmdlet.name.ends_with("-InboxRule") => offer(mailbox.map(|mailbox| source.rules(mailbox)).unwrap_or_default(), typed),
        "User" if cmdlet.name == "Remove-MailboxPermission" => {
            let owner = settled
                .get(1)
                .map(|word| unquote(word.text))
                .filter(|word| !word.starts_with('-'))
                .or_else(|| value_of(settled, "Identity"));
            offer(owner.map(|owner| source.delegates(owner)).unwrap_or_default(), typed)
        }
        name if USER_PARAMETERS.contains(&name) => offer(source.users(), typed),
        "AccessRights" => offer(["FullAccess", "ReadPermission", "SendAs"].map(str::to_string), typed),
        "PerUserMfaState" => offer(["enforced".to_string()], typed),
        "Scopes" => offer(SCOPES.iter().map(|scope| (*scope).to_string()), typed),
        "DirectoryRoleId" => {
            offer(crate::tenant::role::Role::ALL.into_iter().filter_map(super::objects::role_id).map(str::to_string), typed)
        }
        "ActionWhenThresholdReached" => offer(["Alert", "BlockUser", "BlockUserForToday"].map(str::to_string), typed),
        "AutoForwardingMode" => offer(["Automatic", "Off", "On"].map(str::to_string), typed),
        "Status" if cmdlet.name == "Update-MgSecurityAlertV2" => offer(["resolved".to_string()], typed),
        "Classification" => offer(["falsePositive", "informationalExpectedActivity", "truePositive"].map(str::to_string), typed),
        _ => Vec::new(),
    }
}

/// Grey text after a PowerShell line: the rest of the only completion, or
/// the parameters not typed yet (mandatory ones first).
#[must_use]
pub fn hint(line: &str, source: &dyn CompletionSource) -> Option<String> {
    let (start, candidates) = complete(line, line.len(), source)?;
    let typed = line.get(start..).unwrap_or_default();
    if let [only] = candidates.as_slice()
        && !typed.is_empty()
        && let Some(rest) = only.strip_prefix(typed)
        && !rest.is_empty()
    {
        return Some(rest.to_string());
    }
    let (_, words, _) = segment(line);
    let cmdlet = cmdlets::find(words.first()?.text)?;
    let given: Vec<String> = words.iter().filter_map(|word| word.text.strip_prefix('-')).map(str::to_ascii_lowercase).collect();
    let mut missing: Vec<&cmdlets::Param> = cmdlet
        .params
        .iter()
        .filter(|param| !matches!(param.name, "WhatIf" | "Confirm"))
        .filter(|param| !given.iter().any(|given| given.split(':').next() == Some(&param.name.to_ascii_lowercase())))
        .collect();
    if words.len() > 1 && !words.iter().skip(1).any(|word| word.text.starts_with('-')) {
        // A positional value was typed: its parameter is given.
        missing.retain(|param| param.position.is_none());
    }
    missing.sort_by_key(|param| !param.mandatory);
    let shown: Vec<String> = missing
        .iter()
        .take(3)
        .map(|param| match (param.kind, param.mandatory) {
            (ParamKind::Switch, _) => format!("[-{}]", param.name),
            (ParamKind::Value, true) => format!("-{} <value>", param.name),
            (ParamKind::Value, false) => format!("[-{} <value>]", param.name),
        })
        .collect();
    if shown.is_empty() {
        return None;
    }
    let separator = if line.ends_with(char::is_whitespace) { "" } else { " " };
    Some(format!("{separator}{}", shown.join(" ")))
}
