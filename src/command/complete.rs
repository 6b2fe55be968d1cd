//! Tab completion and inline hints, from the command table and the tenant's
//! live state. Kept here, without a terminal, so it can be tested; the REPL's
//! line-editor helper only forwards to it.

use super::MAX_LINE_BYTES;
use super::arguments::{Step, walk};
use super::spec::{CommandSpec, UsageFill, ValueKind};
use super::table::{self, first_words, is_noun, verbs_of};
use super::tokens::{self, Token, quote};
use super::values::SSPR_METHOD_NAMES;
use crate::tenant::Tenant;
use crate::tenant::mailbox::Protocol;
use crate::tenant::role::Role;
use crate::tenant::user::MethodKind;

/// What completion may offer besides the table's own words.
pub trait CompletionSource {
    /// Every name a user can be called by: user principal names and aliases
    /// that only one user has.
    fn users(&self) -> Vec<String>;
    /// Names of the inbox rules in `user`'s mailbox.
    fn rules(&self, user: &str) -> Vec<String>;
    fn groups(&self) -> Vec<String>;
    /// Delegates of `user`'s mailbox.
    fn delegates(&self, user: &str) -> Vec<String>;
    /// Authentication methods registered on `user`.
    fn methods(&self, user: &str) -> Vec<String>;
    /// The Conditional Access named locations.
    fn named_locations(&self) -> Vec<String>;
    /// Display names of the enterprise applications.
    fn apps(&self) -> Vec<String> {
        Vec::new()
    }
}

impl CompletionSource for Tenant {
    fn named_locations(&self) -> Vec<String> {
        self.access.named_locations.iter().map(|location| location.name.clone()).collect()
    }

    fn users(&self) -> Vec<String> {
        let mut names = Vec::new();
        for (_, user) in Tenant::users(self) {
            names.push(user.upn.clone());
            if !self.alias_is_ambiguous(user.alias()) {
                names.push(user.alias().to_string());
            }
        }
        names
    }

    fn rules(&self, user: &str) -> Vec<String> {
        let mailbox = self.find_user(user).and_then(|id| self.user(id).mailbox.as_deref());
        // A hidden rule only once an admin has listed it (`--hidden`):
        // completion offers what the trainee could have seen.
        mailbox
            .map(|mailbox| mailbox.rules.iter().filter(|rule| !rule.hidden || rule.shown_to_admins).map(|rule| rule.name.clone()).collect())
            .unwrap_or_default()
    }

    fn groups(&self) -> Vec<String> {
        self.groups.values().map(|group| group.name.clone()).collect()
    }

    fn apps(&self) -> Vec<String> {
        self.apps.apps.iter().filter(|app| !app.deleted).map(|app| app.display_name.clone()).collect()
    }

    fn delegates(&self, user: &str) -> Vec<String> {
        let mailbox = self.find_user(user).and_then(|id| self.user(id).mailbox.as_deref());
        mailbox.map(|mailbox| mailbox.delegates.iter().map(|delegate| delegate.user.clone()).collect()).unwrap_or_default()
    }

    /// An unknown user gets every method name, so a typo in the name does
    /// not leave the trainee with nothing.
    fn methods(&self, user: &str) -> Vec<String> {
        match self.find_user(user) {
            Some(id) => self.user(id).methods.iter().map(|method| method.kind.name().to_string()).collect(),
            None => MethodKind::ALL.iter().map(|kind| kind.name().to_string()).collect(),
        }
    }
}

/// A command carried by another (`ask`) is completed like a line of its
/// own; this bounds how deep such lines may nest.
const NESTING_LIMIT: usize = 4;

/// The byte offset where the word being completed starts, and the sorted
/// words that may replace everything from there to `cursor`, quoted where
/// they must be.
pub fn complete(line: &str, cursor: usize, source: &dyn CompletionSource) -> (usize, Vec<String>) {
    let mut cursor = cursor.min(line.len());
    while !line.is_char_boundary(cursor) {
        cursor -= 1;
    }
    if cursor > MAX_LINE_BYTES {
        return (cursor, Vec::new());
    }
    if let Some(completed) = crate::powershell::complete::complete(line, cursor, source) {
        return completed;
    }
    let split = tokens::split(&line[..cursor]);
    let (preceding, current) = match split.tokens.split_last() {
        Some((last, before)) if last.end == cursor => (before, Some(last)),
        _ => (split.tokens.as_slice(), None),
    };
    let typed = current.map_or("", |token| token.text.as_str());
    let mut candidates = candidates(preceding, typed, source, 0);
    if preceding.is_empty() {
        candidates.extend(crate::powershell::complete::cmdlet_names(typed));
    }
    candidates.sort();
    candidates.dedup();
    (current.map_or(cursor, |token| token.start), candidates)
}

