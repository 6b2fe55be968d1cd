//! Matching the words after a command's name to its arguments and flags.
//!
//! [`walk`] does the matching without judging it; parsing, completion,
//! hints and secret masking all use it, so they agree on which word is which.
//! [`bind`] then checks the result and gives builders typed values.

use super::error::{ParseError, Problem};
use super::spec::{ArgumentSpec, CommandSpec, FlagSpec, ValueKind};
use super::suggest::did_you_mean;
use super::tokens::Token;
use super::values;
use crate::clock::SimDuration;
use crate::tenant::mailbox::Protocol;
use crate::tenant::policy::SsprMethod;
use crate::tenant::role::Role;
use crate::tenant::user::MethodKind;
use std::fmt::Display;

/// One word (or flag with its value) after the command's name.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Step<'t> {
    Flag {
        token: &'t Token,
        /// The name before any `=`.
        name: &'t str,
        spec: Option<&'static FlagSpec>,
        inline_value: Option<&'t str>,
        /// The next word, when the flag takes a value and it was not inline.
        value_token: Option<&'t Token>,
    },
    /// `--`: every later word is positional.
    EndOfFlags,
    Positional {
        token: &'t Token,
        /// Index into the spec's arguments, `None` past the last one.
        argument: Option<usize>,
    },
}

pub(crate) struct Walk<'t> {
    pub steps: Vec<Step<'t>>,
    /// The argument a further positional word would fill.
    pub(crate) next_argument: Option<usize>,
    /// The words of a command line carried whole (`ask`, `help`), from the
    /// first of them to the end.
    pub raw: Option<(usize, &'t [Token])>,
    pub(crate) only_positionals: bool,
}

pub(crate) fn walk<'t>(spec: &'static CommandSpec, tokens: &'t [Token]) -> Walk<'t> {
    let mut result = Walk { steps: Vec::new(), next_argument: Some(0), raw: None, only_positionals: false };
    let mut index = 0;
    while let Some(token) = tokens.get(index) {
        let expected = result.next_argument.and_then(|argument| spec.arguments.get(argument).map(|spec| (argument, spec)));
        if let Some((argument, argument_spec)) = expected
            && argument_spec.kind.is_raw()
        {
            result.raw = Some((argument, &tokens[index..]));
            break;
        }
        index += 1;
        if !result.only_positionals && token.flag_like {
            if token.text == "--" {
                result.only_positionals = true;
                result.steps.push(Step::EndOfFlags);
                continue;
            }
            let (name, inline_value) = match token.text.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (token.text.as_str(), None),
            };
            let flag = spec.flag(name);
            let mut value_token = None;
            if flag.is_some_and(|flag| flag.value.is_some()) && inline_value.is_none() {
                value_token = tokens.get(index).filter(|next| !next.flag_like);
                index += usize::from(value_token.is_some());
            }
            result.steps.push(Step::Flag { token, name, spec: flag, inline_value, value_token });
            continue;
        }
        result.steps.push(Step::Positional { token, argument: expected.map(|(argument, _)| argument) });
        result.next_argument = match expected {
            Some((argument, argument_spec)) if argument_spec.arity.is_repeated() => Some(argument),
            Some((argument, _)) if argument + 1 < spec.arguments.len() => Some(argument + 1),
            _ => None,
        };
    }
    result
}

