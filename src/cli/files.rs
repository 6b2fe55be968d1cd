//! The files a session touches: the session file itself, synced after
//! every command, the user's data folder for default sessions, and the
//! state folder for the REPL history of each scenario.

use super::error::CliError;
use super::language::lang;
use super::scenario::{plain_io_error, read_limited};
use directories::ProjectDirs;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{self, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use tenantdrill::bounded;
use tenantdrill::session::{self, Parsed, SessionError, SessionProblem};
use tenantdrill::t;

/// A file whose `flush` reaches the disk, so a session line survives a
/// power cut as well as a killed process.
#[derive(Debug)]
pub(super) struct SyncedFile(File);

impl Write for SyncedFile {
    fn write(&mut self, buffer: &[u8]) -> io::Result<usize> {
        self.0.write(buffer)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()?;
        self.0.sync_data()
    }
}

/// The user's data folder (`~/.local/share/tenantdrill` on Linux), created
/// if needed; `None` when the system names no home folder.
pub(super) fn data_folder() -> Option<PathBuf> {
    let folder = ProjectDirs::from("", "", "tenantdrill")?.data_dir().to_path_buf();
    std::fs::create_dir_all(&folder).ok()?;
    Some(folder)
}

/// The history file of one scenario, `history/<scenario>.txt` in the
/// user's state folder (`~/.local/state/tenantdrill` on Linux; the data
/// folder where the system has no state folder), created empty and
/// readable by the user alone (mode 0600 on Unix) if needed. `Ok(None)`
/// when the system names no home folder; an error says what failed.
pub(super) fn history_file(scenario: &str) -> Result<Option<PathBuf>, String> {
    let Some(project) = ProjectDirs::from("", "", "tenantdrill") else { return Ok(None) };
    let folder = project.state_dir().unwrap_or_else(|| project.data_dir()).join("history");
    std::fs::create_dir_all(&folder)
        .map_err(|error| t!(lang(), "cli-history-folder-error", path = folder.display().to_string(), error = error.to_string()))?;
    // A scenario file may carry any id: keep the file name to safe characters.
    let name: String = scenario
        .chars()
        .take(100)
        .map(|character| if character.is_ascii_alphanumeric() || matches!(character, '-' | '_') { character } else { '_' })
        .collect();
    let path = folder.join(format!("{name}.txt"));
    let mut options = OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        options
            .open(&path)
            .map_err(|error| t!(lang(), "cli-history-open-error", path = path.display().to_string(), error = error.to_string()))?;
        // A file made before by another tool keeps its mode: narrow it.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))
            .map_err(|error| t!(lang(), "cli-history-private-error", path = path.display().to_string(), error = error.to_string()))?;
    }
    #[cfg(not(unix))]
    options
        .open(&path)
        .map_err(|error| t!(lang(), "cli-history-open-error", path = path.display().to_string(), error = error.to_string()))?;
    Ok(Some(path))
}

/// Takes the advisory lock on an open session file, so that two processes
/// never write one session at once: the second is refused.
fn lock(file: File, path: &Path) -> Result<File, CliError> {
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(TryLockError::WouldBlock) => Err(CliError::check(t!(lang(), "cli-session-in-use", path = path.display().to_string()))),
        Err(TryLockError::Error(error)) => {
            Err(CliError::check(t!(lang(), "cli-session-lock-error", path = path.display().to_string(), error = plain_io_error(&error))))
        }
    }
}

/// Creates a new session file, refusing to replace one: an existing
/// session is a trainee's work. The file stays locked while it is open.
pub(super) fn create_session(path: &Path) -> Result<SyncedFile, CliError> {
    match OpenOptions::new().write(true).create_new(true).open(path) {
        Ok(file) => Ok(SyncedFile(lock(file, path)?)),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
            Err(CliError::check(t!(lang(), "cli-session-exists", path = path.display().to_string())))
        }
        Err(error) => {
            Err(CliError::check(t!(lang(), "cli-session-create-error", path = path.display().to_string(), error = plain_io_error(&error))))
        }
    }
}

