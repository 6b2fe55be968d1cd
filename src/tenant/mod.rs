//! The tenant's state: organisation, policies, users, groups, logs and alerts.
//!
//! This module holds data and the small operations that keep it consistent
//! (lookups, role counts). What actions do to it lives in `crate::engine`.

pub mod access;
pub mod apps;
pub mod lockout;
pub mod logs;
pub mod mailbox;
pub mod outbound;
pub mod password_rules;
pub mod permission;
pub mod policy;
pub mod role;
pub mod user;

use indexmap::IndexMap;
use logs::{Alert, AuditEntry, BoundedLog, SignInEntry, TraceEntry};
use permission::RoleSet;
use policy::{LockoutPolicy, OutboundPolicy, PasswordPolicy, SsprPolicy};
use role::Role;
use std::collections::{BTreeMap, BTreeSet};
use user::{User, UserId};

/// A security group.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Group {
    pub name: String,
    pub members: BTreeSet<UserId>,
}

/// What an alias (the part of a name before `@`) resolves to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AliasEntry {
    Unique(UserId),
    Ambiguous,
}

/// Why a user could not be added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddUserError {
    Duplicate(String),
    TooMany,
}

/// A tenant may hold at most this many users.
pub(crate) const USER_LIMIT: usize = 1_000_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tenant {
    pub name: String,
    /// Accepted domains; the first is the default.
    pub domains: Vec<String>,
    pub lockout_policy: LockoutPolicy,
    pub password_policy: PasswordPolicy,
    pub sspr_policy: SsprPolicy,
    pub outbound_policy: OutboundPolicy,
    /// Conditional Access (named locations, policies, basic authentication)
    /// and the users confirmed compromised.
    pub access: access::Access,
    /// Keyed by lower-case user principal name; a user's [`UserId`] is its index.
    users: IndexMap<String, User>,
    aliases: BTreeMap<String, AliasEntry>,
    pub groups: IndexMap<String, Group>,
    global_administrators: u32,
    /// Ground truth: outside addresses whose mail the attacker reads.
    pub attacker_addresses: BTreeSet<String>,
    /// Ground truth: users someone is impersonating on a call to the
    /// helpdesk (lower-case user principal names).
    pub impostor_callers: BTreeSet<String>,
    /// Senders on the restricted-entities list, in user order.
    pub restricted_senders: BTreeSet<UserId>,
    pub sign_in_log: BoundedLog<SignInEntry>,
    pub audit_log: BoundedLog<AuditEntry>,
    pub message_trace: BoundedLog<TraceEntry>,
    pub alerts: BoundedLog<Alert>,
    /// Enterprise applications, their delegated permission grants and the
    /// user-consent setting.
    pub apps: apps::Applications,
}

impl Tenant {
    #[must_use]
    pub fn new(name: &str, domains: Vec<String>) -> Self {
        Self {
            name: name.to_string(),
            domains,
            lockout_policy: LockoutPolicy::default(),
            password_policy: PasswordPolicy::default(),
            sspr_policy: SsprPolicy::default(),
            outbound_policy: OutboundPolicy::default(),
            access: access::Access::default(),
            users: IndexMap::new(),
            aliases: BTreeMap::new(),
            groups: IndexMap::new(),
            global_administrators: 0,
            attacker_addresses: BTreeSet::new(),
            impostor_callers: BTreeSet::new(),
            restricted_senders: BTreeSet::new(),
            sign_in_log: BoundedLog::default(),
            audit_log: BoundedLog::default(),
            message_trace: BoundedLog::default(),
            alerts: BoundedLog::default(),
            apps: apps::Applications::default(),
        }
    }

