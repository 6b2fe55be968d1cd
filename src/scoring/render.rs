//! The report as text for the terminal: compact, in simulated time, with
//! colour only when asked for (the caller decides: a terminal, and no
//! `NO_COLOR`). Without colour the text is plain and stable, for snapshots.

use super::report::{Report, StepReport, StepStatus, TimelineEntry, Violation, ViolationKind, Who};
use crate::clock::SimTime;
use crate::t;
use anstyle::{AnsiColor, Style};

const HEADING: Style = Style::new().bold();
const GOOD: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));
const HALF: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
const BAD: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
const QUIET: Style = Style::new().dimmed();
const YOU: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan)));

struct Paint {
    colour: bool,
}

impl Paint {
    fn style(&self, style: Style, text: &str) -> String {
        if self.colour { format!("{style}{text}{style:#}") } else { text.to_string() }
    }
}

impl Report {
    /// The report as terminal text in the report's language; ANSI colour
    /// only when `colour` is true.
    #[must_use]
    pub fn render_text(&self, colour: bool) -> String {
        let paint = Paint { colour };
        let mut out = String::new();
        self.header(&paint, &mut out);
        self.steps_section(&paint, &mut out);
        self.outcome_section(&paint, &mut out);
        self.violations_section(&paint, &mut out);
        self.efficiency_section(&paint, &mut out);
        self.timeline_section(&paint, &mut out);
        out.lines().map(str::trim_end).collect::<Vec<_>>().join("\n") + "\n"
    }

    /// Progress so far, for `check` in practice mode: the score, the steps
    /// done, which outcome goals are met and the violations, but not the
    /// steps still missing (that is what `hint` gives, at its cost) nor
    /// the checks' details (they would name what is left to find).
    #[must_use]
    pub(crate) fn render_progress(&self, colour: bool) -> String {
        let lang = self.lang;
        let paint = Paint { colour };
        let mut out = String::new();
        out.push_str(&paint.style(HEADING, &format!("{} ({})", self.title, self.scenario)));
        out.push('\n');
        out.push_str(&t!(
            lang,
            "report-progress-score",
            score = self.score,
            pass_mark = self.pass_mark,
            earned = self.points.earned,
            possible = self.points.possible,
            lost = self.points.penalties,
            time = self.clock(self.ended_at)
        ));
        out.push_str("\n\n");
        out.push_str(&paint.style(HEADING, &t!(lang, "report-heading-done-so-far")));
        out.push('\n');
        let done: Vec<&StepReport> =
            self.steps.iter().filter(|step| step.at.is_some() && step.status != StepStatus::NotApplicable).collect();
        if done.is_empty() {
            out.push_str(&format!("  {}\n", t!(lang, "report-nothing-yet")));
        }
        let id_width = done.iter().map(|step| step.procedure.len() + step.id.len() + 1).max().unwrap_or(0);
        for step in done {
            let (mark, style) = match step.status {
                StepStatus::DoneLate | StepStatus::DoneOutOfOrder => ("~", HALF),
                _ => ("✓", GOOD),
            };
            let points = if step.possible == 0 { "–".to_string() } else { format!("{}/{}", step.points, step.possible) };
            let reference = format!("{}/{}", step.procedure, step.id);
            let time = step.at.map(|at| self.clock(at)).unwrap_or_default();
            out.push_str(&format!(
                "  {} {reference:<id_width$}  {time}  {points:>5}  {}\n",
                paint.style(style, mark),
                step.status.text(lang)
            ));
        }
        out.push('\n');
        out.push_str(&paint.style(HEADING, &t!(lang, "report-heading-goals")));
        out.push('\n');
        if self.outcome.is_empty() {
            out.push_str(&format!("  {}\n", t!(lang, "report-no-checks")));
        }
        let met = t!(lang, "report-goal-met");
        let not_yet = t!(lang, "report-goal-not-yet");
        let goal_width = met.chars().count().max(not_yet.chars().count());
        for check in &self.outcome {
            let mark = if check.ok { paint.style(GOOD, &pad(&met, goal_width)) } else { paint.style(BAD, &pad(&not_yet, goal_width)) };
            out.push_str(&format!("  {mark}  {}\n", check.description));
        }
        self.violations_section(&paint, &mut out);
        out.push('\n');
        out.push_str(&t!(lang, "report-progress-footer"));
        out.push('\n');
        out.lines().map(str::trim_end).collect::<Vec<_>>().join("\n") + "\n"
    }

    fn clock(&self, at: SimTime) -> String {
        let days = at.day_number().saturating_sub(self.started_at.day_number());
        if days == 0 { at.clock_text() } else { format!("{}+{days}d", at.clock_text()) }
    }

