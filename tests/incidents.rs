//! Generated incidents: a compromised account with a random mix of the
//! attacker's footholds and the owner's own settings, written as a real
//! scenario file and played through a real session ([`Drill`]) with the
//! commands a trainee would type.
//!
//! The properties of `tests/procedures.rs` run on these. Every case is a
//! scenario file and a list of REPL commands: when a property fails, the
//! message names both files (written under the target folder) and the
//! `tenantdrill run` line that replays the case, and lists the commands.

use proptest::prelude::*;
use std::fmt::Write as _;
use tenantdrill::Simulation;
use tenantdrill::action::{Action, Actor, Resource};
use tenantdrill::drill::{Drill, Mode, Reply};
use tenantdrill::engine::actors::{AdminAbuse, AttackerBehaviour, EndUserBehaviour, Persistence, SpamBurst, Spray};
use tenantdrill::engine::queries::SendStatus;
use tenantdrill::scenario::AccessSpec;
use tenantdrill::scenario::Artefact;
use tenantdrill::scenario::{
    AppSpec, AttackerPlan, Compromise, ConsentSpec, DelegateSpec, DeviceSpec, Difficulty, EndUserPlan, ForwardingSpec, Generated, Grading,
    GrantSpec, GroundTruth, Incident, MethodSpec, Policies, Scenario, Scripted, TenantSpec, Trainee, UserSpec, load_text,
};
use tenantdrill::scoring::Report;
use tenantdrill::tenant::access::{ConditionalAccessPolicy, PolicyControl};
use tenantdrill::tenant::logs::{AlertStatus, Classification, Location};
use tenantdrill::tenant::mailbox::{AccessRight, RuleAction, RuleCondition, RuleSpec};
use tenantdrill::tenant::policy::{AutoForwardingMode, OutboundAction, OutboundPolicy};
use tenantdrill::tenant::role::Role;
use tenantdrill::tenant::user::{MethodKind, Party, UserId};

pub const DOMAIN: &str = "contoso.com";
pub const TRAINEE: &str = "patti@contoso.com";
pub const VICTIM: &str = "megan@contoso.com";
pub const VICTIM_PASSWORD: &str = "Harbour-Ledger-2026!";
pub const ASSISTANT: &str = "alex@contoso.com";
pub const COLLEAGUE: &str = "diego@contoso.com";
/// An account the attacker also holds, given access to the victim's mailbox.
pub const ACCOMPLICE: &str = "temp.contractor@contoso.com";
/// The mailbox a compromised Exchange administrator role is used on.
pub const CFO: &str = "beatriz@contoso.com";
pub const DROP: &str = "billing-review@proton.example";
/// A second victim of the same attacker: its mailbox forwards to [`DROP`].
pub const SECOND: &str = "grady@contoso.com";
const SECOND_PASSWORD: &str = "Orchard-Lantern-2026!";
pub const APP_PASSWORD: &str = "Outlook sync";
/// The device the attacker joins with a stolen session.
pub const ATTACKER_DEVICE: &str = "DESKTOP-K4P7Q2Z";
/// The owner's own laptop.
pub const OWNER_DEVICE: &str = "LAPTOP-MEGAN";
/// The attacker's application the owner consented to.
pub const ATTACKER_APP: &str = "PDF Viewer Pro";
/// An application the organisation uses (admin consent for everyone).
pub const OWN_APP: &str = "Northwind Expenses";

fn attacker_method_detail(kind: MethodKind) -> &'static str {
    if kind == MethodKind::AuthenticatorApp { "iPhone 14" } else { "+234 803 555 0199" }
}
/// The password the trainee sets (typed, so the test knows it).
pub const NEW_PASSWORD: &str = "Quartz-Maple-7391!";

/// Names a malicious rule may have (attackers favour names that look like nothing).
const MALICIOUS_NAMES: [&str; 4] = ["..", "RSS Feeds", "zz", "Archive sync"];
const LEGITIMATE_NAMES: [&str; 4] = ["Newsletters", "Invoices to Alex", "Receipts", "Travel"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Forwarding {
    None,
    /// The attacker's, to an outside address.
    Malicious,
    /// The owner's, to her assistant inside the organisation.
    Legitimate,
}

/// One inbox rule: whose, and what it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// `style`: 0 forwards outside, 1 redirects outside, 2 deletes, 3 moves and marks read.
    Malicious { hidden: bool, style: u8 },
    /// `style`: 0 moves to a folder, 1 forwards inside, 2 marks read.
    Legitimate { style: u8 },
}

