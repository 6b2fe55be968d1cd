//! Simulated time: whole seconds since the Unix epoch, in UTC.
//!
//! The simulation never reads the wall clock. Every timestamp it records is a
//! [`SimTime`]; every length of time is a [`SimDuration`]; both are whole
//! seconds. Reading and writing them is jiff's (RFC 3339 times with offsets
//! and fractions, ISO 8601 and friendly durations), in UTC and without any
//! time-zone database, so that output is byte-identical everywhere.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A point in simulated time: seconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct SimTime(pub u64);

/// A length of simulated time in whole seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct SimDuration(pub u64);

pub(crate) const SECONDS_PER_MINUTE: u64 = 60;
pub(crate) const SECONDS_PER_HOUR: u64 = 3_600;
pub(crate) const SECONDS_PER_DAY: u64 = 86_400;

impl SimDuration {
    #[must_use]
    pub const fn seconds(seconds: u64) -> Self {
        Self(seconds)
    }
    #[must_use]
    pub const fn minutes(minutes: u64) -> Self {
        Self(minutes * SECONDS_PER_MINUTE)
    }
    #[must_use]
    pub const fn hours(hours: u64) -> Self {
        Self(hours * SECONDS_PER_HOUR)
    }
    #[must_use]
    pub const fn days(days: u64) -> Self {
        Self(days * SECONDS_PER_DAY)
    }
    #[must_use]
    pub const fn as_seconds(self) -> u64 {
        self.0
    }

    /// Parses a length of time: the short forms people write (`30s`,
    /// `15m`, `1h 30m`, `1h30m`, `2d`), friendlier ones (`90min`, `1 hour`,
    /// `2 days 4 hours`) and ISO 8601 durations (`PT1H30M`, `P1D`), each
    /// unit at most once, largest first. Whole seconds only, not negative,
    /// at most 400 days; months and years are refused (their length depends
    /// on the calendar). Parsing is jiff's `Span` grammar.
    #[must_use]
    pub(crate) fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.is_empty() || text.len() > 60 {
            return None;
        }
        let span: jiff::Span = text.parse().ok()?;
        if span.is_negative()
            || span.get_years() != 0
            || span.get_months() != 0
            || span.get_milliseconds() != 0
            || span.get_microseconds() != 0
            || span.get_nanoseconds() != 0
        {
            return None;
        }
        let seconds = i64::from(span.get_weeks())
            .checked_mul(7 * 86_400)?
            .checked_add(i64::from(span.get_days()).checked_mul(86_400)?)?
            .checked_add(i64::from(span.get_hours()).checked_mul(3_600)?)?
            .checked_add(span.get_minutes().checked_mul(60)?)?
            .checked_add(span.get_seconds())?;
        let seconds = u64::try_from(seconds).ok()?;
        (seconds <= 400 * SECONDS_PER_DAY).then_some(Self(seconds))
    }
}

