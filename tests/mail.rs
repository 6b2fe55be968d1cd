//! Mail flow, inbox rules, delegates, protocols (domain reference §6) and
//! outbound spam protection with restricted senders (§5), each behaviour in
//! its own test on the Contoso tenant from `tenantdrill::demo`.

use crate::support::{Checked, admin, user};
use tenantdrill::action::{Actor, OutboundChange};
use tenantdrill::clock::{SimDuration, SimTime};
use tenantdrill::demo::{self, ASSISTANT, COLLEAGUE, EXCHANGE_ADMIN, HELPDESK, SECOND_GLOBAL_ADMIN, TRAINEE, VICTIM};
use tenantdrill::engine::event::{Event, EventKind};
use tenantdrill::engine::queries::SendStatus;
use tenantdrill::engine::view::View;
use tenantdrill::tenant::logs::{Severity, TraceDetail, TraceStatus, TraceTo};
use tenantdrill::tenant::mailbox::{AccessRight, Message, Protocol, RuleAction, RuleCondition, RuleSpec};
use tenantdrill::tenant::outbound::LimitKind;
use tenantdrill::tenant::policy::{AutoForwardingMode, OutboundAction};
use tenantdrill::tenant::role::Role;
use tenantdrill::tenant::user::{AppPassword, Party, SessionOrigin, UserId};
use tenantdrill::{Action, Outcome, Simulation, StepResult};

const SEED: u64 = 11;
/// An outside address (fabrikam.example is not a Contoso domain).
const EXTERNAL: &str = "partner@fabrikam.example";
/// The NDR a restricted sender gets (§5).
const RESTRICTED_NDR: &str = "550 5.1.8 Access denied, bad outbound sender";
/// The bounce for blocked external forwarding (§6).
const FORWARDING_BOUNCE: &str = "550 5.7.520 Access denied, Your organization does not allow external forwarding";
/// The alert a restriction raises (§5).
const RESTRICTED_ALERT: &str = "User restricted from sending email";

// ---------------------------------------------------------------- helpers

fn id_of(simulation: &Simulation, upn: &str) -> UserId {
    simulation.tenant().find_user(upn).expect("demo user exists")
}

/// Contoso with Megan, Alex and Diego signed in to their mail and the
/// outbound policy adjusted by `configure` before the run starts.
fn office_with(configure: impl FnOnce(&mut Simulation)) -> Checked {
    office_seeded(SEED, configure)
}

fn office_seeded(seed: u64, configure: impl FnOnce(&mut Simulation)) -> Checked {
    let mut simulation = demo::contoso(seed);
    for upn in [VICTIM, ASSISTANT, COLLEAGUE] {
        let id = id_of(&simulation, upn);
        simulation.grant_session(id, Party::Owner, SessionOrigin::Password);
    }
    configure(&mut simulation);
    Checked::new(simulation)
}

fn office() -> Checked {
    office_with(|_| {})
}

/// Small outbound limits so a test can cross them with a few messages.
fn limits(simulation: &mut Simulation, external_per_hour: u32, internal_per_hour: u32, per_day: u32, action: OutboundAction) {
    let policy = &mut simulation.tenant_mut().outbound_policy;
    policy.external_recipients_per_hour = external_per_hour;
    policy.internal_recipients_per_hour = internal_per_hour;
    policy.recipients_per_day = per_day;
    policy.action = action;
}

/// 10 external recipients per hour, generous otherwise, with `action`.
fn small_external_limit(action: OutboundAction) -> impl FnOnce(&mut Simulation) {
    move |simulation| limits(simulation, 10, 1_000, 1_000, action)
}

fn trainee() -> Actor {
    admin(TRAINEE)
}

fn wait(checked: &mut Checked, duration: SimDuration) -> StepResult {
    let result = checked.step(&trainee(), &Action::Wait { duration });
    assert_eq!(result.outcome, Outcome::Done);
    result
}

/// Waits until exactly `at` (which must not be in the past).
fn wait_until(checked: &mut Checked, at: SimTime) -> StepResult {
    let duration = at.since(checked.simulation.now());
    wait(checked, duration)
}

fn externals(count: usize, tag: &str) -> Vec<String> {
    (0..count).map(|index| format!("r{index}.{tag}@fabrikam.example")).collect()
}

fn send(checked: &mut Checked, from: &str, to: &[String], subject: &str) -> StepResult {
    checked.step(
        &user(from),
        &Action::SendMail { from: from.to_string(), to: to.to_vec(), subject: subject.to_string(), body: "See below.".to_string() },
    )
}

fn send_one(checked: &mut Checked, from: &str, to: &str, subject: &str) -> StepResult {
    send(checked, from, &[to.to_string()], subject)
}

fn done(result: &StepResult) {
    assert_eq!(result.outcome, Outcome::Done, "events: {:#?}", result.events);
}

fn denied_reason(result: &StepResult) -> String {
    match &result.outcome {
        Outcome::Denied(_) => tenantdrill::present::outcome::reason(tenantdrill::i18n::Lang::En, &result.outcome).unwrap_or_default(),
        other => panic!("expected a denial, got {other:?}"),
    }
}

fn messages(checked: &Checked, upn: &str) -> Vec<Message> {
    let id = id_of(&checked.simulation, upn);
    checked.simulation.tenant().user(id).mailbox.as_deref().map(|mailbox| mailbox.messages.clone()).unwrap_or_default()
}

fn message_with_subject(checked: &Checked, upn: &str, subject: &str) -> Option<Message> {
    messages(checked, upn).into_iter().find(|message| message.subject == subject)
}

fn rule(name: &str, conditions: Vec<RuleCondition>, actions: Vec<RuleAction>) -> RuleSpec {
    RuleSpec { name: name.to_string(), conditions, actions, hidden: false, enabled: true }
}

fn subject_has(word: &str) -> Vec<RuleCondition> {
    vec![RuleCondition::SubjectContainsWords(vec![word.to_string()])]
}

