//! Commands about the tenant as a whole: outbound protection, logs and
//! alerts, the password and self-service reset policies.

use super::render::Rendered;
use super::spec::{ArgumentSpec, Arity, CommandSpec, Equivalents, FlagSpec, HelpText, InPortal, InPowerShell, Portal, Section, ValueKind};
use super::table::{UPN, acted};
use super::values::{
    AUTO_FORWARDING_MODES, AUTO_FORWARDING_NAMES, BOOLEAN_NAMES, METHODS_REQUIRED_NAMES, OUTBOUND_ACTION_NAMES, OUTBOUND_ACTIONS,
    SSPR_SCOPE_NAMES, name_of, sspr_method_name,
};
use super::{Arguments, Command, DEFAULT_SELF_SERVICE_PASSWORD, ParseError, Problem};
use crate::action::{Action, OutboundChange, SsprChange, SsprMode};
use crate::t;
use crate::tenant::access::PolicyControl;
use crate::tenant::logs::Classification;
use crate::tenant::policy::{OUTBOUND_LIMIT_MAXIMUM, SsprScope};

/// A command without arguments or flags that maps to one action.
const fn plain(
    name: &'static str,
    section: Section,
    summary: HelpText,
    help: HelpText,
    equivalents: Equivalents,
    build: fn(&Arguments) -> Result<Command, ParseError>,
    render: fn(&Command) -> Option<Rendered>,
) -> CommandSpec {
    CommandSpec { name, section, arguments: &[], flags: &[], summary, help, examples: &[], equivalents, build, render }
}

/// Graph has no cmdlet for the self-service reset policy's settings.
const SSPR_NO_POWERSHELL: InPowerShell = InPowerShell::Nowhere(|lang| t!(lang, "cmd-sspr-no-powershell"));

pub(crate) const RESTRICTED_LIST: CommandSpec = CommandSpec {
    examples: &["restricted list"],
    ..plain(
        "restricted list",
        Section::OutboundProtection,
        |lang| t!(lang, "cmd-restricted-list-summary"),
        |lang| t!(lang, "cmd-restricted-list-help"),
        Equivalents::new(
            InPortal::Path(Portal::Defender, |lang| t!(lang, "cmd-restricted-list-portal")),
            InPowerShell::Lines(&["Get-BlockedSenderAddress"]),
        ),
        |_| Ok(Command::Act(Action::ListRestricted)),
        |command| matches!(acted(command)?, Action::ListRestricted).then(Rendered::new),
    )
};

