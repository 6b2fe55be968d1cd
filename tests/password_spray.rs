//! Password spray (Microsoft's "Password spray investigation" playbook) on
//! the bundled `password-spray-legacy` scenario: a spray over IMAP with
//! basic authentication gets past an MFA policy for modern clients, the
//! sign-in log tells a compromise (success) from an interrupted sign-in
//! (a right password stopped by per-user MFA, AADSTS50076), and the
//! Conditional Access blocks the trainee adds stop new sign-ins with
//! AADSTS53003. The procedure grades the playbook's priority order.

use tenantdrill::drill::{Drill, Mode};
use tenantdrill::scenario::library;
use tenantdrill::scoring::{Report, ViolationKind};
use tenantdrill::tenant::logs::{ClientApp, SignInStatus};
use tenantdrill::tenant::mailbox::Protocol;

const COMPROMISED: &str = "lidia@litware.com";
const INTERRUPTED: &str = "marek@litware.com";

fn drill(seed: u64) -> Drill {
    crate::support::bundled_drill("password-spray-legacy", seed, Mode::Practice)
}

fn run(drill: &mut Drill, lines: &[&str]) -> Report {
    for line in lines {
        let reply = drill.execute(line);
        assert!(!reply.error, "`{line}` was refused: {}", reply.output);
    }
    drill.report()
}

fn statuses(drill: &Drill, upn: &str, client: ClientApp) -> Vec<SignInStatus> {
    drill
        .simulation()
        .tenant()
        .sign_in_log
        .iter()
        .filter(|entry| entry.upn == upn && entry.client == client)
        .map(|entry| entry.status)
        .collect()
}

#[test]
fn the_log_shows_a_success_over_imap_despite_mfa_and_an_interrupted_sign_in_with_its_code() {
    for seed in [23, 1, 2] {
        let drill = drill(seed);
        let imap = ClientApp::Legacy(Protocol::Imap);
        assert!(statuses(&drill, COMPROMISED, imap).contains(&SignInStatus::Success), "seed {seed}: no IMAP success for the victim");
        let interrupted = statuses(&drill, INTERRUPTED, imap);
        assert!(interrupted.contains(&SignInStatus::MfaRequired), "seed {seed}: {interrupted:?}");
        assert!(!interrupted.contains(&SignInStatus::Success), "seed {seed}: per-user MFA stops basic authentication");
        assert_eq!(SignInStatus::MfaRequired.code(), 50_076);
        // The bystanders only failed or locked.
        let nina = statuses(&drill, "nina@litware.com", imap);
        assert!(nina.iter().all(|status| matches!(status, SignInStatus::WrongPassword | SignInStatus::Locked)), "seed {seed}: {nina:?}");
        let tenant = drill.simulation().tenant();
        let marek = tenant.find_user(INTERRUPTED).expect("marek");
        assert!(tenant.user(marek).password.known.attacker, "seed {seed}: an interrupted sign-in gives the password away");
    }
}

#[test]
fn blocking_legacy_authentication_turns_the_attackers_next_imap_sign_in_into_53003() {
    let mut drill = drill(23);
    let before = drill.simulation().now();
    run(&mut drill, &["ca add-policy \"Block legacy authentication\" --block-legacy-auth", "wait 30m"]);
    let blocked = drill.simulation().tenant().sign_in_log.iter().any(|entry| {
        entry.upn == COMPROMISED
            && entry.at > before
            && entry.client == ClientApp::Legacy(Protocol::Imap)
            && entry.status == SignInStatus::BlockedByConditionalAccess
    });
    assert!(blocked, "no AADSTS53003 over IMAP after the policy");
    assert_eq!(SignInStatus::BlockedByConditionalAccess.code(), 53_003);
    let id = drill.simulation().tenant().find_user(COMPROMISED).expect("lidia");
    assert!(drill.simulation().attacker_footholds(id).is_empty(), "the policy leaves the attacker no way in");
    // The owner's browser sign-ins are not legacy: she still works.
    let output = drill.execute("logs sign-ins lidia").output;
    assert!(output.contains("Failure 53003") && output.contains("IMAP4"), "{output}");
}

