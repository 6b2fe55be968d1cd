//! A step's result in words: the view, `Done.`, a denial or an error; and
//! the facts outcomes carry (permissions, roles, sign-in statuses) in words.

use crate::engine::{AppPasswordProblem, Area, Outcome, Problem, Refusal, SessionProblem, StepResult};
use crate::i18n::Lang;
use crate::t;
use crate::tenant::logs::SignInStatus;
use crate::tenant::password_rules::PasswordRejection;
use crate::tenant::permission::{Denial, Permission};
use crate::tenant::role::Role;

/// What the trainee sees after a step.
#[must_use]
pub fn result(lang: Lang, result: &StepResult) -> String {
    match (&result.outcome, &result.view) {
        (Outcome::Done, Some(view)) => crate::present::view::render(lang, view),
        (Outcome::Done, None) => t!(lang, "engine-done"),
        (Outcome::Denied(refusal), _) => t!(lang, "engine-access-denied", reason = refusal_text(lang, refusal)),
        (Outcome::Invalid(problem), _) => t!(lang, "engine-error", reason = problem_text(lang, problem)),
    }
}

/// Why an action did not happen, without the `Access denied:`/`error:`
/// heading `result` adds, except that a permission denial keeps its own
/// (as session files have always recorded it); `None` when it was done.
#[must_use]
pub fn reason(lang: Lang, outcome: &Outcome) -> Option<String> {
    match outcome {
        Outcome::Done => None,
        Outcome::Denied(refusal @ Refusal::Permission(_)) => Some(t!(lang, "engine-access-denied", reason = refusal_text(lang, refusal))),
        Outcome::Denied(refusal) => Some(refusal_text(lang, refusal)),
        Outcome::Invalid(problem) => Some(problem_text(lang, problem)),
    }
}

/// A refusal in words, without an `Access denied:` heading.
#[must_use]
pub(crate) fn refusal_text(lang: Lang, refusal: &Refusal) -> String {
    match refusal {
        Refusal::Permission(denial) => permission_denial(lang, denial),
        Refusal::NotSignedIn { user, problem } => {
            t!(lang, "engine-not-signed-in", user = user, reason = session_problem(lang, *problem))
        }
        Refusal::Session(problem) => session_problem(lang, *problem),
        Refusal::MailboxUnreachable { user } => t!(lang, "engine-mailbox-unreachable", user = user),
        Refusal::NoMailboxSession { mailbox } => t!(lang, "engine-no-mailbox-session", mailbox = mailbox),
        Refusal::NoFullAccess { delegate, mailbox } => t!(lang, "engine-no-full-access", delegate = delegate, mailbox = mailbox),
        Refusal::DelegateNoSession { delegate } => t!(lang, "engine-delegate-no-session", delegate = delegate),
        Refusal::Undeliverable { reply } => t!(lang, "engine-undeliverable", reply = reply),
        Refusal::AppPassword(problem) => app_password_problem(lang, *problem),
        Refusal::SignIn(status) => t!(lang, "engine-sign-in-refused", message = sign_in_message(lang, *status), code = status.code()),
        Refusal::SsprNotEnabled { user } => t!(lang, "engine-sspr-not-enabled", user = user),
        Refusal::SsprAccountDisabled { user } => t!(lang, "engine-sspr-account-disabled", user = user),
        Refusal::SsprTooFewMethods { user, required, usable } => {
            t!(lang, "engine-sspr-too-few-methods", user = user, count = *required, usable = *usable)
        }
        Refusal::SsprLocked => t!(lang, "engine-sspr-locked", message = sign_in_message(lang, SignInStatus::Locked)),
        Refusal::SsprNeedsCurrentPassword => t!(lang, "engine-sspr-needs-current-password"),
        Refusal::ReleaseLimitReached { user, releases } => t!(lang, "engine-release-limit", user = user, count = *releases),
    }
}

