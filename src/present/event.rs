//! Events in words: the timeline, consequences and the debug trace.

use crate::action::{Actor, Verification};
use crate::engine::event::{Event, EventKind, GaveUp, Learned, NotifyChannel, PolicyChange};
use crate::i18n::Lang;
use crate::present::outcome::{app_password_problem, permission, permission_denial, role, session_problem, sign_in_meaning};
use crate::t;
use crate::tenant::logs::{ClientApp, Location, SignInStatus};
use crate::tenant::outbound::LimitKind;
use crate::tenant::policy::{AutoForwardingMode, OutboundAction};
use crate::tenant::user::Party;

/// A party as a selector value: each language picks its own word and case.
const fn party(party: Party) -> &'static str {
    match party {
        Party::Owner => "owner",
        Party::Attacker => "attacker",
    }
}

const fn yes_no(value: bool) -> &'static str {
    if value { "yes" } else { "no" }
}

const fn familiar(value: bool) -> &'static str {
    if value { "familiar" } else { "unfamiliar" }
}

/// What happened, as one clause (`the attacker signed in to megan@…`).
#[must_use]
pub fn describe(lang: Lang, kind: &EventKind) -> String {
    match kind {
        // The attacker's application redeeming its grant: not a sign-in of the attacker's own.
        EventKind::SignInAttempt { user, party: Party::Attacker, status, client: ClientApp::DelegatedApp, .. } if status.code() == 0 => {
            t!(lang, "engine-event-app-signed-in", user = user)
        }
        EventKind::SignInAttempt { user, party: who, location, status, .. } => {
            let location = familiar(*location == Location::Familiar);
            let meaning = sign_in_meaning(lang, *status);
            if status.code() == 0 {
                t!(lang, "engine-event-signed-in", party = party(*who), user = user, location = location, meaning = meaning)
            } else {
                let code = status.code();
                t!(
                    lang,
                    "engine-event-sign-in-failed",
                    party = party(*who),
                    user = user,
                    location = location,
                    code = code,
                    meaning = meaning
                )
            }
        }
        EventKind::LockedOut { user, familiar: which, until } => {
            t!(lang, "engine-event-locked-out", user = user, location = familiar(*which), until = until.clock_text_seconds())
        }
        EventKind::LockoutEnded { user, familiar: which } => {
            t!(lang, "engine-event-lockout-ended", user = user, location = familiar(*which))
        }
        EventKind::LockoutCleared { user } => t!(lang, "engine-event-lockout-cleared", user = user),
        EventKind::SessionIssued { user, party: who, session, .. } => {
            t!(lang, "engine-event-session-issued", party = party(*who), user = user, session = *session)
        }
        EventKind::SessionUsed { user, party: who, session, refreshed } => {
            t!(lang, "engine-event-session-used", party = party(*who), user = user, session = *session, refreshed = yes_no(*refreshed))
        }
        EventKind::SessionRejected { user, party: who, reason } => {
            t!(lang, "engine-event-session-rejected", party = party(*who), user = user, reason = session_problem(lang, *reason))
        }
        EventKind::AccessTokenExpired { user, session } => t!(lang, "engine-event-access-token-expired", user = user, session = *session),
        EventKind::ContinuousAccessReached { user, session } => {
            t!(lang, "engine-event-continuous-access-reached", user = user, session = *session)
        }
        EventKind::AppPasswordUsed { user, party: who, problem, .. } => match problem {
            None => t!(lang, "engine-event-app-password-used", party = party(*who), user = user),
            Some(problem) => {
                t!(
                    lang,
                    "engine-event-app-password-failed",
                    party = party(*who),
                    user = user,
                    reason = app_password_problem(lang, *problem)
                )
            }
        },
        EventKind::PasswordReset { user, require_change } => {
            t!(lang, "engine-event-password-reset", user = user, change = yes_no(*require_change))
        }
        EventKind::PasswordChanged { user, party: who, self_service } => {
            t!(lang, "engine-event-password-changed", party = party(*who), user = user, self_service = yes_no(*self_service))
        }
        EventKind::PasswordLearned { user, party: who, how } => {
            t!(lang, "engine-event-password-learned", party = party(*who), user = user, how = learned(lang, how))
        }
        EventKind::PasswordExposed { user, address } => t!(lang, "engine-event-password-exposed", user = user, address = address),
        EventKind::RefreshTokensRevoked { user, count } => t!(lang, "engine-event-refresh-tokens-revoked", user = user, count = *count),
        EventKind::Permitted { permission: what, user: Some(user) } => {
            t!(lang, "engine-event-permitted-on", action = permission(lang, *what), user = user)
        }
        EventKind::Permitted { permission: what, user: None } => t!(lang, "engine-event-permitted", action = permission(lang, *what)),
        EventKind::Denied { reason, .. } => t!(lang, "engine-access-denied", reason = permission_denial(lang, reason)),
        EventKind::SignInBlocked { user } => t!(lang, "engine-event-sign-in-blocked", user = user),
        EventKind::SignInAllowed { user } => t!(lang, "engine-event-sign-in-allowed", user = user),
        EventKind::SessionsRevoked { user, count } => t!(lang, "engine-event-sessions-revoked", user = user, count = *count),
        EventKind::RoleAdded { user, role: added } => t!(lang, "engine-event-role-added", user = user, role = role(lang, *added)),
        EventKind::RoleRemoved { user, role: removed } => t!(lang, "engine-event-role-removed", user = user, role = role(lang, *removed)),
        EventKind::MfaRequired { user } => t!(lang, "engine-event-mfa-required", user = user),
        EventKind::DeviceDisabled { user, device } => t!(lang, "engine-event-device-disabled", user = user, device = device),
        EventKind::DeviceDeleted { user, device } => t!(lang, "engine-event-device-deleted", user = user, device = device),
        EventKind::AppDisabled { app } => t!(lang, "engine-event-app-disabled", app = app),
        EventKind::AppDeleted { app } => t!(lang, "engine-event-app-deleted", app = app),
        EventKind::GrantsRevoked { app, count } => t!(lang, "engine-event-grants-revoked", app = app, count = *count),
        EventKind::UserConsentChanged { setting } => {
            t!(lang, "engine-event-user-consent-changed", setting = crate::present::view::user_consent_name(lang, *setting))
        }
        EventKind::ConsentGranted { user, app } => t!(lang, "engine-event-consent-granted", user = user, app = app),
        EventKind::NamedLocationCreated { name, ranges } => {
            t!(lang, "engine-event-named-location-created", name = name, count = ranges.len())
        }
        EventKind::ConditionalAccessPolicyCreated { name, .. } => t!(lang, "engine-event-ca-policy-created", name = name),
        EventKind::UserConfirmedCompromised { user } => t!(lang, "engine-event-user-confirmed-compromised", user = user),
        EventKind::MethodRemoved { user, method, count } => {
            t!(lang, "engine-event-method-removed", user = user, method = method.name(), count = *count)
        }
        EventKind::AppPasswordsRemoved { user, count } => t!(lang, "engine-event-app-passwords-removed", user = user, count = *count),
        EventKind::ContactInfoUpdated { user } => t!(lang, "engine-event-contact-info-updated", user = user),
        EventKind::PolicyChanged { change } => policy_change(lang, change),
        EventKind::Notified { user, channel, with_password, reached } => t!(
            lang,
            "engine-event-notified",
            user = user,
            channel = notify_channel(lang, channel),
            password = yes_no(*with_password),
            reached = reached.map_or("none", party)
        ),
        EventKind::CallerVerified { user, via, confirmed } => {
            let via = match via {
                Verification::Callback => t!(lang, "engine-verification-callback"),
                Verification::Manager => t!(lang, "engine-verification-manager"),
                Verification::InPerson => t!(lang, "engine-verification-in-person"),
            };
            t!(lang, "engine-event-caller-verified", user = user, via = via, confirmed = yes_no(*confirmed))
        }
        EventKind::MailSent { from, recipients, subject } => {
            t!(lang, "engine-event-mail-sent", from = from, subject = subject, count = *recipients)
        }
        EventKind::MailRejected { from, code } => t!(lang, "engine-event-mail-rejected", from = from, code = code),
        EventKind::MailDelivered { to, folder, subject } => {
            t!(lang, "engine-event-mail-delivered", subject = subject, to = to, folder = folder)
        }
        EventKind::MailForwarded { from_mailbox, to, by_rule: Some(rule) } => {
            t!(lang, "engine-event-mail-forwarded-by-rule", rule = rule, mailbox = from_mailbox, to = to)
        }
        EventKind::MailForwarded { from_mailbox, to, by_rule: None } => {
            t!(lang, "engine-event-mail-forwarded", mailbox = from_mailbox, to = to)
        }
        EventKind::MailBounced { mailbox, to, code } => t!(lang, "engine-event-mail-bounced", mailbox = mailbox, to = to, code = code),
        EventKind::MailReadBy { mailbox, party: who, messages } => {
            t!(lang, "engine-event-mail-read", party = party(*who), mailbox = mailbox, count = *messages)
        }
        EventKind::ForwardingSet { user, address } => t!(lang, "engine-event-forwarding-set", user = user, address = address),
        EventKind::ForwardingCleared { user } => t!(lang, "engine-event-forwarding-cleared", user = user),
        EventKind::RuleCreated { user, rule } => t!(lang, "engine-event-rule-created", user = user, rule = rule),
        EventKind::RuleRemoved { user, rule } => t!(lang, "engine-event-rule-removed", user = user, rule = rule),
        EventKind::RuleEnabled { user, rule, enabled } => {
            t!(lang, "engine-event-rule-enabled", user = user, rule = rule, enabled = yes_no(*enabled))
        }
        EventKind::DelegateAdded { user, delegate } => t!(lang, "engine-event-delegate-added", user = user, delegate = delegate),
        EventKind::DelegateRemoved { user, delegate } => t!(lang, "engine-event-delegate-removed", user = user, delegate = delegate),
        EventKind::ProtocolsDisabled { user, protocols } => {
            t!(lang, "engine-event-protocols-disabled", user = user, protocols = protocols)
        }
        EventKind::SenderRestricted { user, limit: crossed } => {
            t!(lang, "engine-event-sender-restricted", user = user, limit = limit(lang, *crossed))
        }
        EventKind::ReleaseRequested { user, effective_at } => {
            t!(lang, "engine-event-release-requested", user = user, at = effective_at.clock_text())
        }
        EventKind::SenderReleased { user } => t!(lang, "engine-event-sender-released", user = user),
        EventKind::AlertRaised { title, user } => t!(lang, "engine-event-alert-raised", title = title, user = user),
        EventKind::AlertResolved { id, user, verdict } => t!(
            lang,
            "engine-event-alert-resolved",
            id = *id,
            user = user,
            verdict = crate::present::view::classification_name(lang, *verdict)
        ),
        EventKind::HelpdeskCall { user, status } => {
            t!(lang, "engine-event-helpdesk-call", user = user, message = cannot_sign_in(lang, *status))
        }
        EventKind::ActorGaveUp { reason: GaveUp::NoFoothold } => t!(lang, "engine-event-attacker-gave-up"),
        EventKind::ClockAdvanced { to } => t!(lang, "engine-event-clock-advanced", to = to.clock_text()),
        EventKind::NewDay => t!(lang, "engine-event-new-day"),
    }
}

