//! The documented procedures as data: what to do, why, in which order, what
//! not to do, and what counts as collateral damage.
//!
//! Procedure files (`scenarios/procedures/*.ron`) are written by hand. The
//! scorer grades a session against them, the validator checks that
//! scenarios refer to them correctly, and an instructor can add an
//! organisation's own runbook next to the bundled ones. Steps refer to "the
//! subject": the accounts the scenario says the incident is about.

pub mod pattern;
pub mod render;

use crate::tenant::policy::SsprScope;
use serde::{Deserialize, Serialize};

pub use pattern::{ActionKind, ActionPattern, By, ChannelKind, Target, Truth};

/// One documented procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// Lower-case words joined by `-`, unique among procedures.
    pub id: String,
    pub title: String,
    pub source: Source,
    /// A sentence or two shown above the steps in feedback.
    #[serde(default)]
    pub summary: String,
    pub steps: Vec<Step>,
    /// What counts as collateral damage while following this procedure.
    #[serde(default)]
    pub harm: Vec<HarmRule>,
}

/// Where a procedure comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The article's title, in English.
    pub article: String,
    /// The seed file the facts come from (`../shared/seeds/`), or the
    /// organisation's own runbook.
    pub seed: String,
    #[serde(default)]
    pub url: Option<String>,
}

/// How much a step matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum StepKind {
    Required,
    /// Good practice; a scenario may raise it to required.
    Recommended,
    /// Worth knowing; never costs points when skipped.
    Optional,
}

impl StepKind {
    /// Points a step of this kind is worth when the file does not say.
    #[must_use]
    pub const fn default_points(self) -> u32 {
        match self {
            StepKind::Required => 10,
            StepKind::Recommended => 4,
            StepKind::Optional => 0,
        }
    }
}

/// One step of a procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Lower-case words joined by `-`, unique within the procedure.
    pub id: String,
    /// What to do, in a short imperative sentence.
    pub instruction: String,
    /// Why it matters: shown in feedback when the step is missed or late.
    pub why: String,
    pub kind: StepKind,
    /// Step numbers in the source article; empty for guidance from
    /// elsewhere (the domain reference names it).
    #[serde(default)]
    pub source_steps: Vec<u8>,
    /// Trainee actions that complete the step (any of them, for every
    /// subject).
    #[serde(default)]
    pub done_by: Vec<ActionPattern>,
    /// A condition on the tenant that must hold after the completing action;
    /// alone, the step is done at the first command after which it holds.
    #[serde(default)]
    pub done_when: Option<Condition>,
    /// Evaluated at the incident's start: when false, the step is not
    /// applicable (there was nothing to do).
    #[serde(default)]
    pub applies_when: Option<Condition>,
    #[serde(default)]
    pub order: Vec<Order>,
    /// Actions that must not be taken while following this step.
    #[serde(default)]
    pub forbids: Vec<Forbidden>,
    /// Overrides [`StepKind::default_points`].
    #[serde(default)]
    pub points: Option<u32>,
}

impl Step {
    #[must_use]
    pub fn points_for(&self, kind: StepKind) -> u32 {
        self.points.unwrap_or_else(|| kind.default_points())
    }
}

/// An ordering constraint on a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Order {
    /// Before every other applicable step of the procedure that changes
    /// anything.
    First,
    /// Before this step of the same procedure (its id).
    Before(String),
    /// After this step of the same procedure (its id).
    After(String),
    /// Within this long of the incident's start (`"30m"`, `"1h 30m"`).
    Within(String),
}

/// An action that must not be taken, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Forbidden {
    pub pattern: ActionPattern,
    pub reason: String,
    /// Points lost; 15 when not given.
    #[serde(default)]
    pub points: Option<u32>,
}

/// Collateral damage the scorer looks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HarmRule {
    pub kind: HarmKind,
    pub reason: String,
    /// Points lost each time; 10 when not given.
    #[serde(default)]
    pub points: Option<u32>,
}

