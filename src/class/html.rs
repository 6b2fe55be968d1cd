//! `grade --format html` and `--debrief FILE`: one self-contained HTML
//! file (inline CSS and SVG, no script, nothing fetched) for one session's
//! debrief or for a class. Colours come from the Okabe-Ito palette, which
//! colour-blind readers can tell apart, and every status also has its own
//! symbol and every actor its own mark shape, so the pages read in black
//! and white print too.

use super::csv::status_id;
use super::{Class, GradedSession, Summary, summaries};
use super::{svg, words};
use crate::i18n::Lang;
use crate::scoring::{StepStatus, ViolationKind};
use crate::t;
use std::fmt::Write as _;

const STYLE: &str = include_str!("report.css");

/// Text made safe for HTML (and SVG) content and attribute values.
#[must_use]
pub(crate) fn esc(text: &str) -> String {
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

fn page(lang: Lang, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang.code(),
        esc(title)
    )
}

/// One session's debrief as a whole page, in `lang` (the page's
/// `lang` attribute and the class layer's own words; the report's texts
/// come already in the language they were rendered in).
#[must_use]
pub fn debrief_page(one: &GradedSession, lang: Lang) -> String {
    let title = t!(lang, "class-html-debrief-title", title = &one.report.title, trainee = &one.trainee);
    page(lang, &title, &format!("<main>\n{}</main>\n", debrief(one, "session-1", 1, lang)))
}

/// The class report: the summary per scenario (figures, most often missed,
/// score distribution, heat map) and every session's debrief, linked.
/// With one session and nothing ungraded, the debrief alone.
#[must_use]
pub fn class_page(class: &Class, lang: Lang) -> String {
    if class.sessions.len() == 1 && class.ungraded.is_empty() && class.in_progress.is_empty() {
        return debrief_page(&class.sessions[0], lang);
    }
    let title = t!(lang, "class-html-report-title");
    let mut body = format!("<main>\n<header class=\"class-head\">\n<h1>{}</h1>\n", esc(&title));
    let graded = t!(lang, "class-html-graded", count = class.sessions.len());
    let ungraded =
        if class.ungraded.is_empty() { String::new() } else { t!(lang, "class-html-not-graded-count", count = class.ungraded.len()) };
    let _ = writeln!(body, "<p class=\"meta\">{}{}.</p>\n</header>", esc(&graded), esc(&ungraded));
    for (index, summary) in summaries(&class.sessions).iter().enumerate() {
        body.push_str(&summary_section(class, summary, index, lang));
    }
    if !class.in_progress.is_empty() {
        let _ = writeln!(body, "<section class=\"in-progress\">\n<h2>{}</h2>\n<ul>", esc(&t!(lang, "class-html-in-progress")));
        for one in &class.in_progress {
            let item = t!(
                lang,
                "class-html-in-progress-item",
                trainee = esc(&one.trainee),
                scenario = esc(&one.scenario),
                count = one.commands,
                integrity = words::integrity(lang, &one.integrity)
            );
            let _ = writeln!(body, "<li><code>{}</code>: {item}</li>", esc(&one.file));
        }
        body.push_str("</ul>\n</section>\n");
    }
    if !class.ungraded.is_empty() {
        let _ = writeln!(body, "<section class=\"ungraded\">\n<h2>{}</h2>\n<ul>", esc(&t!(lang, "class-html-not-graded")));
        for one in &class.ungraded {
            let _ = writeln!(body, "<li><code>{}</code>: {}</li>", esc(&one.file), esc(&one.reason));
        }
        body.push_str("</ul>\n</section>\n");
    }
    let _ = writeln!(body, "<h2 class=\"debriefs\">{}</h2>", esc(&t!(lang, "class-html-debriefs")));
    for (index, one) in class.sessions.iter().enumerate() {
        body.push_str(&debrief(one, &format!("session-{}", index + 1), 3, lang));
    }
    body.push_str("</main>\n");
    page(lang, &title, &body)
}

/// `1 h 05 min`, `12 min 30 s`: SI symbols, the same in every language.
fn span_text(seconds: u64) -> String {
    let (hours, minutes) = (seconds / 3_600, seconds % 3_600 / 60);
    if hours > 0 { format!("{hours} h {minutes:02} min") } else { format!("{minutes} min {:02} s", seconds % 60) }
}

