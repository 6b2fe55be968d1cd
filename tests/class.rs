//! Running a class: `grade` over files and folders, the class summary, and
//! the exports an instructor takes away (CSV, gradebook CSV, xAPI, HTML),
//! end to end through the binary.

use crate::cli::{LOCKOUT, LOCKOUT_SOLUTION, record_session, sandbox, tenantdrill};
use scraper::{Html, Selector};
use serde_json::Value;
use std::path::Path;
use tenantdrill::session;

/// The compromised-mailbox reference solution for its default seed.
const MAILBOX_SOLUTION: &str = "alerts\nlogs sign-ins Megan\nuser block-sign-in Megan\nuser reset-password Megan\nuser revoke-sessions Megan\nlogs audit Megan\nmailbox show Megan\nmailbox clear-forwarding Megan\nmailbox rules Megan --hidden\nmailbox remove-rule Megan \"RSS Feeds\"\nmailbox delegates Megan\nuser methods Megan\nuser require-mfa Megan\nwait 20m\nmailbox show Megan\nmailbox rules Megan --hidden\nuser allow-sign-in Megan\nrestricted list\nrestricted release Megan\nnotify Megan --via phone --password\nwait 1h 10m\nlogs sign-ins Megan\nmailbox rules Megan --hidden\nmailbox show Megan\nsubmit\n";

/// Cleans the rule before the reset: the attacker puts it back.
const MAILBOX_RULES_FIRST: &str = "mailbox remove-rule Megan \"RSS Feeds\"\nwait 30m\nuser reset-password Megan\nuser revoke-sessions Megan\nwait 30m\nmailbox rules Megan --hidden\nsubmit\n";

fn stdout_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).expect("UTF-8 output")
}

/// Records a compromised-mailbox session, then sets its wall-clock
/// metadata to fixed times, so the exports are the same on every run.
fn record_mailbox(sandbox: &Path, name: &str, trainee: &str, commands: &str, hour: u32) {
    tenantdrill(sandbox)
        .args(["run", "compromised-mailbox", "--session", name, "--trainee", trainee])
        .write_stdin(commands)
        .assert()
        .success();
    fix_wall_clock(&sandbox.join(name), hour);
}

/// Sets the wall-clock metadata and seals the file again (a fixed nonce
/// and the hash chain that follows from it), as the tool would have
/// written it at those times: the exports are then the same on every run
/// and the sessions still verify.
fn fix_wall_clock(path: &Path, hour: u32) {
    let text = std::fs::read_to_string(path).expect("read the session");
    let mut lines = Vec::new();
    let mut link = String::new();
    for (index, line) in text.lines().enumerate() {
        let mut value: Value = serde_json::from_str(line).expect("a JSON line");
        if index == 0 {
            assert!(value["started_utc"].is_string(), "the header records the wall-clock start: {line}");
            value["started_utc"] = Value::from(format!("2026-09-14T{hour:02}:00:00Z"));
            value["nonce"] = Value::from(format!("{:032x}", u64::from(hour) * 7919 + path.display().to_string().len() as u64));
            let header: session::Header = serde_json::from_value(value).expect("a header");
            link = session::chain_start(&header);
            lines.push(serde_json::to_string(&header).expect("JSON"));
        } else {
            assert!(value["wall"].is_string(), "each entry records the wall clock: {line}");
            value["wall"] = Value::from(format!("2026-09-14T{hour:02}:{:02}:00Z", index.min(59)));
            let mut entry: session::Entry = serde_json::from_value(value).expect("an entry");
            link = session::chain_next(&link, &entry);
            entry.chain = Some(link.clone());
            lines.push(serde_json::to_string(&entry).expect("JSON"));
        }
    }
    std::fs::write(path, format!("{}\n", lines.join("\n"))).expect("write the session");
}

