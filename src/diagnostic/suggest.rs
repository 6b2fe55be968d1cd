//! "Did you mean" for near-miss names.

/// The candidate closest to `word`, if it is close enough to be a plausible
/// typo; `None` when nothing is.
///
/// Comparison ignores case, so `required` suggests `Required`. Distance is
/// Damerau-Levenshtein, so a swapped pair (`titel`) costs one edit, and the
/// allowance grows with the word: one edit up to five characters, then one
/// more per three, at most three. A far word gets no suggestion, because a
/// wrong suggestion misleads more than none. Ties go to the earlier
/// candidate, which keeps the output deterministic.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let word_lower = word.to_lowercase();
    let length = word_lower.chars().count();
    if length == 0 {
        return None;
    }
    let allowed = (length / 3).clamp(1, 3);
    let mut best: Option<(usize, &'a str)> = None;
    for candidate in candidates {
        let distance = strsim::damerau_levenshtein(&word_lower, &candidate.to_lowercase());
        // A one-letter word is one edit from every other one-letter name.
        let plausible = distance <= allowed && distance < candidate.chars().count().max(length);
        if plausible && best.is_none_or(|(best_distance, _)| distance < best_distance) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}
