//! Outbound spam protection (domain reference §5): counting recipients
//! against the policy and service limits, restricting senders, alerts, and
//! releasing restricted senders after a seeded delay.

use super::event::{EventKind, PolicyChange};
use super::schedule::Due;
use super::view::{Note, RestrictedLine, VIEW_ROW_LIMIT, View};
use super::{Acting, Area, Outcome, Problem, Refusal, Simulation, Step};
use crate::action::{Action, Actor};
use crate::clock::SimDuration;
use crate::random::Stream;
use crate::tenant::logs::{Activity, AlertDetail, AlertStatus, AuditDetail, Severity};
use crate::tenant::outbound::{LimitKind, OutboundState, Restriction};
use crate::tenant::permission::Permission;
use crate::tenant::policy::OUTBOUND_LIMIT_MAXIMUM;
use crate::tenant::policy::{OutboundAction, SERVICE_MESSAGES_PER_MINUTE, SERVICE_RECIPIENTS_PER_DAY, SERVICE_RECIPIENTS_PER_MESSAGE};
use crate::tenant::user::UserId;

/// The NDR a restricted sender gets.
pub(crate) const RESTRICTED_SENDER_CODE: &str = "550 5.1.8 Access denied, bad outbound sender";

impl Simulation {
    pub(super) fn outbound_action(&mut self, actor: &Actor, action: &Action) -> Step<Option<View>> {
        match action {
            Action::ListRestricted => {
                self.authorize(actor, Permission::ReadRestrictedSenders, None)?;
                let lines = self
                    .tenant
                    .restricted_senders
                    .iter()
                    .take(VIEW_ROW_LIMIT)
                    .filter_map(|id| {
                        let user = self.tenant.user(*id);
                        user.outbound.as_ref()?.restriction.as_ref().map(|restriction| RestrictedLine {
                            upn: user.upn.clone(),
                            limit: restriction.limit,
                            at: restriction.at,
                            release_effective_at: restriction.release_effective_at,
                        })
                    })
                    .collect();
                Ok(Some(View::Restricted(lines)))
            }
            Action::ReleaseRestricted { user } => {
                let id = self.resolve(user)?;
                self.release(actor, id)
            }
            Action::ListAlerts => {
                self.authorize(actor, Permission::ReadAlerts, None)?;
                let alerts: Vec<_> = self.tenant.alerts.iter().rev().take(VIEW_ROW_LIMIT).cloned().collect();
                Ok(Some(View::Alerts(alerts.into_iter().rev().collect())))
            }
            Action::ResolveAlert { id, verdict, reason } => {
                if !self.tenant.alerts.iter().any(|alert| alert.id == *id) {
                    return Err(Outcome::Invalid(Problem::NoSuchAlert { id: *id }));
                }
                let acting = self.authorize(actor, Permission::ManageAlerts, None)?;
                let by = match acting {
                    Acting::Account { id, .. } => Some(self.upn(id)),
                    Acting::Privileged => None,
                };
                let Some(alert) = self.tenant.alerts.iter_mut().find(|alert| alert.id == *id) else {
                    return Err(Outcome::Invalid(Problem::NoSuchAlert { id: *id }));
                };
                alert.status = AlertStatus::Resolved;
                alert.classification = Some(*verdict);
                // The trainee's words, as typed; an empty comment is none.
                alert.comment = reason.clone().filter(|reason| !reason.trim().is_empty());
                alert.resolved_by = by;
                let user = alert.upn.clone();
                self.emit(actor, EventKind::AlertResolved { id: *id, user, verdict: *verdict });
                Ok(None)
            }
            Action::SetOutboundPolicy(change) => {
                let acting = self.authorize(actor, Permission::ManageOutboundSpamPolicy, None)?;
                // Exchange refuses a limit outside 0-10000; nothing changes.
                let limits = [change.external_recipients_per_hour, change.internal_recipients_per_hour, change.recipients_per_day];
                if limits.into_iter().flatten().any(|value| value > OUTBOUND_LIMIT_MAXIMUM) {
                    return Err(Outcome::Invalid(Problem::OutboundLimitRange { largest: OUTBOUND_LIMIT_MAXIMUM }));
                }
                let policy = &mut self.tenant.outbound_policy;
                for (value, field) in [
                    (change.external_recipients_per_hour, &mut policy.external_recipients_per_hour),
                    (change.internal_recipients_per_hour, &mut policy.internal_recipients_per_hour),
                    (change.recipients_per_day, &mut policy.recipients_per_day),
                ] {
                    if let Some(value) = value {
                        *field = value;
                    }
                }
                if let Some(action) = change.action {
                    policy.action = action;
                }
                if let Some(mode) = change.auto_forwarding {
                    policy.auto_forwarding = mode;
                }
                let detail = AuditDetail::OutboundPolicy {
                    external_per_hour: policy.external_recipients_per_hour,
                    internal_per_hour: policy.internal_recipients_per_hour,
                    per_day: policy.recipients_per_day,
                    action: policy.action,
                    auto_forwarding: policy.auto_forwarding,
                };
                let change = PolicyChange::OutboundSpam {
                    external_per_hour: policy.external_recipients_per_hour,
                    internal_per_hour: policy.internal_recipients_per_hour,
                    per_day: policy.recipients_per_day,
                    action: policy.action,
                    auto_forwarding: policy.auto_forwarding,
                };
                self.emit(actor, EventKind::PolicyChanged { change });
                self.audit(acting, Activity::SetHostedOutboundSpamFilterPolicy, "Default", detail);
                Ok(None)
            }
            // Routed elsewhere by `dispatch`; listed so a new action must be placed.
            Action::Wait { .. }
            | Action::ListUsers { .. }
            | Action::ShowUser { .. }
            | Action::ListMethods { .. }
            | Action::SignInLog { .. }
            | Action::AuditLog { .. }
            | Action::ShowPolicies
            | Action::ShowSspr
            | Action::ListGroups
            | Action::GroupMembers { .. }
            | Action::RoleMembers { .. }
            | Action::ResetPassword { .. }
            | Action::BlockSignIn { .. }
            | Action::AllowSignIn { .. }
            | Action::RevokeSessions { .. }
            | Action::AddRole { .. }
            | Action::RemoveRole { .. }
            | Action::RequireMfa { .. }
            | Action::RemoveMethod { .. }
            | Action::RemoveAppPasswords { .. }
            | Action::ListDevices { .. }
            | Action::DisableDevice { .. }
            | Action::DeleteDevice { .. }
            | Action::UpdateContactInfo { .. }
            | Action::SetSspr(_)
            | Action::SetPasswordExpiration { .. }
            | Action::SetUserPasswordPolicy { .. }
            | Action::Notify { .. }
            | Action::VerifyCaller { .. }
            | Action::SignIn { .. }
            | Action::UseSession { .. }
            | Action::UseAppPassword { .. }
            | Action::ChangePassword { .. }
            | Action::SelfServiceReset { .. }
            | Action::ReadMail { .. }
            | Action::ShowMailbox { .. }
            | Action::SetForwarding { .. }
            | Action::ClearForwarding { .. }
            | Action::ListRules { .. }
            | Action::CreateRule { .. }
            | Action::DisableRule { .. }
            | Action::EnableRule { .. }
            | Action::RemoveRule { .. }
            | Action::ListDelegates { .. }
            | Action::AddDelegate { .. }
            | Action::RemoveDelegate { .. }
            | Action::DisableProtocols { .. }
            | Action::MessageTrace { .. }
            | Action::SearchForwarding { .. }
            | Action::ListApps
            | Action::ShowApp { .. }
            | Action::ListGrants { .. }
            | Action::RevokeGrants { .. }
            | Action::DisableApp { .. }
            | Action::DeleteApp { .. }
            | Action::SetUserConsent { .. }
            | Action::SendMail { .. }
            | Action::ListNamedLocations
            | Action::CreateNamedLocation { .. }
            | Action::ListConditionalAccessPolicies
            | Action::CreateConditionalAccessPolicy { .. }
            | Action::ListRiskyUsers
            | Action::ConfirmCompromised { .. } => Err(Outcome::Invalid(Problem::Misrouted(Area::Outbound))),
        }
    }

