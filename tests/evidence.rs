//! The evidence a real admin uses: the audit log records what the attacker
//! registered and changed, and what admins changed, with actor, time, IP
//! address and place; the sign-in log shows the IP address, client app,
//! place and status, newest first; the attacker's addresses vary by seed.

use std::collections::BTreeSet;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::scenario::library;
use tenantdrill::scenario::load::load_text;

fn drill(id: &str, seed: Option<u64>) -> Drill {
    let procedures = crate::support::procedures();
    let bundled = library::scenario(id).expect("a bundled id");
    let loaded = load_text(bundled.path, bundled.text.as_bytes(), procedures)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)));
    let seed = seed.unwrap_or(loaded.scenario.seed);
    Drill::new(&loaded, procedures, seed, Mode::Practice)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)))
}

#[test]
fn the_audit_log_records_what_the_attacker_registered_with_address_and_place() {
    let mut drill = drill("compromised-admin", None);
    let subject = drill.scenario().truth.subjects[0].clone();
    let attacker: Vec<String> = drill.simulation().attacker_origins().iter().map(|origin| origin.ip.clone()).collect();
    let reply = drill.execute(&format!("logs audit {subject}"));
    assert!(!reply.error, "{}", reply.output);
    for activity in ["User registered security info", "Create app password"] {
        let line =
            reply.output.lines().find(|line| line.contains(activity)).unwrap_or_else(|| panic!("no {activity:?}:\n{}", reply.output));
        assert!(attacker.iter().any(|ip| line.contains(ip.as_str())), "{activity} not from an attacker address {attacker:?}: {line}");
    }
    // The phone the attacker registered is named, so it can be told from the owner's.
    let tenant = drill.simulation().tenant();
    let id = tenant.find_user(&subject).unwrap();
    let phone = tenant.user(id).methods.iter().find(|method| method.controlled_by == tenantdrill::tenant::user::Party::Attacker).unwrap();
    assert!(reply.output.contains(&phone.detail), "{}", reply.output);
}

#[test]
fn role_and_sign_in_status_changes_are_audited_with_actor_address_and_place() {
    let mut drill = drill("compromised-mailbox", None);
    let trainee = drill.scenario().trainee.upn.clone();
    drill.execute("user block-sign-in diego");
    drill.execute("user add-role diego global-reader");
    let tenant = drill.simulation().tenant();
    let entries: Vec<_> = tenant.audit_log.iter().filter(|entry| entry.target.starts_with("diego")).collect();
    assert_eq!(entries.len(), 2, "{entries:#?}");
    for entry in entries {
        assert!(entry.actor.eq_ignore_ascii_case(&trainee), "{entry:#?}");
        assert!(!entry.ip.is_empty() && entry.place.is_some(), "{entry:#?}");
    }
}

#[test]
fn self_service_resets_are_audited_with_the_actor() {
    let mut drill = drill("admin-forgot-password", None);
    let lines = drill.scenario().solution.clone();
    for line in &lines {
        drill.execute(line);
    }
    let tenant = drill.simulation().tenant();
    let entry = tenant
        .audit_log
        .iter()
        .find(|entry| entry.activity == tenantdrill::tenant::logs::Activity::ResetPasswordSelfService)
        .expect("an SSPR entry");
    assert!(entry.actor.eq_ignore_ascii_case(&drill.scenario().trainee.upn), "{entry:#?}");
    assert!(!entry.ip.is_empty(), "{entry:#?}");
}

#[test]
fn the_sign_in_log_shows_ip_client_location_and_status_newest_first() {
    let mut drill = drill("password-spray", None);
    let reply = drill.execute("logs sign-ins");
    assert!(!reply.error, "{}", reply.output);
    let mut lines = reply.output.lines();
    let header = lines.next().unwrap();
    for column in ["IP address", "Client app", "Location", "Status"] {
        assert!(header.contains(column), "{header}");
    }
    let times: Vec<&str> = lines.filter_map(|line| line.split_whitespace().next()).filter(|word| word.starts_with("20")).collect();
    assert!(times.len() > 2, "{}", reply.output);
    assert!(times.windows(2).all(|pair| pair[0] >= pair[1]), "not newest first:\n{}", reply.output);
    assert!(reply.output.contains("Failure 50126") || reply.output.contains("Failure 50053"), "{}", reply.output);
}

#[test]
fn the_audit_log_is_newest_first() {
    let mut drill = drill("compromised-mailbox", None);
    let reply = drill.execute("logs audit");
    let times: Vec<&str> =
        reply.output.lines().filter_map(|line| line.split_whitespace().next()).filter(|word| word.starts_with("20")).collect();
    assert!(times.len() > 1, "{}", reply.output);
    assert!(times.windows(2).all(|pair| pair[0] >= pair[1]), "not newest first:\n{}", reply.output);
}

#[test]
fn a_spray_comes_from_several_addresses() {
    let drill = drill("password-spray", None);
    let tenant = drill.simulation().tenant();
    let addresses: BTreeSet<&str> = tenant
        .sign_in_log
        .iter()
        .filter(|entry| entry.location == tenantdrill::tenant::logs::Location::Unfamiliar)
        .map(|entry| entry.ip.as_str())
        .collect();
    assert!(addresses.len() > 1, "{addresses:?}");
}

#[test]
fn attacker_addresses_and_places_vary_by_seed() {
    let origins: BTreeSet<Vec<(String, String)>> = (0..8)
        .map(|seed| {
            let drill = drill("compromised-mailbox", Some(seed));
            drill.simulation().attacker_origins().iter().map(|origin| (origin.ip.clone(), format!("{:?}", origin.place))).collect()
        })
        .collect();
    assert!(origins.len() > 4, "{origins:#?}");
    let places: BTreeSet<String> = origins.iter().flatten().map(|(_, place)| place.clone()).collect();
    assert!(places.len() > 3, "{places:?}");
}
