//! Token theft (Microsoft's token theft playbook) on the bundled
//! `token-theft` scenario: an attacker holding only a replayed session and
//! the authenticator app and device it registered with it. A reset and a
//! revocation end today's tokens, but the attacker's own credentials sign
//! in again; only deleting them contains it, and taking the owner's own
//! device or method is harm.

use tenantdrill::action::{Action, Actor};
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::engine::outcome::{Outcome, Refusal};
use tenantdrill::engine::queries::Foothold;
use tenantdrill::scoring::{Report, ViolationKind};
use tenantdrill::tenant::logs::{Activity, AuditDetail, ClientApp, Location, SignInStatus};
use tenantdrill::tenant::permission::Permission;
use tenantdrill::tenant::user::{MethodKind, Party, UserId};

fn drill(seed: u64) -> Drill {
    crate::support::bundled_drill("token-theft", seed, Mode::Practice)
}

/// The victim (the scenario's subject) and her account's alias.
fn victim(drill: &Drill) -> (UserId, String) {
    crate::support::subject(drill)
}

fn device_of(drill: &Drill, id: UserId, party: Party) -> String {
    let user = drill.simulation().tenant().user(id);
    user.devices.iter().find(|device| device.registered_by == party).map(|device| device.name.clone()).expect("a device")
}

fn run(drill: &mut Drill, lines: &[String]) -> Report {
    for line in lines {
        let reply = drill.execute(line);
        assert!(!reply.error, "`{line}` was refused: {}", reply.output);
    }
    drill.report()
}

#[test]
fn a_reset_and_a_revocation_leave_the_attacker_signing_in_with_its_own_device() {
    for seed in [23, 1, 2] {
        let mut drill = drill(seed);
        let (id, name) = victim(&drill);
        let device = device_of(&drill, id, Party::Attacker);
        let revoked_at = {
            run(&mut drill, &[format!("user reset-password {name}"), format!("user revoke-sessions {name}")]);
            drill.simulation().now()
        };
        let report = run(&mut drill, &["wait 1h".to_string()]);
        let simulation = drill.simulation();
        let upn = simulation.tenant().user(id).upn.clone();
        let again = simulation.tenant().sign_in_log.iter().any(|entry| {
            entry.upn == upn
                && entry.at > revoked_at
                && entry.location == Location::Unfamiliar
                && entry.status == SignInStatus::Success
                && matches!(entry.client, ClientApp::NonInteractive | ClientApp::NonInteractiveDevice)
        });
        assert!(again, "seed {seed}: no non-interactive sign-in from abroad after the revocation");
        let footholds = simulation.attacker_footholds(id);
        assert!(footholds.contains(&Foothold::Device { device: device.clone() }), "seed {seed}: {footholds:?}");
        assert!(footholds.contains(&Foothold::PasswordlessMethod { method: MethodKind::AuthenticatorApp }), "seed {seed}: {footholds:?}");
        assert!(footholds.contains(&Foothold::Session), "seed {seed}: the device's sign-in gave it a new session: {footholds:?}");
        assert!(!simulation.tenant().user(id).password.known.attacker, "seed {seed}: the attacker never had the password");
        assert!(!report.passed, "seed {seed}: reset and revoke alone pass with {}", report.score);
    }
}

#[test]
fn deleting_the_attackers_method_and_device_contains_it_and_the_block_keeps_them_out_meanwhile() {
    let mut drill = drill(23);
    let (id, name) = victim(&drill);
    let device = device_of(&drill, id, Party::Attacker);
    run(
        &mut drill,
        &[
            format!("user block-sign-in {name}"),
            format!("user reset-password {name}"),
            format!("user revoke-sessions {name}"),
            format!("user remove-method {name} authenticator-app"),
            format!("user disable-device {name} {device}"),
            "wait 20m".to_string(),
            format!("user allow-sign-in {name}"),
            "wait 1h".to_string(),
        ],
    );
    let simulation = drill.simulation();
    let footholds = simulation.attacker_footholds(id);
    assert!(footholds.is_empty(), "{footholds:?}");
    // A disabled device is kept, but it signs in no more.
    let user = simulation.tenant().user(id);
    assert!(user.devices.iter().any(|kept| kept.name == device && !kept.enabled));
    let upn = user.upn.clone();
    let device_sign_ins =
        simulation.tenant().sign_in_log.iter().filter(|entry| entry.upn == upn && entry.client == ClientApp::NonInteractiveDevice).count();
    assert_eq!(device_sign_ins, 0, "the device signed in although it was disabled before any attacker turn");
}

#[test]
fn taking_the_owners_own_laptop_or_phone_is_harm() {
    let mut drill = drill(23);
    let (id, name) = victim(&drill);
    let laptop = device_of(&drill, id, Party::Owner);
    let mut lines = drill.scenario().solution.clone();
    lines.push(format!("user delete-device {name} {laptop}"));
    lines.push(format!("user remove-method {name} mobile-phone"));
    let report = run(&mut drill, &lines);
    let harm: Vec<&String> =
        report.violations.iter().filter(|violation| violation.kind == ViolationKind::Harm).map(|violation| &violation.message).collect();
    assert_eq!(harm.len(), 2, "{harm:#?}");
    assert!(harm.iter().any(|message| message.contains(&laptop)), "{harm:#?}");
    assert!(report.score < 100);
}

