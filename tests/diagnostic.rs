//! Diagnostics for hand-written RON: every test asserts the whole rendered
//! text an instructor would see, so a change in wording or layout is a
//! deliberate, reviewed change.

use proptest::prelude::*;
use serde::Deserialize;
use tenantdrill::diagnostic::{Cause, Diagnostic, Limits, Span, did_you_mean, locate_field, locate_string, parse_ron, render, render_all};

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Scenario {
    id: String,
    title: String,
    steps: Vec<Step>,
    #[serde(default)]
    seed: u64,
}

#[derive(Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
struct Step {
    action: String,
    kind: StepKind,
}

#[derive(Debug, Deserialize, PartialEq)]
enum StepKind {
    Required,
    Optional,
}

const FILE: &str = "scenarios/x.ron";

/// Parses `bytes` as a `Scenario` and returns everything the instructor would see.
fn rendered(bytes: &[u8]) -> String {
    let diagnostics = parse_ron::<Scenario>(FILE, bytes, &Limits::default()).expect_err("the input should be rejected");
    let source = String::from_utf8_lossy(bytes).into_owned();
    render_all(&diagnostics, &|_| Some(source.clone()), false)
}

fn check(input: &str, expected: &str) {
    assert_eq!(rendered(input.as_bytes()), expected, "input:\n{input}");
}

#[test]
fn valid_file_parses() {
    let text = "// A comment.\nScenario(\n    id: \"phish\",\n    title: \"Phishing (\\\"urgent\\\")\",\n    steps: [Step(action: \"reset\", kind: Required)],\n)\n";
    let scenario = parse_ron::<Scenario>(FILE, text.as_bytes(), &Limits::default()).unwrap();
    assert_eq!(scenario.title, "Phishing (\"urgent\")");
    assert_eq!(scenario.steps, [Step { action: "reset".to_owned(), kind: StepKind::Required }]);
}

#[test]
fn windows_files_with_bom_and_crlf_report_editor_columns() {
    let text = "\u{FEFF}Scenario(\r\n    titel: \"b\",\r\n)\r\n";
    assert_eq!(
        rendered(text.as_bytes()),
        r#"error: unknown field `titel` in `Scenario`
 --> scenarios/x.ron:2:5
  |
2 |     titel: "b",
  |     ^^^^^ expected one of `id`, `title`, `steps`, `seed`
  |
help: did you mean `title`?

error: 1 problem in scenarios/x.ron
"#
    );
    assert_eq!(locate_field(text, "titel", 0), Some(Span { line: 2, column: 5, length: 5 }));
    let valid = "\u{FEFF}Scenario(id: \"a\", title: \"b\", steps: [])\r\n";
    assert!(parse_ron::<Scenario>(FILE, valid.as_bytes(), &Limits::default()).is_ok());
}

#[test]
fn unknown_field_suggests_the_closest_name() {
    check(
        "Scenario(\n    id: \"a\",\n    titel: \"b\",\n    steps: [],\n)",
        r#"error: unknown field `titel` in `Scenario`
 --> scenarios/x.ron:3:5
  |
3 |     titel: "b",
  |     ^^^^^ expected one of `id`, `title`, `steps`, `seed`
  |
help: did you mean `title`?

error: 1 problem in scenarios/x.ron
"#,
    );
}

#[test]
fn unknown_enum_value_suggests_the_variant() {
    check(
        "Scenario(\n    id: \"a\",\n    title: \"b\",\n    steps: [Step(action: \"x\", kind: Requird)],\n)",
        r#"error: unknown value `Requird` for `StepKind`
 --> scenarios/x.ron:4:37
  |
4 |     steps: [Step(action: "x", kind: Requird)],
  |                                     ^^^^^^^ expected one of `Required`, `Optional`
  |
help: did you mean `Required`?

error: 1 problem in scenarios/x.ron
"#,
    );
}

#[test]
fn missing_field_points_at_the_closing_bracket() {
    check(
        "Scenario(\n    id: \"a\",\n    steps: [],\n)",
        r"error: missing field `title` in `Scenario`
 --> scenarios/x.ron:4:1
  |
4 | )
  | ^ expected `title: ...` before this

error: 1 problem in scenarios/x.ron
",
    );
}

#[test]
fn missing_comma_points_after_the_previous_value() {
    check(
        "Scenario(\n    id: \"a\"\n    title: \"b\",\n    steps: [],\n)",
        r#"error: expected `,` or `)`, found `title`
 --> scenarios/x.ron:2:12
  |
2 |     id: "a"
  |            ^ expected `,` or `)`

error: 1 problem in scenarios/x.ron
"#,
    );
}

