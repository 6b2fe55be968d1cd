//! Properties of the documented procedures on generated incidents
//! (`tests/incidents.rs`): following the compromised-account procedure
//! contains any generated compromise; leaving out a required step is
//! reported and shows in the simulation; releasing a sender too early gets
//! it restricted again; emailing the new password hands it to the attacker;
//! removing the owner's things or touching the wrong user is harm.
//!
//! Every case is a real scenario file played through a session with REPL
//! commands. A failure prints the `tenantdrill run` line that replays it
//! and the commands typed (and lists the refused ones again with their replies).
//!
//! Cases: 48 per property by default (a debug `cargo test` stays within
//! its budget); `TENANTDRILL_PROPTEST_CASES` sets another count.

use crate::incidents::{
    self, CFO, COLLEAGUE, Case, DROP, Forwarding, Played, RuleKind, SECOND, Step, VICTIM, cases, owner_signs_in_and_sends, play, quoted,
    victim,
};
use proptest::prelude::*;
use tenantdrill::Simulation;
use tenantdrill::action::{Action, Actor};
use tenantdrill::engine::event::EventKind;
use tenantdrill::engine::queries::{Foothold, SendStatus};
use tenantdrill::scoring::{Report, StepStatus, ViolationKind};
use tenantdrill::tenant::mailbox::INBOX;
use tenantdrill::tenant::policy::OutboundAction;
use tenantdrill::tenant::role::Role;
use tenantdrill::tenant::user::Party;

/// A step's status, by id: the compromised-account procedure's, or the
/// alert-triage procedure's (graded when the case has a second victim).
fn status(report: &Report, step: &str) -> Option<StepStatus> {
    report
        .steps
        .iter()
        .find(|entry| {
            matches!(entry.procedure.as_str(), "compromised-account" | "alert-triage-forwarding" | "illicit-consent-grant")
                && entry.id == step
        })
        .map(|entry| entry.status)
}

fn violations(report: &Report, kind: ViolationKind) -> Vec<String> {
    report.violations.iter().filter(|violation| violation.kind == kind).map(|violation| violation.message.clone()).collect()
}

/// Fails the property with the replay text.
macro_rules! check {
    ($played:expr, $condition:expr, $($message:tt)+) => {
        prop_assert!($condition, "{}\n{}", format!($($message)+), $played.replay())
    };
}

fn cfo_forwarded(simulation: &Simulation) -> bool {
    simulation
        .tenant()
        .find_user(CFO)
        .and_then(|id| simulation.tenant().user(id).mailbox.as_deref().map(|mailbox| mailbox.forwarding_smtp_address.is_some()))
        .unwrap_or(false)
}

/// Times at which the attacker acted as an administrator (a permission was
/// checked and granted for it).
fn attacker_admin_acts(simulation: &Simulation) -> Vec<tenantdrill::clock::SimTime> {
    simulation
        .journal()
        .iter()
        .filter(|event| matches!(event.actor, Actor::Attacker { .. }) && matches!(event.kind, EventKind::Permitted { .. }))
        .map(|event| event.at)
        .collect()
}

/// The required steps that apply to a case and can be left out.
fn omittable(case: &Case) -> Vec<Step> {
    let mut steps = vec![Step::ResetPassword, Step::SharePassword];
    if case.forwarding == Forwarding::Malicious {
        steps.push(Step::ClearForwarding);
    }
    if !case.malicious_rules().is_empty() {
        steps.push(Step::RemoveRules);
    }
    if case.admin_role {
        steps.push(Step::RemoveAdminRoles);
    }
    if case.stolen_session {
        steps.push(Step::RemoveDevices);
    }
    if case.spam == Some(OutboundAction::BlockUser) {
        steps.push(Step::Release);
    }
    if case.second_victim {
        steps.push(Step::ContainSecondVictim);
    }
    if case.malicious_grant {
        steps.push(Step::DisableApp);
        steps.push(Step::RevokeGrants);
    }
    steps
}

