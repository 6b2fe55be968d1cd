//! Conditional Access and Identity Protection actions: named locations,
//! blocking policies, confirming a user compromised, and their views. How
//! a policy bites at sign-in is `identity.rs`'s (`sign_in`), through
//! [`crate::tenant::access::Access::evaluate`].

use super::event::EventKind;
use super::view::View;
use super::{Area, Outcome, Problem, Simulation, Step};
use crate::action::{Action, Actor};
use crate::tenant::access::{
    ConditionalAccessPolicy, Ipv4Range, NAMED_LOCATION_LIMIT, NamedLocation, POLICY_LIMIT, PolicyControl, RANGES_PER_LOCATION_LIMIT,
    RiskyUser,
};
use crate::tenant::logs::{Activity, AuditDetail};
use crate::tenant::permission::Permission;

/// A name of a location or policy: 1 to 256 characters, as Entra allows.
const NAME_LIMIT: usize = 256;

impl Simulation {
    pub(super) fn access_action(&mut self, actor: &Actor, action: &Action) -> Step<Option<View>> {
        match action {
            Action::ListNamedLocations => {
                self.authorize(actor, Permission::ReadConditionalAccess, None)?;
                Ok(Some(View::NamedLocations(self.tenant.access.named_locations.clone())))
            }
            Action::ListConditionalAccessPolicies => {
                self.authorize(actor, Permission::ReadConditionalAccess, None)?;
                Ok(Some(View::ConditionalAccessPolicies(self.tenant.access.policies.clone())))
            }
            Action::ListRiskyUsers => {
                self.authorize(actor, Permission::ReadRiskyUsers, None)?;
                Ok(Some(View::RiskyUsers(self.tenant.access.risky_users.clone())))
            }
            Action::CreateNamedLocation { name, ranges } => {
                let acting = self.authorize(actor, Permission::ManageConditionalAccess, None)?;
                let name = checked_name(name)?;
                if self.tenant.access.location(&name).is_some() {
                    return Err(Outcome::Invalid(Problem::NamedLocationExists { name }));
                }
                if self.tenant.access.named_locations.len() >= NAMED_LOCATION_LIMIT {
                    return Err(Outcome::Invalid(Problem::TooManyNamedLocations { limit: NAMED_LOCATION_LIMIT }));
                }
                if ranges.is_empty() {
                    return Err(Outcome::Invalid(Problem::NoRanges));
                }
                if ranges.len() > RANGES_PER_LOCATION_LIMIT {
                    return Err(Outcome::Invalid(Problem::TooManyRanges { limit: RANGES_PER_LOCATION_LIMIT }));
                }
                let mut parsed = Vec::with_capacity(ranges.len());
                for text in ranges {
                    let range = Ipv4Range::parse(text).map_err(|bad| Outcome::Invalid(Problem::InvalidRange { range: bad.0 }))?;
                    if !parsed.contains(&range) {
                        parsed.push(range);
                    }
                }
                let recorded = parsed.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
                self.tenant.access.named_locations.push(NamedLocation { name: name.clone(), ranges: parsed.clone(), trusted: false });
                self.emit(actor, EventKind::NamedLocationCreated { name: name.clone(), ranges: parsed });
                self.audit(acting, Activity::AddNamedLocation, &name, AuditDetail::Recorded(recorded));
                Ok(None)
            }
            Action::CreateConditionalAccessPolicy { name, control } => {
                let acting = self.authorize(actor, Permission::ManageConditionalAccess, None)?;
                let name = checked_name(name)?;
                if self.tenant.access.policy(&name).is_some() {
                    return Err(Outcome::Invalid(Problem::PolicyExists { name }));
                }
                if self.tenant.access.policies.len() >= POLICY_LIMIT {
                    return Err(Outcome::Invalid(Problem::TooManyPolicies { limit: POLICY_LIMIT }));
                }
                let control = match control {
                    PolicyControl::BlockLocations(names) => {
                        if names.is_empty() {
                            return Err(Outcome::Invalid(Problem::NoLocations));
                        }
                        let mut canonical: Vec<String> = Vec::new();
                        for wanted in names {
                            let Some(location) = self.tenant.access.location(wanted) else {
                                return Err(Outcome::Invalid(Problem::UnknownNamedLocation { name: wanted.clone() }));
                            };
                            if !canonical.contains(&location.name) {
                                canonical.push(location.name.clone());
                            }
                        }
                        PolicyControl::BlockLocations(canonical)
                    }
                    other => other.clone(),
                };
                self.tenant.access.policies.push(ConditionalAccessPolicy { name: name.clone(), control: control.clone(), enabled: true });
                self.emit(actor, EventKind::ConditionalAccessPolicyCreated { name: name.clone(), control: control.clone() });
                self.audit(acting, Activity::AddConditionalAccessPolicy, &name, AuditDetail::ConditionalAccessPolicy(control.clone()));
                Ok(None)
            }
            Action::ConfirmCompromised { user } => {
                let id = self.resolve(user)?;
                let acting = self.authorize(actor, Permission::ManageUserRisk, None)?;
                let upn = self.upn(id);
                if self.tenant.access.confirmed_compromised(&upn) {
                    return Ok(Some(View::Note(super::view::Note::AlreadyConfirmedCompromised { upn })));
                }
                let by = match acting {
                    super::Acting::Account { id: admin, .. } => self.upn(admin),
                    super::Acting::Privileged => String::new(),
                };
                self.tenant.access.risky_users.push(RiskyUser { upn: upn.clone(), confirmed_at: self.now, by });
                self.emit(actor, EventKind::UserConfirmedCompromised { user: upn.clone() });
                self.audit(acting, Activity::ConfirmUserCompromised, &upn, AuditDetail::Recorded("riskLevel: high".to_string()));
                Ok(None)
            }
            Action::ListUsers { .. }
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
            | Action::SendMail { .. }
            | Action::ListRestricted
            | Action::ReleaseRestricted { .. }
            | Action::ListAlerts
            | Action::ResolveAlert { .. }
            | Action::SetOutboundPolicy(_)
            | Action::Wait { .. }
            | Action::ListApps
            | Action::ShowApp { .. }
            | Action::ListGrants { .. }
            | Action::RevokeGrants { .. }
            | Action::DisableApp { .. }
            | Action::DeleteApp { .. }
            | Action::SetUserConsent { .. } => Err(Outcome::Invalid(Problem::Misrouted(Area::Access))),
        }
    }
}

fn checked_name(name: &str) -> Step<String> {
    let trimmed = name.trim();
    if trimmed.is_empty() || trimmed.chars().count() > NAME_LIMIT || trimmed.chars().any(char::is_control) {
        return Err(Outcome::Invalid(Problem::BadAccessName { limit: NAME_LIMIT }));
    }
    Ok(trimmed.to_string())
}
