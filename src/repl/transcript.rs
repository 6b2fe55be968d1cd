//! How the REPL shows things: plain text first, colour added only when the
//! caller says the output is a terminal that allows it, so transcripts and
//! tests see exactly the plain text.

use crate::drill::{Drill, Reply};
use crate::scoring::Feedback;
use anstyle::{AnsiColor, Style};

/// What the trainee reads before the first prompt: the scenario, the seed
/// and mode (so a session can be reproduced), and the briefing.
pub fn banner(drill: &mut Drill) -> String {
    let heading = format!("{} ({}) · seed {} · {} mode", drill.scenario().title, drill.scenario().id, drill.seed(), drill.mode().name());
    // `brief` changes nothing and is not recorded; asking the drill keeps one
    // wording of the briefing.
    let brief = drill.execute("brief").output;
    format!("{heading}\n\n{}\n\nType `help` for the commands, `hint` if you are stuck, `submit` when you are done.\n", brief.trim_end())
}

/// A command line as a transcript shows it: after the prompt it was typed at.
#[must_use]
pub fn render_echo(prompt: &str, line: &str, colour: bool) -> String {
    if colour {
        let bold = Style::new().bold();
        format!("{bold}{prompt}{bold:#}{line}\n")
    } else {
        format!("{prompt}{line}\n")
    }
}

/// A reply: its text, then the scorer's feedback, one line each.
#[must_use]
pub fn render_reply(reply: &Reply, colour: bool) -> String {
    let mut out = String::new();
    let text = reply.output.trim_end();
    if !text.is_empty() {
        out.push_str(&paint(text, reply.error.then_some(AnsiColor::Red), colour));
        out.push('\n');
    }
    for feedback in &reply.feedback {
        let colour_of = match feedback {
            Feedback::StepDone { .. } => AnsiColor::Green,
            Feedback::Violation { .. } => AnsiColor::Red,
            Feedback::Consequence { .. } => AnsiColor::Yellow,
        };
        out.push_str(&paint(&feedback.to_string(), Some(colour_of), colour));
        out.push('\n');
    }
    out
}

fn paint(text: &str, colour_of: Option<AnsiColor>, colour: bool) -> String {
    match colour_of {
        Some(colour_of) if colour => {
            let style = Style::new().fg_color(Some(colour_of.into()));
            format!("{style}{text}{style:#}")
        }
        _ => text.to_string(),
    }
}