#[test]
fn a_named_location_block_stops_every_address_of_the_spray_and_not_the_office() {
    let mut drill = drill(23);
    let ranges: Vec<String> = drill.simulation().attacker_origins().iter().map(|origin| format!("{}/32", origin.ip)).collect();
    let line = format!("ca add-location \"Spray sources\" {}", ranges.join(" "));
    run(&mut drill, &[&line, "ca add-policy \"Block spray sources\" --block-locations \"Spray sources\"", "wait 30m"]);
    let access = &drill.simulation().tenant().access;
    assert!(drill.simulation().attacker_origins().iter().all(|origin| access.blocks_address(&origin.ip)));
    let id = drill.simulation().tenant().find_user(COMPROMISED).expect("lidia");
    assert!(drill.simulation().attacker_footholds(id).is_empty(), "every address the attacker uses is blocked");
    let report = drill.report();
    let step = report.steps.iter().find(|step| step.id == "block-attacker-addresses").expect("the step");
    assert!(step.points == step.possible, "{step:?}");
}

#[test]
fn securing_the_interrupted_account_before_the_compromised_one_breaks_the_playbooks_priority_order() {
    let mut drill = drill(23);
    let report = run(&mut drill, &["user reset-password marek", "user reset-password lidia"]);
    let order: Vec<_> = report.violations.iter().filter(|violation| violation.kind == ViolationKind::Order).collect();
    assert!(!order.is_empty(), "no order violation: {:#?}", report.violations);
    let mut drill = self::drill(23);
    let report = run(&mut drill, &["user reset-password lidia", "user reset-password marek"]);
    assert!(report.violations.iter().all(|violation| violation.kind != ViolationKind::Order), "{:#?}", report.violations);
}

#[test]
fn bad_ranges_unknown_locations_and_duplicates_are_clear_errors_that_change_nothing() {
    let mut drill = drill(23);
    for (line, expected) in [
        ("ca add-location Bad 102.89.1.0/16", "102.89.1.0/16 is not an IPv4 range"),
        ("ca add-location Bad 300.1.1.1", "300.1.1.1 is not an IPv4 range"),
        ("ca add-policy Nothing --block-locations Nowhere", "no named location called Nowhere"),
    ] {
        let reply = drill.execute(line);
        assert!(reply.error && reply.output.contains(expected), "`{line}`: {}", reply.output);
    }
    assert!(drill.simulation().tenant().access.named_locations.is_empty());
    run(&mut drill, &["ca add-location Office 20.0.0.0/8"]);
    let reply = drill.execute("ca add-location office 21.0.0.0/8");
    assert!(reply.error && reply.output.contains("already exists"), "{}", reply.output);
    let reply = drill.execute("user confirm-compromised lidia");
    assert!(!reply.error, "{}", reply.output);
    let reply = drill.execute("user confirm-compromised lidia");
    assert!(reply.output.contains("already confirmed"), "{}", reply.output);
    let output = drill.execute("risky-users").output;
    assert!(output.contains("lidia@litware.com: confirmed compromised, risk level high"), "{output}");
}

#[test]
fn a_security_reader_reads_conditional_access_but_cannot_change_it() {
    let mut drill = drill(23);
    run(&mut drill, &["user add-role marek security-reader"]);
    let reply = drill.execute("ask marek ca policies");
    assert!(!reply.error, "{}", reply.output);
    let reply = drill.execute("ask marek ca add-policy X --block-legacy-auth");
    assert!(reply.output.contains("Conditional Access Administrator"), "{}", reply.output);
}

#[test]
fn a_scenario_with_a_bad_range_an_unknown_location_or_a_name_twice_is_refused_with_each_problem() {
    let bundled = library::scenario("password-spray-legacy").expect("the bundled scenario");
    let text = bundled
        .text
        .replace(
            "basic_authentication: true,",
            "basic_authentication: true, named_locations: [(name: \"Spray\", ranges: [\"1.2.3.4/40\", \"10.1.0.0/16\"])],",
        )
        .replace(
            "(name: \"Require MFA for all users\", control: RequireMfaModernClients),",
            "(name: \"Require MFA for all users\", control: RequireMfaModernClients), (name: \"Block\", control: BlockLocations([\"Nowhere\"])), (name: \"spray\", control: BlockLegacyAuthentication),",
        );
    let Err(error) = tenantdrill::scenario::load_text("bad.ron", text.as_bytes(), crate::support::procedures()) else {
        panic!("a bad scenario loads")
    };
    let rendered = error.render(tenantdrill::i18n::Lang::En, false);
    for expected in ["1.2.3.4/40 is not an IPv4 range in CIDR notation", "no named location called Nowhere", "the name spray is used twice"]
    {
        assert!(rendered.contains(expected), "{expected}:\n{rendered}");
    }
    assert!(!rendered.contains("10.1.0.0/16 is not"), "{rendered}");
}

