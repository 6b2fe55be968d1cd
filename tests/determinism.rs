//! A run is reproduced from its seed: the same seed and the same actions give
//! the same journal, sign-in log, audit log and message trace, byte for byte;
//! another seed changes what is seeded but not whether the script contains
//! the incident.

use crate::support::{Checked, admin};
use tenantdrill::action::{Action, Channel, NewPassword};
use tenantdrill::clock::SimDuration;
use tenantdrill::demo;
use tenantdrill::engine::event::EventKind;
use tenantdrill::{Simulation, StepResult};

/// The trainee's script for the built-in incident, with waits of several
/// hours so that the attacker (every 15 minutes) and the end user (every 20)
/// act many times before, during and after the clean-up.
fn script() -> Vec<Action> {
    let victim = demo::VICTIM.to_string();
    let wait = |minutes| Action::Wait { duration: SimDuration::minutes(minutes) };
    vec![
        wait(3 * 60),
        Action::SignInLog { user: Some(victim.clone()), ip: None },
        Action::ListRules { user: victim.clone(), include_hidden: true },
        Action::ListRestricted,
        Action::ResetPassword { user: victim.clone(), password: NewPassword::Auto, require_change: false, email_to: None },
        Action::RevokeSessions { user: victim.clone() },
        // Continuous access evaluation reaches Exchange within 15 minutes;
        // cleaning up before that would let the attacker put things back.
        wait(20),
        Action::RemoveRule { user: victim.clone(), rule: demo::MALICIOUS_RULE.to_string() },
        Action::ClearForwarding { user: victim.clone() },
        Action::Notify { user: victim.clone(), channel: Channel::Phone, include_password: true, message: "Your new password".to_string() },
        wait(2 * 60),
        Action::ReleaseRestricted { user: victim.clone() },
        wait(5 * 60),
        Action::AuditLog { user: None },
        Action::MessageTrace { user: victim.clone() },
        Action::ListRestricted,
        wait(8 * 60),
        Action::SignInLog { user: Some(victim), ip: None },
    ]
}

/// Everything a run leaves behind, in comparable form.
struct Run {
    simulation: Simulation,
    results: Vec<StepResult>,
}

fn run(seed: u64) -> Run {
    let mut checked = Checked::new(demo::compromised_mailbox(seed));
    let trainee = admin(demo::TRAINEE);
    let results = script().iter().map(|action| checked.step(&trainee, action)).collect();
    Run { simulation: checked.simulation, results }
}

fn victim(simulation: &Simulation) -> tenantdrill::tenant::user::UserId {
    simulation.tenant().find_user(demo::VICTIM).expect("the demo tenant has the victim")
}

#[test]
fn same_seed_and_actions_give_identical_journals_and_logs() {
    for seed in [1, 42, 0xdead_beef] {
        let first = run(seed);
        let second = run(seed);
        let (a, b) = (&first.simulation, &second.simulation);
        assert!(a.journal().len() > 100, "the attacker and the user should have acted many times (seed {seed})");
        assert_eq!(a.journal(), b.journal(), "journal (seed {seed})");
        assert_eq!(
            serde_json::to_string(a.journal()).expect("events serialise"),
            serde_json::to_string(b.journal()).expect("events serialise"),
            "serialised journal (seed {seed})"
        );
        assert_eq!(format!("{:?}", a.tenant().sign_in_log), format!("{:?}", b.tenant().sign_in_log), "sign-in log (seed {seed})");
        assert_eq!(format!("{:?}", a.tenant().audit_log), format!("{:?}", b.tenant().audit_log), "audit log (seed {seed})");
        assert_eq!(format!("{:?}", a.tenant().message_trace), format!("{:?}", b.tenant().message_trace), "message trace (seed {seed})");
        assert_eq!(format!("{:?}", a.tenant().alerts), format!("{:?}", b.tenant().alerts), "alerts (seed {seed})");
        assert_eq!(first.results, second.results, "step results and views (seed {seed})");
        assert_eq!(a.now(), b.now());
    }
}

#[test]
fn another_seed_changes_what_is_seeded_but_the_script_still_contains_the_incident() {
    let first = run(1);
    let second = run(2);
    for outcome in [&first, &second] {
        let simulation = &outcome.simulation;
        assert!(
            simulation.is_contained(victim(simulation)),
            "the script contains the incident: {:?}",
            simulation.attacker_footholds(victim(simulation))
        );
        assert!(simulation.owner_can_sign_in(victim(simulation)), "the owner can sign in again");
    }
    // Access-token lifetimes are drawn from the seed (60-90 minutes).
    let expiries = |simulation: &Simulation| -> Vec<_> {
        simulation.tenant().user(victim(simulation)).sessions.iter().map(|session| session.access_expires_at).collect()
    };
    let (a, b) = (&first.simulation, &second.simulation);
    assert_ne!(expiries(a), expiries(b), "token expiry times follow the seed");
    let release_at = |simulation: &Simulation| -> Vec<_> {
        simulation
            .journal()
            .iter()
            .filter_map(|event| match &event.kind {
                EventKind::ReleaseRequested { effective_at, .. } => Some(*effective_at),
                _ => None,
            })
            .collect()
    };
    assert_eq!(release_at(a).len(), 1, "the script releases the victim once");
    assert_ne!(release_at(a), release_at(b), "the release delay follows the seed");
    assert_ne!(a.journal(), b.journal(), "the journal follows the seed");
    // The seeded draws feed the timeline, but the script's own actions and
    // their outcomes (apart from views that show seeded times) stay the same.
    let outcomes = |run: &Run| run.results.iter().map(|result| result.outcome.clone()).collect::<Vec<_>>();
    assert_eq!(outcomes(&first), outcomes(&second), "the script's outcomes do not depend on the seed");
}
