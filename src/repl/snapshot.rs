//! What completion needs from the tenant, copied after each command.
//!
//! The line editor owns its helper while the drill owns the tenant, so the
//! helper cannot borrow the live tenant. A copy of the few names completion
//! offers is small, and is taken after every command, when the tenant may
//! have changed; between commands nothing changes it.

use crate::command::CompletionSource;
use crate::tenant::Tenant;
use std::collections::BTreeMap;

/// The names a tenant offers to completion, at one moment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CompletionSnapshot {
    users: Vec<String>,
    groups: Vec<String>,
    named_locations: Vec<String>,
    apps: Vec<String>,
    /// Lower-case user name or alias to index in `per_user`.
    by_name: BTreeMap<String, usize>,
    per_user: Vec<PerUser>,
    /// What [`CompletionSource::methods`] offers for an unknown user.
    unknown_user_methods: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct PerUser {
    rules: Vec<String>,
    delegates: Vec<String>,
    methods: Vec<String>,
}

impl CompletionSnapshot {
    /// Copies what completion needs from `tenant`, through the tenant's own
    /// [`CompletionSource`], so the snapshot offers exactly what the tenant
    /// would.
    #[must_use]
    pub fn of(tenant: &Tenant) -> Self {
        let mut snapshot = Self {
            users: CompletionSource::users(tenant),
            groups: CompletionSource::groups(tenant),
            named_locations: CompletionSource::named_locations(tenant),
            apps: CompletionSource::apps(tenant),
            unknown_user_methods: CompletionSource::methods(tenant, ""),
            ..Self::default()
        };
        for (_, user) in tenant.users() {
            let index = snapshot.per_user.len();
            snapshot.per_user.push(PerUser {
                rules: CompletionSource::rules(tenant, &user.upn),
                delegates: CompletionSource::delegates(tenant, &user.upn),
                methods: CompletionSource::methods(tenant, &user.upn),
            });
            snapshot.by_name.insert(user.upn.to_ascii_lowercase(), index);
            if !tenant.alias_is_ambiguous(user.alias()) {
                snapshot.by_name.insert(user.alias().to_ascii_lowercase(), index);
            }
        }
        snapshot
    }

    fn user(&self, name: &str) -> Option<&PerUser> {
        self.by_name.get(&name.trim().to_ascii_lowercase()).and_then(|index| self.per_user.get(*index))
    }
}

impl CompletionSource for CompletionSnapshot {
    fn users(&self) -> Vec<String> {
        self.users.clone()
    }

    fn rules(&self, user: &str) -> Vec<String> {
        self.user(user).map(|user| user.rules.clone()).unwrap_or_default()
    }

    fn groups(&self) -> Vec<String> {
        self.groups.clone()
    }

    fn named_locations(&self) -> Vec<String> {
        self.named_locations.clone()
    }

    fn apps(&self) -> Vec<String> {
        self.apps.clone()
    }

    fn delegates(&self, user: &str) -> Vec<String> {
        self.user(user).map(|user| user.delegates.clone()).unwrap_or_default()
    }

    fn methods(&self, user: &str) -> Vec<String> {
        self.user(user).map_or_else(|| self.unknown_user_methods.clone(), |user| user.methods.clone())
    }
}
