//! The `tenantdrill` binary: turns command-line arguments into a run of the
//! library and the result into an exit status. Each subcommand lives in
//! `src/cli/`; this file only decides the exit status, as ripgrep's does:
//! 0 success, 1 a failed check, 2 a usage error (clap exits 2 for its own).

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let arguments = cli::args::Cli::parse();
    match cli::run(arguments) {
        Ok(code) => code,
        Err(error) => {
            error.report();
            error.exit_code()
        }
    }
}