/// An event with its time and actor, one line.
#[must_use]
pub fn line(lang: Lang, event: &Event) -> String {
    t!(lang, "engine-event-line", at = event.at.clock_text_seconds(), actor = actor(lang, &event.actor), what = describe(lang, &event.kind))
}

/// Who acted, as the debug trace and the timeline name them.
#[must_use]
pub fn actor(lang: Lang, actor: &Actor) -> String {
    match actor {
        Actor::Admin(upn) => t!(lang, "engine-actor-admin", user = upn),
        Actor::User(upn) => t!(lang, "engine-actor-user", user = upn),
        Actor::Attacker { via: Some(upn) } => t!(lang, "engine-actor-attacker-as", user = upn),
        Actor::Attacker { via: None } => t!(lang, "engine-actor-attacker"),
        Actor::Service => t!(lang, "engine-actor-service"),
        Actor::Support => t!(lang, "engine-actor-support"),
    }
}

/// What an end user says when they call the helpdesk because they cannot
/// sign in (the sign-in page's message and code, when they saw one).
#[must_use]
pub(crate) fn cannot_sign_in(lang: Lang, status: Option<SignInStatus>) -> String {
    match status {
        None => t!(lang, "engine-cannot-sign-in"),
        Some(status) => {
            t!(lang, "engine-cannot-sign-in-says", message = crate::present::outcome::sign_in_message(lang, status), code = status.code())
        }
    }
}

