//! The queue of things due at a simulated time, ordered by (due time,
//! sequence number) so that two events due at the same second fire in the
//! order they were scheduled.

use crate::clock::SimTime;
use crate::tenant::user::UserId;
use std::collections::BTreeMap;

/// The queue never holds more than this many entries; past it, new entries
/// are refused and counted, so a runaway scenario cannot exhaust memory.
pub(crate) const SCHEDULE_LIMIT: usize = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Due {
    LockoutEnds { user: UserId, familiar: bool },
    AccessTokenExpires { user: UserId, session: u32 },
    ContinuousAccessReached { user: UserId, session: u32 },
    ReleaseEffective { user: UserId },
    RestrictionExpires { user: UserId },
    DailyReset,
    ActorTurn { actor: usize },
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Schedule {
    entries: BTreeMap<(SimTime, u64), Due>,
    next_sequence: u64,
    refused: u64,
}

impl Schedule {
    pub(crate) fn add(&mut self, at: SimTime, due: Due) {
        if self.entries.len() >= SCHEDULE_LIMIT {
            self.refused += 1;
            return;
        }
        self.entries.insert((at, self.next_sequence), due);
        self.next_sequence += 1;
    }

    /// Takes the earliest entry due at or before `until`.
    pub(crate) fn pop_due(&mut self, until: SimTime) -> Option<(SimTime, Due)> {
        let (&(at, sequence), _) = self.entries.first_key_value()?;
        if at > until {
            return None;
        }
        self.entries.remove(&(at, sequence)).map(|due| (at, due))
    }
}
