import Foundation
import KataKit

/// The two 95% intervals for a coin's P(heads) the story compares, and their exact
/// coverage, summed over every count of heads a sample of n flips can have.
enum BernoulliIntervals {
    /// The 97.5% point of N(0, 1).
    static let z = normalQuantile(0.975)

    /// Which interval.
    enum Kind: String, CaseIterable {
        /// p̂ ± z · √(p̂(1 − p̂)/n), from the observed information n/(p̂(1 − p̂)).
        case wald = "Wald"
        /// The score interval: the p whose score test does not reject, (p̂ + z²/2n ± z√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n).
        case wilson = "Wilson"
    }

    /// The interval of `kind` after `heads` heads in `flips` flips; the Wald interval
    /// with `maths`'s `waldInterval`, a point when p̂ is 0 or 1.
    static func interval(_ kind: Kind, heads: Int, flips: Int,
                         maths: any FisherInformationExercises) -> (lower: Double, upper: Double) {
        let (n, estimate) = (Double(flips), Double(heads) / Double(flips))
        switch kind {
        case .wald:
            let information = n / (estimate * (1 - estimate))
            return information.isFinite ? maths.waldInterval(estimate: estimate, observedInformation: information)
                : (estimate, estimate)
        case .wilson:
            let centre = (estimate + z * z / (2 * n)) / (1 + z * z / n)
            let halfWidth = z * (estimate * (1 - estimate) / n + z * z / (4 * n * n)).squareRoot() / (1 + z * z / n)
            return (centre - halfWidth, centre + halfWidth)
        }
    }

    /// The chance that the interval of `kind` from `flips` flips holds `p`: the sum of
    /// the binomial probabilities of the head counts whose interval contains it.
    static func exactCoverage(_ kind: Kind, flips: Int, p: Double, maths: any FisherInformationExercises) -> Double {
        (0...flips).reduce(0) { total, heads in
            let (lower, upper) = interval(kind, heads: heads, flips: flips, maths: maths)
            return lower <= p && p <= upper ? total + binomialProbability(heads, of: flips, p: p) : total
        }
    }

    /// The exact coverage of each interval over p from 0.005 to 0.995, then a row of
    /// points at 95% (points, so that the curves near it still show).
    static func coverageCurves(flips: Int, maths: any FisherInformationExercises) -> [LinePlot.Series] {
        let ps = stride(from: 0.005, through: 0.995, by: 0.005).map { $0 }
        let target = LinePlot.Series(name: "95%", points: ps.filter { Int(($0 * 200).rounded()) % 20 == 10 }.map { ($0, 0.95) },
                                     drawn: .points)
        return Kind.allCases.map { kind in
            LinePlot.Series(name: kind.rawValue, points: ps.map { ($0, exactCoverage(kind, flips: flips, p: $0, maths: maths)) })
        } + [target]
    }
}
