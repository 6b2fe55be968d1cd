//! The PowerShell front end, through the drill: every bundled scenario
//! solved with cmdlets earns full marks on any seed; every action the
//! cmdlets express renders to a line that runs as the same action. The
//! lines' details (traps, errors, masking, dialects) are in
//! `powershell_lines.rs`.

use proptest::prelude::*;
use tenantdrill::action::{Action, NewPassword};
use tenantdrill::command::{self, Command};
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::scenario::library;

/// The password the PowerShell solutions set (an admin types one: Graph
/// has no "generate a password" for `Update-MgUser`).
const NEW_PASSWORD: &str = "Tawny-Quarry-Lantern-58!";

pub const CONNECT_GRAPH: &str = "Connect-MgGraph -Scopes \"User.ReadWrite.All\",\"AuditLog.Read.All\",\"UserAuthenticationMethod.ReadWrite.All\",\"RoleManagement.ReadWrite.Directory\",\"SecurityAlert.ReadWrite.All\",\"Domain.ReadWrite.All\",\"User.RevokeSessions.All\",\"Device.Read.All\",\"Directory.AccessAsUser.All\",\"Application.ReadWrite.All\",\"DelegatedPermissionGrant.ReadWrite.All\",\"Policy.ReadWrite.Authorization\",\"Policy.ReadWrite.ConditionalAccess\",\"IdentityRiskyUser.ReadWrite.All\" -NoWelcome";

pub fn drill(id: &str, seed: u64) -> Drill {
    crate::support::bundled_drill(id, seed, Mode::Exam)
}

/// The scenario's reference solution with every admin command a cmdlet can
/// do typed as that cmdlet; what no cmdlet does (telling people things,
/// waiting, asking another admin, acting as a user, app passwords) stays.
fn powershell_solution(drill: &Drill) -> (Vec<String>, Vec<String>) {
    let mut lines = vec!["Connect-ExchangeOnline -ShowBanner:$false".to_string(), CONNECT_GRAPH.to_string()];
    let mut kept = Vec::new();
    for line in &drill.scenario().solution {
        let translated = match command::parse(line) {
            Ok(Command::Act(Action::ResetPassword { user, password: NewPassword::Auto, require_change, email_to: None })) => {
                tenantdrill::powershell::render(
                    &Action::ResetPassword { user, password: NewPassword::Given(NEW_PASSWORD.to_string()), require_change, email_to: None },
                    drill.simulation().tenant(),
                )
            }
            Ok(Command::Act(action)) => tenantdrill::powershell::render(&action, drill.simulation().tenant()),
            _ => None,
        };
        if let Some(cmdlet) = translated {
            lines.push(cmdlet);
        } else {
            kept.push(line.clone());
            lines.push(line.clone());
        }
    }
    (lines, kept)
}

fn ids() -> Vec<&'static str> {
    library::SCENARIOS.iter().map(|bundled| bundled.id).collect()
}

proptest! {
    #![proptest_config(crate::support::proptest_config(48))]

    /// Every bundled scenario's solution typed as cmdlets earns 100 on any seed.
    #[test]
    fn every_scenario_solved_with_cmdlets_earns_full_marks(pick in any::<prop::sample::Index>(), seed in any::<u64>()) {
        let ids = ids();
        let id = ids[pick.index(ids.len())];
        let mut drill = drill(id, seed);
        let (lines, _) = powershell_solution(&drill);
        for line in &lines {
            let reply = drill.execute(line);
            prop_assert!(!reply.error, "{id} seed {seed}: `{line}` was refused: {}", reply.output);
        }
        let report = drill.report();
        prop_assert!(report.score == 100 && report.passed, "{id} seed {seed}: {} ({})\n{}", report.score, report.shortfall(), lines.join("\n"));
    }
}

