//! `tenantdrill demo`: the built-in incident played by a scripted admin.

use super::args::{DemoArgs, Order};
use super::language::lang;
use tenantdrill::action::{Action, Actor, NewPassword};
use tenantdrill::clock::SimDuration;
use tenantdrill::demo;
use tenantdrill::t;

/// The timeline of everything that happened, then what the admin saw and
/// whether the account ended contained.
pub(super) fn run_demo(args: &DemoArgs) -> String {
    let mut simulation = demo::compromised_mailbox(args.seed);
    let admin = Actor::Admin(demo::TRAINEE.to_string());
    let victim = demo::VICTIM.to_string();
    let reset = Action::ResetPassword { user: victim.clone(), password: NewPassword::Auto, require_change: true, email_to: None };
    let remove_rule = Action::RemoveRule { user: victim.clone(), rule: demo::MALICIOUS_RULE.to_string() };
    let steps: Vec<Action> = match args.order {
        Order::Documented => vec![
            Action::Wait { duration: SimDuration::minutes(40) },
            reset,
            Action::RevokeSessions { user: victim.clone() },
            Action::ClearForwarding { user: victim.clone() },
            remove_rule,
            Action::Wait { duration: SimDuration::hours(2) },
        ],
        Order::RulesFirst => vec![
            Action::Wait { duration: SimDuration::minutes(40) },
            remove_rule,
            Action::ClearForwarding { user: victim.clone() },
            Action::Wait { duration: SimDuration::minutes(30) },
            reset,
            Action::RevokeSessions { user: victim.clone() },
            Action::Wait { duration: SimDuration::hours(2) },
        ],
    };
    let mut out = String::new();
    let skip = simulation.journal().len();
    for step in &steps {
        let result = simulation.step(&admin, step);
        if let Some(view) = &result.view {
            out.push_str(&format!("{}\n", tenantdrill::present::view::render(super::language::lang(), view)));
        }
        if !result.outcome.is_done() {
            out.push_str(&format!("{}\n", tenantdrill::present::outcome::result(super::language::lang(), &result)));
        }
    }
    let mut timeline = String::new();
    for event in &simulation.journal()[skip..] {
        if matches!(event.kind, tenantdrill::engine::event::EventKind::Permitted { .. }) {
            continue;
        }
        timeline.push_str(&format!("{}\n", tenantdrill::present::event::line(super::language::lang(), event)));
    }
    let victim_id = simulation.tenant().find_user(&victim);
    let contained = victim_id.is_some_and(|id| simulation.is_contained(id));
    let contained = if contained { t!(lang(), "cli-demo-contained") } else { t!(lang(), "cli-demo-not-contained") };
    format!("{timeline}{out}{contained}\n")
}
