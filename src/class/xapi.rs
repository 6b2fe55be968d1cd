//! `grade --format xapi`: xAPI 1.0.3 statements, ready for other tools to
//! post to a learning record store. The tool only writes them.
//!
//! Per session, in this order: `attempted` (when it started), `completed`
//! (when the trainee submitted), `passed` or `failed`, and `scored`. The
//! scenario is the activity (`urn:tenantdrill:scenario:ID`); the steps go
//! with the `passed`/`failed` statement as a context extension, one entry
//! per procedure step with its status and points. Statement ids are
//! name-based UUIDs from the session (trainee, scenario, seed, wall-clock
//! start, simulated end, commands), so the same session gives the same
//! statements wherever its file lies and a store can refuse a repeated
//! upload. `result.duration` is the session's simulated span.
//!
//! The machine fields (ids, IRIs, statuses, integrity) are the same in
//! every language; the human-readable language maps carry the report's
//! language: a verb's `display` in American English and, for another
//! language, in it too (`{"en-US": "passed", "nb-NO": "bestått"}`); the
//! activity's `name` (the scenario's title, as the report gives it) under
//! the report's language only.

use super::csv::status_id;
use super::{Class, GradedSession, iso_duration};
use crate::i18n::Lang;
use crate::t;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The account home page for trainees whose id is not an email address.
/// It names no real service: a store matches such trainees by name.
pub(crate) const ACCOUNT_HOME_PAGE: &str = "https://tenantdrill.invalid/trainees";

/// The activity IRI of a scenario: stable across seeds and versions.
#[must_use]
pub(crate) fn scenario_iri(scenario: &str) -> String {
    format!("urn:tenantdrill:scenario:{scenario}")
}

#[derive(Debug, Serialize)]
pub struct Statement {
    pub id: String,
    pub actor: Agent,
    pub verb: Verb,
    pub object: Activity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub result: Option<XResult>,
    pub context: Context,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Agent {
    #[serde(rename = "objectType")]
    pub(crate) object_type: &'static str,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mbox: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub account: Option<Account>,
}

#[derive(Debug, Serialize)]
pub struct Account {
    #[serde(rename = "homePage")]
    pub(crate) home_page: String,
    pub name: String,
}

#[derive(Debug, Serialize)]
pub struct Verb {
    pub id: String,
    pub display: LanguageMap,
}

/// An xAPI language map: RFC 5646 tag to text.
#[derive(Debug, Serialize)]
#[serde(transparent)]
pub struct LanguageMap(pub BTreeMap<&'static str, String>);

/// The RFC 5646 tag of a language's entries in a language map.
#[must_use]
pub(crate) const fn language_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en-US",
        Lang::Nb => "nb-NO",
        Lang::Nl => "nl-NL",
        Lang::Sl => "sl-SI",
    }
}

/// The statements' verbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum XVerb {
    Attempted,
    Completed,
    Passed,
    Failed,
    Scored,
}

impl XVerb {
    /// The ADL verb's name (the last part of its IRI).
    const fn id(self) -> &'static str {
        match self {
            XVerb::Attempted => "attempted",
            XVerb::Completed => "completed",
            XVerb::Passed => "passed",
            XVerb::Failed => "failed",
            XVerb::Scored => "scored",
        }
    }

    fn display(self, lang: Lang) -> String {
        match self {
            XVerb::Attempted => t!(lang, "class-xapi-attempted"),
            XVerb::Completed => t!(lang, "class-xapi-completed"),
            XVerb::Passed => t!(lang, "class-xapi-passed"),
            XVerb::Failed => t!(lang, "class-xapi-failed"),
            XVerb::Scored => t!(lang, "class-xapi-scored"),
        }
    }

    /// In English, and in `lang` when it is another.
    fn display_map(self, lang: Lang) -> LanguageMap {
        let mut map = BTreeMap::from([(language_tag(Lang::En), self.display(Lang::En))]);
        map.insert(language_tag(lang), self.display(lang));
        LanguageMap(map)
    }
}

#[derive(Debug, Serialize)]
pub struct Activity {
    #[serde(rename = "objectType")]
    pub(crate) object_type: &'static str,
    pub id: String,
    pub definition: ActivityDefinition,
}

#[derive(Debug, Serialize)]
pub struct ActivityDefinition {
    pub name: LanguageMap,
    #[serde(rename = "type")]
    pub kind: String,
}

