//! The two kinds of line in a session file, and how a command becomes one.

use crate::action::{Action, NewPassword};
use crate::command::{self, Command, Line};
use crate::drill::{Drill, Mode, Reply};
use crate::engine::Outcome;
use crate::tenant::password_rules::PasswordRejection;
use serde::{Deserialize, Serialize};

/// The password a replay types where the file has `***`.
///
/// The trainee's own choice never reaches the disk, so a replay needs a
/// stand-in that passes the password rules for any user of any bundled
/// tenant: four unrelated words, digits and a symbol, none of them a banned
/// term. Nothing in the simulation depends on which accepted password was
/// set, only on whether one was, so the stand-in reproduces the session.
pub const STAND_IN_PASSWORD: &str = "Quokka-Lattice-Ember-58#";

/// The first line of a session file: what is needed to rebuild the same
/// drill. Nothing the simulation reads depends on the wall clock or the
/// machine; `started_utc` is metadata for the instructor's gradebook, set
/// by the binary and never read by a replay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// Always [`super::FORMAT`].
    pub format: String,
    /// [`super::FORMAT_VERSION`] when written.
    pub version: u32,
    /// The tenantdrill version that wrote the file.
    pub tool: String,
    /// The scenario's id.
    pub scenario: String,
    /// How the scenario was named on the command line: a bundled id or a
    /// path, so `grade` and `play --resume` can find it again.
    pub source: String,
    /// SHA-256 of the scenario file: replaying against a changed scenario
    /// would silently grade a different incident.
    pub digest: String,
    pub seed: u64,
    #[serde(with = "mode_name")]
    pub mode: Mode,
    /// Who played: for the instructor's class summary.
    pub trainee: String,
    /// When the session started by the wall clock (RFC 3339, UTC), for a
    /// gradebook; never used by the simulation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_utc: Option<String>,
    /// A random value chosen when the session started, where the entries'
    /// hash chain begins: two sessions never share one, so a copied file
    /// shows. Empty in version 1 files.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub nonce: String,
    /// The language the trainee read (and the output digests were made
    /// in); English in files that do not say.
    #[serde(default)]
    pub lang: crate::i18n::Lang,
}

impl Header {
    /// The header for a new session of `drill`.
    #[must_use]
    pub fn new(drill: &Drill, source: &str, trainee: &str) -> Self {
        Self {
            format: super::FORMAT.to_string(),
            version: super::FORMAT_VERSION,
            tool: env!("CARGO_PKG_VERSION").to_string(),
            scenario: drill.scenario().id.clone(),
            source: source.to_string(),
            digest: drill.digest().to_string(),
            seed: drill.seed(),
            mode: drill.mode(),
            trainee: trainee.to_string(),
            started_utc: None,
            nonce: String::new(),
            lang: drill.lang(),
        }
    }

    /// The header with `nonce` (random, from the caller: the library draws
    /// no randomness of its own outside the seeded generator).
    #[must_use]
    pub fn with_nonce(self, nonce: String) -> Self {
        Self { nonce, ..self }
    }
}

/// How a command ended, in one word: an action's [`Outcome`], or for the
/// commands the session answers itself (help, status, hint, submit, a line
/// that did not parse) whether the answer was an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutcomeKind {
    Done,
    Denied,
    Invalid,
    Ok,
    Error,
}

impl OutcomeKind {
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            OutcomeKind::Done => "done",
            OutcomeKind::Denied => "denied",
            OutcomeKind::Invalid => "invalid",
            OutcomeKind::Ok => "ok",
            OutcomeKind::Error => "error",
        }
    }
}

/// One command line the trainee gave.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// 1, 2, 3...: a gap or a repeat shows a damaged file.
    pub n: u32,
    /// The line as typed, every password replaced by `***`.
    pub line: String,
    /// Whether `line` had a password masked: a replay types
    /// [`STAND_IN_PASSWORD`] there.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub masked: bool,
    /// Simulated time when the command was given (RFC 3339).
    pub at: String,
    /// Simulated time when it finished (RFC 3339).
    pub ended: String,
    pub outcome: OutcomeKind,
    /// Why it was denied, invalid or an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// When the command was recorded by the wall clock (RFC 3339, UTC):
    /// metadata for the instructor, never used by a replay. Written only
    /// by a [`super::SessionWriter`] given a wall clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wall: Option<String>,
    /// For each password the line typed (each `***` of a line that parsed,
    /// in order): what a replay needs to reproduce the command exactly,
    /// never the password.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub secrets: Vec<Secret>,
    /// SHA-256 of the command's output ([`super::output_digest`]); version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output: Option<String>,
    /// This entry's link of the hash chain ([`super::chain_next`]), set by
    /// the writer; version 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain: Option<String>,
}

