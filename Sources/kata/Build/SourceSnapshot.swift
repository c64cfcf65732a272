import Foundation

/// What a kata's program is built from, by content: the hash of every Swift file it
/// compiles in the kata's folder, in Sources/KataKit, and of Package.swift.
///
/// Two saves in one second, an editor that renames a new file over the old one, or a
/// `touch -d` leave modification times that say nothing; the bytes say what changed.
struct SourceSnapshot: Codable, Equatable {
    /// Each file's FNV-1a 64 hash as 16 hex digits, keyed by its path relative to the root.
    var files: [String: String]

    /// The folders whose Swift files a kata's programs compile, besides its own folder.
    static let sharedFolders = ["Sources/KataKit"]

    /// Hashes the files a program of `kata` is built from as they are now.
    /// - Parameters:
    ///   - kata: The kata.
    ///   - product: The learner's program (`kata.product`), or the author's, which holds
    ///     the stub as shipped and not the learner's file, so an edit there leaves it fresh.
    ///   - workbook: Its workbook.
    static func take(of kata: KataEntry, product: String, in workbook: Workbook) -> SourceSnapshot {
        var files: [String: String] = [:]
        let own = product == kata.product ? [kata.folder] : ["\(kata.folder)/Kata", "\(kata.folder)/Pristine"]
        for folder in own + sharedFolders {
            for relative in swiftFiles(under: workbook.path(folder)) {
                let path = "\(folder)/\(relative)"
                files[path] = FileManager.default.contents(atPath: workbook.path(path)).map(hash) ?? "unreadable"
            }
        }
        files["Package.swift"] = FileManager.default.contents(atPath: workbook.path("Package.swift")).map(hash)
        return SourceSnapshot(files: files)
    }

    /// The paths whose content differs from `other`'s, or that only one of the two has.
    func changed(since other: SourceSnapshot) -> Set<String> {
        Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }
    }

    /// The Swift files under `folder` that SwiftPM compiles, relative to it: hidden files and
    /// folders (editor swap files, `.DS_Store`) and other suffixes (`Solution.swift~`) do not count.
    private static func swiftFiles(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { relative in
            relative.hasSuffix(".swift") && !relative.split(separator: "/").contains { $0.hasPrefix(".") }
        }
    }

    /// The FNV-1a 64 hash of `data`: not for secrets, just to tell one version from another.
    private static func hash(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
