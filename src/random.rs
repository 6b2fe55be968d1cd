//! The one seeded, portable random generator.
//!
//! Every subsystem draws from its own stream, derived from the scenario seed
//! and the subsystem's name, so that adding a draw in one place never shifts
//! the numbers another place sees. Sampling is done here with integer
//! arithmetic only, so the stream of values is fixed by `rand_chacha` alone and
//! does not change when `rand`'s distribution code does.

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::Rng;

/// Named streams. Each one is independent of the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Stream {
    Tokens,
    Passwords,
    Release,
    ContinuousAccess,
    Attacker,
    EndUsers,
    Generation,
    /// Addresses and places in the logs.
    Network,
}

impl Stream {
    const fn index(self) -> u64 {
        match self {
            Stream::Tokens => 1,
            Stream::Passwords => 2,
            Stream::Release => 3,
            Stream::ContinuousAccess => 4,
            Stream::Attacker => 5,
            Stream::EndUsers => 6,
            Stream::Generation => 7,
            Stream::Network => 8,
        }
    }
}

/// One `ChaCha8` generator per stream, all derived from one seed.
#[derive(Debug, Clone)]
pub(crate) struct SimRandom {
    seed: u64,
    streams: [ChaCha8Rng; 8],
}

impl SimRandom {
    #[must_use]
    pub(crate) fn new(seed: u64) -> Self {
        let make = |stream: Stream| {
            let mut generator = ChaCha8Rng::seed_from_u64(seed);
            generator.set_stream(stream.index());
            generator
        };
        Self {
            seed,
            streams: [
                make(Stream::Tokens),
                make(Stream::Passwords),
                make(Stream::Release),
                make(Stream::ContinuousAccess),
                make(Stream::Attacker),
                make(Stream::EndUsers),
                make(Stream::Generation),
                make(Stream::Network),
            ],
        }
    }

    #[must_use]
    pub(crate) const fn seed(&self) -> u64 {
        self.seed
    }

    fn generator(&mut self, stream: Stream) -> &mut ChaCha8Rng {
        let position = usize::try_from(stream.index() - 1).unwrap_or(0);
        &mut self.streams[position]
    }

    /// A uniform integer in `0..bound` (zero when `bound` is zero), by
    /// Lemire's multiply-shift; the tiny bias is irrelevant at these bounds.
    pub(crate) fn below(&mut self, stream: Stream, bound: u64) -> u64 {
        if bound == 0 {
            return 0;
        }
        let value = self.generator(stream).next_u64();
        u64::try_from((u128::from(value) * u128::from(bound)) >> 64).unwrap_or(0)
    }

    /// A uniform integer in `low..=high` (returns `low` when the range is empty).
    pub(crate) fn between(&mut self, stream: Stream, low: u64, high: u64) -> u64 {
        if high <= low {
            return low;
        }
        low + self.below(stream, high - low + 1)
    }

    /// True with probability `numerator / denominator`.
    pub(crate) fn chance(&mut self, stream: Stream, numerator: u64, denominator: u64) -> bool {
        self.below(stream, denominator) < numerator
    }

    /// Picks one element, or `None` from an empty slice.
    pub(crate) fn pick<'a, T>(&mut self, stream: Stream, items: &'a [T]) -> Option<&'a T> {
        let length = u64::try_from(items.len()).ok()?;
        if length == 0 {
            return None;
        }
        items.get(usize::try_from(self.below(stream, length)).ok()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_values_and_streams_are_independent() {
        let mut first = SimRandom::new(42);
        let mut second = SimRandom::new(42);
        let a: Vec<u64> = (0..5).map(|_| first.below(Stream::Tokens, 1_000)).collect();
        // Drawing from another stream first must not shift the token stream.
        let _ = second.below(Stream::Attacker, 10);
        let b: Vec<u64> = (0..5).map(|_| second.below(Stream::Tokens, 1_000)).collect();
        assert_eq!(a, b);
        let mut third = SimRandom::new(43);
        let c: Vec<u64> = (0..5).map(|_| third.below(Stream::Tokens, 1_000)).collect();
        assert_ne!(a, c);
    }

    #[test]
    fn between_stays_in_range() {
        let mut random = SimRandom::new(7);
        for _ in 0..1_000 {
            let value = random.between(Stream::Tokens, 3_600, 5_400);
            assert!((3_600..=5_400).contains(&value));
        }
        assert_eq!(random.between(Stream::Tokens, 5, 5), 5);
        assert_eq!(random.below(Stream::Tokens, 0), 0);
    }
}
