//! `tenantdrill grade`: re-score saved sessions by replaying them, and for
//! a class, say per scenario how many passed and which steps were missed,
//! as text, JSON, CSV, a gradebook import, xAPI statements or HTML.

use super::args::{GradeArgs, GradeFormat};
use super::error::CliError;
use super::files::{read_session, session_files};
use super::output::{note, out, stdout_colour, warn};
use super::scenario::{Resolved, resolve_recorded};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;
use tenantdrill::class::{self, Class, GradedSession, Integrity, Ungraded, summaries};
use tenantdrill::clock::SimTime;
use tenantdrill::drill::Drill;
use tenantdrill::scoring::Report;
use tenantdrill::session;

/// At most this many fresh drills are kept for reuse (one per scenario,
/// seed and mode): enough for a class, bounded for any number of seeds.
const FRESH_DRILLS_KEPT: usize = 256;

/// What grading a class keeps between files: each scenario loaded once, and
/// a fresh drill per scenario, seed and mode, so that every session is
/// replayed on a copy instead of building the scenario again (a build is
/// deterministic, so the copy is the same drill).
#[derive(Default)]
struct Cache {
    scenarios: BTreeMap<String, Resolved>,
    fresh: BTreeMap<(String, u64, &'static str), Drill>,
}

pub fn grade(args: &GradeArgs) -> Result<ExitCode, CliError> {
    let mut cache = Cache::default();
    let mut class = Class::default();
    let files = session_files(&args.paths, &mut class.ungraded)?;
    if files.is_empty() && class.ungraded.is_empty() {
        let named: Vec<String> = args.paths.iter().map(|path| path.display().to_string()).collect();
        return Err(CliError::check(format!("no session files (*.jsonl) in {}", named.join(", "))));
    }
    for path in files {
        match grade_one(&path, &mut cache) {
            Ok(one) => class.sessions.push(one),
            Err(error) => {
                error.report();
                let file = path.display().to_string();
                let reason = error
                    .message
                    .strip_prefix(file.as_str())
                    .map_or(error.message.as_str(), |rest| rest.trim_start_matches([':', ' ']))
                    .to_string();
                class.ungraded.push(Ungraded { file, reason });
            }
        }
    }
    let text = match args.format {
        GradeFormat::Text => text(&class, stdout_colour()),
        GradeFormat::Csv => class::csv::sessions_csv(&class),
        GradeFormat::GradebookCsv => {
            let (csv, unmatched) = class::csv::gradebook_csv(&class);
            for trainee in unmatched {
                warn(&format!("trainee `{trainee}` is not an email address, so the gradebook import could not match them; left out"));
            }
            csv
        }
        GradeFormat::Json => json(&class),
        GradeFormat::Xapi => class::xapi::statements_json(&class),
        GradeFormat::Html => class::html::class_page(&class),
    };
    out(&text)?;
    if !class.ungraded.is_empty() {
        note(&format!("{} session file(s) could not be graded.", class.ungraded.len()));
    }
    Ok(if class.ungraded.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Replays one file through a fresh drill. Scenarios are loaded once per
/// name, so grading a class does not re-read the same file for everyone.
fn grade_one(path: &Path, cache: &mut Cache) -> Result<GradedSession, CliError> {
    let scenarios = &mut cache.scenarios;
    let file = path.display().to_string();
    let parsed = read_session(path).map_err(|error| CliError::check(error.to_string()))?;
    for warning in &parsed.warnings {
        warn(warning);
    }
    let source = parsed.header.source.clone();
    if !scenarios.contains_key(&source) {
        let resolved = resolve_recorded(&source, &parsed.header.scenario)
            .map_err(|error| CliError { message: format!("{file}: {}", error.message), ..error })?;
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
    let started_utc = parsed.header.started_utc.as_deref().and_then(SimTime::parse_rfc3339);
    let ended_utc = parsed.entries.iter().rev().find_map(|(_, entry)| entry.wall.as_deref().and_then(SimTime::parse_rfc3339));
    Ok(GradedSession {
        file,
        trainee: parsed.header.trainee,
        mode: parsed.header.mode,
        submitted: replayed.drill.is_finished(),
        started_utc,
        ended_utc: ended_utc.or(started_utc),
        integrity: INTEGRITY_UNTIL_SESSIONS_CARRY_EVIDENCE,
        report: replayed.drill.report(),
    })
}

/// What every graded session is until session files carry evidence of
/// their own integrity.
const INTEGRITY_UNTIL_SESSIONS_CARRY_EVIDENCE: Integrity = Integrity::Unverified;

fn text(class: &Class, colour: bool) -> String {
    let mut text = String::new();
    for one in &class.sessions {
        let status = if one.submitted { "" } else { " · not submitted (score so far)" };
        text.push_str(&format!(
            "== {} ==\n{} · {} · seed {} · {} mode{status}\n\n{}\n",
            one.file,
            one.trainee,
            one.report.scenario,
            one.report.seed,
            one.mode.name(),
            one.report.render_text(colour).trim_end()
        ));
        text.push('\n');
    }
    if class.sessions.len() > 1 {
        text.push_str("== Class summary ==\n");
        for summary in summaries(&class.sessions) {
            text.push_str(&format!(
                "{}: {} attempt(s), {} passed ({}%)\n",
                summary.scenario,
                summary.attempts,
                summary.passed,
                summary.pass_rate_percent()
            ));
            if let Some(score) = summary.score {
                text.push_str(&format!(
                    "  score: median {}, middle half {}-{}, range {}-{}\n",
                    score.median, score.lower_quartile, score.upper_quartile, score.min, score.max
                ));
            }
            match summary.time_to_containment_s {
                Some(time) => text.push_str(&format!(
                    "  time to containment: median {}, middle half {}-{}, range {}-{} ({} of {} contained)\n",
                    minutes(time.median),
                    minutes(time.lower_quartile),
                    minutes(time.upper_quartile),
                    minutes(time.min),
                    minutes(time.max),
                    summary.contained,
                    summary.attempts
                )),
                None => text.push_str("  time to containment: none (never contained, or no attacker)\n"),
            }
            if summary.missed.is_empty() {
                text.push_str("  no step was missed\n");
            }
            for (step, count) in &summary.missed {
                text.push_str(&format!("  missed by {count}: {step}\n"));
            }
            for (kind, about, count) in &summary.violations {
                text.push_str(&format!("  {} in {count}: {about}\n", kind.name()));
            }
        }
    }
    if !class.ungraded.is_empty() {
        text.push_str("== Not graded ==\n");
        for one in &class.ungraded {
            text.push_str(&format!("{}: {}\n", one.file, one.reason));
        }
    }
    text
}

/// `1h05m`, `12m30s`.
fn minutes(seconds: u64) -> String {
    if seconds >= 3_600 {
        format!("{}h{:02}m", seconds / 3_600, seconds % 3_600 / 60)
    } else {
        format!("{}m{:02}s", seconds / 60, seconds % 60)
    }
}

/// `grade --format json`: every session's report (in the field order of
/// `docs/report-format.md`), the class summary and the files not graded.
#[derive(Serialize)]
struct GradeDocument<'a> {
    sessions: Vec<SessionDocument<'a>>,
    summary: Vec<SummaryDocument>,
    not_graded: Vec<UngradedDocument<'a>>,
}

#[derive(Serialize)]
struct SessionDocument<'a> {
    file: &'a str,
    trainee: &'a str,
    scenario: &'a str,
    seed: u64,
    mode: &'a str,
    submitted: bool,
    started_utc: Option<String>,
    ended_utc: Option<String>,
    integrity: &'static str,
    report: &'a Report,
}

#[derive(Serialize)]
struct SpreadDocument {
    min: u64,
    lower_quartile: u64,
    median: u64,
    upper_quartile: u64,
    max: u64,
}

impl From<class::Spread> for SpreadDocument {
    fn from(spread: class::Spread) -> Self {
        Self {
            min: spread.min,
            lower_quartile: spread.lower_quartile,
            median: spread.median,
            upper_quartile: spread.upper_quartile,
            max: spread.max,
        }
    }
}

#[derive(Serialize)]
struct SummaryDocument {
    scenario: String,
    attempts: usize,
    passed: usize,
    pass_rate_percent: usize,
    score: Option<SpreadDocument>,
    contained: usize,
    time_to_containment_s: Option<SpreadDocument>,
    most_missed: Vec<MissedDocument>,
    most_violated: Vec<ViolatedDocument>,
}

#[derive(Serialize)]
struct MissedDocument {
    step: String,
    missed_by: usize,
}

#[derive(Serialize)]
struct ViolatedDocument {
    kind: &'static str,
    about: String,
    sessions: usize,
}

#[derive(Serialize)]
struct UngradedDocument<'a> {
    file: &'a str,
    reason: &'a str,
}

fn json(class: &Class) -> String {
    let document = GradeDocument {
        sessions: class
            .sessions
            .iter()
            .map(|one| SessionDocument {
                file: &one.file,
                trainee: &one.trainee,
                scenario: &one.report.scenario,
                seed: one.report.seed,
                mode: one.mode.name(),
                submitted: one.submitted,
                started_utc: one.started_utc.map(|time| time.to_string()),
                ended_utc: one.ended_utc.map(|time| time.to_string()),
                integrity: one.integrity.name(),
                report: &one.report,
            })
            .collect(),
        summary: summaries(&class.sessions)
            .into_iter()
            .map(|summary| SummaryDocument {
                pass_rate_percent: summary.pass_rate_percent(),
                scenario: summary.scenario,
                attempts: summary.attempts,
                passed: summary.passed,
                score: summary.score.map(SpreadDocument::from),
                contained: summary.contained,
                time_to_containment_s: summary.time_to_containment_s.map(SpreadDocument::from),
                most_missed: summary.missed.into_iter().map(|(step, missed_by)| MissedDocument { step, missed_by }).collect(),
                most_violated: summary
                    .violations
                    .into_iter()
                    .map(|(kind, about, sessions)| ViolatedDocument { kind: kind.name(), about, sessions })
                    .collect(),
            })
            .collect(),
        not_graded: class.ungraded.iter().map(|one| UngradedDocument { file: &one.file, reason: &one.reason }).collect(),
    };
    format!("{}\n", serde_json::to_string_pretty(&document).unwrap_or_default())
}