/// Why an action was not possible, in words.
#[must_use]
pub(crate) fn problem_text(lang: Lang, problem: &Problem) -> String {
    match problem {
        Problem::WaitTooLong { longest } => t!(lang, "engine-wait-too-long", longest = crate::i18n::duration(lang, *longest)),
        Problem::AmbiguousUser { name } => t!(lang, "engine-ambiguous-user", name = name),
        Problem::UnknownUser { name, tenant } => t!(lang, "engine-unknown-user", name = name, tenant = tenant),
        Problem::AttackerWithoutAccount => t!(lang, "engine-attacker-without-account"),
        Problem::UnknownGroup { group } => t!(lang, "engine-unknown-group", group = group),
        Problem::UnknownScopeGroup { group } => t!(lang, "engine-unknown-scope-group", group = group),
        Problem::RoleNotHeld { user, role: held } => t!(lang, "engine-role-not-held", user = user, role = role(lang, *held)),
        Problem::LastGlobalAdministrator { user, tenant } => t!(lang, "engine-last-global-administrator", user = user, tenant = tenant),
        Problem::NoSuchDevice { user, device } => t!(lang, "engine-no-such-device", user = user, device = device),
        Problem::NoSuchApp { app } => t!(lang, "engine-no-such-app", app = app),
        Problem::NoGrants { app, user: None } => t!(lang, "engine-no-grants", app = app),
        Problem::NoGrants { app, user: Some(user) } => t!(lang, "engine-no-grants-of-user", app = app, user = user),
        Problem::NoSuchMethod { user, method } => t!(lang, "engine-no-such-method", user = user, method = method.name()),
        Problem::NoAppPasswords { user } => t!(lang, "engine-no-app-passwords", user = user),
        Problem::NoContactInfo => t!(lang, "engine-no-contact-info"),
        Problem::PasswordExpiryRange { shortest, longest } => {
            t!(lang, "engine-password-expiry-range", shortest = u32::from(*shortest), longest = u32::from(*longest))
        }
        Problem::Misrouted(Area::Identity) => t!(lang, "engine-misrouted-identity"),
        Problem::Misrouted(Area::Mail) => t!(lang, "engine-misrouted-mail"),
        Problem::Misrouted(Area::Outbound) => t!(lang, "engine-misrouted-outbound"),
        Problem::Misrouted(Area::Apps) => t!(lang, "engine-misrouted-apps"),
        Problem::Misrouted(Area::Access) => t!(lang, "engine-misrouted-access"),
        Problem::InvalidRange { range } => t!(lang, "engine-invalid-range", range = range),
        Problem::NoRanges => t!(lang, "engine-no-ranges"),
        Problem::TooManyRanges { limit } => t!(lang, "engine-too-many-ranges", limit = *limit),
        Problem::NamedLocationExists { name } => t!(lang, "engine-named-location-exists", name = name),
        Problem::TooManyNamedLocations { limit } => t!(lang, "engine-too-many-named-locations", limit = *limit),
        Problem::UnknownNamedLocation { name } => t!(lang, "engine-unknown-named-location", name = name),
        Problem::NoLocations => t!(lang, "engine-no-locations"),
        Problem::PolicyExists { name } => t!(lang, "engine-policy-exists", name = name),
        Problem::TooManyPolicies { limit } => t!(lang, "engine-too-many-policies", limit = *limit),
        Problem::BadAccessName { limit } => t!(lang, "engine-bad-access-name", limit = *limit),
        Problem::SignInAsSomeoneElse { user } => t!(lang, "engine-sign-in-as-someone-else", user = user),
        Problem::ServiceCannotSignIn => t!(lang, "engine-service-cannot-sign-in"),
        Problem::Password(rejection) => password_rejection(lang, rejection),
        Problem::OwnAccountReset => t!(lang, "engine-own-account-reset"),
        Problem::NoPhoneToCallBack { user } => t!(lang, "engine-no-phone-to-call-back", user = user),
        Problem::PasswordNotKnown { user } => t!(lang, "engine-password-not-known", user = user),
        Problem::NoPhone { user } => t!(lang, "engine-no-phone", user = user),
        Problem::NoMobilePhone { user } => t!(lang, "engine-no-mobile-phone", user = user),
        Problem::PasswordReused => t!(lang, "engine-password-reused"),
        Problem::PasswordUnchanged => t!(lang, "engine-password-unchanged"),
        Problem::SsprMethodsRequiredRange => t!(lang, "engine-sspr-methods-required-range"),
        Problem::SsprReconfirmRange => t!(lang, "engine-sspr-reconfirm-range"),
        Problem::SsprTooFewMethodsAllowed { required, allowed } => {
            t!(lang, "engine-sspr-too-few-methods-allowed", count = u32::from(*required), allowed = *allowed)
        }
        Problem::NoForwardingTarget => t!(lang, "engine-no-forwarding-target"),
        Problem::ForwardingAddressOutside { address } => t!(lang, "engine-forwarding-address-outside", address = address),
        Problem::NoSuchRule { rule, user } => t!(lang, "engine-no-such-rule", rule = rule, user = user),
        Problem::NoSuchDelegate { delegate, user } => t!(lang, "engine-no-such-delegate", delegate = delegate, user = user),
        Problem::NoMailbox { user } => t!(lang, "engine-no-mailbox", user = user),
        Problem::OnlyPeopleReadMail => t!(lang, "engine-only-people-read-mail"),
        Problem::RuleWithoutAction => t!(lang, "engine-rule-without-action"),
        Problem::RuleQuotaReached => t!(lang, "engine-rule-quota-reached"),
        Problem::NoRecipients => t!(lang, "engine-no-recipients"),
        Problem::NoSuchAlert { id } => t!(lang, "engine-no-such-alert", id = *id),
        Problem::OutboundLimitRange { largest } => t!(lang, "engine-outbound-limit-range", largest = *largest),
        Problem::NotRestricted { user } => t!(lang, "engine-not-restricted", user = user),
        Problem::RestrictedUntilTomorrow { user } => t!(lang, "engine-restricted-until-tomorrow", user = user),
        Problem::OnlyTheUser { user } => t!(lang, "engine-only-the-user", user = user),
        Problem::NoOneToAsk { name } => t!(lang, "engine-no-one-to-ask", name = name),
    }
}

