import Foundation
import Testing
@testable import kata

@Suite("The shell lines kata install prints, and where the running driver lives")
struct ShellSetupTests {
    @Test("bash and zsh export PATH with the home folder as $HOME; fish uses fish_add_path")
    func pathLines() {
        let bash = ShellSetup(environment: ["SHELL": "/bin/bash", "HOME": "/home/ada"])
        #expect(bash.shell == .bash)
        #expect(bash.startupFile == "~/.bashrc")
        #expect(bash.pathLine(adding: "/home/ada/.local/bin") == #"export PATH="$HOME/.local/bin:$PATH""#)
        #expect(bash.pathLine(adding: "/opt/kata bin") == #"export PATH="/opt/kata bin:$PATH""#)
        #expect(bash.pathLine(adding: #"/tmp/a"$b"#) == #"export PATH="/tmp/a\"\$b:$PATH""#)
        #expect(bash.completionLine == "source <(kata completions bash)")
        let zsh = ShellSetup(environment: ["SHELL": "/usr/bin/zsh", "HOME": "/home/ada"])
        #expect(zsh.startupFile == "~/.zshrc")
        #expect(zsh.completionLine == "source <(kata completions zsh)")
        let fish = ShellSetup(environment: ["SHELL": "/usr/bin/fish", "HOME": "/home/ada"])
        #expect(fish.pathLine(adding: "/home/ada/.local/bin") == "fish_add_path ~/.local/bin")
        #expect(fish.pathLine(adding: "/opt/my tools") == "fish_add_path '/opt/my tools'")
        #expect(fish.completionLine == "kata completions fish | source")
    }

    @Test("another shell, or none, gets the POSIX line and no completion line")
    func otherShells() {
        for environment in [["SHELL": "/bin/dash"], [:]] {
            let setup = ShellSetup(environment: environment)
            #expect(setup.shell == nil)
            #expect(setup.pathLine(adding: "/opt/bin") == #"export PATH="/opt/bin:$PATH""#)
            #expect(setup.completionLine == nil)
            #expect(setup.startupFile.contains("~/.profile"))
        }
    }

    @Test("a binary in a workbook's .build runs under swift run; one elsewhere is installed")
    func invocation() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kata-invocation-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: "\(root)/.build/debug", withIntermediateDirectories: true)
        try "// package".write(toFile: "\(root)/Package.swift", atomically: true, encoding: .utf8)
        #expect(Invocation.isInsideBuildFolder("\(root)/.build/debug/kata"))
        #expect(Invocation.isInsideBuildFolder("\(root)/.build/x86_64-unknown-linux-gnu/release/kata"))
        #expect(!Invocation.isInsideBuildFolder("\(root)/bin/kata"))
        #expect(!Invocation.isInsideBuildFolder("/usr/local/bin/kata"))
        // The tests run from the package's .build, as `swift run kata` does.
        #expect(Invocation.isUnderSwiftRun)
        #expect(Driver.invocation == "swift run kata")
    }
}
