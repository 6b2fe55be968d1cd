//! The presentation layer: the simulation's facts (outcomes, denials,
//! events, views, notices) in words, in the chosen [`Lang`](crate::i18n::Lang).
//! Nothing below this layer builds a sentence a person reads; everything
//! here builds them from the catalogues with [`crate::t!`].

pub mod event;
pub mod notice;
pub mod outcome;
pub mod session;
pub mod view;

use crate::bounded::{IoProblem, ReadError};
use crate::i18n::Lang;
use crate::t;

/// Why a file could not be read, in `lang`.
#[must_use]
pub fn read_error(lang: Lang, error: &ReadError) -> String {
    match error {
        ReadError::Io { path, error } => t!(lang, "cli-read-error", path = path, error = io_problem(lang, error)),
        ReadError::NotRegular { path } => t!(lang, "cli-not-a-regular-file", path = path),
        ReadError::TooLarge { path, limit } => t!(lang, "common-file-too-large", path = path, limit = limit),
    }
}

/// An input/output error in `lang`: the common kinds in the catalogue's
/// words; English, and the rare kinds, in the system's own.
#[must_use]
pub fn io_problem(lang: Lang, problem: &IoProblem) -> String {
    use std::io::ErrorKind;
    if lang == Lang::En {
        return problem.system.clone();
    }
    match problem.kind {
        ErrorKind::NotFound => t!(lang, "common-io-not-found"),
        ErrorKind::PermissionDenied => t!(lang, "common-io-permission-denied"),
        ErrorKind::IsADirectory => t!(lang, "common-io-is-a-directory"),
        ErrorKind::NotADirectory => t!(lang, "common-io-not-a-directory"),
        ErrorKind::AlreadyExists => t!(lang, "common-io-already-exists"),
        ErrorKind::ReadOnlyFilesystem => t!(lang, "common-io-read-only"),
        ErrorKind::StorageFull => t!(lang, "common-io-storage-full"),
        _ => problem.system.clone(),
    }
}

/// [`io_problem`] for an error as the system returned it.
#[must_use]
pub fn io_error(lang: Lang, error: &std::io::Error) -> String {
    io_problem(lang, &error.into())
}
