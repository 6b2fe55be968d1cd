//! Decides whether a password typed by an administrator or a user would be
//! accepted by Microsoft Entra ID for a cloud-only account.
//!
//! The length, character-set and character-class rules come from the Microsoft
//! Learn page "Password policies and account restrictions in Microsoft Entra
//! ID" (concept-sspr-policy). The banned-password check follows "Eliminate bad
//! passwords using Microsoft Entra Password Protection"
//! (concept-password-ban-bad): normalise, match against the global and custom
//! banned lists with edit distance one, look for the user's and tenant's names
//! as substrings, then score what is left.
//!
//! Microsoft publishes neither its global list nor its exact matcher, so the
//! list here is a small embedded sample and the matcher is a plain, fully
//! deterministic reading of the documented steps. Where this reading departs
//! from Microsoft's worked examples, the comments say so.

use std::cmp::Reverse;
use std::collections::BTreeSet;
use std::fmt;
use std::ops::RangeInclusive;
use std::sync::LazyLock;

pub(crate) const MINIMUM_LENGTH: usize = 8;
pub(crate) const MAXIMUM_LENGTH: usize = 256;
const REQUIRED_CHARACTER_CLASSES: usize = 3;
/// Microsoft Entra Password Protection rejects any password scoring below five.
const REQUIRED_SCORE: usize = 5;
/// Shorter terms would match inside too many innocent passwords; Microsoft
/// applies the same floor to custom banned terms.
const MINIMUM_TERM_LENGTH: usize = 4;
/// Edit distance one on a four-letter term matches most three-letter
/// fragments ("fall" would match "all", "ball", "call"), so fuzzy matching
/// starts at five letters.
const MINIMUM_FUZZY_TERM_LENGTH: usize = 5;
/// Season-plus-year passwords such as "Summer2024!" are a staple of password
/// spray attacks, yet without years as terms they score above five and pass.
const BANNED_YEARS: RangeInclusive<u16> = 1950..=2049;

/// Look-alike characters undone before matching. Microsoft documents the first
/// four; the rest cover the other common substitutions, so "Summ3r" and
/// "W1nt3r" are caught too. Upper case is folded to lower case first.
const SUBSTITUTIONS: [(char, char); 12] = [
    ('0', 'o'),
    ('1', 'l'),
    ('$', 's'),
    ('@', 'a'),
    ('3', 'e'),
    ('4', 'a'),
    ('5', 's'),
    ('7', 't'),
    ('!', 'i'),
    ('|', 'l'),
    ('8', 'b'),
    ('9', 'g'),
];

/// A stand-in for Microsoft's global banned list, written as people type the
/// terms. Each term is normalised like the password before matching, so
/// "abc123" and "123456" meet the password in their normalised forms. "May" is
/// left out because three letters fall below the minimum term length.
const GLOBAL_BANNED_TERMS: &str = "\
    password welcome qwerty asdfgh zxcvbn qazwsx letmein admin administrator login summer \
    winter spring autumn fall monday tuesday wednesday thursday friday saturday sunday \
    january february march april june july august september october november december \
    football baseball soccer hockey iloveyou monkey dragon sunshine princess abc123 123456 \
    12345678 111111 000000 123123 654321 trustno1 master shadow superman batman starwars \
    pokemon whatever freedom hello flower cheese computer internet microsoft windows \
    office outlook teams azure company changeme secret default guest test temp access \
    security pass love baby michael charlie";

/// Who the password is for, and the tenant's settings that affect the check.
pub struct PasswordContext<'a> {
    /// The part of the user principal name before '@'.
    pub alias: &'a str,
    /// For example "Megan Bowen".
    pub display_name: &'a str,
    /// For example "Contoso".
    pub tenant_name: &'a str,
    pub custom_banned: &'a [String],
    /// False when the user's policy is `DisableStrongPassword`.
    pub strong_required: bool,
}

/// Why a password was refused; `Display` gives the sentence an administrator sees.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PasswordRejection {
    TooShort { minimum: usize },
    TooLong { maximum: usize },
    NotAscii,
    TooFewCharacterClasses { found: usize, required: usize },
    Banned { terms: Vec<String>, score: usize, required: usize },
}

impl fmt::Display for PasswordRejection {
    /// In English; people read [`crate::present::outcome::password_rejection`]
    /// in their language.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&crate::present::outcome::password_rejection(crate::i18n::Lang::En, self))
    }
}

impl std::error::Error for PasswordRejection {}

