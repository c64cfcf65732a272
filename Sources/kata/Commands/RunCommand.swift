import Foundation
import KataKit

extension Driver {
    /// `kata run`: tells each kata's story, then grades the learner's solution.
    /// - Parameters:
    ///   - katas: The katas, in order.
    ///   - timeout: Seconds each check may take.
    ///   - paged: Whether to pause between sections when at a terminal.
    ///   - settings: The learner's values for the stories' parameters.
    /// - Returns: 0 when every story ran and its self-checks held (or the learner
    ///   quit reading), 1 otherwise.
    func tell(_ katas: [KataEntry], timeout: Double, paged: Bool, settings: StorySettings = StorySettings()) -> Int32 {
        let builder = KataBuilder(workbook: workbook, progress: BuildProgress(style: style))
        let pager = SectionPager(pausing: paged && TerminalKeyboard.isInteractive, style: style, write: write)
        // Read page by page, each kata is built as the learner reaches it, so that the
        // first story starts sooner; told straight through, all are built first.
        if !pager.pausing { builder.buildTogether(katas.flatMap { [($0, $0.authorProduct), ($0, $0.product)] }) }
        var storiesHeld = true
        var results: [(kata: KataEntry, result: KataResult)] = []
        for (index, kata) in katas.enumerated() {
            if index > 0, pager.pause(before: "kata \(kata.id)") == .quit { return quit(storiesHeld) }
            // The story comes from the author's program, which holds no Solution.swift: a
            // learner mid-edit can read the chapter while their file does not compile.
            let build = builder.build(kata, product: kata.authorProduct)
            guard case .ready(let binary) = build else {
                let result = build.failure ?? .couldNotRun("The build failed.")
                say(style.paint("The story of \(kata.id) cannot run: its author program \(kata.authorProduct) does not build.", .yellow),
                    VerdictReport(style: style, workbook: workbook).render(kata, result), "")
                storiesHeld = false
                results += grade([kata], timeout: timeout)
                continue
            }
            switch tellStory(kata, binary: binary, arguments: settings.storyArguments(for: kata), pager: pager) {
            case .held: break
            case .failed: storiesHeld = false
            case .quit: return quit(storiesHeld)
            }
            if pager.pause(before: "your verdicts") == .quit { return quit(storiesHeld) }
            say("", style.paint("Your solution", .bold))
            results += grade([kata], timeout: timeout)
        }
        say(NextStep(workbook: workbook, style: style).after(results))
        return storiesHeld ? 0 : 1
    }

    /// How a story's telling ended.
    enum Telling {
        /// The story ran to its end and its self-checks held.
        case held
        /// A self-check failed, or the story stopped early.
        case failed
        /// The learner quit reading at a pause.
        case quit
    }

    /// Says how to read on after the learner quit, and gives the exit code.
    private func quit(_ storiesHeld: Bool) -> Int32 {
        say(style.paint(Self.stoppedReading(width: style.width), .dim))
        return storiesHeld ? 0 : 1
    }

    /// How to read on after quitting, wrapped to `width`.
    static func stoppedReading(width: Int) -> String {
        wrap("Stopped. `\(Driver.invocation) check` grades your work; --no-pager shows a story at once.", width: width)
            .joined(separator: "\n")
    }

    /// Runs the kata binary's story, passing its output on line by line and pausing
    /// at its section breaks; `arguments` set its parameters (`--set name=value`).
    func tellStory(_ kata: KataEntry, binary: String, arguments: [String] = [], pager: SectionPager) -> Telling {
        let sectionBreak = "\u{1E}kata-section-break"
        var environment = KataGrader.childEnvironment(style: style, workbook: workbook)
        environment[Narrator.sectionBreakVariable] = sectionBreak
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(binary, arguments: ["story"] + arguments, environment: environment,
                                           workingDirectory: workbook.scratchFolder(), output: .merge)
        } catch {
            say(style.paint("Could not run the story: \(error)", .red))
            return .failed
        }
        let termination = Interrupts.guarding(child) { () -> ChildProcess.Termination? in
            var lines = LineSplitter()
            while let output = child.standardOutput, let chunk = DescriptorReader.readChunk(output), !chunk.isEmpty {
                for line in lines.take(chunk) {
                    if line != sectionBreak {
                        write(line + "\n")
                    } else if pager.pause(before: "next section") == .quit {
                        child.killGroup()
                        _ = child.wait()
                        return nil
                    }
                }
            }
            if let rest = lines.rest { write(rest) }
            return child.wait()
        }
        switch termination {
        case nil:
            return .quit
        case .exited(0):
            return .held
        case .exited(1):
            say(style.paint("A self-check in the story of \(kata.id) failed: the story and the maths disagree. "
                            + "Please report this to the workbook's authors.", .bold, .red))
        case .some(let termination):
            say(style.paint("The story of \(kata.id) stopped early (\(termination)).", .bold, .red))
        }
        return .failed
    }
}

/// Cuts a byte stream into lines of text as its chunks arrive.
struct LineSplitter {
    private var pending: [UInt8] = []

    /// Adds a chunk and returns the lines it completed, without their newlines.
    mutating func take(_ chunk: ArraySlice<UInt8>) -> [String] {
        pending += chunk
        var lines: [String] = []
        while let newline = pending.firstIndex(of: 10) {
            lines.append(String(decoding: pending[..<newline], as: UTF8.self))
            pending.removeSubrange(...newline)
        }
        return lines
    }

    /// What is left after the last newline, if anything.
    var rest: String? {
        pending.isEmpty ? nil : String(decoding: pending, as: UTF8.self)
    }
}
