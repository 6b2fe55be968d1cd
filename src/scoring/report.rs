//! The report: what the trainee did against the procedures, how the
//! incident ended, what went wrong, how long it took, and where every point
//! went. These are boundary types, serialised as the documented JSON
//! (`docs/report-format.md`); fields are in the order they appear there.

use crate::clock::SimTime;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// Version of the JSON schema; bumped on any incompatible change.
pub(crate) const SCHEMA_VERSION: u32 = 1;

/// One session's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub schema_version: u32,
    /// The language of the report's human-readable fields (`en`, `nb`,
    /// `nl`, `sl`); ids, kinds and statuses are the same in every language.
    #[serde(default)]
    pub lang: Lang,
    pub scenario: String,
    pub title: String,
    pub seed: u64,
    #[serde(with = "time_text")]
    pub started_at: SimTime,
    /// The simulated time when the report was made.
    #[serde(with = "time_text")]
    pub ended_at: SimTime,
    pub score: u32,
    pub pass_mark: u32,
    pub passed: bool,
    pub points: Points,
    pub procedures: Vec<ProcedureReport>,
    pub steps: Vec<StepReport>,
    pub outcome: Vec<OutcomeCheck>,
    pub violations: Vec<Violation>,
    /// Looks the trainee's role or sign-in state did not allow: answered
    /// with the real denial, noted here, and free.
    #[serde(default)]
    pub noted: Vec<Noted>,
    pub consequences: Vec<Consequence>,
    /// From the start until every affected account was contained for good;
    /// `None` when it never was, or the scenario has no attacker.
    pub time_to_containment_s: Option<u64>,
    /// Commands that reached the tenant.
    pub commands: u32,
    pub hints_used: u32,
    pub hint_points: u32,
    pub timeline: Vec<TimelineEntry>,
    /// Timeline entries left out past the limit.
    pub timeline_omitted: u32,
}

/// How the score was made: `earned * 100 / possible` (rounded down), minus
/// `penalties`, kept within 0..=100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Points {
    pub earned: u32,
    pub possible: u32,
    /// Forbidden actions, harm, access-denied attempts and hints.
    pub penalties: u32,
}

