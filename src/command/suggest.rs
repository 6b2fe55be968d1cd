//! "Did you mean" suggestions for mistyped words, and lists of words.

use crate::i18n::Lang;
use crate::t;

/// Words longer than this are not compared: nobody mistypes a paragraph, and
/// edit distance grows with the product of the lengths.
const LONGEST_COMPARED_CHARACTERS: usize = 64;

/// The candidate most likely meant by `typed`, if one is close enough.
///
/// A candidate qualifies when the Damerau-Levenshtein distance is at most a
/// third of the longer word (at least one edit), or when `typed` is a prefix
/// of it at least three characters long. Among those, the smallest distance
/// wins, then the higher Jaro-Winkler similarity, then the earlier candidate,
/// so the choice is deterministic. Comparison ignores ASCII case.
pub(super) fn did_you_mean<'a>(typed: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let typed = typed.to_ascii_lowercase();
    let typed_length = typed.chars().count();
    if typed_length == 0 || typed_length > LONGEST_COMPARED_CHARACTERS {
        return None;
    }
    let mut best: Option<(usize, f64, &str)> = None;
    for candidate in candidates {
        let lowered = candidate.to_ascii_lowercase();
        if lowered == typed {
            continue;
        }
        let distance = strsim::damerau_levenshtein(&typed, &lowered);
        let allowed = (typed_length.max(lowered.chars().count()) / 3).max(1);
        let is_prefix = typed_length >= 3 && lowered.starts_with(&typed);
        if distance > allowed && !is_prefix {
            continue;
        }
        let similarity = strsim::jaro_winkler(&typed, &lowered);
        let better = match best {
            None => true,
            Some((best_distance, best_similarity, _)) => {
                distance < best_distance || (distance == best_distance && similarity > best_similarity)
            }
        };
        if better {
            best = Some((distance, similarity, candidate));
        }
    }
    best.map(|(_, _, candidate)| candidate.to_string())
}

/// `a`, `a or b`, `a, b or c`: lists in messages read as sentences, in `lang`.
pub(crate) fn one_of(words: &[&str], lang: Lang) -> String {
    match words {
        [] => String::new(),
        [only] => (*only).to_string(),
        [rest @ .., last] => t!(lang, "cmd-list-or", rest = rest.join(", "), last = *last),
    }
}

/// `a`, `a and b`, `a, b and c`, in `lang`.
pub(crate) fn all_of(words: &[&str], lang: Lang) -> String {
    match words {
        [] => String::new(),
        [only] => (*only).to_string(),
        [rest @ .., last] => t!(lang, "cmd-list-and", rest = rest.join(", "), last = *last),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_words_only() {
        let commands = ["users", "user", "mailbox", "wait", "help"];
        assert_eq!(did_you_mean("usres", commands).as_deref(), Some("users"));
        assert_eq!(did_you_mean("mailbx", commands).as_deref(), Some("mailbox"));
        assert_eq!(did_you_mean("mail", commands).as_deref(), Some("mailbox"));
        assert_eq!(did_you_mean("zzzzzz", commands), None);
        assert_eq!(did_you_mean("x", commands), None);
        assert_eq!(one_of(&["a", "b", "c"], Lang::En), "a, b or c");
        assert_eq!(all_of(&["a", "b"], Lang::En), "a and b");
        assert_eq!(one_of(&["a", "b", "c"], Lang::Nb), "a, b eller c");
    }
}
