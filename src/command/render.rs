//! Commands back to lines, and lines with their passwords hidden.

use super::Command;
use super::arguments::{Step, walk};
use super::table::{self, COMMANDS};
use super::tokens::{self, Token, needs_quoting, quote};

/// The words after a command's name, before quoting; a spec's `render`
/// fills it and [`render`] puts the line together in the canonical order:
/// positionals, flags, then the words that run to the end of the line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Rendered {
    positionals: Vec<String>,
    flags: Vec<(&'static str, Option<String>)>,
    trailing: Vec<String>,
    /// A whole command line carried by this one (`ask`), already rendered.
    nested: Option<String>,
}

impl Rendered {
    #[must_use]
    pub(crate) fn new() -> Self {
        Self::default()
    }

    #[must_use]
    pub(crate) fn positional(mut self, text: &str) -> Self {
        self.positionals.push(text.to_string());
        self
    }

    #[must_use]
    pub(crate) fn switch(mut self, flag: &'static str, on: bool) -> Self {
        if on {
            self.flags.push((flag, None));
        }
        self
    }

    /// `flag value` when there is a value.
    #[must_use]
    pub(crate) fn value(mut self, flag: &'static str, value: Option<&str>) -> Self {
        if let Some(value) = value {
            self.flags.push((flag, Some(value.to_string())));
        }
        self
    }

    /// Words to the end of the line that join back to `text`: plain words
    /// when single spaces separate them, else one quoted word.
    #[must_use]
    pub(crate) fn trailing_text(mut self, text: &str) -> Self {
        if text.is_empty() {
            return self;
        }
        if text.split(' ').all(|word| !needs_quoting(word)) {
            self.trailing.extend(text.split(' ').map(str::to_string));
        } else {
            self.trailing.push(text.to_string());
        }
        self
    }

    /// One word to the end of the line, kept even when empty.
    #[must_use]
    pub(crate) fn trailing_word(mut self, word: &str) -> Self {
        self.trailing.push(word.to_string());
        self
    }

    #[must_use]
    pub(crate) fn nested(mut self, line: String) -> Self {
        self.nested = Some(line);
        self
    }
}

/// The canonical line for a command: it parses back to the same command.
///
/// `None` for actions the language cannot express: what end users and the
/// attacker do (sign-ins, sessions, mail, password changes, "I know my
/// password" resets), forwarding and rule creation, and values outside the
/// language (an empty change, a methods-required count other than 1 or 2).
#[must_use]
pub fn render(command: &Command) -> Option<String> {
    COMMANDS.iter().find_map(|spec| {
        let rendered = (spec.render)(command)?;
        let mut words = vec![spec.name.to_string()];
        words.extend(rendered.positionals.iter().map(|word| quote(word)));
        for (flag, value) in &rendered.flags {
            words.push((*flag).to_string());
            words.extend(value.iter().map(|value| quote(value)));
        }
        words.extend(rendered.trailing.iter().map(|word| quote(word)));
        words.extend(rendered.nested.clone());
        Some(words.join(" "))
    })
}

const MASK: &str = "***";

/// The line with every password value replaced by `***`, for display,
/// history and session files.
///
/// Only flags declared secret are masked (`user reset-password --password
/// PW`, `sspr reset --password PW`); `notify --password` takes no value, so
/// the word after it is kept. When the command is not recognised, the word
/// after any `--password` is masked anyway, because a typo in the command
/// must not leak the password. A masked line is not meant to be parsed
/// again: it would set the password `***`.
#[must_use]
pub fn mask_secrets(line: &str) -> String {
    // Only flags are secret, and a flag is a word that starts with an
    // unquoted `--`: a line without one has nothing to mask. (Every line
    // is masked several times on its way to the transcript and the file.)
    if !line.contains("--") {
        return line.to_string();
    }
    mask_split(line, &tokens::split(line).tokens)
}

/// [`mask_secrets`] of a line already split into `tokens`.
pub(super) fn mask_split(line: &str, tokens: &[Token]) -> String {
    if !line.contains("--") {
        return line.to_string();
    }
    let mut replacements: Vec<(usize, usize, String)> = Vec::new();
    collect_secrets(tokens, &mut replacements, 0);
    let mut masked = String::with_capacity(line.len());
    let mut copied_to = 0;
    for (start, end, replacement) in replacements {
        if start < copied_to || end > line.len() {
            continue;
        }
        masked.push_str(&line[copied_to..start]);
        masked.push_str(&replacement);
        copied_to = end;
    }
    masked.push_str(&line[copied_to..]);
    masked
}

/// `ask` inside `ask` never parses, but a line may still say it many times;
/// past this depth every `--password` value is masked without looking further.
const NESTING_LIMIT: usize = 4;

fn collect_secrets(tokens: &[Token], replacements: &mut Vec<(usize, usize, String)>, depth: usize) {
    let spec = table::lookup(tokens).filter(|_| depth <= NESTING_LIMIT);
    let Some(spec) = spec else {
        mask_any_password(tokens, replacements);
        return;
    };
    let name_words = spec.name.split(' ').count();
    let walked = walk(spec, tokens.get(name_words..).unwrap_or_default());
    for step in &walked.steps {
        if let Step::Flag { token, name, spec: Some(flag), inline_value, value_token } = *step
            && flag.secret
        {
            if inline_value.is_some() {
                replacements.push((token.start, token.end, format!("{name}={MASK}")));
            }
            if let Some(value) = value_token {
                replacements.push((value.start, value.end, MASK.to_string()));
            }
        }
    }
    if let Some((_, raw)) = walked.raw {
        collect_secrets(raw, replacements, depth + 1);
    }
}

fn mask_any_password(tokens: &[Token], replacements: &mut Vec<(usize, usize, String)>) {
    for (index, token) in tokens.iter().enumerate() {
        if !token.flag_like {
            continue;
        }
        match token.text.split_once('=') {
            Some((name, _)) if name.eq_ignore_ascii_case("--password") => {
                replacements.push((token.start, token.end, format!("{name}={MASK}")));
            }
            None if token.text.eq_ignore_ascii_case("--password") => {
                if let Some(value) = tokens.get(index + 1).filter(|next| !next.flag_like) {
                    replacements.push((value.start, value.end, MASK.to_string()));
                }
            }
            _ => {}
        }
    }
}
