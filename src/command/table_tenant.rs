//! Commands about the tenant as a whole: outbound protection, logs and
//! alerts, the password and self-service reset policies.

use super::render::Rendered;
use super::spec::{ArgumentSpec, CommandSpec, FlagSpec, Section, ValueKind};
use super::table::{UPN, acted};
use super::values::{
    AUTO_FORWARDING_MODES, AUTO_FORWARDING_NAMES, BOOLEAN_NAMES, METHODS_REQUIRED_NAMES, OUTBOUND_ACTION_NAMES, OUTBOUND_ACTIONS,
    SSPR_SCOPE_NAMES, name_of, sspr_method_name,
};
use super::{Arguments, Command, DEFAULT_SELF_SERVICE_PASSWORD, ParseError, ParseErrorKind};
use crate::action::{Action, OutboundChange, SsprChange, SsprMode};
use crate::tenant::policy::{OUTBOUND_LIMIT_MAXIMUM, SsprScope};

/// A command without arguments or flags that maps to one action.
const fn plain(
    name: &'static str,
    section: Section,
    summary: &'static str,
    help: &'static str,
    build: fn(&Arguments) -> Result<Command, ParseError>,
    render: fn(&Command) -> Option<Rendered>,
) -> CommandSpec {
    CommandSpec { name, section, arguments: &[], flags: &[], summary, help, examples: &[], build, render }
}

pub const RESTRICTED_LIST: CommandSpec = CommandSpec {
    examples: &["restricted list"],
    ..plain(
        "restricted list",
        Section::OutboundProtection,
        "List senders restricted from sending mail.",
        "The Defender portal's Restricted entities page: users who crossed an outbound limit and may not send.",
        |_| Ok(Command::Act(Action::ListRestricted)),
        |command| matches!(acted(command)?, Action::ListRestricted).then(Rendered::new),
    )
};

