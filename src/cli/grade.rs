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
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::scoring::{Report, StepStatus};
use tenantdrill::session::{self, Alteration, AlterationKind, Header, Integrity};

/// The summary names at most this many missed steps per scenario.
const MOST_MISSED: usize = 3;

/// One session, graded.
struct Graded {
    file: String,
    header: Header,
    /// Whether the trainee submitted (or ran out of time); otherwise the
    /// report is the score so far.
    finished: bool,
    /// How many commands the file records.
    commands: usize,
    report: Report,
    integrity: Integrity,
}

impl Graded {
    /// An exam that has not been submitted shows nothing but its progress:
    /// no score, no missed steps, no residue.
    fn closed(&self) -> bool {
        self.header.mode == Mode::Exam && !self.finished
    }
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
    mark_copies(&mut graded);
    if graded.iter().any(|one| matches!(one.integrity, Integrity::Altered(_))) {
        failed = true;
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
    let mut parsed = read_session(path).map_err(|error| CliError::check(error.to_string()))?;
    let changed_mode = session::original_header(&parsed);
    if let Some(original) = &changed_mode {
        warn(&format!("{file}: the header's mode was changed; graded in {} mode, as the session was played", original.mode.name()));
        parsed.header.mode = original.mode;
    }
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
    let integrity = match changed_mode {
        Some(_) => Integrity::Altered(Alteration { entry: 0, kind: AlterationKind::ChainBroken }),
        None => replayed.integrity(&parsed),
    };
    let commands = parsed.entries.len();
    Ok(Graded { file, header: parsed.header, finished: replayed.drill.is_finished(), commands, report: replayed.drill.report(), integrity })
}

/// Two files with the same nonce are one session twice: each is marked
/// altered, naming the other (the first one graded names the second).
fn mark_copies(graded: &mut [Graded]) {
    let mut by_nonce: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, one) in graded.iter().enumerate() {
        if !one.header.nonce.is_empty() {
            by_nonce.entry(one.header.nonce.as_str()).or_default().push(index);
        }
    }
    let copies: Vec<(usize, String)> = by_nonce
        .values()
        .filter(|indexes| indexes.len() > 1)
        .flat_map(|indexes| {
            indexes.iter().map(|&index| {
                let other = indexes.iter().find(|&&other| other != index).map_or(String::new(), |&other| graded[other].file.clone());
                (index, other)
            })
        })
        .collect();
    for (index, other) in copies {
        if !matches!(graded[index].integrity, Integrity::Altered(_)) {
            graded[index].integrity = Integrity::Altered(Alteration { entry: 0, kind: AlterationKind::SameNonceAs(other) });
        }
    }
}

/// The integrity verdict in one sentence, for the text report's first line.
fn integrity_sentence(integrity: &Integrity) -> Option<String> {
    match integrity {
        Integrity::Verified => None,
        Integrity::Unverified => {
            Some("INTEGRITY UNVERIFIED: written by an older tenantdrill (format version 1), which recorded no digests".to_string())
        }
        Integrity::Altered(alteration) => Some(format!("INTEGRITY: ALTERED: {}", alteration_text(alteration))),
    }
}

fn alteration_text(alteration: &Alteration) -> String {
    let place = if alteration.entry == 0 { "the header".to_string() } else { format!("command {}", alteration.entry) };
    match &alteration.kind {
        AlterationKind::ChainBroken => {
            format!("{place} does not follow from the lines before it (a line was edited, added, removed or moved, or the header changed)")
        }
        AlterationKind::NotSealed => format!("{place} carries no digest, which tenantdrill always writes"),
        AlterationKind::ReplayDiffers(difference) => format!("{place} {difference}"),
        AlterationKind::SameNonceAs(other) => format!("this is the same session as {other} (a copied file)"),
    }
}

fn text(graded: &[Graded], colour: bool) -> String {
    let mut text = String::new();
    for one in graded {
        text.push_str(&format!("== {} ==\n", one.file));
        if let Some(sentence) = integrity_sentence(&one.integrity) {
            text.push_str(&format!("{sentence}\n"));
        }
        let heading =
            format!("{} · {} · seed {} · {} mode", one.header.trainee, one.header.scenario, one.header.seed, one.header.mode.name());
        if one.closed() {
            text.push_str(&format!("{heading} · in progress, {} commands\n\n", one.commands));
            continue;
        }
        let status = if one.finished { "" } else { " · not submitted (score so far)" };
        text.push_str(&format!("{heading}{status}\n\n{}\n", one.report.render_text(colour).trim_end()));
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
    let mut text = String::from("file,trainee,scenario,seed,mode,submitted,score,pass_mark,passed,integrity\n");
    for one in graded {
        let closed = one.closed();
        let hidden = |value: String| if closed { String::new() } else { value };
        let fields = [
            one.file.clone(),
            one.header.trainee.clone(),
            one.header.scenario.clone(),
            one.header.seed.to_string(),
            one.header.mode.name().to_string(),
            one.finished.to_string(),
            hidden(one.report.score.to_string()),
            hidden(one.report.pass_mark.to_string()),
            hidden(one.report.passed.to_string()),
            one.integrity.name().to_string(),
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
    /// `verified`, `unverified` or `altered`.
    integrity: &'static str,
    /// For an altered session: the first entry that differs (0 the header)
    /// and why.
    #[serde(skip_serializing_if = "Option::is_none")]
    altered_at: Option<AlteredDocument>,
    /// How many commands the file records.
    commands: usize,
    /// Left out for an exam that has not been submitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<&'a Report>,
}

#[derive(Serialize)]
struct AlteredDocument {
    entry: u32,
    reason: String,
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
                integrity: one.integrity.name(),
                altered_at: match &one.integrity {
                    Integrity::Altered(alteration) => {
                        Some(AlteredDocument { entry: alteration.entry, reason: alteration_text(alteration) })
                    }
                    _ => None,
                },
                commands: one.commands,
                report: (!one.closed()).then_some(&one.report),
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
    for one in graded.iter().filter(|one| !one.closed()) {
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
