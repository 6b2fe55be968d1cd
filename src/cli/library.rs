//! `tenantdrill list` and `tenantdrill procedure`: what is bundled.

use super::args::{ListArgs, ListFormat, ProcedureArgs};
use super::error::CliError;
use super::output::{out, stderr_colour};
use super::scenario::{bundled_procedures, read_procedure};
use std::path::Path;
use std::process::ExitCode;
use tenantdrill::diagnostic::{self, Limits, render_all};
use tenantdrill::procedure::{Order, Procedure, StepKind};
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

/// A procedure as a trainee reads it: numbered steps, each with what to
/// do, why, and the rules around it.
#[must_use]
pub fn render_procedure(procedure: &Procedure) -> String {
    let mut text = format!("{} ({})\n", procedure.title, procedure.id);
    text.push_str(&format!("Source: {}", procedure.source.article));
    if let Some(url) = &procedure.source.url {
        text.push_str(&format!(" <{url}>"));
    }
    text.push('\n');
    if !procedure.summary.trim().is_empty() {
        text.push_str(&format!("\n{}\n", procedure.summary.trim()));
    }
    for (number, step) in procedure.steps.iter().enumerate() {
        let kind = match step.kind {
            StepKind::Required => "required",
            StepKind::Recommended => "recommended",
            StepKind::Optional => "optional",
        };
        let points = step.points_for(step.kind);
        text.push_str(&format!(
            "\n{}. {} [{kind}, {points} {}]\n",
            number + 1,
            step.instruction.trim(),
            if points == 1 { "point" } else { "points" }
        ));
        text.push_str(&format!("   Why: {}\n", step.why.trim()));
        let orders: Vec<String> = step.order.iter().map(order_text).collect();
        if !orders.is_empty() {
            text.push_str(&format!("   When: {}\n", orders.join("; ")));
        }
        for forbidden in &step.forbids {
            text.push_str(&format!("   Don't: {} (-{} points)\n", forbidden.reason.trim(), forbidden.points.unwrap_or(15)));
        }
    }
    if !procedure.harm.is_empty() {
        text.push_str("\nCollateral damage that costs points:\n");
        for harm in &procedure.harm {
            text.push_str(&format!("- {} (-{} points)\n", harm.reason.trim(), harm.points.unwrap_or(10)));
        }
    }
    text
}

fn order_text(order: &Order) -> String {
    match order {
        Order::First => "first, before any other change".to_string(),
        Order::Before(step) => format!("before `{step}`"),
        Order::After(step) => format!("after `{step}`"),
        Order::Within(duration) => format!("within {duration} of the start"),
    }
}
