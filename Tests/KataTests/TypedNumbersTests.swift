import Foundation
import KataKit
import Testing

/// No number in a story's prose is typed by hand: data and results are interpolated
/// from the values the code computed, so they cannot drift from the maths. This reads
/// the stories' compiled source for the text of every `narrator.prose`, `claim` and
/// `heading` call and looks for digits outside `\(…)`.
@Suite("Stories: every number in the prose is computed")
struct TypedNumbersTests {
    /// Typed numbers that are not data: each with why it may be typed.
    static let allowed: [(pattern: String, why: String)] = [
        ("[012]", "0, 1 and 2 of the formulas themselves (1 − θ, σ², −2 ln Λ, θ from 0 to 1)"),
        (Set(testedKatas.flatMap { [$0.id, $0.chapter] }).sorted().map(NSRegularExpression.escapedPattern(for:))
            .joined(separator: "|"), "the katas' own ids and chapters, in commands"),
    ]

    @Test("no typed number in any story's prose, claims or headings", arguments: testedKatas)
    func computed(kata: TestedKata) throws {
        let files = kata.sources.files.filter { $0.key.contains("Story") }
        #expect(!files.isEmpty)
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            for (line, prose) in StoryProse.literals(in: text) {
                for number in StoryProse.typedNumbers(in: prose)
                where !Self.allowed.contains(where: { (try? Regex($0.pattern).wholeMatch(in: number)) != nil }) {
                    Issue.record("\(name):\(line): the number \(number) is typed; interpolate it from the value the code uses")
                }
            }
        }
    }

    @Test("the reader finds typed numbers outside interpolations, and only there")
    func reader() {
        let source = #"""
        narrator.prose("""
            θ̂ = \(estimate, decimals: 4), not 0.176; \(f("a(b)", 3)) and x1 \
            step 7
            """)
        narrator.claim("within 1e-9 of \(x)", true)
        """#
        let literals = StoryProse.literals(in: source)
        #expect(literals.map(\.line) == [1, 5])
        #expect(literals.flatMap { StoryProse.typedNumbers(in: $0.text) } == ["0.176", "7", "1e-9"])
    }
}

/// Reads the prose of a story's source: the string literal each narrator call opens with.
enum StoryProse {
    /// The text of each `narrator.prose(`, `.claim(` and `.heading(` literal, with every
    /// interpolation replaced by `§`, and the line it starts on.
    static func literals(in source: String) -> [(line: Int, text: String)] {
        let scalars = Array(source.unicodeScalars)
        var found: [(line: Int, text: String)] = []
        for match in source.matches(of: #/narrator\.(prose|claim|heading)\(\s*/#) {
            let offset = source.unicodeScalars.distance(from: source.unicodeScalars.startIndex, to: match.range.upperBound)
            guard offset < scalars.count, scalars[offset] == "\"" else { continue }
            let line = scalars[..<offset].filter { $0 == "\n" }.count + 1
            found.append((line, readLiteral(scalars, at: offset).text))
        }
        return found
    }

    /// Numbers written as digits in `text`, with a decimal part or an exponent if any;
    /// digits inside a word (`x1`, `log10`) are names, not numbers.
    static func typedNumbers(in text: String) -> [String] {
        text.matches(of: #/[0-9]+(\.[0-9]+)?(e-?[0-9]+)?/#).compactMap { match in
            let before = text[..<match.range.lowerBound].last
            let inWord = before.map { $0.isLetter || $0.isNumber || "_§.".contains($0) } ?? false
            return inWord ? nil : String(match.output.0)
        }
    }

    /// Reads the literal starting at `start`: its text without interpolations, and the
    /// offset after it.
    private static func readLiteral(_ scalars: [Unicode.Scalar], at start: Int) -> (text: String, end: Int) {
        let multiline = start + 2 < scalars.count && scalars[start + 1] == "\"" && scalars[start + 2] == "\""
        var index = start + (multiline ? 3 : 1)
        var text = String.UnicodeScalarView()
        while index < scalars.count {
            if scalars[index] == "\"" && (!multiline || (index + 2 < scalars.count && scalars[index + 1] == "\"" && scalars[index + 2] == "\"")) {
                return (String(text), index + (multiline ? 3 : 1))
            }
            if scalars[index] == "\\" && index + 1 < scalars.count {
                if scalars[index + 1] == "(" {
                    index = skipInterpolation(scalars, from: index + 1)
                    text.append("§")
                } else {
                    index += 2
                }
                continue
            }
            text.append(scalars[index])
            index += 1
        }
        return (String(text), index)
    }

    /// Skips `( … )`, minding nested brackets and strings, to just after its `)`.
    private static func skipInterpolation(_ scalars: [Unicode.Scalar], from open: Int) -> Int {
        var depth = 0
        var index = open
        while index < scalars.count {
            switch scalars[index] {
            case "\"":
                index = readLiteral(scalars, at: index).end
                continue
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        return index
    }
}
