//! Illicit consent grants (Microsoft's app consent grant playbook) on the
//! bundled `consent-phishing` and `consent-admin-grant` scenarios: the
//! attacker's application reads mail with the grant a user or an admin gave
//! it, whatever is reset or revoked; disabling it ends that for good,
//! deleting it lets the next consent bring it back, and taking the
//! organisation's own application away is harm.

use tenantdrill::action::{Action, Actor};
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::engine::event::EventKind;
use tenantdrill::engine::outcome::{Outcome, Refusal};
use tenantdrill::engine::queries::{Foothold, Residue};
use tenantdrill::scoring::{Report, ViolationKind};
use tenantdrill::tenant::apps::{ConsentType, UserConsent};
use tenantdrill::tenant::logs::{Activity, ClientApp, Location};
use tenantdrill::tenant::permission::Permission;
use tenantdrill::tenant::user::{Party, UserId};

fn drill(id: &str, seed: u64) -> Drill {
    crate::support::bundled_drill(id, seed, Mode::Practice)
}

/// The first subject and its alias.
fn victim(drill: &Drill) -> (UserId, String) {
    crate::support::subject(drill)
}

/// The attacker's application's display name, quoted for a command line.
fn attacker_app(drill: &Drill) -> String {
    let apps = &drill.simulation().tenant().apps.apps;
    let app = apps.iter().find(|app| app.added_by == Party::Attacker && !app.deleted).expect("the attacker's application");
    format!("\"{}\"", app.display_name)
}

fn run(drill: &mut Drill, lines: &[String]) -> Report {
    for line in lines {
        let reply = drill.execute(line);
        assert!(!reply.error, "`{line}` was refused: {}", reply.output);
    }
    drill.report()
}

/// Times the attacker read the user's mailbox after `since`.
fn reads_since(drill: &Drill, upn: &str, since: tenantdrill::clock::SimTime) -> usize {
    drill
        .simulation()
        .journal()
        .iter()
        .filter(|event| {
            event.at > since && matches!(&event.kind, EventKind::MailReadBy { mailbox, party: Party::Attacker, .. } if mailbox == upn)
        })
        .count()
}

#[test]
fn a_reset_and_a_revocation_leave_the_application_reading_the_mail() {
    for seed in [31, 1, 2] {
        let mut drill = drill("consent-phishing", seed);
        let (id, name) = victim(&drill);
        run(&mut drill, &[format!("user reset-password {name}"), format!("user revoke-sessions {name}")]);
        let after = drill.simulation().now();
        run(&mut drill, &["wait 1h".to_string()]);
        let simulation = drill.simulation();
        let upn = simulation.tenant().user(id).upn.clone();
        assert!(reads_since(&drill, &upn, after) >= 2, "seed {seed}: the application stopped reading after a reset and a revocation");
        assert!(
            simulation.attacker_footholds(id).iter().any(|foothold| matches!(foothold, Foothold::Grant { .. })),
            "seed {seed}: {:?}",
            simulation.attacker_footholds(id)
        );
        // Its token redemptions are non-interactive sign-ins from abroad.
        let logged = simulation.tenant().sign_in_log.iter().any(|entry| {
            entry.upn == upn && entry.at > after && entry.client == ClientApp::DelegatedApp && entry.location == Location::Unfamiliar
        });
        assert!(logged, "seed {seed}: no sign-in of the application in the log");
    }
}

#[test]
fn a_block_stops_the_application_only_while_it_lasts() {
    let mut drill = drill("consent-phishing", 31);
    let (id, name) = victim(&drill);
    let upn = drill.simulation().tenant().user(id).upn.clone();
    run(&mut drill, &[format!("user block-sign-in {name}")]);
    let blocked = drill.simulation().now();
    run(&mut drill, &["wait 1h".to_string()]);
    assert_eq!(reads_since(&drill, &upn, blocked), 0, "the application read a blocked account's mail");
    run(&mut drill, &[format!("user allow-sign-in {name}")]);
    let allowed = drill.simulation().now();
    run(&mut drill, &["wait 1h".to_string()]);
    assert!(reads_since(&drill, &upn, allowed) > 0, "the grant did not work again once the block was lifted");
}

