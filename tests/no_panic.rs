//! Property 11: no input makes the command parser, the scenario loader or
//! the session reader (and replay) panic; each returns a value or an error.
//!
//! The most productive inputs are valid files and lines, damaged: cut
//! short, bytes flipped, brackets and quotes inserted, huge numbers, pieces
//! deleted or repeated. Arbitrary bytes are tried too.
//!
//! Hangs and unbounded memory are not timed here. Instead the limits the
//! loaders document (`diagnostic::Limits`: 1 MiB, 64 levels of nesting,
//! 10 000-character strings; 4 096 bytes a command line; 20 000 entries a
//! session) are checked to refuse oversize and deeply nested input with an
//! error, so that no input reaches a parser's recursion or allocation
//! unchecked.
//!
//! Cases: 256 by default (64 for session replay, which runs a drill);
//! `TENANTDRILL_PROPTEST_CASES` sets them all.

use proptest::prelude::*;
use proptest::sample::Index;
use std::sync::OnceLock;
use tenantdrill::command::{COMMANDS, MAX_LINE_BYTES, parse, render};
use tenantdrill::diagnostic::Limits;
use tenantdrill::drill::{Drill, Mode};
use tenantdrill::repl::Driver;
use tenantdrill::scenario::library::SCENARIOS;
use tenantdrill::scenario::load::{Loaded, load_text};
use tenantdrill::session::{self, Header, MAX_ENTRIES, SessionWriter};

// ---------------------------------------------------------------------------
// Mutations.

/// Text that tends to break hand-written RON, JSON and command lines.
const INSERTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "\"",
    "'",
    ",",
    ":",
    "\\",
    "#",
    "//",
    "/*",
    "*/",
    "r#\"",
    "\"#",
    "\n",
    "\r\n",
    "\t",
    "\0",
    "é",
    "\u{202e}",
    "\u{feff}",
    "😀",
    "-",
    "--",
    "=",
    "***",
    "99999999999999999999999999999999",
    "18446744073709551616",
    "-1",
    "1e999",
    "0x",
    "NaN",
    "Some(",
    "None",
    "true",
    "[[[[[[[[",
    "((((((((",
    "{{{{{{{{",
    "Wait(duration:",
    "{name}",
    "{",
    "\"line\":",
    "null",
];

#[derive(Debug, Clone)]
enum Mutation {
    /// Keep only the part before this position.
    Truncate(Index),
    /// XOR one byte with a non-zero mask.
    Flip(Index, u8),
    Insert(Index, &'static str),
    /// Remove up to this many bytes.
    Delete(Index, usize),
    /// Repeat a stretch of the input right after itself.
    Repeat(Index, usize),
    /// Wrap the whole input in this many brackets.
    Nest(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => any::<Index>().prop_map(Mutation::Truncate),
        3 => (any::<Index>(), 1..=255_u8).prop_map(|(at, mask)| Mutation::Flip(at, mask)),
        4 => (any::<Index>(), proptest::sample::select(INSERTS)).prop_map(|(at, text)| Mutation::Insert(at, text)),
        2 => (any::<Index>(), 1..64_usize).prop_map(|(at, length)| Mutation::Delete(at, length)),
        1 => (any::<Index>(), 1..256_usize).prop_map(|(at, length)| Mutation::Repeat(at, length)),
        1 => (1..100_usize).prop_map(Mutation::Nest),
    ]
}

fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    proptest::collection::vec(mutation(), 1..=4)
}

fn apply(original: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for mutation in mutations {
        let position = |at: &Index, bytes: &Vec<u8>| if bytes.is_empty() { 0 } else { at.index(bytes.len() + 1) };
        match mutation {
            Mutation::Truncate(at) => {
                let end = position(at, &bytes);
                bytes.truncate(end);
            }
            Mutation::Flip(at, mask) => {
                if !bytes.is_empty() {
                    let index = at.index(bytes.len());
                    bytes[index] ^= mask;
                }
            }
            Mutation::Insert(at, text) => {
                let index = position(at, &bytes);
                bytes.splice(index..index, text.bytes());
            }
            Mutation::Delete(at, length) => {
                let start = position(at, &bytes);
                let end = (start + length).min(bytes.len());
                bytes.drain(start..end);
            }
            Mutation::Repeat(at, length) => {
                let start = position(at, &bytes);
                let end = (start + length).min(bytes.len());
                let stretch = bytes[start..end].to_vec();
                bytes.splice(end..end, stretch);
            }
            Mutation::Nest(depth) => {
                let mut nested = "[".repeat(*depth).into_bytes();
                nested.extend_from_slice(&bytes);
                nested.extend("]".repeat(*depth).bytes());
                bytes = nested;
            }
        }
    }
    bytes
}

