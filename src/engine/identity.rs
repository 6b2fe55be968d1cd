//! Identity actions: views, passwords, sign-in, lockout, sign-in status,
//! roles, methods, self-service reset and telling people things.

use super::event::{EventKind, Learned, NotifyChannel, PolicyChange};
use super::sessions::has_working_session;
use super::view::{DeviceLine, GroupSummary, MembersOf, MethodLine, Note, Policies, UserDetail, UserSummary, VIEW_ROW_LIMIT, View};
use super::{Acting, Area, Outcome, Problem, Refusal, Simulation, Step};
use crate::action::{Action, Actor, Channel, NewPassword, Resource, SsprChange, SsprMode, Verification};
use crate::clock::SimDuration;
use crate::random::Stream;
use crate::tenant::access::{ClientClass, Decision};
use crate::tenant::lockout::FailureEffect;
use crate::tenant::logs::{Activity, AuditDetail, ClientApp, Location, SignInEntry, SignInStatus};
use crate::tenant::mailbox::Protocol;
use crate::tenant::password_rules::{PasswordContext, PasswordRejection, check_password};
use crate::tenant::permission::Permission;
use crate::tenant::policy::{PASSWORD_EXPIRY_DAYS_RANGE, SsprMethod, SsprScope};
use crate::tenant::role::Role;
use crate::tenant::user::{Method, MethodKind, Party, SessionOrigin, UserId};