pub(crate) const RESTRICTED_RELEASE: CommandSpec = CommandSpec {
    name: "restricted release",
    section: Section::OutboundProtection,
    arguments: &[UPN],
    flags: &[],
    summary: |lang| t!(lang, "cmd-restricted-release-summary"),
    help: |lang| t!(lang, "cmd-restricted-release-help"),
    examples: &["restricted release megan"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Defender, |lang| t!(lang, "cmd-restricted-release-portal")),
        InPowerShell::Lines(&["Remove-BlockedSenderAddress -SenderAddress <user>"]),
    ),
    build: |arguments| Ok(Command::Act(Action::ReleaseRestricted { user: arguments.text("UPN") })),
    render: |command| match acted(command)? {
        Action::ReleaseRestricted { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
};

pub(crate) const POLICY_OUTBOUND: CommandSpec = CommandSpec {
    name: "policy outbound",
    section: Section::OutboundProtection,
    arguments: &[],
    flags: &[
        FlagSpec::valued("--external-recipients-per-hour", "N", ValueKind::Number, |lang| {
            t!(lang, "cmd-policy-outbound-flag-external-recipients-per-hour")
        }),
        FlagSpec::valued("--internal-recipients-per-hour", "N", ValueKind::Number, |lang| {
            t!(lang, "cmd-policy-outbound-flag-internal-recipients-per-hour")
        }),
        FlagSpec::valued("--recipients-per-day", "N", ValueKind::Number, |lang| t!(lang, "cmd-policy-outbound-flag-recipients-per-day")),
        FlagSpec::valued("--action", "ACTION", ValueKind::Choice(OUTBOUND_ACTION_NAMES), |lang| {
            t!(lang, "cmd-policy-outbound-flag-action")
        }),
        FlagSpec::valued("--auto-forwarding", "MODE", ValueKind::Choice(AUTO_FORWARDING_NAMES), |lang| {
            t!(lang, "cmd-policy-outbound-flag-auto-forwarding")
        }),
    ],
    summary: |lang| t!(lang, "cmd-policy-outbound-summary"),
    help: |lang| t!(lang, "cmd-policy-outbound-help"),
    examples: &["policy outbound --action block-user", "policy outbound --auto-forwarding off --recipients-per-day 500"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Defender, |lang| t!(lang, "cmd-policy-outbound-portal")),
        InPowerShell::Lines(&[
            "Set-HostedOutboundSpamFilterPolicy -Identity Default -RecipientLimitExternalPerHour <n> -RecipientLimitInternalPerHour <n> -RecipientLimitPerDay <n> -ActionWhenThresholdReached BlockUser -AutoForwardingMode Off",
        ]),
    ),
    build: |arguments| {
        let change = OutboundChange {
            external_recipients_per_hour: arguments.number("--external-recipients-per-hour", OUTBOUND_LIMIT_MAXIMUM)?,
            internal_recipients_per_hour: arguments.number("--internal-recipients-per-hour", OUTBOUND_LIMIT_MAXIMUM)?,
            recipients_per_day: arguments.number("--recipients-per-day", OUTBOUND_LIMIT_MAXIMUM)?,
            action: arguments.named("--action", &OUTBOUND_ACTIONS, OUTBOUND_ACTION_NAMES),
            auto_forwarding: arguments.named("--auto-forwarding", &AUTO_FORWARDING_MODES, AUTO_FORWARDING_NAMES),
        };
        if change == OutboundChange::default() {
            return Err(arguments.error(Problem::NothingToChange));
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

pub(crate) const LOGS_SIGN_INS: CommandSpec = CommandSpec {
    name: "logs sign-ins",
    section: Section::Logs,
    arguments: &[OPTIONAL_UPN],
    flags: &[FlagSpec::valued("--ip", "IP", ValueKind::Text, |lang| t!(lang, "cmd-logs-sign-ins-flag-ip"))],
    summary: |lang| t!(lang, "cmd-logs-sign-ins-summary"),
    help: |lang| t!(lang, "cmd-logs-sign-ins-help"),
    examples: &["logs sign-ins", "logs sign-ins megan", "logs sign-ins --ip 20.40.2.2"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-logs-sign-ins-portal")),
        InPowerShell::Lines(&[
            "Get-MgAuditLogSignIn -Filter \"userPrincipalName eq '<user>'\"",
            "Get-MgAuditLogSignIn -Filter \"ipAddress eq '<ip>'\"",
        ]),
    ),
    build: |arguments| Ok(Command::Act(Action::SignInLog { user: arguments.optional_text("UPN"), ip: arguments.owned_value("--ip") })),
    render: |command| match acted(command)? {
        Action::SignInLog { user, ip } => {
            Some(user.iter().fold(Rendered::new(), |line, user| line.positional(user)).value("--ip", ip.as_deref()))
        }
        _ => None,
    },
};

pub(crate) const LOGS_AUDIT: CommandSpec = CommandSpec {
    name: "logs audit",
    flags: &[],
    summary: |lang| t!(lang, "cmd-logs-audit-summary"),
    help: |lang| t!(lang, "cmd-logs-audit-help"),
    examples: &["logs audit", "logs audit megan"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Purview, |lang| t!(lang, "cmd-logs-audit-portal")),
        InPowerShell::Lines(&[
            "Search-UnifiedAuditLog -StartDate <start> -EndDate <end> -UserIds <user>",
            "Get-MgAuditLogDirectoryAudit -Filter \"initiatedBy/user/userPrincipalName eq '<user>'\"",
        ]),
    ),
    build: |arguments| Ok(Command::Act(Action::AuditLog { user: arguments.optional_text("UPN") })),
    render: |command| match acted(command)? {
        Action::AuditLog { user } => Some(user.iter().fold(Rendered::new(), |line, user| line.positional(user))),
        _ => None,
    },
    ..LOGS_SIGN_INS
};

pub(crate) const ALERTS: CommandSpec = CommandSpec {
    examples: &["alerts"],
    ..plain(
        "alerts",
        Section::Logs,
        |lang| t!(lang, "cmd-alerts-summary"),
        |lang| t!(lang, "cmd-alerts-help"),
        Equivalents::new(
            InPortal::Path(Portal::Defender, |lang| t!(lang, "cmd-alerts-portal")),
            InPowerShell::Lines(&["Get-MgSecurityAlertV2"]),
        ),
        |_| Ok(Command::Act(Action::ListAlerts)),
        |command| matches!(acted(command)?, Action::ListAlerts).then(Rendered::new),
    )
};

/// The verdicts of `alert resolve`, and their names on the command line.
const VERDICTS: [Classification; 3] =
    [Classification::TruePositive, Classification::InformationalExpectedActivity, Classification::FalsePositive];
const VERDICT_NAMES: &[&str] = &["true-positive", "benign", "false-positive"];

pub(crate) const ALERT_RESOLVE: CommandSpec = CommandSpec {
    name: "alert resolve",
    section: Section::Logs,
    arguments: &[ArgumentSpec::required("ID", ValueKind::Number)],
    flags: &[
        FlagSpec::valued("--verdict", "VERDICT", ValueKind::Choice(VERDICT_NAMES), |lang| t!(lang, "cmd-alert-resolve-flag-verdict")),
        FlagSpec::valued("--reason", "TEXT", ValueKind::Text, |lang| t!(lang, "cmd-alert-resolve-flag-reason")),
    ],
    summary: |lang| t!(lang, "cmd-alert-resolve-summary"),
    help: |lang| t!(lang, "cmd-alert-resolve-help"),
    examples: &[
        "alert resolve 3 --verdict true-positive",
        "alert resolve 2 --verdict false-positive --reason \"forwards to her own subsidiary mailbox\"",
    ],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Defender, |lang| t!(lang, "cmd-alert-resolve-portal")),
        InPowerShell::Lines(&["Update-MgSecurityAlertV2 -AlertId <id> -Status resolved -Classification truePositive"]),
    ),
    build: |arguments| {
        let text = arguments.text("ID");
        let Some(id) = text.trim().trim_start_matches('#').parse::<u32>().ok() else {
            return Err(arguments.error(Problem::InvalidNumber { text, flag: "ID".to_string(), maximum: u32::MAX.to_string() }));
        };
        let Some(verdict) = arguments.named("--verdict", &VERDICTS, VERDICT_NAMES) else {
            return Err(arguments.error(Problem::MissingFlag { flag: "--verdict" }));
        };
        Ok(Command::Act(Action::ResolveAlert { id, verdict, reason: arguments.owned_value("--reason") }))
    },
    render: |command| match acted(command)? {
        Action::ResolveAlert { id, verdict, reason } => Some(
            Rendered::new()
                .positional(&id.to_string())
                .value("--verdict", name_of(&VERDICTS, VERDICT_NAMES, verdict))
                .value("--reason", reason.as_deref()),
        ),
        _ => None,
    },
};

