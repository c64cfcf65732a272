import Foundation
import KataKit
import Testing

/// A story's parameters: what a reader may type after `--set`, how the story reads it,
/// and how a claim made for the story's own value behaves under another.
@Suite("Story parameters")
struct StoryParameterTests {
    static let count = StoryParameter.int("n_samples", 5...500, default: 50, "how many measurements to draw")
    static let noise = StoryParameter.double("sigma", 0.1...10, default: 2, "the noise's standard deviation")

    @Test("a value inside the range is read; outside it, or of the wrong kind, the message names the range",
          arguments: [("500", 500.0), ("5", 5.0), ("4", nil), ("501", nil), ("5.5", nil), ("fifty", nil), ("", nil)] as [(String, Double?)])
    func wholeNumbers(text: String, value: Double?) {
        switch Self.count.value(parsing: text) {
        case .success(let read): #expect(read == value)
        case .failure(let error):
            #expect(value == nil)
            #expect(error.description == "n_samples is a whole number from 5 to 500 (the story's own is 50); '\(text)' is not.")
        }
    }

    @Test("a real parameter takes decimals, never NaN or ∞")
    func realNumbers() throws {
        #expect(try Self.noise.value(parsing: "0.25").get() == 0.25)
        #expect(try Self.noise.value(parsing: "10").get() == 10)
        for text in ["nan", "inf", "0.05", "-1"] {
            #expect(throws: ParameterError.self) { try Self.noise.value(parsing: text).get() }
        }
        #expect(Self.noise.rangeText == "a number from 0.1 to 10")
    }

    @Test("settings are read against a story's parameters: an unknown name lists the ones it has")
    func settings() throws {
        let parameters = [Self.count, Self.noise]
        #expect(try parameters.values(parsing: ["n_samples=100", "sigma=0.5"]).get() == ["n_samples": 100, "sigma": 0.5])
        #expect(try parameters.values(parsing: []).get() == [:])
        let unknown = parameters.values(parsing: ["n=3"])
        #expect(unknown == .failure(ParameterError("The story has no parameter 'n'. Its parameters: n_samples, sigma.")))
        #expect(throws: ParameterError.self) { try parameters.values(parsing: ["=3"]).get() }
        #expect(throws: ParameterError.self) { try parameters.values(parsing: ["n_samples"]).get() }
        #expect(throws: ParameterError.self) { try [StoryParameter]().values(parsing: ["n=3"]).get() }
    }

    @Test("the narrator gives the reader's value, or the story's own")
    func narratorValues() {
        let set = Narrator(style: .plain, settings: ["n_samples": 500], write: { _ in })
        #expect(set.integer(Self.count) == 500)
        #expect(set.value(Self.noise) == 2)
    }

    @Test("a claim for the story's own value is checked as any claim, and only fails nothing when another value breaks it")
    func claimsForTheStorysOwnValue() {
        let own = Narrator(style: .plain, write: { _ in })
        own.claim("holds at 50", false, onlyAtTheStorysOwn: Self.count)
        #expect(own.failedClaims == ["holds at 50"], "at the story's own value it is an ordinary claim")

        var printed = ""
        let other = Narrator(style: .plain, settings: ["n_samples": 5], write: { printed += $0 })
        other.claim("still holds", true, onlyAtTheStorysOwn: Self.count)
        other.claim("holds at 50", false, onlyAtTheStorysOwn: Self.count)
        other.claim("an ordinary claim", false)
        #expect(other.failedClaims == ["an ordinary claim"])
        #expect(printed.contains("✓ checked: still holds"))
        let flat = printed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains("– not so here: holds at 50 (the story claims it for n_samples = 50, its own value"))
    }

    @Test("a plan carries the parameters, and one written without them reads as having none")
    func planCoding() throws {
        let plan = KataPlan(id: "1.1.1", title: "T", exercises: [], parameters: [Self.count])
        let line = ReportEvent.plan(plan).line
        #expect(ReportEvent(line: Substring(line.dropLast())) == .plan(plan))
        let old = #"{"plan":{"_0":{"exercises":[],"id":"1.1.1","title":"T"}}}"#
        #expect(ReportEvent(line: Substring(old)) == .plan(KataPlan(id: "1.1.1", title: "T", exercises: [])))
    }

    @Test("the rules: a name a learner can type, declared once, a default inside a real range, a summary")
    func rules() {
        func problems(_ parameters: [StoryParameter]) -> [String] {
            KataPlan(id: "1.1.1", title: "T", exercises: [], parameters: parameters).problems.filter { $0.hasPrefix("Parameter") }
        }
        #expect(problems([Self.count, Self.noise]).isEmpty)
        #expect(problems([.int("n samples", 1...2, default: 1, "x")]).count == 1)
        #expect(problems([Self.count, Self.count]).count == 2)
        #expect(problems([.int("n", 5...500, default: 4, "x")]).count == 1)
        #expect(problems([.int("n", 5...5, default: 5, "x")]).count == 1)
        #expect(problems([.int("n", 5...6, default: 5, " ")]).count == 1)
    }
}