impl SimTime {
    /// Builds a time from a UTC calendar date and time of day.
    /// Returns `None` for dates before 1970 or fields out of range.
    #[must_use]
    pub fn from_utc(year: i64, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> Option<Self> {
        let date = jiff::civil::Date::new(i16::try_from(year).ok()?, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
        let time = jiff::civil::Time::new(i8::try_from(hour).ok()?, i8::try_from(minute).ok()?, i8::try_from(second).ok()?, 0).ok()?;
        let timestamp = jiff::tz::Offset::UTC.to_timestamp(date.to_datetime(time)).ok()?;
        Self::from_timestamp(timestamp)
    }

    /// A whole second of simulated time: sub-second parts are dropped.
    fn from_timestamp(timestamp: jiff::Timestamp) -> Option<Self> {
        (year_in_range(timestamp)).then_some(())?;
        u64::try_from(timestamp.as_second()).ok().map(SimTime)
    }

    fn timestamp(self) -> jiff::Timestamp {
        i64::try_from(self.0).ok().and_then(|second| jiff::Timestamp::from_second(second).ok()).unwrap_or(jiff::Timestamp::MAX)
    }

    /// Parses an RFC 3339 time: `2026-03-10T09:14:05Z`, with an offset
    /// (`2026-03-10T10:14:05+01:00`) or fractional seconds
    /// (`2026-03-10T09:14:05.250Z`, kept to the whole second). Without an
    /// offset, or with only a date (`2026-03-10`, midnight), the time is
    /// UTC. Parsing is jiff's; a malformed time such as
    /// `2026-03-10T9:0:0Z` is refused ([`rfc3339_error_at`] says where,
    /// for a diagnostic).
    #[must_use]
    pub fn parse_rfc3339(text: &str) -> Option<Self> {
        let text = text.trim();
        if text.len() > 64 {
            return None;
        }
        if let Ok(timestamp) = text.parse::<jiff::Timestamp>() {
            return Self::from_timestamp(timestamp);
        }
        let civil: jiff::civil::DateTime = text.parse().ok()?;
        Self::from_timestamp(jiff::tz::Offset::UTC.to_timestamp(civil).ok()?)
    }

    /// This time moved back by `duration`, stopping at the epoch.
    #[must_use]
    pub(crate) const fn minus(self, duration: SimDuration) -> Self {
        Self(self.0.saturating_sub(duration.0))
    }

    #[must_use]
    pub const fn plus(self, duration: SimDuration) -> Self {
        Self(self.0.saturating_add(duration.0))
    }

    /// Time since `earlier`, or zero when `earlier` is later.
    #[must_use]
    pub const fn since(self, earlier: SimTime) -> SimDuration {
        SimDuration(self.0.saturating_sub(earlier.0))
    }

    /// The UTC day number (days since the epoch), used for daily limits.
    #[must_use]
    pub(crate) const fn day_number(self) -> u64 {
        self.0 / SECONDS_PER_DAY
    }

    /// The UTC hour number (hours since the epoch), used for hourly limits.
    #[must_use]
    pub(crate) const fn hour_number(self) -> u64 {
        self.0 / SECONDS_PER_HOUR
    }

    /// The next UTC midnight strictly after this time.
    #[must_use]
    pub const fn next_midnight(self) -> Self {
        Self(self.day_number().saturating_add(1).saturating_mul(SECONDS_PER_DAY))
    }

    /// `HH:MM`, the form the prompt and timelines use.
    #[must_use]
    pub fn clock_text(self) -> String {
        let seconds_of_day = self.0 % SECONDS_PER_DAY;
        format!("{:02}:{:02}", seconds_of_day / 3_600, seconds_of_day % 3_600 / 60)
    }

    /// The day of the week, `Mon` to `Sun` (1970-01-01 was a Thursday).
    #[must_use]
    pub(crate) const fn weekday_text(self) -> &'static str {
        const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
        DAYS[(self.day_number() % 7) as usize]
    }

    /// `HH:MM:SS`.
    #[must_use]
    pub(crate) fn clock_text_seconds(self) -> String {
        let seconds_of_day = self.0 % SECONDS_PER_DAY;
        format!("{:02}:{:02}:{:02}", seconds_of_day / 3_600, seconds_of_day % 3_600 / 60, seconds_of_day % 60)
    }
}

impl fmt::Display for SimTime {
    /// RFC 3339 in UTC: `2026-03-10T09:00:00Z`.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Whole seconds, so jiff writes no fraction.
        write!(formatter, "{}", self.timestamp())
    }
}

impl SimDuration {
    /// The machine-readable compact form, the same in every language (session
    /// files, JSON, what `wait` reads back): `45s`, `15m`, `1h 30m`, `2d 3h`.
    /// People read [`crate::i18n::duration`], in their language's units.
    #[must_use]
    pub fn compact(self) -> String {
        self.parts().iter().map(|(value, unit)| format!("{value}{unit}")).collect::<Vec<_>>().join(" ")
    }

