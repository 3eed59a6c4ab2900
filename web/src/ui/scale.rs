//! A linear scale from values to drawing positions, with round tick values: the axis of the
//! interval charts. Pure (no browser types), so its tests run natively (tests/ui_layout.rs).

use super::i18n::Text;

/// Maps the values `lo..=hi` onto the positions `left..=right`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    pub lo: f64,
    pub hi: f64,
    pub left: f64,
    pub right: f64,
}

impl Scale {
    /// A scale that holds every finite value given, with a little room on both sides (and more
    /// above, where "more than" arrows run out). Counts and sums start at zero when none is
    /// negative, so that bar lengths compare honestly; `from_zero: false` fits the values alone.
    pub fn fit(
        values: impl IntoIterator<Item = f64>,
        from_zero: bool,
        left: f64,
        right: f64,
    ) -> Scale {
        let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
        for v in values.into_iter().filter(|v| v.is_finite()) {
            lo = lo.min(v);
            hi = hi.max(v);
        }
        if lo > hi {
            return Scale {
                lo: 0.0,
                hi: 1.0,
                left,
                right,
            };
        }
        let zero = from_zero && lo >= 0.0;
        if zero {
            lo = 0.0;
        }
        let span = match hi - lo {
            s if s > 0.0 => s,
            _ => (hi.abs() * 0.2).max(1.0),
        };
        if !zero {
            lo -= span * 0.08;
        }
        hi += span * 0.15;
        Scale {
            lo,
            hi,
            left,
            right,
        }
    }

    /// The position of `v`, held inside the scale (an open end is drawn to the edge, not beyond).
    pub fn x(&self, v: f64) -> f64 {
        if !v.is_finite() {
            return if v > 0.0 { self.right } else { self.left };
        }
        let share = ((v - self.lo) / (self.hi - self.lo)).clamp(0.0, 1.0);
        self.left + share * (self.right - self.left)
    }

    /// Round values inside the scale, at most `most` of them (at least two are asked for): steps
    /// of 1, 2 or 5 times a power of ten.
    pub fn ticks(&self, most: usize) -> Vec<f64> {
        let span = self.hi - self.lo;
        if span.is_nan() || span <= 0.0 || !span.is_finite() {
            return vec![self.lo];
        }
        let step = nice_step(span / most.max(2) as f64);
        let first = (self.lo / step).ceil() * step;
        let mut out = Vec::new();
        let mut k = 0.0;
        loop {
            let t = first + k * step;
            if t > self.hi + step * 1e-9 || out.len() > most {
                break;
            }
            // -0 and float dust ("0.30000000000000004") read badly on an axis.
            let t = (t / step).round() * step;
            out.push(if t == 0.0 { 0.0 } else { t });
            k += 1.0;
        }
        out
    }
}

/// The smallest of 1, 2, 5 × 10^k that is at least `raw`.
pub fn nice_step(raw: f64) -> f64 {
    if raw.is_nan() || raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|&s| s >= raw * (1.0 - 1e-12))
        .unwrap_or(10.0 * power)
}

/// One decimal at most, with the language's decimal mark: "1.5", "2" ("1,5" in German).
fn one_decimal(t: &Text, x: f64) -> String {
    let s = format!("{:.1}", x);
    let s = s.strip_suffix(".0").unwrap_or(&s);
    s.replace('.', t.decimal_mark.encode_utf8(&mut [0; 4]))
}

/// The divisor and suffix for thousands, millions or billions, if `top` calls for one.
fn magnitude(t: &Text, top: f64) -> Option<(f64, &'static str)> {
    let [k, m, bn] = t.short_units;
    if top >= 1e9 {
        Some((1e9, bn))
    } else if top >= 1e6 {
        Some((1e6, m))
    } else if top >= 1e4 {
        Some((1e3, k))
    } else {
        None
    }
}

/// A tick label that fits under a small chart: "12k", "1.2M", "3bn" ("12 Tsd.", "1,2 Mio." in
/// German); small numbers as they are.
pub fn short_number(t: &Text, v: f64) -> String {
    match magnitude(t, v.abs()) {
        Some((divisor, suffix)) => format!("{}{suffix}", one_decimal(t, v / divisor)),
        None if v.fract() == 0.0 => (t.number)(v),
        None => one_decimal(t, v),
    }
}