    fn header(&self, paint: &Paint, out: &mut String) {
        let lang = self.lang;
        let verdict = if self.passed {
            paint.style(GOOD.bold(), &t!(lang, "report-passed"))
        } else {
            paint.style(BAD.bold(), &t!(lang, "report-failed"))
        };
        out.push_str(&paint.style(HEADING, &format!("{} ({})", self.title, self.scenario)));
        out.push_str(&format!(" · {}\n", t!(lang, "report-seed", seed = self.seed)));
        out.push_str(&t!(lang, "report-score", score = self.score, pass_mark = self.pass_mark, verdict = verdict));
        out.push('\n');
        out.push_str(&t!(
            lang,
            "report-points",
            earned = self.points.earned,
            possible = self.points.possible,
            lost = self.points.penalties,
            from = self.clock(self.started_at),
            to = self.clock(self.ended_at)
        ));
        out.push('\n');
    }

    fn steps_section(&self, paint: &Paint, out: &mut String) {
        let lang = self.lang;
        out.push('\n');
        out.push_str(&paint.style(HEADING, &t!(lang, "report-heading-steps")));
        out.push('\n');
        let id_width = self.steps.iter().map(|step| step.id.len()).max().unwrap_or(0);
        let time_width = self.steps.iter().filter_map(|step| step.at).map(|at| self.clock(at).len()).max().unwrap_or(5);
        let status_width = self.steps.iter().map(|step| step.status.text(lang).chars().count()).max().unwrap_or(0).max(14);
        for procedure in &self.procedures {
            out.push_str(&format!("  {}: {}\n", procedure.id, procedure.title));
            let source = if let Some(url) = &procedure.url {
                t!(lang, "report-source-link", article = &procedure.article, url = url)
            } else {
                t!(lang, "report-source", article = &procedure.article)
            };
            out.push_str(&format!("    {}\n", paint.style(QUIET, &source)));
            for step in self.steps.iter().filter(|step| step.procedure == procedure.id) {
                self.step_line(paint, step, (id_width, time_width, status_width), out);
            }
        }
    }

    fn step_line(&self, paint: &Paint, step: &StepReport, widths: (usize, usize, usize), out: &mut String) {
        let lang = self.lang;
        let (id_width, time_width, status_width) = widths;
        let (mark, style) = match step.status {
            StepStatus::Done => ("✓", GOOD),
            StepStatus::DoneLate | StepStatus::DoneOutOfOrder => ("~", HALF),
            StepStatus::Missed => ("✗", BAD),
            StepStatus::Skipped | StepStatus::NotApplicable => ("·", QUIET),
        };
        let time = step.at.map(|at| self.clock(at)).unwrap_or_default();
        let points = if step.possible == 0 { "–".to_string() } else { format!("{}/{}", step.points, step.possible) };
        let status = pad(&step.status.text(lang), status_width);
        out.push_str(&format!(
            "    {} {:<id_width$}  {}  {time:<time_width$}  {points:>5}  {}",
            paint.style(style, mark),
            step.id,
            paint.style(style, &status),
            super::words::step_reference(lang, &step.source_steps)
        ));
        if let Some(note) = &step.note {
            out.push_str(&format!(" ({note})"));
        }
        out.push('\n');
        if let Some(command) = &step.command {
            out.push_str(&format!("        > {command}\n"));
        }
        if let Some(why) = &step.why {
            out.push_str(&format!("        {}: {why}\n", paint.style(QUIET, &t!(lang, "report-why"))));
        }
    }

    fn outcome_section(&self, paint: &Paint, out: &mut String) {
        let lang = self.lang;
        out.push('\n');
        out.push_str(&paint.style(HEADING, &t!(lang, "report-heading-outcome")));
        out.push('\n');
        if self.outcome.is_empty() {
            out.push_str(&format!("  {}\n", t!(lang, "report-no-checks")));
        }
        let id_width = self.outcome.iter().map(|check| check.id.len()).max().unwrap_or(0);
        for check in &self.outcome {
            let mark = if check.ok { paint.style(GOOD, "✓") } else { paint.style(BAD, "✗") };
            let points = format!("{}/{}", check.points, check.possible);
            let text = match (check.kind.as_str(), check.ok) {
                ("objective", true) => check.description.clone(),
                // "The attacker's rule is gone: not met", not "gone.: not met".
                ("objective", false) => {
                    t!(lang, "report-objective-not-met-line", description = check.description.trim_end().trim_end_matches('.'))
                }
                _ => check.detail.clone(),
            };
            out.push_str(&format!("  {mark} {:<id_width$}  {points:>5}  {text}\n", check.id));
        }
    }