    /// The non-zero days, hours, minutes and seconds, largest first, with
    /// their unit letters (`d`, `h`, `m`, `s`); zero is `0s`.
    #[must_use]
    pub fn parts(self) -> Vec<(u64, char)> {
        let total = self.0;
        if total == 0 {
            return vec![(0, 's')];
        }
        let days = total / SECONDS_PER_DAY;
        let hours = total % SECONDS_PER_DAY / SECONDS_PER_HOUR;
        let minutes = total % SECONDS_PER_HOUR / SECONDS_PER_MINUTE;
        let seconds = total % SECONDS_PER_MINUTE;
        [(days, 'd'), (hours, 'h'), (minutes, 'm'), (seconds, 's')].into_iter().filter(|(value, _)| *value > 0).collect()
    }
}

/// Simulated times stay within the years 1970 to 9999, which RFC 3339
/// can write.
fn year_in_range(timestamp: jiff::Timestamp) -> bool {
    let year = jiff::tz::Offset::UTC.to_datetime(timestamp).year();
    (1970..=9999).contains(&year)
}

/// Where a time that is not RFC 3339 first goes wrong, as a byte offset
/// into `text`, for a diagnostic's caret; `None` when the form is right
/// (the values may still be out of range, as on `2026-02-30`). Each field
/// must have its full count of digits: `2026-03-10T9:0:0Z` is wrong at the
/// `9`.
#[must_use]
pub(crate) fn rfc3339_error_at(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = 0;
    let digits = |at: usize, count: usize| -> Result<usize, usize> {
        let found = bytes[at.min(bytes.len())..].iter().take(count).take_while(|byte| byte.is_ascii_digit()).count();
        if found == count { Ok(at + count) } else { Err(at) }
    };
    let expect = |at: usize, allowed: &[u8]| -> Result<usize, usize> {
        if bytes.get(at).is_some_and(|byte| allowed.contains(byte)) { Ok(at + 1) } else { Err(at) }
    };
    let mut check = || -> Result<(), usize> {
        at = digits(at, 4)?;
        at = expect(at, b"-")?;
        at = digits(at, 2)?;
        at = expect(at, b"-")?;
        at = digits(at, 2)?;
        if at == bytes.len() {
            return Ok(());
        }
        at = expect(at, b"Tt ")?;
        at = digits(at, 2)?;
        at = expect(at, b":")?;
        at = digits(at, 2)?;
        if at == bytes.len() {
            return Ok(());
        }
        at = expect(at, b":")?;
        at = digits(at, 2)?;
        if bytes.get(at) == Some(&b'.') {
            let fraction = bytes[at + 1..].iter().take_while(|byte| byte.is_ascii_digit()).count();
            if fraction == 0 || fraction > 9 {
                return Err(at + 1);
            }
            at += 1 + fraction;
        }
        match bytes.get(at) {
            None => Ok(()),
            Some(b'Z' | b'z') if at + 1 == bytes.len() => Ok(()),
            Some(b'+' | b'-') => {
                at = digits(at + 1, 2)?;
                at = expect(at, b":")?;
                at = digits(at, 2)?;
                if at == bytes.len() { Ok(()) } else { Err(at) }
            }
            Some(b'Z' | b'z') => Err(at + 1),
            Some(_) => Err(at),
        }
    };
    check().err()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_durations() {
        assert_eq!(SimDuration::parse("30s"), Some(SimDuration::seconds(30)));
        assert_eq!(SimDuration::parse("1h 30m"), Some(SimDuration::minutes(90)));
        assert_eq!(SimDuration::parse("1h30m"), Some(SimDuration::minutes(90)));
        assert_eq!(SimDuration::parse("200d"), Some(SimDuration::days(200)));
        for bad in ["", "m", "15", "30m 1h", "1h 1h", "-5m", "5x", "99999999999999999999d", "401d", "1mo", "P1Y", "1.5s", "PT0.5S"] {
            assert_eq!(SimDuration::parse(bad), None, "{bad}");
        }
        // ISO 8601 and friendly forms.
        assert_eq!(SimDuration::parse("PT1H30M"), Some(SimDuration::minutes(90)));
        assert_eq!(SimDuration::parse("P1D"), Some(SimDuration::days(1)));
        assert_eq!(SimDuration::parse("90min"), Some(SimDuration::minutes(90)));
        assert_eq!(SimDuration::parse("1 hour"), Some(SimDuration::hours(1)));
        assert_eq!(SimDuration::parse("2 days 4 hours"), Some(SimDuration::hours(52)));
        assert_eq!(SimDuration::parse("1w"), Some(SimDuration::days(7)));
    }

    #[test]
    fn renders_and_parses_rfc3339() {
        let time = SimTime::from_utc(2026, 3, 10, 9, 14, 5).unwrap();
        assert_eq!(time.to_string(), "2026-03-10T09:14:05Z");
        assert_eq!(SimTime::parse_rfc3339("2026-03-10T09:14:05Z"), Some(time));
        assert_eq!(time.clock_text(), "09:14");
        assert_eq!(SimTime::parse_rfc3339("2024-02-29T00:00"), SimTime::from_utc(2024, 2, 29, 0, 0, 0));
        assert_eq!(SimTime::parse_rfc3339("2025-02-29T00:00"), None);
        assert_eq!(SimTime::parse_rfc3339("2026-03-10T10:14:05+01:00"), Some(time));
        assert_eq!(SimTime::parse_rfc3339("2026-03-10T09:14:05.750Z"), Some(time), "kept to the whole second");
        assert_eq!(SimTime::parse_rfc3339("2026-03-10T09:14:05"), Some(time), "no offset is UTC");
        assert_eq!(SimTime::parse_rfc3339("2026-03-10"), SimTime::from_utc(2026, 3, 10, 0, 0, 0));
        for bad in ["2026-03-10T9:0:0Z", "2026-3-10T09:00:00Z", "yesterday", "1969-12-31T23:59:59Z", ""] {
            assert_eq!(SimTime::parse_rfc3339(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_malformed_time_is_pointed_at_where_it_goes_wrong() {
        assert_eq!(rfc3339_error_at("2026-03-10T9:0:0Z"), Some(11), "at the one-digit hour");
        assert_eq!(rfc3339_error_at("2026-3-10"), Some(5));
        assert_eq!(rfc3339_error_at("2026-03-10T09:00:00X"), Some(19));
        assert_eq!(rfc3339_error_at("2026-03-10T09:00:00+1:00"), Some(20));
        assert_eq!(rfc3339_error_at("2026-03-10T09:00:00."), Some(20));
        for good in ["2026-03-10T09:00:00Z", "2026-03-10T09:00:00.5+01:00", "2026-03-10", "2026-03-10T09:00", "2026-02-30T09:00:00Z"] {
            assert_eq!(rfc3339_error_at(good), None, "{good}");
        }
    }

    #[test]
    fn next_midnight_is_strictly_later() {
        let time = SimTime::from_utc(2026, 12, 31, 23, 59, 59).unwrap();
        assert_eq!(time.next_midnight().to_string(), "2027-01-01T00:00:00Z");
        let midnight = SimTime::from_utc(2027, 1, 1, 0, 0, 0).unwrap();
        assert_eq!(midnight.next_midnight().to_string(), "2027-01-02T00:00:00Z");
    }

    #[test]
    fn durations_render_compactly() {
        assert_eq!(SimDuration::seconds(5_400).compact(), "1h 30m");
        assert_eq!(SimDuration::seconds(45).compact(), "45s");
        assert_eq!(SimDuration::days(2).plus_hours_for_test(3).compact(), "2d 3h");
    }

    impl SimDuration {
        fn plus_hours_for_test(self, hours: u64) -> Self {
            Self(self.0 + hours * SECONDS_PER_HOUR)
        }
    }
}
