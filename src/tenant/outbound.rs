//! Outbound spam counters and sender restriction (domain reference §5).

use super::policy::OutboundAction;
use crate::clock::SimTime;
use serde::{Deserialize, Serialize};

/// Which limit a sender crossed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum LimitKind {
    ExternalRecipientsPerHour,
    InternalRecipientsPerHour,
    RecipientsPerDay,
    ServiceRecipientsPerDay,
    ServiceMessagesPerMinute,
    ServiceRecipientsPerMessage,
}

/// A sender on the restricted-entities list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Restriction {
    pub limit: LimitKind,
    pub at: SimTime,
    pub action: OutboundAction,
    /// Set when an admin has released the sender: sending resumes then.
    pub release_effective_at: Option<SimTime>,
}

/// Per-sender counters, kept only for users who have sent mail.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboundState {
    pub hour: u64,
    pub external_in_hour: u32,
    pub internal_in_hour: u32,
    pub day: u64,
    pub recipients_in_day: u32,
    pub minute: u64,
    pub messages_in_minute: u32,
    pub restriction: Option<Restriction>,
    /// Admin releases so far; capped by the policy.
    pub releases: u8,
    /// After a release, the limit that restricted the sender is not applied
    /// again on that UTC day.
    pub exempt: Option<(u64, LimitKind)>,
}

impl OutboundState {
    /// Starts new windows when the hour, day or minute has moved on.
    pub(crate) fn roll(&mut self, now: SimTime) {
        if self.hour != now.hour_number() {
            self.hour = now.hour_number();
            self.external_in_hour = 0;
            self.internal_in_hour = 0;
        }
        if self.day != now.day_number() {
            self.day = now.day_number();
            self.recipients_in_day = 0;
        }
        let minute = now.0 / 60;
        if self.minute != minute {
            self.minute = minute;
            self.messages_in_minute = 0;
        }
    }

    #[must_use]
    pub(crate) fn is_exempt(&self, limit: LimitKind, now: SimTime) -> bool {
        self.exempt.is_some_and(|(day, exempt_limit)| day == now.day_number() && exempt_limit == limit)
    }
}
