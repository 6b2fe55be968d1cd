//! `tenantdrill grade`: re-score saved sessions by replaying them, and for
//! a class, say per scenario how many passed and which steps were missed.

use super::args::{GradeArgs, GradeFormat};
use super::error::CliError;
use super::files::read_session;
use super::output::{out, stdout_colour, warn};
use super::scenario::{Named, Recorded, Resolved, find_recorded, load_recorded};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;
use tenantdrill::drill::Drill;
use tenantdrill::scoring::{Report, StepStatus};
use tenantdrill::session::{self, Header};

/// The summary names at most this many missed steps per scenario.
const MOST_MISSED: usize = 3;

/// One session, graded.
struct Graded {
    file: String,
    header: Header,
    /// Whether the trainee submitted (or ran out of time); otherwise the
    /// report is the score so far.
    finished: bool,
    report: Report,
}

/// At most this many fresh drills are kept for reuse (one per scenario,
/// seed and mode): enough for a class, bounded for any number of seeds.
const FRESH_DRILLS_KEPT: usize = 256;

/// What grading a class keeps between files: each scenario loaded once, and
/// a fresh drill per scenario, seed and mode, so that every session is
/// replayed on a copy instead of building the scenario again (a build is
/// deterministic, so the copy is the same drill).
#[derive(Default)]
struct Cache {
    named: Named,
    scenarios: BTreeMap<Recorded, Resolved>,
    fresh: BTreeMap<(Recorded, u64, &'static str), Drill>,
}

pub fn grade(args: &GradeArgs) -> Result<ExitCode, CliError> {
    let mut cache = Cache { named: Named::new(&args.scenario_files, &args.scenario_folders)?, ..Cache::default() };
    let mut graded = Vec::new();
    let mut failed = false;
    for path in &args.files {
        match grade_one(path, &mut cache) {
            Ok(one) => graded.push(one),
            Err(error) => {
                error.report();
                failed = true;
            }
        }
    }
    let text = match args.format {
        GradeFormat::Text => text(&graded, stdout_colour()),
        GradeFormat::Csv => csv(&graded),
        GradeFormat::Json => json(&graded),
    };
    out(&text)?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Replays one file through a fresh drill. Scenarios are loaded once per
/// name, so grading a class does not re-read the same file for everyone.
fn grade_one(path: &Path, cache: &mut Cache) -> Result<Graded, CliError> {
    let scenarios = &mut cache.scenarios;
    let file = path.display().to_string();
    let parsed = read_session(path).map_err(|error| CliError::check(error.to_string()))?;
    for warning in &parsed.warnings {
        warn(warning);
    }
    let source = find_recorded(&parsed.header.scenario, &parsed.header.digest, &cache.named)
        .map_err(|error| CliError { message: format!("{file}: {}", error.message), ..error })?;
    if !scenarios.contains_key(&source) {
        let resolved = load_recorded(&source).map_err(|error| CliError { message: format!("{file}: {}", error.message), ..error })?;
        scenarios.insert(source.clone(), resolved);
    }
    let resolved = &scenarios[&source];
    let failed = |error: session::SessionError| CliError::check(error.to_string());
    session::check_header(&file, &parsed, &resolved.loaded).map_err(failed)?;
    let key = (source, parsed.header.seed, parsed.header.mode.name());
    let drill = if let Some(drill) = cache.fresh.get(&key) {
        drill.clone()
    } else {
        let drill = session::fresh_drill(&file, &parsed, &resolved.loaded, &resolved.procedures).map_err(failed)?;
        if cache.fresh.len() < FRESH_DRILLS_KEPT {
            cache.fresh.insert(key, drill.clone());
        }
        drill
    };
    let replayed = session::replay_on(&file, &parsed, drill);
    for warning in &replayed.warnings {
        warn(warning);
    }
    Ok(Graded { file, header: parsed.header, finished: replayed.drill.is_finished(), report: replayed.drill.report() })
}

fn text(graded: &[Graded], colour: bool) -> String {
    let mut text = String::new();
    for one in graded {
        let status = if one.finished { "" } else { " · not submitted (score so far)" };
        text.push_str(&format!(
            "== {} ==\n{} · {} · seed {} · {} mode{status}\n\n{}\n",
            one.file,
            one.header.trainee,
            one.header.scenario,
            one.header.seed,
            one.header.mode.name(),
            one.report.render_text(colour).trim_end()
        ));
        text.push('\n');
    }
    if graded.len() > 1 {
        text.push_str("== Class summary ==\n");
        for summary in summaries(graded) {
            text.push_str(&format!(
                "{}: {} attempt(s), {} passed ({}%)\n",
                summary.scenario,
                summary.attempts,
                summary.passed,
                summary.pass_rate_percent()
            ));
            if summary.missed.is_empty() {
                text.push_str("  no step was missed\n");
            }
            for (step, count) in &summary.missed {
                text.push_str(&format!("  missed by {count}: {step}\n"));
            }
        }
    }
    text
}

fn csv(graded: &[Graded]) -> String {
    let mut text = String::from("file,trainee,scenario,seed,mode,submitted,score,pass_mark,passed\n");
    for one in graded {
        let fields = [
            one.file.clone(),
            one.header.trainee.clone(),
            one.header.scenario.clone(),
            one.header.seed.to_string(),
            one.header.mode.name().to_string(),
            one.finished.to_string(),
            one.report.score.to_string(),
            one.report.pass_mark.to_string(),
            one.report.passed.to_string(),
        ];
        text.push_str(&fields.iter().map(|field| csv_field(field)).collect::<Vec<_>>().join(","));
        text.push('\n');
    }
    text
}

/// RFC 4180: quote a field holding a comma, quote or line break.
fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) { format!("\"{}\"", field.replace('"', "\"\"")) } else { field.to_string() }
}

