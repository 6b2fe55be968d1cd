//! Finding what a scenario argument names: a bundled id, or a path to a
//! scenario file with the procedures it may use.

use super::error::CliError;
use super::language::lang;
use super::output::stderr_colour;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tenantdrill::diagnostic::{self, Diagnostic, Limits, has_errors, render_all_in};
use tenantdrill::procedure::Procedure;
use tenantdrill::scenario::library::{self, ProcedureSet};
use tenantdrill::scenario::load::{Loaded, load_file, load_text};
use tenantdrill::scenario::validate::check_procedure;
use tenantdrill::t;

/// A scenario ready to build drills from.
#[derive(Debug, Clone)]
pub(super) struct Resolved {
    pub loaded: Loaded,
    pub procedures: ProcedureSet,
}

/// Loads the scenario `argument` names.
///
/// A bundled id wins over a file of the same name in the current folder,
/// so `play locked-out` means the same everywhere. Anything else must be a
/// file; a word that is neither gets a "did you mean".
pub(super) fn resolve(argument: &str) -> Result<Resolved, CliError> {
    if let Some(bundled) = library::scenario(argument) {
        let procedures = bundled_procedures()?;
        let loaded = load_text(bundled.path, bundled.text.as_bytes(), &procedures)
            .map_err(|error| CliError::rendered(error.render(lang(), stderr_colour())))?;
        return Ok(Resolved { loaded, procedures });
    }
    let path = Path::new(argument);
    if !path.exists() {
        let ids = library::SCENARIOS.iter().map(|bundled| bundled.id);
        let suggestion =
            diagnostic::did_you_mean(argument, ids).map(|id| format!(" {}", t!(lang(), "cli-did-you-mean", id = id))).unwrap_or_default();
        return Err(CliError::usage(format!("{}{suggestion}", t!(lang(), "cli-no-such-scenario", argument = argument))));
    }
    let procedures = procedures_for(path)?;
    let loaded = load_file(path, &procedures).map_err(|error| CliError::rendered(error.render(lang(), stderr_colour())))?;
    Ok(Resolved { loaded, procedures })
}

/// How a session file names the scenario: a bundled id as it is, a file by
/// its absolute path, so `grade` and `play --resume` find it from any folder.
pub(super) fn session_source(argument: &str) -> String {
    if library::scenario(argument).is_some() {
        return argument.to_string();
    }
    std::fs::canonicalize(argument).map_or_else(|_| argument.to_string(), |path| path.display().to_string())
}

/// Scenario files the instructor named for grading (`grade --scenario
/// FILE`, `grade --scenarios DIR`), known by the SHA-256 of their bytes: a
/// session is matched to one by the digest in its header, wherever the
/// file lives now. Only these files and the bundled scenarios are ever
/// read for a session: the path a session file names is never opened.
#[derive(Debug, Default)]
pub(super) struct Named {
    /// Digest to path; a file is loaded only when a session needs it.
    by_digest: BTreeMap<String, PathBuf>,
}

impl Named {
    /// Reads the files and folders given: every `.ron` file directly in a
    /// folder. A file that cannot be read is an error; in a folder, files
    /// that are not scenarios (procedures) simply never match.
    pub(super) fn new(files: &[PathBuf], folders: &[PathBuf]) -> Result<Self, CliError> {
        let mut named = Self::default();
        let limit = Limits::default().max_bytes;
        for file in files {
            let bytes = read_limited(file, limit).map_err(|error| read_failed(&error))?;
            named.by_digest.entry(tenantdrill::scenario::load::digest(&bytes)).or_insert_with(|| file.clone());
        }
        for folder in folders {
            if !folder.is_dir() {
                return Err(CliError::check(t!(lang(), "cli-not-a-folder", path = folder.display().to_string())));
            }
            for file in ron_files(folder) {
                if let Ok(bytes) = read_limited(&file, limit) {
                    named.by_digest.entry(tenantdrill::scenario::load::digest(&bytes)).or_insert(file);
                }
            }
        }
        Ok(named)
    }

    /// The instructor's file with this digest, if one was named.
    pub(super) fn path(&self, digest: &str) -> Option<&Path> {
        self.by_digest.get(digest).map(PathBuf::as_path)
    }
}

/// Where a session's scenario comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Recorded {
    /// A file the instructor named, matched by digest.
    Named(PathBuf),
    /// The bundled scenario of the session's id.
    Bundled(String),
}

