import Foundation

/// What `kata install` notes about the driver it installs: the fingerprint of the
/// workbook's driver sources it was built from, and that workbook's folder.
///
/// It is appended to the installed binary itself, as a trailer, so the copy carries it
/// wherever it goes and the build needs no plugin to embed it (a plugin costs seconds on
/// every build whose environment differs from the last). An ELF program runs the same
/// with bytes after its end. The trailer is the record as JSON, a newline, the JSON's
/// length in bytes as 8 decimal digits, a newline, then the line `kata-install-record 1`:
/// read from the end, the length says where the JSON starts.
struct InstallRecord: Codable, Equatable {
    /// The fingerprint of the workbook's driver sources (``SourcesFingerprint``) when the
    /// driver was installed.
    let sourcesFingerprint: String
    /// The workbook's root folder it was installed from.
    let workbook: String

    /// The trailer's last line, version 1 of its format.
    static let magic = "kata-install-record 1\n"
    /// The digits of the JSON's length.
    static let lengthDigits = 8
    /// The most JSON a trailer is read for: a record is a few hundred bytes.
    static let largestRecord = 1 << 16

    /// The running driver's record; `nil` under `swift run` or `swift test` (their
    /// binaries were never installed), or where /proc is not mounted.
    static let current: InstallRecord? = read(fromFile: "/proc/self/exe")

    /// The record of the workbook at `root`, as `kata install` appends it.
    /// - Parameter root: The workbook's root folder.
    /// - Returns: `nil` when its driver sources cannot be read.
    static func ofWorkbook(at root: String) -> InstallRecord? {
        SourcesFingerprint.ofWorkbook(at: root).map { InstallRecord(sourcesFingerprint: $0, workbook: root) }
    }

    /// The trailer's bytes.
    var trailer: Data {
        get throws {
            let encoder = JSONEncoder()
            // Stable, and readable at the end of the file (`tail -c 300 kata`).
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let json = try encoder.encode(self)
            let length = String(json.count)
            let digits = String(repeating: "0", count: max(0, Self.lengthDigits - length.count)) + length
            return json + Data("\n\(digits)\n\(Self.magic)".utf8)
        }
    }

    /// Appends the trailer to the file at `path`.
    /// - Parameter path: The installed binary, before it is put in place.
    /// - Throws: When the file cannot be opened or written.
    func append(toFile path: String) throws {
        let trailer = try trailer
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path])
        }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: trailer)
    }

    /// The record at the end of the file at `path`, reading only the trailer.
    /// - Parameter path: A binary, such as /proc/self/exe.
    /// - Returns: `nil` when the file cannot be read or ends in no well-formed record:
    ///   a missing record is the usual case, and a damaged one is treated the same.
    static func read(fromFile path: String) -> InstallRecord? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        // The footer: "\n", the length's digits, "\n", the magic line.
        let footer = 1 + lengthDigits + 1 + magic.utf8.count
        guard let size = try? handle.seekToEnd(), size > UInt64(footer),
              let tail = bytes(of: handle, count: footer, endingAt: size),
              tail.suffix(magic.utf8.count).elementsEqual(magic.utf8),
              tail.first == UInt8(ascii: "\n"), tail.dropFirst(1 + lengthDigits).first == UInt8(ascii: "\n") else { return nil }
        let digits = tail.dropFirst().prefix(lengthDigits)
        guard digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
              let length = Int(String(decoding: digits, as: UTF8.self)),
              length > 0, length <= largestRecord, UInt64(length + footer) <= size,
              let json = bytes(of: handle, count: length, endingAt: size - UInt64(footer)) else { return nil }
        return try? JSONDecoder().decode(InstallRecord.self, from: json)
    }

    /// The `count` bytes of the file that end at offset `end`; `nil` when fewer can be read.
    private static func bytes(of handle: FileHandle, count: Int, endingAt end: UInt64) -> Data? {
        guard (try? handle.seek(toOffset: end - UInt64(count))) != nil,
              let data = try? handle.read(upToCount: count), data.count == count else { return nil }
        return data
    }
}
