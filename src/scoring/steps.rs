//! The steps of the graded procedures, and what the trainee has done of
//! each: kept up to date after every command, so live feedback and the
//! final report read the same state.
//!
//! A step with `done_by` is done when, for every subject, some matching
//! action succeeded and, if `done_when` is set, the condition holds right
//! after the command that completed the set. A step with only `done_when`
//! is done at the first command after which the condition holds. The first
//! completion is final: its time and order decide the credit.

use super::conditions::holds;
use super::facts::Facts;
use super::report::{StepReport, StepStatus};
use crate::clock::{SimDuration, SimTime};
use crate::engine::Simulation;
use crate::procedure::{ActionKind, Order, Procedure, Step, StepKind};
use crate::scenario::Scenario;

/// Whether a step is graded in this scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Applicability {
    Applies,
    /// The scenario's `grading.skip` lists it.
    SkippedByScenario,
    /// Its `applies_when` has been false since the start: nothing to do
    /// (yet: it applies from the first moment it holds).
    NothingToDo,
}

/// When and how a step was completed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Completion {
    /// The scorer's count of commands seen, for ordering.
    pub sequence: u32,
    pub at: SimTime,
    pub command: String,
    pub late: bool,
    pub out_of_order: bool,
}

#[derive(Debug, Clone)]
pub(super) struct StepState {
    pub procedure: String,
    pub seed: String,
    pub step: Step,
    /// The kind after the scenario's `raise`.
    pub kind: StepKind,
    pub raised: bool,
    pub applicability: Applicability,
    /// Per subject: a matching action succeeded.
    pub covered: Vec<bool>,
    pub completion: Option<Completion>,
}

/// A broken order constraint, found when a step is completed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct OrderProblem {
    pub message: String,
    /// From when the early work was exposed to being undone.
    pub from: SimTime,
    /// Until when, if known now; otherwise until `waiting_for` is done.
    pub until: Option<SimTime>,
    pub waiting_for: Option<usize>,
    /// The command that came too early (the scorer's sequence number): one
    /// early command is one mistake, however many steps it is early for.
    pub early: u32,
}

impl StepState {
    /// Every step of every graded procedure, in the scenario's order.
    pub fn all(scenario: &Scenario, procedures: &[&Procedure], facts: &Facts, simulation: &Simulation) -> Vec<Self> {
        let mut steps = Vec::new();
        for procedure in procedures {
            for step in &procedure.steps {
                let reference = format!("{}/{}", procedure.id, step.id);
                let raised = scenario.grading.raise.contains(&reference);
                let applicability = if scenario.grading.skip.contains(&reference) {
                    Applicability::SkippedByScenario
                } else if step.applies_when.as_ref().is_some_and(|condition| !holds(condition, facts, simulation)) {
                    Applicability::NothingToDo
                } else {
                    Applicability::Applies
                };
                steps.push(Self {
                    procedure: procedure.id.clone(),
                    seed: short_seed(&procedure.source.seed),
                    step: step.clone(),
                    kind: if raised { StepKind::Required } else { step.kind },
                    raised,
                    applicability,
                    covered: vec![false; facts.subjects.len()],
                    completion: None,
                });
            }
        }
        steps
    }

    pub fn applies(&self) -> bool {
        self.applicability == Applicability::Applies
    }

    /// Optional after the scenario's `raise`: shown, worth nothing.
    pub fn is_advice(&self) -> bool {
        self.kind == StepKind::Optional
    }

    pub fn reference(&self) -> String {
        format!("{}/{}", self.procedure, self.step.id)
    }

    /// Points the step is worth here; optional and inapplicable steps none.
    pub fn possible(&self) -> u32 {
        if !self.applies() || self.kind == StepKind::Optional { 0 } else { self.step.points_for(self.kind) }
    }

    pub fn earned(&self) -> u32 {
        match &self.completion {
            Some(completion) if completion.late || completion.out_of_order => self.possible() / 2,
            Some(_) => self.possible(),
            None => 0,
        }
    }

    /// Whether completing the step changes anything (views and checks do not).
    pub fn changes_anything(&self) -> bool {
        self.step.done_by.is_empty() || self.step.done_by.iter().any(|pattern| !is_look_only(pattern.action))
    }

    /// `003 step 1`, `003 steps 2, 3`, or `other guidance`.
    pub fn source(&self) -> String {
        let numbers: Vec<String> = self.step.source_steps.iter().map(ToString::to_string).collect();
        match numbers.len() {
            0 => "other guidance".to_string(),
            1 => format!("{} step {}", self.seed, numbers[0]),
            _ => format!("{} steps {}", self.seed, numbers.join(", ")),
        }
    }

    pub fn status(&self) -> StepStatus {
        match (&self.completion, self.applicability) {
            (_, Applicability::SkippedByScenario | Applicability::NothingToDo) => StepStatus::NotApplicable,
            (Some(completion), _) if completion.out_of_order => StepStatus::DoneOutOfOrder,
            (Some(completion), _) if completion.late => StepStatus::DoneLate,
            (Some(_), _) => StepStatus::Done,
            (None, _) if self.kind == StepKind::Optional => StepStatus::Skipped,
            (None, _) => StepStatus::Missed,
        }
    }

