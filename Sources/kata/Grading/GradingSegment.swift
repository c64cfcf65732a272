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
        /// The program ended while `check` was running (or before any started), with
        /// what its crash report says.
        case died(check: Int?, crash: CrashReport)
        /// `check` ran past its time limit and the program was killed; `stack` is where
        /// the backtrace it was asked for found it.
        case timedOut(check: Int?, stack: CrashReport)
    }

    /// A check that finished, with what the learner's code printed during it.
    struct Finished {
        /// The check's index over all exercises.
        var check: Int
        /// What it produced.
        var outcome: CheckOutcome
        /// What was printed while it ran.
        var output: String
        /// What the check showed the learner because it passed.
        var notes: [String] = []
        /// Seconds between its `started` and its `finished`, as the driver saw them.
        var duration: Double? = nil
    }

    /// The kata's plan, when the program got as far as reporting it.
    var plan: KataPlan?
    /// The checks that finished, in order.
    var finished: [Finished] = []
    /// What the unfinished check printed, if one did not finish.
    var unfinishedOutput = ""
    /// Seconds the unfinished check ran before it crashed or was found stuck.
    var unfinishedDuration: Double?
    /// How the run ended.
    var ending: Ending = .completed
}

extension GradingSegment {
    /// Output kept per check; more is counted and dropped.
    static let outputLimit = 16_384
    /// The end of an unfinished check's output kept for its crash report: enough for a
    /// backtrace. The end, because the report comes after whatever the check printed.
    static let transcriptLimit = 262_144
    /// How long a program killed for a time-out is given to print its backtrace.
    static let backtraceGrace: TimeInterval = 5
    /// How long a crashing program is given to finish its crash report.
    static let crashGrace: TimeInterval = 20
    /// What a program is given, beyond a check's time, to start and report its plan.
    static let startAllowance: TimeInterval = 10

    /// Runs the binary from check `from` on and collects what it reports.
    /// - Parameters:
    ///   - binary: The kata binary's path.
    ///   - from: The first check to run.
    ///   - timeout: Seconds each check may take.
    ///   - environment: The child's environment.
    ///   - directory: Where it runs.
    /// - Throws: `ChildProcessError` when the binary cannot be started.
    static func run(binary: String, arguments: [String] = ["grade"], from: Int, timeout: TimeInterval,
                    environment: [String: String], directory: String,
                    onFinished: (Finished, KataPlan?) -> Void = { _, _ in }) throws(ChildProcessError) -> GradingSegment {
        let marker = "\u{1E}kata-report-\(UUID().uuidString)\u{1E}"
        let child = try ChildProcess.spawn(
            binary, arguments: arguments + ["--from", "\(from)"],
            environment: environment.merging([
                ReportEvent.fileDescriptorVariable: "\(ChildProcess.reportDescriptor)",
                ReportEvent.markerVariable: marker,
            ]) { $1 },
            workingDirectory: directory, output: .mergeWithReport)
        return Interrupts.guarding(child) { collect(from: child, marker: marker, timeout: timeout, onFinished: onFinished) }
    }