/// The words after a command's name, matched to its arguments and flags and
/// checked for presence; builders read typed values from it.
#[derive(Debug, Clone)]
pub struct Arguments {
    spec: &'static CommandSpec,
    positionals: Vec<Vec<Token>>,
    flags: Vec<(&'static str, Option<String>)>,
}

pub(crate) fn bind(spec: &'static CommandSpec, tokens: &[Token]) -> Result<Arguments, ParseError> {
    let walked = walk(spec, tokens);
    let mut arguments = Arguments { spec, positionals: vec![Vec::new(); spec.arguments.len()], flags: Vec::new() };
    for step in &walked.steps {
        match *step {
            Step::EndOfFlags => {}
            Step::Positional { token, argument: None } => {
                return Err(arguments.error(Problem::UnexpectedArgument { word: token.text.clone() }));
            }
            Step::Positional { token, argument: Some(argument) } => arguments.positionals[argument].push(token.clone()),
            Step::Flag { name, spec: None, .. } => {
                let suggestion = did_you_mean(name, spec.flags.iter().map(|flag| flag.name));
                let problem = Problem::UnknownFlag { flag: name.to_string(), command: spec.name };
                return Err(arguments.error(problem).with_suggestion(suggestion));
            }
            Step::Flag { spec: Some(flag), inline_value, value_token, .. } => {
                if arguments.flags.iter().any(|(given, _)| *given == flag.name) {
                    return Err(arguments.error(Problem::DuplicateFlag { flag: flag.name }));
                }
                let value = match (&flag.value, inline_value) {
                    (None, None) => None,
                    (None, Some(_)) => {
                        return Err(arguments.error(Problem::UnexpectedFlagValue { flag: flag.name }));
                    }
                    (Some(_), Some(value)) => Some(value.to_string()),
                    (Some(value), None) => {
                        let Some(token) = value_token else {
                            return Err(arguments.error(Problem::MissingFlagValue { flag: flag.name, usage: value.usage() }));
                        };
                        Some(token.text.clone())
                    }
                };
                let value = match (flag.value.map(|value| value.kind), value) {
                    (Some(ValueKind::Choice(choices)), Some(given)) => {
                        Some(arguments.choice_value(flag.name, choices, &given)?.to_string())
                    }
                    (_, value) => value,
                };
                arguments.flags.push((flag.name, value));
            }
        }
    }
    if let Some((argument, raw)) = walked.raw {
        arguments.positionals[argument] = raw.to_vec();
    }
    for (argument, values) in spec.arguments.iter().zip(&arguments.positionals) {
        if argument.arity.is_required() && values.is_empty() {
            return Err(arguments.error(Problem::MissingArgument { placeholder: argument.placeholder }));
        }
    }
    for group in spec.flag_groups() {
        let given: Vec<&str> = group.flags.iter().map(|flag| flag.name).filter(|name| arguments.has(name)).collect();
        if given.len() > 1 {
            return Err(arguments.error(Problem::FlagsTogether { flags: given }));
        }
        if given.is_empty() && group.required {
            let problem = match group.flags.as_slice() {
                [only] => Problem::MissingFlag { flag: only.name },
                several => Problem::OneOfFlags { flags: several.iter().map(|flag| flag.name).collect() },
            };
            return Err(arguments.error(problem));
        }
    }
    Ok(arguments)
}

impl Arguments {
    /// An error about this command, with its usage line.
    pub(crate) fn error(&self, problem: Problem) -> ParseError {
        ParseError::new(problem).with_usage(self.spec.usage())
    }

    fn argument_index(&self, placeholder: &str) -> Option<usize> {
        self.spec.arguments.iter().position(|argument: &ArgumentSpec| argument.placeholder == placeholder)
    }

    pub(crate) fn tokens(&self, placeholder: &str) -> &[Token] {
        self.argument_index(placeholder).and_then(|index| self.positionals.get(index)).map_or(&[], Vec::as_slice)
    }

    pub(crate) fn optional_text(&self, placeholder: &str) -> Option<String> {
        self.tokens(placeholder).first().map(|token| token.text.clone())
    }

    /// A required positional; presence was checked when binding.
    pub(crate) fn text(&self, placeholder: &str) -> String {
        self.optional_text(placeholder).unwrap_or_default()
    }

    /// Words running to the end of the line, joined by single spaces.
    pub(crate) fn joined(&self, placeholder: &str) -> Option<String> {
        let tokens = self.tokens(placeholder);
        (!tokens.is_empty()).then(|| tokens.iter().map(|token| token.text.as_str()).collect::<Vec<_>>().join(" "))
    }

    pub(crate) fn has(&self, flag: &str) -> bool {
        self.flags.iter().any(|(name, _)| *name == flag)
    }

    pub(crate) fn value(&self, flag: &str) -> Option<&str> {
        self.flags.iter().find(|(name, _)| *name == flag).and_then(|(_, value)| value.as_deref())
    }

    pub(crate) fn owned_value(&self, flag: &str) -> Option<String> {
        self.value(flag).map(str::to_string)
    }

