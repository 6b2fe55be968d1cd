//! Commands back to lines, and lines with their passwords hidden.

use super::Command;
use super::arguments::{Step, walk};
use super::suggest::did_you_mean;
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
/// language (an empty change, a methods-required count other than 1 or 2),
/// and commands whose canonical line would be longer than
/// [`super::MAX_LINE_BYTES`] (quoting a long `help` topic can add bytes), so
/// that every rendering parses back.
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
        let line = words.join(" ");
        // Quoting can make the line longer than the one typed; a line the
        // parser would refuse is no rendering at all.
        (line.len() <= super::MAX_LINE_BYTES).then_some(line)
    })
}

const MASK: &str = "***";

/// The line with every password value, and every word that could be one,
/// replaced by `***`, for display, history and session files.
///
/// The rule is structural, not a list of spellings, so a mistyped command
/// cannot leak a password:
/// - the value of a flag declared secret (`user reset-password --password
///   PW`, `sspr reset --password PW`), and the word after a secret flag that
///   lacks its value (a password that starts with `--`);
/// - the value after any flag the command does not know (`--pasword PW`),
///   inline (`--pasword=PW`) or as the next word;
/// - every word the parser cannot place (a password given without its
///   flag, after an em dash, or quoted);
/// - for a line whose command is not recognised, every word after the
///   command's first word (and its second, when the first is a noun), and
///   every flag-like word that is no command's flag; a flag's name is kept.
/// - a flag-like word that neither is nor resembles ("did you mean") any
///   command's flag is hidden whole: it may be a password starting with `--`.
///
/// `notify --password` takes no value, so the words after it (the message)
/// are kept. A masked line is not meant to be parsed again: it would set
/// the password `***`.
#[must_use]
pub fn mask_secrets(line: &str) -> String {
    if crate::powershell::is_powershell(line) {
        return crate::powershell::mask(line).0;
    }
    mask_split(line, &tokens::split(line).tokens)
}

/// [`mask_secrets`] of a line already split into `tokens`.
pub(super) fn mask_split(line: &str, tokens: &[Token]) -> String {
    mask_split_hidden(line, tokens).0
}

/// [`mask_split`], and the words it hid (quotes removed), so that a reply
/// quoting one (`unexpected argument 'PW'`) can hide it too.
pub(super) fn mask_split_hidden(line: &str, tokens: &[Token]) -> (String, Vec<String>) {
    let mut replacements: Vec<(usize, usize, String, &Token)> = Vec::new();
    collect_secrets(tokens, &mut replacements, 0);
    replacements.sort_by_key(|(start, ..)| *start);
    let mut masked = String::with_capacity(line.len());
    let mut hidden = Vec::new();
    let mut copied_to = 0;
    for (start, end, mut replacement, token) in replacements {
        if start < copied_to || end > line.len() {
            continue;
        }
        // A flag whose name was typed with quotes in it (`--a"b"=PW`) is
        // hidden whole: written without its quotes, the name would not read
        // back as one word, and masking again would differ.
        if let Some(name) = replacement.strip_suffix(MASK).filter(|name| name.ends_with('='))
            && !line[start..end].starts_with(name)
        {
            replacement = FLAG_MASK.to_string();
        }
        masked.push_str(&line[copied_to..start]);
        masked.push_str(&replacement);
        copied_to = end;
        let word = token
            .text
            .split_once('=')
            .filter(|_| token.flag_like && replacement.ends_with("=***"))
            .map_or(token.text.as_str(), |(_, value)| value);
        hidden.push(word.to_string());
    }
    masked.push_str(&line[copied_to..]);
    (masked, hidden)
}

/// `ask` inside `ask` never parses, but a line may still say it many times;
/// past this depth the rest is masked as an unrecognised command.
const NESTING_LIMIT: usize = 4;

type Replacements<'t> = Vec<(usize, usize, String, &'t Token)>;

/// A hidden word is `***`; a hidden word that would read as a flag is
/// `--***`, so that the masked line still parses (and fails) as the typed
/// one did: `--password --***` still lacks its value.
fn hide_whole<'t>(token: &'t Token, replacements: &mut Replacements<'t>) {
    let mask = if token.flag_like { FLAG_MASK } else { MASK };
    replacements.push((token.start, token.end, mask.to_string(), token));
}

const FLAG_MASK: &str = "--***";

/// `--flag=***` (see [`mask_split_hidden`] for a name typed with quotes).
fn hide_inline<'t>(token: &'t Token, name: &str, replacements: &mut Replacements<'t>) {
    replacements.push((token.start, token.end, format!("{name}={MASK}"), token));
}

