//! The validator refuses numbers the scenario format documents as out of
//! range, points that could overflow a sum, and references to users that do
//! not exist in sprays, admin abuse and end users' mail.

use tenantdrill::scenario::library::{self, bundled_procedures};
use tenantdrill::scenario::load::load_text;

/// The bundled scenario `id` with `from` replaced by `to`: the messages of
/// every error the validator then reports.
fn errors_after(id: &str, from: &str, to: &str) -> Vec<String> {
    let bundled = library::scenario(id).expect("bundled");
    assert!(bundled.text.contains(from), "{from} is in {id}");
    let text = bundled.text.replacen(from, to, 1);
    let procedures = bundled_procedures().expect("procedures");
    match load_text("x.ron", text.as_bytes(), &procedures) {
        Ok(_) => Vec::new(),
        Err(error) => error.diagnostics.iter().map(|diagnostic| diagnostic.message.clone()).collect(),
    }
}

fn refused(id: &str, from: &str, to: &str, expected: &str) {
    let errors = errors_after(id, from, to);
    assert!(errors.iter().any(|message| message.contains(expected)), "`{to}`: {errors:?}");
}

#[test]
fn points_beyond_the_bound_are_refused_so_no_sum_can_overflow() {
    refused(
        "compromised-mailbox",
        "check: NoResidue, points: Some(15)",
        "check: NoResidue, points: Some(4294967295)",
        "objective `nothing-left-behind` is worth 4294967295 points; at most 1000 are allowed",
    );
    assert!(errors_after("compromised-mailbox", "check: NoResidue, points: Some(15)", "check: NoResidue, points: Some(1000)").is_empty());
}

#[test]
fn documented_out_of_range_values_are_refused() {
    let policies = "policies: (\n";
    refused(
        "compromised-mailbox",
        policies,
        "policies: (lockout: Some((threshold: 0)), ",
        "the lockout threshold must be between 1 and 100, not 0",
    );
    refused(
        "compromised-mailbox",
        policies,
        "policies: (password: Some((expiry_days: Some(5))), ",
        "expiry_days must be between 14 and 730, not 5",
    );
    refused("compromised-mailbox", policies, "policies: (sspr: Some((methods_required: 3)), ", "methods_required must be 1 or 2, not 3");
    refused("compromised-mailbox", "turn_interval_s: 1200,\n", "turn_interval_s: 5,\n", "turn_interval_s must be at least 60, not 5");
    refused(
        "compromised-mailbox",
        "turn_interval_s: 1200, sends",
        "turn_interval_s: 0, sends",
        "turn_interval_s must be at least 60, not 0",
    );
}

#[test]
fn references_to_users_that_do_not_exist_are_refused() {
    refused(
        "caller-verification",
        "targets: [\"kenji@margiestravel.com\"]",
        "targets: [\"nobody@margiestravel.com\"]",
        "nobody@margiestravel.com",
    );
    refused(
        "compromised-admin",
        "action: AddDelegate(user: \"beatriz@woodgrovebank.com\"",
        "action: AddDelegate(user: \"ghost@woodgrovebank.com\"",
        "ghost@woodgrovebank.com",
    );
    refused(
        "compromised-mailbox",
        "sends_mail_to: Some(\"diego@contoso.com\")",
        "sends_mail_to: Some(\"dieg@contoso.com\")",
        "dieg@contoso.com",
    );
    // Mail to an outside address is not a reference to a user.
    assert!(
        errors_after("compromised-mailbox", "sends_mail_to: Some(\"diego@contoso.com\")", "sends_mail_to: Some(\"friend@example.org\")")
            .is_empty()
    );
}