fn create_rule(checked: &mut Checked, mailbox: &str, spec: RuleSpec) {
    done(&checked.step(&trainee(), &Action::CreateRule { user: mailbox.to_string(), rule: spec }));
}

fn set_forwarding(checked: &mut Checked, internal: Option<&str>, smtp: Option<&str>, keep_copy: bool) {
    done(&checked.step(
        &trainee(),
        &Action::SetForwarding {
            user: VICTIM.to_string(),
            forwarding_address: internal.map(str::to_string),
            forwarding_smtp_address: smtp.map(str::to_string),
            deliver_and_forward: keep_copy,
        },
    ));
}

fn set_auto_forwarding(checked: &mut Checked, mode: AutoForwardingMode) {
    let change = OutboundChange { auto_forwarding: Some(mode), ..OutboundChange::default() };
    done(&checked.step(&trainee(), &Action::SetOutboundPolicy(change)));
}

fn forwarded_to<'a>(events: &'a [Event], to: &str) -> Option<&'a EventKind> {
    events.iter().map(|event| &event.kind).find(|kind| matches!(kind, EventKind::MailForwarded { to: target, .. } if target == to))
}

fn bounced_to<'a>(events: &'a [Event], to: &str) -> Option<&'a EventKind> {
    events.iter().map(|event| &event.kind).find(|kind| matches!(kind, EventKind::MailBounced { to: target, .. } if target == to))
}

fn delivered_to(events: &[Event], upn: &str, subject: &str) -> Option<String> {
    events.iter().find_map(|event| match &event.kind {
        EventKind::MailDelivered { to, folder, subject: delivered } if to == upn && delivered == subject => Some(folder.clone()),
        _ => None,
    })
}

fn restricted_event(events: &[Event]) -> Option<(String, LimitKind)> {
    events.iter().find_map(|event| match &event.kind {
        EventKind::SenderRestricted { user, limit } => Some((user.clone(), *limit)),
        _ => None,
    })
}

fn rejection_codes(events: &[Event]) -> Vec<String> {
    events
        .iter()
        .filter_map(|event| match &event.kind {
            EventKind::MailRejected { code, .. } => Some(code.clone()),
            _ => None,
        })
        .collect()
}

fn send_status(checked: &Checked, upn: &str) -> SendStatus {
    checked.simulation.send_status(id_of(&checked.simulation, upn))
}

/// Megan crosses the 10-external-recipients-per-hour limit with one message.
fn restrict_megan(checked: &mut Checked, tag: &str) -> StepResult {
    let result = send(checked, VICTIM, &externals(11, tag), "Offer");
    assert_eq!(restricted_event(&result.events), Some((VICTIM.to_string(), LimitKind::ExternalRecipientsPerHour)));
    result
}

/// Releases Megan as the trainee and returns when sending resumes.
fn release_megan(checked: &mut Checked) -> SimTime {
    let result = checked.step(&trainee(), &Action::ReleaseRestricted { user: VICTIM.to_string() });
    done(&result);
    result
        .events
        .iter()
        .find_map(|event| match &event.kind {
            EventKind::ReleaseRequested { user, effective_at } if user == VICTIM => Some(*effective_at),
            _ => None,
        })
        .expect("a release request event")
}

fn rule_names(checked: &mut Checked, include_hidden: bool) -> Vec<String> {
    let result = checked.step(&trainee(), &Action::ListRules { user: VICTIM.to_string(), include_hidden });
    match result.view {
        Some(View::Rules { rules, .. }) => rules.into_iter().map(|rule| rule.name).collect(),
        other => panic!("expected a rules view, got {other:?}"),
    }
}

// ------------------------------------------------- §6 mailbox forwarding

#[test]
fn forwarding_address_wins_over_forwarding_smtp_address() {
    // §6: "If both addresses are set, ForwardingAddress wins."
    let mut checked = office();
    set_forwarding(&mut checked, Some(ASSISTANT), Some(EXTERNAL), false);
    let result = send_one(&mut checked, COLLEAGUE, VICTIM, "Quarterly figures");
    done(&result);
    assert_eq!(
        forwarded_to(&result.events, ASSISTANT),
        Some(&EventKind::MailForwarded { from_mailbox: VICTIM.to_string(), to: ASSISTANT.to_string(), by_rule: None })
    );
    assert_eq!(delivered_to(&result.events, ASSISTANT, "Quarterly figures").as_deref(), Some("Inbox"));
    assert_eq!(forwarded_to(&result.events, EXTERNAL), None);
    assert_eq!(bounced_to(&result.events, EXTERNAL), None);
}

#[test]
fn forwarding_without_deliver_to_mailbox_and_forward_keeps_no_copy() {
    // §6: DeliverToMailboxAndForward defaults to false: mail is only forwarded.
    let mut checked = office();
    set_forwarding(&mut checked, Some(ASSISTANT), None, false);
    let result = send_one(&mut checked, COLLEAGUE, VICTIM, "Quarterly figures");
    done(&result);
    assert!(forwarded_to(&result.events, ASSISTANT).is_some());
    assert_eq!(delivered_to(&result.events, VICTIM, "Quarterly figures"), None);
    assert_eq!(message_with_subject(&checked, VICTIM, "Quarterly figures"), None);
    assert!(message_with_subject(&checked, ASSISTANT, "Quarterly figures").is_some());
}

#[test]
fn forwarding_without_deliver_to_mailbox_and_forward_skips_inbox_rules() {
    // §6: with no copy kept, the mailbox's inbox rules never see the message.
    let mut checked = office();
    create_rule(
        &mut checked,
        VICTIM,
        rule("Figures to Nestor", subject_has("figures"), vec![RuleAction::ForwardTo(vec![SECOND_GLOBAL_ADMIN.to_string()])]),
    );
    set_forwarding(&mut checked, Some(ASSISTANT), None, false);
    let result = send_one(&mut checked, COLLEAGUE, VICTIM, "Quarterly figures");
    done(&result);
    assert!(forwarded_to(&result.events, ASSISTANT).is_some());
    assert_eq!(forwarded_to(&result.events, SECOND_GLOBAL_ADMIN), None);
    assert_eq!(delivered_to(&result.events, SECOND_GLOBAL_ADMIN, "Quarterly figures"), None);
}

