/// Tells a kata's story: prints each block as it comes and keeps a record of them.
///
/// A kata's `story` closure calls the narrator in reading order, computing every
/// number it mentions right there, so the prose cannot drift from the maths:
///
/// ```swift
/// let mle = narrator.step { show in
///     let mle = maths.maximumLikelihoodEstimate(heads: 9, tails: 4)
///     show("θ̂ =", mle)
///     return mle
/// }
/// narrator.prose("The likelihood peaks at θ = 9/13 ≈ \(mle, decimals: 4).")
/// narrator.claim("the peak beats θ = 0.5", likelihood(mle) > likelihood(0.5))
/// ```
public final class Narrator {
    /// Every block told so far, in order.
    public private(set) var blocks: [StoryBlock] = []
    /// The claims that did not hold.
    public var failedClaims: [String] {
        blocks.compactMap { if case .claim(let text, false) = $0 { text } else { nil } }
    }

    /// The environment variable through which the `kata` driver asks a kata binary to
    /// write a line between sections, so it can pause there.
    public static let sectionBreakVariable = "KATA_SECTION_BREAK"

    /// How the story is drawn: plots drawn with it match the prose around them.
    public let style: TerminalStyle
    /// The kata's source as compiled, where each step's code is found.
    public let sources: CompiledSources
    /// The values the reader set for the story's parameters, by name; a parameter not
    /// here has the story's own value.
    public let settings: [String: Double]
    private let write: (String) -> Void
    private let sectionBreak: String?

    /// Creates a narrator.
    /// - Parameters:
    ///   - style: How to draw on the output.
    ///   - sources: The kata's compiled source, for showing the code of its steps.
    ///   - sectionBreak: A line written before each heading but the first, so a reader
    ///     (the `kata` driver) can pause between sections; none when `nil`.
    ///   - settings: The reader's values for the story's parameters, by name.
    ///   - write: Where the rendered text goes; standard output when omitted.
    public init(style: TerminalStyle, sources: CompiledSources = .none, sectionBreak: String? = nil,
                settings: [String: Double] = [:],
                write: @escaping (String) -> Void = { FileDescriptorWriter.standardOutput.write($0) }) {
        self.style = style
        self.sources = sources
        self.settings = settings
        self.sectionBreak = sectionBreak
        self.write = write
    }

    /// Starts a section.
    public func heading(_ title: String) {
        if let sectionBreak, blocks.contains(where: { if case .heading = $0 { true } else { false } }) {
            write(sectionBreak + "\n")
        }
        tell(.heading(title))
    }

    /// Tells prose; paragraphs are separated by blank lines and refilled to the width.
    /// Lines that start with two spaces are kept as written; `*emphasis*` and
    /// `` `code` `` are set apart.
    public func prose(_ text: String) {
        tell(.prose(text))
    }

    /// States a claim the story makes and checks it; a claim that does not hold is
    /// shown loudly and makes the run fail.
    /// - Parameters:
    ///   - statement: The claim, in words.
    ///   - holds: Whether the code found it true.
    public func claim(_ statement: String, _ holds: Bool) {
        tell(.claim(statement, holds: holds))
    }

    /// States a claim the story makes for its own value of each of `parameters` only (a
    /// sample of 50 happens to hold its truth inside the interval). It is checked as any
    /// claim; told with other values, one that does not hold is shown as not the story's
    /// claim there, with why, and fails nothing.
    /// - Parameters:
    ///   - statement: The claim, in words.
    ///   - holds: Whether the code found it true.
    ///   - parameters: The parameters whose own values it needs.
    public func claim(_ statement: String, _ holds: Bool, onlyAtTheStorysOwn parameters: StoryParameter...) {
        let changed = parameters.filter { value($0) != $0.defaultValue }
        guard !holds, !changed.isEmpty else { return claim(statement, holds) }
        let values = changed.map { "\($0.name) = \(StoryParameter.text($0.defaultValue))" }.joined(separator: " and ")
        tell(.unchecked(statement, reason: "the story claims it for \(values), its own value; with yours it does not hold, and need not"))
    }

    /// The value of `parameter` this telling uses: the reader's, or the story's own.
    public func value(_ parameter: StoryParameter) -> Double {
        settings[parameter.name] ?? parameter.defaultValue
    }

    /// The value of a whole-number `parameter` this telling uses.
    public func integer(_ parameter: StoryParameter) -> Int {
        Int(value(parameter))
    }

    /// Closes a step's code with a blank line when the step showed nothing after it.
    func endStep() {
        if case .code = blocks.last { write("\n") }
    }

    /// Records a block and writes it out.
    func tell(_ block: StoryBlock) {
        blocks.append(block)
        write(block.render(style: style) + "\n")
    }
}