/// The generator's foothold kind "password over a legacy protocol": the
/// attacker's history runs over IMAP with basic authentication past an MFA
/// policy for modern clients; the documented procedure contains it, and
/// leaving out the reset leaves the attacker the password (per-user MFA,
/// which the procedure also requires, is what stops basic authentication).
#[test]
fn a_generated_legacy_password_foothold_signs_in_over_imap_and_the_documented_procedure_contains_it() {
    use crate::incidents::{Case, Forwarding, RuleKind, Step, play};
    let case = Case {
        seed: 5,
        background: 0,
        knows_password: true,
        session: false,
        stolen_session: false,
        legacy_password: true,
        app_password: false,
        attacker_method: false,
        delegate: false,
        legitimate_delegate: false,
        admin_role: false,
        forwarding: Forwarding::Malicious,
        rules: vec![RuleKind::Malicious { hidden: true, style: 3 }],
        spam: None,
        first_turn_min: -30,
        turn_interval_min: 15,
        second_victim: false,
        malicious_grant: false,
    };
    let played = play(&case, &[], None);
    let simulation = played.simulation();
    let imap = simulation.tenant().sign_in_log.iter().any(|entry| {
        entry.upn == crate::incidents::VICTIM && entry.client == ClientApp::Legacy(Protocol::Imap) && entry.status == SignInStatus::Success
    });
    assert!(imap, "the attacker's history went over IMAP");
    let id = simulation.tenant().find_user(crate::incidents::VICTIM).expect("the victim");
    assert!(simulation.attacker_footholds(id).is_empty(), "the documented procedure contains it");
    assert!(played.report().passed, "{}", played.report().score);
    let left = play(&case, &[Step::ResetPassword], None);
    let id = left.simulation().tenant().find_user(crate::incidents::VICTIM).expect("the victim");
    assert!(left.simulation().tenant().user(id).password.known.attacker, "without the reset the attacker keeps the password");
    let report = left.report();
    let reset = report.steps.iter().find(|step| step.id == "reset-password").expect("the step");
    assert_eq!(reset.points, 0, "{reset:?}");
    let left = play(&case, &[Step::ResetPassword, Step::RequireMfa], None);
    let id = left.simulation().tenant().find_user(crate::incidents::VICTIM).expect("the victim");
    assert!(!left.simulation().attacker_footholds(id).is_empty(), "without the reset and MFA the password still works over IMAP");
}

#[test]
fn the_conditional_access_and_risky_user_views_and_replies_read_in_each_language() {
    use tenantdrill::i18n::Lang;
    let expected = [
        (Lang::En, "Named locations:", "Conditional Access policies:", "Risky users:", "already confirmed", "not an IPv4 range"),
        (
            Lang::Nb,
            "Navngitte plasseringer:",
            "Policyer for betinget tilgang:",
            "Risikable brukere:",
            "allerede bekreftet",
            "ikke et IPv4-område",
        ),
        (
            Lang::Nl,
            "Benoemde locaties:",
            "Beleid voor voorwaardelijke toegang:",
            "Riskante gebruikers:",
            "al bevestigd",
            "geen IPv4-bereik",
        ),
        (Lang::Sl, "Poimenovane lokacije:", "Pravilniki za pogojni dostop:", "Tvegani uporabniki:", "že potrjeno", "ni obseg IPv4"),
    ];
    for (lang, locations, policies, risky, again, bad) in expected {
        let mut drill = drill(23).with_lang(lang);
        let refused = drill.execute("ca add-location X 1.2.3.4/40");
        assert!(refused.error && refused.output.contains(bad) && refused.output.contains("1.2.3.4/40"), "{lang:?}: {}", refused.output);
        run(&mut drill, &["ca add-location Spray 102.89.0.0/16", "user confirm-compromised lidia"]);
        let listed = drill.execute("ca locations").output;
        assert!(listed.contains(locations) && listed.contains("102.89.0.0/16"), "{lang:?}:\n{listed}");
        let listed = drill.execute("ca policies").output;
        assert!(listed.contains(policies) && listed.contains("Require MFA for all users"), "{lang:?}:\n{listed}");
        let listed = drill.execute("risky-users").output;
        assert!(listed.contains(risky) && listed.contains(COMPROMISED), "{lang:?}:\n{listed}");
        let twice = drill.execute("user confirm-compromised lidia").output;
        assert!(twice.contains(again), "{lang:?}: {twice}");
        // Entra's client app names and codes stay as the product shows them.
        let log = drill.execute("logs sign-ins marek").output;
        assert!(log.contains("IMAP4") && log.contains("50076"), "{lang:?}:\n{log}");
    }
}