#[test]
fn disabling_the_application_ends_it_and_no_new_consent_brings_it_back() {
    let mut drill = drill("consent-phishing", 31);
    let (id, _) = victim(&drill);
    let upn = drill.simulation().tenant().user(id).upn.clone();
    let app = attacker_app(&drill);
    run(&mut drill, &[format!("app disable {app}")]);
    let disabled = drill.simulation().now();
    // User consent still allows every application: a disabled one cannot be consented to.
    run(&mut drill, &[format!("app revoke-grants {app}"), "wait 2h".to_string()]);
    let simulation = drill.simulation();
    assert_eq!(reads_since(&drill, &upn, disabled), 0);
    assert!(simulation.is_contained(id), "{:?} {:?}", simulation.attacker_footholds(id), simulation.attacker_residue(id));
    let consented_again =
        simulation.journal().iter().any(|event| event.at > disabled && matches!(event.kind, EventKind::ConsentGranted { .. }));
    assert!(!consented_again, "a disabled application was consented to again");
}

#[test]
fn restricting_consent_and_revoking_the_grant_before_disabling_is_full_marks() {
    // Neither Microsoft page orders these: the Defender page revokes first.
    for seed in [31, 7] {
        let mut drill = drill("consent-phishing", seed);
        let (_, alias) = victim(&drill);
        let app = attacker_app(&drill);
        let report = run(
            &mut drill,
            &[
                format!("logs audit {alias}"),
                format!("app grants --user {alias}"),
                "app user-consent --setting verified-publishers".to_string(),
                format!("app revoke-grants {app}"),
                format!("app disable {app}"),
                "wait 45m".to_string(),
            ],
        );
        assert!(report.violations.is_empty(), "seed {seed}: {:#?}", report.violations);
        assert_eq!(report.score, 100, "seed {seed}: {:#?}", report.steps);
    }
}

#[test]
fn the_playbooks_audit_search_by_activity_finds_the_consent_in_powershell() {
    let mut drill = crate::powershell::connected("consent-phishing");
    let reply = drill.execute("Get-MgAuditLogDirectoryAudit -Filter \"activityDisplayName eq 'Consent to application'\"");
    assert!(!reply.error, "{}", reply.output);
    assert!(reply.output.contains("Consent to application"), "{}", reply.output);
    assert!(!reply.output.contains("Add service principal"), "the filter kept other activities: {}", reply.output);
    let report = drill.report();
    let step = report.steps.iter().find(|step| step.id == "find-consent").expect("the step");
    assert!(step.command.as_deref().is_some_and(|command| command.contains("activityDisplayName")), "{step:#?}");
}

#[test]
fn the_timeline_shows_the_application_reading_and_not_what_the_attacker_never_held() {
    let mut drill = drill("consent-phishing", 31);
    let (_, alias) = victim(&drill);
    let report =
        run(&mut drill, &[format!("user reset-password {alias}"), format!("user revoke-sessions {alias}"), "wait 30m".to_string()]);
    let lines: Vec<&str> = report.timeline.iter().map(|entry| entry.text.as_str()).collect();
    assert!(
        lines.iter().any(|line| line.starts_with("the attacker's application got a token for")),
        "the application's sign-in is not shown as its own: {lines:#?}"
    );
    assert!(!lines.iter().any(|line| line.starts_with("the attacker signed in")), "{lines:#?}");
    assert!(!lines.iter().any(|line| line.contains("no session") || line.contains("no app password held")), "{lines:#?}");
}

#[test]
fn get_mgserviceprincipal_search_keeps_the_names_that_match() {
    let mut drill = crate::powershell::connected("consent-admin-grant");
    let attacker = attacker_app(&drill).trim_matches('"').to_string();
    for line in [
        "Get-MgServicePrincipal -Search \"Northwind\"",
        "Get-MgServicePrincipal -Search '\"displayName:Northwind\"' -ConsistencyLevel eventual",
    ] {
        let reply = drill.execute(line);
        assert!(!reply.error, "{line}: {}", reply.output);
        assert!(reply.output.contains("Northwind Expenses"), "{line}: {}", reply.output);
        assert!(!reply.output.contains(&attacker), "{line} kept an application that does not match: {}", reply.output);
    }
}

