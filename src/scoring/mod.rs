//! The scorer: grades a session against the documented procedures, live
//! after each command and as a final report.
//!
//! [`Scorer::observe`] takes each command's [`Record`] with the simulation
//! as it stands right after it, and keeps all per-step state up to date:
//! which steps are done and when, in what order, what was forbidden or
//! harmful, and what the actors did in response. It returns what changed,
//! for practice mode. [`Scorer::report`] is a pure function of that state,
//! the records and the final simulation, so the live feedback and the
//! report cannot disagree, and re-running a session gives the same report.
//!
//! The scoring formula and its defaults are documented in
//! `docs/report-format.md`; the constants are re-exported here.

mod conditions;
mod consequences;
mod facts;
pub mod finding;
mod matching;
mod memory;
mod outcome;
mod render;
mod report;
mod steps;
mod timeline;
mod violations;
mod words;

pub(crate) use outcome::OUTCOME_CHECK_POINTS;
pub(crate) use report::SCHEMA_VERSION;
pub use report::{
    Consequence, Noted, OutcomeCheck, Points, ProcedureReport, Report, StepReport, StepStatus, TimelineEntry, Violation, ViolationKind, Who,
};
pub(crate) use violations::DENIED_POINTS;
pub use violations::{DENIED_POINTS_CAP, FORBIDDEN_POINTS, HARM_POINTS};

use crate::clock::SimTime;
use crate::engine::event::EventKind;
use crate::engine::{Outcome, Refusal, Simulation};
use crate::i18n::Lang;
use crate::procedure::{Condition, HarmKind, HarmRule, StepKind};
use crate::record::Record;
use crate::scenario::library::ProcedureSet;
use crate::scenario::{Scenario, split_step_ref};
use consequences::Consequences;
use facts::Facts;
use finding::{Citation, Credit, Effect, Finding};
use matching::{Coverage, Seen, matches};
use memory::Memory;
use steps::{Completion, StepState, check_order};
use violations::Found;

/// Something the trainee should know at once (practice mode), as facts;
/// [`Feedback::render`] says it in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Feedback {
    StepDone {
        procedure: String,
        step: String,
        instruction: finding::FileText,
        citation: Citation,
        credit: Credit,
    },
    Violation {
        kind: ViolationKind,
        finding: Finding,
        /// Points taken off.
        points: u32,
    },
    Consequence {
        effect: Effect,
    },
    /// A refused look or test: free. The refusal as the service gave it.
    Noted {
        refusal: Refusal,
    },
}

impl Feedback {
    /// The feedback as one line in `lang` (`✓ …`, `✗ …`, `! …`, `· …`).
    #[must_use]
    pub fn render(&self, lang: Lang) -> String {
        words::feedback(lang, self)
    }
}

/// In English; front ends that know the session's language use [`Feedback::render`].
impl std::fmt::Display for Feedback {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.render(Lang::En))
    }
}

/// A violation as the scorer keeps it: facts, made into words by the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Flagged {
    pub kind: ViolationKind,
    pub finding: Finding,
    pub at: SimTime,
    pub command: Option<String>,
    pub step: Option<String>,
    pub points: u32,
    /// What it led to in the simulation, in time order.
    pub caused: Vec<Effect>,
}

/// A refused look, as the scorer keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct NotedFact {
    at: SimTime,
    command: String,
    refusal: Refusal,
}

/// Grades one session. Build it at the start, show it every command.
#[derive(Debug, Clone)]
pub struct Scorer {
    facts: Facts,
    procedures: Vec<GradedProcedure>,
    steps: Vec<StepState>,
    harm: Vec<HarmRule>,
    memory: Memory,
    violations: Vec<Flagged>,
    noted: Vec<NotedFact>,
    /// Commands already reported as too early (see `OrderProblem::early`).
    early_commands: Vec<u32>,
    /// What the trainee added this session (a delegate, a role, a rule
    /// turned back on): taking it away again is neither harm nor credit.
    own_changes: std::collections::BTreeSet<OwnChange>,
    consequences: Consequences,
    /// Commands observed so far.
    sequence: u32,
    /// Since when every affected account has been contained, if it still is.
    contained_since: Option<SimTime>,
}