// ---------------------------------------------------------------------------
// The command parser.

/// Every example line of the command table.
fn example_lines() -> Vec<&'static str> {
    COMMANDS.iter().flat_map(|spec| spec.examples.iter().copied()).collect()
}

/// Parsing never panics; what parses renders to a line that parses back.
fn check_line(line: &str) -> Result<(), TestCaseError> {
    if let Ok(command) = parse(line)
        && let Some(rendered) = render(&command)
    {
        prop_assert_eq!(parse(&rendered), Ok(command), "{:?} rendered as {:?}", line, rendered);
    }
    Ok(())
}

/// A drill connected to Exchange Online and Graph, built once.
fn connected_drill() -> &'static Drill {
    static DRILL: OnceLock<Drill> = OnceLock::new();
    DRILL.get_or_init(|| {
        let bundled = SCENARIOS.iter().find(|bundled| bundled.id == "compromised-admin").expect("bundled compromised-admin");
        let loaded = load_text(bundled.path, bundled.text.as_bytes(), crate::support::procedures()).expect("it loads");
        let mut drill = Drill::new(&loaded, crate::support::procedures(), 3, Mode::Practice).expect("it builds");
        drill.execute("Connect-ExchangeOnline");
        drill.execute("Connect-MgGraph -Scopes Directory.ReadWrite.All,AuditLog.Read.All,UserAuthenticationMethod.ReadWrite.All");
        drill
    })
}

/// Every example of the PowerShell cmdlet table.
fn cmdlet_examples() -> Vec<&'static str> {
    tenantdrill::powershell::cmdlets::CMDLETS.iter().flat_map(|cmdlet| cmdlet.examples.iter().copied()).collect()
}

/// Running a PowerShell line never panics; masking it twice changes nothing.
fn check_powershell(line: &str) -> Result<(), TestCaseError> {
    let _ = tenantdrill::powershell::syntax::parse(line);
    let masked = tenantdrill::command::mask_secrets(line);
    prop_assert_eq!(tenantdrill::command::mask_secrets(&masked), masked.clone(), "masking {:?} twice", line);
    let mut drill = connected_drill().clone();
    let _ = drill.execute(line);
    Ok(())
}

// ---------------------------------------------------------------------------
// The scenario loader.

/// Loading never panics; a file that loads also builds (or refuses) for a
/// seed without panicking.
fn check_scenario(bytes: &[u8], seed: u64) {
    if let Ok(loaded) = load_text("mutated.ron", bytes, crate::support::procedures()) {
        let _ = loaded.build(seed);
        let _ = Drill::new(&loaded, crate::support::procedures(), seed, Mode::Practice);
    }
}

// ---------------------------------------------------------------------------
// The session reader.

/// A session file recorded live on the locked-out scenario, and the scenario.
fn recorded_session() -> &'static (Loaded, String) {
    static SESSION: OnceLock<(Loaded, String)> = OnceLock::new();
    SESSION.get_or_init(|| {
        let bundled = SCENARIOS.iter().find(|bundled| bundled.id == "locked-out").expect("bundled locked-out");
        let loaded = load_text(bundled.path, bundled.text.as_bytes(), crate::support::procedures()).expect("it loads");
        let drill = Drill::new(&loaded, crate::support::procedures(), 3, Mode::Practice).expect("it builds");
        let header = Header::new(&drill, &loaded.scenario.id, "ann");
        let writer = SessionWriter::create(Vec::new(), &header).expect("write to memory");
        let mut driver = Driver::new(drill, Some(writer), 0, false);
        let mut lines: Vec<String> = vec!["user show adele".to_string(), "usr".to_string(), "wait 5m".to_string()];
        lines.extend(loaded.scenario.solution.iter().cloned());
        lines.push("user reset-password adele --password Sunny-Harbor-Drift-92#".to_string());
        for line in &lines {
            driver.handle(line).expect("write to memory");
        }
        let bytes = driver.into_writer().expect("a writer").into_inner();
        (loaded, String::from_utf8(bytes).expect("UTF-8"))
    })
}

/// Reading never panics; a file that reads also replays (or refuses) without panicking.
fn check_session(text: &str) {
    let (loaded, _) = recorded_session();
    if let Ok(parsed) = session::parse("mutated.jsonl", text) {
        let _ = session::replay("mutated.jsonl", &parsed, loaded, crate::support::procedures());
    }
}

