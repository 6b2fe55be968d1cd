//! The class layer's own words for the report's typed values: step
//! statuses, violation kinds, modes, integrity, step kinds, yes and no.
//! Machine names (CSS classes, JSON and xAPI fields) stay as they are.

use crate::drill::Mode;
use crate::i18n::Lang;
use crate::scoring::{StepStatus, ViolationKind};
use crate::session::Integrity;

/// A step status as a reader sees it (`done late`).
#[must_use]
pub fn status(lang: Lang, status: StepStatus) -> String {
    match status {
        StepStatus::Done => crate::t!(lang, "class-status-done"),
        StepStatus::DoneLate => crate::t!(lang, "class-status-done-late"),
        StepStatus::DoneOutOfOrder => crate::t!(lang, "class-status-out-of-order"),
        StepStatus::Missed => crate::t!(lang, "class-status-missed"),
        StepStatus::Skipped => crate::t!(lang, "class-status-skipped"),
        StepStatus::NotApplicable => crate::t!(lang, "class-status-not-applicable"),
    }
}

/// A step status as a spreadsheet cell (`done-late` in English).
#[must_use]
pub(crate) fn status_cell(lang: Lang, status: StepStatus) -> String {
    match status {
        StepStatus::Done => crate::t!(lang, "class-cell-done"),
        StepStatus::DoneLate => crate::t!(lang, "class-cell-done-late"),
        StepStatus::DoneOutOfOrder => crate::t!(lang, "class-cell-done-out-of-order"),
        StepStatus::Missed => crate::t!(lang, "class-cell-missed"),
        StepStatus::Skipped => crate::t!(lang, "class-cell-skipped"),
        StepStatus::NotApplicable => crate::t!(lang, "class-cell-not-applicable"),
    }
}

/// A violation's kind (`order`).
#[must_use]
pub(crate) fn violation_kind(lang: Lang, kind: ViolationKind) -> String {
    match kind {
        ViolationKind::Forbidden => crate::t!(lang, "class-kind-forbidden"),
        ViolationKind::Order => crate::t!(lang, "class-kind-order"),
        ViolationKind::Harm => crate::t!(lang, "class-kind-harm"),
        ViolationKind::Denied => crate::t!(lang, "class-kind-denied"),
    }
}

/// A session's mode (`practice`, `exam`).
#[must_use]
pub fn mode(lang: Lang, mode: Mode) -> String {
    match mode {
        Mode::Practice => crate::t!(lang, "class-mode-practice"),
        Mode::Exam => crate::t!(lang, "class-mode-exam"),
    }
}

/// A session file's integrity (`verified`, `unverified`, `altered`).
#[must_use]
pub fn integrity(lang: Lang, integrity: &Integrity) -> String {
    match integrity {
        Integrity::Verified => crate::t!(lang, "class-integrity-verified"),
        Integrity::Unverified => crate::t!(lang, "class-integrity-unverified"),
        Integrity::Altered(_) => crate::t!(lang, "class-integrity-altered"),
    }
}

/// A step's kind as the report names it (`required`, `recommended`,
/// `optional`); any other name as it is.
#[must_use]
pub(crate) fn step_kind(lang: Lang, kind: &str) -> String {
    match kind {
        "required" => crate::t!(lang, "class-step-required"),
        "recommended" => crate::t!(lang, "class-step-recommended"),
        "optional" => crate::t!(lang, "class-step-optional"),
        other => other.to_string(),
    }
}

/// A yes-or-no cell (`true`, `false` in English).
#[must_use]
pub(crate) fn yes_no(lang: Lang, value: bool) -> String {
    if value { crate::t!(lang, "class-cell-true") } else { crate::t!(lang, "class-cell-false") }
}
