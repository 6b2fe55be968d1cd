//! The command table: every command, declared once, in the order help lists
//! them. Users, mailboxes and the rest of the tenant live in their own files
//! to keep each file readable; this one holds the session commands and the
//! lookup of a command by its first words.

use super::error::{ParseError, ParseErrorKind};
use super::render::Rendered;
use super::spec::{ArgumentSpec, Arity, CommandSpec, Section, ValueKind};
use super::suggest::did_you_mean;
use super::tokens::Token;
use super::{Command, table_mailbox as mailbox, table_people as people, table_tenant as tenant, table_user as user};
use crate::action::Action;

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
    tenant::RESTRICTED_LIST,
    tenant::RESTRICTED_RELEASE,
    tenant::POLICY_OUTBOUND,
    tenant::LOGS_SIGN_INS,
    tenant::LOGS_AUDIT,
    tenant::ALERTS,
    tenant::POLICY_SHOW,
    tenant::POLICY_PASSWORD_EXPIRATION,
    tenant::SSPR_SHOW,
    tenant::SSPR_SET,
    tenant::SSPR_RESET,
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
        let suggestion = did_you_mean(first, first_words());
        let message = match suggestion {
            Some(_) => format!("unknown command '{first}'"),
            None => format!("unknown command '{first}' (type 'help' for the list)"),
        };
        return Err(ParseError::new(ParseErrorKind::UnknownCommand, message).with_suggestion(suggestion));
    }
    let noun = first.to_ascii_lowercase();
    let verbs = verbs_of(&noun);
    match tokens.get(1) {
        None => Err(ParseError::new(ParseErrorKind::MissingVerb, format!("'{noun}' needs a verb: {}", verbs.join(", ")))),
        Some(verb) => {
            let suggestion = did_you_mean(&verb.text, verbs.iter().copied());
            let message = match suggestion {
                Some(_) => format!("unknown verb '{}' for '{noun}'", verb.text),
                None => format!("unknown verb '{}' for '{noun}' (verbs: {})", verb.text, verbs.join(", ")),
            };
            Err(ParseError::new(ParseErrorKind::UnknownVerb, message).with_suggestion(suggestion))
        }
    }
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

/// A command with no arguments or flags that the REPL handles itself.
const fn session(
    name: &'static str,
    summary: &'static str,
    help: &'static str,
    build: fn(&super::Arguments) -> Result<Command, ParseError>,
    render: fn(&Command) -> Option<Rendered>,
) -> CommandSpec {
    CommandSpec { name, section: Section::Session, arguments: &[], flags: &[], summary, help, examples: &[], build, render }
}

const HELP: CommandSpec = CommandSpec {
    name: "help",
    section: Section::Session,
    arguments: &[ArgumentSpec::repeated("TOPIC", ValueKind::Topic, Arity::OptionalRest)],
    flags: &[],
    summary: "List the commands, or explain one command or noun.",
    help: "Without a topic, lists every command by area. With a noun (`help mailbox`) lists that noun's commands; \
           with a command (`help user reset-password`) shows its usage, what it does, its flags and an example.",
    examples: &["help", "help mailbox", "help user reset-password"],
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
        "Show the scenario's briefing again.",
        "Repeats what you were told at the start: who called, what is happening and what you are asked to do.",
        |_| Ok(Command::Brief),
        |command| matches!(command, Command::Brief).then(Rendered::new),
    )
};

const STATUS: CommandSpec = CommandSpec {
    examples: &["status"],
    ..session(
        "status",
        "Show where the session stands.",
        "A summary of the session so far: the simulated time, the account you act as and its roles, the users you may act as, \
         and requests that have not taken effect yet (a restricted sender's release).",
        |_| Ok(Command::Status),
        |command| matches!(command, Command::Status).then(Rendered::new),
    )
};

