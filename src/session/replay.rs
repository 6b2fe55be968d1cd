//! Rebuilding a session from its file: the same scenario, seed and lines
//! through a fresh drill give the same state, because the simulation is
//! deterministic.
//!
//! A line with a masked password cannot be replayed as written: `***` would
//! be rejected by the password rules. The replay types
//! [`STAND_IN_PASSWORD`] there instead, which is accepted wherever a strong
//! password is, and keeps `***` (which is rejected) when the file says the
//! command failed. The file records each command's outcome, so the replay
//! checks that it ended the same way and warns when it did not.

use super::entry::{Entry, OutcomeKind, Rules, STAND_IN_PASSWORD, new_password, step};
use super::integrity::{Alteration, AlterationKind, Integrity, check_chain};
use super::parse::{Difference, Parsed, SessionError, SessionProblem, SessionWarning, WarningKind};
use crate::command::Command;
use crate::command::mask_secrets;
use crate::drill::Drill;
use crate::scenario::library::ProcedureSet;
use crate::scenario::load::Loaded;

/// More warnings than this say nothing new: the replay has diverged.
const MAX_WARNINGS: usize = 10;

/// A session rebuilt from its file.
#[derive(Debug, Clone)]
pub struct Replayed {
    /// The drill after the last recorded command, ready to continue.
    pub drill: Drill,
    /// How many commands were replayed; the next entry is numbered one more.
    pub commands: u32,
    /// Where the replay did not end as the file says.
    pub warnings: Vec<SessionWarning>,
    /// The first entry whose replay did not give what the file records.
    pub first_difference: Option<Alteration>,
    /// How many passwords the trainee made up (held nowhere when typed)
    /// the simulation still holds at the end, as stand-ins: the file never
    /// had them, so a session continued from here takes such a password,
    /// typed again, for a new one.
    pub stand_ins_held: usize,
}

impl Replayed {
    /// The session file's integrity: unverified for a version 1 file;
    /// altered when the chain breaks or the replay differs; else verified.
    #[must_use]
    pub fn integrity(&self, parsed: &Parsed) -> Integrity {
        if parsed.header.version < 2 {
            return Integrity::Unverified;
        }
        match check_chain(parsed).or_else(|| self.first_difference.clone()) {
            Some(alteration) => Integrity::Altered(alteration),
            None => Integrity::Verified,
        }
    }
}

/// Replays `parsed` through a fresh drill of `loaded`.
///
/// Refuses a session recorded against another scenario or another version
/// of this one: the same lines would mean a different incident.
pub fn replay(file: &str, parsed: &Parsed, loaded: &Loaded, procedures: &ProcedureSet) -> Result<Replayed, SessionError> {
    check_header(file, parsed, loaded)?;
    Ok(replay_on(file, parsed, fresh_drill(file, parsed, loaded, procedures)?))
}

/// A new drill of `loaded` for the session's seed and mode.
pub fn fresh_drill(file: &str, parsed: &Parsed, loaded: &Loaded, procedures: &ProcedureSet) -> Result<Drill, SessionError> {
    let header = &parsed.header;
    Drill::new(loaded, procedures, header.seed, header.mode)
        .map(|drill| drill.with_lang(header.lang))
        .map_err(|error| SessionError::new(file, SessionProblem::ScenarioDoesNotBuild { seed: header.seed, detail: first_message(&error) }))
}

/// Refuses a session recorded against another scenario or another version
/// of this one.
pub fn check_header(file: &str, parsed: &Parsed, loaded: &Loaded) -> Result<(), SessionError> {
    let header = &parsed.header;
    if header.scenario != loaded.scenario.id {
        let problem = SessionProblem::OtherScenario { recorded: header.scenario.clone(), given: loaded.scenario.id.clone() };
        return Err(SessionError::new(file, problem).at(1, None));
    }
    if header.digest != loaded.digest {
        let problem = SessionProblem::ScenarioChanged {
            scenario: header.scenario.clone(),
            then: short(&header.digest).to_string(),
            now: short(&loaded.digest).to_string(),
        };
        return Err(SessionError::new(file, problem).at(1, None));
    }
    Ok(())
}

