//! Enterprise applications: listing them and their delegated permission
//! grants, revoking grants, disabling and deleting applications, the
//! user-consent setting; and the attacker's application, which reads a
//! user's mail with the grant the user's consent gave it.
//!
//! The application is a confidential client holding a refresh token from
//! the consent (`offline_access`): a password reset does not revoke it, and
//! after a session revocation the grant lets it get a new one, without any
//! prompt, the next time the user follows its link again. The simulation
//! takes that as immediate: only a block (while it lasts), revoking the
//! grant or disabling the application stops it. Deleting the application
//! removes it and its grants, but while the lure sits in the user's mailbox
//! and user consent allows it, the user consents again and it comes back as
//! a new object; a disabled application cannot be consented to.

use super::event::EventKind;
use super::view::{AppLine, GrantLine, Note, View};
use super::{Acting, Area, Outcome, Problem, Simulation, Step};
use crate::action::{Action, Actor};
use crate::tenant::apps::{ConsentType, EnterpriseApp, LOW_IMPACT_SCOPES, PermissionGrant, UserConsent, reads_mail};
use crate::tenant::logs::{Activity, AuditDetail, ClientApp, Location, SignInStatus};
use crate::tenant::permission::Permission;
use crate::tenant::user::{Party, UserId};

impl Simulation {
    pub(super) fn app_action(&mut self, actor: &Actor, action: &Action) -> Step<Option<View>> {
        match action {
            Action::ListApps => {
                self.authorize(actor, Permission::ReadDirectory, None)?;
                let apps = &self.tenant.apps;
                let lines = apps.apps.iter().filter(|app| !app.deleted).map(app_line).collect();
                Ok(Some(View::Apps { user_consent: apps.user_consent, apps: lines }))
            }
            Action::ShowApp { app } => {
                self.authorize(actor, Permission::ReadDirectory, None)?;
                let index = self.find_app(app)?;
                let found = &self.tenant.apps.apps[index];
                let grants = self.grant_lines(|grant| grant.app_id == found.app_id);
                Ok(Some(View::App { app: app_line(found), grants }))
            }
            Action::ListGrants { app, user } => {
                let user = match user {
                    Some(name) => Some(self.resolve(name).map(|id| self.upn(id))?),
                    None => None,
                };
                self.authorize(actor, Permission::ReadDirectory, None)?;
                let app_id = match app {
                    Some(name) => Some(self.tenant.apps.apps[self.find_app(name)?].app_id.clone()),
                    None => None,
                };
                let grants = self.grant_lines(|grant| {
                    app_id.as_ref().is_none_or(|wanted| &grant.app_id == wanted) && user.as_ref().is_none_or(|upn| grant.covers(upn))
                });
                Ok(Some(View::Grants(grants)))
            }
            Action::RevokeGrants { app, user, grant: wanted } => {
                let user = match user {
                    Some(name) => Some(self.resolve(name).map(|id| self.upn(id))?),
                    None => None,
                };
                let acting = self.authorize(actor, Permission::ManageApplications, None)?;
                let index = self.find_app(app)?;
                let (name, app_id) = {
                    let found = &self.tenant.apps.apps[index];
                    (found.display_name.clone(), found.app_id.clone())
                };
                // With a user, only the grant that user gave: an admin's
                // consent for everyone is revoked for everyone or not at all.
                let revoked = |grant: &PermissionGrant| {
                    grant.app_id == app_id
                        && wanted.as_ref().is_none_or(|id| grant.id.eq_ignore_ascii_case(id.trim()))
                        && match &user {
                            Some(upn) => grant.consent == ConsentType::Principal(upn.clone()),
                            None => true,
                        }
                };
                let removed: Vec<PermissionGrant> = self.tenant.apps.grants.iter().filter(|grant| revoked(grant)).cloned().collect();
                if removed.is_empty() {
                    return Err(Outcome::Invalid(Problem::NoGrants { app: name, user }));
                }
                self.tenant.apps.grants.retain(|grant| !revoked(grant));
                for grant in removed.iter().cloned() {
                    let details = AuditDetail::Grant { consent: grant.consent, scopes: grant.scopes };
                    self.audit(acting, Activity::RemoveDelegatedPermissionGrant, &name, details);
                }
                let count = u32::try_from(removed.len()).unwrap_or(u32::MAX);
                self.emit(actor, EventKind::GrantsRevoked { app: name, count });
                Ok(None)
            }
            Action::DisableApp { app } => {
                let acting = self.authorize(actor, Permission::ManageApplications, None)?;
                let index = self.find_app(app)?;
                let name = self.tenant.apps.apps[index].display_name.clone();
                if !self.tenant.apps.apps[index].enabled {
                    return Ok(Some(View::Note(Note::AppAlreadyDisabled { app: name })));
                }
                self.tenant.apps.apps[index].enabled = false;
                self.audit(acting, Activity::UpdateServicePrincipal, &name, AuditDetail::Recorded("AccountEnabled: false".to_string()));
                self.emit(actor, EventKind::AppDisabled { app: name });
                Ok(None)
            }
            Action::DeleteApp { app } => {
                let acting = self.authorize(actor, Permission::ManageApplications, None)?;
                let index = self.find_app(app)?;
                let (name, app_id) = {
                    let found = &mut self.tenant.apps.apps[index];
                    found.deleted = true;
                    (found.display_name.clone(), found.app_id.clone())
                };
                // Its grants go with it.
                self.tenant.apps.grants.retain(|grant| grant.app_id != app_id);
                self.audit(acting, Activity::RemoveServicePrincipal, &name, AuditDetail::Recorded(format!("AppId: {app_id}")));
                self.emit(actor, EventKind::AppDeleted { app: name });
                Ok(None)
            }
            Action::SetUserConsent { setting } => {
                let acting = self.authorize(actor, Permission::ManageConsentPolicy, None)?;
                if self.tenant.apps.user_consent == *setting {
                    return Ok(Some(View::Note(Note::UserConsentAlready { setting: *setting })));
                }
                self.tenant.apps.user_consent = *setting;
                let assigned = setting.policy_id().map_or_else(String::new, |id| format!("ManagePermissionGrantsForSelf.{id}"));
                self.audit(
                    acting,
                    Activity::UpdateAuthorizationPolicy,
                    "Authorization Policy",
                    AuditDetail::Recorded(format!("PermissionGrantPoliciesAssigned: [{assigned}]")),
                );
                self.emit(actor, EventKind::UserConsentChanged { setting: *setting });
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
            | Action::ListNamedLocations
            | Action::CreateNamedLocation { .. }
            | Action::ListConditionalAccessPolicies
            | Action::CreateConditionalAccessPolicy { .. }
            | Action::ListRiskyUsers
            | Action::ConfirmCompromised { .. } => Err(Outcome::Invalid(Problem::Misrouted(Area::Apps))),
        }
    }

    /// The live application named `name` (display name, Application ID or
    /// object ID).
    fn find_app(&self, name: &str) -> Step<usize> {
        self.tenant.apps.find(name).ok_or_else(|| Outcome::Invalid(Problem::NoSuchApp { app: name.trim().to_string() }))
    }

    fn grant_lines(&self, keep: impl Fn(&PermissionGrant) -> bool) -> Vec<GrantLine> {
        let apps = &self.tenant.apps;
        apps.grants
            .iter()
            .filter(|grant| keep(grant))
            .map(|grant| {
                let client = apps.apps.iter().find(|app| !app.deleted && app.app_id == grant.app_id);
                GrantLine {
                    id: grant.id.clone(),
                    app: client.map_or_else(|| grant.app_id.clone(), |app| app.display_name.clone()),
                    client_id: client.map_or_else(|| grant.app_id.clone(), |app| app.object_id.clone()),
                    consent: grant.consent.clone(),
                    scopes: grant.scopes.clone(),
                    granted_at: grant.granted_at,
                }
            })
            .take(super::view::VIEW_ROW_LIMIT)
            .collect()
    }

    /// The attacker's application that reads `id`'s mail now: live and
    /// enabled, holding a grant that covers the user with a mail scope,
    /// and the account can still be signed in to.
    pub(crate) fn attacker_app_reaching(&self, id: UserId) -> Option<usize> {
        let user = self.tenant.user(id);
        if !user.account_enabled || user.lockout(false).is_locked(self.now) {
            return None;
        }
        self.attacker_app_granted(id)
    }

    /// The attacker's live, enabled application holding a mail-reading
    /// grant that covers `id`, whether or not the account signs in now.
    pub(crate) fn attacker_app_granted(&self, id: UserId) -> Option<usize> {
        let upn = &self.tenant.user(id).upn;
        let apps = &self.tenant.apps;
        apps.apps.iter().position(|app| {
            !app.deleted
                && app.enabled
                && app.added_by == Party::Attacker
                && apps.grants_of(&app.app_id).any(|grant| grant.covers(upn) && grant.scopes.iter().any(|scope| reads_mail(scope)))
        })
    }

    /// Names of the attacker's applications (live, enabled or not) still
    /// holding a grant that covers `id`.
    pub(crate) fn attacker_grants(&self, id: UserId) -> Vec<String> {
        let upn = &self.tenant.user(id).upn;
        let apps = &self.tenant.apps;
        apps.apps
            .iter()
            .filter(|app| !app.deleted && app.added_by == Party::Attacker && apps.grants_of(&app.app_id).any(|grant| grant.covers(upn)))
            .map(|app| app.display_name.clone())
            .collect()
    }

    /// The attacker's application redeems its refresh token (a
    /// non-interactive sign-in from the attacker's address, as the user)
    /// and reads the mailbox through Graph.
    pub(super) fn read_through_app(&mut self, id: UserId) {
        let actor = Actor::Attacker { via: None };
        self.log_sign_in(&actor, id, Party::Attacker, Location::Unfamiliar, ClientApp::DelegatedApp, SignInStatus::Success);
        if self.tenant.user(id).mailbox.is_some() {
            let via = Actor::Attacker { via: Some(self.upn(id)) };
            self.read_mail(&via, id, Party::Attacker, None);
        }
    }

    /// The attacker sends its consent link again to every user it lured:
    /// a user whose grant is gone consents anew while the application is
    /// not disabled and the user-consent setting lets them. Deleting the
    /// application does not stop this (a new consent adds it back);
    /// disabling it or restricting user consent does.
    pub(super) fn renew_consents(&mut self) {
        for lure in self.tenant.apps.lures.clone() {
            let Some(id) = self.tenant.find_user(&lure.user) else { continue };
            if !self.tenant.user(id).account_enabled {
                continue;
            }
            let upn = self.upn(id);
            let apps = &self.tenant.apps;
            let live = apps.apps.iter().position(|app| !app.deleted && app.app_id == lure.app.app_id);
            if live.is_some_and(|index| !apps.apps[index].enabled) {
                continue;
            }
            let present = apps
                .grants_of(&lure.app.app_id)
                .any(|grant| if lure.admin { grant.consent == ConsentType::AllPrincipals } else { grant.covers(&upn) });
            if present {
                continue;
            }
            // An admin's consent for everyone needs a role that grants it,
            // whatever users may consent to; a user's own, the setting.
            let allowed = if lure.admin {
                self.tenant.user(id).roles().contains_any(Permission::ManageApplications.granted_by())
            } else {
                match apps.user_consent {
                    UserConsent::AllowAll => true,
                    UserConsent::VerifiedPublishers => {
                        lure.app.verified
                            && lure.scopes.iter().all(|scope| LOW_IMPACT_SCOPES.iter().any(|low| low.eq_ignore_ascii_case(scope)))
                    }
                    UserConsent::DoNotAllow => false,
                }
            };
            if allowed {
                self.consent(id, &lure.app, &lure.scopes, lure.admin);
            }
        }
    }

    /// `id` consents to `app` for `scopes`, for themselves or, as an admin
    /// (`admin`), for the whole organisation: the service principal is
    /// added if the tenant has none for it, and the grant recorded, in the
    /// audit log as Entra records them, from the user.
    pub(crate) fn consent(&mut self, id: UserId, app: &EnterpriseApp, scopes: &[String], admin: bool) {
        let now = self.now;
        let upn = self.upn(id);
        let acting = Acting::Account { id, party: Party::Owner };
        let seed = self.seed();
        let existing = self.tenant.apps.apps.iter().position(|candidate| !candidate.deleted && candidate.app_id == app.app_id);
        if existing.is_none() {
            let object_id = self.tenant.apps.new_id(seed);
            let added = EnterpriseApp { object_id, created_at: now, enabled: true, deleted: false, ..app.clone() };
            if self.tenant.apps.add_app(added).is_none() {
                return;
            }
            self.audit(acting, Activity::AddServicePrincipal, &app.display_name, AuditDetail::Recorded(format!("AppId: {}", app.app_id)));
        }
        let id_text = self.tenant.apps.new_id(seed ^ 0x5eed);
        let grant = PermissionGrant {
            id: id_text,
            app_id: app.app_id.clone(),
            consent: if admin { ConsentType::AllPrincipals } else { ConsentType::Principal(upn.clone()) },
            scopes: scopes.to_vec(),
            granted_at: now,
        };
        let detail = AuditDetail::Grant { consent: grant.consent.clone(), scopes: grant.scopes.clone() };
        if !self.tenant.apps.add_grant(grant) {
            return;
        }
        self.audit(
            acting,
            Activity::ConsentToApplication,
            &app.display_name,
            // Entra's modified properties, as the entry records them.
            AuditDetail::Recorded(format!(
                "ConsentContext.IsAdminConsent: {admin}; ConsentContext.OnBehalfOfAll: {admin}; ConsentAction.Permissions: {}",
                scopes.join(" "),
                admin = if admin { "True" } else { "False" }
            )),
        );
        self.audit(acting, Activity::AddDelegatedPermissionGrant, "Microsoft Graph", detail);
        self.emit(&Actor::User(upn.clone()), EventKind::ConsentGranted { user: upn, app: app.display_name.clone() });
    }
}

fn app_line(app: &EnterpriseApp) -> AppLine {
    AppLine {
        name: app.display_name.clone(),
        app_id: app.app_id.clone(),
        object_id: app.object_id.clone(),
        reply_url: app.reply_url.clone(),
        publisher: app.publisher.clone(),
        verified: app.verified,
        enabled: app.enabled,
        created_at: app.created_at,
    }
}
