//! `tenantdrill list` and `tenantdrill procedure`: what is bundled.

use super::args::{ListArgs, ListFormat, ProcedureArgs};
use super::error::CliError;
use super::output::{out, stderr_colour};
use super::scenario::{bundled_procedures, read_procedure};
use std::path::Path;
use std::process::ExitCode;
use tenantdrill::diagnostic::{self, Limits, render_all};
use tenantdrill::procedure::Procedure;
use tenantdrill::scenario::Scenario;
use tenantdrill::scenario::library::{PROCEDURES, SCENARIOS};

/// Lists the bundled scenarios, easiest first, as the library orders them.
pub fn list(args: &ListArgs) -> Result<ExitCode, CliError> {
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
                        "title": scenario.title,
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
    let id_width = scenarios.iter().map(|scenario| scenario.id.len()).max().unwrap_or(0).max("ID".len());
    let mut text = format!("{:<id_width$}  {:<12}  {:>7}  TITLE\n", "ID", "DIFFICULTY", "MINUTES");
    for scenario in scenarios {
        text.push_str(&format!(
            "{:<id_width$}  {:<12}  {:>7}  {}\n",
            scenario.id,
            scenario.difficulty.name(),
            scenario.estimated_minutes,
            scenario.title
        ));
    }
    text
}

/// Prints a procedure's steps: a bundled id, or a procedure file.
pub fn procedure(args: &ProcedureArgs) -> Result<ExitCode, CliError> {
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
    let suggestion = diagnostic::did_you_mean(id, ids.iter().copied()).map(|id| format!(" Did you mean '{id}'?")).unwrap_or_default();
    Err(CliError::usage(format!("there is no procedure '{id}' (bundled: {}).{suggestion}", ids.join(", "))))
}

/// A procedure as a trainee reads it (the library's rendering).
#[must_use]
pub fn render_procedure(procedure: &Procedure) -> String {
    tenantdrill::procedure::render::render_text(procedure, super::language::lang())
}