/// Checks `password` for `context` in the order Entra reports problems: the
/// character set, length, character classes, then banned terms.
///
/// # Errors
///
/// Returns the first rule the password breaks.
pub fn check_password(password: &str, context: &PasswordContext<'_>) -> Result<(), PasswordRejection> {
    // A character outside ASCII is made of bytes outside it.
    if !password.bytes().all(|byte| matches!(byte, b' '..=b'~')) {
        return Err(PasswordRejection::NotAscii);
    }
    // Printable ASCII only from here on, so bytes and characters coincide.
    if password.len() < MINIMUM_LENGTH {
        return Err(PasswordRejection::TooShort { minimum: MINIMUM_LENGTH });
    }
    if password.len() > MAXIMUM_LENGTH {
        return Err(PasswordRejection::TooLong { maximum: MAXIMUM_LENGTH });
    }
    if context.strong_required {
        let found = character_class_count(password);
        if found < REQUIRED_CHARACTER_CLASSES {
            return Err(PasswordRejection::TooFewCharacterClasses { found, required: REQUIRED_CHARACTER_CLASSES });
        }
    }
    let mut buffer = [0; MAXIMUM_LENGTH];
    let normalised = &mut buffer[..password.len()];
    normalise_into(password.as_bytes(), normalised);
    let (terms, score) = banned_assessment(normalised, context);
    if score < REQUIRED_SCORE {
        return Err(PasswordRejection::Banned { terms, score, required: REQUIRED_SCORE });
    }
    Ok(())
}

/// The normalisation used by the banned check, public so tests and the docs can show it.
#[must_use]
pub(crate) fn normalise(password: &str) -> String {
    password
        .chars()
        .map(|character| match u8::try_from(character) {
            Ok(byte) if byte.is_ascii() => char::from(NORMALISED[usize::from(byte)]),
            _ => character,
        })
        .collect()
}

/// Every byte folded to lower case, then [`SUBSTITUTIONS`] undone, as a
/// table by byte value. Bytes outside ASCII (parts of other characters) stay
/// as they are, so normalising a text byte by byte is [`normalise`] without
/// building a string.
const NORMALISED: [u8; 256] = {
    let mut table = [0; 256];
    let mut byte: u8 = 0;
    loop {
        table[byte as usize] = byte.to_ascii_lowercase();
        if byte == u8::MAX {
            break;
        }
        byte += 1;
    }
    let mut index = 0;
    while index < SUBSTITUTIONS.len() {
        let (from, to) = SUBSTITUTIONS[index];
        table[from as usize] = to as u8;
        index += 1;
    }
    table
};

/// Writes the normalised `text` into `normalised`, which is as long.
fn normalise_into(text: &[u8], normalised: &mut [u8]) {
    for (target, &byte) in normalised.iter_mut().zip(text) {
        *target = NORMALISED[usize::from(byte)];
    }
}

/// How many characters a UTF-8 text holds: the bytes that start one.
fn character_count(text: &[u8]) -> usize {
    text.iter().filter(|&&byte| byte & 0b1100_0000 != 0b1000_0000).count()
}

fn character_class_count(password: &str) -> usize {
    let has = |predicate: fn(&u8) -> bool| usize::from(password.bytes().any(|byte| predicate(&byte)));
    has(u8::is_ascii_lowercase) + has(u8::is_ascii_uppercase) + has(u8::is_ascii_digit) + has(|byte| !byte.is_ascii_alphanumeric())
}

/// A shared term: `label` is what the rejection names, `normalised` what is matched.
struct Term {
    label: String,
    normalised: String,
    fuzzy: bool,
}

/// Which byte values occur in a text.
#[derive(Clone, Copy, Default)]
struct ByteSet([u64; 4]);

impl ByteSet {
    fn of(text: &[u8]) -> Self {
        let mut set = Self::default();
        for &byte in text {
            set.0[usize::from(byte / 64)] |= 1 << (byte % 64);
        }
        set
    }

    /// How many of this set's bytes `other` lacks: 0, 1, or 2 for two or
    /// more (all a filter needs; cheaper than counting bits).
    fn missing_from(self, other: Self) -> u32 {
        let mut missing = 0;
        for (mine, theirs) in self.0.iter().zip(other.0) {
            let lacking = mine & !theirs;
            if lacking != 0 {
                missing += if lacking.is_power_of_two() { 1 } else { 2 };
            }
        }
        missing.min(2)
    }
}

/// The terms every check shares (the global list, then the years), in
/// order and without repeats, normalised and indexed once per process
/// instead of once per password.
struct SharedTerms {
    terms: Vec<Term>,
    index: PieceIndex,
}

static SHARED_TERMS: LazyLock<SharedTerms> = LazyLock::new(|| {
    let mut seen = BTreeSet::new();
    let mut terms = Vec::new();
    let mut add = |label: &str, fuzzy_allowed: bool| {
        if let Some(term) = new_term(&mut seen, label, fuzzy_allowed) {
            terms.push(term);
        }
    };
    for term in GLOBAL_BANNED_TERMS.split_whitespace() {
        add(term, true);
    }
    BANNED_YEARS.for_each(|year| add(&year.to_string(), false));
    let index = PieceIndex::new(&terms);
    SharedTerms { terms, index }
});

/// A term, unless it is too short or normalises like one already `seen`.
fn new_term(seen: &mut BTreeSet<String>, label: &str, fuzzy_allowed: bool) -> Option<Term> {
    let label = label.trim();
    let normalised = normalise(label);
    let length = normalised.chars().count();
    if length < MINIMUM_TERM_LENGTH || seen.contains(&normalised) {
        return None;
    }
    seen.insert(normalised.clone());
    let fuzzy = fuzzy_allowed && length >= MINIMUM_FUZZY_TERM_LENGTH;
    Some(Term { label: label.to_string(), normalised, fuzzy })
}