/// The "done when": the compromise incidents done with cmdlets
/// only, apart from telling the owner and waiting (no cmdlet does those),
/// and for `compromised-admin` removing app passwords, which Graph has no
/// API for. The password spray's named locations, Conditional Access
/// policies and risky users are Graph's too.
#[test]
fn the_compromise_incidents_need_no_admin_command_but_cmdlets() {
    for id in ["compromised-mailbox", "compromised-admin", "restricted-sender", "token-theft", "password-spray", "password-spray-legacy"] {
        let drill = drill(id, 7);
        let (_, kept) = powershell_solution(&drill);
        let admin_commands: Vec<&String> = kept
            .iter()
            .filter(|line| !line.starts_with("notify ") && !line.starts_with("wait ") && !line.contains("remove-app-passwords"))
            .collect();
        assert!(admin_commands.is_empty(), "{id}: no cmdlet for {admin_commands:?}");
    }
}

/// The alert-triage incidents with cmdlets: what stays in the command
/// language is a verdict with its reason (Graph posts comments on their
/// own, and that cmdlet is not modelled) and the search for every mailbox
/// forwarding to an address (a pipeline, which runs as the reads it makes).
#[test]
fn the_alert_incidents_keep_only_commented_verdicts_and_the_forwarding_search() {
    for id in ["forwarding-alert-second-victim", "forwarding-alert-subsidiary", "forwarding-alert-departing-employee"] {
        let drill = drill(id, 7);
        let (lines, kept) = powershell_solution(&drill);
        let admin_commands: Vec<&String> = kept
            .iter()
            .filter(|line| {
                let commented_verdict = line.starts_with("alert resolve ") && line.contains("--reason");
                let untranslated = ["notify ", "wait ", "mailbox search-forwarding "].iter().any(|start| line.starts_with(start));
                !commented_verdict && !untranslated
            })
            .collect();
        assert!(admin_commands.is_empty(), "{id}: no cmdlet for {admin_commands:?}");
        assert!(lines.iter().any(|line| line.starts_with("Get-MgSecurityAlertV2")), "{id}: {lines:?}");
    }
    // A verdict without a reason is a cmdlet.
    let (lines, _) = powershell_solution(&drill("forwarding-alert-second-victim", 7));
    assert!(lines.iter().any(|line| line.starts_with("Update-MgSecurityAlertV2 -AlertId ")), "{lines:?}");
}

/// Actions a cmdlet expresses, over the compromised-admin tenant.
/// One action of every application kind a cmdlet does, on the scenario's
/// applications by object ID (as Graph names them): the attacker's
/// application, its grant, the user-consent setting, and a delete last.
fn application_actions(drill: &Drill) -> Vec<Action> {
    use tenantdrill::tenant::apps::UserConsent;
    use tenantdrill::tenant::user::Party;
    let apps = &drill.simulation().tenant().apps;
    let attacker = apps.apps.iter().find(|app| app.added_by == Party::Attacker).expect("the attacker's application");
    let own = apps.apps.iter().find(|app| app.added_by == Party::Owner).expect("the organisation's application");
    let grant = apps.grants.iter().find(|grant| grant.app_id == attacker.app_id).expect("the attacker's grant");
    let user = drill.simulation().tenant().users().map(|(_, user)| user.upn.clone()).next().expect("a user");
    vec![
        Action::ListApps,
        Action::ShowApp { app: attacker.object_id.clone() },
        Action::ListGrants { app: None, user: None },
        Action::ListGrants { app: Some(attacker.object_id.clone()), user: None },
        Action::ListGrants { app: None, user: Some(user) },
        Action::DisableApp { app: attacker.object_id.clone() },
        Action::RevokeGrants { app: attacker.object_id.clone(), user: None, grant: Some(grant.id.clone()) },
        Action::SetUserConsent { setting: UserConsent::VerifiedPublishers },
        Action::SetUserConsent { setting: UserConsent::DoNotAllow },
        Action::SetUserConsent { setting: UserConsent::AllowAll },
        Action::DeleteApp { app: own.object_id.clone() },
    ]
}

