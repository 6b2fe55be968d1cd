//! `tenantdrill grade`: re-score saved sessions by replaying them, and for
//! a class, say per scenario how many passed and which steps were missed,
//! as text, JSON, CSV, a gradebook import, xAPI statements or HTML.

use super::args::{GradeArgs, GradeFormat};
use super::error::CliError;
use super::files::{read_session, session_files};
use super::language::lang;
use super::output::{note, out, stdout_colour, warn};
use super::scenario::{Named, Recorded, Resolved, find_recorded, load_recorded};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;
use tenantdrill::class::{self, Class, GradedSession, InProgress, Integrity, Ungraded, summaries};
use tenantdrill::clock::SimTime;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::scoring::Report;
use tenantdrill::session::{self, Alteration, AlterationKind};
use tenantdrill::t;

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

/// One file, graded: a session with its report, or an exam not yet
/// submitted, which shows only its progress.
enum Graded {
    Session(Box<GradedSession>, String),
    InProgress(InProgress, String),
}

pub(super) fn grade(args: &GradeArgs) -> Result<ExitCode, CliError> {
    let mut cache = Cache { named: Named::new(&args.scenario_files, &args.scenario_folders)?, ..Cache::default() };
    let mut class = Class::default();
    let files = session_files(&args.paths, &mut class.ungraded)?;
    if files.is_empty() && class.ungraded.is_empty() {
        let named: Vec<String> = args.paths.iter().map(|path| path.display().to_string()).collect();
        return Err(CliError::check(t!(lang(), "cli-grade-no-files", paths = named.join(", "))));
    }
    let (mut nonces, mut in_progress_nonces) = (Vec::new(), Vec::new());
    for path in files {
        match grade_one(&path, &mut cache) {
            Ok(Graded::Session(one, nonce)) => {
                nonces.push(nonce);
                class.sessions.push(*one);
            }
            Ok(Graded::InProgress(one, nonce)) => {
                in_progress_nonces.push(nonce);
                class.in_progress.push(one);
            }
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
    mark_copies(&mut class, &nonces, &in_progress_nonces);
    let altered = class
        .sessions
        .iter()
        .map(|one| &one.integrity)
        .chain(class.in_progress.iter().map(|one| &one.integrity))
        .any(|integrity| matches!(integrity, Integrity::Altered(_)));
    if !class.in_progress.is_empty() && !matches!(args.format, GradeFormat::Text | GradeFormat::Json | GradeFormat::Csv | GradeFormat::Html)
    {
        note(&t!(lang(), "cli-grade-in-progress-left-out", count = class.in_progress.len()));
    }
    let text = match args.format {
        GradeFormat::Text => text(&class, stdout_colour()),
        GradeFormat::Csv => class::csv::sessions_csv(&class, crate::cli::language::lang()),
        GradeFormat::GradebookCsv => {
            let (csv, unmatched) = class::csv::gradebook_csv(&class, crate::cli::language::lang());
            for trainee in unmatched {
                warn(&t!(lang(), "cli-grade-not-an-email", trainee = &trainee));
            }
            csv
        }
        GradeFormat::Json => json(&class),
        GradeFormat::Xapi => class::xapi::statements_json(&class, crate::cli::language::lang()),
        GradeFormat::Html => class::html::class_page(&class, crate::cli::language::lang()),
    };
    out(&text)?;
    if !class.ungraded.is_empty() {
        note(&t!(lang(), "cli-grade-ungraded", count = class.ungraded.len()));
    }
    if altered {
        note(&t!(lang(), "cli-grade-altered"));
    }
    Ok(if class.ungraded.is_empty() && !altered { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Replays one file through a fresh drill. Scenarios are loaded once per
/// digest, so grading a class does not re-read the same file for everyone.
/// Returns the graded file and its nonce (for finding copies).
fn grade_one(path: &Path, cache: &mut Cache) -> Result<Graded, CliError> {
    let scenarios = &mut cache.scenarios;
    let file = path.display().to_string();
    let mut parsed = read_session(path).map_err(|error| CliError::check(error.render(lang())))?;
    let changed_mode = session::original_header(&parsed);
    if let Some(original) = &changed_mode {
        warn(&t!(lang(), "cli-grade-mode-changed", file = &file, mode = tenantdrill::drill::mode_name(lang(), original.mode)));
        parsed.header.mode = original.mode;
    }
    for warning in &parsed.warnings {
        warn(&tenantdrill::present::session::warning(lang(), warning));
    }
    let source = find_recorded(&parsed.header.scenario, &parsed.header.digest, &cache.named)
        .map_err(|error| CliError { message: format!("{file}: {}", error.message), ..error })?;
    if !scenarios.contains_key(&source) {
        let resolved = load_recorded(&source).map_err(|error| CliError { message: format!("{file}: {}", error.message), ..error })?;
        scenarios.insert(source.clone(), resolved);
    }
    let resolved = &scenarios[&source];
    let failed = |error: session::SessionError| CliError::check(error.render(lang()));
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
        warn(&tenantdrill::present::session::warning(lang(), warning));
    }
    let integrity = match changed_mode {
        Some(_) => Integrity::Altered(Alteration { entry: 0, kind: AlterationKind::ChainBroken }),
        None => replayed.integrity(&parsed),
    };
    let nonce = parsed.header.nonce.clone();
    let submitted = replayed.drill.is_finished();
    if parsed.header.mode == Mode::Exam && !submitted {
        // An exam not yet submitted shows nothing but its progress: no
        // score, no missed steps, no residue.
        return Ok(Graded::InProgress(
            InProgress {
                file,
                trainee: parsed.header.trainee,
                scenario: parsed.header.scenario,
                seed: parsed.header.seed,
                mode: parsed.header.mode,
                commands: parsed.entries.len(),
                integrity,
            },
            nonce,
        ));
    }
    let started_utc = parsed.header.started_utc.as_deref().and_then(SimTime::parse_rfc3339);
    let ended_utc = parsed.entries.iter().rev().find_map(|(_, entry)| entry.wall.as_deref().and_then(SimTime::parse_rfc3339));
    Ok(Graded::Session(
        Box::new(GradedSession {
            file,
            trainee: parsed.header.trainee,
            mode: parsed.header.mode,
            submitted,
            started_utc,
            ended_utc: ended_utc.or(started_utc),
            integrity,
            // The session replays in its header's language (the digests were
            // made in it); the report is for the instructor, in
            // `language::lang()`: this is where the scorer's report is made.
            report: replayed.drill.report_in(super::language::lang()),
        }),
        nonce,
    ))
}

/// Two files with the same nonce are one session twice: each is marked
/// altered, naming the other. `nonces` and `in_progress_nonces` are the
/// nonces of `class.sessions` and `class.in_progress`, in order.
fn mark_copies(class: &mut Class, nonces: &[String], in_progress_nonces: &[String]) {
    let files: Vec<String> =
        class.sessions.iter().map(|one| one.file.clone()).chain(class.in_progress.iter().map(|one| one.file.clone())).collect();
    let mut by_nonce: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, nonce) in nonces.iter().chain(in_progress_nonces).enumerate() {
        if !nonce.is_empty() {
            by_nonce.entry(nonce.as_str()).or_default().push(index);
        }
    }
    let sessions = class.sessions.len();
    for indexes in by_nonce.values().filter(|indexes| indexes.len() > 1) {
        for &index in indexes {
            let other = indexes.iter().find(|&&other| other != index).map_or(String::new(), |&other| files[other].clone());
            let integrity =
                if index < sessions { &mut class.sessions[index].integrity } else { &mut class.in_progress[index - sessions].integrity };
            if !matches!(integrity, Integrity::Altered(_)) {
                *integrity = Integrity::Altered(Alteration { entry: 0, kind: AlterationKind::SameNonceAs(other) });
            }
        }
    }
}

/// The integrity verdict in one sentence, for the text report's first line.
fn integrity_sentence(integrity: &Integrity) -> Option<String> {
    match integrity {
        Integrity::Verified => None,
        Integrity::Unverified => Some(t!(lang(), "cli-grade-integrity-unverified")),
        Integrity::Altered(alteration) => Some(t!(lang(), "cli-grade-integrity-altered", reason = alteration_text(alteration))),
    }
}

fn alteration_text(alteration: &Alteration) -> String {
    let lang = lang();
    let place = if alteration.entry == 0 {
        t!(lang, "cli-grade-place-header")
    } else {
        t!(lang, "cli-grade-place-command", entry = alteration.entry)
    };
    match &alteration.kind {
        AlterationKind::ChainBroken => t!(lang, "cli-grade-altered-chain", place = place),
        AlterationKind::NotSealed => t!(lang, "cli-grade-altered-not-sealed", place = place),
        AlterationKind::ReplayDiffers(difference) => {
            t!(lang, "cli-grade-altered-replay", place = place, difference = tenantdrill::present::session::difference(lang, difference))
        }
        AlterationKind::SameNonceAs(other) => t!(lang, "cli-grade-altered-copy", other = other),
    }
}

fn text(class: &Class, colour: bool) -> String {
    let lang = lang();
    let mut text = String::new();
    for one in &class.sessions {
        text.push_str(&format!("== {} ==\n", one.file));
        if let Some(sentence) = integrity_sentence(&one.integrity) {
            text.push_str(&format!("{sentence}\n"));
        }
        let mut line = t!(
            lang,
            "cli-grade-session",
            trainee = &one.trainee,
            scenario = &one.report.scenario,
            seed = one.report.seed,
            mode = tenantdrill::drill::mode_name(lang, one.mode)
        );
        if !one.submitted {
            line.push_str(" · ");
            line.push_str(&t!(lang, "cli-grade-not-submitted"));
        }
        text.push_str(&format!("{line}\n\n{}\n", one.report.render_text(colour).trim_end()));
        text.push('\n');
    }
    for one in &class.in_progress {
        text.push_str(&format!("== {} ==\n", one.file));
        if let Some(sentence) = integrity_sentence(&one.integrity) {
            text.push_str(&format!("{sentence}\n"));
        }
        let line = t!(
            lang,
            "cli-grade-session",
            trainee = &one.trainee,
            scenario = &one.scenario,
            seed = one.seed,
            mode = tenantdrill::drill::mode_name(lang, one.mode)
        );
        text.push_str(&format!("{line} · {}\n\n", t!(lang, "cli-grade-in-progress", count = one.commands)));
    }
    if class.sessions.len() > 1 {
        text.push_str(&class::summary_text(&summaries(&class.sessions), crate::cli::language::lang()));
    }
    if !class.ungraded.is_empty() {
        text.push_str(&format!("== {} ==\n", t!(lang, "cli-grade-not-graded")));
        for one in &class.ungraded {
            text.push_str(&format!("{}: {}\n", one.file, one.reason));
        }
    }
    text
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
    /// `verified`, `unverified` or `altered`.
    integrity: &'static str,
    /// For an altered session: the first entry that differs (0 the header)
    /// and why.
    #[serde(skip_serializing_if = "Option::is_none")]
    altered_at: Option<AlteredDocument>,
    /// For an exam not yet submitted: how many commands the file records
    /// (the report says how many a graded session has).
    #[serde(skip_serializing_if = "Option::is_none")]
    commands: Option<usize>,
    /// Left out for an exam that has not been submitted.
    #[serde(skip_serializing_if = "Option::is_none")]
    report: Option<&'a Report>,
}

#[derive(Serialize)]
struct AlteredDocument {
    entry: u32,
    reason: String,
}

fn altered_at(integrity: &Integrity) -> Option<AlteredDocument> {
    match integrity {
        Integrity::Altered(alteration) => Some(AlteredDocument { entry: alteration.entry, reason: alteration_text(alteration) }),
        _ => None,
    }
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
                altered_at: altered_at(&one.integrity),
                commands: None,
                report: Some(&one.report),
            })
            .chain(class.in_progress.iter().map(|one| SessionDocument {
                file: &one.file,
                trainee: &one.trainee,
                scenario: &one.scenario,
                seed: one.seed,
                mode: one.mode.name(),
                submitted: false,
                started_utc: None,
                ended_utc: None,
                integrity: one.integrity.name(),
                altered_at: altered_at(&one.integrity),
                commands: Some(one.commands),
                report: None,
            }))
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