/// What is recorded about one typed password instead of the password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Secret {
    /// Where the simulation already held this very password when it was
    /// typed (`user:UPN`, `user:UPN:history:I`, `attacker:UPN`, `spray:I`,
    /// `end-user:UPN`, ...): the replay types what that place holds then.
    /// Left out for a password held nowhere (fresh).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) same_as: Option<String>,
    /// For a new password, what the password rules said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<Rules>,
}

/// The password rules' verdict on a new password.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rules {
    Accepted,
    Rejected(PasswordRejection),
}

/// Runs one line through the drill and says what to record.
///
/// Blank lines, comments and `quit` change nothing and are not recorded
/// (`None`); every other line is, even one that did not parse, so the file
/// is the whole transcript and a replay sees exactly what the drill saw.
pub fn step(drill: &mut Drill, line: &str, n: u32) -> (Reply, Option<Entry>) {
    step_line(drill, &command::read(line.trim()), n)
}

/// [`step`] for a line already read by [`command::read`] (trimmed).
pub(crate) fn step_line(drill: &mut Drill, line: &Line<'_>, n: u32) -> (Reply, Option<Entry>) {
    let trimmed = line.text;
    let records_before = drill.records().len();
    let at = drill.simulation().now();
    let secrets = describe_secrets(drill, line);
    let reply = drill.execute_line(line);
    if trimmed.is_empty() || trimmed.starts_with('#') || reply.quit {
        return (reply, None);
    }
    if let Some(record) = drill.records().get(records_before..).and_then(<[_]>::last)
        && record.outcome == Outcome::Done
        && let Some((_, password)) = record.action.as_ref().and_then(new_password)
    {
        let password = password.clone();
        drill.note_password_set(&password);
    }
    let output = super::output_digest(&reply.output, drill.passwords_set(), &line.hidden);
    let (outcome, reason) = match drill.records().get(records_before..).and_then(<[_]>::last) {
        Some(record) => match &record.outcome {
            Outcome::Done => (OutcomeKind::Done, None),
            Outcome::Denied(_) => (OutcomeKind::Denied, crate::present::outcome::reason(crate::i18n::Lang::En, &record.outcome)),
            Outcome::Invalid(_) => (OutcomeKind::Invalid, crate::present::outcome::reason(crate::i18n::Lang::En, &record.outcome)),
        },
        None if reply.error => (OutcomeKind::Error, Some(reply.output.trim().to_string())),
        None => (OutcomeKind::Ok, None),
    };
    let entry = Entry {
        n,
        masked: line.is_masked(),
        line: line.masked.clone(),
        at: at.to_string(),
        ended: drill.simulation().now().to_string(),
        outcome,
        reason,
        wall: None,
        secrets,
        output: Some(output),
        chain: None,
    };
    (reply, Some(entry))
}

/// For a line that parsed and typed passwords: where the simulation
/// already holds each one, and the rules' verdict on a new one.
fn describe_secrets(drill: &Drill, line: &Line<'_>) -> Vec<Secret> {
    if line.hidden.is_empty() {
        return Vec::new();
    }
    let Ok(Command::Act(action) | Command::Ask { action, .. }) = &line.command else { return Vec::new() };
    let new_password = new_password(action);
    let simulation = drill.simulation();
    line.hidden
        .iter()
        .map(|typed| Secret {
            same_as: simulation.place_of_password(typed),
            rules: new_password
                .filter(|(_, password)| *password == typed)
                .and_then(|(user, password)| simulation.password_verdict(user, password))
                .map(|verdict| verdict.map_or_else(Rules::Rejected, |()| Rules::Accepted)),
        })
        .collect()
}

/// The user and new password of an action that sets one.
pub(super) fn new_password(action: &Action) -> Option<(&String, &String)> {
    match action {
        Action::ResetPassword { user, password: NewPassword::Given(password), .. }
        | Action::SelfServiceReset { user, new_password: password, .. }
        | Action::ChangePassword { user, new_password: password, .. } => Some((user, password)),
        _ => None,
    }
}

/// `"practice"` and `"exam"` in the file, as on the command line.
mod mode_name {
    use crate::drill::Mode;
    use serde::{Deserialize, Deserializer, Serializer};

    #[expect(clippy::trivially_copy_pass_by_ref, reason = "serde's `with` passes a reference")]
    pub(crate) fn serialize<S: Serializer>(mode: &Mode, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(mode.name())
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Mode, D::Error> {
        let name = String::deserialize(deserializer)?;
        match name.as_str() {
            "practice" => Ok(Mode::Practice),
            "exam" => Ok(Mode::Exam),
            other => Err(serde::de::Error::custom(format!("unknown mode `{other}`, expected `practice` or `exam`"))),
        }
    }
}
