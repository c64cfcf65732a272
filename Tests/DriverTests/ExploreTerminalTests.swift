import Foundation
import Glibc
import Testing
@testable import kata

/// `kata explore 10.2.1` on a real pseudo-terminal, driven by keys as a learner's
/// terminal sends them: the screen shows what each key did, and the terminal is put back
/// (its mode and the main screen) on q, on Ctrl-C and when the program crashes.
@Suite("kata explore on a pseudo-terminal", .serialized, .ownThreads)
final class ExploreTerminalTests {
    /// This test's turn with the shared copy of the package.
    let copy: PackageCopy.Turn
    /// The author program of 10.2.1, built in the copy.
    let program: String

    init() async throws {
        copy = try await PackageCopy.turn()
        program = "\(copy.root)/.build/debug/kata-10.2.1-dev"
    }

    /// The view running on a pseudo-terminal of 80×24.
    final class Session {
        let master: Int32
        let slave: Int32
        let pid: pid_t
        var screen: [UInt8] = []

        init(_ program: String) throws {
            var (master, slave) = (Int32(0), Int32(0))
            var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
            guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.EIO) }
            (self.master, self.slave) = (master, slave)
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            for target in [Int32(0), 1, 2] { posix_spawn_file_actions_adddup2(&actions, slave, target) }
            posix_spawn_file_actions_addclose(&actions, master)
            let arguments = [program, "explore"]
            var argv = arguments.map { strdup($0) } + [nil]
            let settings: [String] = ["TERM=xterm", "KATA_COLOR=never", "PATH=/usr/bin:/bin"]
            var environment = settings.map { strdup($0) } + [nil]
            defer { (argv + environment).forEach { free($0) } }
            var child: pid_t = 0
            guard posix_spawn(&child, program, &actions, nil, &argv, &environment) == 0 else { throw POSIXError(.ENOEXEC) }
            pid = child
        }

        /// Presses keys as the terminal sends them.
        func press(_ bytes: String) { _ = Array(bytes.utf8).withUnsafeBytes { write(master, $0.baseAddress, $0.count) } }

        /// Reads the screen until it holds `text` (after what was read before), or 20 s pass.
        @discardableResult
        func wait(for text: String) -> Bool {
            let start = screen.count
            let deadline = Date(timeIntervalSinceNow: 20)
            while Date() < deadline {
                if String(decoding: screen[start...], as: UTF8.self).contains(text) { return true }
                var poll = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
                guard Glibc.poll(&poll, 1, 200) > 0 else { continue }
                var bytes = [UInt8](repeating: 0, count: 65536)
                let count = read(master, &bytes, bytes.count)
                if count <= 0 { break }
                screen += bytes.prefix(count)
            }
            return String(decoding: screen[start...], as: UTF8.self).contains(text)
        }

        /// How the program ended.
        func exitStatus() -> Int32 {
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return status
        }

        /// Whether the terminal is back in its ordinary mode: echoing, line by line, signals on.
        var terminalRestored: Bool {
            var mode = termios()
            tcgetattr(slave, &mode)
            let flags = tcflag_t(ECHO | ICANON | ISIG)
            return mode.c_lflag & flags == flags
        }

        deinit {
            kill(pid, SIGKILL)
            close(master)
            close(slave)
        }
    }

    /// The sequences that put the terminal back: the cursor shown, the main screen.
    static let restore = "\u{1B}[?25h\u{1B}[?1049l"

    @Test("arrows, g and n redraw the screen with what they did; q quits and puts the terminal back")
    func keys() throws {
        let session = try Session(program)
        #expect(session.wait(for: "θ = 0.500 · L(θ) = 1.221e−04"))
        #expect(!session.terminalRestored, "while the view runs, keys are unechoed and single")
        session.press("\u{1B}[C")
        #expect(session.wait(for: "θ = 0.510"))
        session.press("\u{1B}[A")
        #expect(session.wait(for: "θ = 0.610"))
        session.press("g")
        // One step of η = 0.01 up the slope dℓ/dθ = 9/θ − 4/(1 − θ) at θ = 0.61.
        let moved = 0.01 * (9 / 0.61 - 4 / 0.39)
        #expect(session.wait(for: "gradient ascent: step 1: θ moved by +\(String(format: "%.4f", moved))."))
        session.press("h")
        #expect(session.wait(for: "10 heads and 4 tails"))
        session.press("q")
        #expect(session.wait(for: Self.restore))
        #expect(session.exitStatus() == 0)
        #expect(session.terminalRestored)
    }

    @Test("Ctrl-C quits as q does, and a crash still puts the terminal back")
    func interruptAndCrash() throws {
        let interrupted = try Session(program)
        #expect(interrupted.wait(for: "θ = 0.500"))
        interrupted.press("\u{03}")
        #expect(interrupted.wait(for: Self.restore))
        #expect(interrupted.exitStatus() == 0 && interrupted.terminalRestored)

        let crashing = try Session(program)
        #expect(crashing.wait(for: "θ = 0.500"))
        kill(crashing.pid, SIGSEGV)
        #expect(crashing.wait(for: Self.restore))
        let status = crashing.exitStatus()
        #expect(status & 0x7F == SIGSEGV, "it ends as the signal would have: \(status)")
        #expect(crashing.terminalRestored)
    }
}
