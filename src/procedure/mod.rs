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

use crate::i18n::{Lang, Text};
use crate::tenant::policy::SsprScope;
use serde::{Deserialize, Serialize};

pub use pattern::{ActionKind, ActionPattern, By, ChannelKind, Target, Truth};

/// One documented procedure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Procedure {
    /// Lower-case words joined by `-`, unique among procedures.
    pub id: String,
    pub title: Text,
    pub source: Source,
    /// A sentence or two shown above the steps in feedback.
    #[serde(default)]
    pub summary: Text,
    pub steps: Vec<Step>,
    /// What counts as collateral damage while following this procedure.
    #[serde(default)]
    pub harm: Vec<HarmRule>,
}

/// Where a procedure comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The article's title, in each language as Microsoft publishes it.
    pub article: Text,
    /// The seed file the facts come from (`../shared/seeds/`), or the
    /// organisation's own runbook.
    pub seed: String,
    /// The article's page on learn.microsoft.com without the locale
    /// (`microsoft-365/admin/add-users/reset-passwords`): the link in a
    /// language is `https://learn.microsoft.com/<locale>/<path>`.
    #[serde(default)]
    pub path: Option<String>,
    /// A link elsewhere (an organisation's runbook), the same in every
    /// language; used when there is no `path`.
    #[serde(default)]
    pub url: Option<String>,
}

/// A Microsoft page a step's guidance comes from when it is not the
/// procedure's own article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Page {
    /// The page's title, in each language as Microsoft publishes it.
    pub title: Text,
    /// Its path on learn.microsoft.com without the locale.
    pub path: String,
}

/// The link to a page of learn.microsoft.com in a language.
#[must_use]
pub(crate) fn learn_link(path: &str, lang: Lang) -> String {
    format!("https://learn.microsoft.com/{}/{}", lang.learn_locale(), path.trim_start_matches('/'))
}

/// Where a step comes from, in one language: the article's title as
/// Microsoft publishes it, the step numbers in that article (empty when
/// the article has no numbered step for it), and a link to the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation<'a> {
    pub title: &'a str,
    pub steps: &'a [u8],
    pub link: Option<String>,
}

impl Procedure {
    /// The link to the procedure's article in `lang`, if it has one.
    #[must_use]
    pub(crate) fn link(&self, lang: Lang) -> Option<String> {
        match (&self.source.path, &self.source.url) {
            (Some(path), _) => Some(learn_link(path, lang)),
            (None, Some(url)) => Some(url.clone()),
            (None, None) => None,
        }
    }

    /// Where `step` comes from, in `lang`: its own page when it names one,
    /// else the procedure's article.
    #[must_use]
    pub(crate) fn citation<'a>(&'a self, step: &'a Step, lang: Lang) -> Citation<'a> {
        match &step.page {
            Some(page) => Citation { title: page.title.get(lang), steps: &step.source_steps, link: Some(learn_link(&page.path, lang)) },
            None => Citation { title: self.source.article.get(lang), steps: &step.source_steps, link: self.link(lang) },
        }
    }