/// Finds the scenario of a session recorded against `id` with `digest`:
/// a file the instructor named with the same digest, else the bundled
/// scenario of that id (whose digest the caller still checks, so a changed
/// scenario is refused). The session's own `source` is never used.
pub(super) fn find_recorded(id: &str, digest: &str, named: &Named) -> Result<Recorded, CliError> {
    if let Some(path) = named.path(digest) {
        return Ok(Recorded::Named(path.to_path_buf()));
    }
    if library::scenario(id).is_some() {
        return Ok(Recorded::Bundled(id.to_string()));
    }
    Err(CliError::check(t!(lang(), "cli-scenario-not-found", id = id, digest = digest.get(..12).unwrap_or(digest))))
}

/// Loads what [`find_recorded`] found.
pub(super) fn load_recorded(recorded: &Recorded) -> Result<Resolved, CliError> {
    match recorded {
        Recorded::Named(path) => {
            let procedures = procedures_for(path)?;
            let loaded = load_file(path, &procedures).map_err(|error| CliError::rendered(error.render(lang(), stderr_colour())))?;
            Ok(Resolved { loaded, procedures })
        }
        Recorded::Bundled(id) => resolve(id),
    }
}

/// The bundled procedures. They are checked by the test suite, so a
/// failure is a broken build, reported like any file's errors.
pub(super) fn bundled_procedures() -> Result<ProcedureSet, CliError> {
    library::bundled_procedures().map_err(|diagnostics| {
        let sources = |file: &str| library::PROCEDURES.iter().find(|bundled| bundled.path == file).map(|bundled| bundled.text.to_string());
        CliError::rendered(render_all_in(super::language::lang(), &diagnostics, &sources, stderr_colour()))
    })
}

/// The procedures a scenario file may use: the bundled ones, and the files
/// in a `procedures` folder next to it, which replace bundled ones of the
/// same id (an organisation's own runbook).
pub(super) fn procedures_for(scenario: &Path) -> Result<ProcedureSet, CliError> {
    let mut set = bundled_procedures()?;
    let (local, problems, sources) = local_procedures(scenario);
    if has_errors(&problems) {
        let source = |file: &str| sources.get(file).cloned();
        return Err(CliError::rendered(render_all_in(super::language::lang(), &problems, &source, stderr_colour())));
    }
    for procedure in local {
        set.insert(procedure.id.clone(), procedure);
    }
    Ok(set)
}

/// The procedure files next to `scenario`, parsed and checked: the
/// procedures, every problem found, and the files' texts for rendering.
pub(super) fn local_procedures(scenario: &Path) -> (Vec<Procedure>, Vec<Diagnostic>, BTreeMap<String, String>) {
    let folder = scenario.parent().unwrap_or(Path::new("")).join("procedures");
    let mut procedures = Vec::new();
    let mut problems = Vec::new();
    let mut sources = BTreeMap::new();
    for path in ron_files(&folder) {
        let (procedure, mut found, source) = read_procedure(&path);
        problems.append(&mut found);
        if let Some(source) = source {
            sources.insert(path.display().to_string(), source);
        }
        procedures.extend(procedure);
    }
    (procedures, problems, sources)
}

/// Reads and checks one procedure file: the procedure when it parsed, the
/// problems, and the text.
pub(super) fn read_procedure(path: &Path) -> (Option<Procedure>, Vec<Diagnostic>, Option<String>) {
    let file = path.display().to_string();
    let limits = Limits::default();
    let bytes = match read_limited(path, limits.max_bytes) {
        Ok(bytes) => bytes,
        Err(error) => return (None, vec![Diagnostic::error(&file, error)], None),
    };
    let source = String::from_utf8_lossy(&bytes).into_owned();
    match diagnostic::parse_ron::<Procedure>(&file, &bytes, &limits) {
        Ok(procedure) => {
            let problems = check_procedure(&file, &source, &procedure);
            (Some(procedure), problems, Some(source))
        }
        Err(problems) => (None, problems, Some(source)),
    }
}

/// The `.ron` files directly in `folder`, sorted so output never depends on
/// the order the file system lists them in.
pub(super) fn ron_files(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(folder) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|extension| extension == "ron"))
        .collect();
    files.sort();
    files
}

/// Reads a regular file of at most `max_bytes`, counted as it is read.
pub(super) fn read_limited(path: &Path, max_bytes: usize) -> Result<Vec<u8>, tenantdrill::bounded::ReadError> {
    tenantdrill::bounded::read_file(path, max_bytes)
}

/// An input/output error in the chosen language.
pub(super) fn plain_io_error(error: &std::io::Error) -> String {
    tenantdrill::present::io_error(lang(), error)
}

/// A file that could not be read, as a failed check in the chosen language.
pub(super) fn read_failed(error: &tenantdrill::bounded::ReadError) -> CliError {
    CliError::check(tenantdrill::present::read_error(lang(), error))
}
