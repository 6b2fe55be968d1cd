//! The password spray scenarios played as trainees and experts play them:
//! the routes and the mistakes found when the family was first played
//! end to end, each kept as a regression test.

use tenantdrill::drill::Drill;

fn connected(id: &str) -> Drill {
    crate::powershell::connected(id)
}

/// A spray investigation filters the sign-in log by its result code; a
/// `-Filter` the simulation does not model says so instead of quietly
/// showing an empty log (it once read `status/errorCode eq 0` as a user
/// named "0").
#[test]
fn a_sign_in_log_filter_on_an_unmodelled_property_is_refused_not_an_empty_log() {
    let mut drill = connected("password-spray-legacy");
    let reply = drill.execute("Get-MgAuditLogSignIn -Filter \"status/errorCode eq 0\"");
    assert!(reply.error, "{}", reply.output);
    assert!(reply.output.contains("does not model") && reply.output.contains("status/errorCode eq 0"), "{}", reply.output);
    let reply =
        drill.execute("Get-MgAuditLogSignIn -Filter \"userPrincipalName eq 'lidia@litware.com' and createdDateTime ge 2022-09-13\"");
    assert!(reply.error && reply.output.contains("createdDateTime"), "{}", reply.output);
    for line in [
        "Get-MgAuditLogSignIn -Filter \"userPrincipalName eq 'lidia@litware.com'\"",
        "Get-MgAuditLogSignIn -Filter \"ipAddress eq '203.0.113.9'\"",
        "Get-MgAuditLogSignIn -Filter \"UserPrincipalName eq 'lidia@litware.com' and IPAddress eq '203.0.113.9'\"",
    ] {
        let reply = drill.execute(line);
        assert!(!reply.error, "{line}: {}", reply.output);
    }
}

/// `-Top N` returns the first N objects (the newest sign-ins), and `-All`
/// pages through everything whatever `-Top` says.
#[test]
fn graphs_top_returns_that_many_objects() {
    let mut drill = connected("password-spray-legacy");
    let rows = |output: &str| output.lines().filter(|line| line.contains("@litware.com")).count();
    let all = drill.execute("Get-MgAuditLogSignIn");
    assert!(rows(&all.output) > 10, "{}", all.output);
    let top = drill.execute("Get-MgAuditLogSignIn -Top 3");
    assert!(!top.error, "{}", top.output);
    assert_eq!(rows(&top.output), 3, "{}", top.output);
    let first: Vec<&str> = all.output.lines().filter(|line| line.contains("@litware.com")).take(3).collect();
    let kept: Vec<&str> = top.output.lines().filter(|line| line.contains("@litware.com")).collect();
    assert_eq!(first, kept);
    let paged = drill.execute("Get-MgAuditLogSignIn -Top 3 -All");
    assert_eq!(rows(&paged.output), rows(&all.output));
    let bad = drill.execute("Get-MgAuditLogSignIn -Top many");
    assert!(bad.error && bad.output.contains("Cannot bind parameter 'Top'"), "{}", bad.output);
}

fn bundled(id: &str, seed: u64) -> Drill {
    crate::support::bundled_drill(id, seed, tenantdrill::drill::Mode::Practice)
}

fn play(drill: &mut Drill, lines: &[&str]) -> tenantdrill::scoring::Report {
    for line in lines {
        let reply = drill.execute(line);
        assert!(!reply.error, "`{line}` was refused: {}", reply.output);
    }
    drill.report()
}

fn step_done(report: &tenantdrill::scoring::Report, procedure: &str, step: &str) -> bool {
    report
        .steps
        .iter()
        .find(|result| result.procedure == procedure && result.id == step)
        .unwrap_or_else(|| panic!("no step {procedure}/{step}"))
        .at
        .is_some()
}