/// A class of three in a folder with a sub-folder, and a file that is not
/// a session.
fn class_folder(name: &str) -> std::path::PathBuf {
    let sandbox = sandbox(name);
    std::fs::create_dir_all(sandbox.join("class/late")).expect("folders");
    record_mailbox(&sandbox, "class/ann@example.edu.jsonl", "ann@example.edu", MAILBOX_SOLUTION, 9);
    record_mailbox(&sandbox, "class/bo@example.edu.jsonl", "bo@example.edu", MAILBOX_RULES_FIRST, 10);
    record_mailbox(&sandbox, "class/late/cy.jsonl", "cy", "user reset-password Megan\nsubmit\n", 11);
    std::fs::write(sandbox.join("class/readme.txt"), "not a session\n").expect("write");
    sandbox
}

#[test]
fn grade_takes_a_folder_recursively_and_lists_sessions_it_cannot_grade() {
    let sandbox = class_folder("class_folder");
    let assert = tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "class", "--format", "json"]).assert().success();
    let json: Value = serde_json::from_str(&stdout_of(&assert)).expect("JSON");
    let files: Vec<&str> = json["sessions"].as_array().expect("sessions").iter().map(|one| one["file"].as_str().expect("file")).collect();
    assert_eq!(files, ["class/ann@example.edu.jsonl", "class/bo@example.edu.jsonl", "class/late/cy.jsonl"]);
    assert_eq!(json["sessions"][0]["started_utc"], "2026-09-14T09:00:00Z");
    assert_eq!(json["sessions"][0]["ended_utc"], "2026-09-14T09:25:00Z");
    assert_eq!(json["sessions"][0]["integrity"], "verified");
    let assert =
        tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "class/late/cy.jsonl", "class", "--format", "json"]).assert().success();
    let json: Value = serde_json::from_str(&stdout_of(&assert)).expect("JSON");
    assert_eq!(json["sessions"].as_array().expect("sessions").len(), 3, "a file named twice is graded once");

    std::fs::write(sandbox.join("class/late/broken.jsonl"), "shopping list\n").expect("write");
    let assert = tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "class", "gone"]).assert().code(1);
    let text = stdout_of(&assert);
    assert!(text.contains("== class/late/cy.jsonl =="), "the others are graded:\n{text}");
    let not_graded = &text[text.find("== Not graded ==").expect("a list of what was not graded")..];
    assert!(not_graded.contains("class/late/broken.jsonl: 1:1: the first line is not a tenantdrill session header"), "{not_graded}");
    assert!(not_graded.contains("gone: cannot read gone: no such file or directory"), "{not_graded}");
}

#[test]
fn a_folder_without_sessions_is_an_error() {
    let sandbox = sandbox("class_empty");
    std::fs::create_dir_all(sandbox.join("empty/inner")).expect("folders");
    std::fs::write(sandbox.join("empty/inner/notes.txt"), "not a session\n").expect("write");
    tenantdrill(&sandbox)
        .args(["grade", "--scenario", LOCKOUT, "empty"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("error: no session files (*.jsonl) in empty\n");
}

#[test]
fn the_class_summary_gives_spread_of_score_and_containment_and_what_was_missed() {
    let sandbox = class_folder("class_summary");
    let assert = tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "class"]).assert().success();
    let text = stdout_of(&assert);
    let summary = &text[text.find("== Class summary ==").expect("a class summary")..];
    crate::support::with_snapshots(|| insta::assert_snapshot!(summary));
    let assert = tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "class", "--format", "json"]).assert().success();
    let json: Value = serde_json::from_str(&stdout_of(&assert)).expect("JSON");
    let summary = &json["summary"][0];
    assert_eq!(summary["attempts"], 3);
    assert_eq!(summary["passed"], 1);
    assert_eq!(summary["score"]["max"], 100);
    assert_eq!(summary["contained"], 1);
    assert_eq!(summary["most_violated"][0]["kind"], "order");
}

