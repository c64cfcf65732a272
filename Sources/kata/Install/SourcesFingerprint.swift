import Foundation

/// The fingerprint of a workbook's driver sources: the FNV-1a 64 hash of every Swift file
/// under Sources/kata and Sources/KataKit, sorted by path relative to Sources/.
///
/// `kata install` records it in the binary it installs (``InstallRecord``); the installed
/// driver computes it again over the workbook it runs in, to tell when that workbook's
/// driver has changed since. It covers the driver and the library it links, never
/// Package.swift, which changes with every new kata and is read at run time anyway.
enum SourcesFingerprint {
    /// The folders of Sources/ the driver is built from.
    static let folders = ["kata", "KataKit"]

    /// The fingerprint of the driver sources in the workbook at `root`.
    /// - Parameter root: The workbook's root folder.
    /// - Returns: 16 hex digits, or `nil` when a folder or a file cannot be read.
    static func ofWorkbook(at root: String) -> String? {
        var files: [(path: String, contents: Data)] = []
        for folder in folders {
            let base = "\(root)/Sources/\(folder)"
            guard let relatives = SwiftSources.files(under: base) else { return nil }
            for relative in relatives {
                guard let contents = FileManager.default.contents(atPath: "\(base)/\(relative)") else { return nil }
                files.append((path: "\(folder)/\(relative)", contents: contents))
            }
        }
        return files.isEmpty ? nil : fingerprint(of: files)
    }

    /// The FNV-1a 64 hash of `files`, sorted by path: each path's UTF-8 bytes, a zero byte,
    /// the file's bytes, a zero byte.
    /// - Parameter files: Paths relative to Sources/, with each file's bytes.
    /// - Returns: The hash as 16 lowercase hex digits.
    static func fingerprint(of files: [(path: String, contents: Data)]) -> String {
        var hash = FNV1a()
        for file in files.sorted(by: { $0.path < $1.path }) {
            hash.feed(Data(file.path.utf8 + [0]))
            hash.feed(file.contents)
            hash.feed(Data([0]))
        }
        return hash.hex
    }
}
