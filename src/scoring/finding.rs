//! What the scorer finds, as facts: violations, their consequences, the
//! outcome checks' details, the steps' notes and citations. No sentence is
//! built here; `words.rs` writes them in the report's language.

use crate::clock::SimTime;
use crate::i18n::Lang;
use crate::procedure::{ActionKind, Condition, Procedure, Step};
use crate::tenant::outbound::LimitKind;
use crate::tenant::policy::SsprScope;
use crate::tenant::role::Role;
use crate::tenant::user::MethodKind;

/// A text from a procedure file, in every language it is written in.
pub(crate) type FileText = crate::i18n::Text;

/// Where the trainee sent a password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordChannel {
    Email(String),
    Phone,
    Sms,
}

/// What a violation is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// A change the service refused, and why.
    Denied { refusal: crate::engine::Refusal },
    /// An action a step forbids; the procedure's reason.
    Forbidden { reason: FileText },
    /// Collateral damage: what was done, and the procedure's reason.
    Harm { acts: Vec<HarmAct>, reason: FileText },
    /// A step done against its order.
    Order(OrderBreak),
}

/// One harmful thing the trainee did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HarmAct {
    /// Something the ground truth says is legitimate, taken away.
    RemovedLegitimate(Removal),
    /// An action on an account that is not part of the incident.
    WrongUser {
        kind: ActionKind,
        upn: String,
    },
    AutoForwardingOn,
    RaisedLimit {
        limit: LimitKind,
        from: u32,
        to: u32,
    },
    PolicyOnlyAlerts,
    NarrowedSspr {
        from: SsprScope,
        to: SsprScope,
    },
    LoweredSsprMethods {
        from: u8,
        to: u8,
    },
    StrongPasswordsOff {
        upn: String,
    },
    GaveRoleToUncontained {
        role: Role,
        upn: String,
    },
    ForwardedOutside {
        upn: String,
        address: String,
    },
    RuleSendingOutside {
        upn: String,
        address: String,
    },
    DelegateAttackerHolds {
        delegate: String,
        upn: String,
    },
    AttackerRuleBackOn {
        upn: String,
        rule: String,
    },
    /// A restricted sender released while the attacker still held these.
    ReleasedWithFoothold {
        upn: String,
        held: Vec<Held>,
    },
    RemovedOwnGlobalAdministrator,
    /// A Conditional Access policy blocking the office's address.
    BlockedOwnUsers {
        policy: String,
        ip: String,
    },
    RemovedLastGlobalAdministrator {
        upn: String,
    },
}

/// A legitimate artefact removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removal {
    Rule {
        upn: String,
        rule: String,
    },
    DisabledRule {
        upn: String,
        rule: String,
    },
    Forwarding {
        upn: String,
    },
    Delegate {
        upn: String,
        delegate: String,
    },
    Role {
        upn: String,
        role: Role,
    },
    Method {
        upn: String,
        method: MethodKind,
    },
    /// Disabled or deleted one of the owner's own devices.
    Device {
        upn: String,
        device: String,
    },
    /// Disabled or deleted an application the organisation uses, or
    /// revoked its grants.
    App {
        app: String,
    },
}

/// What the attacker held that reaches a released mailbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    Password,
    ExchangeSession,
    AppPassword,
    Delegate,
    /// A device or passwordless method that signs in again by itself.
    Credential,
}

/// A broken order constraint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OrderBreak {
    /// `step` should come first; these came before it.
    First { step: String, earlier: Vec<(String, SimTime)> },
    /// `step` should come before `other`, done at `done_at`.
    Before { step: String, other: String, done_at: SimTime },
    /// `step` should come after `other`, not done yet.
    After { step: String, other: String },
}

/// Something the simulation did because of what the trainee did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    RuleCreated {
        upn: String,
        rule: String,
        again: bool,
        at: SimTime,
    },
    ForwardingSet {
        upn: String,
        address: String,
        again: bool,
        at: SimTime,
    },
    DelegateAdded {
        upn: String,
        delegate: String,
        again: bool,
        at: SimTime,
    },
    Restricted {
        upn: String,
        limit: LimitKind,
        again: bool,
        at: SimTime,
    },
    /// The attacker learned a password the trainee sent.
    PasswordLearned {
        upn: String,
        channel: PasswordChannel,
        at: SimTime,
        how: crate::engine::event::Learned,
    },
    /// The password the trainee sent changed before the attacker read it.
    PasswordChangedUnread {
        channel: PasswordChannel,
        at: SimTime,
    },
    /// At the end, the attacker had not read the password the trainee sent.
    PasswordUnreadAtEnd {
        channel: PasswordChannel,
        at: SimTime,
    },
}

