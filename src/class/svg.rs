//! The pictures of the HTML reports, drawn as inline SVG: the timeline of
//! one session and the score distribution of a class. Coordinates are
//! rounded to a tenth, so the same report gives the same bytes.

use super::html::esc;
use crate::clock::SimTime;
use crate::i18n::Lang;
use crate::scoring::{Report, TimelineEntry, Who};
use crate::t;
use std::fmt::Write as _;

/// The timeline's lanes, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Lane {
    Trainee,
    Attacker,
    EndUsers,
    Service,
}

impl Lane {
    const ALL: [Lane; 4] = [Lane::Trainee, Lane::Attacker, Lane::EndUsers, Lane::Service];

    fn label(self, lang: Lang) -> String {
        match self {
            Lane::Trainee => t!(lang, "class-lane-you"),
            Lane::Attacker => t!(lang, "class-lane-attacker"),
            Lane::EndUsers => t!(lang, "class-lane-end-users"),
            Lane::Service => t!(lang, "class-lane-service"),
        }
    }

    const fn class(self) -> &'static str {
        match self {
            Lane::Trainee => "trainee",
            Lane::Attacker => "attacker",
            Lane::EndUsers => "users",
            Lane::Service => "service",
        }
    }

    const fn index(self) -> usize {
        match self {
            Lane::Trainee => 0,
            Lane::Attacker => 1,
            Lane::EndUsers => 2,
            Lane::Service => 3,
        }
    }

    /// The lane of a timeline entry, from who acted: the trainee's commands
    /// and whoever they acted as or asked; the attacker; the service and
    /// Microsoft support; everyone else is an end user.
    #[must_use]
    pub(crate) fn of(entry: &TimelineEntry) -> Self {
        if entry.command {
            return Lane::Trainee;
        }
        match entry.who {
            Who::You | Who::YouAs(_) | Who::Asked(_) => Lane::Trainee,
            Who::Attacker | Who::AttackerAs(_) => Lane::Attacker,
            Who::Service | Who::Support => Lane::Service,
            Who::Admin(_) | Who::User(_) => Lane::EndUsers,
        }
    }
}

const WIDTH: f64 = 960.0;
const GUTTER: f64 = 110.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 34.0;
const LANE: f64 = 52.0;
const AXIS: f64 = 30.0;

/// A quiet stretch longer than this (a long `wait`, a support call) is
/// drawn narrow, with a break in the axis, so the busy parts stay readable.
const LONG_GAP_S: u64 = 2 * 3_600;

/// The time scale of one session's timeline: linear, except that each long
/// quiet stretch counts as [`Scale::gap_width`] seconds.
struct Scale {
    start: u64,
    end: u64,
    /// Long stretches without an entry, `(from, to)`, in time order.
    gaps: Vec<(u64, u64)>,
    /// The seconds each gap counts as.
    gap_width: u64,
    /// The drawn span in seconds, gaps counted narrow.
    span: u64,
}

impl Scale {
    fn new(start: u64, end: u64, times: &[u64]) -> Self {
        let end = end.max(start.saturating_add(60));
        let mut points: Vec<u64> = times.iter().copied().filter(|time| (start..=end).contains(time)).chain([start, end]).collect();
        points.sort_unstable();
        points.dedup();
        let gaps: Vec<(u64, u64)> =
            points.windows(2).filter(|pair| pair[1] - pair[0] > LONG_GAP_S).map(|pair| (pair[0], pair[1])).collect();
        let busy = end - start - gaps.iter().map(|(from, to)| to - from).sum::<u64>();
        let gap_width = (busy / 8).max(30);
        let span = (busy + gap_width * u64::try_from(gaps.len()).unwrap_or(0)).max(60);
        Self { start, end, gaps, gap_width, span }
    }

    /// Seconds from the start as drawn.
    fn drawn(&self, time: u64) -> u64 {
        let time = time.clamp(self.start, self.end);
        let mut drawn = time - self.start;
        for (from, to) in &self.gaps {
            if time >= *to {
                drawn = drawn - (to - from) + self.gap_width;
            } else if time > *from {
                drawn = drawn - (time - from) + (time - from) * self.gap_width / (to - from);
            }
        }
        drawn
    }

    fn x(&self, time: SimTime) -> f64 {
        #[allow(clippy::cast_precision_loss)] // spans are far below 2^52 seconds
        let fraction = self.drawn(time.0) as f64 / self.span as f64;
        GUTTER + fraction * (WIDTH - GUTTER - RIGHT)
    }