/// What a generated incident consists of. Every field is a dimension the
/// property ranges over.
#[derive(Debug, Clone)]
pub struct Case {
    pub seed: u64,
    /// Background users besides the written ones.
    pub background: u32,
    pub knows_password: bool,
    pub session: bool,
    /// Foothold kind "stolen session only": the attacker replays a stolen
    /// session cookie, never knew the password, and with the session
    /// registered a device and an authenticator app of its own.
    pub stolen_session: bool,
    /// Foothold kind "password over a legacy protocol": the attacker
    /// sprayed the password and uses it over IMAP with basic
    /// authentication, which the tenant still accepts and which its MFA
    /// policy (for browsers and modern clients only) does not cover; it
    /// holds no session.
    pub legacy_password: bool,
    pub app_password: bool,
    /// The attacker registered its own phone on the account.
    pub attacker_method: bool,
    /// The attacker gave an account it also holds full access to the mailbox.
    pub delegate: bool,
    /// The owner's assistant has full access (legitimate).
    pub legitimate_delegate: bool,
    /// The victim is an Exchange Administrator; the attacker uses the role
    /// on the CFO's mailbox.
    pub admin_role: bool,
    pub forwarding: Forwarding,
    pub rules: Vec<RuleKind>,
    /// The attacker sends spam; the outbound policy acts with this.
    pub spam: Option<OutboundAction>,
    /// The attacker's first turn, in minutes from the start (negative: before).
    pub first_turn_min: i64,
    pub turn_interval_min: u64,
    /// The attacker also holds a second account (password and session) and
    /// forwards its mail to the same drop: the alert-triage procedure's
    /// "other victims" step is graded too.
    pub second_victim: bool,
    /// Foothold kind "malicious grant": the owner consented to the
    /// attacker's application, which reads her mail with a delegated grant
    /// whatever is reset or revoked; the organisation's own application
    /// sits beside it. The app consent grant procedure is graded too.
    pub malicious_grant: bool,
}

pub fn cases() -> impl Strategy<Value = Case> {
    let footholds = prop_oneof![
        3 => (any::<bool>(), any::<bool>())
            .prop_filter("the attacker got in somehow", |(password, session)| *password || *session)
            .prop_map(|(password, session)| (password, session, false, false)),
        1 => Just((false, true, true, false)),
        1 => Just((true, false, false, true)),
    ];
    let rules = proptest::collection::vec(
        prop_oneof![
            (any::<bool>(), 0u8..4).prop_map(|(hidden, style)| RuleKind::Malicious { hidden, style }),
            (0u8..3).prop_map(|style| RuleKind::Legitimate { style }),
        ],
        0..=5,
    )
    .prop_filter("at most four of each", |rules| {
        rules.iter().filter(|rule| matches!(rule, RuleKind::Malicious { .. })).count() <= 4
            && rules.iter().filter(|rule| matches!(rule, RuleKind::Legitimate { .. })).count() <= 4
    });
    let spam = prop_oneof![
        Just(None),
        Just(Some(OutboundAction::BlockUser)),
        Just(Some(OutboundAction::BlockUserForToday)),
        Just(Some(OutboundAction::Alert)),
    ];
    let forwarding = prop_oneof![Just(Forwarding::None), Just(Forwarding::Malicious), Just(Forwarding::Legitimate)];
    (
        (any::<u64>(), prop_oneof![Just(0u32), 1u32..300], footholds, any::<bool>(), any::<bool>()),
        (any::<bool>(), any::<bool>(), any::<bool>(), forwarding, rules),
        (spam, -180i64..=10, 10u64..=45, any::<bool>(), prop_oneof![3 => Just(false), 1 => Just(true)]),
    )
        .prop_map(
            |(
                (seed, background, (knows_password, session, stolen_session, legacy_password), app_password, attacker_method),
                (delegate, legitimate_delegate, admin_role, forwarding, rules),
                (spam, first_turn_min, turn_interval_min, second_victim, malicious_grant),
            )| Case {
                seed,
                background,
                knows_password,
                session,
                stolen_session,
                legacy_password,
                app_password,
                attacker_method,
                delegate,
                legitimate_delegate,
                // The admin portal takes no basic authentication: a foothold
                // over IMAP alone cannot use the victim's admin role.
                admin_role: admin_role && !legacy_password,
                forwarding,
                rules,
                spam,
                first_turn_min,
                turn_interval_min,
                second_victim,
                malicious_grant,
            },
        )
}

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|word| (*word).to_string()).collect()
}

impl Case {
    /// Rule names and specs, in the order the case lists them.
    pub fn rule_specs(&self) -> Vec<(RuleKind, RuleSpec)> {
        let (mut malicious, mut legitimate) = (0, 0);
        self.rules
            .iter()
            .map(|kind| {
                let spec = match *kind {
                    RuleKind::Malicious { hidden, style } => {
                        let name = MALICIOUS_NAMES[malicious].to_string();
                        malicious += 1;
                        let actions = match style {
                            0 => vec![RuleAction::ForwardTo(vec![DROP.into()]), RuleAction::MarkAsRead],
                            1 => vec![RuleAction::RedirectTo(vec![DROP.into()])],
                            2 => vec![RuleAction::DeleteMessage],
                            _ => vec![RuleAction::MoveToFolder("RSS Subscriptions".into()), RuleAction::MarkAsRead],
                        };
                        RuleSpec {
                            name,
                            conditions: vec![RuleCondition::SubjectOrBodyContainsWords(words(&["invoice", "payment", "password"]))],
                            actions,
                            hidden,
                            enabled: true,
                        }
                    }
                    RuleKind::Legitimate { style } => {
                        let name = LEGITIMATE_NAMES[legitimate].to_string();
                        legitimate += 1;
                        let (conditions, actions) = match style {
                            0 => (
                                vec![RuleCondition::From("news@northwindtraders.example".into())],
                                vec![RuleAction::MoveToFolder("Newsletters".into())],
                            ),
                            1 => (
                                vec![RuleCondition::From("ap@fabrikam.example".into())],
                                vec![RuleAction::ForwardTo(vec![ASSISTANT.into()])],
                            ),
                            _ => (vec![RuleCondition::SubjectContainsWords(words(&["receipt"]))], vec![RuleAction::MarkAsRead]),
                        };
                        RuleSpec { name, conditions, actions, hidden: false, enabled: true }
                    }
                };
                (*kind, spec)
            })
            .collect()
    }

