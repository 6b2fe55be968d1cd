//! Notices in words: helpdesk calls, users' replies, new alerts.

use crate::drill::notice::Notice;
use crate::i18n::Lang;

/// A notice as the trainee reads it.
#[must_use]
pub fn render(_lang: Lang, notice: &Notice) -> String {
    crate::drill::notice::render(notice)
}
