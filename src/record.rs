//! What a session keeps of each command: the record the drill writes and
//! the scorer reads. It sits below both, so the scorer depends on no part
//! of the session above it.

use crate::action::{Action, Actor};
use crate::clock::SimTime;
use crate::engine::Outcome;
use crate::engine::event::Event;
use serde::{Deserialize, Serialize};

/// One command that reached the tenant, with everything it caused
/// (including what the actors did while it took its time).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    pub index: u32,
    /// The line as typed, secrets masked.
    pub line: String,
    /// When the command was given.
    pub at: SimTime,
    /// When it finished (after its simulated duration).
    pub ended_at: SimTime,
    /// Who acted: the trainee, an admin they asked, a user they acted as,
    /// or support.
    pub actor: Actor,
    pub action: Option<Action>,
    pub outcome: Outcome,
    pub events: Vec<Event>,
}