impl Simulation {
    #[allow(clippy::too_many_lines)]
    pub(super) fn identity_action(&mut self, actor: &Actor, action: &Action) -> Step<Option<View>> {
        match action {
            Action::ListUsers { search, department } => {
                self.authorize(actor, Permission::ReadDirectory, None)?;
                let needle = search.as_deref().map(str::to_lowercase);
                let department = department.as_deref().map(str::to_lowercase);
                // The tenant keeps users in the order they were added; the
                // view sorts by name, as the portal does.
                let matching: Vec<&crate::tenant::user::User> = self
                    .tenant
                    .users()
                    .map(|(_, user)| user)
                    .filter(|user| {
                        needle.as_deref().is_none_or(|needle| {
                            user.upn.to_lowercase().contains(needle)
                                || user.display_name.to_lowercase().contains(needle)
                                || user.department.to_lowercase().contains(needle)
                        }) && department.as_deref().is_none_or(|wanted| user.department.to_lowercase() == wanted)
                    })
                    .collect();
                let total = matching.len();
                let users = summaries(matching.into_iter());
                Ok(Some(View::Users { users, total }))
            }
            Action::ShowUser { user } => {
                let id = self.resolve(user)?;
                self.authorize(actor, Permission::ReadDirectory, None)?;
                Ok(Some(View::User(self.user_detail(id))))
            }
            Action::ListMethods { user } => {
                let id = self.resolve(user)?;
                self.authorize(actor, Permission::ReadDirectory, None)?;
                let account = self.tenant.user(id);
                let methods = account
                    .methods
                    .iter()
                    .map(|method| MethodLine { method: method.kind, detail: method.detail.clone(), registered_at: method.registered_at })
                    .collect();
                let app_passwords = account.app_passwords.iter().map(|app| format!("{} (created {})", app.name, app.created_at)).collect();
                Ok(Some(View::Methods { upn: account.upn.clone(), methods, app_passwords }))
            }
            Action::SignInLog { user, ip } => {
                let id = user.as_deref().map(|name| self.resolve(name)).transpose()?;
                self.authorize(actor, Permission::ReadSignInLogs, None)?;
                let wanted = id.map(|id| self.upn(id));
                let address = ip.as_deref().map(str::trim);
                let entries: Vec<_> = self
                    .tenant
                    .sign_in_log
                    .iter()
                    .rev()
                    .filter(|entry| wanted.as_deref().is_none_or(|upn| entry.upn == upn))
                    .filter(|entry| address.is_none_or(|address| entry.ip == address))
                    .take(VIEW_ROW_LIMIT)
                    .cloned()
                    .collect();
                // Newest first, as Get-MgAuditLogSignIn and the portal list them.
                Ok(Some(View::SignIns(entries)))
            }
            Action::AuditLog { user } => {
                let id = user.as_deref().map(|name| self.resolve(name)).transpose()?;
                self.authorize(actor, Permission::ReadAuditLog, None)?;
                let wanted = id.map(|id| self.upn(id));
                let entries: Vec<_> = self
                    .tenant
                    .audit_log
                    .iter()
                    .rev()
                    .filter(|entry| wanted.as_deref().is_none_or(|upn| entry.target == upn || entry.actor == upn))
                    .take(VIEW_ROW_LIMIT)
                    .cloned()
                    .collect();
                // Newest first.
                Ok(Some(View::Audit(entries)))
            }
            Action::ShowPolicies => {
                self.authorize(actor, Permission::ReadDirectory, None)?;
                Ok(Some(View::Policies(Policies {
                    lockout: self.tenant.lockout_policy.clone(),
                    password: self.tenant.password_policy.clone(),
                    outbound: self.tenant.outbound_policy.clone(),
                })))
            }
            Action::ShowSspr => {
                self.authorize(actor, Permission::ReadDirectory, None)?;
                Ok(Some(View::Sspr(self.tenant.sspr_policy.clone())))
            }
            Action::ListGroups => {
                self.authorize(actor, Permission::ReadDirectory, None)?;
                let mut groups: Vec<GroupSummary> = self
                    .tenant
                    .groups
                    .values()
                    .map(|group| GroupSummary { name: group.name.clone(), members: group.members.len() })
                    .collect();
                groups.sort_by_key(|group| group.name.to_lowercase());
                Ok(Some(View::Groups(groups)))
            }
            Action::GroupMembers { group } => {
                self.authorize(actor, Permission::ReadDirectory, None)?;
                let Some(found) = self.tenant.group(group) else {
                    return Err(Outcome::Invalid(Problem::UnknownGroup { group: group.clone() }));
                };
                let members = summaries(found.members.iter().map(|id| self.tenant.user(*id)));
                Ok(Some(View::Members { of: MembersOf::Group(found.name.clone()), members }))
            }
            Action::RoleMembers { role } => {
                self.authorize(actor, Permission::ReadDirectory, None)?;
                let holders = self.tenant.users().map(|(_, user)| user).filter(|user| user.roles().contains(*role));
                let members = summaries(holders);
                Ok(Some(View::Members { of: MembersOf::Role(*role), members }))
            }
            Action::ResetPassword { user, password, require_change, email_to } => {
                self.admin_reset(actor, user, password, *require_change, email_to.as_deref())
            }
            Action::BlockSignIn { user } | Action::AllowSignIn { user } => {
                let enable = matches!(action, Action::AllowSignIn { .. });
                let id = self.resolve(user)?;
                let acting = self.authorize(actor, Permission::SetSignInStatus, Some(id))?;
                let upn = self.upn(id);
                if self.tenant.user(id).account_enabled == enable {
                    return Ok(Some(View::Note(Note::SignInAlready { upn, blocked: !enable })));
                }
                self.tenant.user_mut(id).account_enabled = enable;
                if enable {
                    self.emit(actor, EventKind::SignInAllowed { user: upn.clone() });
                } else {
                    self.continuous_access_event(id);
                    self.emit(actor, EventKind::SignInBlocked { user: upn.clone() });
                }
                self.audit(acting, Activity::UpdateUser, &upn, AuditDetail::Recorded(format!("AccountEnabled: {enable}")));
                Ok(None)
            }
            Action::RevokeSessions { user } => {
                let id = self.resolve(user)?;
                let acting = self.authorize(actor, Permission::RevokeSessions, Some(id))?;
                let count = self.revoke_refresh_tokens(id, false);
                self.continuous_access_event(id);
                let upn = self.upn(id);
                self.emit(actor, EventKind::SessionsRevoked { user: upn.clone(), count });
                self.audit(acting, Activity::InvalidateRefreshTokens, &upn, AuditDetail::SessionsRevoked(count));
                Ok(None)
            }
            Action::AddRole { user, role } | Action::RemoveRole { user, role } => {
                let add = matches!(action, Action::AddRole { .. });
                let id = self.resolve(user)?;
                let acting = self.authorize(actor, Permission::ManageRoleMembership, None)?;
                let upn = self.upn(id);
                if add {
                    if !self.tenant.grant_role(id, *role) {
                        return Ok(Some(View::Note(Note::AlreadyHoldsRole { upn, role: *role })));
                    }
                    self.emit(actor, EventKind::RoleAdded { user: upn.clone(), role: *role });
                    self.audit(acting, Activity::AddMemberToRole, &upn, AuditDetail::Recorded(role.display_name().to_string()));
                } else {
                    if !self.tenant.user(id).roles().contains(*role) {
                        return Err(Outcome::Invalid(Problem::RoleNotHeld { user: upn, role: *role }));
                    }
                    if *role == Role::GlobalAdministrator && self.tenant.global_administrator_count() <= 1 {
                        return Err(Outcome::Invalid(Problem::LastGlobalAdministrator { user: upn, tenant: self.tenant.name.clone() }));
                    }
                    self.tenant.revoke_role(id, *role);
                    self.emit(actor, EventKind::RoleRemoved { user: upn.clone(), role: *role });
                    self.audit(acting, Activity::RemoveMemberFromRole, &upn, AuditDetail::Recorded(role.display_name().to_string()));
                }
                Ok(None)
            }
            Action::RequireMfa { user } => {
                let id = self.resolve(user)?;
                let acting = self.authorize(actor, Permission::ManageAuthenticationMethods, Some(id))?;
                let upn = self.upn(id);
                if self.tenant.user(id).mfa_required {
                    return Ok(Some(View::Note(Note::MfaAlreadyRequired { upn })));
                }
                self.tenant.user_mut(id).mfa_required = true;
                self.continuous_access_event(id);
                self.emit(actor, EventKind::MfaRequired { user: upn.clone() });
                self.audit(
                    acting,
                    Activity::UpdateUser,
                    &upn,
                    AuditDetail::Recorded("StrongAuthenticationRequirement: Enforced".to_string()),
                );
                Ok(None)
            }
            Action::RemoveMethod { user, method } => {
                let id = self.resolve(user)?;
                let acting = self.authorize(actor, Permission::ManageAuthenticationMethods, Some(id))?;
                let methods = &mut self.tenant.user_mut(id).methods;
                let before = methods.len();
                methods.retain(|registered| registered.kind != *method);
                let count = u32::try_from(before - methods.len()).unwrap_or(u32::MAX);
                let upn = self.upn(id);
                if count == 0 {
                    return Err(Outcome::Invalid(Problem::NoSuchMethod { user: upn, method: *method }));
                }
                self.emit(actor, EventKind::MethodRemoved { user: upn.clone(), method: *method, count });
                self.audit(acting, Activity::AdminDeletedSecurityInfo, &upn, AuditDetail::Recorded(method.name().to_string()));
                Ok(None)
            }
            Action::ListDevices { user } => {
                let id = self.resolve(user)?;
                self.authorize(actor, Permission::ReadDirectory, None)?;
                let account = self.tenant.user(id);
                let devices = account
                    .devices
                    .iter()
                    .map(|device| DeviceLine {
                        name: device.name.clone(),
                        os: device.os.clone(),
                        registered_at: device.registered_at,
                        enabled: device.enabled,
                    })
                    .collect();
                Ok(Some(View::Devices { upn: account.upn.clone(), devices }))
            }
            Action::DisableDevice { user, device } | Action::DeleteDevice { user, device } => {
                let id = self.resolve(user)?;
                let acting = self.authorize(actor, Permission::ManageDevices, None)?;
                let upn = self.upn(id);
                let Some(index) = self.tenant.user(id).device_index(device) else {
                    return Err(Outcome::Invalid(Problem::NoSuchDevice { user: upn, device: device.clone() }));
                };
                let name = self.tenant.user(id).devices[index].name.clone();
                if matches!(action, Action::DeleteDevice { .. }) {
                    self.tenant.user_mut(id).devices.remove(index);
                    self.emit(actor, EventKind::DeviceDeleted { user: upn.clone(), device: name.clone() });
                    self.audit(acting, Activity::DeleteDevice, &upn, AuditDetail::Recorded(name));
                } else {
                    if !self.tenant.user(id).devices[index].enabled {
                        return Ok(Some(View::Note(Note::DeviceAlreadyDisabled { upn, device: name })));
                    }
                    self.tenant.user_mut(id).devices[index].enabled = false;
                    self.emit(actor, EventKind::DeviceDisabled { user: upn.clone(), device: name.clone() });
                    self.audit(acting, Activity::UpdateDevice, &upn, AuditDetail::Recorded(format!("{name}: AccountEnabled: false")));
                }
                Ok(None)
            }
            Action::RemoveAppPasswords { user } => {
                let id = self.resolve(user)?;
                let acting = self.authorize(actor, Permission::ManageAuthenticationMethods, Some(id))?;
                let count = u32::try_from(std::mem::take(&mut self.tenant.user_mut(id).app_passwords).len()).unwrap_or(u32::MAX);
                let upn = self.upn(id);
                if count == 0 {
                    return Err(Outcome::Invalid(Problem::NoAppPasswords { user: upn }));
                }
                self.emit(actor, EventKind::AppPasswordsRemoved { user: upn.clone(), count });
                self.audit(acting, Activity::DeleteAppPasswords, &upn, AuditDetail::AppPasswordsDeleted(count));
                Ok(None)
            }
            Action::UpdateContactInfo { user, alternate_email, mobile_phone } => {
                let id = self.resolve(user)?;
                let acting = self.authorize(actor, Permission::ManageAuthenticationMethods, Some(id))?;
                if alternate_email.is_none() && mobile_phone.is_none() {
                    return Err(Outcome::Invalid(Problem::NoContactInfo));
                }
                let now = self.now;
                let account = self.tenant.user_mut(id);
                for (kind, value) in [(MethodKind::AlternateEmail, alternate_email), (MethodKind::MobilePhone, mobile_phone)] {
                    if let Some(value) = value {
                        account.methods.retain(|method| method.kind != kind);
                        // The admin records what the real user confirmed.
                        account.methods.push(Method { kind, detail: value.clone(), controlled_by: Party::Owner, registered_at: Some(now) });
                    }
                }
                let upn = self.upn(id);
                self.emit(actor, EventKind::ContactInfoUpdated { user: upn.clone() });
                self.audit(acting, Activity::UpdateUser, &upn, AuditDetail::ContactInfo);
                Ok(None)
            }
            Action::SetSspr(change) => self.set_sspr(actor, change),
            Action::SetPasswordExpiration { days } => {
                let acting = self.authorize(actor, Permission::ManagePasswordExpiration, None)?;
                if let Some(days) = days
                    && !PASSWORD_EXPIRY_DAYS_RANGE.contains(days)
                {
                    return Err(Outcome::Invalid(Problem::PasswordExpiryRange {
                        shortest: *PASSWORD_EXPIRY_DAYS_RANGE.start(),
                        longest: *PASSWORD_EXPIRY_DAYS_RANGE.end(),
                    }));
                }
                self.tenant.password_policy.expiry_days = *days;
                self.emit(actor, EventKind::PolicyChanged { change: PolicyChange::PasswordExpiration { days: *days } });
                self.audit(acting, Activity::SetPasswordPolicy, &self.tenant.name.clone(), AuditDetail::PasswordExpiry(*days));
                Ok(None)
            }
            Action::SetUserPasswordPolicy { user, never_expires, strong_password } => {
                let id = self.resolve(user)?;
                let acting = self.authorize(actor, Permission::SetUserPasswordPolicy, Some(id))?;
                let account = self.tenant.user_mut(id);
                if let Some(never) = never_expires {
                    account.password_never_expires = *never;
                }
                if let Some(strong) = strong_password {
                    account.strong_password_disabled = !*strong;
                }
                let policies = match (account.password_never_expires, account.strong_password_disabled) {
                    (false, false) => "None",
                    (true, false) => "DisablePasswordExpiration",
                    (false, true) => "DisableStrongPassword",
                    (true, true) => "DisablePasswordExpiration, DisableStrongPassword",
                };
                let upn = self.upn(id);
                let change = PolicyChange::UserPasswordPolicy { user: upn.clone(), policies: policies.to_owned() };
                self.emit(actor, EventKind::PolicyChanged { change });
                self.audit(acting, Activity::UpdateUser, &upn, AuditDetail::Recorded(format!("PasswordPolicies: {policies}")));
                Ok(None)
            }
            Action::Notify { user, channel, include_password, message } => self.notify(actor, user, channel, *include_password, message),
            Action::VerifyCaller { user, via } => self.verify_caller(actor, user, *via),
            Action::SignIn { user, password, location } => {
                let id = self.resolve(user)?;
                let party = self.party_for(actor, id)?;
                let status = self.sign_in(actor, id, party, password, *location, ClientApp::Browser);
                Ok(Some(View::SignIn { status }))
            }
            Action::UseSession { user, resource } => {
                let id = self.resolve(user)?;
                let party = self.party_for(actor, id)?;
                match self.use_session(actor, id, party, *resource) {
                    Ok(session) => Ok(Some(View::Note(Note::SessionAccepted { session }))),
                    Err(problem) => Err(Outcome::Denied(Refusal::Session(problem))),
                }
            }
            Action::UseAppPassword { user, protocol } => {
                let id = self.resolve(user)?;
                let party = self.party_for(actor, id)?;
                self.use_app_password(actor, id, party, *protocol).map(|()| None)
            }
            Action::ChangePassword { user, old_password, new_password } => {
                let id = self.resolve(user)?;
                let party = self.party_for(actor, id)?;
                self.change_password(actor, id, party, old_password, new_password)
            }
            Action::SelfServiceReset { user, mode, new_password } => {
                let id = self.resolve(user)?;
                let party = self.party_for(actor, id)?;
                self.self_service_reset(actor, id, party, *mode, new_password)
            }
            // Routed elsewhere by `dispatch`; listed so a new action must be placed.
            Action::Wait { .. }
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
            | Action::SendMail { .. }
            | Action::ListRestricted
            | Action::ReleaseRestricted { .. }
            | Action::ListAlerts
            | Action::ResolveAlert { .. }
            | Action::SearchForwarding { .. }
            | Action::ListApps
            | Action::ShowApp { .. }
            | Action::ListGrants { .. }
            | Action::RevokeGrants { .. }
            | Action::DisableApp { .. }
            | Action::DeleteApp { .. }
            | Action::SetUserConsent { .. }
            | Action::SetOutboundPolicy(_)
            | Action::ListNamedLocations
            | Action::CreateNamedLocation { .. }
            | Action::ListConditionalAccessPolicies
            | Action::CreateConditionalAccessPolicy { .. }
            | Action::ListRiskyUsers
            | Action::ConfirmCompromised { .. } => Err(Outcome::Invalid(Problem::Misrouted(Area::Identity))),
        }
    }