/// Where the shared terms may appear in a password. A window within one
/// edit of a term keeps the term's first half at its start or its second
/// half at its end (the edit falls in one half or the other), and an exact
/// match holds both, so a term whose halves occur nowhere in the password
/// matches nowhere. Fuzzy terms are filed as their two halves, exact-only
/// ones whole; each piece under its last two bytes, which spreads the
/// years ("1950" to "2049" share their first two). One pass over the
/// password's byte pairs then names the few terms worth trying.
struct PieceIndex {
    /// The pieces under key `k` are `pieces[bucket_starts[k]..bucket_starts[k + 1]]`.
    bucket_starts: Vec<u16>,
    pieces: Vec<Piece>,
}

struct Piece {
    text: Box<[u8]>,
    term: usize,
}

/// Keys stand for two printable ASCII bytes (and DEL).
const PAIR_KEYS: usize = 96 * 96;

/// The key of two bytes, or `None` if either is not printable ASCII (no
/// shared term holds such a byte).
fn pair_key(first: u8, second: u8) -> Option<usize> {
    let (first, second) = (first.checked_sub(b' ')?, second.checked_sub(b' ')?);
    (first < 96 && second < 96).then(|| usize::from(first) * 96 + usize::from(second))
}

impl PieceIndex {
    fn new(terms: &[Term]) -> Self {
        assert!(terms.len() <= TermSet::CAPACITY, "the shared list outgrew the candidate set");
        let mut filed: Vec<(usize, Piece)> = Vec::new();
        for (term, entry) in terms.iter().enumerate() {
            let text = entry.normalised.as_bytes();
            let (head, tail) = text.split_at(text.len() / 2);
            let pieces = if entry.fuzzy { vec![head, tail] } else { vec![text] };
            for piece in pieces {
                // Every piece has two bytes or more: terms have four or more.
                let [.., before_last, last] = piece else { unreachable!("a piece of a term of four or more bytes") };
                let key = pair_key(*before_last, *last).expect("the shared terms are printable ASCII");
                filed.push((key, Piece { text: piece.into(), term }));
            }
        }
        filed.sort_by_key(|(key, _)| *key);
        let bucket_starts = (0..=PAIR_KEYS)
            .map(|key| {
                let start = filed.partition_point(|(filed_key, _)| *filed_key < key);
                u16::try_from(start).expect("fewer than 65 536 pieces")
            })
            .collect();
        Self { bucket_starts, pieces: filed.into_iter().map(|(_, piece)| piece).collect() }
    }

    /// The terms with a piece somewhere in `password`.
    fn candidates(&self, password: &[u8]) -> TermSet {
        let mut found = TermSet::default();
        for (before_last, pair) in password.windows(2).enumerate() {
            let Some(key) = pair_key(pair[0], pair[1]) else { continue };
            let end = before_last + 2;
            let bucket = usize::from(self.bucket_starts[key])..usize::from(self.bucket_starts[key + 1]);
            for piece in &self.pieces[bucket] {
                if let Some(start) = end.checked_sub(piece.text.len())
                    && password[start..end] == *piece.text
                {
                    found.insert(piece.term);
                }
            }
        }
        found
    }
}

/// A set of shared term indices, iterated in ascending order.
#[derive(Default)]
struct TermSet([u64; 4]);

impl TermSet {
    const CAPACITY: usize = 4 * 64;

    fn insert(&mut self, term: usize) {
        self.0[term / 64] |= 1 << (term % 64);
    }

    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(word_index, &word)| {
            let mut rest = word;
            std::iter::from_fn(move || {
                (rest != 0).then(|| {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest - 1;
                    word_index * 64 + bit
                })
            })
        })
    }
}

/// Calls `visit` with each of the context's own terms as typed, and
/// whether a near miss may count, in the order they are tried: the custom
/// list, the alias and tenant name whole and in parts, then the parts of
/// the display name. Microsoft matches names as exact substrings only,
/// never fuzzily. The terms are found afresh for every check (there are
/// few, and they differ per user) instead of being stored.
fn for_each_own_term<'a>(context: &PasswordContext<'a>, mut visit: impl FnMut(&'a str, bool)) {
    for term in context.custom_banned {
        visit(term.trim(), true);
    }
    // Parts hold only letters and digits, so only whole names need trimming.
    let mut name_part = |part: &'a str| visit(part, false);
    for name in [context.alias, context.tenant_name] {
        name_part(name.trim());
        for_each_part(name, &mut name_part);
    }
    for_each_part(context.display_name, &mut name_part);
}