    /// Every text a person reads in the procedure, named by where it is
    /// (`title`, `steps[reset-password].why`, ...), for the validator.
    #[must_use]
    pub(crate) fn texts(&self) -> Vec<(String, &Text)> {
        let mut texts = vec![
            ("title".to_string(), &self.title),
            ("summary".to_string(), &self.summary),
            ("source.article".to_string(), &self.source.article),
        ];
        for step in &self.steps {
            texts.push((format!("steps[{}].instruction", step.id), &step.instruction));
            texts.push((format!("steps[{}].why", step.id), &step.why));
            if let Some(page) = &step.page {
                texts.push((format!("steps[{}].page.title", step.id), &page.title));
            }
            for (index, forbidden) in step.forbids.iter().enumerate() {
                texts.push((format!("steps[{}].forbids[{index}].reason", step.id), &forbidden.reason));
            }
        }
        for (index, harm) in self.harm.iter().enumerate() {
            texts.push((format!("harm[{index}].reason"), &harm.reason));
        }
        texts
    }
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
    pub(crate) const fn default_points(self) -> u32 {
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
    pub instruction: Text,
    /// Why it matters: shown in feedback when the step is missed or late.
    pub why: Text,
    pub kind: StepKind,
    /// Step numbers in the source article; empty for guidance from
    /// elsewhere (the domain reference names it).
    #[serde(default)]
    pub source_steps: Vec<u8>,
    /// The Microsoft page the step's guidance comes from when it is not the
    /// procedure's article; `source_steps` then number that page's steps.
    #[serde(default)]
    pub page: Option<Page>,
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
    pub(crate) fn points_for(&self, kind: StepKind) -> u32 {
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
    pub reason: Text,
    /// Points lost; 15 when not given.
    #[serde(default)]
    pub points: Option<u32>,
}

/// Collateral damage the scorer looks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HarmRule {
    pub kind: HarmKind,
    pub reason: Text,
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
    /// A Conditional Access policy that blocks the office's address, where
    /// the organisation's own users (and the trainee) sign in from: a
    /// block meant for the attacker that locks everyone out.
    BlockOwnUsers,
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
/// lists it (its English text).
pub(crate) const AID_ATTACKER_REASON: &str = "That hands the attacker a way in, or a copy of the mail, in the middle of an incident.";

/// [`AID_ATTACKER_REASON`] in every language.
#[must_use]
pub(crate) fn aid_attacker_reason() -> Text {
    Text::Translated(
        [
            ("en", AID_ATTACKER_REASON),
            ("nb", "Det gir angriperen en vei inn, eller en kopi av e-posten, midt i en hendelse."),
            ("nl", "Daarmee geeft u de aanvaller midden in een incident een weg naar binnen, of een kopie van de e-mail."),
            ("sl", "S tem sredi incidenta napadalcu odprete pot v račun ali mu predate kopijo pošte."),
        ]
        .into_iter()
        .map(|(code, text)| (code.to_string(), text.to_string()))
        .collect(),
    )
}
/// Its points when no graded procedure lists it.
pub(crate) const AID_ATTACKER_POINTS: u32 = 15;

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
    /// No device the attacker registered is still enabled.
    NoAttackerDevices,
    /// No delegated permission grant of an application the attacker
    /// added covers the subject (the application enabled or not).
    NoAttackerGrants,
    /// Tenant-wide: every application the attacker added that is still in
    /// the tenant is disabled ("Enabled for users to sign in?" = No).
    AttackerAppsDisabled,
    /// Tenant-wide: users may no longer consent to any application on
    /// their own (verified publishers only, or no user consent).
    UserConsentRestricted,
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
    /// Every sign-in of the user has to pass MFA: per-user MFA, or a
    /// Conditional Access policy requiring it from modern clients while
    /// legacy authentication is blocked or off.
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
    /// Every alert about the subject is resolved with the classification
    /// the scenario's ground truth gives (true positive, informational
    /// expected activity, false positive); holds when there is none.
    AlertsClassifiedCorrectly,
    /// Tenant-wide: every account the attacker got into besides the
    /// subjects (another victim of the same attacker) is contained, with
    /// nothing of the attacker's left in it.
    OtherAccountsContained,
    /// Tenant-wide: the attacker knows the current password of no account
    /// besides the subjects (the password spray playbook's "interrupted"
    /// accounts: a right password that MFA or a block stopped).
    AttackerKnowsNoOtherPassword,
    /// Tenant-wide: an enabled Conditional Access policy blocks sign-ins
    /// from every address the attacker uses.
    AttackerAddressesBlocked,
    /// Tenant-wide: an enabled Conditional Access policy blocks legacy
    /// authentication clients.
    LegacyAuthenticationBlocked,
    /// Confirmed compromised in Identity Protection.
    ConfirmedCompromised,
    /// The inner condition, asked of this user instead of the subjects.
    On(String, Box<Condition>),
    Not(Box<Condition>),
    All(Vec<Condition>),
    Any(Vec<Condition>),
}

impl Condition {
    /// Every user name the condition mentions, for validation.
    pub(crate) fn users(&self, into: &mut Vec<String>) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::library::{PROCEDURES, bundled_procedures};
    use crate::scenario::validate::check_procedure;

