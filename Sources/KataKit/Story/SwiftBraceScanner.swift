/// Finds a closure's braces in Swift source, skipping what only looks like code:
/// comments, string literals (multi-line and raw ones too) and the code interpolated
/// into strings.
///
/// It knows just enough Swift to find a step's body for ``CompiledSources``: brackets
/// balance, and text inside strings and comments does not count.
struct SwiftBraceScanner {
    private let source: [Unicode.Scalar]

    init(_ source: [Unicode.Scalar]) {
        self.source = source
    }

    /// The first closure that opens outside any parentheses or brackets at or after
    /// `start`: the trailing closure of a call that begins there.
    /// - Returns: The offsets of its `{` and of its matching `}`, or `nil`.
    func firstClosure(from start: Int) -> (open: Int, close: Int)? {
        var index = start
        var depth = 0
        while index < source.count {
            let scalar = source[index]
            if let skipped = skipNonCode(at: index) {
                index = skipped
                continue
            }
            switch scalar {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "{" where depth == 0:
                guard let close = matchingClose(after: index + 1) else { return nil }
                return (index, close)
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The offset of the bracket that closes the one just before `start`.
    private func matchingClose(after start: Int) -> Int? {
        var index = start
        var depth = 1
        while index < source.count {
            if let skipped = skipNonCode(at: index) {
                index = skipped
                continue
            }
            switch source[index] {
            case "(", "[", "{": depth += 1
            case ")", "]", "}":
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// When a comment or string literal starts at `index`, the offset just after it.
    private func skipNonCode(at index: Int) -> Int? {
        if starts(with: "//", at: index) {
            var end = index
            while end < source.count, source[end] != "\n" { end += 1 }
            return end
        }
        if starts(with: "/*", at: index) {
            return skipBlockComment(at: index)
        }
        var hashes = 0
        while index + hashes < source.count, source[index + hashes] == "#" { hashes += 1 }
        guard index + hashes < source.count, source[index + hashes] == "\"" else { return nil }
        return skipString(at: index + hashes, hashes: hashes)
    }

    /// Skips a `/* … */` comment, which may nest.
    private func skipBlockComment(at start: Int) -> Int {
        var index = start + 2
        var depth = 1
        while index < source.count, depth > 0 {
            if starts(with: "/*", at: index) {
                depth += 1
                index += 2
            } else if starts(with: "*/", at: index) {
                depth -= 1
                index += 2
            } else {
                index += 1
            }
        }
        return index
    }

    /// Skips a string literal whose first quote is at `start`, preceded by `hashes` `#`s.
    private func skipString(at start: Int, hashes: Int) -> Int {
        let multiline = starts(with: "\"\"\"", at: start)
        let delimiter = String(repeating: "\"", count: multiline ? 3 : 1) + String(repeating: "#", count: hashes)
        let escape = "\\" + String(repeating: "#", count: hashes)
        var index = start + (multiline ? 3 : 1)
        while index < source.count {
            if starts(with: delimiter, at: index) {
                return index + delimiter.unicodeScalars.count
            }
            if starts(with: escape, at: index) {
                index += escape.unicodeScalars.count
                if index < source.count, source[index] == "(" {
                    index = (matchingClose(after: index + 1) ?? source.count) + 1
                } else {
                    index += 1
                }
                continue
            }
            if !multiline, source[index] == "\n" { return index }
            index += 1
        }
        return index
    }

    private func starts(with text: String, at index: Int) -> Bool {
        var offset = index
        for scalar in text.unicodeScalars {
            guard offset < source.count, source[offset] == scalar else { return false }
            offset += 1
        }
        return true
    }
}
