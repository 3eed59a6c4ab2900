//! Interval logic: what range of true values a hedged figure allows, and how two figures relate.
//! "über 10.000" allows 12.000 (compatible); "50" and "knapp 50" touch but do not overlap (a
//! difference of precision); "34" and "41" are far apart (a conflict).

use crate::report::Hedge;

/// How much "etwa" and "knapp" allow, as a share of the value.
const TOLERANCE: f64 = 0.1;
/// Two exact figures this close are a rounding difference, not a conflict.
const NEAR: f64 = 0.05;

/// A range of values with open or closed ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    pub low: f64,
    pub high: f64,
    pub low_open: bool,
    pub high_open: bool,
}

impl Range {
    pub fn of(amount: f64, hedge: Hedge, bounds: Option<(f64, f64)>) -> Range {
        let closed = |low, high| Range {
            low,
            high,
            low_open: false,
            high_open: false,
        };
        if let Some((lo, hi)) = bounds {
            return closed(lo, hi);
        }
        let v = amount;
        match hedge {
            Hedge::Exact => closed(v, v),
            Hedge::MoreThan => Range {
                low: v,
                high: f64::INFINITY,
                low_open: true,
                high_open: false,
            },
            Hedge::AtLeast => closed(v, f64::INFINITY),
            Hedge::Approx => closed(v * (1.0 - TOLERANCE), v * (1.0 + TOLERANCE)),
            Hedge::JustUnder => Range {
                low: v * (1.0 - TOLERANCE),
                high: v,
                low_open: false,
                high_open: true,
            },
            Hedge::LessThan => Range {
                low: 0.0,
                high: v,
                low_open: false,
                high_open: true,
            },
            Hedge::UpTo => closed(0.0, v),
        }
    }

    fn overlaps(&self, o: &Range) -> bool {
        let below = self.high < o.low || (self.high == o.low && (self.high_open || o.low_open));
        let above = o.high < self.low || (o.high == self.low && (o.high_open || self.low_open));
        !below && !above
    }

    /// The gap between two ranges that do not overlap, as a share of the larger value.
    fn gap(&self, o: &Range) -> f64 {
        let gap = if self.high <= o.low {
            o.low - self.high
        } else {
            self.low - o.high
        };
        let scale = self
            .low
            .abs()
            .max(o.low.abs())
            .max(self.high.min(o.high).abs())
            .max(f64::MIN_POSITIVE);
        gap.max(0.0) / scale
    }
}

/// How two figures of the same thing relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The same statement: equal value, equivalent hedge.
    Same,
    /// Different statements that can both be true ("über 10.000" and "12.000").
    Compatible,
    /// They only just miss each other: a difference of precision or rounding ("50" and "knapp 50").
    Divergent,
    /// They cannot both be true ("34" and "41").
    Conflict,
}

/// Hedges that claim the same interval for the same value.
fn same_hedge(a: Hedge, b: Hedge) -> bool {
    use Hedge::*;
    a == b
        || matches!(
            (a, b),
            (MoreThan, AtLeast) | (AtLeast, MoreThan) | (UpTo, LessThan) | (LessThan, UpTo)
        )
}

pub fn relate(
    a: (f64, Hedge, Option<(f64, f64)>),
    b: (f64, Hedge, Option<(f64, f64)>),
) -> Relation {
    let equal = |x: f64, y: f64| (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0);
    let same_bounds = match (a.2, b.2) {
        (None, None) => true,
        (Some(x), Some(y)) => equal(x.0, y.0) && equal(x.1, y.1),
        _ => false,
    };
    if equal(a.0, b.0) && same_hedge(a.1, b.1) && same_bounds {
        return Relation::Same;
    }
    let (ra, rb) = (Range::of(a.0, a.1, a.2), Range::of(b.0, b.1, b.2));
    if ra.overlaps(&rb) {
        Relation::Compatible
    } else if ra.gap(&rb) <= NEAR {
        Relation::Divergent
    } else {
        Relation::Conflict
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Hedge::*;

    #[test]
    fn more_than_allows_a_larger_exact_figure() {
        assert_eq!(
            relate((10_000.0, MoreThan, None), (12_000.0, Exact, None)),
            Relation::Compatible
        );
    }

    #[test]
    fn ueber_and_mehr_als_are_the_same_statement() {
        assert_eq!(
            relate((10_000.0, MoreThan, None), (10_000.0, MoreThan, None)),
            Relation::Same
        );
        assert_eq!(
            relate((10_000.0, MoreThan, None), (10_000.0, AtLeast, None)),
            Relation::Same
        );
    }

    #[test]
    fn exact_and_just_under_the_same_number_diverge() {
        assert_eq!(
            relate((50.0, Exact, None), (50.0, JustUnder, None)),
            Relation::Divergent
        );
        assert_eq!(
            relate((10_000.0, Exact, None), (10_000.0, MoreThan, None)),
            Relation::Divergent
        );
    }

    #[test]
    fn distant_figures_conflict() {
        assert_eq!(
            relate((34.0, Exact, None), (41.0, Exact, None)),
            Relation::Conflict
        );
        assert_eq!(
            relate((10_000.0, MoreThan, None), (3_000.0, Exact, None)),
            Relation::Conflict
        );
    }

    #[test]
    fn rounding_is_a_divergence() {
        assert_eq!(
            relate((10_000.0, Exact, None), (10_200.0, Exact, None)),
            Relation::Divergent
        );
    }

    #[test]
    fn approximate_figures_tolerate_a_tenth() {
        assert_eq!(
            relate((6_000.0, Approx, None), (6_500.0, Exact, None)),
            Relation::Compatible
        );
    }

    #[test]
    fn a_range_contains_its_inner_values() {
        assert_eq!(
            relate((45.0, Approx, Some((40.0, 50.0))), (42.0, Exact, None)),
            Relation::Compatible
        );
    }
}