/// Why a session gives no access, with Entra's code.
#[must_use]
pub(crate) fn session_problem(lang: Lang, problem: SessionProblem) -> String {
    match problem {
        SessionProblem::NoSession => t!(lang, "engine-session-none"),
        SessionProblem::RefreshRevoked => t!(lang, "engine-session-refresh-revoked"),
        SessionProblem::AccountDisabled => t!(lang, "engine-session-account-disabled"),
        SessionProblem::RefreshExpired => t!(lang, "engine-session-refresh-expired"),
        SessionProblem::MfaRequired => t!(lang, "engine-session-mfa-required"),
        SessionProblem::BlockedByConditionalAccess => t!(lang, "engine-session-blocked-by-conditional-access"),
    }
}

/// Why an app password did not work.
#[must_use]
pub(crate) fn app_password_problem(lang: Lang, problem: AppPasswordProblem) -> String {
    match problem {
        AppPasswordProblem::NoneHeld => t!(lang, "engine-app-password-none-held"),
        AppPasswordProblem::AccountDisabled => t!(lang, "engine-app-password-account-disabled"),
        AppPasswordProblem::NotLegacy => t!(lang, "engine-app-password-not-legacy"),
        AppPasswordProblem::ProtocolDisabled => t!(lang, "engine-app-password-protocol-disabled"),
    }
}

/// A password the rules refuse, as Entra words it.
#[must_use]
pub fn password_rejection(lang: Lang, rejection: &PasswordRejection) -> String {
    match rejection {
        PasswordRejection::TooShort { minimum } => t!(lang, "engine-password-too-short", count = *minimum),
        PasswordRejection::TooLong { maximum } => t!(lang, "engine-password-too-long", count = *maximum),
        PasswordRejection::NotAscii => t!(lang, "engine-password-not-ascii"),
        PasswordRejection::TooFewCharacterClasses { found, required } => {
            t!(lang, "engine-password-too-few-classes", count = *required, found = *found)
        }
        PasswordRejection::Banned { terms, .. } if terms.is_empty() => t!(lang, "engine-password-banned"),
        PasswordRejection::Banned { terms, .. } => {
            let quoted: Vec<String> = terms.iter().map(|term| t!(lang, "engine-quoted", text = term)).collect();
            let terms = match quoted.split_last() {
                None => String::new(),
                Some((only, [])) => only.clone(),
                Some((last, rest)) => t!(lang, "engine-and-list", rest = rest.join(", "), last = last),
            };
            t!(lang, "engine-password-banned-terms", terms = terms)
        }
    }
}

