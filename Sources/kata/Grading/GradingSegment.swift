import Foundation
import KataKit

/// One run of a kata binary's `grade --from N`: the checks it finished, and how it
/// ended. A crash or a hang ends a segment; the driver starts the next one after
/// the check that did not finish.
struct GradingSegment {
    /// How the run ended.
    enum Ending {
        /// Every check from the first asked for finished and the program exited.
        case completed
        /// The program ended while `check` was running (or before any started).
        case died(check: Int?, termination: ChildProcess.Termination, standardError: String)
        /// `check` ran past its time limit and the program was killed.
        case timedOut(check: Int?, standardError: String)
    }

    /// A check that finished, with what the learner's code printed during it.
    struct Finished {
        /// The check's index over all exercises.
        var check: Int
        /// What it produced.
        var outcome: CheckOutcome
        /// What was printed while it ran.
        var output: String
    }

    /// The kata's plan, when the program got as far as reporting it.
    var plan: KataPlan?
    /// The checks that finished, in order.
    var finished: [Finished] = []
    /// What the unfinished check printed, if one did not finish.
    var unfinishedOutput = ""
    /// How the run ended.
    var ending: Ending = .completed
}

extension GradingSegment {
    /// Output kept per check; more is counted and dropped.
    static let outputLimit = 16_384
    /// Standard error kept per check, enough for a backtrace.
    static let errorLimit = 262_144
    /// How long a program killed for a time-out is given to print its backtrace.
    static let backtraceGrace: TimeInterval = 5

    /// Runs the binary from check `from` on and collects what it reports.
    /// - Parameters:
    ///   - binary: The kata binary's path.
    ///   - from: The first check to run.
    ///   - timeout: Seconds each check may take.
    ///   - environment: The child's environment.
    ///   - directory: Where it runs.
    /// - Throws: `ChildProcessError` when the binary cannot be started.
    static func run(binary: String, from: Int, timeout: TimeInterval,
                    environment: [String: String], directory: String) throws(ChildProcessError) -> GradingSegment {
        let child = try ChildProcess.spawn(
            binary, arguments: ["grade", "--from", "\(from)"],
            environment: environment.merging([ReportEvent.fileDescriptorVariable: "\(ChildProcess.reportDescriptor)"]) { $1 },
            workingDirectory: directory, output: .capture, reportChannel: true)
        return Interrupts.guarding(child) { collect(from: child, timeout: timeout) }
    }

    private static func collect(from child: ChildProcess, timeout: TimeInterval) -> GradingSegment {
        guard let outputDescriptor = child.standardOutput, let errorDescriptor = child.standardError,
              let reportDescriptor = child.report else {
            child.killGroup()
            return GradingSegment(ending: .died(check: nil, termination: child.wait(), standardError: ""))
        }
        var segment = GradingSegment()
        var output = CappedBuffer(limit: outputLimit)
        var errors = CappedBuffer(limit: errorLimit)
        var reportLine: [UInt8] = []
        var current: Int?
        var open: Set<Int32> = [outputDescriptor, errorDescriptor, reportDescriptor]
        var deadline = Date(timeIntervalSinceNow: timeout + 10)
        [outputDescriptor, errorDescriptor].forEach(DescriptorReader.makeNonBlocking)

        func drainOutput() {
            for descriptor in [outputDescriptor, errorDescriptor] where open.contains(descriptor) {
                while let chunk = DescriptorReader.readChunk(descriptor) {
                    guard !chunk.isEmpty else { open.remove(descriptor); break }
                    output.append(chunk)
                    if descriptor == errorDescriptor { errors.append(chunk) }
                }
            }
        }
        func handle(_ event: ReportEvent) {
            switch event {
            case .plan(let plan):
                segment.plan = plan
            case .started(let check):
                current = check
                output.clear()
                errors.clear()
                deadline = Date(timeIntervalSinceNow: timeout)
            case .finished(let check, let outcome):
                segment.finished.append(Finished(check: check, outcome: outcome, output: output.text))
                current = nil
                output.clear()
                deadline = Date(timeIntervalSinceNow: timeout)
            }
        }

        while !open.isEmpty {
            guard case .ready(let ready) = DescriptorReader.wait(for: Array(open), until: deadline) else {
                segment.ending = .timedOut(check: current, standardError: backtrace(of: child, errorDescriptor, errors))
                segment.unfinishedOutput = output.text
                child.killGroup()
                _ = child.wait()
                return segment
            }
            // Output first: whatever the check printed was written before its verdict.
            drainOutput()
            guard ready.contains(reportDescriptor), let chunk = DescriptorReader.readChunk(reportDescriptor) else { continue }
            guard !chunk.isEmpty else { open.remove(reportDescriptor); continue }
            reportLine += chunk
            while let newline = reportLine.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: reportLine[..<newline], as: UTF8.self)
                reportLine.removeSubrange(...newline)
                if let event = ReportEvent(line: Substring(line)) { handle(event) }
            }
        }
        let termination = child.wait()
        segment.unfinishedOutput = output.text
        if current != nil || termination != .exited(0) || segment.plan == nil {
            segment.ending = .died(check: current, termination: termination, standardError: errors.text)
        }
        return segment
    }

    /// Asks a hung program for a backtrace (Swift's backtracer answers SIGQUIT), so
    /// that the verdict can say which line it was stuck on.
    private static func backtrace(of child: ChildProcess, _ errorDescriptor: Int32, _ errors: CappedBuffer) -> String {
        var errors = errors
        kill(child.pid, SIGQUIT)
        let grace = Date(timeIntervalSinceNow: backtraceGrace)
        // The backtracer's report ends with "Backtrace took …"; the program may not
        // exit by itself after it, so stop reading there.
        while !errors.text.contains("Backtrace took"),
              case .ready = DescriptorReader.wait(for: [errorDescriptor], until: grace) {
            guard let chunk = DescriptorReader.readChunk(errorDescriptor) else { continue }
            if chunk.isEmpty { break }
            errors.append(chunk)
        }
        return errors.text
    }
}
