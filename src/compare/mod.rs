//! The fourth stage: comparison across articles. Each kind of finding has its own file; this
//! module runs them and orders the findings by severity.

mod attribution;
mod denials;
pub mod explain;
pub mod figures;
pub mod intervals;

use crate::claims::{DenialClaim, FigureClaim};
use crate::report::Finding;

/// All findings, the most serious first.
pub fn compare(
    figures: &[FigureClaim],
    denials: &[DenialClaim],
    labels: &[String],
) -> Vec<Finding> {
    let mut out = figures::compare(figures, labels);
    out.extend(denials::compare(denials, figures, labels));
    out.extend(attribution::compare(figures, labels));
    out.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then_with(|| a.a.doc.cmp(&b.a.doc))
            .then(a.a.start.cmp(&b.a.start))
    });
    out
}
