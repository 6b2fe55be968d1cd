//! The semantic checks of a scenario or procedure file
//! ([`crate::scenario::validate`]) as facts, and their words in a language.

use crate::i18n::Lang;
use crate::t;

/// What an unknown name was meant to name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Referent {
    User,
    Procedure,
    Step,
    /// A rule in this mailbox.
    RuleIn(String),
}

/// What is worth too many points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Worth {
    Objective,
    Step,
    ForbiddenAction,
    HarmRule,
}

/// The character that makes a user principal name one Entra refuses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BadCharacter {
    Space,
    NonAscii(char),
    /// Another ASCII character, escaped as Rust writes it.
    Other(String),
    /// Nothing before the `@`.
    EmptyName,
}

/// One problem a semantic check found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Check {
    IdForm,
    StepIdForm,
    EmptyTitle,
    EmptyBrief,
    EstimatedMinutes,
    NotATime {
        value: String,
    },
    TimeLimitRange,
    NotADuration {
        value: String,
    },
    TurnInterval {
        minimum: u64,
        seconds: u64,
    },
    LockoutThreshold {
        value: u16,
    },
    ExpiryDays {
        value: u16,
    },
    MethodsRequired {
        value: u8,
    },
    /// A Conditional Access policy names a location the tenant does not have.
    UnknownNamedLocation {
        name: String,
    },
    /// Not an IPv4 range in CIDR notation.
    InvalidRange {
        range: String,
    },
    /// Two named locations or two policies share a name.
    DuplicateAccessName {
        name: String,
    },
    NoDomain,
    TooManyWrittenUsers {
        count: usize,
        maximum: usize,
    },
    TooManyBannedTerms {
        count: usize,
        maximum: usize,
    },
    OutboundLimit {
        field: String,
        value: u32,
        maximum: u32,
    },
    NotAUpn {
        upn: String,
    },
    UpnCharacter {
        upn: String,
        bad: BadCharacter,
    },
    NotInDomains {
        upn: String,
        domains: Vec<String>,
    },
    UserTwice {
        upn: String,
    },
    TooManyGenerated {
        count: u32,
        maximum: u32,
    },
    GeneratedLists,
    TooManyScripted {
        count: usize,
        maximum: usize,
    },
    HistoryOrder {
        at: String,
    },
    NotADurationBefore {
        value: String,
    },
    NotAnOffset {
        value: String,
    },
    NotATimeAfterStart {
        value: String,
    },
    NoSubjects,
    Unknown {
        what: Referent,
        name: String,
    },
    /// An artefact as its structure prints (`Rule { mailbox: .., name: .. }`).
    MaliciousAndLegitimate {
        artefact: String,
    },
    NoProcedures,
    AlreadyRequired {
        step: String,
    },
    /// A graded step or objective checks the alerts' classification, and
    /// the ground truth gives no `verdict`.
    NoVerdict {
        step: String,
    },
    PassMark {
        value: u32,
    },
    ObjectiveTwice {
        id: String,
    },
    HintCost {
        cost: u32,
    },
    VariableName {
        name: String,
    },
    VariableWithoutValues {
        name: String,
    },
    VariableValue {
        name: String,
        value: String,
    },
    UndeclaredVariable {
        placeholder: String,
    },
    /// A translated text names a language tenantdrill does not speak.
    UnknownLanguage {
        code: String,
        field: String,
    },
    /// A translated text lacks some languages (their codes).
    MissingLanguages {
        field: String,
        languages: Vec<String>,
    },
    EmptySolution,
    /// `dialects: []`: no language to type in.
    NoDialect,
    /// A PowerShell line in the solution of a scenario that does not take PowerShell.
    SolutionDialect {
        line: String,
    },
    TooManySolutionCommands {
        count: usize,
        maximum: usize,
    },
    /// The command's own error, as the command parser words it.
    SolutionCommand {
        line: String,
        /// Why it does not parse: its message is said in the file's reader's language.
        error: crate::command::ParseError,
    },
    /// A PowerShell line that does not parse: PowerShell's own error text,
    /// which the real shell shows in English.
    SolutionPowerShell {
        line: String,
        error: String,
    },
    TraineeCannot {
        step: String,
    },
    NoSteps,
    StepTwice {
        id: String,
    },
    StepNeverDone {
        id: String,
    },
    StepOrderedAgainstItself {
        id: String,
    },
    StepNamesUsers {
        id: String,
    },
    TooManyPoints {
        what: Worth,
        name: String,
        points: u32,
        maximum: u32,
    },
}

