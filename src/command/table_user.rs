//! Commands about user accounts: the directory, passwords, sign-in, roles
//! and authentication methods.

use super::Command;
use super::render::Rendered;
use super::spec::{ArgumentSpec, CommandSpec, Equivalents, FlagSpec, HelpText, InPortal, InPowerShell, Portal, Section, ValueKind};
use super::table::{UPN, acted};
use super::values::BOOLEAN_NAMES;
use crate::action::{Action, NewPassword};
use crate::i18n::Lang;
use crate::t;
use crate::tenant::user::MethodKind;

/// A command that takes only a user and maps to one action.
const fn about_user(
    name: &'static str,
    summary: HelpText,
    help: HelpText,
    examples: &'static [&'static str],
    equivalents: Equivalents,
    build: fn(&super::Arguments) -> Result<Command, super::ParseError>,
    render: fn(&Command) -> Option<Rendered>,
) -> CommandSpec {
    CommandSpec { name, section: Section::Users, arguments: &[UPN], flags: &[], summary, help, examples, equivalents, build, render }
}

pub(super) const USERS: CommandSpec = CommandSpec {
    name: "users",
    section: Section::Users,
    arguments: &[],
    flags: &[
        FlagSpec::valued("--search", "TEXT", ValueKind::Text, |lang| t!(lang, "cmd-users-flag-search")),
        FlagSpec::valued("--department", "DEPARTMENT", ValueKind::Text, |lang| t!(lang, "cmd-users-flag-department")),
        FlagSpec::valued("--filter", "TEXT", ValueKind::Text, |lang| t!(lang, "cmd-users-flag-filter")),
    ],
    summary: |lang| t!(lang, "cmd-users-summary"),
    help: |lang| t!(lang, "cmd-users-help"),
    examples: &["users", "users --search finance", "users --department \"Field Service\""],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-users-portal")),
        InPowerShell::Lines(&["Get-MgUser -All", "Get-MgUser -Filter \"department eq '<department>'\""]),
    ),
    build: |arguments| {
        Ok(Command::Act(Action::ListUsers {
            search: arguments.owned_value("--search").or_else(|| arguments.owned_value("--filter")),
            department: arguments.owned_value("--department"),
        }))
    },
    render: |command| match acted(command)? {
        Action::ListUsers { search, department } => {
            Some(Rendered::new().value("--search", search.as_deref()).value("--department", department.as_deref()))
        }
        _ => None,
    },
};

pub(crate) const GROUPS: CommandSpec = CommandSpec {
    name: "groups",
    section: Section::Users,
    arguments: &[],
    flags: &[],
    summary: |lang| t!(lang, "cmd-groups-summary"),
    help: |lang| t!(lang, "cmd-groups-help"),
    examples: &["groups"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-groups-portal")),
        InPowerShell::Lines(&["Get-MgGroup -All"]),
    ),
    build: |_| Ok(Command::Act(Action::ListGroups)),
    render: |command| matches!(acted(command)?, Action::ListGroups).then(Rendered::new),
};

pub(crate) const GROUP_MEMBERS: CommandSpec = CommandSpec {
    name: "group members",
    section: Section::Users,
    arguments: &[ArgumentSpec::required("GROUP", ValueKind::Group)],
    flags: &[],
    summary: |lang| t!(lang, "cmd-group-members-summary"),
    help: |lang| t!(lang, "cmd-group-members-help"),
    examples: &["group members \"SSPR Pilot\""],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-group-members-portal")),
        InPowerShell::Lines(&["Get-MgGroupMember -GroupId <group id>"]),
    ),
    build: |arguments| Ok(Command::Act(Action::GroupMembers { group: arguments.text("GROUP") })),
    render: |command| match acted(command)? {
        Action::GroupMembers { group } => Some(Rendered::new().positional(group)),
        _ => None,
    },
};

pub(crate) const ROLE_MEMBERS: CommandSpec = CommandSpec {
    name: "role members",
    section: Section::Users,
    arguments: &[ArgumentSpec::required("ROLE", ValueKind::Role)],
    flags: &[],
    summary: |lang| t!(lang, "cmd-role-members-summary"),
    help: |lang| t!(lang, "cmd-role-members-help"),
    examples: &["role members global-admin", "role members \"Helpdesk Administrator\""],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-role-members-portal")),
        InPowerShell::Lines(&["Get-MgDirectoryRoleMember -DirectoryRoleId <role id>"]),
    ),
    build: |arguments| Ok(Command::Act(Action::RoleMembers { role: arguments.role("ROLE")? })),
    render: |command| match acted(command)? {
        Action::RoleMembers { role } => Some(Rendered::new().positional(role.alias())),
        _ => None,
    },
};