/// Grey text to show after the line: the rest of the word when only one
/// completion fits, else the part of the usage line not yet typed.
pub fn hint(line: &str, source: &dyn CompletionSource) -> Option<String> {
    if line.len() > MAX_LINE_BYTES || line.trim().is_empty() {
        return None;
    }
    if crate::powershell::is_powershell(line) {
        return crate::powershell::complete::hint(line, source);
    }
    let (start, candidates) = complete(line, line.len(), source);
    let typed = &line[start..];
    if let [only] = candidates.as_slice()
        && !typed.is_empty()
        && let Some(rest) = only.strip_prefix(typed)
        && !rest.is_empty()
    {
        return Some(rest.to_string());
    }
    let rest = remaining_usage(&tokens::split(line).tokens, 0)?;
    let separator = if line.ends_with(char::is_whitespace) { "" } else { " " };
    (!rest.is_empty()).then(|| format!("{separator}{rest}"))
}

fn candidates(preceding: &[Token], typed: &str, source: &dyn CompletionSource, depth: usize) -> Vec<String> {
    if depth > NESTING_LIMIT {
        return Vec::new();
    }
    if let Some(names) = names_after(preceding) {
        return offer(names.iter().map(|name| (*name).to_string()), typed, false);
    }
    let Some(spec) = table::lookup(preceding) else { return Vec::new() };
    let rest = preceding.get(spec.name.split(' ').count()..).unwrap_or_default();
    let walked = walk(spec, rest);
    let user = walked.steps.iter().find_map(|step| match step {
        Step::Positional { token, argument: Some(0) } => Some(token.text.as_str()),
        _ => None,
    });
    if let Some((argument, raw)) = walked.raw {
        return nested(spec.arguments[argument].kind, raw, typed, source, depth);
    }
    if let Some(Step::Flag { spec: Some(flag), inline_value: None, value_token: None, .. }) = walked.steps.last()
        && let Some(value) = flag.value
    {
        return offer(values(value.kind, user.unwrap_or_default(), typed, source), typed, true);
    }
    if !walked.only_positionals && typed.starts_with('-') {
        return flags(spec, &walked.steps, typed, user.unwrap_or_default(), source);
    }
    if let Some(argument) = walked.next_argument.and_then(|index| spec.arguments.get(index)) {
        if argument.kind.is_raw() {
            return nested(argument.kind, &[], typed, source, depth);
        }
        let offered = offer(values(argument.kind, user.unwrap_or_default(), typed, source), typed, true);
        if !offered.is_empty() || !typed.is_empty() {
            return offered;
        }
    }
    if typed.is_empty() && !walked.only_positionals {
        flags(spec, &walked.steps, typed, user.unwrap_or_default(), source)
    } else {
        Vec::new()
    }
}

/// First words at the start of a line, verbs after a noun.
fn names_after(preceding: &[Token]) -> Option<Vec<&'static str>> {
    match preceding {
        [] => Some(first_words()),
        [noun] if is_noun(&noun.text) && table::lookup(preceding).is_none() => Some(verbs_of(&noun.text)),
        _ => None,
    }
}

/// Completion inside a carried command line: a whole command for `ask`,
/// only names for `help`.
fn nested(kind: ValueKind, raw: &[Token], typed: &str, source: &dyn CompletionSource, depth: usize) -> Vec<String> {
    match kind {
        ValueKind::Topic => {
            names_after(raw).map(|names| offer(names.iter().map(|name| (*name).to_string()), typed, false)).unwrap_or_default()
        }
        _ => candidates(raw, typed, source, depth + 1),
    }
}