pub const RESTRICTED_RELEASE: CommandSpec = CommandSpec {
    name: "restricted release",
    section: Section::OutboundProtection,
    arguments: &[UPN],
    flags: &[],
    summary: "Let a restricted sender send mail again.",
    help: "Sending resumes after a delay, usually within an hour. An account can be released only a few times; after that \
           only Microsoft support can. A sender whose account is still in an attacker's hands is soon restricted again.",
    examples: &["restricted release megan"],
    build: |arguments| Ok(Command::Act(Action::ReleaseRestricted { user: arguments.text("UPN") })),
    render: |command| match acted(command)? {
        Action::ReleaseRestricted { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
};

pub const POLICY_OUTBOUND: CommandSpec = CommandSpec {
    name: "policy outbound",
    section: Section::OutboundProtection,
    arguments: &[],
    flags: &[
        FlagSpec::valued("--external-recipients-per-hour", "N", ValueKind::Number, "limit on outside recipients per hour (0 to 10000)"),
        FlagSpec::valued("--internal-recipients-per-hour", "N", ValueKind::Number, "limit on internal recipients per hour (0 to 10000)"),
        FlagSpec::valued("--recipients-per-day", "N", ValueKind::Number, "limit on recipients per day (0 to 10000)"),
        FlagSpec::valued("--action", "ACTION", ValueKind::Choice(OUTBOUND_ACTION_NAMES), "what happens when a sender crosses a limit"),
        FlagSpec::valued(
            "--auto-forwarding",
            "MODE",
            ValueKind::Choice(AUTO_FORWARDING_NAMES),
            "automatic external forwarding (automatic means off)",
        ),
    ],
    summary: "Change the outbound spam policy.",
    help: "Give at least one flag. With block-user a restricted sender stays blocked until an admin releases them; with \
           block-user-for-today (the service default) until the next UTC day, and no admin can release them early; alert \
           only notifies.",
    examples: &["policy outbound --action block-user", "policy outbound --auto-forwarding off --recipients-per-day 500"],
    build: |arguments| {
        let change = OutboundChange {
            external_recipients_per_hour: arguments.number("--external-recipients-per-hour", OUTBOUND_LIMIT_MAXIMUM)?,
            internal_recipients_per_hour: arguments.number("--internal-recipients-per-hour", OUTBOUND_LIMIT_MAXIMUM)?,
            recipients_per_day: arguments.number("--recipients-per-day", OUTBOUND_LIMIT_MAXIMUM)?,
            action: arguments.named("--action", &OUTBOUND_ACTIONS, OUTBOUND_ACTION_NAMES),
            auto_forwarding: arguments.named("--auto-forwarding", &AUTO_FORWARDING_MODES, AUTO_FORWARDING_NAMES),
        };
        if change == OutboundChange::default() {
            return Err(arguments.error(ParseErrorKind::MissingFlag, "nothing to change: give at least one flag".to_string()));
        }
        Ok(Command::Act(Action::SetOutboundPolicy(change)))
    },
    render: |command| match acted(command)? {
        Action::SetOutboundPolicy(change) if *change != OutboundChange::default() => Some(
            Rendered::new()
                .value("--external-recipients-per-hour", change.external_recipients_per_hour.map(|number| number.to_string()).as_deref())
                .value("--internal-recipients-per-hour", change.internal_recipients_per_hour.map(|number| number.to_string()).as_deref())
                .value("--recipients-per-day", change.recipients_per_day.map(|number| number.to_string()).as_deref())
                .value("--action", change.action.and_then(|action| name_of(&OUTBOUND_ACTIONS, OUTBOUND_ACTION_NAMES, &action)))
                .value(
                    "--auto-forwarding",
                    change.auto_forwarding.and_then(|mode| name_of(&AUTO_FORWARDING_MODES, AUTO_FORWARDING_NAMES, &mode)),
                ),
        ),
        _ => None,
    },
};

const OPTIONAL_UPN: ArgumentSpec = ArgumentSpec::optional("UPN", ValueKind::User);

pub const LOGS_SIGN_INS: CommandSpec = CommandSpec {
    name: "logs sign-ins",
    section: Section::Logs,
    arguments: &[OPTIONAL_UPN],
    flags: &[],
    summary: "Show the sign-in log, for everyone or one user.",
    help: "Newest first: time, user, IP address, client app, location, result and error code (50053 locked, 50057 \
           blocked, 50055 password expired, 50126 wrong password). Sign-ins from an address and place the user never uses \
           stand out; a spray comes from several.",
    examples: &["logs sign-ins", "logs sign-ins megan"],
    build: |arguments| Ok(Command::Act(Action::SignInLog { user: arguments.optional_text("UPN") })),
    render: |command| match acted(command)? {
        Action::SignInLog { user } => Some(user.iter().fold(Rendered::new(), |line, user| line.positional(user))),
        _ => None,
    },
};

pub const LOGS_AUDIT: CommandSpec = CommandSpec {
    name: "logs audit",
    summary: "Show the audit log, for everyone or about one user.",
    help: "Newest first: who changed what, when, from which IP address and place: roles, sign-in status, passwords \
           (self-service too), security info and app passwords registered, mailbox rules, forwarding and permissions. \
           Look at what happened just before the incident too.",
    examples: &["logs audit", "logs audit megan"],
    build: |arguments| Ok(Command::Act(Action::AuditLog { user: arguments.optional_text("UPN") })),
    render: |command| match acted(command)? {
        Action::AuditLog { user } => Some(user.iter().fold(Rendered::new(), |line, user| line.positional(user))),
        _ => None,
    },
    ..LOGS_SIGN_INS
};

pub const ALERTS: CommandSpec = CommandSpec {
    examples: &["alerts"],
    ..plain(
        "alerts",
        Section::Logs,
        "Show security alerts.",
        "Alerts the service raised, such as a user restricted from sending email.",
        |_| Ok(Command::Act(Action::ListAlerts)),
        |command| matches!(acted(command)?, Action::ListAlerts).then(Rendered::new),
    )
};

pub const POLICY_SHOW: CommandSpec = CommandSpec {
    examples: &["policy show"],
    ..plain(
        "policy show",
        Section::Policies,
        "Show the tenant's lockout, password and outbound spam policies.",
        "Everything `policy password-expiration` and `policy outbound` change, and the smart lockout settings.",
        |_| Ok(Command::Act(Action::ShowPolicies)),
        |command| matches!(acted(command)?, Action::ShowPolicies).then(Rendered::new),
    )
};

pub const POLICY_PASSWORD_EXPIRATION: CommandSpec = CommandSpec {
    name: "policy password-expiration",
    section: Section::Policies,
    arguments: &[],
    flags: &[
        FlagSpec::switch("--never", "passwords never expire (the default for new tenants)").alternative(true),
        FlagSpec::valued("--days", "N", ValueKind::Number, "passwords expire after N days (14 to 730)").alternative(true),
    ],
    summary: "Set when passwords expire, for the whole organisation.",
    help: "Org settings > Security & privacy > Password expiration policy. An expired password stops sign-in until it is changed.",
    examples: &["policy password-expiration --never", "policy password-expiration --days 90"],
    build: |arguments| Ok(Command::Act(Action::SetPasswordExpiration { days: arguments.number("--days", u16::MAX)? })),
    render: |command| match acted(command)? {
        Action::SetPasswordExpiration { days } => {
            Some(Rendered::new().switch("--never", days.is_none()).value("--days", days.map(|days| days.to_string()).as_deref()))
        }
        _ => None,
    },
};

pub const SSPR_SHOW: CommandSpec = CommandSpec {
    examples: &["sspr show"],
    ..plain(
        "sspr show",
        Section::Policies,
        "Show the self-service password reset policy.",
        "Who may reset their own password, with how many and which methods, and whether users must register methods.",
        |_| Ok(Command::Act(Action::ShowSspr)),
        |command| matches!(acted(command)?, Action::ShowSspr).then(Rendered::new),
    )
};

pub const SSPR_SET: CommandSpec = CommandSpec {
    name: "sspr set",
    section: Section::Policies,
    arguments: &[],
    flags: &[
        FlagSpec::valued("--scope", "SCOPE", ValueKind::Choice(SSPR_SCOPE_NAMES), "who may use self-service reset"),
        FlagSpec::valued("--group", "GROUP", ValueKind::Group, "the group allowed to use it (means --scope selected)"),
        FlagSpec::valued("--methods-required", "COUNT", ValueKind::Choice(METHODS_REQUIRED_NAMES), "methods a user must pass"),
        FlagSpec::valued("--methods", "LIST", ValueKind::SsprMethods, "comma-separated methods users may use"),
        FlagSpec::valued("--require-registration", "YES_NO", ValueKind::Choice(BOOLEAN_NAMES), "ask users to register at sign-in"),
        FlagSpec::valued("--reconfirm-days", "N", ValueKind::Number, "days before users confirm their methods again (0 is never)"),
    ],
    summary: "Change the self-service password reset policy.",
    help: "Give at least one flag; the others stay as they are. LIST names any of mobile-app-notification, mobile-app-code, \
           email, mobile-phone, office-phone, security-questions. Administrators always need two methods and cannot use \
           security questions, whatever this policy says.",
    examples: &["sspr set --scope all --methods-required 2", "sspr set --group \"Finance Team\" --methods mobile-phone,email"],
    build: |arguments| {
        let change = SsprChange {
            scope: sspr_scope(arguments)?,
            methods_required: arguments.value("--methods-required").and_then(|count| count.parse().ok()),
            methods_allowed: arguments.sspr_methods("--methods")?,
            require_registration: arguments.yes_no("--require-registration"),
            reconfirm_days: arguments.number("--reconfirm-days", u16::MAX)?,
        };
        if change == SsprChange::default() {
            return Err(arguments.error(ParseErrorKind::MissingFlag, "nothing to change: give at least one flag".to_string()));
        }
        Ok(Command::Act(Action::SetSspr(change)))
    },
    render: |command| {
        let Action::SetSspr(change) = acted(command)? else { return None };
        let methods: Option<Vec<&str>> = match &change.methods_allowed {
            Some(methods) if methods.is_empty() => return None,
            Some(methods) => Some(methods.iter().map(|method| sspr_method_name(*method)).collect::<Option<_>>()?),
            None => None,
        };
        if change.methods_required.is_some_and(|count| !(1..=2).contains(&count)) || *change == SsprChange::default() {
            return None;
        }
        let (scope, group) = match &change.scope {
            None => (None, None),
            Some(SsprScope::None) => (Some("none"), None),
            Some(SsprScope::All) => (Some("all"), None),
            Some(SsprScope::Selected(group)) => (None, Some(group.as_str())),
        };
        Some(
            Rendered::new()
                .value("--scope", scope)
                .value("--group", group)
                .value("--methods-required", change.methods_required.map(|count| count.to_string()).as_deref())
                .value("--methods", methods.map(|names| names.join(",")).as_deref())
                .value("--require-registration", change.require_registration.map(|on| if on { "yes" } else { "no" }))
                .value("--reconfirm-days", change.reconfirm_days.map(|days| days.to_string()).as_deref()),
        )
    },
};

/// `--group` names the group and implies `--scope selected`.
fn sspr_scope(arguments: &Arguments) -> Result<Option<SsprScope>, ParseError> {
    match (arguments.value("--scope"), arguments.owned_value("--group")) {
        (None, None) => Ok(None),
        (None | Some("selected"), Some(group)) => Ok(Some(SsprScope::Selected(group))),
        (Some("selected"), None) => Err(arguments.error(ParseErrorKind::MissingFlag, "--scope selected needs --group GROUP".to_string())),
        (Some("all"), None) => Ok(Some(SsprScope::All)),
        (Some(_), None) => Ok(Some(SsprScope::None)),
        (Some(scope), Some(_)) => {
            Err(arguments.error(ParseErrorKind::ConflictingFlags, format!("--group goes with --scope selected, not --scope {scope}")))
        }
    }
}

pub const SSPR_RESET: CommandSpec = CommandSpec {
    name: "sspr reset",
    section: Section::Policies,
    arguments: &[UPN],
    flags: &[FlagSpec::valued("--password", "PW", ValueKind::Password, "the new password (a strong default when left out)").secret()],
    summary: "Go through self-service reset as a user (\"I forgot my password\").",
    help: "Only when the scenario lets you act as that user. The user must be in the policy's scope and pass the required \
           number of registered methods; a successful reset also clears a smart lockout.",
    examples: &["sspr reset admin", "sspr reset admin --password Tidal-Compass-Ready-58!"],
    build: |arguments| {
        Ok(Command::Act(Action::SelfServiceReset {
            user: arguments.text("UPN"),
            mode: SsprMode::Forgot,
            new_password: arguments.owned_value("--password").unwrap_or_else(|| DEFAULT_SELF_SERVICE_PASSWORD.to_string()),
        }))
    },
    render: |command| match acted(command)? {
        Action::SelfServiceReset { user, mode: SsprMode::Forgot, new_password } => Some(
            Rendered::new()
                .positional(user)
                .value("--password", (new_password != DEFAULT_SELF_SERVICE_PASSWORD).then_some(new_password.as_str())),
        ),
        _ => None,
    },
};