/// The parts of `name` between characters that are not letters or digits,
/// empty ones included, as `str::split` gives them.
fn for_each_part<'a>(name: &'a str, visit: &mut impl FnMut(&'a str)) {
    let mut start = 0;
    if name.is_ascii() {
        // The same split without decoding characters, as names usually are.
        for (at, byte) in name.bytes().enumerate() {
            if !byte.is_ascii_alphanumeric() {
                visit(&name[start..at]);
                start = at + 1;
            }
        }
        visit(&name[start..]);
        return;
    }
    for (at, character) in name.char_indices() {
        if !character.is_alphanumeric() {
            visit(&name[start..at]);
            start = at + character.len_utf8();
        }
    }
    visit(&name[start..]);
}

/// Whether one of the context's own terms normalises to `normalised`; a
/// shared term that does is left out of the list (the context's comes first).
fn repeats_own(context: &PasswordContext<'_>, normalised: &[u8]) -> bool {
    let mut repeats = false;
    for_each_own_term(context, |term, _| {
        repeats |=
            term.len() == normalised.len() && term.bytes().zip(normalised).all(|(byte, &wanted)| NORMALISED[usize::from(byte)] == wanted);
    });
    repeats
}

/// The label of the context's own term at `index` in [`for_each_own_term`]'s order.
fn own_label<'a>(context: &PasswordContext<'a>, index: usize) -> &'a str {
    let mut position = 0;
    let mut label = "";
    for_each_own_term(context, |term, _| {
        if position == index {
            label = term;
        }
        position += 1;
    });
    label
}

#[derive(Clone, Copy)]
struct Span {
    start: usize,
    end: usize,
    /// Where the term comes in the fixed order (custom list, names, global
    /// list, years), so ties between equally long matches always resolve
    /// the same way.
    term: usize,
    exact: bool,
}

/// Scores a normalised password as Microsoft documents: one point per banned
/// term found plus one per character outside every term. Longer matches are
/// taken first and no character is counted twice.
fn banned_assessment(password: &[u8], context: &PasswordContext<'_>) -> (Vec<String>, usize) {
    let mut spans = Vec::new();
    let own_count = own_spans(password, context, &mut spans);
    shared_spans(password, context, own_count, &mut spans);
    if spans.is_empty() {
        return (Vec::new(), password.len());
    }
    spans.sort_by_key(|span| (Reverse(span.end - span.start), !span.exact, span.start, span.term));
    let mut covered_buffer = [false; MAXIMUM_LENGTH];
    let covered = &mut covered_buffer[..password.len()];
    let mut chosen = Vec::new();
    for span in spans {
        if covered[span.start..span.end].iter().all(|taken| !taken) {
            covered[span.start..span.end].fill(true);
            chosen.push(span);
        }
    }
    chosen.sort_by_key(|span| span.start);
    let score = chosen.len() + covered.iter().filter(|taken| !**taken).count();
    let mut labels: Vec<String> = Vec::new();
    for span in chosen {
        let label = match span.term.checked_sub(own_count) {
            Some(shared) => SHARED_TERMS.terms[shared].label.as_str(),
            None => own_label(context, span.term),
        };
        if !labels.iter().any(|known| known == label) {
            labels.push(label.to_string());
        }
    }
    (labels, score)
}

/// Adds the matches of the context's own terms, made and tried for each
/// check without storing them (there are few, and they differ per user),
/// and returns how many there are, matched or not. A term that repeats an
/// earlier one adds only spans that lose to the earlier one's, so repeats
/// need not be left out here.
fn own_spans(password: &[u8], context: &PasswordContext<'_>, spans: &mut Vec<Span>) -> usize {
    let present = ByteSet::of(password);
    let mut buffer = [0; MAXIMUM_LENGTH + 1];
    let mut count = 0;
    for_each_own_term(context, |term, fuzzy_allowed| {
        let index = count;
        count += 1;
        // A term has at least as many bytes as characters, and a window is
        // at most one byte longer than the term it matches.
        if term.len() < MINIMUM_TERM_LENGTH || term.len() > password.len() + 1 {
            return;
        }
        if !fuzzy_allowed {
            exact_spans(password, term.as_bytes(), index, spans);
            return;
        }
        let normalised = &mut buffer[..term.len()];
        normalise_into(term.as_bytes(), normalised);
        let length = character_count(normalised);
        if length < MINIMUM_TERM_LENGTH {
            return;
        }
        let fuzzy = length >= MINIMUM_FUZZY_TERM_LENGTH;
        // A match within one edit needs all but one of the term's bytes in
        // the password: most custom terms stop here.
        if fuzzy && ByteSet::of(normalised).missing_from(present) > 1 {
            return;
        }
        term_spans(password, normalised, fuzzy, index, spans);
    });
    count
}

/// Adds every place the term `typed` (not yet normalised) matches exactly,
/// normalising it on the way. A term with a character outside ASCII keeps
/// it when normalised and so never matches: the password is ASCII.
fn exact_spans(password: &[u8], typed: &[u8], term: usize, spans: &mut Vec<Span>) {
    let Some(&first) = typed.first() else { return };
    let first = NORMALISED[usize::from(first)];
    for (start, window) in password.windows(typed.len()).enumerate() {
        if window[0] == first && window.iter().zip(typed).all(|(&have, &byte)| have == NORMALISED[usize::from(byte)]) {
            spans.push(Span { start, end: start + typed.len(), term, exact: true });
        }
    }
}

