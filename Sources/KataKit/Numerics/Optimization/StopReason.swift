/// Why an optimiser or root finder stopped.
///
/// Only `.converged` is a success. The other cases say what ran out or went wrong,
/// so a story can tell the learner ("Nelder-Mead ran out of evaluations") instead of
/// printing a point that is not a minimum as if it were one.
public enum StopReason: Sendable, Equatable {
    /// The method's own stopping test was met.
    case converged
    /// The iteration limit was reached first.
    case maxIterations
    /// The limit on evaluations of the objective was reached first.
    case maxEvaluations
    /// A function, gradient, Hessian or step was NaN or infinite.
    case nonFinite
    /// Newton-Raphson met a zero derivative: its step f/f′ is undefined there.
    case zeroDerivative
    /// Newton's method met a singular (or numerically singular) Hessian.
    case singularHessian
    /// The arguments could not describe a problem (an empty start, mismatched shapes).
    case invalidInput(String)

    /// The reason in one sentence, worded as scipy words it where scipy has a word for it.
    public var message: String {
        switch self {
        case .converged:
            return "Optimization terminated successfully."
        case .maxIterations:
            return "Maximum number of iterations has been exceeded."
        case .maxEvaluations:
            return "Maximum number of function evaluations has been exceeded."
        case .nonFinite:
            return "A non-finite value (NaN or infinity) was encountered."
        case .zeroDerivative:
            return "The derivative is zero, so the Newton step f/f′ is undefined."
        case .singularHessian:
            return "The Hessian is singular, so the Newton step is undefined."
        case .invalidInput(let problem):
            return "Invalid input: \(problem)."
        }
    }
}
