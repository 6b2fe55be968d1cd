//! The command line, declared once: clap derives parsing, `--help` and the
//! shell completions from these types.

use clap::{Args, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;
use std::path::PathBuf;
use tenantdrill::drill::Mode;

#[derive(Debug, Parser)]
#[command(name = "tenantdrill", version, about = "Practise Microsoft 365 account recovery and incident response on a simulated tenant.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Play a scenario in an interactive session (reads commands from
    /// standard input when it is not a terminal).
    Play(PlayArgs),
    /// Run a scenario on commands from a file or standard input and print
    /// the transcript and the report.
    Run(RunArgs),
    /// Re-grade saved sessions (files or folders): reports, a class summary,
    /// and exports for spreadsheets, gradebooks, learning record stores and
    /// the projector.
    Grade(GradeArgs),
    /// Check scenario and procedure files (folders: every `.ron` inside).
    Validate(ValidateArgs),
    /// List the bundled scenarios.
    List(ListArgs),
    /// Show a documented procedure's steps.
    Procedure(ProcedureArgs),
    /// Write a scenario skeleton, `<ID>.ron`, in the current folder.
    New(NewArgs),
    /// Print shell completions for tenantdrill.
    Completions(CompletionsArgs),
    /// Play the built-in compromised-mailbox incident with a scripted admin
    /// and print the timeline of everything that happened.
    Demo(DemoArgs),
}

#[derive(Debug, Args)]
pub struct PlayArgs {
    /// A bundled scenario id or a path to a `.ron` scenario file (with
    /// `--resume`, the one the session names when left out).
    #[arg(required_unless_present = "resume")]
    pub scenario: Option<String>,
    /// Seed for the scenario's variations and every random choice (the
    /// scenario's own seed when left out).
    #[arg(long, conflicts_with = "resume")]
    pub seed: Option<u64>,
    /// Practice shows feedback after each command; exam only at the end.
    #[arg(long, value_enum, conflicts_with = "resume")]
    pub mode: Option<ModeArg>,
    /// Where to write the session (default: the user's data folder).
    #[arg(long, value_name = "FILE", conflicts_with = "resume")]
    pub session: Option<PathBuf>,
    /// Continue a saved session where it stopped.
    #[arg(long, value_name = "FILE")]
    pub resume: Option<PathBuf>,
    /// Your id (a name or an email address), recorded in the session file
    /// for the instructor's gradebook (default: your login name).
    #[arg(long, value_name = "ID", conflicts_with = "resume")]
    pub trainee: Option<String>,
    /// When the session ends, write its HTML debrief to this file and say
    /// where it is.
    #[arg(long, value_name = "FILE")]
    pub debrief: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// A bundled scenario id or a path to a `.ron` scenario file.
    pub scenario: String,
    /// Seed for the scenario's variations and every random choice.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Practice shows feedback after each command; exam only at the end.
    #[arg(long, value_enum)]
    pub mode: Option<ModeArg>,
    /// The commands, one per line; `-` reads standard input.
    #[arg(long, value_name = "FILE|-", default_value = "-")]
    pub commands: String,
    #[arg(long, value_enum, default_value_t = RunFormat::Text)]
    pub format: RunFormat,
    /// Also write the session to this file.
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
    /// Exit with status 1 when the score is below this.
    #[arg(long, value_name = "SCORE", value_parser = clap::value_parser!(u32).range(0..=100))]
    pub fail_under: Option<u32>,
    /// The trainee's id (a name or an email address), recorded in the
    /// session file (default: the login name).
    #[arg(long, value_name = "ID")]
    pub trainee: Option<String>,
    /// At the end, write the session's HTML debrief to this file and say
    /// where it is.
    #[arg(long, value_name = "FILE")]
    pub debrief: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct GradeArgs {
    /// Session files written by `play` or `run --session`, or folders:
    /// every `*.jsonl` file inside, at any depth.
    #[arg(required = true, value_name = "SESSION_FILE|FOLDER")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = GradeFormat::Text)]
    pub format: GradeFormat,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Scenario files, procedure files (under a `procedures` folder) or
    /// folders holding them.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Args)]
pub struct ProcedureArgs {
    /// A bundled procedure id or a path to a procedure file.
    pub id: String,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The new scenario's id: lower-case words joined by `-`.
    pub id: String,
    /// Start from a copy of this scenario (a bundled id or a file).
    #[arg(long, value_name = "SCENARIO")]
    pub from: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Seed for every random choice in the run.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The remediation order the scripted admin follows.
    #[arg(long, value_enum, default_value_t = Order::Documented)]
    pub order: Order,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ModeArg {
    Practice,
    Exam,
}

impl From<ModeArg> for Mode {
    fn from(mode: ModeArg) -> Self {
        match mode {
            ModeArg::Practice => Mode::Practice,
            ModeArg::Exam => Mode::Exam,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RunFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GradeFormat {
    Text,
    Json,
    /// One row per session: for a spreadsheet.
    Csv,
    /// Email address and a score column per scenario: for Moodle's CSV
    /// grade import.
    GradebookCsv,
    /// A JSON array of xAPI 1.0.3 statements, for a learning record store.
    Xapi,
    /// One self-contained page: the class report and every debrief.
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Order {
    /// Reset, revoke, clean forwarding and rules, release, in the documented order.
    Documented,
    /// Remove the rule first and reset the password last: watch the attacker put it back.
    RulesFirst,
}