#[test]
fn the_admin_consent_is_from_this_morning_as_the_brief_says() {
    let drill = drill("consent-admin-grant", 37);
    let simulation = drill.simulation();
    let consent = simulation.tenant().audit_log.iter().find(|entry| entry.activity == Activity::ConsentToApplication).expect("the consent");
    let (day, start) = (consent.at.to_string(), simulation.now().to_string());
    assert_eq!(day[..10], start[..10], "the consent at {day} is not from the day of the incident ({start})");
    let brief = drill.scenario().brief.get(tenantdrill::i18n::Lang::En);
    assert!(brief.contains("this morning") && !brief.contains("yesterday"), "{brief}");
}

#[test]
fn application_names_complete_so_a_lookalike_name_is_typed_right() {
    let drill = drill("consent-phishing", 31);
    let app = attacker_app(&drill);
    let names = |line: &str| tenantdrill::command::complete(line, line.len(), drill.simulation().tenant()).1;
    // "0ffice" starts with a zero: completion offers what is really there.
    assert_eq!(names("app disable 0"), vec![app.clone()]);
    assert_eq!(names("app revoke-grants \"0f"), vec![app]);
    assert!(names("app grants ").contains(&"\"Northwind Expenses\"".to_string()), "{:?}", names("app grants "));
}

#[test]
fn top_keeps_the_first_objects_graph_returns() {
    let mut drill = crate::powershell::connected("consent-phishing");
    let (_, alias) = victim(&drill);
    let rows = |output: &str| output.lines().filter(|line| line.starts_with("20")).count();
    let all = drill.execute(&format!("Get-MgAuditLogSignIn -Filter \"userPrincipalName eq '{alias}@contoso.com'\""));
    assert!(rows(&all.output) > 3, "{}", all.output);
    let top = drill.execute(&format!("Get-MgAuditLogSignIn -Filter \"userPrincipalName eq '{alias}@contoso.com'\" -Top 3"));
    assert_eq!(rows(&top.output), 3, "{}", top.output);
    let apps = drill.execute("Get-MgServicePrincipal -Top 1");
    assert_eq!(apps.output.lines().filter(|line| line.contains("AzureADMultipleOrgs")).count(), 1, "{}", apps.output);
    assert!(drill.execute("Get-MgServicePrincipal -Top many").error);
}

#[test]
fn three_owners_who_can_sign_in_are_spoken_of_in_the_plural() {
    use tenantdrill::i18n::Lang;
    for (lang, plural) in [
        (Lang::En, "can each sign in"),
        (Lang::Nb, "kan hver logge på"),
        (Lang::Nl, "kunnen zich elk aanmelden"),
        (Lang::Sl, "se lahko vpišejo"),
    ] {
        let report = drill("consent-admin-grant", 37).with_lang(lang).report();
        let check = report.outcome.iter().find(|check| check.id == "owner-signs-in").expect("the check");
        assert!(check.detail.contains(plural), "{lang}: {}", check.detail);
    }
}

#[test]
fn when_a_step_applies_reads_as_a_whole_sentence_in_norwegian_and_dutch() {
    use tenantdrill::i18n::Lang;
    let procedures = crate::support::procedures();
    let procedure = procedures.get("illicit-consent-grant").expect("bundled");
    // The condition is a main clause: after a colon, not after "als"/"når",
    // whose clause would put the verb last.
    for (lang, applies) in [
        (Lang::Nl, "Van toepassing: wanneer dit waar is: de toepassing van de aanvaller is nog ingeschakeld ("),
        (Lang::Nb, "Gjelder: når dette er sant: angriperens app er fortsatt aktivert ("),
    ] {
        let text = tenantdrill::procedure::render::render_text(procedure, lang);
        assert!(text.contains(applies), "{lang}: {text}");
    }
}

