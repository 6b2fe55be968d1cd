//! Help at the prompt and the generated command reference, both from the
//! command table.

use super::spec::{CommandSpec, InPortal, InPowerShell, Section, ValueKind};
use super::suggest::did_you_mean;
use super::table::{COMMANDS, first_words, is_noun};
use super::{DEFAULT_SELF_SERVICE_PASSWORD, MAX_LINE_BYTES};
use crate::i18n::Lang;
use crate::t;

/// Help text is wrapped to this width, which fits any terminal worth using.
const WRAP_COLUMNS: usize = 80;

/// The overview by area, a noun's commands, or one command's usage, long
/// help, flags and examples, in `lang`. An unknown topic gets a suggestion.
/// Command words, flags, placeholders and examples are the language's own
/// and stay as they are; what they mean is said in `lang`.
#[must_use]
pub fn help(topic: Option<&str>, lang: Lang) -> String {
    let words: Vec<&str> = topic.unwrap_or_default().split_whitespace().collect();
    if words.is_empty() {
        return overview(lang);
    }
    let wanted = words.join(" ").to_ascii_lowercase();
    if let Some(spec) = COMMANDS.iter().find(|spec| spec.name == wanted) {
        return detail(spec, lang);
    }
    if let [noun] = words.as_slice()
        && is_noun(noun)
    {
        let mut text = t!(lang, "cmd-help-noun-heading", noun = &wanted);
        text.push('\n');
        for spec in COMMANDS.iter().filter(|spec| spec.noun() == Some(wanted.as_str())) {
            text.push_str(&listing_line(spec, lang));
        }
        return text;
    }
    let names = COMMANDS.iter().map(|spec| spec.name).chain(first_words());
    let mut text = did_you_mean(&wanted, names).map_or_else(
        || t!(lang, "cmd-help-unknown", topic = &wanted),
        |suggestion| t!(lang, "cmd-help-unknown-suggestion", topic = &wanted, suggestion = suggestion),
    );
    text.push('\n');
    text
}

fn overview(lang: Lang) -> String {
    let mut text = t!(lang, "cmd-help-overview");
    text.push('\n');
    for section in Section::ALL {
        text.push('\n');
        text.push_str(&section.title(lang));
        text.push('\n');
        for spec in COMMANDS.iter().filter(|spec| spec.section == section) {
            text.push_str(&listing_line(spec, lang));
        }
    }
    text
}

/// The name column is as wide as the longest name and two spaces, so the
/// summaries line up.
fn listing_line(spec: &CommandSpec, lang: Lang) -> String {
    let width = COMMANDS.iter().map(|spec| spec.name.len()).max().unwrap_or(0) + 2;
    format!("  {:<width$}{}\n", spec.name, (spec.summary)(lang))
}

fn detail(spec: &CommandSpec, lang: Lang) -> String {
    let mut text = format!("{}\n\n{}\n\n", t!(lang, "cmd-usage", usage = spec.usage()), (spec.summary)(lang));
    text.push_str(&wrap(&plain(&(spec.help)(lang)), WRAP_COLUMNS));
    text.push('\n');
    text.push_str(&equivalents(spec, lang));
    if !spec.flags.is_empty() {
        text.push_str(&format!("\n{}\n", t!(lang, "cmd-help-flags")));
        let width = spec.flags.iter().map(|flag| flag.usage_text().len()).max().unwrap_or(0) + 2;
        for flag in spec.flags {
            text.push_str(&format!("  {:<width$}{}\n", flag.usage_text(), (flag.help)(lang)));
        }
    }
    text.push_str(&format!("\n{}\n", t!(lang, "cmd-help-examples", count = spec.examples.len())));
    for example in spec.examples {
        text.push_str(&format!("  {example}\n"));
    }
    text
}