    fn user_detail(&self, id: UserId) -> UserDetail {
        let user = self.tenant.user(id);
        UserDetail {
            upn: user.upn.clone(),
            display_name: user.display_name.clone(),
            department: user.department.clone(),
            location: user.location.clone(),
            sign_in_blocked: !user.account_enabled,
            roles: user.roles().iter().collect(),
            mfa_required: user.mfa_required,
            alternate_email: user.method(MethodKind::AlternateEmail).map(|method| method.detail.clone()),
            mobile_phone: user.method(MethodKind::MobilePhone).map(|method| method.detail.clone()),
            password_last_set: user.password.set_at,
            password_never_expires: user.password_never_expires,
            must_change_password: user.password.must_change,
            licensed: user.mailbox.is_some(),
        }
    }

    /// Who is signing in: the owner for the user themselves, else the attacker.
    fn party_for(&self, actor: &Actor, id: UserId) -> Step<Party> {
        match actor {
            Actor::User(upn) | Actor::Admin(upn) => {
                if self.tenant.find_user(upn) == Some(id) {
                    Ok(Party::Owner)
                } else {
                    Err(Outcome::Invalid(Problem::SignInAsSomeoneElse { user: upn.clone() }))
                }
            }
            Actor::Attacker { .. } => Ok(Party::Attacker),
            Actor::Service | Actor::Support => Err(Outcome::Invalid(Problem::ServiceCannotSignIn)),
        }
    }

