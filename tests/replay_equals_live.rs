//! A session re-graded or resumed from its file gives exactly what the live
//! run gave, whatever passwords the trainee typed: one the attacker already
//! knows, one typed earlier in the session, a weak one, a fresh one. The
//! file records where the simulation held each password and the rules'
//! verdict, never the password. The one exception, by design: a password
//! the trainee made up before the session was resumed, typed again after
//! it, is a new password to the resumed session, which holds a stand-in
//! for it; there the resumed run equals the live run in which the password
//! made up before had been another (docs/session-format.md).

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

/// The command lines of `moves` for the victim of this seed, each with the
/// password it types, if any.
fn lines(moves: &[Move], victim: &str) -> Vec<(String, Option<String>)> {
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
            Move::Reset(password) => {
                let typed = text(password);
                (format!("user reset-password {victim} --password '{typed}'"), Some(typed))
            }
            Move::SelfService(password) => {
                let typed = text(password);
                (format!("sspr reset {victim} --password '{typed}'"), Some(typed))
            }
            Move::Line(line) => (line.replace("{victim}", victim), None),
        })
        .chain([("submit".to_string(), None)])
        .collect()
}

/// For each entry of a session file: whether it set a password the trainee
/// made up, one the rules accepted and the simulation held nowhere when it
/// was typed (its `secrets` say `accepted` and no `same_as`). A replay
/// types a stand-in there, which is all a resumed session then holds.
fn made_up(file: &str) -> Vec<bool> {
    file.lines()
        .skip(1)
        .map(|line| {
            let entry: serde_json::Value = serde_json::from_str(line).expect("JSON");
            let secret = &entry["secrets"][0];
            secret.is_object() && secret.get("same_as").is_none() && secret["rules"] == "accepted"
        })
        .collect()
}

/// Another password the rules judge as they judge `text`: one lower-case
/// letter made upper case, in a password that keeps another lower-case
/// letter and already had an upper-case one, so the length, the character
/// classes and the banned-term assessment (which folds case) are the same.
fn judged_the_same(text: &str) -> Option<String> {
    let lower = text.bytes().filter(u8::is_ascii_lowercase).count();
    if lower < 2 || !text.bytes().any(|byte| byte.is_ascii_uppercase()) {
        return None;
    }
    let at = text.bytes().position(|byte| byte.is_ascii_lowercase())?;
    let mut other = text.to_string();
    other.get_mut(at..=at)?.make_ascii_uppercase();
    Some(other)
}

/// The lines of a session resumed after `cut` of them, as the resumed
/// simulation sees them: a password the trainee made up before the cut is
/// not in the file (the resumed simulation holds a stand-in for it), so
/// when it is typed again after the cut, it is a new password there. These
/// are the lines with each such password, before the cut, replaced by
/// another one the rules judge the same, and whether there was one (`None`
/// when one has no such other password).
fn as_resumed(lines: &[(String, Option<String>)], made_up: &[bool], cut: usize) -> Option<(Vec<String>, bool)> {
    let made_up_before: Vec<&str> =
        lines[..cut].iter().zip(made_up).filter(|(_, made_up)| **made_up).filter_map(|((_, typed), _)| typed.as_deref()).collect();
    let typed_again: Vec<&str> =
        lines[cut..].iter().filter_map(|(_, typed)| typed.as_deref()).filter(|text| made_up_before.contains(text)).collect();
    let mut renamed = Vec::new();
    for (index, (line, typed)) in lines.iter().enumerate() {
        match typed {
            Some(text) if index < cut && typed_again.contains(&text.as_str()) => {
                let other = judged_the_same(text)?;
                renamed.push(line.replace(&format!("'{text}'"), &format!("'{other}'")));
            }
            _ => renamed.push(line.clone()),
        }
    }
    Some((renamed, !typed_again.is_empty()))
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
        let typed = lines(&moves, &victim);
        let lines: Vec<String> = typed.iter().map(|(line, _)| line.clone()).collect();
        let fresh = || Drill::new(&loaded, &procedures, seed, Mode::Practice).expect("builds");
        let live_run = |lines: &[String]| {
            let mut live = driver(fresh());
            let outputs: Vec<String> = lines.iter().map(|line| live.handle(line).expect("handled").reply.output).collect();
            let report = live.drill().report();
            (outputs, report, String::from_utf8(live.into_writer().expect("writer").into_inner()).expect("UTF-8"))
        };

        // Live.
        let (outputs, live_report, file) = live_run(&lines);
        prop_assert!(!file.contains(PHISHED), "no password in the file:\n{}", file);
        let parsed = session::parse("s.jsonl", &file).expect("reads back");
        prop_assert_eq!(parsed.entries.len(), lines.len());

        // Re-graded: the whole file replayed.
        let regraded = session::replay("s.jsonl", &parsed, &loaded, &procedures).expect("replays");
        prop_assert!(regraded.warnings.is_empty(), "{:?}\n{}", regraded.warnings, file);
        prop_assert_eq!(regraded.drill.report().render_text(false), live_report.render_text(false));
        prop_assert_eq!(
            serde_json::to_string(&regraded.drill.report()).expect("JSON"),
            serde_json::to_string(&live_report).expect("JSON")
        );

        // Resumed: the first `cut` entries replayed, the rest typed again.
        // It gives what the live run gave, except when a password made up
        // before the cut is typed again after it: the file never held that
        // password, so the resumed run takes it for a new one, exactly as a
        // live run in which the one made up before the cut was another
        // (docs/session-format.md, "Passwords and replay").
        let cut = cut.min(lines.len() - 1);
        let Some((renamed, retyped)) = as_resumed(&typed, &made_up(&file), cut) else {
            return Err(TestCaseError::fail(format!("no other password is judged as one made up before the cut:\n{file}")));
        };
        let (expected, expected_report) = if retyped {
            let (renamed_outputs, renamed_report, _) = live_run(&renamed);
            prop_assert_eq!(&renamed_outputs[..cut], &outputs[..cut], "the other password changes nothing before the cut");
            (renamed_outputs, renamed_report)
        } else {
            (outputs, live_report)
        };
        let mut first = parsed.clone();
        first.entries.truncate(cut);
        let replayed = session::replay("s.jsonl", &first, &loaded, &procedures).expect("replays");
        prop_assert!(replayed.warnings.is_empty(), "{:?}", replayed.warnings);
        let mut resumed = Driver::new(replayed.drill, None::<SessionWriter<Vec<u8>>>, replayed.commands, false);
        for (line, output) in lines.iter().zip(&expected).skip(cut) {
            let turn = resumed.handle(line).expect("handled");
            prop_assert_eq!(&turn.reply.output, output, "`{}` after resuming at {}", line, cut);
        }
        prop_assert_eq!(resumed.drill().report().render_text(false), expected_report.render_text(false));
    }
}