fn summary_section(class: &Class, summary: &Summary, index: usize, lang: Lang) -> String {
    let mut html = String::new();
    let _ = writeln!(
        html,
        "<section class=\"summary\" id=\"scenario-{}\">\n<h2>{} <small>{}</small></h2>",
        esc(&summary.scenario),
        esc(&summary.title),
        esc(&summary.scenario)
    );
    html.push_str("<table class=\"figures\">\n<tbody>\n");
    let row = |html: &mut String, head: String, cell: String| {
        let _ = writeln!(html, "<tr><th>{}</th><td>{}</td></tr>", esc(&head), esc(&cell));
    };
    row(&mut html, t!(lang, "class-html-attempts"), summary.attempts.to_string());
    row(
        &mut html,
        t!(lang, "class-html-passed"),
        t!(
            lang,
            "class-html-passed-of",
            passed = summary.passed,
            attempts = summary.attempts,
            percent = summary.pass_rate_percent(),
            mark = summary.pass_mark
        ),
    );
    if let Some(score) = summary.score {
        row(&mut html, t!(lang, "class-html-score"), super::summary::spread_text(lang, &score, |value| value.to_string()));
    }
    let containment = match summary.time_to_containment_s {
        Some(time) => format!(
            "{} {}",
            super::summary::spread_text(lang, &time, span_text),
            t!(lang, "class-contained-of", contained = summary.contained, attempts = summary.attempts)
        ),
        None => t!(lang, "class-never-contained-or-no-attacker"),
    };
    row(&mut html, t!(lang, "class-html-time-to-containment"), containment);
    let _ = writeln!(html, "</tbody>\n</table>\n<div class=\"pair\">\n<div>\n<h3>{}</h3>", esc(&t!(lang, "class-html-most-often-missed")));
    if summary.missed.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", esc(&t!(lang, "class-html-no-step-missed")));
    } else {
        html.push_str("<ol class=\"counts\">\n");
        for (step, count) in &summary.missed {
            let _ = writeln!(
                html,
                "<li><code>{}</code> <span class=\"count\">{}</span></li>",
                esc(step),
                esc(&t!(lang, "class-html-missed-by", count = *count))
            );
        }
        html.push_str("</ol>\n");
    }
    let _ = writeln!(html, "<h3>{}</h3>", esc(&t!(lang, "class-html-most-frequent-violations")));
    if summary.violations.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", esc(&t!(lang, "class-html-no-violations")));
    } else {
        html.push_str("<ol class=\"counts\">\n");
        for (kind, about, count) in &summary.violations {
            let _ = writeln!(
                html,
                "<li><span class=\"kind kind-{}\">{}</span> {} <span class=\"count\">{}</span></li>",
                kind.name(),
                esc(&words::violation_kind(lang, *kind)),
                esc(about),
                esc(&t!(lang, "class-html-in-sessions", count = *count))
            );
        }
        html.push_str("</ol>\n");
    }
    html.push_str("</div>\n<figure>\n");
    let sessions: Vec<(usize, &GradedSession)> =
        class.sessions.iter().enumerate().filter(|(_, one)| one.report.scenario == summary.scenario).collect();
    let scores: Vec<u32> = sessions.iter().map(|(_, one)| one.report.score).collect();
    html.push_str(&svg::score_distribution(&scores, summary.pass_mark, &format!("distribution-{index}"), lang));
    let _ = writeln!(html, "\n<figcaption>{}</figcaption>\n</figure>\n</div>", esc(&t!(lang, "class-html-scores-caption")));
    html.push_str(&heat_map(&sessions, lang));
    html.push_str("</section>\n");
    html
}

/// Trainees down, steps across, each cell the step's status as a symbol on
/// its colour; the trainee links to their debrief.
fn heat_map(sessions: &[(usize, &GradedSession)], lang: Lang) -> String {
    let Some((_, first)) = sessions.first() else { return String::new() };
    let steps: Vec<String> = first.report.steps.iter().map(|step| format!("{}/{}", step.procedure, step.id)).collect();
    let mut html = format!(
        "<h3>{}</h3>\n<div class=\"scroll\">\n<table class=\"heat\">\n<thead>\n<tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>",
        esc(&t!(lang, "class-html-steps-by-trainee")),
        esc(&t!(lang, "class-html-trainee")),
        esc(&t!(lang, "class-html-score"))
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
                    let _ = write!(
                        html,
                        "<td class=\"{class}\" title=\"{}: {}\">{symbol}</td>",
                        esc(step),
                        esc(&words::status(lang, mine.status))
                    );
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
        let _ = write!(html, "<span class=\"{class}\">{symbol}</span> {} ", esc(&words::status(lang, status)));
    }
    html.push_str("</p>\n");
    html
}

