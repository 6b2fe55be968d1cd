//! Property 7: who may do what, for random actors, targets and actions.
//!
//! A case is a small tenant of people holding random sets of roles (none,
//! one, or several at once; one person always starts as Global
//! Administrator) and a random sequence of admin actions, each done by one
//! person on another, or, for one role change in four, on themselves. After
//! every step the engine's decision (a `Permitted` event, or an
//! access-denied outcome with a `Denied` event) must equal the oracle's, and
//! role changes must follow the model, including the rule that the tenant's
//! last Global Administrator can never be removed, not even by themselves,
//! while one who is not the last may remove their own role.
//!
//! Random steps rarely meet that rule (about 4 cases in 1 024 did), so one
//! case in four is built for it: a single Global Administrator, and as the
//! first step that administrator, or a Privileged Role Administrator,
//! removes the role. About a quarter of all cases now reach the rule, over a
//! third of those by self-removal.
//!
//! The oracle is written from the domain reference (§4), not from `src/tenant/permission.rs`: it reads the §4 table from the
//! copy in `tests/identity.rs` ([`target_table`]) and the plain lists below.
//! Where a target holds several roles, the actor needs one role whose column
//! allows every role the target holds: a role grants the permission over a
//! set of users, and an actor's powers are the union of its roles' sets.
//!
//! domain.md is silent on a few permissions the engine gates (per-user
//! authentication methods, per-user password policy, the org password
//! expiration, logs, alerts, mailbox reads, message trace, the outbound
//! policy). Those lines are marked [`Source::EngineDecision`]: they pin the
//! engine's current choice so a change is noticed, but they are not evidence
//! that the choice is right.
//!
//! State other than roles would make later actions invalid before their
//! permission is checked (a removed rule cannot be disabled), so every
//! action except a role change runs on a copy of the tenant; role changes run
//! on the tenant itself and carry over.
//!
//! Cases: 1024 by default; `TENANTDRILL_PROPTEST_CASES` runs more. A failure
//! prints the people, their roles and the steps as REPL lines (`ask ACTOR
//! COMMAND`), and writes the case as a scenario file and a commands file that
//! `tenantdrill run` replays (the `replay:` line; see "Replaying a case").

use crate::identity::{COLUMNS, target_table};
use crate::support::Checked;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use std::collections::BTreeSet;
use std::fmt;
use std::fmt::Write as _;
use tenantdrill::action::{NewPassword, SsprChange};
use tenantdrill::clock::SimTime;
use tenantdrill::command::{Command, render};
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::engine::event::{Event, EventKind};
use tenantdrill::scenario::library::bundled_procedures;
use tenantdrill::scenario::{
    DelegateSpec, Difficulty, ForwardingSpec, Grading, GroundTruth, Incident, MethodSpec, Policies, Scenario, TenantSpec, Trainee,
    UserSpec, load_text,
};
use tenantdrill::tenant::Tenant;
use tenantdrill::tenant::logs::{Alert, AlertDetail, AlertStatus, Classification, Severity};
use tenantdrill::tenant::mailbox::{AccessRight, Delegate, Mailbox, Protocol, RuleAction, RuleCondition, RuleSpec};
use tenantdrill::tenant::outbound::{LimitKind, OutboundState, Restriction};
use tenantdrill::tenant::policy::{OutboundAction, SsprScope};
use tenantdrill::tenant::role::Role;
use tenantdrill::tenant::user::{AppPassword, Method, MethodKind, Party, SessionOrigin, User};
use tenantdrill::{Action, Actor, Outcome, Simulation};

const DOMAIN: &str = "contoso.com";
const PASSWORD: &str = "Blue-Harbor-7291!";
/// How long before the start everyone's password was set.
const PASSWORD_AGE_DAYS: u64 = 10;
/// Everyone's registered methods.
const METHODS: [MethodKind; 2] = [MethodKind::MobilePhone, MethodKind::AlternateEmail];
/// Everyone's own forwarding address.
const FORWARDING: &str = "old@outside.example";
const RULE: &str = "Newsletters";
/// The enterprise application the application actions name.
const APP: &str = "Northwind Expenses";
const SEED: u64 = 11;

fn method_detail(kind: MethodKind) -> String {
    format!("{} on file", kind.name())
}

/// Everyone's own inbox rule.
fn own_rule() -> RuleSpec {
    RuleSpec {
        name: RULE.to_string(),
        conditions: vec![RuleCondition::From("news@fabrikam.example".to_string())],
        actions: vec![RuleAction::MoveToFolder(RULE.to_string())],
        hidden: false,
        enabled: true,
    }
}

// ---------------------------------------------------------------------------
// The oracle.

/// Where an oracle line comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Source {
    /// domain.md §4 says so.
    Domain,
    /// domain.md is silent; the line pins what the engine does.
    EngineDecision,
}