/// Adds the matches of the shared terms the index names, numbered after
/// the context's `own_count` terms.
fn shared_spans(password: &[u8], context: &PasswordContext<'_>, own_count: usize, spans: &mut Vec<Span>) {
    let shared = &*SHARED_TERMS;
    for index in shared.index.candidates(password).iter() {
        let term = &shared.terms[index];
        let before = spans.len();
        term_spans(password, term.normalised.as_bytes(), term.fuzzy, own_count + index, spans);
        if spans.len() > before && repeats_own(context, term.normalised.as_bytes()) {
            spans.truncate(before);
        }
    }
}

/// Adds every place `text` (a normalised term) matches: exactly, and, if
/// `fuzzy`, within one edit.
fn term_spans(password: &[u8], text: &[u8], fuzzy: bool, term: usize, spans: &mut Vec<Span>) {
    // Comparing first bytes before whole slices saves a call per place.
    let first_exact = spans.len();
    for (start, window) in password.windows(text.len()).enumerate() {
        if window.first() == text.first() && window == text {
            spans.push(Span { start, end: start + text.len(), term, exact: true });
        }
    }
    if !fuzzy {
        return;
    }
    // One edit at or after the middle leaves the term's first half at
    // the window's start; one before it leaves the second half at the
    // window's end. So only windows that start where the first half
    // occurs, or end where the second half does, are tried, each once.
    let (head, tail) = text.split_at(text.len() / 2);
    let lengths = text.len() - 1..=text.len() + 1;
    let mut try_window = |start: usize, end: usize| {
        let window = &password[start..end];
        // "contosox" is "contoso" plus a stray letter: the exact match
        // already covers it, and the stray letter should still score.
        let wraps_exact = spans[first_exact..].iter().filter(|span| span.exact).any(|exact| exact.start >= start && exact.end <= end);
        if window != text && !wraps_exact && within_one_edit(window, text) {
            spans.push(Span { start, end, term, exact: false });
        }
    };
    for at in 0..password.len() {
        let rest = &password[at..];
        if rest.first() == head.first() && rest.starts_with(head) {
            for length in lengths.clone() {
                if at + length <= password.len() {
                    try_window(at, at + length);
                }
            }
        }
        if rest.first() == tail.first() && rest.starts_with(tail) {
            let end = at + tail.len();
            for length in lengths.clone() {
                // A window that also starts with the first half was tried above.
                if let Some(start) = end.checked_sub(length)
                    && !password[start..].starts_with(head)
                {
                    try_window(start, end);
                }
            }
        }
    }
}

