//! `tenantdrill validate`: check scenario and procedure files the way the
//! REPL would load them, plus the self-check that the reference solution
//! really solves the scenario.

use super::args::ValidateArgs;
use super::error::CliError;
use super::language::lang;
use super::output::{out, stderr_colour};
use super::scenario::{procedures_for, read_procedure, ron_files};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use tenantdrill::bounded::ReadError;
use tenantdrill::diagnostic::{Diagnostic, Severity, render_all_in};
use tenantdrill::scenario::load::load_file;
use tenantdrill::t;

/// What was found in one file.
struct Checked {
    diagnostics: Vec<Diagnostic>,
    /// File name to text, for rendering the diagnostics' snippets.
    sources: BTreeMap<String, String>,
}

pub(super) fn validate(args: &ValidateArgs) -> Result<ExitCode, CliError> {
    let mut files = Vec::new();
    let mut missing = Vec::new();
    for path in &args.paths {
        if path.is_dir() {
            collect(path, &mut files);
        } else if path.is_file() {
            files.push(path.clone());
        } else {
            let shown = path.display().to_string();
            let error = match std::fs::metadata(path) {
                Err(error) => ReadError::Io { path: shown.clone(), error: (&error).into() },
                Ok(_) => ReadError::NotRegular { path: shown.clone() },
            };
            missing.push(Diagnostic::error(shown, error));
        }
    }
    let colour = stderr_colour();
    let (mut valid, mut invalid, mut errors, mut warnings) = (0_usize, missing.len(), missing.len(), 0_usize);
    if !missing.is_empty() {
        anstream::eprint!("{}", render_all_in(super::language::lang(), &missing, &|_| None, colour));
    }
    for file in &files {
        let checked = if is_procedure_file(file) { check_procedure_file(file) } else { check_scenario_file(file) };
        let file_errors = checked.diagnostics.iter().filter(|diagnostic| diagnostic.severity == Severity::Error).count();
        errors += file_errors;
        warnings += checked.diagnostics.len() - file_errors;
        if file_errors == 0 {
            valid += 1;
        } else {
            invalid += 1;
        }
        if !checked.diagnostics.is_empty() {
            let sources = |name: &str| checked.sources.get(name).cloned();
            anstream::eprint!("{}", render_all_in(super::language::lang(), &checked.diagnostics, &sources, colour));
        }
    }
    let checked = files.len() + missing.len();
    let lang = lang();
    let summary = t!(
        lang,
        "cli-validate-summary",
        files = t!(lang, "cli-validate-files", count = checked),
        valid = t!(lang, "cli-validate-valid", count = valid),
        invalid = t!(lang, "cli-validate-invalid", count = invalid),
        errors = t!(lang, "cli-validate-errors", count = errors),
        warnings = t!(lang, "cli-validate-warnings", count = warnings)
    );
    out(&format!("{summary}\n"))?;
    Ok(if invalid == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Every `.ron` file under `folder`, in sorted order, folders included.
fn collect(folder: &Path, into: &mut Vec<PathBuf>) {
    into.extend(ron_files(folder));
    let Ok(entries) = std::fs::read_dir(folder) else { return };
    let mut folders: Vec<PathBuf> = entries.filter_map(Result::ok).map(|entry| entry.path()).filter(|path| path.is_dir()).collect();
    folders.sort();
    for inner in folders {
        collect(&inner, into);
    }
}

/// Procedure files live in a folder named `procedures`.
fn is_procedure_file(path: &Path) -> bool {
    path.parent().and_then(Path::file_name).is_some_and(|name| name == "procedures")
}

fn check_procedure_file(path: &Path) -> Checked {
    let (_, diagnostics, source) = read_procedure(path);
    Checked { diagnostics, sources: source.map(|source| (path.display().to_string(), source)).into_iter().collect() }
}

/// Loads a scenario with its procedures, then runs the self-check when it
/// loaded: a scenario whose own solution fails is not valid.
fn check_scenario_file(path: &Path) -> Checked {
    let Ok(procedures) = procedures_for(path) else {
        // A broken procedure file next to the scenario is reported when
        // that file is checked; here it only stops the scenario.
        let folder = path.parent().unwrap_or(Path::new("")).join("procedures").display().to_string();
        let cause = tenantdrill::diagnostic::Cause::ProceduresFirst { folder };
        return Checked { diagnostics: vec![Diagnostic::error(path.display().to_string(), cause)], sources: BTreeMap::new() };
    };
    match load_file(path, &procedures) {
        Ok(loaded) => {
            let mut diagnostics = loaded.warnings.clone();
            diagnostics.extend(tenantdrill::selfcheck::run_in(super::language::lang(), &loaded, &procedures));
            Checked { diagnostics, sources: [(loaded.file.clone(), loaded.source.clone())].into_iter().collect() }
        }
        Err(error) => {
            let sources = error.source.clone().map(|source| (error.file.clone(), source)).into_iter().collect();
            Checked { diagnostics: error.diagnostics, sources }
        }
    }
}