    /// Adds a user.
    ///
    /// # Errors
    /// A duplicate user principal name, or more than [`USER_LIMIT`] users.
    pub fn add_user(&mut self, user: User) -> Result<UserId, AddUserError> {
        let key = user.upn.to_ascii_lowercase();
        if self.users.contains_key(&key) {
            return Err(AddUserError::Duplicate(user.upn));
        }
        if self.users.len() >= USER_LIMIT {
            return Err(AddUserError::TooMany);
        }
        let id = UserId(u32::try_from(self.users.len()).map_err(|_| AddUserError::TooMany)?);
        let alias = user.alias().to_ascii_lowercase();
        self.aliases.entry(alias).and_modify(|entry| *entry = AliasEntry::Ambiguous).or_insert(AliasEntry::Unique(id));
        if user.roles.contains(Role::GlobalAdministrator) {
            self.global_administrators += 1;
        }
        self.users.insert(key, user);
        Ok(id)
    }

    #[must_use]
    pub fn user_count(&self) -> usize {
        self.users.len()
    }

    #[must_use]
    pub fn user(&self, id: UserId) -> &User {
        &self.users[id.index()]
    }

    pub fn user_mut(&mut self, id: UserId) -> &mut User {
        &mut self.users[id.index()]
    }

    /// Users in the order they were added.
    pub fn users(&self) -> impl Iterator<Item = (UserId, &User)> {
        self.users.values().enumerate().map(|(index, user)| (UserId(u32::try_from(index).unwrap_or(u32::MAX)), user))
    }

    /// Resolves a full user principal name or a unique alias, ignoring case.
    #[must_use]
    pub fn find_user(&self, name: &str) -> Option<UserId> {
        // Names are mostly given already trimmed and in lower case: look
        // those up without building a lowered copy.
        let trimmed = name.trim();
        let lowered;
        let key: &str = if trimmed.bytes().any(|byte| byte.is_ascii_uppercase()) {
            lowered = trimmed.to_ascii_lowercase();
            &lowered
        } else {
            trimmed
        };
        if let Some(index) = self.users.get_index_of(key) {
            return u32::try_from(index).ok().map(UserId);
        }
        if key.contains('@') {
            return None;
        }
        match self.aliases.get(key) {
            Some(AliasEntry::Unique(id)) => Some(*id),
            _ => None,
        }
    }

    /// Whether an alias is shared by several users (so it cannot be used alone).
    #[must_use]
    pub(crate) fn alias_is_ambiguous(&self, alias: &str) -> bool {
        matches!(self.aliases.get(&alias.trim().to_ascii_lowercase()), Some(AliasEntry::Ambiguous))
    }

    #[must_use]
    pub fn global_administrator_count(&self) -> u32 {
        self.global_administrators
    }

    /// Gives a role; returns false if it was already held.
    pub fn grant_role(&mut self, id: UserId, role: Role) -> bool {
        let added = self.user_mut(id).roles.insert(role);
        if added && role == Role::GlobalAdministrator {
            self.global_administrators += 1;
        }
        added
    }

    /// Takes a role away; returns false if it was not held.
    pub fn revoke_role(&mut self, id: UserId, role: Role) -> bool {
        let removed = self.user_mut(id).roles.remove(role);
        if removed && role == Role::GlobalAdministrator {
            self.global_administrators -= 1;
        }
        removed
    }

    #[must_use]
    pub fn roles_of(&self, id: UserId) -> RoleSet {
        self.user(id).roles
    }

    /// Whether the address belongs to this tenant's domains.
    #[must_use]
    pub(crate) fn is_internal_address(&self, address: &str) -> bool {
        address.rsplit_once('@').is_some_and(|(_, domain)| self.domains.iter().any(|own| own.eq_ignore_ascii_case(domain)))
    }

    /// Members of a group by name (case-insensitive).
    #[must_use]
    pub(crate) fn group(&self, name: &str) -> Option<&Group> {
        self.groups.get(&name.to_ascii_lowercase())
    }

    pub fn add_group(&mut self, name: &str, members: BTreeSet<UserId>) {
        self.groups.insert(name.to_ascii_lowercase(), Group { name: name.to_string(), members });
    }
}