#[test]
fn forwarding_with_deliver_to_mailbox_and_forward_keeps_a_copy_and_runs_rules() {
    // §6: DeliverToMailboxAndForward keeps a copy, which the inbox rules then file.
    let mut checked = office();
    create_rule(&mut checked, VICTIM, rule("Figures", subject_has("figures"), vec![RuleAction::MoveToFolder("Reports".to_string())]));
    set_forwarding(&mut checked, Some(ASSISTANT), None, true);
    let result = send_one(&mut checked, COLLEAGUE, VICTIM, "Quarterly figures");
    done(&result);
    assert!(forwarded_to(&result.events, ASSISTANT).is_some());
    assert_eq!(delivered_to(&result.events, VICTIM, "Quarterly figures").as_deref(), Some("Reports"));
    assert_eq!(message_with_subject(&checked, VICTIM, "Quarterly figures").map(|message| message.folder).as_deref(), Some("Reports"));
}

// ---------------------------------------- §6 automatic external forwarding

/// Sends Diego → Megan with external forwarding (an inbox rule when
/// `by_rule`, else the mailbox setting) under `mode`; returns the delivery step.
fn external_forwarding_under(mode: AutoForwardingMode, by_rule: bool) -> (Checked, StepResult) {
    let mut checked = office();
    set_auto_forwarding(&mut checked, mode);
    if by_rule {
        create_rule(&mut checked, VICTIM, rule("Out", subject_has("figures"), vec![RuleAction::ForwardTo(vec![EXTERNAL.to_string()])]));
    } else {
        set_forwarding(&mut checked, None, Some(EXTERNAL), true);
    }
    let result = send_one(&mut checked, COLLEAGUE, VICTIM, "Quarterly figures");
    done(&result);
    (checked, result)
}

fn assert_bounced_with_5_7_520(checked: &Checked, result: &StepResult) {
    assert_eq!(
        bounced_to(&result.events, EXTERNAL),
        Some(&EventKind::MailBounced { mailbox: VICTIM.to_string(), to: EXTERNAL.to_string(), code: FORWARDING_BOUNCE.to_string() })
    );
    assert_eq!(forwarded_to(&result.events, EXTERNAL), None);
    let trace = checked
        .simulation
        .tenant()
        .message_trace
        .iter()
        .find(|entry| entry.to == TraceTo::Address(EXTERNAL.to_string()))
        .cloned()
        .expect("a trace entry");
    assert_eq!((trace.status, trace.detail), (TraceStatus::Failed, TraceDetail::Smtp(FORWARDING_BOUNCE.to_string())));
    assert!(message_with_subject(checked, VICTIM, "Undeliverable: Quarterly figures").is_some(), "the mailbox gets the NDR");
}

#[test]
fn external_forwarding_by_mailbox_setting_bounces_with_5_7_520_when_auto_forwarding_is_off() {
    // §6: AutoForwardingMode Off: external forwarding bounces with 5.7.520.
    let (checked, result) = external_forwarding_under(AutoForwardingMode::Off, false);
    assert_bounced_with_5_7_520(&checked, &result);
}

#[test]
fn external_forwarding_by_mailbox_setting_bounces_with_5_7_520_when_auto_forwarding_is_automatic() {
    // §6: Automatic (system-controlled) means off.
    let (checked, result) = external_forwarding_under(AutoForwardingMode::Automatic, false);
    assert_bounced_with_5_7_520(&checked, &result);
}

#[test]
fn external_forwarding_by_inbox_rule_bounces_with_5_7_520_when_auto_forwarding_is_off() {
    // §6: the control covers inbox-rule forwarding as well as the mailbox setting.
    let (checked, result) = external_forwarding_under(AutoForwardingMode::Off, true);
    assert_bounced_with_5_7_520(&checked, &result);
}

#[test]
fn external_forwarding_by_inbox_rule_bounces_with_5_7_520_when_auto_forwarding_is_automatic() {
    // §6: Automatic = Off, for inbox rules too.
    let (checked, result) = external_forwarding_under(AutoForwardingMode::Automatic, true);
    assert_bounced_with_5_7_520(&checked, &result);
}

fn assert_forwarded_outside(checked: &Checked, result: &StepResult, by_rule: Option<&str>) {
    assert_eq!(
        forwarded_to(&result.events, EXTERNAL),
        Some(&EventKind::MailForwarded {
            from_mailbox: VICTIM.to_string(),
            to: EXTERNAL.to_string(),
            by_rule: by_rule.map(str::to_string)
        })
    );
    assert_eq!(bounced_to(&result.events, EXTERNAL), None);
    let sent = checked
        .simulation
        .tenant()
        .message_trace
        .iter()
        .any(|entry| entry.to == TraceTo::Address(EXTERNAL.to_string()) && entry.status == TraceStatus::Sent);
    assert!(sent, "the message trace shows the copy leaving the organisation");
}

#[test]
fn external_forwarding_by_mailbox_setting_goes_out_when_auto_forwarding_is_on() {
    // §6: AutoForwardingMode On allows external forwarding.
    let (checked, result) = external_forwarding_under(AutoForwardingMode::On, false);
    assert_forwarded_outside(&checked, &result, None);
}

#[test]
fn external_forwarding_by_inbox_rule_goes_out_when_auto_forwarding_is_on() {
    // §6: AutoForwardingMode On allows rule forwarding outside too.
    let (checked, result) = external_forwarding_under(AutoForwardingMode::On, true);
    assert_forwarded_outside(&checked, &result, Some("Out"));
}