/// What leaving out `omit` must show: the scorer reports it missed, and the
/// simulation still holds the risk the step protects against.
fn check_left_out(played: &Played, omit: Step, require_mfa: bool) -> Result<(), TestCaseError> {
    let case = &played.case;
    let simulation = played.simulation();
    let id = victim(simulation);
    let report = played.report();
    let step = omit.procedure_step().expect("required steps are procedure steps");
    let got = status(&report, step);
    // Whether the step had anything to do, from the simulation, not the
    // scorer: a sender is released only once it was restricted.
    let restricted =
        simulation.journal().iter().any(|event| matches!(&event.kind, EventKind::SenderRestricted { user, .. } if user == VICTIM));
    let applies = omit != Step::Release || restricted;
    if applies {
        check!(played, got == Some(StepStatus::Missed), "{step} left out but reported as {got:?}");
        check!(played, !report.passed || report.score < 100, "a missed required step still scores {}", report.score);
    }
    match omit {
        Step::ResetPassword => {
            check!(
                played,
                simulation.tenant().user(id).password.known.attacker || !case.knows_password,
                "without a reset the attacker should still know the password"
            );
            if case.knows_password && !require_mfa {
                check!(
                    played,
                    simulation.attacker_footholds(id).contains(&Foothold::Password),
                    "without a reset the attacker should still sign in: {:?}",
                    simulation.attacker_footholds(id)
                );
                if !case.malicious_rules().is_empty() || case.forwarding == Forwarding::Malicious || case.delegate {
                    check!(played, !simulation.attacker_residue(id).is_empty(), "the attacker did not put anything back");
                }
            }
        }
        Step::RemoveRules | Step::ClearForwarding => {
            // A colleague's mail about an invoice still leaves for the
            // attacker, or is hidden from the owner.
            let delivery = deliver_invoice_mail(simulation);
            let leaves = delivery.iter().any(|kind| matches!(kind, EventKind::MailForwarded { to, .. } if to == DROP));
            let hidden =
                delivery.iter().any(|kind| matches!(kind, EventKind::MailDelivered { to, folder, .. } if to == VICTIM && folder != INBOX))
                    || !delivery.iter().any(|kind| matches!(kind, EventKind::MailDelivered { to, .. } if to == VICTIM));
            let forwards =
                omit == Step::ClearForwarding || case.rules.iter().any(|rule| matches!(rule, RuleKind::Malicious { style: 0 | 1, .. }));
            if forwards {
                check!(played, leaves, "an invoice mail does not reach the attacker: {delivery:?}");
            } else {
                check!(played, hidden, "an invoice mail reaches the owner's inbox: {delivery:?}");
            }
        }
        Step::RemoveAdminRoles => {
            check!(played, simulation.tenant().user(id).roles().contains(Role::ExchangeAdministrator), "the role is gone");
            // A portal access token outlives the reset and revocation:
            // with the role still there, an attacker turn that falls
            // while it lives puts the CFO's forwarding back as an admin.
            let cleaned_at = simulation.journal().iter().rev().find_map(|event| match &event.kind {
                EventKind::ForwardingCleared { user } if user == CFO => Some(event.at),
                _ => None,
            });
            let live_until = simulation
                .tenant()
                .user(id)
                .sessions
                .iter()
                .filter(|session| session.holder == Party::Attacker)
                .map(|session| session.access_expires_at)
                .max();
            let turn_while_live = match (cleaned_at, live_until) {
                (Some(cleaned), Some(until)) => simulation
                    .journal()
                    .iter()
                    .any(|event| matches!(event.actor, Actor::Attacker { .. }) && event.at > cleaned && event.at < until),
                _ => false,
            };
            let acts = attacker_admin_acts(simulation);
            let acted_after = cleaned_at.is_some_and(|cleaned| acts.iter().any(|at| *at > cleaned));
            check!(
                played,
                acted_after == turn_while_live,
                "role kept: an attacker turn while its portal token lived ({turn_while_live}) should mean it acted as an admin ({acted_after}); acts at {acts:?}"
            );
            if acted_after {
                check!(played, cfo_forwarded(simulation), "the attacker acted as admin but the CFO's forwarding is not back");
            }
        }
        Step::Release if applies => {
            check!(
                played,
                !matches!(simulation.send_status(id), SendStatus::Yes | SendStatus::AfterRelease(_)),
                "the sender was released without a release"
            );
            check!(played, owner_signs_in_and_sends(simulation).is_err(), "the owner can send without a release");
        }
        Step::SharePassword => {
            check!(played, !simulation.owner_can_sign_in(id), "the owner can sign in without being told the password");
        }
        Step::ContainSecondVictim => {
            // Her forwarding was cleared, but the attacker still signs in
            // as her: the account is not contained.
            let second = simulation.tenant().find_user(SECOND).expect("the second victim");
            check!(
                played,
                !simulation.attacker_footholds(second).is_empty(),
                "the attacker lost the second victim without anyone taking the account back"
            );
            check!(played, !simulation.is_contained(second), "the second victim is contained");
        }
        Step::RemoveDevices => {
            // Reset, revoked and blocked and unblocked: the attacker's own
            // device still signs in without the password.
            check!(
                played,
                simulation.attacker_footholds(id).contains(&Foothold::Device { device: incidents::ATTACKER_DEVICE.into() }),
                "with its device left, the attacker should still sign in: {:?}",
                simulation.attacker_footholds(id)
            );
            let signed_in_again = simulation.tenant().sign_in_log.iter().any(|entry| {
                entry.upn == VICTIM
                    && entry.location == tenantdrill::tenant::logs::Location::Unfamiliar
                    && entry.status.succeeded()
                    && entry.client == tenantdrill::tenant::logs::ClientApp::NonInteractiveDevice
            });
            check!(played, signed_in_again, "no sign-in with the attacker's device in the log");
        }
        Step::DisableApp => {
            // Its grant revoked, but the application still enabled: a new
            // consent to it would work again.
            let enabled =
                simulation.tenant().apps.apps.iter().any(|app| app.display_name == incidents::ATTACKER_APP && app.enabled && !app.deleted);
            check!(played, enabled, "the attacker's application is not enabled although no one disabled it");
        }
        Step::RevokeGrants => {
            // Disabled, but the grant is still there: enabled again, it reads the mail.
            check!(
                played,
                simulation
                    .attacker_residue(id)
                    .contains(&tenantdrill::engine::queries::Residue::Grant { app: incidents::ATTACKER_APP.into() }),
                "the attacker's grant is gone although no one revoked it: {:?}",
                simulation.attacker_residue(id)
            );
        }
        _ => {}
    }
    Ok(())
}

