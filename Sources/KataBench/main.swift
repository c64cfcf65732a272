// kata-bench: the numerics benchmark's Swift side. bench/run builds it in release mode
// (`swift build -c release --product kata-bench`) and compares its JSON lines with
// bench/numerics.py's.
//
// usage: kata-bench [--repeats N]   (each kernel runs N times, 5 unless given; the best counts)
import Foundation

/// Reads `--repeats N` from the arguments, or says how to call the program and exits 2.
/// - Returns: The number of runs per kernel.
func repeatsFromArguments() -> Int {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.isEmpty { return 5 }
    if arguments.count == 2, arguments[0] == "--repeats", let repeats = Int(arguments[1]), repeats >= 1 {
        return repeats
    }
    FileHandle.standardError.write(Data("usage: kata-bench [--repeats N]   (N ≥ 1 runs per kernel; the fastest counts)\n".utf8))
    exit(2)
}

let stopwatch = Stopwatch(repeats: repeatsFromArguments())
for benchmark in [GaussianLogLikelihoodBenchmark.run, NelderMeadBenchmark.run,
                  LogisticFitBenchmark.run, NormalDrawsBenchmark.run] {
    print(benchmark(stopwatch).jsonLine)
}