    private static func collect(from child: ChildProcess, marker: String, timeout: TimeInterval,
                                onFinished: (Finished, KataPlan?) -> Void) -> GradingSegment {
        guard let descriptor = child.standardOutput else {
            child.killGroup()
            return GradingSegment(ending: .died(check: nil, crash: CrashReport(standardError: "", termination: child.wait())))
        }
        var segment = GradingSegment()
        var stream = MarkedStream(marker: marker)
        var output = CappedBuffer(limit: outputLimit)
        var everything = TailBuffer(limit: transcriptLimit)
        var current: Int?
        var startedAt: ContinuousClock.Instant?
        var deadline = Date(timeIntervalSinceNow: timeout + startAllowance)
        var crashGraceGiven = false
        var notes: [String] = []

        func handle(_ piece: MarkedStream.Piece) {
            switch piece {
            case .output(let bytes):
                output.append(bytes[...])
                everything.append(bytes[...])
            case .event(.plan(let plan)):
                segment.plan = plan
            case .event(.started(let check)):
                current = check
                startedAt = .now
                notes = []
                output.clear()
                everything.clear()
                deadline = Date(timeIntervalSinceNow: timeout)
            case .event(.noted(let check, let text)):
                if check == current { notes.append(text) }
            case .event(.finished(let check, let outcome)):
                segment.finished.append(Finished(check: check, outcome: outcome, output: output.text, notes: notes,
                                                 duration: seconds(since: startedAt)))
                onFinished(segment.finished[segment.finished.count - 1], segment.plan)
                current = nil
                startedAt = nil
                output.clear()
                everything.clear()
                deadline = Date(timeIntervalSinceNow: timeout)
            }
        }

        while true {
            guard case .ready = DescriptorReader.wait(for: [descriptor], until: deadline) else {
                // The check's time ends where its crash or hang was first noticed, not
                // after the grace and the backtrace that follow.
                if segment.unfinishedDuration == nil { segment.unfinishedDuration = seconds(since: startedAt) }
                // A crash whose report is still being written is a crash, not a hang:
                // give the backtracer time to finish (deep recursion makes it slow).
                if !crashGraceGiven && everything.text.contains("Backtracing from") {
                    crashGraceGiven = true
                    deadline = Date(timeIntervalSinceNow: crashGrace)
                    continue
                }
                if crashGraceGiven {
                    segment.unfinishedOutput = output.text
                    child.killGroup()
                    segment.ending = .died(check: current, crash: CrashReport(standardError: everything.text, termination: child.wait()))
                    return segment
                }
                let transcript = backtrace(of: child, descriptor, everything)
                segment.unfinishedOutput = output.text
                child.killGroup()
                let termination = child.wait()
                // A report for any signal but our SIGQUIT means it was crashing, not stuck;
                // so does a stack of one function over and over, whose overflow on a busy
                // machine can still be backtracing when the time runs out.
                let signalled = transcript.contains("*** Signal ") && !transcript.contains("*** Signal \(SIGQUIT):")
                let report = CrashReport(standardError: transcript, termination: signalled ? termination : nil)
                segment.ending = signalled || report.message == "Stack overflow"
                    ? .died(check: current, crash: report)
                    : .timedOut(check: current, stack: report)
                return segment
            }
            guard let chunk = DescriptorReader.readChunk(descriptor) else { continue }
            guard !chunk.isEmpty else { break }
            stream.append(chunk).forEach(handle)
        }
        stream.finish().forEach(handle)
        if segment.unfinishedDuration == nil { segment.unfinishedDuration = seconds(since: startedAt) }
        let termination = child.wait()
        segment.unfinishedOutput = output.text
        if current != nil || termination != .exited(0) || segment.plan == nil {
            segment.ending = .died(check: current, crash: CrashReport(standardError: everything.text, termination: termination))
        }
        return segment
    }

    /// Seconds from `start` to now, to the microsecond; `nil` without a start.
    static func seconds(since start: ContinuousClock.Instant?) -> Double? {
        guard let start else { return nil }
        let elapsed = (ContinuousClock.now - start).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        return (seconds * 1_000_000).rounded() / 1_000_000
    }

    /// Asks a hung program for a backtrace (Swift's backtracer answers SIGQUIT), so
    /// that the verdict can say which line it was stuck on.
    private static func backtrace(of child: ChildProcess, _ descriptor: Int32, _ text: TailBuffer) -> String {
        var text = text
        kill(child.pid, SIGQUIT)
        let grace = Date(timeIntervalSinceNow: backtraceGrace)
        // The backtracer's report ends with "Backtrace took …"; the program may not
        // exit by itself after it, so stop reading there.
        while !text.text.contains("Backtrace took"),
              case .ready = DescriptorReader.wait(for: [descriptor], until: grace) {
            guard let chunk = DescriptorReader.readChunk(descriptor) else { continue }
            if chunk.isEmpty { break }
            text.append(chunk)
        }
        return text.text
    }
}
