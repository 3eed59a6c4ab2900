//! A calendar date at year, month or day precision, and the arithmetic relative dates need.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Date {
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(
            Date {
                year,
                month: Some(month),
                day: Some(day),
            },
        )
    }

    pub fn ym(year: i32, month: u32) -> Option<Date> {
        (1..=12).contains(&month).then_some(Date {
            year,
            month: Some(month),
            day: None,
        })
    }

    pub fn y(year: i32) -> Date {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.trim().split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next().map(str::parse).transpose().ok()?;
        let day = parts.next().map(str::parse).transpose().ok()?;
        match (month, day) {
            (None, _) => Some(Date::y(year)),
            (Some(m), None) => Date::ym(year, m),
            (Some(m), Some(d)) => Date::ymd(year, m, d),
        }
    }

    /// Days since 1970-01-01 of the first day this date covers.
    pub fn days(&self) -> i64 {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    pub fn from_days(days: i64) -> Date {
        let (y, m, d) = civil_from_days(days);
        Date {
            year: y,
            month: Some(m),
            day: Some(d),
        }
    }

    /// ISO weekday, Monday = 1, for a day-precise date.
    pub fn weekday(&self) -> Option<u32> {
        self.day?;
        Some(((self.days() + 3).rem_euclid(7) + 1) as u32)
    }

    pub fn add_days(&self, n: i64) -> Option<Date> {
        self.day.map(|_| Date::from_days(self.days() + n))
    }

    pub fn add_months(&self, n: i32) -> Option<Date> {
        let month = self.month? as i32 - 1 + n;
        Date::ym(
            self.year + month.div_euclid(12),
            (month.rem_euclid(12) + 1) as u32,
        )
    }

    /// The same day, month or year `n` years on (29 February falls back to the 28th).
    pub fn add_years(&self, n: i32) -> Date {
        let year = self.year + n;
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                Date::ymd(year, m, d.min(days_in_month(year, m))).unwrap_or(Date { year, ..*self })
            }
            _ => Date { year, ..*self },
        }
    }

    /// The Monday of this date's ISO week.
    pub fn monday(&self) -> Option<Date> {
        self.add_days(1 - i64::from(self.weekday()?))
    }

    /// The last day of this date's month.
    pub fn month_end(&self) -> Option<Date> {
        let m = self.month?;
        Date::ymd(self.year, m, days_in_month(self.year, m))
    }

    /// Do the two dates name overlapping periods ("2024-11" and "2024-11-15" do)?
    pub fn overlaps(&self, other: &Date) -> bool {
        self.year == other.year
            && (self.month.is_none() || other.month.is_none() || self.month == other.month)
            && (self.day.is_none() || other.day.is_none() || self.day == other.day)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => write!(f, "{:04}-{m:02}", self.year),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

/// The year that puts month `m` (and day `d`) nearest to `reference`: "am 15. November" in an
/// article of 2 December 2024 is 2024-11-15, in one of 10 January 2025 too. Ties go to the past,
/// since news reports more of what happened than of what will.
pub fn nearest_year(m: u32, d: Option<u32>, reference: Date) -> Option<i32> {
    let target = |y: i32| match d {
        Some(d) => Date::ymd(y, m, d),
        None => Date::ym(y, m),
    };
    let Some(rm) = reference.month else {
        // Only the year is known: that year, if the day exists in it.
        return target(reference.year).map(|t| t.year);
    };
    let mid = |date: Date| date.days() + if date.day.is_some() { 0 } else { 14 };
    let r = mid(Date {
        month: Some(rm),
        ..reference
    });
    (reference.year - 4..=reference.year + 4)
        .filter_map(target)
        .min_by_key(|t| ((mid(*t) - r).abs(), t.year > reference.year))
        .map(|t| t.year)
}

/// The `n`th (1-based; -1 for the last) `weekday` (ISO) of a month.
pub fn nth_weekday(year: i32, month: u32, weekday: u32, n: i32) -> Option<Date> {
    if n > 0 {
        let first = Date::ymd(year, month, 1)?;
        let shift = (i64::from(weekday) - i64::from(first.weekday()?)).rem_euclid(7);
        let date = first.add_days(shift + 7 * i64::from(n - 1))?;
        (date.month == Some(month)).then_some(date)
    } else {
        let last = Date::ymd(year, month, days_in_month(year, month))?;
        let shift = (i64::from(last.weekday()?) - i64::from(weekday)).rem_euclid(7);
        let date = last.add_days(-shift - 7 * i64::from(-n - 1))?;
        (date.month == Some(month)).then_some(date)
    }
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
pub fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::ymd(year, month as u32, day as u32)
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days from 1970-01-01 in the proleptic Gregorian calendar (the era-based method).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The year, month and day of a day counted from 1970-01-01 (the inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        for s in ["1970-01-01", "2024-02-29", "2024-11-15", "1999-12-31"] {
            let d = Date::parse(s).unwrap_or_else(|| Date::y(0));
            assert_eq!(Date::from_days(d.days()).to_string(), s);
        }
    }

    #[test]
    fn weekdays() {
        assert_eq!(Date::ymd(2024, 11, 15).and_then(|d| d.weekday()), Some(5));
    }

    #[test]
    fn month_arithmetic_crosses_years() {
        assert_eq!(
            Date::ym(2024, 1).and_then(|d| d.add_months(-1)),
            Date::ym(2023, 12)
        );
    }

    #[test]
    fn invalid_dates_are_refused() {
        assert_eq!(Date::ymd(2023, 2, 29), None);
        assert_eq!(Date::parse("2024-13"), None);
    }

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap_or(Date::y(0))
    }

    #[test]
    fn a_yearless_date_takes_the_nearest_year() {
        assert_eq!(nearest_year(11, Some(15), date("2024-12-02")), Some(2024));
        assert_eq!(nearest_year(12, Some(20), date("2025-01-10")), Some(2024));
        assert_eq!(nearest_year(3, Some(1), date("2013-02-12")), Some(2013));
        assert_eq!(nearest_year(6, None, date("2024-11")), Some(2024));
        assert_eq!(nearest_year(2, Some(29), date("2017-03-22")), Some(2016));
    }

    #[test]
    fn nth_and_last_weekdays_of_a_month() {
        assert_eq!(nth_weekday(2013, 10, 2, 1), Date::ymd(2013, 10, 1));
        assert_eq!(nth_weekday(2014, 9, 2, 3), Date::ymd(2014, 9, 16));
        assert_eq!(nth_weekday(2013, 3, 1, -1), Date::ymd(2013, 3, 25));
    }

    #[test]
    fn easter_sundays() {
        assert_eq!(easter(2013), Date::ymd(2013, 3, 31));
        assert_eq!(easter(2019), Date::ymd(2019, 4, 21));
        assert_eq!(easter(2024), Date::ymd(2024, 3, 31));
    }

    #[test]
    fn overlaps_by_precision() {
        let month = Date::ym(2024, 11).unwrap_or(Date::y(0));
        assert!(month.overlaps(&Date::ymd(2024, 11, 15).unwrap_or(Date::y(0))));
        assert!(!month.overlaps(&Date::ym(2024, 6).unwrap_or(Date::y(0))));
    }
}
