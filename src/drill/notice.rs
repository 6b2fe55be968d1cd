//! What a real admin would notice while working: a user calling the
//! helpdesk, a user answering after being told their password, a new
//! alert. Found in the events of each command (the actors act while every
//! command takes its time, `wait` and `ask` most of all) and shown with the
//! command's reply at their simulated time, in practice and exam mode.
//! Typed here; the sentences are the presentation layer's
//! (`crate::present::notice::render`).

use crate::action::Actor;
use crate::clock::SimTime;
use crate::engine::Simulation;
use crate::engine::event::{Event, EventKind};
use crate::tenant::logs::{Severity, SignInStatus};
use crate::tenant::user::Party;
use std::collections::BTreeSet;

/// One thing the trainee notices, at its simulated time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub at: SimTime,
    pub kind: NoticeKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeKind {
    /// A user calls the helpdesk.
    Call { user: String, name: String, about: CallAbout },
    /// A user the trainee told something answers.
    Reply { user: String, name: String, about: ReplyAbout },
    /// A new alert in the queue.
    Alert { severity: Severity, title: String, user: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallAbout {
    /// They cannot sign in; the status they were shown, if any.
    CannotSignIn(Option<SignInStatus>),
    /// Their mail comes back: 550 5.1.8.
    MailBounces,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyAbout {
    /// Told a new password, they signed in with it.
    BackIn,
}

/// What has been noticed so far: each user calls about bounced mail once,
/// and answers once after being told a password.
#[derive(Debug, Clone, Default)]
pub(crate) struct Noticing {
    called_about_bounces: BTreeSet<String>,
    awaiting_reply: BTreeSet<String>,
}

impl Noticing {
    /// The notices in one command's events, in time order.
    pub(crate) fn notice(&mut self, events: &[Event], simulation: &Simulation) -> Vec<Notice> {
        let tenant = simulation.tenant();
        let name = |upn: &str| tenant.find_user(upn).map_or_else(|| upn.to_string(), |id| tenant.user(id).display_name.clone());
        let mut notices = Vec::new();
        for event in events {
            let kind = match &event.kind {
                EventKind::HelpdeskCall { user, .. } => {
                    let status = tenant.sign_in_log.iter().rev().find(|entry| entry.upn == *user).map(|entry| entry.status);
                    Some(NoticeKind::Call { user: user.clone(), name: name(user), about: CallAbout::CannotSignIn(status) })
                }
                EventKind::MailRejected { from, .. }
                    if matches!(&event.actor, Actor::User(upn) if upn.eq_ignore_ascii_case(from))
                        && self.called_about_bounces.insert(from.to_ascii_lowercase()) =>
                {
                    Some(NoticeKind::Call { user: from.clone(), name: name(from), about: CallAbout::MailBounces })
                }
                EventKind::Notified { user, with_password: true, reached: Some(Party::Owner), .. }
                    if matches!(event.actor, Actor::Admin(_)) =>
                {
                    self.awaiting_reply.insert(user.to_ascii_lowercase());
                    None
                }
                EventKind::SignInAttempt { user, party: Party::Owner, status, .. }
                    if status.succeeded()
                        && matches!(&event.actor, Actor::User(_))
                        && self.awaiting_reply.remove(&user.to_ascii_lowercase()) =>
                {
                    Some(NoticeKind::Reply { user: user.clone(), name: name(user), about: ReplyAbout::BackIn })
                }
                EventKind::AlertRaised { title, user } => {
                    let severity = tenant
                        .alerts
                        .iter()
                        .rev()
                        .find(|alert| alert.at == event.at && alert.title == *title && alert.upn == *user)
                        .map_or(Severity::Medium, |alert| alert.severity);
                    Some(NoticeKind::Alert { severity, title: title.clone(), user: user.clone() })
                }
                _ => None,
            };
            if let Some(kind) = kind {
                notices.push(Notice { at: event.at, kind });
            }
        }
        notices
    }
}