/// A permission denial: `Access denied: to reset the password of a user
/// who holds Global Administrator you need ...`.
#[must_use]
pub(crate) fn permission_denial(lang: Lang, denial: &Denial) -> String {
    let needed = or_list(lang, &denial.needed);
    let action = permission(lang, denial.permission);
    match &denial.target {
        None => t!(lang, "engine-denied", action = action, needed = needed),
        Some(held) if held.is_empty() => t!(lang, "engine-denied-target-no-role", action = action, needed = needed),
        Some(held) => {
            let held: Vec<String> = held.iter().map(|one| role(lang, one)).collect();
            t!(lang, "engine-denied-target", action = action, held = held.join(", "), needed = needed)
        }
    }
}

fn or_list(lang: Lang, roles: &[Role]) -> String {
    let names: Vec<String> = roles.iter().map(|one| role(lang, *one)).collect();
    match names.split_last() {
        None => t!(lang, "engine-no-role-can"),
        Some((only, [])) => only.clone(),
        Some((last, rest)) => t!(lang, "engine-or-list", rest = rest.join(", "), last = last),
    }
}

/// What a permission lets you do, to complete "to ... you need": `reset
/// the password of` (target-table permissions end where the target
/// follows).
#[must_use]
pub fn permission(lang: Lang, permission: Permission) -> String {
    match permission {
        Permission::ResetPassword => t!(lang, "engine-permission-reset-password"),
        Permission::SetSignInStatus => t!(lang, "engine-permission-set-sign-in-status"),
        Permission::RevokeSessions => t!(lang, "engine-permission-revoke-sessions"),
        Permission::ManageAuthenticationMethods => t!(lang, "engine-permission-manage-authentication-methods"),
        Permission::SetUserPasswordPolicy => t!(lang, "engine-permission-set-user-password-policy"),
        Permission::ReadDirectory => t!(lang, "engine-permission-read-directory"),
        Permission::ReadSignInLogs => t!(lang, "engine-permission-read-sign-in-logs"),
        Permission::ReadAuditLog => t!(lang, "engine-permission-read-audit-log"),
        Permission::ManageRoleMembership => t!(lang, "engine-permission-manage-role-membership"),
        Permission::ManageSelfServicePasswordReset => t!(lang, "engine-permission-manage-sspr"),
        Permission::ManageSmartLockout => t!(lang, "engine-permission-manage-smart-lockout"),
        Permission::ManagePasswordExpiration => t!(lang, "engine-permission-manage-password-expiration"),
        Permission::ReadMailbox => t!(lang, "engine-permission-read-mailbox"),
        Permission::ManageMailbox => t!(lang, "engine-permission-manage-mailbox"),
        Permission::MessageTrace => t!(lang, "engine-permission-message-trace"),
        Permission::ReadRestrictedSenders => t!(lang, "engine-permission-read-restricted-senders"),
        Permission::ReleaseRestrictedSender => t!(lang, "engine-permission-release-restricted-sender"),
        Permission::ReadAlerts => t!(lang, "engine-permission-read-alerts"),
        Permission::ManageAlerts => t!(lang, "engine-permission-manage-alerts"),
        Permission::ManageOutboundSpamPolicy => t!(lang, "engine-permission-manage-outbound-spam-policy"),
        Permission::ManageDevices => t!(lang, "engine-permission-manage-devices"),
        Permission::ManageApplications => t!(lang, "engine-permission-manage-applications"),
        Permission::ManageConsentPolicy => t!(lang, "engine-permission-manage-consent-policy"),
        Permission::ReadConditionalAccess => t!(lang, "engine-permission-read-conditional-access"),
        Permission::ManageConditionalAccess => t!(lang, "engine-permission-manage-conditional-access"),
        Permission::ReadRiskyUsers => t!(lang, "engine-permission-read-risky-users"),
        Permission::ManageUserRisk => t!(lang, "engine-permission-manage-user-risk"),
    }
}