/// How someone learned a password.
#[must_use]
pub fn learned(lang: Lang, how: &Learned) -> String {
    match how {
        Learned::ReadInMailbox { mailbox } => t!(lang, "engine-learned-read-in-mailbox", mailbox = mailbox),
        Learned::MailTo { address } => t!(lang, "engine-learned-mail-to", address = address),
        Learned::SetThroughAdmin => t!(lang, "engine-learned-set-through-admin"),
        Learned::Told(channel) => t!(lang, "engine-learned-told", channel = notify_channel(lang, channel)),
        Learned::PasswordSpray => t!(lang, "engine-learned-password-spray"),
    }
}

/// How a person was told something (`phone (+47 ...)`).
#[must_use]
pub(crate) fn notify_channel(lang: Lang, channel: &NotifyChannel) -> String {
    match channel {
        NotifyChannel::InPerson => t!(lang, "engine-channel-in-person"),
        NotifyChannel::Phone { number } => t!(lang, "engine-channel-phone", number = number),
        NotifyChannel::Sms { number } => t!(lang, "engine-channel-sms", number = number),
        NotifyChannel::Email { address } => t!(lang, "engine-channel-email", address = address),
    }
}

/// The outbound limit a sender crossed.
#[must_use]
pub fn limit(lang: Lang, limit: LimitKind) -> String {
    match limit {
        LimitKind::ExternalRecipientsPerHour => t!(lang, "engine-limit-external-per-hour"),
        LimitKind::InternalRecipientsPerHour => t!(lang, "engine-limit-internal-per-hour"),
        LimitKind::RecipientsPerDay => t!(lang, "engine-limit-per-day"),
        LimitKind::ServiceRecipientsPerDay => t!(lang, "engine-limit-service-per-day"),
        LimitKind::ServiceMessagesPerMinute => t!(lang, "engine-limit-service-messages-per-minute"),
        LimitKind::ServiceRecipientsPerMessage => t!(lang, "engine-limit-service-per-message"),
    }
}