#[test]
fn unterminated_string_points_at_the_string_missing_its_quote() {
    check(
        "Scenario(\n    id: \"a,\n    title: \"b\",\n    steps: [],\n)\n",
        r#"error: unterminated string
 --> scenarios/x.ron:2:9
  |
2 |     id: "a,
  |         ^ expected a closing `"`

error: 1 problem in scenarios/x.ron
"#,
    );
}

#[test]
fn wrong_type_says_what_was_found() {
    check(
        "Scenario(\n    id: \"a\",\n    title: \"b\",\n    steps: [],\n    seed: \"x\",\n)",
        r#"error: expected a whole number, found `"x"`
 --> scenarios/x.ron:5:11
  |
5 |     seed: "x",
  |           ^^^ expected a whole number

error: 1 problem in scenarios/x.ron
"#,
    );
}

/// Other mistakes, checked as (input, message, (line, column, length), expected, suggestion).
#[test]
fn other_mistakes_are_explained() {
    let nested = format!("Scenario(id: \"a\", title: \"b\", steps: [], seed: {}1{})", "(".repeat(62), ")".repeat(62));
    let cases = [
        (
            "Scenario(id: \"a\", title: \"b\", steps: [Step(action: \"x\", kind: \"Optional\")])",
            "expected a name, found `\"Optional\"`",
            (1, 63, 10),
            Some("a name"),
            Some("Optional"),
        ),
        (
            "Scenario(\n    id: \"a\",\n    steps: [Step(action: \"x\", kind: Required)],\n    id: \"b\",\n)",
            "field `id` is set twice in `Scenario` (first on line 2)",
            (4, 5, 2),
            None,
            None,
        ),
        (
            "Scenario(id: \"a\", title: \"b\", steps: [Step(action: \"x\" kind: Required)])",
            "expected `,` or `)`, found `kind`",
            (1, 56, 4),
            Some("`,` or `)`"),
            None,
        ),
        (
            "Scenario(\n    id: \"a\",\n    steps: [\n",
            "expected `Step(...)`, found the end of the file",
            (3, 13, 1),
            Some("`Step(...)`"),
            None,
        ),
        ("Scenaro(id: \"a\")", "expected `Scenario`, found `Scenaro`", (1, 1, 7), Some("`Scenario`"), Some("Scenario")),
        (
            "Scenario(id: \"a\", title: \"b\", steps: []) x",
            "unexpected `x` after the end of the value",
            (1, 42, 1),
            Some("the end of the file"),
            None,
        ),
        ("Scenario(id = \"a\")", "expected `:`, found `=`", (1, 13, 1), Some("`:`"), None),
        ("Scenario(id: \"a\\q\")", "invalid escape in a string: unknown escape character", (1, 15, 3), None, None),
        ("/* a\n /* b */\n", "unterminated comment", (1, 1, 2), Some("a closing `*/`"), None),
        // 64 brackets pass the scan; ron then reports the real mistake.
        (&nested, "expected a whole number, found `(`", (1, 48, 1), Some("a whole number"), None),
        // The NUL inside the string is the author's business; the bell outside is not text.
        (
            "Scenario(id: \"a\0\", \x07title: \"b\")",
            "the file is not plain text; control character U+0007 at line 1, column 20",
            (1, 20, 1),
            Some("text"),
            None,
        ),
    ];
    for (input, message, (line, column, length), expected, suggestion) in cases {
        let diagnostics = parse_ron::<Scenario>(FILE, input.as_bytes(), &Limits::default()).expect_err(input);
        let [diagnostic] = diagnostics.as_slice() else { panic!("one diagnostic for {input}") };
        assert_eq!(
            (
                diagnostic.message.as_str(),
                diagnostic.span,
                diagnostic.expected_in(tenantdrill::i18n::Lang::En).as_deref(),
                diagnostic.suggestion.as_deref()
            ),
            (message, Some(Span { line, column, length }), expected, suggestion),
            "input: {input}"
        );
    }
}

#[test]
fn empty_file_names_the_expected_value() {
    let expected = "error: the file is empty; expected a `Scenario(...)`\n --> scenarios/x.ron\n\nerror: 1 problem in scenarios/x.ron\n";
    check("", expected);
    check("  // nothing yet\n/* still /* nothing */ */\n\n", expected);
    let diagnostics = parse_ron::<Vec<Step>>("steps.ron", b" ", &Limits::default()).unwrap_err();
    assert_eq!(diagnostics[0].message, "the file is empty; expected a list `[...]`");
}

