/// A straight line y = slope·x + intercept fitted by least squares.
public struct LineFit: Sendable, Equatable {
    /// The fitted slope m.
    public let slope: Double
    /// The fitted intercept b: the line's value at x = 0.
    public let intercept: Double

    /// Creates a line from its slope and intercept.
    /// - Parameters:
    ///   - slope: The slope m.
    ///   - intercept: The intercept b.
    public init(slope: Double, intercept: Double) {
        self.slope = slope
        self.intercept = intercept
    }
}

/// A linear model y = w·x + intercept fitted by least squares.
public struct LinearFit: Sendable, Equatable {
    /// One weight per feature, in the order of the features' columns.
    public let weights: [Double]
    /// The fitted intercept, or exactly 0 when the fit had no intercept.
    public let intercept: Double

    /// Creates a linear model from its weights and intercept.
    /// - Parameters:
    ///   - weights: One weight per feature.
    ///   - intercept: The intercept, 0 for a model without one.
    public init(weights: [Double], intercept: Double) {
        self.weights = weights
        self.intercept = intercept
    }
}
