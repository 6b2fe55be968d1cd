//! The scorer's findings in words, in a language: violations, consequences,
//! outcome checks, notes, citations, statuses and live feedback. This is the
//! scorer's presentation: every sentence comes from `locales/*/report.ftl`.

use super::Feedback;
use super::finding::{
    Check, CheckDetail, CheckId, Citation, Credit, Effect, FileText, Finding, HarmAct, Held, Left, OrderBreak, OwnerProblem,
    PasswordChannel, Removal, Sending, StepNote,
};
use super::report::{StepStatus, ViolationKind};
use crate::clock::SimTime;
use crate::i18n::Lang;
use crate::t;
use crate::tenant::outbound::LimitKind;
use crate::tenant::role::Role;

/// A text from a procedure file, in `lang` (English where it has none).
pub(super) fn file_text(lang: Lang, text: &FileText) -> String {
    text.get(lang).to_string()
}

/// `Recommended steps to take if an account is compromised, step 1`, or
/// `other guidance: PAGE` for guidance beyond the article's numbered steps.
pub(super) fn citation(lang: Lang, citation: &Citation) -> String {
    let article = file_text(lang, &citation.article);
    if citation.steps.is_empty() {
        return t!(lang, "report-citation-other-page", article = article);
    }
    t!(lang, "report-citation", article = article, count = citation.steps.len(), steps = numbers(&citation.steps))
}

/// `step 1`, `steps 2, 3` or `other guidance`: the article is named above.
pub(super) fn step_reference(lang: Lang, steps: &[u8]) -> String {
    if steps.is_empty() {
        return t!(lang, "report-citation-other");
    }
    t!(lang, "report-step-reference", count = steps.len(), steps = numbers(steps))
}