fn sample_actions(drill: &Drill) -> Vec<Action> {
    use tenantdrill::tenant::mailbox::{AccessRight, Protocol, RuleAction, RuleCondition, RuleSpec};
    use tenantdrill::tenant::role::Role;
    use tenantdrill::tenant::user::MethodKind;
    let tenant = drill.simulation().tenant();
    let upns: Vec<String> = tenant.users().map(|(_, user)| user.upn.clone()).collect();
    let (a, b) = (upns[0].clone(), upns[1].clone());
    vec![
        Action::ListUsers { search: None, department: None },
        Action::ListUsers { search: Some("an".to_string()), department: Some("IT".to_string()) },
        Action::ShowUser { user: a.clone() },
        Action::ListMethods { user: a.clone() },
        Action::SignInLog { user: Some(a.clone()), ip: None },
        Action::SignInLog { user: Some(a.clone()), ip: Some("20.40.2.2".to_string()) },
        Action::SignInLog { user: None, ip: None },
        Action::AuditLog { user: Some(a.clone()) },
        Action::AuditLog { user: None },
        Action::ShowPolicies,
        Action::RoleMembers { role: Role::ExchangeAdministrator },
        Action::ResetPassword {
            user: b.clone(),
            password: NewPassword::Given("It's-Quarry-Lantern-58!".to_string()),
            require_change: true,
            email_to: None,
        },
        Action::BlockSignIn { user: b.clone() },
        Action::AllowSignIn { user: b.clone() },
        Action::RevokeSessions { user: b.clone() },
        Action::AddRole { user: b.clone(), role: Role::HelpdeskAdministrator },
        Action::RemoveRole { user: b.clone(), role: Role::HelpdeskAdministrator },
        Action::RequireMfa { user: b.clone() },
        Action::RemoveMethod { user: b.clone(), method: MethodKind::MobilePhone },
        Action::RemoveMethod { user: b.clone(), method: MethodKind::AuthenticatorApp },
        Action::SetPasswordExpiration { days: Some(90) },
        Action::SetPasswordExpiration { days: None },
        Action::SetUserPasswordPolicy { user: b.clone(), never_expires: Some(true), strong_password: Some(true) },
        Action::ShowMailbox { user: a.clone() },
        Action::SetForwarding {
            user: b.clone(),
            forwarding_address: Some(a.clone()),
            forwarding_smtp_address: None,
            deliver_and_forward: true,
        },
        Action::SetForwarding {
            user: b.clone(),
            forwarding_address: None,
            forwarding_smtp_address: Some("x@example.org".to_string()),
            deliver_and_forward: false,
        },
        Action::ClearForwarding { user: b.clone() },
        Action::ListRules { user: a.clone(), include_hidden: true },
        Action::ListRules { user: a.clone(), include_hidden: false },
        Action::CreateRule {
            user: b.clone(),
            rule: RuleSpec {
                name: "Bob's rule".to_string(),
                conditions: vec![RuleCondition::SubjectContainsWords(vec!["invoice".to_string(), "pay".to_string()])],
                actions: vec![RuleAction::ForwardTo(vec!["x@example.org".to_string()]), RuleAction::MarkAsRead],
                hidden: false,
                enabled: true,
            },
        },
        Action::DisableRule { user: b.clone(), rule: "Bob's rule".to_string() },
        Action::EnableRule { user: b.clone(), rule: "Bob's rule".to_string() },
        Action::RemoveRule { user: b.clone(), rule: "Bob's rule".to_string() },
        Action::ListDelegates { user: a.clone() },
        Action::AddDelegate { user: b.clone(), delegate: a.clone(), access: AccessRight::FullAccess },
        Action::RemoveDelegate { user: b.clone(), delegate: a.clone() },
        Action::DisableProtocols { user: b.clone(), protocols: vec![Protocol::Pop, Protocol::Imap, Protocol::Ews] },
        Action::MessageTrace { user: a },
        Action::ListRestricted,
        Action::ReleaseRestricted { user: b },
        Action::ListAlerts,
        Action::SetOutboundPolicy(tenantdrill::action::OutboundChange {
            external_recipients_per_hour: Some(400),
            internal_recipients_per_hour: None,
            recipients_per_day: Some(1000),
            action: Some(tenantdrill::tenant::policy::OutboundAction::BlockUser),
            auto_forwarding: Some(tenantdrill::tenant::policy::AutoForwardingMode::Off),
        }),
        Action::CreateNamedLocation {
            name: "Spray sources".to_string(),
            ranges: vec!["102.89.0.0/16".to_string(), "185.220.14.7/32".to_string()],
        },
        Action::ListNamedLocations,
        Action::CreateConditionalAccessPolicy {
            name: "Block spray sources".to_string(),
            control: tenantdrill::tenant::access::PolicyControl::BlockLocations(vec!["Spray sources".to_string()]),
        },
        Action::CreateConditionalAccessPolicy {
            name: "Block legacy authentication".to_string(),
            control: tenantdrill::tenant::access::PolicyControl::BlockLegacyAuthentication,
        },
        Action::ListConditionalAccessPolicies,
        Action::ConfirmCompromised { user: upns[0].clone() },
        Action::ListRiskyUsers,
    ]
}