/// How an action's permission is decided.
#[derive(Debug, Clone, Copy)]
enum Rule {
    /// The §4 target table, restricted to these of its columns.
    Table(&'static [Role]),
    /// Any one of these roles, whatever the target.
    AnyOf(&'static [Role]),
}

use Role::{
    AuthenticationAdministrator as AuthAdmin, AuthenticationPolicyAdministrator as AuthPolicyAdmin, ExchangeAdministrator as ExchangeAdmin,
    GlobalAdministrator as GlobalAdmin, GlobalReader, OrganizationManagement, PrivilegedAuthenticationAdministrator as PrivilegedAuthAdmin,
    PrivilegedRoleAdministrator as PrivilegedRoleAdmin, ReportsReader, SecurityAdministrator as SecurityAdmin, SecurityReader,
    UserAdministrator as UserAdmin,
};

/// Every action kind the test drives, with its oracle line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    ResetPassword,
    BlockSignIn,
    AllowSignIn,
    RevokeSessions,
    RequireMfa,
    RemoveMethod,
    RemoveAppPasswords,
    UpdateContactInfo,
    SetUserPasswordPolicy,
    AddRole,
    RemoveRole,
    SetSspr,
    SetPasswordExpiration,
    SetForwarding,
    ClearForwarding,
    CreateRule,
    DisableRule,
    EnableRule,
    RemoveRule,
    AddDelegate,
    RemoveDelegate,
    DisableProtocols,
    ReleaseRestricted,
    ListRestricted,
    ListUsers,
    ShowUser,
    ListMethods,
    ShowPolicies,
    ShowSspr,
    SignInLog,
    AuditLog,
    ShowMailbox,
    ListRules,
    ListDelegates,
    MessageTrace,
    ListAlerts,
    ResolveAlert,
    SearchForwarding,
    SetOutboundPolicy,
    ListApps,
    ListGrants,
    RevokeGrants,
    DisableApp,
    DeleteApp,
    SetUserConsent,
    ListNamedLocations,
    CreateNamedLocation,
    ListConditionalAccessPolicies,
    CreateConditionalAccessPolicy,
    ListRiskyUsers,
    ConfirmCompromised,
}

const KINDS: [Kind; 51] = [
    Kind::ResetPassword,
    Kind::BlockSignIn,
    Kind::AllowSignIn,
    Kind::RevokeSessions,
    Kind::RequireMfa,
    Kind::RemoveMethod,
    Kind::RemoveAppPasswords,
    Kind::UpdateContactInfo,
    Kind::SetUserPasswordPolicy,
    Kind::AddRole,
    Kind::RemoveRole,
    Kind::SetSspr,
    Kind::SetPasswordExpiration,
    Kind::SetForwarding,
    Kind::ClearForwarding,
    Kind::CreateRule,
    Kind::DisableRule,
    Kind::EnableRule,
    Kind::RemoveRule,
    Kind::AddDelegate,
    Kind::RemoveDelegate,
    Kind::DisableProtocols,
    Kind::ReleaseRestricted,
    Kind::ListRestricted,
    Kind::ListUsers,
    Kind::ShowUser,
    Kind::ListMethods,
    Kind::ShowPolicies,
    Kind::ShowSspr,
    Kind::SignInLog,
    Kind::AuditLog,
    Kind::ShowMailbox,
    Kind::ListRules,
    Kind::ListDelegates,
    Kind::MessageTrace,
    Kind::ListAlerts,
    Kind::ResolveAlert,
    Kind::SearchForwarding,
    Kind::SetOutboundPolicy,
    Kind::ListApps,
    Kind::ListGrants,
    Kind::RevokeGrants,
    Kind::DisableApp,
    Kind::DeleteApp,
    Kind::SetUserConsent,
    Kind::ListNamedLocations,
    Kind::CreateNamedLocation,
    Kind::ListConditionalAccessPolicies,
    Kind::CreateConditionalAccessPolicy,
    Kind::ListRiskyUsers,
    Kind::ConfirmCompromised,
];

/// The six columns of the §4 table.
const ALL_COLUMNS: &[Role] = &COLUMNS;
/// The roles that manage a user's authentication methods, as columns of the §4 table.
const METHOD_COLUMNS: &[Role] = &[AuthAdmin, PrivilegedAuthAdmin, GlobalAdmin];
/// The roles that set a user's password policies, as columns of the §4 table.
const USER_POLICY_COLUMNS: &[Role] = &[UserAdmin, PrivilegedAuthAdmin, GlobalAdmin];
/// Restricted entities: release.
const RELEASE: &[Role] = &[SecurityAdmin, GlobalAdmin, OrganizationManagement];
/// Restricted entities: read (the release roles, and two read-only roles).
const READ_RESTRICTED: &[Role] = &[SecurityAdmin, GlobalAdmin, OrganizationManagement, GlobalReader, SecurityReader];
/// Mailbox forwarding, inbox rules, mailbox permissions.
const MAILBOX: &[Role] = &[ExchangeAdmin, GlobalAdmin];
const ROLE_MEMBERSHIP: &[Role] = &[PrivilegedRoleAdmin, GlobalAdmin];
const SSPR_SETTINGS: &[Role] = &[AuthPolicyAdmin, GlobalAdmin];
// Not in domain.md: the engine's choices.
const EVERY_ROLE: &[Role] = &Role::ALL;
const LOGS: &[Role] = &[GlobalAdmin, GlobalReader, SecurityAdmin, SecurityReader, ReportsReader, UserAdmin];
const ORG_PASSWORD_EXPIRATION: &[Role] = &[GlobalAdmin];
const READ_MAILBOX: &[Role] = &[ExchangeAdmin, GlobalAdmin, GlobalReader, OrganizationManagement];
const TRACE: &[Role] = &[ExchangeAdmin, GlobalAdmin, GlobalReader, SecurityAdmin, SecurityReader, OrganizationManagement];
const OUTBOUND_POLICY: &[Role] = &[SecurityAdmin, GlobalAdmin, OrganizationManagement];
/// Resolving an alert: "Microsoft Entra built-in roles" gives alert
/// management to Security Administrator (and Security Operator, not
/// modelled); the readers only read.
const MANAGE_ALERTS: &[Role] = &[SecurityAdmin, GlobalAdmin];
/// Disabling and deleting enterprise applications and revoking their
/// grants: Entra's "Delegate administration by task" (enterprise
/// applications) names Cloud Application Administrator and Application
/// Administrator; Global Administrator holds everything.
const APPLICATIONS: &[Role] = &[Role::CloudApplicationAdministrator, Role::ApplicationAdministrator, GlobalAdmin];
/// The user-consent setting: "Configure how users consent to
/// applications" names Privileged Role Administrator (and Global
/// Administrator for the admin center).
const CONSENT_SETTING: &[Role] = &[PrivilegedRoleAdmin, GlobalAdmin];
/// Conditional Access policies and named locations: "Microsoft Entra
/// built-in roles" gives them to Conditional Access Administrator and
/// Security Administrator; Global Reader and Security Reader read them.
const MANAGE_CONDITIONAL_ACCESS: &[Role] = &[Role::ConditionalAccessAdministrator, SecurityAdmin, GlobalAdmin];
const READ_CONDITIONAL_ACCESS: &[Role] = &[Role::ConditionalAccessAdministrator, SecurityAdmin, GlobalAdmin, GlobalReader, SecurityReader];
/// ID Protection: Security Administrator confirms a user compromised
/// (Security Operator too, not modelled); the readers read risky users.
const MANAGE_USER_RISK: &[Role] = &[SecurityAdmin, GlobalAdmin];
const READ_RISKY_USERS: &[Role] = &[SecurityAdmin, GlobalAdmin, GlobalReader, SecurityReader];

impl Kind {
    fn rule(self) -> (Rule, Source) {
        use Source::{Domain, EngineDecision};
        match self {
            // §4 table: "Password reset, block/unblock sign-in and session revocation".
            Kind::ResetPassword | Kind::BlockSignIn | Kind::AllowSignIn | Kind::RevokeSessions => (Rule::Table(ALL_COLUMNS), Domain),
            Kind::RequireMfa | Kind::RemoveMethod | Kind::RemoveAppPasswords | Kind::UpdateContactInfo => {
                (Rule::Table(METHOD_COLUMNS), EngineDecision)
            }
            Kind::SetUserPasswordPolicy => (Rule::Table(USER_POLICY_COLUMNS), EngineDecision),
            Kind::AddRole | Kind::RemoveRole => (Rule::AnyOf(ROLE_MEMBERSHIP), Domain),
            Kind::SetSspr => (Rule::AnyOf(SSPR_SETTINGS), Domain),
            Kind::SetPasswordExpiration => (Rule::AnyOf(ORG_PASSWORD_EXPIRATION), EngineDecision),
            Kind::SetForwarding
            | Kind::ClearForwarding
            | Kind::CreateRule
            | Kind::DisableRule
            | Kind::EnableRule
            | Kind::RemoveRule
            | Kind::AddDelegate
            | Kind::RemoveDelegate
            | Kind::DisableProtocols => (Rule::AnyOf(MAILBOX), Domain),
            Kind::ReleaseRestricted => (Rule::AnyOf(RELEASE), Domain),
            Kind::ListRestricted => (Rule::AnyOf(READ_RESTRICTED), Domain),
            Kind::ListUsers | Kind::ShowUser | Kind::ListMethods | Kind::ShowPolicies | Kind::ShowSspr => {
                (Rule::AnyOf(EVERY_ROLE), EngineDecision)
            }
            Kind::SignInLog | Kind::AuditLog => (Rule::AnyOf(LOGS), EngineDecision),
            // `SearchForwarding` is Get-Mailbox and Get-InboxRule on every mailbox: the mailbox readers.
            Kind::ShowMailbox | Kind::ListRules | Kind::ListDelegates | Kind::SearchForwarding => {
                (Rule::AnyOf(READ_MAILBOX), EngineDecision)
            }
            Kind::MessageTrace => (Rule::AnyOf(TRACE), EngineDecision),
            Kind::ListAlerts => (Rule::AnyOf(READ_RESTRICTED), EngineDecision),
            Kind::ResolveAlert => (Rule::AnyOf(MANAGE_ALERTS), EngineDecision),
            Kind::SetOutboundPolicy => (Rule::AnyOf(OUTBOUND_POLICY), EngineDecision),
            // Microsoft's role documentation, not domain.md (see the
            // illicit-consent-grant procedure's header).
            Kind::ListApps | Kind::ListGrants => (Rule::AnyOf(EVERY_ROLE), EngineDecision),
            Kind::RevokeGrants | Kind::DisableApp | Kind::DeleteApp => (Rule::AnyOf(APPLICATIONS), EngineDecision),
            Kind::SetUserConsent => (Rule::AnyOf(CONSENT_SETTING), EngineDecision),
            Kind::CreateNamedLocation | Kind::CreateConditionalAccessPolicy => (Rule::AnyOf(MANAGE_CONDITIONAL_ACCESS), EngineDecision),
            Kind::ListNamedLocations | Kind::ListConditionalAccessPolicies => (Rule::AnyOf(READ_CONDITIONAL_ACCESS), EngineDecision),
            Kind::ConfirmCompromised => (Rule::AnyOf(MANAGE_USER_RISK), EngineDecision),
            Kind::ListRiskyUsers => (Rule::AnyOf(READ_RISKY_USERS), EngineDecision),
        }
    }

