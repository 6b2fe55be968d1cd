//! The incident families' cmdlets: classifying an alert
//! (`Update-MgSecurityAlertV2`), a user's devices (`Get-MgUserRegisteredDevice`,
//! `Update-MgDevice`, `Remove-MgDevice`), and the pipelines that look for
//! every mailbox forwarding to an address.

use crate::powershell::{connected, drill};
use tenantdrill::action::Action;
use tenantdrill::drill::Drill;
use tenantdrill::powershell::objects::{alert_id, device_id};
use tenantdrill::tenant::logs::Classification;
use tenantdrill::tenant::mailbox::RuleAction;

/// The first alert's Graph id and number.
fn first_alert(drill: &Drill) -> (String, u32) {
    let alert = drill.simulation().tenant().alerts.iter().next().expect("an alert");
    (alert_id(alert.id), alert.id)
}

/// The attacker's device in token-theft: its owner, name and Graph id.
fn attacker_device(drill: &Drill) -> (String, String, String) {
    let tenant = drill.simulation().tenant();
    let (upn, name) = tenant
        .users()
        .find_map(|(_, user)| {
            user.devices.iter().find(|device| device.name.starts_with("DESKTOP-")).map(|device| (user.upn.clone(), device.name.clone()))
        })
        .expect("the attacker's device");
    let id = device_id(&upn, &name);
    (upn, name, id)
}

fn last_action(drill: &Drill) -> Option<Action> {
    drill.records().iter().rev().find_map(|record| record.action.clone())
}

#[test]
fn an_alert_resolved_with_graph_shows_its_status_and_classification() {
    let mut drill = connected("forwarding-alert-subsidiary");
    let (id, number) = first_alert(&drill);
    let reply = drill.execute(&format!("Update-MgSecurityAlertV2 -AlertId {id} -Status resolved -Classification falsePositive"));
    assert!(!reply.error, "{}", reply.output);
    assert_eq!(last_action(&drill), Some(Action::ResolveAlert { id: number, verdict: Classification::FalsePositive, reason: None }));
    let shown = drill.execute(&format!("Get-MgSecurityAlertV2 -AlertId {id} | Format-List Id,Status,Classification")).output;
    assert!(shown.contains("Status         : resolved") && shown.contains("Classification : falsePositive"), "{shown}");
    let open = drill.execute("Get-MgSecurityAlertV2 -Filter \"status eq 'new'\"").output;
    assert!(!open.contains(&id), "{open}");
    let resolved = drill.execute("Get-MgSecurityAlertV2 -Filter \"status eq 'resolved'\"").output;
    assert!(resolved.contains(&id), "{resolved}");
    // A benign true positive is Graph's "informational, expected activity";
    // a determination from Graph's list is taken.
    let reply = drill.execute(&format!(
        "Update-MgSecurityAlertV2 -AlertId {id} -Status resolved -Classification informationalExpectedActivity -Determination confirmedActivity"
    ));
    assert!(!reply.error, "{}", reply.output);
    assert_eq!(
        last_action(&drill),
        Some(Action::ResolveAlert { id: number, verdict: Classification::InformationalExpectedActivity, reason: None })
    );
}