impl Scorer {
    /// Prepares to grade `scenario` from `start`, with `simulation` in its
    /// starting state. Fails when a graded procedure or a user the ground
    /// truth names is missing.
    pub fn new(
        scenario: &Scenario,
        procedures: &ProcedureSet,
        simulation: &Simulation,
        start: SimTime,
    ) -> Result<Self, crate::diagnostic::Cause> {
        let mut graded = Vec::new();
        for id in &scenario.grading.procedures {
            graded.push(procedures.get(id).ok_or_else(|| crate::diagnostic::Cause::ProcedureNotLoaded { id: id.clone() })?);
        }
        let mut conditions: Vec<&Condition> = scenario.grading.objectives.iter().map(|objective| &objective.check).collect();
        for step in graded.iter().flat_map(|procedure| &procedure.steps) {
            conditions.extend(step.done_when.iter().chain(&step.applies_when));
        }
        let facts = Facts::new(scenario, simulation, start, &conditions)?;
        let steps = StepState::all(scenario, &graded, &facts, simulation);
        let mut harm: Vec<HarmRule> = Vec::new();
        for rule in graded.iter().flat_map(|procedure| &procedure.harm) {
            if !harm.iter().any(|known| known.kind == rule.kind) {
                harm.push(rule.clone());
            }
        }
        // Harm is caught wherever it is done.
        if !harm.iter().any(|known| known.kind == HarmKind::AidAttacker) {
            harm.push(HarmRule {
                kind: HarmKind::AidAttacker,
                reason: crate::procedure::aid_attacker_reason(),
                points: Some(crate::procedure::AID_ATTACKER_POINTS),
            });
        }
        let mut consequences = Consequences::default();
        consequences.restricted.extend(facts.subjects.iter().copied().filter(|id| simulation.tenant().user(*id).is_restricted_sender()));
        let contained = facts.attacker_present && facts.affected.iter().all(|id| simulation.is_contained(*id));
        Ok(Self {
            procedures: graded
                .iter()
                .map(|procedure| GradedProcedure {
                    id: procedure.id.clone(),
                    title: procedure.title.clone(),
                    citation: Citation::of_procedure(procedure),
                    seed: procedure.source.seed.clone(),
                })
                .collect(),
            memory: Memory::new(facts.tracked_users(), simulation),
            contained_since: contained.then_some(start),
            facts,
            steps,
            harm,
            violations: Vec::new(),
            noted: Vec::new(),
            early_commands: Vec::new(),
            own_changes: std::collections::BTreeSet::new(),
            consequences,
            sequence: 0,
        })
    }