    fn action(self, target: &str, role: Role, bystander: &str) -> Action {
        let user = target.to_string();
        match self {
            Kind::ResetPassword => Action::ResetPassword { user, password: NewPassword::Auto, require_change: true, email_to: None },
            Kind::BlockSignIn => Action::BlockSignIn { user },
            Kind::AllowSignIn => Action::AllowSignIn { user },
            Kind::RevokeSessions => Action::RevokeSessions { user },
            Kind::RequireMfa => Action::RequireMfa { user },
            Kind::RemoveMethod => Action::RemoveMethod { user, method: MethodKind::MobilePhone },
            Kind::RemoveAppPasswords => Action::RemoveAppPasswords { user },
            Kind::UpdateContactInfo => {
                Action::UpdateContactInfo { user, alternate_email: Some("me@home.example".to_string()), mobile_phone: None }
            }
            Kind::SetUserPasswordPolicy => Action::SetUserPasswordPolicy { user, never_expires: Some(true), strong_password: None },
            Kind::AddRole => Action::AddRole { user, role },
            Kind::RemoveRole => Action::RemoveRole { user, role },
            Kind::SetSspr => Action::SetSspr(SsprChange { scope: Some(SsprScope::All), ..SsprChange::default() }),
            Kind::SetPasswordExpiration => Action::SetPasswordExpiration { days: Some(90) },
            Kind::SetForwarding => Action::SetForwarding {
                user,
                forwarding_address: None,
                forwarding_smtp_address: Some("archive@outside.example".to_string()),
                deliver_and_forward: true,
            },
            Kind::ClearForwarding => Action::ClearForwarding { user },
            Kind::CreateRule => Action::CreateRule {
                user,
                rule: RuleSpec {
                    name: "Filing".to_string(),
                    conditions: vec![RuleCondition::From("news@fabrikam.example".to_string())],
                    actions: vec![RuleAction::MoveToFolder("Filing".to_string())],
                    hidden: false,
                    enabled: true,
                },
            },
            Kind::DisableRule => Action::DisableRule { user, rule: RULE.to_string() },
            Kind::EnableRule => Action::EnableRule { user, rule: RULE.to_string() },
            Kind::RemoveRule => Action::RemoveRule { user, rule: RULE.to_string() },
            Kind::AddDelegate => Action::AddDelegate { user, delegate: bystander.to_string(), access: AccessRight::ReadPermission },
            Kind::RemoveDelegate => Action::RemoveDelegate { user, delegate: bystander.to_string() },
            Kind::DisableProtocols => Action::DisableProtocols { user, protocols: vec![Protocol::Imap] },
            Kind::ReleaseRestricted => Action::ReleaseRestricted { user },
            Kind::ListRestricted => Action::ListRestricted,
            Kind::ListUsers => Action::ListUsers { search: None, department: None },
            Kind::ShowUser => Action::ShowUser { user },
            Kind::ListMethods => Action::ListMethods { user },
            Kind::ShowPolicies => Action::ShowPolicies,
            Kind::ShowSspr => Action::ShowSspr,
            Kind::SignInLog => Action::SignInLog { user: Some(user), ip: None },
            Kind::AuditLog => Action::AuditLog { user: None },
            Kind::ShowMailbox => Action::ShowMailbox { user },
            Kind::ListRules => Action::ListRules { user, include_hidden: true },
            Kind::ListDelegates => Action::ListDelegates { user },
            Kind::MessageTrace => Action::MessageTrace { user },
            Kind::ListAlerts => Action::ListAlerts,
            Kind::ResolveAlert => Action::ResolveAlert { id: ALERT, verdict: Classification::FalsePositive, reason: None },
            Kind::SearchForwarding => Action::SearchForwarding { address: FORWARDING.to_string() },
            Kind::SetOutboundPolicy => Action::SetOutboundPolicy(tenantdrill::action::OutboundChange {
                action: Some(OutboundAction::BlockUser),
                ..tenantdrill::action::OutboundChange::default()
            }),
            Kind::ListApps => Action::ListApps,
            Kind::ListGrants => Action::ListGrants { app: None, user: Some(user) },
            Kind::RevokeGrants => Action::RevokeGrants { app: APP.to_string(), user: None, grant: None },
            Kind::DisableApp => Action::DisableApp { app: APP.to_string() },
            Kind::DeleteApp => Action::DeleteApp { app: APP.to_string() },
            Kind::SetUserConsent => Action::SetUserConsent { setting: tenantdrill::tenant::apps::UserConsent::VerifiedPublishers },
            Kind::ListNamedLocations => Action::ListNamedLocations,
            Kind::CreateNamedLocation => {
                Action::CreateNamedLocation { name: format!("Range of {target}"), ranges: vec!["198.51.100.0/24".to_string()] }
            }
            Kind::ListConditionalAccessPolicies => Action::ListConditionalAccessPolicies,
            Kind::CreateConditionalAccessPolicy => Action::CreateConditionalAccessPolicy {
                name: format!("Block legacy for {target}"),
                control: tenantdrill::tenant::access::PolicyControl::BlockLegacyAuthentication,
            },
            Kind::ListRiskyUsers => Action::ListRiskyUsers,
            Kind::ConfirmCompromised => Action::ConfirmCompromised { user },
        }
    }
}

/// The §4 row a target role (or no role) sits in, and that row's cells.
fn row_of(target: Option<Role>) -> [bool; 6] {
    let rows = target_table();
    let found = rows.iter().find(|(roles, _)| roles.contains(&target)).map(|(_, cells)| *cells);
    found.unwrap_or_else(|| panic!("the §4 table has no row for {target:?}"))
}

/// May a holder of the column role `column` act on a user holding `target`?
fn column_allows(column: Role, target: &BTreeSet<Role>) -> bool {
    let Some(index) = COLUMNS.iter().position(|candidate| *candidate == column) else { return false };
    if target.is_empty() { row_of(None)[index] } else { target.iter().all(|held| row_of(Some(*held))[index]) }
}

/// The oracle's decision.
fn oracle_allows(rule: Rule, actor: &BTreeSet<Role>, target: &BTreeSet<Role>) -> bool {
    match rule {
        Rule::Table(columns) => columns.iter().any(|column| actor.contains(column) && column_allows(*column, target)),
        Rule::AnyOf(roles) => roles.iter().any(|role| actor.contains(role)),
    }
}

// ---------------------------------------------------------------------------
// Cases.

#[derive(Debug, Clone)]
struct Step {
    actor: usize,
    kind: Kind,
    target: usize,
    role: Role,
}

#[derive(Clone)]
struct Case {
    people: Vec<BTreeSet<Role>>,
    steps: Vec<Step>,
}

fn upn(index: usize) -> String {
    format!("person{index}@contoso.com")
}

/// The alert every case's tenant starts with.
const ALERT: u32 = 1_000;

/// The bystander: a delegate on every mailbox, never an actor or a target.
const BYSTANDER: &str = "bystander@contoso.com";

impl Step {
    fn action(&self) -> Action {
        self.kind.action(&upn(self.target), self.role, BYSTANDER)
    }