#[test]
fn csv_has_a_column_per_step_and_check_and_neutralises_formulas() {
    let sandbox = sandbox("class_csv");
    record_session(&sandbox, "ann.jsonl", "ann@example.edu", LOCKOUT_SOLUTION);
    record_session(&sandbox, "evil.jsonl", "=HYPERLINK(\"http://x\",\"y\")", "user show adele\n");
    let assert =
        tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "ann.jsonl", "evil.jsonl", "--format", "csv"]).assert().success();
    let csv = stdout_of(&assert);
    let rows: Vec<&str> = csv.split("\r\n").collect();
    let header: Vec<&str> = rows[0].split(',').collect();
    assert_eq!(
        header[..15],
        [
            "file",
            "trainee",
            "scenario",
            "seed",
            "mode",
            "started_utc",
            "ended_utc",
            "submitted",
            "integrity",
            "score",
            "pass_mark",
            "passed",
            "time_to_containment_s",
            "commands",
            "hints_used"
        ]
    );
    assert!(header.iter().any(|column| column.starts_with("step:")), "{csv}");
    assert!(header.contains(&"check:owner-signs-in"), "{csv}");
    assert!(rows[1].starts_with("ann.jsonl,ann@example.edu,cli-lockout,7,practice,20"), "{csv}");
    assert!(rows[1].contains(",true,verified,100,70,true,"), "{csv}");
    assert!(rows[2].starts_with("evil.jsonl,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",cli-lockout,"), "{csv}");
    assert_eq!(rows.last(), Some(&""), "every row ends with CRLF");
}

#[test]
fn gradebook_csv_is_what_moodle_imports_matched_by_email() {
    let sandbox = sandbox("class_gradebook");
    record_session(&sandbox, "ann.jsonl", "ann@example.edu", LOCKOUT_SOLUTION);
    record_session(&sandbox, "ann-again.jsonl", "ann@example.edu", "user show adele\n");
    record_session(&sandbox, "bo.jsonl", "bo@example.edu", "user reset-password adele --auto\n");
    record_session(&sandbox, "casey.jsonl", "casey", LOCKOUT_SOLUTION);
    let assert = tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, ".", "--format", "gradebook-csv"]).assert().success();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).expect("UTF-8");
    assert!(stderr.contains("trainee `casey` is not an email address"), "{stderr}");
    let csv = stdout_of(&assert);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], "Email address,tenantdrill cli-lockout");
    assert_eq!(rows[1], "ann@example.edu,100", "the best attempt counts");
    assert!(rows[2].starts_with("bo@example.edu,"), "{csv}");
    assert_eq!(rows.len(), 3, "{csv}");
}

/// A string that is an IRI with a scheme (`scheme:rest`).
fn is_iri(text: &str) -> bool {
    text.split_once(':').is_some_and(|(scheme, rest)| {
        !rest.is_empty() && scheme.chars().next().is_some_and(|first| first.is_ascii_alphabetic()) && !text.contains(' ')
    })
}

/// `PT1H2M3S`, `PT0S`: the ISO 8601 durations xAPI takes.
fn is_iso_duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("PT") else { return false };
    let mut number = false;
    let mut units = 0;
    for character in rest.chars() {
        match character {
            '0'..='9' => number = true,
            'H' | 'M' | 'S' if number => {
                number = false;
                units += 1;
            }
            _ => return false,
        }
    }
    !number && units > 0
}

fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.iter().map(|group| group.len()).eq([8, 4, 4, 4, 12]) && groups.iter().all(|group| group.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The required properties and value rules of xAPI 1.0.3 (xAPI-Data.md
/// §2.4): id a UUID; actor an Agent with exactly one identifier; verb an
/// IRI with a language map; object an Activity with an IRI id; a score's
/// scaled within -1..1 and raw within min..max; success and completion
/// booleans; duration ISO 8601; timestamp RFC 3339.
fn check_statement(statement: &Value) {
    let fields = statement.as_object().expect("a statement is an object");
    for key in fields.keys() {
        assert!(["id", "actor", "verb", "object", "result", "context", "timestamp"].contains(&key.as_str()), "unexpected property {key}");
    }
    assert!(is_uuid(statement["id"].as_str().expect("id")), "{statement}");
    let actor = &statement["actor"];
    assert_eq!(actor["objectType"], "Agent");
    let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"].iter().filter(|key| !actor[**key].is_null()).count();
    assert_eq!(identifiers, 1, "an Agent has exactly one inverse functional identifier: {actor}");
    if let Some(mbox) = actor["mbox"].as_str() {
        assert!(mbox.starts_with("mailto:") && mbox.contains('@'), "{mbox}");
    } else {
        assert!(is_iri(actor["account"]["homePage"].as_str().expect("homePage")));
        assert!(actor["account"]["name"].is_string());
    }
    assert!(is_iri(statement["verb"]["id"].as_str().expect("verb id")));
    assert!(statement["verb"]["display"]["en-US"].is_string());
    assert_eq!(statement["object"]["objectType"], "Activity");
    assert!(is_iri(statement["object"]["id"].as_str().expect("object id")));
    let result = &statement["result"];
    if !result.is_null() {
        let score = &result["score"];
        if !score.is_null() {
            let scaled = score["scaled"].as_f64().expect("scaled");
            assert!((-1.0..=1.0).contains(&scaled));
            let (raw, min, max) =
                (score["raw"].as_u64().expect("raw"), score["min"].as_u64().expect("min"), score["max"].as_u64().expect("max"));
            assert!(min <= raw && raw <= max && min < max, "{score}");
        }
        for flag in ["success", "completion"] {
            assert!(result[flag].is_null() || result[flag].is_boolean());
        }
        if let Some(duration) = result["duration"].as_str() {
            assert!(is_iso_duration(duration), "{duration}");
        }
    }
    if let Some(timestamp) = statement["timestamp"].as_str() {
        assert!(tenantdrill::clock::SimTime::parse_rfc3339(timestamp).is_some(), "{timestamp}");
    }
    let registration = statement["context"]["registration"].as_str().expect("registration");
    assert!(is_uuid(registration));
}

#[test]
fn xapi_statements_have_the_properties_the_spec_requires() {
    let sandbox = class_folder("class_xapi");
    let assert = tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "class", "--format", "xapi"]).assert().success();
    let statements: Value = serde_json::from_str(&stdout_of(&assert)).expect("a JSON array");
    let statements = statements.as_array().expect("an array");
    for statement in statements {
        check_statement(statement);
    }
    let verbs: Vec<&str> = statements.iter().take(4).map(|statement| statement["verb"]["id"].as_str().expect("verb")).collect();
    assert_eq!(
        verbs,
        [
            "http://adlnet.gov/expapi/verbs/attempted",
            "http://adlnet.gov/expapi/verbs/completed",
            "http://adlnet.gov/expapi/verbs/passed",
            "http://adlnet.gov/expapi/verbs/scored"
        ]
    );
    assert_eq!(statements[0]["actor"]["mbox"], "mailto:ann@example.edu");
    assert_eq!(statements[0]["object"]["id"], "urn:tenantdrill:scenario:compromised-mailbox");
    assert_eq!(statements[2]["result"]["score"]["scaled"], 1.0);
    assert_eq!(statements[6]["verb"]["id"], "http://adlnet.gov/expapi/verbs/failed");
    let cy = statements.iter().find(|statement| statement["actor"]["name"] == "cy").expect("cy's statements");
    assert!(cy["actor"]["account"]["homePage"].is_string(), "{cy}");
    let steps = statements[2]["context"]["extensions"]["urn:tenantdrill:xapi:steps"].as_array().expect("steps in context");
    assert!(steps.iter().any(|step| step["step"] == "compromised-account/reset-password" && step["status"] == "done"));
    let ids: std::collections::BTreeSet<&str> = statements.iter().map(|statement| statement["id"].as_str().expect("id")).collect();
    assert_eq!(ids.len(), statements.len(), "statement ids are unique");
    let again = tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "class", "--format", "xapi"]).assert().success();
    assert_eq!(again.get_output().stdout, assert.get_output().stdout, "the same sessions give the same statements");
}

fn html_of(sandbox: &Path, args: &[&str]) -> String {
    let mut all = vec!["grade", "--scenario", LOCKOUT];
    all.extend(args);
    all.extend(["--format", "html"]);
    stdout_of(&tenantdrill(sandbox).args(all).assert().success())
}

