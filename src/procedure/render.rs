//! A procedure as people read it: `tenantdrill procedure ID` and the
//! per-procedure tables of `docs/report-format.md` (a test keeps those in
//! step with the files). Every step says when it applies and what leaving
//! it out risks; advice says that it is worth nothing.

use super::{Condition, Order, Procedure, Step, StepKind};
use crate::i18n::Lang;
use crate::tenant::policy::SsprScope;

/// When the step counts, in words: `always`, `when ...`, or advice.
#[must_use]
pub fn applies_text(step: &Step, lang: Lang) -> String {
    match (step.kind, &step.applies_when) {
        (StepKind::Optional, _) => crate::t!(lang, "proc-applies-advice"),
        (_, None) => crate::t!(lang, "proc-applies-always"),
        (_, Some(condition)) => crate::t!(lang, "proc-applies-when", condition = describe(condition)),
    }
}

/// A condition in words, as it is asked of the incident's subjects.
#[must_use]
pub fn describe(condition: &Condition) -> String {
    outermost(condition, true)
}

/// The condition's opposite in words: why a step with this `applies_when`
/// did not apply.
#[must_use]
pub fn describe_unmet(condition: &Condition) -> String {
    outermost(condition, false)
}

/// The condition, or its opposite, in words; the outermost group needs no
/// brackets.
fn outermost(condition: &Condition, holds: bool) -> String {
    let text = phrase(condition, holds);
    match condition {
        Condition::All(inner) | Condition::Any(inner) if inner.len() > 1 => text[1..text.len() - 1].to_string(),
        _ => text,
    }
}

fn phrase(condition: &Condition, holds: bool) -> String {
    let pick = |yes: &str, no: &str| if holds { yes.to_string() } else { no.to_string() };
    match condition {
        Condition::Not(inner) => phrase(inner, !holds),
        Condition::All(inner) => join(inner.iter().map(|condition| phrase(condition, holds)), if holds { " and " } else { " or " }),
        Condition::Any(inner) => join(inner.iter().map(|condition| phrase(condition, holds)), if holds { " or " } else { " and " }),
        Condition::On(user, inner) => format!("{} (for {user})", phrase(inner, holds)),
        Condition::AttackerOut => pick("the attacker is out (no foothold, nothing left)", "the attacker is not out"),
        Condition::NoFootholds => pick("the attacker has no working foothold", "the attacker has a working foothold"),
        Condition::NoResidue => pick("nothing the attacker left remains", "something the attacker left remains"),
        Condition::NoMaliciousRules => pick("no malicious inbox rule is on", "a malicious inbox rule is on"),
        Condition::NoMaliciousForwarding => pick("no malicious forwarding is set", "malicious forwarding is set"),
        Condition::NoMaliciousDelegates => pick("no malicious delegate has access", "a malicious delegate has access"),
        Condition::NoAttackerMethods => pick("the attacker has no method registered", "the attacker has its own method registered"),
        Condition::NoAttackerAppPasswords => pick("the attacker has no app password", "the attacker has an app password"),
        Condition::AttackerLacksPassword => pick("the attacker does not know the password", "the attacker knows the password"),
        Condition::NoAttackerSessions => pick("no attacker session works", "an attacker session still works"),
        Condition::AttackerSessionOutlivesReset => {
            pick("the attacker holds a passwordless session that outlives a reset", "the attacker holds no session a reset leaves alive")
        }
        Condition::PasswordChangedSinceStart => pick("the password changed since the start", "the password has not changed"),
        Condition::SignInAllowed => pick("sign-in is allowed", "sign-in is blocked"),
        Condition::SignInBlocked => pick("sign-in is blocked", "sign-in is allowed"),
        Condition::LockedOut => pick("a smart lockout is in force", "no lockout is in force"),
        Condition::OwnerCanSignIn => pick("the owner can sign in", "the owner cannot sign in"),
        Condition::OwnerAloneKnowsPassword => pick("only the owner knows the password", "someone besides the owner knows the password"),
        Condition::CanSend => pick("the owner can send mail", "the owner cannot send mail"),
        Condition::Restricted => pick("the user is restricted from sending", "the user is not restricted from sending"),
        Condition::Releasable => pick("the user is restricted and can be released", "the user cannot be released"),
        Condition::HasAdminRoles => pick("the account holds an admin role", "the account holds no admin role"),
        Condition::MfaRequired => pick("MFA is required", "MFA is not required"),
        Condition::ContactInfoComplete => {
            pick("an alternate email and a mobile phone are registered", "the alternate email or mobile phone is missing")
        }
        Condition::LegacyProtocolsOff => pick("legacy protocols are off", "a legacy protocol is on"),
        Condition::PasswordExpired => pick("the password has expired", "the password has not expired"),
        Condition::SsprCovers => pick("self-service reset covers the user", "self-service reset does not cover the user"),
        Condition::SsprScope(scope) => {
            let scope = match scope {
                SsprScope::None => "nobody".to_string(),
                SsprScope::All => "everyone".to_string(),
                SsprScope::Selected(group) => format!("the group {group}"),
            };
            if holds { format!("self-service reset is for {scope}") } else { format!("self-service reset is not for {scope}") }
        }
        Condition::SsprMethodsRequired(count) => {
            if holds {
                format!("self-service reset asks for at least {count} methods")
            } else {
                format!("self-service reset asks for fewer than {count} methods")
            }
        }
        Condition::PasswordExpiryDays(days) => match (days, holds) {
            (None, true) => "passwords never expire".to_string(),
            (None, false) => "passwords expire".to_string(),
            (Some(days), true) => format!("passwords expire after {days} days"),
            (Some(days), false) => format!("passwords do not expire after {days} days"),
        },
        Condition::WorkingGlobalAdministrators(count) => {
            if holds {
                format!("at least {count} Global Administrators can sign in")
            } else {
                format!("fewer than {count} Global Administrators can sign in")
            }
        }
    }
}

fn join(parts: impl Iterator<Item = String>, separator: &str) -> String {
    let parts: Vec<String> = parts.collect();
    if parts.len() > 1 { format!("({})", parts.join(separator)) } else { parts.concat() }
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
        Order::Within(duration) => crate::t!(lang, "proc-order-within", duration = duration),
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