/// An admin role's name as Microsoft's admin center shows it in the language.
#[must_use]
pub fn role(lang: Lang, role: Role) -> String {
    match role {
        Role::GlobalAdministrator => t!(lang, "engine-role-global-administrator"),
        Role::PrivilegedAuthenticationAdministrator => t!(lang, "engine-role-privileged-authentication-administrator"),
        Role::PrivilegedRoleAdministrator => t!(lang, "engine-role-privileged-role-administrator"),
        Role::UserAdministrator => t!(lang, "engine-role-user-administrator"),
        Role::GroupsAdministrator => t!(lang, "engine-role-groups-administrator"),
        Role::HelpdeskAdministrator => t!(lang, "engine-role-helpdesk-administrator"),
        Role::PasswordAdministrator => t!(lang, "engine-role-password-administrator"),
        Role::AuthenticationAdministrator => t!(lang, "engine-role-authentication-administrator"),
        Role::AuthenticationPolicyAdministrator => t!(lang, "engine-role-authentication-policy-administrator"),
        Role::ExchangeAdministrator => t!(lang, "engine-role-exchange-administrator"),
        Role::SecurityAdministrator => t!(lang, "engine-role-security-administrator"),
        Role::SecurityReader => t!(lang, "engine-role-security-reader"),
        Role::GlobalReader => t!(lang, "engine-role-global-reader"),
        Role::ReportsReader => t!(lang, "engine-role-reports-reader"),
        Role::MessageCenterReader => t!(lang, "engine-role-message-center-reader"),
        Role::DirectoryReaders => t!(lang, "engine-role-directory-readers"),
        Role::GuestInviter => t!(lang, "engine-role-guest-inviter"),
        Role::CloudDeviceAdministrator => t!(lang, "engine-role-cloud-device-administrator"),
        Role::CloudApplicationAdministrator => t!(lang, "engine-role-cloud-application-administrator"),
        Role::ApplicationAdministrator => t!(lang, "engine-role-application-administrator"),
        Role::IntuneAdministrator => t!(lang, "engine-role-intune-administrator"),
        Role::ConditionalAccessAdministrator => t!(lang, "engine-role-conditional-access-administrator"),
        Role::OrganizationManagement => t!(lang, "engine-role-organization-management"),
    }
}

/// What the sign-in page tells the person signing in.
#[must_use]
pub(crate) fn sign_in_message(lang: Lang, status: SignInStatus) -> String {
    match status {
        SignInStatus::Success => t!(lang, "engine-sign-in-message-success"),
        SignInStatus::MustChangePassword => t!(lang, "engine-sign-in-message-must-change-password"),
        SignInStatus::WrongPassword => t!(lang, "engine-sign-in-message-wrong-password"),
        SignInStatus::Locked => t!(lang, "engine-sign-in-message-locked"),
        SignInStatus::Disabled => t!(lang, "engine-sign-in-message-disabled"),
        SignInStatus::PasswordExpired => t!(lang, "engine-sign-in-message-password-expired"),
        SignInStatus::MfaRequired => t!(lang, "engine-sign-in-message-mfa-required"),
        SignInStatus::UnknownUser => t!(lang, "engine-sign-in-message-unknown-user"),
        SignInStatus::TokenRevoked => t!(lang, "engine-sign-in-message-token-revoked"),
        SignInStatus::BlockedByConditionalAccess => t!(lang, "engine-sign-in-message-blocked-by-ca"),
    }
}

/// What a sign-in's status means, in a few words (`wrong password`).
#[must_use]
pub(crate) fn sign_in_meaning(lang: Lang, status: SignInStatus) -> String {
    match status {
        SignInStatus::Success => t!(lang, "engine-sign-in-meaning-success"),
        SignInStatus::MustChangePassword => t!(lang, "engine-sign-in-meaning-must-change-password"),
        SignInStatus::WrongPassword => t!(lang, "engine-sign-in-meaning-wrong-password"),
        SignInStatus::Locked => t!(lang, "engine-sign-in-meaning-locked"),
        SignInStatus::Disabled => t!(lang, "engine-sign-in-meaning-disabled"),
        SignInStatus::PasswordExpired => t!(lang, "engine-sign-in-meaning-password-expired"),
        SignInStatus::MfaRequired => t!(lang, "engine-sign-in-meaning-mfa-required"),
        SignInStatus::UnknownUser => t!(lang, "engine-sign-in-meaning-unknown-user"),
        SignInStatus::TokenRevoked => t!(lang, "engine-sign-in-meaning-token-revoked"),
        SignInStatus::BlockedByConditionalAccess => t!(lang, "engine-sign-in-meaning-blocked-by-ca"),
    }
}
