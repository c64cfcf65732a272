import Foundation

/// What a kata's program is built from, by content: the hash of every Swift file it
/// compiles in the kata's folder, in Sources/KataKit and the chapters' support modules,
/// and of Package.swift.
///
/// Two saves in one second, an editor that renames a new file over the old one, or a
/// `touch -d` leave modification times that say nothing; the bytes say what changed.
struct SourceSnapshot: Codable, Equatable {
    /// Each file's `FNV1a` hash, keyed by its path relative to the root.
    var files: [String: String]

    /// The folders whose Swift files a kata's programs compile, besides its own folder.
    static let sharedFolders = ["Sources/KataKit", "Sources/Chapters"]

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
            for relative in SwiftSources.files(under: workbook.path(folder)) ?? [] {
                let path = "\(folder)/\(relative)"
                files[path] = FileManager.default.contents(atPath: workbook.path(path)).map(FNV1a.hex(of:)) ?? "unreadable"
            }
        }
        files["Package.swift"] = FileManager.default.contents(atPath: workbook.path("Package.swift")).map(FNV1a.hex(of:))
        return SourceSnapshot(files: files)
    }

    /// The paths whose content differs from `other`'s, or that only one of the two has.
    func changed(since other: SourceSnapshot) -> Set<String> {
        Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }
    }
}