#[test]
fn classifying_an_alert_needs_the_write_scope_and_a_real_alert_and_value() {
    let mut drill = drill("forwarding-alert-subsidiary", 1);
    let (id, _) = first_alert(&drill);
    let line = format!("Update-MgSecurityAlertV2 -AlertId {id} -Status resolved -Classification truePositive");
    assert!(!drill.execute("Connect-MgGraph -Scopes SecurityAlert.Read.All -NoWelcome").error);
    assert!(!drill.execute("Get-MgSecurityAlertV2").error);
    let reply = drill.execute(&line);
    assert!(reply.error && reply.output.contains("Update-MgSecurityAlertV2_UpdateExpanded: Insufficient privileges"), "{}", reply.output);
    assert!(reply.output.contains("Authorization_RequestDenied"));
    assert!(!drill.execute("Connect-MgGraph -Scopes SecurityAlert.ReadWrite.All -NoWelcome").error);
    let before = drill.records().len();
    let reply = drill
        .execute("Update-MgSecurityAlertV2 -AlertId 00000000-0000-0000-0000-000000000000 -Status resolved -Classification truePositive");
    assert!(reply.error && reply.output.contains("Request_ResourceNotFound"), "{}", reply.output);
    let reply = drill.execute(&format!("Update-MgSecurityAlertV2 -AlertId {id} -Status resolved -Classification benign"));
    assert!(reply.error && reply.output.contains("Invalid value 'benign' specified for property 'classification'"), "{}", reply.output);
    let reply =
        drill.execute(&format!("Update-MgSecurityAlertV2 -AlertId {id} -Status resolved -Classification truePositive -Determination oops"));
    assert!(reply.error && reply.output.contains("'determination'"), "{}", reply.output);
    // The simulation's alerts go from new to resolved with a verdict.
    let reply = drill.execute(&format!("Update-MgSecurityAlertV2 -AlertId {id} -Status inProgress"));
    assert!(reply.error && reply.output.contains("does not model"), "{}", reply.output);
    let reply = drill.execute(&format!("Update-MgSecurityAlertV2 -AlertId {id} -Classification truePositive"));
    assert!(reply.error && reply.output.contains("does not model"), "{}", reply.output);
    assert_eq!(drill.records().len(), before, "nothing was resolved");
    // Comments are posted on their own in Graph; that cmdlet is not modelled.
    let reply = drill.execute(&format!("Set-MgSecurityAlert -AlertId {id} -BodyParameter @{{comment='x'}}"));
    assert!(reply.error && reply.output.contains("does not model Set-MgSecurityAlert"), "{}", reply.output);
}

#[test]
fn devices_are_listed_disabled_and_deleted_by_their_object_id() {
    let mut drill = connected("token-theft");
    let (upn, name, id) = attacker_device(&drill);
    let listed = drill.execute(&format!("Get-MgUserRegisteredDevice -UserId {upn}")).output;
    assert!(listed.contains("Id") && listed.contains("DeletedDateTime") && listed.contains(&id), "{listed}");
    let detail = drill.execute(&format!("Get-MgUserRegisteredDevice -UserId {upn} | Format-List Id,AdditionalProperties")).output;
    assert!(detail.contains(&format!("[displayName, {name}]")) && detail.contains("[accountEnabled, True]"), "{detail}");
    // -AccountEnabled is a switch, as on Update-MgUser.
    let reply = drill.execute(&format!("Update-MgDevice -DeviceId {id} -AccountEnabled $false"));
    assert!(
        reply.error && reply.output.contains("A positional parameter cannot be found that accepts argument 'False'"),
        "{}",
        reply.output
    );
    let reply = drill.execute(&format!("Update-MgDevice -DeviceId {id} -BodyParameter @{{accountEnabled=$false}}"));
    assert!(!reply.error, "{}", reply.output);
    assert_eq!(last_action(&drill), Some(Action::DisableDevice { user: upn.clone(), device: name.clone() }));
    let detail = drill.execute(&format!("Get-MgUserRegisteredDevice -UserId {upn} | Format-List AdditionalProperties")).output;
    assert!(detail.contains("[accountEnabled, False]"), "{detail}");
    let reply = drill.execute(&format!("Remove-MgDevice -DeviceId {id}"));
    assert!(!reply.error, "{}", reply.output);
    assert_eq!(last_action(&drill), Some(Action::DeleteDevice { user: upn.clone(), device: name }));
    // Gone: Graph's 404.
    let reply = drill.execute(&format!("Remove-MgDevice -DeviceId {id}"));
    assert!(
        reply.error && reply.output.contains("Remove-MgDevice_Delete: Resource") && reply.output.contains("Request_ResourceNotFound"),
        "{}",
        reply.output
    );
}