/// Kinds of collateral damage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum HarmKind {
    /// Removing or disabling an artefact the scenario marks legitimate: a
    /// rule, forwarding, delegate, role or method.
    RemoveLegitimate,
    /// One of these actions on a user who is neither a subject of the
    /// incident nor listed as someone the trainee may act on.
    WrongUser(Vec<ActionKind>),
    /// Loosening a tenant-wide protection: auto-forwarding on, higher
    /// outbound limits, self-service reset narrowed or weakened, strong
    /// passwords turned off for a user.
    WeakenSetting,
    /// Removing the Global Administrator role from the last holder, or
    /// from the trainee themselves.
    LockOutAdmins,
    /// Handing the attacker a way in or a copy of the mail: an admin role
    /// for an account that is not contained, forwarding (on the mailbox or
    /// by a rule) to outside the organisation, a delegate the attacker
    /// holds, an attacker's rule turned back on, a sender released while
    /// the attacker still holds a foothold. The scorer looks for it in
    /// every scenario, whatever procedures are graded; a procedure that
    /// lists it sets its reason and points.
    AidAttacker,
}

/// The reason [`HarmKind::AidAttacker`] gives when no graded procedure
/// lists it.
pub const AID_ATTACKER_REASON: &str = "That hands the attacker a way in, or a copy of the mail, in the middle of an incident.";
/// Its points when no graded procedure lists it.
pub const AID_ATTACKER_POINTS: u32 = 15;

/// A question about the tenant's state, answered by the simulation's own
/// queries. Unless wrapped in [`Condition::On`], it is asked of every
/// subject of the incident and holds only if it holds for all of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Condition {
    /// No working foothold and no persistence left.
    AttackerOut,
    /// The attacker has no working foothold (password, session, app
    /// password, delegate, admin roles).
    NoFootholds,
    /// Nothing the attacker left behind remains (rules, forwarding,
    /// delegates, methods, app passwords).
    NoResidue,
    /// No rule the scenario marks malicious is present and enabled.
    NoMaliciousRules,
    /// No forwarding the scenario marks malicious is set.
    NoMaliciousForwarding,
    NoMaliciousDelegates,
    NoAttackerMethods,
    NoAttackerAppPasswords,
    /// The attacker does not know the current password.
    AttackerLacksPassword,
    /// The attacker holds no session that still works.
    NoAttackerSessions,
    /// The attacker holds a session from a passwordless sign-in whose
    /// refresh token is not revoked: a password reset leaves it working.
    AttackerSessionOutlivesReset,
    /// The password was changed (by anyone) since the incident's start.
    PasswordChangedSinceStart,
    SignInAllowed,
    SignInBlocked,
    LockedOut,
    /// The owner could sign in now with a password they know.
    OwnerCanSignIn,
    /// Only the owner (and the admins who set it) know the password.
    OwnerAloneKnowsPassword,
    /// The owner can send mail now or once a pending release takes effect.
    CanSend,
    /// On the restricted-entities list and not yet released.
    Restricted,
    /// Restricted, and a release is possible now (a sender blocked "until
    /// tomorrow" cannot be released early; past the admin release cap only
    /// support can release, which still counts).
    Releasable,
    HasAdminRoles,
    MfaRequired,
    /// The owner has an alternate email and a mobile phone registered.
    ContactInfoComplete,
    LegacyProtocolsOff,
    /// The password expires after this many days from when it was set.
    PasswordExpired,
    /// Self-service reset covers the subject (scope and group).
    SsprCovers,
    /// Tenant-wide: the self-service reset scope is exactly this.
    SsprScope(SsprScope),
    /// Tenant-wide: self-service reset asks for at least this many methods.
    SsprMethodsRequired(u8),
    /// Tenant-wide: passwords expire after these days (`None`: never).
    PasswordExpiryDays(Option<u16>),
    /// Tenant-wide: at least this many accounts hold Global Administrator
    /// and can sign in.
    WorkingGlobalAdministrators(u32),
    /// The inner condition, asked of this user instead of the subjects.
    On(String, Box<Condition>),
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
}

impl Condition {
    /// Every user name the condition mentions, for validation.
    pub fn users(&self, into: &mut Vec<String>) {
        match self {
            Condition::On(user, inner) => {
                into.push(user.clone());
                inner.users(into);
            }
            Condition::Not(inner) => inner.users(into),
            Condition::All(inner) | Condition::Any(inner) => inner.iter().for_each(|condition| condition.users(into)),
            _ => {}
        }
    }
}