#[test]
fn resetting_an_account_that_only_failed_or_locked_is_harm() {
    let mut drill = drill(23);
    let report = run(&mut drill, &["user reset-password nina"]);
    let harm: Vec<_> = report.violations.iter().filter(|violation| violation.kind == ViolationKind::Harm).collect();
    assert!(harm.iter().any(|violation| violation.message.contains("never compromised")), "{:#?}", report.violations);
    // The interrupted account is no bystander: its password is known.
    let mut drill = self::drill(23);
    let report = run(&mut drill, &["user reset-password lidia", "user reset-password marek"]);
    assert!(report.violations.iter().all(|violation| violation.kind != ViolationKind::Harm), "{:#?}", report.violations);
}

#[test]
fn doing_nothing_fails_and_the_reference_solution_earns_full_marks() {
    for seed in [23, 4, 99] {
        let drill = drill(seed);
        assert!(!drill.report().passed, "seed {seed}: doing nothing passes");
        let mut drill = self::drill(seed);
        let solution = drill.scenario().solution.clone();
        for line in &solution {
            drill.execute(line);
        }
        let report = drill.report();
        assert_eq!(report.score, 100, "seed {seed}: {}", report.shortfall());
    }
}

/// The scarier finding is the lesser one: a Global Administrator's
/// password stopped by MFA comes after the account the attacker is in.
#[test]
fn the_administrators_interrupted_sign_in_comes_after_the_compromised_account() {
    let mut drill = crate::support::bundled_drill("password-spray-admin", 31, Mode::Practice);
    let interrupted = statuses(&drill, "isaiah@litware.com", ClientApp::Browser);
    assert!(interrupted.contains(&SignInStatus::MfaRequired) && !interrupted.contains(&SignInStatus::Success), "{interrupted:?}");
    let report = run(&mut drill, &["user reset-password isaiah", "user reset-password joni"]);
    let late = report.violations.iter().find(|violation| violation.kind == ViolationKind::Order).expect("an order violation");
    assert_eq!(late.command.as_deref(), Some("user reset-password isaiah"), "{late:?}");
}

/// The named invariant catches what the engine must never do: a new
/// sign-in that succeeds from an address an enabled policy blocks.
#[test]
fn the_invariant_monitor_flags_a_sign_in_past_a_blocking_policy() {
    use tenantdrill::action::Actor;
    use tenantdrill::engine::event::{Event, EventKind};
    use tenantdrill::engine::invariants::InvariantMonitor;
    use tenantdrill::tenant::access::{Ipv4Range, PolicyControl};
    use tenantdrill::tenant::logs::Location;
    use tenantdrill::tenant::user::Party;
    let drill = drill(23);
    let simulation = drill.simulation();
    let mut monitor = InvariantMonitor::new(simulation);
    let at = simulation.now();
    let event = |kind| Event { at, actor: Actor::Service, kind };
    let sign_in = |ip: &str, client| {
        event(EventKind::SignInAttempt {
            user: COMPROMISED.to_string(),
            party: Party::Attacker,
            location: Location::Unfamiliar,
            status: SignInStatus::Success,
            ip: ip.to_string(),
            client,
        })
    };
    let events = [
        event(EventKind::NamedLocationCreated { name: "Spray".into(), ranges: vec![Ipv4Range::parse("102.89.0.0/16").expect("a range")] }),
        event(EventKind::ConditionalAccessPolicyCreated {
            name: "Block".into(),
            control: PolicyControl::BlockLocations(vec!["Spray".into()]),
        }),
        sign_in("198.51.100.7", ClientApp::Browser),
    ];
    assert!(monitor.observe(simulation, &events).is_empty(), "an address outside the location is fine");
    let found = monitor.observe(simulation, &[sign_in("102.89.4.4", ClientApp::Legacy(Protocol::Imap))]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].invariant.contains("Conditional Access"), "{found:?}");
}

/// Investigation is never a violation: a Helpdesk Administrator refused ID
/// Protection's and Conditional Access's lists loses no points.
#[test]
fn a_refused_look_at_risky_users_or_conditional_access_costs_nothing() {
    let mut drill = crate::support::bundled_drill("helpdesk-escalation", 3, Mode::Practice);
    for line in ["risky-users", "ca locations", "ca policies"] {
        let reply = drill.execute(line);
        assert!(reply.error, "`{line}` is refused to this trainee: {}", reply.output);
    }
    let report = drill.report();
    let denied: Vec<_> = report.violations.iter().filter(|violation| violation.kind == ViolationKind::Denied).collect();
    assert!(denied.is_empty(), "{denied:#?}");
}