#[test]
fn device_scopes_are_graphs() {
    let mut drill = drill("token-theft", 1);
    let (upn, name, id) = attacker_device(&drill);
    assert!(!drill.execute("Connect-MgGraph -Scopes User.Read.All -NoWelcome").error);
    // Without a device scope Graph returns the devices' ids only.
    let limited = drill.execute(&format!("Get-MgUserRegisteredDevice -UserId {upn} | Format-List")).output;
    assert!(limited.contains(&id) && limited.contains("#microsoft.graph.device") && !limited.contains(&name), "{limited}");
    // Changing a device needs Directory.AccessAsUser.All.
    let reply = drill.execute(&format!("Update-MgDevice -DeviceId {id} -AccountEnabled:$false"));
    assert!(reply.error && reply.output.contains("Update-MgDevice_UpdateExpanded: Insufficient privileges"), "{}", reply.output);
    assert!(!drill.execute("Connect-MgGraph -Scopes Directory.AccessAsUser.All -NoWelcome").error);
    assert!(!drill.execute(&format!("Update-MgDevice -DeviceId {id} -AccountEnabled:$false")).error);
    // Enabling again is not modelled.
    let reply = drill.execute(&format!("Update-MgDevice -DeviceId {id} -AccountEnabled:$true"));
    assert!(reply.error && reply.output.contains("does not model"), "{}", reply.output);
}

/// Every mailbox forwarding to the attacker's drop address, found the way
/// admins look in Exchange Online: mailbox forwarding with one pipeline,
/// inbox rules with another (each mailbox's rules read in turn).
#[test]
fn pipelines_over_every_mailbox_find_the_forwarding_and_the_rules() {
    let mut drill = connected("forwarding-alert-second-victim");
    // The first victim's rule forwards to the drop address.
    let (victim, drop) = drill
        .simulation()
        .tenant()
        .users()
        .find_map(|(_, user)| {
            user.mailbox.as_ref()?.rules.iter().find_map(|rule| {
                rule.actions.iter().find_map(|action| match action {
                    RuleAction::ForwardTo(to) => to.first().map(|to| (user.upn.clone(), to.clone())),
                    _ => None,
                })
            })
        })
        .expect("the first victim's rule");
    let forwarding = drill
        .execute(&format!(
            "Get-Mailbox -ResultSize Unlimited | Where-Object {{ $_.ForwardingSmtpAddress -like '*{drop}*' }} | Format-Table Name,ForwardingSmtpAddress"
        ))
        .output;
    assert_eq!(forwarding.matches(&format!("smtp:{drop}")).count(), 1, "{forwarding}");
    let before = drill.simulation().now();
    let rules = drill
        .execute(&format!(
            "Get-Mailbox -ResultSize Unlimited | Get-InboxRule -IncludeHidden | Where-Object {{ $_.ForwardTo -like '*{drop}*' -or $_.RedirectTo -like '*{drop}*' }} | Format-Table MailboxOwnerId,Name"
        ))
        .output;
    assert!(rules.contains(&victim), "{rules}");
    // Every mailbox's rules are read in one run of the line: it takes the
    // time of its two cmdlets, not one command per mailbox.
    let mailboxes = drill.simulation().tenant().users().filter(|(_, user)| user.mailbox.is_some()).count();
    assert!(mailboxes > 2);
    let reads = drill.records().iter().filter(|record| matches!(record.action, Some(Action::ListRules { .. }))).count();
    assert_eq!(reads, mailboxes);
    let taken = drill.simulation().now().since(before);
    assert!(taken <= tenantdrill::clock::SimDuration::minutes(2), "{taken:?}");
    // The pipelines ran as the reads they made, not as one search.
    assert!(!drill.records().iter().any(|record| matches!(record.action, Some(Action::SearchForwarding { .. }))));
}

