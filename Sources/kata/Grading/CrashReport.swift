import Foundation
import KataKit

/// What the driver can tell about a crash or a hang from the program's standard
/// error: Swift's message, and the learner's line from the backtrace.
struct CrashReport: Equatable {
    /// What went wrong, in the runtime's words: "Fatal error: Index out of range".
    var message: String
    /// What that usually means, for a learner.
    var explanation: String?
    /// The deepest frame in the learner's file (or, failing that, any kata file).
    var location: CodeLocation?
    /// The learner's function the program was in, such as `noiseVariance(x:y:)`, when
    /// the backtrace names it but gives no line in the learner's file: a loop whose
    /// innermost frame is a library call (`Array.count`) can hide the line.
    var function: String?

    /// Reads a crash from standard error.
    /// - Parameters:
    ///   - standardError: What the program wrote (its output and error, merged).
    ///   - termination: How it ended.
    ///   - learnerFile: The file name to look for in the backtrace: `Solution.swift`.
    init(standardError: String, termination: ChildProcess.Termination?, learnerFile: String = "Solution.swift") {
        let lines = standardError.split(separator: "\n").map(String.init)
        let frames = Self.crashedThreadFrames(lines)
        location = Self.location(in: frames, file: learnerFile) ?? Self.location(in: lines, file: learnerFile)
        if let fatal = lines.first(where: Self.isRuntimeMessage) {
            message = Self.stripFilePrefix(fatal)
        } else if let failure = lines.lazy.compactMap({ $0.firstMatch(of: #/\*\*\* (Swift runtime failure: .+?) \*\*\*/#)?.1 }).first {
            // A check the compiler put in (integer overflow, division by zero) traps with
            // no message of its own: the backtracer's header is the only one to name it.
            message = String(failure)
        } else if let crashed = lines.first(where: { $0.contains("*** Program crashed:") }) {
            message = crashed.replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces)
                .replacingOccurrences(of: "Program crashed: ", with: "")
                .replacingOccurrences(of: #" at 0x[0-9a-f]+"#, with: "", options: .regularExpression)
        } else {
            message = Self.describe(termination)
        }
        if location == nil {
            // The thunk that calls the learner's method through the exercises protocol.
            function = lines.lazy.compactMap { $0.firstMatch(of: #/protocol witness for \w+\.(\w+\([^)]*\)) in conformance Solution\b/#)?.1 }
                .first.map(String.init)
        }
        explanation = Self.explain(message: message, frames: frames, termination: termination)
        if Self.isStackOverflow(frames) {
            message = "Stack overflow"
            // Frame 0 is the entry of the call that overflowed; the line that keeps
            // calling is the one most frames stand on.
            let places = frames.compactMap { Self.location(in: [$0], file: learnerFile) }
            location = Dictionary(grouping: places, by: { $0 }).max { $0.value.count < $1.value.count }?.key ?? location
        }
    }

    /// Whether the crashed thread's frames are one function calling itself over and over.
    private static func isStackOverflow(_ frames: [String]) -> Bool {
        let functions = frames.compactMap { $0.firstMatch(of: #/\]?\s+0x[0-9a-f]+\s+(.+?) \+ \d+/#)?.1 }
        let repeats = Dictionary(grouping: functions, by: { $0 }).values.map(\.count).max() ?? 0
        return functions.count > 40 && repeats > functions.count / 2
    }

    private static let runtimeMarkers = ["Fatal error:", "Precondition failed", "Assertion failed", "Unexpectedly found nil", "Could not cast value of type"]

    private static func isRuntimeMessage(_ line: String) -> Bool {
        runtimeMarkers.contains { line.contains($0) }
    }

    /// `Swift/Array.swift:123: Fatal error: …` → `Fatal error: …`.
    private static func stripFilePrefix(_ line: String) -> String {
        guard let marker = runtimeMarkers.compactMap({ line.range(of: $0) }).first else { return line }
        return String(line[marker.lowerBound...]).trimmingCharacters(in: .whitespaces)
    }

    /// The frame lines of the thread marked "crashed:", or every frame line.
    private static func crashedThreadFrames(_ lines: [String]) -> [String] {
        guard let start = lines.firstIndex(where: { $0.hasPrefix("Thread ") && $0.hasSuffix("crashed:") }) else { return [] }
        return Array(lines[(start + 1)...].prefix { !$0.hasPrefix("Thread ") && !$0.hasPrefix("Registers") })
    }

    /// The first `at /<path>/<file>:<line>` in `lines`; the path may hold spaces (a
    /// workbook in `~/My Projects/`), so it runs from the `/` to the first `.swift:<line>`.
    private static func location(in lines: [String], file: String) -> CodeLocation? {
        for line in lines {
            guard let match = line.firstMatch(of: #/ at (/.*?([^/\s]+\.swift)):(\d+)/#),
                  match.2 == file, let number = Int(match.3) else { continue }
            return CodeLocation(file: String(match.1), line: number)
        }
        return nil
    }

    private static func describe(_ termination: ChildProcess.Termination?) -> String {
        switch termination {
        case .signalled(let signal)?: return "the program was stopped by signal \(signal) (\(signalName(signal)))"
        case .exited(let status)?: return "the program exited with status \(status) in the middle of this check"
        case nil: return "the program stopped"
        }
    }

    private static func signalName(_ signal: Int32) -> String {
        let names: [Int32: String] = [
            SIGSEGV: "segmentation fault", SIGILL: "illegal instruction", SIGABRT: "abort",
            SIGBUS: "bus error", SIGFPE: "arithmetic error", SIGTRAP: "trap", SIGKILL: "killed",
        ]
        return names[signal] ?? "signal \(signal)"
    }

    /// The Swift runtime's messages for the traps a learner's code can meet, each with
    /// what it means in the learner's terms.
    static let runtimeTraps: [(message: String, explanation: String)] = [
        ("Index out of range", "An array was read at an index past its end (or below 0)."),
        ("Range requires lowerBound <= upperBound",
         "A range a...b or a..<b was made with a > b, such as `1...n` with n = 0. Check the bounds first (`if n >= 1`), or use `stride(from:through:by:)`, which is empty instead."),
        ("Array index is out of range", "A slice a[i..<j] reached past the array's end (or before its start)."),
        ("Unexpectedly found nil", "A `!` (or an implicitly unwrapped optional) met nil. Use `if let` or `guard let`."),
        ("Division by zero", "An integer was divided by zero."),
        ("Division results in an overflow", "Int.min was divided by −1, whose answer does not fit an Int."),
        ("overflow", "An integer grew past Int.max (or below Int.min)."),
        ("because it is either infinite or NaN",
         "Int(x) was given NaN or ±∞: a Double from 0/0, a log of 0 or an overflow was turned into an Int. Check `x.isFinite` first."),
        ("because the result would be",
         "Int(x) was given a Double too large (or too negative) for an Int. Keep the value a Double, or check its size first."),
        ("Not enough bits to represent the passed value",
         "An integer was converted to a type too small for it (Int8(300), or UInt of a negative number)."),
        ("Negative value is not representable", "A negative number was converted to an unsigned type, UInt(x)."),
        ("Can't construct Array with count < 0", "Array(repeating:count:) was asked for a negative count."),
        ("Can't remove last element from an empty collection",
         "removeLast() was called on an empty array; popLast() returns nil instead."),
        ("Can't remove first element from an empty collection",
         "removeFirst() was called on an empty array; check `isEmpty` first."),
        ("Could not cast value of type", "An `as!` cast met a value of another type; `as?` gives nil instead."),
        ("Dictionary literal contains duplicate keys", "A dictionary literal names the same key twice."),
        ("String index is out of bounds", "A String was read at an index past its end."),
    ]

    private static func explain(message: String, frames: [String], termination: ChildProcess.Termination?) -> String? {
        if let explanation = runtimeTraps.first(where: { message.contains($0.message) })?.explanation {
            return explanation
        }
        if isStackOverflow(frames) {
            return "The stack overflowed: a function that calls itself never reached its base case."
        }
        if case .exited(let status)? = termination {
            return "Something called exit(\(status)) while the check ran; an exercise should return its answer instead."
        }
        if message.contains("Illegal instruction") {
            return "Swift stopped the program: a failed precondition, an integer overflow or a `!` on nil."
        }
        return nil
    }
}
