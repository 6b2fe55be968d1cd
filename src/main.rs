//! The `tenantdrill` binary: turns command-line arguments into a run of the
//! library and the result into an exit code.

use clap::{Parser, Subcommand, ValueEnum};
use std::process::ExitCode;
use tenantdrill::action::{Action, Actor, NewPassword};
use tenantdrill::clock::SimDuration;
use tenantdrill::demo;

#[derive(Parser)]
#[command(name = "tenantdrill", version, about = "Practise Microsoft 365 account recovery and incident response on a simulated tenant.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Play the built-in compromised-mailbox incident with a scripted admin
    /// and print the timeline of everything that happened.
    Demo {
        /// Seed for every random choice in the run.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The remediation order the scripted admin follows.
        #[arg(long, value_enum, default_value_t = Order::Documented)]
        order: Order,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Order {
    /// Reset, revoke, clean forwarding and rules, release, in the documented order.
    Documented,
    /// Remove the rule first and reset the password last: watch the attacker put it back.
    RulesFirst,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Demo { seed, order } => {
            print!("{}", run_demo(seed, order));
            ExitCode::SUCCESS
        }
    }
}

fn run_demo(seed: u64, order: Order) -> String {
    let mut simulation = demo::compromised_mailbox(seed);
    let admin = Actor::Admin(demo::TRAINEE.to_string());
    let victim = demo::VICTIM.to_string();
    let reset = Action::ResetPassword { user: victim.clone(), password: NewPassword::Auto, require_change: true, email_to: None };
    let remove_rule = Action::RemoveRule { user: victim.clone(), rule: demo::MALICIOUS_RULE.to_string() };
    let steps: Vec<Action> = match order {
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
            out.push_str(&format!("{view}\n"));
        }
        if !result.outcome.is_done() {
            out.push_str(&format!("{:?}\n", result.outcome));
        }
    }
    let mut timeline = String::new();
    for event in &simulation.journal()[skip..] {
        if matches!(event.kind, tenantdrill::engine::event::EventKind::Permitted { .. }) {
            continue;
        }
        timeline.push_str(&format!("{event}\n"));
    }
    let victim_id = simulation.tenant().find_user(&victim);
    let contained = victim_id.is_some_and(|id| simulation.is_contained(id));
    format!("{timeline}{out}contained: {contained}\n")
}
