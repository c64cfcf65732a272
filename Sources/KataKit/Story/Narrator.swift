/// Tells a kata's story: prints each block as it comes and keeps a record of them.
///
/// A kata's `story` closure calls the narrator in reading order, computing every
/// number it mentions right there, so the prose cannot drift from the maths:
///
/// ```swift
/// let mle = 9.0 / 13.0
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

    /// How the story is drawn: plots drawn with it match the prose around them.
    public let style: TerminalStyle
    private let write: (String) -> Void

    /// Creates a narrator.
    /// - Parameters:
    ///   - style: How to draw on the output.
    ///   - write: Where the rendered text goes; standard output when omitted.
    public init(style: TerminalStyle, write: @escaping (String) -> Void = { FileDescriptorWriter.standardOutput.write($0) }) {
        self.style = style
        self.write = write
    }

    /// Starts a section.
    public func heading(_ title: String) {
        tell(.heading(title))
    }

    /// Tells prose; paragraphs are separated by blank lines and refilled to the width.
    public func prose(_ text: String) {
        tell(.prose(text))
    }

    /// Shows what a step of code printed, as it printed it.
    public func output(_ text: String) {
        tell(.output(text))
    }

    /// States a claim the story makes and checks it; a claim that does not hold is
    /// shown loudly and makes the run fail.
    /// - Parameters:
    ///   - statement: The claim, in words.
    ///   - holds: Whether the code found it true.
    public func claim(_ statement: String, _ holds: Bool) {
        tell(.claim(statement, holds: holds))
    }

    private func tell(_ block: StoryBlock) {
        blocks.append(block)
        write(render(block) + "\n")
    }

    private func render(_ block: StoryBlock) -> String {
        switch block {
        case .heading(let title):
            let rule = String(repeating: style.symbol("─", ascii: "-"), count: min(title.count, style.width))
            return "\n" + style.paint(title, .bold, .blue) + "\n" + style.paint(rule, .blue)
        case .prose(let text):
            return wrap(text, width: style.width).joined(separator: "\n") + "\n"
        case .output(let text):
            let bar = style.paint(style.symbol("│ ", ascii: "| "), .dim)
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { bar + $0 }.joined(separator: "\n") + "\n"
        case .claim(let statement, true):
            let label = style.symbol("✓ checked: ", ascii: "[ok] checked: ")
            return wrap(statement, width: style.width, after: style.paint(label, .green), visibleLabelWidth: label.count) + "\n"
        case .claim(let statement, false):
            let label = style.symbol("✗ CLAIM FAILED: ", ascii: "[FAILED] CLAIM: ")
            return wrap(statement, width: style.width, after: style.paint(label, .bold, .red), visibleLabelWidth: label.count) + "\n" + style.paint("  The story says this, but the code just computed otherwise.", .red) + "\n"
        }
    }
}