    /// Role changes act on the tenant itself; every other step on a copy.
    fn changes_roles(&self) -> bool {
        matches!(self.kind, Kind::AddRole | Kind::RemoveRole)
    }

    /// The step as a REPL line, `ask ACTOR COMMAND`; for the two actions the
    /// command language has no command for (setting forwarding and creating
    /// a rule, which only the attacker and scenario histories do), a comment
    /// naming the action, which a session skips.
    fn line(&self) -> String {
        let action = self.action();
        let command = Command::Ask { admin: upn(self.actor), action: action.clone() };
        render(&command).unwrap_or_else(|| format!("# {} does {action:?} (no command types this)", upn(self.actor)))
    }
}

impl fmt::Debug for Case {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(formatter, "people:")?;
        for (index, roles) in self.people.iter().enumerate() {
            let names: Vec<&str> = roles.iter().map(|role| role.alias()).collect();
            writeln!(formatter, "  {}: [{}]", upn(index), names.join(", "))?;
        }
        writeln!(formatter, "steps (REPL lines):")?;
        for step in &self.steps {
            writeln!(formatter, "  {}", step.line())?;
        }
        Ok(())
    }
}

fn role_set() -> impl Strategy<Value = BTreeSet<Role>> {
    // Mostly none to three roles. Half the people draw only from the roles
    // the §4 table treats differently from one another, so actors with two
    // columns meet targets in two rows; the others draw from every role.
    let table_roles = vec![
        // The table's columns and a few of its rows.
        Role::PasswordAdministrator,
        Role::HelpdeskAdministrator,
        AuthAdmin,
        UserAdmin,
        Role::GroupsAdministrator,
        ReportsReader,
        PrivilegedAuthAdmin,
        GlobalAdmin,
    ];
    // The middle rows and columns, where one role of an actor and another
    // of a target decide differently from the combination.
    let middle = vec![Role::PasswordAdministrator, Role::HelpdeskAdministrator, AuthAdmin, UserAdmin, ReportsReader];
    prop_oneof![
        2 => proptest::collection::btree_set(proptest::sample::select(middle), 2..=3),
        1 => proptest::collection::btree_set(proptest::sample::select(table_roles), 0..=3),
        2 => proptest::collection::btree_set(proptest::sample::select(Role::ALL.to_vec()), 0..=3),
    ]
}

