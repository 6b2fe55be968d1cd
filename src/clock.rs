//! Simulated time: whole seconds since the Unix epoch, in UTC.
//!
//! The simulation never reads the wall clock. Every timestamp it records is a
//! [`SimTime`]; every length of time is a [`SimDuration`]. Both render without
//! any time-zone database so that output is byte-identical everywhere.

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

pub const SECONDS_PER_MINUTE: u64 = 60;
pub const SECONDS_PER_HOUR: u64 = 3_600;
pub const SECONDS_PER_DAY: u64 = 86_400;

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

    /// Parses the forms people write: `30s`, `15m`, `1h 30m`, `1h30m`,
    /// `2d`. Each unit at most once, largest first; at most 400 days.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        const UNITS: [(char, u64); 4] = [('d', SECONDS_PER_DAY), ('h', SECONDS_PER_HOUR), ('m', SECONDS_PER_MINUTE), ('s', 1)];
        let compact: String = text.chars().filter(|character| !character.is_whitespace()).collect();
        if compact.is_empty() || compact.len() > 40 {
            return None;
        }
        let mut total: u64 = 0;
        let mut next_unit = 0;
        let mut digits = String::new();
        for character in compact.chars() {
            if character.is_ascii_digit() {
                digits.push(character);
                continue;
            }
            let position = UNITS[next_unit..].iter().position(|(unit, _)| *unit == character.to_ascii_lowercase())?;
            let value: u64 = digits.parse().ok()?;
            digits.clear();
            total = total.checked_add(value.checked_mul(UNITS[next_unit + position].1)?)?;
            next_unit += position + 1;
        }
        (digits.is_empty() && total <= 400 * SECONDS_PER_DAY).then_some(Self(total))
    }
}

impl SimTime {
    /// Builds a time from a UTC calendar date and time of day.
    /// Returns `None` for dates before 1970 or fields out of range.
    #[must_use]
    pub fn from_utc(year: i64, month: u32, day: u32, hour: u32, minute: u32, second: u32) -> Option<Self> {
        if !(1970..=9999).contains(&year)
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
            || hour > 23
            || minute > 59
            || second > 59
        {
            return None;
        }
        let days = days_from_civil(year, month, day);
        let seconds = days.checked_mul(86_400)? + i64::from(hour * 3_600 + minute * 60 + second);
        u64::try_from(seconds).ok().map(SimTime)
    }

    /// This time moved back by `duration`, stopping at the epoch.
    #[must_use]
    pub const fn minus(self, duration: SimDuration) -> Self {
        Self(self.0.saturating_sub(duration.0))
    }

    /// Parses `YYYY-MM-DDTHH:MM:SSZ` (the `Z` and seconds are optional).
    #[must_use]
    pub fn parse_rfc3339(text: &str) -> Option<Self> {
        let text = text.trim().trim_end_matches('Z');
        let (date, time) = text.split_once(['T', ' ']).unwrap_or((text, "00:00:00"));
        let mut date_parts = date.splitn(3, '-');
        let year: i64 = date_parts.next()?.parse().ok()?;
        let month: u32 = date_parts.next()?.parse().ok()?;
        let day: u32 = date_parts.next()?.parse().ok()?;
        let mut time_parts = time.splitn(3, ':');
        let hour: u32 = time_parts.next()?.parse().ok()?;
        let minute: u32 = time_parts.next()?.parse().ok()?;
        let second: u32 = match time_parts.next() {
            Some(text) => text.parse().ok()?,
            None => 0,
        };
        Self::from_utc(year, month, day, hour, minute, second)
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
    pub const fn day_number(self) -> u64 {
        self.0 / SECONDS_PER_DAY
    }

    /// The UTC hour number (hours since the epoch), used for hourly limits.
    #[must_use]
    pub const fn hour_number(self) -> u64 {
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
    pub const fn weekday_text(self) -> &'static str {
        const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
        DAYS[(self.day_number() % 7) as usize]
    }

    /// `HH:MM:SS`.
    #[must_use]
    pub fn clock_text_seconds(self) -> String {
        let seconds_of_day = self.0 % SECONDS_PER_DAY;
        format!("{:02}:{:02}:{:02}", seconds_of_day / 3_600, seconds_of_day % 3_600 / 60, seconds_of_day % 60)
    }
}

impl fmt::Display for SimTime {
    /// RFC 3339 in UTC: `2026-03-10T09:00:00Z`.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = i64::try_from(self.0 / SECONDS_PER_DAY).unwrap_or(i64::MAX);
        let (year, month, day) = civil_from_days(days);
        write!(formatter, "{year:04}-{month:02}-{day:02}T{}Z", self.clock_text_seconds())
    }
}

impl fmt::Display for SimDuration {
    /// Compact human form: `45s`, `15m`, `1h 30m`, `2d 3h`.
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total = self.0;
        if total == 0 {
            return formatter.write_str("0s");
        }
        let days = total / SECONDS_PER_DAY;
        let hours = total % SECONDS_PER_DAY / SECONDS_PER_HOUR;
        let minutes = total % SECONDS_PER_HOUR / SECONDS_PER_MINUTE;
        let seconds = total % SECONDS_PER_MINUTE;
        let mut parts = Vec::with_capacity(4);
        for (value, unit) in [(days, "d"), (hours, "h"), (minutes, "m"), (seconds, "s")] {
            if value > 0 {
                parts.push(format!("{value}{unit}"));
            }
        }
        formatter.write_str(&parts.join(" "))
    }
}

fn is_leap_year(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

// Howard Hinnant's civil-date algorithms: exact for the proleptic Gregorian calendar.
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = u32::try_from(day_of_year - (153 * month_index + 2) / 5 + 1).unwrap_or(1);
    let month = u32::try_from(if month_index < 10 { month_index + 3 } else { month_index - 9 }).unwrap_or(1);
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
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
        for bad in ["", "m", "15", "30m 1h", "1h 1h", "-5m", "5x", "99999999999999999999d", "401d"] {
            assert_eq!(SimDuration::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn renders_and_parses_rfc3339() {
        let time = SimTime::from_utc(2026, 3, 10, 9, 14, 5).unwrap();
        assert_eq!(time.to_string(), "2026-03-10T09:14:05Z");
        assert_eq!(SimTime::parse_rfc3339("2026-03-10T09:14:05Z"), Some(time));
        assert_eq!(time.clock_text(), "09:14");
        assert_eq!(SimTime::parse_rfc3339("2024-02-29T00:00"), SimTime::from_utc(2024, 2, 29, 0, 0, 0));
        assert_eq!(SimTime::parse_rfc3339("2025-02-29T00:00"), None);
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
        assert_eq!(SimDuration::seconds(5_400).to_string(), "1h 30m");
        assert_eq!(SimDuration::seconds(45).to_string(), "45s");
        assert_eq!(SimDuration::days(2).plus_hours_for_test(3).to_string(), "2d 3h");
    }

    impl SimDuration {
        fn plus_hours_for_test(self, hours: u64) -> Self {
            Self(self.0 + hours * SECONDS_PER_HOUR)
        }
    }
}