// ---------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(crate::support::proptest_config(256))]

    /// Damaged example lines of every command, and arbitrary bytes.
    #[test]
    fn the_command_parser_never_panics(
        example in proptest::sample::select(example_lines()),
        changes in mutations(),
        bytes in proptest::collection::vec(any::<u8>(), 0..200),
    ) {
        check_line(&String::from_utf8_lossy(&apply(example.as_bytes(), &changes)))?;
        check_line(&String::from_utf8_lossy(&bytes))?;
        // `ask` carries a whole line: damage inside it, too.
        check_line(&format!("ask nestor {}", String::from_utf8_lossy(&apply(example.as_bytes(), &changes))))?;
    }

    /// Damaged cmdlet examples, run in a connected drill.
    #[test]
    fn the_powershell_front_end_never_panics(
        example in proptest::sample::select(cmdlet_examples()),
        changes in mutations(),
        bytes in proptest::collection::vec(any::<u8>(), 0..120),
    ) {
        check_powershell(&String::from_utf8_lossy(&apply(example.as_bytes(), &changes)))?;
        check_powershell(&format!("Get-InboxRule {}", String::from_utf8_lossy(&bytes)))?;
    }

    /// Damaged bundled scenario files.
    #[test]
    fn the_scenario_loader_never_panics_on_damaged_scenarios(
        scenario in proptest::sample::select(SCENARIOS.to_vec()),
        changes in mutations(),
        seed in any::<u64>(),
    ) {
        check_scenario(&apply(scenario.text.as_bytes(), &changes), seed);
    }

    /// Arbitrary bytes, and RON-like token soup.
    #[test]
    fn the_scenario_loader_never_panics_on_arbitrary_input(
        bytes in proptest::collection::vec(any::<u8>(), 0..400),
        soup in proptest::collection::vec(proptest::sample::select(INSERTS), 0..80),
    ) {
        check_scenario(&bytes, 0);
        check_scenario(soup.concat().as_bytes(), 0);
    }
}

proptest! {
    #![proptest_config(crate::support::proptest_config(64))]

    /// Damaged session files, read and replayed.
    #[test]
    fn the_session_reader_and_replay_never_panic(changes in mutations(), bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let (_, text) = recorded_session();
        check_session(&String::from_utf8_lossy(&apply(text.as_bytes(), &changes)));
        check_session(&String::from_utf8_lossy(&bytes));
    }
}

// ---------------------------------------------------------------------------
// The limits that bound time and memory.

fn load_error(bytes: &[u8]) -> String {
    match load_text("big.ron", bytes, crate::support::procedures()) {
        Ok(_) => panic!("a hostile file loaded"),
        Err(error) => error.diagnostics.iter().map(|diagnostic| diagnostic.message.clone()).collect::<Vec<_>>().join("\n"),
    }
}

#[test]
fn a_scenario_file_over_one_mebibyte_is_refused_before_parsing() {
    let limits = Limits::default();
    let padding = " ".repeat(limits.max_bytes + 1);
    let bundled = SCENARIOS[0].text;
    let message = load_error(format!("{bundled}{padding}").as_bytes());
    assert!(message.contains("too large") || message.contains("at most"), "{message}");
}

#[test]
fn deep_nesting_is_refused_at_the_limit_not_by_the_stack() {
    let limits = Limits::default();
    for depth in [limits.max_depth + 1, 10_000, 500_000] {
        for (open, close) in [("[", "]"), ("(", ")"), ("{", "}"), ("Some(", ")")] {
            let text = format!("{}{}", open.repeat(depth), close.repeat(depth));
            if text.len() > limits.max_bytes {
                continue;
            }
            let message = load_error(text.as_bytes());
            assert!(message.contains("nest") || message.contains("deep"), "depth {depth} of {open}: {message}");
        }
    }
    // Unclosed, too.
    let message = load_error("[".repeat(200_000).as_bytes());
    assert!(message.contains("nest") || message.contains("deep"), "{message}");
}

#[test]
fn an_overlong_string_in_a_scenario_is_refused() {
    let limits = Limits::default();
    let text = format!("(id: \"{}\")", "a".repeat(limits.max_string_chars + 1));
    let message = load_error(text.as_bytes());
    assert!(message.contains("string") || message.contains("long"), "{message}");
}

/// The bundled locked-out scenario with the number of `field: old,`
/// replaced where it stands by `new`, and the line and column where `new`
/// starts.
fn with_number(field: &str, old: &str, new: &str) -> (String, usize, usize) {
    let bundled = SCENARIOS.iter().find(|bundled| bundled.id == "locked-out").expect("bundled");
    let original = format!("{field}: {old},");
    assert_eq!(bundled.text.matches(&original).count(), 1, "`{original}` should occur once in locked-out");
    let at = bundled.text.find(&original).expect("found") + field.len() + 2;
    let text = format!("{}{new}{}", &bundled.text[..at], &bundled.text[at + old.len()..]);
    let before = &bundled.text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    (text, line, column)
}