    fn in_gap(&self, time: u64) -> bool {
        self.gaps.iter().any(|(from, to)| time > *from && time < *to)
    }
}

fn lane_middle(lane: Lane) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let index = lane.index() as f64;
    TOP + index * LANE + LANE / 2.0
}

/// A cause and its effect, for the arrows and the list under the picture.
pub(crate) struct Link {
    pub(crate) cause_at: SimTime,
    pub cause: String,
    pub(crate) effect_at: SimTime,
    pub effect: String,
    effect_lane: Lane,
}

/// Every consequence a violation caused, with the lane the effect shows
/// in (that of an actor's entry at the same moment, else the attacker's).
///
/// Whether a violation's message names step `id` (quoted as the report's
/// language quotes: 'id', «id», „id“, »id«), not a longer id containing it.
fn names_step(message: &str, id: &str) -> bool {
    let part_of_id = |character: char| character.is_alphanumeric() || character == '-';
    message.match_indices(id).any(|(at, _)| {
        let before = message[..at].chars().next_back();
        let after = message[at + id.len()..].chars().next();
        before.is_some_and(|character| !part_of_id(character)) && after.is_some_and(|character| !part_of_id(character))
    })
}

/// The cause is the violating command when the effect came after it. An
/// order violation is found when the step that should have come first is
/// done, after its effect: its cause is then the earlier step it names
/// (done before the effect), else the trainee's last command before it.
#[must_use]
pub(super) fn links(report: &Report) -> Vec<Link> {
    let mut links = Vec::new();
    for violation in &report.violations {
        for caused in &violation.caused {
            let Some(consequence) = report.consequences.iter().find(|consequence| &consequence.message == caused) else {
                continue;
            };
            let cause_at = if consequence.at >= violation.at {
                violation.at
            } else {
                report
                    .steps
                    .iter()
                    .filter(|step| names_step(&violation.message, &step.id))
                    .filter_map(|step| step.at)
                    .filter(|at| *at <= consequence.at)
                    .min()
                    .or_else(|| {
                        report.timeline.iter().filter(|entry| entry.command && entry.at <= consequence.at).map(|entry| entry.at).max()
                    })
                    .unwrap_or(report.started_at)
            };
            let effect_lane = report
                .timeline
                .iter()
                .filter(|entry| entry.at == consequence.at)
                .map(Lane::of)
                .find(|lane| *lane != Lane::Trainee)
                .unwrap_or(Lane::Attacker);
            links.push(Link {
                cause_at,
                cause: violation.message.clone(),
                effect_at: consequence.at,
                effect: consequence.message.clone(),
                effect_lane,
            });
        }
    }
    links
}

/// A tick every so many seconds: the first step giving at most ten ticks.
fn tick_step(span: u64) -> u64 {
    const STEPS: [u64; 14] = [60, 120, 300, 600, 900, 1_800, 3_600, 7_200, 10_800, 21_600, 43_200, 86_400, 172_800, 604_800];
    STEPS.iter().copied().find(|step| span / step <= 10).unwrap_or(604_800)
}

fn f(value: f64) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map_or(text.clone(), str::to_string)
}