/// In `password-spray-legacy` the tenant already requires MFA with a
/// Conditional Access policy for modern clients; once legacy
/// authentication is blocked, every sign-in of the victim needs MFA. An
/// expert who relies on that (Microsoft's recommended way, rather than
/// per-user MFA on top) meets the playbook's "enable MFA" and earns full
/// marks; without the legacy block the step is still missed.
#[test]
fn the_tenants_mfa_policy_with_legacy_blocked_counts_as_mfa_required() {
    let ranges = "ca add-location \"Spray sources\" 102.89.0.0/16 86.124.0.0/16 180.252.0.0/16 177.71.0.0/16 113.190.0.0/16 185.220.0.0/16 103.21.0.0/16 95.165.0.0/16 44.201.0.0/16 88.247.0.0/16";
    let without_legacy_block = [
        "logs sign-ins",
        "user reset-password lidia",
        "user revoke-sessions lidia",
        "user confirm-compromised lidia",
        "user reset-password marek",
        ranges,
        "ca add-policy \"Block spray sources\" --block-locations \"Spray sources\"",
        "mailbox rules lidia --hidden",
    ];
    for seed in [23, 5] {
        let mut drill = bundled("password-spray-legacy", seed);
        let rule = crate::powershell::attacker_rule(&drill);
        let remove = format!("mailbox remove-rule lidia \"{rule}\"");
        let report = play(&mut drill, &without_legacy_block);
        assert!(!step_done(&report, "password-spray", "require-mfa"), "seed {seed}: MFA counted while IMAP still bypasses it");
        let report = play(
            &mut drill,
            &[
                remove.as_str(),
                "ca add-policy \"Block legacy authentication\" --block-legacy-auth",
                "notify lidia --via phone --password",
                "notify marek --via phone --password",
                "wait 30m",
            ],
        );
        assert!(step_done(&report, "password-spray", "require-mfa"), "seed {seed}: {}", report.shortfall());
        assert_eq!(report.score, 100, "seed {seed}: {}", report.shortfall());
    }
}

/// Blocking the office's range (where the users and the trainee sign in
/// from) instead of the attacker's is harm, in either command language;
/// blocking the attacker's ranges is not.
#[test]
fn a_location_block_over_the_office_address_is_harm() {
    use tenantdrill::scoring::ViolationKind;
    let harm = |report: &tenantdrill::scoring::Report| {
        report
            .violations
            .iter()
            .filter(|violation| violation.kind == ViolationKind::Harm)
            .map(|violation| violation.message.clone())
            .collect::<Vec<_>>()
    };
    let mut drill = bundled("password-spray-admin", 31);
    let tenant = drill.simulation().tenant();
    let office = drill.simulation().office_address(tenant.find_user("tomas@litware.com").expect("the trainee"));
    let attacker: Vec<String> = drill.simulation().attacker_origins().iter().map(|origin| origin.ip.clone()).collect();
    let spray = format!("ca add-location Spray {}", attacker.join(" "));
    let report = play(&mut drill, &[spray.as_str(), "ca add-policy \"Block spray\" --block-locations Spray"]);
    assert!(harm(&report).is_empty(), "{:#?}", report.violations);
    let first = office.split('.').next().expect("an address");
    let office_range = format!("ca add-location Office {first}.0.0.0/8");
    let report = play(&mut drill, &[office_range.as_str(), "ca add-policy \"Block office\" --block-locations Office"]);
    let found = harm(&report);
    assert!(found.iter().any(|message| message.contains("Block office") && message.contains(&office)), "{found:#?}");
    // The same mistake in PowerShell.
    let mut drill = connected("password-spray-admin");
    let tenant = drill.simulation().tenant();
    let office = drill.simulation().office_address(tenant.find_user("tomas@litware.com").expect("the trainee"));
    let line = format!(
        "New-MgIdentityConditionalAccessNamedLocation -BodyParameter @{{\"@odata.type\"=\"#microsoft.graph.ipNamedLocation\"; DisplayName=\"Office\"; IpRanges=@(@{{\"@odata.type\"=\"#microsoft.graph.iPv4CidrRange\"; CidrAddress=\"{office}/32\"}})}}"
    );
    assert!(!drill.execute(&line).error);
    let listed = drill.execute("Get-MgIdentityConditionalAccessNamedLocation");
    let id = listed
        .output
        .lines()
        .find(|row| row.contains("Office"))
        .and_then(|row| row.split_whitespace().next())
        .expect("the location's id")
        .to_string();
    let policy = format!(
        "New-MgIdentityConditionalAccessPolicy -BodyParameter @{{DisplayName=\"Block office\"; State=\"enabled\"; Conditions=@{{Users=@{{IncludeUsers=@(\"All\")}}; Applications=@{{IncludeApplications=@(\"All\")}}; Locations=@{{IncludeLocations=@(\"{id}\")}}}}; GrantControls=@{{Operator=\"OR\"; BuiltInControls=@(\"block\")}}}}"
    );
    let reply = drill.execute(&policy);
    assert!(!reply.error, "{}", reply.output);
    assert!(harm(&drill.report()).iter().any(|message| message.contains("Block office")), "{:#?}", drill.report().violations);
}

