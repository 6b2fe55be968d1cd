//! Mailboxes and mail flow (domain reference §6): mailbox-level forwarding
//! (the internal `ForwardingAddress` wins over `ForwardingSmtpAddress`; a copy
//! is kept only with `DeliverToMailboxAndForward`), inbox rules in priority
//! order, external forwarding under the outbound policy's automatic
//! forwarding control (bounce `5.7.520` when off), and who can read what.

use super::event::{EventKind, Learned};
use super::view::{ForwardingBy, ForwardingHit, MailboxDetail, Note, View};
use super::{Acting, Area, Outcome, Problem, Refusal, Simulation, Step};
use crate::action::{Action, Actor, Resource};
use crate::tenant::logs::{Activity, AlertDetail, AuditDetail, Severity, TraceDetail, TraceEntry, TraceStatus, TraceTo};
use crate::tenant::mailbox::{
    AccessRight, CarriedPassword, DELETED_ITEMS, Delegate, INBOX, InboxRule, MAILBOX_RULE_LIMIT, Message, Protocol, RuleAction, RuleSpec,
    SENT_ITEMS,
};
use crate::tenant::permission::Permission;
use crate::tenant::user::{Party, UserId};

/// Forwarding chains stop after this many hops (Exchange detects loops too).
const FORWARDING_DEPTH_LIMIT: u8 = 3;