/// Replays `parsed` through `drill`, a fresh drill of the session's
/// scenario, seed and mode that the caller built after [`check_header`]:
/// grading a class builds each scenario and seed once and replays every
/// session on a copy (a build is deterministic, so a copy is the same).
#[must_use]
pub fn replay_on(file: &str, parsed: &Parsed, mut drill: Drill) -> Replayed {
    let mut warnings = Vec::new();
    let mut first_difference = None;
    let mut commands = 0_u32;
    for (line_number, recorded) in &parsed.entries {
        if drill.is_finished() {
            warnings.push(SessionWarning { file: file.to_string(), line: Some(*line_number), kind: WarningKind::EndedEarly });
            first_difference.get_or_insert(Alteration { entry: recorded.n, kind: AlterationKind::ReplayDiffers(Difference::SessionEnded) });
            break;
        }
        let replayed = if recorded.masked && !recorded.secrets.is_empty() {
            replay_described(&mut drill, recorded)
        } else if recorded.masked {
            replay_masked(&mut drill, recorded)
        } else {
            step(&mut drill, &recorded.line, recorded.n).1
        };
        commands = recorded.n;
        if let Some(difference) = replayed.as_ref().map_or(Some(Difference::NotRecorded), |entry| differs(recorded, entry)) {
            warnings.push(SessionWarning {
                file: file.to_string(),
                line: Some(*line_number),
                kind: WarningKind::Differs { line: recorded.line.clone(), difference: difference.clone() },
            });
            first_difference.get_or_insert(Alteration { entry: recorded.n, kind: AlterationKind::ReplayDiffers(difference) });
        }
    }
    if warnings.len() > MAX_WARNINGS {
        let more = warnings.len() - MAX_WARNINGS;
        warnings.truncate(MAX_WARNINGS);
        warnings.push(SessionWarning { file: file.to_string(), line: None, kind: WarningKind::MoreDifferences(more) });
    }
    let stand_ins_held = stand_ins_held(parsed, &drill);
    Replayed { drill, commands, warnings, first_difference, stand_ins_held }
}

/// How many of the stand-ins a replay of `parsed` typed for passwords the
/// trainee made up are held somewhere in `drill` (see
/// [`Replayed::stand_ins_held`]).
fn stand_ins_held(parsed: &Parsed, drill: &Drill) -> usize {
    // The shared stand-in replays lines without `secrets` (and any whose
    // `***` could not be placed), the numbered ones each fresh password.
    let mut stand_ins: Vec<String> = vec![STAND_IN_PASSWORD.to_string()];
    for (_, entry) in parsed.entries.iter().filter(|(_, entry)| entry.masked) {
        for (index, secret) in entry.secrets.iter().enumerate() {
            if secret.same_as.is_none() {
                stand_ins.push(fresh_stand_in(entry.n, index));
            }
        }
    }
    stand_ins.sort();
    stand_ins.dedup();
    stand_ins.iter().filter(|text| drill.simulation().place_of_password(text).is_some()).count()
}

/// The stand-in a replay types for the `index`-th password of entry `n`
/// when it was held nowhere (unique per entry and position).
fn fresh_stand_in(n: u32, index: usize) -> String {
    format!("Stand-in-{}-{}-Fresh#", n, index + 1)
}

/// Runs a line whose passwords are described (`Entry::secrets`): each
/// `***` becomes the password the simulation holds at the recorded place,
/// or a stand-in of its own for a fresh one, and the rules give each new
/// password the recorded verdict, so the command does exactly what it did.
fn replay_described(drill: &mut Drill, recorded: &Entry) -> Option<Entry> {
    let texts: Vec<String> = recorded
        .secrets
        .iter()
        .enumerate()
        .map(|(index, secret)| {
            secret
                .same_as
                .as_deref()
                .and_then(|place| drill.simulation().password_at(place))
                .unwrap_or_else(|| fresh_stand_in(recorded.n, index))
        })
        .collect();
    let Some(line) = substitute(&recorded.line, &texts) else { return replay_masked(drill, recorded) };
    let parsed = crate::command::read(&line);
    if let Ok(Command::Act(action) | Command::Ask { action, .. }) = &parsed.command
        && let Some((user, password)) = new_password(action)
        && let Some(index) = texts.iter().position(|text| text == password)
        && let Some(rules) = recorded.secrets.get(index).and_then(|secret| secret.rules.clone())
    {
        let verdict = match rules {
            Rules::Accepted => Ok(()),
            Rules::Rejected(rejection) => Err(rejection),
        };
        let (user, password) = (user.clone(), password.clone());
        drill.add_password_verdict(&user, &password, verdict);
    }
    step(drill, &line, recorded.n).1.map(|entry| Entry { line: recorded.line.clone(), masked: true, ..entry })
}

