//! `tenantdrill list` and `tenantdrill procedure`: what is bundled.

use super::args::{ListArgs, ListFormat, ProcedureArgs};
use super::error::CliError;
use super::language::lang;
use super::output::{out, stderr_colour};
use super::scenario::{bundled_procedures, read_procedure};
use std::path::Path;
use std::process::ExitCode;
use tenantdrill::diagnostic::{self, Limits, render_all};
use tenantdrill::i18n::Lang;
use tenantdrill::procedure::Procedure;
use tenantdrill::scenario::library::{PROCEDURES, SCENARIOS};
use tenantdrill::scenario::{Difficulty, Scenario};
use tenantdrill::t;

/// Lists the bundled scenarios, easiest first, as the library orders them.
pub(super) fn list(args: &ListArgs) -> Result<ExitCode, CliError> {
    let mut scenarios = Vec::new();
    for bundled in SCENARIOS {
        // Listing needs only the header fields, so parse without the
        // semantic checks: a listing is never slower than the files are big.
        let scenario: Scenario =
            diagnostic::parse_ron(bundled.path, bundled.text.as_bytes(), &Limits::default()).map_err(|diagnostics| {
                let sources = |_: &str| Some(bundled.text.to_string());
                CliError::rendered(render_all(&diagnostics, &sources, stderr_colour()))
            })?;
        scenarios.push(scenario);
    }
    let text = match args.format {
        ListFormat::Text => list_text(&scenarios),
        ListFormat::Json => {
            let entries: Vec<serde_json::Value> = scenarios
                .iter()
                .map(|scenario| {
                    serde_json::json!({
                        "id": scenario.id,
                        "title": scenario.title.get(super::language::lang()),
                        "difficulty": scenario.difficulty.name(),
                        "minutes": scenario.estimated_minutes,
                        "tags": scenario.tags,
                    })
                })
                .collect();
            format!("{}\n", serde_json::to_string_pretty(&entries).unwrap_or_default())
        }
    };
    out(&text)?;
    Ok(ExitCode::SUCCESS)
}

fn list_text(scenarios: &[Scenario]) -> String {
    let lang = lang();
    let (id, difficulty, minutes, title) =
        (t!(lang, "cli-list-id"), t!(lang, "cli-list-difficulty"), t!(lang, "cli-list-minutes"), t!(lang, "cli-list-title"));
    let names: Vec<String> = scenarios.iter().map(|scenario| difficulty_name(lang, scenario.difficulty)).collect();
    let width = |text: &str| text.chars().count();
    let id_width = scenarios.iter().map(|scenario| width(&scenario.id)).max().unwrap_or(0).max(width(&id));
    let difficulty_width = names.iter().map(|name| width(name)).max().unwrap_or(0).max(width(&difficulty)).max(12);
    let minutes_width = width(&minutes).max(7);
    let pad = |text: &str, to: usize| format!("{text}{}", " ".repeat(to.saturating_sub(width(text))));
    let mut text = format!("{}  {}  {minutes:>minutes_width$}  {title}\n", pad(&id, id_width), pad(&difficulty, difficulty_width));
    for (scenario, name) in scenarios.iter().zip(&names) {
        text.push_str(&format!(
            "{}  {}  {:>minutes_width$}  {}\n",
            pad(&scenario.id, id_width),
            pad(name, difficulty_width),
            scenario.estimated_minutes,
            scenario.title.get(super::language::lang())
        ));
    }
    text
}

/// A scenario's difficulty as `list` names it.
fn difficulty_name(lang: Lang, difficulty: Difficulty) -> String {
    match difficulty {
        Difficulty::Beginner => t!(lang, "cli-difficulty-beginner"),
        Difficulty::Intermediate => t!(lang, "cli-difficulty-intermediate"),
        Difficulty::Advanced => t!(lang, "cli-difficulty-advanced"),
    }
}

/// Prints a procedure's steps: a bundled id, or a procedure file.
pub(super) fn procedure(args: &ProcedureArgs) -> Result<ExitCode, CliError> {
    let procedure = find_procedure(&args.id)?;
    out(&render_procedure(&procedure))?;
    Ok(ExitCode::SUCCESS)
}

fn find_procedure(id: &str) -> Result<Procedure, CliError> {
    let bundled = bundled_procedures()?;
    if let Some(procedure) = bundled.get(id) {
        return Ok(procedure.clone());
    }
    let path = Path::new(id);
    if path.is_file() {
        let (procedure, problems, source) = read_procedure(path);
        let errors = diagnostic::has_errors(&problems);
        return match procedure {
            Some(procedure) if !errors => Ok(procedure),
            _ => {
                let sources = |_: &str| source.clone();
                Err(CliError::rendered(render_all(&problems, &sources, stderr_colour())))
            }
        };
    }
    let ids: Vec<&str> = PROCEDURES.iter().map(|bundled| bundled.id).collect();
    let suggestion = diagnostic::did_you_mean(id, ids.iter().copied())
        .map(|id| format!(" {}", t!(lang(), "cli-did-you-mean", id = id)))
        .unwrap_or_default();
    Err(CliError::usage(format!("{}{suggestion}", t!(lang(), "cli-no-such-procedure", id = id, bundled = ids.join(", ")))))
}

/// A procedure as a trainee reads it (the library's rendering).
#[must_use]
pub(super) fn render_procedure(procedure: &Procedure) -> String {
    tenantdrill::procedure::render::render_text(procedure, super::language::lang())
}
