//! A state-machine property test: a small, independent reference model of
//! sign-in, smart lockout, sessions, app passwords, outbound limits and
//! inbox rules, run against the real engine under random action sequences.
//!
//! The model follows the domain reference (§1, §2, §5), not the engine's code:
//! lockout after 10 counted failures, the last 3 distinct bad passwords not
//! counted again, separate familiar and unfamiliar counters, lockouts of 60 s
//! doubling up to the tenant's cap, 50057 for a blocked account, 50053 for a
//! locked one, 50126 for a wrong password; access tokens that live on for a
//! seeded 60-90 minutes after a block, reset or revocation; an attacker's app
//! password that survives resets and revocations but not a block or its
//! removal, and serves as a mail client (§2 [COMP]) only while a legacy
//! protocol (IMAP, POP, EWS) is on; sessions reach the mailbox only while a
//! modern client protocol is; requiring MFA as a critical event (§2), after
//! which refresh and sign-in need a second factor the attacker does not have;
//! self-service reset, where "I forgot my password" clears the lockout and
//! "I know my password" does not work while locked (§1, §7); a passwordless
//! session (a FIDO2 key) that survives a password reset but not a revocation
//! or a block (§2); restricted senders whose mail fails with `550 5.1.8`; and
//! a seeded release delay.
//!
//! domain.md is silent on three points the model pins as the engine decides
//! them: a right password stopped at the second factor (AADSTS50076) neither
//! counts as a failure nor clears the counters; a self-service reset revokes
//! password-based refresh tokens like an admin reset; turning every protocol
//! off also stops sessions from reaching the mailbox.
//!
//! Where the engine draws a seeded number (an access token's lifetime, the
//! continuous-access delay, the release delay) the model keeps the window the
//! domain allows for it. The model proptest generates from never sees the
//! engine, so it predicts with those windows ("maybe" where a window straddles
//! the present) and uses the predictions only to choose transitions. A second
//! copy of the same model runs beside the engine: after each step it checks
//! that every value the engine drew lies in its window, then narrows the
//! window to that value, so it predicts every outcome exactly.
//!
//! After every step the engine's state is compared with the exact model:
//! the clock, and for each account its sign-in status, when each of its two
//! lockout counters (familiar, unfamiliar) is locked until, how many failures
//! each has counted and how many lockouts it has had, its sessions (id,
//! holder, refresh revoked), whether it is a restricted sender and how often
//! it was released, its inbox rules, the attacker's app password, whether
//! MFA is required and which protocols are on. The remembered bad
//! passwords are not compared directly: they show in which failures are
//! counted. The named invariants of
//! `tenantdrill::engine::invariants` are checked as well.
//!
//! Cases: 128 by default, so the test stays well under a minute in a debug
//! build. Set `TENANTDRILL_PROPTEST_CASES` to run more, for example
//! `TENANTDRILL_PROPTEST_CASES=2000 cargo test --test tests state_machine`.
//! Failures are saved under `proptest-regressions/` and replayed first on the
//! next run; keep those files.

use crate::support::Checked;
use proptest::prelude::*;
use proptest::strategy::Union;
use proptest_state_machine::{ReferenceStateMachine, StateMachineTest, prop_state_machine};
use tenantdrill::action::{NewPassword, Resource, SsprMode};
use tenantdrill::clock::{SimDuration, SimTime};
use tenantdrill::engine::view::View;
use tenantdrill::tenant::Tenant;
use tenantdrill::tenant::logs::Location;
use tenantdrill::tenant::mailbox::{Protocol, RuleAction, RuleCondition, RuleSpec};
use tenantdrill::tenant::policy::{OutboundAction, SsprScope};
use tenantdrill::tenant::role::Role;
use tenantdrill::tenant::user::{AppPassword, Method, MethodKind, Party, SessionOrigin, User, UserId};
use tenantdrill::{Action, Actor, Outcome, Simulation};

// ----------------------------------------------------------------------------
// The tiny tenant.

const ADMIN: &str = "admin@fabrikam.example";
const USERS: [&str; 2] = ["ana@fabrikam.example", "ben@fabrikam.example"];
const INITIAL_PASSWORDS: [&str; 2] = ["Orchid-Tundra-4821!", "Basalt#Meadow-9157"];
/// Strong passwords the admin resets to.
const RESET_PASSWORDS: [&str; 3] = ["Quartz-Maple-7391!", "Violet#Harbor-2846", "Copper!Lantern-5173"];
/// Strong passwords the owners choose in self-service reset.
const SSPR_PASSWORDS: [&str; 2] = ["Juniper-Falcon-6624!", "Saffron#Glacier-3058"];
/// Passwords that are never anyone's.
const WRONG_PASSWORDS: [&str; 6] = ["Summer2024!", "Password1", "letmein", "Orchid-Tundra-4821", "Welcome123", "Spring!2025"];
const RULE_NAMES: [&str; 3] = ["Newsletters", "Receipts", "Travel"];
const OUTSIDE_DOMAIN: &str = "outside.example";

// The policy the tenant is built with; the model reads the same numbers.
const LOCKOUT_THRESHOLD: u16 = 10;
const FIRST_LOCKOUT_S: u64 = 60;
/// A scenario-set cap, low enough that runs reach it.
const LOCKOUT_CAP_S: u64 = 480;
const REMEMBERED_BAD_PASSWORDS: usize = 3;

// Documented service values (domain reference §2 and §5).
const ACCESS_TOKEN_MINIMUM_S: u64 = 60 * 60;
const ACCESS_TOKEN_MAXIMUM_S: u64 = 90 * 60;
const CONTINUOUS_ACCESS_MAXIMUM_S: u64 = 15 * 60;
const EXTERNAL_PER_HOUR: u32 = 500;
const RECIPIENTS_PER_DAY: u32 = 1_000;
const SERVICE_RECIPIENTS_PER_DAY: u32 = 10_000;
const SERVICE_MESSAGES_PER_MINUTE: u32 = 30;
const SERVICE_RECIPIENTS_PER_MESSAGE: u32 = 500;
const RELEASE_CAP: u8 = 3;
/// Sending resumes "usually within an hour, at most 24 hours"; the engine's
/// shortest delay is 5 minutes.
const RELEASE_MINIMUM_S: u64 = 5 * 60;
const RELEASE_MAXIMUM_S: u64 = 24 * 60 * 60;
/// The engine keeps at most this many sessions per user, dropping the oldest.
const SESSIONS_PER_USER_LIMIT: usize = 32;

const DAY_S: u64 = 86_400;
const HOUR_S: u64 = 3_600;

