//! Commands about enterprise applications: the applications, their
//! delegated permission grants, and the tenant's user-consent setting.

use super::render::Rendered;
use super::spec::{ArgumentSpec, CommandSpec, Equivalents, FlagSpec, InPortal, InPowerShell, Portal, Section, ValueKind};
use super::table::acted;
use super::values::name_of;
use super::{Command, Problem};
use crate::action::Action;
use crate::t;
use crate::tenant::apps::UserConsent;

/// An application by display name (in quotes when it has spaces),
/// Application ID or object ID.
const APP: ArgumentSpec = ArgumentSpec::required("APP", ValueKind::App);

const USER_FLAG: FlagSpec = FlagSpec::valued("--user", "UPN", ValueKind::User, |lang| t!(lang, "cmd-app-flag-user"));

/// The user-consent settings, and their names on the command line.
const CONSENT_SETTINGS: [UserConsent; 3] = [UserConsent::AllowAll, UserConsent::VerifiedPublishers, UserConsent::DoNotAllow];
const CONSENT_NAMES: &[&str] = &["allow-all", "verified-publishers", "do-not-allow"];

pub(crate) const APPS: CommandSpec = CommandSpec {
    name: "apps",
    section: Section::Applications,
    arguments: &[],
    flags: &[],
    summary: |lang| t!(lang, "cmd-apps-summary"),
    help: |lang| t!(lang, "cmd-apps-help"),
    examples: &["apps"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-apps-portal")),
        InPowerShell::Lines(&["Get-MgServicePrincipal -All"]),
    ),
    build: |_| Ok(Command::Act(Action::ListApps)),
    render: |command| matches!(acted(command)?, Action::ListApps).then(Rendered::new),
};

pub(crate) const SHOW: CommandSpec = CommandSpec {
    name: "app show",
    section: Section::Applications,
    arguments: &[APP],
    flags: &[],
    summary: |lang| t!(lang, "cmd-app-show-summary"),
    help: |lang| t!(lang, "cmd-app-show-help"),
    examples: &["app show \"PDF Viewer Pro\""],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-app-show-portal")),
        InPowerShell::Lines(&[
            "Get-MgServicePrincipal -ServicePrincipalId <id>",
            "Get-MgOauth2PermissionGrant -Filter \"clientId eq '<id>'\"",
        ]),
    ),
    build: |arguments| Ok(Command::Act(Action::ShowApp { app: arguments.text("APP") })),
    render: |command| match acted(command)? {
        Action::ShowApp { app } => Some(Rendered::new().positional(app)),
        _ => None,
    },
};

pub(crate) const GRANTS: CommandSpec = CommandSpec {
    name: "app grants",
    section: Section::Applications,
    arguments: &[ArgumentSpec::optional("APP", ValueKind::App)],
    flags: &[USER_FLAG],
    summary: |lang| t!(lang, "cmd-app-grants-summary"),
    help: |lang| t!(lang, "cmd-app-grants-help"),
    examples: &["app grants", "app grants \"PDF Viewer Pro\"", "app grants --user megan"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-app-grants-portal")),
        InPowerShell::Lines(&[
            "Get-MgOauth2PermissionGrant -All",
            "Get-MgOauth2PermissionGrant -Filter \"clientId eq '<id>'\"",
            "Get-MgUserOauth2PermissionGrant -UserId <user>",
        ]),
    ),
    build: |arguments| Ok(Command::Act(Action::ListGrants { app: arguments.optional_text("APP"), user: arguments.owned_value("--user") })),
    render: |command| match acted(command)? {
        Action::ListGrants { app, user } => {
            let mut rendered = Rendered::new();
            if let Some(app) = app {
                rendered = rendered.positional(app);
            }
            Some(rendered.value("--user", user.as_deref()))
        }
        _ => None,
    },
};