    /// Takes in one command, with the simulation right after it; returns
    /// what changed: steps completed, violations, consequences.
    pub(crate) fn observe(&mut self, record: &Record, simulation: &Simulation) -> Vec<Feedback> {
        self.sequence = self.sequence.saturating_add(1);
        let mut feedback = Vec::new();
        if let Outcome::Denied(refusal) = &record.outcome
            && record.action.as_ref().is_some_and(is_investigation)
        {
            // Investigation is never a violation: the denial is the answer.
            self.noted.push(NotedFact { at: record.at, command: record.line.clone(), refusal: refusal.clone() });
            feedback.push(Feedback::Noted { refusal: refusal.clone() });
        } else if let Outcome::Denied(refusal) = &record.outcome {
            let spent: u32 =
                self.violations.iter().filter(|violation| violation.kind == ViolationKind::Denied).map(|violation| violation.points).sum();
            let points = DENIED_POINTS.min(DENIED_POINTS_CAP.saturating_sub(spent));
            let found = Found { finding: Finding::Denied { refusal: refusal.clone() }, step: None, points };
            feedback.push(self.violation(ViolationKind::Denied, found, record));
        }
        // A step with nothing to do at the start applies from the moment its
        // condition holds (a sender restricted while the trainee works must
        // be released too, and not before the account is contained).
        for step in &mut self.steps {
            if step.applicability == steps::Applicability::NothingToDo
                && step.step.applies_when.as_ref().is_some_and(|condition| conditions::holds(condition, &self.facts, simulation))
            {
                step.applicability = steps::Applicability::Applies;
            }
        }
        let mut matched = vec![false; self.steps.len()];
        if let Some(action) = record.action.as_ref().filter(|_| record.outcome.is_done()) {
            let seen = Seen { actor: &record.actor, action };
            // Undoing your own change (a delegate, a role, a rule turned
            // back on): neither harm nor step credit.
            let undoing = match own_change(action, simulation, &self.memory) {
                Some((change, true)) => self.own_changes.remove(&change),
                Some((change, false)) => {
                    if newly_made(action, record, simulation) {
                        self.own_changes.insert(change);
                    }
                    false
                }
                None => false,
            };
            let mut forbidden_index = None;
            if !undoing {
                for found in violations::forbidden(&self.steps, seen, &self.facts, simulation, &self.memory) {
                    feedback.push(self.violation(ViolationKind::Forbidden, found, record));
                    forbidden_index = Some(self.violations.len() - 1);
                }
                for found in violations::harm(&self.harm, seen, &self.facts, simulation, &self.memory) {
                    feedback.push(self.violation(ViolationKind::Harm, found, record));
                }
            }
            self.consequences.note_action(record, action, simulation, &self.memory, forbidden_index);
            if !undoing {
                self.cover(seen, simulation, &mut matched);
            }
        }
        // Everything this command completes counts as done before any order
        // is judged, so two steps done by one command never break `After`.
        let completing: Vec<(usize, SimTime)> =
            matched.into_iter().enumerate().filter_map(|(index, matched)| self.completes(index, matched, record, simulation)).collect();
        for (index, at) in &completing {
            let completion =
                Completion { sequence: self.sequence, at: *at, command: record.line.clone(), late: false, out_of_order: false };
            self.steps[*index].completion = Some(completion);
        }
        for (index, at) in completing {
            feedback.extend(self.judge(index, at, record));
        }
        // A release while the attacker holds a foothold is harm, unless the
        // procedures' order already reported this command.
        if let Some(action) = record.action.as_ref().filter(|_| record.outcome.is_done())
            && !self.early_commands.contains(&self.sequence)
            && let Some(rule) = self.harm.iter().find(|rule| rule.kind == HarmKind::AidAttacker)
            && let Some(what) = violations::released_with_foothold(action, simulation)
        {
            let finding = Finding::Harm { acts: vec![what], reason: rule.reason.clone() };
            let found = Found { finding, step: None, points: rule.points.unwrap_or(HARM_POINTS) };
            self.early_commands.push(self.sequence);
            feedback.push(self.violation(ViolationKind::Harm, found, record));
        }
        let told = self.consequences.scan(record, &self.facts, simulation, &mut self.violations);
        feedback.extend(told.into_iter().map(|effect| Feedback::Consequence { effect }));
        self.track_containment(record, simulation);
        self.memory.refresh(simulation);
        feedback
    }

    /// The hint to give next: the first unused one for the first required
    /// step not yet done, then any unused one whose step is not done, then
    /// hints without a step, in order.
    #[must_use]
    pub fn next_hint(&self, used: &[usize]) -> Option<usize> {
        let hints = &self.facts.hints;
        let unused = |index: &usize| !used.contains(index);
        let step_of = |index: usize| -> Option<&StepState> {
            let (procedure, step) = split_step_ref(hints[index].step.as_deref()?)?;
            self.steps.iter().find(|state| state.procedure == procedure && state.step.id == step)
        };
        let open = |state: &StepState| state.applies() && state.completion.is_none();
        for state in self.steps.iter().filter(|state| open(state) && state.kind == StepKind::Required) {
            let reference = state.reference();
            if let Some(index) = (0..hints.len()).filter(unused).find(|index| hints[*index].step.as_deref() == Some(reference.as_str())) {
                return Some(index);
            }
        }
        (0..hints.len())
            .filter(unused)
            .find(|index| step_of(*index).is_some_and(open))
            .or_else(|| (0..hints.len()).filter(unused).find(|index| hints[*index].step.is_none()))
    }

