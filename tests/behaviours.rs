//! Behaviours of the real service that the drill must follow: an admin
//! cannot reset their own password through the admin reset, what another
//! admin tells you is what you know, support releases past the release
//! limit, and values out of range are refused rather than clamped.

use tenantdrill::action::{Action, OutboundChange};
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::scenario::library;
use tenantdrill::scenario::load::{Loaded, load_text};
use tenantdrill::{Actor, Outcome};

fn loaded_from(id: &str, change: impl FnOnce(String) -> String) -> Result<Loaded, String> {
    let bundled = library::scenario(id).expect("a bundled id");
    let text = change(bundled.text.to_string());
    load_text(bundled.path, text.as_bytes(), crate::support::procedures()).map_err(|error| error.render(tenantdrill::i18n::Lang::En, false))
}

fn drill_from(loaded: &Loaded) -> Drill {
    Drill::new(loaded, crate::support::procedures(), loaded.scenario.seed, Mode::Practice)
        .unwrap_or_else(|error| panic!("{}", error.render(tenantdrill::i18n::Lang::En, false)))
}

fn drill(id: &str) -> Drill {
    drill_from(&loaded_from(id, |text| text).expect("loads"))
}

#[test]
fn an_admin_cannot_reset_their_own_password_through_the_admin_reset() {
    let mut drill = drill("compromised-mailbox");
    let trainee = drill.scenario().trainee.upn.clone();
    let version = {
        let tenant = drill.simulation().tenant();
        tenant.user(tenant.find_user(&trainee).unwrap()).password.version
    };
    let reply = drill.execute(&format!("user reset-password {trainee}"));
    assert!(reply.error, "{}", reply.output);
    assert!(reply.output.contains("can't be performed on a user's own account"), "{}", reply.output);
    let tenant = drill.simulation().tenant();
    assert_eq!(tenant.user(tenant.find_user(&trainee).unwrap()).password.version, version, "the password changed");
    // Still signed in: the next look works.
    assert!(!drill.execute("users").error);
}

#[test]
fn asking_another_admin_to_reset_your_password_tells_you_the_new_one() {
    let mut drill = drill("compromised-mailbox");
    let trainee = drill.scenario().trainee.upn.clone();
    let reply = drill.execute(&format!("ask nestor user reset-password {trainee}"));
    assert!(!reply.error, "{}", reply.output);
    assert!(reply.output.contains("New password:"), "{}", reply.output);
    // What the output showed, the trainee knows: they sign in again with it.
    let tenant = drill.simulation().tenant();
    assert!(tenant.user(tenant.find_user(&trainee).unwrap()).password.known.owner, "the trainee was told but does not know it");
    let reply = drill.execute("users");
    assert!(!reply.error, "{}", reply.output);
}

#[test]
fn asking_another_admin_to_reset_a_user_shows_no_password_you_do_not_know() {
    let mut drill = drill("compromised-mailbox");
    let subject = drill.scenario().truth.subjects[0].clone();
    let reply = drill.execute(&format!("ask nestor user reset-password {subject}"));
    assert!(!reply.error, "{}", reply.output);
    let password = {
        let tenant = drill.simulation().tenant();
        tenant.user(tenant.find_user(&subject).unwrap()).password.text.clone()
    };
    assert!(!reply.output.contains(&password), "the trainee was shown a password they do not know: {}", reply.output);
    // Consistent with that: the trainee cannot pass it on, the admin who has it can.
    assert!(drill.execute(&format!("notify {subject} --via phone --password")).error);
    let reply = drill.execute(&format!("ask nestor notify {subject} --via phone --password"));
    assert!(!reply.error, "{}", reply.output);
}

#[test]
fn support_call_releases_a_restricted_sender_past_the_release_cap() {
    // No admin release left for anyone: only support can release.
    let loaded = loaded_from("restricted-sender", |text| {
        text.replace("outbound: Some((action: BlockUser))", "outbound: Some((action: BlockUser, release_cap: 0))")
    })
    .expect("loads");
    let mut drill = drill_from(&loaded);
    let subject = drill.scenario().truth.subjects[0].clone();
    let reply = drill.execute(&format!("restricted release {subject}"));
    assert!(reply.error, "an admin released past the cap: {}", reply.output);
    let reply = drill.execute(&format!("support call --release {subject}"));
    assert!(!reply.error, "{}", reply.output);
    let tenant = drill.simulation().tenant();
    let id = tenant.find_user(&subject).unwrap();
    assert!(
        matches!(
            drill.simulation().send_status(id),
            tenantdrill::engine::queries::SendStatus::AfterRelease(_) | tenantdrill::engine::queries::SendStatus::Yes
        ),
        "{:?}",
        drill.simulation().send_status(id)
    );
    let report = drill.report();
    let release = report.steps.iter().find(|step| step.procedure == "unlock-account" && step.id == "release-restricted").unwrap();
    assert!(release.at.is_some(), "support's release does not count for the step: {release:#?}");
}

#[test]
fn outbound_limits_out_of_range_are_refused_not_clamped() {
    let mut drill = drill("restricted-sender");
    let reply = drill.execute("policy outbound --recipients-per-day 10001");
    assert!(reply.error, "{}", reply.output);
    assert!(reply.output.contains("0 to 10000"), "{}", reply.output);
    assert!(!drill.execute("policy outbound --recipients-per-day 10000").error);
    // The engine refuses too, for actions that do not come through the parser.
    let mut simulation = tenantdrill::demo::contoso(3);
    let before = simulation.tenant().outbound_policy.clone();
    let change = OutboundChange { external_recipients_per_hour: Some(10_001), ..OutboundChange::default() };
    let result = simulation.step(&Actor::Admin(tenantdrill::demo::TRAINEE.to_string()), &Action::SetOutboundPolicy(change));
    assert!(matches!(result.outcome, Outcome::Invalid { .. }), "{:?}", result.outcome);
    assert_eq!(simulation.tenant().outbound_policy, before);
}

#[test]
fn a_scenario_with_more_than_1000_custom_banned_terms_is_invalid() {
    let terms = |count: usize| (0..count).map(|index| format!("\"term{index}\"")).collect::<Vec<_>>().join(", ");
    let with = |count: usize| {
        loaded_from("restricted-sender", |text| {
            text.replace(
                "outbound: Some((action: BlockUser)),",
                &format!("outbound: Some((action: BlockUser)),\n password: Some((custom_banned_terms: [{}])),", terms(count)),
            )
        })
    };
    assert!(with(1000).is_ok(), "{:?}", with(1000).err());
    let error = with(1001).expect_err("1001 terms load");
    assert!(error.contains("at most 1000"), "{error}");
}

#[test]
fn a_scenario_outbound_limit_over_10000_is_invalid() {
    let loaded = loaded_from("restricted-sender", |text| {
        text.replace("outbound: Some((action: BlockUser))", "outbound: Some((action: BlockUser, recipients_per_day: 10001))")
    });
    let error = loaded.expect_err("loads with 10001");
    assert!(error.contains("0 to 10000"), "{error}");
}
