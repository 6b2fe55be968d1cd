//! Reading a scenario file: size and encoding limits, RON parsing with
//! positioned diagnostics, then the semantic checks of [`super::validate`].

use super::library::ProcedureSet;
use super::{Scenario, build, template};
use crate::diagnostic::{Diagnostic, Limits, Severity, parse_ron};
use indexmap::IndexMap;
use sha2::{Digest, Sha256};
use std::path::Path;

/// A scenario file that parsed and passed the semantic checks.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The path or bundled name, as shown in messages.
    pub file: String,
    /// The file's text, as written (placeholders not substituted).
    pub source: String,
    /// The template as parsed.
    pub scenario: Scenario,
    /// SHA-256 of the file's bytes, in hex: sessions record it so a session
    /// is never replayed against a changed scenario.
    pub digest: String,
    /// Problems that do not stop the scenario from running.
    pub warnings: Vec<Diagnostic>,
}

/// Why a file could not be loaded: every problem found, errors first.
#[derive(Debug, Clone)]
pub struct LoadError {
    pub file: String,
    pub source: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadError {
    fn new(file: &str, source: Option<String>, diagnostics: Vec<Diagnostic>) -> Self {
        Self { file: file.to_string(), source, diagnostics }
    }

    /// The diagnostics rendered against the file's text, in `lang`.
    #[must_use]
    pub fn render(&self, lang: crate::i18n::Lang, colour: bool) -> String {
        let source = self.source.clone();
        crate::diagnostic::render_all_in(lang, &self.diagnostics, &|_| source.clone(), colour)
    }
}

/// Reads and checks a scenario file: a regular file of at most the size
/// limit, counted as it is read.
pub fn load_file(path: &Path, procedures: &ProcedureSet) -> Result<Loaded, LoadError> {
    let file = path.display().to_string();
    let limits = Limits::default();
    let bytes = crate::bounded::read_file(path, limits.max_bytes)
        .map_err(|message| LoadError::new(&file, None, vec![Diagnostic::error(&file, message)]))?;
    load_text(&file, &bytes, procedures)
}

/// Parses and checks scenario text.
pub fn load_text(file: &str, bytes: &[u8], procedures: &ProcedureSet) -> Result<Loaded, LoadError> {
    let limits = Limits::default();
    let scenario: Scenario = parse_ron(file, bytes, &limits)
        .map_err(|diagnostics| LoadError::new(file, std::str::from_utf8(bytes).ok().map(str::to_string), diagnostics))?;
    let source = String::from_utf8_lossy(bytes).into_owned();
    let diagnostics = super::validate::check(file, &source, &scenario, procedures);
    let (errors, warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        diagnostics.into_iter().partition(|diagnostic| diagnostic.severity == Severity::Error);
    if !errors.is_empty() {
        let mut all = errors;
        all.extend(warnings);
        return Err(LoadError::new(file, Some(source), all));
    }
    Ok(Loaded { file: file.to_string(), digest: digest(bytes), source, scenario, warnings })
}

/// SHA-256 of `bytes` in lower-case hex.
#[must_use]
pub fn digest(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    Sha256::digest(bytes).iter().fold(String::with_capacity(64), |mut hex, byte| {
        let _ = write!(hex, "{byte:02x}");
        hex
    })
}

impl Loaded {
    /// The values the seed picks for the scenario's variables.
    #[must_use]
    pub fn choices(&self, seed: u64) -> IndexMap<String, String> {
        template::choose(&self.scenario.variables, seed)
    }

    /// The scenario with the seed's variations filled in.
    pub fn instantiate(&self, seed: u64) -> Result<Scenario, LoadError> {
        if self.scenario.variables.is_empty() {
            return Ok(self.scenario.clone());
        }
        let text = template::substitute(&self.source, &self.choices(seed));
        let label = format!("{} (seed {seed})", self.file);
        parse_ron(&label, text.as_bytes(), &Limits::default()).map_err(|diagnostics| LoadError::new(&label, Some(text), diagnostics))
    }

    /// The scenario for `seed`, built and ready at its start.
    pub fn build(&self, seed: u64) -> Result<(Scenario, build::Built), LoadError> {
        let scenario = self.instantiate(seed)?;
        match build::build(&scenario, seed) {
            Ok(built) => Ok((scenario, built)),
            Err(problem) => Err(LoadError::new(
                &self.file,
                None,
                vec![Diagnostic::error(&self.file, crate::diagnostic::Cause::Build { seed, problem: Box::new(problem) })],
            )),
        }
    }
}