/// Flags that may still be given, or the values of `--flag=` when that is typed.
fn flags(spec: &CommandSpec, steps: &[Step], typed: &str, user: &str, source: &dyn CompletionSource) -> Vec<String> {
    if let Some((name, value_typed)) = typed.split_once('=') {
        let Some(value) = spec.flag(name).and_then(|flag| flag.value) else { return Vec::new() };
        let offered = offer(values(value.kind, user, value_typed, source), value_typed, true);
        return offered.into_iter().map(|value| format!("{name}={value}")).collect();
    }
    let given: Vec<&str> = steps
        .iter()
        .filter_map(|step| match step {
            Step::Flag { spec: Some(flag), .. } => Some(flag.name),
            _ => None,
        })
        .collect();
    // A flag given rules out the alternatives it belongs with.
    let ruled_out: Vec<&str> = spec
        .flag_groups()
        .iter()
        .filter(|group| group.flags.iter().any(|flag| given.contains(&flag.name)))
        .flat_map(|group| group.flags.iter().map(|flag| flag.name))
        .collect();
    offer(spec.flags.iter().filter(|flag| !ruled_out.contains(&flag.name)).map(|flag| flag.name.to_string()), typed, false)
}

/// Everything a value of this kind could be, before matching what is typed.
fn values(kind: ValueKind, user: &str, typed: &str, source: &dyn CompletionSource) -> Vec<String> {
    let owned = |names: &[&str]| names.iter().map(|name| (*name).to_string()).collect();
    match kind {
        ValueKind::User => source.users(),
        ValueKind::Role => Role::ALL.iter().map(|role| role.alias().to_string()).collect(),
        ValueKind::Method => source.methods(user),
        ValueKind::Rule => source.rules(user),
        ValueKind::Delegate => source.delegates(user),
        ValueKind::Group => source.groups(),
        ValueKind::App => source.apps(),
        ValueKind::Protocol => Protocol::ALL.iter().map(|protocol| protocol.name().to_string()).collect(),
        ValueKind::Choice(choices) => owned(choices),
        ValueKind::SsprMethods => {
            let done = typed.rfind(',').map_or("", |comma| &typed[..=comma]);
            SSPR_METHOD_NAMES.iter().map(|name| format!("{done}{name}")).collect()
        }
        ValueKind::NamedLocations => {
            let done = typed.rfind(',').map_or("", |comma| &typed[..=comma]);
            let chosen: Vec<&str> = done.split(',').map(str::trim).collect();
            source
                .named_locations()
                .into_iter()
                .filter(|name| !chosen.iter().any(|chosen| chosen.eq_ignore_ascii_case(name)))
                .map(|name| format!("{done}{name}"))
                .collect()
        }
        ValueKind::Duration
        | ValueKind::Number
        | ValueKind::Text
        | ValueKind::Message
        | ValueKind::Address
        | ValueKind::Phone
        | ValueKind::Password
        | ValueKind::Command
        | ValueKind::Topic => Vec::new(),
    }
}

/// The values that start with what is typed (case ignored), quoted when
/// they are words of the line.
fn offer(values: impl IntoIterator<Item = String>, typed: &str, as_words: bool) -> Vec<String> {
    let typed = typed.to_lowercase();
    values
        .into_iter()
        .filter(|value| value.to_lowercase().starts_with(&typed))
        .map(|value| if as_words { quote(&value) } else { value })
        .collect()
}

/// The usage parts nothing on the line fills yet, or the value a trailing
/// flag still needs.
fn remaining_usage(tokens: &[Token], depth: usize) -> Option<String> {
    if depth > NESTING_LIMIT {
        return None;
    }
    let spec = table::lookup(tokens)?;
    let walked = walk(spec, tokens.get(spec.name.split(' ').count()..).unwrap_or_default());
    if let Some((argument, raw)) = walked.raw {
        return (spec.arguments[argument].kind == ValueKind::Command).then(|| remaining_usage(raw, depth + 1)).flatten();
    }
    if let Some(Step::Flag { spec: Some(flag), inline_value: None, value_token: None, .. }) = walked.steps.last()
        && let Some(value) = flag.value
    {
        return Some(value.usage());
    }
    let filled =
        |index: usize| walked.steps.iter().any(|step| matches!(step, Step::Positional { argument: Some(own), .. } if *own == index));
    let used =
        |names: &[&str]| walked.steps.iter().any(|step| matches!(step, Step::Flag { spec: Some(flag), .. } if names.contains(&flag.name)));
    let parts: Vec<String> = spec
        .usage_parts()
        .into_iter()
        .filter(|part| match &part.fills {
            UsageFill::Argument(index) => !filled(*index),
            UsageFill::Flags(names) => !used(names),
        })
        .map(|part| part.text)
        .collect();
    Some(parts.join(" "))
}