/// Where the same is done in Microsoft's portals and PowerShell: a heading
/// each, then the menu path, the cmdlet lines (never wrapped, so they can be
/// copied) or why there are none, indented.
fn equivalents(spec: &CommandSpec, lang: Lang) -> String {
    const INDENT: &str = "  ";
    let indented = |text: &str| {
        let mut lines = String::new();
        for line in wrap(&plain(text), WRAP_COLUMNS - INDENT.len()).lines() {
            lines.push_str(INDENT);
            lines.push_str(line);
            lines.push('\n');
        }
        lines
    };
    let mut text = String::new();
    match spec.equivalents.portal {
        InPortal::Path(portal, path) => {
            text.push_str(&format!("{}\n", portal.heading(lang)));
            for line in wrap_path(&path(lang), WRAP_COLUMNS - INDENT.len()) {
                text.push_str(&format!("{INDENT}{line}\n"));
            }
        }
        InPortal::Nowhere(reason) => {
            text.push_str(&format!("{}\n", t!(lang, "cmd-where-no-portal")));
            text.push_str(&indented(&reason(lang)));
        }
    }
    match spec.equivalents.powershell {
        InPowerShell::Lines(lines) => {
            text.push_str(&format!("{}\n", t!(lang, "cmd-where-powershell")));
            for line in lines {
                text.push_str(&format!("{INDENT}{line}\n"));
            }
        }
        InPowerShell::Nowhere(reason) => {
            text.push_str(&format!("{}\n", t!(lang, "cmd-where-no-powershell")));
            text.push_str(&indented(&reason(lang)));
        }
    }
    text
}

/// Help texts use Markdown code spans; the prompt shows them plainly.
fn plain(text: &str) -> String {
    text.replace('`', "'")
}

/// A menu path's lines, broken only between its steps (after a `>`), so
/// every label reads whole as the portal shows it.
fn wrap_path(path: &str, columns: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for step in path.split(" > ").map(str::trim) {
        if line.is_empty() {
            line.push_str(step);
        } else if line.chars().count() + 3 + step.chars().count() > columns {
            line.push_str(" >");
            lines.push(std::mem::replace(&mut line, step.to_string()));
        } else {
            line.push_str(" > ");
            line.push_str(step);
        }
    }
    lines.push(line);
    lines
}

fn wrap(text: &str, columns: usize) -> String {
    let mut wrapped = String::new();
    let mut line_length = 0;
    for word in text.split_whitespace() {
        let word_length = word.chars().count();
        if line_length > 0 && line_length + 1 + word_length > columns {
            wrapped.push('\n');
            line_length = 0;
        } else if line_length > 0 {
            wrapped.push(' ');
            line_length += 1;
        }
        wrapped.push_str(word);
        line_length += word_length;
    }
    wrapped.push('\n');
    wrapped
}

/// The whole of `docs/commands.md`: the English reference, generated from
/// the table and the English catalogue.
#[must_use]
pub fn reference_markdown() -> String {
    let mut text = String::from(
        "# Command reference\n\n\
         <!-- Generated from the command table in src/command/ by `tenantdrill::command::reference_markdown()`.\n     \
         Do not edit by hand: `TENANTDRILL_BLESS=1 cargo test --test tests command` rewrites this file. -->\n\n\
         These are the commands the trainee types at the `tenantdrill` prompt. Each is a noun and a verb \
         (`user reset-password`) or a single word (`wait`), followed by its arguments.\n\n\
         Each command also says where an admin does the same in a real tenant: the menu path in the Microsoft 365 \
         admin center, the Microsoft Entra admin center, the Exchange admin center, the Microsoft Defender portal or \
         the Microsoft Purview portal, and the Exchange Online or Microsoft Graph PowerShell cmdlets (`<user>` and the \
         like are to be filled in). Where no portal or cmdlet does it, it says why. `help COMMAND` shows the same at \
         the prompt, with the menu path in the trainee's language.\n\n",
    );
    text.push_str(&syntax());
    text.push_str(&placeholders());
    for section in Section::ALL {
        text.push_str(&format!("## {}\n\n", section.title(Lang::En)));
        for spec in COMMANDS.iter().filter(|spec| spec.section == section) {
            text.push_str(&markdown_detail(spec));
        }
    }
    text
}

