//! Rendering diagnostics the way rustc and just do.
//!
//! ```text
//! error: unknown field `titel` in `Scenario`
//!  --> scenarios/phishing.ron:3:5
//!   |
//! 3 |     titel: "Phishing",
//!   |     ^^^^^ expected one of `id`, `title`, `steps`
//!   |
//! help: did you mean `title`?
//! ```
//!
//! `annotate-snippets` draws the snippet; it is given only the one line the
//! span is on, so rendering costs the same for a 1 MiB file as for a short
//! one. Plain output has no styling and no terminal-width probing, so it is
//! byte-for-byte stable and the tests compare it whole.

use std::ops::Range;

use annotate_snippets::renderer::{
    DEFAULT_EMPHASIS_STYLE, DEFAULT_ERROR_STYLE, DEFAULT_HELP_STYLE, DEFAULT_LINE_NUM_STYLE, DEFAULT_NOTE_STYLE, DEFAULT_WARNING_STYLE,
};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use anstyle::Style;

use super::lexer::{is_forbidden_control, line_of, position_at, without_bom};
use super::{Diagnostic, Severity, Span};
use crate::i18n::Lang;
use crate::t;

/// Characters kept after the caret on a long line. annotate-snippets trims
/// the line to the terminal width anyway; dropping the rest first keeps a
/// 1 MiB line from costing time.
const KEPT_AFTER_CARET_CHARS: usize = 512;

/// Renders one diagnostic. `source` is the file's text; for a file that is
/// not UTF-8, pass `String::from_utf8_lossy` of it, whose U+FFFD lands on
/// the reported column. Without a source (or a span) only the message and
/// the location are shown. `colour` adds ANSI styles; callers decide it from
/// the terminal and `NO_COLOR`. In English; [`render_in`] speaks another
/// language.
pub fn render(diagnostic: &Diagnostic, source: Option<&str>, colour: bool) -> String {
    render_in(Lang::En, diagnostic, source, colour)
}