    fn password_context_check(&self, id: UserId, password: &str) -> Step {
        self.password_rules(id, password).map_err(|rejection| Outcome::Invalid(Problem::Password(rejection)))
    }

    /// The password rules' verdict on `password` for `id`; in a replay, the
    /// verdict recorded for a stand-in (see `known.rs`).
    pub(super) fn password_rules(&self, id: UserId, password: &str) -> Result<(), PasswordRejection> {
        if let Some((_, _, verdict)) = self.password_verdicts.iter().find(|(held, text, _)| *held == id && text == password) {
            return verdict.clone();
        }
        let user = self.tenant.user(id);
        let context = PasswordContext {
            alias: user.alias(),
            display_name: &user.display_name,
            tenant_name: &self.tenant.name,
            custom_banned: &self.tenant.password_policy.custom_banned_terms,
            strong_required: !user.strong_password_disabled,
        };
        check_password(password, &context)
    }

    /// Whether the password is past the organisation's expiry (the same
    /// rule sign-in applies).
    #[must_use]
    pub(crate) fn password_expired(&self, id: UserId) -> bool {
        let user = self.tenant.user(id);
        match self.tenant.password_policy.expiry_days {
            Some(days) if !user.password_never_expires => self.now.since(user.password.set_at) >= SimDuration::days(u64::from(days)),
            _ => false,
        }
    }

    pub(super) fn log_sign_in(
        &mut self,
        actor: &Actor,
        id: UserId,
        party: Party,
        location: Location,
        client: ClientApp,
        status: SignInStatus,
    ) {
        let origin = self.sign_in_origin(id, party, location);
        self.log_sign_in_from(actor, id, party, location, client, status, origin);
    }

    #[allow(clippy::too_many_arguments)]
    fn log_sign_in_from(
        &mut self,
        actor: &Actor,
        id: UserId,
        party: Party,
        location: Location,
        client: ClientApp,
        status: SignInStatus,
        origin: super::network::Origin,
    ) {
        let ip = origin.ip.clone();
        self.push_sign_in(id, client, origin, location, status);
        self.emit(actor, EventKind::SignInAttempt { user: self.upn(id), party, location, status, ip, client });
    }

    /// One line of the sign-in log, now, without an event.
    pub(super) fn push_sign_in(
        &mut self,
        id: UserId,
        client: ClientApp,
        origin: super::network::Origin,
        location: Location,
        status: SignInStatus,
    ) {
        let upn = self.upn(id);
        self.tenant.sign_in_log.push(SignInEntry { at: self.now, upn, client, ip: origin.ip, place: origin.place, location, status });
    }