#[test]
fn the_html_debrief_and_class_report_are_self_contained_and_stable() {
    let sandbox = class_folder("class_html");
    let debrief = html_of(&sandbox, &["class/bo@example.edu.jsonl"]);
    let class = html_of(&sandbox, &["class"]);
    for page in [&debrief, &class] {
        assert!(!page.contains("<script"), "no script");
        for fetch in ["src=", "href=\"http", "url(http", "@import", "<link"] {
            assert!(!page.contains(fetch), "nothing fetched: {fetch}");
        }
    }
    assert_eq!(html_of(&sandbox, &["class"]), class, "same sessions, same bytes");
    crate::support::with_snapshots(|| {
        insta::assert_snapshot!("debrief_html", debrief);
        insta::assert_snapshot!("class_html", class);
    });
}

#[test]
fn the_html_shows_every_step_and_one_timeline_mark_per_command() {
    let sandbox = class_folder("class_html_structure");
    let json: Value = serde_json::from_str(&stdout_of(
        &tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "class", "--format", "json"]).assert().success(),
    ))
    .expect("JSON");
    let page = Html::parse_document(&html_of(&sandbox, &["class"]));
    let select = |css: &str| Selector::parse(css).expect("a selector");
    let debriefs: Vec<_> = page.select(&select("section.debrief")).collect();
    assert_eq!(debriefs.len(), 3);
    for (index, (section, session)) in debriefs.iter().zip(json["sessions"].as_array().expect("sessions")).enumerate() {
        assert_eq!(section.value().attr("id"), Some(format!("session-{}", index + 1).as_str()));
        let report = &session["report"];
        let steps: Vec<String> = section
            .select(&select("table.steps tr.step"))
            .map(|row| format!("{}={}", row.value().attr("data-step").expect("step"), row.value().attr("data-status").expect("status")))
            .collect();
        let expected: Vec<String> = report["steps"]
            .as_array()
            .expect("steps")
            .iter()
            .map(|step| {
                format!(
                    "{}/{}={}",
                    step["procedure"].as_str().expect("p"),
                    step["id"].as_str().expect("id"),
                    step["status"].as_str().expect("s")
                )
            })
            .collect();
        assert_eq!(steps, expected, "every step, in order, with its status");
        let commands = report["timeline"].as_array().expect("timeline").iter().filter(|entry| entry["command"] == true).count();
        assert!(commands > 0);
        let svg = section.select(&select("svg.timeline")).next().expect("a timeline picture");
        assert_eq!(svg.select(&select("g.mark.command")).count(), commands, "one mark per command");
        let events = report["timeline"].as_array().expect("timeline").len() - commands;
        assert_eq!(svg.select(&select("g.mark.event")).count(), events, "one mark per event");
        let checks = section.select(&select("table.outcome tr.check")).count();
        assert_eq!(checks, report["outcome"].as_array().expect("outcome").len());
    }
    // bo cleaned the rule before the reset: the arrow and its sentence.
    let bo = &debriefs[1];
    assert_eq!(bo.select(&select("svg.timeline g.link")).count(), 1);
    let cause: String = bo.select(&select("ol.links li")).next().expect("a cause and its effect").text().collect();
    assert!(cause.contains("re-created inbox rule") && cause.contains("09:20"), "{cause}");
    // ann contained the incident; the attacker's last action is marked.
    assert_eq!(debriefs[0].select(&select("svg.timeline g.contained")).count(), 1);
    assert_eq!(debriefs[0].select(&select("svg.timeline g.last-attacker")).count(), 1);
    // The heat map has a row per trainee linking to the debrief, a cell per step.
    let rows: Vec<_> = page.select(&select("table.heat tbody tr")).collect();
    assert_eq!(rows.len(), 3);
    let link = rows[2].select(&select("a")).next().expect("a link").value().attr("href");
    assert_eq!(link, Some("#session-3"));
    let steps = json["sessions"][0]["report"]["steps"].as_array().expect("steps").len();
    assert_eq!(rows[0].select(&select("td")).count(), steps + 1, "score and one cell per step");
    assert_eq!(page.select(&select("svg.distribution g rect.bar")).count(), 10);
    let ids: Vec<&str> = page.select(&select("[id]")).filter_map(|element| element.value().attr("id")).collect();
    let unique: std::collections::BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "every id once, so every anchor and arrow points at one thing");
}