fn start_time() -> SimTime {
    // Mid-afternoon: long runs cross midnight, short ones stay in one day.
    SimTime::from_utc(2026, 3, 10, 15, 0, 0).unwrap_or_default()
}

fn build_simulation(seed: u64) -> (Simulation, [UserId; 2]) {
    let start = start_time();
    let set_at = SimTime(start.0 - 10 * DAY_S);
    let mut tenant = Tenant::new("Fabrikam", vec!["fabrikam.example".to_string()]);
    tenant.lockout_policy.threshold = LOCKOUT_THRESHOLD;
    tenant.lockout_policy.first_duration_s = FIRST_LOCKOUT_S;
    tenant.lockout_policy.growth_factor = 2;
    tenant.lockout_policy.maximum_duration_s = LOCKOUT_CAP_S;
    tenant.outbound_policy.external_recipients_per_hour = EXTERNAL_PER_HOUR;
    tenant.outbound_policy.recipients_per_day = RECIPIENTS_PER_DAY;
    tenant.outbound_policy.action = OutboundAction::BlockUser;
    tenant.outbound_policy.release_cap = RELEASE_CAP;
    // Self-service reset for everyone, one method (mobile phone or email).
    tenant.sspr_policy.scope = SsprScope::All;
    tenant.sspr_policy.methods_required = 1;
    let mut admin = User::new(ADMIN, "Fabrikam Admin", "Granite-Heron-5530!", set_at);
    admin = admin.with_roles([Role::GlobalAdministrator]);
    let admin_id = tenant.add_user(admin).expect("admin added");
    let mut ana = User::new(USERS[0], "Ana Lima", INITIAL_PASSWORDS[0], set_at);
    // The attacker created an app password on Ana's account: a password
    // reset and a session revocation leave it working (§2).
    ana.app_passwords.push(AppPassword { name: "Mail sync".to_string(), created_at: set_at, controlled_by: Party::Attacker });
    // Ana's phone answers a second factor and proves her in self-service reset.
    ana.methods.push(Method {
        kind: MethodKind::MobilePhone,
        detail: "+47 400 00 001".to_string(),
        controlled_by: Party::Owner,
        registered_at: None,
    });
    let ana = tenant.add_user(ana).expect("ana added");
    // Ben signs in without a password (a FIDO2 key): a second factor, but
    // no self-service reset method.
    let mut ben = User::new(USERS[1], "Ben Okafor", INITIAL_PASSWORDS[1], set_at);
    ben.methods.push(Method {
        kind: MethodKind::Fido2,
        detail: "Security key".to_string(),
        controlled_by: Party::Owner,
        registered_at: None,
    });
    let ben = tenant.add_user(ben).expect("ben added");
    let mut simulation = Simulation::new(tenant, start, seed);
    simulation.grant_session(admin_id, Party::Owner, SessionOrigin::Password);
    simulation.grant_session(ben, Party::Owner, SessionOrigin::Passwordless);
    (simulation, [ana, ben])
}

fn rule_spec(name: &str) -> RuleSpec {
    RuleSpec {
        name: name.to_string(),
        conditions: vec![RuleCondition::SubjectContainsWords(vec![name.to_ascii_lowercase()])],
        actions: vec![RuleAction::MoveToFolder(name.to_string())],
        hidden: false,
        enabled: true,
    }
}

fn outside_recipients(count: u32) -> Vec<String> {
    (0..count).map(|index| format!("r{index}@{OUTSIDE_DOMAIN}")).collect()
}

// ----------------------------------------------------------------------------
// Transitions.

/// Who acts on an account: its owner or the attacker holding it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Owner,
    Attacker,
}

impl Who {
    fn actor(self, user: usize) -> Actor {
        match self {
            Who::Owner => Actor::User(USERS[user].to_string()),
            Who::Attacker => Actor::Attacker { via: Some(USERS[user].to_string()) },
        }
    }
    fn party(self) -> Party {
        match self {
            Who::Owner => Party::Owner,
            Who::Attacker => Party::Attacker,
        }
    }
}

/// Who manages an inbox rule: the Global Administrator, or the attacker
/// through the mailbox's own session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RuleAuthor {
    Admin,
    Attacker,
}

#[derive(Debug, Clone)]
enum Transition {
    SignIn {
        who: Who,
        user: usize,
        password: String,
        familiar: bool,
    },
    UseSession {
        who: Who,
        user: usize,
        exchange: bool,
    },
    ResetPassword {
        user: usize,
        password: String,
    },
    BlockSignIn {
        user: usize,
    },
    AllowSignIn {
        user: usize,
    },
    RevokeSessions {
        user: usize,
    },
    SendMail {
        who: Who,
        user: usize,
        recipients: u32,
    },
    ReleaseRestricted {
        user: usize,
    },
    CreateRule {
        by: RuleAuthor,
        user: usize,
        name: String,
    },
    RemoveRule {
        by: RuleAuthor,
        user: usize,
        name: String,
    },
    /// The attacker signs in to IMAP with an app password.
    UseAppPassword {
        user: usize,
    },
    RemoveAppPasswords {
        user: usize,
    },
    /// The admin requires MFA: a critical event, and refresh then needs a second factor.
    RequireMfa {
        user: usize,
    },
    /// Self-service password reset, "I forgot my password" (`forgot`) or "I know my password".
    SelfServiceReset {
        who: Who,
        user: usize,
        forgot: bool,
        password: String,
    },
    /// The admin turns mailbox protocols off (all of them when `protocols` is empty).
    DisableProtocols {
        user: usize,
        protocols: Vec<Protocol>,
    },
    Wait {
        seconds: u64,
    },
}