pub(crate) const REVOKE_GRANTS: CommandSpec = CommandSpec {
    name: "app revoke-grants",
    section: Section::Applications,
    arguments: &[APP],
    flags: &[USER_FLAG],
    summary: |lang| t!(lang, "cmd-app-revoke-grants-summary"),
    help: |lang| t!(lang, "cmd-app-revoke-grants-help"),
    examples: &["app revoke-grants \"PDF Viewer Pro\"", "app revoke-grants \"PDF Viewer Pro\" --user megan"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-app-revoke-grants-portal")),
        InPowerShell::Lines(&["Remove-MgOauth2PermissionGrant -OAuth2PermissionGrantId <grant-id>"]),
    ),
    build: |arguments| {
        Ok(Command::Act(Action::RevokeGrants { app: arguments.text("APP"), user: arguments.owned_value("--user"), grant: None }))
    },
    // One grant by its id is Remove-MgOauth2PermissionGrant's, not this command's.
    render: |command| match acted(command)? {
        Action::RevokeGrants { app, user, grant: None } => Some(Rendered::new().positional(app).value("--user", user.as_deref())),
        _ => None,
    },
};

pub(crate) const DISABLE: CommandSpec = CommandSpec {
    name: "app disable",
    section: Section::Applications,
    arguments: &[APP],
    flags: &[],
    summary: |lang| t!(lang, "cmd-app-disable-summary"),
    help: |lang| t!(lang, "cmd-app-disable-help"),
    examples: &["app disable \"PDF Viewer Pro\""],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-app-disable-portal")),
        InPowerShell::Lines(&["Update-MgServicePrincipal -ServicePrincipalId <id> -AccountEnabled:$false"]),
    ),
    build: |arguments| Ok(Command::Act(Action::DisableApp { app: arguments.text("APP") })),
    render: |command| match acted(command)? {
        Action::DisableApp { app } => Some(Rendered::new().positional(app)),
        _ => None,
    },
};

pub(crate) const DELETE: CommandSpec = CommandSpec {
    name: "app delete",
    section: Section::Applications,
    arguments: &[APP],
    flags: &[],
    summary: |lang| t!(lang, "cmd-app-delete-summary"),
    help: |lang| t!(lang, "cmd-app-delete-help"),
    examples: &["app delete \"PDF Viewer Pro\""],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-app-delete-portal")),
        InPowerShell::Lines(&["Remove-MgServicePrincipal -ServicePrincipalId <id>"]),
    ),
    build: |arguments| Ok(Command::Act(Action::DeleteApp { app: arguments.text("APP") })),
    render: |command| match acted(command)? {
        Action::DeleteApp { app } => Some(Rendered::new().positional(app)),
        _ => None,
    },
};

pub(crate) const USER_CONSENT: CommandSpec = CommandSpec {
    name: "app user-consent",
    section: Section::Applications,
    arguments: &[],
    flags: &[FlagSpec::valued("--setting", "SETTING", ValueKind::Choice(CONSENT_NAMES), |lang| {
        t!(lang, "cmd-app-user-consent-flag-setting")
    })
    .required()],
    summary: |lang| t!(lang, "cmd-app-user-consent-summary"),
    help: |lang| t!(lang, "cmd-app-user-consent-help"),
    examples: &["app user-consent --setting verified-publishers", "app user-consent --setting do-not-allow"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-app-user-consent-portal")),
        InPowerShell::Lines(&[
            "Update-MgPolicyAuthorizationPolicy -BodyParameter @{ permissionGrantPolicyIdsAssignedToDefaultUserRole = @('ManagePermissionGrantsForSelf.microsoft-user-default-low') }",
        ]),
    ),
    build: |arguments| {
        let Some(setting) = arguments.named("--setting", &CONSENT_SETTINGS, CONSENT_NAMES) else {
            return Err(arguments.error(Problem::MissingFlag { flag: "--setting" }));
        };
        Ok(Command::Act(Action::SetUserConsent { setting }))
    },
    render: |command| match acted(command)? {
        Action::SetUserConsent { setting } => Some(Rendered::new().value("--setting", name_of(&CONSENT_SETTINGS, CONSENT_NAMES, setting))),
        _ => None,
    },
};