    /// The report in `lang`: the observed state, graded, with the final
    /// state's outcome checks and the debrief timeline. The language
    /// changes only its words, never a score, status or kind.
    #[must_use]
    pub(crate) fn report(&self, lang: Lang, simulation: &Simulation, records: &[Record], hints_used: &[usize]) -> Report {
        let steps: Vec<StepReport> = self.steps.iter().map(|step| step.report(lang)).collect();
        let outcome: Vec<OutcomeCheck> = outcome::checks(&self.facts, simulation, &self.consequences.restricted)
            .iter()
            .map(|check| outcome_check(lang, check))
            .collect();
        let mut hints: Vec<usize> = hints_used.iter().copied().filter(|index| *index < self.facts.hints.len()).collect();
        hints.sort_unstable();
        hints.dedup();
        let hint_points: u32 = hints.iter().map(|index| self.facts.hints[*index].cost).sum();
        let points = Points {
            earned: steps.iter().map(|step| step.points).chain(outcome.iter().map(|check| check.points)).sum(),
            possible: steps.iter().map(|step| step.possible).chain(outcome.iter().map(|check| check.possible)).sum(),
            penalties: self.violations.iter().map(|violation| violation.points).sum::<u32>().saturating_add(hint_points),
        };
        let score = points.score();
        let (timeline, timeline_omitted) = timeline::build(lang, &self.facts, simulation, records);
        Report {
            schema_version: SCHEMA_VERSION,
            lang,
            scenario: self.facts.scenario.clone(),
            title: self.facts.title.get(lang).to_string(),
            seed: self.facts.seed,
            started_at: self.facts.start,
            ended_at: simulation.now(),
            score,
            pass_mark: self.facts.pass_mark,
            passed: score >= self.facts.pass_mark,
            points,
            procedures: self
                .procedures
                .iter()
                .map(|procedure| ProcedureReport {
                    id: procedure.id.clone(),
                    title: words::file_text(lang, &procedure.title),
                    article: words::file_text(lang, &procedure.citation.article),
                    seed: procedure.seed.clone(),
                    url: procedure.citation.link(lang),
                })
                .collect(),
            steps,
            outcome,
            violations: self.violations_at_end(simulation).iter().map(|violation| violation_report(lang, violation)).collect(),
            noted: self
                .noted
                .iter()
                .map(|noted| Noted {
                    at: noted.at,
                    command: noted.command.clone(),
                    reason: crate::present::outcome::refusal_text(lang, &noted.refusal),
                })
                .collect(),
            consequences: self
                .consequences
                .told
                .iter()
                .map(|effect| Consequence { at: effect_time(effect), message: words::effect(lang, effect) })
                .collect(),
            time_to_containment_s: self.contained_since.map(|at| at.since(self.facts.start).as_seconds()),
            commands: u32::try_from(records.iter().filter(|record| record.action.is_some()).count()).unwrap_or(u32::MAX),
            hints_used: u32::try_from(hints.len()).unwrap_or(u32::MAX),
            hint_points,
            timeline,
            timeline_omitted,
        }
    }

    /// The violations as the report gives them: a password sent where the
    /// attacker could read it says, at the end, that it had not (yet).
    fn violations_at_end(&self, simulation: &Simulation) -> Vec<Flagged> {
        let mut violations = self.violations.clone();
        for (index, channel) in self.consequences.unread_passwords() {
            if let Some(violation) = violations.get_mut(index) {
                let effect = Effect::PasswordUnreadAtEnd { channel: channel.clone(), at: simulation.now() };
                if !violation.caused.contains(&effect) {
                    violation.caused.push(effect);
                }
            }
        }
        violations
    }

    fn violation(&mut self, kind: ViolationKind, found: Found, record: &Record) -> Feedback {
        self.violations.push(Flagged {
            kind,
            finding: found.finding.clone(),
            at: record.at,
            command: Some(record.line.clone()),
            step: found.step,
            points: found.points,
            caused: Vec::new(),
        });
        Feedback::Violation { kind, finding: found.finding, points: found.points }
    }

    /// Marks the subjects a successful action covers, for every open step
    /// with a matching `done_by` pattern.
    fn cover(&mut self, seen: Seen<'_>, simulation: &Simulation, matched: &mut [bool]) {
        for (index, state) in self.steps.iter_mut().enumerate() {
            if !state.applies() || state.completion.is_some() {
                continue;
            }
            for pattern in &state.step.done_by {
                match matches(pattern, seen, &self.facts, simulation, &self.memory) {
                    Some(Coverage::Subject(subject)) => state.covered[subject] = true,
                    Some(Coverage::All) => state.covered.iter_mut().for_each(|covered| *covered = true),
                    None => continue,
                }
                matched[index] = true;
            }
        }
    }

    /// When step `index` is completed by this command, if it is.
    fn completes(&self, index: usize, matched: bool, record: &Record, simulation: &Simulation) -> Option<(usize, SimTime)> {
        let state = &self.steps[index];
        if !state.applies() || state.completion.is_some() {
            return None;
        }
        let holds = |condition: &Option<Condition>| {
            condition.as_ref().is_none_or(|condition| conditions::holds(condition, &self.facts, simulation))
        };
        let (done, at) = if state.step.done_by.is_empty() {
            (state.step.done_when.is_some() && holds(&state.step.done_when), record.ended_at)
        } else {
            (matched && state.covered.iter().all(|covered| *covered) && holds(&state.step.done_when), record.at)
        };
        done.then_some((index, at))
    }