/// Action kinds, the §4 table's own actions more often than the rest.
fn kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        1 => proptest::sample::select(vec![Kind::ResetPassword, Kind::BlockSignIn, Kind::AllowSignIn, Kind::RevokeSessions]),
        1 => proptest::sample::select(KINDS.to_vec()),
    ]
}

fn case() -> impl Strategy<Value = Case> {
    prop_oneof![
        3 => random_case(),
        1 => last_global_administrator_case(),
    ]
}

/// A random step among `count` people.
fn step(count: usize) -> impl Strategy<Value = Step> {
    (0..count, 0..count - 1, kind(), any::<bool>(), role_pick(), proptest::bool::weighted(0.25)).prop_map(
        move |(actor, other, kind, role_change, role, on_self)| {
            // One step in four is a role change, half of them about Global Administrator.
            let kind = match (role_change, kind as usize % 4) {
                (true, 0) => Kind::RemoveRole,
                (true, 1) => Kind::AddRole,
                _ => kind,
            };
            // The target is anyone but the actor, except that one role change
            // in four is the actor's own: an administrator may remove their
            // own role, but not the tenant's last Global Administrator.
            let target = if on_self && matches!(kind, Kind::AddRole | Kind::RemoveRole) {
                actor
            } else if other >= actor {
                other + 1
            } else {
                other
            };
            Step { actor, kind, target, role }
        },
    )
}

/// Random people and steps; the first person starts as Global Administrator.
fn random_case() -> impl Strategy<Value = Case> {
    (2..=5_usize)
        .prop_flat_map(|count| (proptest::collection::vec(role_set(), count), proptest::collection::vec(step(count), 1..=12)))
        .prop_map(|(mut people, steps)| {
            // Someone starts as Global Administrator, as in every tenant.
            people[0].insert(GlobalAdmin);
            Case { people, steps }
        })
}

/// The situation the last-Global-Administrator rule is about, which random
/// cases rarely reach: one Global Administrator left, and someone allowed
/// to change roles (that administrator, or a Privileged Role Administrator)
/// removes the role from them. That step comes first, so nothing changes
/// the situation before it; random steps follow.
fn last_global_administrator_case() -> impl Strategy<Value = Case> {
    (2..=5_usize)
        .prop_flat_map(|count| {
            (proptest::collection::vec(role_set(), count), 0..count, 0..count, proptest::collection::vec(step(count), 0..=8))
        })
        .prop_map(|(mut people, holder, actor, later)| {
            for roles in &mut people {
                roles.remove(&GlobalAdmin);
            }
            people[holder].insert(GlobalAdmin);
            if actor != holder {
                people[actor].insert(PrivilegedRoleAdmin);
            }
            let mut steps = vec![Step { actor, kind: Kind::RemoveRole, target: holder, role: GlobalAdmin }];
            steps.extend(later);
            Case { people, steps }
        })
}

fn role_pick() -> impl Strategy<Value = Role> {
    prop_oneof![1 => Just(GlobalAdmin), 1 => proptest::sample::select(Role::ALL.to_vec())]
}

