//! Notices in words: helpdesk calls, users' replies, new alerts.
//!
//! The alert's title stays in English in every language, as the real
//! Defender portal shows its built-in alert policies' names ("Suspicious
//! email forwarding activity", "User restricted from sending email"); so do
//! the codes and the server's own words a user reads out (550 5.1.8 Access
//! denied, bad outbound sender).

use crate::drill::notice::{CallAbout, Notice, NoticeKind, ReplyAbout};
use crate::i18n::Lang;
use crate::t;

/// A notice as the trainee reads it: `09:30 ☎ Megan Bowen calls: "..."`.
#[must_use]
pub fn render(lang: Lang, notice: &Notice) -> String {
    let time = notice.at.clock_text();
    match &notice.kind {
        NoticeKind::Call { name, about, .. } => {
            let said = match about {
                CallAbout::CannotSignIn(Some(status)) if status.code() != 0 => t!(
                    lang,
                    "notice-said-cannot-sign-in-because",
                    message = super::view::sign_in_message(lang, *status),
                    code = status.code()
                ),
                CallAbout::CannotSignIn(_) => t!(lang, "notice-said-cannot-sign-in"),
                CallAbout::MailBounces => t!(lang, "notice-said-mail-bounces"),
            };
            t!(lang, "notice-call", time = time, name = name, said = said)
        }
        NoticeKind::Reply { name, about: ReplyAbout::BackIn, .. } => t!(lang, "notice-reply-back-in", time = time, name = name),
        NoticeKind::Alert { severity, title, user } => {
            t!(lang, "notice-alert", time = time, severity = super::view::severity_name(lang, *severity), title = title, user = user)
        }
    }
}
