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
    /// Re-grade saved session files; with several, add a class summary.
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
    /// `--resume`: the session's bundled scenario when left out; a scenario
    /// file must be named here, and must be the one the session was played on).
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
    /// Your name, recorded in the session file for the instructor.
    #[arg(long, value_name = "NAME", conflicts_with = "resume")]
    pub trainee: Option<String>,
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
    /// The trainee's name, recorded in the session file.
    #[arg(long, value_name = "NAME")]
    pub trainee: Option<String>,
}

#[derive(Debug, Args)]
pub struct GradeArgs {
    /// Session files written by `play` or `run --session`.
    #[arg(required = true, value_name = "SESSION_FILE")]
    pub files: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = GradeFormat::Text)]
    pub format: GradeFormat,
    /// A scenario file the sessions may have been played on; a session is
    /// matched to it by the scenario digest it recorded (repeatable).
    /// Bundled scenarios need no file.
    #[arg(long = "scenario", value_name = "FILE")]
    pub scenario_files: Vec<PathBuf>,
    /// A folder of scenario files (`.ron`), matched like `--scenario`
    /// (repeatable).
    #[arg(long = "scenarios", value_name = "DIR")]
    pub scenario_folders: Vec<PathBuf>,
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
    Csv,
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