// ---------------------------------------------------------------------------
// Running a case.

/// Everyone has a working session, two methods, an app password, a mailbox
/// with a rule, forwarding and a delegate, and is a restricted sender
/// (`BlockUser`), so every action is valid and only permission decides.
fn build(case: &Case) -> Simulation {
    let start = SimTime::from_utc(2026, 3, 10, 15, 0, 0).unwrap_or_default();
    let set_at = SimTime(start.0 - PASSWORD_AGE_DAYS * 86_400);
    let mut tenant = Tenant::new("Contoso", vec![DOMAIN.to_string()]);
    for (address, roles) in case.everyone() {
        let mut person = User::new(&address, "Test Person", PASSWORD, set_at);
        person = person.with_roles(roles.iter().copied());
        person.methods = METHODS
            .into_iter()
            .map(|kind| Method { kind, detail: method_detail(kind), controlled_by: Party::Owner, registered_at: None })
            .collect();
        person.app_passwords.push(AppPassword { name: "Mail sync".to_string(), created_at: set_at, controlled_by: Party::Owner });
        let mut mailbox =
            Mailbox { forwarding_smtp_address: Some(FORWARDING.to_string()), forwarding_set_by: Some(Party::Owner), ..Mailbox::default() };
        mailbox.add_rule(&own_rule(), Party::Owner, set_at);
        mailbox.delegates.push(Delegate { user: BYSTANDER.to_string(), access: AccessRight::FullAccess, granted_by: Party::Owner });
        person.mailbox = Some(Box::new(mailbox));
        person.outbound = Some(Box::new(OutboundState {
            restriction: Some(Restriction {
                limit: LimitKind::ExternalRecipientsPerHour,
                at: set_at,
                action: OutboundAction::BlockUser,
                release_effective_at: None,
            }),
            ..OutboundState::default()
        }));
        tenant.add_user(person).expect("unique user");
    }
    let restricted: Vec<_> = tenant.users().map(|(id, _)| id).collect();
    tenant.restricted_senders.extend(restricted);
    // An alert to resolve, numbered past any the steps could raise.
    tenant.alerts.push(Alert {
        id: ALERT,
        at: set_at,
        severity: Severity::Medium,
        title: "Suspicious email forwarding activity".to_string(),
        upn: upn(0),
        detail: AlertDetail::ForwardedTo(FORWARDING.to_string()),
        status: AlertStatus::New,
        classification: None,
        comment: None,
        resolved_by: None,
    });
    let mut simulation = Simulation::new(tenant, start, SEED);
    let ids: Vec<_> = simulation.tenant().users().map(|(id, _)| id).collect();
    for id in ids {
        simulation.grant_session(id, Party::Owner, SessionOrigin::Password);
    }
    simulation
}

fn roles_in_engine(simulation: &Simulation, index: usize) -> BTreeSet<Role> {
    let id = simulation.tenant().find_user(&upn(index)).expect("person exists");
    simulation.tenant().roles_of(id).iter().collect()
}

/// The engine's decision in a step's events: `Some(true)` for a
/// `Permitted` event, `Some(false)` for a `Denied` one, `None` when the
/// step never reached the permission check.
fn decision(events: &[Event]) -> Option<bool> {
    let permitted = events.iter().any(|event| matches!(event.kind, EventKind::Permitted { .. }));
    let denied = events.iter().any(|event| matches!(event.kind, EventKind::Denied { .. }));
    match (permitted, denied) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Where a run found engine and oracle apart: the step's index and what differed.
type Failure = (usize, String);

/// What the engine did at each step of a run.
#[derive(Debug, Default)]
struct Trace {
    /// The engine's decision ([`decision`]).
    decisions: Vec<Option<bool>>,
    /// Everyone's roles in the engine after the step.
    roles: Vec<Vec<BTreeSet<Role>>>,
}

/// Runs a case, recording each step in `trace`; `Err` names the first step
/// where engine and oracle differ.
fn run(case: &Case, trace: &mut Trace) -> Result<(), Failure> {
    let mut sim = Checked::new(build(case));
    let mut model: Vec<BTreeSet<Role>> = case.people.clone();
    for (number, step) in case.steps.iter().enumerate() {
        let (rule, source) = step.kind.rule();
        let expected = oracle_allows(rule, &model[step.actor], &model[step.target]);
        let action = step.action();
        let actor = Actor::Admin(upn(step.actor));
        let context = format!(
            "step {}: {} holding {:?} does {action:?} on a target holding {:?} (oracle: {source:?})",
            number + 1,
            upn(step.actor),
            model[step.actor],
            model[step.target]
        );
        let fail = |message: String| Err((number, message));
        let result = if step.changes_roles() {
            sim.step(&actor, &action)
        } else {
            // Everything else runs on a copy, so the tenant stays as built.
            let mut copy = Checked::new(sim.simulation.clone());
            copy.step(&actor, &action)
        };
        let decided = decision(&result.events);
        trace.decisions.push(decided);
        trace.roles.push((0..case.people.len()).map(|index| roles_in_engine(&sim.simulation, index)).collect());
        match (&result.outcome, expected, decided) {
            (Outcome::Denied(tenantdrill::engine::Refusal::Permission(_)), false, Some(false)) => {}
            (outcome, true, Some(true)) if !matches!(outcome, Outcome::Denied { .. }) => {}
            (outcome, _, _) => {
                return fail(format!(
                    "{context}: the oracle says allowed={expected}, the engine answered {outcome:?} (decision in the events: {decided:?})"
                ));
            }
        }
        if step.changes_roles() && expected {
            let global_admins = model.iter().filter(|roles| roles.contains(&GlobalAdmin)).count();
            let target = &mut model[step.target];
            let expect_outcome = match step.kind {
                Kind::AddRole => {
                    target.insert(step.role);
                    "done"
                }
                _ if !target.contains(&step.role) => "invalid",
                // The last Global Administrator can never be removed.
                _ if step.role == GlobalAdmin && global_admins <= 1 => "last",
                _ => {
                    target.remove(&step.role);
                    "done"
                }
            };
            let agrees = match (expect_outcome, &result.outcome) {
                ("done", Outcome::Done) | ("invalid", Outcome::Invalid { .. }) => true,
                ("last", Outcome::Invalid(problem)) => matches!(problem, tenantdrill::engine::Problem::LastGlobalAdministrator { .. }),
                _ => false,
            };
            if !agrees {
                return fail(format!("{context}: expected {expect_outcome}, the engine answered {:?}", result.outcome));
            }
        }
        for (index, roles) in model.iter().enumerate() {
            let engine = roles_in_engine(&sim.simulation, index);
            if engine != *roles {
                return fail(format!("after {context}: {} holds {engine:?} in the engine, {roles:?} in the model", upn(index)));
            }
        }
        if sim.simulation.tenant().global_administrator_count() == 0 {
            return fail(format!("after {context}: no Global Administrator is left"));
        }
    }
    Ok(())
}

/// Runs a case, turning a panic (a broken named invariant) into a failure
/// at the step that was running.
fn run_caught(case: &Case) -> (Trace, Option<Failure>) {
    let mut trace = Trace::default();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(case, &mut trace)));
    let failure = match result {
        Ok(Ok(())) => None,
        Ok(Err(failure)) => Some(failure),
        Err(payload) => {
            let text = payload
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| payload.downcast_ref::<&str>().map(|text| (*text).to_string()))
                .unwrap_or_else(|| "a panic".to_string());
            let running = trace.decisions.len();
            Some((running, format!("step {}: {text}", running + 1)))
        }
    };
    (trace, failure)
}