    /// Counts a message from `id` and decides whether it may go.
    ///
    /// # Errors
    /// The NDR text when the sender is (or just became) restricted.
    pub(super) fn check_outbound(&mut self, actor: &Actor, id: UserId, internal: u32, external: u32) -> Result<(), String> {
        let now = self.now;
        let policy = self.tenant.outbound_policy.clone();
        let upn = self.upn(id);
        let state = self.tenant.user_mut(id).outbound.get_or_insert_with(Box::<OutboundState>::default);
        if state.restriction.is_some() {
            return Err(RESTRICTED_SENDER_CODE.to_string());
        }
        state.roll(now);
        let recipients = internal.saturating_add(external);
        if recipients > SERVICE_RECIPIENTS_PER_MESSAGE {
            return Err(format!("550 5.5.3 RESOLVER.ADR.RecipLimit; too many recipients (at most {SERVICE_RECIPIENTS_PER_MESSAGE})"));
        }
        if state.messages_in_minute >= SERVICE_MESSAGES_PER_MINUTE {
            return Err("452 4.5.3 Too many messages per minute; try again later".to_string());
        }
        state.messages_in_minute += 1;
        state.external_in_hour = state.external_in_hour.saturating_add(external);
        state.internal_in_hour = state.internal_in_hour.saturating_add(internal);
        state.recipients_in_day = state.recipients_in_day.saturating_add(recipients);
        let crossed = [
            (LimitKind::ServiceRecipientsPerDay, state.recipients_in_day > SERVICE_RECIPIENTS_PER_DAY),
            (LimitKind::ExternalRecipientsPerHour, state.external_in_hour > policy.external_recipients_per_hour),
            (LimitKind::InternalRecipientsPerHour, state.internal_in_hour > policy.internal_recipients_per_hour),
            (LimitKind::RecipientsPerDay, state.recipients_in_day > policy.recipients_per_day),
        ]
        .into_iter()
        .find(|(limit, crossed)| *crossed && !state.is_exempt(*limit, now))
        .map(|(limit, _)| limit);
        let Some(limit) = crossed else { return Ok(()) };
        // The service limit restricts whatever the policy's action says.
        let action = if limit == LimitKind::ServiceRecipientsPerDay { OutboundAction::BlockUserForToday } else { policy.action };
        if action == OutboundAction::Alert {
            let already = state.exempt.is_some_and(|(day, kind)| day == now.day_number() && kind == limit);
            if !already {
                state.exempt = Some((now.day_number(), limit));
                self.raise_alert(actor, Severity::Medium, "Email sending limit exceeded", &upn, AlertDetail::Limit(limit));
            }
            return Ok(());
        }
        state.restriction = Some(Restriction { limit, at: now, action, release_effective_at: None });
        self.tenant.restricted_senders.insert(id);
        if action == OutboundAction::BlockUserForToday {
            self.schedule.add(now.next_midnight(), Due::RestrictionExpires { user: id });
        }
        self.emit(actor, EventKind::SenderRestricted { user: upn.clone(), limit });
        self.raise_alert(actor, Severity::High, "User restricted from sending email", &upn, AlertDetail::Limit(limit));
        Err(RESTRICTED_SENDER_CODE.to_string())
    }

