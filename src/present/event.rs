//! Events in words: the timeline, consequences and the debug trace.

use crate::engine::event::{Event, EventKind};
use crate::i18n::Lang;

/// What happened, as one clause (`the attacker signed in to megan@…`).
#[must_use]
pub fn describe(_lang: Lang, kind: &EventKind) -> String {
    kind.to_string()
}

/// An event with its time and actor, one line.
#[must_use]
pub fn line(_lang: Lang, event: &Event) -> String {
    event.to_string()
}