impl Points {
    #[must_use]
    pub(crate) fn score(self) -> u32 {
        let base = if self.possible == 0 { 100 } else { u64::from(self.earned.min(self.possible)) * 100 / u64::from(self.possible) };
        u32::try_from(base).unwrap_or(100).saturating_sub(self.penalties).min(100)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProcedureReport {
    pub id: String,
    pub title: String,
    /// The source article's title.
    pub article: String,
    /// The seed file or runbook the procedure comes from.
    pub seed: String,
    /// Microsoft's page, in the report's language.
    #[serde(default)]
    pub url: Option<String>,
}

/// What became of one step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StepStatus {
    Done,
    /// Done after its `Within` deadline: half credit.
    DoneLate,
    /// Done against an order constraint: half credit.
    DoneOutOfOrder,
    /// Required or recommended, not done.
    Missed,
    /// Optional and not done: costs nothing.
    Skipped,
    /// The scenario skips it, or there was nothing to do at the start.
    NotApplicable,
}

impl StepStatus {
    /// The status in words, in `lang`.
    #[must_use]
    pub(crate) fn text(self, lang: Lang) -> String {
        super::words::status(lang, self)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepReport {
    pub procedure: String,
    pub id: String,
    pub instruction: String,
    /// `required`, `recommended` or `optional`, after the scenario's `raise`.
    pub kind: String,
    pub raised: bool,
    pub status: StepStatus,
    #[serde(with = "optional_time_text")]
    pub at: Option<SimTime>,
    /// The command that completed it, as typed (secrets masked).
    pub command: Option<String>,
    pub points: u32,
    pub possible: u32,
    /// The source article's title and its step numbers, in the report's
    /// language (`Recommended steps to take if an account is compromised,
    /// step 1`), or `other guidance` beyond the article's steps.
    pub source: String,
    /// The article's step numbers (empty for guidance beyond them).
    #[serde(default)]
    pub source_steps: Vec<u8>,
    /// Microsoft's page the step comes from, in the report's language.
    #[serde(default)]
    pub source_url: Option<String>,
    /// The step's reason, for steps missed, late or out of order.
    pub why: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeCheck {
    pub id: String,
    /// `check` (built in) or `objective` (the scenario's).
    pub kind: String,
    pub description: String,
    pub ok: bool,
    pub detail: String,
    pub points: u32,
    pub possible: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ViolationKind {
    Forbidden,
    Order,
    Harm,
    Denied,
}

impl ViolationKind {
    /// The kind in words, in `lang`.
    #[must_use]
    pub(crate) fn text(self, lang: Lang) -> String {
        super::words::violation_kind(lang, self)
    }

    /// The stable id, as in the JSON.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            ViolationKind::Forbidden => "forbidden",
            ViolationKind::Order => "order",
            ViolationKind::Harm => "harm",
            ViolationKind::Denied => "denied",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Violation {
    pub kind: ViolationKind,
    pub message: String,
    #[serde(with = "time_text")]
    pub at: SimTime,
    pub command: Option<String>,
    /// `procedure/step` the violation is about, if any.
    pub step: Option<String>,
    /// Points taken off the score (order violations cost through the
    /// step's half credit instead, so they show 0 here).
    pub points: u32,
    /// What it led to in the simulation, in time order.
    pub caused: Vec<String>,
}

/// An investigation (a view, a listing, a log query, a test) that was
/// refused: noted, never a violation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Noted {
    #[serde(with = "time_text")]
    pub at: SimTime,
    /// As typed, secrets masked.
    pub command: String,
    /// The denial, as the service gave it.
    pub reason: String,
}

/// Something the simulation did because of what the trainee did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consequence {
    #[serde(with = "time_text")]
    pub at: SimTime,
    pub message: String,
}

/// One line of the debrief timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    #[serde(with = "time_text")]
    pub at: SimTime,
    /// `you`, `attacker`, `service`, a user's principal name, ... in
    /// English whatever the report's language (a stable label).
    pub actor: String,
    /// Who acted, as a fact; the text report names them in its language.
    #[serde(default)]
    pub who: Who,
    pub text: String,
    /// A command the trainee gave (not something an actor did).
    pub command: bool,
    /// The same entry this many times in a row.
    pub repeat: u32,
}

impl Report {
    /// The report as pretty JSON, in the documented field order.
    #[must_use]
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"))
    }

    /// One line saying where points were lost, in the report's language;
    /// `nothing lost` at full marks.
    #[must_use]
    pub fn shortfall(&self) -> String {
        let lang = self.lang;
        let mut lost = Vec::new();
        for step in self.steps.iter().filter(|step| step.points < step.possible) {
            let step_ref = format!("{}/{}", step.procedure, step.id);
            let points = step.possible - step.points;
            lost.push(crate::t!(lang, "report-lost-step", step = step_ref, status = step.status.text(lang), points = points));
        }
        for check in self.outcome.iter().filter(|check| check.points < check.possible) {
            lost.push(crate::t!(lang, "report-lost-check", check = &check.id, points = check.possible - check.points));
        }
        for violation in self.violations.iter().filter(|violation| violation.points > 0) {
            let kind = violation.kind.text(lang);
            lost.push(crate::t!(lang, "report-lost-violation", kind = kind, message = &violation.message, points = violation.points));
        }
        if self.hint_points > 0 {
            lost.push(crate::t!(lang, "report-lost-hints", count = self.hints_used, points = self.hint_points));
        }
        if lost.is_empty() { crate::t!(lang, "report-nothing-lost") } else { lost.join("; ") }
    }
}

/// Who did something on the timeline.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "role", content = "upn", rename_all = "kebab-case")]
pub enum Who {
    /// The trainee at the admin console.
    #[default]
    You,
    /// The trainee acting as this user.
    YouAs(String),
    /// An admin the trainee asked.
    Asked(String),
    /// An admin acting on their own.
    Admin(String),
    /// A user of the tenant.
    User(String),
    Attacker,
    /// The attacker through this account.
    AttackerAs(String),
    Service,
    Support,
}

impl Who {
    /// The actor in words, in `lang`.
    #[must_use]
    pub(crate) fn text(&self, lang: Lang) -> String {
        use crate::t;
        match self {
            Who::You => t!(lang, "report-who-you"),
            Who::YouAs(upn) => t!(lang, "report-who-you-as", user = upn),
            Who::Asked(upn) => t!(lang, "report-who-asked", user = upn),
            Who::Admin(upn) => t!(lang, "report-who-admin", user = upn),
            Who::User(upn) => upn.clone(),
            Who::Attacker => t!(lang, "report-who-attacker"),
            Who::AttackerAs(upn) => t!(lang, "report-who-attacker-as", user = upn),
            Who::Service => t!(lang, "report-who-service"),
            Who::Support => t!(lang, "report-who-support"),
        }
    }
}

/// Times as RFC 3339 text in JSON.
mod time_text {
    use crate::clock::SimTime;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's `with` passes a reference to the field
    pub(crate) fn serialize<S: Serializer>(time: &SimTime, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(time)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<SimTime, D::Error> {
        let text = String::deserialize(deserializer)?;
        SimTime::parse_rfc3339(&text).ok_or_else(|| D::Error::custom(format!("`{text}` is not an RFC 3339 time")))
    }
}

mod optional_time_text {
    use crate::clock::SimTime;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    #[allow(clippy::ref_option)] // serde's `with` passes a reference to the field
    pub(crate) fn serialize<S: Serializer>(time: &Option<SimTime>, serializer: S) -> Result<S::Ok, S::Error> {
        match time {
            Some(time) => serializer.collect_str(time),
            None => serializer.serialize_none(),
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<SimTime>, D::Error> {
        let text = Option::<String>::deserialize(deserializer)?;
        text.map(|text| SimTime::parse_rfc3339(&text).ok_or_else(|| D::Error::custom(format!("`{text}` is not an RFC 3339 time"))))
            .transpose()
    }
}
