import Foundation
import KataKit

/// What the progress file holds, as JSON: its format version, each kata's last
/// result, the hint tiers seen, and the kata last worked on.
///
/// Version 1 held only `katas`; it is read as version 2 with no hints seen and no
/// last kata, and written back as version 2. A file from a newer version is foreign:
/// its fields could mean things this driver does not know. An exercise's `notAttempted`
/// key came later within version 2: written only when true, and ignored by drivers
/// that predate it, it needs no new version.
struct ProgressContents: Codable, Equatable {
    /// The version this driver writes.
    static let currentVersion = 2

    /// The format version.
    var version = currentVersion
    /// Each kata's last result, by id.
    var katas: [String: ProgressFile.Entry] = [:]
    /// Hint tiers seen: kata id, then exercise name, to the number of tiers seen.
    var hints: [String: [String: Int]] = [:]
    /// The kata last worked on: attempted at a check or run, or asked a hint for.
    var lastKata: String?
    /// Each kata's knowledge check as last taken, by kata id (a later key within
    /// version 2, as `notAttempted`: older drivers ignore it).
    var quizzes: [String: QuizRecord] = [:]

    /// A knowledge check as last taken: how many questions it had, and the last answer
    /// to each (`right`, `wrong` or `skipped`) by question id.
    struct QuizRecord: Codable, Equatable {
        /// How many questions the kata asked.
        var questions: Int
        /// The verdict of each question answered, by its id.
        var answers: [String: QuizItem.Verdict]
        /// When it was taken.
        var takenAt: Date

        /// How many answers were right.
        var right: Int { answers.values.filter { $0 == .right }.count }
    }

    /// Why a file could not be read.
    enum Unreadable: Error, Equatable {
        /// Not JSON at all: cut short, or written over.
        case damaged
        /// JSON, but not a progress file this version can read; the reason in a few words.
        case foreign(String)
    }

    /// Creates empty contents.
    init() {}

    /// Reads a file's bytes, telling a damaged file from a foreign one.
    static func decode(_ data: Data) -> Result<ProgressContents, Unreadable> {
        guard let json = try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) else {
            return .failure(.damaged)
        }
        guard let object = json as? [String: Any], let version = object["version"] as? Int else {
            return .failure(.foreign("no format version in it"))
        }
        guard version <= currentVersion else {
            return .failure(.foreign("format \(version), written by a newer kata"))
        }
        guard version >= 1, let contents = try? decoder.decode(ProgressContents.self, from: data) else {
            return .failure(.foreign("format \(version) with fields this kata does not expect"))
        }
        return .success(contents)
    }

    /// The file's bytes: pretty, with sorted keys, so it reads well and diffs little.
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        var current = self
        current.version = Self.currentVersion
        return try encoder.encode(current)
    }

    /// The JSON keys, the same in every version.
    private enum CodingKeys: String, CodingKey {
        case version, katas, hints, lastKata, quizzes
    }

    /// Decodes any version up to the current one; fields a version lacks start empty.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        katas = try container.decode([String: ProgressFile.Entry].self, forKey: .katas)
        hints = try container.decodeIfPresent([String: [String: Int]].self, forKey: .hints) ?? [:]
        lastKata = try container.decodeIfPresent(String.self, forKey: .lastKata)
        quizzes = try container.decodeIfPresent([String: QuizRecord].self, forKey: .quizzes) ?? [:]
    }

    /// Reads dates as the encoder writes them.
    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
