import Foundation

/// What the driver knows of a kata binary it built: the sources' content it was built
/// from, which file the binary was then, and how to build it again without SwiftPM.
///
/// Kept as JSON beside the binary. A binary is up to date only when it is still the file
/// the stamp names and its sources still hash as the stamp says; times never decide.
struct BuildStamp: Codable, Equatable {
    /// The sources as hashed before the build began, so that a save during the build
    /// makes the binary stale rather than fresh.
    let sources: SourceSnapshot
    /// The binary as the build left it.
    let binary: FileIdentity
    /// The compile, wrap and link commands for the learner's program; `nil` for the
    /// author's program, or when SwiftPM's description could not be read.
    let commands: ProductCommands?
    /// The compiler the commands run and the `swift` that ran the build: when either
    /// changes, `swift build` plans again.
    let toolchain: [FileIdentity?]
    /// The flags `swift build` was given besides the product (`SwiftBuild.extraFlags` then): a binary
    /// built with others is not the one asked for.
    let flags: [String]

    /// Where the stamp of `binary` is kept.
    static func path(for binary: String) -> String { binary + ".kata-built" }

    /// The stamp of `binary`; `nil` when there is none or it cannot be read (such as the
    /// empty file an earlier driver wrote), which makes the binary stale.
    static func load(for binary: String) -> BuildStamp? {
        FileManager.default.contents(atPath: path(for: binary)).flatMap { try? JSONDecoder().decode(BuildStamp.self, from: $0) }
    }

    /// Writes the stamp of `binary`, whole or not at all; a stamp that cannot be written
    /// only means the next check builds again.
    func save(for binary: String) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        try? AtomicFile.write(data, to: Self.path(for: binary))
    }

    /// The identities that `toolchain` records, for `commands` run by `swift`.
    static func toolchain(commands: ProductCommands?, swift: String) -> [FileIdentity?] {
        [FileIdentity(of: swift), commands.flatMap { $0.compile.first }.flatMap(FileIdentity.init(of:))]
    }
}