    /// The method the attacker registered: with a stolen session, an
    /// authenticator app that signs in without the password; else a phone.
    pub const fn attacker_method_kind(&self) -> Option<MethodKind> {
        if self.stolen_session {
            Some(MethodKind::AuthenticatorApp)
        } else if self.attacker_method {
            Some(MethodKind::OfficePhone)
        } else {
            None
        }
    }

    pub fn malicious_rules(&self) -> Vec<RuleSpec> {
        self.rule_specs().into_iter().filter(|(kind, _)| matches!(kind, RuleKind::Malicious { .. })).map(|(_, spec)| spec).collect()
    }

    pub fn legitimate_rules(&self) -> Vec<RuleSpec> {
        self.rule_specs().into_iter().filter(|(kind, _)| matches!(kind, RuleKind::Legitimate { .. })).map(|(_, spec)| spec).collect()
    }

    /// The incident as a scenario file's value.
    pub fn scenario(&self) -> Scenario {
        let user = |upn: &str, name: &str, department: &str| UserSpec {
            upn: upn.into(),
            name: name.into(),
            department: department.into(),
            roles: Vec::new(),
            password: None,
            password_age: None,
            password_never_expires: false,
            blocked: false,
            mailbox: true,
            signed_in: true,
            mfa_required: false,
            methods: vec![MethodSpec { kind: MethodKind::MobilePhone, detail: format!("+1 425 555 01{}", upn.len() % 90 + 10) }],
            devices: Vec::new(),
            forwarding: None,
            rules: Vec::new(),
            delegates: Vec::new(),
        };
        let global_admin = |upn: &str, name: &str| UserSpec {
            roles: vec![Role::GlobalAdministrator],
            mfa_required: true,
            methods: vec![
                MethodSpec { kind: MethodKind::MobilePhone, detail: "+1 425 555 0100".into() },
                MethodSpec { kind: MethodKind::AuthenticatorApp, detail: format!("{name}'s phone") },
            ],
            ..user(upn, name, "IT")
        };
        let mut victim = UserSpec {
            password: Some(VICTIM_PASSWORD.into()),
            password_age: Some("40d".into()),
            methods: vec![
                MethodSpec { kind: MethodKind::MobilePhone, detail: "+1 425 555 0147".into() },
                MethodSpec { kind: MethodKind::AlternateEmail, detail: "bowen.home@outlook.example".into() },
            ],
            rules: self.legitimate_rules(),
            // Her own laptop: a device a careful trainee leaves alone.
            devices: if self.stolen_session {
                vec![DeviceSpec { name: OWNER_DEVICE.into(), os: "Windows".into(), age: Some("300d".into()) }]
            } else {
                Vec::new()
            },
            ..user(VICTIM, "Megan Bowen", "Finance")
        };
        if self.admin_role {
            victim.roles.push(Role::ExchangeAdministrator);
        }
        if self.forwarding == Forwarding::Legitimate {
            victim.forwarding = Some(ForwardingSpec { address: ASSISTANT.into(), keep_copy: true });
        }
        if self.legitimate_delegate {
            victim.delegates.push(DelegateSpec { user: ASSISTANT.into(), access: AccessRight::FullAccess });
        }
        let mut users = vec![
            global_admin(TRAINEE, "Patti Fernandez"),
            global_admin("nestor@contoso.com", "Nestor Wilke"),
            victim,
            user(ASSISTANT, "Alex Wilber", "Finance"),
            user(COLLEAGUE, "Diego Siciliani", "Sales"),
        ];
        let mut compromised = vec![Compromise {
            user: VICTIM.into(),
            knows_password: self.knows_password,
            session: self.session,
            app_password: self.app_password.then(|| APP_PASSWORD.into()),
            method: self.attacker_method_kind().map(|kind| MethodSpec { kind, detail: attacker_method_detail(kind).into() }),
            device: self.stolen_session.then(|| DeviceSpec { name: ATTACKER_DEVICE.into(), os: "Windows".into(), age: None }),
            consent: self.malicious_grant.then(|| ConsentSpec {
                app: AppSpec {
                    name: ATTACKER_APP.into(),
                    app_id: "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a51".into(),
                    publisher: "docview-apps".into(),
                    verified: false,
                    reply_url: "https://docview-4417.web.example/auth/callback".into(),
                    age: None,
                    grants: Vec::new(),
                },
                scopes: words(&["User.Read", "Mail.Read", "offline_access"]),
                admin: false,
            }),
        }];
        let attacker = || Actor::Attacker { via: Some(VICTIM.into()) };
        let mut before = Vec::new();
        let mut persistence = Vec::new();
        let mut admin_abuse = Vec::new();
        let mut malicious = Vec::new();
        let mut legitimate = Vec::new();
        let mut may_act_on = Vec::new();
        for (index, rule) in self.malicious_rules().into_iter().enumerate() {
            before.push(Scripted {
                at: format!("{}m", 170 - index * 2),
                actor: attacker(),
                action: Action::CreateRule { user: VICTIM.into(), rule: rule.clone() },
            });
            malicious.push(Artefact::Rule { mailbox: VICTIM.into(), name: rule.name.clone() });
            persistence.push(Persistence::Rule { mailbox: VICTIM.into(), rule });
        }
        for rule in self.legitimate_rules() {
            legitimate.push(Artefact::Rule { mailbox: VICTIM.into(), name: rule.name });
        }
        match self.forwarding {
            Forwarding::None => {}
            Forwarding::Malicious => {
                before.push(Scripted { at: "150m".into(), actor: attacker(), action: forward_outside(VICTIM) });
                malicious.push(Artefact::Forwarding { mailbox: VICTIM.into(), address: DROP.into() });
                persistence.push(Persistence::Forwarding { mailbox: VICTIM.into(), address: DROP.into() });
            }
            Forwarding::Legitimate => legitimate.push(Artefact::Forwarding { mailbox: VICTIM.into(), address: ASSISTANT.into() }),
        }
        if self.delegate {
            users.push(UserSpec { password: Some("Contractor-Temp-2025!".into()), ..user(ACCOMPLICE, "Temp Contractor", "Operations") });
            compromised.push(Compromise {
                user: ACCOMPLICE.into(),
                knows_password: true,
                session: true,
                app_password: None,
                method: None,
                device: None,
                consent: None,
            });
            before.push(Scripted {
                at: "140m".into(),
                actor: attacker(),
                action: Action::AddDelegate { user: VICTIM.into(), delegate: ACCOMPLICE.into(), access: AccessRight::FullAccess },
            });
            malicious.push(Artefact::Delegate { mailbox: VICTIM.into(), delegate: ACCOMPLICE.into() });
            persistence.push(Persistence::Delegate { mailbox: VICTIM.into(), delegate: ACCOMPLICE.into() });
            may_act_on.push(ACCOMPLICE.to_string());
        }
        if self.legitimate_delegate {
            legitimate.push(Artefact::Delegate { mailbox: VICTIM.into(), delegate: ASSISTANT.into() });
        }
        if let Some(kind) = self.attacker_method_kind() {
            malicious.push(Artefact::Method { user: VICTIM.into(), kind });
        }
        if self.stolen_session {
            malicious.push(Artefact::Device { user: VICTIM.into(), name: ATTACKER_DEVICE.into() });
            legitimate.push(Artefact::Device { user: VICTIM.into(), name: OWNER_DEVICE.into() });
        }
        legitimate.push(Artefact::Method { user: VICTIM.into(), kind: MethodKind::MobilePhone });
        legitimate.push(Artefact::Method { user: VICTIM.into(), kind: MethodKind::AlternateEmail });
        if self.admin_role {
            users.push(user(CFO, "Beatriz Souza", "Finance"));
            // Minutes before the trainee arrives: the attacker's portal
            // token is fresh, as it is when someone is caught in the act.
            before.push(Scripted { at: "5m".into(), actor: attacker(), action: forward_outside(CFO) });
            admin_abuse.push(AdminAbuse { via: VICTIM.into(), action: forward_outside(CFO) });
            malicious.push(Artefact::Forwarding { mailbox: CFO.into(), address: DROP.into() });
            may_act_on.push(CFO.to_string());
        }
        let mut accounts = vec![VICTIM.to_string()];
        if self.second_victim {
            users.push(UserSpec { password: Some(SECOND_PASSWORD.into()), ..user(SECOND, "Grady Archie", "Sales") });
            compromised.push(Compromise {
                user: SECOND.into(),
                knows_password: true,
                session: true,
                app_password: None,
                method: None,
                device: None,
                consent: None,
            });
            before.push(Scripted {
                at: "160m".into(),
                actor: Actor::Attacker { via: None },
                action: Action::SignIn { user: SECOND.into(), password: SECOND_PASSWORD.into(), location: Location::Unfamiliar },
            });
            before.push(Scripted {
                at: "155m".into(),
                actor: Actor::Attacker { via: Some(SECOND.into()) },
                action: forward_outside(SECOND),
            });
            malicious.push(Artefact::Forwarding { mailbox: SECOND.into(), address: DROP.into() });
            persistence.push(Persistence::Forwarding { mailbox: SECOND.into(), address: DROP.into() });
            may_act_on.push(SECOND.to_string());
            accounts.push(SECOND.to_string());
        }
        for upn in [TRAINEE, "nestor@contoso.com"] {
            legitimate.push(Artefact::Role { user: upn.into(), role: Role::GlobalAdministrator });
        }
        // The scripted history needs the attacker signed in: a fresh sign-in
        // from abroad when it knows the password (the sign-in log's clue).
        if self.knows_password {
            before.insert(
                0,
                Scripted {
                    at: "175m".into(),
                    actor: Actor::Attacker { via: None },
                    action: Action::SignIn { user: VICTIM.into(), password: VICTIM_PASSWORD.into(), location: Location::Unfamiliar },
                },
            );
        }
        // History in time order (the second victim's is written after
        // the first's, but happens between).
        before.sort_by_key(|scripted| std::cmp::Reverse(scripted.at.trim_end_matches('m').parse::<u32>().unwrap_or(0)));
        let first_turn =
            if self.first_turn_min < 0 { format!("-{}m", self.first_turn_min.unsigned_abs()) } else { format!("{}m", self.first_turn_min) };
        let spam = self.spam.map(|_| SpamBurst {
            messages: 10,
            recipients_per_message: 60,
            every_turns: 1,
            subject: "Updated bank details for your invoice".into(),
        });
        let outbound = OutboundPolicy {
            action: self.spam.unwrap_or(OutboundAction::BlockUser),
            auto_forwarding: AutoForwardingMode::On,
            ..OutboundPolicy::default()
        };
        Scenario {
            id: "generated-incident".into(),
            title: "A generated compromise".into(),
            brief: "Megan Bowen's mailbox is behaving strangely.".into(),
            difficulty: Difficulty::Intermediate,
            estimated_minutes: 30,
            tags: Vec::new(),
            dialects: vec![tenantdrill::scenario::Dialect::NounVerb, tenantdrill::scenario::Dialect::PowerShell],
            trainee: Trainee { upn: TRAINEE.into(), may_act_as: Vec::new(), signed_in: true },
            seed: self.seed,
            // Basic authentication for IMAP ended in Exchange Online from October 2022.
            start: if self.legacy_password { "2022-03-10T09:00:00Z".into() } else { "2026-03-10T09:00:00Z".into() },
            time_limit: "3d".into(),
            tenant: TenantSpec {
                name: "Contoso".into(),
                domains: vec![DOMAIN.into()],
                policies: Policies {
                    outbound: Some(outbound),
                    access: self.legacy_password.then(|| AccessSpec {
                        basic_authentication: true,
                        named_locations: Vec::new(),
                        policies: vec![ConditionalAccessPolicy {
                            name: "Require MFA for all users".into(),
                            control: PolicyControl::RequireMfaModernClients,
                            enabled: true,
                        }],
                    }),
                    ..Policies::default()
                },
                users,
                groups: Vec::new(),
                apps: if self.malicious_grant {
                    vec![AppSpec {
                        name: OWN_APP.into(),
                        app_id: "7d3f2a1c-5b8e-4c2d-9a6f-1e0b3c4d5a61".into(),
                        publisher: "Northwind Traders".into(),
                        verified: true,
                        reply_url: "https://expenses.northwindtraders.example/signin-oidc".into(),
                        age: Some("400d".into()),
                        grants: vec![GrantSpec {
                            consent: tenantdrill::tenant::apps::ConsentType::AllPrincipals,
                            scopes: words(&["User.Read", "offline_access"]),
                        }],
                    }]
                } else {
                    Vec::new()
                },
                generated: (self.background > 0).then(|| Generated {
                    count: self.background,
                    departments: words(&["Sales", "Marketing", "Operations"]),
                    first_names: words(&["Avery", "Blake", "Casey", "Devon", "Emery", "Finley"]),
                    last_names: words(&["Adams", "Brooks", "Carter", "Dunn", "Ellis"]),
                }),
            },
            incident: Incident {
                compromised,
                attacker_addresses: vec![DROP.into()],
                impostor_callers: Vec::new(),
                attacker_ips: None,
                before,
                attacker: Some(AttackerPlan {
                    first_turn,
                    behaviour: AttackerBehaviour {
                        accounts,
                        turn_interval_s: self.turn_interval_min * 60,
                        read_mail: true,
                        restore_persistence: true,
                        persistence,
                        spam,
                        admin_abuse,
                        // The way it got in is the way it comes back: IMAP with the password.
                        spray: self.legacy_password.then(|| Spray {
                            targets: Vec::new(),
                            passwords: Vec::new(),
                            rounds: 0,
                            protocol: Some(tenantdrill::tenant::mailbox::Protocol::Imap),
                        }),
                        addresses: vec![DROP.into()],
                    },
                }),
                end_users: vec![EndUserPlan {
                    first_turn: "10m".into(),
                    behaviour: EndUserBehaviour {
                        user: VICTIM.into(),
                        sends_mail_to: Some(COLLEAGUE.into()),
                        ..EndUserBehaviour::default()
                    },
                }],
            },
            truth: GroundTruth {
                subjects: vec![VICTIM.into()],
                malicious,
                legitimate,
                may_act_on,
                verdict: self.second_victim.then_some(Classification::TruePositive),
            },
            grading: Grading {
                procedures: {
                    let mut procedures = vec!["compromised-account".to_string()];
                    if self.second_victim {
                        procedures.push("alert-triage-forwarding".into());
                    }
                    if self.malicious_grant {
                        procedures.push("illicit-consent-grant".into());
                    }
                    procedures
                },
                raise: Vec::new(),
                skip: Vec::new(),
                pass_mark: 70,
                objectives: Vec::new(),
            },
            hints: Vec::new(),
            variables: indexmap::IndexMap::new(),
            solution: vec!["alerts".into()],
        }
    }