/// The masked line with its `***` words replaced, in order, by `texts`
/// (quoted as needed); `None` unless masking the result gives back the
/// line, which is what makes the replay type what the trainee typed.
fn substitute(masked: &str, texts: &[String]) -> Option<String> {
    let positions: Vec<usize> = masked
        .match_indices("***")
        .map(|(index, _)| index)
        .filter(|&index| {
            let before = masked[..index].chars().next_back();
            let after = masked[index + 3..].chars().next();
            before.is_none_or(|character| character.is_whitespace() || character == '=')
                && after.is_none_or(|character| character.is_whitespace() || character == ';' || character == '}')
        })
        .collect();
    if positions.len() != texts.len() {
        return None;
    }
    let mut line = masked.to_string();
    for (&index, text) in positions.iter().zip(texts).rev() {
        line.replace_range(index..index + 3, &crate::command::quote_word(text));
    }
    (mask_secrets(&line) == masked).then_some(line)
}

/// Runs a line whose password was masked, choosing between the stand-in
/// and the literal `***` so that the command ends as it did when recorded.
fn replay_masked(drill: &mut Drill, recorded: &Entry) -> Option<Entry> {
    let with_stand_in = unmask(&recorded.line);
    let candidates =
        if recorded.outcome == OutcomeKind::Done { [with_stand_in, recorded.line.clone()] } else { [recorded.line.clone(), with_stand_in] };
    let mut first = None;
    for candidate in candidates {
        let mut trial = drill.clone();
        let entry = step(&mut trial, &candidate, recorded.n).1;
        if entry.as_ref().is_some_and(|entry| entry.outcome == recorded.outcome) {
            *drill = trial;
            return entry.map(|entry| Entry { line: recorded.line.clone(), masked: true, ..entry });
        }
        first.get_or_insert((trial, entry));
    }
    let (trial, entry) = first?;
    *drill = trial;
    entry
}

/// The masked line with [`STAND_IN_PASSWORD`] where a password was.
///
/// Each `***` word is tried in turn and kept only if masking the result
/// gives back the recorded line, so a `***` the trainee typed in a message
/// stays as it was.
#[must_use]
pub fn unmask(masked: &str) -> String {
    let mut line = masked.to_string();
    let positions: Vec<usize> = masked.match_indices("***").map(|(index, _)| index).collect();
    for index in positions.into_iter().rev() {
        let before = line[..index].chars().next_back();
        let after = line[index + 3..].chars().next();
        let word_start = before.is_none_or(|character| character.is_whitespace() || character == '=');
        // `;` and `}` end a value in a PowerShell hashtable (`@{Password=***}`).
        let word_end = after.is_none_or(|character| character.is_whitespace() || character == ';' || character == '}');
        if !word_start || !word_end {
            continue;
        }
        let trial = format!("{}{STAND_IN_PASSWORD}{}", &line[..index], &line[index + 3..]);
        if mask_secrets(&trial) == masked {
            line = trial;
        }
    }
    line
}

/// How a replayed command differs from the recorded one, if it does. The
/// reason of a failed masked command is not compared: `***` may be
/// rejected for another rule than the trainee's own weak password was.
fn differs(recorded: &Entry, replayed: &Entry) -> Option<Difference> {
    if recorded.at != replayed.at {
        return Some(Difference::GivenAt { then: recorded.at.clone(), now: replayed.at.clone() });
    }
    if recorded.outcome != replayed.outcome {
        return Some(Difference::Outcome { then: recorded.outcome.name().to_string(), now: replayed.outcome.name().to_string() });
    }
    if !recorded.masked && recorded.reason != replayed.reason {
        return Some(Difference::Message);
    }
    if recorded.ended != replayed.ended {
        return Some(Difference::FinishedAt { then: recorded.ended.clone(), now: replayed.ended.clone() });
    }
    // A masked line the session answered itself (a refused line, `help`
    // about words that were hidden) reached no tenant; once masked it may
    // be answered in other words (an unterminated quote hidden with the
    // word it was in, a help topic echoed), so its message is not compared.
    let refused_and_masked = recorded.masked && matches!(recorded.outcome, OutcomeKind::Error | OutcomeKind::Ok);
    if recorded.output.is_some() && recorded.output != replayed.output && !refused_and_masked {
        return Some(Difference::Output);
    }
    None
}

fn short(digest: &str) -> &str {
    digest.get(..12).unwrap_or(digest)
}

fn first_message(error: &crate::scenario::load::LoadError) -> String {
    error.diagnostics.first().map_or_else(|| "unknown problem".to_string(), |diagnostic| diagnostic.message.clone())
}
