import KataKit
import Testing

@Suite("CheckInputs")
struct CheckInputsTests {
    @Test("numbers are numpy's uniform draws from the same seed")
    func doublesAreNumPys() {
        var inputs = CheckInputs(seed: 42)
        var numpy = NumPyRandom(seed: 42)
        #expect((0..<5).map { _ in inputs.double(in: 2...7) } == numpy.uniform(low: 2, high: 7, count: 5))
    }

    @Test("integers cover their range, both ends included, and nothing outside it")
    func integersCoverTheRange() {
        var inputs = CheckInputs(seed: 7)
        let drawn = Set((0..<2000).map { _ in inputs.int(in: -2...3) })
        #expect(drawn == Set(-2...3))
    }
}