#[test]
fn internal_forwarding_is_unaffected_when_auto_forwarding_is_off() {
    // §6: "internal forwarding is unaffected", by setting and by rule.
    let mut checked = office();
    set_auto_forwarding(&mut checked, AutoForwardingMode::Off);
    create_rule(
        &mut checked,
        VICTIM,
        rule("Figures to Nestor", subject_has("figures"), vec![RuleAction::ForwardTo(vec![SECOND_GLOBAL_ADMIN.to_string()])]),
    );
    set_forwarding(&mut checked, Some(ASSISTANT), None, true);
    let result = send_one(&mut checked, COLLEAGUE, VICTIM, "Quarterly figures");
    done(&result);
    assert!(!result.events.iter().any(|event| matches!(event.kind, EventKind::MailBounced { .. })));
    assert_eq!(delivered_to(&result.events, ASSISTANT, "Quarterly figures").as_deref(), Some("Inbox"));
    assert_eq!(delivered_to(&result.events, SECOND_GLOBAL_ADMIN, "Quarterly figures").as_deref(), Some("Inbox"));
}

// ------------------------------------------------------ §6 inbox rules

#[test]
fn hidden_rules_are_listed_only_with_include_hidden() {
    // §6: "Hidden rules are listed only with Get-InboxRule -IncludeHidden."
    let mut checked = office();
    create_rule(&mut checked, VICTIM, rule("Newsletters", subject_has("newsletter"), vec![RuleAction::MoveToFolder("News".to_string())]));
    create_rule(
        &mut checked,
        VICTIM,
        RuleSpec { hidden: true, ..rule("..", subject_has("invoice"), vec![RuleAction::MoveToFolder("RSS Subscriptions".to_string())]) },
    );
    assert_eq!(rule_names(&mut checked, false), vec!["Newsletters".to_string()]);
    assert_eq!(rule_names(&mut checked, true), vec!["Newsletters".to_string(), "..".to_string()]);
}

#[test]
fn inbox_rule_moves_matching_mail_to_a_folder() {
    // §6: MoveToFolder (attackers use RSS Subscriptions); other mail stays in the Inbox.
    let mut checked = office();
    create_rule(
        &mut checked,
        VICTIM,
        rule("Hide", subject_has("invoice"), vec![RuleAction::MoveToFolder("RSS Subscriptions".to_string())]),
    );
    let moved = send_one(&mut checked, COLLEAGUE, VICTIM, "Invoice 4471");
    let kept = send_one(&mut checked, COLLEAGUE, VICTIM, "Lunch?");
    assert_eq!(delivered_to(&moved.events, VICTIM, "Invoice 4471").as_deref(), Some("RSS Subscriptions"));
    assert_eq!(delivered_to(&kept.events, VICTIM, "Lunch?").as_deref(), Some("Inbox"));
}

#[test]
fn inbox_rule_deletes_matching_mail() {
    // §6: DeleteMessage sends the message to Deleted Items.
    let mut checked = office();
    create_rule(&mut checked, VICTIM, rule("Bin", subject_has("phish"), vec![RuleAction::DeleteMessage]));
    let result = send_one(&mut checked, COLLEAGUE, VICTIM, "Phish report");
    assert_eq!(delivered_to(&result.events, VICTIM, "Phish report").as_deref(), Some("Deleted Items"));
    assert_eq!(message_with_subject(&checked, VICTIM, "Phish report").map(|message| message.folder).as_deref(), Some("Deleted Items"));
}

#[test]
fn inbox_rule_marks_matching_mail_as_read() {
    // §6: MarkAsRead leaves the message in place, read.
    let mut checked = office();
    create_rule(&mut checked, VICTIM, rule("Quiet", subject_has("payment"), vec![RuleAction::MarkAsRead]));
    send_one(&mut checked, COLLEAGUE, VICTIM, "Payment due");
    send_one(&mut checked, COLLEAGUE, VICTIM, "Lunch?");
    let marked = message_with_subject(&checked, VICTIM, "Payment due").expect("delivered");
    let unmarked = message_with_subject(&checked, VICTIM, "Lunch?").expect("delivered");
    assert_eq!((marked.folder.as_str(), marked.read), ("Inbox", true));
    assert_eq!((unmarked.folder.as_str(), unmarked.read), ("Inbox", false));
}

#[test]
fn stop_processing_rules_keeps_lower_priority_rules_from_running() {
    // §6: rules run in priority order; StopProcessingRules ends the run.
    let mut checked = office();
    create_rule(
        &mut checked,
        VICTIM,
        rule("First", subject_has("invoice"), vec![RuleAction::MoveToFolder("Finance".to_string()), RuleAction::StopProcessingRules]),
    );
    create_rule(&mut checked, VICTIM, rule("Second", subject_has("invoice"), vec![RuleAction::DeleteMessage]));
    let result = send_one(&mut checked, COLLEAGUE, VICTIM, "Invoice 4471");
    assert_eq!(delivered_to(&result.events, VICTIM, "Invoice 4471").as_deref(), Some("Finance"));
}

#[test]
fn lower_priority_rules_run_after_higher_priority_ones_without_stop_processing() {
    // §6: without StopProcessingRules every matching rule runs, in priority order.
    let mut checked = office();
    create_rule(&mut checked, VICTIM, rule("First", subject_has("invoice"), vec![RuleAction::MoveToFolder("Finance".to_string())]));
    create_rule(&mut checked, VICTIM, rule("Second", subject_has("invoice"), vec![RuleAction::MoveToFolder("Archive".to_string())]));
    let result = send_one(&mut checked, COLLEAGUE, VICTIM, "Invoice 4471");
    assert_eq!(delivered_to(&result.events, VICTIM, "Invoice 4471").as_deref(), Some("Archive"));
}

