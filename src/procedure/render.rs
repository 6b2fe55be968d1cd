//! A procedure as people read it: `tenantdrill procedure ID` and the
//! per-procedure tables of `docs/report-format.md` (a test keeps those in
//! step with the files). Every step says when it applies and what leaving
//! it out risks; advice says that it is worth nothing.

use super::{Condition, Order, Procedure, Step, StepKind};
use crate::i18n::Lang;
use crate::t;
use crate::tenant::policy::SsprScope;

/// When the step counts, in words: `always`, `when ...`, or advice.
#[must_use]
pub(crate) fn applies_text(step: &Step, lang: Lang) -> String {
    match (step.kind, &step.applies_when) {
        (StepKind::Optional, _) => crate::t!(lang, "proc-applies-advice"),
        (_, None) => crate::t!(lang, "proc-applies-always"),
        (_, Some(condition)) => crate::t!(lang, "proc-applies-when", condition = describe_in(lang, condition)),
    }
}

/// A condition in words, as it is asked of the incident's subjects.
#[must_use]
pub fn describe(condition: &Condition) -> String {
    describe_in(Lang::En, condition)
}

/// [`describe`] in `lang`.
#[must_use]
pub(crate) fn describe_in(lang: Lang, condition: &Condition) -> String {
    outermost(lang, condition, true)
}

/// The condition's opposite in words, in `lang`: why a step with this
/// `applies_when` did not apply.
#[must_use]
pub(crate) fn describe_unmet_in(lang: Lang, condition: &Condition) -> String {
    outermost(lang, condition, false)
}

/// The condition, or its opposite, in words; the outermost group needs no
/// brackets.
fn outermost(lang: Lang, condition: &Condition, holds: bool) -> String {
    match condition {
        Condition::All(inner) | Condition::Any(inner) if inner.len() > 1 => joined(lang, condition, holds),
        _ => phrase(lang, condition, holds),
    }
}

/// A group's parts joined with `and` or `or` (the opposite of a group
/// swaps them), without brackets.
fn joined(lang: Lang, condition: &Condition, holds: bool) -> String {
    let (inner, all) = match condition {
        Condition::All(inner) => (inner, holds),
        Condition::Any(inner) => (inner, !holds),
        _ => return phrase(lang, condition, holds),
    };
    inner
        .iter()
        .map(|condition| phrase(lang, condition, holds))
        .reduce(|left, right| {
            if all {
                t!(lang, "report-cond-and", left = left, right = right)
            } else {
                t!(lang, "report-cond-or", left = left, right = right)
            }
        })
        .unwrap_or_default()
}