    /// The scenario file's text.
    pub fn file_text(&self) -> String {
        self.file_text_with(None)
    }

    /// The scenario file's text, with `solution` as its reference solution
    /// when given (a replayed case then also runs under `tenantdrill validate`).
    pub fn file_text_with(&self, solution: Option<Vec<String>>) -> String {
        let mut scenario = self.scenario();
        if let Some(solution) = solution {
            scenario.solution = solution;
        }
        let config = ron::ser::PrettyConfig::new().struct_names(true);
        ron::ser::to_string_pretty(&scenario, config).expect("a scenario serialises")
    }
}

fn forward_outside(mailbox: &str) -> Action {
    Action::SetForwarding {
        user: mailbox.into(),
        forwarding_address: None,
        forwarding_smtp_address: Some(DROP.into()),
        deliver_and_forward: true,
    }
}

/// Quotes a rule name for a command line when it needs it.
pub fn quoted(name: &str) -> String {
    if name.chars().all(|c| c.is_ascii_alphanumeric() || "-_.@".contains(c)) { name.to_string() } else { format!("\"{name}\"") }
}

/// The documented compromised-account response, step by step, acting only
/// on the attacker's artefacts. Each step is a group of commands; a step
/// may be left out (property 3) or moved (property 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Investigate,
    BlockSignIn,
    ResetPassword,
    RevokeSessions,
    DisableApp,
    RevokeGrants,
    RestrictUserConsent,
    ContainAccomplice,
    ContainSecondVictim,
    RemoveAdminRoles,
    RemoveAppPasswords,
    RemoveMethods,
    RemoveDevices,
    DisableLegacyProtocols,
    ClearForwarding,
    RemoveRules,
    RemoveDelegates,
    CleanOtherMailbox,
    CleanSecondVictim,
    RequireMfa,
    WaitForPropagation,
    Recheck,
    AllowSignIn,
    Release,
    SharePassword,
    FinalCheck,
    ClassifyAlerts,
}