fn collect_secrets<'t>(tokens: &'t [Token], replacements: &mut Replacements<'t>, depth: usize) {
    if depth == 0 && tokens.first().is_some_and(|first| first.text.starts_with('#')) {
        mask_comment(tokens, replacements);
        return;
    }
    let spec = table::lookup(tokens).filter(|_| depth <= NESTING_LIMIT);
    let Some(spec) = spec else {
        mask_unrecognised(tokens, replacements);
        return;
    };
    let name_words = spec.name.split(' ').count();
    let rest = tokens.get(name_words..).unwrap_or_default();
    let walked = walk(spec, rest);
    // Words hidden by position in `rest`: the word after an unknown flag,
    // or after a secret flag that went without its value.
    let mut hide_next: Vec<usize> = Vec::new();
    for step in &walked.steps {
        match *step {
            Step::Flag { token, name, spec: Some(flag), inline_value, value_token } if flag.secret => {
                if inline_value.is_some() {
                    hide_inline(token, name, replacements);
                }
                if let Some(value) = value_token {
                    hide_whole(value, replacements);
                }
                if inline_value.is_none() && value_token.is_none() {
                    hide_next.push(token.start);
                }
            }
            Step::Flag { token, name, spec: None, inline_value, .. } => {
                if !table::resembles_a_flag(name) {
                    // Not a misspelt flag: a word that starts with `--`,
                    // perhaps a password given without its flag.
                    hide_whole(token, replacements);
                } else if inline_value.is_some() {
                    hide_inline(token, name, replacements);
                }
                hide_next.push(token.start);
            }
            Step::Positional { token, argument: None } => hide_whole(token, replacements),
            _ => {}
        }
    }
    for (index, token) in rest.iter().enumerate() {
        if hide_next.contains(&token.start)
            && let Some(next) = rest.get(index + 1)
            && !replacements.iter().any(|(start, ..)| *start == next.start)
        {
            // A flag, or the `--` that ends the flags, is not a value.
            if next.flag_like
                && (next.text == "--" || table::resembles_a_flag(next.text.split_once('=').map_or(next.text.as_str(), |(name, _)| name)))
            {
                continue;
            }
            hide_whole(next, replacements);
        }
    }
    if let Some((_, raw)) = walked.raw {
        collect_secrets(raw, replacements, depth + 1);
    }
}

/// A `#` comment is the trainee's own note, shown in the transcript and
/// never recorded: only what follows a password flag (or a misspelling of
/// one) is hidden.
fn mask_comment<'t>(tokens: &'t [Token], replacements: &mut Replacements<'t>) {
    let password_flag = |name: &str| name.eq_ignore_ascii_case("--password") || did_you_mean(name, ["--password"]).is_some();
    for (index, token) in tokens.iter().enumerate() {
        if !token.flag_like {
            continue;
        }
        match token.text.split_once('=') {
            Some((name, _)) if password_flag(name) => hide_inline(token, name, replacements),
            None if password_flag(&token.text) => {
                if let Some(value) = tokens.get(index + 1) {
                    hide_whole(value, replacements);
                }
            }
            _ => {}
        }
    }
}

/// A line whose command is not recognised: nothing in it can be placed, so
/// everything past the command's words is hidden but known flag names.
fn mask_unrecognised<'t>(tokens: &'t [Token], replacements: &mut Replacements<'t>) {
    let kept = match tokens.first() {
        Some(first) if table::is_noun(&first.text) => 2,
        _ => 1,
    };
    for token in tokens.iter().skip(kept) {
        if token.flag_like {
            match token.text.split_once('=') {
                Some((name, _)) if table::resembles_a_flag(name) => hide_inline(token, name, replacements),
                None if table::resembles_a_flag(&token.text) => {}
                _ => hide_whole(token, replacements),
            }
        } else {
            hide_whole(token, replacements);
        }
    }
}

/// Hides in a reply the words the masked line hid: quoted as a message
/// quotes a word (`unexpected argument 'PW'`), whatever their length, and
/// anywhere when long enough not to be an ordinary word.
pub(crate) fn hide_words(text: &mut String, hidden: &[String]) {
    for word in hidden.iter().filter(|word| !word.is_empty() && word.as_str() != MASK && word.as_str() != FLAG_MASK) {
        let mask = if word.starts_with("--") { FLAG_MASK } else { MASK };
        let quoted = format!("'{word}'");
        if text.contains(&quoted) {
            *text = text.replace(&quoted, &format!("'{mask}'"));
        }
        if word.chars().count() >= HIDDEN_WORD_CHARS && text.contains(word.as_str()) {
            *text = text.replace(word.as_str(), mask);
        }
    }
}

/// A hidden word this long is hidden anywhere in the reply, not only quoted.
const HIDDEN_WORD_CHARS: usize = 8;