fn code(text: &str) -> String {
    format!("`{text}`")
}

impl Check {
    /// The problem in `lang`.
    #[must_use]
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Check::IdForm => t!(lang, "diag-check-id-form"),
            Check::StepIdForm => t!(lang, "diag-check-step-id-form"),
            Check::EmptyTitle => t!(lang, "diag-check-empty-title"),
            Check::EmptyBrief => t!(lang, "diag-check-empty-brief"),
            Check::EstimatedMinutes => t!(lang, "diag-check-estimated-minutes"),
            Check::NotATime { value } => t!(lang, "diag-check-not-a-time", value = code(value)),
            Check::TimeLimitRange => t!(lang, "diag-check-time-limit"),
            Check::NotADuration { value } => t!(lang, "diag-check-not-a-duration", value = code(value)),
            Check::TurnInterval { minimum, seconds } => {
                t!(lang, "diag-check-turn-interval", minimum = minimum, seconds = seconds)
            }
            Check::LockoutThreshold { value } => t!(lang, "diag-check-lockout-threshold", value = value),
            Check::ExpiryDays { value } => t!(lang, "diag-check-expiry-days", value = value),
            Check::MethodsRequired { value } => t!(lang, "diag-check-methods-required", value = value),
            Check::UnknownNamedLocation { name } => t!(lang, "diag-check-unknown-named-location", name = name),
            Check::InvalidRange { range } => t!(lang, "diag-check-invalid-range", range = range),
            Check::DuplicateAccessName { name } => t!(lang, "diag-check-duplicate-access-name", name = name),
            Check::NoDomain => t!(lang, "diag-check-no-domain"),
            Check::TooManyWrittenUsers { count, maximum } => {
                t!(lang, "diag-check-too-many-written-users", users = count, maximum = maximum)
            }
            Check::TooManyBannedTerms { count, maximum } => {
                t!(lang, "diag-check-too-many-banned-terms", terms = count, maximum = maximum)
            }
            Check::OutboundLimit { field, value, maximum } => {
                t!(lang, "diag-check-outbound-limit", field = code(field), value = value, maximum = maximum)
            }
            Check::NotAUpn { upn } => t!(lang, "diag-check-not-a-upn", upn = code(upn)),
            Check::UpnCharacter { upn, bad } => {
                let bad = match bad {
                    BadCharacter::Space => t!(lang, "diag-check-upn-space"),
                    BadCharacter::NonAscii(letter) => t!(lang, "diag-check-upn-non-ascii", letter = code(&letter.to_string())),
                    BadCharacter::Other(escaped) => code(escaped),
                    BadCharacter::EmptyName => t!(lang, "diag-check-upn-empty-name"),
                };
                t!(lang, "diag-check-upn-character", upn = code(upn), bad = bad)
            }
            Check::NotInDomains { upn, domains } => {
                t!(lang, "diag-check-not-in-domains", upn = code(upn), domains = format!("`{}`", domains.join("`, `")))
            }
            Check::UserTwice { upn } => t!(lang, "diag-check-user-twice", upn = code(upn)),
            Check::TooManyGenerated { count, maximum } => {
                t!(lang, "diag-check-too-many-generated", users = count, maximum = maximum)
            }
            Check::GeneratedLists => t!(lang, "diag-check-generated-lists"),
            Check::TooManyScripted { count, maximum } => {
                t!(lang, "diag-check-too-many-scripted", actions = count, maximum = maximum)
            }
            Check::HistoryOrder { at } => t!(lang, "diag-check-history-order", at = code(at)),
            Check::NotADurationBefore { value } => t!(lang, "diag-check-not-a-duration-before", value = code(value)),
            Check::NotAnOffset { value } => t!(lang, "diag-check-not-an-offset", value = code(value)),
            Check::NotATimeAfterStart { value } => t!(lang, "diag-check-not-after-start", value = code(value)),
            Check::NoSubjects => t!(lang, "diag-check-no-subjects"),
            Check::Unknown { what, name } => match what {
                Referent::User => t!(lang, "diag-check-unknown-user", name = code(name)),
                Referent::Procedure => t!(lang, "diag-check-unknown-procedure", name = code(name)),
                Referent::Step => t!(lang, "diag-check-unknown-step", name = code(name)),
                Referent::RuleIn(mailbox) => t!(lang, "diag-check-unknown-rule", mailbox = mailbox, name = code(name)),
            },
            Check::MaliciousAndLegitimate { artefact } => t!(lang, "diag-check-malicious-and-legitimate", artefact = artefact),
            Check::NoProcedures => t!(lang, "diag-check-no-procedures"),
            Check::AlreadyRequired { step } => t!(lang, "diag-check-already-required", step = code(step)),
            Check::NoVerdict { step } => t!(lang, "diag-check-no-verdict", step = code(step)),
            Check::PassMark { value } => t!(lang, "diag-check-pass-mark", value = value),
            Check::ObjectiveTwice { id } => t!(lang, "diag-check-objective-twice", id = code(id)),
            Check::HintCost { cost } => t!(lang, "diag-check-hint-cost", cost = cost),
            Check::VariableName { name } => t!(lang, "diag-check-variable-name", name = code(name)),
            Check::VariableWithoutValues { name } => t!(lang, "diag-check-variable-without-values", name = code(name)),
            Check::VariableValue { name, value } => t!(lang, "diag-check-variable-value", name = code(name), value = code(value)),
            Check::UndeclaredVariable { placeholder } => t!(lang, "diag-check-undeclared-variable", placeholder = code(placeholder)),
            Check::EmptySolution => t!(lang, "diag-check-empty-solution"),
            Check::UnknownLanguage { code, field } => t!(lang, "scenario-text-unknown-language", code = code, field = field),
            Check::MissingLanguages { field, languages } => {
                let listed = languages.iter().map(|code| format!("`{code}`")).collect::<Vec<_>>().join(", ");
                t!(lang, "scenario-text-missing-languages", field = field, languages = listed, count = languages.len())
            }
            Check::NoDialect => t!(lang, "diag-check-no-dialect"),
            Check::SolutionDialect { line } => t!(lang, "diag-check-solution-dialect", line = code(line)),
            Check::TooManySolutionCommands { count, maximum } => {
                t!(lang, "diag-check-too-many-solution-commands", commands = count, maximum = maximum)
            }
            Check::SolutionCommand { line, error } => {
                t!(lang, "diag-check-solution-command", line = code(line), error = error.render(lang))
            }
            Check::SolutionPowerShell { line, error } => {
                t!(lang, "diag-check-solution-powershell", line = code(line), error = error)
            }
            Check::TraineeCannot { step } => t!(lang, "diag-check-trainee-cannot", step = code(step)),
            Check::NoSteps => t!(lang, "diag-check-no-steps"),
            Check::StepTwice { id } => t!(lang, "diag-check-step-twice", id = code(id)),
            Check::StepNeverDone { id } => t!(lang, "diag-check-step-never-done", id = code(id)),
            Check::StepOrderedAgainstItself { id } => t!(lang, "diag-check-step-against-itself", id = code(id)),
            Check::StepNamesUsers { id } => t!(lang, "diag-check-step-names-users", id = code(id)),
            Check::TooManyPoints { what, name, points, maximum } => {
                let name = code(name);
                match what {
                    Worth::Objective => t!(lang, "diag-check-points-objective", name = name, points = points, maximum = maximum),
                    Worth::Step => t!(lang, "diag-check-points-step", name = name, points = points, maximum = maximum),
                    Worth::ForbiddenAction => {
                        t!(lang, "diag-check-points-forbidden", name = name, points = points, maximum = maximum)
                    }
                    Worth::HarmRule => t!(lang, "diag-check-points-harm", name = name, points = points, maximum = maximum),
                }
            }
        }
    }
}