#[test]
fn binary_garbage_reports_the_first_invalid_byte() {
    assert_eq!(
        rendered(b"Scenario(\n  id: \"\xff\xfe\x00\","),
        "error: the file is not UTF-8 text; binary data at line 2, column 8
 --> scenarios/x.ron:2:8
  |
2 |   id: \"\u{FFFD}\u{FFFD}\u{FFFD}\",
  |        ^ expected UTF-8 text

error: 1 problem in scenarios/x.ron
"
    );
}

#[test]
fn oversize_file_is_rejected_with_size_and_limit() {
    let limits = Limits { max_bytes: 10, ..Limits::default() };
    let diagnostics = parse_ron::<Scenario>(FILE, b"Scenario(id: \"a\")", &limits).unwrap_err();
    assert_eq!(
        render_all(&diagnostics, &|_| None, false),
        "error: the file is too large: 17 bytes, more than the limit of 10 bytes\n --> scenarios/x.ron\n\nerror: 1 problem in scenarios/x.ron\n"
    );
    let diagnostics = parse_ron::<Scenario>(FILE, &vec![b' '; 1024 * 1024 + 1], &Limits::default()).unwrap_err();
    assert_eq!(diagnostics[0].message, "the file is too large: 1048577 bytes, more than the limit of 1048576 bytes");
}

#[test]
fn deep_nesting_is_caught_before_the_parser() {
    let output = rendered(&vec![b'('; 1024 * 1024]);
    let shown = format!("1 | {}...", "(".repeat(133));
    let caret = format!("  | {}^", " ".repeat(64));
    let expected = format!(
        "error: the nesting is too deep: more than 64 levels of brackets\n --> scenarios/x.ron:1:65\n  |\n{shown}\n{caret}\n\nerror: 1 problem in scenarios/x.ron\n"
    );
    assert_eq!(output, expected);
}

#[test]
fn long_string_is_reported_at_its_start() {
    let text = format!("Scenario(\n    id: \"a\",\n    title: \"{}\",\n)", "x".repeat(10_001));
    let expected = format!(
        "error: the string is too long: 10001 characters, more than the limit of 10000\n --> scenarios/x.ron:3:12\n  |\n3 |     title: \"{}...\n  |            ^\n\nerror: 1 problem in scenarios/x.ron\n",
        "x".repeat(121)
    );
    assert_eq!(rendered(text.as_bytes()), expected);
}

#[test]
fn did_you_mean_accepts_near_misses_only() {
    let fields = ["id", "title", "steps", "description", "seed"];
    assert_eq!(did_you_mean("titel", fields), Some("title"));
    assert_eq!(did_you_mean("Title", fields), Some("title"));
    assert_eq!(did_you_mean("step", fields), Some("steps"));
    assert_eq!(did_you_mean("descripton", fields), Some("description"));
    assert_eq!(did_you_mean("requird", ["Required", "Optional"]), Some("Required"));
    assert_eq!(did_you_mean("banana", fields), None);
    assert_eq!(did_you_mean("x", fields), None);
    assert_eq!(did_you_mean("", fields), None);
    assert_eq!(did_you_mean("idd", ["id", "ids"]), Some("id"), "ties go to the earlier candidate");
}

#[test]
fn locate_finds_literals_and_fields_outside_comments() {
    let text = "Scenario(\n    // role: \"Helpdesk\"\n    id: \"Helpdesk\",\n    steps: [Step(role: \"Helpdesk\"), Step(role: \"Héldesk\\n\")],\n)";
    assert_eq!(locate_string(text, "Helpdesk", None, 0), Some(Span { line: 3, column: 9, length: 10 }));
    assert_eq!(locate_string(text, "Helpdesk", Some("role"), 0), Some(Span { line: 4, column: 24, length: 10 }));
    assert_eq!(locate_string(text, "Helpdesk", None, 1), Some(Span { line: 4, column: 24, length: 10 }));
    assert_eq!(locate_string(text, "Helpdesk", None, 2), None);
    assert_eq!(locate_string(text, "Héldesk\n", Some("role"), 0), Some(Span { line: 4, column: 48, length: 11 }));
    assert_eq!(locate_string(text, "Help", None, 0), None);
    assert_eq!(locate_field(text, "role", 1), Some(Span { line: 4, column: 42, length: 4 }));
    assert_eq!(locate_field(text, "title", 0), None);
}