/// `grade --format json`: every session's report (in the field order of
/// `docs/report-format.md`) and the class summary.
#[derive(Serialize)]
struct GradeDocument<'a> {
    sessions: Vec<SessionDocument<'a>>,
    summary: Vec<SummaryDocument<'a>>,
}

#[derive(Serialize)]
struct SessionDocument<'a> {
    file: &'a str,
    trainee: &'a str,
    scenario: &'a str,
    seed: u64,
    mode: &'a str,
    submitted: bool,
    report: &'a Report,
}

#[derive(Serialize)]
struct SummaryDocument<'a> {
    scenario: &'a str,
    attempts: usize,
    passed: usize,
    pass_rate_percent: usize,
    most_missed: Vec<MissedDocument<'a>>,
}

#[derive(Serialize)]
struct MissedDocument<'a> {
    step: &'a str,
    missed_by: usize,
}

fn json(graded: &[Graded]) -> String {
    let summaries = summaries(graded);
    let document = GradeDocument {
        sessions: graded
            .iter()
            .map(|one| SessionDocument {
                file: &one.file,
                trainee: &one.header.trainee,
                scenario: &one.header.scenario,
                seed: one.header.seed,
                mode: one.header.mode.name(),
                submitted: one.finished,
                report: &one.report,
            })
            .collect(),
        summary: summaries
            .iter()
            .map(|summary| SummaryDocument {
                scenario: &summary.scenario,
                attempts: summary.attempts,
                passed: summary.passed,
                pass_rate_percent: summary.pass_rate_percent(),
                most_missed: summary.missed.iter().map(|(step, count)| MissedDocument { step, missed_by: *count }).collect(),
            })
            .collect(),
    };
    format!("{}\n", serde_json::to_string_pretty(&document).unwrap_or_default())
}

/// One scenario's results across a class.
struct Summary {
    scenario: String,
    attempts: usize,
    passed: usize,
    /// `procedure/step`, and how many missed it; most missed first.
    missed: Vec<(String, usize)>,
}

impl Summary {
    fn pass_rate_percent(&self) -> usize {
        (self.passed * 100).checked_div(self.attempts).unwrap_or(0)
    }
}

fn summaries(graded: &[Graded]) -> Vec<Summary> {
    let mut by_scenario: BTreeMap<&str, Vec<&Graded>> = BTreeMap::new();
    for one in graded {
        by_scenario.entry(one.header.scenario.as_str()).or_default().push(one);
    }
    by_scenario
        .into_iter()
        .map(|(scenario, sessions)| {
            let mut missed: BTreeMap<String, usize> = BTreeMap::new();
            for one in &sessions {
                for step in one.report.steps.iter().filter(|step| step.status == StepStatus::Missed) {
                    *missed.entry(format!("{}/{}", step.procedure, step.id)).or_default() += 1;
                }
            }
            let mut missed: Vec<(String, usize)> = missed.into_iter().collect();
            // Most missed first; ties in name order, so the output is stable.
            missed.sort_by(|left, right| right.1.cmp(&left.1).then_with(|| left.0.cmp(&right.0)));
            missed.truncate(MOST_MISSED);
            Summary {
                scenario: scenario.to_string(),
                attempts: sessions.len(),
                passed: sessions.iter().filter(|one| one.report.passed).count(),
                missed,
            }
        })
        .collect()
}
