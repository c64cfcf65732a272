import Foundation

/// The text of `katas/SHA256SUMS`, exactly as GNU `sha256sum` writes and reads it, so the
/// manifest can be checked without kata: `sha256sum -c katas/SHA256SUMS`.
extension ChecksumManifest {
    /// The lines for `entries`, in the order given, each ending in a new line.
    /// A path holding a backslash, a new line or a carriage return is escaped as
    /// `sha256sum` does: the line starts with a backslash, and those characters are
    /// written `\\`, `\n` and `\r`.
    /// - Parameter entries: The lines.
    /// - Returns: The text.
    static func render(_ entries: [Entry]) -> String {
        entries.map { entry in
            let escaped = entry.path.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
            return (escaped == entry.path ? "" : "\\") + "\(entry.digest)  \(escaped)\n"
        }.joined()
    }

    /// The entries of a manifest file.
    /// - Parameter data: The file's bytes.
    /// - Returns: The entries, in the file's order.
    /// - Throws: `ManifestError` naming the first line that is not `<64 hex digits>  <path>`,
    ///   a path listed twice, or a file with no lines at all.
    static func parse(_ data: Data) throws(ManifestError) -> [Entry] {
        guard let text = String(data: data, encoding: .utf8) else {
            throw damaged("it is not text (UTF-8)")
        }
        // Split on the new line alone: as Characters, "\r\n" is one, and would hide a line end.
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        var entries: [Entry] = []
        var seen: Set<String> = []
        for (index, line) in lines.enumerated() {
            guard let entry = entry(line) else {
                let shown = line.count > 80 ? String(line.prefix(80)) + "…" : line
                throw damaged("line \(index + 1) is not `<64 hex digits>  <path>`: '\(shown)'")
            }
            guard seen.insert(entry.path).inserted else {
                throw damaged("line \(index + 1) lists \(entry.path) a second time")
            }
            entries.append(entry)
        }
        guard !entries.isEmpty else { throw damaged("it has no lines") }
        return entries
    }

    /// One line, or `nil` when it is not `<64 hex digits>  <path>` (or ` *<path>`, the
    /// binary mode of `sha256sum`, which is the same on Linux).
    private static func entry(_ line: String) -> Entry? {
        var line = Substring(line)
        let escaped = line.hasPrefix("\\")
        if escaped { line = line.dropFirst() }
        let digest = line.prefix(64)
        let separator = line.dropFirst(64).prefix(2)
        guard digest.count == 64, digest.allSatisfy({ $0.isASCII && $0.isHexDigit }),
              separator == "  " || separator == " *" else { return nil }
        var path = String(line.dropFirst(66))
        if escaped {
            guard let unescaped = unescape(path) else { return nil }
            path = unescaped
        }
        // A carriage return left by an editor would name a file that is not there.
        guard !path.isEmpty, escaped || !path.contains("\r") else { return nil }
        return Entry(digest: digest.lowercased(), path: path)
    }

    /// `path` with `\\`, `\n` and `\r` turned back into the characters they stand for;
    /// `nil` when a backslash starts anything else.
    private static func unescape(_ path: String) -> String? {
        var result = ""
        var characters = path.makeIterator()
        while let character = characters.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            switch characters.next() {
            case "\\": result.append("\\")
            case "n": result.append("\n")
            case "r": result.append("\r")
            default: return nil
            }
        }
        return result
    }

    /// The error for a damaged manifest: what is wrong, and where a good one comes from.
    private static func damaged(_ problem: String) -> ManifestError {
        ManifestError("\(path) is damaged: \(problem). Take it again from the workbook as published, "
                      + "then verify again. (Authors: `\(Driver.invocation) dev update` writes it from the files as they are.)")
    }
}
