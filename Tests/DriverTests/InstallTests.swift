import Foundation
import Testing
@testable import kata

/// `kata install` and `kata uninstall` into a temporary prefix. No release build runs
/// here (it takes minutes): the build step hands over a small prebuilt script, which holds
/// the driver's marker when it stands for our driver. `.ci/run` installs the real one and
/// runs it with its record.
@Suite("kata install and uninstall")
final class InstallTests {
    let copy: TemporaryWorkbook
    /// A throwaway folder holding the prefix and the prebuilt files.
    let folder: String
    /// The prefix installed into; not made in advance, so install must make it.
    var prefix: String { "\(folder)/bin" }
    /// A stand-in for the built driver: it holds the marker.
    let ourBinary: String
    /// How many times the build step ran.
    var builds = 0

    init() throws {
        copy = try TemporaryWorkbook()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kata-install-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        ourBinary = "\(folder)/built-kata"
        try "#!/bin/sh\n# \(DriverMarker.text)\necho kata\n".write(toFile: ourBinary, atomically: true, encoding: .utf8)
        // Driver sources for the copy, which has only Package.swift and katas/: install
        // records their fingerprint.
        for module in SourcesFingerprint.folders {
            try FileManager.default.createDirectory(atPath: "\(copy.root)/Sources/\(module)", withIntermediateDirectories: true)
            try "let \(module) = 1\n".write(toFile: "\(copy.root)/Sources/\(module)/A.swift", atomically: true, encoding: .utf8)
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Runs a driver command in the copy with `environment`, the build step counted and
    /// answering with `build`.
    func kata(_ command: Command, environment: [String: String]? = nil,
              build: Result<String, DriverBuild.Failure>? = nil) throws -> (status: Int32, output: String) {
        var output = ""
        var driver = Driver(workbook: copy.workbook, style: .plain, write: { output += $0 })
        driver.environment = environment ?? ["HOME": "/home/learner", "SHELL": "/bin/bash", "PATH": "/usr/bin:/bin"]
        let answer = build ?? .success(ourBinary)
        driver.driverBuild = DriverBuild { _, _ in
            self.builds += 1
            return answer
        }
        let status = try driver.run(command)
        return (status, output)
    }

    /// The text of the file at `path`, or `nil`.
    func contents(_ path: String) -> String? {
        try? String(contentsOfFile: path, encoding: .utf8)
    }

    @Test("install places an executable copy, says where, and how to reach it when the folder is not on PATH")
    func installsWithPathAdvice() throws {
        let (status, output) = try kata(.install(prefix: prefix))
        #expect(status == 0)
        // The built driver, then the record of the workbook it was installed from.
        let installed = try #require(contents("\(prefix)/kata"))
        #expect(installed.hasPrefix(try #require(contents(ourBinary))))
        #expect(InstallRecord.read(fromFile: "\(prefix)/kata") == InstallRecord.ofWorkbook(at: copy.root))
        #expect(InstallRecord.read(fromFile: "\(prefix)/kata")?.workbook == copy.root)
        #expect(InstallRecord.read(fromFile: ourBinary) == nil)
        let permissions = try FileManager.default.attributesOfItem(atPath: "\(prefix)/kata")[.posixPermissions] as? Int
        #expect(permissions == 0o755)
        #expect(FileManager.default.isExecutableFile(atPath: "\(prefix)/kata"))
        #expect(output.contains("Installed kata at \(prefix)/kata."))
        #expect(output.contains("\(prefix) is not on your PATH yet"))
        #expect(output.contains("Add this line to ~/.bashrc"))
        #expect(output.contains("    export PATH=\"\(prefix):$PATH\""))
        #expect(output.contains("    source <(kata completions bash)"))
        #expect(output.contains("swift run kata install --prefix \(prefix)"))
        #expect(output.contains("kata check \(copy.workbook.katas[0].id)"))
        // Nothing but the command is left in the folder: the temporary copy was renamed.
        #expect(try FileManager.default.contentsOfDirectory(atPath: prefix) == ["kata"])
    }

    @Test("without --prefix it goes in ~/.local/bin, made if missing, and updates without --prefix")
    func defaultPrefix() throws {
        let (status, output) = try kata(.install(prefix: nil),
                                        environment: ["HOME": folder, "SHELL": "/bin/bash", "PATH": "/usr/bin"])
        #expect(status == 0)
        #expect(FileManager.default.isExecutableFile(atPath: "\(folder)/.local/bin/kata"))
        #expect(output.contains("then `swift run kata install` updates it."))
        #expect(output.contains("    export PATH=\"$HOME/.local/bin:$PATH\""))
    }

    @Test("no PATH advice when the folder is on PATH; the completion line for the learner's shell")
    func noPathAdviceOnPath() throws {
        try FileManager.default.createDirectory(atPath: prefix, withIntermediateDirectories: true)
        let (status, output) = try kata(.install(prefix: prefix),
                                        environment: ["HOME": folder, "SHELL": "/usr/bin/zsh", "PATH": "/usr/bin:\(prefix)"])
        #expect(status == 0)
        #expect(!output.contains("not on your PATH"))
        #expect(!output.contains("export PATH"))
        #expect(output.contains("add this line to ~/.zshrc:"))
        #expect(output.contains("    source <(kata completions zsh)"))
    }

    @Test("fish gets fish_add_path and its own completion line, the home folder as ~")
    func fishAdvice() throws {
        let (status, output) = try kata(.install(prefix: prefix),
                                        environment: ["HOME": folder, "SHELL": "/usr/local/bin/fish", "PATH": "/usr/bin"])
        #expect(status == 0)
        #expect(output.contains("    fish_add_path ~/bin"))
        #expect(output.contains("    kata completions fish | source"))
        #expect(output.contains("~/.config/fish/config.fish"))
    }

    @Test("a file named kata that is not ours is refused before any build, and left intact")
    func refusesForeignFile() throws {
        try FileManager.default.createDirectory(atPath: prefix, withIntermediateDirectories: true)
        let theirs = "#!/bin/sh\necho someone else's kata\n"
        try theirs.write(toFile: "\(prefix)/kata", atomically: true, encoding: .utf8)
        let (status, output) = try kata(.install(prefix: prefix))
        #expect(status == 1)
        #expect(output.contains("\(prefix)/kata is a file that is not a kata command, so kata will not replace it."))
        #expect(contents("\(prefix)/kata") == theirs)
        #expect(builds == 0)
        // The installation itself refuses too, should something appear during the build.
        #expect(throws: DriverInstallation.Failure.self) {
            try DriverInstallation(prefix: self.prefix).install(from: self.ourBinary)
        }
        #expect(contents("\(prefix)/kata") == theirs)
    }

    @Test("a folder named kata is refused too")
    func refusesFolder() throws {
        try FileManager.default.createDirectory(atPath: "\(prefix)/kata", withIntermediateDirectories: true)
        let (status, output) = try kata(.install(prefix: prefix))
        #expect(status == 1)
        #expect(output.contains("is a folder, so kata will not replace it"))
    }

    @Test("installing again replaces our own copy: how a learner updates")
    func reinstallsOverOurs() throws {
        _ = try kata(.install(prefix: prefix))
        try "#!/bin/sh\n# \(DriverMarker.text)\necho newer kata\n".write(toFile: ourBinary, atomically: true, encoding: .utf8)
        let (status, output) = try kata(.install(prefix: prefix))
        #expect(status == 0)
        #expect(output.contains("Updated kata at \(prefix)/kata. It replaced the kata installed there before."))
        #expect(contents("\(prefix)/kata")?.contains("newer kata") == true)
    }

    @Test("a failed build installs nothing and shows the build's errors")
    func failedBuild() throws {
        let (status, output) = try kata(.install(prefix: prefix),
                                        build: .failure(DriverBuild.Failure(report: "Sources/kata/main.swift:3:1: error: nope")))
        #expect(status == 1)
        #expect(output.contains("The driver did not build, so nothing was installed:"))
        #expect(output.contains("error: nope"))
        #expect(!FileManager.default.fileExists(atPath: "\(prefix)/kata"))
    }

    @Test("a prefix that cannot be made says so and leaves nothing behind")
    func unwritablePrefix() throws {
        try "a file".write(toFile: "\(folder)/file", atomically: true, encoding: .utf8)
        let (status, output) = try kata(.install(prefix: "\(folder)/file/bin"))
        #expect(status == 1)
        #expect(output.contains("Could not make the folder \(folder)/file/bin"))
        #expect(output.contains("--prefix DIR"))
    }

    /// Runs `kata uninstall` as a learner types it, outside any workbook.
    func uninstall() -> (status: Int32, output: String) {
        var output = ""
        let status = Driver.main(arguments: ["uninstall", "--prefix", prefix], directory: "/", executablePath: nil,
                                 style: .plain, write: { output += $0 })
        return (status, output)
    }

    @Test("uninstall removes our copy, from outside the workbook")
    func uninstallsOurs() throws {
        _ = try kata(.install(prefix: prefix))
        let (status, output) = uninstall()
        #expect(status == 0)
        #expect(!FileManager.default.fileExists(atPath: "\(prefix)/kata"))
        #expect(output.contains("Removed \(prefix)/kata."))
    }

    @Test("uninstall leaves a file that is not ours, and says so")
    func uninstallKeepsForeign() throws {
        try FileManager.default.createDirectory(atPath: prefix, withIntermediateDirectories: true)
        try "#!/bin/sh\necho mine\n".write(toFile: "\(prefix)/kata", atomically: true, encoding: .utf8)
        let (status, output) = uninstall()
        #expect(status == 1)
        #expect(output.contains("is a file that is not a kata command, so kata will not remove it. It was left as it is."))
        #expect(contents("\(prefix)/kata") == "#!/bin/sh\necho mine\n")
    }

    @Test("uninstall with nothing there succeeds and says so")
    func uninstallNothing() {
        let (status, output) = uninstall()
        #expect(status == 0)
        #expect(output == "There is no kata in \(prefix), so there was nothing to remove.\n")
    }

    @Test("the marker is in every build of the driver: this test binary links it")
    func markerInDriver() throws {
        let running = try #require(Invocation.executablePath)
        #expect(DriverMarker.isKataDriver(atPath: running))
        #expect(!DriverMarker.isKataDriver(atPath: "/bin/sh"))
        #expect(!DriverMarker.isKataDriver(atPath: "\(folder)/missing"))
    }

    @Test("the install folder: ~/.local/bin by default, ~ expanded, relative paths made absolute")
    func installFolder() throws {
        let home = ["HOME": "/home/learner"]
        #expect(try Driver.installFolder(nil, environment: home) == "/home/learner/.local/bin")
        #expect(try Driver.installFolder("~/bin", environment: home) == "/home/learner/bin")
        #expect(try Driver.installFolder("/opt/kata/../bin", environment: home) == "/opt/bin")
        #expect(try Driver.installFolder("tools", environment: home)
                == URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("tools").path)
        #expect(throws: UsageError.self) { try Driver.installFolder(nil, environment: [:]) }
    }
}