/// Labels for the ticks of one axis, all in the same style: the largest tick decides whether the
/// axis counts in thousands, millions or billions ("0, 5k, 10k", not "0, 5,000, 10k").
pub fn tick_labels(t: &Text, ticks: &[f64]) -> Vec<String> {
    let top = ticks.iter().fold(0.0f64, |m, v| m.max(v.abs()));
    let Some((divisor, suffix)) = magnitude(t, top) else {
        return ticks.iter().map(|&v| short_number(t, v)).collect();
    };
    ticks
        .iter()
        .map(|&v| {
            if v == 0.0 {
                return "0".to_string();
            }
            format!("{}{suffix}", one_decimal(t, v / divisor))
        })
        .collect()
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::i18n::{DE, EN};
    use super::*;

    #[test]
    fn counts_start_at_zero_and_leave_room_above() {
        let s = Scale::fit([10_000.0, 12_000.0, 3_000.0], true, 0.0, 100.0);
        assert_eq!(s.lo, 0.0);
        assert!(s.hi > 12_000.0);
        assert_eq!(s.x(0.0), 0.0);
        assert!(s.x(12_000.0) < 100.0);
    }

    #[test]
    fn positions_grow_with_the_value_and_stay_inside() {
        let s = Scale::fit([45.0, 50.0], true, 10.0, 110.0);
        assert!(s.x(45.0) < s.x(50.0));
        assert_eq!(s.x(f64::INFINITY), 110.0);
        assert_eq!(s.x(-5.0), 10.0);
        assert_eq!(s.x(1e12), 110.0);
    }

    #[test]
    fn one_value_alone_still_gets_a_scale() {
        let s = Scale::fit([7.0], false, 0.0, 50.0);
        assert!(s.lo < 7.0 && 7.0 < s.hi);
        let none = Scale::fit(std::iter::empty(), true, 0.0, 50.0);
        assert_eq!((none.lo, none.hi), (0.0, 1.0));
    }

    #[test]
    fn negative_values_are_not_forced_to_zero() {
        let s = Scale::fit([-3.0, 2.0], true, 0.0, 1.0);
        assert!(s.lo < -3.0);
    }

    #[test]
    fn ticks_are_round_and_inside() {
        let s = Scale::fit([10_000.0, 12_000.0, 3_000.0], true, 0.0, 100.0);
        let t = s.ticks(4);
        assert_eq!(t.first(), Some(&0.0));
        assert!(t.iter().all(|&v| v >= s.lo && v <= s.hi));
        assert!(t.iter().all(|&v| v % 5_000.0 == 0.0), "{t:?}");
        assert!(t.len() <= 5);
    }

    #[test]
    fn nice_steps_are_one_two_or_five() {
        assert_eq!(nice_step(0.7), 1.0);
        assert_eq!(nice_step(1.5), 2.0);
        assert_eq!(nice_step(3.0), 5.0);
        assert_eq!(nice_step(3_200.0), 5_000.0);
        assert_eq!(nice_step(0.03), 0.05);
        assert_eq!(nice_step(0.0), 1.0);
    }

    #[test]
    fn tick_labels_are_short() {
        assert_eq!(short_number(&EN, 0.0), "0");
        assert_eq!(short_number(&EN, 5_000.0), "5,000");
        assert_eq!(short_number(&EN, 15_000.0), "15k");
        assert_eq!(short_number(&EN, 1_200_000_000.0), "1.2bn");
        assert_eq!(short_number(&EN, 2_500_000.0), "2.5M");
        assert_eq!(short_number(&EN, 0.5), "0.5");
        assert_eq!(short_number(&DE, 5_000.0), "5.000");
        assert_eq!(short_number(&DE, 2_500_000.0), "2,5\u{a0}Mio.");
        assert_eq!(short_number(&DE, 0.5), "0,5");
    }

    #[test]
    fn one_axis_counts_in_one_style() {
        assert_eq!(
            tick_labels(&EN, &[0.0, 5_000.0, 10_000.0]),
            ["0", "5k", "10k"]
        );
        assert_eq!(tick_labels(&EN, &[0.0, 20.0, 40.0]), ["0", "20", "40"]);
        assert_eq!(
            tick_labels(&EN, &[0.0, 500_000.0, 1_000_000.0]),
            ["0", "0.5M", "1M"]
        );
        assert_eq!(
            tick_labels(&DE, &[0.0, 500_000.0, 1_000_000.0]),
            ["0", "0,5\u{a0}Mio.", "1\u{a0}Mio."]
        );
    }
}