/// A policy change with the policy's new settings.
#[must_use]
pub(crate) fn policy_change(lang: Lang, change: &PolicyChange) -> String {
    match change {
        PolicyChange::PasswordExpiration { days: None } => t!(lang, "engine-policy-passwords-never-expire"),
        PolicyChange::PasswordExpiration { days: Some(days) } => {
            t!(lang, "engine-policy-passwords-expire", count = u32::from(*days))
        }
        PolicyChange::UserPasswordPolicy { user, policies } => {
            t!(lang, "engine-policy-user-password-policy", user = user, policies = policies)
        }
        PolicyChange::SelfServiceReset { scope, methods_required } => {
            let scope = super::view::sspr_scope(lang, scope);
            t!(lang, "engine-policy-sspr", scope = scope, count = u32::from(*methods_required))
        }
        PolicyChange::OutboundSpam { external_per_hour, internal_per_hour, per_day, action, auto_forwarding } => {
            let action = match action {
                OutboundAction::BlockUser => t!(lang, "engine-outbound-action-block-user"),
                OutboundAction::BlockUserForToday => t!(lang, "engine-outbound-action-block-user-for-today"),
                OutboundAction::Alert => t!(lang, "engine-outbound-action-alert"),
            };
            let forwarding = match auto_forwarding {
                AutoForwardingMode::Automatic => t!(lang, "engine-auto-forwarding-automatic"),
                AutoForwardingMode::On => t!(lang, "engine-auto-forwarding-on"),
                AutoForwardingMode::Off => t!(lang, "engine-auto-forwarding-off"),
            };
            t!(
                lang,
                "engine-policy-outbound-spam",
                external = *external_per_hour,
                internal = *internal_per_hour,
                per_day = *per_day,
                action = action,
                forwarding = forwarding
            )
        }
    }
}