fn syntax() -> String {
    format!(
        "## Syntax\n\n\
         - Words are separated by spaces. Put a word with spaces in single or double quotes: \
         `mailbox remove-rule megan \"Invoices to Alex\"`. Inside double quotes, `\\\"` is a quote and `\\\\` a backslash; \
         single quotes keep everything as typed.\n\
         - Command names, flags and listed choices ignore case. User names are passed on as typed; the tenant resolves \
         them, ignoring case.\n\
         - Flags may come anywhere after the command's name, as `--flag value` or `--flag=value`. After a lone `--`, \
         every word is an argument even if it starts with `--`; so is a quoted word such as `\"--x\"`.\n\
         - A mistyped command, verb, flag, role or choice gets a \"did you mean\" suggestion; errors show the command's usage.\n\
         - A PowerShell cmdlet typed at the prompt (`Get-InboxRule -Mailbox megan`) is not a command here: the error \
         names the commands whose equivalent it is.\n\
         - Tab completes command names, verbs, flags, user names, roles, rule names, groups, methods and choices; the \
         prompt shows the rest of the usage line in grey.\n\
         - Lines longer than {MAX_LINE_BYTES} bytes are rejected, and neither run nor recorded.\n\
         - Passwords typed with `--password PW` are shown as `***` in history, transcripts and session files. So is \
         anything a mistyped command may have carried as one: the value after a flag the command does not know, a word \
         it cannot place, every word after a command that is not recognised, and a word starting with `--` that is no \
         flag. A masked line is for reading, not for running again: it would set the password `***`.\n\
         - `sspr reset` without `--password` uses `{DEFAULT_SELF_SERVICE_PASSWORD}`.\n\n"
    )
}

/// One row per placeholder used anywhere in the table, in first-use order.
/// A placeholder name has one meaning everywhere (a test checks it).
fn placeholders() -> String {
    let mut rows: Vec<(&str, String)> = Vec::new();
    let arguments = COMMANDS.iter().flat_map(|spec| spec.arguments.iter().map(|argument| (argument.placeholder, argument.kind)));
    let flag_values =
        COMMANDS.iter().flat_map(|spec| spec.flags.iter().filter_map(|flag| flag.value.map(|value| (value.placeholder, value.kind))));
    for (placeholder, kind) in arguments.chain(flag_values) {
        let row = (placeholder, kind.description(Lang::En));
        if !matches!(kind, ValueKind::Choice(_)) && !rows.contains(&row) {
            rows.push(row);
        }
    }
    let mut text = String::from("## Values\n\n| Placeholder | Meaning |\n|---|---|\n");
    for (placeholder, description) in rows {
        text.push_str(&format!("| `{placeholder}` | {description} |\n"));
    }
    text.push_str("\n`[X]` is optional, `X...` one or more, `[X...]` any number (each a separate word), `(a | b)` exactly one, `[a | b]` at most one.\n\n");
    text
}

fn markdown_detail(spec: &CommandSpec) -> String {
    let mut text = format!(
        "### `{}`\n\n```text\n{}\n```\n\n{}\n\n{}\n\n",
        spec.name,
        spec.usage(),
        (spec.summary)(Lang::En),
        (spec.help)(Lang::En).split_whitespace().collect::<Vec<_>>().join(" ")
    );
    text.push_str(&markdown_equivalents(spec));
    if !spec.flags.is_empty() {
        text.push_str("| Flag | Meaning |\n|---|---|\n");
        for flag in spec.flags {
            text.push_str(&format!("| `{}` | {} |\n", flag.usage_text().replace('|', "\\|"), (flag.help)(Lang::En)));
        }
        text.push('\n');
    }
    text.push_str(if spec.examples.len() == 1 { "Example:\n\n```text\n" } else { "Examples:\n\n```text\n" });
    for example in spec.examples {
        text.push_str(example);
        text.push('\n');
    }
    text.push_str("```\n\n");
    text
}

/// The portal path in bold, or why there is none; the cmdlet lines as a
/// PowerShell block, or why there are none.
fn markdown_equivalents(spec: &CommandSpec) -> String {
    let lang = Lang::En;
    let mut text = match spec.equivalents.portal {
        InPortal::Path(portal, path) => format!("{} **{}**\n\n", portal.heading(lang), path(lang)),
        InPortal::Nowhere(reason) => format!("{} {}\n\n", t!(lang, "cmd-where-no-portal"), reason(lang)),
    };
    match spec.equivalents.powershell {
        InPowerShell::Lines(lines) => {
            text.push_str(&format!("{}\n\n```powershell\n", t!(lang, "cmd-where-powershell")));
            for line in lines {
                text.push_str(line);
                text.push('\n');
            }
            text.push_str("```\n\n");
        }
        InPowerShell::Nowhere(reason) => text.push_str(&format!("{} {}\n\n", t!(lang, "cmd-where-no-powershell"), reason(lang))),
    }
    text
}