    fn violations_section(&self, paint: &Paint, out: &mut String) {
        let lang = self.lang;
        out.push('\n');
        out.push_str(&paint.style(HEADING, &t!(lang, "report-heading-violations")));
        out.push('\n');
        if self.violations.is_empty() {
            out.push_str(&format!("  {}\n", t!(lang, "report-none")));
        }
        let kind_width = self.violations.iter().map(|violation| violation.kind.text(lang).chars().count()).max().unwrap_or(0).max(9);
        for violation in &self.violations {
            self.violation_lines(paint, violation, kind_width, out);
        }
        if !self.noted.is_empty() {
            out.push('\n');
            out.push_str(&paint.style(HEADING, &t!(lang, "report-heading-noted")));
            out.push('\n');
            for noted in &self.noted {
                let denied = super::words::denied(lang, &noted.reason);
                out.push_str(&format!("  · {}  {denied}\n        > {}\n", self.clock(noted.at), noted.command));
            }
        }
        // Consequences a violation explains are shown under it; the rest here.
        let unexplained: Vec<&str> = self
            .consequences
            .iter()
            .map(|consequence| consequence.message.as_str())
            .filter(|message| !self.violations.iter().any(|violation| violation.caused.iter().any(|caused| caused == message)))
            .collect();
        if !unexplained.is_empty() {
            out.push('\n');
            out.push_str(&paint.style(HEADING, &t!(lang, "report-heading-consequences")));
            out.push('\n');
            for message in unexplained {
                out.push_str(&format!("  {} {message}\n", paint.style(HALF, "!")));
            }
        }
    }

    fn violation_lines(&self, paint: &Paint, violation: &Violation, kind_width: usize, out: &mut String) {
        let points = match (violation.kind, violation.points) {
            (ViolationKind::Order, _) => t!(self.lang, "report-half-credit"),
            (_, 0) => "0".to_string(),
            (_, points) => format!("-{points}"),
        };
        let points_width = t!(self.lang, "report-half-credit").chars().count().max(11);
        out.push_str(&format!(
            "  {} {}  {}  {}  {}\n",
            paint.style(BAD, "✗"),
            pad(&violation.kind.text(self.lang), kind_width),
            pad_left(&points, points_width),
            self.clock(violation.at),
            violation.message
        ));
        if let Some(command) = &violation.command {
            out.push_str(&format!("        > {command}\n"));
        }
        for caused in &violation.caused {
            out.push_str(&format!("        {} {caused}\n", paint.style(BAD, "→")));
        }
    }

    fn efficiency_section(&self, paint: &Paint, out: &mut String) {
        let lang = self.lang;
        out.push('\n');
        out.push_str(&paint.style(HEADING, &t!(lang, "report-heading-efficiency")));
        out.push('\n');
        let attacker = self.outcome.iter().any(|check| check.id == "attacker-out");
        match self.time_to_containment_s {
            Some(seconds) => {
                let at = self.started_at.plus(crate::clock::SimDuration::seconds(seconds));
                let duration = crate::i18n::duration(lang, crate::clock::SimDuration::seconds(seconds));
                out.push_str(&format!("  {}\n", t!(lang, "report-containment", duration = duration, time = self.clock(at))));
            }
            None if attacker => out.push_str(&format!("  {}\n", t!(lang, "report-never-contained"))),
            None => {}
        }
        let commands = t!(lang, "report-commands", count = self.commands);
        let hints = t!(lang, "report-hints", count = self.hints_used);
        let lost =
            if self.hint_points > 0 { format!(" {}", t!(lang, "report-hint-points", points = self.hint_points)) } else { String::new() };
        out.push_str(&format!("  {commands} · {hints}{lost}\n"));
    }

    fn timeline_section(&self, paint: &Paint, out: &mut String) {
        let lang = self.lang;
        out.push('\n');
        out.push_str(&paint.style(HEADING, &t!(lang, "report-heading-timeline")));
        out.push('\n');
        let time_width = self.timeline.iter().map(|entry| self.clock(entry.at).len()).max().unwrap_or(5);
        let actor_width = self.timeline.iter().map(|entry| entry.who.text(lang).chars().count()).max().unwrap_or(0).min(28);
        if self.timeline.is_empty() {
            out.push_str(&format!("  {}\n", t!(lang, "report-nothing-happened")));
        }
        for entry in &self.timeline {
            out.push_str(&self.timeline_line(paint, entry, time_width, actor_width));
        }
        if self.timeline_omitted > 0 {
            out.push_str(&format!("  {}\n", t!(lang, "report-omitted", count = self.timeline_omitted)));
        }
    }

    fn timeline_line(&self, paint: &Paint, entry: &TimelineEntry, time_width: usize, actor_width: usize) -> String {
        let style = if entry.command {
            YOU
        } else if matches!(entry.who, Who::Attacker | Who::AttackerAs(_)) {
            BAD
        } else {
            Style::new()
        };
        let actor = pad(&entry.who.text(self.lang), actor_width);
        let repeat = if entry.repeat > 1 { format!(" (×{})", entry.repeat) } else { String::new() };
        format!("  {:<time_width$}  {}  {}{repeat}\n", self.clock(entry.at), paint.style(style, &actor), entry.text)
    }
}

/// `text` padded with spaces to `width` characters.
fn pad(text: &str, width: usize) -> String {
    let length = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(length)))
}

/// `text` right-aligned in `width` characters.
fn pad_left(text: &str, width: usize) -> String {
    let length = text.chars().count();
    format!("{}{text}", " ".repeat(width.saturating_sub(length)))
}
