//! `tenantdrill new`: a scenario file for an instructor to start from.

use super::args::NewArgs;
use super::error::CliError;
use super::language::lang;
use super::output::note;
use super::scenario::{plain_io_error, resolve};
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use tenantdrill::diagnostic::locate_string;
use tenantdrill::t;

/// A small complete scenario with comments; `@ID@` is the new id.
const SKELETON: &str = include_str!("skeleton.ron");

pub(super) fn new(args: &NewArgs) -> Result<ExitCode, CliError> {
    if !tenantdrill::scenario::validate::is_id(&args.id) {
        return Err(CliError::usage(t!(lang(), "cli-new-bad-id", id = &args.id)));
    }
    let text = match &args.from {
        None => SKELETON.replace("@ID@", &args.id),
        Some(from) => copy_with_id(from, &args.id)?,
    };
    let path = PathBuf::from(format!("{}.ron", args.id));
    let mut file = match OpenOptions::new().write(true).create_new(true).open(&path) {
        Ok(file) => file,
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
            return Err(CliError::check(t!(lang(), "cli-new-exists", path = path.display().to_string())));
        }
        Err(error) => {
            return Err(CliError::check(t!(lang(), "cli-create-error", path = path.display().to_string(), error = plain_io_error(&error))));
        }
    };
    file.write_all(text.as_bytes()).map_err(|error| {
        CliError::check(t!(lang(), "cli-write-error", path = path.display().to_string(), error = plain_io_error(&error)))
    })?;
    note(&t!(lang(), "cli-new-wrote", path = path.display().to_string()));
    Ok(ExitCode::SUCCESS)
}

/// The text of scenario `from` with its id replaced, everything else
/// (comments, layout) kept as written.
fn copy_with_id(from: &str, id: &str) -> Result<String, CliError> {
    let resolved = resolve(from)?;
    let source = resolved.loaded.source;
    let old = &resolved.loaded.scenario.id;
    let span =
        locate_string(&source, old, Some("id"), 0).ok_or_else(|| CliError::check(t!(lang(), "cli-new-id-not-found", from = from)))?;
    // Spans count from after a byte-order mark.
    let bom = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let line_start: usize = bom + source[bom..].split_inclusive('\n').take(span.line - 1).map(str::len).sum::<usize>();
    let line = &source[line_start..];
    let column_offset: usize = line.chars().take(span.column - 1).map(char::len_utf8).sum();
    let start = line_start + column_offset;
    // The span may cover the quotes or only the text inside them.
    let (start, end) = if source[start..].starts_with('"') { (start + 1, start + 1 + old.len()) } else { (start, start + old.len()) };
    if source.get(start..end) != Some(old.as_str()) {
        return Err(CliError::check(t!(lang(), "cli-new-id-not-found", from = from)));
    }
    Ok(format!("{}{id}{}", &source[..start], &source[end..]))
}