pub(crate) const POLICY_SHOW: CommandSpec = CommandSpec {
    examples: &["policy show"],
    ..plain(
        "policy show",
        Section::Policies,
        |lang| t!(lang, "cmd-policy-show-summary"),
        |lang| t!(lang, "cmd-policy-show-help"),
        Equivalents::new(
            InPortal::Nowhere(|lang| t!(lang, "cmd-policy-show-no-portal")),
            InPowerShell::Lines(&[
                "Get-MgDomain -DomainId <domain> | Format-List PasswordValidityPeriodInDays",
                "Get-HostedOutboundSpamFilterPolicy -Identity Default | Format-List",
            ]),
        ),
        |_| Ok(Command::Act(Action::ShowPolicies)),
        |command| matches!(acted(command)?, Action::ShowPolicies).then(Rendered::new),
    )
};

pub(crate) const POLICY_PASSWORD_EXPIRATION: CommandSpec = CommandSpec {
    name: "policy password-expiration",
    section: Section::Policies,
    arguments: &[],
    flags: &[
        FlagSpec::switch("--never", |lang| t!(lang, "cmd-policy-password-expiration-flag-never")).alternative(true),
        FlagSpec::valued("--days", "N", ValueKind::Number, |lang| t!(lang, "cmd-policy-password-expiration-flag-days")).alternative(true),
    ],
    summary: |lang| t!(lang, "cmd-policy-password-expiration-summary"),
    help: |lang| t!(lang, "cmd-policy-password-expiration-help"),
    examples: &["policy password-expiration --never", "policy password-expiration --days 90"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-policy-password-expiration-portal")),
        InPowerShell::Lines(&[
            "Update-MgDomain -DomainId <domain> -PasswordValidityPeriodInDays <days>",
            "Update-MgDomain -DomainId <domain> -PasswordValidityPeriodInDays 2147483647",
        ]),
    ),
    build: |arguments| Ok(Command::Act(Action::SetPasswordExpiration { days: arguments.number("--days", u16::MAX)? })),
    render: |command| match acted(command)? {
        Action::SetPasswordExpiration { days } => {
            Some(Rendered::new().switch("--never", days.is_none()).value("--days", days.map(|days| days.to_string()).as_deref()))
        }
        _ => None,
    },
};

