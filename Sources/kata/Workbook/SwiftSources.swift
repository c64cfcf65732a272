import Foundation

/// The Swift files SwiftPM compiles in a folder, and the hash the driver tells their
/// versions apart by.
enum SwiftSources {
    /// The `.swift` files under `folder`, relative to it: hidden files and folders (editor
    /// lock files, `.DS_Store`), other suffixes (`Solution.swift~`) and folders named
    /// like a Swift file do not count, as SwiftPM skips them.
    /// - Returns: The paths, or `nil` when the folder cannot be read.
    static func files(under folder: String) -> [String]? {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return nil }
        return enumerator.compactMap { $0 as? String }.filter { relative in
            var isFolder: ObjCBool = false
            return relative.hasSuffix(".swift") && !relative.split(separator: "/").contains { $0.hasPrefix(".") }
                && FileManager.default.fileExists(atPath: "\(folder)/\(relative)", isDirectory: &isFolder)
                && !isFolder.boolValue
        }
    }
}

/// The FNV-1a 64 hash: not for secrets, just to tell one version of some bytes from another.
struct FNV1a {
    private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Adds `bytes` to the hash.
    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
    }

    /// Adds the bytes of `data`.
    mutating func feed(_ data: Data) {
        data.withUnsafeBytes { feed($0) }
    }

    /// The hash so far, as 16 lowercase hex digits.
    var hex: String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The hash of `data` alone.
    static func hex(of data: Data) -> String {
        var hash = FNV1a()
        hash.feed(data)
        return hash.hex
    }
}
