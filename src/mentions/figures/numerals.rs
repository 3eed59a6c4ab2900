//! Digits as written in German and English news: grouping ("10.000", "10,000", "10 000"),
//! decimals ("1,5", "1.5"), and the language decides what a lone separator means.

use crate::report::Language;

/// The value of a digit string, or `None` when it is not a plain number (a date, a clock time).
///
/// German groups with `.` and marks decimals with `,`; English the other way round. A separator
/// followed by exactly three digits, repeated, is grouping in either language when it is the
/// language's grouping mark; the other mark is a decimal point.
pub fn parse_digits(s: &str, lang: Language) -> Option<f64> {
    if s.is_empty() || s.contains(':') || s.contains('/') {
        return None;
    }
    let (group, decimal) = match lang {
        Language::De => ('.', ','),
        Language::En => (',', '.'),
    };
    let groups: Vec<&str> = s.split([group, decimal]).collect();
    if groups
        .iter()
        .any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let n_group = s.matches(group).count();
    let n_decimal = s.matches(decimal).count();
    let (int_part, frac_part) = match (n_group, n_decimal) {
        (0, 0) => (s.to_string(), None),
        (0, 1) => {
            let (i, f) = s.split_once(decimal)?;
            (i.to_string(), Some(f))
        }
        (_, 0) if is_grouped(s, group) => (s.replace(group, ""), None),
        // A lone foreign mark ("1.5" in German text): read it as a decimal, as writers mean.
        (1, 0) => {
            let (i, f) = s.split_once(group)?;
            (i.to_string(), Some(f))
        }
        (_, 1) => {
            let (i, f) = s.split_once(decimal)?;
            if !is_grouped(i, group) {
                return None;
            }
            (i.replace(group, ""), Some(f))
        }
        _ => return None,
    };
    let text = match frac_part {
        Some(f) => format!("{int_part}.{f}"),
        None => int_part,
    };
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// "1.200.000": a first group of one to three digits, then groups of exactly three; or the
/// Indian grouping with a comma, "12,34,567" (lakh and crore), groups of two before the last three.
fn is_grouped(s: &str, group: char) -> bool {
    let parts: Vec<&str> = s.split(group).collect();
    let first_ok = parts.first().is_some_and(|p| (1..=3).contains(&p.len()));
    let western = first_ok && parts[1..].iter().all(|p| p.len() == 3);
    let indian = group == ','
        && parts.len() >= 3
        && parts.first().is_some_and(|p| (1..=2).contains(&p.len()))
        && parts.last().is_some_and(|p| p.len() == 3)
        && parts[1..parts.len() - 1].iter().all(|p| p.len() == 2);
    western || indian
}

/// Does the digit string look like a calendar date ("14.03.2025", "15/11/2024")?
pub fn looks_like_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['.', '/']).collect();
    parts.len() == 3
        && parts[0].len() <= 2
        && parts[1].len() <= 2
        && (parts[2].len() == 4 || parts[2].len() == 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_grouping_and_decimals() {
        assert_eq!(parse_digits("10.000", Language::De), Some(10_000.0));
        assert_eq!(parse_digits("1.200.000", Language::De), Some(1_200_000.0));
        assert_eq!(parse_digits("1,5", Language::De), Some(1.5));
        assert_eq!(parse_digits("1.234,56", Language::De), Some(1234.56));
    }

    #[test]
    fn english_grouping_and_decimals() {
        assert_eq!(parse_digits("10,000", Language::En), Some(10_000.0));
        assert_eq!(parse_digits("1.5", Language::En), Some(1.5));
        assert_eq!(parse_digits("1,234.56", Language::En), Some(1234.56));
    }

    #[test]
    fn a_lone_foreign_mark_is_a_decimal() {
        assert_eq!(parse_digits("2.5", Language::De), Some(2.5));
    }

    #[test]
    fn clock_times_and_dates_are_not_numbers() {
        assert_eq!(parse_digits("14:30", Language::De), None);
        assert_eq!(parse_digits("14.03.2025", Language::De), None);
        assert!(looks_like_date("14.03.2025"));
        assert!(!looks_like_date("10.000"));
    }

    #[test]
    fn four_hundred_digits_do_not_panic() {
        let long = "9".repeat(400);
        assert!(
            parse_digits(&long, Language::De).is_some_and(f64::is_infinite)
                || parse_digits(&long, Language::De).is_none()
        );
    }
}
