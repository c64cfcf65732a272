/// The files of a new kata as `kata dev new` writes them: a working kata with one
/// placeholder exercise (the sample mean), which `kata dev check` passes as it is,
/// for the author to replace part by part.
struct KataScaffold {
    /// The kata's dotted id: "10.3.1".
    let id: String
    /// Its slug: "poisson-counts".
    let slug: String
    /// Its title.
    let title: String

    /// The slug in UpperCamelCase: "PoissonCounts".
    var typeStem: String {
        slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// The kata library's module: "PoissonCountsKata".
    var module: String { typeStem + "Kata" }

    /// The kata's folder, relative to the package root.
    var folder: String { "katas/\(id)-\(slug)" }

    /// The line that lists the kata in Package.swift.
    var manifestLine: String {
        "Kata(\"\(id)\", \"\(slug)\", module: \"\(module)\", title: \"\(title)\"),"
    }

    /// Every file to write, by path relative to the package root.
    var files: [(path: String, text: String)] {
        [
            ("\(folder)/Kata/\(typeStem)Story.swift", story),
            ("\(folder)/Kata/\(typeStem)Exercises.swift", exercises),
            ("\(folder)/Kata/\(typeStem)Checks.swift", checks),
            ("\(folder)/Kata/ReferenceSolution.swift", reference),
            ("\(folder)/Kata/\(typeStem)Quiz.swift", quiz),
            ("\(folder)/Kata/\(module).swift", kata),
            ("\(folder)/Solution.swift", stub),
            ("\(folder)/main.swift", learnerMain),
            ("\(folder)/Pristine/Solution.swift", stub),
            ("\(folder)/Pristine/main.swift", authorMain),
        ]
    }

    /// The kata's global in its library: "poissonCountsKata".
    var variable: String { typeStem.prefix(1).lowercased() + typeStem.dropFirst() + "Kata" }

    /// The file holding the one list of katas the tests walk.
    static let testList = "Tests/KataTests/TestedKatas.swift"

    /// The kata's line in `testList`: the kata, its reference and its stub as shipped.
    var testedLine: String {
        "    TestedKata(\(variable), reference: { \(module).ReferenceSolution() }, pristine: { \(module)Pristine.Solution() }),"
    }

    /// `testList`'s text with this kata's imports and its line at the end of the list;
    /// `nil` when the text has no `let testedKatas: [TestedKata] = [` list to add to.
    func listing(inTests text: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        let isImport = { (line: String) in line.hasPrefix("import ") || line.hasPrefix("@testable import ") }
        guard let start = lines.firstIndex(where: { $0.hasPrefix("let testedKatas") }),
              let end = lines[start...].firstIndex(of: "]"),
              let lastImport = lines.lastIndex(where: isImport), lastImport < start else { return nil }
        lines.insert(testedLine, at: end)
        // Imports stay sorted by module, as the file keeps them, the stub's after the kata's.
        let module = { (line: String) in line.replacingOccurrences(of: "@testable ", with: "") }
        let imports = lines[..<(lastImport + 1)].indices.filter { isImport(lines[$0]) }
        let position = imports.first { module(lines[$0]) > "import \(self.module)" } ?? lastImport + 1
        lines.insert(contentsOf: ["import \(self.module)", "@testable import \(self.module)Pristine"], at: position)
        return lines.joined(separator: "\n")
    }
    private var exercisesProtocol: String { typeStem + "Exercises" }

    private var kata: String {
        """
        import KataKit

        /// Kata \(id): the story and the graded exercises.
        public let \(variable) = Kata<any \(exercisesProtocol)>(
            id: "\(id)",
            title: "\(title)",
            sources: CompiledSources(folderOf: #filePath),
            story: tell\(typeStem)Story,
            exercises: [
                \(typeStem)Checks.sampleMean,
            ],
            quiz: \(quizFunction)
        )

        """
    }

    /// The knowledge check's function: "poissonCountsQuiz".
    private var quizFunction: String { typeStem.prefix(1).lowercased() + typeStem.dropFirst() + "Quiz" }

    private var quiz: String {
        """
        import Foundation
        import KataKit

        /// The knowledge check of kata \(id): four to eight questions on what its story taught,
        /// made when asked, so every number in them is computed.
        ///
        /// A placeholder from `kata dev new`: one of each kind. Every wrong choice says what
        /// picking it reveals; `kata dev check` holds them to that.
        func \(quizFunction)() -> [Question] {
            let maths = ReferenceSolution()
            let values = [1.0, 2.0, 3.0, 6.0]
            return [
                .choice("what-the-mean-is", "What is the sample mean of n values?", [
                    .wrong("Their middle value", "That is the median, which ignores how far out the ends are."),
                    .right("Their sum divided by n", "Each value counts once, and the total is shared out evenly."),
                    .wrong("Their sum divided by n − 1", "n − 1 belongs to the unbiased variance, not to the mean."),
                ], explanation: "x̄ = (x₁ + … + xₙ)/n."),
                .choice("more-draws", "With more draws, the sample mean lands…", [
                    .wrong("…exactly on the true mean", "Random draws never promise an exact answer."),
                    .wrong("…no nearer the truth, on average", "The story's 10,000 draws came much nearer than its 100."),
                    .right("…nearer the true mean, on average", "Its spread shrinks as 1/√n."),
                ], explanation: "The standard error of the mean is σ/√n."),
                .number("mean-of-four", "What is the mean of \\(values)? (to two decimals)",
                        answer: maths.sampleMean(values), tolerance: 0.005,
                        explanation: "The sum, \\(values.reduce(0, +)), shared among \\(values.count) values."),
                .printed("step-mean", "What does this step print?",
                         wrong: [.wrong("\\(values.reduce(0, +) / Double(values.count - 1))", "That divides by n − 1.")],
                         explanation: "The step prints the sample mean of the four values.") { show in
                    let maths = ReferenceSolution()
                    show(maths.sampleMean(values))
                },
            ]
        }

        """
    }

    private var story: String {
        """
        import Foundation
        import KataKit

        /// Tells the story of kata \(id), computing every number it shows with
        /// `ReferenceSolution` (never with the learner's code, which may not be written yet).
        ///
        /// A placeholder from `kata dev new`: replace it with the kata's story. Numbers in
        /// prose are interpolated from values the steps compute; each `narrator.step`
        /// shows its own code, then what it printed; a `claim` fails loudly when the prose
        /// and the maths drift apart.
        func tell\(typeStem)Story(_ narrator: Narrator) {
            let maths = ReferenceSolution()
            let trueMean = 5.0
            narrator.heading("Where the story begins")
            narrator.prose(\"\"\"
            Every computation here is shown as Swift code, then run. In it, `maths` is the \\
            workbook's own answer to the exercises you are about to write.
            \"\"\")
            let draws = narrator.step { show in
                var random = NumPyRandom(seed: 42)
                let draws = random.normal(mean: trueMean, standardDeviation: 2, count: 100)
                let first = draws.prefix(3).map { "\\($0, decimals: 3)" }
                show("the first draws:", first.joined(separator: ", "))
                return draws
            }
            let mean = narrator.step { show in
                let mean = maths.sampleMean(draws)
                show("the mean of", draws.count, "draws:", "\\(mean, decimals: 4)")
                return mean
            }
            narrator.prose(\"\"\"
            The draws came from a Gaussian centred on \\(prose: trueMean, decimals: 1), and their \\
            mean is \\(prose: mean, decimals: 4).
            \"\"\")
            let error = narrator.step { show in
                let error = abs(mean - trueMean)
                show("its distance from the true mean:", "\\(error, decimals: 4)")
                return error
            }
            narrator.claim("the sample mean lands near the true mean", error < 1)
            let more = narrator.step { show in
                var random = NumPyRandom(seed: 7)
                let more = random.normal(mean: trueMean, standardDeviation: 2,
                                         count: 10_000)
                let mean = maths.sampleMean(more)
                show("the mean of", more.count, "draws:", "\\(mean, decimals: 4)")
                return more
            }
            let closer = narrator.step { show in
                let closer = abs(maths.sampleMean(more) - trueMean)
                show("its distance from the true mean:", "\\(closer, decimals: 4)")
                return closer
            }
            narrator.prose(\"\"\"
            With \\(more.count) draws instead of \\(draws.count), the mean is \\
            \\(prose: closer, decimals: 4) from the truth instead of \\(prose: error, decimals: 4).
            \"\"\")
            narrator.heading("Your turn")
            narrator.prose(\"\"\"
            Open \(folder)/Solution.swift, replace each `todo()` with your code, then grade your work:

              swift run kata check \(id)
            \"\"\")
        }

        """
    }

    private var exercises: String {
        """
        @_exported import KataKit

        /// The exercises of kata \(id): what your `Solution` in `Solution.swift` must provide.
        public protocol \(exercisesProtocol) {
            /// The mean of `values`: their sum divided by their count.
            /// - Parameter values: The observations; at least one.
            /// - Returns: The mean.
            func sampleMean(_ values: [Double]) -> Double
        }

        """
    }

    private var checks: String {
        """
        import KataKit

        /// The exercises of kata \(id), each declared once: its summary, its hints from a
        /// nudge to all but the answer, and its checks, each grading any conforming solution
        /// against the reference. The property's name is the exercise's.
        enum \(typeStem)Checks {
            typealias Solver = any \(exercisesProtocol)
            /// Where every expected value comes from.
            static var reference: ReferenceSolution { ReferenceSolution() }

            static var sampleMean: Exercise<Solver> {
                Exercise(summary: "The mean of the observations: the estimate of a Gaussian's μ.", hints: [
                    "Add the values up, then divide by how many there are.",
                    "`values.reduce(0, +) / Double(values.count)`",
                ]) { [
                    Check("four values: [1, 2, 3, 4]") { try expectMean($0, [1, 2, 3, 4]) },
                    Check("one value") { try expectMean($0, [7.5]) },
                    Check("100 draws from a fixed seed") { solution in
                        var random = CheckInputs(seed: 2024)
                        try expectMean(solution, random.numpy.normal(mean: 5, standardDeviation: 2, count: 100))
                    },
                ] }
            }

            private static func expectMean(_ solution: Solver, _ values: [Double]) throws(CheckFailure) {
                try expect(solution.sampleMean(values), approximately: reference.sampleMean(values), .relative(1e-12),
                           for: "sampleMean(\\(values.count <= 4 ? "\\(values)" : "\\(values.count) values"))")
            }
        }

        """
    }

    private var reference: String {
        """
        /// The reference solution of kata \(id): every check passes it, and the story
        /// computes its numbers with it.
        public struct ReferenceSolution: \(exercisesProtocol) {
            /// Creates the reference solution.
            public init() {}

            /// The sum over the count.
            public func sampleMean(_ values: [Double]) -> Double {
                values.reduce(0, +) / Double(values.count)
            }
        }

        """
    }

    private var stub: String {
        """
        // Kata \(id) — \(title).
        //
        // This is the file you edit. Each function's body is a call to `todo`, which marks it
        // as not written yet: replace it with your code, one function at a time, in order.
        // Then, from the package folder:
        //
        //   swift run kata check \(id)    grades your functions and names likely mistakes
        //   swift run kata run \(id)      tells the story again, then grades
        import \(module)
        import Foundation

        struct Solution: \(exercisesProtocol) {
            /// Return the mean of `values`: their sum divided by their count.
            func sampleMean(_ values: [Double]) -> Double {
                todo()
            }
        }

        """
    }

    private var learnerMain: String {
        """
        // Runs kata \(id) with your Solution. You do not need to edit this file.
        import \(module)

        runKataProgram(\(variable), solution: Solution())

        """
    }

    private var authorMain: String {
        """
        // The author's program for kata \(id): the stub as shipped and the reference solution, for
        // `swift run kata dev check` and `kata dev docs`. Learners run `kata-\(id)`, never this.
        import \(module)

        runAuthorProgram(\(variable), reference: ReferenceSolution(), pristine: Solution())

        """
    }
}
