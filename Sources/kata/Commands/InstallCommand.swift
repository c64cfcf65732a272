import Foundation
import KataKit

extension Driver {
    /// `kata install [--prefix DIR]`: builds the driver in release mode and puts it in the
    /// folder as `kata`, then says whether the shell will find it and how to get Tab
    /// completion.
    /// - Parameter prefix: The folder as typed; `nil` for ~/.local/bin.
    /// - Returns: 0 when installed, 1 when the build failed or the file could not be placed.
    /// - Throws: `UsageError` when no folder is given and there is no home folder.
    func install(prefix: String?) throws(UsageError) -> Int32 {
        let installation = DriverInstallation(prefix: try Self.installFolder(prefix, environment: environment))
        let replacing = installation.occupant == .kataDriver
        // Refused before the build, which takes minutes; install(from:) asks again after it.
        if let refusal = installation.refusalToReplace {
            say(style.paint(refusal.description, .red))
            return 1
        }
        // Taken before the build: a source edited while it runs may or may not be in the
        // binary, and an installed kata that calls itself older than it is only asks to be
        // installed again.
        let record = InstallRecord.ofWorkbook(at: workbook.root)
        let built: String
        switch driverBuild.build(workbook, BuildProgress(style: style)) {
        case .success(let binary): built = binary
        case .failure(let failure):
            say(style.paint("The driver did not build, so nothing was installed:", .bold, .red), failure.report)
            return 1
        }
        do {
            try installation.install(from: built, record: record)
        } catch {
            say(style.paint(error.description, .red))
            return 1
        }
        let verb = replacing ? "Updated" : "Installed"
        say(style.paint("\(verb) kata at \(installation.commandPath).", .bold, .green)
            + (replacing ? " It replaced the kata installed there before." : ""))
        say("It works in any folder of this workbook and builds the katas from the workbook's own files,",
            "so `git pull` brings new katas to it. When the workbook's driver itself changes, kata says so;",
            "then `\(Self.updateCommand(folder: installation.prefix, environment: environment))` updates it.")
        say(shellAdvice(for: installation.prefix).joined(separator: "\n"))
        let example = workbook.katas.first?.id ?? "10.2.1"
        say("", "Then, from any folder of the workbook: " + style.paint("kata check \(example)", .bold, .cyan))
        return 0
    }

    /// `kata uninstall [--prefix DIR]`: removes the folder's `kata` when it is a kata driver.
    /// It needs no workbook.
    /// - Parameters:
    ///   - prefix: The folder as typed; `nil` for ~/.local/bin.
    ///   - environment: For HOME and SHELL.
    ///   - style: How to draw.
    ///   - write: Where the output goes.
    /// - Returns: 0 when removed or when nothing was there, 1 when a file that is not a
    ///   kata driver is there (it is left alone) or it could not be removed.
    /// - Throws: `UsageError` when no folder is given and there is no home folder.
    static func uninstall(prefix: String?, environment: [String: String], style: TerminalStyle,
                          write: (String) -> Void) throws(UsageError) -> Int32 {
        let installation = DriverInstallation(prefix: try installFolder(prefix, environment: environment))
        do {
            guard try installation.uninstall() else {
                write("There is no kata in \(installation.prefix), so there was nothing to remove.\n")
                return 0
            }
        } catch {
            write(style.paint(error.description, .red) + "\n")
            return 1
        }
        let setup = ShellSetup(environment: environment)
        write(style.paint("Removed \(installation.commandPath).", .bold, .green) + "\n"
              + "If you added lines for kata to \(setup.startupFile) (its PATH or its completions),\n"
              + "you can remove them too. `swift run kata` still works in the workbook.\n")
        return 0
    }

    /// The folder `--prefix` names, absolute: ~/.local/bin when none; `~` is expanded,
    /// and a relative path is taken from the current folder.
    /// - Throws: `UsageError` when the home folder is needed and HOME is not set.
    static func installFolder(_ prefix: String?, environment: [String: String]) throws(UsageError) -> String {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        var folder = prefix ?? "~/.local/bin"
        if folder == "~" || folder.hasPrefix("~/") {
            guard let home else {
                throw UsageError("HOME is not set, so there is no ~/.local/bin: name the folder with --prefix DIR.")
            }
            folder = home + folder.dropFirst()
        }
        return URL(fileURLWithPath: folder).standardizedFileURL.path
    }

    /// The command that installs into `folder` again, from the workbook: with `--prefix`
    /// unless `folder` is the default one.
    /// - Parameters:
    ///   - folder: The absolute folder the command is in; `nil` when unknown.
    ///   - environment: For HOME, which locates the default folder.
    static func updateCommand(folder: String?, environment: [String: String]) -> String {
        let command = "\(Invocation.swiftRun) install"
        guard let folder, folder != (try? installFolder(nil, environment: environment)) else { return command }
        return command + " --prefix " + (folder.contains(" ") ? "\"\(folder)\"" : folder)
    }

    /// Whether the shell finds the new command, and the lines to add when not; then the
    /// line that turns on Tab completion.
    private func shellAdvice(for folder: String) -> [String] {
        let setup = ShellSetup(environment: environment)
        var lines = [""]
        let path = Self.pathFolders(environment)
        let resolved = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let onPath = path.firstIndex(of: resolved)
        if onPath == nil {
            lines += ["\(folder) is not on your PATH yet, so your shell will not find `kata`.",
                      "Add this line to \(setup.startupFile), then open a new terminal:",
                      "    " + style.paint(setup.pathLine(adding: folder), .bold)]
        } else if let shadow = path.prefix(upTo: onPath ?? path.endIndex).first(where: {
            FileManager.default.isExecutableFile(atPath: "\($0)/kata")
        }) {
            lines += ["Note: \(shadow)/kata comes before it on your PATH, so your shell runs that one.",
                      "Remove it, or put \(folder) earlier on your PATH."]
        }
        guard let completion = setup.completionLine else {
            lines += ["", "For Tab completion, `kata completions bash` (or zsh, or fish) prints a script",
                      "to load in your shell's startup file."]
            return lines
        }
        lines += ["", "For Tab completion of commands and kata ids, add this line to \(setup.startupFile)"
                  + (onPath == nil ? " too, after it:" : ":"),
                  "    " + style.paint(completion, .bold)]
        return lines
    }

    /// The folders of `$PATH`, absolute ones only, each with its symbolic links resolved.
    static func pathFolders(_ environment: [String: String]) -> [String] {
        (environment["PATH"] ?? "").split(separator: ":").filter { $0.hasPrefix("/") }
            .map { URL(fileURLWithPath: String($0)).resolvingSymlinksInPath().path }
    }
}