impl Transition {
    fn to_engine(&self) -> (Actor, Action) {
        let admin = Actor::Admin(ADMIN.to_string());
        let upn = |user: usize| USERS[user].to_string();
        let rule_actor = |by: RuleAuthor, user: usize| match by {
            RuleAuthor::Admin => admin.clone(),
            RuleAuthor::Attacker => Who::Attacker.actor(user),
        };
        match self {
            Transition::SignIn { who, user, password, familiar } => (
                who.actor(*user),
                Action::SignIn {
                    user: upn(*user),
                    password: password.clone(),
                    location: if *familiar { Location::Familiar } else { Location::Unfamiliar },
                },
            ),
            Transition::UseSession { who, user, exchange } => (
                who.actor(*user),
                Action::UseSession { user: upn(*user), resource: if *exchange { Resource::ExchangeOnline } else { Resource::Portal } },
            ),
            Transition::ResetPassword { user, password } => (
                admin,
                Action::ResetPassword {
                    user: upn(*user),
                    password: NewPassword::Given(password.clone()),
                    require_change: false,
                    email_to: None,
                },
            ),
            Transition::BlockSignIn { user } => (admin, Action::BlockSignIn { user: upn(*user) }),
            Transition::AllowSignIn { user } => (admin, Action::AllowSignIn { user: upn(*user) }),
            Transition::RevokeSessions { user } => (admin, Action::RevokeSessions { user: upn(*user) }),
            Transition::SendMail { who, user, recipients } => (
                who.actor(*user),
                Action::SendMail {
                    from: upn(*user),
                    to: outside_recipients(*recipients),
                    subject: "Quarterly figures".to_string(),
                    body: "See attached.".to_string(),
                },
            ),
            Transition::ReleaseRestricted { user } => (admin, Action::ReleaseRestricted { user: upn(*user) }),
            Transition::CreateRule { by, user, name } => {
                (rule_actor(*by, *user), Action::CreateRule { user: upn(*user), rule: rule_spec(name) })
            }
            Transition::RemoveRule { by, user, name } => {
                (rule_actor(*by, *user), Action::RemoveRule { user: upn(*user), rule: name.clone() })
            }
            Transition::UseAppPassword { user } => {
                (Who::Attacker.actor(*user), Action::UseAppPassword { user: upn(*user), protocol: Protocol::Imap })
            }
            Transition::RemoveAppPasswords { user } => (admin, Action::RemoveAppPasswords { user: upn(*user) }),
            Transition::RequireMfa { user } => (admin, Action::RequireMfa { user: upn(*user) }),
            Transition::SelfServiceReset { who, user, forgot, password } => (
                who.actor(*user),
                Action::SelfServiceReset {
                    user: upn(*user),
                    mode: if *forgot { SsprMode::Forgot } else { SsprMode::Know },
                    new_password: password.clone(),
                },
            ),
            Transition::DisableProtocols { user, protocols } => {
                (admin, Action::DisableProtocols { user: upn(*user), protocols: protocols.clone() })
            }
            Transition::Wait { seconds } => (admin, Action::Wait { duration: SimDuration::seconds(*seconds) }),
        }
    }
}

// ----------------------------------------------------------------------------
// The reference model.

/// A seeded value the model knows only to lie in `low..=high` (seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Window {
    low: u64,
    high: u64,
}

impl Window {
    const fn exact(value: u64) -> Window {
        Window { low: value, high: value }
    }
    fn hull(self, other: Window) -> Window {
        Window { low: self.low.min(other.low), high: self.high.max(other.high) }
    }
    fn contains(self, value: u64) -> bool {
        (self.low..=self.high).contains(&value)
    }
}

/// Three-valued answers, for facts that hang on a seeded value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tri {
    Yes,
    No,
    Maybe,
}

impl Tri {
    fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes, Tri::Yes) => Tri::Yes,
            _ => Tri::Maybe,
        }
    }
}

