//! A session re-graded or resumed from its file gives exactly what the live
//! run gave, whatever passwords the trainee typed: one the attacker already
//! knows, one typed earlier in the session, a weak one, a fresh one. The
//! file records where the simulation held each password and the rules'
//! verdict, never the password.

use proptest::prelude::*;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::repl::Driver;
use tenantdrill::scenario::library::{self, bundled_procedures};
use tenantdrill::scenario::load::{Loaded, load_text};
use tenantdrill::session::{self, Header, SessionWriter};

/// The password the bundled compromised-mailbox scenario gives its victim,
/// which the attacker phished.
const PHISHED: &str = "Harbour-Ledger-2026!";

fn mailbox() -> (Loaded, library::ProcedureSet) {
    let procedures = bundled_procedures().expect("procedures");
    let bundled = library::scenario("compromised-mailbox").expect("bundled");
    let loaded = load_text(bundled.path, bundled.text.as_bytes(), &procedures).expect("loads");
    (loaded, procedures)
}

#[derive(Debug, Clone)]
enum Password {
    /// The one the attacker knows.
    Phished,
    /// The n-th password typed earlier in the session (if any).
    Earlier(usize),
    /// Refused by the rules, for different reasons.
    Weak(&'static str),
    Fresh(String),
}

#[derive(Debug, Clone)]
enum Move {
    Reset(Password),
    SelfService(Password),
    Line(&'static str),
}

const LINES: &[&str] = &[
    "user block-sign-in {victim}",
    "user revoke-sessions {victim}",
    "user allow-sign-in {victim}",
    "mailbox clear-forwarding {victim}",
    "user require-mfa {victim}",
    "notify {victim} --via phone --password",
    "notify {victim} --via email --password",
    "wait 20m",
    "logs sign-ins {victim}",
    "mailbox rules {victim} --hidden",
];

const WEAK: &[&str] = &["short1!", "Qwerty12345!", "Contoso2026!", "{victim}-Spring-2026", "alllowercaseletters"];

fn password() -> impl Strategy<Value = Password> {
    prop_oneof![
        Just(Password::Phished),
        (0_usize..4).prop_map(Password::Earlier),
        prop::sample::select(WEAK).prop_map(Password::Weak),
        "[A-Z][a-z]{4}-[a-z]{5}-[0-9]{2}#".prop_map(Password::Fresh),
    ]
}

fn moves() -> impl Strategy<Value = Vec<Move>> {
    prop::collection::vec(
        prop_oneof![
            3 => password().prop_map(Move::Reset),
            1 => password().prop_map(Move::SelfService),
            4 => prop::sample::select(LINES).prop_map(Move::Line),
        ],
        1..14,
    )
}

/// The command lines of `moves` for the victim of this seed.
fn lines(moves: &[Move], victim: &str) -> Vec<String> {
    let mut typed: Vec<String> = Vec::new();
    let mut text = |password: &Password| {
        let chosen = match password {
            Password::Phished => PHISHED.to_string(),
            Password::Earlier(index) => typed.get(*index).cloned().unwrap_or_else(|| PHISHED.to_string()),
            Password::Weak(weak) => weak.replace("{victim}", victim),
            Password::Fresh(fresh) => fresh.clone(),
        };
        typed.push(chosen.clone());
        chosen
    };
    moves
        .iter()
        .map(|one| match one {
            Move::Reset(password) => format!("user reset-password {victim} --password '{}'", text(password)),
            Move::SelfService(password) => format!("sspr reset {victim} --password '{}'", text(password)),
            Move::Line(line) => line.replace("{victim}", victim),
        })
        .chain(["submit".to_string()])
        .collect()
}

fn driver(drill: Drill) -> Driver<Vec<u8>> {
    let header = Header::new(&drill, "compromised-mailbox", "ann");
    Driver::new(drill, Some(SessionWriter::create(Vec::new(), &header).expect("header")), 0, false)
}

proptest! {
    #![proptest_config(crate::support::proptest_config(48))]

    #[test]
    fn replay_equals_live_for_reused_known_weak_and_fresh_passwords(seed in 1_u64..4, moves in moves(), cut in 0_usize..16) {
        let (loaded, procedures) = mailbox();
        let victim = loaded.choices(seed).get("victim").cloned().unwrap_or_default().to_lowercase();
        let lines = lines(&moves, &victim);
        let fresh = || Drill::new(&loaded, &procedures, seed, Mode::Practice).expect("builds");

        // Live.
        let mut live = driver(fresh());
        let mut outputs = Vec::new();
        for line in &lines {
            outputs.push(live.handle(line).expect("handled").reply.output);
        }
        let live_report = live.drill().report();
        let file = String::from_utf8(live.into_writer().expect("writer").into_inner()).expect("UTF-8");
        prop_assert!(!file.contains(PHISHED), "no password in the file:\n{}", file);
        let parsed = session::parse("s.jsonl", &file).expect("reads back");

        // Re-graded: the whole file replayed.
        let regraded = session::replay("s.jsonl", &parsed, &loaded, &procedures).expect("replays");
        prop_assert!(regraded.warnings.is_empty(), "{:?}\n{}", regraded.warnings, file);
        prop_assert_eq!(regraded.drill.report().render_text(false), live_report.render_text(false));
        prop_assert_eq!(
            serde_json::to_string(&regraded.drill.report()).expect("JSON"),
            serde_json::to_string(&live_report).expect("JSON")
        );

        // Resumed: the first `cut` entries replayed, the rest typed again.
        let cut = cut.min(parsed.entries.len().saturating_sub(1));
        let mut first = parsed.clone();
        first.entries.truncate(cut);
        let replayed = session::replay("s.jsonl", &first, &loaded, &procedures).expect("replays");
        prop_assert!(replayed.warnings.is_empty(), "{:?}", replayed.warnings);
        let mut resumed = Driver::new(replayed.drill, None::<SessionWriter<Vec<u8>>>, replayed.commands, false);
        for (line, output) in lines.iter().zip(&outputs).skip(cut) {
            let turn = resumed.handle(line).expect("handled");
            prop_assert_eq!(&turn.reply.output, output, "`{}` after resuming at {}", line, cut);
        }
        prop_assert_eq!(resumed.drill().report().render_text(false), live_report.render_text(false));
    }
}
