//! `grade --format html` and `--debrief FILE`: one self-contained HTML
//! file (inline CSS and SVG, no script, nothing fetched) for one session's
//! debrief or for a class. Colours come from the Okabe-Ito palette, which
//! colour-blind readers can tell apart, and every status also has its own
//! symbol and every actor its own mark shape, so the pages read in black
//! and white print too.

use super::csv::status_id;
use super::svg;
use super::{Class, GradedSession, Summary, summaries};
use crate::scoring::{StepStatus, ViolationKind};
use std::fmt::Write as _;

const STYLE: &str = include_str!("report.css");

/// Text made safe for HTML content and attribute values.
#[must_use]
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
    out
}

/// A step status's symbol and CSS class.
const fn status_mark(status: StepStatus) -> (&'static str, &'static str) {
    match status {
        StepStatus::Done => ("✓", "st-done"),
        StepStatus::DoneLate => ("◑", "st-late"),
        StepStatus::DoneOutOfOrder => ("⇅", "st-order"),
        StepStatus::Missed => ("✗", "st-missed"),
        StepStatus::Skipped => ("–", "st-skipped"),
        StepStatus::NotApplicable => ("·", "st-na"),
    }
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        esc(title)
    )
}

/// One session's debrief as a whole page.
#[must_use]
pub fn debrief_page(one: &GradedSession) -> String {
    let title = format!("Debrief: {} — {}", one.report.title, one.trainee);
    page(&title, &format!("<main>\n{}</main>\n", debrief(one, "session-1", 1)))
}

/// The class report: the summary per scenario (figures, most often missed,
/// score distribution, heat map) and every session's debrief, linked.
/// With one session and nothing ungraded, the debrief alone.
#[must_use]
pub fn class_page(class: &Class) -> String {
    if class.sessions.len() == 1 && class.ungraded.is_empty() && class.in_progress.is_empty() {
        return debrief_page(&class.sessions[0]);
    }
    let mut body = String::from("<main>\n<header class=\"class-head\">\n<h1>Class report</h1>\n");
    let _ = writeln!(
        body,
        "<p class=\"meta\">{} session(s) graded{}.</p>\n</header>",
        class.sessions.len(),
        if class.ungraded.is_empty() { String::new() } else { format!(", {} could not be graded", class.ungraded.len()) }
    );
    for (index, summary) in summaries(&class.sessions).iter().enumerate() {
        body.push_str(&summary_section(class, summary, index));
    }
    if !class.in_progress.is_empty() {
        body.push_str("<section class=\"in-progress\">\n<h2>Exams in progress</h2>\n<ul>\n");
        for one in &class.in_progress {
            let _ = writeln!(
                body,
                "<li><code>{}</code>: {} · {} · in progress, {} commands · integrity: {}</li>",
                esc(&one.file),
                esc(&one.trainee),
                esc(&one.scenario),
                one.commands,
                one.integrity.name()
            );
        }
        body.push_str("</ul>\n</section>\n");
    }
    if !class.ungraded.is_empty() {
        body.push_str("<section class=\"ungraded\">\n<h2>Not graded</h2>\n<ul>\n");
        for one in &class.ungraded {
            let _ = writeln!(body, "<li><code>{}</code>: {}</li>", esc(&one.file), esc(&one.reason));
        }
        body.push_str("</ul>\n</section>\n");
    }
    body.push_str("<h2 class=\"debriefs\">Debriefs</h2>\n");
    for (index, one) in class.sessions.iter().enumerate() {
        body.push_str(&debrief(one, &format!("session-{}", index + 1), 3));
    }
    body.push_str("</main>\n");
    page("Class report", &body)
}

fn span_text(seconds: u64) -> String {
    let (hours, minutes) = (seconds / 3_600, seconds % 3_600 / 60);
    if hours > 0 { format!("{hours} h {minutes:02} min") } else { format!("{minutes} min {:02} s", seconds % 60) }
}

