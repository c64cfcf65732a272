import PackagePlugin

/// Gives the `kata` driver a fingerprint of the sources it was built from.
///
/// An installed `kata` is a copy that `git pull` does not update. Comparing this
/// fingerprint with the same one computed over the workbook's files at run time tells it
/// when the workbook's driver has changed since, so it can say how to update itself.
/// The fingerprint covers the driver and the libraries it links from `Sources/` (KataKit
/// holds the protocol between the driver and the katas), never Package.swift, which
/// changes with every new kata and is read at run time anyway.
/// The generated file declares `driverSourcesFingerprint` and `driverBuildWorkbook`.
@main
struct DriverFingerprintPlugin: BuildToolPlugin {
    /// One command: DriverFingerprinter over the target's Swift files and its dependencies'.
    /// - Parameters:
    ///   - context: Where the package is, and where to write.
    ///   - target: The driver's target.
    /// - Returns: The command that writes the fingerprint's Swift file.
    /// - Throws: When the tool cannot be found.
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let sources = context.package.directoryURL.appending(path: "Sources")
        let modules = [target] + target.recursiveTargetDependencies.compactMap { $0 as? SourceModuleTarget }
        // Only what lives in Sources/: the same files the driver finds there at run time.
        let inputs = modules.flatMap { $0.sourceFiles(withSuffix: "swift").map(\.url) }
            .filter { $0.path.hasPrefix(sources.path + "/") }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDriverFingerprint.swift")
        return [.buildCommand(
            displayName: "Fingerprinting the sources of \(target.name)",
            executable: try context.tool(named: "DriverFingerprinter").url,
            arguments: [output.path, sources.path, context.package.directoryURL.path] + inputs.map(\.path),
            inputFiles: inputs, outputFiles: [output])]
    }
}