#[test]
fn only_a_device_administrator_deletes_a_device_and_a_deleted_device_is_gone() {
    let mut drill = drill(23);
    let (id, name) = victim(&drill);
    let device = device_of(&drill, id, Party::Attacker);
    let upn = drill.simulation().tenant().user(id).upn.clone();
    // Alex holds no admin role: the engine refuses, naming the permission
    // (Cloud Device, Intune or Global Administrator would do).
    let mut simulation = drill.simulation().clone();
    let refused =
        simulation.step(&Actor::Admin("alex@contoso.com".into()), &Action::DeleteDevice { user: upn.clone(), device: device.clone() });
    assert!(
        matches!(&refused.outcome, Outcome::Denied(Refusal::Permission(denial)) if denial.permission == Permission::ManageDevices),
        "{:?}",
        refused.outcome
    );
    assert!(simulation.tenant().user(id).devices.iter().any(|kept| kept.name == device));
    // The trainee, a Global Administrator, through the command language.
    let listed = drill.execute(&format!("user devices {name}"));
    assert!(!listed.error && listed.output.contains(&device), "{}", listed.output);
    let deleted = drill.execute(&format!("user delete-device {name} {device}"));
    assert!(!deleted.error, "{}", deleted.output);
    let again = drill.execute(&format!("user delete-device {name} {}", device.to_ascii_lowercase()));
    assert!(again.error && again.output.contains(&device.to_ascii_lowercase()), "{}", again.output);
    let audit = drill
        .simulation()
        .tenant()
        .audit_log
        .iter()
        .any(|entry| entry.activity == Activity::DeleteDevice && entry.details == AuditDetail::Recorded(device.clone()));
    assert!(audit, "the deletion is not in the audit log");
}

#[test]
fn device_roles_delete_devices_and_authentication_roles_do_not() {
    use tenantdrill::tenant::permission::{RoleSet, check};
    use tenantdrill::tenant::role::Role;
    let target = RoleSet::default();
    for role in [Role::CloudDeviceAdministrator, Role::IntuneAdministrator, Role::GlobalAdministrator] {
        assert!(check([role].into_iter().collect(), Permission::ManageDevices, target).is_ok(), "{role:?}");
    }
    for role in [
        Role::AuthenticationAdministrator,
        Role::PrivilegedAuthenticationAdministrator,
        Role::HelpdeskAdministrator,
        Role::UserAdministrator,
    ] {
        let denial = check([role].into_iter().collect(), Permission::ManageDevices, target).expect_err("no device role");
        assert_eq!(denial.needed, vec![Role::CloudDeviceAdministrator, Role::IntuneAdministrator, Role::GlobalAdministrator]);
    }
    // Deleting a method stays with the authentication roles (§4 table).
    assert!(check([Role::AuthenticationAdministrator].into_iter().collect(), Permission::ManageAuthenticationMethods, target).is_ok());
    assert!(check([Role::CloudDeviceAdministrator].into_iter().collect(), Permission::ManageAuthenticationMethods, target).is_err());
}

#[test]
fn the_devices_view_and_its_replies_read_in_each_language() {
    use tenantdrill::i18n::Lang;
    let expected = [
        (Lang::En, "Devices registered to", "Enabled", "already disabled"),
        (Lang::Nb, "Enheter registrert på", "Aktivert", "allerede deaktivert"),
        (Lang::Nl, "Apparaten die zijn geregistreerd voor", "Ingeschakeld", "al uitgeschakeld"),
        (Lang::Sl, "Naprave, registrirane za", "Omogočeno", "že onemogočena"),
    ];
    for (lang, heading, column, again) in expected {
        let mut drill = drill(23).with_lang(lang);
        let (id, name) = victim(&drill);
        let device = device_of(&drill, id, Party::Attacker);
        let listed = drill.execute(&format!("user devices {name}"));
        assert!(listed.output.contains(heading) && listed.output.contains(column), "{lang:?}:\n{}", listed.output);
        let methods = drill.execute(&format!("user methods {name}"));
        assert!(methods.output.contains("authenticator-app"), "{lang:?}:\n{}", methods.output);
        drill.execute(&format!("user disable-device {name} {device}"));
        let twice = drill.execute(&format!("user disable-device {name} {device}"));
        assert!(twice.output.contains(again) && twice.output.contains(&device), "{lang:?}: {}", twice.output);
        let missing = drill.execute(&format!("user delete-device {name} NO-SUCH-PC"));
        assert!(missing.error && missing.output.contains("NO-SUCH-PC"), "{lang:?}: {}", missing.output);
    }
}