/// The timeline picture of one session: simulated time across, a lane per
/// kind of actor, a mark per entry (commands as circles, the attacker's
/// actions as diamonds, end users' as squares, the service's as
/// triangles), the containment moment and the attacker's last action
/// highlighted, and numbered arrows from causes to their effects.
#[must_use]
pub(super) fn timeline(report: &Report, links: &[Link], id: &str, lang: Lang) -> String {
    let end = report.timeline.iter().map(|entry| entry.at.0).chain([report.ended_at.0]).max().unwrap_or(report.ended_at.0);
    let times: Vec<u64> = report.timeline.iter().map(|entry| entry.at.0).collect();
    let scale = Scale::new(report.started_at.0, end, &times);
    let height = TOP + LANE * 4.0 + AXIS;
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{id}-timeline-title\">\n<title id=\"{id}-timeline-title\">{}</title>\n",
        f(WIDTH),
        f(height),
        esc(&t!(lang, "class-svg-timeline-title"))
    );
    let _ = writeln!(
        svg,
        "<defs><marker id=\"{id}-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\" class=\"arrow-head\"/></marker></defs>"
    );
    for lane in Lane::ALL {
        let top = TOP + LANE * f64::from(u8::try_from(lane.index()).unwrap_or(0));
        let _ = writeln!(
            svg,
            "<g class=\"lane lane-{}\"><rect x=\"0\" y=\"{}\" width=\"{}\" height=\"{}\"/><text x=\"8\" y=\"{}\">{}</text></g>",
            lane.class(),
            f(top),
            f(WIDTH),
            f(LANE),
            f(top + LANE / 2.0 + 4.0),
            esc(&lane.label(lang))
        );
    }
    // Axis and grid.
    let step = tick_step(scale.span);
    let axis_y = TOP + LANE * 4.0;
    let _ = writeln!(
        svg,
        "<g class=\"axis\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
        f(GUTTER),
        f(axis_y),
        f(WIDTH - RIGHT),
        f(axis_y)
    );
    let first = scale.start.div_ceil(step) * step;
    let mut tick = first;
    while tick <= scale.end {
        if scale.in_gap(tick) {
            tick += step;
            continue;
        }
        let x = scale.x(SimTime(tick));
        let _ = writeln!(
            svg,
            "<line class=\"grid\" x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\"/><text x=\"{x}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            f(TOP),
            f(axis_y + 4.0),
            f(axis_y + 18.0),
            SimTime(tick).clock_text(),
            x = f(x)
        );
        tick += step;
    }
    for (from, to) in &scale.gaps {
        let (left, right) = (scale.x(SimTime(*from)), scale.x(SimTime(*to)));
        let middle = f64::midpoint(left, right);
        let _ = writeln!(
            svg,
            "<g class=\"gap\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text></g>",
            f(left + 4.0),
            f(TOP),
            f((right - left - 8.0).max(2.0)),
            f(LANE * 4.0 + 6.0),
            f(middle),
            f(axis_y + 18.0),
            esc(&t!(lang, "class-svg-later", span = gap_text(to - from)))
        );
    }
    svg.push_str("</g>\n");
    // Containment.
    if let Some(seconds) = report.time_to_containment_s {
        let at = SimTime(report.started_at.0.saturating_add(seconds));
        let x = f(scale.x(at));
        let _ = writeln!(
            svg,
            "<g class=\"contained\"><line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\"/><text x=\"{x}\" y=\"{}\" text-anchor=\"{}\">{}</text></g>",
            f(TOP - 6.0),
            f(axis_y),
            f(TOP - 10.0),
            anchor(scale.x(at)),
            esc(&t!(lang, "class-svg-contained", time = at.clock_text()))
        );
    }
    // Marks, spread vertically when several share a moment in a lane.
    let last_attacker = report.timeline.iter().rposition(|entry| Lane::of(entry) == Lane::Attacker);
    let mut stacked: [(i64, usize); 4] = [(-1_000, 0); 4];
    for (index, entry) in report.timeline.iter().enumerate() {
        let kind_lane = Lane::of(entry);
        let x = scale.x(entry.at);
        #[allow(clippy::cast_possible_truncation)]
        let pixel = x.round() as i64;
        let slot = &mut stacked[kind_lane.index()];
        slot.1 = if (pixel - slot.0).abs() < 6 { slot.1 + 1 } else { 0 };
        slot.0 = pixel;
        let offset = [0.0, -13.0, 13.0, -7.0, 7.0][slot.1 % 5];
        let y = lane_middle(kind_lane) + offset;
        let repeat = if entry.repeat > 1 { format!(" (×{})", entry.repeat) } else { String::new() };
        let tooltip = format!("{} {}: {}{repeat}", entry.at.clock_text(), entry.actor, entry.text);
        let kind = if entry.command { "command" } else { "event" };
        let highlight = if Some(index) == last_attacker { " last-attacker" } else { "" };
        let shape = match kind_lane {
            Lane::Trainee => format!("<circle cx=\"{}\" cy=\"{}\" r=\"5\"/>", f(x), f(y)),
            Lane::Attacker => {
                format!("<path d=\"M{} {}l6 6l-6 6l-6 -6z\"/>", f(x), f(y - 6.0))
            }
            Lane::EndUsers => format!("<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\"/>", f(x - 5.0), f(y - 5.0)),
            Lane::Service => format!("<path d=\"M{} {}l6 10h-12z\"/>", f(x), f(y - 6.0)),
        };
        let _ = writeln!(
            svg,
            "<g class=\"mark {kind} {}{highlight}\" data-at=\"{}\"><title>{}</title>{shape}</g>",
            kind_lane.class(),
            entry.at,
            esc(&tooltip)
        );
        if Some(index) == last_attacker {
            let _ = writeln!(
                svg,
                "<g class=\"last-attacker-label\"><circle cx=\"{}\" cy=\"{}\" r=\"11\"/><text x=\"{}\" y=\"{}\" text-anchor=\"{}\">{}</text></g>",
                f(x),
                f(y),
                f(x),
                f(lane_middle(kind_lane) - LANE / 2.0 + 11.0),
                anchor(x),
                esc(&t!(lang, "class-svg-last-action", time = entry.at.clock_text()))
            );
        }
    }
    // Cause and effect.
    for (number, link) in links.iter().enumerate() {
        let (x1, y1) = (scale.x(link.cause_at), lane_middle(Lane::Trainee) + 8.0);
        let (x2, y2) = (scale.x(link.effect_at), lane_middle(link.effect_lane) - 8.0);
        let bend = f64::midpoint(x1, x2);
        let _ = writeln!(
            svg,
            "<g class=\"link\"><title>{}</title><path d=\"M{} {}Q{} {} {} {}\" marker-end=\"url(#{id}-arrow)\"/><circle cx=\"{}\" cy=\"{}\" r=\"8\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text></g>",
            esc(&format!("{} → {} {}", link.cause, link.effect, link.effect_at.clock_text())),
            f(x1),
            f(y1),
            f(bend),
            f(y1.max(y2) + 18.0),
            f(x2),
            f(y2),
            f(x2 + 12.0),
            f(y2 - 10.0),
            f(x2 + 12.0),
            f(y2 - 6.5),
            number + 1
        );
    }
    svg.push_str("</svg>");
    svg
}

