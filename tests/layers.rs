//! The layers, checked in the source: the simulation core speaks in types
//! (ARCHITECTURE.md, "The core speaks in types"). Below the presentation
//! layer, `src/engine`, `src/tenant`, `src/scoring` and `src/procedure` (outside
//! their renderers) build no sentence a person reads:
//! no `format!`, `.to_string()`, `.to_owned()`, `.into()` or
//! `String::from` of a string literal holding words ("no working
//! session"). Codes, field names and the simulated service's own data
//! (SMTP replies, audit log entries, mail a simulated person writes) are
//! allowed by the short list below, each with its reason.

use std::path::{Path, PathBuf};

/// A literal the rule allows, by file and a piece of the literal or the
/// statement around it, with the reason.
struct Allowed {
    file: &'static str,
    contains: &'static str,
    why: &'static str,
}

const ALLOWED: &[Allowed] = &[
    Allowed { file: "src/engine/invariants.rs", contains: "", why: "a failed debug assertion's diagnostics, for developers" },
    Allowed { file: "src/engine/", contains: "self.audit(", why: "audit log data, as the service records it" },
    Allowed { file: "src/engine/", contains: "forwarded by", why: "message trace data, as the service records it" },
    Allowed { file: "src/engine/", contains: "Undeliverable:", why: "a bounce's subject, mail the service writes" },
    Allowed { file: "src/engine/", contains: "has been reset. Your new password", why: "mail an admin writes" },
    Allowed { file: "src/engine/", contains: "Message from your administrator", why: "mail an admin writes" },
    Allowed { file: "src/engine/", contains: "Quick question", why: "mail a simulated user writes" },
    Allowed { file: "src/engine/", contains: "Have you got a minute?", why: "mail a simulated user writes" },
    Allowed { file: "src/engine/", contains: "Microsoft Online Services", why: "the audit log's actor for the service" },
    Allowed { file: "src/engine/mail.rs", contains: "mailbox forwarding", why: "message trace data, as the service records it" },
    Allowed { file: "src/engine/mail.rs", contains: "inbox rule \"", why: "message trace data, as the service records it" },
    Allowed { file: "src/scoring/report.rs", contains: "RFC 3339", why: "serde's error for a malformed report file" },
    Allowed { file: "src/scoring/report.rs", contains: "\"error\"", why: "JSON for a report serde cannot write" },
];

/// The first digits of an SMTP reply (`550 5.7.520 ...`): a code.
fn is_smtp_reply(literal: &str) -> bool {
    let bytes = literal.as_bytes();
    bytes.len() > 4 && bytes[..3].iter().all(u8::is_ascii_digit) && bytes[3] == b' '
}

/// Two words of letters separated by a space: a phrase someone reads.
fn has_words(literal: &str) -> bool {
    let words: Vec<&str> = literal.split(' ').collect();
    words.windows(2).any(|pair| {
        let word = |text: &str| text.len() >= 2 && text.chars().all(|c| c.is_ascii_alphabetic() || c == '\'');
        word(pair[0].trim_matches(|c: char| !c.is_ascii_alphabetic()))
            && word(pair[1].trim_matches(|c: char| !c.is_ascii_alphabetic()))
            && !pair[0].is_empty()
            && !pair[1].is_empty()
    })
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut entries: Vec<PathBuf> = entries.filter_map(Result::ok).map(|entry| entry.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of `code` (comments skipped), with their byte ranges.
fn literals(code: &str) -> Vec<(usize, usize, String)> {
    let bytes = code.as_bytes();
    let mut found = Vec::new();
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'/' if bytes.get(index + 1) == Some(&b'/') => {
                while index < bytes.len() && bytes[index] != b'\n' {
                    index += 1;
                }
            }
            b'\'' => {
                // A char literal ('"', '\'') or a lifetime: skip a char literal.
                if bytes.get(index + 2) == Some(&b'\'') {
                    index += 3;
                } else if bytes.get(index + 1) == Some(&b'\\') && bytes.get(index + 3) == Some(&b'\'') {
                    index += 4;
                } else {
                    index += 1;
                }
            }
            b'"' => {
                let start = index;
                index += 1;
                let mut text = String::new();
                while index < bytes.len() && bytes[index] != b'"' {
                    if bytes[index] == b'\\' {
                        index += 1;
                    }
                    if let Some(byte) = bytes.get(index) {
                        text.push(char::from(*byte));
                    }
                    index += 1;
                }
                index += 1;
                found.push((start, index, text));
            }
            _ => index += 1,
        }
    }
    found
}

fn violations() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/engine"), &mut files);
    rust_files(&root.join("src/tenant"), &mut files);
    // The scorer and the procedures keep findings as facts; their words
    // are in `scoring/words.rs` and the renderers.
    rust_files(&root.join("src/scoring"), &mut files);
    rust_files(&root.join("src/procedure"), &mut files);
    files.retain(|path| {
        !["scoring/words.rs", "scoring/render.rs", "procedure/render.rs"].iter().any(|presentation| path.ends_with(presentation))
    });
    let mut found = Vec::new();
    for path in files {
        let relative = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        // Unit tests may say what they like.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for (start, end, literal) in literals(code) {
            if !has_words(&literal) || is_smtp_reply(&literal) {
                continue;
            }
            let statement_start = code[..start].rfind([';', '{', '}']).map_or(0, |at| at + 1);
            let statement_end = code[end..].find(';').map_or(code.len(), |at| end + at);
            let before = &code[statement_start..start];
            let after = code[end..].trim_start();
            let builds = before.contains("format!(")
                || before.trim_end().ends_with("String::from(")
                || [".to_string()", ".to_owned()", ".into()"].iter().any(|call| after.starts_with(call));
            if !builds {
                continue;
            }
            let statement = &code[statement_start..statement_end];
            let allowed = ALLOWED.iter().any(|allowed| {
                relative.starts_with(allowed.file) && (statement.contains(allowed.contains) || literal.contains(allowed.contains))
            });
            if !allowed {
                let line = code[..start].matches('\n').count() + 1;
                found.push(format!("{relative}:{line}: \"{literal}\""));
            }
        }
    }
    found
}

#[test]
fn the_core_builds_no_sentences() {
    let found = violations();
    assert!(
        found.is_empty(),
        "user-facing English built below the presentation layer (give it a type and words in src/present):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_allowlist_says_why() {
    assert!(ALLOWED.iter().all(|allowed| !allowed.why.is_empty()));
}

#[test]
fn the_check_sees_a_sentence() {
    let sample = "fn f(name: &str) -> String {\n    format!(\"no user '{name}' here\")\n}\n";
    let literals = literals(sample);
    assert_eq!(literals.len(), 1);
    assert!(has_words(&literals[0].2));
    assert!(!has_words("AADSTS50053"));
    assert!(!has_words("user:{}:history:{index}"));
    assert!(is_smtp_reply("550 5.1.8 Access denied, bad outbound sender"));
}
