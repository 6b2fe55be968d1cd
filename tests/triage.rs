//! Alert triage: one alert per forwarded copy, the verdict recorded on the
//! alert and graded, looking beyond one user (sign-ins by address, every
//! mailbox forwarding to an address), and inbox rules' parameters in the
//! audit log.

use tenantdrill::drill::{Drill, Mode};
use tenantdrill::scenario::library;
use tenantdrill::scenario::load::load_text;

fn drill(id: &str) -> Drill {
    let bundled = library::scenario(id).expect("a bundled id");
    let loaded = load_text(bundled.path, bundled.text.as_bytes(), crate::support::procedures()).expect("loads");
    Drill::new(&loaded, crate::support::procedures(), loaded.scenario.seed, Mode::Practice)
        .unwrap_or_else(|error| panic!("{}", error.render(false)))
}

#[test]
fn a_message_forwarded_by_a_rule_and_by_the_mailbox_to_one_address_raises_one_alert() {
    // The colleague's payment mail matches the attacker's rule and the
    // mailbox forwards too, both to the same address: Exchange sends one
    // copy, so Defender sees one forwarding activity.
    let mut drill = drill("compromised-mailbox");
    let reply = drill.execute("alerts");
    assert!(!reply.error, "{}", reply.output);
    let forwarding = reply.output.lines().filter(|line| line.contains("Suspicious email forwarding activity")).count();
    assert_eq!(forwarding, 1, "{}", reply.output);
}