    /// A password sign-in, with smart lockout, sign-in status, expiry,
    /// Conditional Access (after the password is checked: a right one from
    /// a blocked place or client is AADSTS53003) and MFA. A legacy client
    /// (`ClientApp::Legacy`) signs in with basic authentication: it can
    /// answer no MFA prompt, so per-user MFA stops it, and it gets no
    /// session (each connection sends the password again).
    pub(super) fn sign_in(
        &mut self,
        actor: &Actor,
        id: UserId,
        party: Party,
        password: &str,
        location: Location,
        client: ClientApp,
    ) -> SignInStatus {
        let familiar = location == Location::Familiar;
        let now = self.now;
        let origin = self.sign_in_origin(id, party, location);
        let class = ClientClass::of(client).unwrap_or(ClientClass::Modern);
        let legacy = matches!(class, ClientClass::Legacy(_));
        let decision = self.tenant.access.evaluate(&origin.ip, class);
        let status = {
            let user = self.tenant.user(id);
            if !user.account_enabled {
                SignInStatus::Disabled
            } else if user.lockout(familiar).is_locked(now) {
                SignInStatus::Locked
            } else if user.password.text != password {
                SignInStatus::WrongPassword
            } else if matches!(decision, Decision::Block(_)) {
                SignInStatus::BlockedByConditionalAccess
            } else if self.password_expired(id) {
                SignInStatus::PasswordExpired
            } else if user.password.must_change {
                SignInStatus::MustChangePassword
            } else if legacy && user.mfa_required
                || !legacy && (user.mfa_required || decision == Decision::RequireMfa) && !user.can_pass_mfa(party)
            {
                SignInStatus::MfaRequired
            } else {
                SignInStatus::Success
            }
        };
        let status = if status == SignInStatus::WrongPassword { self.count_failure(actor, id, familiar, password) } else { status };
        self.log_sign_in_from(actor, id, party, location, client, status, origin);
        if matches!(
            status,
            SignInStatus::Success
                | SignInStatus::MustChangePassword
                | SignInStatus::PasswordExpired
                | SignInStatus::BlockedByConditionalAccess
        ) {
            self.tenant.user_mut(id).lockout_mut(familiar).record_success();
        }
        if status == SignInStatus::Success && !legacy {
            self.issue_session(actor, id, party, SessionOrigin::Password);
        }
        status
    }

    /// A basic-authentication sign-in by the attacker with the password it
    /// holds, over the first legacy protocol the mailbox still allows, when
    /// the service still accepts basic authentication. Whether it got in.
    pub(super) fn attacker_legacy_access(&mut self, actor: &Actor, id: UserId, password: &str) -> bool {
        if !self.tenant.access.basic_authentication {
            return false;
        }
        let protocol = [Protocol::Imap, Protocol::Pop, Protocol::ActiveSync]
            .into_iter()
            .find(|protocol| self.tenant.user(id).mailbox.as_deref().is_some_and(|mailbox| mailbox.protocols.enabled(*protocol)));
        let Some(protocol) = protocol else { return false };
        self.sign_in(actor, id, Party::Attacker, password, Location::Unfamiliar, ClientApp::Legacy(protocol)) == SignInStatus::Success
    }

    /// A sign-in without the password, by whoever holds a registered device
    /// (its primary refresh token, non-interactive) or a passwordless
    /// method on `id`. A password reset does not stop it; a block does, and
    /// so do disabling or deleting the device and removing the method, and
    /// a Conditional Access policy blocking where it comes from.
    /// `None` when `party` holds no such credential.
    pub(super) fn credential_sign_in(&mut self, actor: &Actor, id: UserId, party: Party, location: Location) -> Option<SignInStatus> {
        let now = self.now;
        let user = self.tenant.user(id);
        if !user.non_password_credential(party) {
            return None;
        }
        let device = user.devices.iter().any(|device| device.enabled && device.registered_by == party);
        // A device redeems its primary refresh token (PRT) by itself,
        // without the user; a phone sign-in is interactive.
        let client = if device { ClientApp::NonInteractiveDevice } else { ClientApp::Passwordless };
        let origin = self.sign_in_origin(id, party, location);
        let user = self.tenant.user(id);
        let status = if !user.account_enabled {
            SignInStatus::Disabled
        } else if user.lockout(location == Location::Familiar).is_locked(now) {
            SignInStatus::Locked
        } else if self.tenant.access.blocks_address(&origin.ip) {
            SignInStatus::BlockedByConditionalAccess
        } else {
            SignInStatus::Success
        };
        self.log_sign_in_from(actor, id, party, location, client, status, origin);
        if status == SignInStatus::Success {
            self.issue_session(actor, id, party, SessionOrigin::Passwordless);
        }
        Some(status)
    }

    /// Counts a wrong password; the failure that reaches the threshold
    /// starts a lockout and is itself reported as locked.
    fn count_failure(&mut self, actor: &Actor, id: UserId, familiar: bool, password: &str) -> SignInStatus {
        let now = self.now;
        let policy = self.tenant.lockout_policy.clone();
        match self.tenant.user_mut(id).lockout_mut(familiar).record_failure(password, now, &policy) {
            FailureEffect::Repeated | FailureEffect::Counted => SignInStatus::WrongPassword,
            FailureEffect::Locked(until) => {
                let upn = self.upn(id);
                self.emit(actor, EventKind::LockedOut { user: upn, familiar, until });
                self.schedule.add(until, super::schedule::Due::LockoutEnds { user: id, familiar });
                SignInStatus::Locked
            }
        }
    }

    fn clear_lockout(&mut self, actor: &Actor, id: UserId) {
        let user = self.tenant.user_mut(id);
        let was_locked = user.lockout_familiar.locked_until.is_some() || user.lockout_unfamiliar.locked_until.is_some();
        user.lockout_familiar.clear();
        user.lockout_unfamiliar.clear();
        if was_locked {
            let upn = self.upn(id);
            self.emit(actor, EventKind::LockoutCleared { user: upn });
        }
    }

    fn generate_password(&mut self, id: UserId) -> String {
        const CONSONANTS: &[u8] = b"bcdfghjkmnpqrstvwxz";
        const VOWELS: &[u8] = b"aeiou";
        const SYMBOLS: &[u8] = b"!#%*+?";
        for _ in 0..16 {
            let mut text = String::with_capacity(13);
            for position in 0..8 {
                let pool = if position % 2 == 0 { CONSONANTS } else { VOWELS };
                let character = char::from(*self.random.pick(Stream::Passwords, pool).unwrap_or(&b'x'));
                text.push(if position == 0 || position == 4 { character.to_ascii_uppercase() } else { character });
            }
            text.push_str(&format!("{:04}", self.random.below(Stream::Passwords, 10_000)));
            text.push(char::from(*self.random.pick(Stream::Passwords, SYMBOLS).unwrap_or(&b'!')));
            if self.password_context_check(id, &text).is_ok() {
                return text;
            }
        }
        "Zuvo-Kepa-4417!".to_string()
    }