// ---------------------------------------------------------------------------
// Replaying a case with `tenantdrill run`.
//
// The case's tenant is written as a scenario file. The trainee is the
// bystander, who holds no role, as in the property's tenant: a trainee who
// is a Global Administrator would change the tenant's Global Administrator
// count and so whether the last one can be removed.
//
// Two things of the built tenant cannot be written in a scenario file: the
// owner's app password (a file gives app passwords only to the attacker,
// through a compromise) and the restricted-sender state (a file can only
// reach it through a history of sending). The engine checks the permission
// before it looks for either, so the decisions replay; a permitted
// `user remove-app-passwords` or `restricted release` then answers that
// there is nothing to remove or release.
//
// Steps that change no roles run on a copy in the property, so the property's
// tenant at step k is the built tenant plus the role changes of the steps
// before it. The replay is exactly that: those role changes, then step k. (In
// one session the earlier steps would act for real: a permitted reset, block
// or revocation signs out the admin who acts next, a removed rule cannot be
// disabled later.)

/// The scenario the replay runs: the case's people and the bystander, each
/// as `build` makes them (roles, password, methods, forwarding, rule,
/// delegate, a signed-in session).
fn scenario(case: &Case, solution: Vec<String>) -> Scenario {
    let users = case
        .everyone()
        .into_iter()
        .map(|(address, roles)| UserSpec {
            upn: address,
            name: "Test Person".to_string(),
            department: String::new(),
            roles: roles.into_iter().collect(),
            password: Some(PASSWORD.to_string()),
            password_age: Some(format!("{PASSWORD_AGE_DAYS}d")),
            password_never_expires: false,
            blocked: false,
            mailbox: true,
            signed_in: true,
            mfa_required: false,
            methods: METHODS.into_iter().map(|kind| MethodSpec { kind, detail: method_detail(kind) }).collect(),
            devices: Vec::new(),
            forwarding: Some(ForwardingSpec { address: FORWARDING.to_string(), keep_copy: false }),
            rules: vec![own_rule()],
            delegates: vec![DelegateSpec { user: BYSTANDER.to_string(), access: AccessRight::FullAccess }],
        })
        .collect();
    Scenario {
        id: "permission-case".to_string(),
        title: "A generated permission case".into(),
        brief: "Admins with random roles act on one another; you watch. Replays a case of the permission property.".into(),
        difficulty: Difficulty::Advanced,
        estimated_minutes: 5,
        tags: vec!["generated".to_string()],
        dialects: vec![tenantdrill::scenario::Dialect::NounVerb, tenantdrill::scenario::Dialect::PowerShell],
        trainee: Trainee { upn: BYSTANDER.to_string(), may_act_as: Vec::new(), signed_in: true },
        seed: SEED,
        start: "2026-03-10T15:00:00Z".to_string(),
        time_limit: "1d".to_string(),
        tenant: TenantSpec {
            name: "Contoso".to_string(),
            domains: vec![DOMAIN.to_string()],
            policies: Policies::default(),
            users,
            groups: Vec::new(),
            // One enterprise application with a grant for everyone, for the
            // application actions (each runs on a copy of the tenant).
            apps: vec![tenantdrill::scenario::AppSpec {
                name: APP.to_string(),
                app_id: "7d3f2a1c-5b8e-4c2d-9a6f-1e0b3c4d5a61".to_string(),
                publisher: "Northwind Traders".to_string(),
                verified: true,
                reply_url: "https://expenses.northwindtraders.example/signin-oidc".to_string(),
                age: None,
                grants: vec![tenantdrill::scenario::GrantSpec {
                    consent: tenantdrill::tenant::apps::ConsentType::AllPrincipals,
                    scopes: vec!["User.Read".to_string()],
                }],
            }],
            generated: None,
        },
        incident: Incident::default(),
        // Everyone may be acted on, so the report shows no harm for acting on the "wrong" user.
        truth: GroundTruth { subjects: vec![upn(0)], may_act_on: (1..case.people.len()).map(upn).collect(), ..GroundTruth::default() },
        grading: Grading {
            procedures: vec!["verify-caller".to_string()],
            raise: Vec::new(),
            skip: Vec::new(),
            pass_mark: 70,
            objectives: Vec::new(),
        },
        hints: Vec::new(),
        variables: indexmap::IndexMap::new(),
        solution,
    }
}

