//! Which mark a figure gets in an interval chart: a dot for an exact number, a bar for a range or
//! "about", an open arrow for "more than", a bar ending in an open mark for "just under". The
//! interval is the one the core compares with (`compare::intervals::Range`), so what the chart
//! shows as overlapping is what the comparison calls compatible. Pure, tested natively.

use crosscheck::compare::intervals::Range;
use crosscheck::report::{Figure, Hedge};

use super::i18n::Text;

/// A figure's mark, in the figure's own values (the chart maps them through a `Scale`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Glyph {
    /// An exact number: a filled dot.
    Dot { at: f64 },
    /// A range ("zwischen 10 und 20"): a bar with closed ends.
    Bar { from: f64, to: f64 },
    /// "about 6,000": a dashed bar over the tolerance, a dot at the number written.
    About { from: f64, to: f64, at: f64 },
    /// "more than" (`open`: the number itself excluded) or "at least": from the number to the edge
    /// of the chart, ending in an arrow.
    Above { from: f64, open: bool },
    /// "less than" (`open`) or "up to": from the edge of the chart to the number.
    Below { to: f64, open: bool },
    /// "just under 50": a bar below the number, ending in an open mark at it.
    JustUnder { from: f64, to: f64 },
}

impl Glyph {
    /// The mark for a figure: its number, hedge and, for a range, its bounds.
    pub fn of(f: &Figure) -> Glyph {
        let bounds = f.low.zip(f.high).filter(|_| f.hedge == Hedge::Approx);
        Glyph::from_parts(f.value, f.hedge, bounds)
    }

    pub fn from_parts(value: f64, hedge: Hedge, bounds: Option<(f64, f64)>) -> Glyph {
        let r = Range::of(value, hedge, bounds);
        if bounds.is_some() {
            return if r.low == r.high {
                Glyph::Dot { at: r.low }
            } else {
                Glyph::Bar {
                    from: r.low,
                    to: r.high,
                }
            };
        }
        match hedge {
            Hedge::Exact => Glyph::Dot { at: value },
            Hedge::Approx => Glyph::About {
                from: r.low,
                to: r.high,
                at: value,
            },
            Hedge::MoreThan | Hedge::AtLeast => Glyph::Above {
                from: value,
                open: r.low_open,
            },
            Hedge::LessThan | Hedge::UpTo => Glyph::Below {
                to: value,
                open: r.high_open,
            },
            Hedge::JustUnder => Glyph::JustUnder {
                from: r.low,
                to: value,
            },
        }
    }

    /// A stable name for the mark (the `data-glyph` attribute and the stylesheet's hook).
    pub fn key(&self) -> &'static str {
        match self {
            Glyph::Dot { .. } => "dot",
            Glyph::Bar { .. } => "bar",
            Glyph::About { .. } => "about",
            Glyph::Above { open: true, .. } => "open-arrow",
            Glyph::Above { open: false, .. } => "arrow",
            Glyph::Below { open: true, .. } => "open-arrow-down",
            Glyph::Below { open: false, .. } => "arrow-down",
            Glyph::JustUnder { .. } => "just-under",
        }
    }

    /// The finite values the mark needs on the axis.
    pub fn extent(&self) -> (f64, f64) {
        match *self {
            Glyph::Dot { at } => (at, at),
            Glyph::Bar { from, to } | Glyph::About { from, to, .. } => (from, to),
            Glyph::JustUnder { from, to } => (from, to),
            Glyph::Above { from, .. } => (from, from),
            Glyph::Below { to, .. } => (to, to),
        }
    }

    /// The interval in words of the page's language, for screen readers and tooltips: "more
    /// than 10,000, open above".
    pub fn describe(&self, t: &Text) -> String {
        let n = |v: f64| (t.number)(round_for_words(v));
        match *self {
            Glyph::Dot { at } => (t.exactly)(&n(at)),
            Glyph::Bar { from, to } => (t.between)(&n(from), &n(to)),
            Glyph::About { from, to, at } => (t.about_read_as)(&n(at), &n(from), &n(to)),
            Glyph::Above { from, open: true } => (t.more_than_open)(&n(from)),
            Glyph::Above { from, open: false } => (t.or_more_open)(&n(from)),
            Glyph::Below { to, open: true } => (t.less_than)(&n(to)),
            Glyph::Below { to, open: false } => (t.or_less)(&n(to)),
            Glyph::JustUnder { from, to } => (t.just_under_read_as)(&n(to), &n(from)),
        }
    }
}

/// Bounds computed as a share of the value ("about 6,000" → 5,400) can carry float dust.
fn round_for_words(v: f64) -> f64 {
    if v.abs() >= 10.0 {
        (v * 100.0).round() / 100.0
    } else {
        v
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::super::i18n::{DE, EN};
    use super::*;

    #[test]
    fn an_exact_number_is_a_dot() {
        assert_eq!(
            Glyph::from_parts(12_000.0, Hedge::Exact, None),
            Glyph::Dot { at: 12_000.0 }
        );
        assert_eq!(Glyph::from_parts(12_000.0, Hedge::Exact, None).key(), "dot");
    }

    #[test]
    fn more_than_is_an_open_arrow_and_at_least_a_closed_one() {
        let more = Glyph::from_parts(10_000.0, Hedge::MoreThan, None);
        assert_eq!(
            more,
            Glyph::Above {
                from: 10_000.0,
                open: true
            }
        );
        assert_eq!(more.key(), "open-arrow");
        assert_eq!(Glyph::from_parts(10.0, Hedge::AtLeast, None).key(), "arrow");
        assert!(more.describe(&EN).starts_with("more than 10,000"));
        assert!(more.describe(&DE).starts_with("mehr als 10.000"));
    }

    #[test]
    fn just_under_is_a_bar_ending_open_at_the_number() {
        let g = Glyph::from_parts(50.0, Hedge::JustUnder, None);
        match g {
            Glyph::JustUnder { from, to } => {
                assert_eq!(to, 50.0);
                assert!((40.0..50.0).contains(&from));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(g.key(), "just-under");
    }

    #[test]
    fn a_range_is_a_bar_and_about_a_soft_bar_around_the_number() {
        assert_eq!(
            Glyph::from_parts(15.0, Hedge::Approx, Some((10.0, 20.0))),
            Glyph::Bar {
                from: 10.0,
                to: 20.0
            }
        );
        match Glyph::from_parts(6_000.0, Hedge::Approx, None) {
            Glyph::About { from, to, at } => {
                assert_eq!(at, 6_000.0);
                assert!(from < 6_000.0 && to > 6_000.0);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn less_than_and_up_to_point_down() {
        assert_eq!(
            Glyph::from_parts(5.0, Hedge::LessThan, None).key(),
            "open-arrow-down"
        );
        assert_eq!(
            Glyph::from_parts(5.0, Hedge::UpTo, None).key(),
            "arrow-down"
        );
        assert_eq!(
            Glyph::from_parts(5.0, Hedge::UpTo, None).extent(),
            (5.0, 5.0)
        );
    }

    #[test]
    fn descriptions_carry_no_float_dust() {
        let about = Glyph::from_parts(6_000.0, Hedge::Approx, None).describe(&EN);
        assert!(
            about.contains("5,400") && about.contains("6,600"),
            "{about}"
        );
    }
}
