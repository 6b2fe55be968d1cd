//! How the REPL shows things: plain text first, colour added only when the
//! caller says the output is a terminal that allows it, so transcripts and
//! tests see exactly the plain text.

use crate::drill::{Drill, Reply};
use crate::scoring::Feedback;
use anstyle::{AnsiColor, Style};
use std::fmt::{Display, Write};

/// What the trainee reads before the first prompt: the scenario, the seed
/// and mode (so a session can be reproduced), and the briefing.
pub fn banner(drill: &mut Drill) -> String {
    let heading = drill.heading();
    // The drill's own wording of the briefing, without typing `brief`.
    let brief = drill.brief();
    format!("{heading}\n\n{}\n\n{}\n", brief.trim_end(), crate::t!(drill.lang(), "session-banner-help"))
}

/// A command line as a transcript shows it: after the prompt it was typed at.
#[must_use]
pub fn render_echo(prompt: &str, line: &str, colour: bool) -> String {
    let mut out = String::new();
    write_echo(&mut out, prompt, line, colour);
    out
}

/// [`render_echo`], appended to `out`.
pub fn write_echo(out: &mut String, prompt: &str, line: &str, colour: bool) {
    if colour {
        let bold = Style::new().bold();
        let _ = write!(out, "{bold}{prompt}{bold:#}");
    } else {
        out.push_str(prompt);
    }
    out.push_str(line);
    out.push('\n');
}

/// A reply: its text, then the scorer's feedback, one line each.
#[must_use]
pub fn render_reply(reply: &Reply, colour: bool) -> String {
    let mut out = String::new();
    write_reply(&mut out, reply, colour);
    out
}

/// [`render_reply`], appended to `out`.
pub fn write_reply(out: &mut String, reply: &Reply, colour: bool) {
    let text = reply.output.trim_end();
    if !text.is_empty() {
        paint(out, text, reply.error.then_some(AnsiColor::Red), colour);
        out.push('\n');
    }
    for notice in &reply.notices {
        paint(out, &crate::present::notice::render(reply.lang, notice), Some(AnsiColor::Magenta), colour);
        out.push('\n');
    }
    for feedback in &reply.feedback {
        let colour_of = match feedback {
            Feedback::StepDone { .. } => AnsiColor::Green,
            Feedback::Violation { .. } => AnsiColor::Red,
            Feedback::Consequence { .. } => AnsiColor::Yellow,
            Feedback::Noted { .. } => AnsiColor::Cyan,
        };
        paint(out, &feedback.render(reply.lang), Some(colour_of), colour);
        out.push('\n');
    }
}

fn paint(out: &mut String, text: &(impl Display + ?Sized), colour_of: Option<AnsiColor>, colour: bool) {
    // Writing to a `String` cannot fail.
    let _ = match colour_of {
        Some(colour_of) if colour => {
            let style = Style::new().fg_color(Some(colour_of.into()));
            write!(out, "{style}{text}{style:#}")
        }
        _ => write!(out, "{text}"),
    };
}

/// Fits plain reply text to a terminal `width` columns wide. A line that
/// is part of a table (it lines up columns with two or more spaces) never
/// has its columns broken: when the columns before the last take at most
/// two thirds of the width, the last column (a description, a reason)
/// wraps under itself; otherwise the line is cut at the width and ends with
/// `…`. Any other long line is prose and wraps at word boundaries, keeping
/// its indentation. Lines that fit are left alone.
#[must_use]
pub fn fit_to_width(text: &str, width: usize) -> String {
    let width = width.max(20);
    let mut fitted = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, newline) = line.strip_suffix('\n').map_or((line, ""), |body| (body, "\n"));
        if textwrap::core::display_width(body) <= width {
            fitted.push_str(line);
            continue;
        }
        if let Some(last) = last_column(body) {
            let prefix = &body[..last];
            let prefix_width = textwrap::core::display_width(prefix);
            // Wrapping under a column is for plain rows; a coloured one is cut.
            if prefix_width * 3 <= width * 2 && !body.contains('\u{1b}') {
                let lines = textwrap::wrap(&body[last..], width - prefix_width);
                let indent = " ".repeat(prefix_width);
                for (index, line) in lines.iter().enumerate() {
                    fitted.push_str(if index == 0 { prefix } else { "\n" });
                    if index > 0 {
                        fitted.push_str(&indent);
                    }
                    fitted.push_str(line);
                }
            } else {
                fitted.push_str(&truncate(body, width));
            }
        } else {
            let indent: String = body.chars().take_while(|character| *character == ' ').collect();
            let options = textwrap::Options::new(width).initial_indent(&indent).subsequent_indent(&indent);
            fitted.push_str(&textwrap::fill(body.trim_start(), options));
        }
        fitted.push_str(newline);
    }
    fitted
}

