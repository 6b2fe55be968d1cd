//! Whether a session file is the session that was played: every entry
//! carries a digest of its command's output and a link of a hash chain that
//! starts from the header (with its random nonce), so an edited, inserted,
//! deleted, reordered or copied line, or a changed header, shows.
//!
//! What this protects against and what it cannot is written down in
//! `docs/session-format.md` ("Integrity").

use super::{Entry, Header, Parsed};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;

/// What grading found about a session file's integrity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Integrity {
    /// The chain holds and the replay gave every recorded result.
    Verified,
    /// Written before integrity was recorded (format version 1).
    Unverified,
    Altered(Alteration),
}

impl Integrity {
    /// `verified`, `unverified` or `altered`, as in the JSON and CSV.
    #[must_use]
    pub const fn name(&self) -> &'static str {
        match self {
            Integrity::Verified => "verified",
            Integrity::Unverified => "unverified",
            Integrity::Altered(_) => "altered",
        }
    }
}

/// Where a session file first differs from the session that was played.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alteration {
    /// The first entry (`n`) that differs; 0 for the header.
    pub entry: u32,
    pub kind: AlterationKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AlterationKind {
    /// The entry's chain link does not follow from the header and the
    /// entries before it (a line edited, inserted, deleted or reordered, or
    /// the header changed).
    ChainBroken,
    /// The entry has no chain link or output digest.
    NotSealed,
    /// Replaying the entry did not give what the file records.
    ReplayDiffers(super::parse::Difference),
    /// Another session file graded with it has the same nonce: one is a copy.
    SameNonceAs(String),
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut text, byte| {
        let _ = write!(text, "{byte:02x}");
        text
    })
}

/// The chain's first link: the header as written (nonce included).
#[must_use]
pub fn chain_start(header: &Header) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"tenantdrill-session-chain\n");
    hasher.update(serde_json::to_string(header).unwrap_or_default().as_bytes());
    hex(&hasher.finalize())
}

/// The link of `entry` (its `chain` field ignored) after `previous`.
#[must_use]
pub fn chain_next(previous: &str, entry: &Entry) -> String {
    let unsealed = Entry { chain: None, ..entry.clone() };
    let mut hasher = Sha256::new();
    hasher.update(previous.as_bytes());
    hasher.update(b"\n");
    hasher.update(serde_json::to_string(&unsealed).unwrap_or_default().as_bytes());
    hex(&hasher.finalize())
}

/// SHA-256 of a command's output as the trainee saw it, with every
/// password the session set and every word the line hid shown as `***`:
/// the digest says nothing about a password (a replay types a stand-in,
/// hidden the same way), and a replay gives the same digest.
#[must_use]
pub(crate) fn output_digest(output: &str, passwords_set: &[String], hidden: &[String]) -> String {
    let mut text = output.to_string();
    for password in passwords_set.iter().filter(|password| !password.is_empty()) {
        if text.contains(password.as_str()) {
            text = text.replace(password.as_str(), "***");
        }
    }
    crate::command::hide_words(&mut text, hidden);
    hex(&Sha256::digest(text.as_bytes()))
}

/// The first entry whose chain link is missing or wrong, for a file of the
/// current format; `None` when the chain holds.
#[must_use]
pub fn check_chain(parsed: &Parsed) -> Option<Alteration> {
    let mut link = chain_start(&parsed.header);
    for (_, entry) in &parsed.entries {
        let Some(recorded) = &entry.chain else { return Some(Alteration { entry: entry.n, kind: AlterationKind::NotSealed }) };
        if entry.output.is_none() {
            return Some(Alteration { entry: entry.n, kind: AlterationKind::NotSealed });
        }
        let expected = chain_next(&link, entry);
        if *recorded != expected {
            return Some(Alteration { entry: entry.n, kind: AlterationKind::ChainBroken });
        }
        link = expected;
    }
    None
}

/// The last link of a file's chain: where a resumed session continues.
#[must_use]
pub fn last_link(parsed: &Parsed) -> String {
    parsed.entries.last().and_then(|(_, entry)| entry.chain.clone()).unwrap_or_else(|| chain_start(&parsed.header))
}

/// When the header's mode was changed after the session started (the
/// chain holds only with the other mode), the header as it was written;
/// `None` otherwise. An exam turned into practice in the file stays an exam.
#[must_use]
pub fn original_header(parsed: &Parsed) -> Option<Header> {
    if parsed.header.version < 2 || parsed.entries.is_empty() || check_chain(parsed).is_none() {
        return None;
    }
    let other = match parsed.header.mode {
        crate::drill::Mode::Practice => crate::drill::Mode::Exam,
        crate::drill::Mode::Exam => crate::drill::Mode::Practice,
    };
    let mut trial = parsed.clone();
    trial.header.mode = other;
    check_chain(&trial).is_none().then_some(trial.header)
}
