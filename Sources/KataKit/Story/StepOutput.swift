/// What a story step shows: text lines and plots, in the order the step makes them.
///
/// A step's closure takes one, conventionally named `show`, so the code shown to the
/// learner reads as plain Swift:
///
/// ```swift
/// narrator.step { show in
///     let estimate = maths.maximumLikelihoodEstimate(heads: 9, tails: 4)
///     show("θ̂ =", estimate)
/// }
/// ```
public final class StepOutput {
    private let narrator: Narrator
    private var lines: [String] = []

    init(narrator: Narrator) {
        self.narrator = narrator
    }

    /// Shows a line of output, its items separated as `print` separates them.
    /// - Parameters:
    ///   - items: What to show, each as `String(describing:)` writes it.
    ///   - separator: Put between items.
    public func callAsFunction(_ items: Any..., separator: String = " ") {
        lines.append(items.map { String(describing: $0) }.joined(separator: separator))
    }

    /// Shows a plot: in the terminal as text, in the rendered workbook as SVG.
    /// - Parameter plot: The plot.
    public func callAsFunction(_ plot: some StoryPlot) {
        flush()
        narrator.tell(.plot(plot))
    }

    /// Tells the lines shown since the last plot as one output block.
    func flush() {
        guard !lines.isEmpty else { return }
        narrator.tell(.output(lines.joined(separator: "\n")))
        lines = []
    }
}

extension Narrator {
    /// Runs one step of the story: shows its code, taken from the compiled source,
    /// then runs it and shows what it shows.
    ///
    /// When the source file cannot be found, a one-line message takes the code's place
    /// and the step still runs.
    ///
    /// Write the step as a trailing closure with its body on the lines between the
    /// braces; the body is what the learner reads.
    /// - Parameters:
    ///   - file: Where the step is written; the caller's file by default.
    ///   - line: The line the call begins on; the caller's by default.
    ///   - body: The step; it shows output through its argument.
    /// - Returns: What the step returns, for the story to go on with.
    @discardableResult
    public func step<Result>(file: String = #fileID, line: Int = #line,
                             _ body: (StepOutput) throws -> Result) rethrows -> Result {
        if let text = sources.text(ofFile: file) {
            if let code = CompiledSources.closureBody(in: text, atLine: line) {
                tell(.code(code))
            } else {
                // The file is there but says something else at this line: it changed
                // since the build, or the step is not written as a trailing closure.
                claim("the code of the step at \(file):\(line) is in the compiled source", false)
            }
        } else {
            // A kata run away from its sources still tells its story and checks its claims.
            tell(.code(sources.missingMessage(forFile: file)))
        }
        let output = StepOutput(narrator: self)
        defer {
            output.flush()
            endStep()
        }
        return try body(output)
    }
}