/// Turning the legacy protocols off in the victims' mailboxes protects
/// those mailboxes but not the rest of the tenant the spray goes on
/// against; the playbook's step stays missed, and the report's reason
/// says why, in every language.
#[test]
fn per_mailbox_protocols_off_leave_the_tenant_wide_legacy_block_missed_and_say_why() {
    for lang in tenantdrill::i18n::Lang::ALL {
        let mut drill = bundled("password-spray-legacy", 23).with_lang(lang);
        let report = play(
            &mut drill,
            &[
                "user reset-password lidia",
                "mailbox disable-protocols lidia imap pop activesync ews",
                "mailbox disable-protocols marek imap pop activesync ews",
            ],
        );
        assert!(!step_done(&report, "password-spray", "block-legacy-authentication"));
        let text = report.render_text(false);
        let said = match lang.code() {
            "en" => "protects that mailbox only",
            "nb" => "beskytter bare den postboksen",
            "nl" => "beschermt alleen dat postvak",
            _ => "zaščiti le ta nabiralnik",
        };
        assert!(text.contains(said), "{lang:?}: {text}");
    }
}

/// A reset ends the attacker's password-based sessions (the simulation
/// shows its next refresh rejected). The report once said so for the
/// compromised-account procedure's revocation ("not applicable") and
/// charged 10 points for the password spray playbook's revocation in the
/// same report; both now agree, and a route that resets without a separate
/// revocation earns full marks.
#[test]
fn a_reset_without_a_separate_revocation_is_judged_alike_by_both_procedures() {
    use tenantdrill::scoring::StepStatus;
    let mut drill = bundled("password-spray", 17);
    let rule = crate::powershell::attacker_rule(&drill);
    let remove = format!("mailbox remove-rule grady \"{rule}\"");
    let attacker: Vec<String> = drill.simulation().attacker_origins().iter().map(|origin| origin.ip.clone()).collect();
    let spray = format!("ca add-location Spray {}", attacker.join(" "));
    let report = play(
        &mut drill,
        &[
            "logs sign-ins",
            spray.as_str(),
            "ca add-policy \"Block spray\" --block-locations Spray",
            "ca add-policy \"Block legacy\" --block-legacy-auth",
            "user confirm-compromised grady",
            "user reset-password grady",
            "mailbox rules grady --hidden",
            remove.as_str(),
            "user require-mfa grady",
            "notify grady --via phone --password",
            "wait 1h 30m",
            "mailbox rules grady --hidden",
        ],
    );
    let status = |procedure: &str, step: &str| {
        report.steps.iter().find(|result| result.procedure == procedure && result.id == step).map(|result| result.status)
    };
    assert_eq!(status("compromised-account", "revoke-sessions"), Some(StepStatus::NotApplicable));
    assert_eq!(status("password-spray", "revoke-access"), Some(StepStatus::NotApplicable));
    assert_eq!(report.score, 100, "{}", report.shortfall());
}

