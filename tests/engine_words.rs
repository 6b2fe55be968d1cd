//! Outcomes, denials and events in every language, through the step
//! function and the presentation layer; English as it always read.

use tenantdrill::action::{Action, Actor, NewPassword};
use tenantdrill::demo::{self, HELPDESK, TRAINEE, VICTIM};
use tenantdrill::engine::event::EventKind;
use tenantdrill::engine::{Outcome, Problem, Refusal, StepResult};
use tenantdrill::i18n::Lang;
use tenantdrill::present::{event, outcome};

fn denied() -> StepResult {
    let mut simulation = demo::contoso(7);
    let reset = Action::ResetPassword { user: TRAINEE.to_string(), password: NewPassword::Auto, require_change: true, email_to: None };
    simulation.step(&Actor::Admin(HELPDESK.to_string()), &reset)
}

fn invalid() -> StepResult {
    let mut simulation = demo::contoso(7);
    simulation.step(&Actor::Admin(TRAINEE.to_string()), &Action::ShowUser { user: "nobody@contoso.com".to_string() })
}

fn blocked() -> StepResult {
    let mut simulation = demo::contoso(7);
    simulation.step(&Actor::Admin(TRAINEE.to_string()), &Action::BlockSignIn { user: VICTIM.to_string() })
}

fn blocked_event(result: &StepResult) -> &tenantdrill::engine::event::Event {
    result.events.iter().find(|event| matches!(event.kind, EventKind::SignInBlocked { .. })).expect("a SignInBlocked event")
}

#[test]
fn english_reads_as_before() {
    let result = denied();
    assert!(matches!(result.outcome, Outcome::Denied(Refusal::Permission(_))), "{:?}", result.outcome);
    assert_eq!(
        outcome::result(Lang::En, &result),
        "Access denied: to reset the password of a user who holds Global Administrator you need \
         Privileged Authentication Administrator or Global Administrator."
    );
    let result = invalid();
    assert!(matches!(result.outcome, Outcome::Invalid(Problem::UnknownUser { .. })), "{:?}", result.outcome);
    assert!(outcome::result(Lang::En, &result).starts_with("error: no user 'nobody@contoso.com' in "));
    let result = blocked();
    assert_eq!(outcome::result(Lang::En, &result), "Done.");
    assert_eq!(event::describe(Lang::En, &blocked_event(&result).kind), format!("sign-in blocked for {VICTIM}"));
    assert!(event::line(Lang::En, blocked_event(&result)).ends_with(&format!(" admin {TRAINEE}: sign-in blocked for {VICTIM}")));
}

#[test]
fn norwegian_dutch_and_slovenian_read_in_their_own_words() {
    let cases = [
        (
            Lang::Nb,
            "Ingen tilgang: for å tilbakestille passordet til en bruker som har global administrator",
            "feil: ingen bruker «nobody@contoso.com»",
            "Ferdig.",
            "pålogging blokkert for",
        ),
        (
            Lang::Nl,
            "Toegang geweigerd: voor het opnieuw instellen van het wachtwoord van een gebruiker met de rol Globale beheerder",
            "fout: geen gebruiker 'nobody@contoso.com'",
            "Gereed.",
            "aanmelding geblokkeerd voor",
        ),
        (
            Lang::Sl,
            "Dostop je zavrnjen: za ponastavitev gesla uporabnika z vlogo globalni skrbnik",
            "napaka: v ",
            "Končano.",
            "vpis blokiran za",
        ),
    ];
    let (denied, invalid, blocked) = (denied(), invalid(), blocked());
    for (lang, denial, error, done, event_text) in cases {
        let denial_text = outcome::result(lang, &denied);
        assert!(denial_text.starts_with(denial), "{lang}: {denial_text}");
        assert!(!denial_text.contains("Access denied") && !denial_text.contains(" you need "), "{lang}: {denial_text}");
        let error_text = outcome::result(lang, &invalid);
        assert!(error_text.starts_with(error), "{lang}: {error_text}");
        assert!(error_text.contains("nobody@contoso.com") && !error_text.contains("no user"), "{lang}: {error_text}");
        assert_eq!(outcome::result(lang, &blocked), done);
        let line = event::line(lang, blocked_event(&blocked));
        assert!(line.contains(&format!("{event_text} {VICTIM}")), "{lang}: {line}");
    }
}

#[test]
fn codes_stay_as_the_service_writes_them() {
    let mut simulation = demo::contoso(7);
    let attacker = Actor::Attacker { via: Some(VICTIM.to_string()) };
    let result = simulation.step(&Actor::Admin(TRAINEE.to_string()), &Action::BlockSignIn { user: VICTIM.to_string() });
    assert!(result.outcome.is_done());
    let wait = Action::Wait { duration: tenantdrill::clock::SimDuration::hours(3) };
    simulation.step(&Actor::Service, &wait);
    let refused = simulation.step(&attacker, &Action::ListRules { user: VICTIM.to_string(), include_hidden: false });
    for lang in Lang::ALL {
        if let Some(reason) = outcome::reason(lang, &refused.outcome) {
            assert!(!reason.contains("{ $") && !reason.contains("engine-"), "{lang}: {reason}");
        }
    }
}
