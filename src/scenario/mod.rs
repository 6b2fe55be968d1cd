//! Scenario files: what an instructor writes to set up one incident, and
//! what the trainee is graded on.
//!
//! A scenario file is parsed into [`Scenario`] (plain serde structures,
//! every field documented in `docs/scenario-format.md`), then checked by
//! [`validate`], then instantiated for a seed by [`template`] (choosing the
//! seed's variations) and built into a running simulation by [`build`].
//! Only these boundary types are serialisable; the simulation's own state
//! never is.

pub mod build;
pub mod library;
pub mod load;
pub mod template;
pub mod validate;

use crate::action::{Action, Actor};
use crate::engine::actors::{AttackerBehaviour, EndUserBehaviour};
use crate::i18n::Text;
use crate::procedure::Condition;
use crate::tenant::mailbox::{AccessRight, RuleSpec};
use crate::tenant::policy::{LockoutPolicy, OutboundPolicy, PasswordPolicy, SsprPolicy};
use crate::tenant::role::Role;
use crate::tenant::user::MethodKind;
use indexmap::IndexMap;
use serde::{Deserialize, Serialize};

pub use load::{LoadError, load_file, load_text};

/// One training scenario, as written in its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Lower-case words joined by `-`; the bundled file is `scenarios/<id>.ron`.
    pub id: String,
    /// One line; like every text a person reads, a plain string (English)
    /// or a map of language code to text (`{"en": "...", "nb": "..."}`).
    pub title: Text,
    /// What the trainee sees at the start: a ticket, a call, an alert.
    pub brief: Text,
    pub difficulty: Difficulty,
    pub estimated_minutes: u32,
    #[serde(default)]
    pub tags: Vec<String>,
    /// The languages the trainee may type: the command language
    /// (`NounVerb`), Exchange Online and Graph `PowerShell`, or both (the
    /// default).
    #[serde(default = "all_dialects")]
    pub dialects: Vec<Dialect>,
    pub trainee: Trainee,
    /// The seed used when none is given.
    pub seed: u64,
    /// When the incident starts (RFC 3339, UTC): the trainee arrives now.
    pub start: String,
    /// How long the trainee has, in simulated time (`"45m"`).
    pub time_limit: String,
    pub tenant: TenantSpec,
    pub incident: Incident,
    /// What the trainee cannot see: which accounts are affected and which
    /// artefacts are malicious or legitimate.
    pub truth: GroundTruth,
    pub grading: Grading,
    #[serde(default)]
    pub hints: Vec<Hint>,
    /// Values that vary with the seed: `{name}` in any string of the file
    /// (every language's text included) is replaced by one of the name's
    /// values, chosen from the seed.
    #[serde(default)]
    pub variables: IndexMap<String, Vec<String>>,
    /// The commands an expert would type, one per entry.
    pub solution: Vec<String>,
}

/// A language the trainee types commands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Dialect {
    /// The command language: `mailbox rules megan --hidden`.
    NounVerb,
    /// Exchange Online and Microsoft Graph PowerShell: `Get-InboxRule -Mailbox megan -IncludeHidden`.
    PowerShell,
}

fn all_dialects() -> Vec<Dialect> {
    vec![Dialect::NounVerb, Dialect::PowerShell]
}

impl Scenario {
    /// Whether the scenario accepts lines in `dialect`.
    #[must_use]
    pub fn allows(&self, dialect: Dialect) -> bool {
        self.dialects.contains(&dialect)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Difficulty {
    Beginner,
    Intermediate,
    Advanced,
}

impl Difficulty {
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Difficulty::Beginner => "beginner",
            Difficulty::Intermediate => "intermediate",
            Difficulty::Advanced => "advanced",
        }
    }
}

/// Who the trainee is in the tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Trainee {
    /// The trainee's account: one of the tenant's users.
    pub upn: String,
    /// Users the trainee may act as in person (for `sspr reset`): the
    /// trainee sits with them, or is them.
    #[serde(default)]
    pub may_act_as: Vec<String>,
    /// Whether the trainee starts signed in to the admin center.
    #[serde(default = "yes")]
    pub signed_in: bool,
}

const fn yes() -> bool {
    true
}

/// The organisation before the incident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantSpec {
    pub name: String,
    /// Accepted domains; the first is the default.
    pub domains: Vec<String>,
    #[serde(default)]
    pub policies: Policies,
    pub users: Vec<UserSpec>,
    #[serde(default)]
    pub groups: Vec<GroupSpec>,
    /// Background staff generated from the seed.
    #[serde(default)]
    pub generated: Option<Generated>,
    /// Enterprise applications the organisation uses, with the grants it
    /// gave them (the attacker's go in the incident).
    #[serde(default)]
    pub apps: Vec<AppSpec>,
}