    pub fn report(&self) -> StepReport {
        let status = self.status();
        let explain = matches!(status, StepStatus::Missed | StepStatus::DoneLate | StepStatus::DoneOutOfOrder);
        let note = match (self.applicability, self.raised) {
            (Applicability::SkippedByScenario, _) => Some("the scenario skips this step".to_string()),
            // Say why, so the report never reads as if the simulation had
            // nothing in it (the attacker's session a reset already ended).
            (Applicability::NothingToDo, _) => Some(self.step.applies_when.as_ref().map_or_else(
                || "nothing to do".to_string(),
                |condition| format!("did not apply: {}", crate::procedure::render::describe_unmet(condition)),
            )),
            (Applicability::Applies, true) => Some("required in this scenario".to_string()),
            (Applicability::Applies, false) => None,
        };
        StepReport {
            procedure: self.procedure.clone(),
            id: self.step.id.clone(),
            instruction: self.step.instruction.english().to_string(),
            kind: kind_name(self.kind).to_string(),
            raised: self.raised,
            status,
            at: self.completion.as_ref().map(|completion| completion.at),
            command: self.completion.as_ref().map(|completion| completion.command.clone()),
            points: self.earned(),
            possible: self.possible(),
            source: self.source(),
            why: explain.then(|| self.step.why.english().to_string()),
            note,
        }
    }
}

/// Checks step `index`'s order constraints as it is completed now
/// (`sequence`, `at`). Returns whether it is late, and what order it broke.
pub(super) fn check_order(steps: &[StepState], index: usize, sequence: u32, at: SimTime, start: SimTime) -> (bool, Vec<OrderProblem>) {
    let this = &steps[index];
    // A step worth nothing (advice) is never out of order, and order
    // constraints pointing at one are ignored like those at a step that
    // does not apply.
    let sibling = |id: &str| {
        steps.iter().position(|other| other.procedure == this.procedure && other.step.id == id && other.applies() && !other.is_advice())
    };
    let mut late = false;
    let mut problems = Vec::new();
    if this.is_advice() {
        return (late, problems);
    }
    for order in &this.step.order {
        match order {
            Order::Within(text) => {
                late |= SimDuration::parse(text).is_some_and(|limit| at > start.plus(limit));
            }
            Order::First => {
                let mut early: Vec<(&StepState, &Completion)> = steps
                    .iter()
                    .enumerate()
                    .filter(|(other, step)| {
                        *other != index && step.procedure == this.procedure && step.applies() && step.changes_anything()
                    })
                    .filter_map(|(_, step)| done_before(step, sequence).map(|completion| (step, completion)))
                    .collect();
                early.sort_by_key(|(_, completion)| completion.sequence);
                if let Some((from, first)) = early.first().map(|(_, completion)| (completion.at, completion.sequence)) {
                    let names: Vec<String> =
                        early.iter().map(|(step, completion)| format!("'{}' at {}", step.step.id, completion.at.clock_text())).collect();
                    problems.push(OrderProblem {
                        message: format!("'{}' should come first, but {} came before it", this.step.id, names.join(", ")),
                        from,
                        until: Some(at),
                        waiting_for: None,
                        early: first,
                    });
                }
            }
            Order::Before(other) => {
                let Some(other_index) = sibling(other) else { continue };
                // The same pair written from the other side (`After`) was
                // already reported when that step was done: one mistake,
                // one violation.
                let mirrored = steps[other_index].step.order.iter().any(|order| matches!(order, Order::After(id) if *id == this.step.id));
                if mirrored {
                    continue;
                }
                if let Some(completion) = done_before(&steps[other_index], sequence) {
                    problems.push(OrderProblem {
                        message: format!(
                            "'{}' should come before '{other}', which was done at {}",
                            this.step.id,
                            completion.at.clock_text()
                        ),
                        from: completion.at,
                        until: Some(at),
                        waiting_for: None,
                        early: completion.sequence,
                    });
                }
            }
            Order::After(other) => {
                let Some(other_index) = sibling(other) else { continue };
                // Done by this command counts: the caller marks every step a
                // command completes before judging any of them.
                if steps[other_index].completion.is_none() {
                    problems.push(OrderProblem {
                        message: format!("'{}' should come after '{other}', which was not done yet", this.step.id),
                        from: at,
                        until: None,
                        waiting_for: Some(other_index),
                        early: sequence,
                    });
                }
            }
        }
    }
    (late, problems)
}

/// The step's completion, if it came before command `sequence`.
fn done_before(step: &StepState, sequence: u32) -> Option<&Completion> {
    step.completion.as_ref().filter(|completion| completion.sequence < sequence)
}

/// Actions that only look, or only let time pass.
pub(super) const fn is_look_only(kind: ActionKind) -> bool {
    matches!(
        kind,
        ActionKind::ListUsers
            | ActionKind::ShowUser
            | ActionKind::ListMethods
            | ActionKind::SignInLog
            | ActionKind::AuditLog
            | ActionKind::ShowPolicies
            | ActionKind::ShowSspr
            | ActionKind::ListGroups
            | ActionKind::GroupMembers
            | ActionKind::RoleMembers
            | ActionKind::ShowMailbox
            | ActionKind::ListRules
            | ActionKind::ListDelegates
            | ActionKind::MessageTrace
            | ActionKind::ListRestricted
            | ActionKind::ListAlerts
            | ActionKind::VerifyCaller
            | ActionKind::Wait
    )
}

pub(super) const fn kind_name(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Required => "required",
        StepKind::Recommended => "recommended",
        StepKind::Optional => "optional",
    }
}

/// `003_86fb60ae4838e3bf.txt` → `003`; a runbook's name stays as it is.
pub(super) fn short_seed(seed: &str) -> String {
    let file = seed.rsplit(['/', '\\']).next().unwrap_or(seed);
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    match stem.split_once('_') {
        Some((number, _)) if !number.is_empty() && number.chars().all(|character| character.is_ascii_digit()) => number.to_string(),
        _ => stem.to_string(),
    }
}