#[test]
fn a_deleted_application_comes_back_with_the_next_consent_while_user_consent_is_open() {
    let mut drill = drill("consent-phishing", 31);
    let (id, _) = victim(&drill);
    let app = attacker_app(&drill);
    let report = run(&mut drill, &[format!("app delete {app}")]);
    assert!(
        report.violations.iter().any(|violation| violation.kind == ViolationKind::Forbidden),
        "deleting the application is not forbidden: {:#?}",
        report.violations
    );
    assert!(drill.simulation().is_contained(id), "deleting it removes its grant at once");
    run(&mut drill, &["wait 30m".to_string()]);
    let simulation = drill.simulation();
    let apps = &simulation.tenant().apps;
    let back = apps.apps.iter().filter(|candidate| candidate.added_by == Party::Attacker && !candidate.deleted).count();
    assert_eq!(back, 1, "the application did not come back as a new object");
    assert!(simulation.attacker_residue(id).iter().any(|residue| matches!(residue, Residue::Grant { .. })));
    let audit = |activity: Activity| simulation.tenant().audit_log.iter().filter(|entry| entry.activity == activity).count();
    assert_eq!(audit(Activity::ConsentToApplication), 2, "the first consent and the new one");
    assert_eq!(audit(Activity::AddServicePrincipal), 2);
    assert_eq!(audit(Activity::RemoveServicePrincipal), 1);
}

#[test]
fn with_user_consent_restricted_a_deleted_application_stays_away() {
    for setting in ["verified-publishers", "do-not-allow"] {
        let mut drill = drill("consent-phishing", 31);
        let (id, _) = victim(&drill);
        let app = attacker_app(&drill);
        run(&mut drill, &[format!("app user-consent --setting {setting}"), format!("app delete {app}"), "wait 2h".to_string()]);
        assert!(drill.simulation().is_contained(id), "{setting}: {:?}", drill.simulation().attacker_residue(id));
    }
}

#[test]
fn an_admin_consent_comes_back_whatever_users_may_consent_to() {
    let mut drill = drill("consent-admin-grant", 37);
    let app = attacker_app(&drill);
    // The trainee may not change the consent setting; the Global Administrator may.
    run(&mut drill, &["ask nestor app user-consent --setting do-not-allow".to_string(), format!("app delete {app}")]);
    assert_eq!(drill.simulation().tenant().apps.user_consent, UserConsent::DoNotAllow);
    run(&mut drill, &["wait 30m".to_string()]);
    let apps = &drill.simulation().tenant().apps;
    let attacker = apps.apps.iter().find(|candidate| candidate.added_by == Party::Attacker && !candidate.deleted).expect("back");
    assert!(
        apps.grants.iter().any(|grant| grant.app_id == attacker.app_id && grant.consent == ConsentType::AllPrincipals),
        "the admin's consent for everyone did not come back"
    );
    let subjects = drill.scenario().truth.subjects.clone();
    for subject in subjects {
        let id = drill.simulation().tenant().find_user(&subject).expect("a subject");
        assert!(!drill.simulation().is_contained(id), "{subject} is contained although the grant for everyone is back");
    }
}

#[test]
fn a_cloud_application_administrator_manages_applications_but_not_the_consent_setting() {
    let mut drill = drill("consent-admin-grant", 37);
    let app = attacker_app(&drill);
    run(&mut drill, &[format!("app disable {app}"), format!("app revoke-grants {app}")]);
    let before = drill.records().len();
    let reply = drill.execute("app user-consent --setting verified-publishers");
    assert!(reply.error, "{}", reply.output);
    assert!(reply.output.starts_with("Access denied: to change the user consent settings"), "{}", reply.output);
    assert_eq!(reply.output.to_lowercase().matches("access denied").count(), 1, "{}", reply.output);
    let report = drill.report();
    let denied = report.violations.iter().find(|violation| violation.kind == ViolationKind::Denied).expect("the denial");
    assert!(denied.message.starts_with("access denied: to change the user consent settings"), "{}", denied.message);
    let line = report.timeline.iter().find(|entry| entry.text.contains("app user-consent")).expect("the command on the timeline");
    assert_eq!(line.text.to_lowercase().matches("access denied").count(), 1, "{}", line.text);
    let refused = &drill.records()[before];
    assert!(
        matches!(&refused.outcome, Outcome::Denied(Refusal::Permission(denial)) if denial.permission == Permission::ManageConsentPolicy),
        "{:?}",
        refused.outcome
    );
    // What the trainee did holds: the application is disabled and its grant gone.
    let subjects = drill.scenario().truth.subjects.clone();
    for subject in subjects {
        let id = drill.simulation().tenant().find_user(&subject).expect("a subject");
        assert!(drill.simulation().is_contained(id), "{subject}: {:?}", drill.simulation().attacker_residue(id));
    }
    // The Global Administrator may change the setting.
    let mut simulation = drill.simulation().clone();
    let asked = simulation.step(&Actor::Admin("nestor@contoso.com".into()), &Action::SetUserConsent { setting: UserConsent::DoNotAllow });
    assert!(matches!(asked.outcome, Outcome::Done), "{:?}", asked.outcome);
}

