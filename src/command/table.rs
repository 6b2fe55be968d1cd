//! The command table: every command, declared once, in the order help lists
//! them. Users, mailboxes and the rest of the tenant live in their own files
//! to keep each file readable; this one holds the session commands and the
//! lookup of a command by its first words.

use super::error::{ParseError, Problem};
use super::render::Rendered;
use super::spec::{ArgumentSpec, Arity, CommandSpec, Equivalents, HelpText, InPortal, InPowerShell, Section, ValueKind};
use super::suggest::did_you_mean;
use super::tokens::Token;
use super::{Command, table_apps as apps, table_mailbox as mailbox, table_people as people, table_tenant as tenant, table_user as user};
use crate::action::Action;
use crate::t;

/// Every command of the language.
pub static COMMANDS: &[CommandSpec] = &[
    user::USERS,
    user::SHOW,
    user::ROLES,
    user::RESET_PASSWORD,
    user::BLOCK_SIGN_IN,
    user::ALLOW_SIGN_IN,
    user::REVOKE_SESSIONS,
    user::ADD_ROLE,
    user::REMOVE_ROLE,
    user::REQUIRE_MFA,
    user::METHODS,
    user::REMOVE_METHOD,
    user::REMOVE_APP_PASSWORDS,
    user::DEVICES,
    user::DISABLE_DEVICE,
    user::DELETE_DEVICE,
    user::CONFIRM_COMPROMISED,
    tenant::RISKY_USERS,
    user::CONTACT_INFO,
    user::PASSWORD_POLICY,
    user::GROUPS,
    user::GROUP_MEMBERS,
    user::ROLE_MEMBERS,
    mailbox::SHOW,
    mailbox::CLEAR_FORWARDING,
    mailbox::RULES,
    mailbox::DISABLE_RULE,
    mailbox::ENABLE_RULE,
    mailbox::REMOVE_RULE,
    mailbox::DELEGATES,
    mailbox::ADD_DELEGATE,
    mailbox::REMOVE_DELEGATE,
    mailbox::DISABLE_PROTOCOLS,
    mailbox::TRACE,
    mailbox::SEARCH_FORWARDING,
    tenant::RESTRICTED_LIST,
    tenant::RESTRICTED_RELEASE,
    tenant::POLICY_OUTBOUND,
    tenant::LOGS_SIGN_INS,
    tenant::LOGS_AUDIT,
    tenant::ALERTS,
    tenant::ALERT_RESOLVE,
    tenant::POLICY_SHOW,
    tenant::POLICY_PASSWORD_EXPIRATION,
    tenant::SSPR_SHOW,
    tenant::SSPR_SET,
    tenant::SSPR_RESET,
    apps::APPS,
    apps::SHOW,
    apps::GRANTS,
    apps::REVOKE_GRANTS,
    apps::DISABLE,
    apps::DELETE,
    apps::USER_CONSENT,
    tenant::CA_LOCATIONS,
    tenant::CA_ADD_LOCATION,
    tenant::CA_POLICIES,
    tenant::CA_ADD_POLICY,
    people::NOTIFY,
    people::VERIFY,
    people::ASK,
    people::SUPPORT_CALL,
    HELP,
    BRIEF,
    STATUS,
    CLOCK,
    WAIT,
    HINT,
    CHECK,
    HISTORY,
    CLEAR,
    SUBMIT,
    QUIT,
];

/// The spec a line's first words name, if any (ASCII case ignored).
pub(crate) fn lookup(tokens: &[Token]) -> Option<&'static CommandSpec> {
    let first = &tokens.first()?.text;
    // Lengths first: every line looks its command up several times, and a
    // length compare rules out almost every entry without splitting names.
    if let Some(spec) = COMMANDS.iter().find(|spec| spec.name.eq_ignore_ascii_case(first) && spec.noun().is_none()) {
        return Some(spec);
    }
    let verb = &tokens.get(1)?.text;
    let length = first.len() + 1 + verb.len();
    COMMANDS.iter().find(|spec| {
        spec.name.len() == length
            && spec.noun().is_some_and(|noun| noun.eq_ignore_ascii_case(first))
            && spec.verb().eq_ignore_ascii_case(verb)
    })
}