/// A colleague writes to the victim about an invoice (on a copy of the
/// simulation); what happened to the message.
fn deliver_invoice_mail(simulation: &Simulation) -> Vec<EventKind> {
    let mut simulation = simulation.clone();
    let mail = Action::SendMail {
        from: COLLEAGUE.into(),
        to: vec![VICTIM.into()],
        subject: "Invoice 4471 payment".into(),
        body: "The payment details for invoice 4471.".into(),
    };
    simulation.step(&Actor::User(COLLEAGUE.into()), &mail).events.into_iter().map(|event| event.kind).collect()
}

proptest! {
    #![proptest_config(crate::support::proptest_config(48))]

    /// Property 2: the documented procedure, acting only on the attacker's
    /// artefacts, always ends with the attacker out and, once any release
    /// has taken effect, the owner signing in with the new password and
    /// sending mail.
    #[test]
    fn the_documented_procedure_contains_any_generated_compromise(case in cases()) {
        let played = play(&case, &[], None);
        let simulation = played.simulation();
        let id = victim(simulation);
        let refused: Vec<&String> = played.typed.iter().filter(|(_, reply)| reply.error).map(|(line, _)| line).collect();
        check!(played, refused.is_empty(), "commands were refused: {refused:?}");
        check!(played, simulation.is_contained(id), "not contained: footholds {:?}, residue {:?}",
            simulation.attacker_footholds(id), simulation.attacker_residue(id));
        check!(played, !cfo_forwarded(simulation), "the CFO's mail still leaves");
        let role_removed = simulation.journal().iter().find_map(|event| match &event.kind {
            EventKind::RoleRemoved { user, .. } if user == VICTIM => Some(event.at),
            _ => None,
        });
        if let Some(removed) = role_removed {
            let late: Vec<_> = attacker_admin_acts(simulation).into_iter().filter(|at| *at > removed).collect();
            check!(played, late.is_empty(), "the attacker acted as an admin after the role was removed: {late:?}");
        }
        check!(played, simulation.owner_alone_knows_password(id), "the owner does not alone know the password");
        if let Err(problem) = owner_signs_in_and_sends(simulation) {
            check!(played, false, "{problem}");
        }
        let report = played.report();
        let missed: Vec<&str> = report.steps.iter()
            .filter(|step| step.kind == "required" && step.status != StepStatus::Done && step.status != StepStatus::NotApplicable)
            .map(|step| step.id.as_str()).collect();
        check!(played, missed.is_empty(), "required steps not done: {missed:?}");
        check!(played, report.violations.is_empty(), "violations: {:#?}", report.violations);
        let failed: Vec<&str> = report.outcome.iter().filter(|check| !check.ok).map(|check| check.id.as_str()).collect();
        check!(played, failed.is_empty(), "outcome checks failed: {failed:?}");
    }

    /// Property 3: leaving out any one required step is reported as missed,
    /// and the simulation shows what the step protects against. Every
    /// required step that applies to the case is left out in turn.
    #[test]
    fn leaving_out_a_required_step_is_reported_and_leaves_the_risk(case in cases(), require_mfa in any::<bool>()) {
        for omit in omittable(&case) {
            // Requiring MFA (a recommended step) also stops a password the
            // attacker knows; without it the reset is all that does.
            let mut left_out = vec![omit];
            if !require_mfa {
                left_out.push(Step::RequireMfa);
            }
            let played = play(&case, &left_out, None);
            check_left_out(&played, omit, require_mfa)?;
        }
    }

    /// Property 4: releasing the sender before the account is contained,
    /// while the attacker keeps sending, gets it restricted again (under
    /// `BlockUser`) and is reported as an order violation, whether the
    /// sender was restricted before the trainee arrived or while they work.
    #[test]
    fn releasing_before_containing_is_restricted_again_and_reported(
        case in cases().prop_map(|mut case| {
            case.knows_password = true;
            case.spam = Some(OutboundAction::BlockUser);
            case
        }),
        restricted_before in any::<bool>(),
    ) {
        let mut case = case;
        // Spam before the start restricts the account before the trainee
        // arrives; a first turn a few minutes in restricts it meanwhile.
        case.first_turn_min = if restricted_before { -case.turn_interval_min.cast_signed() - 5 } else { 3 };
        let mut played = Played::start(&case);
        played.step(Step::Investigate);
        if !restricted_before {
            played.type_line("wait 5m");
        }
        check!(played, incidents::victim_restricted(played.simulation()), "not restricted before the release");
        played.type_line("restricted release megan");
        let at = match played.simulation().send_status(victim(played.simulation())) {
            SendStatus::AfterRelease(at) => at,
            other => { check!(played, false, "release did not start: {other:?}"); unreachable!() }
        };
        // Two turns after the release takes effect: the limit that
        // restricted it is exempt for the rest of the day, the daily
        // recipient limit is not.
        let wait = at.since(played.simulation().now()).as_seconds() + 2 * case.turn_interval_min * 60 + 60;
        played.type_line(&format!("wait {}m", wait.div_ceil(60)));
        let restricted_again = played.simulation().journal().iter().any(|event| {
            event.at >= at && matches!(&event.kind, EventKind::SenderRestricted { user, .. } if user == VICTIM)
        });
        check!(played, restricted_again, "the attacker's spam did not restrict the account again");
        for step in Step::DOCUMENTED.into_iter().filter(|step| !matches!(step, Step::Investigate)) {
            played.step(step);
        }
        let report = played.report();
        let order = report.violations.iter().any(|violation| {
            violation.kind == ViolationKind::Order && violation.step.as_deref() == Some("compromised-account/release-restricted")
        });
        check!(played, order, "no order violation on the release: {:#?}", report.violations);
        check!(played, status(&report, "release-restricted") != Some(StepStatus::Done), "the early release got full credit");
    }

    /// Property 5: emailing the new password to the compromised mailbox
    /// lets the attacker learn it whenever mail leaves the mailbox for the
    /// attacker, and is always reported as forbidden.
    #[test]
    fn emailing_the_password_to_the_compromised_mailbox_hands_it_over_and_is_reported(
        case in cases().prop_filter("mail reaches the attacker", |case| {
            case.forwarding == Forwarding::Malicious
                || case.rules.iter().any(|rule| matches!(rule, RuleKind::Malicious { style: 0 | 1, .. }))
        }),
        by_notify in any::<bool>(),
    ) {
        let mut played = Played::start(&case);
        played.step(Step::Investigate);
        if by_notify {
            played.step(Step::ResetPassword);
            played.type_line("notify megan --via email --password");
        } else {
            played.type_line(&format!("user reset-password megan --password {} --email-to {VICTIM}", incidents::NEW_PASSWORD));
        }
        let id = victim(played.simulation());
        let learned = played.simulation().journal().iter().any(|event| {
            matches!(&event.kind, EventKind::PasswordLearned { user, party: Party::Attacker, .. } if user == VICTIM)
        });
        check!(played, learned, "the attacker did not learn the emailed password");
        check!(played, played.simulation().attacker_footholds(id).contains(&Foothold::Password) || !played.simulation().tenant().user(id).account_enabled,
            "the learned password does not work for the attacker");
        for step in Step::DOCUMENTED.into_iter().filter(|step| !matches!(step, Step::Investigate | Step::ResetPassword)) {
            played.step(step);
        }
        let report = played.report();
        let forbidden = violations(&report, ViolationKind::Forbidden);
        check!(played, !forbidden.is_empty(), "not reported: {:#?}", report.violations);
        check!(played, !report.passed || report.score < 100, "full marks after emailing the password");
    }

    /// Property 6: removing any legitimate artefact, or acting on a user
    /// who is not part of the incident, is reported as harm.
    #[test]
    fn harm_is_always_caught(case in cases(), pick in any::<prop::sample::Index>(), wrong in any::<prop::sample::Index>()) {
        let mut harmful: Vec<String> = case
            .legitimate_rules()
            .iter()
            .map(|rule| format!("mailbox remove-rule megan {}", quoted(&rule.name)))
            .collect();
        if case.forwarding == Forwarding::Legitimate {
            harmful.push("mailbox clear-forwarding megan".into());
        }
        if case.legitimate_delegate {
            harmful.push("mailbox remove-delegate megan alex@contoso.com".into());
        }
        harmful.push("user remove-method megan alternate-email".into());
        if case.stolen_session {
            harmful.push(format!("user disable-device megan {}", incidents::OWNER_DEVICE));
            harmful.push(format!("user delete-device megan {}", incidents::OWNER_DEVICE));
        }
        if case.malicious_grant {
            for verb in ["disable", "delete", "revoke-grants"] {
                harmful.push(format!("app {verb} \"{}\"", incidents::OWN_APP));
            }
        }
        harmful.push("user remove-role nestor global-admin".into());
        let bystanders = ["diego", "alex", "nestor"];
        let bystander = bystanders[wrong.index(bystanders.len())];
        for verb in ["user reset-password", "user block-sign-in", "user revoke-sessions"] {
            harmful.push(format!("{verb} {bystander}"));
        }
        let line = harmful[pick.index(harmful.len())].clone();
        let mut played = play(&case, &[], None);
        let before = played.report().violations.len();
        let reply = played.type_line(&line);
        check!(played, !reply.error, "the harmful command was refused: {}", reply.output);
        let report = played.report();
        let harm = report.violations.iter().skip(before).any(|violation| violation.kind == ViolationKind::Harm);
        check!(played, harm, "`{line}` was not reported as harm: {:#?}", report.violations);
    }

    /// Property 6: the last Global Administrator can never be removed,
    /// whoever tries and in whatever order.
    #[test]
    fn the_last_global_administrator_is_never_removed(
        case in cases(),
        removals in proptest::collection::vec((0usize..2, 0usize..2), 1..6),
    ) {
        let admins = ["patti", "nestor"];
        let mut played = Played::start(&case);
        for (who, target) in removals {
            let line = if who == 0 {
                format!("user remove-role {} global-admin", admins[target])
            } else {
                format!("ask nestor user remove-role {} global-admin", admins[target])
            };
            played.type_line(&line);
            let tenant = played.simulation().tenant();
            let global = tenant.users().filter(|(_, user)| user.roles().contains(Role::GlobalAdministrator)).count();
            check!(played, global >= 1, "no Global Administrator left after `{line}`");
        }
    }
}

/// A report names an action done to the wrong user by the command that does
/// it (command words read the same in every language), never by the
/// engine's own name for the kind.
#[test]
fn every_wrong_user_harm_names_its_command() {
    let procedures = crate::support::procedures();
    let mut kinds = std::collections::BTreeSet::new();
    for bundled in tenantdrill::scenario::library::PROCEDURES {
        let procedure = procedures.get(bundled.id).expect("bundled procedure");
        for rule in &procedure.harm {
            if let tenantdrill::procedure::HarmKind::WrongUser(listed) = &rule.kind {
                kinds.extend(listed.iter().map(|kind| kind.name()));
            }
        }
    }
    assert!(kinds.len() >= 10, "{kinds:?}");
    for kind in tenantdrill::action::ActionKind::ALL {
        if kinds.contains(&kind.name()) {
            let name = tenantdrill::command::name_of(kind);
            assert!(name.is_some_and(|name| name.contains(' ')), "{kind:?} has no command: {name:?}");
        }
    }
}
