extension GammaExercises {
    /// α̂ for `observations` by this solution's own functions: Newton-Raphson from the
    /// method-of-moments start until a step is below `tolerance`, at most 100 steps. The
    /// explorer and the quiz show it; the checks take it from the reference.
    func estimatedShape(observations: [Double], tolerance: Double = 1e-12) -> Double {
        newtonRaphson(observations: observations, start: methodOfMomentsStart(observations: observations).shape,
                      tolerance: tolerance, maxIterations: 100).shape
    }
}