fn phrase(lang: Lang, condition: &Condition, holds: bool) -> String {
    let yes = if holds { "yes" } else { "no" };
    match condition {
        Condition::Not(inner) => phrase(lang, inner, !holds),
        Condition::All(inner) | Condition::Any(inner) => {
            if inner.len() > 1 {
                format!("({})", joined(lang, condition, holds))
            } else {
                inner.iter().map(|condition| phrase(lang, condition, holds)).collect()
            }
        }
        Condition::On(user, inner) => t!(lang, "report-cond-for-user", condition = phrase(lang, inner, holds), user = user),
        Condition::AttackerOut => t!(lang, "report-cond-attacker-out", holds = yes),
        Condition::NoFootholds => t!(lang, "report-cond-no-footholds", holds = yes),
        Condition::NoResidue => t!(lang, "report-cond-no-residue", holds = yes),
        Condition::NoMaliciousRules => t!(lang, "report-cond-no-malicious-rules", holds = yes),
        Condition::NoMaliciousForwarding => t!(lang, "report-cond-no-malicious-forwarding", holds = yes),
        Condition::NoMaliciousDelegates => t!(lang, "report-cond-no-malicious-delegates", holds = yes),
        Condition::NoAttackerMethods => t!(lang, "report-cond-no-attacker-methods", holds = yes),
        Condition::NoAttackerAppPasswords => t!(lang, "report-cond-no-attacker-app-passwords", holds = yes),
        Condition::NoAttackerDevices => t!(lang, "report-cond-no-attacker-devices", holds = yes),
        Condition::NoAttackerGrants => t!(lang, "report-cond-no-attacker-grants", holds = yes),
        Condition::AttackerAppsDisabled => t!(lang, "report-cond-attacker-apps-disabled", holds = yes),
        Condition::UserConsentRestricted => t!(lang, "report-cond-user-consent-restricted", holds = yes),
        Condition::AttackerLacksPassword => t!(lang, "report-cond-attacker-lacks-password", holds = yes),
        Condition::NoAttackerSessions => t!(lang, "report-cond-no-attacker-sessions", holds = yes),
        Condition::AttackerSessionOutlivesReset => t!(lang, "report-cond-session-outlives-reset", holds = yes),
        Condition::PasswordChangedSinceStart => t!(lang, "report-cond-password-changed", holds = yes),
        Condition::SignInAllowed => t!(lang, "report-cond-sign-in-allowed", holds = yes),
        Condition::SignInBlocked => t!(lang, "report-cond-sign-in-allowed", holds = if holds { "no" } else { "yes" }),
        Condition::LockedOut => t!(lang, "report-cond-locked-out", holds = yes),
        Condition::OwnerCanSignIn => t!(lang, "report-cond-owner-can-sign-in", holds = yes),
        Condition::OwnerAloneKnowsPassword => t!(lang, "report-cond-owner-alone-knows", holds = yes),
        Condition::CanSend => t!(lang, "report-cond-can-send", holds = yes),
        Condition::Restricted => t!(lang, "report-cond-restricted", holds = yes),
        Condition::Releasable => t!(lang, "report-cond-releasable", holds = yes),
        Condition::HasAdminRoles => t!(lang, "report-cond-has-admin-roles", holds = yes),
        Condition::MfaRequired => t!(lang, "report-cond-mfa-required", holds = yes),
        Condition::ContactInfoComplete => t!(lang, "report-cond-contact-info-complete", holds = yes),
        Condition::LegacyProtocolsOff => t!(lang, "report-cond-legacy-protocols-off", holds = yes),
        Condition::PasswordExpired => t!(lang, "report-cond-password-expired", holds = yes),
        Condition::SsprCovers => t!(lang, "report-cond-sspr-covers", holds = yes),
        Condition::AlertsClassifiedCorrectly => t!(lang, "report-cond-alerts-classified", holds = yes),
        Condition::OtherAccountsContained => t!(lang, "report-cond-other-accounts-contained", holds = yes),
        Condition::AttackerKnowsNoOtherPassword => t!(lang, "report-cond-attacker-knows-no-other-password", holds = yes),
        Condition::AttackerAddressesBlocked => t!(lang, "report-cond-attacker-addresses-blocked", holds = yes),
        Condition::LegacyAuthenticationBlocked => t!(lang, "report-cond-legacy-authentication-blocked", holds = yes),
        Condition::ConfirmedCompromised => t!(lang, "report-cond-confirmed-compromised", holds = yes),
        Condition::SsprScope(scope) => {
            let scope = match scope {
                SsprScope::None => t!(lang, "report-cond-scope-nobody"),
                SsprScope::All => t!(lang, "report-cond-scope-everyone"),
                SsprScope::Selected(group) => t!(lang, "report-cond-scope-group", group = group),
            };
            t!(lang, "report-cond-sspr-scope", holds = yes, scope = scope)
        }
        Condition::SsprMethodsRequired(count) if holds => t!(lang, "report-cond-sspr-methods", count = u32::from(*count)),
        Condition::SsprMethodsRequired(count) => t!(lang, "report-cond-sspr-methods-fewer", count = u32::from(*count)),
        Condition::PasswordExpiryDays(None) => t!(lang, "report-cond-passwords-never-expire", holds = yes),
        Condition::PasswordExpiryDays(Some(days)) if holds => t!(lang, "report-cond-password-expiry-days", count = u32::from(*days)),
        Condition::PasswordExpiryDays(Some(days)) => t!(lang, "report-cond-password-expiry-days-not", count = u32::from(*days)),
        Condition::WorkingGlobalAdministrators(count) if holds => t!(lang, "report-cond-working-global-admins", count = count),
        Condition::WorkingGlobalAdministrators(count) => t!(lang, "report-cond-working-global-admins-fewer", count = count),
    }
}

fn kind_text(kind: StepKind, lang: Lang) -> String {
    match kind {
        StepKind::Required => crate::t!(lang, "proc-kind-required"),
        StepKind::Recommended => crate::t!(lang, "proc-kind-recommended"),
        StepKind::Optional => crate::t!(lang, "proc-kind-advice"),
    }
}

