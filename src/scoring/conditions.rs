//! Answers a procedure's [`Condition`] from the simulation's state, with
//! the simulation's own queries where it has one.
//!
//! A condition is asked of every subject and holds only if it holds for all
//! of them; inside [`Condition::On`] it is asked of the named user instead.
//! Tenant-wide questions ignore the subject. A user who cannot be found
//! answers no.

use super::facts::Facts;
use crate::engine::Simulation;
use crate::engine::queries::SendStatus;
use crate::procedure::{Condition, Truth};
use crate::scenario::Artefact;
use crate::scenario::validate::is_tenant_wide;
use crate::tenant::logs::AlertStatus;
use crate::tenant::policy::SsprScope;
use crate::tenant::role::Role;
use crate::tenant::user::{MethodKind, Party, SessionOrigin, UserId};

/// Whether `condition` holds now for every subject of the incident.
pub(super) fn holds(condition: &Condition, facts: &Facts, simulation: &Simulation) -> bool {
    if facts.subjects.is_empty() || is_tenant_wide(condition) {
        return holds_for(condition, None, facts, simulation);
    }
    facts.subjects.iter().all(|subject| holds_for(condition, Some(*subject), facts, simulation))
}

fn holds_for(condition: &Condition, subject: Option<UserId>, facts: &Facts, simulation: &Simulation) -> bool {
    let tenant = simulation.tenant();
    match condition {
        Condition::On(name, inner) => tenant.find_user(name).is_some_and(|id| holds_for(inner, Some(id), facts, simulation)),
        Condition::Not(inner) => !holds_for(inner, subject, facts, simulation),
        Condition::All(inner) => inner.iter().all(|condition| holds_for(condition, subject, facts, simulation)),
        Condition::Any(inner) => inner.iter().any(|condition| holds_for(condition, subject, facts, simulation)),
        Condition::SsprScope(scope) => same_scope(&tenant.sspr_policy.scope, scope),
        Condition::SsprMethodsRequired(count) => tenant.sspr_policy.methods_required >= *count,
        Condition::PasswordExpiryDays(days) => tenant.password_policy.expiry_days == *days,
        Condition::WorkingGlobalAdministrators(count) => working_global_administrators(simulation) >= *count,
        Condition::AttackerAppsDisabled => {
            !tenant.apps.apps.iter().any(|app| !app.deleted && app.enabled && app.added_by == Party::Attacker)
        }
        Condition::UserConsentRestricted => tenant.apps.user_consent != crate::tenant::apps::UserConsent::AllowAll,
        Condition::OtherAccountsContained => {
            facts.affected.iter().filter(|id| !facts.is_subject(**id)).all(|id| simulation.is_contained(*id))
        }
        Condition::AttackerKnowsNoOtherPassword => tenant.users().all(|(id, user)| facts.is_subject(id) || !user.password.known.attacker),
        Condition::AttackerAddressesBlocked => simulation.attacker_origins().iter().all(|origin| tenant.access.blocks_address(&origin.ip)),
        // Exchange Online has refused basic authentication since October 2022.
        Condition::LegacyAuthenticationBlocked => tenant.access.legacy_refused(),
        user_condition => subject.is_some_and(|id| user_holds(user_condition, id, facts, simulation)),
    }
}