#[test]
fn run_and_play_write_a_debrief_when_asked() {
    let sandbox = sandbox("class_debrief");
    tenantdrill(&sandbox)
        .args(["run", LOCKOUT, "--debrief", "run.html"])
        .write_stdin(LOCKOUT_SOLUTION)
        .assert()
        .success()
        .stderr(predicates::str::contains("Debrief: run.html"));
    let page = std::fs::read_to_string(sandbox.join("run.html")).expect("the debrief");
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("PASSED"), "{page}");
    tenantdrill(&sandbox)
        .args(["play", LOCKOUT, "--session", "p.jsonl", "--debrief", "play.html"])
        .write_stdin("user show adele\nsubmit\n")
        .assert()
        .success()
        .stderr(predicates::str::contains("Debrief: play.html"));
    let page = Html::parse_document(&std::fs::read_to_string(sandbox.join("play.html")).expect("the debrief"));
    let selector = Selector::parse("svg.timeline g.mark.command").expect("selector");
    assert_eq!(page.select(&selector).count(), 1, "one command reached the tenant");
}

#[test]
fn the_wall_clock_is_metadata_a_replay_ignores() {
    let sandbox = sandbox("class_wall_clock");
    record_session(&sandbox, "s.jsonl", "ann", LOCKOUT_SOLUTION);
    let before = stdout_of(&tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "s.jsonl", "--format", "json"]).assert().success());
    fix_wall_clock(&sandbox.join("s.jsonl"), 3);
    let after = stdout_of(&tenantdrill(&sandbox).args(["grade", "--scenario", LOCKOUT, "s.jsonl", "--format", "json"]).assert().success());
    let report = |text: &str| serde_json::from_str::<Value>(text).expect("JSON")["sessions"][0]["report"].clone();
    assert_eq!(report(&before), report(&after));
    assert!(after.contains("\"started_utc\": \"2026-09-14T03:00:00Z\""), "{after}");
    let _ = LOCKOUT;
}

#[test]
fn a_long_quiet_stretch_is_drawn_as_a_break_in_the_timeline() {
    let sandbox = sandbox("class_gap");
    tenantdrill(&sandbox)
        .args(["run", &crate::cli::scenario("sole-admin-locked-out"), "--debrief", "d.html"])
        .write_stdin("support call\nuser show oliver\nsubmit\n")
        .assert()
        .success();
    let page = Html::parse_document(&std::fs::read_to_string(sandbox.join("d.html")).expect("the debrief"));
    let select = |css: &str| Selector::parse(css).expect("a selector");
    let gaps: Vec<String> = page.select(&select("svg.timeline g.gap text")).map(|text| text.text().collect()).collect();
    assert_eq!(gaps, ["26 h later"]);
    // The two commands after the call are not squeezed onto one point.
    let xs: Vec<f64> = page
        .select(&select("g.mark.command circle"))
        .map(|circle| circle.value().attr("cx").expect("cx").parse().expect("a number"))
        .collect();
    assert_eq!(xs.len(), 2, "support call and user show");
    assert!(xs[1] - xs[0] > 100.0, "{xs:?}");
}

/// The class layer's own words on a page (headings, table heads, the
/// verdict, legends, lane labels, statuses, efficiency), one per line,
/// leaving out the report's texts (titles, step instructions).
fn class_words(page: &Html) -> String {
    let mut words = Vec::new();
    for css in [
        "h2",
        "h3",
        "th",
        ".verdict .word",
        ".verdict .mark",
        ".verdict .points",
        "figcaption",
        "svg.timeline > title",
        "g.lane text",
        "g.last-attacker-label text",
        "td.status",
        "ul.efficiency li",
    ] {
        let selector = Selector::parse(css).expect("a selector");
        for element in page.select(&selector) {
            words.push(format!("{css}: {}", element.text().collect::<String>().trim()));
        }
    }
    words.join("\n")
}