impl Step {
    pub const DOCUMENTED: [Step; 27] = [
        Step::Investigate,
        Step::BlockSignIn,
        Step::ResetPassword,
        Step::RevokeSessions,
        Step::DisableApp,
        Step::RevokeGrants,
        Step::RestrictUserConsent,
        Step::ContainAccomplice,
        Step::ContainSecondVictim,
        Step::RemoveAdminRoles,
        Step::RemoveAppPasswords,
        Step::RemoveMethods,
        Step::RemoveDevices,
        Step::DisableLegacyProtocols,
        Step::ClearForwarding,
        Step::RemoveRules,
        Step::RemoveDelegates,
        Step::CleanOtherMailbox,
        Step::CleanSecondVictim,
        Step::RequireMfa,
        Step::WaitForPropagation,
        Step::Recheck,
        Step::AllowSignIn,
        Step::Release,
        Step::SharePassword,
        Step::FinalCheck,
        Step::ClassifyAlerts,
    ];

    /// The procedure step (`compromised-account/<id>`, or for the other
    /// victims and the verdict `alert-triage-forwarding/<id>`) this
    /// completes, if any.
    pub const fn procedure_step(self) -> Option<&'static str> {
        match self {
            Step::ResetPassword => Some("reset-password"),
            Step::RemoveAdminRoles => Some("remove-admin-roles"),
            Step::ClearForwarding => Some("clear-forwarding"),
            Step::RemoveRules => Some("remove-rules"),
            Step::Release => Some("release-restricted"),
            Step::SharePassword => Some("share-password-safely"),
            Step::BlockSignIn => Some("block-sign-in"),
            Step::RevokeSessions => Some("revoke-sessions"),
            Step::RemoveAppPasswords => Some("remove-app-passwords"),
            Step::RemoveMethods => Some("remove-attacker-methods"),
            Step::RemoveDevices => Some("remove-attacker-devices"),
            Step::DisableLegacyProtocols => Some("disable-legacy-protocols"),
            Step::RemoveDelegates => Some("remove-delegates"),
            Step::RequireMfa => Some("require-mfa"),
            Step::Recheck => Some("recheck-after-propagation"),
            Step::AllowSignIn => Some("allow-sign-in-when-clean"),
            Step::Investigate => Some("read-logs"),
            Step::ContainSecondVictim => Some("other-victims"),
            Step::ClassifyAlerts => Some("classify-alert"),
            Step::DisableApp => Some("disable-app"),
            Step::RevokeGrants => Some("revoke-grants"),
            Step::RestrictUserConsent => Some("restrict-user-consent"),
            Step::ContainAccomplice | Step::CleanOtherMailbox | Step::CleanSecondVictim | Step::WaitForPropagation | Step::FinalCheck => {
                None
            }
        }
    }

    /// The commands for this step in `case`, given the state now (a
    /// trainee looks before acting: what the listing shows is what gets
    /// removed, and only a restricted sender is released). Empty when the
    /// case has nothing for the step to do.
    /// `omitted` are the steps this trainee leaves out: the recheck does not
    /// do them either.
    pub fn commands(self, case: &Case, simulation: &Simulation, omitted: &[Step]) -> Vec<String> {
        let name = "megan";
        match self {
            Step::Investigate => vec!["alerts".into(), format!("logs sign-ins {name}"), format!("logs audit {name}")],
            Step::BlockSignIn => vec![format!("user block-sign-in {name}")],
            Step::ResetPassword => vec![format!("user reset-password {name} --password {NEW_PASSWORD}")],
            Step::RevokeSessions => vec![format!("user revoke-sessions {name}")],
            // The grant survives the reset and the revocation: disable the
            // application (not delete it), then revoke its grant.
            Step::DisableApp => when(
                case.malicious_grant,
                vec!["apps".into(), format!("app grants --user {name}"), format!("app disable \"{ATTACKER_APP}\"")],
            ),
            Step::RevokeGrants => when(case.malicious_grant, vec![format!("app revoke-grants \"{ATTACKER_APP}\"")]),
            Step::RestrictUserConsent => when(case.malicious_grant, vec!["app user-consent --setting verified-publishers".into()]),
            // The account the attacker reads the mailbox through is
            // compromised too: take it back the same way.
            Step::ContainAccomplice => when(
                case.delegate,
                vec![
                    "user reset-password temp.contractor --password Copper!Lantern-5173".into(),
                    "user revoke-sessions temp.contractor".into(),
                ],
            ),
            // Look beyond the one user: who else forwards to the drop, and
            // take that account back too.
            Step::ContainSecondVictim => when(
                case.second_victim,
                vec![
                    format!("mailbox search-forwarding {DROP}"),
                    "user reset-password grady --password Slate#Harbor-4417".into(),
                    "user revoke-sessions grady".into(),
                ],
            ),
            Step::RemoveAdminRoles => {
                when(case.admin_role, vec![format!("user roles {name}"), format!("user remove-role {name} exchange-admin")])
            }
            Step::RemoveAppPasswords => when(case.app_password, vec![format!("user remove-app-passwords {name}")]),
            Step::RemoveMethods => match case.attacker_method_kind() {
                Some(kind) => vec![format!("user methods {name}"), format!("user remove-method {name} {}", kind.name())],
                None => Vec::new(),
            },
            Step::RemoveDevices => {
                when(case.stolen_session, vec![format!("user devices {name}"), format!("user delete-device {name} {ATTACKER_DEVICE}")])
            }
            Step::DisableLegacyProtocols => when(case.app_password, vec![format!("mailbox disable-protocols {name} imap pop ews")]),
            Step::ClearForwarding => when(case.forwarding == Forwarding::Malicious, attacker_forwarding(simulation, name)),
            Step::RemoveRules => when(!case.malicious_rules().is_empty(), attacker_rules(simulation, name)),
            Step::RemoveDelegates => when(case.delegate, attacker_delegates(simulation, name)),
            Step::CleanOtherMailbox => when(case.admin_role, attacker_forwarding(simulation, "beatriz")),
            Step::CleanSecondVictim => when(case.second_victim, attacker_forwarding(simulation, "grady")),
            Step::RequireMfa => vec![format!("user require-mfa {name}")],
            // Continuous access evaluation reaches Exchange within 15
            // minutes; until then the attacker may put things back.
            Step::WaitForPropagation => vec!["wait 20m".into()],
            // Look again, and remove whatever came back.
            Step::Recheck => {
                let mut lines = Vec::new();
                for (step, look) in [
                    (Step::ClearForwarding, attacker_forwarding as fn(&Simulation, &str) -> Vec<String>),
                    (Step::RemoveRules, attacker_rules),
                    (Step::RemoveDelegates, attacker_delegates),
                ] {
                    let found = look(simulation, name);
                    // Looking is the recheck; removing is the step's own job.
                    lines.extend(if omitted.contains(&step) { found.into_iter().take(1).collect() } else { found });
                }
                if case.second_victim && !omitted.contains(&Step::CleanSecondVictim) {
                    lines.extend(attacker_forwarding(simulation, "grady"));
                }
                lines
            }
            Step::AllowSignIn => vec![format!("user allow-sign-in {name}")],
            Step::Release => {
                let mut lines = vec!["restricted list".to_string()];
                if victim_restricted(simulation) {
                    lines.push(format!("restricted release {name}"));
                }
                lines
            }
            Step::SharePassword => vec![format!("notify {name} --via phone --password")],
            Step::FinalCheck => vec![
                "wait 1h 10m".into(),
                format!("logs sign-ins {name}"),
                format!("mailbox rules {name} --hidden"),
                format!("mailbox show {name}"),
            ],
            // Resolve every alert about her still open as a true positive
            // (raised before or while the trainee worked).
            Step::ClassifyAlerts => when(
                case.second_victim,
                simulation
                    .tenant()
                    .alerts
                    .iter()
                    .filter(|alert| alert.upn == VICTIM && alert.status != AlertStatus::Resolved)
                    .map(|alert| format!("alert resolve {} --verdict true-positive", alert.id))
                    .collect(),
            ),
        }
    }
}