/// A number its field cannot hold (too big, negative, a fraction, an
/// exponent) is refused with one error that points at the number itself, so
/// a loader that wrapped, saturated or rounded it would fail here.
#[test]
fn numbers_a_field_cannot_hold_are_refused_where_they_stand() {
    // (field, its value in the file, the replacement, what the message says)
    let cases = [
        ("seed", "3", "18446744073709551616", "out of range"),
        ("seed", "3", "99999999999999999999999999999", "out of range"),
        ("seed", "3", "-1", "out of range"),
        ("seed", "3", "3.5", "expected"),
        ("seed", "3", "1e400", "invalid digit"),
        ("estimated_minutes", "8", "99999999999", "out of range"),
        ("estimated_minutes", "8", "4294967296", "out of range"),
        ("estimated_minutes", "8", "-8", "out of range"),
        ("estimated_minutes", "8", "8.0", "expected"),
        ("threshold", "10", "65536", "out of range"),
        ("pass_mark", "70", "-70", "out of range"),
        ("cost", "2", "1e9", "invalid digit"),
    ];
    for (field, old, huge, says) in cases {
        let (text, line, column) = with_number(field, old, huge);
        let Err(error) = load_text("huge.ron", text.as_bytes(), crate::support::procedures()) else {
            panic!("`{field}: {huge}` loaded");
        };
        let [diagnostic] = &error.diagnostics[..] else {
            panic!("`{field}: {huge}`: expected one error, got {:#?}", error.diagnostics);
        };
        assert!(diagnostic.message.contains(says), "`{field}: {huge}`: {}", diagnostic.message);
        let span = diagnostic.span.unwrap_or_else(|| panic!("`{field}: {huge}`: no position"));
        let on_the_number = span.line == line && (column..column + huge.len()).contains(&span.column);
        assert!(on_the_number, "`{field}: {huge}` at {line}:{column}, the error at {span:?}: {}", diagnostic.message);
    }
}

/// The largest value of a field loads as itself; one more is refused.
#[test]
fn numbers_load_exactly_up_to_their_field_limit() {
    let load = |field: &str, old: &str, new: &str| {
        let (text, line, _) = with_number(field, old, new);
        (load_text("limit.ron", text.as_bytes(), crate::support::procedures()), line)
    };
    let (loaded, _) = load("seed", "3", "18446744073709551615");
    assert_eq!(loaded.map(|loaded| loaded.scenario.seed).map_err(|error| error.render(tenantdrill::i18n::Lang::En, false)), Ok(u64::MAX));
    let (refused, _) = load("seed", "3", "18446744073709551616");
    assert!(refused.is_err(), "u64::MAX + 1 loaded as a seed");
    // `u32::MAX` minutes is read as itself, so the 1-600 range check
    // refuses it and names the field.
    let (loaded, line) = load("estimated_minutes", "8", "4294967295");
    let error = loaded.map(|_| ()).expect_err("over 600 minutes");
    let [diagnostic] = &error.diagnostics[..] else { panic!("{:#?}", error.diagnostics) };
    assert!(diagnostic.message.contains("estimated_minutes"), "{}", diagnostic.message);
    assert_eq!(diagnostic.span.map(|span| span.line), Some(line));
    let (loaded, _) = load("estimated_minutes", "8", "600");
    assert_eq!(
        loaded.map(|loaded| loaded.scenario.estimated_minutes).map_err(|error| error.render(tenantdrill::i18n::Lang::En, false)),
        Ok(600)
    );
    // 4 294 967 896 would wrap to 600 in a `u32`.
    let (refused, _) = load("estimated_minutes", "8", "4294967896");
    assert!(refused.is_err(), "4294967896 minutes loaded");
}

#[test]
fn an_overlong_command_line_is_refused() {
    let line = format!("user show {}", "a".repeat(MAX_LINE_BYTES));
    let error = parse(&line).expect_err("too long");
    assert!(error.to_string().contains("too long"), "{error}");
    let nested = format!("ask {}", "ask nestor ".repeat(MAX_LINE_BYTES / 11));
    assert!(parse(&nested).is_err());
}

#[test]
fn a_session_with_too_many_entries_is_refused() {
    let (_, text) = recorded_session();
    let mut lines = text.lines();
    let header = lines.next().expect("a header");
    let entry = lines.next().expect("an entry");
    let entry: serde_json::Value = serde_json::from_str(entry).expect("JSON");
    let mut file = format!("{header}\n");
    for n in 1..=MAX_ENTRIES + 1 {
        let mut numbered = entry.clone();
        numbered["n"] = serde_json::Value::from(n);
        file.push_str(&numbered.to_string());
        file.push('\n');
    }
    let error = session::parse("long.jsonl", &file).expect_err("too many entries");
    assert!(error.to_string().contains(&MAX_ENTRIES.to_string()), "{error}");
}
