//! The simulation: one tenant, a clock, a seeded generator, a schedule and
//! the actors, driven by one step function.
//!
//! [`Simulation::step`] applies any [`Action`] for any [`Actor`] and returns
//! a [`StepResult`]: an [`Outcome`] (done, denied, invalid), what a view
//! shows, and the events caused. It never panics on any action in any state;
//! bad input is an ordinary outcome.

mod access;
pub mod actors;
mod apps;
pub mod event;
mod identity;
pub mod invariants;
pub mod known;
mod mail;
pub(crate) mod network;
mod outbound;
pub mod outcome;
pub mod queries;
pub(crate) mod schedule;
mod sessions;
pub mod view;

use crate::action::{Action, Actor, Resource};
use crate::clock::{SimDuration, SimTime};
use crate::random::SimRandom;
use crate::tenant::Tenant;
use crate::tenant::logs::{Activity, AuditDetail, AuditEntry};
use crate::tenant::permission::{self, Permission, RoleSet};
use crate::tenant::user::{Party, UserId};
use actors::ActorState;
use event::{Event, EventKind};
use schedule::{Due, Schedule};
use serde::{Deserialize, Serialize};
use view::View;

/// The journal keeps at most this many events.
pub(crate) const JOURNAL_LIMIT: usize = 500_000;
/// One `Wait` may advance the clock by at most this much.
pub(crate) const LONGEST_WAIT: SimDuration = SimDuration::days(30);
/// One step may fire at most this many scheduled entries.
pub(crate) const DUE_PER_STEP_LIMIT: usize = 1_000_000;

pub use outcome::{AppPasswordProblem, Area, Outcome, Problem, Refusal, SessionProblem};

/// What one step did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepResult {
    pub outcome: Outcome,
    pub view: Option<View>,
    pub events: Vec<Event>,
}

/// On whose behalf an action runs, once the actor has been authenticated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Acting {
    Account {
        id: UserId,
        party: Party,
    },
    /// The service or Microsoft support: above the tenant's permissions.
    Privileged,
}

#[derive(Debug, Clone)]
pub struct Simulation {
    tenant: Tenant,
    now: SimTime,
    started_at: SimTime,
    random: SimRandom,
    schedule: Schedule,
    actors: Vec<ActorState>,
    journal: Vec<Event>,
    pending: Vec<Event>,
    /// Whether a step is running: events outside one (the history played
    /// while a scenario is built) are neither journaled nor returned, so
    /// they are not kept.
    in_step: bool,
    /// The sessions whose use has been journaled since the last step
    /// began, by id and account: one lookup instead of a scan of every
    /// pending event (which made a long history quadratic).
    sessions_used: std::collections::BTreeSet<(u32, String)>,
    next_session: u32,
    next_message: u64,
    next_alert: u32,
    /// Addresses the message being routed has already reached: each
    /// mailbox and outside address gets one copy, however many rules
    /// forward it there (Exchange's loop and duplicate detection).
    routed: std::collections::BTreeSet<String>,
    /// Addresses and places the logs show.
    network: network::Network,
    /// The attacker's address of its latest sign-in (an index into the
    /// network's attacker addresses), for the changes it makes.
    last_attacker_origin: usize,
    /// In a replay only: the rules' verdicts on the stand-ins typed for the
    /// trainee's passwords (`known.rs`).
    password_verdicts: Vec<(crate::tenant::user::UserId, String, known::Verdict)>,
    /// The kind of action being dispatched (innermost first), for the
    /// permission gate's check against the action table.
    dispatching: Option<crate::action::ActionKind>,
    /// Debug builds: the named invariants' monitor, checked after every
    /// step. It shadows state from the events, so a change made outside a
    /// step (building a scenario, `tenant_mut`) drops it and the next step
    /// starts a fresh one from the state then.
    #[cfg(debug_assertions)]
    monitor: Option<Box<invariants::InvariantMonitor>>,
}

type Step<T = ()> = Result<T, Outcome>;

impl Simulation {
    /// A simulation of `tenant` starting at `start`, with every random choice
    /// drawn from `seed`.
    #[must_use]
    pub fn new(tenant: Tenant, start: SimTime, seed: u64) -> Self {
        let mut random = SimRandom::new(seed);
        let network = network::Network::draw(&mut random);
        let mut simulation = Self {
            tenant,
            now: start,
            started_at: start,
            random,
            network,
            last_attacker_origin: 0,
            schedule: Schedule::default(),
            actors: Vec::new(),
            journal: Vec::new(),
            pending: Vec::new(),
            in_step: false,
            sessions_used: std::collections::BTreeSet::new(),
            next_session: 1,
            next_message: 1,
            next_alert: 1,
            routed: std::collections::BTreeSet::new(),
            password_verdicts: Vec::new(),
            dispatching: None,
            #[cfg(debug_assertions)]
            monitor: None,
        };
        simulation.schedule.add(start.next_midnight(), Due::DailyReset);
        simulation
    }