#[test]
fn taking_the_organisations_own_application_away_is_harm() {
    for line in ["app disable \"Northwind Expenses\"", "app delete \"Northwind Expenses\"", "app revoke-grants \"Northwind Expenses\""] {
        let mut drill = drill("consent-phishing", 31);
        let report = run(&mut drill, &[line.to_string()]);
        let harm = report.violations.iter().find(|violation| violation.kind == ViolationKind::Harm);
        let harm = harm.unwrap_or_else(|| panic!("`{line}` is not harm: {:#?}", report.violations));
        // Said once: the application is the organisation's, and taking it was wrong.
        assert!(
            harm.message
                .starts_with("disabled, deleted or revoked the grants of the application Northwind Expenses, which is legitimate: "),
            "{}",
            harm.message
        );
    }
}

#[test]
fn the_application_views_and_their_replies_read_in_each_language() {
    use tenantdrill::i18n::Lang;
    let expected = [
        (
            Lang::En,
            "User consent for applications: Allow user consent for apps",
            "Publisher",
            "Delegated permission grants:",
            "already disabled",
        ),
        (
            Lang::Nb,
            "Brukersamtykke for programmer: Tillat brukersamtykke for apper",
            "Utgiver",
            "Delegerte tillatelsestildelinger:",
            "allerede deaktivert",
        ),
        (
            Lang::Nl,
            "Gebruikerstoestemming voor toepassingen: Gebruikerstoestemming voor apps toestaan",
            "Uitgever",
            "Gedelegeerde machtigingstoekenningen:",
            "al uitgeschakeld",
        ),
        (
            Lang::Sl,
            "Uporabniško soglasje za aplikacije: Dovoli uporabniško soglasje za aplikacije",
            "Izdajatelj",
            "Dodelitve delegiranih dovoljenj:",
            "že onemogočena",
        ),
    ];
    for (lang, setting, column, grants, again) in expected {
        let mut drill = drill("consent-phishing", 31).with_lang(lang);
        let app = attacker_app(&drill);
        let listed = drill.execute("apps");
        assert!(listed.output.contains(setting) && listed.output.contains(column), "{lang:?}:\n{}", listed.output);
        let shown = drill.execute(&format!("app show {app}"));
        // Graph's own words stay as Graph writes them.
        assert!(
            shown.output.contains(grants) && shown.output.contains("Principal:") && shown.output.contains("Mail.Read"),
            "{lang:?}:\n{}",
            shown.output
        );
        let audit = drill.execute("logs audit");
        assert!(
            audit.output.contains("Consent to application") && audit.output.contains("IsAdminConsent: False"),
            "{lang:?}:\n{}",
            audit.output
        );
        drill.execute(&format!("app disable {app}"));
        let twice = drill.execute(&format!("app disable {app}"));
        assert!(twice.output.contains(again) && twice.output.contains(app.trim_matches('"')), "{lang:?}: {}", twice.output);
        let missing = drill.execute("app show \"No Such App\"");
        assert!(missing.error && missing.output.contains("No Such App"), "{lang:?}: {}", missing.output);
    }
}
