//! What the tenant looked like before the current command: the scorer
//! classifies what an action removed, and once it is removed the tenant can
//! no longer say. Refreshed after every command, so "before" is the state
//! the trainee saw when typing it.

use crate::engine::Simulation;
use crate::tenant::policy::{OutboundPolicy, SsprPolicy};
use crate::tenant::user::{MethodKind, Party, UserId};
use std::collections::BTreeMap;

/// Rules remembered at most; a runaway attacker cannot grow the scorer.
const REMEMBERED_RULES_LIMIT: usize = 10_000;

/// A rule seen in a tracked mailbox: identities are never reused, so an
/// identity keeps naming the same rule after it is removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct SeenRule {
    pub name: String,
    pub created_by: Party,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct MailboxBefore {
    /// The forwarding address in effect and who set it.
    pub forwarding: Option<(String, Option<Party>)>,
    pub delegates: Vec<(String, Party)>,
}

#[derive(Debug, Clone)]
pub(super) struct Memory {
    tracked: Vec<UserId>,
    /// Every rule seen, by mailbox owner and rule identity.
    rules: BTreeMap<(UserId, String), SeenRule>,
    mailboxes: BTreeMap<UserId, MailboxBefore>,
    methods: BTreeMap<UserId, Vec<(MethodKind, Party)>>,
    pub outbound: OutboundPolicy,
    pub sspr: SsprPolicy,
}

impl Memory {
    pub(crate) fn new(tracked: Vec<UserId>, simulation: &Simulation) -> Self {
        let tenant = simulation.tenant();
        let mut memory = Self {
            tracked,
            rules: BTreeMap::new(),
            mailboxes: BTreeMap::new(),
            methods: BTreeMap::new(),
            outbound: tenant.outbound_policy.clone(),
            sspr: tenant.sspr_policy.clone(),
        };
        memory.refresh(simulation);
        memory
    }

    /// Takes in the state after a command.
    pub(crate) fn refresh(&mut self, simulation: &Simulation) {
        let tenant = simulation.tenant();
        self.outbound.clone_from(&tenant.outbound_policy);
        self.sspr.clone_from(&tenant.sspr_policy);
        for id in &self.tracked {
            let user = tenant.user(*id);
            self.methods.insert(*id, user.methods.iter().map(|method| (method.kind, method.controlled_by)).collect());
            let Some(mailbox) = user.mailbox.as_deref() else { continue };
            for rule in &mailbox.rules {
                if self.rules.len() < REMEMBERED_RULES_LIMIT || self.rules.contains_key(&(*id, rule.identity.clone())) {
                    self.rules.insert((*id, rule.identity.clone()), SeenRule { name: rule.name.clone(), created_by: rule.created_by });
                }
            }
            let forwarding = mailbox
                .forwarding_address
                .clone()
                .or_else(|| mailbox.forwarding_smtp_address.clone())
                .map(|address| (address, mailbox.forwarding_set_by));
            let delegates = mailbox.delegates.iter().map(|delegate| (delegate.user.clone(), delegate.granted_by)).collect();
            self.mailboxes.insert(*id, MailboxBefore { forwarding, delegates });
        }
    }

    /// The rule a command names, by identity or by name, with who created
    /// it when every rule seen under that name agrees.
    pub(crate) fn rule(&self, owner: UserId, name_or_identity: &str) -> Option<(String, Option<Party>)> {
        let wanted = name_or_identity.trim();
        if let Some(seen) = self.rules.get(&(owner, wanted.to_string())) {
            return Some((seen.name.clone(), Some(seen.created_by)));
        }
        let mut same_name = self.rules.range((owner, String::new())..).take_while(|((id, _), _)| *id == owner).map(|(_, seen)| seen);
        let first = same_name.find(|seen| seen.name.eq_ignore_ascii_case(wanted))?;
        let agreed = same_name.filter(|seen| seen.name.eq_ignore_ascii_case(wanted)).all(|seen| seen.created_by == first.created_by);
        Some((first.name.clone(), agreed.then_some(first.created_by)))
    }

    pub(crate) fn mailbox(&self, owner: UserId) -> Option<&MailboxBefore> {
        self.mailboxes.get(&owner)
    }

    /// Who controls the methods of this kind, when they all agree.
    pub(crate) fn method_controller(&self, owner: UserId, kind: MethodKind) -> Option<Party> {
        let mut controllers = self.methods.get(&owner)?.iter().filter(|(seen, _)| *seen == kind).map(|(_, party)| *party);
        let first = controllers.next()?;
        controllers.all(|party| party == first).then_some(first)
    }
}