const CLOCK: CommandSpec = CommandSpec {
    examples: &["clock"],
    ..session(
        "clock",
        "Show the simulated time.",
        "Time in the tenant passes as you work, as it would for a real admin: every look (`users`, `user show`, `mailbox rules`) \
         takes 20 seconds of simulated time and every change (`user reset-password`, `mailbox remove-rule`) 60 seconds; \
         `ask` takes 10 minutes and `support call` 26 hours, and `wait` lets more pass. Session commands (`help`, `status`, \
         `clock`, `history`) take none. What you would notice meanwhile (calls, replies, alerts) is shown with the command.",
        |_| Ok(Command::Clock),
        |command| matches!(command, Command::Clock).then(Rendered::new),
    )
};

const WAIT: CommandSpec = CommandSpec {
    name: "wait",
    section: Section::Session,
    arguments: &[ArgumentSpec::repeated("DURATION", ValueKind::Duration, Arity::Rest)],
    flags: &[],
    summary: "Let simulated time pass.",
    help: "Everything that is due happens while you wait, in order: the attacker's and users' turns, token expiry, \
           continuous access evaluation reaching Exchange, a release of a restricted sender taking effect. \
           DURATION is a number with a unit (d, h, m, s, or words such as `min`, `hour`, `days`); parts may be combined, \
           largest first: `90s`, `15m`, `90min`, `1h 30m`, `1 hour`, `2d 4h`; ISO 8601 (`PT1H30M`) works too. \
           One wait lasts at most 30 days. What you would notice meanwhile is shown at its time: a user calling the \
           helpdesk (`09:30 ☎ ... calls`), a user answering after you told them a password, a new alert.",
    examples: &["wait 15m", "wait 1h 30m", "wait 90min", "wait 1 hour"],
    build: |arguments| Ok(Command::Act(Action::Wait { duration: arguments.duration("DURATION")? })),
    render: |command| match acted(command)? {
        Action::Wait { duration } => Some(Rendered::new().trailing_text(&duration.to_string())),
        _ => None,
    },
};

const HINT: CommandSpec = CommandSpec {
    examples: &["hint"],
    ..session(
        "hint",
        "Get a hint about what to look at next.",
        "Suggests where to look next in this scenario, without doing anything for you.",
        |_| Ok(Command::Hint),
        |command| matches!(command, Command::Hint).then(Rendered::new),
    )
};

const CHECK: CommandSpec = CommandSpec {
    examples: &["check"],
    ..session(
        "check",
        "See which of the scenario's goals are met so far.",
        "Practice mode: the score so far, the steps done, which outcome goals are met and the violations, without ending the session. It does not list the steps still missing: `hint` suggests the next one, at its cost.",
        |_| Ok(Command::Check),
        |command| matches!(command, Command::Check).then(Rendered::new),
    )
};

const HISTORY: CommandSpec = CommandSpec {
    examples: &["history"],
    ..session(
        "history",
        "List the commands typed this session.",
        "Numbered, with the simulated time each was typed at; passwords are masked. Up and Down recall them at the prompt, \
         and Ctrl-R searches them.",
        |_| Ok(Command::History),
        |command| matches!(command, Command::History).then(Rendered::new),
    )
};

const CLEAR: CommandSpec = CommandSpec {
    examples: &["clear"],
    ..session(
        "clear",
        "Clear the screen.",
        "Clears the terminal, as Ctrl-L does; the session and its history are kept.",
        |_| Ok(Command::Clear),
        |command| matches!(command, Command::Clear).then(Rendered::new),
    )
};

const SUBMIT: CommandSpec = CommandSpec {
    examples: &["submit"],
    ..session(
        "submit",
        "End the scenario and get the score report.",
        "Use it when you believe the incident is handled: the report says what you did well and what the attacker could still do.",
        |_| Ok(Command::Submit),
        |command| matches!(command, Command::Submit).then(Rendered::new),
    )
};

const QUIT: CommandSpec = CommandSpec {
    examples: &["quit"],
    ..session(
        "quit",
        "Leave the scenario without a score.",
        "Leaves without submitting: nothing is scored. At the keyboard you are asked to confirm first; from a pipe `play` \
         leaves at once and never submits. The session file keeps what you did, so `tenantdrill play --resume FILE` carries on. \
         (`tenantdrill run` still grades the commands it was given: its job is the report.)",
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