    #[must_use]
    pub const fn now(&self) -> SimTime {
        self.now
    }
    #[must_use]
    pub const fn started_at(&self) -> SimTime {
        self.started_at
    }
    #[must_use]
    pub(crate) const fn seed(&self) -> u64 {
        self.random.seed()
    }
    #[must_use]
    pub const fn tenant(&self) -> &Tenant {
        &self.tenant
    }
    /// Direct access for building a scenario before it starts. Changes made
    /// here bypass permissions and leave no log: do not use it to act.
    pub fn tenant_mut(&mut self) -> &mut Tenant {
        self.unwatch();
        &mut self.tenant
    }
    /// Every event so far, in order.
    #[must_use]
    pub fn journal(&self) -> &[Event] {
        &self.journal
    }

    /// Applies `action` for `actor`. Never panics.
    pub fn step(&mut self, actor: &Actor, action: &Action) -> StepResult {
        #[cfg(debug_assertions)]
        if self.monitor.is_none() {
            self.monitor = Some(Box::new(invariants::InvariantMonitor::new(self)));
        }
        self.pending.clear();
        self.sessions_used.clear();
        self.in_step = true;
        let result = self.dispatch(actor, action);
        self.in_step = false;
        let (outcome, view) = match result {
            Ok(view) => (Outcome::Done, view),
            Err(outcome) => (outcome, None),
        };
        let events = std::mem::take(&mut self.pending);
        let room = JOURNAL_LIMIT.saturating_sub(self.journal.len());
        self.journal.extend(events.iter().take(room).cloned());
        self.check_invariants(&events);
        StepResult { outcome, view, events }
    }

    /// Debug builds: checks the named invariants against one step's events
    /// and the state after it (ARCHITECTURE.md); release builds do nothing.
    #[cfg(debug_assertions)]
    fn check_invariants(&mut self, events: &[Event]) {
        if let Some(mut monitor) = self.monitor.take() {
            let violations = monitor.observe(self, events);
            debug_assert!(violations.is_empty(), "invariants violated: {violations:#?}");
            self.monitor = Some(monitor);
        }
    }

    #[cfg(not(debug_assertions))]
    #[allow(clippy::unused_self)]
    fn check_invariants(&mut self, _events: &[Event]) {}

    /// A change outside a step: the invariant monitor's shadow no longer
    /// matches, so the next step starts a new one.
    #[allow(clippy::missing_const_for_fn)]
    fn unwatch(&mut self) {
        #[cfg(debug_assertions)]
        {
            self.monitor = None;
        }
    }

    fn dispatch(&mut self, actor: &Actor, action: &Action) -> Step<Option<View>> {
        // The action table names the permission each kind needs; the gate
        // checks in debug builds that the engine asks for that one.
        let outer = self.dispatching.replace(action.kind());
        let result = self.dispatch_action(actor, action);
        self.dispatching = outer;
        result
    }

