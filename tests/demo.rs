//! The built-in incident's timeline, snapshotted: any change in what the
//! attacker, the user or the service does shows up here for review.

use crate::support::{Checked, admin, with_snapshots};
use tenantdrill::action::{Action, Channel, NewPassword};
use tenantdrill::clock::SimDuration;
use tenantdrill::demo;
use tenantdrill::engine::event::EventKind;

fn timeline(seed: u64, steps: &[Action]) -> String {
    let mut checked = Checked::new(demo::compromised_mailbox(seed));
    let trainee = admin(demo::TRAINEE);
    let mut out = String::new();
    for step in steps {
        let result = checked.step(&trainee, step);
        out.push_str(&format!("> {step:?}\n  {:?}\n", result.outcome));
        if let Some(view) = result.view {
            for line in tenantdrill::present::view::render(tenantdrill::i18n::Lang::En, &view).lines() {
                out.push_str(&format!("  | {line}\n"));
            }
        }
        for event in result.events.iter().filter(|event| !matches!(event.kind, EventKind::Permitted { .. })) {
            out.push_str(&format!("  {}\n", tenantdrill::present::event::line(tenantdrill::i18n::Lang::En, event)));
        }
    }
    out
}

fn documented_order() -> Vec<Action> {
    let victim = demo::VICTIM.to_string();
    vec![
        Action::Wait { duration: SimDuration::minutes(30) },
        Action::ListRestricted,
        Action::ResetPassword {
            user: victim.clone(),
            password: NewPassword::Given("Quill-Harbor-Lantern-58".to_string()),
            require_change: true,
            email_to: None,
        },
        Action::RevokeSessions { user: victim.clone() },
        Action::ShowMailbox { user: victim.clone() },
        Action::ClearForwarding { user: victim.clone() },
        Action::ListRules { user: victim.clone(), include_hidden: true },
        Action::RemoveRule { user: victim.clone(), rule: demo::MALICIOUS_RULE.to_string() },
        Action::ReleaseRestricted { user: victim.clone() },
        Action::Notify { user: victim.clone(), channel: Channel::Phone, include_password: true, message: "Your new password".to_string() },
        Action::Wait { duration: SimDuration::hours(3) },
        Action::ListAlerts,
    ]
}

#[test]
fn documented_order_timeline() {
    let text = timeline(7, &documented_order());
    with_snapshots(|| insta::assert_snapshot!(text));
}

/// Continuous access evaluation usually reaches Exchange within two minutes
/// but can take up to fifteen; an attacker's turn in that window can put the
/// rule back. The documented steps followed by one check after fifteen
/// minutes contain the incident for every seed.
#[test]
fn documented_order_then_a_final_check_contains_the_incident() {
    for seed in 1..=40 {
        let mut checked = Checked::new(demo::compromised_mailbox(seed));
        let trainee = admin(demo::TRAINEE);
        for step in documented_order() {
            checked.step(&trainee, &step);
        }
        let victim = checked.simulation.tenant().find_user(demo::VICTIM).expect("victim exists");
        if !checked.simulation.attacker_residue(victim).is_empty() {
            checked.step(&trainee, &Action::ClearForwarding { user: demo::VICTIM.to_string() });
            checked.step(&trainee, &Action::RemoveRule { user: demo::VICTIM.to_string(), rule: demo::MALICIOUS_RULE.to_string() });
        }
        checked.step(&trainee, &Action::Wait { duration: SimDuration::hours(1) });
        let simulation = &checked.simulation;
        assert!(
            simulation.is_contained(victim),
            "seed {seed}: footholds {:?}, residue {:?}",
            simulation.attacker_footholds(victim),
            simulation.attacker_residue(victim)
        );
        assert!(simulation.owner_alone_knows_password(victim), "seed {seed}");
    }
}
