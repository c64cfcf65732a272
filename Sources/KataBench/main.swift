// kata-bench: the numerics benchmark's Swift side. bench/run builds it in release mode
// (`swift build -c release --product kata-bench`) and compares its JSON lines with
// bench/numerics.py's.
//
// usage: kata-bench [--repeats N] [--only NAME]   (each kernel runs N times, 5 unless given;
//        the best counts; --only times one kernel, by its JSON name)
import Foundation

/// Every kernel, by the name its JSON line carries.
let benchmarks: [(name: String, run: (Stopwatch) -> BenchmarkResult)] = [
    ("gaussian_log_likelihood", GaussianLogLikelihoodBenchmark.run), ("nelder_mead_regression", NelderMeadBenchmark.run),
    ("logistic_fit", LogisticFitBenchmark.run), ("normal_draws", NormalDrawsBenchmark.run),
    ("training_epoch", TrainingEpochBenchmark.run),
]

/// Reads `--repeats N` and `--only NAME` from the arguments, or says how to call the
/// program and exits 2.
/// - Returns: The number of runs per kernel, and the one kernel to run, if one was named.
@MainActor
func optionsFromArguments() -> (repeats: Int, only: String?) {
    var arguments = Array(CommandLine.arguments.dropFirst())[...]
    var repeats = 5, only: String?
    while let option = arguments.popFirst() {
        let value = arguments.popFirst()
        if option == "--repeats", let value, let number = Int(value), number >= 1 {
            repeats = number
        } else if option == "--only", let value, benchmarks.contains(where: { $0.name == value }) {
            only = value
        } else {
            let names = benchmarks.map(\.name).joined(separator: ", ")
            FileHandle.standardError.write(Data("usage: kata-bench [--repeats N] [--only NAME]   (N ≥ 1 runs per kernel; the fastest counts; NAME one of \(names))\n".utf8))
            exit(2)
        }
    }
    return (repeats, only)
}

let options = optionsFromArguments()
let stopwatch = Stopwatch(repeats: options.repeats)
for benchmark in benchmarks where options.only == nil || options.only == benchmark.name {
    print(benchmark.run(stopwatch).jsonLine)
}