    fn choice_value(&self, flag: &str, choices: &'static [&'static str], given: &str) -> Result<&'static str, ParseError> {
        choices.iter().copied().find(|choice| choice.eq_ignore_ascii_case(given)).ok_or_else(|| {
            let problem = Problem::InvalidChoice { value: given.to_string(), flag: flag.to_string(), choices: choices.to_vec() };
            self.error(problem).with_suggestion(did_you_mean(given, choices.iter().copied()))
        })
    }

    /// A value from a fixed list, by the list's names.
    pub(crate) fn named<T: Copy>(&self, flag: &str, values: &[T], names: &[&str]) -> Option<T> {
        self.value(flag).and_then(|name| values::value_named(values, names, name))
    }

    pub(crate) fn yes_no(&self, flag: &str) -> Option<bool> {
        self.named(flag, &values::BOOLEANS, values::BOOLEAN_NAMES)
    }

    fn invalid(&self, problem: Problem, suggestion: Option<String>) -> ParseError {
        self.error(problem).with_suggestion(suggestion)
    }

    pub(crate) fn role(&self, placeholder: &str) -> Result<Role, ParseError> {
        let text = self.text(placeholder);
        Role::parse(&text).ok_or_else(|| {
            let suggestion = did_you_mean(&text, Role::ALL.iter().map(|role| role.alias()));
            self.invalid(Problem::UnknownRole { role: text.clone(), command: self.spec.name }, suggestion)
        })
    }

    pub(crate) fn method(&self, placeholder: &str) -> Result<MethodKind, ParseError> {
        let text = self.text(placeholder);
        MethodKind::parse(&text).ok_or_else(|| {
            let names: Vec<&str> = MethodKind::ALL.iter().map(|kind| kind.name()).collect();
            let suggestion = did_you_mean(&text, names.iter().copied());
            self.invalid(Problem::UnknownMethod { method: text.clone(), choices: names }, suggestion)
        })
    }

    pub(crate) fn protocols(&self, placeholder: &str) -> Result<Vec<Protocol>, ParseError> {
        let names: Vec<&str> = Protocol::ALL.iter().map(|protocol| protocol.name()).collect();
        self.tokens(placeholder)
            .iter()
            .map(|token| {
                Protocol::parse(&token.text).ok_or_else(|| {
                    let problem = Problem::UnknownProtocol { protocol: token.text.clone(), choices: names.clone() };
                    self.invalid(problem, did_you_mean(&token.text, names.iter().copied()))
                })
            })
            .collect()
    }

    pub(crate) fn duration(&self, placeholder: &str) -> Result<SimDuration, ParseError> {
        let text = self.joined(placeholder).unwrap_or_default();
        SimDuration::parse(&text).ok_or_else(|| self.invalid(Problem::InvalidDuration { text: text.clone() }, None))
    }

    /// A whole number no larger than `maximum`, when the flag was given.
    /// A whole number from 0 to `maximum`; anything else is refused, never clamped.
    pub(crate) fn number<T: TryFrom<u64> + Display + Copy + PartialOrd>(&self, flag: &str, maximum: T) -> Result<Option<T>, ParseError> {
        let Some(text) = self.value(flag) else { return Ok(None) };
        text.parse::<u64>().ok().and_then(|number| T::try_from(number).ok()).filter(|number| *number <= maximum).map(Some).ok_or_else(
            || {
                let problem = Problem::InvalidNumber { text: text.to_string(), flag: flag.to_string(), maximum: maximum.to_string() };
                self.invalid(problem, None)
            },
        )
    }

    pub(crate) fn sspr_methods(&self, flag: &str) -> Result<Option<Vec<SsprMethod>>, ParseError> {
        let Some(text) = self.value(flag) else { return Ok(None) };
        text.split(',')
            .map(|name| {
                values::sspr_method_named(name).ok_or_else(|| {
                    let problem = Problem::UnknownSsprMethod {
                        method: name.trim().to_string(),
                        flag: flag.to_string(),
                        choices: values::SSPR_METHOD_NAMES.to_vec(),
                    };
                    self.invalid(problem, did_you_mean(name.trim(), values::SSPR_METHOD_NAMES.iter().copied()))
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }
}
