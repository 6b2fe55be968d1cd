//! What the scorer fixes at the incident's start: the scenario's ground
//! truth resolved to user ids, and the few facts about the starting state
//! that later questions compare against.

use crate::clock::SimTime;
use crate::engine::Simulation;
use crate::procedure::{Condition, Truth};
use crate::scenario::{Artefact, Hint, Objective, Scenario, build::artefact_owner};
use crate::tenant::user::UserId;
use std::collections::BTreeMap;

/// An artefact of the scenario's ground truth, with its owner resolved.
#[derive(Debug, Clone)]
pub(super) struct KnownArtefact {
    pub owner: UserId,
    pub truth: Truth,
    pub artefact: Artefact,
}

/// The scenario, resolved against the tenant at the start.
#[derive(Debug, Clone)]
pub(super) struct Facts {
    pub scenario: String,
    pub title: crate::i18n::Text,
    pub seed: u64,
    pub pass_mark: u32,
    pub start: SimTime,
    /// Journal entries before this index happened before the trainee arrived.
    pub(crate) journal_start: usize,
    pub trainee: String,
    /// "The subject" of the procedures, in the scenario's order.
    pub subjects: Vec<UserId>,
    /// Subjects and every account the attacker got into: the accounts the
    /// attacker must be out of.
    pub affected: Vec<UserId>,
    pub may_act_on: Vec<UserId>,
    pub artefacts: Vec<KnownArtefact>,
    /// The scenario has a compromised account or an attacker.
    pub(crate) attacker_present: bool,
    /// Password versions at the start, for `PasswordChangedSinceStart`.
    pub(crate) password_versions: BTreeMap<UserId, u32>,
    pub objectives: Vec<Objective>,
    pub hints: Vec<Hint>,
    /// The right classification of the subjects' alerts, if the scenario says.
    pub verdict: Option<crate::tenant::logs::Classification>,
}

impl Facts {
    pub(crate) fn new(
        scenario: &Scenario,
        simulation: &Simulation,
        start: SimTime,
        conditions: &[&Condition],
    ) -> Result<Self, crate::diagnostic::Cause> {
        let tenant = simulation.tenant();
        let resolve = |name: &str| tenant.find_user(name).ok_or_else(|| unknown_user(name));
        let mut subjects = Vec::new();
        for name in &scenario.truth.subjects {
            push_unique(&mut subjects, resolve(name)?);
        }
        let mut affected = subjects.clone();
        for compromise in &scenario.incident.compromised {
            push_unique(&mut affected, resolve(&compromise.user)?);
        }
        if let Some(plan) = &scenario.incident.attacker {
            for account in &plan.behaviour.accounts {
                if let Some(id) = tenant.find_user(account) {
                    push_unique(&mut affected, id);
                }
            }
        }
        let mut may_act_on = Vec::new();
        for name in &scenario.truth.may_act_on {
            push_unique(&mut may_act_on, resolve(name)?);
        }
        let mut artefacts = Vec::new();
        for (truth, list) in [(Truth::Malicious, &scenario.truth.malicious), (Truth::Legitimate, &scenario.truth.legitimate)] {
            for artefact in list {
                let owner = resolve(artefact_owner(artefact))?;
                artefacts.push(KnownArtefact { owner, truth, artefact: artefact.clone() });
            }
        }
        let mut named = Vec::new();
        for condition in conditions {
            condition.users(&mut named);
        }
        let mut password_versions = BTreeMap::new();
        for id in subjects.iter().copied().chain(named.iter().filter_map(|name| tenant.find_user(name))) {
            password_versions.insert(id, tenant.user(id).password.version);
        }
        Ok(Self {
            scenario: scenario.id.clone(),
            title: scenario.title.clone(),
            seed: simulation.seed(),
            pass_mark: scenario.grading.pass_mark,
            start,
            journal_start: simulation.journal().len(),
            trainee: scenario.trainee.upn.clone(),
            subjects,
            affected,
            may_act_on,
            artefacts,
            attacker_present: !scenario.incident.compromised.is_empty() || scenario.incident.attacker.is_some(),
            password_versions,
            objectives: scenario.grading.objectives.clone(),
            hints: scenario.hints.clone(),
            verdict: scenario.truth.verdict,
        })
    }

    pub(crate) fn subject_index(&self, id: UserId) -> Option<usize> {
        self.subjects.iter().position(|subject| *subject == id)
    }

    pub(crate) fn is_subject(&self, id: UserId) -> bool {
        self.subjects.contains(&id)
    }

    pub(crate) fn is_affected(&self, id: UserId) -> bool {
        self.affected.contains(&id)
    }

    /// Ground-truth artefacts that belong to `owner`.
    pub(crate) fn artefacts_of(&self, owner: UserId) -> impl Iterator<Item = &KnownArtefact> {
        self.artefacts.iter().filter(move |known| known.owner == owner)
    }

    /// Users whose mailbox or account state the scorer remembers between
    /// commands: subjects, affected accounts and artefact owners.
    pub(crate) fn tracked_users(&self) -> Vec<UserId> {
        let mut users = self.affected.clone();
        for known in &self.artefacts {
            push_unique(&mut users, known.owner);
        }
        users
    }
}

fn push_unique(into: &mut Vec<UserId>, id: UserId) {
    if !into.contains(&id) {
        into.push(id);
    }
}

/// A user the scenario's ground truth names that the tenant does not hold.
fn unknown_user(name: &str) -> crate::diagnostic::Cause {
    use crate::diagnostic::check::{Check, Referent};
    crate::diagnostic::Cause::Check(Check::Unknown { what: Referent::User, name: name.to_string() })
}