#[test]
fn the_new_cmdlets_complete_and_have_help() {
    use tenantdrill::command::complete;
    let mut drill = connected("token-theft");
    let tenant = drill.simulation().tenant();
    let names = |line: &str| complete(line, line.len(), tenant).1;
    assert_eq!(names("Update-MgSecurityA"), ["Update-MgSecurityAlertV2"]);
    assert_eq!(names("Remove-MgDev"), ["Remove-MgDevice"]);
    assert_eq!(names("Update-MgDevice -Acc"), ["-AccountEnabled"]);
    assert_eq!(names("Update-MgSecurityAlertV2 -AlertId x -Status "), ["resolved"]);
    assert_eq!(names("Update-MgSecurityAlertV2 -AlertId x -Classification inf"), ["informationalExpectedActivity"]);
    assert!(names("Connect-MgGraph -Scopes Dev").contains(&"Device.Read.All".to_string()));
    assert!(
        names("Get-MgUserRegisteredDevice -UserId me").iter().any(|user| user.starts_with("me")),
        "{:?}",
        names("Get-MgUserRegisteredDevice -UserId me")
    );
    for cmdlet in ["Update-MgSecurityAlertV2", "Get-MgUserRegisteredDevice", "Update-MgDevice", "Remove-MgDevice"] {
        let help = drill.execute(&format!("Get-Help {cmdlet}")).output;
        assert!(help.contains("SYNTAX") && help.contains(&format!("PS> {cmdlet}")), "{help}");
        assert!(help.contains("https://learn.microsoft.com/powershell/module/microsoft.graph."), "{help}");
    }
}

/// Each language's refusal names the other's line for the new actions.
#[test]
fn a_refused_line_names_the_other_languages_device_and_alert_lines() {
    use tenantdrill::drill::Mode;
    let with = |id: &str, dialects: &str| {
        let bundled = tenantdrill::scenario::library::scenario(id).expect("bundled");
        let text = bundled.text.replacen("\n    tags:", &format!("\n    dialects: {dialects},\n    tags:"), 1);
        let loaded = tenantdrill::scenario::load_text(bundled.path, text.as_bytes(), crate::support::procedures()).expect("it loads");
        let mut drill = Drill::new(&loaded, crate::support::procedures(), 1, Mode::Practice).expect("it builds");
        for line in ["Connect-ExchangeOnline", crate::powershell::CONNECT_GRAPH] {
            drill.execute(line);
        }
        drill
    };
    let mut drill = with("token-theft", "[NounVerb]");
    let (upn, name, id) = attacker_device(&drill);
    let reply = drill.execute(&format!("Remove-MgDevice -DeviceId {id}"));
    assert!(reply.error && reply.output.contains(&format!("`user delete-device {upn} {name}`")), "{}", reply.output);
    let mut drill = with("token-theft", "[PowerShell]");
    let reply = drill.execute(&format!("user disable-device {upn} {name}"));
    assert!(reply.error && reply.output.contains(&format!("`Update-MgDevice -DeviceId {id} -AccountEnabled:$false`")), "{}", reply.output);
    let mut drill = with("forwarding-alert-subsidiary", "[PowerShell]");
    let (alert, number) = first_alert(&drill);
    let reply = drill.execute(&format!("alert resolve {number} --verdict benign"));
    assert!(
        reply.error
            && reply.output.contains(&format!(
                "`Update-MgSecurityAlertV2 -AlertId {alert} -Status resolved -Classification informationalExpectedActivity`"
            )),
        "{}",
        reply.output
    );
    // With a reason no one cmdlet does it, so the command is taken.
    assert!(!drill.execute(&format!("alert resolve {number} --verdict benign --reason \"approved\"")).error);
}

/// A cmdlet a command's help names is one the dialect runs, or one it
/// answers as not modelled: help never teaches a line that says "not
/// recognized".
#[test]
fn every_cmdlet_a_command_names_is_known_to_the_dialect() {
    use tenantdrill::command::{COMMANDS, InPowerShell};
    use tenantdrill::powershell::cmdlets::{NOT_MODELLED, find};
    for spec in COMMANDS {
        let InPowerShell::Lines(lines) = spec.equivalents.powershell else { continue };
        for line in lines {
            for stage in line.split(" | ") {
                let cmdlet = stage.split_whitespace().next().unwrap_or_default();
                let known = find(cmdlet).is_some() || NOT_MODELLED.iter().any(|name| name.eq_ignore_ascii_case(cmdlet));
                assert!(known, "{}: `{cmdlet}` in `{line}`", spec.name);
            }
        }
    }
}