#[test]
fn inbox_rule_priorities_stay_unique_after_a_rule_is_removed() {
    // §6: each rule has a priority; Exchange renumbers after Remove-InboxRule,
    // so no two rules share one and a new rule runs after the existing ones.
    let mut checked = office();
    create_rule(&mut checked, VICTIM, rule("A", subject_has("zzz"), vec![RuleAction::MarkAsRead]));
    create_rule(&mut checked, VICTIM, rule("B", subject_has("invoice"), vec![RuleAction::MoveToFolder("Finance".to_string())]));
    done(&checked.step(&trainee(), &Action::RemoveRule { user: VICTIM.to_string(), rule: "A".to_string() }));
    create_rule(
        &mut checked,
        VICTIM,
        rule("C", subject_has("invoice"), vec![RuleAction::MoveToFolder("Archive".to_string()), RuleAction::StopProcessingRules]),
    );
    let listed = checked.step(&trainee(), &Action::ListRules { user: VICTIM.to_string(), include_hidden: true });
    let Some(View::Rules { rules, .. }) = listed.view else { panic!("expected a rules view") };
    let order: Vec<(String, u32)> = rules.iter().map(|rule| (rule.name.clone(), rule.priority)).collect();
    assert_eq!(order, vec![("B".to_string(), 1), ("C".to_string(), 2)]);
    let result = send_one(&mut checked, COLLEAGUE, VICTIM, "Invoice 4471");
    assert_eq!(delivered_to(&result.events, VICTIM, "Invoice 4471").as_deref(), Some("Archive"));
}

// ------------------------------------------- §5 outbound recipient limits

#[test]
fn external_recipients_per_hour_limit_restricts_the_sender() {
    // §5: crossing the external-recipients-per-hour limit restricts the sender.
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUser));
    done(&send(&mut checked, VICTIM, &externals(10, "a"), "Offer"));
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Yes);
    let result = send(&mut checked, VICTIM, &externals(1, "b"), "Offer");
    assert!(matches!(result.outcome, Outcome::Denied { .. }));
    assert_eq!(restricted_event(&result.events), Some((VICTIM.to_string(), LimitKind::ExternalRecipientsPerHour)));
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Restricted);
}

#[test]
fn internal_recipients_per_hour_limit_restricts_the_sender() {
    // §5: crossing the internal-recipients-per-hour limit restricts the sender.
    let mut checked = office_with(|simulation| limits(simulation, 1_000, 2, 1_000, OutboundAction::BlockUser));
    done(&send(&mut checked, VICTIM, &[ASSISTANT.to_string(), COLLEAGUE.to_string()], "Team lunch"));
    let result = send_one(&mut checked, VICTIM, SECOND_GLOBAL_ADMIN, "Team lunch");
    assert_eq!(restricted_event(&result.events), Some((VICTIM.to_string(), LimitKind::InternalRecipientsPerHour)));
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Restricted);
}

#[test]
fn recipients_per_day_limit_restricts_the_sender() {
    // §5: the daily limit counts across hours; each hour stays under its own limit.
    let mut checked = office_with(|simulation| limits(simulation, 15, 1_000, 20, OutboundAction::BlockUser));
    done(&send(&mut checked, VICTIM, &externals(12, "a"), "Offer"));
    wait(&mut checked, SimDuration::hours(1));
    let result = send(&mut checked, VICTIM, &externals(12, "b"), "Offer");
    assert_eq!(restricted_event(&result.events), Some((VICTIM.to_string(), LimitKind::RecipientsPerDay)));
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Restricted);
}

#[test]
fn restricted_sender_gets_ndr_550_5_1_8() {
    // §5: "sending fails with NDR 550 5.1.8 Access denied, bad outbound sender",
    // for the message that crossed the limit and for every later one.
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUser));
    let crossing = restrict_megan(&mut checked, "a");
    assert_eq!(rejection_codes(&crossing.events), vec![RESTRICTED_NDR.to_string()]);
    let later = send_one(&mut checked, VICTIM, ASSISTANT, "Hello");
    assert!(denied_reason(&later).contains(RESTRICTED_NDR));
    assert_eq!(rejection_codes(&later.events), vec![RESTRICTED_NDR.to_string()]);
    assert!(!later.events.iter().any(|event| matches!(event.kind, EventKind::MailSent { .. } | EventKind::MailDelivered { .. })));
    assert_eq!(message_with_subject(&checked, ASSISTANT, "Hello"), None);
}

#[test]
fn restriction_raises_the_high_severity_alert_user_restricted_from_sending_email() {
    // §5: the alert "User restricted from sending email" (severity High).
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUser));
    let result = restrict_megan(&mut checked, "a");
    assert!(
        result
            .events
            .iter()
            .any(|event| event.kind == EventKind::AlertRaised { title: RESTRICTED_ALERT.to_string(), user: VICTIM.to_string() })
    );
    let listed = checked.step(&trainee(), &Action::ListAlerts);
    let Some(View::Alerts(alerts)) = listed.view else { panic!("expected alerts") };
    let alert = alerts.iter().find(|alert| alert.title == RESTRICTED_ALERT).expect("the alert is listed");
    assert_eq!((alert.severity, alert.upn.as_str()), (Severity::High, VICTIM));
}

#[test]
fn restricted_sender_is_listed_on_restricted_entities() {
    // §5: Review > Restricted entities lists the restricted user and the limit.
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUser));
    restrict_megan(&mut checked, "a");
    let listed = checked.step(&trainee(), &Action::ListRestricted);
    let Some(View::Restricted(lines)) = listed.view else { panic!("expected the restricted list") };
    let found: Vec<(String, LimitKind, Option<SimTime>)> =
        lines.into_iter().map(|line| (line.upn, line.limit, line.release_effective_at)).collect();
    assert_eq!(found, vec![(VICTIM.to_string(), LimitKind::ExternalRecipientsPerHour, None)]);
}