fn when(applies: bool, lines: Vec<String>) -> Vec<String> {
    if applies { lines } else { Vec::new() }
}

fn mailbox_of<'a>(simulation: &'a Simulation, upn: &str) -> Option<&'a tenantdrill::tenant::mailbox::Mailbox> {
    let id = simulation.tenant().find_user(upn)?;
    simulation.tenant().user(id).mailbox.as_deref()
}

fn full(name: &str) -> String {
    format!("{name}@{DOMAIN}")
}

/// `mailbox show`, and a clear if the attacker's forwarding is set.
fn attacker_forwarding(simulation: &Simulation, name: &str) -> Vec<String> {
    let mut lines = vec![format!("mailbox show {name}")];
    if mailbox_of(simulation, &full(name)).is_some_and(|mailbox| mailbox.forwarding_set_by == Some(Party::Attacker)) {
        lines.push(format!("mailbox clear-forwarding {name}"));
    }
    lines
}

/// The hidden-rule listing, and a removal for every attacker rule it shows
/// (a rule put back while the history was written can appear twice).
fn attacker_rules(simulation: &Simulation, name: &str) -> Vec<String> {
    let mut lines = vec![format!("mailbox rules {name} --hidden")];
    if let Some(mailbox) = mailbox_of(simulation, &full(name)) {
        lines.extend(
            mailbox
                .rules
                .iter()
                .filter(|rule| rule.created_by == Party::Attacker)
                .map(|rule| format!("mailbox remove-rule {name} {}", quoted(&rule.name))),
        );
    }
    lines
}