#[test]
fn semantic_errors_render_with_located_spans() {
    let text = "Scenario(\n    id: \"a\",\n    steps: [Step(role: \"Helpdsk\")],\n)";
    let span = locate_string(text, "Helpdsk", Some("role"), 0).unwrap();
    let diagnostic = Diagnostic::error(FILE, Cause::Library("unknown role `Helpdsk`".to_owned()))
        .at(span)
        .expected("a role such as `Helpdesk Administrator`")
        .suggest("Helpdesk");
    assert_eq!(
        render(&diagnostic, Some(text), false),
        r#"error: unknown role `Helpdsk`
 --> scenarios/x.ron:3:24
  |
3 |     steps: [Step(role: "Helpdsk")],
  |                        ^^^^^^^^^ expected a role such as `Helpdesk Administrator`
  |
help: did you mean `Helpdesk`?"#
    );
}

#[test]
fn render_all_counts_problems_across_files_and_warnings() {
    let diagnostics = [
        Diagnostic::warning("a.ron", Cause::Library("step `x` is never reached".to_owned())).at(Span::new(1, 1, 0)),
        Diagnostic::error("b.ron", Cause::Library("unknown role".to_owned())).expected("a role").suggest("Helpdesk"),
    ];
    let sources = |file: &str| (file == "a.ron").then(|| "Step(x)".to_owned());
    assert_eq!(
        render_all(&diagnostics, &sources, false),
        "warning: step `x` is never reached
 --> a.ron:1:1
  |
1 | Step(x)
  | ^

error: unknown role
 --> b.ron
  = note: expected a role
help: did you mean `Helpdesk`?

error: 2 problems in 2 files
"
    );
    assert_eq!(render_all(&diagnostics[..1], &sources, false).lines().last(), Some("warning: 1 problem in a.ron"));
    assert_eq!(render_all(&[], &sources, false), "");
}

#[test]
fn colour_adds_styles_and_nothing_else() {
    let text = "Scenario(\n    titel: \"b\",\n)";
    let diagnostics = parse_ron::<Scenario>(FILE, text.as_bytes(), &Limits::default()).unwrap_err();
    let plain = render_all(&diagnostics, &|_| Some(text.to_owned()), false);
    let coloured = render_all(&diagnostics, &|_| Some(text.to_owned()), true);
    assert!(coloured.contains('\u{1b}'));
    assert_eq!(anstream::adapter::strip_str(&coloured).to_string(), plain);
    let no_source = Diagnostic::error(FILE, Cause::Library("the file is empty".to_owned())).suggest("x");
    assert_eq!(anstream::adapter::strip_str(&render(&no_source, None, true)).to_string(), render(&no_source, None, false));
}

proptest! {
    #[test]
    fn parse_ron_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        exercise(&bytes);
    }

    #[test]
    fn parse_ron_never_panics_on_ron_like_text(text in "[()\\[\\]{}\":,'#/*\\\\ \n\trb_a-zA-Z0-9.-]{0,300}") {
        exercise(text.as_bytes());
    }
}

/// Parses and renders whatever comes back; both must return, not panic.
fn exercise(bytes: &[u8]) {
    let limits = Limits { max_bytes: 300, max_depth: 8, max_string_chars: 20 };
    if let Err(diagnostics) = parse_ron::<Scenario>(FILE, bytes, &limits) {
        assert_eq!(diagnostics.len(), 1);
        let source = String::from_utf8_lossy(bytes).into_owned();
        let _ = render_all(&diagnostics, &|_| Some(source.clone()), false);
    }
    let text = String::from_utf8_lossy(bytes);
    let _ = locate_string(&text, "a", Some("id"), 0);
    let _ = locate_field(&text, "id", 1);
}

#[test]
fn a_diagnostic_speaks_the_chosen_language_with_the_same_place_and_caret() {
    use tenantdrill::diagnostic::render_all_in;
    use tenantdrill::i18n::Lang;
    let text = "Scenario(\n    id: \"a\",\n    titel: \"b\",\n)\n";
    let diagnostics = parse_ron::<Scenario>(FILE, text.as_bytes(), &Limits::default()).expect_err("an unknown field");
    let sources = |_: &str| Some(text.to_owned());
    let slovenian = render_all_in(Lang::Sl, &diagnostics, &sources, false);
    assert_eq!(
        slovenian,
        r#"napaka: neznano polje `titel` v `Scenario`
 --> scenarios/x.ron:3:5
  |
3 |     titel: "b",
  |     ^^^^^ pričakovano eno od: `id`, `title`, `steps`, `seed`
  |
pomoč: ste mislili `title`?

napaka: 1 težava v scenarios/x.ron
"#
    );
    let english = render_all_in(Lang::En, &diagnostics, &sources, false);
    assert_eq!(english, render_all(&diagnostics, &sources, false), "English is the default");
    assert!(english.starts_with("error: unknown field `titel` in `Scenario`\n"), "{english}");
}