fn order_text(order: &Order, lang: Lang) -> String {
    match order {
        Order::First => crate::t!(lang, "proc-order-first"),
        Order::Before(step) => crate::t!(lang, "proc-order-before", step = step),
        Order::After(step) => crate::t!(lang, "proc-order-after", step = step),
        Order::Within(duration) => {
            let duration =
                crate::clock::SimDuration::parse(duration).map_or_else(|| duration.clone(), |parsed| crate::i18n::duration(lang, parsed));
            crate::t!(lang, "proc-order-within", duration = duration)
        }
    }
}

/// A procedure as a trainee reads it, in `lang`: numbered steps, each with
/// what to do, when it applies, what leaving it out risks, and the rules
/// around it.
#[must_use]
pub fn render_text(procedure: &Procedure, lang: Lang) -> String {
    let mut text = format!("{} ({})\n", procedure.title.get(lang), procedure.id);
    let article = procedure.source.article.get(lang);
    let source = if let Some(link) = procedure.link(lang) {
        crate::t!(lang, "proc-source-linked", article = article, link = link)
    } else {
        crate::t!(lang, "proc-source", article = article)
    };
    text.push_str(&source);
    text.push('\n');
    let summary = procedure.summary.get(lang).trim();
    if !summary.is_empty() {
        text.push_str(&format!("\n{summary}\n"));
    }
    for (number, step) in procedure.steps.iter().enumerate() {
        let points = if step.kind == StepKind::Optional { 0 } else { step.points_for(step.kind) };
        let heading = crate::t!(
            lang,
            "proc-step-heading",
            number = number + 1,
            instruction = step.instruction.get(lang).trim(),
            kind = kind_text(step.kind, lang),
            count = points
        );
        text.push_str(&format!("\n{heading}\n"));
        text.push_str(&format!("   {}\n", crate::t!(lang, "proc-step-applies", applies = applies_text(step, lang))));
        let why = step.why.get(lang).trim();
        let risk = if step.kind == StepKind::Optional {
            crate::t!(lang, "proc-step-why", why = why)
        } else {
            crate::t!(lang, "proc-step-left-out", why = why)
        };
        text.push_str(&format!("   {risk}\n"));
        if let Some(page) = &step.page {
            let cited = crate::t!(lang, "proc-step-see", title = page.title.get(lang), link = super::learn_link(&page.path, lang));
            text.push_str(&format!("   {cited}\n"));
        }
        let orders: Vec<String> = step.order.iter().map(|order| order_text(order, lang)).collect();
        if !orders.is_empty() {
            text.push_str(&format!("   {}\n", crate::t!(lang, "proc-step-order", orders = orders.join("; "))));
        }
        for forbidden in &step.forbids {
            let line =
                crate::t!(lang, "proc-step-forbidden", reason = forbidden.reason.get(lang).trim(), count = forbidden.points.unwrap_or(15));
            text.push_str(&format!("   {line}\n"));
        }
    }
    if !procedure.harm.is_empty() {
        text.push_str(&format!("\n{}\n", crate::t!(lang, "proc-harm-heading")));
        for harm in &procedure.harm {
            let line = crate::t!(lang, "proc-harm-item", reason = harm.reason.get(lang).trim(), count = harm.points.unwrap_or(10));
            text.push_str(&format!("- {line}\n"));
        }
    }
    text
}

/// The per-procedure tables of `docs/report-format.md`.
#[must_use]
pub fn render_markdown(procedures: &[&Procedure]) -> String {
    let cell = |text: &str| text.trim().replace('|', "\\|").replace('\n', " ");
    let mut text = String::new();
    for procedure in procedures {
        text.push_str(&format!("\n#### `{}`: {}\n\n", procedure.id, cell(procedure.title.english())));
        text.push_str("| step | kind | points | applies | leaving it out risks |\n|---|---|---|---|---|\n");
        for step in &procedure.steps {
            let points = if step.kind == StepKind::Optional { 0 } else { step.points_for(step.kind) };
            text.push_str(&format!(
                "| `{}` | {} | {points} | {} | {} |\n",
                step.id,
                kind_text(step.kind, Lang::En),
                cell(&applies_text(step, Lang::En)),
                if step.kind == StepKind::Optional {
                    format!("nothing graded (advice): {}", cell(step.why.english()))
                } else {
                    cell(step.why.english())
                }
            ));
        }
    }
    text
}