/// Conditions about one user.
fn user_holds(condition: &Condition, id: UserId, facts: &Facts, simulation: &Simulation) -> bool {
    let user = simulation.tenant().user(id);
    let now = simulation.now();
    match condition {
        Condition::AttackerOut => simulation.is_contained(id),
        Condition::NoFootholds => simulation.attacker_footholds(id).is_empty(),
        Condition::NoResidue => simulation.attacker_residue(id).is_empty(),
        Condition::NoMaliciousRules => malicious_rules_present(id, facts, simulation).is_empty(),
        Condition::NoMaliciousForwarding => malicious_forwarding(id, facts, simulation).is_none(),
        Condition::NoMaliciousDelegates => malicious_delegates(id, facts, simulation).is_empty(),
        Condition::NoAttackerMethods => !user.methods.iter().any(|method| method.controlled_by == Party::Attacker),
        Condition::NoAttackerAppPasswords => !user.app_passwords.iter().any(|app| app.controlled_by == Party::Attacker),
        Condition::NoAttackerDevices => !user.devices.iter().any(|device| device.enabled && device.registered_by == Party::Attacker),
        Condition::NoAttackerGrants => simulation.attacker_grants(id).is_empty(),
        Condition::AttackerLacksPassword => !user.password.known.attacker,
        Condition::NoAttackerSessions => {
            !simulation.session_works(id, Party::Attacker, crate::action::Resource::ExchangeOnline)
                && !simulation.session_works(id, Party::Attacker, crate::action::Resource::Portal)
        }
        Condition::AttackerSessionOutlivesReset => user
            .sessions
            .iter()
            .any(|session| session.holder == Party::Attacker && session.origin == SessionOrigin::Passwordless && !session.refresh_revoked),
        Condition::PasswordChangedSinceStart => facts.password_versions.get(&id).is_some_and(|version| *version != user.password.version),
        Condition::SignInAllowed => user.account_enabled,
        Condition::SignInBlocked => !user.account_enabled,
        Condition::LockedOut => user.lockout(true).is_locked(now) || user.lockout(false).is_locked(now),
        Condition::OwnerCanSignIn => simulation.owner_can_sign_in(id),
        Condition::OwnerAloneKnowsPassword => simulation.owner_alone_knows_password(id),
        Condition::CanSend => matches!(simulation.send_status(id), SendStatus::Yes | SendStatus::AfterRelease(_)),
        Condition::Restricted => matches!(simulation.send_status(id), SendStatus::Restricted | SendStatus::NextDay(_)),
        Condition::Releasable => matches!(simulation.send_status(id), SendStatus::Restricted),
        Condition::HasAdminRoles => user.is_admin(),
        Condition::MfaRequired => user.mfa_required || simulation.tenant().access.requires_mfa_for_every_client(),
        Condition::ContactInfoComplete => [MethodKind::AlternateEmail, MethodKind::MobilePhone]
            .into_iter()
            .all(|kind| user.methods.iter().any(|method| method.kind == kind && method.controlled_by == Party::Owner)),
        Condition::LegacyProtocolsOff => !simulation.legacy_protocols_open(id),
        Condition::AlertsClassifiedCorrectly => facts.verdict.is_some_and(|verdict| {
            simulation
                .tenant()
                .alerts
                .iter()
                .filter(|alert| same_user(simulation.tenant(), &alert.upn, &user.upn))
                .all(|alert| alert.status == AlertStatus::Resolved && alert.classification == Some(verdict))
        }),
        Condition::PasswordExpired => simulation.password_expired(id),
        Condition::ConfirmedCompromised => simulation.tenant().access.confirmed_compromised(&user.upn),
        Condition::SsprCovers => {
            user.is_admin()
                || match &simulation.tenant().sspr_policy.scope {
                    SsprScope::None => false,
                    SsprScope::All => true,
                    SsprScope::Selected(group) => simulation.tenant().group(group).is_some_and(|group| group.members.contains(&id)),
                }
        }
        // Answered by `holds_for`, which never sends these here: listed so a
        // new condition is a compile error until it is answered.
        Condition::On(..)
        | Condition::Not(_)
        | Condition::All(_)
        | Condition::Any(_)
        | Condition::SsprScope(_)
        | Condition::SsprMethodsRequired(_)
        | Condition::PasswordExpiryDays(_)
        | Condition::WorkingGlobalAdministrators(_)
        | Condition::AttackerAppsDisabled
        | Condition::UserConsentRestricted
        | Condition::OtherAccountsContained
        | Condition::AttackerKnowsNoOtherPassword
        | Condition::AttackerAddressesBlocked
        | Condition::LegacyAuthenticationBlocked => holds_for(condition, Some(id), facts, simulation),
    }
}

fn same_scope(current: &SsprScope, wanted: &SsprScope) -> bool {
    match (current, wanted) {
        (SsprScope::Selected(current), SsprScope::Selected(wanted)) => current.eq_ignore_ascii_case(wanted),
        _ => current == wanted,
    }
}

/// Accounts that hold Global Administrator and whose owner can sign in.
fn working_global_administrators(simulation: &Simulation) -> u32 {
    let count = simulation
        .tenant()
        .users()
        .filter(|(id, user)| user.roles().contains(Role::GlobalAdministrator) && simulation.owner_can_sign_in(*id))
        .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// Names of enabled rules in `id`'s mailbox that the scenario marks malicious.
pub(super) fn malicious_rules_present(id: UserId, facts: &Facts, simulation: &Simulation) -> Vec<String> {
    let Some(mailbox) = simulation.tenant().user(id).mailbox.as_deref() else { return Vec::new() };
    mailbox
        .rules
        .iter()
        .filter(|rule| rule.enabled)
        .filter(|rule| {
            facts.artefacts_of(id).any(|known| {
                known.truth == Truth::Malicious
                    && matches!(&known.artefact, Artefact::Rule { name, .. } if name.eq_ignore_ascii_case(&rule.name))
            })
        })
        .map(|rule| rule.name.clone())
        .collect()
}

/// The forwarding address set on `id`'s mailbox, if the scenario marks it malicious.
pub(super) fn malicious_forwarding(id: UserId, facts: &Facts, simulation: &Simulation) -> Option<String> {
    let mailbox = simulation.tenant().user(id).mailbox.as_deref()?;
    [&mailbox.forwarding_address, &mailbox.forwarding_smtp_address].into_iter().flatten().find_map(|address| {
        facts
            .artefacts_of(id)
            .any(|known| {
                known.truth == Truth::Malicious
                    && matches!(&known.artefact, Artefact::Forwarding { address: marked, .. } if marked.eq_ignore_ascii_case(address))
            })
            .then(|| address.clone())
    })
}

/// Delegates of `id`'s mailbox that the scenario marks malicious.
pub(super) fn malicious_delegates(id: UserId, facts: &Facts, simulation: &Simulation) -> Vec<String> {
    let tenant = simulation.tenant();
    let Some(mailbox) = tenant.user(id).mailbox.as_deref() else { return Vec::new() };
    mailbox
        .delegates
        .iter()
        .filter(|delegate| {
            facts.artefacts_of(id).any(|known| {
                known.truth == Truth::Malicious
                    && matches!(&known.artefact, Artefact::Delegate { delegate: marked, .. } if same_user(tenant, marked, &delegate.user))
            })
        })
        .map(|delegate| delegate.user.clone())
        .collect()
}

/// Two names for the same user (principal name or alias), or the same text.
pub(super) fn same_user(tenant: &crate::tenant::Tenant, first: &str, second: &str) -> bool {
    match (tenant.find_user(first), tenant.find_user(second)) {
        (Some(first), Some(second)) => first == second,
        _ => first.eq_ignore_ascii_case(second),
    }
}