fn summary_section(class: &Class, summary: &Summary, index: usize) -> String {
    let mut html = String::new();
    let _ = writeln!(
        html,
        "<section class=\"summary\" id=\"scenario-{}\">\n<h2>{} <small>{}</small></h2>",
        esc(&summary.scenario),
        esc(&summary.title),
        esc(&summary.scenario)
    );
    html.push_str("<table class=\"figures\">\n<tbody>\n");
    let _ = writeln!(html, "<tr><th>Attempts</th><td>{}</td></tr>", summary.attempts);
    let _ = writeln!(
        html,
        "<tr><th>Passed</th><td>{} of {} ({}%), pass mark {}</td></tr>",
        summary.passed,
        summary.attempts,
        summary.pass_rate_percent(),
        summary.pass_mark
    );
    if let Some(score) = summary.score {
        let _ = writeln!(
            html,
            "<tr><th>Score</th><td>median {}, middle half {}–{}, range {}–{}</td></tr>",
            score.median, score.lower_quartile, score.upper_quartile, score.min, score.max
        );
    }
    match summary.time_to_containment_s {
        Some(time) => {
            let _ = writeln!(
                html,
                "<tr><th>Time to containment</th><td>median {}, middle half {}–{}, range {}–{} ({} of {} contained)</td></tr>",
                span_text(time.median),
                span_text(time.lower_quartile),
                span_text(time.upper_quartile),
                span_text(time.min),
                span_text(time.max),
                summary.contained,
                summary.attempts
            );
        }
        None => {
            let _ = writeln!(html, "<tr><th>Time to containment</th><td>none (never contained, or no attacker)</td></tr>");
        }
    }
    html.push_str("</tbody>\n</table>\n<div class=\"pair\">\n<div>\n<h3>Most often missed</h3>\n");
    if summary.missed.is_empty() {
        html.push_str("<p>No step was missed.</p>\n");
    } else {
        html.push_str("<ol class=\"counts\">\n");
        for (step, count) in &summary.missed {
            let _ = writeln!(html, "<li><code>{}</code> <span class=\"count\">missed by {count}</span></li>", esc(step));
        }
        html.push_str("</ol>\n");
    }
    html.push_str("<h3>Most frequent violations</h3>\n");
    if summary.violations.is_empty() {
        html.push_str("<p>No violations.</p>\n");
    } else {
        html.push_str("<ol class=\"counts\">\n");
        for (kind, about, count) in &summary.violations {
            let _ = writeln!(
                html,
                "<li><span class=\"kind kind-{0}\">{0}</span> {1} <span class=\"count\">in {count} session(s)</span></li>",
                kind.name(),
                esc(about)
            );
        }
        html.push_str("</ol>\n");
    }
    html.push_str("</div>\n<figure>\n");
    let sessions: Vec<(usize, &GradedSession)> =
        class.sessions.iter().enumerate().filter(|(_, one)| one.report.scenario == summary.scenario).collect();
    let scores: Vec<u32> = sessions.iter().map(|(_, one)| one.report.score).collect();
    html.push_str(&svg::score_distribution(&scores, summary.pass_mark, &format!("distribution-{index}")));
    html.push_str("\n<figcaption>Scores; hatched bars are under the pass mark.</figcaption>\n</figure>\n</div>\n");
    html.push_str(&heat_map(&sessions));
    html.push_str("</section>\n");
    html
}

