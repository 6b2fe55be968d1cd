//! Commands about user accounts: the directory, passwords, sign-in, roles
//! and authentication methods.

use super::Command;
use super::render::Rendered;
use super::spec::{ArgumentSpec, CommandSpec, FlagSpec, Section, ValueKind};
use super::table::{UPN, acted};
use super::values::BOOLEAN_NAMES;
use crate::action::{Action, NewPassword};
use crate::tenant::user::MethodKind;

/// A command that takes only a user and maps to one action.
const fn about_user(
    name: &'static str,
    summary: &'static str,
    help: &'static str,
    examples: &'static [&'static str],
    build: fn(&super::Arguments) -> Result<Command, super::ParseError>,
    render: fn(&Command) -> Option<Rendered>,
) -> CommandSpec {
    CommandSpec { name, section: Section::Users, arguments: &[UPN], flags: &[], summary, help, examples, build, render }
}

pub const USERS: CommandSpec = CommandSpec {
    name: "users",
    section: Section::Users,
    arguments: &[],
    flags: &[
        FlagSpec::valued("--search", "TEXT", ValueKind::Text, "only users whose name, display name or department contains TEXT"),
        FlagSpec::valued("--department", "DEPARTMENT", ValueKind::Text, "only users of this department (case ignored)"),
        FlagSpec::valued("--filter", "TEXT", ValueKind::Text, "the older name of --search"),
    ],
    summary: "List the tenant's users, sorted by name, with a count.",
    help: "Shows each user's name, display name, department, sign-in status and whether they hold an admin role, \
           sorted by user principal name, and how many users match. `--search` keeps users whose name, display name \
           or department contains the text; `--department` keeps one department; both together keep users who match both. \
           Output taller than the terminal goes through a pager.",
    examples: &["users", "users --search finance", "users --department \"Field Service\""],
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

pub const GROUPS: CommandSpec = CommandSpec {
    name: "groups",
    section: Section::Users,
    arguments: &[],
    flags: &[],
    summary: "List the tenant's groups with how many members each has.",
    help: "The admin center's Groups page, sorted by name. `group members GROUP` shows who is in one.",
    examples: &["groups"],
    build: |_| Ok(Command::Act(Action::ListGroups)),
    render: |command| matches!(acted(command)?, Action::ListGroups).then(Rendered::new),
};

pub const GROUP_MEMBERS: CommandSpec = CommandSpec {
    name: "group members",
    section: Section::Users,
    arguments: &[ArgumentSpec::required("GROUP", ValueKind::Group)],
    flags: &[],
    summary: "List the members of a group.",
    help: "Each member's name, display name, department and sign-in status, sorted by name. Quote a name with spaces.",
    examples: &["group members \"SSPR Pilot\""],
    build: |arguments| Ok(Command::Act(Action::GroupMembers { group: arguments.text("GROUP") })),
    render: |command| match acted(command)? {
        Action::GroupMembers { group } => Some(Rendered::new().positional(group)),
        _ => None,
    },
};

pub const ROLE_MEMBERS: CommandSpec = CommandSpec {
    name: "role members",
    section: Section::Users,
    arguments: &[ArgumentSpec::required("ROLE", ValueKind::Role)],
    flags: &[],
    summary: "List who holds an admin role.",
    help: "The admin center's Roles page for one role: every user who holds it, sorted by name. \
           Before removing a Global Administrator, check that another one remains.",
    examples: &["role members global-admin", "role members \"Helpdesk Administrator\""],
    build: |arguments| Ok(Command::Act(Action::RoleMembers { role: arguments.role("ROLE")? })),
    render: |command| match acted(command)? {
        Action::RoleMembers { role } => Some(Rendered::new().positional(role.alias())),
        _ => None,
    },
};

pub const SHOW: CommandSpec = about_user(
    "user show",
    "Show a user's account: status, roles, password age, contact details.",
    "UPN is a full user principal name or an alias that only one user has, such as `megan`.",
    &["user show megan@contoso.com", "user show megan"],
    |arguments| Ok(Command::Act(Action::ShowUser { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ShowUser { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub const ROLES: CommandSpec = about_user(
    "user roles",
    "Show the admin roles a user holds.",
    "The same view as `user show`, for when roles are what you are looking for.",
    &["user roles nestor"],
    |arguments| Ok(Command::Act(Action::ShowUser { user: arguments.text("UPN") })),
    // `user show` is the canonical form of the same view.
    |_| None,
);

pub const RESET_PASSWORD: CommandSpec = CommandSpec {
    name: "user reset-password",
    section: Section::Users,
    arguments: &[UPN],
    flags: &[
        FlagSpec::switch("--auto", "let the service generate the password (the default); it is shown to you once").alternative(false),
        FlagSpec::valued("--password", "PW", ValueKind::Password, "set this password; it must pass the password rules")
            .alternative(false)
            .secret(),
        FlagSpec::switch("--no-require-change", "do not make the user choose a new password at the next sign-in"),
        FlagSpec::valued("--email-to", "ADDRESS", ValueKind::Address, "also email the new password to ADDRESS"),
    ],
    summary: "Reset a user's password.",
    help: "The admin center's Reset password. A reset signs the user out of sessions that came from a password sign-in, \
           and clears a smart lockout. It does not end sessions from passwordless sign-ins, and it does not remove app passwords. \
           By default the user must change the password at the next sign-in. Whoever reads an emailed password learns it.",
    examples: &["user reset-password megan", "user reset-password megan --password Correct-Horse-42! --no-require-change"],
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

pub const BLOCK_SIGN_IN: CommandSpec = about_user(
    "user block-sign-in",
    "Block new sign-ins and token refresh for a user.",
    "New sign-ins fail at once and refresh tokens stop working, but an access token already issued keeps working until it \
         expires, except where continuous access evaluation cuts it off.",
    &["user block-sign-in megan"],
    |arguments| Ok(Command::Act(Action::BlockSignIn { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::BlockSignIn { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub const ALLOW_SIGN_IN: CommandSpec = about_user(
    "user allow-sign-in",
    "Allow a blocked user to sign in again.",
    "Undoes `user block-sign-in`.",
    &["user allow-sign-in megan"],
    |arguments| Ok(Command::Act(Action::AllowSignIn { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::AllowSignIn { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub const REVOKE_SESSIONS: CommandSpec = about_user(
    "user revoke-sessions",
    "Sign a user out of every session.",
    "Revokes every refresh token and session cookie, whatever the sign-in method. Access tokens already issued live \
         until they expire, except where continuous access evaluation cuts them off.",
    &["user revoke-sessions megan"],
    |arguments| Ok(Command::Act(Action::RevokeSessions { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::RevokeSessions { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub const ADD_ROLE: CommandSpec = CommandSpec {
    name: "user add-role",
    section: Section::Users,
    arguments: &[UPN, ArgumentSpec::required("ROLE", ValueKind::Role)],
    flags: &[],
    summary: "Give a user an admin role.",
    help: ROLE_HELP,
    examples: &["user add-role hana global-reader", "user add-role hana \"Helpdesk Administrator\""],
    build: |arguments| Ok(Command::Act(Action::AddRole { user: arguments.text("UPN"), role: arguments.role("ROLE")? })),
    render: |command| match acted(command)? {
        Action::AddRole { user, role } => Some(Rendered::new().positional(user).positional(role.alias())),
        _ => None,
    },
};

pub const REMOVE_ROLE: CommandSpec = CommandSpec {
    name: "user remove-role",
    summary: "Take an admin role away from a user.",
    examples: &["user remove-role megan exchange-admin"],
    build: |arguments| Ok(Command::Act(Action::RemoveRole { user: arguments.text("UPN"), role: arguments.role("ROLE")? })),
    render: |command| match acted(command)? {
        Action::RemoveRole { user, role } => Some(Rendered::new().positional(user).positional(role.alias())),
        _ => None,
    },
    ..ADD_ROLE
};

/// Role names for help, kept in step with `Role::alias` by a test.
const ROLE_HELP: &str = "ROLE is a role's alias or its display name in quotes: global-admin, privileged-auth-admin, \
     privileged-role-admin, user-admin, groups-admin, helpdesk-admin, password-admin, auth-admin, auth-policy-admin, \
     exchange-admin, security-admin, security-reader, global-reader, reports-reader, message-center-reader, \
     directory-readers, guest-inviter, organization-management. The tenant's last Global Administrator cannot be removed.";

pub const REQUIRE_MFA: CommandSpec = about_user(
    "user require-mfa",
    "Require multifactor authentication for a user.",
    "From now on a sign-in needs a second factor the signer controls: a phone, the authenticator app or a security key.",
    &["user require-mfa megan"],
    |arguments| Ok(Command::Act(Action::RequireMfa { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::RequireMfa { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub const METHODS: CommandSpec = about_user(
    "user methods",
    "List a user's registered authentication methods and app passwords.",
    "Look for methods the user does not recognise: an attacker may register their own phone or app.",
    &["user methods megan"],
    |arguments| Ok(Command::Act(Action::ListMethods { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::ListMethods { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub const REMOVE_METHOD: CommandSpec = CommandSpec {
    name: "user remove-method",
    section: Section::Users,
    arguments: &[UPN, ArgumentSpec::required("METHOD", ValueKind::Method)],
    flags: &[],
    summary: "Remove one of a user's authentication methods.",
    help: "METHOD is one of alternate-email, mobile-phone, office-phone, authenticator-app, security-questions, fido2.",
    examples: &["user remove-method megan authenticator-app"],
    build: |arguments| Ok(Command::Act(Action::RemoveMethod { user: arguments.text("UPN"), method: arguments.method("METHOD")? })),
    render: |command| match acted(command)? {
        Action::RemoveMethod { user, method } => Some(Rendered::new().positional(user).positional(MethodKind::name(*method))),
        _ => None,
    },
};

pub const REMOVE_APP_PASSWORDS: CommandSpec = about_user(
    "user remove-app-passwords",
    "Delete all of a user's app passwords.",
    "App passwords let legacy mail clients in without the account password; they survive password resets and \
         session revocation.",
    &["user remove-app-passwords megan"],
    |arguments| Ok(Command::Act(Action::RemoveAppPasswords { user: arguments.text("UPN") })),
    |command| match acted(command)? {
        Action::RemoveAppPasswords { user } => Some(Rendered::new().positional(user)),
        _ => None,
    },
);

pub const CONTACT_INFO: CommandSpec = CommandSpec {
    name: "user contact-info",
    section: Section::Users,
    arguments: &[UPN],
    flags: &[
        FlagSpec::valued("--alternate-email", "ADDRESS", ValueKind::Address, "the address used for recovery and notices"),
        FlagSpec::valued("--mobile-phone", "PHONE", ValueKind::Phone, "the number used for texts and calls back"),
    ],
    summary: "Change a user's alternate email or mobile phone.",
    help: "Give at least one flag. Check contact details you did not set: an attacker who changes them can take the \
           account back through self-service reset.",
    examples: &["user contact-info megan --mobile-phone \"+1 425 555 0147\""],
    build: |arguments| {
        let alternate_email = arguments.owned_value("--alternate-email");
        let mobile_phone = arguments.owned_value("--mobile-phone");
        if alternate_email.is_none() && mobile_phone.is_none() {
            return Err(arguments.error(super::ParseErrorKind::MissingFlag, "give --alternate-email, --mobile-phone or both".to_string()));
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

pub const PASSWORD_POLICY: CommandSpec = CommandSpec {
    name: "user password-policy",
    section: Section::Users,
    arguments: &[UPN],
    flags: &[
        FlagSpec::valued("--never-expires", "YES_NO", ValueKind::Choice(BOOLEAN_NAMES), "exempt the password from the expiry policy"),
        FlagSpec::valued("--strong-password", "YES_NO", ValueKind::Choice(BOOLEAN_NAMES), "require a strong password (on by default)"),
    ],
    summary: "Change one user's password expiry and strength settings.",
    help: "Give at least one flag. These are the per-user PasswordPolicies switches (DisablePasswordExpiration, \
           DisableStrongPassword).",
    examples: &["user password-policy megan --strong-password yes", "user password-policy alex --never-expires no --strong-password yes"],
    build: |arguments| {
        let never_expires = arguments.yes_no("--never-expires");
        let strong_password = arguments.yes_no("--strong-password");
        if never_expires.is_none() && strong_password.is_none() {
            return Err(arguments.error(super::ParseErrorKind::MissingFlag, "give --never-expires, --strong-password or both".to_string()));
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tenant::role::Role;

    #[test]
    fn role_help_names_every_alias() {
        for role in Role::ALL {
            assert!(ROLE_HELP.contains(role.alias()), "{}", role.alias());
        }
        for kind in MethodKind::ALL {
            assert!(REMOVE_METHOD.help.contains(kind.name()), "{}", kind.name());
        }
    }
}
