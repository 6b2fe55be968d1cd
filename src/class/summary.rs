//! The class summary: per scenario, how many tried and passed, how scores
//! and times to containment spread, and what was most often missed.

use super::GradedSession;
use crate::i18n::Lang;
use crate::scoring::{StepStatus, ViolationKind};
use crate::t;
use std::collections::BTreeMap;

/// The summary names at most this many missed steps and violations per
/// scenario.
pub(crate) const MOST_OFTEN: usize = 5;

/// How values spread: the smallest, the quartiles, the median and the
/// largest (nearest rank; the median of an even count is the lower middle
/// value, so every figure is one that occurred).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spread {
    pub min: u64,
    pub lower_quartile: u64,
    pub median: u64,
    pub upper_quartile: u64,
    pub max: u64,
}

impl Spread {
    /// `None` for no values.
    #[must_use]
    pub(crate) fn of(values: &[u64]) -> Option<Self> {
        let mut sorted = values.to_vec();
        sorted.sort_unstable();
        let last = sorted.len().checked_sub(1)?;
        let at = |quarter: usize| sorted[last * quarter / 4];
        Some(Self { min: sorted[0], lower_quartile: at(1), median: at(2), upper_quartile: at(3), max: sorted[last] })
    }
}

/// One scenario's results across a class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub scenario: String,
    pub title: String,
    pub pass_mark: u32,
    pub attempts: usize,
    pub passed: usize,
    pub score: Option<Spread>,
    /// Sessions that contained the incident, and their times in seconds.
    pub contained: usize,
    pub time_to_containment_s: Option<Spread>,
    /// `procedure/step`, and how many sessions missed it; most first.
    pub missed: Vec<(String, usize)>,
    /// A violation's kind and what it was about (its step, or its message
    /// when it names none), and how many sessions had it; most first.
    pub violations: Vec<(ViolationKind, String, usize)>,
}

impl Summary {
    #[must_use]
    pub fn pass_rate_percent(&self) -> usize {
        (self.passed * 100).checked_div(self.attempts).unwrap_or(0)
    }
}

/// One summary per scenario, in scenario id order.
#[must_use]
pub fn summaries(sessions: &[GradedSession]) -> Vec<Summary> {
    let mut by_scenario: BTreeMap<&str, Vec<&GradedSession>> = BTreeMap::new();
    for one in sessions {
        by_scenario.entry(one.report.scenario.as_str()).or_default().push(one);
    }
    by_scenario.into_iter().map(|(scenario, sessions)| summary(scenario, &sessions)).collect()
}

fn summary(scenario: &str, sessions: &[&GradedSession]) -> Summary {
    let mut missed: BTreeMap<String, usize> = BTreeMap::new();
    let mut violations: BTreeMap<(ViolationKind, String), usize> = BTreeMap::new();
    for one in sessions {
        for step in one.report.steps.iter().filter(|step| step.status == StepStatus::Missed) {
            *missed.entry(format!("{}/{}", step.procedure, step.id)).or_default() += 1;
        }
        // Counted once per session, however often it happened in it.
        let mut seen = std::collections::BTreeSet::new();
        for violation in &one.report.violations {
            let about = violation.step.clone().unwrap_or_else(|| violation.message.clone());
            if seen.insert((violation.kind, about.clone())) {
                *violations.entry((violation.kind, about)).or_default() += 1;
            }
        }
    }
    let mut missed: Vec<(String, usize)> = missed.into_iter().collect();
    // Most first; ties in name order, so the output is stable.
    missed.sort_by(|left, right| right.1.cmp(&left.1).then_with(|| left.0.cmp(&right.0)));
    missed.truncate(MOST_OFTEN);
    let mut violations: Vec<(ViolationKind, String, usize)> =
        violations.into_iter().map(|((kind, about), count)| (kind, about, count)).collect();
    violations.sort_by(|left, right| right.2.cmp(&left.2).then_with(|| (left.0, &left.1).cmp(&(right.0, &right.1))));
    violations.truncate(MOST_OFTEN);
    let scores: Vec<u64> = sessions.iter().map(|one| u64::from(one.report.score)).collect();
    let times: Vec<u64> = sessions.iter().filter_map(|one| one.report.time_to_containment_s).collect();
    let first = &sessions[0].report;
    Summary {
        scenario: scenario.to_string(),
        title: first.title.clone(),
        pass_mark: first.pass_mark,
        attempts: sessions.len(),
        passed: sessions.iter().filter(|one| one.report.passed).count(),
        score: Spread::of(&scores),
        contained: times.len(),
        time_to_containment_s: Spread::of(&times),
        missed,
        violations,
    }
}

/// `median 80, middle half 60–90, range 20–100`, each figure shown by
/// `show`, in `lang`.
pub(super) fn spread_text(lang: Lang, spread: &Spread, show: impl Fn(u64) -> String) -> String {
    t!(
        lang,
        "class-spread",
        median = show(spread.median),
        lower = show(spread.lower_quartile),
        upper = show(spread.upper_quartile),
        min = show(spread.min),
        max = show(spread.max)
    )
}

/// The class summary as text, for `grade`'s plain output: a heading, then
/// per scenario the attempts and passes, the spreads of score and time to
/// containment, and what was most often missed and violated, in `lang`.
#[must_use]
pub fn summary_text(summaries: &[Summary], lang: Lang) -> String {
    let mut text = format!("== {} ==\n", t!(lang, "class-summary-heading"));
    for summary in summaries {
        text.push_str(&t!(
            lang,
            "class-summary-attempts",
            scenario = &summary.scenario,
            count = summary.attempts,
            passed = summary.passed,
            percent = summary.pass_rate_percent()
        ));
        text.push('\n');
        if let Some(score) = &summary.score {
            let figures = spread_text(lang, score, |value| value.to_string());
            text.push_str(&format!("  {}\n", t!(lang, "class-summary-score", figures = figures)));
        }
        let containment = match &summary.time_to_containment_s {
            Some(time) => format!(
                "{} {}",
                spread_text(lang, time, |seconds| minutes(lang, seconds)),
                t!(lang, "class-contained-of", contained = summary.contained, attempts = summary.attempts)
            ),
            None => t!(lang, "class-never-contained-or-no-attacker"),
        };
        text.push_str(&format!("  {}\n", t!(lang, "class-summary-containment", figures = containment)));
        if summary.missed.is_empty() {
            text.push_str(&format!("  {}\n", t!(lang, "class-summary-no-step-missed")));
        }
        for (step, count) in &summary.missed {
            text.push_str(&format!("  {}\n", t!(lang, "class-summary-missed-by", count = *count, step = step)));
        }
        for (kind, about, count) in &summary.violations {
            let kind = super::words::violation_kind(lang, *kind);
            text.push_str(&format!("  {}\n", t!(lang, "class-summary-violation", kind = kind, count = *count, about = about)));
        }
    }
    text
}

/// `1h05m`, `12m30s` in English; the language's own units elsewhere
/// (`1 t 5 min`, `12 min 30 s`), to the minute from an hour on.
fn minutes(lang: Lang, seconds: u64) -> String {
    if lang != Lang::En {
        let shown = if seconds >= 3_600 { seconds / 60 * 60 } else { seconds };
        return crate::i18n::duration(lang, crate::clock::SimDuration::seconds(shown));
    }
    if seconds >= 3_600 {
        format!("{}h{:02}m", seconds / 3_600, seconds % 3_600 / 60)
    } else {
        format!("{}m{:02}s", seconds / 60, seconds % 60)
    }
}