/// `26 h`, `3 d 4 h`: how long a quiet stretch lasted.
fn gap_text(seconds: u64) -> String {
    let hours = seconds / 3_600;
    if hours >= 48 { format!("{} d {} h", hours / 24, hours % 24) } else { format!("{hours} h") }
}

/// Labels near the right edge run leftwards, so they stay inside.
fn anchor(x: f64) -> &'static str {
    if x > WIDTH - 180.0 {
        "end"
    } else if x < GUTTER + 80.0 {
        "start"
    } else {
        "middle"
    }
}

/// A bar per ten points (the last bar 90 to 100), the pass mark as a
/// dashed line; bars under the pass mark are hatched, so they read in
/// print too.
#[must_use]
pub(crate) fn score_distribution(scores: &[u32], pass_mark: u32, id: &str, lang: Lang) -> String {
    let mut bins = [0_usize; 10];
    for score in scores {
        bins[usize::try_from((*score).min(99) / 10).unwrap_or(9)] += 1;
    }
    let most = bins.iter().copied().max().unwrap_or(1).max(1);
    let (width, height, left, bottom, top) = (480.0, 200.0, 36.0, 28.0, 16.0);
    let bar = (width - left - 10.0) / 10.0;
    let plot = height - bottom - top;
    let mut svg = format!(
        "<svg class=\"distribution\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{id}-title\">\n<title id=\"{id}-title\">{}</title>\n<defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"hatch-ground\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch-line\"/></pattern></defs>\n",
        f(width),
        f(height),
        esc(&t!(lang, "class-svg-score-distribution"))
    );
    for (index, count) in bins.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let h = plot * (*count as f64) / (most as f64);
        #[allow(clippy::cast_precision_loss)]
        let x = left + bar * index as f64;
        let lower = u32::try_from(index * 10).unwrap_or(90);
        let passing = lower >= pass_mark;
        let fill = if passing { "class=\"bar pass\"".to_string() } else { format!("class=\"bar fail\" fill=\"url(#{id}-hatch)\"") };
        let label = if index == 9 { "90–100".to_string() } else { format!("{lower}–{}", lower + 9) };
        let _ = writeln!(
            svg,
            "<g><title>{label}: {count}</title><rect {fill} x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text><text class=\"tick\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text></g>",
            f(x + 2.0),
            f(top + plot - h),
            f(bar - 4.0),
            f(h),
            f(x + bar / 2.0),
            f(top + plot - h - 3.0),
            if *count > 0 { count.to_string() } else { String::new() },
            f(x + bar / 2.0),
            f(height - 10.0),
            lower
        );
    }
    let mark_x = left + bar * f64::from(pass_mark.min(100)) / 10.0;
    let _ = writeln!(
        svg,
        "<g class=\"pass-mark\"><line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/><text x=\"{}\" y=\"{}\">{}</text></g>",
        f(mark_x),
        f(top - 6.0),
        f(mark_x),
        f(top + plot),
        f(mark_x + 4.0),
        f(top),
        esc(&t!(lang, "class-pass-mark", mark = pass_mark))
    );
    let _ = writeln!(
        svg,
        "<line class=\"baseline\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
        f(left),
        f(top + plot),
        f(width - 10.0),
        f(top + plot)
    );
    svg.push_str("</svg>");
    svg
}