/// Where a step's guidance comes from: the article (or, for guidance
/// beyond it, the Microsoft page) and its step numbers, with the page's
/// address in each language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    /// The article's or page's title.
    pub article: FileText,
    /// The article's step numbers; empty for guidance beyond the article.
    pub steps: Vec<u8>,
    /// Microsoft's page in each language, in [`Lang::ALL`] order (empty: none).
    pub links: Vec<Option<String>>,
}

impl Citation {
    /// A procedure's source article and page.
    #[must_use]
    pub(crate) fn of_procedure(procedure: &Procedure) -> Self {
        Self {
            article: procedure.source.article.clone(),
            steps: Vec::new(),
            links: Lang::ALL.iter().map(|lang| procedure.link(*lang)).collect(),
        }
    }

    /// A step's source: the article and its steps, or the step's own page.
    #[must_use]
    pub(crate) fn of_step(procedure: &Procedure, step: &Step) -> Self {
        let titles = Lang::ALL.iter().map(|lang| (lang.code().to_string(), procedure.citation(step, *lang).title.to_string())).collect();
        Self {
            article: crate::i18n::Text::Translated(titles),
            steps: step.source_steps.clone(),
            links: Lang::ALL.iter().map(|lang| procedure.citation(step, *lang).link).collect(),
        }
    }

    /// Microsoft's page in `lang`, if there is one.
    #[must_use]
    pub(crate) fn link(&self, lang: Lang) -> Option<String> {
        let index = Lang::ALL.iter().position(|known| *known == lang)?;
        self.links.get(index).cloned().flatten()
    }
}

/// How much credit a step done got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Credit {
    Full,
    Late,
    OutOfOrder,
}

/// Why a step shows a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum StepNote {
    SkippedByScenario,
    /// Its condition did not hold (`None`: there was nothing to do).
    DidNotApply(Option<Condition>),
    RequiredHere,
}

/// The built-in outcome checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckId {
    AttackerOut,
    OwnerSignsIn,
    CanSend,
}

impl CheckId {
    /// The stable id in the report.
    #[must_use]
    pub(crate) const fn id(self) -> &'static str {
        match self {
            CheckId::AttackerOut => "attacker-out",
            CheckId::OwnerSignsIn => "owner-signs-in",
            CheckId::CanSend => "can-send",
        }
    }
}

/// What the attacker still has on an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Left {
    Password,
    Session,
    AppPassword,
    DelegateThrough(String),
    AdminRoles(Vec<Role>),
    Rule(String),
    Forwarding(String),
    Delegate(String),
    Method(MethodKind),
    NamedAppPassword(String),
    /// An enabled device the attacker registered, which signs in again.
    Device(String),
    /// A passwordless method the attacker registered, which signs in again.
    PasswordlessMethod(MethodKind),
    /// A delegated permission grant the attacker's application holds.
    Grant(String),
    /// The attacker's application, enabled, reads the mail with its grant.
    AppReadsMail(String),
}

/// Why the owner cannot sign in with a password only they know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OwnerProblem {
    Blocked,
    LockedOut,
    DoesNotKnowPassword,
    MfaWithoutMethod,
    AttackerKnowsPassword,
    PasswordSentTo(String),
    CannotSignIn,
}

/// Whether a once-restricted sender can send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sending {
    Yes,
    AfterRelease(SimTime),
    NextDay(SimTime),
    StillRestricted,
}

/// A check's details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckDetail {
    AttackerOut { left: Vec<(String, Vec<Left>)>, accounts: Vec<String> },
    OwnerSignsIn { problems: Vec<(String, OwnerProblem)>, accounts: Vec<String> },
    CanSend { senders: Vec<(String, Sending)> },
}

/// An outcome check as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    BuiltIn { id: CheckId, ok: bool, detail: CheckDetail },
    Objective { id: String, description: FileText, ok: bool, possible: u32 },
}
