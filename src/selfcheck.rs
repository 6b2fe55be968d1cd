//! The validator's self-check: a scenario is only valid if its reference
//! solution really solves it, with full marks, for the default seed and
//! many others, and if doing nothing does not pass.
//!
//! This is what keeps seed variations honest: a variation that makes the
//! scenario unsolvable (or the solution wrong for it) is reported with the
//! seed that shows it.

use crate::diagnostic::{Cause, Diagnostic, SelfCheck, locate_field};
use crate::drill::{Drill, Mode};
use crate::i18n::Lang;
use crate::scenario::library::ProcedureSet;
use crate::scenario::load::Loaded;

/// Seeds checked besides the scenario's own.
pub(crate) const OTHER_SEEDS: u64 = 20;

/// The seeds the self-check runs: the default, then 20 others.
#[must_use]
pub fn seeds(default: u64) -> Vec<u64> {
    let mut seeds = vec![default];
    seeds.extend((1..=OTHER_SEEDS).map(|offset| default.wrapping_add(offset.wrapping_mul(7_919))));
    seeds
}

/// Runs the reference solution for every seed and the untouched start for
/// the default seed. Returns the problems found (empty when all is well),
/// in English.
#[must_use]
pub fn run(loaded: &Loaded, procedures: &ProcedureSet) -> Vec<Diagnostic> {
    run_in(Lang::En, loaded, procedures)
}

/// [`run`], with the problems written in `lang`.
#[must_use]
pub fn run_in(lang: Lang, loaded: &Loaded, procedures: &ProcedureSet) -> Vec<Diagnostic> {
    let solution_span = locate_field(&loaded.source, "solution", 0);
    let at = |diagnostic: Diagnostic| match solution_span {
        Some(span) => diagnostic.at(span),
        None => diagnostic,
    };
    let mut problems = Vec::new();
    for seed in seeds(loaded.scenario.seed) {
        if let Some(problem) = check_seed(lang, loaded, procedures, seed) {
            problems.push(at(Diagnostic::error(&loaded.file, Cause::SelfCheck(problem))));
            // One failing seed usually means the same mistake everywhere.
            break;
        }
    }
    match Drill::new(loaded, procedures, loaded.scenario.seed, Mode::Exam) {
        Ok(drill) => {
            let report = drill.report_in(lang);
            if report.passed {
                let problem = SelfCheck::NothingPasses { score: report.score };
                problems.push(at(Diagnostic::error(&loaded.file, Cause::SelfCheck(problem))));
            }
        }
        Err(error) => problems.extend(error.diagnostics),
    }
    problems
}

fn check_seed(lang: Lang, loaded: &Loaded, procedures: &ProcedureSet, seed: u64) -> Option<SelfCheck> {
    let mut drill = match Drill::new(loaded, procedures, seed, Mode::Exam) {
        Ok(drill) => drill.with_lang(lang),
        Err(error) => {
            let problem = error.diagnostics.into_iter().next().map(|diagnostic| Box::new(diagnostic.cause));
            return Some(SelfCheck::DoesNotBuild { seed, problem });
        }
    };
    let solution = drill.scenario().solution.clone();
    for line in &solution {
        let reply = drill.execute(line);
        if reply.error {
            return Some(SelfCheck::CommandFailed { seed, line: line.clone(), output: reply.output.trim().to_string() });
        }
        if drill.is_finished() {
            return Some(SelfCheck::TimeRanOut { seed, line: line.clone() });
        }
    }
    let report = drill.report();
    if report.score < 100 {
        return Some(SelfCheck::NotFullMarks { seed, score: report.score, shortfall: report.shortfall() });
    }
    None
}
