import Foundation
import KataKit
import MLETutorialData

/// A kata's story as told to a plain 80-column terminal, and the claims it made.
struct StoryTranscript: Sendable {
    /// Everything the narrator printed.
    let text: String
    /// The claims that did not hold.
    let failedClaims: [String]
    /// How many claims the story made.
    let claims: Int
    /// The claims made for the story's own parameter values that did not hold for the ones set.
    let unchecked: [String]

    /// Tells `kata`'s story and keeps what it printed.
    /// - Parameter settings: Values for its parameters, by name, as `--set` gives them.
    init<Solver>(_ kata: Kata<Solver>, settings: [String: Double] = [:]) {
        let sink = TranscriptSink()
        let narrator = Narrator(style: .plain, sources: kata.sources, settings: settings, write: { sink.text += $0 })
        kata.story(narrator)
        text = sink.text
        failedClaims = narrator.failedClaims
        claims = narrator.blocks.filter { if case .claim = $0 { true } else { false } }.count
        unchecked = narrator.blocks.compactMap { if case .unchecked(let text, _) = $0 { text } else { nil } }
    }
}

/// Collects what a narrator writes; only the one story being told touches it.
private final class TranscriptSink: @unchecked Sendable {
    var text = ""
}

/// The calls of numpy's "one seeded stream" case in the shared reference file
/// (copied into KataKitTests): `np.random.seed(42)`, then the tutorial's draws in order.
enum TutorialStreamReference {
    /// One call and its values: integers, or doubles read from `float.hex()` strings.
    struct Call: Decodable {
        let call: String
        let integers: [Int]?
        let doubles: [Double]?

        enum CodingKeys: CodingKey { case call, values }
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            call = try container.decode(String.self, forKey: .call)
            integers = try? container.decode([Int].self, forKey: .values)
            doubles = (try? container.decode([String].self, forKey: .values))?.compactMap(Double.init)
        }
    }

    /// The stream's calls, in order.
    static func calls() throws -> [Call] {
        struct File: Decodable {
            struct Case: Decodable { let name: String; let calls: [Call] }
            let cases: [Case]
        }
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../KataKitTests/Reference/numpy-legacy-vectors.json")
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        return file.cases.first { $0.name == "one seeded stream, in this order" }?.calls ?? []
    }
}