#[test]
fn the_debrief_speaks_the_instructors_language_and_english_is_unchanged() {
    let sandbox = class_folder("class_html_nb");
    let graded = |lang: &str| {
        stdout_of(
            &tenantdrill(&sandbox)
                .args(["--lang", lang, "grade", "--scenario", LOCKOUT, "class/bo@example.edu.jsonl", "--format", "html"])
                .assert()
                .success(),
        )
    };
    let norwegian = graded("nb");
    assert!(norwegian.contains("<html lang=\"nb\">"), "the page says its language");
    let page = Html::parse_document(&norwegian);
    let words = class_words(&page);
    for word in ["Tidslinje", "Trinn i fremgangsmåten", "Effektivitet", "Angriper", "Sluttbrukere", "beståttgrense"] {
        assert!(words.contains(word), "{word} in:\n{words}");
    }
    crate::support::with_snapshots(|| insta::assert_snapshot!("debrief_html_nb_words", words));
    let english = graded("en");
    assert!(english.contains("<html lang=\"en\">"));
    assert_eq!(english, html_of(&sandbox, &["class/bo@example.edu.jsonl"]), "English is the default");
    assert!(class_words(&Html::parse_document(&english)).contains("Procedure steps"));
}

#[test]
fn the_csv_header_and_words_follow_the_language() {
    let sandbox = sandbox("class_csv_nl");
    record_session(&sandbox, "ann.jsonl", "ann@example.edu", LOCKOUT_SOLUTION);
    let csv = |lang: &str| {
        stdout_of(
            &tenantdrill(&sandbox)
                .args(["--lang", lang, "grade", "--scenario", LOCKOUT, "ann.jsonl", "--format", "csv"])
                .assert()
                .success(),
        )
    };
    let dutch = csv("nl");
    let rows: Vec<&str> = dutch.split("\r\n").collect();
    let header: Vec<&str> = rows[0].split(',').collect();
    assert_eq!(
        header[..15],
        [
            "bestand",
            "cursist",
            "scenario",
            "seed",
            "modus",
            "gestart_utc",
            "beëindigd_utc",
            "ingediend",
            "integriteit",
            "score",
            "cesuur",
            "geslaagd",
            "tijd_tot_indamming_s",
            "opdrachten",
            "hints_gebruikt"
        ]
    );
    assert!(header.contains(&"controle:owner-signs-in"), "{dutch}");
    assert!(header.iter().any(|column| column.starts_with("stap:")), "{dutch}");
    assert!(rows[1].contains(",oefening,"), "{dutch}");
    assert!(rows[1].contains(",ja,geverifieerd,100,70,ja,"), "{dutch}");
    let english = csv("en");
    assert!(english.starts_with("file,trainee,scenario,seed,mode,started_utc,"), "{english}");
    assert!(english.contains(",true,verified,100,70,true,"), "{english}");
}

#[test]
fn xapi_language_maps_carry_the_chosen_language_beside_english() {
    let sandbox = sandbox("class_xapi_nb");
    record_session(&sandbox, "ann.jsonl", "ann@example.edu", LOCKOUT_SOLUTION);
    let statements = |lang: &str| -> Value {
        let assert = tenantdrill(&sandbox)
            .args(["--lang", lang, "grade", "--scenario", LOCKOUT, "ann.jsonl", "--format", "xapi"])
            .assert()
            .success();
        serde_json::from_str(&stdout_of(&assert)).expect("JSON")
    };
    let norwegian = statements("nb");
    let english = statements("en");
    let first = &norwegian[0];
    assert_eq!(first["verb"]["id"], "http://adlnet.gov/expapi/verbs/attempted");
    assert_eq!(first["verb"]["display"]["en-US"], "attempted");
    assert_eq!(first["verb"]["display"]["nb-NO"], "forsøkt");
    assert!(first["object"]["definition"]["name"]["nb-NO"].is_string(), "{first}");
    assert_eq!(english[0]["verb"]["display"], serde_json::json!({"en-US": "attempted"}));
    for (one, other) in norwegian.as_array().expect("statements").iter().zip(english.as_array().expect("statements")) {
        assert_eq!(one["id"], other["id"], "the same statements in every language");
        assert_eq!(one["context"], other["context"], "machine fields do not change");
        check_statement(one);
    }
}