    /// Judges a step just completed: lateness and order, with feedback.
    fn judge(&mut self, index: usize, at: SimTime, record: &Record) -> Vec<Feedback> {
        let (late, mut problems) = check_order(&self.steps, index, self.sequence, at, self.facts.start);
        // One mistake, one violation: a command already reported as too
        // early (by another step or another procedure) is not reported again.
        problems.retain(|problem| !self.early_commands.contains(&problem.early));
        for problem in &problems {
            if !self.early_commands.contains(&problem.early) {
                self.early_commands.push(problem.early);
            }
        }
        let state = &mut self.steps[index];
        if let Some(completion) = state.completion.as_mut() {
            completion.late = late;
            completion.out_of_order = !problems.is_empty();
        }
        let credit = match (problems.is_empty(), late) {
            (false, _) => Credit::OutOfOrder,
            (true, true) => Credit::Late,
            (true, false) => Credit::Full,
        };
        let mut feedback = vec![Feedback::StepDone {
            procedure: state.procedure.clone(),
            step: state.step.id.clone(),
            instruction: state.step.instruction.clone(),
            citation: state.citation(),
            credit,
        }];
        let reference = state.reference();
        for problem in problems {
            let found = Found { finding: Finding::Order(problem.broken.clone()), step: Some(reference.clone()), points: 0 };
            feedback.push(self.violation(ViolationKind::Order, found, record));
            let told = self.consequences.open_window(self.violations.len() - 1, &problem, &mut self.violations);
            feedback.extend(told.into_iter().map(|effect| Feedback::Consequence { effect }));
        }
        self.consequences.step_completed(index, at);
        feedback
    }

    /// Containment must hold from some moment to the end: it is when the
    /// last event that closed a way in happened during the command that
    /// completed it (or the command's end).
    fn track_containment(&mut self, record: &Record, simulation: &Simulation) {
        if !self.facts.attacker_present {
            return;
        }
        if !self.facts.affected.iter().all(|id| simulation.is_contained(*id)) {
            self.contained_since = None;
            return;
        }
        if self.contained_since.is_some() {
            return;
        }
        let tenant = simulation.tenant();
        let moment = record
            .events
            .iter()
            .rev()
            .find(|event| {
                closes_a_way_in(&event.kind).is_some_and(|user| tenant.find_user(user).is_some_and(|id| self.facts.is_affected(id)))
            })
            .map_or(record.ended_at, |event| event.at);
        self.contained_since = Some(moment);
    }
}

/// A change the trainee can make and take back: what it is about (kind,
/// account, and the delegate, role or rule), and whether this action
/// takes it back.
type OwnChange = (u8, crate::tenant::user::UserId, String);

fn own_change(action: &crate::action::Action, simulation: &Simulation, memory: &Memory) -> Option<(OwnChange, bool)> {
    use crate::action::Action;
    let tenant = simulation.tenant();
    let id = action.target().and_then(|name| tenant.find_user(name))?;
    let user_key =
        |name: &str| tenant.find_user(name).map_or_else(|| name.to_ascii_lowercase(), |found| tenant.user(found).upn.to_ascii_lowercase());
    let rule_key = |rule: &str| memory.rule(id, rule).map_or_else(|| rule.to_ascii_lowercase(), |(name, _)| name.to_ascii_lowercase());
    match action {
        Action::AddDelegate { delegate, .. } => Some(((0, id, user_key(delegate)), false)),
        Action::RemoveDelegate { delegate, .. } => Some(((0, id, user_key(delegate)), true)),
        Action::AddRole { role, .. } => Some(((1, id, role.display_name().to_string()), false)),
        Action::RemoveRole { role, .. } => Some(((1, id, role.display_name().to_string()), true)),
        Action::EnableRule { rule, .. } => Some(((2, id, rule_key(rule)), false)),
        Action::DisableRule { rule, .. } | Action::RemoveRule { rule, .. } => Some(((2, id, rule_key(rule)), true)),
        _ => None,
    }
}

