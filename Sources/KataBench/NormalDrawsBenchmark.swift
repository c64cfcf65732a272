import KataKit

/// Ten million standard normals from numpy's legacy stream: `np.random.seed(7);
/// np.random.standard_normal(10_000_000)`. Seeding is not timed; the draws are.
enum NormalDrawsBenchmark {
    /// The number of draws.
    static let count = 10_000_000

    /// Times the draws.
    /// - Parameter stopwatch: How many runs to take the best of.
    /// - Returns: The fastest time and [first draw, last draw, sum of the draws].
    static func run(_ stopwatch: Stopwatch) -> BenchmarkResult {
        let timed = stopwatch.best(prepare: { NumPyRandom(seed: 7) }) { rng in
            rng.standardNormal(count: count)
        }
        let draws = timed.value
        return BenchmarkResult(name: "normal_draws", seconds: timed.seconds,
                               value: [draws.first ?? .nan, draws.last ?? .nan, draws.reduce(0, +)])
    }
}