/// Conditional Access is evaluated again when a refresh token is redeemed:
/// once every address of the spray is blocked, the attacker's session on
/// the account it got into can no longer be refreshed from them (the log
/// showed "Non-interactive ... Success" from a blocked address before).
#[test]
fn a_location_block_stops_the_attackers_token_refresh_from_a_blocked_address() {
    use tenantdrill::tenant::logs::{ClientApp, SignInStatus};
    let mut drill = bundled("password-spray", 17);
    let attacker: Vec<String> = drill.simulation().attacker_origins().iter().map(|origin| origin.ip.clone()).collect();
    let spray = format!("ca add-location Spray {}", attacker.join(" "));
    play(&mut drill, &[spray.as_str(), "ca add-policy \"Block spray\" --block-locations Spray"]);
    let blocked_at = drill.simulation().now();
    play(&mut drill, &["wait 2h"]);
    let refreshes: Vec<SignInStatus> = drill
        .simulation()
        .tenant()
        .sign_in_log
        .iter()
        .filter(|entry| entry.upn == "grady@litware.com" && entry.client == ClientApp::NonInteractive && entry.at > blocked_at)
        .map(|entry| entry.status)
        .collect();
    assert!(!refreshes.is_empty(), "the attacker went on refreshing its session");
    assert!(refreshes.iter().all(|status| *status == SignInStatus::BlockedByConditionalAccess), "{refreshes:?}");
}

/// `ca add-policy NAME --block-locations` completes the named locations
/// that exist (the trainee's own, just created), comma-separated, without
/// offering one already in the list.
#[test]
fn block_locations_completes_the_named_locations() {
    use tenantdrill::command::complete;
    let mut drill = bundled("password-spray-admin", 31);
    play(&mut drill, &["ca add-location \"Spray sources\" 185.220.0.0/16", "ca add-location Other 113.190.0.0/16"]);
    let tenant = drill.simulation().tenant();
    let at_end = |line: &str| complete(line, line.len(), tenant).1;
    assert_eq!(at_end("ca add-policy B --block-locations Sp"), vec!["\"Spray sources\"".to_string()]);
    assert_eq!(at_end("ca add-policy B --block-locations \"Spray sources,"), vec!["\"Spray sources,Other\"".to_string()]);
}

/// A policy applies to new sign-ins and token refreshes, not to an access
/// token already issued: the attacker goes on reading with the one it holds
/// until that token expires, and not after.
#[test]
fn a_location_block_leaves_an_issued_access_token_working_until_it_expires() {
    use tenantdrill::clock::SimTime;
    use tenantdrill::engine::event::EventKind;
    use tenantdrill::tenant::user::Party;
    let attacker_token = |drill: &Drill| -> Option<SimTime> {
        let tenant = drill.simulation().tenant();
        let grady = tenant.user(tenant.find_user("megan@contoso.com")?);
        grady.sessions.iter().filter(|session| session.holder == Party::Attacker).map(|session| session.access_expires_at).max()
    };
    let mut drill = bundled("token-theft", 23);
    let attacker: Vec<String> = drill.simulation().attacker_origins().iter().map(|origin| origin.ip.clone()).collect();
    let spray = format!("ca add-location Spray {}", attacker.join(" "));
    play(&mut drill, &[spray.as_str()]);
    // Block while the attacker's access token is fresh.
    for _ in 0..36 {
        if attacker_token(&drill).is_some_and(|expires| expires > drill.simulation().now()) {
            break;
        }
        play(&mut drill, &["wait 5m"]);
    }
    play(&mut drill, &["ca add-policy \"Block spray\" --block-locations Spray"]);
    let blocked_at = drill.simulation().now();
    let expires = attacker_token(&drill).expect("the attacker holds a session on megan");
    assert!(expires > blocked_at, "the attacker's access token is still valid when the policy is created");
    play(&mut drill, &["wait 3h"]);
    let reads: Vec<SimTime> = drill
        .simulation()
        .journal()
        .iter()
        .filter(|event| event.at > blocked_at)
        .filter(
            |event| matches!(&event.kind, EventKind::MailReadBy { mailbox, party: Party::Attacker, .. } if mailbox == "megan@contoso.com"),
        )
        .map(|event| event.at)
        .collect();
    assert!(reads.iter().any(|at| *at <= expires), "the issued token still reads the mailbox: {reads:?}");
    assert!(reads.iter().all(|at| *at <= expires), "nothing reads after the token expires: {reads:?} (expiry {expires})");
}