/// When continuous access evaluation reaches Exchange Online for a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cutoff {
    None,
    /// At some time in `window`; `maybe_none` when a refresh that would have
    /// cleared it may or may not have happened.
    At {
        window: Window,
        maybe_none: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct ModelSession {
    id: u32,
    holder: Who,
    /// From a sign-in without a password (FIDO2, Windows Hello): a password
    /// reset leaves its refresh token alone (§2).
    passwordless: bool,
    revoked: bool,
    /// When the access token last issued from this session expires.
    access_expires: Window,
    cutoff: Cutoff,
}

impl ModelSession {
    /// Whether the access token is honoured at `resource` now.
    fn access(&self, exchange: bool, now: u64) -> Tri {
        let alive = if now < self.access_expires.low {
            Tri::Yes
        } else if now >= self.access_expires.high {
            Tri::No
        } else {
            Tri::Maybe
        };
        let not_cut = match self.cutoff {
            _ if !exchange => Tri::Yes,
            Cutoff::None => Tri::Yes,
            Cutoff::At { window, maybe_none } => {
                if now < window.low {
                    Tri::Yes
                } else if now >= window.high && !maybe_none {
                    Tri::No
                } else {
                    Tri::Maybe
                }
            }
        };
        alive.and(not_cut)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Counter {
    counted: u16,
    /// The last distinct bad passwords, newest last.
    recent_bad: Vec<String>,
    locked_until: Option<u64>,
    lockouts: u32,
}

impl Counter {
    fn locked(&self, now: u64) -> bool {
        self.locked_until.is_some_and(|until| now < until)
    }

    /// A wrong password: returns the status code shown.
    fn failure(&mut self, password: &str, now: u64) -> u32 {
        if self.recent_bad.iter().any(|bad| bad == password) {
            return 50_126;
        }
        self.recent_bad.push(password.to_string());
        if self.recent_bad.len() > REMEMBERED_BAD_PASSWORDS {
            self.recent_bad.remove(0);
        }
        self.counted += 1;
        // A counter that reached the threshold stays there: once a lockout
        // has run out, the next counted failure locks again, for longer.
        if self.counted >= LOCKOUT_THRESHOLD {
            self.lockouts += 1;
            let doubled = FIRST_LOCKOUT_S.saturating_mul(1_u64 << (self.lockouts - 1).min(40));
            self.locked_until = Some(now + doubled.min(LOCKOUT_CAP_S));
            return 50_053;
        }
        50_126
    }

    /// A successful sign-in forgets the failures, not how often it locked.
    fn success(&mut self) {
        self.counted = 0;
        self.recent_bad.clear();
        self.locked_until = None;
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Limit {
    ServiceRecipientsPerDay,
    ExternalRecipientsPerHour,
    RecipientsPerDay,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Restriction {
    limit: Limit,
    /// Restricted by the service limit until the next UTC midnight.
    until_midnight: Option<u64>,
    /// An admin released the sender; sending resumes at a seeded time in here.
    release: Option<Window>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Exempt {
    /// The UTC days the release may have taken effect on.
    first_day: u64,
    last_day: u64,
    limit: Limit,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Outbound {
    hour: u64,
    external_in_hour: u32,
    day: u64,
    recipients_in_day: u32,
    minute: u64,
    messages_in_minute: u32,
    restriction: Option<Restriction>,
    releases: u8,
    exempt: Option<Exempt>,
}

impl Outbound {
    /// After a release the sender is not restricted again that UTC day by
    /// the limit that restricted it (the modelling decision in
    /// ARCHITECTURE.md: domain reference §5 says "not restricted again that
    /// day", the issue narrows it to "by the same limit"); other limits,
    /// such as recipients per day, still restrict.
    fn exempt(&self, limit: Limit, now: u64) -> bool {
        self.exempt.is_some_and(|exempt| exempt.first_day == now / DAY_S && exempt.limit == limit)
    }

    /// What the passing of time does: releases and next-day restrictions end.
    fn settle(&mut self, now: u64) {
        let Some(restriction) = self.restriction else { return };
        if restriction.until_midnight.is_some_and(|midnight| now >= midnight) {
            self.restriction = None;
        } else if let Some(window) = restriction.release
            && now >= window.high
        {
            self.restriction = None;
            self.exempt = Some(Exempt { first_day: window.low / DAY_S, last_day: window.high / DAY_S, limit: restriction.limit });
        }
    }

    /// A message to `external` outside recipients: `Ok` if it goes, else
    /// the text the rejection must contain.
    fn send(&mut self, external: u32, now: u64) -> Result<(), &'static str> {
        if self.restriction.is_some() {
            return Err("550 5.1.8 Access denied, bad outbound sender");
        }
        if self.hour != now / HOUR_S {
            self.hour = now / HOUR_S;
            self.external_in_hour = 0;
        }
        if self.day != now / DAY_S {
            self.day = now / DAY_S;
            self.recipients_in_day = 0;
        }
        if self.minute != now / 60 {
            self.minute = now / 60;
            self.messages_in_minute = 0;
        }
        if external > SERVICE_RECIPIENTS_PER_MESSAGE {
            return Err("550 5.5.3");
        }
        if self.messages_in_minute >= SERVICE_MESSAGES_PER_MINUTE {
            return Err("452 4.5.3");
        }
        self.messages_in_minute += 1;
        self.external_in_hour += external;
        self.recipients_in_day += external;
        let crossed = [
            (Limit::ServiceRecipientsPerDay, self.recipients_in_day > SERVICE_RECIPIENTS_PER_DAY),
            (Limit::ExternalRecipientsPerHour, self.external_in_hour > EXTERNAL_PER_HOUR),
            (Limit::RecipientsPerDay, self.recipients_in_day > RECIPIENTS_PER_DAY),
        ]
        .into_iter()
        .find(|(limit, crossed)| *crossed && !self.exempt(*limit, now));
        let Some((limit, _)) = crossed else { return Ok(()) };
        let until_midnight = (limit == Limit::ServiceRecipientsPerDay).then_some((now / DAY_S + 1) * DAY_S);
        self.restriction = Some(Restriction { limit, until_midnight, release: None });
        Err("550 5.1.8 Access denied, bad outbound sender")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Account {
    password: String,
    enabled: bool,
    familiar: Counter,
    unfamiliar: Counter,
    sessions: Vec<ModelSession>,
    outbound: Outbound,
    rules: Vec<String>,
    /// Whether the attacker holds an app password on the account.
    attacker_app_password: bool,
    /// MFA is required: sign-in and refresh need a second factor.
    mfa_required: bool,
    /// Whether the owner can answer a second factor (the attacker never can).
    owner_second_factor: bool,
    /// Whether the owner can prove themselves to self-service reset (a
    /// mobile phone or email; a FIDO2 key does not count).
    owner_sspr_method: bool,
    /// Whether the owner knows the current password ("I know my password"
    /// needs it): not after an admin reset, until they reset it themselves.
    owner_knows_password: bool,
    /// Mailbox protocols still on: the modern clients (Outlook on the web,
    /// `MAPI`, `ActiveSync`) and each legacy one an app password can use.
    modern_on: bool,
    imap_on: bool,
    pop_on: bool,
    ews_on: bool,
}

impl Account {
    fn counter(&mut self, familiar: bool) -> &mut Counter {
        if familiar { &mut self.familiar } else { &mut self.unfamiliar }
    }

    fn can_answer_mfa(&self, who: Who) -> bool {
        who == Who::Owner && self.owner_second_factor
    }

    /// A password change by anyone: password-based refresh tokens are
    /// revoked, passwordless ones survive, and it is a critical event (§2).
    fn password_changed(&mut self, now: u64) {
        for session in &mut self.sessions {
            if !session.passwordless {
                session.revoked = true;
            }
        }
        self.continuous_access_event(now);
    }

    /// Critical event: Exchange rejects every access token within 15 minutes.
    fn continuous_access_event(&mut self, now: u64) {
        let new = Window { low: now, high: now + CONTINUOUS_ACCESS_MAXIMUM_S };
        for session in &mut self.sessions {
            session.cutoff = match session.cutoff {
                Cutoff::None => Cutoff::At { window: new, maybe_none: false },
                // The earlier of the old and the new cut-off wins.
                Cutoff::At { window, maybe_none: false } => {
                    Cutoff::At { window: Window { low: window.low.min(now), high: window.high.min(new.high) }, maybe_none: false }
                }
                Cutoff::At { window, maybe_none: true } => {
                    Cutoff::At { window: Window { low: window.low.min(now), high: new.high }, maybe_none: false }
                }
            };
        }
    }

    /// Uses a session `who` holds at Portal or Exchange: a live access token
    /// first, else the newest session whose refresh token still works, which
    /// gets a new access token. `None` when acceptance hangs on a seed.
    /// A mail client for `who`: a session Exchange honours, else an app
    /// password over IMAP, which works while sign-in is allowed whatever
    /// happened to the password and the sessions.
    /// Sessions reach the mailbox only through a modern client, app
    /// passwords only through a legacy protocol that is still on.
    fn use_mail_client(&mut self, who: Who, now: u64) -> Option<bool> {
        let session = if self.modern_on { self.use_session(who, true, now) } else { Some(false) };
        let legacy_on = self.imap_on || self.pop_on || self.ews_on;
        match session {
            Some(true) => Some(true),
            _ if who == Who::Attacker && self.attacker_app_password && self.enabled && legacy_on => Some(true),
            other => other,
        }
    }

    fn use_session(&mut self, who: Who, exchange: bool, now: u64) -> Option<bool> {
        let enabled = self.enabled;
        // A session from before MFA was required carries no MFA claim: its
        // refresh asks for a second factor, which only some holders have.
        let mfa_blocks = self.mfa_required && !self.can_answer_mfa(who);
        let mut any_live = false;
        let mut any_maybe = false;
        let mut newest_refreshable = None;
        for (index, session) in self.sessions.iter().enumerate().filter(|(_, session)| session.holder == who) {
            match session.access(exchange, now) {
                Tri::Yes => any_live = true,
                Tri::Maybe => any_maybe = true,
                Tri::No => {}
            }
            if !session.revoked && enabled && !mfa_blocks {
                newest_refreshable = Some(index);
            }
        }
        if any_live {
            return Some(true);
        }
        let fresh = Window { low: now + ACCESS_TOKEN_MINIMUM_S, high: now + ACCESS_TOKEN_MAXIMUM_S };
        match (newest_refreshable, any_maybe) {
            (Some(index), false) => {
                let session = &mut self.sessions[index];
                session.access_expires = fresh;
                session.cutoff = Cutoff::None;
                Some(true)
            }
            (Some(index), true) => {
                // Refreshed only if no live token turned up first.
                let session = &mut self.sessions[index];
                session.access_expires = session.access_expires.hull(fresh);
                if let Cutoff::At { window, .. } = session.cutoff {
                    session.cutoff = Cutoff::At { window, maybe_none: true };
                }
                Some(true)
            }
            (None, true) => None,
            (None, false) => Some(false),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Model {
    now: u64,
    accounts: [Account; 2],
    next_session: u32,
    /// How this run's transitions are drawn; never read by the predictions.
    profile: Profile,
    /// The engine's seed; the model never reads it either.
    seed: u64,
}

/// How a run draws its transitions: some spray hard enough to lock
/// accounts out, others mostly sign in and send mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Profile {
    /// How often a sign-in uses a wrong password, in percent.
    wrong_percent: u32,
    sign_in_weight: u32,
    /// Weight of each admin action (reset, block, revoke); allowing sign-in gets twice this.
    admin_weight: u32,
    /// How often the attacker (rather than the owner) signs in, in percent.
    attacker_percent: u32,
    mail_weight: u32,
}

impl Profile {
    const SPRAY: Profile = Profile { wrong_percent: 95, sign_in_weight: 40, admin_weight: 0, attacker_percent: 85, mail_weight: 2 };
    const MIXED: Profile = Profile { wrong_percent: 60, sign_in_weight: 14, admin_weight: 1, attacker_percent: 50, mail_weight: 5 };
    const MAIL: Profile = Profile { wrong_percent: 10, sign_in_weight: 4, admin_weight: 1, attacker_percent: 50, mail_weight: 12 };
}

/// What the engine must answer.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Expect {
    Done,
    /// Done, with a sign-in view carrying this code (0 for success).
    SignIn(u32),
    /// Denied, with this text in the reason.
    Denied(&'static str),
    /// Invalid, with this text in the reason.
    Invalid(&'static str),
    /// Done or denied: the answer hangs on a seeded value.
    DoneOrDenied,
}

impl Model {
    fn new(profile: Profile, seed: u64) -> Self {
        let now = start_time().0;
        let account = |password: &str, attacker_app_password: bool, owner_sspr_method: bool| Account {
            password: password.to_string(),
            enabled: true,
            familiar: Counter::default(),
            unfamiliar: Counter::default(),
            sessions: Vec::new(),
            outbound: Outbound::default(),
            rules: Vec::new(),
            attacker_app_password,
            mfa_required: false,
            owner_second_factor: true,
            owner_sspr_method,
            owner_knows_password: true,
            modern_on: true,
            imap_on: true,
            pop_on: true,
            ews_on: true,
        };
        let mut ben = account(INITIAL_PASSWORDS[1], false, false);
        // Session 2: Ben's passwordless sign-in on his laptop.
        ben.sessions.push(ModelSession {
            id: 2,
            holder: Who::Owner,
            passwordless: true,
            revoked: false,
            access_expires: Window { low: now + ACCESS_TOKEN_MINIMUM_S, high: now + ACCESS_TOKEN_MAXIMUM_S },
            cutoff: Cutoff::None,
        });
        Model {
            now,
            accounts: [account(INITIAL_PASSWORDS[0], true, true), ben],
            // Session 1 is the admin's console.
            next_session: 3,
            profile,
            seed,
        }
    }

    /// Applies `transition` and says what the engine must answer.
    fn step(&mut self, transition: &Transition) -> Expect {
        let now = self.now;
        match transition {
            Transition::SignIn { who, user, password, familiar } => {
                let account = &mut self.accounts[*user];
                if !account.enabled {
                    return Expect::SignIn(50_057);
                }
                if account.counter(*familiar).locked(now) {
                    return Expect::SignIn(50_053);
                }
                if *password != account.password {
                    return Expect::SignIn(account.counter(*familiar).failure(password, now));
                }
                if account.mfa_required && !account.can_answer_mfa(*who) {
                    // The right password, stopped at the second factor: not a
                    // failure, and no session.
                    return Expect::SignIn(50_076);
                }
                account.counter(*familiar).success();
                if account.sessions.len() >= SESSIONS_PER_USER_LIMIT {
                    account.sessions.remove(0);
                }
                account.sessions.push(ModelSession {
                    id: self.next_session,
                    holder: *who,
                    passwordless: false,
                    revoked: false,
                    access_expires: Window { low: now + ACCESS_TOKEN_MINIMUM_S, high: now + ACCESS_TOKEN_MAXIMUM_S },
                    cutoff: Cutoff::None,
                });
                self.next_session += 1;
                Expect::SignIn(0)
            }
            Transition::UseSession { who, user, exchange } => match self.accounts[*user].use_session(*who, *exchange, now) {
                Some(true) => Expect::Done,
                Some(false) => Expect::Denied(""),
                None => Expect::DoneOrDenied,
            },
            Transition::ResetPassword { user, password } => {
                let account = &mut self.accounts[*user];
                account.password.clone_from(password);
                account.owner_knows_password = false;
                account.familiar = Counter::default();
                account.unfamiliar = Counter::default();
                account.password_changed(now);
                Expect::Done
            }
            Transition::BlockSignIn { user } => {
                let account = &mut self.accounts[*user];
                if account.enabled {
                    account.enabled = false;
                    account.continuous_access_event(now);
                }
                Expect::Done
            }
            Transition::AllowSignIn { user } => {
                self.accounts[*user].enabled = true;
                Expect::Done
            }
            Transition::RevokeSessions { user } => {
                let account = &mut self.accounts[*user];
                for session in &mut account.sessions {
                    session.revoked = true;
                }
                account.continuous_access_event(now);
                Expect::Done
            }
            Transition::SendMail { who, user, recipients } => {
                let account = &mut self.accounts[*user];
                match account.use_mail_client(*who, now) {
                    Some(true) => {}
                    Some(false) => return Expect::Denied("no working session"),
                    None => return Expect::DoneOrDenied,
                }
                match account.outbound.send(*recipients, now) {
                    Ok(()) => Expect::Done,
                    Err(code) => Expect::Denied(code),
                }
            }
            Transition::ReleaseRestricted { user } => {
                let outbound = &mut self.accounts[*user].outbound;
                match outbound.restriction {
                    None => Expect::Invalid("not on the restricted entities list"),
                    Some(Restriction { until_midnight: Some(_), .. }) => Expect::Invalid("cannot be released early"),
                    Some(Restriction { release: Some(_), .. }) => Expect::Done,
                    Some(_) if outbound.releases >= RELEASE_CAP => Expect::Denied("only Microsoft support"),
                    Some(restriction) => {
                        outbound.releases += 1;
                        let window = Window { low: now + RELEASE_MINIMUM_S, high: now + RELEASE_MAXIMUM_S };
                        outbound.restriction = Some(Restriction { release: Some(window), ..restriction });
                        Expect::Done
                    }
                }
            }
            Transition::CreateRule { by, user, name } => {
                let account = &mut self.accounts[*user];
                let expect = match by {
                    RuleAuthor::Admin => Expect::Done,
                    RuleAuthor::Attacker => match account.use_mail_client(Who::Attacker, now) {
                        Some(true) => Expect::Done,
                        Some(false) => return Expect::Denied("cannot reach the mailbox"),
                        // Only the generating model is ever unsure; it
                        // assumes the rule may exist.
                        None => Expect::DoneOrDenied,
                    },
                };
                account.rules.push(name.clone());
                expect
            }
            Transition::RemoveRule { by, user, name } => {
                let account = &mut self.accounts[*user];
                let Some(index) = account.rules.iter().position(|rule| rule.eq_ignore_ascii_case(name)) else {
                    return Expect::Invalid("no inbox rule");
                };
                let expect = match by {
                    RuleAuthor::Admin => Expect::Done,
                    RuleAuthor::Attacker => match account.use_mail_client(Who::Attacker, now) {
                        Some(true) => Expect::Done,
                        Some(false) => return Expect::Denied("cannot reach the mailbox"),
                        None => Expect::DoneOrDenied,
                    },
                };
                account.rules.remove(index);
                expect
            }
            Transition::UseAppPassword { user } => {
                let account = &self.accounts[*user];
                if !account.attacker_app_password {
                    Expect::Denied("no app password held")
                } else if !account.enabled {
                    Expect::Denied("AADSTS50057")
                } else if !account.imap_on {
                    Expect::Denied("protocol is disabled")
                } else {
                    Expect::Done
                }
            }
            Transition::RemoveAppPasswords { user } => {
                let account = &mut self.accounts[*user];
                if account.attacker_app_password {
                    account.attacker_app_password = false;
                    Expect::Done
                } else {
                    Expect::Invalid("no app passwords")
                }
            }
            Transition::RequireMfa { user } => {
                let account = &mut self.accounts[*user];
                if !account.mfa_required {
                    account.mfa_required = true;
                    account.continuous_access_event(now);
                }
                Expect::Done
            }
            Transition::SelfServiceReset { who, user, forgot, password } => {
                let account = &mut self.accounts[*user];
                let familiar = *who == Who::Owner;
                if !account.enabled {
                    return Expect::Denied("AADSTS50057");
                }
                if *who == Who::Attacker || !account.owner_sspr_method {
                    return Expect::Denied("verification method");
                }
                if !*forgot {
                    // "I know my password" signs in first: not while locked,
                    // and not without the password.
                    if account.counter(familiar).locked(now) {
                        return Expect::Denied("AADSTS50053");
                    }
                    if !account.owner_knows_password {
                        return Expect::Denied("current password");
                    }
                }
                if *password == account.password {
                    return Expect::Invalid("must differ");
                }
                if *forgot {
                    // "I forgot my password" clears the lockout (§1).
                    account.familiar = Counter::default();
                    account.unfamiliar = Counter::default();
                }
                account.password.clone_from(password);
                account.owner_knows_password = true;
                account.password_changed(now);
                Expect::Done
            }
            Transition::DisableProtocols { user, protocols } => {
                // The transitions turn off legacy protocols, or everything.
                let account = &mut self.accounts[*user];
                let all = protocols.is_empty();
                let off = |protocol: Protocol| all || protocols.contains(&protocol);
                account.imap_on &= !off(Protocol::Imap);
                account.pop_on &= !off(Protocol::Pop);
                account.ews_on &= !off(Protocol::Ews);
                account.modern_on &= !all;
                Expect::Done
            }
            Transition::Wait { seconds } => {
                self.now += seconds;
                for account in &mut self.accounts {
                    account.outbound.settle(self.now);
                }
                Expect::Done
            }
        }
    }

    /// A rule can only be removed once a transition created it (the guard
    /// keeps shrinking from producing removals of rules never made).
    fn allows(&self, transition: &Transition) -> bool {
        match transition {
            Transition::RemoveRule { user, name, .. } => self.accounts[*user].rules.iter().any(|rule| rule.eq_ignore_ascii_case(name)),
            _ => true,
        }
    }

    /// Replaces every seeded window by the value the engine drew, after
    /// checking that the value lies in the window the domain allows.
    fn observe(&mut self, simulation: &Simulation, ids: [UserId; 2]) {
        for (index, account) in self.accounts.iter_mut().enumerate() {
            let upn = USERS[index];
            let user = simulation.tenant().user(ids[index]);
            for session in &mut account.sessions {
                let Some(engine) = user.sessions.iter().find(|engine| engine.id == session.id) else { continue };
                let expires = engine.access_expires_at.0;
                assert!(
                    session.access_expires.contains(expires),
                    "{upn}: session {} access token expires at {}, outside the 60-90 minute window {:?}",
                    session.id,
                    engine.access_expires_at,
                    session.access_expires
                );
                session.access_expires = Window::exact(expires);
                session.cutoff = match (session.cutoff, engine.exchange_cutoff) {
                    (Cutoff::None | Cutoff::At { maybe_none: true, .. }, None) => Cutoff::None,
                    (Cutoff::At { window, .. }, Some(cutoff)) if window.contains(cutoff.0) => {
                        Cutoff::At { window: Window::exact(cutoff.0), maybe_none: false }
                    }
                    (model, engine) => panic!(
                        "{upn}: session {} Exchange cut-off {engine:?}, but continuous access evaluation allows {model:?}",
                        session.id
                    ),
                };
            }
            if let Some(restriction) = account.outbound.restriction.as_mut()
                && let Some(window) = restriction.release
            {
                let at = user.outbound.as_deref().and_then(|state| state.restriction.as_ref()).and_then(|state| state.release_effective_at);
                let Some(at) = at.filter(|at| window.contains(at.0)) else {
                    panic!("{upn}: release takes effect at {at:?}, outside the window {window:?}")
                };
                restriction.release = Some(Window::exact(at.0));
            }
        }
    }
}

// ----------------------------------------------------------------------------
// Generation.

struct TenantModel;

fn user_index() -> impl Strategy<Value = usize> {
    // Mostly the first user, so its counters get busy enough to lock.
    prop_oneof![3 => Just(0_usize), 1 => Just(1_usize)]
}

fn sign_in(state: &Model) -> BoxedStrategy<Transition> {
    let current = [state.accounts[0].password.clone(), state.accounts[1].password.clone()];
    let Profile { wrong_percent, attacker_percent, .. } = state.profile;
    let others: Vec<&'static str> = WRONG_PASSWORDS
        .iter()
        .chain(RESET_PASSWORDS.iter())
        .chain(INITIAL_PASSWORDS.iter())
        .chain(SSPR_PASSWORDS.iter())
        .copied()
        .collect();
    (0..100_u32, user_index(), 0..100_u32, 0..others.len(), 0..5_u32)
        .prop_map(move |(who_roll, user, roll, other, place)| {
            let who = if who_roll < attacker_percent { Who::Attacker } else { Who::Owner };
            let password = if roll < wrong_percent { others[other].to_string() } else { current[user].clone() };
            // Each party mostly signs in from its own kind of place.
            let native = who == Who::Owner;
            let familiar = if place == 0 { !native } else { native };
            Transition::SignIn { who, user, password, familiar }
        })
        .boxed()
}

fn recipient_count() -> impl Strategy<Value = u32> {
    prop_oneof![2 => 1..=60_u32, 4 => 150..=SERVICE_RECIPIENTS_PER_MESSAGE, 1 => (SERVICE_RECIPIENTS_PER_MESSAGE + 1)..=600]
}

impl ReferenceStateMachine for TenantModel {
    type State = Model;
    type Transition = Transition;

    fn init_state() -> BoxedStrategy<Model> {
        (prop_oneof![Just(Profile::SPRAY), Just(Profile::MIXED), Just(Profile::MAIL)], any::<u64>())
            .prop_map(|(profile, seed)| Model::new(profile, seed))
            .boxed()
    }

    fn transitions(state: &Model) -> BoxedStrategy<Transition> {
        let admin = state.profile.admin_weight;
        let mut arms: Vec<(u32, BoxedStrategy<Transition>)> = vec![
            (state.profile.sign_in_weight, sign_in(state)),
            (5, prop_oneof![3 => 10..=120_u64, 2 => 121..=7_200_u64].prop_map(|seconds| Transition::Wait { seconds }).boxed()),
            (
                4,
                (prop_oneof![1 => Just(Who::Owner), 3 => Just(Who::Attacker)], user_index(), any::<bool>())
                    .prop_map(|(who, user, exchange)| Transition::UseSession { who, user, exchange })
                    .boxed(),
            ),
            (
                admin,
                (user_index(), proptest::sample::select(RESET_PASSWORDS.to_vec()))
                    .prop_map(|(user, password)| Transition::ResetPassword { user, password: password.to_string() })
                    .boxed(),
            ),
            (admin, user_index().prop_map(|user| Transition::BlockSignIn { user }).boxed()),
            (2 * admin, user_index().prop_map(|user| Transition::AllowSignIn { user }).boxed()),
            (admin, user_index().prop_map(|user| Transition::RevokeSessions { user }).boxed()),
        ];
        arms.push((2, user_index().prop_map(|user| Transition::UseAppPassword { user }).boxed()));
        arms.push((admin.min(1), user_index().prop_map(|user| Transition::RemoveAppPasswords { user }).boxed()));
        arms.push((admin, user_index().prop_map(|user| Transition::RequireMfa { user }).boxed()));
        let legacy_choices =
            vec![vec![Protocol::Imap], vec![Protocol::Pop], vec![Protocol::Imap, Protocol::Ews, Protocol::Pop], Vec::new()];
        arms.push((
            admin.min(1),
            (user_index(), proptest::sample::select(legacy_choices))
                .prop_map(|(user, protocols)| Transition::DisableProtocols { user, protocols })
                .boxed(),
        ));
        // Self-service reset, more often while someone is locked out: that
        // is when "I forgot" and "I know" differ.
        let current = [state.accounts[0].password.clone(), state.accounts[1].password.clone()];
        let locked = state.accounts.iter().any(|account| account.familiar.locked(state.now) || account.unfamiliar.locked(state.now));
        arms.push((
            if locked { 8 } else { 2 },
            (prop_oneof![3 => Just(Who::Owner), 1 => Just(Who::Attacker)], user_index(), any::<bool>(), 0..10_usize)
                .prop_map(move |(who, user, forgot, pick)| {
                    // Now and then the current password, which must be refused.
                    let password = SSPR_PASSWORDS.get(pick).map_or_else(|| current[user].clone(), |password| (*password).to_string());
                    Transition::SelfServiceReset { who, user, forgot, password }
                })
                .boxed(),
        ));
        arms.retain(|(weight, _)| *weight > 0);
        // Mostly senders who may still reach their mailbox, some who may not.
        let everyone: Vec<(Who, usize)> = [Who::Owner, Who::Attacker].into_iter().flat_map(|who| [(who, 0), (who, 1)]).collect();
        let reachable: Vec<(Who, usize)> = everyone
            .iter()
            .copied()
            .filter(|(who, user)| state.accounts[*user].clone().use_session(*who, true, state.now) != Some(false))
            .collect();
        let mail = state.profile.mail_weight;
        arms.push((
            mail,
            (proptest::sample::select(everyone), recipient_count())
                .prop_map(|((who, user), recipients)| Transition::SendMail { who, user, recipients })
                .boxed(),
        ));
        if !reachable.is_empty() {
            arms.push((
                3 * mail,
                (proptest::sample::select(reachable), recipient_count())
                    .prop_map(|((who, user), recipients)| Transition::SendMail { who, user, recipients })
                    .boxed(),
            ));
        }
        // Releases mostly when the sender may be restricted.
        let restricted = state.accounts.iter().any(|account| account.outbound.restriction.is_some());
        arms.push((if restricted { 4 } else { 1 }, user_index().prop_map(|user| Transition::ReleaseRestricted { user }).boxed()));
        let creators: Vec<(RuleAuthor, usize)> =
            [RuleAuthor::Admin, RuleAuthor::Attacker].into_iter().flat_map(|by| [(by, 0), (by, 1)]).collect();
        arms.push((
            1,
            (proptest::sample::select(creators), proptest::sample::select(RULE_NAMES.to_vec()))
                .prop_map(|((by, user), name)| Transition::CreateRule { by, user, name: name.to_string() })
                .boxed(),
        ));
        let removable: Vec<Transition> = [RuleAuthor::Admin, RuleAuthor::Attacker]
            .into_iter()
            .flat_map(|by| {
                state.accounts.iter().enumerate().flat_map(move |(user, account)| {
                    account.rules.iter().map(move |name| Transition::RemoveRule { by, user, name: name.clone() })
                })
            })
            .filter(|transition| state.allows(transition))
            .collect();
        if !removable.is_empty() {
            arms.push((1, proptest::sample::select(removable).boxed()));
        }
        Union::new_weighted(arms).boxed()
    }

    fn preconditions(state: &Model, transition: &Transition) -> bool {
        state.allows(transition)
    }

    fn apply(mut state: Model, transition: &Transition) -> Model {
        state.step(transition);
        state
    }
}

// ----------------------------------------------------------------------------
// Running it against the engine.

struct EngineUnderTest {
    checked: Checked,
    ids: [UserId; 2],
    /// The reference model run alongside the engine, with every seeded
    /// window narrowed to the value the engine drew, so that it predicts
    /// every outcome exactly. (The model proptest generates from keeps the
    /// wide windows: it runs before the engine does.)
    exact: Model,
}

impl EngineUnderTest {
    fn simulation(&self) -> &Simulation {
        &self.checked.simulation
    }
}

fn check_outcome(transition: &Transition, expect: &Expect, outcome: &Outcome, view: Option<&View>) {
    let context = format!("{transition:?}: expected {expect:?}, the engine answered {outcome:?} {view:?}");
    match (expect, outcome) {
        (Expect::Done, Outcome::Done) => {}
        (Expect::SignIn(code), Outcome::Done) => {
            let Some(View::SignIn { status, .. }) = view else { panic!("no sign-in view: {context}") };
            assert_eq!(status.code(), *code, "sign-in status code: {context}");
        }
        (Expect::Denied(text), Outcome::Denied(_)) | (Expect::Invalid(text), Outcome::Invalid(_)) => {
            let reason = tenantdrill::present::outcome::reason(tenantdrill::i18n::Lang::En, outcome).unwrap_or_default();
            assert!(reason.contains(text), "reason: {context}");
        }
        (Expect::DoneOrDenied, _) => panic!("the exact model should never be unsure: {context}"),
        _ => panic!("outcome differs from the model: {context}"),
    }
}

impl StateMachineTest for EngineUnderTest {
    type SystemUnderTest = Self;
    type Reference = TenantModel;

    fn init_test(model: &Model) -> Self {
        let (simulation, ids) = build_simulation(model.seed);
        EngineUnderTest { checked: Checked::new(simulation), ids, exact: model.clone() }
    }

    fn apply(mut state: Self, model: &Model, transition: Transition) -> Self {
        let expect = state.exact.step(&transition);
        assert_eq!(state.exact.now, model.now, "the two models disagree on the clock");
        let (actor, action) = transition.to_engine();
        // `Checked::step` fails the test if any named invariant broke.
        let result = state.checked.step(&actor, &action);
        check_outcome(&transition, &expect, &result.outcome, result.view.as_ref());
        state.exact.observe(&state.checked.simulation, state.ids);
        state
    }

    fn check_invariants(state: &Self, _generating: &Model) {
        let simulation = state.simulation();
        let model = &state.exact;
        let now = model.now;
        assert_eq!(simulation.now().0, now, "clock");
        for (index, account) in model.accounts.iter().enumerate() {
            let user = simulation.tenant().user(state.ids[index]);
            let upn = USERS[index];
            assert_eq!(user.account_enabled, account.enabled, "{upn}: sign-in status");
            for familiar in [true, false] {
                let counter = if familiar { &account.familiar } else { &account.unfamiliar };
                let which = if familiar { "familiar" } else { "unfamiliar" };
                let engine = user.lockout(familiar);
                assert_eq!(engine.locked_until.map(|until| until.0), counter.locked_until, "{upn}: lockout end ({which} counter)");
                assert_eq!(engine.failures, counter.counted, "{upn}: counted failures ({which} counter)");
                assert_eq!(u32::from(engine.lockouts), counter.lockouts, "{upn}: lockouts so far ({which} counter)");
            }
            let engine_sessions: Vec<(u32, Party, bool)> =
                user.sessions.iter().map(|session| (session.id, session.holder, session.refresh_revoked)).collect();
            let model_sessions: Vec<(u32, Party, bool)> =
                account.sessions.iter().map(|session| (session.id, session.holder.party(), session.revoked)).collect();
            assert_eq!(engine_sessions, model_sessions, "{upn}: sessions (id, holder, refresh revoked)");
            let outbound = &account.outbound;
            let engine_outbound = user.outbound.as_deref();
            let engine_restriction = engine_outbound.and_then(|state| state.restriction.as_ref());
            assert_eq!(engine_restriction.is_some(), outbound.restriction.is_some(), "{upn}: restricted sender");
            assert_eq!(engine_outbound.map_or(0, |state| state.releases), outbound.releases, "{upn}: releases so far");
            let rules: Vec<&str> =
                user.mailbox.as_deref().map(|mailbox| mailbox.rules.iter().map(|rule| rule.name.as_str()).collect()).unwrap_or_default();
            assert_eq!(rules, account.rules.iter().map(String::as_str).collect::<Vec<_>>(), "{upn}: inbox rules");
            let attacker_app_password = user.app_passwords.iter().any(|app| app.controlled_by == Party::Attacker);
            assert_eq!(attacker_app_password, account.attacker_app_password, "{upn}: attacker's app password");
            assert_eq!(user.mfa_required, account.mfa_required, "{upn}: MFA required");
            let protocols = user.mailbox.as_deref().map(|mailbox| mailbox.protocols).unwrap_or_default();
            let engine_protocols = (
                protocols.any_modern(),
                protocols.enabled(Protocol::Imap),
                protocols.enabled(Protocol::Pop),
                protocols.enabled(Protocol::Ews),
            );
            assert_eq!(engine_protocols, (account.modern_on, account.imap_on, account.pop_on, account.ews_on), "{upn}: protocols on");
        }
    }
}

prop_state_machine! {
    #![proptest_config(crate::support::proptest_config(128))]

    /// Sign-in, lockout, sessions, outbound limits and inbox rules agree
    /// with the reference model, and every named invariant holds, after
    /// every step of a random run.
    #[test]
    fn engine_agrees_with_reference_model(sequential 1..160 => EngineUnderTest);
}
