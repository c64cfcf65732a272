import PackagePlugin

/// Gives a kata's library the text of its own Swift files, as compiled.
///
/// A story shows the code of each step it runs; taking that code from the files this
/// very build compiled means the code shown cannot differ from the code that ran.
/// The generated file declares `compiledSourceFiles: [String: String]`, keyed by
/// file name.
@main
struct CompiledSourcesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let inputs = target.sourceFiles(withSuffix: "swift").map(\.url)
        let output = context.pluginWorkDirectoryURL.appending(path: "CompiledSourceFiles.swift")
        return [.buildCommand(
            displayName: "Embedding the sources of \(target.name)",
            executable: try context.tool(named: "SourceEmbedder").url,
            arguments: [output.path] + inputs.map(\.path),
            inputFiles: inputs, outputFiles: [output])]
    }
}
