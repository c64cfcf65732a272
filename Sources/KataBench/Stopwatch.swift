import Dispatch

/// Times a kernel the way `bench/numerics.py` does: the best of several runs, so a run
/// slowed by another process on a shared machine does not count.
struct Stopwatch {
    /// How many times each kernel runs; the fastest run is reported.
    let repeats: Int

    /// Runs `kernel` `repeats` times (at least once) and keeps the fastest time.
    /// - Parameter kernel: The work timed.
    /// - Returns: The fastest run's seconds and the value of the last run.
    func best<Value>(_ kernel: () -> Value) -> (seconds: Double, value: Value) {
        best(prepare: { () }, { _ in kernel() })
    }

    /// Runs `prepare` untimed, then `kernel` on what it made, timed; `repeats` times.
    ///
    /// The normal draws need this: each run must start from the seed again, and seeding
    /// is not part of what numpy's side times either.
    /// - Parameters:
    ///   - prepare: Untimed set-up for one run.
    ///   - kernel: The work timed.
    /// - Returns: The fastest run's seconds and the value of the last run.
    func best<State, Value>(prepare: () -> State, _ kernel: (inout State) -> Value) -> (seconds: Double, value: Value) {
        var (fastest, value) = once(prepare: prepare, kernel)
        for _ in 1..<max(1, repeats) {
            let run = once(prepare: prepare, kernel)
            fastest = min(fastest, run.seconds)
            value = run.value
        }
        return (fastest, value)
    }

    /// Runs `prepare` untimed, then `kernel` timed, once.
    /// - Parameters:
    ///   - prepare: Untimed set-up.
    ///   - kernel: The work timed.
    /// - Returns: The seconds `kernel` took and its value.
    private func once<State, Value>(prepare: () -> State, _ kernel: (inout State) -> Value) -> (seconds: Double, value: Value) {
        var state = prepare()
        let start = DispatchTime.now().uptimeNanoseconds
        let value = kernel(&state)
        let end = DispatchTime.now().uptimeNanoseconds
        return (Double(end - start) / 1e9, value)
    }
}
