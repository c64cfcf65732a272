import Foundation

/// The workbook on disk: its root folder, its katas, and where things are built.
struct Workbook {
    /// The package root (the folder holding Package.swift and katas/).
    let root: String
    /// The katas, in workbook order.
    let katas: [KataEntry]
    /// The folder the kata binaries are built into.
    let binaryDirectory: String
    /// The `swift` command.
    let swiftExecutable: String

    /// Finds the workbook at or above `directory`.
    /// - Parameters:
    ///   - directory: Where to start looking.
    ///   - executablePath: The running driver's path; kata binaries are built next to it.
    /// - Throws: `UsageError` when no workbook is found or its kata list is empty.
    static func locate(from directory: String, executablePath: String?) throws(UsageError) -> Workbook {
        var candidate = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let manifest = candidate.appendingPathComponent("Package.swift").path
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("katas").path),
               let text = try? String(contentsOfFile: manifest, encoding: .utf8) {
                let katas = KataEntry.parse(manifest: text)
                guard !katas.isEmpty else { throw UsageError("\(manifest) lists no katas.") }
                return Workbook(root: candidate.path, katas: katas,
                                binaryDirectory: binaryDirectory(root: candidate.path, executablePath: executablePath),
                                swiftExecutable: findSwift())
            }
            let parent = candidate.deletingLastPathComponent()
            guard parent.path != candidate.path else {
                throw UsageError("This is not inside the workbook: no Package.swift with a katas/ folder at or above "
                                 + "\(directory). Go with `cd` to the workbook's folder (the one holding Package.swift "
                                 + "and katas/) or any folder inside it, then run `\(Driver.invocation)` again."
                                 + builtFromHint())
            }
            candidate = parent
        }
    }

    /// Where the workbook this driver was installed from is, when it is still there: an
    /// installed `kata` run from elsewhere can say where to go.
    /// - Parameter record: The running driver's install record.
    static func builtFromHint(_ record: InstallRecord? = InstallRecord.current) -> String {
        guard let workbook = record?.workbook,
              FileManager.default.fileExists(atPath: "\(workbook)/Package.swift"),
              FileManager.default.fileExists(atPath: "\(workbook)/katas") else { return "" }
        let folder = workbook.contains(" ") ? "\"\(workbook)\"" : workbook
        return " This kata was installed from the workbook at \(workbook): `cd \(folder)`."
    }

    /// The absolute path of `relative` inside the workbook.
    func path(_ relative: String) -> String { "\(root)/\(relative)" }

    /// `path` relative to the root when it is inside the workbook, else unchanged.
    func relative(_ path: String) -> String {
        path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
    }

    /// Where `kata`'s binary is built.
    func binaryPath(for kata: KataEntry) -> String { binaryPath(forProduct: kata.product) }

    /// Where the executable `product` is built.
    func binaryPath(forProduct product: String) -> String { "\(binaryDirectory)/\(product)" }

    /// Kata binaries are built beside the driver when it runs from this workbook's
    /// .build (as under `swift run`), else in the default debug folder.
    private static func binaryDirectory(root: String, executablePath: String?) -> String {
        if let executablePath {
            let directory = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent().path
            let buildFolder = URL(fileURLWithPath: "\(root)/.build").resolvingSymlinksInPath().path
            if directory.hasPrefix(buildFolder + "/") { return directory }
        }
        return "\(root)/.build/debug"
    }

    private static func findSwift() -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(directory)/swift") {
            return "\(directory)/swift"
        }
        return "/usr/bin/swift"
    }
}

/// A mistake in how `kata` was called: shown with exit code 2.
struct UsageError: Error, CustomStringConvertible {
    /// What was wrong, and what to do instead.
    let message: String
    init(_ message: String) { self.message = message }
    var description: String { message }
}