/// Trainees down, steps across, each cell the step's status as a symbol on
/// its colour; the trainee links to their debrief.
fn heat_map(sessions: &[(usize, &GradedSession)]) -> String {
    let Some((_, first)) = sessions.first() else { return String::new() };
    let steps: Vec<String> = first.report.steps.iter().map(|step| format!("{}/{}", step.procedure, step.id)).collect();
    let mut html = String::from(
        "<h3>Steps by trainee</h3>\n<div class=\"scroll\">\n<table class=\"heat\">\n<thead>\n<tr><th scope=\"col\">Trainee</th><th scope=\"col\">Score</th>",
    );
    for step in &steps {
        let short = step.rsplit('/').next().unwrap_or(step);
        let _ = write!(html, "<th scope=\"col\" class=\"rot\" title=\"{}\"><span>{}</span></th>", esc(step), esc(short));
    }
    html.push_str("</tr>\n</thead>\n<tbody>\n");
    for (index, one) in sessions {
        let verdict = if one.report.passed { "pass" } else { "fail" };
        let _ = write!(
            html,
            "<tr><th scope=\"row\"><a href=\"#session-{}\">{}</a></th><td class=\"score {verdict}\">{}</td>",
            index + 1,
            esc(&one.trainee),
            one.report.score
        );
        for step in &steps {
            match one.report.steps.iter().find(|mine| format!("{}/{}", mine.procedure, mine.id) == *step) {
                Some(mine) => {
                    let (symbol, class) = status_mark(mine.status);
                    let _ = write!(html, "<td class=\"{class}\" title=\"{}: {}\">{symbol}</td>", esc(step), mine.status.name());
                }
                None => html.push_str("<td></td>"),
            }
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n</div>\n<p class=\"legend\">");
    for status in [
        StepStatus::Done,
        StepStatus::DoneLate,
        StepStatus::DoneOutOfOrder,
        StepStatus::Missed,
        StepStatus::Skipped,
        StepStatus::NotApplicable,
    ] {
        let (symbol, class) = status_mark(status);
        let _ = write!(html, "<span class=\"{class}\">{symbol}</span> {} ", status.name());
    }
    html.push_str("</p>\n");
    html
}

/// One session's debrief as a `<section>`; `level` is the heading level of
/// its title (1 on its own page, 3 inside a class report).
fn debrief(one: &GradedSession, id: &str, level: u8) -> String {
    let report = &one.report;
    let (h, h2) = (level, level + 1);
    let mut html = String::new();
    let _ = writeln!(html, "<section class=\"debrief\" id=\"{id}\">\n<header>");
    let _ = writeln!(html, "<h{h}>{} <small>{}</small></h{h}>", esc(&report.title), esc(&one.trainee));
    let mut meta = vec![
        format!("scenario <code>{}</code>", esc(&report.scenario)),
        format!("seed {}", report.seed),
        format!("{} mode", one.mode.name()),
    ];
    if let Some(started) = one.started_utc {
        meta.push(match one.ended_utc {
            Some(ended) => format!("{started} to {ended}"),
            None => format!("started {started}"),
        });
    }
    meta.push(format!("file <code>{}</code>", esc(&one.file)));
    meta.push(format!("integrity: {}", one.integrity.name()));
    if !one.submitted {
        meta.push("not submitted (score so far)".to_string());
    }
    let _ = writeln!(html, "<p class=\"meta\">{}</p>", meta.join(" · "));
    let verdict = if report.passed { ("pass", "PASSED") } else { ("fail", "FAILED") };
    let _ = writeln!(
        html,
        "<div class=\"verdict {0}\"><span class=\"score\">{1}</span><span class=\"of\">/ 100</span><span class=\"word\">{2}</span><span class=\"mark\">pass mark {3}</span><div class=\"bar\" role=\"img\" aria-label=\"score {1} of 100, pass mark {3}\"><div class=\"fill\" style=\"width:{1}%\"></div><div class=\"pm\" style=\"left:{3}%\"></div></div><span class=\"points\">{4} of {5} points, {6} off</span></div>",
        verdict.0, report.score, verdict.1, report.pass_mark, report.points.earned, report.points.possible, report.points.penalties
    );
    html.push_str("</header>\n");
    // Timeline.
    let links = svg::links(report);
    let _ = writeln!(html, "<h{h2}>Timeline</h{h2}>\n<figure class=\"timeline\">");
    html.push_str(&svg::timeline(report, &links, id));
    html.push_str("\n<figcaption class=\"legend\"><span class=\"key trainee\">●</span> your commands <span class=\"key attacker\">◆</span> attacker <span class=\"key users\">■</span> end users <span class=\"key service\">▲</span> service <span class=\"key contained\">┆</span> contained <span class=\"key last\">◯</span> attacker's last action. Simulated time; hover a mark for what happened.</figcaption>\n</figure>\n");
    if report.timeline_omitted > 0 {
        let _ = writeln!(html, "<p class=\"note\">{} later timeline entries are not shown.</p>", report.timeline_omitted);
    }
    if !links.is_empty() {
        let _ = writeln!(html, "<h{h2}>Cause and effect</h{h2}>\n<ol class=\"links\">");
        for link in &links {
            let _ = writeln!(
                html,
                "<li><time>{}</time> {} <span class=\"arrow\">→</span> {} <time>{}</time></li>",
                link.cause_at.clock_text(),
                esc(&link.cause),
                esc(&link.effect),
                link.effect_at.clock_text()
            );
        }
        html.push_str("</ol>\n");
    }
    // Steps.
    let _ = writeln!(html, "<h{h2}>Procedure steps</h{h2}>");
    for procedure in &report.procedures {
        let _ = writeln!(
            html,
            "<p class=\"procedure\"><strong>{}</strong> <code>{}</code>, after <cite>{}</cite> ({})</p>",
            esc(&procedure.title),
            esc(&procedure.id),
            esc(&procedure.article),
            esc(&procedure.seed)
        );
    }
    html.push_str("<table class=\"steps\">\n<thead><tr><th scope=\"col\">Status</th><th scope=\"col\">Step</th><th scope=\"col\">When</th><th scope=\"col\">Points</th><th scope=\"col\">Source</th></tr></thead>\n<tbody>\n");
    for step in &report.steps {
        let (symbol, class) = status_mark(step.status);
        let mut detail = format!("<code>{}/{}</code> {}", esc(&step.procedure), esc(&step.id), esc(&step.instruction));
        let _ = write!(detail, " <span class=\"kind\">{}</span>", esc(&step.kind));
        if let Some(command) = &step.command {
            let _ = write!(detail, "<br><kbd>{}</kbd>", esc(command));
        }
        if let Some(why) = &step.why {
            let _ = write!(detail, "<br><span class=\"why\">{}</span>", esc(why));
        }
        if let Some(note) = &step.note {
            let _ = write!(detail, "<br><span class=\"note\">{}</span>", esc(note));
        }
        let _ = writeln!(
            html,
            "<tr class=\"step\" data-step=\"{}/{}\" data-status=\"{}\"><td class=\"status {class}\">{symbol} {}</td><td>{detail}</td><td>{}</td><td>{} / {}</td><td class=\"source\">{}</td></tr>",
            esc(&step.procedure),
            esc(&step.id),
            status_id(step.status),
            step.status.name(),
            step.at.map(crate::clock::SimTime::clock_text).unwrap_or_default(),
            step.points,
            step.possible,
            esc(&step.source)
        );
    }
    html.push_str("</tbody>\n</table>\n");
    // Outcome.
    let _ = writeln!(html, "<h{h2}>Outcome</h{h2}>\n<table class=\"outcome\">\n<tbody>");
    for check in &report.outcome {
        let (symbol, class) = if check.ok { ("✓", "st-done") } else { ("✗", "st-missed") };
        let _ = writeln!(
            html,
            "<tr class=\"check\" data-check=\"{}\"><td class=\"status {class}\">{symbol}</td><td>{}<br><span class=\"why\">{}</span></td><td>{} / {}</td></tr>",
            esc(&check.id),
            esc(&check.description),
            esc(&check.detail),
            check.points,
            check.possible
        );
    }
    html.push_str("</tbody>\n</table>\n");
    // Violations and harm.
    let _ = writeln!(html, "<h{h2}>Violations and harm</h{h2}>");
    if report.violations.is_empty() {
        html.push_str("<p>None.</p>\n");
    } else {
        html.push_str("<ul class=\"violations\">\n");
        for violation in &report.violations {
            let _ = write!(
                html,
                "<li class=\"violation kind-{0}\"><span class=\"kind kind-{0}\">{0}</span> <time>{1}</time> {2}",
                violation.kind.name(),
                violation.at.clock_text(),
                esc(&violation.message)
            );
            if let Some(command) = &violation.command {
                let _ = write!(html, " <kbd>{}</kbd>", esc(command));
            }
            if violation.points > 0 {
                let _ = write!(html, " <span class=\"count\">−{}</span>", violation.points);
            } else if violation.kind == ViolationKind::Order {
                html.push_str(" <span class=\"count\">half credit</span>");
            }
            if !violation.caused.is_empty() {
                html.push_str("<ul class=\"caused\">");
                for caused in &violation.caused {
                    let _ = write!(html, "<li><span class=\"arrow\">→</span> {}</li>", esc(caused));
                }
                html.push_str("</ul>");
            }
            html.push_str("</li>\n");
        }
        html.push_str("</ul>\n");
    }
    let others: Vec<_> = report
        .consequences
        .iter()
        .filter(|consequence| !report.violations.iter().any(|violation| violation.caused.contains(&consequence.message)))
        .collect();
    if !others.is_empty() {
        let _ = writeln!(html, "<h{h2}>Other consequences</h{h2}>\n<ul class=\"consequences\">");
        for consequence in others {
            let _ = writeln!(html, "<li><time>{}</time> {}</li>", consequence.at.clock_text(), esc(&consequence.message));
        }
        html.push_str("</ul>\n");
    }
    // Efficiency.
    let _ = writeln!(html, "<h{h2}>Efficiency</h{h2}>\n<ul class=\"efficiency\">");
    let _ = writeln!(
        html,
        "<li>Time to containment: {}</li>",
        report.time_to_containment_s.map_or_else(|| "never contained".to_string(), span_text)
    );
    let _ = writeln!(html, "<li>Commands: {}</li>", report.commands);
    let _ = writeln!(html, "<li>Hints: {} (−{})</li>", report.hints_used, report.hint_points);
    let _ = writeln!(html, "<li>Simulated time: {} to {}</li>", report.started_at, report.ended_at);
    html.push_str("</ul>\n</section>\n");
    html
}