#[test]
fn restricted_user_can_still_receive_mail() {
    // §5: "A restricted user can still receive mail."
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUser));
    restrict_megan(&mut checked, "a");
    let result = send_one(&mut checked, COLLEAGUE, VICTIM, "Still there?");
    done(&result);
    assert_eq!(delivered_to(&result.events, VICTIM, "Still there?").as_deref(), Some("Inbox"));
}

#[test]
fn block_user_for_today_cannot_be_released_early() {
    // §5: BlockUserForToday: "an admin cannot release early".
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUserForToday));
    restrict_megan(&mut checked, "a");
    let midnight = checked.simulation.now().next_midnight();
    assert_eq!(send_status(&checked, VICTIM), SendStatus::NextDay(midnight));
    let result = checked.step(&trainee(), &Action::ReleaseRestricted { user: VICTIM.to_string() });
    assert!(matches!(result.outcome, Outcome::Invalid { .. }), "got {:?}", result.outcome);
    assert!(!result.events.iter().any(|event| matches!(event.kind, EventKind::ReleaseRequested { .. })));
    assert_eq!(send_status(&checked, VICTIM), SendStatus::NextDay(midnight));
    assert!(denied_reason(&send_one(&mut checked, VICTIM, ASSISTANT, "Hello")).contains(RESTRICTED_NDR));
}

#[test]
fn block_user_for_today_lifts_at_the_next_utc_midnight() {
    // §5: BlockUserForToday blocks "until the next UTC day".
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUserForToday));
    restrict_megan(&mut checked, "a");
    let midnight = checked.simulation.now().next_midnight();
    wait_until(&mut checked, SimTime(midnight.0 - 60));
    assert!(denied_reason(&send_one(&mut checked, VICTIM, ASSISTANT, "Late")).contains(RESTRICTED_NDR));
    let result = wait(&mut checked, SimDuration::minutes(2));
    let released_at = result.events.iter().find_map(|event| match &event.kind {
        EventKind::SenderReleased { user } if user == VICTIM => Some(event.at),
        _ => None,
    });
    assert_eq!(released_at, Some(midnight));
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Yes);
    done(&send_one(&mut checked, VICTIM, ASSISTANT, "Morning"));
}

#[test]
fn block_user_release_takes_effect_after_the_seeded_delay() {
    // §5: after Unblock, "sending resumes usually within an hour, at most 24 hours".
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUser));
    restrict_megan(&mut checked, "a");
    let released = checked.simulation.now();
    let effective_at = release_megan(&mut checked);
    assert!(effective_at > released, "the release is not immediate");
    assert_eq!(send_status(&checked, VICTIM), SendStatus::AfterRelease(effective_at));
    wait_until(&mut checked, SimTime(effective_at.0 - 1));
    assert!(denied_reason(&send_one(&mut checked, VICTIM, ASSISTANT, "Too early")).contains(RESTRICTED_NDR));
    let result = wait(&mut checked, SimDuration::seconds(1));
    assert!(
        result.events.iter().any(|event| event.at == effective_at && event.kind == EventKind::SenderReleased { user: VICTIM.to_string() })
    );
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Yes);
    done(&send_one(&mut checked, VICTIM, ASSISTANT, "Back"));
}

#[test]
fn block_user_release_delay_is_usually_under_an_hour_and_always_within_a_day() {
    // §5: "usually within an hour, at most 24 hours", over many seeds.
    let mut under_an_hour = 0;
    let seeds = 0..200_u64;
    let total = seeds.clone().count();
    for seed in seeds {
        let mut checked = office_seeded(seed, small_external_limit(OutboundAction::BlockUser));
        restrict_megan(&mut checked, "a");
        let now = checked.simulation.now();
        let delay = release_megan(&mut checked).since(now);
        assert!(delay > SimDuration::seconds(0) && delay <= SimDuration::hours(24), "seed {seed}: delay {delay:?}");
        if delay < SimDuration::hours(1) {
            under_an_hour += 1;
        }
    }
    assert!(under_an_hour * 4 >= total * 3, "only {under_an_hour} of {total} releases took under an hour");
    assert!(under_an_hour < total, "some releases should take longer than an hour");
}

#[test]
fn release_cap_leaves_only_microsoft_support_able_to_release() {
    // §5: "An account can be released only a limited number of times; past
    // that only Microsoft support can release it."
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUser));
    let cap = checked.simulation.tenant().outbound_policy.release_cap;
    assert!(cap > 0);
    for round in 0..cap {
        restrict_megan(&mut checked, &format!("round{round}"));
        release_megan(&mut checked);
        // The release lands within a day; two days on, the exemption is over.
        wait(&mut checked, SimDuration::days(2));
        assert_eq!(send_status(&checked, VICTIM), SendStatus::Yes);
    }
    restrict_megan(&mut checked, "over");
    for admin_upn in [TRAINEE, SECOND_GLOBAL_ADMIN] {
        let result = checked.step(&admin(admin_upn), &Action::ReleaseRestricted { user: VICTIM.to_string() });
        assert!(denied_reason(&result).contains("only Microsoft support"), "{admin_upn}: {:?}", result.outcome);
    }
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Restricted);
    let result = checked.step(&Actor::Support, &Action::ReleaseRestricted { user: VICTIM.to_string() });
    done(&result);
    assert!(matches!(send_status(&checked, VICTIM), SendStatus::AfterRelease(_)));
}

#[test]
fn released_sender_is_not_restricted_again_that_day_by_the_same_limit() {
    // §5: BlockUser: "not restricted again that day after release".
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUser));
    restrict_megan(&mut checked, "a");
    let effective_at = release_megan(&mut checked);
    wait_until(&mut checked, effective_at);
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Yes);
    let result = send(&mut checked, VICTIM, &externals(11, "b"), "Offer");
    done(&result);
    assert_eq!(restricted_event(&result.events), None);
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Yes);
}

#[test]
fn released_sender_is_restricted_again_by_a_new_burst_on_a_later_day() {
    // §5: the same-day exemption ends with the UTC day.
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUser));
    restrict_megan(&mut checked, "a");
    release_megan(&mut checked);
    wait(&mut checked, SimDuration::days(2));
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Yes);
    restrict_megan(&mut checked, "b");
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Restricted);
}