/// Like [`lookup`], but says what is wrong when nothing matches.
pub(crate) fn find(tokens: &[Token]) -> Result<&'static CommandSpec, ParseError> {
    if let Some(spec) = lookup(tokens) {
        return Ok(spec);
    }
    let first = tokens.first().map_or("", |token| token.text.as_str());
    if !is_noun(first) {
        let commands = commands_for_cmdlet(first);
        if !commands.is_empty() {
            return Err(ParseError::new(Problem::CmdletNotCommand { cmdlet: first.to_string(), commands }));
        }
        let suggestion = did_you_mean(first, first_words());
        return Err(ParseError::new(Problem::UnknownCommand { word: first.to_string() }).with_suggestion(suggestion));
    }
    let noun = first.to_ascii_lowercase();
    let verbs = verbs_of(&noun);
    match tokens.get(1) {
        None => Err(ParseError::new(Problem::MissingVerb { noun, verbs })),
        Some(verb) => {
            let suggestion = did_you_mean(&verb.text, verbs.iter().copied());
            Err(ParseError::new(Problem::UnknownVerb { verb: verb.text.clone(), noun, verbs }).with_suggestion(suggestion))
        }
    }
}

/// The commands whose PowerShell equivalent starts with `cmdlet` (ASCII
/// case ignored, as PowerShell ignores it), in table order: what a trainee
/// who typed the cmdlet is told to type instead.
#[must_use]
pub fn commands_for_cmdlet(cmdlet: &str) -> Vec<&'static str> {
    COMMANDS
        .iter()
        .filter(|spec| match spec.equivalents.powershell {
            InPowerShell::Lines(lines) => {
                lines.iter().any(|line| line.split_whitespace().next().is_some_and(|name| name.eq_ignore_ascii_case(cmdlet)))
            }
            InPowerShell::Nowhere(_) => false,
        })
        .map(|spec| spec.name)
        .collect()
}

/// One-word commands and nouns, in table order without repeats.
pub(crate) fn first_words() -> Vec<&'static str> {
    let mut words: Vec<&'static str> = Vec::new();
    for spec in COMMANDS {
        let word = spec.noun().unwrap_or(spec.name);
        if !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

/// Whether some command has a flag of this name (ASCII case ignored).
pub(crate) fn is_known_flag(name: &str) -> bool {
    COMMANDS.iter().any(|spec| spec.flags.iter().any(|flag| flag.name.eq_ignore_ascii_case(name)))
}

/// Whether `name` is some command's flag or close enough to one to be a
/// misspelling of it (`--pasword`); otherwise a word that starts with `--`
/// may be anything, a password included.
pub(crate) fn resembles_a_flag(name: &str) -> bool {
    is_known_flag(name) || did_you_mean(name, COMMANDS.iter().flat_map(|spec| spec.flags.iter().map(|flag| flag.name))).is_some()
}

pub(crate) fn is_noun(word: &str) -> bool {
    COMMANDS.iter().any(|spec| spec.noun().is_some_and(|noun| noun.eq_ignore_ascii_case(word)))
}

/// The verbs of a noun, sorted.
pub(crate) fn verbs_of(noun: &str) -> Vec<&'static str> {
    let mut verbs: Vec<&'static str> =
        COMMANDS.iter().filter(|spec| spec.noun().is_some_and(|own| own.eq_ignore_ascii_case(noun))).map(CommandSpec::verb).collect();
    verbs.sort_unstable();
    verbs
}

/// The action of an `Act` command, for renderers.
pub(crate) fn acted(command: &Command) -> Option<&Action> {
    match command {
        Command::Act(action) => Some(action),
        _ => None,
    }
}

/// A user principal name or alias, as typed: the simulation resolves it.
pub(crate) const UPN: ArgumentSpec = ArgumentSpec::required("UPN", ValueKind::User);

/// A command of the simulator itself: no portal or cmdlet does it.
pub(crate) const SIMULATOR_ONLY: Equivalents = Equivalents::new(
    InPortal::Nowhere(|lang| t!(lang, "cmd-simulator-no-portal")),
    InPowerShell::Nowhere(|lang| t!(lang, "cmd-simulator-no-powershell")),
);

/// A command with no arguments or flags that the REPL handles itself.
const fn session(
    name: &'static str,
    summary: HelpText,
    help: HelpText,
    build: fn(&super::Arguments) -> Result<Command, ParseError>,
    render: fn(&Command) -> Option<Rendered>,
) -> CommandSpec {
    CommandSpec {
        name,
        section: Section::Session,
        arguments: &[],
        flags: &[],
        summary,
        help,
        examples: &[],
        equivalents: SIMULATOR_ONLY,
        build,
        render,
    }
}

const HELP: CommandSpec = CommandSpec {
    name: "help",
    section: Section::Session,
    arguments: &[ArgumentSpec::repeated("TOPIC", ValueKind::Topic, Arity::OptionalRest)],
    flags: &[],
    summary: |lang| t!(lang, "cmd-help-summary"),
    help: |lang| t!(lang, "cmd-help-help"),
    examples: &["help", "help mailbox", "help user reset-password"],
    equivalents: SIMULATOR_ONLY,
    build: |arguments| Ok(Command::Help(arguments.joined("TOPIC"))),
    render: |command| match command {
        Command::Help(None) => Some(Rendered::new()),
        Command::Help(Some(topic)) if topic.is_empty() => Some(Rendered::new().trailing_word("")),
        Command::Help(Some(topic)) => Some(Rendered::new().trailing_text(topic)),
        _ => None,
    },
};