#[derive(Debug, Serialize)]
pub struct XResult {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<Score>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completion: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Score {
    pub scaled: f64,
    pub raw: u32,
    pub min: u32,
    pub max: u32,
}

#[derive(Debug, Serialize)]
pub struct Context {
    pub registration: String,
    pub(crate) platform: &'static str,
    pub extensions: Extensions,
}

#[derive(Debug, Serialize)]
pub struct Extensions {
    #[serde(rename = "urn:tenantdrill:xapi:integrity")]
    pub integrity: &'static str,
    #[serde(rename = "urn:tenantdrill:xapi:steps", skip_serializing_if = "Option::is_none")]
    pub steps: Option<Vec<StepExtension>>,
}

#[derive(Debug, Serialize)]
pub struct StepExtension {
    pub step: String,
    pub status: &'static str,
    pub points: u32,
    pub possible: u32,
}

const ADL: &str = "http://adlnet.gov/expapi/verbs/";
const ASSESSMENT: &str = "http://adlnet.gov/expapi/activities/assessment";

/// Every session's statements, as one pretty JSON array, the language maps
/// in `lang`.
#[must_use]
pub fn statements_json(class: &Class, lang: Lang) -> String {
    let statements: Vec<Statement> = class.sessions.iter().flat_map(|one| statements(one, lang)).collect();
    format!("{}\n", serde_json::to_string_pretty(&statements).unwrap_or_else(|_| "[]".to_string()))
}

/// One session's statements.
#[must_use]
pub fn statements(one: &GradedSession, lang: Lang) -> Vec<Statement> {
    let report = &one.report;
    // The session, not where its file lies: grading it from another folder
    // gives the same ids.
    let started = one.started_utc.map(|time| time.to_string()).unwrap_or_default();
    let registration = uuid(&[
        &one.trainee,
        &report.scenario,
        &report.seed.to_string(),
        &started,
        &report.ended_at.to_string(),
        &report.commands.to_string(),
    ]);
    let duration = iso_duration(report.ended_at.since(report.started_at).as_seconds());
    let score = || Score { scaled: f64::from(report.score.min(100)) / 100.0, raw: report.score, min: 0, max: 100 };
    let mut made = vec![make(one, &registration, XVerb::Attempted, lang, None, one.started_utc.map(|time| time.to_string()), false)];
    if one.submitted {
        let result = XResult { score: None, success: None, completion: Some(true), duration: Some(duration.clone()) };
        made.push(make(one, &registration, XVerb::Completed, lang, Some(result), ended(one), false));
    }
    let verdict = if report.passed { XVerb::Passed } else { XVerb::Failed };
    let result = XResult { score: Some(score()), success: Some(report.passed), completion: Some(one.submitted), duration: Some(duration) };
    made.push(make(one, &registration, verdict, lang, Some(result), ended(one), true));
    let result = XResult { score: Some(score()), success: None, completion: None, duration: None };
    made.push(make(one, &registration, XVerb::Scored, lang, Some(result), ended(one), false));
    made
}

fn ended(one: &GradedSession) -> Option<String> {
    one.ended_utc.or(one.started_utc).map(|time| time.to_string())
}

fn make(
    one: &GradedSession,
    registration: &str,
    verb: XVerb,
    lang: Lang,
    result: Option<XResult>,
    timestamp: Option<String>,
    steps: bool,
) -> Statement {
    let report = &one.report;
    let actor = if one.trainee_is_email() {
        Agent { object_type: "Agent", name: one.trainee.clone(), mbox: Some(format!("mailto:{}", one.trainee)), account: None }
    } else {
        Agent {
            object_type: "Agent",
            name: one.trainee.clone(),
            mbox: None,
            account: Some(Account { home_page: ACCOUNT_HOME_PAGE.to_string(), name: one.trainee.clone() }),
        }
    };
    let steps = steps.then(|| {
        report
            .steps
            .iter()
            .map(|step| StepExtension {
                step: format!("{}/{}", step.procedure, step.id),
                status: status_id(step.status),
                points: step.points,
                possible: step.possible,
            })
            .collect()
    });
    Statement {
        id: uuid(&[registration, verb.id()]),
        actor,
        verb: Verb { id: format!("{ADL}{}", verb.id()), display: verb.display_map(lang) },
        object: Activity {
            object_type: "Activity",
            id: scenario_iri(&report.scenario),
            definition: ActivityDefinition {
                name: LanguageMap(BTreeMap::from([(language_tag(lang), report.title.clone())])),
                kind: ASSESSMENT.to_string(),
            },
        },
        result,
        context: Context {
            registration: registration.to_string(),
            platform: "tenantdrill",
            extensions: Extensions { integrity: one.integrity.name(), steps },
        },
        timestamp,
    }
}

/// A name-based UUID (version 8, RFC 9562) from SHA-256 of the parts.
fn uuid(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    let digest = hasher.finalize();
    let mut bytes = [0_u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    bytes[6] = (bytes[6] & 0x0f) | 0x80;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex = bytes.iter().fold(String::with_capacity(32), |mut hex, byte| {
        let _ = write!(hex, "{byte:02x}");
        hex
    });
    format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..])
}
