//! The queue of things due at a simulated time, ordered by (due time,
//! sequence number) so that two events due at the same second fire in the
//! order they were scheduled.

use crate::clock::SimTime;
use crate::tenant::user::UserId;
use std::collections::BTreeMap;

/// The queue never holds more than this many entries; past it, new entries
/// are refused and counted, so a runaway scenario cannot exhaust memory.
pub const SCHEDULE_LIMIT: usize = 1_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    LockoutEnds { user: UserId, familiar: bool },
    AccessTokenExpires { user: UserId, session: u32 },
    ContinuousAccessReached { user: UserId, session: u32 },
    ReleaseEffective { user: UserId },
    RestrictionExpires { user: UserId },
    DailyReset,
    ActorTurn { actor: usize },
}

#[derive(Debug, Clone, Default)]
pub struct Schedule {
    entries: BTreeMap<(SimTime, u64), Due>,
    next_sequence: u64,
    refused: u64,
}

impl Schedule {
    pub fn add(&mut self, at: SimTime, due: Due) {
        if self.entries.len() >= SCHEDULE_LIMIT {
            self.refused += 1;
            return;
        }
        self.entries.insert((at, self.next_sequence), due);
        self.next_sequence += 1;
    }

    /// Takes the earliest entry due at or before `until`.
    pub fn pop_due(&mut self, until: SimTime) -> Option<(SimTime, Due)> {
        let (&(at, sequence), _) = self.entries.first_key_value()?;
        if at > until {
            return None;
        }
        self.entries.remove(&(at, sequence)).map(|due| (at, due))
    }

    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    #[must_use]
    pub fn refused(&self) -> u64 {
        self.refused
    }

    /// The next time anything is due.
    #[must_use]
    pub fn next_due(&self) -> Option<SimTime> {
        self.entries.first_key_value().map(|(&(at, _), _)| at)
    }
}
