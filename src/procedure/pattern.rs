//! Patterns that recognise actions in a session: which action, on whom,
//! on which artefact, through which channel.

use serde::{Deserialize, Serialize};

pub use crate::action::ActionKind;

/// Whom an action must be about.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Target {
    /// Each subject of the incident (a step needs it done for all of them).
    #[default]
    Subject,
    /// Anyone, or no one (tenant-wide actions).
    Any,
    /// Someone who is not a subject.
    NotSubject,
    /// This user (principal name or unique alias).
    User(String),
}

/// Ground truth about an artefact an action touches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Truth {
    Malicious,
    Legitimate,
}

/// The channel of a [`crate::action::Action::Notify`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChannelKind {
    Phone,
    InPerson,
    Sms,
    Email,
}

/// Who must have done the action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum By {
    /// The trainee, or another admin the trainee asked.
    #[default]
    Trainee,
    /// Microsoft support, after the trainee called.
    Support,
}

/// Recognises an action. Unset fields match anything.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionPattern {
    pub action: ActionKind,
    #[serde(default)]
    pub user: Target,
    /// The rule, forwarding, delegate, role or method acted on is marked so
    /// in the scenario's ground truth.
    #[serde(default)]
    pub artefact: Option<Truth>,
    /// For notifications: one of these channels.
    #[serde(default)]
    pub via: Vec<ChannelKind>,
    /// For notifications and resets: whether the password goes along.
    #[serde(default)]
    pub with_password: Option<bool>,
    /// For email: the address is a mailbox of this user (a reset's
    /// `email_to` or a notification by email).
    #[serde(default)]
    pub mail_to: Option<Target>,
    #[serde(default)]
    pub by: By,
}

impl ActionPattern {
    /// A pattern for `action` on the subject, nothing else constrained.
    #[must_use]
    pub const fn on_subject(action: ActionKind) -> Self {
        Self { action, user: Target::Subject, artefact: None, via: Vec::new(), with_password: None, mail_to: None, by: By::Trainee }
    }
}