/// An enterprise application (a service principal).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AppSpec {
    /// Display name, as the enterprise applications list shows it.
    pub name: String,
    /// Application (client) ID, a GUID.
    pub app_id: String,
    pub publisher: String,
    /// Microsoft verified the publisher.
    #[serde(default)]
    pub verified: bool,
    pub reply_url: String,
    /// How long before the start it was added (`"400d"`); 90 days when
    /// left out. Ignored for the attacker's, added when the user consents.
    #[serde(default)]
    pub age: Option<String>,
    /// Delegated permission grants the organisation gave it.
    #[serde(default)]
    pub grants: Vec<GrantSpec>,
}

/// A delegated permission grant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantSpec {
    /// `AllPrincipals` (admin consent for everyone) or `Principal("user")`.
    pub consent: crate::tenant::apps::ConsentType,
    /// Scopes as Graph names them (`"User.Read"`, `"Mail.Read"`).
    pub scopes: Vec<String>,
}

/// The attacker's application a user consented to: the consent phishing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentSpec {
    pub app: AppSpec,
    /// The scopes the user granted (`"Mail.Read"`, `"offline_access"`).
    pub scopes: Vec<String>,
    /// The user is an admin who consented for the whole organisation
    /// (`AllPrincipals`): the application reads every account the attacker
    /// goes after. Needs a role that grants admin consent (Cloud
    /// Application Administrator, Application Administrator, Global
    /// Administrator).
    #[serde(default)]
    pub admin: bool,
}

/// Tenant-wide settings; each left out keeps the service's default.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Policies {
    pub lockout: Option<LockoutPolicy>,
    pub password: Option<PasswordPolicy>,
    pub sspr: Option<SsprPolicy>,
    pub outbound: Option<OutboundPolicy>,
    /// Which consent users may give on their own; Entra's "Allow user
    /// consent for apps" when left out.
    pub user_consent: Option<crate::tenant::apps::UserConsent>,
    /// Named locations, Conditional Access policies and whether basic
    /// authentication is still accepted.
    pub access: Option<AccessSpec>,
}

/// The tenant's Conditional Access, written out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AccessSpec {
    /// The service still accepts a password from IMAP, POP and
    /// `Exchange ActiveSync` clients (basic authentication).
    pub basic_authentication: bool,
    pub named_locations: Vec<NamedLocationSpec>,
    pub policies: Vec<crate::tenant::access::ConditionalAccessPolicy>,
}

/// A named location: IPv4 ranges in CIDR notation, checked by the validator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedLocationSpec {
    pub name: String,
    pub ranges: Vec<String>,
    #[serde(default)]
    pub trusted: bool,
}

/// One user, written out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserSpec {
    pub upn: String,
    pub name: String,
    #[serde(default)]
    pub department: String,
    #[serde(default)]
    pub roles: Vec<Role>,
    /// The password the user knows; one is made up when left out.
    #[serde(default)]
    pub password: Option<String>,
    /// When the password was last set, before the start (`"200d"`); the
    /// start when left out.
    #[serde(default)]
    pub password_age: Option<String>,
    #[serde(default)]
    pub password_never_expires: bool,
    /// Sign-in blocked before the incident.
    #[serde(default)]
    pub blocked: bool,
    /// Licensed with a mailbox.
    #[serde(default = "yes")]
    pub mailbox: bool,
    /// Holds a signed-in session at the start (on their own device).
    #[serde(default = "yes")]
    pub signed_in: bool,
    #[serde(default)]
    pub mfa_required: bool,
    #[serde(default)]
    pub methods: Vec<MethodSpec>,
    /// Devices registered to the user (their own laptop, phone).
    #[serde(default)]
    pub devices: Vec<DeviceSpec>,
    #[serde(default)]
    pub forwarding: Option<ForwardingSpec>,
    /// The user's own rules (the attacker's go in the incident).
    #[serde(default)]
    pub rules: Vec<RuleSpec>,
    #[serde(default)]
    pub delegates: Vec<DelegateSpec>,
}

/// A registered authentication method.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodSpec {
    pub kind: MethodKind,
    /// Phone number, address or device name.
    pub detail: String,
}

/// A device registered to a user in Entra ID.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceSpec {
    /// Display name, unique per user (`"LAPTOP-7Q2K9"`).
    pub name: String,
    /// Operating system as the devices list shows it (`"Windows"`).
    pub os: String,
    /// How long before the start it was registered (`"200d"`); when the
    /// password was set when left out. Ignored for an attacker's device,
    /// which is registered as the incident opens.
    #[serde(default)]
    pub age: Option<String>,
}