pub(crate) const SSPR_SHOW: CommandSpec = CommandSpec {
    examples: &["sspr show"],
    ..plain(
        "sspr show",
        Section::Policies,
        |lang| t!(lang, "cmd-sspr-show-summary"),
        |lang| t!(lang, "cmd-sspr-show-help"),
        Equivalents::new(InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-sspr-portal")), SSPR_NO_POWERSHELL),
        |_| Ok(Command::Act(Action::ShowSspr)),
        |command| matches!(acted(command)?, Action::ShowSspr).then(Rendered::new),
    )
};

pub(crate) const SSPR_SET: CommandSpec = CommandSpec {
    name: "sspr set",
    section: Section::Policies,
    arguments: &[],
    flags: &[
        FlagSpec::valued("--scope", "SCOPE", ValueKind::Choice(SSPR_SCOPE_NAMES), |lang| t!(lang, "cmd-sspr-set-flag-scope")),
        FlagSpec::valued("--group", "GROUP", ValueKind::Group, |lang| t!(lang, "cmd-sspr-set-flag-group")),
        FlagSpec::valued("--methods-required", "COUNT", ValueKind::Choice(METHODS_REQUIRED_NAMES), |lang| {
            t!(lang, "cmd-sspr-set-flag-methods-required")
        }),
        FlagSpec::valued("--methods", "LIST", ValueKind::SsprMethods, |lang| t!(lang, "cmd-sspr-set-flag-methods")),
        FlagSpec::valued("--require-registration", "YES_NO", ValueKind::Choice(BOOLEAN_NAMES), |lang| {
            t!(lang, "cmd-sspr-set-flag-require-registration")
        }),
        FlagSpec::valued("--reconfirm-days", "N", ValueKind::Number, |lang| t!(lang, "cmd-sspr-set-flag-reconfirm-days")),
    ],
    summary: |lang| t!(lang, "cmd-sspr-set-summary"),
    help: |lang| t!(lang, "cmd-sspr-set-help"),
    examples: &["sspr set --scope all --methods-required 2", "sspr set --group \"Finance Team\" --methods mobile-phone,email"],
    equivalents: Equivalents::new(InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-sspr-portal")), SSPR_NO_POWERSHELL),
    build: |arguments| {
        let change = SsprChange {
            scope: sspr_scope(arguments)?,
            methods_required: arguments.value("--methods-required").and_then(|count| count.parse().ok()),
            methods_allowed: arguments.sspr_methods("--methods")?,
            require_registration: arguments.yes_no("--require-registration"),
            reconfirm_days: arguments.number("--reconfirm-days", u16::MAX)?,
        };
        if change == SsprChange::default() {
            return Err(arguments.error(Problem::NothingToChange));
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
        (Some("selected"), None) => {
            Err(arguments.error(Problem::NeedsFlag { given: "--scope selected".to_string(), needed: "--group GROUP" }))
        }
        (Some("all"), None) => Ok(Some(SsprScope::All)),
        (Some(_), None) => Ok(Some(SsprScope::None)),
        (Some(scope), Some(_)) => {
            Err(arguments.error(Problem::GoesWith { flag: "--group", with: "--scope selected", given: format!("--scope {scope}") }))
        }
    }
}

pub(crate) const SSPR_RESET: CommandSpec = CommandSpec {
    name: "sspr reset",
    section: Section::Policies,
    arguments: &[UPN],
    flags: &[FlagSpec::valued("--password", "PW", ValueKind::Password, |lang| t!(lang, "cmd-sspr-reset-flag-password")).secret()],
    summary: |lang| t!(lang, "cmd-sspr-reset-summary"),
    help: |lang| t!(lang, "cmd-sspr-reset-help"),
    examples: &["sspr reset admin", "sspr reset admin --password Tidal-Compass-Ready-58!"],
    equivalents: Equivalents::new(
        InPortal::Nowhere(|lang| t!(lang, "cmd-sspr-reset-no-portal")),
        InPowerShell::Nowhere(|lang| t!(lang, "cmd-sspr-reset-no-powershell")),
    ),
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

pub(crate) const CA_LOCATIONS: CommandSpec = CommandSpec {
    examples: &["ca locations"],
    ..plain(
        "ca locations",
        Section::Policies,
        |lang| t!(lang, "cmd-ca-locations-summary"),
        |lang| t!(lang, "cmd-ca-locations-help"),
        Equivalents::new(
            InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-ca-locations-portal")),
            InPowerShell::Lines(&["Get-MgIdentityConditionalAccessNamedLocation"]),
        ),
        |_| Ok(Command::Act(Action::ListNamedLocations)),
        |command| matches!(acted(command)?, Action::ListNamedLocations).then(Rendered::new),
    )
};

pub(crate) const CA_ADD_LOCATION: CommandSpec = CommandSpec {
    name: "ca add-location",
    section: Section::Policies,
    arguments: &[ArgumentSpec::required("NAME", ValueKind::Text), ArgumentSpec::repeated("RANGE", ValueKind::Text, Arity::OneOrMore)],
    flags: &[],
    summary: |lang| t!(lang, "cmd-ca-add-location-summary"),
    help: |lang| t!(lang, "cmd-ca-add-location-help"),
    examples: &["ca add-location \"Spray sources\" 102.89.0.0/16 185.220.14.7/32"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-ca-add-location-portal")),
        InPowerShell::Lines(&["New-MgIdentityConditionalAccessNamedLocation -BodyParameter $params"]),
    ),
    build: |arguments| {
        Ok(Command::Act(Action::CreateNamedLocation {
            name: arguments.text("NAME"),
            ranges: arguments.tokens("RANGE").iter().map(|token| token.text.clone()).collect(),
        }))
    },
    render: |command| match acted(command)? {
        Action::CreateNamedLocation { name, ranges } => {
            Some(ranges.iter().fold(Rendered::new().positional(name), |line, range| line.positional(range)))
        }
        _ => None,
    },
};

pub(crate) const CA_POLICIES: CommandSpec = CommandSpec {
    examples: &["ca policies"],
    ..plain(
        "ca policies",
        Section::Policies,
        |lang| t!(lang, "cmd-ca-policies-summary"),
        |lang| t!(lang, "cmd-ca-policies-help"),
        Equivalents::new(
            InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-ca-policies-portal")),
            InPowerShell::Lines(&["Get-MgIdentityConditionalAccessPolicy"]),
        ),
        |_| Ok(Command::Act(Action::ListConditionalAccessPolicies)),
        |command| matches!(acted(command)?, Action::ListConditionalAccessPolicies).then(Rendered::new),
    )
};

pub(crate) const CA_ADD_POLICY: CommandSpec = CommandSpec {
    name: "ca add-policy",
    section: Section::Policies,
    arguments: &[ArgumentSpec::required("NAME", ValueKind::Text)],
    flags: &[
        FlagSpec::valued("--block-locations", "LOCATIONS", ValueKind::NamedLocations, |lang| {
            t!(lang, "cmd-ca-add-policy-flag-block-locations")
        })
        .alternative(true),
        FlagSpec::switch("--block-legacy-auth", |lang| t!(lang, "cmd-ca-add-policy-flag-block-legacy-auth")).alternative(true),
    ],
    summary: |lang| t!(lang, "cmd-ca-add-policy-summary"),
    help: |lang| t!(lang, "cmd-ca-add-policy-help"),
    examples: &[
        "ca add-policy \"Block spray sources\" --block-locations \"Spray sources\"",
        "ca add-policy \"Block legacy authentication\" --block-legacy-auth",
    ],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-ca-add-policy-portal")),
        InPowerShell::Lines(&["New-MgIdentityConditionalAccessPolicy -BodyParameter $policy"]),
    ),
    build: |arguments| {
        let control = match arguments.value("--block-locations") {
            Some(names) => {
                PolicyControl::BlockLocations(names.split(',').map(str::trim).filter(|name| !name.is_empty()).map(str::to_string).collect())
            }
            None => PolicyControl::BlockLegacyAuthentication,
        };
        Ok(Command::Act(Action::CreateConditionalAccessPolicy { name: arguments.text("NAME"), control }))
    },
    render: |command| match acted(command)? {
        Action::CreateConditionalAccessPolicy { name, control: PolicyControl::BlockLocations(names) } => {
            Some(Rendered::new().positional(name).value("--block-locations", Some(&names.join(","))))
        }
        Action::CreateConditionalAccessPolicy { name, control: PolicyControl::BlockLegacyAuthentication } => {
            Some(Rendered::new().positional(name).switch("--block-legacy-auth", true))
        }
        _ => None,
    },
};

pub(crate) const RISKY_USERS: CommandSpec = CommandSpec {
    examples: &["risky-users"],
    ..plain(
        "risky-users",
        Section::Users,
        |lang| t!(lang, "cmd-risky-users-summary"),
        |lang| t!(lang, "cmd-risky-users-help"),
        Equivalents::new(
            InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-risky-users-portal")),
            InPowerShell::Lines(&["Get-MgRiskyUser"]),
        ),
        |_| Ok(Command::Act(Action::ListRiskyUsers)),
        |command| matches!(acted(command)?, Action::ListRiskyUsers).then(Rendered::new),
    )
};