    fn dispatch_action(&mut self, actor: &Actor, action: &Action) -> Step<Option<View>> {
        match action {
            Action::Wait { duration } => {
                if *duration > LONGEST_WAIT {
                    return Err(Outcome::Invalid(Problem::WaitTooLong { longest: LONGEST_WAIT }));
                }
                let target = self.now.plus(*duration);
                self.advance_to(target);
                self.emit(&Actor::Service, EventKind::ClockAdvanced { to: target });
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
            | Action::SelfServiceReset { .. } => self.identity_action(actor, action),
            Action::ReadMail { .. }
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
            | Action::SendMail { .. } => self.mail_action(actor, action),
            Action::ListRestricted
            | Action::ReleaseRestricted { .. }
            | Action::ListAlerts
            | Action::ResolveAlert { .. }
            | Action::SetOutboundPolicy(_) => self.outbound_action(actor, action),
            Action::ListApps
            | Action::ShowApp { .. }
            | Action::ListGrants { .. }
            | Action::RevokeGrants { .. }
            | Action::DisableApp { .. }
            | Action::DeleteApp { .. }
            | Action::SetUserConsent { .. } => self.app_action(actor, action),
            Action::ListNamedLocations
            | Action::CreateNamedLocation { .. }
            | Action::ListConditionalAccessPolicies
            | Action::CreateConditionalAccessPolicy { .. }
            | Action::ListRiskyUsers
            | Action::ConfirmCompromised { .. } => self.access_action(actor, action),
        }
    }

    /// Moves the clock to `target`, firing everything due on the way in order.
    pub fn advance_to(&mut self, target: SimTime) {
        if !self.in_step {
            self.unwatch();
        }
        let mut fired = 0;
        while fired < DUE_PER_STEP_LIMIT {
            let Some((at, due)) = self.schedule.pop_due(target) else { break };
            self.now = self.now.max(at);
            self.fire(due);
            fired += 1;
        }
        self.now = self.now.max(target);
    }

    fn fire(&mut self, due: Due) {
        match due {
            Due::DailyReset => {
                self.emit(&Actor::Service, EventKind::NewDay);
                self.schedule.add(self.now.next_midnight(), Due::DailyReset);
            }
            Due::LockoutEnds { user, familiar } => {
                let counter = self.tenant.user(user).lockout(familiar);
                if counter.locked_until == Some(self.now) {
                    let upn = self.upn(user);
                    self.emit(&Actor::Service, EventKind::LockoutEnded { user: upn, familiar });
                }
            }
            Due::AccessTokenExpires { user, session } => {
                let still = self
                    .tenant
                    .user(user)
                    .sessions
                    .iter()
                    .any(|candidate| candidate.id == session && candidate.access_expires_at == self.now);
                if still {
                    let upn = self.upn(user);
                    self.emit(&Actor::Service, EventKind::AccessTokenExpired { user: upn, session });
                }
            }
            Due::ContinuousAccessReached { user, session } => {
                let upn = self.upn(user);
                self.emit(&Actor::Service, EventKind::ContinuousAccessReached { user: upn, session });
            }
            Due::ReleaseEffective { user } => self.release_takes_effect(user),
            Due::RestrictionExpires { user } => self.restriction_expires(user),
            Due::ActorTurn { actor } => self.actor_turn(actor),
        }
    }

    fn emit(&mut self, actor: &Actor, kind: EventKind) {
        // Outside a step nothing would read the event; within one, more than
        // the journal holds would be dropped from it anyway.
        if self.in_step && self.pending.len() < JOURNAL_LIMIT {
            self.pending.push(Event { at: self.now, actor: actor.clone(), kind });
        }
    }

    fn upn(&self, id: UserId) -> String {
        self.tenant.user(id).upn.clone()
    }

    fn audit(&mut self, acting: Acting, activity: Activity, target: &str, details: AuditDetail) {
        let (actor, origin) = match acting {
            Acting::Account { id, party } => (self.upn(id), Some(self.change_origin(id, party))),
            Acting::Privileged => ("Microsoft Online Services".to_string(), None),
        };
        let (ip, place) = origin.map(|origin| (origin.ip, Some(origin.place))).unwrap_or_default();
        self.tenant.audit_log.push(AuditEntry { at: self.now, actor, ip, place, activity, target: target.to_string(), details });
    }

    /// Resolves a user principal name or unique alias.
    fn resolve(&self, name: &str) -> Step<UserId> {
        self.tenant.find_user(name).ok_or_else(|| {
            if self.tenant.alias_is_ambiguous(name) {
                Outcome::Invalid(Problem::AmbiguousUser { name: name.to_string() })
            } else {
                Outcome::Invalid(Problem::UnknownUser { name: name.to_string(), tenant: self.tenant.name.clone() })
            }
        })
    }

    /// Authenticates the actor: an account needs a working session for `resource`.
    fn acting(&mut self, actor: &Actor, resource: Resource) -> Step<Acting> {
        let (name, party) = match actor {
            Actor::Admin(upn) | Actor::User(upn) => (upn.as_str(), Party::Owner),
            Actor::Attacker { via: Some(upn) } => (upn.as_str(), Party::Attacker),
            Actor::Attacker { via: None } => return Err(Outcome::Invalid(Problem::AttackerWithoutAccount)),
            Actor::Service | Actor::Support => return Ok(Acting::Privileged),
        };
        let id = self.resolve(name)?;
        match self.use_session(actor, id, party, resource) {
            Ok(_) => Ok(Acting::Account { id, party }),
            Err(problem) => Err(Outcome::Denied(Refusal::NotSignedIn { user: name.to_string(), problem })),
        }
    }

    /// Authenticates the actor and checks one permission, against `target`'s
    /// roles for target-table permissions.
    fn authorize(&mut self, actor: &Actor, permission: Permission, target: Option<UserId>) -> Step<Acting> {
        debug_assert!(
            self.dispatching.is_none_or(|kind| kind.facts().permission == Some(permission)),
            "{:?} is gated by {permission:?}, but the action table names {:?}",
            self.dispatching,
            self.dispatching.map(|kind| kind.facts().permission)
        );
        let acting = self.acting(actor, Resource::Portal)?;
        let Acting::Account { id, .. } = acting else { return Ok(acting) };
        let target_roles = target.map_or(RoleSet::EMPTY, |target| self.tenant.roles_of(target));
        match permission::check(self.tenant.roles_of(id), permission, target_roles) {
            Ok(()) => {
                let user = target.map(|target| self.upn(target));
                self.emit(actor, EventKind::Permitted { permission, user });
                Ok(acting)
            }
            Err(denial) => {
                self.emit(actor, EventKind::Denied { permission, reason: denial.clone() });
                Err(Outcome::Denied(Refusal::Permission(denial)))
            }
        }
    }

    fn new_session_id(&mut self) -> u32 {
        let id = self.next_session;
        self.next_session = self.next_session.wrapping_add(1);
        id
    }

    fn new_message_id(&mut self) -> u64 {
        let id = self.next_message;
        self.next_message += 1;
        id
    }
}