/// Mailbox forwarding set by the owner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForwardingSpec {
    pub address: String,
    /// `true` keeps a copy in the mailbox.
    #[serde(default = "yes")]
    pub keep_copy: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DelegateSpec {
    pub user: String,
    pub access: AccessRight,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupSpec {
    pub name: String,
    pub members: Vec<String>,
}

/// Background users made from the seed, so a tenant can be realistic in
/// size without being written out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Generated {
    pub count: u32,
    pub departments: Vec<String>,
    pub first_names: Vec<String>,
    pub last_names: Vec<String>,
}

/// What happened before the trainee arrived and how the actors behave.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Incident {
    /// Accounts the attacker got into, and with what.
    pub compromised: Vec<Compromise>,
    /// Outside addresses whose mail the attacker reads.
    pub attacker_addresses: Vec<String>,
    /// How many IP addresses the attacker signs in from (the seed draws
    /// them); left out, a few. One makes every victim's sign-ins share it.
    pub attacker_ips: Option<u8>,
    /// Users someone impersonates on a call to the helpdesk.
    pub impostor_callers: Vec<String>,
    /// Actions before the start, in time order; `at` is how long before the
    /// start (`"50m"`).
    pub before: Vec<Scripted>,
    /// The attacker's behaviour from the first turn on.
    pub attacker: Option<AttackerPlan>,
    pub end_users: Vec<EndUserPlan>,
}

/// One compromised account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Compromise {
    pub user: String,
    /// The attacker knows the current password.
    #[serde(default = "yes")]
    pub knows_password: bool,
    /// The attacker holds a signed-in session.
    #[serde(default = "yes")]
    pub session: bool,
    /// An app password the attacker created, by name.
    #[serde(default)]
    pub app_password: Option<String>,
    /// A method the attacker registered for themselves.
    #[serde(default)]
    pub method: Option<MethodSpec>,
    /// A device the attacker joined to the account with the session it
    /// holds: it signs in again without the password.
    #[serde(default)]
    pub device: Option<DeviceSpec>,
    /// The user consented to the attacker's application (a consent
    /// phishing link): it reads the mail with the grant, whatever is reset
    /// or revoked, and the user consents again while the link can work.
    #[serde(default)]
    pub consent: Option<ConsentSpec>,
}

/// An action at a time before the start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scripted {
    /// How long before the start (`"50m"`).
    pub at: String,
    pub actor: Actor,
    pub action: Action,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttackerPlan {
    /// The first turn, relative to the start: `"-1h"` (before the trainee
    /// arrives) or `"5m"`.
    pub first_turn: String,
    pub behaviour: AttackerBehaviour,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndUserPlan {
    /// The first turn, relative to the start (`"10m"`).
    pub first_turn: String,
    pub behaviour: EndUserBehaviour,
}

/// Ground truth the trainee cannot see.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GroundTruth {
    /// The accounts the incident is about: "the subject" of the procedures.
    pub subjects: Vec<String>,
    pub malicious: Vec<Artefact>,
    pub legitimate: Vec<Artefact>,
    /// Other users the trainee may rightly act on (for example the
    /// trainee's own account).
    pub may_act_on: Vec<String>,
    /// For an alert-triage incident: the right classification of the
    /// alerts about the subjects.
    pub verdict: Option<crate::tenant::logs::Classification>,
}

/// Something in a mailbox or account that is either the attacker's or the
/// owner's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Artefact {
    Rule { mailbox: String, name: String },
    Forwarding { mailbox: String, address: String },
    Delegate { mailbox: String, delegate: String },
    Role { user: String, role: Role },
    Method { user: String, kind: MethodKind },
    Device { user: String, name: String },
}

/// What the trainee is graded on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Grading {
    /// Procedure ids, bundled or from the scenario's folder.
    pub procedures: Vec<String>,
    /// Recommended steps this scenario requires (`"procedure/step"`).
    #[serde(default)]
    pub raise: Vec<String>,
    /// Steps that do not apply here (`"procedure/step"`).
    #[serde(default)]
    pub skip: Vec<String>,
    /// Score needed to pass (0-100); 70 when left out.
    #[serde(default = "default_pass_mark")]
    pub pass_mark: u32,
    /// Checks on the final state, beyond the procedures'.
    #[serde(default)]
    pub objectives: Vec<Objective>,
}

const fn default_pass_mark() -> u32 {
    70
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    pub id: String,
    pub description: Text,
    pub check: Condition,
    /// Points for meeting it; 10 when left out.
    #[serde(default)]
    pub points: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hint {
    pub text: Text,
    /// Points it costs.
    pub cost: u32,
    /// The step it helps with (`"procedure/step"`): offered while that step
    /// is not done. Hints without a step are offered in order at the end.
    #[serde(default)]
    pub step: Option<String>,
}

/// A reference `"procedure/step"` split in two.
#[must_use]
pub(crate) fn split_step_ref(reference: &str) -> Option<(&str, &str)> {
    reference.split_once('/')
}
#[cfg(test)]
mod tests;