const BRIEF: CommandSpec = CommandSpec {
    examples: &["brief"],
    ..session(
        "brief",
        |lang| t!(lang, "cmd-brief-summary"),
        |lang| t!(lang, "cmd-brief-help"),
        |_| Ok(Command::Brief),
        |command| matches!(command, Command::Brief).then(Rendered::new),
    )
};

const STATUS: CommandSpec = CommandSpec {
    examples: &["status"],
    ..session(
        "status",
        |lang| t!(lang, "cmd-status-summary"),
        |lang| t!(lang, "cmd-status-help"),
        |_| Ok(Command::Status),
        |command| matches!(command, Command::Status).then(Rendered::new),
    )
};

const CLOCK: CommandSpec = CommandSpec {
    examples: &["clock"],
    ..session(
        "clock",
        |lang| t!(lang, "cmd-clock-summary"),
        |lang| t!(lang, "cmd-clock-help"),
        |_| Ok(Command::Clock),
        |command| matches!(command, Command::Clock).then(Rendered::new),
    )
};

const WAIT: CommandSpec = CommandSpec {
    name: "wait",
    section: Section::Session,
    arguments: &[ArgumentSpec::repeated("DURATION", ValueKind::Duration, Arity::Rest)],
    flags: &[],
    summary: |lang| t!(lang, "cmd-wait-summary"),
    help: |lang| t!(lang, "cmd-wait-help"),
    examples: &["wait 15m", "wait 1h 30m", "wait 90min", "wait 1 hour"],
    equivalents: SIMULATOR_ONLY,
    build: |arguments| Ok(Command::Act(Action::Wait { duration: arguments.duration("DURATION")? })),
    render: |command| match acted(command)? {
        Action::Wait { duration } => Some(Rendered::new().trailing_text(&duration.compact())),
        _ => None,
    },
};

const HINT: CommandSpec = CommandSpec {
    examples: &["hint"],
    ..session(
        "hint",
        |lang| t!(lang, "cmd-hint-summary"),
        |lang| t!(lang, "cmd-hint-help"),
        |_| Ok(Command::Hint),
        |command| matches!(command, Command::Hint).then(Rendered::new),
    )
};

const CHECK: CommandSpec = CommandSpec {
    examples: &["check"],
    ..session(
        "check",
        |lang| t!(lang, "cmd-check-summary"),
        |lang| t!(lang, "cmd-check-help"),
        |_| Ok(Command::Check),
        |command| matches!(command, Command::Check).then(Rendered::new),
    )
};

const HISTORY: CommandSpec = CommandSpec {
    examples: &["history"],
    ..session(
        "history",
        |lang| t!(lang, "cmd-history-summary"),
        |lang| t!(lang, "cmd-history-help"),
        |_| Ok(Command::History),
        |command| matches!(command, Command::History).then(Rendered::new),
    )
};

const CLEAR: CommandSpec = CommandSpec {
    examples: &["clear"],
    ..session(
        "clear",
        |lang| t!(lang, "cmd-clear-summary"),
        |lang| t!(lang, "cmd-clear-help"),
        |_| Ok(Command::Clear),
        |command| matches!(command, Command::Clear).then(Rendered::new),
    )
};

const SUBMIT: CommandSpec = CommandSpec {
    examples: &["submit"],
    ..session(
        "submit",
        |lang| t!(lang, "cmd-submit-summary"),
        |lang| t!(lang, "cmd-submit-help"),
        |_| Ok(Command::Submit),
        |command| matches!(command, Command::Submit).then(Rendered::new),
    )
};

const QUIT: CommandSpec = CommandSpec {
    examples: &["quit"],
    ..session(
        "quit",
        |lang| t!(lang, "cmd-quit-summary"),
        |lang| t!(lang, "cmd-quit-help"),
        |_| Ok(Command::Quit),
        |command| matches!(command, Command::Quit).then(Rendered::new),
    )
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_lower_case() {
        for (index, spec) in COMMANDS.iter().enumerate() {
            assert_eq!(spec.name, spec.name.to_ascii_lowercase());
            assert!(spec.name.split(' ').count() <= 2, "{}", spec.name);
            assert!(COMMANDS[..index].iter().all(|earlier| earlier.name != spec.name), "{} twice", spec.name);
            assert!(!spec.examples.is_empty(), "{} has no example", spec.name);
        }
    }
}