#[test]
fn alert_action_only_alerts() {
    // §5: Alert: "notify only": the mail goes, nobody is restricted.
    let mut checked = office_with(small_external_limit(OutboundAction::Alert));
    let result = send(&mut checked, VICTIM, &externals(11, "a"), "Offer");
    done(&result);
    assert!(result.events.iter().any(|event| matches!(event.kind, EventKind::MailSent { recipients: 11, .. })));
    assert!(result.events.iter().any(|event| matches!(&event.kind, EventKind::AlertRaised { user, .. } if user == VICTIM)));
    assert_eq!(restricted_event(&result.events), None);
    assert!(!checked.simulation.tenant().alerts.iter().any(|alert| alert.title == RESTRICTED_ALERT));
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Yes);
    assert!(checked.simulation.tenant().restricted_senders.is_empty());
}

// ----------------------------------------------------- §4/§6 permissions

/// Every mailbox-changing action on Megan's mailbox, in an order that works.
fn mailbox_actions() -> Vec<Action> {
    vec![
        Action::SetForwarding {
            user: VICTIM.to_string(),
            forwarding_address: Some(ASSISTANT.to_string()),
            forwarding_smtp_address: None,
            deliver_and_forward: true,
        },
        Action::ClearForwarding { user: VICTIM.to_string() },
        Action::CreateRule { user: VICTIM.to_string(), rule: rule("Mine", subject_has("x"), vec![RuleAction::MarkAsRead]) },
        Action::DisableRule { user: VICTIM.to_string(), rule: "Mine".to_string() },
        Action::RemoveRule { user: VICTIM.to_string(), rule: "Mine".to_string() },
        Action::AddDelegate { user: VICTIM.to_string(), delegate: ASSISTANT.to_string(), access: AccessRight::FullAccess },
        Action::RemoveDelegate { user: VICTIM.to_string(), delegate: ASSISTANT.to_string() },
        Action::DisableProtocols { user: VICTIM.to_string(), protocols: vec![Protocol::Pop] },
    ]
}

#[test]
fn exchange_administrator_may_manage_mailboxes() {
    // §4: "Mailbox forwarding, inbox rules, mailbox permissions: Exchange Administrator or Global Administrator."
    let mut checked = office();
    for action in mailbox_actions() {
        let result = checked.step(&admin(EXCHANGE_ADMIN), &action);
        assert_eq!(result.outcome, Outcome::Done, "{action:?}");
    }
}

#[test]
fn global_administrator_may_manage_mailboxes() {
    // §4: the Global Administrator holds every mailbox permission.
    let mut checked = office();
    for action in mailbox_actions() {
        let result = checked.step(&trainee(), &action);
        assert_eq!(result.outcome, Outcome::Done, "{action:?}");
    }
}

#[test]
fn helpdesk_administrator_is_denied_mailbox_actions() {
    // §4: a Helpdesk Administrator holds neither role; the denial names them.
    let mut checked = office();
    // Give the actions something to act on, so only permission can refuse them.
    set_forwarding(&mut checked, Some(ASSISTANT), None, true);
    create_rule(&mut checked, VICTIM, rule("Mine", subject_has("x"), vec![RuleAction::MarkAsRead]));
    done(&checked.step(
        &trainee(),
        &Action::AddDelegate { user: VICTIM.to_string(), delegate: COLLEAGUE.to_string(), access: AccessRight::FullAccess },
    ));
    let actions = vec![
        Action::SetForwarding {
            user: VICTIM.to_string(),
            forwarding_address: None,
            forwarding_smtp_address: Some(EXTERNAL.to_string()),
            deliver_and_forward: false,
        },
        Action::ClearForwarding { user: VICTIM.to_string() },
        Action::CreateRule { user: VICTIM.to_string(), rule: rule("Other", subject_has("y"), vec![RuleAction::DeleteMessage]) },
        Action::DisableRule { user: VICTIM.to_string(), rule: "Mine".to_string() },
        Action::RemoveRule { user: VICTIM.to_string(), rule: "Mine".to_string() },
        Action::AddDelegate { user: VICTIM.to_string(), delegate: ASSISTANT.to_string(), access: AccessRight::FullAccess },
        Action::RemoveDelegate { user: VICTIM.to_string(), delegate: COLLEAGUE.to_string() },
        Action::DisableProtocols { user: VICTIM.to_string(), protocols: vec![Protocol::Pop] },
    ];
    for action in actions {
        let result = checked.step(&admin(HELPDESK), &action);
        let reason = denied_reason(&result);
        assert!(reason.contains("Exchange Administrator") && reason.contains("Global Administrator"), "{action:?}: {reason}");
    }
    let id = id_of(&checked.simulation, VICTIM);
    let mailbox = checked.simulation.tenant().user(id).mailbox.as_deref().cloned().expect("mailbox");
    assert_eq!(mailbox.forwarding_address.as_deref(), Some(ASSISTANT));
    assert_eq!(mailbox.forwarding_smtp_address, None);
    assert_eq!(mailbox.rules.iter().map(|rule| (rule.name.as_str(), rule.enabled)).collect::<Vec<_>>(), vec![("Mine", true)]);
    assert_eq!(mailbox.delegates.iter().map(|delegate| delegate.user.as_str()).collect::<Vec<_>>(), vec![COLLEAGUE]);
    assert!(mailbox.protocols.enabled(Protocol::Pop));
}

#[test]
fn security_administrator_may_release_a_restricted_sender() {
    // §4: restricted entities: Security Administrator, Global Administrator.
    let mut checked = office_with(|simulation| {
        small_external_limit(OutboundAction::BlockUser)(simulation);
        let diego = id_of(simulation, COLLEAGUE);
        simulation.tenant_mut().grant_role(diego, Role::SecurityAdministrator);
    });
    restrict_megan(&mut checked, "a");
    let result = checked.step(&admin(COLLEAGUE), &Action::ReleaseRestricted { user: VICTIM.to_string() });
    done(&result);
    assert!(matches!(send_status(&checked, VICTIM), SendStatus::AfterRelease(_)));
}