    /// Seeded release delay: usually 5-59 minutes, one time in ten 1-24 hours.
    fn release_delay(&mut self) -> SimDuration {
        if self.random.chance(Stream::Release, 1, 10) {
            SimDuration::seconds(self.random.between(Stream::Release, 3_600, 86_400))
        } else {
            SimDuration::seconds(self.random.between(Stream::Release, 300, 3_540))
        }
    }

    fn release(&mut self, actor: &Actor, id: UserId) -> Step<Option<View>> {
        // Permission first: an admin who may not release learns nothing more.
        let acting = self.authorize(actor, Permission::ReleaseRestrictedSender, None)?;
        let upn = self.upn(id);
        let cap = self.tenant.outbound_policy.release_cap;
        let Some(state) = self.tenant.user(id).outbound.as_deref() else {
            return Err(Outcome::Invalid(Problem::NotRestricted { user: upn }));
        };
        let Some(restriction) = state.restriction.clone() else {
            return Err(Outcome::Invalid(Problem::NotRestricted { user: upn }));
        };
        let releases = state.releases;
        if restriction.action == OutboundAction::BlockUserForToday && *actor != Actor::Support {
            return Err(Outcome::Invalid(Problem::RestrictedUntilTomorrow { user: upn }));
        }
        if let Some(at) = restriction.release_effective_at {
            return Ok(Some(View::Note(Note::ReleaseInProgress { upn, resumes_at: at })));
        }
        if releases >= cap && acting != Acting::Privileged {
            return Err(Outcome::Denied(Refusal::ReleaseLimitReached { user: upn, releases: u32::from(releases) }));
        }
        let delay = self.release_delay();
        let effective_at = self.now.plus(delay);
        if let Some(state) = self.tenant.user_mut(id).outbound.as_deref_mut() {
            state.releases = state.releases.saturating_add(1);
            if let Some(restriction) = state.restriction.as_mut() {
                restriction.release_effective_at = Some(effective_at);
            }
        }
        self.schedule.add(effective_at, Due::ReleaseEffective { user: id });
        self.emit(actor, EventKind::ReleaseRequested { user: upn.clone(), effective_at });
        self.audit(acting, Activity::RemoveBlockedSenderAddress, &upn, AuditDetail::SendingResumes(effective_at));
        Ok(Some(View::Note(Note::ReleaseRequested { upn, delay, resumes_at: effective_at })))
    }

    pub(super) fn release_takes_effect(&mut self, id: UserId) {
        let now = self.now;
        let Some(state) = self.tenant.user_mut(id).outbound.as_deref_mut() else { return };
        let Some(restriction) = state.restriction.take_if(|restriction| restriction.release_effective_at.is_some_and(|at| at <= now))
        else {
            return;
        };
        state.exempt = Some((now.day_number(), restriction.limit));
        self.tenant.restricted_senders.remove(&id);
        let upn = self.upn(id);
        self.emit(&Actor::Service, EventKind::SenderReleased { user: upn });
    }

    pub(super) fn restriction_expires(&mut self, id: UserId) {
        let Some(state) = self.tenant.user_mut(id).outbound.as_deref_mut() else { return };
        let expired = state.restriction.take_if(|restriction| restriction.action == OutboundAction::BlockUserForToday);
        if expired.is_some() {
            self.tenant.restricted_senders.remove(&id);
            let upn = self.upn(id);
            self.emit(&Actor::Service, EventKind::SenderReleased { user: upn });
        }
    }
}