/// A new session file in the data folder, named after the scenario and
/// seed and numbered (no dates: nothing in a session depends on the wall
/// clock). `None` when there is no data folder.
pub(super) fn create_default_session(scenario: &str, seed: u64) -> Result<Option<(PathBuf, SyncedFile)>, CliError> {
    let Some(data) = data_folder() else { return Ok(None) };
    let folder = data.join("sessions");
    std::fs::create_dir_all(&folder).map_err(|error| {
        CliError::check(t!(lang(), "cli-create-error", path = folder.display().to_string(), error = plain_io_error(&error)))
    })?;
    for number in 1..=100_000_u32 {
        let path = folder.join(format!("{scenario}-seed{seed}-{number}.jsonl"));
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(file) => {
                let file = lock(file, &path)?;
                return Ok(Some((path, SyncedFile(file))));
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {}
            Err(error) => {
                return Err(CliError::check(t!(
                    lang(),
                    "cli-session-create-error",
                    path = path.display().to_string(),
                    error = plain_io_error(&error)
                )));
            }
        }
    }
    Err(CliError::check(t!(lang(), "cli-too-many-sessions", path = folder.display().to_string(), scenario = scenario, seed = seed)))
}

/// Reads and parses a session file.
pub(super) fn read_session(path: &Path) -> Result<Parsed, SessionError> {
    let file = path.display().to_string();
    let limit = usize::try_from(session::MAX_FILE_BYTES).unwrap_or(usize::MAX);
    let bytes = read_limited(path, limit).map_err(|message| SessionError::new(&file, SessionProblem::Read(message)))?;
    parse_bytes(&file, bytes)
}

fn parse_bytes(file: &str, bytes: Vec<u8>) -> Result<Parsed, SessionError> {
    let file = file.to_string();
    let text = String::from_utf8(bytes).map_err(|_| SessionError::new(&file, SessionProblem::NotUtf8))?;
    session::parse(&file, &text)
}

/// Opens a session file to continue it, locked for as long as it is open,
/// and reads it (bounded, from the open file, so what is read is what is
/// continued).
pub(super) fn open_to_resume(path: &Path) -> Result<(File, Parsed), CliError> {
    let failed = |error: io::Error| {
        CliError::check(t!(lang(), "cli-session-continue-error", path = path.display().to_string(), error = plain_io_error(&error)))
    };
    let shown = path.display().to_string();
    let metadata = std::fs::metadata(path).map_err(|error| {
        CliError::check(format!("{shown}: {}", t!(lang(), "cli-read-error", path = &shown, error = plain_io_error(&error))))
    })?;
    if !metadata.is_file() {
        return Err(CliError::check(format!("{shown}: {}", t!(lang(), "cli-not-a-regular-file", path = &shown))));
    }
    let file = lock(OpenOptions::new().read(true).write(true).open(path).map_err(failed)?, path)?;
    let limit = usize::try_from(session::MAX_FILE_BYTES).unwrap_or(usize::MAX);
    let bytes = bounded::read_opened(&file, path, limit)
        .map_err(|error| CliError::check(format!("{shown}: {}", tenantdrill::present::read_error(lang(), &error))))?;
    let parsed = parse_bytes(&shown, bytes).map_err(|error| CliError::check(error.render(lang())))?;
    Ok((file, parsed))
}

/// Makes a locked session file ready to append to: cuts a half-written last
/// line and makes sure the file ends with a newline.
pub(super) fn reopen_session(mut file: File, path: &Path, valid_bytes: usize) -> Result<SyncedFile, CliError> {
    let failed = |error: io::Error| {
        CliError::check(t!(lang(), "cli-session-continue-error", path = path.display().to_string(), error = plain_io_error(&error)))
    };
    let length = u64::try_from(valid_bytes).unwrap_or(u64::MAX);
    file.set_len(length).map_err(failed)?;
    let mut last = [0_u8; 1];
    if length > 0 {
        file.seek(SeekFrom::Start(length - 1)).map_err(failed)?;
        io::Read::read_exact(&mut file, &mut last).map_err(failed)?;
    }
    file.seek(SeekFrom::End(0)).map_err(failed)?;
    if length > 0 && last[0] != b'\n' {
        file.write_all(b"\n").map_err(failed)?;
    }
    file.sync_data().map_err(failed)?;
    Ok(SyncedFile(file))
}

