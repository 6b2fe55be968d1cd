//! The report as text for the terminal: compact, in simulated time, with
//! colour only when asked for (the caller decides: a terminal, and no
//! `NO_COLOR`). Without colour the text is plain and stable, for snapshots.

use super::report::{Report, StepReport, StepStatus, TimelineEntry, Violation, ViolationKind};
use crate::clock::SimTime;
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
    /// The report as terminal text; ANSI colour only when `colour` is true.
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
    pub fn render_progress(&self, colour: bool) -> String {
        let paint = Paint { colour };
        let mut out = String::new();
        out.push_str(&paint.style(HEADING, &format!("{} ({})", self.title, self.scenario)));
        out.push_str(&format!(
            "\nScore so far {}/100 · pass mark {} · {} of {} points earned, {} lost · {}\n",
            self.score,
            self.pass_mark,
            self.points.earned,
            self.points.possible,
            self.points.penalties,
            self.clock(self.ended_at)
        ));
        out.push('\n');
        out.push_str(&paint.style(HEADING, "Done so far"));
        out.push('\n');
        let done: Vec<&StepReport> =
            self.steps.iter().filter(|step| step.at.is_some() && step.status != StepStatus::NotApplicable).collect();
        if done.is_empty() {
            out.push_str("  nothing yet\n");
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
            out.push_str(&format!("  {} {reference:<id_width$}  {time}  {points:>5}  {}\n", paint.style(style, mark), step.status.name()));
        }
        out.push('\n');
        out.push_str(&paint.style(HEADING, "Outcome goals"));
        out.push('\n');
        if self.outcome.is_empty() {
            out.push_str("  no checks apply\n");
        }
        for check in &self.outcome {
            let mark = if check.ok { paint.style(GOOD, "✓ met    ") } else { paint.style(BAD, "✗ not yet") };
            out.push_str(&format!("  {mark}  {}\n", check.description));
        }
        self.violations_section(&paint, &mut out);
        out.push_str("\n`hint` suggests what to do next (at its cost); `submit` ends the session with the full report.\n");
        out.lines().map(str::trim_end).collect::<Vec<_>>().join("\n") + "\n"
    }

    fn clock(&self, at: SimTime) -> String {
        let days = at.day_number().saturating_sub(self.started_at.day_number());
        if days == 0 { at.clock_text() } else { format!("{}+{days}d", at.clock_text()) }
    }

    fn header(&self, paint: &Paint, out: &mut String) {
        let verdict = if self.passed { paint.style(GOOD.bold(), "PASSED") } else { paint.style(BAD.bold(), "FAILED") };
        out.push_str(&paint.style(HEADING, &format!("{} ({})", self.title, self.scenario)));
        out.push_str(&format!(" · seed {}\n", self.seed));
        out.push_str(&format!("Score {}/100 · pass mark {} · {verdict}\n", self.score, self.pass_mark));
        out.push_str(&format!(
            "{} of {} points earned, {} lost to violations and hints · {} to {} (simulated)\n",
            self.points.earned,
            self.points.possible,
            self.points.penalties,
            self.clock(self.started_at),
            self.clock(self.ended_at)
        ));
    }

    fn steps_section(&self, paint: &Paint, out: &mut String) {
        out.push('\n');
        out.push_str(&paint.style(HEADING, "Procedure steps"));
        out.push('\n');
        let id_width = self.steps.iter().map(|step| step.id.len()).max().unwrap_or(0);
        let time_width = self.steps.iter().filter_map(|step| step.at).map(|at| self.clock(at).len()).max().unwrap_or(5);
        for procedure in &self.procedures {
            out.push_str(&format!("  {}: {}\n", procedure.id, procedure.title));
            for step in self.steps.iter().filter(|step| step.procedure == procedure.id) {
                self.step_line(paint, step, id_width, time_width, out);
            }
        }
    }

    fn step_line(&self, paint: &Paint, step: &StepReport, id_width: usize, time_width: usize, out: &mut String) {
        let (mark, style) = match step.status {
            StepStatus::Done => ("✓", GOOD),
            StepStatus::DoneLate | StepStatus::DoneOutOfOrder => ("~", HALF),
            StepStatus::Missed => ("✗", BAD),
            StepStatus::Skipped | StepStatus::NotApplicable => ("·", QUIET),
        };
        let time = step.at.map(|at| self.clock(at)).unwrap_or_default();
        let points = if step.possible == 0 { "–".to_string() } else { format!("{}/{}", step.points, step.possible) };
        let status = format!("{:<14}", step.status.name());
        out.push_str(&format!(
            "    {} {:<id_width$}  {}  {time:<time_width$}  {points:>5}  {}",
            paint.style(style, mark),
            step.id,
            paint.style(style, &status),
            step.source
        ));
        if let Some(note) = &step.note {
            out.push_str(&format!(" ({note})"));
        }
        out.push('\n');
        if let Some(command) = &step.command {
            out.push_str(&format!("        > {command}\n"));
        }
        if let Some(why) = &step.why {
            out.push_str(&format!("        {}: {why}\n", paint.style(QUIET, "why")));
        }
    }

    fn outcome_section(&self, paint: &Paint, out: &mut String) {
        out.push('\n');
        out.push_str(&paint.style(HEADING, "Outcome"));
        out.push('\n');
        if self.outcome.is_empty() {
            out.push_str("  no checks apply\n");
        }
        let id_width = self.outcome.iter().map(|check| check.id.len()).max().unwrap_or(0);
        for check in &self.outcome {
            let mark = if check.ok { paint.style(GOOD, "✓") } else { paint.style(BAD, "✗") };
            let points = format!("{}/{}", check.points, check.possible);
            let text = match (check.kind.as_str(), check.ok) {
                ("objective", true) => check.description.clone(),
                ("objective", false) => format!("{}: not met", check.description),
                _ => check.detail.clone(),
            };
            out.push_str(&format!("  {mark} {:<id_width$}  {points:>5}  {text}\n", check.id));
        }
    }

    fn violations_section(&self, paint: &Paint, out: &mut String) {
        out.push('\n');
        out.push_str(&paint.style(HEADING, "Violations"));
        out.push('\n');
        if self.violations.is_empty() {
            out.push_str("  none\n");
        }
        for violation in &self.violations {
            self.violation_lines(paint, violation, out);
        }
        if !self.noted.is_empty() {
            out.push('\n');
            out.push_str(&paint.style(HEADING, "Noted (no cost)"));
            out.push('\n');
            for noted in &self.noted {
                out.push_str(&format!("  · {}  access denied: {}\n        > {}\n", self.clock(noted.at), noted.reason, noted.command));
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
            out.push_str(&paint.style(HEADING, "Consequences"));
            out.push('\n');
            for message in unexplained {
                out.push_str(&format!("  {} {message}\n", paint.style(HALF, "!")));
            }
        }
    }

    fn violation_lines(&self, paint: &Paint, violation: &Violation, out: &mut String) {
        let points = match (violation.kind, violation.points) {
            (ViolationKind::Order, _) => "half credit".to_string(),
            (_, 0) => "0".to_string(),
            (_, points) => format!("-{points}"),
        };
        out.push_str(&format!(
            "  {} {:<9}  {:>11}  {}  {}\n",
            paint.style(BAD, "✗"),
            violation.kind.name(),
            points,
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
        out.push('\n');
        out.push_str(&paint.style(HEADING, "Efficiency"));
        out.push('\n');
        let attacker = self.outcome.iter().any(|check| check.id == "attacker-out");
        match self.time_to_containment_s {
            Some(seconds) => {
                let at = self.started_at.plus(crate::clock::SimDuration::seconds(seconds));
                out.push_str(&format!(
                    "  time to containment {} (contained from {})\n",
                    crate::clock::SimDuration::seconds(seconds),
                    self.clock(at)
                ));
            }
            None if attacker => out.push_str("  time to containment: never contained\n"),
            None => {}
        }
        let hints = if self.hint_points > 0 { format!(" (-{} points)", self.hint_points) } else { String::new() };
        out.push_str(&format!("  {} command(s) · {} hint(s){hints}\n", self.commands, self.hints_used));
    }

    fn timeline_section(&self, paint: &Paint, out: &mut String) {
        out.push('\n');
        out.push_str(&paint.style(HEADING, "Timeline"));
        out.push('\n');
        let time_width = self.timeline.iter().map(|entry| self.clock(entry.at).len()).max().unwrap_or(5);
        let actor_width = self.timeline.iter().map(|entry| entry.actor.chars().count()).max().unwrap_or(0).min(28);
        if self.timeline.is_empty() {
            out.push_str("  nothing happened\n");
        }
        for entry in &self.timeline {
            out.push_str(&self.timeline_line(paint, entry, time_width, actor_width));
        }
        if self.timeline_omitted > 0 {
            out.push_str(&format!("  … {} more entries not shown\n", self.timeline_omitted));
        }
    }

    fn timeline_line(&self, paint: &Paint, entry: &TimelineEntry, time_width: usize, actor_width: usize) -> String {
        let style = if entry.command {
            YOU
        } else if entry.actor == "attacker" {
            BAD
        } else {
            Style::new()
        };
        let actor = format!("{:<actor_width$}", entry.actor);
        let repeat = if entry.repeat > 1 { format!(" (×{})", entry.repeat) } else { String::new() };
        format!("  {:<time_width$}  {}  {}{repeat}\n", self.clock(entry.at), paint.style(style, &actor), entry.text)
    }
}