#[test]
fn global_administrator_may_release_a_restricted_sender() {
    // §4: restricted entities: Global Administrator.
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUser));
    restrict_megan(&mut checked, "a");
    release_megan(&mut checked);
    assert!(matches!(send_status(&checked, VICTIM), SendStatus::AfterRelease(_)));
}

#[test]
fn exchange_and_helpdesk_administrators_may_not_release_a_restricted_sender() {
    // §4: neither Exchange nor Helpdesk Administrator may release a sender.
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUser));
    restrict_megan(&mut checked, "a");
    for upn in [EXCHANGE_ADMIN, HELPDESK] {
        let result = checked.step(&admin(upn), &Action::ReleaseRestricted { user: VICTIM.to_string() });
        let reason = denied_reason(&result);
        assert!(reason.contains("Security Administrator") && reason.contains("Global Administrator"), "{upn}: {reason}");
        assert!(!result.events.iter().any(|event| matches!(event.kind, EventKind::ReleaseRequested { .. })));
    }
    assert_eq!(send_status(&checked, VICTIM), SendStatus::Restricted);
}

// --------------------------------------------------- message trace, §5/§6

#[test]
fn message_trace_shows_deliveries_and_failures() {
    // §5/§6: the trace shows what was delivered and what failed, with the code.
    let mut checked = office_with(small_external_limit(OutboundAction::BlockUser));
    done(&send_one(&mut checked, VICTIM, ASSISTANT, "Agenda"));
    restrict_megan(&mut checked, "a");
    let result = checked.step(&admin(EXCHANGE_ADMIN), &Action::MessageTrace { user: VICTIM.to_string() });
    let Some(View::Trace(entries)) = result.view else { panic!("expected a trace, got {:?}", result.outcome) };
    let delivered = entries.iter().find(|entry| entry.subject == "Agenda").expect("the delivery is traced");
    assert_eq!(
        (delivered.from.as_str(), &delivered.to, delivered.status),
        (VICTIM, &TraceTo::Address(ASSISTANT.to_string()), TraceStatus::Delivered)
    );
    let failed = entries.iter().find(|entry| entry.subject == "Offer").expect("the failure is traced");
    assert_eq!((failed.status, &failed.detail), (TraceStatus::Failed, &TraceDetail::Smtp(RESTRICTED_NDR.to_string())));
}

// ------------------------------------------------------- §6 delegates

fn read_as(checked: &mut Checked, reader: &str) -> StepResult {
    checked.step(&user(reader), &Action::ReadMail { user: VICTIM.to_string() })
}

fn add_full_access(checked: &mut Checked, delegate: &str) {
    done(&checked.step(
        &trainee(),
        &Action::AddDelegate { user: VICTIM.to_string(), delegate: delegate.to_string(), access: AccessRight::FullAccess },
    ));
}

#[test]
fn full_access_delegate_can_read_the_mailbox() {
    // §6: Get-MailboxPermission lists FullAccess; a delegate with it reads the mailbox.
    let mut checked = office();
    done(&send_one(&mut checked, COLLEAGUE, VICTIM, "Budget"));
    assert!(denied_reason(&read_as(&mut checked, ASSISTANT)).contains("no FullAccess"));
    add_full_access(&mut checked, ASSISTANT);
    let listed = checked.step(&trainee(), &Action::ListDelegates { user: VICTIM.to_string() });
    let Some(View::Delegates { delegates, .. }) = listed.view else { panic!("expected delegates") };
    assert_eq!(delegates, vec![(ASSISTANT.to_string(), AccessRight::FullAccess)]);
    let read = read_as(&mut checked, ASSISTANT);
    let Some(View::Mail { subjects, .. }) = read.view else { panic!("expected mail, got {:?}", read.outcome) };
    assert_eq!(subjects, vec!["Budget".to_string()]);
}

#[test]
fn removing_a_delegate_ends_their_access() {
    // §6: Remove-MailboxPermission removes the grant.
    let mut checked = office();
    add_full_access(&mut checked, ASSISTANT);
    done(&checked.step(&trainee(), &Action::RemoveDelegate { user: VICTIM.to_string(), delegate: ASSISTANT.to_string() }));
    let listed = checked.step(&trainee(), &Action::ListDelegates { user: VICTIM.to_string() });
    assert_eq!(listed.view, Some(View::Delegates { upn: VICTIM.to_string(), delegates: vec![] }));
    assert!(denied_reason(&read_as(&mut checked, ASSISTANT)).contains("no FullAccess"));
}

// -------------------------------------------------------- §8 protocols

#[test]
fn disabling_imap_stops_an_app_password_over_imap() {
    // §8 (turn off mailbox protocols) with §2 (app passwords survive resets).
    let mut checked = office_with(|simulation| {
        let megan = id_of(simulation, VICTIM);
        let created_at = simulation.now();
        simulation.tenant_mut().user_mut(megan).app_passwords.push(AppPassword {
            name: "Mail sync".to_string(),
            created_at,
            controlled_by: Party::Owner,
        });
    });
    let use_imap = Action::UseAppPassword { user: VICTIM.to_string(), protocol: Protocol::Imap };
    done(&checked.step(&user(VICTIM), &use_imap));
    done(&checked.step(&trainee(), &Action::DisableProtocols { user: VICTIM.to_string(), protocols: vec![Protocol::Imap] }));
    let result = checked.step(&user(VICTIM), &use_imap);
    assert_eq!(denied_reason(&result), "the protocol is disabled for this mailbox");
    assert!(result.events.iter().any(|event| matches!(event.kind, EventKind::AppPasswordUsed { ok: false, .. })));
}
