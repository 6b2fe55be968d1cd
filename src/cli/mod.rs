//! The command line: each subcommand parses its arguments (clap), does its
//! work through the library, and returns a result that `main` turns into an
//! exit status. Nothing here is simulation logic.

pub mod args;
mod debrief;
mod demo;
pub mod error;
mod files;
mod grade;
mod interactive;
mod library;
mod new;
mod output;
mod play;
mod run;
mod scenario;
mod script;
mod validate;

use args::{Cli, Command};
use clap::CommandFactory;
use error::CliError;
use std::process::ExitCode;

/// Runs the subcommand; `Ok` carries the exit status for commands whose
/// findings were already printed (a failed validation exits 1).
pub fn run(cli: Cli) -> Result<ExitCode, CliError> {
    match cli.command {
        Command::Play(args) => play::play(&args),
        Command::Run(args) => run::run(&args),
        Command::Grade(args) => grade::grade(&args),
        Command::Validate(args) => validate::validate(&args),
        Command::List(args) => library::list(&args),
        Command::Procedure(args) => library::procedure(&args),
        Command::New(args) => new::new(&args),
        Command::Completions(args) => {
            let mut command = Cli::command();
            clap_complete::generate(args.shell, &mut command, "tenantdrill", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo(args) => {
            output::out(&demo::run_demo(&args))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