/// One session's debrief as a `<section>`; `level` is the heading level of
/// its title (1 on its own page, 3 inside a class report).
fn debrief(one: &GradedSession, id: &str, level: u8, lang: Lang) -> String {
    let report = &one.report;
    let (h, h2) = (level, level + 1);
    let mut html = String::new();
    let _ = writeln!(html, "<section class=\"debrief\" id=\"{id}\">\n<header>");
    let _ = writeln!(html, "<h{h}>{} <small>{}</small></h{h}>", esc(&report.title), esc(&one.trainee));
    let mut meta = vec![
        t!(lang, "class-html-meta-scenario", scenario = format!("<code>{}</code>", esc(&report.scenario))),
        t!(lang, "class-html-meta-seed", seed = report.seed.to_string()),
        esc(&t!(lang, "class-html-meta-mode", mode = words::mode(lang, one.mode))),
    ];
    if let Some(started) = one.started_utc {
        meta.push(if let Some(ended) = one.ended_utc {
            t!(lang, "class-html-meta-from-to", started = started.to_string(), ended = ended.to_string())
        } else {
            t!(lang, "class-html-meta-started", started = started.to_string())
        });
    }
    meta.push(t!(lang, "class-html-meta-file", file = format!("<code>{}</code>", esc(&one.file))));
    meta.push(esc(&t!(lang, "class-html-meta-integrity", integrity = words::integrity(lang, &one.integrity))));
    if !one.submitted {
        meta.push(esc(&t!(lang, "class-html-meta-not-submitted")));
    }
    let _ = writeln!(html, "<p class=\"meta\">{}</p>", meta.join(" · "));
    let verdict = if report.passed { ("pass", t!(lang, "class-html-passed-word")) } else { ("fail", t!(lang, "class-html-failed-word")) };
    let _ = writeln!(
        html,
        "<div class=\"verdict {0}\"><span class=\"score\">{1}</span><span class=\"of\">/ 100</span><span class=\"word\">{2}</span><span class=\"mark\">{3}</span><div class=\"bar\" role=\"img\" aria-label=\"{4}\"><div class=\"fill\" style=\"width:{1}%\"></div><div class=\"pm\" style=\"left:{5}%\"></div></div><span class=\"points\">{6}</span></div>",
        verdict.0,
        report.score,
        esc(&verdict.1),
        esc(&t!(lang, "class-pass-mark", mark = report.pass_mark)),
        esc(&t!(lang, "class-html-score-bar", score = report.score, mark = report.pass_mark)),
        report.pass_mark,
        esc(&t!(
            lang,
            "class-html-points",
            earned = report.points.earned,
            possible = report.points.possible,
            penalties = report.points.penalties
        ))
    );
    html.push_str("</header>\n");
    // Timeline.
    let links = svg::links(report);
    let _ = writeln!(html, "<h{h2}>{}</h{h2}>\n<figure class=\"timeline\">", esc(&t!(lang, "class-html-timeline")));
    html.push_str(&svg::timeline(report, &links, id, lang));
    let _ = writeln!(
        html,
        "\n<figcaption class=\"legend\"><span class=\"key trainee\">●</span> {} <span class=\"key attacker\">◆</span> {} <span class=\"key users\">■</span> {} <span class=\"key service\">▲</span> {} <span class=\"key contained\">┆</span> {} <span class=\"key last\">◯</span> {}. {}</figcaption>\n</figure>",
        esc(&t!(lang, "class-legend-your-commands")),
        esc(&t!(lang, "class-legend-attacker")),
        esc(&t!(lang, "class-legend-end-users")),
        esc(&t!(lang, "class-legend-service")),
        esc(&t!(lang, "class-legend-contained")),
        esc(&t!(lang, "class-legend-last-action")),
        esc(&t!(lang, "class-legend-simulated-time"))
    );
    if report.timeline_omitted > 0 {
        let _ = writeln!(html, "<p class=\"note\">{}</p>", esc(&t!(lang, "class-html-timeline-omitted", count = report.timeline_omitted)));
    }
    if !links.is_empty() {
        let _ = writeln!(html, "<h{h2}>{}</h{h2}>\n<ol class=\"links\">", esc(&t!(lang, "class-html-cause-and-effect")));
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
    let _ = writeln!(html, "<h{h2}>{}</h{h2}>", esc(&t!(lang, "class-html-procedure-steps")));
    for procedure in &report.procedures {
        let _ = writeln!(
            html,
            "<p class=\"procedure\">{}</p>",
            t!(
                lang,
                "class-html-procedure-after",
                procedure = format!("<strong>{}</strong> <code>{}</code>", esc(&procedure.title), esc(&procedure.id)),
                article = format!("<cite>{}</cite>", esc(&procedure.article)),
                source = esc(&procedure.seed)
            )
        );
    }
    let _ = writeln!(
        html,
        "<table class=\"steps\">\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
        esc(&t!(lang, "class-html-status")),
        esc(&t!(lang, "class-html-step")),
        esc(&t!(lang, "class-html-when")),
        esc(&t!(lang, "class-html-points-head")),
        esc(&t!(lang, "class-html-source"))
    );
    for step in &report.steps {
        let (symbol, class) = status_mark(step.status);
        let mut detail = format!("<code>{}/{}</code> {}", esc(&step.procedure), esc(&step.id), esc(&step.instruction));
        let _ = write!(detail, " <span class=\"kind\">{}</span>", esc(&words::step_kind(lang, &step.kind)));
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
            esc(&words::status(lang, step.status)),
            step.at.map(crate::clock::SimTime::clock_text).unwrap_or_default(),
            step.points,
            step.possible,
            esc(&step.source)
        );
    }
    html.push_str("</tbody>\n</table>\n");
    // Outcome.
    let _ = writeln!(html, "<h{h2}>{}</h{h2}>\n<table class=\"outcome\">\n<tbody>", esc(&t!(lang, "class-html-outcome")));
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
    let _ = writeln!(html, "<h{h2}>{}</h{h2}>", esc(&t!(lang, "class-html-violations-and-harm")));
    if report.violations.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", esc(&t!(lang, "class-html-none")));
    } else {
        html.push_str("<ul class=\"violations\">\n");
        for violation in &report.violations {
            let _ = write!(
                html,
                "<li class=\"violation kind-{0}\"><span class=\"kind kind-{0}\">{1}</span> <time>{2}</time> {3}",
                violation.kind.name(),
                esc(&words::violation_kind(lang, violation.kind)),
                violation.at.clock_text(),
                esc(&violation.message)
            );
            if let Some(command) = &violation.command {
                let _ = write!(html, " <kbd>{}</kbd>", esc(command));
            }
            if violation.points > 0 {
                let _ = write!(html, " <span class=\"count\">−{}</span>", violation.points);
            } else if violation.kind == ViolationKind::Order {
                let _ = write!(html, " <span class=\"count\">{}</span>", esc(&t!(lang, "class-html-half-credit")));
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
        let _ = writeln!(html, "<h{h2}>{}</h{h2}>\n<ul class=\"consequences\">", esc(&t!(lang, "class-html-other-consequences")));
        for consequence in others {
            let _ = writeln!(html, "<li><time>{}</time> {}</li>", consequence.at.clock_text(), esc(&consequence.message));
        }
        html.push_str("</ul>\n");
    }
    // Efficiency.
    let _ = writeln!(html, "<h{h2}>{}</h{h2}>\n<ul class=\"efficiency\">", esc(&t!(lang, "class-html-efficiency")));
    let containment = report.time_to_containment_s.map_or_else(|| t!(lang, "class-html-never-contained"), span_text);
    let items = [
        t!(lang, "class-html-efficiency-containment", time = containment),
        t!(lang, "class-html-efficiency-commands", commands = report.commands),
        t!(lang, "class-html-efficiency-hints", hints = report.hints_used, points = report.hint_points),
        t!(lang, "class-html-efficiency-simulated", started = report.started_at.to_string(), ended = report.ended_at.to_string()),
    ];
    for item in items {
        let _ = writeln!(html, "<li>{}</li>", esc(&item));
    }
    html.push_str("</ul>\n</section>\n");
    html
}