/// The delegate listing, and a removal for every delegate the attacker added.
fn attacker_delegates(simulation: &Simulation, name: &str) -> Vec<String> {
    let mut lines = vec![format!("mailbox delegates {name}")];
    if let Some(mailbox) = mailbox_of(simulation, &full(name)) {
        lines.extend(
            mailbox
                .delegates
                .iter()
                .filter(|delegate| delegate.granted_by == Party::Attacker)
                .map(|delegate| format!("mailbox remove-delegate {name} {}", delegate.user)),
        );
    }
    lines
}

pub fn victim(simulation: &Simulation) -> UserId {
    simulation.tenant().find_user(VICTIM).expect("the generated tenant has the victim")
}

/// Restricted now, and an admin could release it.
pub fn victim_restricted(simulation: &Simulation) -> bool {
    matches!(simulation.send_status(victim(simulation)), SendStatus::Restricted)
}

/// One case played: the session and every command typed, with replies.
pub struct Played {
    pub case: Case,
    pub drill: Drill,
    pub typed: Vec<(String, Reply)>,
    /// Steps this trainee leaves out.
    pub omitted: Vec<Step>,
}

impl Played {
    /// Builds the case's scenario through the real loader (so the file is
    /// validated as an instructor's would be) and starts a session.
    pub fn start(case: &Case) -> Played {
        let procedures = crate::support::procedures();
        let text = case.file_text();
        let loaded = match load_text("generated-incident.ron", text.as_bytes(), procedures) {
            Ok(loaded) => loaded,
            Err(error) => panic!("the generated scenario does not load:\n{}\n{text}", error.render(tenantdrill::i18n::Lang::En, false)),
        };
        // Property 10 on every generated incident: written and read back,
        // the scenario is the same value.
        assert_eq!(loaded.scenario, case.scenario(), "the scenario changed on its way through RON");
        let drill = Drill::new(&loaded, procedures, case.seed, Mode::Exam)
            .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
        Played { case: case.clone(), drill, typed: Vec::new(), omitted: Vec::new() }
    }