    fn admin_reset(
        &mut self,
        actor: &Actor,
        user: &str,
        password: &NewPassword,
        require_change: bool,
        email_to: Option<&str>,
    ) -> Step<Option<View>> {
        let id = self.resolve(user)?;
        // Permission first: a denied admin is told so, whatever they typed (§4).
        let acting = self.authorize(actor, Permission::ResetPassword, Some(id))?;
        // Microsoft Graph's resetPassword refuses the caller's own account;
        // the admin center sends you to change it or to self-service reset.
        if matches!(acting, Acting::Account { id: admin, .. } if admin == id) {
            return Err(Outcome::Invalid(Problem::OwnAccountReset));
        }
        if let NewPassword::Given(text) = password {
            self.password_context_check(id, text)?;
        }
        let text = match password {
            NewPassword::Auto => self.generate_password(id),
            NewPassword::Given(text) => text.clone(),
        };
        let now = self.now;
        self.tenant.user_mut(id).password.replace(text.clone(), now, require_change);
        match acting {
            // The attacker, resetting through an admin account it holds, saw the new password.
            Acting::Account { party: Party::Attacker, .. } => {
                let version = self.tenant.user(id).password.version;
                self.learn_password(actor, id, version, Party::Attacker, Learned::SetThroughAdmin);
            }
            Acting::Account { id: admin, .. } => self.tenant.user_mut(id).password.known.admins.push(admin),
            Acting::Privileged => {}
        }
        let upn = self.upn(id);
        self.clear_lockout(actor, id);
        let count = self.revoke_refresh_tokens(id, true);
        self.continuous_access_event(id);
        self.emit(actor, EventKind::PasswordReset { user: upn.clone(), require_change });
        self.emit(actor, EventKind::RefreshTokensRevoked { user: upn.clone(), count });
        self.audit(
            acting,
            Activity::ResetUserPassword,
            &upn,
            AuditDetail::Recorded(format!("ForceChangePasswordNextSignIn: {require_change}")),
        );
        if let Some(address) = email_to {
            let version = self.tenant.user(id).password.version;
            let from = match acting {
                Acting::Account { id: admin, .. } => self.upn(admin),
                Acting::Privileged => "no-reply@microsoft.com".to_string(),
            };
            self.send_password_mail(actor, &from, address, id, version);
        }
        Ok(Some(View::TemporaryPassword { upn, password: text }))
    }

    /// Someone learns `id`'s password: only counts if `version` is current.
    pub(super) fn learn_password(&mut self, actor: &Actor, id: UserId, version: u32, party: Party, how: Learned) {
        let password = &mut self.tenant.user_mut(id).password;
        if password.version != version || password.known.knows(party) {
            return;
        }
        password.known.learn(party);
        let text = password.text.clone();
        self.remember_password(id, party, &text);
        let upn = self.upn(id);
        self.emit(actor, EventKind::PasswordLearned { user: upn, party, how });
    }

    /// The caller is genuine unless the tenant records an impostor for this
    /// user. A callback reaches whoever controls the phone on file, so an
    /// attacker who registered their own number confirms their own request.
    fn verify_caller(&mut self, actor: &Actor, user: &str, via: Verification) -> Step<Option<View>> {
        let id = self.resolve(user)?;
        self.acting(actor, Resource::Portal)?;
        let upn = self.upn(id);
        let impostor = self.tenant.impostor_callers.contains(&upn);
        let answered_by = match via {
            Verification::Callback => {
                let phone =
                    self.tenant.user(id).method(MethodKind::MobilePhone).or_else(|| self.tenant.user(id).method(MethodKind::OfficePhone));
                let Some(phone) = phone else { return Err(Outcome::Invalid(Problem::NoPhoneToCallBack { user: upn })) };
                phone.controlled_by
            }
            Verification::Manager | Verification::InPerson => Party::Owner,
        };
        let confirmed = !impostor || answered_by == Party::Attacker;
        let note = match confirmed {
            true if !impostor => Note::CallerGenuine { upn: upn.clone() },
            true => Note::CallerConfirmedByAnswerer { upn: upn.clone() },
            false => Note::CallerImpostor { upn: upn.clone(), via },
        };
        self.emit(actor, EventKind::CallerVerified { user: upn, via, confirmed });
        Ok(Some(View::Note(note)))
    }

    fn notify(&mut self, actor: &Actor, user: &str, channel: &Channel, include_password: bool, message: &str) -> Step<Option<View>> {
        let id = self.resolve(user)?;
        let acting = self.acting(actor, Resource::Portal)?;
        let version = self.tenant.user(id).password.version;
        if include_password {
            let knows = match acting {
                Acting::Account { party: Party::Attacker, .. } => self.tenant.user(id).password.known.attacker,
                Acting::Account { id: admin, party } => {
                    admin == id && self.tenant.user(id).password.known.knows(party)
                        || self.tenant.user(id).password.known.admins.contains(&admin)
                }
                Acting::Privileged => true,
            };
            if !knows {
                return Err(Outcome::Invalid(Problem::PasswordNotKnown { user: self.upn(id) }));
            }
        }
        let upn = self.upn(id);
        let (channel_name, reached) = match channel {
            Channel::InPerson => (NotifyChannel::InPerson, Some(Party::Owner)),
            Channel::Phone => {
                let phone =
                    self.tenant.user(id).method(MethodKind::OfficePhone).or_else(|| self.tenant.user(id).method(MethodKind::MobilePhone));
                let Some(phone) = phone else { return Err(Outcome::Invalid(Problem::NoPhone { user: upn })) };
                (NotifyChannel::Phone { number: phone.detail.clone() }, Some(phone.controlled_by))
            }
            Channel::Sms => {
                let Some(phone) = self.tenant.user(id).method(MethodKind::MobilePhone) else {
                    return Err(Outcome::Invalid(Problem::NoMobilePhone { user: upn }));
                };
                (NotifyChannel::Sms { number: phone.detail.clone() }, Some(phone.controlled_by))
            }
            Channel::Email(address) => {
                let from = match acting {
                    Acting::Account { id: admin, .. } => self.upn(admin),
                    Acting::Privileged => "support@microsoft.com".to_string(),
                };
                if include_password {
                    self.send_password_mail(actor, &from, address, id, version);
                } else {
                    self.send_system_mail(actor, &from, address, "Message from your administrator", message, None);
                }
                self.emit(
                    actor,
                    EventKind::Notified {
                        user: upn,
                        channel: NotifyChannel::Email { address: address.clone() },
                        with_password: include_password,
                        reached: None,
                    },
                );
                return Ok(None);
            }
        };
        if include_password && let Some(party) = reached {
            self.learn_password(actor, id, version, party, Learned::Told(channel_name.clone()));
        }
        self.emit(actor, EventKind::Notified { user: upn, channel: channel_name, with_password: include_password, reached });
        Ok(None)
    }

