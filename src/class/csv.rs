//! `grade --format csv` (one row per session, for a spreadsheet) and
//! `--format gradebook-csv` (what Moodle's CSV grade import takes).

use super::{Class, words};
use crate::i18n::Lang;
use crate::scoring::StepStatus;
use crate::t;
use indexmap::IndexSet;
use std::collections::BTreeMap;

/// The columns every row has, in this order, named in `lang`; then one
/// `step:PROCEDURE/STEP` column per procedure step and one `check:ID`
/// column per outcome check, in the order they first appear among the
/// sessions.
#[must_use]
pub(crate) fn fixed_columns(lang: Lang) -> [String; 15] {
    [
        t!(lang, "class-csv-file"),
        t!(lang, "class-csv-trainee"),
        t!(lang, "class-csv-scenario"),
        t!(lang, "class-csv-seed"),
        t!(lang, "class-csv-mode"),
        t!(lang, "class-csv-started-utc"),
        t!(lang, "class-csv-ended-utc"),
        t!(lang, "class-csv-submitted"),
        t!(lang, "class-csv-integrity"),
        t!(lang, "class-csv-score"),
        t!(lang, "class-csv-pass-mark"),
        t!(lang, "class-csv-passed"),
        t!(lang, "class-csv-time-to-containment-s"),
        t!(lang, "class-csv-commands"),
        t!(lang, "class-csv-hints-used"),
    ]
}

/// The status of a step as its JSON and xAPI name (a machine id, the same
/// in every language).
#[must_use]
pub(crate) const fn status_id(status: StepStatus) -> &'static str {
    match status {
        StepStatus::Done => "done",
        StepStatus::DoneLate => "done-late",
        StepStatus::DoneOutOfOrder => "done-out-of-order",
        StepStatus::Missed => "missed",
        StepStatus::Skipped => "skipped",
        StepStatus::NotApplicable => "not-applicable",
    }
}

/// One row per graded session, headers and words in `lang` (English:
/// `file`, `trainee`, …, `done-late`, `true`, `not-ok`). A cell
/// is empty where a session's scenario has no such step or check, or a
/// value is unknown.
#[must_use]
pub fn sessions_csv(class: &Class, lang: Lang) -> String {
    let mut steps: IndexSet<String> = IndexSet::new();
    let mut checks: IndexSet<String> = IndexSet::new();
    for one in &class.sessions {
        for step in &one.report.steps {
            steps.insert(format!("{}/{}", step.procedure, step.id));
        }
        for check in &one.report.outcome {
            checks.insert(check.id.clone());
        }
    }
    let mut header: Vec<String> = fixed_columns(lang).into_iter().collect();
    header.extend(steps.iter().map(|step| t!(lang, "class-csv-step-column", step = step)));
    header.extend(checks.iter().map(|check| t!(lang, "class-csv-check-column", check = check)));
    let mut text = row(&header);
    for one in &class.sessions {
        let report = &one.report;
        let mut cells = vec![
            one.file.clone(),
            one.trainee.clone(),
            report.scenario.clone(),
            report.seed.to_string(),
            words::mode(lang, one.mode),
            one.started_utc.map(|time| time.to_string()).unwrap_or_default(),
            one.ended_utc.map(|time| time.to_string()).unwrap_or_default(),
            words::yes_no(lang, one.submitted),
            words::integrity(lang, &one.integrity),
            report.score.to_string(),
            report.pass_mark.to_string(),
            words::yes_no(lang, report.passed),
            report.time_to_containment_s.map(|seconds| seconds.to_string()).unwrap_or_default(),
            report.commands.to_string(),
            report.hints_used.to_string(),
        ];
        let statuses: BTreeMap<String, StepStatus> =
            report.steps.iter().map(|step| (format!("{}/{}", step.procedure, step.id), step.status)).collect();
        cells.extend(steps.iter().map(|step| statuses.get(step).map(|status| words::status_cell(lang, *status)).unwrap_or_default()));
        let results: BTreeMap<&str, bool> = report.outcome.iter().map(|check| (check.id.as_str(), check.ok)).collect();
        cells.extend(checks.iter().map(|check| {
            results
                .get(check.as_str())
                .map(|ok| if *ok { t!(lang, "class-cell-ok") } else { t!(lang, "class-cell-not-ok") })
                .unwrap_or_default()
        }));
        text.push_str(&row(&cells));
    }
    // An exam not yet submitted: who and where, nothing of its score.
    for one in &class.in_progress {
        let mut cells = vec![
            one.file.clone(),
            one.trainee.clone(),
            one.scenario.clone(),
            one.seed.to_string(),
            words::mode(lang, one.mode),
            String::new(),
            String::new(),
            words::yes_no(lang, false),
            words::integrity(lang, &one.integrity),
        ];
        cells.resize(header.len(), String::new());
        text.push_str(&row(&cells));
    }
    text
}

/// The gradebook column's header for a scenario.
fn grade_item(scenario: &str) -> String {
    format!("tenantdrill {scenario}")
}

/// Moodle's CSV grade import: an `Email address` column (named in `lang`;
/// the import is told which column to match by) to match users by
/// and one score column (0 to 100) per scenario, one row per trainee. A
/// trainee with several attempts at a scenario gets their best score.
/// Rows are in trainee order; trainees whose id is not an email address
/// are left out and named in the returned list, since the import could not
/// match them.
#[must_use]
pub fn gradebook_csv(class: &Class, lang: Lang) -> (String, Vec<String>) {
    let mut scenarios: IndexSet<&str> = IndexSet::new();
    let mut best: BTreeMap<&str, BTreeMap<&str, u32>> = BTreeMap::new();
    let mut unmatched: IndexSet<String> = IndexSet::new();
    for one in &class.sessions {
        scenarios.insert(&one.report.scenario);
        if !one.trainee_is_email() {
            unmatched.insert(one.trainee.clone());
            continue;
        }
        let score = best.entry(one.trainee.as_str()).or_default().entry(one.report.scenario.as_str()).or_insert(0);
        *score = (*score).max(one.report.score);
    }
    let mut header = vec![t!(lang, "class-csv-email-address")];
    header.extend(scenarios.iter().map(|scenario| grade_item(scenario)));
    let mut text = row(&header);
    for (trainee, scores) in &best {
        let mut cells = vec![(*trainee).to_string()];
        cells.extend(scenarios.iter().map(|scenario| scores.get(scenario).map(ToString::to_string).unwrap_or_default()));
        text.push_str(&row(&cells));
    }
    (text, unmatched.into_iter().collect())
}

fn row(cells: &[String]) -> String {
    let mut line = cells.iter().map(|cell| field(cell)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// One cell: a value a spreadsheet would take for a formula (starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`, so
/// it is shown as text and never run; then RFC 4180 quoting.
#[must_use]
pub fn field(value: &str) -> String {
    let neutral = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() };
    if neutral.contains([',', '"', '\n', '\r']) { format!("\"{}\"", neutral.replace('"', "\"\"")) } else { neutral }
}