/// Whether the command added something that was not there before: a new
/// delegate (no other access of that user on the mailbox), a role not held,
/// a rule that was off. Taking back only that is an undo.
fn newly_made(action: &crate::action::Action, record: &Record, simulation: &Simulation) -> bool {
    use crate::action::Action;
    let tenant = simulation.tenant();
    let made = |wanted: &dyn Fn(&EventKind) -> bool| record.events.iter().any(|event| event.actor == record.actor && wanted(&event.kind));
    match action {
        Action::AddDelegate { user, delegate, .. } => {
            let delegate = tenant.find_user(delegate).map(|id| tenant.user(id).upn.clone());
            let entries = tenant
                .find_user(user)
                .and_then(|id| tenant.user(id).mailbox.as_deref())
                .map_or(0, |mailbox| mailbox.delegates.iter().filter(|entry| Some(&entry.user) == delegate.as_ref()).count());
            entries == 1 && made(&|kind| matches!(kind, EventKind::DelegateAdded { .. }))
        }
        Action::AddRole { .. } => made(&|kind| matches!(kind, EventKind::RoleAdded { .. })),
        Action::EnableRule { .. } => made(&|kind| matches!(kind, EventKind::RuleEnabled { enabled: true, .. })),
        _ => false,
    }
}

/// A read, a listing, a log query or a test: refused, it changes nothing
/// and costs nothing. Self-service reset and sign-in are tests of what a
/// user can do (the documented first option for an admin's own password).
fn is_investigation(action: &crate::action::Action) -> bool {
    let kind = crate::procedure::ActionKind::of(action);
    steps::is_look_only(kind) || matches!(kind, crate::procedure::ActionKind::SelfServiceReset | crate::procedure::ActionKind::SignIn)
}

/// The account an event closed a way in on, if it is that kind of event.
fn closes_a_way_in(kind: &EventKind) -> Option<&str> {
    match kind {
        EventKind::PasswordReset { user, .. }
        | EventKind::PasswordChanged { user, .. }
        | EventKind::SignInBlocked { user }
        | EventKind::SessionsRevoked { user, .. }
        | EventKind::RefreshTokensRevoked { user, .. }
        | EventKind::ContinuousAccessReached { user, .. }
        | EventKind::AccessTokenExpired { user, .. }
        | EventKind::RoleRemoved { user, .. }
        | EventKind::MfaRequired { user }
        | EventKind::MethodRemoved { user, .. }
        | EventKind::AppPasswordsRemoved { user, .. }
        | EventKind::ForwardingCleared { user }
        | EventKind::RuleRemoved { user, .. }
        | EventKind::RuleEnabled { user, .. }
        | EventKind::DelegateRemoved { user, .. }
        | EventKind::ProtocolsDisabled { user, .. } => Some(user),
        _ => None,
    }
}

/// A procedure graded, as the scorer keeps it.
#[derive(Debug, Clone)]
struct GradedProcedure {
    id: String,
    title: finding::FileText,
    citation: Citation,
    seed: String,
}

fn outcome_check(lang: Lang, check: &finding::Check) -> OutcomeCheck {
    let (description, detail) = words::check(lang, check);
    match check {
        finding::Check::BuiltIn { id, ok, .. } => OutcomeCheck {
            id: id.id().to_string(),
            kind: "check".to_string(),
            description,
            ok: *ok,
            detail,
            points: if *ok { OUTCOME_CHECK_POINTS } else { 0 },
            possible: OUTCOME_CHECK_POINTS,
        },
        finding::Check::Objective { id, ok, possible, .. } => OutcomeCheck {
            id: id.clone(),
            kind: "objective".to_string(),
            description,
            ok: *ok,
            detail,
            points: if *ok { *possible } else { 0 },
            possible: *possible,
        },
    }
}

fn violation_report(lang: Lang, violation: &Flagged) -> Violation {
    Violation {
        kind: violation.kind,
        message: words::finding(lang, &violation.finding),
        at: violation.at,
        command: violation.command.clone(),
        step: violation.step.clone(),
        points: violation.points,
        caused: violation.caused.iter().map(|effect| words::effect(lang, effect)).collect(),
    }
}

const fn effect_time(effect: &Effect) -> SimTime {
    match effect {
        Effect::RuleCreated { at, .. }
        | Effect::ForwardingSet { at, .. }
        | Effect::DelegateAdded { at, .. }
        | Effect::Restricted { at, .. }
        | Effect::PasswordLearned { at, .. }
        | Effect::PasswordChangedUnread { at, .. }
        | Effect::PasswordUnreadAtEnd { at, .. } => *at,
    }
}