    fn change_password(&mut self, actor: &Actor, id: UserId, party: Party, old: &str, new: &str) -> Step<Option<View>> {
        let location = if party == Party::Owner { Location::Familiar } else { Location::Unfamiliar };
        let status = {
            let user = self.tenant.user(id);
            if !user.account_enabled {
                SignInStatus::Disabled
            } else if user.lockout(location == Location::Familiar).is_locked(self.now) {
                SignInStatus::Locked
            } else if user.password.text != old {
                SignInStatus::WrongPassword
            } else if user.mfa_required && !user.can_pass_mfa(party) {
                // The password change comes after the second factor, not instead of it.
                SignInStatus::MfaRequired
            } else {
                SignInStatus::Success
            }
        };
        if status != SignInStatus::Success {
            let status = if status == SignInStatus::WrongPassword {
                self.count_failure(actor, id, location == Location::Familiar, old)
            } else {
                status
            };
            self.log_sign_in(actor, id, party, location, ClientApp::Browser, status);
            return Err(Outcome::Denied(Refusal::SignIn(status)));
        }
        if new == old || self.tenant.user(id).password.history.iter().any(|previous| previous == new) {
            return Err(Outcome::Invalid(Problem::PasswordReused));
        }
        self.password_context_check(id, new)?;
        let now = self.now;
        self.tenant.user_mut(id).password.replace(new.to_string(), now, false);
        self.tenant.user_mut(id).password.known.learn(party);
        self.remember_password(id, party, new);
        self.revoke_refresh_tokens(id, true);
        self.continuous_access_event(id);
        let upn = self.upn(id);
        self.emit(actor, EventKind::PasswordChanged { user: upn.clone(), party, self_service: false });
        let origin = self.change_origin(id, party);
        self.tenant.audit_log.push(crate::tenant::logs::AuditEntry {
            at: now,
            actor: upn.clone(),
            ip: origin.ip,
            place: Some(origin.place),
            activity: crate::tenant::logs::Activity::ChangeUserPassword,
            target: upn,
            details: AuditDetail::None,
        });
        self.log_sign_in(actor, id, party, location, ClientApp::Browser, SignInStatus::Success);
        let mfa_blocks = self.tenant.user(id).mfa_required && !self.tenant.user(id).can_pass_mfa(party);
        if !mfa_blocks {
            self.issue_session(actor, id, party, SessionOrigin::Password);
        }
        Ok(Some(View::Note(Note::PasswordChanged)))
    }

    /// The methods `party` can prove, as SSPR methods, for `id`.
    fn sspr_methods_held(&self, id: UserId, party: Party, allowed: &[SsprMethod]) -> usize {
        let user = self.tenant.user(id);
        let mut proven: Vec<SsprMethod> = Vec::new();
        for method in user.methods.iter().filter(|method| method.controlled_by == party) {
            let candidates: &[SsprMethod] = match method.kind {
                MethodKind::AlternateEmail => &[SsprMethod::Email],
                MethodKind::MobilePhone => &[SsprMethod::MobilePhone],
                MethodKind::OfficePhone => &[SsprMethod::OfficePhone],
                MethodKind::AuthenticatorApp => &[SsprMethod::MobileAppNotification, SsprMethod::MobileAppCode],
                MethodKind::SecurityQuestions => &[SsprMethod::SecurityQuestions],
                MethodKind::Fido2 => &[],
            };
            // One registration proves one method, even if the app offers two.
            if let Some(first) = candidates.iter().find(|candidate| allowed.contains(candidate) && !proven.contains(candidate)) {
                proven.push(*first);
            }
        }
        proven.len()
    }

    fn self_service_reset(&mut self, actor: &Actor, id: UserId, party: Party, mode: SsprMode, new: &str) -> Step<Option<View>> {
        let upn = self.upn(id);
        let user = self.tenant.user(id);
        let (required, allowed) = if user.is_admin() {
            // Administrators: always on, two gates, no security questions.
            (2, SsprMethod::ALL.iter().copied().filter(|method| *method != SsprMethod::SecurityQuestions).collect::<Vec<_>>())
        } else {
            let policy = &self.tenant.sspr_policy;
            let in_scope = match &policy.scope {
                SsprScope::None => false,
                SsprScope::All => true,
                SsprScope::Selected(group) => self.tenant.group(group).is_some_and(|group| group.members.contains(&id)),
            };
            if !in_scope {
                return Err(Outcome::Denied(Refusal::SsprNotEnabled { user: upn }));
            }
            (usize::from(policy.methods_required.clamp(1, 2)), policy.methods_allowed.clone())
        };
        if !user.account_enabled {
            return Err(Outcome::Denied(Refusal::SsprAccountDisabled { user: upn }));
        }
        let held = self.sspr_methods_held(id, party, &allowed);
        if held < required {
            return Err(Outcome::Denied(Refusal::SsprTooFewMethods { user: upn, required, usable: held }));
        }
        if mode == SsprMode::Know {
            let familiar = party == Party::Owner;
            let account = self.tenant.user(id);
            if account.lockout(familiar).is_locked(self.now) {
                return Err(Outcome::Denied(Refusal::SsprLocked));
            }
            if !account.password.known.knows(party) {
                return Err(Outcome::Denied(Refusal::SsprNeedsCurrentPassword));
            }
        }
        self.password_context_check(id, new)?;
        if self.tenant.user(id).password.text == new {
            return Err(Outcome::Invalid(Problem::PasswordUnchanged));
        }
        if mode == SsprMode::Forgot {
            self.clear_lockout(actor, id);
        }
        let now = self.now;
        self.tenant.user_mut(id).password.replace(new.to_string(), now, false);
        self.tenant.user_mut(id).password.known.learn(party);
        self.remember_password(id, party, new);
        self.revoke_refresh_tokens(id, true);
        self.continuous_access_event(id);
        self.emit(actor, EventKind::PasswordChanged { user: upn.clone(), party, self_service: true });
        let origin = self.change_origin(id, party);
        self.tenant.audit_log.push(crate::tenant::logs::AuditEntry {
            at: now,
            actor: upn.clone(),
            ip: origin.ip,
            place: Some(origin.place),
            activity: crate::tenant::logs::Activity::ResetPasswordSelfService,
            target: upn,
            details: AuditDetail::SelfServiceReset { knew_password: mode == SsprMode::Know },
        });
        Ok(Some(View::Note(Note::PasswordResetBySelf)))
    }