    #[test]
    fn every_bundled_procedure_speaks_all_four_languages_in_every_text() {
        let procedures = bundled_procedures().expect("the bundled procedures load");
        for bundled in PROCEDURES {
            let procedure = procedures.get(bundled.id).expect("bundled");
            for (place, text) in procedure.texts() {
                if text.is_empty() {
                    continue;
                }
                assert!(text.missing_languages().is_empty(), "{}: `{place}` lacks {:?}", bundled.id, text.missing_languages());
                assert!(text.unknown_languages().is_empty(), "{}: `{place}` has {:?}", bundled.id, text.unknown_languages());
                for lang in Lang::ALL {
                    assert!(!text.get(lang).trim().is_empty(), "{}: `{place}` is empty in {}", bundled.id, lang.code());
                }
            }
            let found = check_procedure(bundled.path, bundled.text, procedure);
            assert!(found.is_empty(), "{}: {found:?}", bundled.id);
        }
        assert!(aid_attacker_reason().missing_languages().is_empty());
        assert_eq!(aid_attacker_reason().english(), AID_ATTACKER_REASON);
    }

    #[test]
    fn a_citation_names_the_article_in_the_language_and_links_to_its_page_there() {
        let procedures = bundled_procedures().expect("the bundled procedures load");
        let procedure = procedures.get("unlock-account").expect("bundled");
        let step = procedure.steps.iter().find(|step| step.id == "reset-password").expect("a reset step");
        let citation = procedure.citation(step, Lang::Nl);
        assert_eq!(citation.title, "Een account ontgrendelen");
        assert_eq!(citation.steps, &[2]);
        assert_eq!(citation.link.as_deref(), Some("https://learn.microsoft.com/nl-nl/microsoft-365/admin/add-users/reset-passwords"));
        assert_eq!(procedure.citation(step, Lang::Nb).title, "Låse opp en konto");
        assert_eq!(procedure.citation(step, Lang::Sl).title, "Odklepanje računa");
        assert_eq!(
            procedure.citation(step, Lang::En).link.as_deref(),
            Some("https://learn.microsoft.com/en-us/microsoft-365/admin/add-users/reset-passwords")
        );
        // A step from other guidance cites its own page.
        let procedure = procedures.get("compromised-account").expect("bundled");
        let step = procedure.steps.iter().find(|step| step.id == "revoke-sessions").expect("a revoke step");
        let citation = procedure.citation(step, Lang::Nl);
        assert!(citation.steps.is_empty());
        assert_eq!(citation.link.as_deref(), Some("https://learn.microsoft.com/nl-nl/entra/identity/users/users-revoke-access"));
        assert_eq!(
            procedure.citation(procedure.steps.first().expect("a step"), Lang::Nb).title,
            "Anbefalt fremgangsmåte hvis en konto kompromitteres"
        );
    }

    #[test]
    fn an_unknown_language_is_an_error_and_a_missing_one_a_warning() {
        let text = r#"Procedure(
    id: "mixed",
    title: {"en": "Mixed", "nb": "Blandet", "de": "Gemischt"},
    source: (article: "A runbook", seed: "none"),
    steps: [(id: "one", instruction: "Do it.", why: "Because.", kind: Required, done_when: Some(SignInAllowed))],
)"#;
        let procedure: Procedure =
            crate::diagnostic::parse_ron("mixed.ron", text.as_bytes(), &crate::diagnostic::Limits::default()).expect("parses");
        let found = check_procedure("mixed.ron", text, &procedure);
        let errors: Vec<&String> = found.iter().filter(|found| found.is_error()).map(|found| &found.message).collect();
        let warnings: Vec<&String> = found.iter().filter(|found| !found.is_error()).map(|found| &found.message).collect();
        assert_eq!(errors.len(), 1, "{found:?}");
        assert!(errors[0].contains("`de`"), "{errors:?}");
        assert!(warnings.iter().any(|warning| warning.contains("`title`") && warning.contains("`nl`, `sl`")), "{warnings:?}");
        assert!(warnings.iter().any(|warning| warning.contains("`steps[one].why`")), "{warnings:?}");
        // A file written only in English is an English procedure: no warnings.
        let english = text.replace(r#"{"en": "Mixed", "nb": "Blandet", "de": "Gemischt"}"#, r#""Mixed""#);
        let procedure: Procedure =
            crate::diagnostic::parse_ron("english.ron", english.as_bytes(), &crate::diagnostic::Limits::default()).expect("parses");
        assert!(check_procedure("english.ron", &english, &procedure).is_empty());
    }
}