/// Actions a cmdlet expresses that need the incident families' tenants:
/// devices (token theft) and alerts to classify (alert triage).
fn incident_actions(drill: &Drill) -> Vec<Action> {
    use tenantdrill::tenant::logs::Classification;
    let tenant = drill.simulation().tenant();
    let mut actions = Vec::new();
    for (_, user) in tenant.users() {
        for device in &user.devices {
            actions.push(Action::ListDevices { user: user.upn.clone() });
            actions.push(Action::DisableDevice { user: user.upn.clone(), device: device.name.clone() });
            actions.push(Action::DeleteDevice { user: user.upn.clone(), device: device.name.clone() });
        }
    }
    let verdicts = [Classification::FalsePositive, Classification::InformationalExpectedActivity, Classification::TruePositive];
    for (alert, verdict) in tenant.alerts.iter().zip(verdicts.iter().cycle()) {
        actions.push(Action::ResolveAlert { id: alert.id, verdict: *verdict, reason: None });
    }
    actions
}

/// Renders each action, runs the line, and checks it ran as that action;
/// the kinds it covered.
fn runs_back(id: &str, sample: fn(&Drill) -> Vec<Action>) -> std::collections::BTreeSet<String> {
    let mut drill = drill(id, 3);
    for line in ["Connect-ExchangeOnline", CONNECT_GRAPH] {
        assert!(!drill.execute(line).error);
    }
    let actions = sample(&drill);
    assert!(!actions.is_empty(), "{id}: nothing to render");
    let kinds = actions.iter().map(|action| action.kind().name()).collect();
    for action in actions {
        let line =
            tenantdrill::powershell::render(&action, drill.simulation().tenant()).unwrap_or_else(|| panic!("no cmdlet for {action:?}"));
        let before = drill.records().len();
        let reply = drill.execute(&line);
        let recorded: Vec<&Action> = drill.records()[before..].iter().filter_map(|record| record.action.as_ref()).collect();
        assert_eq!(recorded, vec![&action], "{id}: `{line}` ran as {recorded:?}: {}", reply.output);
    }
    kinds
}