/// Where the last column of a table row starts (after the last run of two
/// or more spaces past its indent), or `None` when the line is prose.
fn last_column(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start().len();
    let body = line[indent..].trim_end();
    let gap = body.rfind("  ")?;
    Some(indent + gap + body[gap..].len() - body[gap..].trim_start().len())
}

/// `line` cut to `width` columns, the last of them `…`. Colour escape
/// sequences take no columns and are kept; a cut line that had any ends
/// with a reset, so the colour does not run on.
fn truncate(line: &str, width: usize) -> String {
    let mut cut = String::new();
    let mut used = 0;
    let mut characters = line.chars();
    let mut styled = false;
    while let Some(character) = characters.next() {
        if character == '\u{1b}' {
            styled = true;
            cut.push(character);
            for inner in characters.by_ref() {
                cut.push(inner);
                if inner.is_ascii_alphabetic() {
                    break;
                }
            }
            continue;
        }
        let character_width = textwrap::core::display_width(character.encode_utf8(&mut [0; 4]));
        if used + character_width > width - 1 {
            break;
        }
        cut.push(character);
        used += character_width;
    }
    cut.push('…');
    if styled {
        cut.push_str("\u{1b}[0m");
    }
    cut
}

/// Whether anstream writes `text` as it is, whether it strips styling (not
/// a terminal, `NO_COLOR`) or passes it through: no escape sequence and no
/// control character it drops, only printable characters and whitespace.
/// Such text can go straight to the output.
#[must_use]
pub fn is_plain(text: &str) -> bool {
    // A chunk at a time, without stopping at the first byte: the compiler
    // compares many bytes at once.
    text.as_bytes().chunks(64).all(|chunk| chunk.iter().fold(true, |kept, &byte| kept & is_kept(byte)))
}

const fn is_kept(byte: u8) -> bool {
    (byte >= b' ' && byte != 0x7f) || matches!(byte, b'\t' | b'\n' | b'\x0c' | b'\r')
}

#[cfg(test)]
mod tests {
    use super::is_plain;
    use std::io::Write;

    fn stripped(text: &str) -> String {
        let mut stream = anstream::StripStream::new(Vec::new());
        stream.write_all(text.as_bytes()).expect("write to memory");
        String::from_utf8(stream.into_inner()).expect("UTF-8")
    }

    #[test]
    fn text_that_passes_unchanged_is_what_stripping_writes() {
        let mut texts: Vec<String> = (0_u8..=0x7f).map(|byte| format!("a{}b\n", char::from(byte))).collect();
        texts.extend(
            ["", "Done.\n", "✓ step · done\n", "\u{85}\u{9b}31m\u{a0}é\u{200b}\n", "\x1b[1mbold\x1b[0m", "tab\there\r\n"].map(String::from),
        );
        for text in &texts {
            if is_plain(text) {
                assert_eq!(&stripped(text), text, "{text:?}");
            }
        }
        assert!(is_plain("[09:00 admin@contoso] > users\n✗ harm\tx\n"));
        assert!(!is_plain("\x1b[1mbold\x1b[0m"));
    }
}
