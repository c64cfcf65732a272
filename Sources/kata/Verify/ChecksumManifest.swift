import Foundation

/// `katas/SHA256SUMS`: the SHA-256 of every shipped file (`ShippedFiles`), in the format
/// `sha256sum` writes and `sha256sum -c` checks: `<64 hex digits>  <path>` a line, paths
/// relative to the package root, sorted by path. A teacher can check it with coreutils
/// alone; `kata check --verify` checks it kata by kata.
struct ChecksumManifest: Equatable {
    /// One line: a file and its digest.
    struct Entry: Equatable {
        /// The SHA-256 of the file, 64 lowercase hex digits.
        var digest: String
        /// The path relative to the package root.
        var path: String
    }

    /// Where the manifest lives, relative to the package root.
    static let path = "katas/SHA256SUMS"

    /// The lines, sorted by path.
    let entries: [Entry]
    /// The first 16 hex digits of the SHA-256 of the manifest file itself: what a teacher
    /// compares with the published workbook's, since whoever edits a check can rewrite
    /// the manifest to match.
    let fingerprint: String

    /// The manifest of `entries`, as `text` would be written.
    /// - Parameter entries: The lines, in any order.
    init(entries: [Entry]) {
        self.entries = entries.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        fingerprint = Self.fingerprint(of: Data(Self.render(self.entries).utf8))
    }

    /// The manifest as a file holds it.
    /// - Parameter data: The file's bytes.
    /// - Throws: `ManifestError` when it is not text or a line is not `<64 hex>  <path>`.
    init(parsing data: Data) throws(ManifestError) {
        entries = try Self.parse(data)
        fingerprint = Self.fingerprint(of: data)
    }

    /// The manifest's text: one line a file, each ending in a new line.
    var text: String { Self.render(entries) }

    /// The manifest of the shipped files as they are now in `workbook`.
    /// - Parameter workbook: The workbook to seal.
    /// - Throws: `ManifestError` when a shipped file cannot be read.
    static func sealing(_ workbook: Workbook) throws(ManifestError) -> ChecksumManifest {
        var entries: [Entry] = []
        for file in ShippedFiles.files(in: workbook) {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: workbook.path(file.path)))
                entries.append(Entry(digest: SHA256.hexDigest(of: data), path: file.path))
            } catch {
                throw ManifestError("Could not read \(file.path) to seal it: \(error.localizedDescription)")
            }
        }
        return ChecksumManifest(entries: entries)
    }

    /// The manifest in `workbook`'s `katas/SHA256SUMS`.
    /// - Parameter workbook: The workbook.
    /// - Throws: `ManifestError` when the file is missing, unreadable or damaged.
    static func read(from workbook: Workbook) throws(ManifestError) -> ChecksumManifest {
        let location = workbook.path(path)
        guard FileManager.default.fileExists(atPath: location) else {
            throw ManifestError("\(path) is missing, so there is nothing to compare the shipped files with. "
                                + "Copy it from the workbook as published into katas/, then verify again.")
        }
        do {
            return try ChecksumManifest(parsing: Data(contentsOf: URL(fileURLWithPath: location)))
        } catch let error as ManifestError {
            throw error
        } catch {
            throw ManifestError("Could not read \(path): \(error.localizedDescription)")
        }
    }

    /// Writes `text` to `workbook`'s `katas/SHA256SUMS` in one step.
    /// - Parameter workbook: The workbook.
    /// - Throws: `ManifestError` when it cannot be written; the old file is then untouched.
    func write(to workbook: Workbook) throws(ManifestError) {
        do {
            try AtomicFile.write(Data(text.utf8), to: workbook.path(Self.path))
        } catch {
            throw ManifestError("Could not write \(Self.path): \(error.description)")
        }
    }

    /// Every shipped file that differs from this manifest in `workbook`, sorted by path.
    /// Lines naming a file that is not shipped (a learner's Solution.swift, a test) are
    /// ignored: the rules of `ShippedFiles`, not the manifest, say what is shipped, so an
    /// edited manifest can never make a learner's own edits count as tampering.
    /// - Parameter workbook: The workbook to compare.
    /// - Returns: The changed, missing and added files, each with its kata.
    func differences(in workbook: Workbook) -> [ShippedFileDifference] {
        var differences: [ShippedFileDifference] = []
        for entry in entries {
            guard let file = ShippedFiles.file(at: entry.path, in: workbook) else { continue }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: workbook.path(entry.path), isDirectory: &isFolder),
                  !isFolder.boolValue else {
                differences.append(ShippedFileDifference(path: entry.path, kata: file.kata, change: .missing))
                continue
            }
            // A file that cannot be read cannot be shown to be as shipped.
            let data = try? Data(contentsOf: URL(fileURLWithPath: workbook.path(entry.path)))
            if data.map(SHA256.hexDigest(of:)) != entry.digest {
                differences.append(ShippedFileDifference(path: entry.path, kata: file.kata, change: .changed))
            }
        }
        let listed = Set(entries.map(\.path))
        for file in ShippedFiles.files(in: workbook) where !listed.contains(file.path) {
            differences.append(ShippedFileDifference(path: file.path, kata: file.kata, change: .added))
        }
        return differences.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// Every shipped file in `workbook` that differs from its `katas/SHA256SUMS`.
    /// - Parameter workbook: The workbook to compare.
    /// - Returns: The changed, missing and added files, each with its kata, sorted by path.
    /// - Throws: `ManifestError` when the manifest is missing, unreadable or damaged.
    static func differences(in workbook: Workbook) throws(ManifestError) -> [ShippedFileDifference] {
        try read(from: workbook).differences(in: workbook)
    }

    /// The first 16 hex digits of the SHA-256 of `data`.
    private static func fingerprint(of data: Data) -> String {
        String(SHA256.hexDigest(of: data).prefix(16))
    }
}

/// The manifest could not be read, parsed or written, or a file could not be sealed.
struct ManifestError: Error, CustomStringConvertible {
    /// What went wrong, and what to do about it.
    let description: String

    /// An error saying `description`.
    init(_ description: String) { self.description = description }
}
