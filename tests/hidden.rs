//! Hidden stays hidden: completion offers only what the trainee could have
//! seen, and `check` in practice mode shows progress, not the steps still
//! missing (that is what `hint` is for, at its cost).

use tenantdrill::command;
use tenantdrill::drill::{Drill, Mode};

fn drill(id: &str, seed: u64) -> Drill {
    crate::support::bundled_drill(id, seed, Mode::Practice)
}

/// The hidden rule's name, as the scenario's ground truth has it.
fn hidden_rule(drill: &Drill) -> String {
    drill
        .scenario()
        .truth
        .malicious
        .iter()
        .find_map(|artefact| match artefact {
            tenantdrill::scenario::Artefact::Rule { name, .. } => Some(name.clone()),
            _ => None,
        })
        .expect("a malicious rule")
}

fn offered(drill: &Drill, line: &str) -> Vec<String> {
    command::complete(line, line.len(), drill.simulation().tenant()).1
}

#[test]
fn completion_offers_hidden_rules_only_after_listing_with_hidden() {
    for seed in [11, 1, 2, 3] {
        let mut drill = drill("compromised-mailbox", seed);
        let subject = drill.scenario().truth.subjects[0].clone();
        let rule = hidden_rule(&drill);
        let line = format!("mailbox remove-rule {subject} ");
        let quoted = |candidates: &[String]| candidates.iter().any(|candidate| candidate.trim_matches('"') == rule);
        assert!(!quoted(&offered(&drill, &line)), "seed {seed}: {rule:?} offered before any listing");
        assert!(offered(&drill, &line).iter().any(|candidate| candidate.contains("Newsletters")), "the owner's visible rules are offered");
        drill.execute(&format!("mailbox rules {subject}"));
        assert!(!quoted(&offered(&drill, &line)), "seed {seed}: {rule:?} offered after a listing without --hidden");
        drill.execute(&format!("mailbox rules {subject} --hidden"));
        assert!(quoted(&offered(&drill, &line)), "seed {seed}: {rule:?} not offered after --hidden: {:?}", offered(&drill, &line));
    }
}

#[test]
fn check_in_practice_shows_progress_and_goals_not_missing_steps() {
    let mut drill = drill("compromised-mailbox", 11);
    let subject = drill.scenario().truth.subjects[0].clone();
    drill.execute(&format!("user reset-password {subject}"));
    let reply = drill.execute("check");
    let text = reply.output;
    assert!(text.contains("Score so far"), "{text}");
    assert!(text.contains("reset-password"), "the step done is shown: {text}");
    assert!(text.contains("Outcome goals"), "{text}");
    assert!(text.contains("met") && text.contains("not yet"), "{text}");
    for missing in ["share-password-safely", "clear-forwarding", "remove-rules", "missed", "why:"] {
        assert!(!text.contains(missing), "`check` gave away {missing:?}: {text}");
    }
    // Nor the hidden rule's name, through an outcome check's detail.
    assert!(!text.contains(&hidden_rule(&drill)), "{text}");
}