/// Whether one insertion, deletion or substitution at most turns one into the other.
fn within_one_edit(left: &[u8], right: &[u8]) -> bool {
    let (shorter, longer) = if left.len() <= right.len() { (left, right) } else { (right, left) };
    match longer.len() - shorter.len() {
        0 => shorter.iter().zip(longer).filter(|(first, second)| first != second).count() <= 1,
        1 => {
            let prefix = shorter.iter().zip(longer).take_while(|(first, second)| first == second).count();
            shorter[prefix..] == longer[prefix + 1..]
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::strategy::Strategy as _;

    const NO_CUSTOM_TERMS: &[String] = &[];

    fn megan(custom_banned: &[String]) -> PasswordContext<'_> {
        PasswordContext {
            alias: "meganb",
            display_name: "Megan Bowen",
            tenant_name: "Northwind Traders",
            custom_banned,
            strong_required: true,
        }
    }

    fn alex() -> PasswordContext<'static> {
        PasswordContext { alias: "alexw", display_name: "Alex Wilber", ..megan(NO_CUSTOM_TERMS) }
    }

    fn strings(terms: &[&str]) -> Vec<String> {
        terms.iter().map(ToString::to_string).collect()
    }

    fn check(password: &str) -> Result<(), PasswordRejection> {
        check_password(password, &megan(NO_CUSTOM_TERMS))
    }

    fn banned(terms: &[&str], score: usize) -> Result<(), PasswordRejection> {
        Err(PasswordRejection::Banned { terms: strings(terms), score, required: 5 })
    }

    fn too_few(found: usize) -> Result<(), PasswordRejection> {
        Err(PasswordRejection::TooFewCharacterClasses { found, required: 3 })
    }

    #[test]
    fn normalise_folds_case_and_undoes_every_substitution() {
        assert_eq!(normalise("0 1 $ @ 3 4 5 7 ! | 8 9"), "o l s a e a s t i l b g");
        assert_eq!(normalise("C0ntoS0 Bl@nk 26"), "contoso blank 26");
    }

    #[test]
    fn non_ascii_is_rejected_before_anything_else() {
        assert_eq!(check("Pässwörd-Long-Enough-9"), Err(PasswordRejection::NotAscii));
        assert_eq!(check("é"), Err(PasswordRejection::NotAscii));
        assert_eq!(check("Tab\there-Q7xz"), Err(PasswordRejection::NotAscii));
        assert_eq!(check("Quiet Blue Kettle 7"), Ok(()));
    }

    #[test]
    fn length_limits_are_inclusive() {
        assert_eq!(check("short1A"), Err(PasswordRejection::TooShort { minimum: 8 }));
        assert_eq!(check("Xk#9vQ2m"), Ok(()));
        let longest = "Xk#9vQ2m".repeat(32);
        assert_eq!(check(&longest), Ok(()));
        let too_long = format!("{longest}x");
        assert_eq!(check(&too_long), Err(PasswordRejection::TooLong { maximum: 256 }));
    }

    #[test]
    fn strong_passwords_need_three_character_classes() {
        assert_eq!(check("alllowercase"), too_few(1));
        assert_eq!(check("lower-and-symbols"), too_few(2));
        assert_eq!(check("lower-and-Upper"), Ok(()));
    }

    #[test]
    fn disable_strong_password_drops_only_the_class_rule() {
        let weak = PasswordContext { strong_required: false, ..megan(NO_CUSTOM_TERMS) };
        assert_eq!(check_password("alllowercase", &weak), Ok(()));
        assert_eq!(check_password("short", &weak), Err(PasswordRejection::TooShort { minimum: 8 }));
        assert_eq!(check_password("password", &weak), banned(&["password"], 1));
        // With strong passwords required the class rule is reported first.
        assert_eq!(check("password"), too_few(1));
    }

    #[test]
    fn substituted_password_is_banned() {
        assert_eq!(check("P@ssw0rd1"), banned(&["password"], 2));
    }

    #[test]
    fn season_and_year_is_banned() {
        // Without the year list "summer2o2ai" would score 1 + 5 = 6 and pass.
        assert_eq!(check("Summer2024!"), banned(&["summer", "2024"], 3));
    }

    #[test]
    fn long_passphrases_are_accepted() {
        assert_eq!(check("Tr0ub4dor&3-horse-staple"), Ok(()));
        assert_eq!(check("Correct-Horse-42"), Ok(()));
    }

    /// The assessment as first written: every term built for each check and
    /// tried at every place, with no shared list and no byte filter.
    fn reference_assessment(normalised: &str, context: &PasswordContext<'_>) -> (Vec<String>, usize) {
        let mut seen = BTreeSet::new();
        let mut terms: Vec<Term> = Vec::new();
        let mut add = |label: &str, fuzzy_allowed: bool| terms.extend(new_term(&mut seen, label, fuzzy_allowed));
        context.custom_banned.iter().for_each(|term| add(term, true));
        let is_separator = |character: char| !character.is_alphanumeric();
        for name in [context.alias, context.tenant_name] {
            add(name, false);
            name.split(is_separator).for_each(|part| add(part, false));
        }
        context.display_name.split(is_separator).for_each(|part| add(part, false));
        GLOBAL_BANNED_TERMS.split_whitespace().for_each(|term| add(term, true));
        BANNED_YEARS.for_each(|year| add(&year.to_string(), false));
        let password = normalised.as_bytes();
        let mut spans = Vec::new();
        for (index, term) in terms.iter().enumerate() {
            let text = term.normalised.as_bytes();
            let exact: Vec<usize> = (0..password.len()).filter(|&start| password[start..].starts_with(text)).collect();
            spans.extend(exact.iter().map(|&start| Span { start, end: start + text.len(), term: index, exact: true }));
            if term.fuzzy {
                for length in text.len() - 1..=text.len() + 1 {
                    for (start, window) in password.windows(length).enumerate() {
                        let end = start + length;
                        let wraps_exact = exact.iter().any(|&at| at >= start && at + text.len() <= end);
                        if window != text && !wraps_exact && within_one_edit(window, text) {
                            spans.push(Span { start, end, term: index, exact: false });
                        }
                    }
                }
            }
        }
        spans.sort_by_key(|span| (Reverse(span.end - span.start), !span.exact, span.start, span.term));
        let mut covered = vec![false; password.len()];
        let mut chosen = Vec::new();
        for span in spans {
            if covered[span.start..span.end].iter().all(|taken| !taken) {
                covered[span.start..span.end].fill(true);
                chosen.push(span);
            }
        }
        chosen.sort_by_key(|span| span.start);
        let score = chosen.len() + covered.iter().filter(|taken| !**taken).count();
        let mut labels: Vec<String> = Vec::new();
        for span in chosen {
            if !labels.contains(&terms[span.term].label) {
                labels.push(terms[span.term].label.clone());
            }
        }
        (labels, score)
    }

    proptest::proptest! {
        #[test]
        fn the_shared_list_and_byte_filter_change_no_assessment(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    proptest::sample::select(vec![
                        "Password", "passw0rd", "Summer", "summ3r", "2024", "1987", "Contoso", "contos0", "Megan", "Bowen",
                        "meganb", "Northwind", "welcome", "wel-come", "Fabrikam", "fabrekam", "sunshine", "123456", "hello",
                    ]).prop_map(str::to_string),
                    "[a-zA-Z0-9!@$#|-]{1,6}",
                ],
                1..6,
            ),
            custom in proptest::collection::vec(proptest::sample::select(vec!["contoso", "Password", "fabrikam", "kettle", "Bowen"]), 0..3),
        ) {
            let password: String = parts.concat();
            let custom: Vec<String> = custom.into_iter().map(str::to_string).collect();
            let context = megan(&custom);
            let normalised = normalise(&password);
            proptest::prop_assert_eq!(
                banned_assessment(normalised.as_bytes(), &context),
                reference_assessment(&normalised, &context)
            );
        }
    }

    /// Every label the tests below edit: the whole shared list, the years,
    /// and names and custom terms of the contexts they use.
    fn labels_to_edit() -> Vec<String> {
        let names = ["Megan", "Bowen", "meganb", "Northwind", "Traders", "fabrikam", "kettle", "Contoso", "summer"];
        GLOBAL_BANNED_TERMS
            .split_whitespace()
            .map(str::to_string)
            .chain(BANNED_YEARS.map(|year| year.to_string()))
            .chain(names.map(str::to_string))
            .collect()
    }

    /// `label` with one edit at character `at` (a deletion, a substitution
    /// or an insertion of `character`, or none), and typed the way people
    /// disguise it when `disguise` is set.
    fn edited(label: &str, edit: u8, at: usize, character: char, disguise: bool) -> String {
        let mut characters: Vec<char> = label.chars().collect();
        let at = at % (characters.len() + 1);
        match edit {
            1 if at < characters.len() => drop(characters.remove(at)),
            2 if at < characters.len() => characters[at] = character,
            3 => characters.insert(at, character),
            _ => {}
        }
        let disguised = |character: char| match character {
            'o' => '0',
            'a' => '@',
            's' => '$',
            'e' => '3',
            other => other.to_ascii_uppercase(),
        };
        characters.into_iter().map(|character| if disguise { disguised(character) } else { character }).collect()
    }

    fn assert_same_assessment(password: &str, context: &PasswordContext<'_>) {
        let normalised = normalise(password);
        assert_eq!(banned_assessment(normalised.as_bytes(), context), reference_assessment(&normalised, context), "password {password:?}");
    }

    #[test]
    fn byte_normalisation_is_normalise() {
        let text: String = (0..=127_u8).map(char::from).chain("éÀ—Zoë".chars()).collect();
        let mut bytes = vec![0; text.len()];
        normalise_into(text.as_bytes(), &mut bytes);
        assert_eq!(bytes, normalise(&text).into_bytes());
    }

    #[test]
    fn the_index_finds_every_term_with_every_single_edit() {
        // Each term at both ends of a password, with every deletion,
        // substitution and insertion: the edit lands in the first half, the
        // second half and on the border between them.
        let custom = strings(&["fabrikam", "kettle"]);
        let context = megan(&custom);
        for label in labels_to_edit() {
            let first = label.chars().next().unwrap_or('x');
            for at in 0..=label.len() {
                for (edit, character) in [(0, 'x'), (1, 'x'), (2, 'x'), (2, first), (3, 'x'), (3, first)] {
                    let term = edited(&label, edit, at, character, false);
                    assert_same_assessment(&format!("{term}Q#{term}"), &context);
                }
            }
        }
    }

    #[test]
    fn the_shared_index_files_every_term() {
        let shared = &*SHARED_TERMS;
        for (index, term) in shared.terms.iter().enumerate() {
            let found: Vec<usize> = shared.index.candidates(term.normalised.as_bytes()).iter().collect();
            assert!(found.contains(&index), "{} is not found in itself", term.label);
        }
        assert!(shared.terms.len() <= TermSet::CAPACITY);
    }

    proptest::proptest! {
        #[test]
        fn the_index_and_own_terms_change_no_assessment(
            parts in proptest::collection::vec(
                proptest::prop_oneof![
                    (proptest::sample::select(labels_to_edit()), 0..4_u8, 0..16_usize, proptest::char::range(' ', '~'), proptest::bool::ANY)
                        .prop_map(|(label, edit, at, character, disguise)| edited(&label, edit, at, character, disguise)),
                    "[a-zA-Z0-9!@$#|. -]{1,4}",
                ],
                1..5,
            ),
            alias in proptest::sample::select(vec!["meganb", "summer", "pass.word", "j.smith", "hello-kitty", "zoë.n"]),
            display_name in proptest::sample::select(vec!["Megan Bowen", "Summer Welcome", "Zoë Ñandú", "Admin  Login", " ", "Jo—Ann O'Neil"]),
            tenant_name in proptest::sample::select(vec!["Northwind Traders", "Contoso", "Password Inc", "Fabrikam, Ltd."]),
            custom in proptest::collection::vec(
                proptest::sample::select(vec![
                    "contoso", " Password ", "fabrikam", "kettle", "Bowen", "tuesday", "2024", "ümlaute", "Megan", "hello", "xyz",
                ]),
                0..4,
            ),
        ) {
            let password: String = parts.concat();
            let custom: Vec<String> = custom.into_iter().map(str::to_string).collect();
            let context = PasswordContext { alias, display_name, tenant_name, ..megan(&custom) };
            let normalised = normalise(&password);
            proptest::prop_assert_eq!(
                banned_assessment(normalised.as_bytes(), &context),
                reference_assessment(&normalised, &context)
            );
        }
    }

    #[test]
    fn longest_match_wins_and_characters_count_once() {
        // Custom terms come first in the scan order, so only the length rule
        // stops "pass" from winning and leaving "word" as four more points.
        let pass = strings(&["pass"]);
        let terms = megan(&pass);
        let password = |score| (strings(&["password"]), score);
        assert_eq!(banned_assessment(b"password", &terms), password(1));
        assert_eq!(banned_assessment(b"password-password", &terms), password(3));
    }

    #[test]
    fn fuzzy_matching_allows_one_edit_on_long_terms_only() {
        let list = strings(&["fabrikam"]);
        let terms = megan(&list);
        let fabrikam = |score| (strings(&["fabrikam"]), score);
        assert_eq!(banned_assessment(b"fabrekam#gx", &terms), fabrikam(4));
        assert_eq!(banned_assessment(b"fabrkam#gx", &terms), fabrikam(4));
        assert_eq!(banned_assessment(b"fabriikam#gx", &terms), fabrikam(4));
        assert_eq!(banned_assessment(b"fobrekam#gx", &terms), (Vec::new(), 11));
        // "fall" has four letters, so "hall" is not a near miss of it.
        assert_eq!(banned_assessment(b"hall#qtx", &terms), (Vec::new(), 8));
    }

    #[test]
    fn users_own_names_are_penalised() {
        assert_eq!(check("Meganb#Q7"), banned(&["meganb"], 4));
        assert_eq!(check_password("Meganb#Q7", &alex()), Ok(()));
        assert_eq!(check("Bowen#Q7"), banned(&["Bowen"], 4));
        assert_eq!(check("Northwind#Q7"), banned(&["Northwind"], 4));
    }

    #[test]
    fn names_and_custom_terms_shorter_than_four_characters_are_ignored() {
        let amy = PasswordContext { alias: "amy", display_name: "Amy Li", tenant_name: "Abc", ..alex() };
        assert_eq!(banned_assessment(b"amy#litq", &amy), (Vec::new(), 8));
        let tiny_terms = strings(&["xk", "q2m"]);
        let context = PasswordContext { custom_banned: &tiny_terms, ..alex() };
        assert_eq!(check_password("Xk#9vQ2m", &context), Ok(()));
    }

    #[test]
    fn custom_terms_are_banned() {
        let contoso = strings(&["contoso"]);
        let context = megan(&contoso);
        assert_eq!(check_password("Contoso2026!!", &context), banned(&["contoso", "2026"], 4));
        assert_eq!(check("Contoso2026!!"), Ok(()));
        assert_eq!(check_password("Blue-Kettle-Harbour-77", &context), Ok(()));
    }

    #[test]
    fn microsoft_documented_examples_hold() {
        // The documentation keeps '9' and '!' as they are; undoing them here
        // gives "contosoblankfgi", which scores the same five points.
        let list = strings(&["contoso", "blank", "fabrikam"]);
        let context = megan(&list);
        assert_eq!(check_password("C0ntos0Blank12", &context), banned(&["contoso", "blank"], 4));
        assert_eq!(check_password("ContoS0Bl@nkf9!", &context), Ok(()));
        assert_eq!(check_password("C0ntos0!", &context), banned(&["contoso"], 2));
    }

    #[test]
    fn messages_are_single_clear_sentences() {
        let message = |result: Result<(), PasswordRejection>| result.unwrap_err().to_string();
        assert_eq!(
            message(check("Summer2024!")),
            "The password is too easy to guess: it contains 'summer' and '2024'. Choose a password \
             that is harder to guess."
        );
        assert!(message(banned(&["a", "b", "c"], 3)).contains("'a', 'b' and 'c'."));
        assert_eq!(message(check("short1A")), "The password must be at least 8 characters long.");
        assert_eq!(message(check(&"x".repeat(300))), "The password can't be longer than 256 characters.");
        assert_eq!(
            message(too_few(1)),
            "The password must contain at least 3 of these: lowercase letters, uppercase letters, \
             numbers and symbols (it contains 1)."
        );
        assert!(message(check("é")).starts_with("The password contains a character"));
    }

    #[test]
    fn one_edit_means_one() {
        assert!(within_one_edit(b"summer", b"summer"));
        assert!(within_one_edit(b"summer", b"simmer"));
        assert!(within_one_edit(b"summer", b"sumer"));
        assert!(within_one_edit(b"summer", b"summers"));
        assert!(!within_one_edit(b"summer", b"simmel"));
        assert!(!within_one_edit(b"summer", b"summ"));
    }
}