    fn set_sspr(&mut self, actor: &Actor, change: &SsprChange) -> Step<Option<View>> {
        let acting = self.authorize(actor, Permission::ManageSelfServicePasswordReset, None)?;
        let mut policy = self.tenant.sspr_policy.clone();
        if let Some(scope) = &change.scope {
            if let SsprScope::Selected(group) = scope
                && self.tenant.group(group).is_none()
            {
                return Err(Outcome::Invalid(Problem::UnknownScopeGroup { group: group.clone() }));
            }
            policy.scope = scope.clone();
        }
        if let Some(required) = change.methods_required {
            if !(1..=2).contains(&required) {
                return Err(Outcome::Invalid(Problem::SsprMethodsRequiredRange));
            }
            policy.methods_required = required;
        }
        if let Some(methods) = &change.methods_allowed {
            policy.methods_allowed.clone_from(methods);
        }
        if let Some(registration) = change.require_registration {
            policy.require_registration = registration;
        }
        if let Some(days) = change.reconfirm_days {
            if days > 730 {
                return Err(Outcome::Invalid(Problem::SsprReconfirmRange));
            }
            policy.reconfirm_days = days;
        }
        if policy.methods_allowed.len() < usize::from(policy.methods_required) {
            return Err(Outcome::Invalid(Problem::SsprTooFewMethodsAllowed {
                required: policy.methods_required,
                allowed: policy.methods_allowed.len(),
            }));
        }
        let detail = AuditDetail::Sspr { scope: policy.scope.clone(), methods_required: policy.methods_required };
        let change = PolicyChange::SelfServiceReset { scope: policy.scope.clone(), methods_required: policy.methods_required };
        self.tenant.sspr_policy = policy;
        self.emit(actor, EventKind::PolicyChanged { change });
        self.audit(acting, Activity::UpdateSsprPolicy, "Password reset", detail);
        Ok(None)
    }

    /// Whether `party` could sign in to `id` with what it knows right now
    /// (for the security queries; changes nothing).
    #[must_use]
    pub(crate) fn password_would_work(&self, id: UserId, party: Party) -> bool {
        let user = self.tenant.user(id);
        let familiar = party == Party::Owner;
        if !(user.account_enabled && user.password.known.knows(party) && !user.lockout(familiar).is_locked(self.now)) {
            return false;
        }
        let access = &self.tenant.access;
        // The addresses it would come from: the office for the owner, any
        // of the attacker's for the attacker.
        let addresses: Vec<String> = match party {
            Party::Owner => vec![self.sign_in_address(id)],
            Party::Attacker => self.network.attacker_origins().iter().map(|origin| origin.ip.clone()).collect(),
        };
        let modern = addresses.iter().any(|ip| match access.evaluate(ip, ClientClass::Modern) {
            Decision::Block(_) => false,
            Decision::RequireMfa => user.can_pass_mfa(party),
            Decision::Allow => !user.mfa_required || user.can_pass_mfa(party),
        });
        // Basic authentication over a legacy protocol the mailbox allows
        // (the attacker's way past an MFA policy for modern clients).
        let legacy = party == Party::Attacker
            && access.basic_authentication
            && !user.mfa_required
            && [Protocol::Imap, Protocol::Pop, Protocol::ActiveSync].into_iter().any(|protocol| {
                user.mailbox.as_deref().is_some_and(|mailbox| mailbox.protocols.enabled(protocol))
                    && addresses.iter().any(|ip| !matches!(access.evaluate(ip, ClientClass::Legacy(protocol)), Decision::Block(_)))
            });
        modern || legacy
    }

    #[must_use]
    pub fn session_works(&self, id: UserId, party: Party, resource: Resource) -> bool {
        has_working_session(self.tenant.user(id), party, resource, self.now)
    }
}

/// One row per user, sorted by user principal name, at most
/// [`VIEW_ROW_LIMIT`] of them: the first ones by name are picked in linear
/// time, and only those are sorted, so a view of a large tenant does not
/// sort every user.
fn summaries<'a>(users: impl Iterator<Item = &'a crate::tenant::user::User>) -> Vec<UserSummary> {
    let by_name = |left: &&crate::tenant::user::User, right: &&crate::tenant::user::User| {
        left.upn.bytes().map(|byte| byte.to_ascii_lowercase()).cmp(right.upn.bytes().map(|byte| byte.to_ascii_lowercase()))
    };
    let mut users: Vec<&crate::tenant::user::User> = users.collect();
    if users.len() > VIEW_ROW_LIMIT {
        users.select_nth_unstable_by(VIEW_ROW_LIMIT - 1, by_name);
        users.truncate(VIEW_ROW_LIMIT);
    }
    users.sort_unstable_by(by_name);
    users
        .into_iter()
        .map(|user| UserSummary {
            upn: user.upn.clone(),
            display_name: user.display_name.clone(),
            department: user.department.clone(),
            sign_in_blocked: !user.account_enabled,
            admin: user.is_admin(),
        })
        .collect()
}