/// The victim the bundled scenario picks for `seed`, as typed.
fn victim(seed: u64) -> String {
    mailbox().0.choices(seed).get("victim").cloned().unwrap_or_default().to_lowercase()
}

/// The documented limit of resuming (docs/session-format.md, "Passwords and
/// replay"): the file never holds a password the trainee made up, so the
/// resumed simulation holds a stand-in where it was. Typed again after
/// resuming, that password counts as a new one: the owner, told it before
/// the pause, no longer signs in with it, where the uninterrupted session
/// lets her. The resumed run is then exactly the live run in which the
/// password set before the pause was another one, and its own file
/// re-grades to what the trainee saw.
#[test]
fn a_password_set_before_resuming_and_typed_again_counts_as_new() {
    let victim = victim(1);
    let session = |first: &str| -> Vec<String> {
        [
            format!("user reset-password {victim} --password '{first}'"),
            format!("notify {victim} --via phone --password"),
            format!("user reset-password {victim} --password 'Orchid-basin-81#'"),
            format!("user reset-password {victim} --password 'Lantern-quiet-47#'"),
            "wait 20m".to_string(),
            format!("logs sign-ins {victim}"),
            "submit".to_string(),
        ]
        .into()
    };
    let (loaded, procedures) = mailbox();
    let run = |lines: &[String]| {
        let mut live = driver(Drill::new(&loaded, &procedures, 1, Mode::Practice).expect("builds"));
        let outputs: Vec<String> = lines.iter().map(|line| live.handle(line).expect("handled").reply.output).collect();
        let report = live.drill().report().render_text(false);
        (outputs, report, String::from_utf8(live.into_writer().expect("writer").into_inner()).expect("UTF-8"))
    };
    let (live, live_report, file) = run(&session("Lantern-quiet-47#"));
    let (other, other_report, _) = run(&session("Willow-marsh-36#"));

    // Resumed after the owner was told the first password.
    let cut = 2;
    let mut first = session::parse("s.jsonl", &file).expect("reads back");
    first.entries.truncate(cut);
    let replayed = session::replay("s.jsonl", &first, &loaded, &procedures).expect("replays");
    assert!(replayed.warnings.is_empty(), "{:?}", replayed.warnings);
    assert_eq!(replayed.stand_ins_held, 1, "the resumed simulation holds a stand-in for the password made up before the pause");
    let link = session::last_link(&first);
    let writer = SessionWriter::resume(Vec::new(), replayed.commands, 0, Some(link));
    let mut resumed = Driver::new(replayed.drill, Some(writer), replayed.commands, false);
    let outputs: Vec<String> =
        session("Lantern-quiet-47#")[cut..].iter().map(|line| resumed.handle(line).expect("handled").reply.output).collect();
    let resumed_report = resumed.drill().report().render_text(false);

    assert_eq!(outputs, other[cut..], "after resuming, the password typed again is a new one");
    assert_eq!(resumed_report, other_report);
    assert_eq!(outputs[..3], live[cut..cut + 3], "up to the sign-in it makes no difference");
    assert_ne!(outputs[3], live[cut + 3], "the owner signs in with the password she was told only in the uninterrupted session");
    assert_ne!(resumed_report, live_report);

    // The resumed session's file, graded, is what the trainee saw after resuming.
    let tail = String::from_utf8(resumed.into_writer().expect("writer").into_inner()).expect("UTF-8");
    let head: String = file.split_inclusive('\n').take(1 + cut).collect();
    let whole = session::parse("s.jsonl", &format!("{head}{tail}")).expect("reads back");
    assert!(session::check_chain(&whole).is_none(), "the resumed file continues the chain");
    let regraded = session::replay("s.jsonl", &whole, &loaded, &procedures).expect("replays");
    assert!(regraded.warnings.is_empty(), "{:?}", regraded.warnings);
    assert_eq!(regraded.drill.report().render_text(false), resumed_report);
}