impl Case {
    /// Every account of the tenant, with its roles: the people, then the bystander.
    fn everyone(&self) -> Vec<(String, BTreeSet<Role>)> {
        let mut everyone: Vec<(String, BTreeSet<Role>)> =
            self.people.iter().enumerate().map(|(index, roles)| (upn(index), roles.clone())).collect();
        everyone.push((BYSTANDER.to_string(), BTreeSet::new()));
        everyone
    }

    /// The steps that reproduce step `failing`: the role changes before it, then it.
    fn replay_steps(&self, failing: usize) -> Vec<usize> {
        (0..failing).filter(|index| self.steps[*index].changes_roles()).chain([failing]).collect()
    }

    /// The REPL lines of `replay_steps(failing)`.
    fn replay_lines(&self, failing: usize) -> Vec<String> {
        self.replay_steps(failing).into_iter().map(|index| self.steps[index].line()).collect()
    }

    /// The scenario file's text, with the command lines of `lines` as its
    /// solution (a solution may not be empty: `status` when none is left).
    fn scenario_text(&self, lines: &[String]) -> String {
        let mut solution: Vec<String> = lines.iter().filter(|line| !line.starts_with('#')).cloned().collect();
        if solution.is_empty() {
            solution.push("status".to_string());
        }
        let config = ron::ser::PrettyConfig::new().struct_names(true);
        ron::ser::to_string_pretty(&scenario(self, solution), config).expect("a scenario serialises")
    }

    /// Writes the files that replay step `failing` and says how to run them.
    fn replay(&self, failing: usize) -> String {
        let lines = self.replay_lines(failing);
        let mut text = crate::support::write_replay("permissions", SEED, &self.scenario_text(&lines), &lines);
        let left_out = failing.min(self.steps.len()) - (lines.len() - 1);
        if left_out > 0 {
            let _ = writeln!(
                text,
                "({left_out} earlier step(s) that change no roles are left out: the property ran them on a copy of the tenant)"
            );
        }
        text
    }
}

proptest! {
    #![proptest_config(crate::support::proptest_config(1024))]

    /// For random multi-role actors and targets and every admin action, the
    /// engine allows exactly what the §4 oracle allows, and role changes
    /// never remove the last Global Administrator.
    #[test]
    fn permission_decisions_match_the_domain_table(case in case()) {
        if let (_, Some((failing, message))) = run_caught(&case) {
            prop_assert!(false, "{}\n{}", message, case.replay(failing));
        }
    }
}

#[test]
fn oracle_reads_every_role_from_the_table() {
    // The oracle panics on a role the §4 copy forgot; every role has a row.
    for role in Role::ALL {
        row_of(Some(role));
    }
    row_of(None);
}

/// Every action kind but two replays as an `ask` line. Setting forwarding and
/// creating a rule are in the action vocabulary (the attacker and scenario
/// histories do them) but not in the trainee's command language, so a case
/// that fails on one of them replays everything up to it, and the step itself
/// shows as a comment.
#[test]
fn every_action_kind_but_two_is_a_command_line() {
    let mut missing = Vec::new();
    for kind in KINDS {
        let step = Step { actor: 0, kind, target: 1, role: GlobalAdmin };
        let line = step.line();
        match tenantdrill::command::parse(&line) {
            Ok(parsed) => assert_eq!(parsed, Command::Ask { admin: upn(0), action: step.action() }, "{line}"),
            Err(_) => missing.push(kind),
        }
    }
    assert_eq!(missing, [Kind::SetForwarding, Kind::CreateRule], "the action kinds without a command line");
}

/// The replay reproduces the case: for generated cases, the scenario file
/// loads, and every `ask` line of the replay of every step gets the decision
/// the property's own run got, and leaves the same roles behind.
#[test]
fn replayed_cases_get_the_same_decisions() {
    let procedures = bundled_procedures().expect("the bundled procedures load");
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    for _ in 0..32 {
        let case = case().new_tree(&mut runner).expect("a case").current();
        let (trace, failure) = run_caught(&case);
        assert!(failure.is_none(), "{case:?}: {failure:?}");
        for failing in 0..case.steps.len() {
            let steps = case.replay_steps(failing);
            let lines = case.replay_lines(failing);
            let text = case.scenario_text(&lines);
            let loaded = load_text("permission-case.ron", text.as_bytes(), &procedures).unwrap_or_else(|error| {
                panic!("the replay scenario does not load:\n{}\n{text}", error.render(tenantdrill::i18n::Lang::En, false))
            });
            let mut drill = Drill::new(&loaded, &procedures, SEED, Mode::Exam)
                .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
            for (line, index) in lines.iter().zip(&steps) {
                if line.starts_with('#') {
                    continue;
                }
                drill.execute(line);
                let record = drill.records().last().expect("a record");
                assert_eq!(
                    decision(&record.events),
                    trace.decisions[*index],
                    "{case:?}replaying step {}: `{line}` answered {:?}",
                    failing + 1,
                    record.outcome
                );
            }
            let roles: Vec<BTreeSet<Role>> = (0..case.people.len()).map(|index| roles_in_engine(drill.simulation(), index)).collect();
            assert_eq!(roles, trace.roles[failing], "{case:?}replaying step {}: the roles differ at the end", failing + 1);
        }
    }
}
