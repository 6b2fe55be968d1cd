//! The `tenantdrill` binary: turns command-line arguments into a run of the
//! library and the result into an exit status. Each subcommand lives in
//! `src/cli/`; this file only decides the exit status, as ripgrep's does:
//! 0 success, 1 a failed check, 2 a usage error (clap exits 2 for its own).

#![deny(unreachable_pub)]

mod cli;

use clap::{CommandFactory, FromArgMatches};
use std::process::ExitCode;

fn main() -> ExitCode {
    // Colour is settled before parsing, so clap's own help and errors
    // follow `--color` as the rest of the output does.
    let colour = cli::output::colour_choice(std::env::args_os());
    let lang = cli::language::settle(std::env::args_os());
    let command = cli::args::localized(cli::args::Cli::command().color(colour), lang);
    let matches = command.try_get_matches().unwrap_or_else(|error| cli::args::exit_with(&error, lang));
    let arguments = cli::args::Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
    match cli::run(arguments) {
        Ok(code) => code,
        Err(error) => {
            error.report();
            error.exit_code()
        }
    }
}