/// Every action rendered as a cmdlet runs as that same action.
#[test]
fn every_rendered_cmdlet_runs_as_the_same_action() {
    let mut kinds = runs_back("compromised-admin", sample_actions);
    kinds.extend(runs_back("token-theft", incident_actions));
    kinds.extend(runs_back("forwarding-alert-second-victim", incident_actions));
    for kind in ["ListDevices", "DisableDevice", "DeleteDevice", "ResolveAlert"] {
        assert!(kinds.contains(kind), "{kind} was not rendered");
    }
    // Enterprise applications and grants, in a tenant that has them.
    let mut drill = self::drill("consent-phishing", 3);
    assert!(!drill.execute(CONNECT_GRAPH).error);
    for action in application_actions(&drill) {
        kinds.insert(action.kind().name());
        let line =
            tenantdrill::powershell::render(&action, drill.simulation().tenant()).unwrap_or_else(|| panic!("no cmdlet for {action:?}"));
        let before = drill.records().len();
        let reply = drill.execute(&line);
        assert!(!reply.error, "`{line}`: {}", reply.output);
        let recorded: Vec<&Action> = drill.records()[before..].iter().filter_map(|record| record.action.as_ref()).collect();
        assert_eq!(recorded, vec![&action], "`{line}` ran as {recorded:?}: {}", reply.output);
    }
    // The kinds no cmdlet expresses, named so a new action is placed.
    let unexpressed: Vec<String> =
        tenantdrill::action::ActionKind::ALL.iter().map(|kind| kind.name()).filter(|name| !kinds.contains(name)).collect();
    assert_eq!(
        unexpressed,
        [
            "ShowSspr",
            "ListGroups",
            "GroupMembers",
            "RemoveAppPasswords",
            "UpdateContactInfo",
            "SetSspr",
            "Notify",
            "VerifyCaller",
            "SignIn",
            "UseSession",
            "UseAppPassword",
            "ChangePassword",
            "SelfServiceReset",
            "ReadMail",
            "SearchForwarding",
            "SendMail",
            "Wait"
        ]
    );
}

pub fn attacker_rule(drill: &Drill) -> String {
    drill
        .scenario()
        .truth
        .malicious
        .iter()
        .find_map(|artefact| match artefact {
            tenantdrill::scenario::Artefact::Rule { name, .. } => Some(name.clone()),
            _ => None,
        })
        .unwrap_or_default()
}

/// A drill connected to Exchange Online and to Graph with the solutions' scopes.
pub fn connected(id: &str) -> Drill {
    let mut drill = drill(id, 1);
    assert!(!drill.execute("Connect-ExchangeOnline -ShowBanner:$false").error);
    assert!(!drill.execute(CONNECT_GRAPH).error);
    drill
}

/// An exam that takes only PowerShell is passed with the cmdlet solution:
/// what no cmdlet does is still typed as a command.
#[test]
fn a_powershell_only_exam_is_passed_with_cmdlets() {
    let procedures = crate::support::procedures();
    for id in [
        "compromised-mailbox",
        "compromised-admin",
        "restricted-sender",
        "token-theft",
        "forwarding-alert-second-victim",
        "forwarding-alert-subsidiary",
        "forwarding-alert-departing-employee",
    ] {
        let bundled = library::scenario(id).expect("bundled");
        let text = bundled.text.replacen("\n    tags:", "\n    dialects: [PowerShell],\n    tags:", 1);
        let loaded = tenantdrill::scenario::load_text(bundled.path, text.as_bytes(), procedures)
            .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
        let mut drill = Drill::new(&loaded, procedures, 11, Mode::Exam).expect("it builds");
        let (lines, _) = powershell_solution(&drill);
        for line in &lines {
            let reply = drill.execute(line);
            assert!(!reply.error, "{id}: `{line}` was refused: {}", reply.output);
        }
        let report = drill.report();
        assert!(report.score == 100 && report.passed, "{id}: {} ({})", report.score, report.shortfall());
        // And the command-language solution is refused there.
        let mut other = Drill::new(&loaded, procedures, 11, Mode::Exam).expect("it builds");
        let refused = other.execute("user block-sign-in nobody");
        assert!(refused.error && refused.output.contains("asks for PowerShell"), "{}", refused.output);
        assert!(other.records().is_empty());
    }
}
