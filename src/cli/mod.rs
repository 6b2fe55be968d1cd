//! The command line: each subcommand parses its arguments (clap), does its
//! work through the library, and returns a result that `main` turns into an
//! exit status. Nothing here is simulation logic.

pub(crate) mod args;
mod debrief;
mod demo;
pub(crate) mod error;
mod files;
mod grade;
mod interactive;
pub(crate) mod language;
mod library;
mod new;
pub(crate) mod output;
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
pub(crate) fn run(cli: Cli) -> Result<ExitCode, CliError> {
    match cli.command {
        Command::Play(args) => play::play(&args),
        Command::Run(args) => run::run(&args),
        Command::Grade(args) => grade::grade(&args),
        Command::Validate(args) => validate::validate(&args),
        Command::List(args) => library::list(&args),
        Command::Procedure(args) => library::procedure(&args),
        Command::New(args) => new::new(&args),
        Command::Completions(args) => {
            // Generated into memory, then written like any output, so a
            // closed pipe is a quiet stop rather than clap_complete's panic.
            let mut script = Vec::new();
            let mut command = args::localized(Cli::command(), language::lang());
            clap_complete::generate(args.shell, &mut command, "tenantdrill", &mut script);
            output::out(&with_library_ids(args.shell, String::from_utf8_lossy(&script).into_owned()))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            output::out(&man_page()?)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo(args) => {
            output::out(&demo::run_demo(&args))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The manual page: the tool's synopsis, description and options, then a
/// COMMANDS section with each subcommand's synopsis, description and
/// options, all from the clap declaration, so it never drifts from
/// `--help`.
fn man_page() -> Result<String, CliError> {
    let failed = |error: std::io::Error| CliError::check(tenantdrill::t!(language::lang(), "cli-man-error", error = error.to_string()));
    // The descriptions in the chosen language, as `--help` shows them.
    let command = args::localized(Cli::command(), language::lang());
    let man = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    man.render_title(&mut page).map_err(failed)?;
    man.render_name_section(&mut page).map_err(failed)?;
    man.render_synopsis_section(&mut page).map_err(failed)?;
    man.render_description_section(&mut page).map_err(failed)?;
    man.render_options_section(&mut page).map_err(failed)?;
    let mut page = String::from_utf8_lossy(&page).into_owned();
    page.push_str(".SH COMMANDS\n");
    for subcommand in command.get_subcommands().filter(|subcommand| subcommand.get_name() != "help") {
        let name = format!("tenantdrill {}", subcommand.get_name());
        let sub = clap_mangen::Man::new(subcommand.clone().bin_name(name.clone()));
        let mut section = Vec::new();
        sub.render_synopsis_section(&mut section).map_err(failed)?;
        sub.render_description_section(&mut section).map_err(failed)?;
        sub.render_options_section(&mut section).map_err(failed)?;
        page.push_str(&format!(".SS \"{name}\"\n"));
        // The subcommand's own headings would start new sections; under
        // COMMANDS its parts are paragraphs of one subsection.
        for line in String::from_utf8_lossy(&section).lines() {
            if line.starts_with(".SH ") {
                page.push_str(".PP\n");
            } else {
                page.push_str(line);
                page.push('\n');
            }
        }
    }
    let mut version = Vec::new();
    man.render_version_section(&mut version).map_err(failed)?;
    page.push_str(&String::from_utf8_lossy(&version));
    Ok(localize_man_page(&page, language::lang()))
}

/// `clap_mangen`'s own words (section headings, clap's help flags, defaults)
/// in `lang`, as `--help` has them.
fn localize_man_page(page: &str, lang: tenantdrill::i18n::Lang) -> String {
    use tenantdrill::t;
    if lang == tenantdrill::i18n::Lang::En {
        return page.to_string();
    }
    let mut localized = String::with_capacity(page.len());
    for line in page.lines() {
        let line = match line {
            ".SH NAME" => format!(".SH {}", t!(lang, "cli-man-name")),
            ".SH SYNOPSIS" => format!(".SH {}", t!(lang, "cli-man-synopsis")),
            ".SH DESCRIPTION" => format!(".SH {}", t!(lang, "cli-man-description")),
            ".SH OPTIONS" => format!(".SH {}", t!(lang, "cli-man-options")),
            ".SH COMMANDS" => format!(".SH {}", t!(lang, "cli-man-commands")),
            ".SH VERSION" => format!(".SH {}", t!(lang, "cli-man-version")),
            _ => line
                .replace("(see a summary with \\*(Aq\\-h\\*(Aq)", &roff_text(&t!(lang, "cli-clap-see-summary")))
                .replace("Print help", &roff_text(&t!(lang, "cli-clap-print-help")))
                .replace("Print version", &roff_text(&t!(lang, "cli-clap-print-version")))
                .replace("\\fIPossible values:\\fR", &format!("\\fI{}\\fR", roff_text(&t!(lang, "cli-clap-possible-values"))))
                .replace("[default: ", &format!("[{}: ", roff_text(&t!(lang, "cli-clap-default"))))
                .replace("<\\fIsubcommands\\fR>", &format!("<\\fI{}\\fR>", roff_text(&t!(lang, "cli-man-subcommands")))),
        };
        localized.push_str(&line);
        localized.push('\n');
    }
    localized
}

/// Text for a roff line, escaped as `clap_mangen` escapes its own: a hyphen
/// and an apostrophe.
fn roff_text(text: &str) -> String {
    text.replace('-', "\\-").replace('\'', "\\*(Aq")
}

/// Where completion offers bundled ids: the subcommand and the ids.
fn library_arguments() -> [(&'static str, Vec<&'static str>); 4] {
    use tenantdrill::scenario::library::{PROCEDURES, SCENARIOS};
    let scenarios: Vec<&'static str> = SCENARIOS.iter().map(|bundled| bundled.id).collect();
    [
        ("play", scenarios.clone()),
        ("run", scenarios.clone()),
        ("procedure", PROCEDURES.iter().map(|bundled| bundled.id).collect()),
        ("new", scenarios),
    ]
}

/// clap's bash and zsh scripts complete a positional argument's possible
/// values (the bundled ids, see `LibraryId`); its fish and PowerShell
/// scripts complete only flags and subcommands, so the ids are added to
/// those here, beside file names.
fn with_library_ids(shell: clap_complete::Shell, mut script: String) -> String {
    match shell {
        clap_complete::Shell::Fish => {
            for (subcommand, ids) in library_arguments() {
                if subcommand != "new" {
                    script.push_str(&format!(
                        "complete -c tenantdrill -n \"__fish_tenantdrill_using_subcommand {subcommand}\" -a \"{}\"\n",
                        ids.join(" ")
                    ));
                }
            }
            script
        }
        clap_complete::Shell::PowerShell => {
            for (subcommand, ids) in library_arguments() {
                let case = format!("        'tenantdrill;{subcommand}' {{\n");
                let mut results = String::new();
                for id in ids {
                    results.push_str(&format!(
                        "            [CompletionResult]::new('{id}', '{id}', [CompletionResultType]::ParameterValue, 'bundled')\n"
                    ));
                }
                if let Some(at) = script.find(&case) {
                    script.insert_str(at + case.len(), &results);
                }
            }
            script
        }
        _ => script,
    }
}
