//! Smart lockout counters (domain reference §1).
//!
//! Each user has two counters, one for sign-ins from familiar locations and
//! one for unfamiliar ones, so an attacker spraying from abroad does not lock
//! the user out at the office. The last three distinct bad passwords are
//! remembered by a fingerprint and not counted twice.

use super::policy::LockoutPolicy;
use crate::clock::SimTime;
use serde::{Deserialize, Serialize};

/// How many distinct bad passwords are remembered.
pub const REMEMBERED_BAD_PASSWORDS: usize = 3;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockoutCounter {
    /// Counted failures since the last success or reset.
    pub failures: u16,
    /// Fingerprints of the last distinct bad passwords; 0 is an empty slot.
    pub recent_bad: [u64; REMEMBERED_BAD_PASSWORDS],
    /// Locked while the clock is before this time.
    pub locked_until: Option<SimTime>,
    /// How many lockouts so far; each one lasts longer than the last.
    pub lockouts: u8,
}

/// What a failed password attempt did to the counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FailureEffect {
    /// The same bad password was tried again recently: not counted.
    Repeated,
    /// Counted; not yet locked.
    Counted,
    /// Counted, and the account is now locked until the given time.
    Locked(SimTime),
}

impl LockoutCounter {
    #[must_use]
    pub fn is_locked(&self, now: SimTime) -> bool {
        self.locked_until.is_some_and(|until| now < until)
    }

    /// Records a wrong password at `now`.
    pub(crate) fn record_failure(&mut self, password: &str, now: SimTime, policy: &LockoutPolicy) -> FailureEffect {
        let fingerprint = fingerprint(password);
        if self.recent_bad.contains(&fingerprint) {
            return FailureEffect::Repeated;
        }
        self.recent_bad.rotate_right(1);
        self.recent_bad[0] = fingerprint;
        self.failures = self.failures.saturating_add(1);
        // After a lockout has expired the counter stays at the threshold, so
        // the next counted failure locks again at once, for longer.
        if self.failures >= policy.threshold.max(1) {
            self.lockouts = self.lockouts.saturating_add(1);
            let until = now.plus(policy.duration_of(self.lockouts));
            self.locked_until = Some(until);
            return FailureEffect::Locked(until);
        }
        FailureEffect::Counted
    }

    /// A successful sign-in clears the failure count but not the growth of
    /// future lockouts.
    pub(crate) fn record_success(&mut self) {
        self.failures = 0;
        self.recent_bad = [0; REMEMBERED_BAD_PASSWORDS];
        self.locked_until = None;
    }

    /// A password reset (by an admin, or self-service "I forgot my password")
    /// clears everything.
    pub(crate) fn clear(&mut self) {
        *self = Self::default();
    }
}

/// FNV-1a, with 0 mapped away so it never collides with an empty slot.
#[must_use]
pub(crate) fn fingerprint(password: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in password.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash.max(1)
}