    /// Types one command line.
    pub fn type_line(&mut self, line: &str) -> Reply {
        let reply = self.drill.execute(line);
        self.typed.push((line.to_string(), reply.clone()));
        reply
    }

    /// Types a step's commands.
    pub fn step(&mut self, step: Step) {
        for line in step.commands(&self.case, self.drill.simulation(), &self.omitted) {
            self.type_line(&line);
        }
    }

    pub fn simulation(&self) -> &Simulation {
        self.drill.simulation()
    }

    pub fn report(&self) -> Report {
        self.drill.report()
    }

    /// Writes the case and its commands for replay; the text a failing
    /// property prints (refused commands are listed again at the end).
    pub fn replay(&self) -> String {
        let lines: Vec<String> = self.typed.iter().map(|(line, _)| line.clone()).collect();
        let text = self.case.file_text_with(Some(lines.clone()));
        let mut replay = crate::support::write_replay("incident", self.case.seed, &text, &lines);
        for (line, reply) in self.typed.iter().filter(|(_, reply)| reply.error) {
            let _ = writeln!(replay, "refused: {line}: {}", reply.output.trim());
        }
        replay
    }
}

/// Plays the documented order, leaving out `omit` and putting `early`
/// right after the investigation.
pub fn play(case: &Case, omit: &[Step], early: Option<Step>) -> Played {
    let mut played = Played::start(case);
    played.omitted = omit.to_vec();
    let mut order: Vec<Step> = Step::DOCUMENTED.iter().copied().filter(|step| !omit.contains(step) && Some(*step) != early).collect();
    if let Some(early) = early {
        order.insert(1, early);
    }
    for step in order {
        played.step(step);
    }
    played
}

/// The owner really signs in with the new password and sends a message (on
/// a copy of the simulation, after any release delay has passed).
pub fn owner_signs_in_and_sends(simulation: &Simulation) -> Result<(), String> {
    let mut simulation = simulation.clone();
    let id = victim(&simulation);
    match simulation.send_status(id) {
        SendStatus::AfterRelease(at) | SendStatus::NextDay(at) => simulation.advance_to(at),
        _ => {}
    }
    let owner = Actor::User(VICTIM.into());
    let sign_in = |simulation: &mut Simulation, password: &str| {
        simulation.step(&owner, &Action::SignIn { user: VICTIM.into(), password: password.into(), location: Location::Familiar })
    };
    let first = sign_in(&mut simulation, NEW_PASSWORD);
    if !simulation.session_works(id, Party::Owner, Resource::ExchangeOnline) {
        // A reset makes the owner choose a password at the first sign-in.
        let own = "Violet#Harbor-2846-Own";
        let change = simulation
            .step(&owner, &Action::ChangePassword { user: VICTIM.into(), old_password: NEW_PASSWORD.into(), new_password: own.into() });
        let again = sign_in(&mut simulation, own);
        if !simulation.session_works(id, Party::Owner, Resource::ExchangeOnline) {
            return Err(format!(
                "the owner cannot sign in with the new password: {:?}, change {:?}, then {:?}",
                first.outcome, change.outcome, again.outcome
            ));
        }
    }
    let send = simulation.step(
        &owner,
        &Action::SendMail { from: VICTIM.into(), to: vec![COLLEAGUE.into()], subject: "Back".into(), body: "All fine.".into() },
    );
    if !send.outcome.is_done() {
        return Err(format!("owner cannot send: {:?} (send status {:?})", send.outcome, simulation.send_status(id)));
    }
    Ok(())
}