/// A level's name in `lang`; English keeps annotate-snippets' own.
fn level_name(level: Level<'static>, lang: Lang, name: String) -> Level<'static> {
    if lang == Lang::En { level } else { level.with_name(name) }
}

/// [`render`] in `lang`: the message, the expected label, "did you mean"
/// and the level names; file, line, column and caret as they are.
pub(crate) fn render_in(lang: Lang, diagnostic: &Diagnostic, source: Option<&str>, colour: bool) -> String {
    let renderer = if colour { Renderer::styled().hyperlink(false) } else { Renderer::plain() };
    let level = match diagnostic.severity {
        Severity::Error => level_name(Level::ERROR, lang, t!(lang, "diag-level-error")),
        Severity::Warning => level_name(Level::WARNING, lang, t!(lang, "diag-level-warning")),
    };
    let label = diagnostic.expected_in(lang).map(|expected| t!(lang, "diag-label-expected", expected = expected));
    let message = diagnostic.message_in(lang);
    let title = level.primary_title(message.as_str());
    let group = match (diagnostic.span, source.map(without_bom)) {
        (Some(span), Some(source)) => {
            let line_start = position_at(source, span.line, 1);
            let (line_text, range) = window(line_of(source, line_start.offset), span.column, span.length);
            let snippet = Snippet::source(line_text)
                .line_start(line_start.line)
                .path(diagnostic.file.as_str())
                .annotation(AnnotationKind::Primary.span(range).label(label.as_deref()));
            title.element(snippet)
        }
        (span, _) => return render_without_snippet(lang, diagnostic, span, label.as_deref(), colour),
    };
    let help = diagnostic.suggestion.as_ref().map(|suggestion| t!(lang, "diag-did-you-mean", suggestion = format!("`{suggestion}`")));
    let mut report = vec![group];
    if let Some(help) = &help {
        let level = level_name(Level::HELP, lang, t!(lang, "diag-level-help"));
        report.push(Group::with_title(level.secondary_title(help.as_str())));
    }
    renderer.render(&report)
}

/// Renders every diagnostic, each with its file's source from `sources`
/// (asked once per file), then one closing line counting them, such as
/// "error: 3 problems in scenarios/x.ron". Nothing for no diagnostics.
pub fn render_all(diagnostics: &[Diagnostic], sources: &dyn Fn(&str) -> Option<String>, colour: bool) -> String {
    render_all_in(Lang::En, diagnostics, sources, colour)
}

/// [`render_all`] in `lang`.
pub fn render_all_in(lang: Lang, diagnostics: &[Diagnostic], sources: &dyn Fn(&str) -> Option<String>, colour: bool) -> String {
    let mut cache: Vec<(&str, Option<String>)> = Vec::new();
    let mut output = String::new();
    for diagnostic in diagnostics {
        let index = cache.iter().position(|(file, _)| *file == diagnostic.file).unwrap_or_else(|| {
            cache.push((&diagnostic.file, sources(&diagnostic.file)));
            cache.len() - 1
        });
        output.push_str(&render_in(lang, diagnostic, cache[index].1.as_deref(), colour));
        output.push_str("\n\n");
    }
    if let Some(summary) = summary(lang, diagnostics, cache.len(), colour) {
        output.push_str(&summary);
        output.push('\n');
    }
    output
}

/// "error: 3 problems in x.ron", "warning: 1 problem in 2 files", ...
fn summary(lang: Lang, diagnostics: &[Diagnostic], file_count: usize, colour: bool) -> Option<String> {
    let first = diagnostics.first()?;
    let (word, style) = if super::has_errors(diagnostics) {
        (t!(lang, "diag-level-error"), DEFAULT_ERROR_STYLE)
    } else {
        (t!(lang, "diag-level-warning"), DEFAULT_WARNING_STYLE)
    };
    let style = if colour { style } else { Style::new() };
    let count = diagnostics.len();
    let text = if file_count == 1 {
        t!(lang, "diag-summary-in-file", count = count, file = &first.file)
    } else {
        t!(lang, "diag-summary-in-files", count = count, files = file_count)
    };
    let emphasis = if colour { DEFAULT_EMPHASIS_STYLE } else { Style::new() };
    Some(format!("{style}{word}{style:#}{emphasis}: {text}{emphasis:#}"))
}

/// The text to show for a source line and the byte range of the caret in
/// it. Control characters become U+FFFD (one character each, so columns
/// hold) because they would corrupt the terminal; the far end of a long line
/// is dropped.
fn window(line: &str, column: usize, length: usize) -> (String, Range<usize>) {
    let start = column.saturating_sub(1);
    let kept = start.saturating_add(length).saturating_add(KEPT_AFTER_CARET_CHARS);
    let shown: String = line.chars().take(kept).map(|c| if is_forbidden_control(c) { '\u{FFFD}' } else { c }).collect();
    let offset = |index: usize| shown.char_indices().nth(index).map_or(shown.len(), |(offset, _)| offset);
    let range = offset(start)..offset(start.saturating_add(length)).max(offset(start));
    (shown, range)
}

/// The message, location and help without a source line, for a file that
/// could not be read as text or a diagnostic without a span. Written by
/// hand because annotate-snippets draws `-->` flush left without a gutter.
fn render_without_snippet(lang: Lang, diagnostic: &Diagnostic, span: Option<Span>, label: Option<&str>, colour: bool) -> String {
    let paint = |style: Style, text: &str| if colour { format!("{style}{text}{style:#}") } else { text.to_owned() };
    let (level, level_style) = match diagnostic.severity {
        Severity::Error => (t!(lang, "diag-level-error"), DEFAULT_ERROR_STYLE),
        Severity::Warning => (t!(lang, "diag-level-warning"), DEFAULT_WARNING_STYLE),
    };
    let location = match span {
        Some(span) => format!("{}:{}:{}", diagnostic.file, span.line, span.column),
        None => diagnostic.file.clone(),
    };
    let mut output = format!(
        "{}{}\n {} {location}",
        paint(level_style, &level),
        paint(DEFAULT_EMPHASIS_STYLE, &format!(": {}", diagnostic.message_in(lang))),
        paint(DEFAULT_LINE_NUM_STYLE, "-->"),
    );
    if let Some(label) = label {
        let note = t!(lang, "diag-level-note");
        output.push_str(&format!("\n  {} {}: {label}", paint(DEFAULT_LINE_NUM_STYLE, "="), paint(DEFAULT_NOTE_STYLE, &note)));
    }
    if let Some(suggestion) = &diagnostic.suggestion {
        let help = t!(lang, "diag-did-you-mean", suggestion = format!("`{suggestion}`"));
        output.push_str(&format!("\n{}: {help}", paint(DEFAULT_HELP_STYLE, &t!(lang, "diag-level-help"))));
    }
    output
}
