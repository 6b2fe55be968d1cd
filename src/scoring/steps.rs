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
use super::finding::{Citation, OrderBreak, StepNote};
use super::report::{StepReport, StepStatus};
use crate::clock::{SimDuration, SimTime};
use crate::engine::Simulation;
use crate::i18n::Lang;
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
    pub(crate) out_of_order: bool,
}

#[derive(Debug, Clone)]
pub(super) struct StepState {
    pub procedure: String,
    /// The source article (or the step's own page) and its steps.
    pub citation: Citation,
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
    pub broken: OrderBreak,
    /// From when the early work was exposed to being undone.
    pub from: SimTime,
    /// Until when, if known now; otherwise until `waiting_for` is done.
    pub until: Option<SimTime>,
    pub(crate) waiting_for: Option<usize>,
    /// The command that came too early (the scorer's sequence number): one
    /// early command is one mistake, however many steps it is early for.
    pub early: u32,
}

impl StepState {
    /// Every step of every graded procedure, in the scenario's order.
    pub(crate) fn all(scenario: &Scenario, procedures: &[&Procedure], facts: &Facts, simulation: &Simulation) -> Vec<Self> {
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
                    citation: Citation::of_step(procedure, step),
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

    pub(crate) fn applies(&self) -> bool {
        self.applicability == Applicability::Applies
    }

    /// Optional after the scenario's `raise`: shown, worth nothing.
    pub(crate) fn is_advice(&self) -> bool {
        self.kind == StepKind::Optional
    }

    pub(crate) fn reference(&self) -> String {
        format!("{}/{}", self.procedure, self.step.id)
    }

    /// Points the step is worth here; optional and inapplicable steps none.
    pub(crate) fn possible(&self) -> u32 {
        if !self.applies() || self.kind == StepKind::Optional { 0 } else { self.step.points_for(self.kind) }
    }

    pub(crate) fn earned(&self) -> u32 {
        match &self.completion {
            Some(completion) if completion.late || completion.out_of_order => self.possible() / 2,
            Some(_) => self.possible(),
            None => 0,
        }
    }

    /// Whether completing the step changes anything (views and checks do not).
    pub(crate) fn changes_anything(&self) -> bool {
        self.step.done_by.is_empty() || self.step.done_by.iter().any(|pattern| !is_look_only(pattern.action))
    }

    /// The article and its step numbers, with Microsoft's page.
    pub(crate) fn citation(&self) -> Citation {
        self.citation.clone()
    }

    pub(crate) fn status(&self) -> StepStatus {
        match (&self.completion, self.applicability) {
            (_, Applicability::SkippedByScenario | Applicability::NothingToDo) => StepStatus::NotApplicable,
            (Some(completion), _) if completion.out_of_order => StepStatus::DoneOutOfOrder,
            (Some(completion), _) if completion.late => StepStatus::DoneLate,
            (Some(_), _) => StepStatus::Done,
            (None, _) if self.kind == StepKind::Optional => StepStatus::Skipped,
            (None, _) => StepStatus::Missed,
        }
    }

    /// Why the step shows a note, if it does.
    pub(crate) fn note(&self) -> Option<StepNote> {
        match (self.applicability, self.raised) {
            (Applicability::SkippedByScenario, _) => Some(StepNote::SkippedByScenario),
            // Say why, so the report never reads as if the simulation had
            // nothing in it (the attacker's session a reset already ended).
            (Applicability::NothingToDo, _) => Some(StepNote::DidNotApply(self.step.applies_when.clone())),
            (Applicability::Applies, true) => Some(StepNote::RequiredHere),
            (Applicability::Applies, false) => None,
        }
    }

    pub(crate) fn report(&self, lang: Lang) -> StepReport {
        let status = self.status();
        let explain = matches!(status, StepStatus::Missed | StepStatus::DoneLate | StepStatus::DoneOutOfOrder);
        let citation = self.citation();
        StepReport {
            procedure: self.procedure.clone(),
            id: self.step.id.clone(),
            instruction: super::words::file_text(lang, &self.step.instruction),
            kind: kind_name(self.kind).to_string(),
            raised: self.raised,
            status,
            at: self.completion.as_ref().map(|completion| completion.at),
            command: self.completion.as_ref().map(|completion| completion.command.clone()),
            points: self.earned(),
            possible: self.possible(),
            source: super::words::citation(lang, &citation),
            source_steps: citation.steps.clone(),
            source_url: citation.link(lang),
            why: explain.then(|| super::words::file_text(lang, &self.step.why)),
            note: self.note().map(|note| super::words::step_note(lang, &note)),
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
                    let earlier = early.iter().map(|(step, completion)| (step.step.id.clone(), completion.at)).collect();
                    problems.push(OrderProblem {
                        broken: OrderBreak::First { step: this.step.id.clone(), earlier },
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
                        broken: OrderBreak::Before { step: this.step.id.clone(), other: other.clone(), done_at: completion.at },
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
                        broken: OrderBreak::After { step: this.step.id.clone(), other: other.clone() },
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

/// Actions that only look (the action table's views), or only let time
/// pass or ask the caller something.
pub(super) const fn is_look_only(kind: ActionKind) -> bool {
    kind.facts().view || matches!(kind, ActionKind::VerifyCaller | ActionKind::Wait)
}

pub(super) const fn kind_name(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Required => "required",
        StepKind::Recommended => "recommended",
        StepKind::Optional => "optional",
    }
}