impl Simulation {
    #[allow(clippy::too_many_lines)]
    pub(super) fn mail_action(&mut self, actor: &Actor, action: &Action) -> Step<Option<View>> {
        match action {
            Action::ReadMail { user } => {
                let id = self.mailbox_owner(user)?;
                let party = self.reader_access(actor, id)?;
                let reader = match actor {
                    Actor::User(upn) | Actor::Admin(upn) => self.tenant.find_user(upn),
                    _ => None,
                };
                Ok(Some(self.read_mail(actor, id, party, reader)))
            }
            Action::ShowMailbox { user } => {
                let id = self.mailbox_owner(user)?;
                self.mailbox_authority(actor, id, Permission::ReadMailbox)?;
                let account = self.tenant.user(id);
                let empty = crate::tenant::mailbox::Mailbox::default();
                let mailbox = account.mailbox.as_deref().unwrap_or(&empty);
                Ok(Some(View::Mailbox(MailboxDetail {
                    upn: account.upn.clone(),
                    forwarding_address: mailbox.forwarding_address.clone(),
                    forwarding_smtp_address: mailbox.forwarding_smtp_address.clone(),
                    deliver_and_forward: mailbox.deliver_and_forward,
                    rule_count: mailbox.rules.iter().filter(|rule| !rule.hidden).count(),
                    delegate_count: mailbox.delegates.len(),
                    disabled_protocols: Protocol::ALL.into_iter().filter(|protocol| !mailbox.protocols.enabled(*protocol)).collect(),
                    restricted: account.is_restricted_sender(),
                })))
            }
            Action::SetForwarding { user, forwarding_address, forwarding_smtp_address, deliver_and_forward } => {
                let id = self.mailbox_owner(user)?;
                if forwarding_address.is_none() && forwarding_smtp_address.is_none() {
                    return Err(Outcome::Invalid(Problem::NoForwardingTarget));
                }
                if let Some(internal) = forwarding_address
                    && self.tenant.find_user(internal).is_none()
                {
                    return Err(Outcome::Invalid(Problem::ForwardingAddressOutside { address: internal.clone() }));
                }
                let acting = self.mailbox_authority(actor, id, Permission::ManageMailbox)?;
                let party = acting_party(acting);
                let forwarding_address =
                    forwarding_address.as_deref().and_then(|name| self.tenant.find_user(name)).map(|internal| self.upn(internal));
                let mailbox = self.mailbox_mut(id);
                mailbox.forwarding_address.clone_from(&forwarding_address);
                mailbox.forwarding_smtp_address.clone_from(forwarding_smtp_address);
                mailbox.deliver_and_forward = *deliver_and_forward;
                mailbox.forwarding_set_by = Some(party);
                let address = forwarding_address.clone().or_else(|| forwarding_smtp_address.clone()).unwrap_or_default();
                let upn = self.upn(id);
                self.emit(actor, EventKind::ForwardingSet { user: upn.clone(), address: address.clone() });
                self.audit(
                    acting,
                    Activity::SetMailbox,
                    &upn,
                    AuditDetail::Recorded(format!("Forwarding: {address}, DeliverToMailboxAndForward: {deliver_and_forward}")),
                );
                Ok(None)
            }
            Action::ClearForwarding { user } => {
                let id = self.mailbox_owner(user)?;
                let acting = self.mailbox_authority(actor, id, Permission::ManageMailbox)?;
                let upn = self.upn(id);
                let mailbox = self.mailbox_mut(id);
                if !mailbox.has_forwarding() {
                    return Ok(Some(View::Note(Note::NoForwarding { upn })));
                }
                mailbox.forwarding_address = None;
                mailbox.forwarding_smtp_address = None;
                mailbox.deliver_and_forward = false;
                mailbox.forwarding_set_by = None;
                self.emit(actor, EventKind::ForwardingCleared { user: upn.clone() });
                self.audit(
                    acting,
                    Activity::SetMailbox,
                    &upn,
                    AuditDetail::Recorded("ForwardingSmtpAddress: $null, ForwardingAddress: $null".to_string()),
                );
                Ok(None)
            }
            Action::ListRules { user, include_hidden } => {
                let id = self.mailbox_owner(user)?;
                self.mailbox_authority(actor, id, Permission::ReadMailbox)?;
                let upn = self.upn(id);
                let mut rules: Vec<InboxRule> = self
                    .mailbox_ref(id)
                    .map(|mailbox| mailbox.rules.iter().filter(|rule| *include_hidden || !rule.hidden).cloned().collect())
                    .unwrap_or_default();
                rules.sort_by_key(|rule| rule.priority);
                if matches!(actor, Actor::Admin(_))
                    && let Some(mailbox) = self.tenant.user_mut(id).mailbox.as_deref_mut()
                {
                    for rule in mailbox.rules.iter_mut().filter(|rule| *include_hidden || !rule.hidden) {
                        rule.shown_to_admins = true;
                    }
                }
                Ok(Some(View::Rules { upn, rules }))
            }
            Action::CreateRule { user, rule } => self.create_rule(actor, user, rule),
            Action::DisableRule { user, rule } | Action::EnableRule { user, rule } | Action::RemoveRule { user, rule } => {
                let id = self.mailbox_owner(user)?;
                let found = self.mailbox_ref(id).and_then(|mailbox| mailbox.find_rule(rule));
                let Some(index) = found else {
                    return Err(Outcome::Invalid(Problem::NoSuchRule { rule: rule.clone(), user: self.upn(id) }));
                };
                let acting = self.mailbox_authority(actor, id, Permission::ManageMailbox)?;
                let upn = self.upn(id);
                let mailbox = self.mailbox_mut(id);
                let name = mailbox.rules[index].name.clone();
                if let Action::RemoveRule { .. } = action {
                    mailbox.rules.remove(index);
                    mailbox.renumber_rules();
                    self.emit(actor, EventKind::RuleRemoved { user: upn.clone(), rule: name.clone() });
                    self.audit(acting, Activity::RemoveInboxRule, &upn, AuditDetail::Recorded(name));
                } else {
                    let enabled = matches!(action, Action::EnableRule { .. });
                    mailbox.rules[index].enabled = enabled;
                    self.emit(actor, EventKind::RuleEnabled { user: upn.clone(), rule: name.clone(), enabled });
                    self.audit(
                        acting,
                        if enabled { Activity::EnableInboxRule } else { Activity::DisableInboxRule },
                        &upn,
                        AuditDetail::Recorded(name),
                    );
                }
                Ok(None)
            }
            Action::ListDelegates { user } => {
                let id = self.mailbox_owner(user)?;
                self.mailbox_authority(actor, id, Permission::ReadMailbox)?;
                let upn = self.upn(id);
                let delegates = self
                    .mailbox_ref(id)
                    .map(|mailbox| mailbox.delegates.iter().map(|delegate| (delegate.user.clone(), delegate.access)).collect())
                    .unwrap_or_default();
                Ok(Some(View::Delegates { upn, delegates }))
            }
            Action::AddDelegate { user, delegate, access } => {
                let id = self.mailbox_owner(user)?;
                let delegate_id = self.resolve(delegate)?;
                let acting = self.mailbox_authority(actor, id, Permission::ManageMailbox)?;
                let delegate_upn = self.upn(delegate_id);
                let upn = self.upn(id);
                let party = acting_party(acting);
                let mailbox = self.mailbox_mut(id);
                if mailbox.delegates.iter().any(|existing| existing.user == delegate_upn && existing.access == *access) {
                    return Ok(Some(View::Note(Note::AlreadyDelegated { delegate: delegate_upn, access: *access, upn })));
                }
                mailbox.delegates.push(Delegate { user: delegate_upn.clone(), access: *access, granted_by: party });
                self.emit(actor, EventKind::DelegateAdded { user: upn.clone(), delegate: delegate_upn.clone() });
                self.audit(
                    acting,
                    Activity::AddMailboxPermission,
                    &upn,
                    AuditDetail::Recorded(format!("{delegate_upn}: {}", access.label())),
                );
                Ok(None)
            }
            Action::RemoveDelegate { user, delegate } => {
                let id = self.mailbox_owner(user)?;
                let delegate_upn = self.resolve(delegate).map_or_else(|_| delegate.clone(), |delegate_id| self.upn(delegate_id));
                let has = self
                    .mailbox_ref(id)
                    .is_some_and(|mailbox| mailbox.delegates.iter().any(|existing| existing.user.eq_ignore_ascii_case(&delegate_upn)));
                if !has {
                    return Err(Outcome::Invalid(Problem::NoSuchDelegate { delegate: delegate_upn, user: self.upn(id) }));
                }
                let acting = self.mailbox_authority(actor, id, Permission::ManageMailbox)?;
                let upn = self.upn(id);
                self.mailbox_mut(id).delegates.retain(|existing| !existing.user.eq_ignore_ascii_case(&delegate_upn));
                self.emit(actor, EventKind::DelegateRemoved { user: upn.clone(), delegate: delegate_upn.clone() });
                self.audit(acting, Activity::RemoveMailboxPermission, &upn, AuditDetail::Recorded(delegate_upn));
                Ok(None)
            }
            Action::DisableProtocols { user, protocols } => {
                let id = self.mailbox_owner(user)?;
                let acting = self.authorize(actor, Permission::ManageMailbox, None)?;
                let chosen: Vec<Protocol> = if protocols.is_empty() { Protocol::ALL.to_vec() } else { protocols.clone() };
                let mailbox = self.mailbox_mut(id);
                for protocol in &chosen {
                    mailbox.protocols.disable(*protocol);
                }
                let names = chosen.iter().map(|protocol| protocol.name()).collect::<Vec<_>>().join(", ");
                let upn = self.upn(id);
                self.emit(actor, EventKind::ProtocolsDisabled { user: upn.clone(), protocols: names.clone() });
                self.audit(acting, Activity::SetCasMailbox, &upn, AuditDetail::ProtocolsDisabled(chosen.clone()));
                Ok(None)
            }
            Action::MessageTrace { user } => {
                let id = self.resolve(user)?;
                self.authorize(actor, Permission::MessageTrace, None)?;
                let upn = self.upn(id);
                let entries: Vec<TraceEntry> = self
                    .tenant
                    .message_trace
                    .iter()
                    .rev()
                    .filter(|entry| {
                        entry.from.eq_ignore_ascii_case(&upn) || matches!(&entry.to, TraceTo::Address(to) if to.eq_ignore_ascii_case(&upn))
                    })
                    .take(super::view::VIEW_ROW_LIMIT)
                    .cloned()
                    .collect();
                Ok(Some(View::Trace(entries.into_iter().rev().collect())))
            }
            Action::SearchForwarding { address } => {
                self.authorize(actor, Permission::ReadMailbox, None)?;
                Ok(Some(self.search_forwarding(address)))
            }
            Action::SendMail { from, to, subject, body } => {
                let id = self.mailbox_owner(from)?;
                self.sender_access(actor, id)?;
                self.send_mail(actor, id, to, to.len(), subject, body)
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
            | Action::ListRestricted
            | Action::ReleaseRestricted { .. }
            | Action::ListAlerts
            | Action::ResolveAlert { .. }
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
            | Action::ConfirmCompromised { .. } => Err(Outcome::Invalid(Problem::Misrouted(Area::Mail))),
        }
    }

    /// An address of this organisation: a user's name or alias, or any
    /// address in one of its domains.
    fn is_internal(&self, address: &str) -> bool {
        self.tenant.find_user(address).is_some() || self.tenant.is_internal_address(address)
    }

    fn mailbox_owner(&self, name: &str) -> Step<UserId> {
        let id = self.resolve(name)?;
        if self.tenant.user(id).mailbox.is_none() {
            return Err(Outcome::Invalid(Problem::NoMailbox { user: self.upn(id) }));
        }
        Ok(id)
    }

    pub(super) fn mailbox_ref(&self, id: UserId) -> Option<&crate::tenant::mailbox::Mailbox> {
        self.tenant.user(id).mailbox.as_deref()
    }

    pub(super) fn mailbox_mut(&mut self, id: UserId) -> &mut crate::tenant::mailbox::Mailbox {
        self.tenant.user_mut(id).mailbox.get_or_insert_with(Box::default)
    }

    /// Whether the actor is the mailbox's owner (or the attacker acting as
    /// them), who may manage their own forwarding, rules and delegates.
    fn acts_as(&self, actor: &Actor, id: UserId) -> Option<Party> {
        match actor {
            Actor::User(upn) | Actor::Admin(upn) if self.tenant.find_user(upn) == Some(id) => Some(Party::Owner),
            Actor::Attacker { via: Some(upn) } if self.tenant.find_user(upn) == Some(id) => Some(Party::Attacker),
            _ => None,
        }
    }

    /// The owner (through their own mail client) or an admin with `permission`.
    fn mailbox_authority(&mut self, actor: &Actor, id: UserId, permission: Permission) -> Step<Acting> {
        if let Some(party) = self.acts_as(actor, id) {
            if self.mail_client_access(actor, id, party) {
                return Ok(Acting::Account { id, party });
            }
            if !self.tenant.user(id).is_admin() {
                return Err(Outcome::Denied(Refusal::MailboxUnreachable { user: self.upn(id) }));
            }
        }
        self.authorize(actor, permission, None)
    }

    /// A mail client for `party` on `id`: a session Exchange honours, or an
    /// app password over a legacy protocol the mailbox still allows.
    fn mail_client_access(&mut self, actor: &Actor, id: UserId, party: Party) -> bool {
        let modern = self.mailbox_ref(id).is_none_or(|mailbox| mailbox.protocols.any_modern());
        if modern && self.use_session(actor, id, party, Resource::ExchangeOnline).is_ok() {
            return true;
        }
        let legacy = [Protocol::Imap, Protocol::Ews, Protocol::Pop]
            .into_iter()
            .find(|protocol| self.mailbox_ref(id).is_none_or(|mailbox| mailbox.protocols.enabled(*protocol)));
        if legacy.is_some_and(|protocol| self.use_app_password(actor, id, party, protocol).is_ok()) {
            return true;
        }
        // Basic authentication with the password, where the service still
        // accepts it: the attacker's way in after a spray over IMAP or POP.
        let password = &self.tenant.user(id).password;
        if party == Party::Attacker && self.tenant.access.basic_authentication && password.known.attacker {
            let text = password.text.clone();
            return self.attacker_legacy_access(actor, id, &text);
        }
        false
    }

    /// Who reads the mailbox: the owner or attacker through their own client,
    /// or a delegate with full access through theirs.
    fn reader_access(&mut self, actor: &Actor, id: UserId) -> Step<Party> {
        if let Some(party) = self.acts_as(actor, id) {
            if self.mail_client_access(actor, id, party) {
                return Ok(party);
            }
            return Err(Outcome::Denied(Refusal::NoMailboxSession { mailbox: self.upn(id) }));
        }
        let (via, party) = match actor {
            Actor::User(upn) | Actor::Admin(upn) => (upn.clone(), Party::Owner),
            Actor::Attacker { via: Some(upn) } => (upn.clone(), Party::Attacker),
            _ => return Err(Outcome::Invalid(Problem::OnlyPeopleReadMail)),
        };
        let delegate = self.resolve(&via)?;
        let delegate_upn = self.upn(delegate);
        let granted = self.mailbox_ref(id).is_some_and(|mailbox| {
            mailbox.delegates.iter().any(|grant| grant.user == delegate_upn && grant.access == AccessRight::FullAccess)
        });
        if !granted {
            return Err(Outcome::Denied(Refusal::NoFullAccess { delegate: delegate_upn, mailbox: self.upn(id) }));
        }
        if self.mail_client_access(actor, delegate, party) {
            Ok(party)
        } else {
            Err(Outcome::Denied(Refusal::DelegateNoSession { delegate: delegate_upn }))
        }
    }

    fn sender_access(&mut self, actor: &Actor, id: UserId) -> Step {
        if matches!(actor, Actor::Service | Actor::Support) {
            return Ok(());
        }
        self.reader_access(actor, id).map(|_| ())
    }

    /// Reads the mailbox: the owner reads what reached the Inbox; the
    /// attacker searches every folder. Any password carried is learned.
    /// `reader` is the account of a person reading (the owner, or a
    /// delegate); a password meant for someone else is exposed, not learned.
    pub(super) fn read_mail(&mut self, actor: &Actor, id: UserId, party: Party, reader: Option<UserId>) -> View {
        let mut subjects = Vec::new();
        let mut learned: Vec<CarriedPassword> = Vec::new();
        for message in &mut self.mailbox_mut(id).messages {
            let visible = party == Party::Attacker || message.folder == INBOX;
            if !visible || message.read && party == Party::Owner {
                continue;
            }
            message.read = true;
            subjects.push(message.subject.clone());
            if let Some(carried) = message.carries_password {
                learned.push(carried);
            }
        }
        let upn = self.upn(id);
        let count = u32::try_from(subjects.len()).unwrap_or(u32::MAX);
        if count > 0 || party == Party::Attacker {
            self.emit(actor, EventKind::MailReadBy { mailbox: upn.clone(), party, messages: count });
        }
        for carried in learned {
            if party == Party::Attacker || reader == Some(carried.account) {
                self.learn_password(actor, carried.account, carried.version, party, Learned::ReadInMailbox { mailbox: upn.clone() });
            } else if let Some(reader) = reader {
                let account = self.upn(carried.account);
                let address = self.upn(reader);
                self.emit(actor, EventKind::PasswordExposed { user: account, address });
            }
        }
        View::Mail { upn, subjects }
    }

    fn create_rule(&mut self, actor: &Actor, user: &str, spec: &RuleSpec) -> Step<Option<View>> {
        let id = self.mailbox_owner(user)?;
        if spec.actions.is_empty() {
            return Err(Outcome::Invalid(Problem::RuleWithoutAction));
        }
        if self.mailbox_ref(id).is_some_and(|mailbox| mailbox.rules.len() >= MAILBOX_RULE_LIMIT) {
            return Err(Outcome::Invalid(Problem::RuleQuotaReached));
        }
        let acting = self.mailbox_authority(actor, id, Permission::ManageMailbox)?;
        let party = acting_party(acting);
        let now = self.now;
        let forwards = self.mailbox_mut(id).add_rule(spec, party, now).forwards();
        let upn = self.upn(id);
        self.emit(actor, EventKind::RuleCreated { user: upn.clone(), rule: spec.name.clone() });
        self.audit(acting, Activity::NewInboxRule, &upn, AuditDetail::Recorded(spec.audit_parameters()));
        if forwards {
            self.raise_alert(actor, Severity::Medium, "Creation of forwarding/redirect rule", &upn, AlertDetail::Rule(spec.name.clone()));
        }
        Ok(None)
    }

    pub(super) fn raise_alert(&mut self, actor: &Actor, severity: Severity, title: &str, upn: &str, detail: AlertDetail) {
        let id = self.next_alert;
        self.next_alert += 1;
        self.tenant.alerts.push(crate::tenant::logs::Alert {
            id,
            at: self.now,
            severity,
            title: title.to_string(),
            upn: upn.to_string(),
            detail,
            status: crate::tenant::logs::AlertStatus::New,
            classification: None,
            comment: None,
            resolved_by: None,
        });
        self.emit(actor, EventKind::AlertRaised { title: title.to_string(), user: upn.to_string() });
    }

    /// Every mailbox that sends mail to `address` (`Get-Mailbox` by its
    /// forwarding fields, and `Get-InboxRule -IncludeHidden` on each for
    /// rules that forward or redirect there), in user order.
    fn search_forwarding(&self, address: &str) -> View {
        let wanted = address.trim();
        let internal = self.tenant.find_user(wanted);
        let same = |candidate: &str| match (internal, self.tenant.find_user(candidate)) {
            (Some(first), Some(second)) => first == second,
            _ => candidate.trim().eq_ignore_ascii_case(wanted),
        };
        let mut hits = Vec::new();
        for (_, user) in self.tenant.users() {
            let Some(mailbox) = user.mailbox.as_deref() else { continue };
            let set = [&mailbox.forwarding_address, &mailbox.forwarding_smtp_address];
            if set.into_iter().flatten().any(|target| same(target)) {
                hits.push(ForwardingHit { upn: user.upn.clone(), by: ForwardingBy::Mailbox });
            }
            let mut rules: Vec<&InboxRule> = mailbox.rules.iter().collect();
            rules.sort_by_key(|rule| rule.priority);
            for rule in rules {
                if rule.actions.iter().any(|action| action.forward_targets().iter().any(|target| same(target))) {
                    hits.push(ForwardingHit {
                        upn: user.upn.clone(),
                        by: ForwardingBy::Rule { name: rule.name.clone(), enabled: rule.enabled, hidden: rule.hidden },
                    });
                }
            }
            if hits.len() >= super::view::VIEW_ROW_LIMIT {
                hits.truncate(super::view::VIEW_ROW_LIMIT);
                break;
            }
        }
        View::ForwardingSearch { address: wanted.to_string(), hits }
    }

    /// `SendMail` by a restricted sender, `from`, to `recipients` addresses
    /// that need not be written out: what `SendMail` does, refused.
    pub(super) fn send_mail_restricted(
        &mut self,
        actor: &Actor,
        from: &str,
        recipients: usize,
        subject: &str,
        body: &str,
    ) -> Step<Option<View>> {
        let id = self.mailbox_owner(from)?;
        self.sender_access(actor, id)?;
        self.send_mail(actor, id, &[], recipients, subject, body)
    }

    /// Whether `id` is a restricted sender now: every message it sends is refused.
    pub(super) fn sender_restricted(&self, id: UserId) -> bool {
        self.tenant.user(id).outbound.as_ref().is_some_and(|state| state.restriction.is_some())
    }

    fn trace(&mut self, message: &Message, to: TraceTo, status: TraceStatus, detail: TraceDetail) {
        self.tenant.message_trace.push(TraceEntry {
            at: self.now,
            message_id: message.id,
            from: message.from.clone(),
            to,
            subject: message.subject.clone(),
            status,
            detail,
        });
    }

    /// A message that carries `id`'s current password, sent by an admin or the service.
    pub(super) fn send_password_mail(&mut self, actor: &Actor, from: &str, to: &str, id: UserId, version: u32) {
        let upn = self.upn(id);
        let body = format!("The password for {upn} has been reset. Your new password is in this message.");
        self.send_system_mail(actor, from, to, "Your new Microsoft 365 password", &body, Some(CarriedPassword { account: id, version }));
    }

    /// A message from an admin or the service: not counted against outbound limits.
    pub(super) fn send_system_mail(
        &mut self,
        actor: &Actor,
        from: &str,
        to: &str,
        subject: &str,
        body: &str,
        carries: Option<CarriedPassword>,
    ) {
        let message = Message {
            id: self.new_message_id(),
            at: self.now,
            from: from.to_string(),
            to: vec![to.to_string()],
            subject: subject.to_string(),
            body: body.to_string(),
            has_attachment: false,
            folder: INBOX.to_string(),
            read: false,
            carries_password: carries,
        };
        self.routed.clear();
        self.route(actor, &message, to, 0);
    }

    /// Sends mail as `id` to each recipient, after the outbound checks.
    /// Sends a message to `recipients` addresses, `to`. A restricted
    /// sender's message is refused whatever the addresses, so `to` may then
    /// be left empty (only `recipients` is traced).
    pub(super) fn send_mail(
        &mut self,
        actor: &Actor,
        id: UserId,
        to: &[String],
        recipients: usize,
        subject: &str,
        body: &str,
    ) -> Step<Option<View>> {
        if recipients == 0 {
            return Err(Outcome::Invalid(Problem::NoRecipients));
        }
        let from = self.upn(id);
        let mut message = Message {
            id: self.new_message_id(),
            at: self.now,
            from: from.clone(),
            // Filled in once the message is accepted: a rejected message
            // keeps only its id, sender and subject (in the trace).
            to: Vec::new(),
            subject: subject.to_string(),
            body: String::new(),
            has_attachment: false,
            folder: SENT_ITEMS.to_string(),
            read: true,
            carries_password: None,
        };
        // A restricted sender is refused whatever the recipients: they need
        // not be looked up.
        let (internal, external) = if self.sender_restricted(id) {
            (0, 0)
        } else {
            debug_assert_eq!(to.len(), recipients, "an unrestricted sender's recipients are written out");
            let internal = u32::try_from(to.iter().filter(|address| self.is_internal(address)).count()).unwrap_or(u32::MAX);
            (internal, u32::try_from(to.len()).unwrap_or(u32::MAX) - internal)
        };
        if let Err(code) = self.check_outbound(actor, id, internal, external) {
            self.trace(&message, TraceTo::Recipients(recipients), TraceStatus::Failed, TraceDetail::Smtp(code.clone()));
            self.emit(actor, EventKind::MailRejected { from, code: code.clone() });
            return Err(Outcome::Denied(Refusal::Undeliverable { reply: code }));
        }
        message.to = to.to_vec();
        body.clone_into(&mut message.body);
        self.mailbox_mut(id).store(message.clone());
        self.emit(
            actor,
            EventKind::MailSent { from, recipients: u32::try_from(to.len()).unwrap_or(u32::MAX), subject: subject.to_string() },
        );
        message.folder = INBOX.to_string();
        message.read = false;
        self.routed.clear();
        let mut outside = 0;
        for address in to {
            if self.is_internal(address) {
                self.route(actor, &message, address, 0);
            } else {
                outside += 1;
                self.deliver_outside(actor, &message, address);
            }
        }
        if outside > 0 {
            self.trace(&message, TraceTo::OutsideRecipients(outside), TraceStatus::Sent, TraceDetail::Smtp(QUEUED.to_string()));
        }
        Ok(None)
    }

    /// Routes a copy to one address: a mailbox here, or outside.
    fn route(&mut self, actor: &Actor, message: &Message, address: &str, depth: u8) {
        let recipient = self.tenant.find_user(address);
        let key = recipient.map_or_else(|| address.to_ascii_lowercase(), |id| self.upn(id).to_ascii_lowercase());
        if !self.routed.insert(key) {
            return;
        }
        if recipient.is_some() || self.tenant.is_internal_address(address) {
            match recipient.filter(|id| self.tenant.user(*id).mailbox.is_some()) {
                Some(id) => self.deliver(actor, id, message, depth),
                None => self.trace(
                    message,
                    TraceTo::Address(address.to_string()),
                    TraceStatus::Failed,
                    TraceDetail::Smtp("550 5.1.10 RESOLVER.ADR.RecipientNotFound".to_string()),
                ),
            }
        } else {
            self.trace(message, TraceTo::Address(address.to_string()), TraceStatus::Sent, TraceDetail::Smtp(QUEUED.to_string()));
            self.deliver_outside(actor, message, address);
        }
    }

    /// A message that left the organisation: the attacker reads its own
    /// addresses; a password sent anywhere else outside is exposed.
    fn deliver_outside(&mut self, actor: &Actor, message: &Message, address: &str) {
        let Some(carried) = message.carries_password else { return };
        if self.tenant.attacker_addresses.contains(&address.to_ascii_lowercase()) {
            self.learn_password(actor, carried.account, carried.version, Party::Attacker, Learned::MailTo { address: address.to_string() });
        } else if self.tenant.user(carried.account).password.version == carried.version {
            let upn = self.upn(carried.account);
            self.tenant.user_mut(carried.account).password.known.outside_addresses.push(address.to_string());
            self.emit(actor, EventKind::PasswordExposed { user: upn, address: address.to_string() });
        }
    }

    /// Delivers to a mailbox: forwarding first, then (if a copy is kept) the
    /// inbox rules in priority order.
    fn deliver(&mut self, actor: &Actor, id: UserId, message: &Message, depth: u8) {
        if depth > FORWARDING_DEPTH_LIMIT {
            return;
        }
        let upn = self.upn(id);
        let (forward_to, keep) = {
            let mailbox = self.mailbox_mut(id);
            let target = mailbox.forwarding_address.clone().or_else(|| mailbox.forwarding_smtp_address.clone());
            let keep = target.is_none() || mailbox.deliver_and_forward;
            (target, keep)
        };
        if let Some(target) = forward_to {
            self.forward(actor, id, message, &target, None, depth);
        }
        if !keep {
            return;
        }
        let mut copy = message.clone();
        copy.folder = INBOX.to_string();
        let mut rules: Vec<InboxRule> = self.mailbox_ref(id).map(|mailbox| mailbox.rules.clone()).unwrap_or_default();
        rules.sort_by_key(|rule| rule.priority);
        for rule in rules.iter().filter(|rule| rule.enabled && rule.matches(message)) {
            let mut stop = false;
            for rule_action in &rule.actions {
                match rule_action {
                    RuleAction::ForwardTo(targets) | RuleAction::ForwardAsAttachmentTo(targets) | RuleAction::RedirectTo(targets) => {
                        for target in targets {
                            self.forward(actor, id, message, target, Some(&rule.name), depth);
                        }
                    }
                    RuleAction::MoveToFolder(folder) => copy.folder.clone_from(folder),
                    RuleAction::DeleteMessage => copy.folder = DELETED_ITEMS.to_string(),
                    RuleAction::MarkAsRead => copy.read = true,
                    RuleAction::StopProcessingRules => stop = true,
                }
            }
            if stop {
                break;
            }
        }
        self.trace(
            message,
            TraceTo::Address(upn.clone()),
            TraceStatus::Delivered,
            TraceDetail::Smtp(format!("250 2.1.5 Delivered to {}", copy.folder)),
        );
        self.emit(actor, EventKind::MailDelivered { to: upn, folder: copy.folder.clone(), subject: copy.subject.clone() });
        self.mailbox_mut(id).store(copy);
    }

    fn forward(&mut self, actor: &Actor, id: UserId, message: &Message, target: &str, rule: Option<&str>, depth: u8) {
        let upn = self.upn(id);
        if !self.is_internal(target) && !self.tenant.outbound_policy.auto_forwarding.allows_external() {
            let code = "550 5.7.520 Access denied, Your organization does not allow external forwarding".to_string();
            self.trace(message, TraceTo::Address(target.to_string()), TraceStatus::Failed, TraceDetail::Smtp(code.clone()));
            self.emit(actor, EventKind::MailBounced { mailbox: upn.clone(), to: target.to_string(), code: code.clone() });
            let report = Message {
                id: self.new_message_id(),
                at: self.now,
                from: "postmaster@outlook.com".to_string(),
                to: vec![upn.clone()],
                subject: format!("Undeliverable: {}", message.subject),
                body: code,
                has_attachment: false,
                folder: INBOX.to_string(),
                read: false,
                carries_password: None,
            };
            self.mailbox_mut(id).store(report);
            return;
        }
        // Exchange sends one copy to each address however many rules and
        // forwarding settings point there: a second forward of the same
        // message to the same place is no new activity (and no new alert).
        let key = self.tenant.find_user(target).map_or_else(|| target.to_ascii_lowercase(), |to| self.upn(to).to_ascii_lowercase());
        if self.routed.contains(&key) {
            return;
        }
        self.emit(actor, EventKind::MailForwarded { from_mailbox: upn.clone(), to: target.to_string(), by_rule: rule.map(str::to_string) });
        let by = rule.map_or(TraceDetail::ForwardedByMailbox, |name| TraceDetail::ForwardedByRule(name.to_string()));
        self.trace(message, TraceTo::Address(target.to_string()), TraceStatus::Forwarded, by);
        if !self.is_internal(target) {
            self.raise_alert(
                actor,
                Severity::Medium,
                "Suspicious email forwarding activity",
                &upn,
                AlertDetail::ForwardedTo(target.to_string()),
            );
        }
        self.route(actor, message, target, depth + 1);
    }
}

/// What the real service answers when it takes a message for delivery outside.
const QUEUED: &str = "250 2.6.0 Queued mail for delivery";

const fn acting_party(acting: Acting) -> Party {
    match acting {
        Acting::Account { party, .. } => party,
        Acting::Privileged => Party::Owner,
    }
}