/// Who is playing, for the session header: `--trainee`, else the login
/// name, else "trainee".
pub(super) fn trainee_name(given: Option<&str>) -> String {
    given
        .map(str::to_string)
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .filter(|name| !name.trim().is_empty())
        .unwrap_or_else(|| "trainee".to_string())
}

/// The wall-clock time now, RFC 3339 in UTC, for a session's metadata
/// (`Header::started_utc`, `Entry::wall`). The only place the binary reads
/// the wall clock; the simulation never sees it.
#[allow(clippy::disallowed_methods)] // metadata for the gradebook, not simulation time
pub(super) fn wall_clock_now() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_secs());
    tenantdrill::clock::SimTime(seconds).to_string()
}

/// A folder is searched at most this deep for session files.
const MAX_FOLDER_DEPTH: usize = 16;
/// `grade` takes at most this many session files in one run.
pub(super) const MAX_SESSION_FILES: usize = 100_000;

/// The session files `paths` name: each file as given, and for each
/// folder every `*.jsonl` file inside at any depth (symbolic links to
/// folders are not followed), in name order, each file once. A path that does not exist
/// is listed in `missing` with the reason and the rest go on.
pub(super) fn session_files(paths: &[PathBuf], missing: &mut Vec<tenantdrill::class::Ungraded>) -> Result<Vec<PathBuf>, CliError> {
    let mut files = Vec::new();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => collect_jsonl(path, 0, &mut files, missing),
            Ok(_) => files.push(path.clone()),
            Err(error) => {
                let reason = t!(lang(), "cli-read-error", path = path.display().to_string(), error = plain_io_error(&error));
                CliError::check(format!("{}: {reason}", path.display())).report();
                missing.push(tenantdrill::class::Ungraded { file: path.display().to_string(), reason });
            }
        }
        if files.len() > MAX_SESSION_FILES {
            return Err(CliError::check(t!(lang(), "cli-too-many-session-files", count = MAX_SESSION_FILES)));
        }
    }
    // A file named twice (itself and in its folder) is graded once.
    let mut seen = std::collections::BTreeSet::new();
    files.retain(|file| seen.insert(std::fs::canonicalize(file).unwrap_or_else(|_| file.clone())));
    Ok(files)
}

fn collect_jsonl(folder: &Path, depth: usize, files: &mut Vec<PathBuf>, missing: &mut Vec<tenantdrill::class::Ungraded>) {
    let entries = match std::fs::read_dir(folder) {
        Ok(entries) => entries,
        Err(error) => {
            let reason = t!(lang(), "cli-folder-read-error", path = folder.display().to_string(), error = plain_io_error(&error));
            CliError::check(format!("{}: {reason}", folder.display())).report();
            missing.push(tenantdrill::class::Ungraded { file: folder.display().to_string(), reason });
            return;
        }
    };
    let mut paths: Vec<(PathBuf, bool)> =
        entries.filter_map(Result::ok).filter_map(|entry| entry.file_type().ok().map(|kind| (entry.path(), kind.is_dir()))).collect();
    paths.sort();
    for (path, is_folder) in paths {
        if files.len() > MAX_SESSION_FILES {
            return;
        }
        if is_folder {
            if depth < MAX_FOLDER_DEPTH {
                collect_jsonl(&path, depth + 1, files, missing);
            }
        } else if path.extension().is_some_and(|extension| extension == "jsonl") {
            files.push(path);
        }
    }
}

/// A new session's nonce: 128 random bits from the operating system, in
/// hex, so that no two sessions share one (a copied file shows).
pub(super) fn nonce() -> Result<String, CliError> {
    let mut bytes = [0_u8; 16];
    getrandom::fill(&mut bytes).map_err(|error| CliError::check(t!(lang(), "cli-nonce-error", error = error.to_string())))?;
    Ok(bytes.iter().fold(String::with_capacity(32), |mut hex, byte| {
        use std::fmt::Write as _;
        let _ = write!(hex, "{byte:02x}");
        hex
    }))
}
