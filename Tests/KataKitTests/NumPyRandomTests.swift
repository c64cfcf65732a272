import KataKit
import Testing

@Suite("NumPyRandom against numpy's own outputs")
struct NumPyRandomVectorTests {
    @Test("the reference files have all their cases")
    func filesAreComplete() {
        // As the files were written; fewer means a file did not load.
        #expect(NumPyVectorCase.shared.count == 13)
        #expect(NumPyVectorCase.extra.count == 9)
    }

    @Test("every call draws numpy's values, bit for bit", arguments: NumPyVectorCase.shared + NumPyVectorCase.extra)
    func matchesNumPy(_ reference: NumPyVectorCase) throws {
        var rng = NumPyRandom(seed: reference.seed)
        for call in reference.calls {
            let result = try NumPyCall.make(call.call, on: &rng)
            let drawn: [NumPyVectorCase.Value] = switch result {
            case .doubles(let values): values.map { .hex($0.pythonHex) }
            case .integers(let values): values.map { .integer($0) }
            }
            #expect(drawn.count == call.values.count, "\(call.call): \(drawn.count) values, numpy drew \(call.values.count)")
            if let index = zip(drawn, call.values).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("\(call.call), value \(index): got \(drawn[index]), numpy gave \(call.values[index])")
            }
        }
    }
}

@Suite("NumPyRandom's own rules")
struct NumPyRandomRuleTests {
    @Test("float.hex formatting matches Python's")
    func pythonHex() {
        #expect(0.5.pythonHex == "0x1.0000000000000p-1")
        #expect((-3.0).pythonHex == "-0x1.8000000000000p+1")
        #expect(0.1.pythonHex == "0x1.999999999999ap-4")
    }

    @Test("re-seeding drops the cached normal value")
    func reseedClearsCache() {
        var rng = NumPyRandom(seed: 42)
        let first = rng.standardNormal()
        rng.seed(42)
        #expect(rng.standardNormal() == first)
        var fresh = NumPyRandom(seed: 42)
        _ = fresh.standardNormal()
        // Without re-seeding, the second draw is the cached partner, not a new pair.
        var again = NumPyRandom(seed: 42)
        _ = again.standardNormal()
        #expect(again.standardNormal() == fresh.standardNormal())
    }

    @Test("the cached normal survives draws of other kinds")
    func cacheSurvives() {
        var plain = NumPyRandom(seed: 7)
        let pair = plain.standardNormal(count: 2)
        var interrupted = NumPyRandom(seed: 7)
        let first = interrupted.standardNormal()
        _ = interrupted.uniform(low: 0, high: 1, count: 3)
        #expect([first, interrupted.standardNormal()] == pair)
    }

    /// Draws of several lengths, each starting with and without a cached partner, so that
    /// both ends of the bulk loop (a cached value to serve first, an odd count that leaves
    /// one cached) are crossed; 1250 crosses the twister's 624-output block.
    @Test("drawing normals many at a time draws what one at a time draws, cache included",
          arguments: [0, 1, 2, 3, 8, 1250], [false, true])
    func bulkNormalsMatchSingleDraws(count: Int, startsWithCachedValue: Bool) {
        var bulk = NumPyRandom(seed: 5)
        var single = NumPyRandom(seed: 5)
        if startsWithCachedValue {
            #expect(bulk.standardNormal() == single.standardNormal())
        }
        let many = bulk.standardNormal(count: count)
        let oneByOne = (0..<count).map { _ in single.standardNormal() }
        #expect(many == oneByOne)
        // The next pair tells whether both left the same partner cached.
        let nextBulk = bulk.standardNormal(count: 2)
        let nextSingle = [single.standardNormal(), single.standardNormal()]
        #expect(nextBulk == nextSingle)
        let scaledBulk = bulk.normal(mean: 5, standardDeviation: 2, count: 3)
        let scaledSingle = (0..<3).map { _ in single.normal(mean: 5, standardDeviation: 2) }
        #expect(scaledBulk == scaledSingle)
    }

    @Test("a certain binomial still consumes one uniform, as numpy's does")
    func certainBinomialDraws() {
        var rng = NumPyRandom(seed: 3)
        #expect(rng.binomial(trials: 5, probability: 0) == 0)
        #expect(rng.binomial(trials: 5, probability: 1) == 5)
        var reference = NumPyRandom(seed: 3)
        _ = reference.randomSample(count: 2)
        #expect(rng.randomSample() == reference.randomSample())
    }

    @Test("a Poisson mean of 0 gives 0 and, unlike a certain binomial, consumes nothing")
    func zeroMeanPoissonDrawsNothing() {
        var rng = NumPyRandom(seed: 3)
        #expect(rng.poisson(mean: 0, count: 4) == [0, 0, 0, 0])
        var reference = NumPyRandom(seed: 3)
        #expect(rng.randomSample() == reference.randomSample())
    }

    @Test("binomial stays within 0...n on both algorithms", arguments: [(10, 0.3), (1000, 0.4), (500, 0.8), (100_000, 0.5)])
    func binomialRange(trials: Int, probability: Double) {
        var rng = NumPyRandom(seed: 11)
        let draws = rng.binomial(trials: trials, probability: probability, count: 2000)
        #expect(draws.allSatisfy { (0...trials).contains($0) })
        let mean = Double(draws.reduce(0, +)) / Double(draws.count)
        let standardError = (Double(trials) * probability * (1 - probability) / Double(draws.count)).squareRoot()
        // Five standard errors: a correct sampler fails this about once in 3.5 million seeds.
        #expect(abs(mean - Double(trials) * probability) < 5 * standardError)
    }

    @Test("permutation is numpy's legacy np.random.permutation, index for index")
    func permutation() {
        // python3 -c "import numpy as np; np.random.seed(42); print(np.random.permutation(10), np.random.permutation(10))
        // np.random.seed(7); p = np.random.permutation(100000); print(p[:8], (p * np.arange(100000)).sum())"   (numpy 2.4.6)
        var random = NumPyRandom(seed: 42)
        #expect(random.permutation(10) == [8, 1, 5, 0, 7, 2, 9, 4, 3, 6])
        #expect(random.permutation(10) == [0, 1, 8, 5, 3, 4, 7, 9, 6, 2])
        random = NumPyRandom(seed: 7)
        let long = random.permutation(100_000)
        #expect(Array(long.prefix(8)) == [33909, 92307, 89107, 9538, 31008, 71305, 71012, 62938])
        #expect(long.enumerated().reduce(0) { $0 + $1.offset * $1.element } == 250_316_905_599_413)
    }

    @Test("standardCauchy is numpy's legacy standard_cauchy, a normal over the next normal")
    func standardCauchy() {
        // python3 -c "import numpy as np; np.random.seed(14); print([float(v).hex() for v in np.random.standard_cauchy(5)])
        // np.random.seed(3); c = np.random.standard_cauchy(1000); print(float(c[-1]).hex(), float(np.abs(c).max()).hex())"
        var random = NumPyRandom(seed: 14)
        #expect(random.standardCauchy(count: 5) == [0x1.397507efc6245p+4, -0x1.33da4012cd7ebp+1, -0x1.bb51df22ee905p+3,
                                                   -0x1.c7183e20eb950p+2, -0x1.07868297694ebp-1])
        random = NumPyRandom(seed: 3)
        let long = random.standardCauchy(count: 1000)
        #expect(long.last == -0x1.2ae05524f17e0p+2)
        #expect(long.map(abs).max() == 0x1.aaf0451317d40p+10)
    }
}