fn numbers(steps: &[u8]) -> String {
    steps.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

/// The citation with Microsoft's page in `lang`, for feedback.
pub(super) fn citation_with_link(lang: Lang, cited: &Citation) -> String {
    let text = citation(lang, cited);
    match cited.link(lang) {
        Some(url) => t!(lang, "report-citation-link", citation = text, url = url),
        None => text,
    }
}

/// A status as the report's reader reads it.
pub(super) fn status(lang: Lang, status: StepStatus) -> String {
    match status {
        StepStatus::Done => t!(lang, "report-status-done"),
        StepStatus::DoneLate => t!(lang, "report-status-done-late"),
        StepStatus::DoneOutOfOrder => t!(lang, "report-status-out-of-order"),
        StepStatus::Missed => t!(lang, "report-status-missed"),
        StepStatus::Skipped => t!(lang, "report-status-skipped"),
        StepStatus::NotApplicable => t!(lang, "report-status-not-applicable"),
    }
}

/// A kind of violation as the report's reader reads it.
pub(crate) fn violation_kind(lang: Lang, kind: ViolationKind) -> String {
    match kind {
        ViolationKind::Forbidden => t!(lang, "report-kind-forbidden"),
        ViolationKind::Order => t!(lang, "report-kind-order"),
        ViolationKind::Harm => t!(lang, "report-kind-harm"),
        ViolationKind::Denied => t!(lang, "report-kind-denied"),
    }
}

/// A refusal the service gave, as the report shows it.
pub(super) fn denied(lang: Lang, reason: &str) -> String {
    t!(lang, "report-denied", reason = reason)
}

/// A violation's message.
pub(super) fn finding(lang: Lang, finding: &Finding) -> String {
    match finding {
        Finding::Denied { refusal } => denied(lang, &crate::present::outcome::refusal_text(lang, refusal)),
        Finding::Forbidden { reason } => file_text(lang, reason),
        Finding::Harm { acts, reason } => {
            let what = acts.iter().map(|act| harm_act(lang, act)).collect::<Vec<_>>().join(", ");
            t!(lang, "report-harm", what = what, reason = file_text(lang, reason))
        }
        Finding::Order(broken) => order(lang, broken),
    }
}

fn order(lang: Lang, broken: &OrderBreak) -> String {
    match broken {
        OrderBreak::First { step, earlier } => {
            let earlier = earlier
                .iter()
                .map(|(id, at)| t!(lang, "report-order-earlier", step = id, time = at.clock_text()))
                .collect::<Vec<_>>()
                .join(", ");
            t!(lang, "report-order-first", step = step, earlier = earlier)
        }
        OrderBreak::Before { step, other, done_at } => {
            t!(lang, "report-order-before", step = step, other = other, time = done_at.clock_text())
        }
        OrderBreak::After { step, other } => t!(lang, "report-order-after", step = step, other = other),
    }
}

fn harm_act(lang: Lang, act: &HarmAct) -> String {
    match act {
        HarmAct::RemovedLegitimate(removal) => t!(lang, "report-harm-legitimate", what = removal_text(lang, removal)),
        HarmAct::WrongUser { kind, upn } => {
            let action = crate::command::name_of(*kind).map_or_else(|| kind.name(), |name| format!("`{name}`"));
            t!(lang, "report-harm-wrong-user", action = action, user = upn)
        }
        HarmAct::AutoForwardingOn => t!(lang, "report-harm-auto-forwarding-on"),
        HarmAct::RaisedLimit { limit: kind, from, to } => {
            t!(lang, "report-harm-raised-limit", limit = limit(lang, *kind), from = from, to = to)
        }
        HarmAct::PolicyOnlyAlerts => t!(lang, "report-harm-policy-only-alerts"),
        HarmAct::NarrowedSspr { from, to } => {
            let (from, to) = (crate::present::view::sspr_scope(lang, from), crate::present::view::sspr_scope(lang, to));
            t!(lang, "report-harm-narrowed-sspr", from = from, to = to)
        }
        HarmAct::LoweredSsprMethods { from, to } => {
            t!(lang, "report-harm-lowered-sspr-methods", from = u32::from(*from), to = u32::from(*to))
        }
        HarmAct::StrongPasswordsOff { upn } => t!(lang, "report-harm-strong-passwords-off", user = upn),
        HarmAct::GaveRoleToUncontained { role, upn } => t!(lang, "report-harm-gave-role", role = role_name(lang, *role), user = upn),
        HarmAct::ForwardedOutside { upn, address } => t!(lang, "report-harm-forwarded-outside", user = upn, address = address),
        HarmAct::RuleSendingOutside { upn, address } => t!(lang, "report-harm-rule-outside", user = upn, address = address),
        HarmAct::DelegateAttackerHolds { delegate, upn } => {
            t!(lang, "report-harm-delegate-held", delegate = delegate, user = upn)
        }
        HarmAct::AttackerRuleBackOn { upn, rule } => t!(lang, "report-harm-rule-back-on", user = upn, rule = rule),
        HarmAct::ReleasedWithFoothold { upn, held } => {
            let held = and_list(lang, held.iter().map(|held| held_text(lang, *held)));
            t!(lang, "report-harm-released", user = upn, held = held)
        }
        HarmAct::RemovedOwnGlobalAdministrator => t!(lang, "report-harm-removed-own-global-admin"),
        HarmAct::BlockedOwnUsers { policy, ip } => t!(lang, "report-harm-blocked-own-users", policy = policy, ip = ip),
        HarmAct::RemovedLastGlobalAdministrator { upn } => t!(lang, "report-harm-removed-last-global-admin", user = upn),
    }
}

fn removal_text(lang: Lang, removal: &Removal) -> String {
    match removal {
        Removal::Rule { upn, rule } => t!(lang, "report-removed-rule", rule = rule, user = upn),
        Removal::DisabledRule { upn, rule } => t!(lang, "report-removed-disabled-rule", rule = rule, user = upn),
        Removal::Forwarding { upn } => t!(lang, "report-removed-forwarding", user = upn),
        Removal::Delegate { upn, delegate } => t!(lang, "report-removed-delegate", delegate = delegate, user = upn),
        Removal::Role { upn, role } => t!(lang, "report-removed-role", role = role_name(lang, *role), user = upn),
        Removal::Method { upn, method } => t!(lang, "report-removed-method", method = method.name(), user = upn),
        Removal::Device { upn, device } => t!(lang, "report-removed-device", device = device, user = upn),
        Removal::App { app } => t!(lang, "report-removed-app", app = app),
    }
}

fn held_text(lang: Lang, held: Held) -> String {
    match held {
        Held::Password => t!(lang, "report-held-password"),
        Held::ExchangeSession => t!(lang, "report-held-session"),
        Held::AppPassword => t!(lang, "report-held-app-password"),
        Held::Delegate => t!(lang, "report-held-delegate"),
        Held::Credential => t!(lang, "report-held-credential"),
    }
}

/// `a and b and c`.
fn and_list(lang: Lang, parts: impl Iterator<Item = String>) -> String {
    parts.reduce(|left, right| t!(lang, "report-and", left = left, right = right)).unwrap_or_default()
}

/// A role by the name the admin center gives it, in `lang`.
fn role_name(lang: Lang, role: Role) -> String {
    crate::present::view::role_name(lang, role)
}

/// An outbound limit.
pub(super) fn limit(lang: Lang, limit: LimitKind) -> String {
    match limit {
        LimitKind::ExternalRecipientsPerHour => t!(lang, "report-limit-external-per-hour"),
        LimitKind::InternalRecipientsPerHour => t!(lang, "report-limit-internal-per-hour"),
        LimitKind::RecipientsPerDay => t!(lang, "report-limit-per-day"),
        LimitKind::ServiceRecipientsPerDay => t!(lang, "report-limit-service-per-day"),
        LimitKind::ServiceMessagesPerMinute => t!(lang, "report-limit-service-per-minute"),
        LimitKind::ServiceRecipientsPerMessage => t!(lang, "report-limit-service-per-message"),
    }
}

fn channel(lang: Lang, channel: &PasswordChannel) -> String {
    match channel {
        PasswordChannel::Email(address) => t!(lang, "report-channel-email", address = address),
        PasswordChannel::Phone => t!(lang, "report-channel-phone"),
        PasswordChannel::Sms => t!(lang, "report-channel-sms"),
    }
}

fn clock(at: SimTime) -> String {
    at.clock_text()
}

/// A consequence.
pub(super) fn effect(lang: Lang, effect: &Effect) -> String {
    match effect {
        Effect::RuleCreated { upn, rule, again: false, at } => {
            t!(lang, "report-effect-rule-created", rule = rule, user = upn, time = clock(*at))
        }
        Effect::RuleCreated { upn, rule, again: true, at } => {
            t!(lang, "report-effect-rule-recreated", rule = rule, user = upn, time = clock(*at))
        }
        Effect::ForwardingSet { upn, address, again: false, at } => {
            t!(lang, "report-effect-forwarding-set", user = upn, address = address, time = clock(*at))
        }
        Effect::ForwardingSet { upn, address, again: true, at } => {
            t!(lang, "report-effect-forwarding-set-again", user = upn, address = address, time = clock(*at))
        }
        Effect::DelegateAdded { upn, delegate, again: false, at } => {
            t!(lang, "report-effect-delegate-added", delegate = delegate, user = upn, time = clock(*at))
        }
        Effect::DelegateAdded { upn, delegate, again: true, at } => {
            t!(lang, "report-effect-delegate-added-again", delegate = delegate, user = upn, time = clock(*at))
        }
        Effect::Restricted { upn, limit: kind, again: false, at } => {
            t!(lang, "report-effect-restricted", user = upn, time = clock(*at), limit = limit(lang, *kind))
        }
        Effect::Restricted { upn, limit: kind, again: true, at } => {
            t!(lang, "report-effect-restricted-again", user = upn, time = clock(*at), limit = limit(lang, *kind))
        }
        Effect::PasswordLearned { upn, channel: sent, at, how } => {
            t!(
                lang,
                "report-effect-password-learned",
                user = upn,
                channel = channel(lang, sent),
                time = clock(*at),
                how = crate::present::event::learned(lang, how)
            )
        }
        Effect::PasswordChangedUnread { channel: sent, at } => {
            t!(lang, "report-effect-password-changed-unread", channel = channel(lang, sent), time = clock(*at))
        }
        Effect::PasswordUnreadAtEnd { channel: sent, at } => {
            t!(lang, "report-effect-password-unread-at-end", channel = channel(lang, sent), time = clock(*at))
        }
    }
}

/// A step's note.
pub(super) fn step_note(lang: Lang, note: &StepNote) -> String {
    match note {
        StepNote::SkippedByScenario => t!(lang, "report-note-skipped"),
        StepNote::DidNotApply(None) => t!(lang, "report-note-nothing-to-do"),
        StepNote::DidNotApply(Some(condition)) => {
            t!(lang, "report-note-did-not-apply", condition = crate::procedure::render::describe_unmet_in(lang, condition))
        }
        StepNote::RequiredHere => t!(lang, "report-note-required-here"),
    }
}

/// An outcome check in words: its description and its detail.
pub(super) fn check(lang: Lang, check: &Check) -> (String, String) {
    match check {
        Check::Objective { description, ok, .. } => {
            let detail = if *ok { t!(lang, "report-objective-met") } else { t!(lang, "report-objective-not-met") };
            (file_text(lang, description), detail)
        }
        Check::BuiltIn { id, detail, .. } => {
            let description = match id {
                CheckId::AttackerOut => t!(lang, "report-check-attacker-out"),
                CheckId::OwnerSignsIn => t!(lang, "report-check-owner-signs-in"),
                CheckId::CanSend => t!(lang, "report-check-can-send"),
            };
            (description, check_detail(lang, detail))
        }
    }
}

fn check_detail(lang: Lang, detail: &CheckDetail) -> String {
    match detail {
        CheckDetail::AttackerOut { left, accounts } if left.is_empty() => {
            t!(lang, "report-check-attacker-out-fine", users = accounts.join(", "))
        }
        CheckDetail::AttackerOut { left, .. } => left
            .iter()
            .map(|(upn, left)| {
                let what = left.iter().map(|left| left_text(lang, left)).collect::<Vec<_>>().join(", ");
                t!(lang, "report-check-account", user = upn, problem = what)
            })
            .collect::<Vec<_>>()
            .join("; "),
        CheckDetail::OwnerSignsIn { problems, accounts } if problems.is_empty() => {
            t!(lang, "report-check-owner-signs-in-fine", users = accounts.join(", "), count = accounts.len())
        }
        CheckDetail::OwnerSignsIn { problems, .. } => problems
            .iter()
            .map(|(upn, problem)| t!(lang, "report-check-account", user = upn, problem = owner_problem(lang, problem)))
            .collect::<Vec<_>>()
            .join("; "),
        CheckDetail::CanSend { senders } => {
            let restricted = senders.iter().any(|(_, sending)| *sending == Sending::StillRestricted);
            senders
                .iter()
                .filter(|(_, sending)| (*sending == Sending::StillRestricted) == restricted)
                .map(|(upn, sending)| sending_text(lang, upn, sending))
                .collect::<Vec<_>>()
                .join("; ")
        }
    }
}

fn left_text(lang: Lang, left: &Left) -> String {
    match left {
        Left::Password => t!(lang, "report-left-password"),
        Left::Session => t!(lang, "report-left-session"),
        Left::AppPassword => t!(lang, "report-left-app-password"),
        Left::DelegateThrough(account) => t!(lang, "report-left-delegate-through", account = account),
        Left::AdminRoles(roles) => {
            let roles = roles.iter().map(|role| role_name(lang, *role)).collect::<Vec<_>>().join(", ");
            t!(lang, "report-left-admin-roles", roles = roles)
        }
        Left::Rule(rule) => t!(lang, "report-left-rule", rule = rule),
        Left::Forwarding(address) => t!(lang, "report-left-forwarding", address = address),
        Left::Delegate(delegate) => t!(lang, "report-left-delegate", delegate = delegate),
        Left::Method(method) => t!(lang, "report-left-method", method = method.name()),
        Left::NamedAppPassword(name) => t!(lang, "report-left-named-app-password", name = name),
        Left::Device(device) => t!(lang, "report-left-device", device = device),
        Left::Grant(app) => t!(lang, "report-left-grant", app = app),
        Left::AppReadsMail(app) => t!(lang, "report-left-app-reads-mail", app = app),
        Left::PasswordlessMethod(method) => t!(lang, "report-left-passwordless-method", method = method.name()),
    }
}

fn owner_problem(lang: Lang, problem: &OwnerProblem) -> String {
    match problem {
        OwnerProblem::Blocked => t!(lang, "report-owner-blocked"),
        OwnerProblem::LockedOut => t!(lang, "report-owner-locked-out"),
        OwnerProblem::DoesNotKnowPassword => t!(lang, "report-owner-does-not-know"),
        OwnerProblem::MfaWithoutMethod => t!(lang, "report-owner-mfa-without-method"),
        OwnerProblem::AttackerKnowsPassword => t!(lang, "report-owner-attacker-knows"),
        OwnerProblem::PasswordSentTo(address) => t!(lang, "report-owner-password-sent", address = address),
        OwnerProblem::CannotSignIn => t!(lang, "report-owner-cannot-sign-in"),
    }
}

fn sending_text(lang: Lang, upn: &str, sending: &Sending) -> String {
    match sending {
        Sending::Yes => t!(lang, "report-send-yes", user = upn),
        Sending::AfterRelease(at) => t!(lang, "report-send-after-release", user = upn, time = clock(*at)),
        Sending::NextDay(at) => t!(lang, "report-send-next-day", user = upn, time = clock(*at)),
        Sending::StillRestricted => t!(lang, "report-send-restricted", user = upn),
    }
}

/// Live feedback in `lang`, one line.
pub(super) fn feedback(lang: Lang, feedback: &Feedback) -> String {
    match feedback {
        Feedback::StepDone { instruction, citation, credit, .. } => {
            let instruction = file_text(lang, instruction);
            let source = citation_with_link(lang, citation);
            match credit {
                Credit::Full => t!(lang, "report-feedback-step", instruction = instruction, source = source),
                Credit::Late => t!(lang, "report-feedback-step-late", instruction = instruction, source = source),
                Credit::OutOfOrder => t!(lang, "report-feedback-step-out-of-order", instruction = instruction, source = source),
            }
        }
        Feedback::Violation { finding: found, points: 0, .. } => t!(lang, "report-feedback-violation", message = finding(lang, found)),
        Feedback::Violation { finding: found, points, .. } => {
            t!(lang, "report-feedback-violation-points", message = finding(lang, found), points = points)
        }
        Feedback::Consequence { effect: told } => t!(lang, "report-feedback-consequence", message = effect(lang, told)),
        Feedback::Noted { refusal } => {
            t!(lang, "report-feedback-noted", reason = crate::present::outcome::refusal_text(lang, refusal))
        }
    }
}
