/// Why a least-squares fit has no (unique) answer.
public enum LeastSquaresError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The inputs do not line up (x and y of different lengths, rows of different widths).
    case shapeMismatch(String)
    /// Fewer observations than parameters to fit.
    case tooFewObservations(observations: Int, parameters: Int)
    /// An input is NaN or infinite.
    case nonFiniteData
    /// The parameters are not determined: constant x, or a feature that is a
    /// combination of others (or of the intercept).
    case rankDeficient(String)

    /// The problem in one sentence, for a failure message.
    public var description: String {
        switch self {
        case .shapeMismatch(let detail):
            return "The inputs do not match in shape: \(detail)."
        case .tooFewObservations(let observations, let parameters):
            return "\(observations) observation(s) cannot determine \(parameters) parameter(s)."
        case .nonFiniteData:
            return "The data contain NaN or infinite values."
        case .rankDeficient(let detail):
            return "The least-squares solution is not unique: \(detail)."
        }
    }
}