pub(crate) const SHOW: CommandSpec = about_user(
    "user show",
    |lang| t!(lang, "cmd-user-show-summary"),
    |lang| t!(lang, "cmd-user-show-help"),
    &["user show megan@contoso.com", "user show megan"],
    Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-user-show-portal")),
        InPowerShell::Lines(&["Get-MgUser -UserId <user> | Format-List"]),
    ),
    |arguments| Ok(Command::Act(Action::ShowUser { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ShowUser { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub(crate) const ROLES: CommandSpec = about_user(
    "user roles",
    |lang| t!(lang, "cmd-user-roles-summary"),
    |lang| t!(lang, "cmd-user-roles-help"),
    &["user roles nestor"],
    Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-user-roles-portal")),
        InPowerShell::Lines(&["Get-MgUserMemberOf -UserId <user>"]),
    ),
    |arguments| Ok(Command::Act(Action::ShowUser { user: arguments.text("UPN") })),
    // `user show` is the canonical form of the same view.
    |_| None,
);

pub(crate) const RESET_PASSWORD: CommandSpec = CommandSpec {
    name: "user reset-password",
    section: Section::Users,
    arguments: &[UPN],
    flags: &[
        FlagSpec::switch("--auto", |lang| t!(lang, "cmd-user-reset-password-flag-auto")).alternative(false),
        FlagSpec::valued("--password", "PW", ValueKind::Password, |lang| t!(lang, "cmd-user-reset-password-flag-password"))
            .alternative(false)
            .secret(),
        FlagSpec::switch("--no-require-change", |lang| t!(lang, "cmd-user-reset-password-flag-no-require-change")),
        FlagSpec::valued("--email-to", "ADDRESS", ValueKind::Address, |lang| t!(lang, "cmd-user-reset-password-flag-email-to")),
    ],
    summary: |lang| t!(lang, "cmd-user-reset-password-summary"),
    help: |lang| t!(lang, "cmd-user-reset-password-help"),
    examples: &["user reset-password megan", "user reset-password megan --password Correct-Horse-42! --no-require-change"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-user-reset-password-portal")),
        InPowerShell::Lines(&[
            "Update-MgUser -UserId <user> -PasswordProfile @{ Password = '<password>'; ForceChangePasswordNextSignIn = $true }",
        ]),
    ),
    build: |arguments| {
        Ok(Command::Act(Action::ResetPassword {
            user: arguments.text("UPN"),
            password: arguments.owned_value("--password").map_or(NewPassword::Auto, NewPassword::Given),
            require_change: !arguments.has("--no-require-change"),
            email_to: arguments.owned_value("--email-to"),
        }))
    },
    render: |command| match acted(command)? {
        Action::ResetPassword { user, password, require_change, email_to } => Some(
            Rendered::new()
                .positional(user)
                .value(
                    "--password",
                    match password {
                        NewPassword::Auto => None,
                        NewPassword::Given(text) => Some(text),
                    },
                )
                .switch("--no-require-change", !require_change)
                .value("--email-to", email_to.as_deref()),
        ),
        _ => None,
    },
};

pub(crate) const BLOCK_SIGN_IN: CommandSpec = about_user(
    "user block-sign-in",
    |lang| t!(lang, "cmd-user-block-sign-in-summary"),
    |lang| t!(lang, "cmd-user-block-sign-in-help"),
    &["user block-sign-in megan"],
    Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-user-block-sign-in-portal")),
        InPowerShell::Lines(&["Update-MgUser -UserId <user> -AccountEnabled:$false"]),
    ),
    |arguments| Ok(Command::Act(Action::BlockSignIn { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::BlockSignIn { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub(crate) const ALLOW_SIGN_IN: CommandSpec = about_user(
    "user allow-sign-in",
    |lang| t!(lang, "cmd-user-allow-sign-in-summary"),
    |lang| t!(lang, "cmd-user-allow-sign-in-help"),
    &["user allow-sign-in megan"],
    Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-user-allow-sign-in-portal")),
        InPowerShell::Lines(&["Update-MgUser -UserId <user> -AccountEnabled"]),
    ),
    |arguments| Ok(Command::Act(Action::AllowSignIn { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::AllowSignIn { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub(crate) const REVOKE_SESSIONS: CommandSpec = about_user(
    "user revoke-sessions",
    |lang| t!(lang, "cmd-user-revoke-sessions-summary"),
    |lang| t!(lang, "cmd-user-revoke-sessions-help"),
    &["user revoke-sessions megan"],
    Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-user-revoke-sessions-portal")),
        InPowerShell::Lines(&["Revoke-MgUserSignInSession -UserId <user>"]),
    ),
    |arguments| Ok(Command::Act(Action::RevokeSessions { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::RevokeSessions { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub(crate) const ADD_ROLE: CommandSpec = CommandSpec {
    name: "user add-role",
    section: Section::Users,
    arguments: &[UPN, ArgumentSpec::required("ROLE", ValueKind::Role)],
    flags: &[],
    summary: |lang| t!(lang, "cmd-user-add-role-summary"),
    help: role_help,
    examples: &["user add-role hana global-reader", "user add-role hana \"Helpdesk Administrator\""],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-user-roles-portal")),
        InPowerShell::Lines(&[
            "New-MgDirectoryRoleMemberByRef -DirectoryRoleId <role id> -OdataId 'https://graph.microsoft.com/v1.0/directoryObjects/<user id>'",
        ]),
    ),
    build: |arguments| Ok(Command::Act(Action::AddRole { user: arguments.text("UPN"), role: arguments.role("ROLE")? })),
    render: |command| match acted(command)? {
        Action::AddRole { user, role } => Some(Rendered::new().positional(user).positional(role.alias())),
        _ => None,
    },
};

pub(crate) const REMOVE_ROLE: CommandSpec = CommandSpec {
    name: "user remove-role",
    summary: |lang| t!(lang, "cmd-user-remove-role-summary"),
    examples: &["user remove-role megan exchange-admin"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-user-roles-portal")),
        InPowerShell::Lines(&["Remove-MgDirectoryRoleMemberByRef -DirectoryRoleId <role id> -DirectoryObjectId <user id>"]),
    ),
    build: |arguments| Ok(Command::Act(Action::RemoveRole { user: arguments.text("UPN"), role: arguments.role("ROLE")? })),
    render: |command| match acted(command)? {
        Action::RemoveRole { user, role } => Some(Rendered::new().positional(user).positional(role.alias())),
        _ => None,
    },
    ..ADD_ROLE
};

/// Role names for help, kept in step with `Role::alias` by a test.
fn role_help(lang: Lang) -> String {
    t!(lang, "cmd-role-help")
}

pub(crate) const REQUIRE_MFA: CommandSpec = about_user(
    "user require-mfa",
    |lang| t!(lang, "cmd-user-require-mfa-summary"),
    |lang| t!(lang, "cmd-user-require-mfa-help"),
    &["user require-mfa megan"],
    Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-user-require-mfa-portal")),
        InPowerShell::Lines(&["Update-MgBetaUserAuthenticationRequirement -UserId <user> -PerUserMfaState enforced"]),
    ),
    |arguments| Ok(Command::Act(Action::RequireMfa { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::RequireMfa { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub(super) const METHODS: CommandSpec = about_user(
    "user methods",
    |lang| t!(lang, "cmd-user-methods-summary"),
    |lang| t!(lang, "cmd-user-methods-help"),
    &["user methods megan"],
    Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-user-methods-portal")),
        InPowerShell::Lines(&["Get-MgUserAuthenticationMethod -UserId <user>"]),
    ),
    |arguments| Ok(Command::Act(Action::ListMethods { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ListMethods { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub(crate) const REMOVE_METHOD: CommandSpec = CommandSpec {
    name: "user remove-method",
    section: Section::Users,
    arguments: &[UPN, ArgumentSpec::required("METHOD", ValueKind::Method)],
    flags: &[],
    summary: |lang| t!(lang, "cmd-user-remove-method-summary"),
    help: |lang| t!(lang, "cmd-user-remove-method-help"),
    examples: &["user remove-method megan authenticator-app"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-user-remove-method-portal")),
        InPowerShell::Lines(&[
            "Remove-MgUserAuthenticationPhoneMethod -UserId <user> -PhoneAuthenticationMethodId <method id>",
            "Remove-MgUserAuthenticationEmailMethod -UserId <user> -EmailAuthenticationMethodId <method id>",
            "Remove-MgUserAuthenticationMicrosoftAuthenticatorMethod -UserId <user> -MicrosoftAuthenticatorAuthenticationMethodId <method id>",
            "Remove-MgUserAuthenticationFido2Method -UserId <user> -Fido2AuthenticationMethodId <method id>",
        ]),
    ),
    build: |arguments| Ok(Command::Act(Action::RemoveMethod { user: arguments.text("UPN"), method: arguments.method("METHOD")? })),
    render: |command| match acted(command)? {
        Action::RemoveMethod { user, method } => Some(Rendered::new().positional(user).positional(MethodKind::name(*method))),
        _ => None,
    },
};

pub(super) const DEVICES: CommandSpec = about_user(
    "user devices",
    |lang| t!(lang, "cmd-user-devices-summary"),
    |lang| t!(lang, "cmd-user-devices-help"),
    &["user devices megan"],
    Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-user-devices-portal")),
        InPowerShell::Lines(&["Get-MgUserRegisteredDevice -UserId <user>", "Get-MgUserOwnedDevice -UserId <user>"]),
    ),
    |arguments| Ok(Command::Act(Action::ListDevices { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ListDevices { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

const DEVICE: ArgumentSpec = ArgumentSpec::required("DEVICE", ValueKind::Text);

pub(crate) const DISABLE_DEVICE: CommandSpec = CommandSpec {
    name: "user disable-device",
    section: Section::Users,
    arguments: &[UPN, DEVICE],
    flags: &[],
    summary: |lang| t!(lang, "cmd-user-disable-device-summary"),
    help: |lang| t!(lang, "cmd-user-disable-device-help"),
    examples: &["user disable-device megan DESKTOP-K4P7Q2Z"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-user-disable-device-portal")),
        InPowerShell::Lines(&["Update-MgDevice -DeviceId <device> -AccountEnabled:$false"]),
    ),
    build: |arguments| Ok(Command::Act(Action::DisableDevice { user: arguments.text("UPN"), device: arguments.text("DEVICE") })),
    render: |command| match acted(command)? {
        Action::DisableDevice { user, device } => Some(Rendered::new().positional(user).positional(device)),
        _ => None,
    },
};

pub(crate) const DELETE_DEVICE: CommandSpec = CommandSpec {
    name: "user delete-device",
    section: Section::Users,
    arguments: &[UPN, DEVICE],
    flags: &[],
    summary: |lang| t!(lang, "cmd-user-delete-device-summary"),
    help: |lang| t!(lang, "cmd-user-delete-device-help"),
    examples: &["user delete-device megan DESKTOP-K4P7Q2Z"],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-user-delete-device-portal")),
        InPowerShell::Lines(&["Remove-MgDevice -DeviceId <device>"]),
    ),
    build: |arguments| Ok(Command::Act(Action::DeleteDevice { user: arguments.text("UPN"), device: arguments.text("DEVICE") })),
    render: |command| match acted(command)? {
        Action::DeleteDevice { user, device } => Some(Rendered::new().positional(user).positional(device)),
        _ => None,
    },
};

pub(crate) const REMOVE_APP_PASSWORDS: CommandSpec = about_user(
    "user remove-app-passwords",
    |lang| t!(lang, "cmd-user-remove-app-passwords-summary"),
    |lang| t!(lang, "cmd-user-remove-app-passwords-help"),
    &["user remove-app-passwords megan"],
    Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-user-remove-app-passwords-portal")),
        InPowerShell::Nowhere(|lang| t!(lang, "cmd-user-remove-app-passwords-no-powershell")),
    ),
    |arguments| Ok(Command::Act(Action::RemoveAppPasswords { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::RemoveAppPasswords { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub(crate) const CONTACT_INFO: CommandSpec = CommandSpec {
    name: "user contact-info",
    section: Section::Users,
    arguments: &[UPN],
    flags: &[
        FlagSpec::valued("--alternate-email", "ADDRESS", ValueKind::Address, |lang| t!(lang, "cmd-user-contact-info-flag-alternate-email")),
        FlagSpec::valued("--mobile-phone", "PHONE", ValueKind::Phone, |lang| t!(lang, "cmd-user-contact-info-flag-mobile-phone")),
    ],
    summary: |lang| t!(lang, "cmd-user-contact-info-summary"),
    help: |lang| t!(lang, "cmd-user-contact-info-help"),
    examples: &["user contact-info megan --mobile-phone \"+1 425 555 0147\""],
    equivalents: Equivalents::new(
        InPortal::Path(Portal::Microsoft365, |lang| t!(lang, "cmd-user-contact-info-portal")),
        InPowerShell::Lines(&["Update-MgUser -UserId <user> -OtherMails '<address>' -MobilePhone '<phone>'"]),
    ),
    build: |arguments| {
        let alternate_email = arguments.owned_value("--alternate-email");
        let mobile_phone = arguments.owned_value("--mobile-phone");
        if alternate_email.is_none() && mobile_phone.is_none() {
            return Err(arguments.error(super::Problem::AnyOfFlags { flags: vec!["--alternate-email", "--mobile-phone"] }));
        }
        Ok(Command::Act(Action::UpdateContactInfo { user: arguments.text("UPN"), alternate_email, mobile_phone }))
    },
    render: |command| match acted(command)? {
        Action::UpdateContactInfo { user, alternate_email, mobile_phone } if alternate_email.is_some() || mobile_phone.is_some() => Some(
            Rendered::new()
                .positional(user)
                .value("--alternate-email", alternate_email.as_deref())
                .value("--mobile-phone", mobile_phone.as_deref()),
        ),
        _ => None,
    },
};

pub(crate) const PASSWORD_POLICY: CommandSpec = CommandSpec {
    name: "user password-policy",
    section: Section::Users,
    arguments: &[UPN],
    flags: &[
        FlagSpec::valued("--never-expires", "YES_NO", ValueKind::Choice(BOOLEAN_NAMES), |lang| {
            t!(lang, "cmd-user-password-policy-flag-never-expires")
        }),
        FlagSpec::valued("--strong-password", "YES_NO", ValueKind::Choice(BOOLEAN_NAMES), |lang| {
            t!(lang, "cmd-user-password-policy-flag-strong-password")
        }),
    ],
    summary: |lang| t!(lang, "cmd-user-password-policy-summary"),
    help: |lang| t!(lang, "cmd-user-password-policy-help"),
    examples: &["user password-policy megan --strong-password yes", "user password-policy alex --never-expires no --strong-password yes"],
    equivalents: Equivalents::new(
        InPortal::Nowhere(|lang| t!(lang, "cmd-user-password-policy-no-portal")),
        InPowerShell::Lines(&[
            "Update-MgUser -UserId <user> -PasswordPolicies DisablePasswordExpiration",
            "Update-MgUser -UserId <user> -PasswordPolicies None",
        ]),
    ),
    build: |arguments| {
        let never_expires = arguments.yes_no("--never-expires");
        let strong_password = arguments.yes_no("--strong-password");
        if never_expires.is_none() && strong_password.is_none() {
            return Err(arguments.error(super::Problem::AnyOfFlags { flags: vec!["--never-expires", "--strong-password"] }));
        }
        Ok(Command::Act(Action::SetUserPasswordPolicy { user: arguments.text("UPN"), never_expires, strong_password }))
    },
    render: |command| match acted(command)? {
        Action::SetUserPasswordPolicy { user, never_expires, strong_password } if never_expires.is_some() || strong_password.is_some() => {
            let word = |value: &Option<bool>| value.map(|on| if on { "yes" } else { "no" });
            Some(
                Rendered::new()
                    .positional(user)
                    .value("--never-expires", word(never_expires))
                    .value("--strong-password", word(strong_password)),
            )
        }
        _ => None,
    },
};

pub(crate) const CONFIRM_COMPROMISED: CommandSpec = about_user(
    "user confirm-compromised",
    |lang| t!(lang, "cmd-user-confirm-compromised-summary"),
    |lang| t!(lang, "cmd-user-confirm-compromised-help"),
    &["user confirm-compromised megan"],
    Equivalents::new(
        InPortal::Path(Portal::Entra, |lang| t!(lang, "cmd-user-confirm-compromised-portal")),
        InPowerShell::Lines(&["Confirm-MgRiskyUserCompromised -UserIds <id>"]),
    ),
    |arguments| Ok(Command::Act(Action::ConfirmCompromised { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ConfirmCompromised { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tenant::role::Role;

    #[test]
    fn role_help_names_every_alias() {
        for role in Role::ALL {
            assert!(Lang::ALL.iter().all(|lang| role_help(*lang).contains(role.alias())), "{}", role.alias());
        }
        for kind in MethodKind::ALL {
            assert!(Lang::ALL.iter().all(|lang| (REMOVE_METHOD.help)(*lang).contains(kind.name())), "{}", kind.name());
        }
    }
}
