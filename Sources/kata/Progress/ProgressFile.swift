import Foundation

/// The learner's progress: for each kata, how many exercises passed when it was last
/// checked. One small JSON file in the workbook root, written atomically; a damaged
/// file is reported and rebuilt, never a crash.
struct ProgressFile {
    /// One kata's last result.
    struct Entry: Codable, Equatable {
        /// Exercises that passed.
        var exercisesPassed: Int
        /// Exercises in the kata (0 when it did not compile).
        var exercises: Int
        /// Whether it compiled.
        var compiled: Bool
        /// When it was checked.
        var checkedAt: Date
    }

    private struct Contents: Codable {
        var version = 1
        var katas: [String: Entry] = [:]
    }

    /// The file's name in the workbook root.
    static let fileName = ".kata-progress.json"

    /// Where the file is.
    let path: String
    /// Each kata's last result, by id.
    private(set) var katas: [String: Entry] = [:]
    /// Set when the file on disk could not be read and was started afresh.
    private(set) var problem: String?

    /// Loads the progress of the workbook at `root`.
    init(root: String) {
        path = "\(root)/\(Self.fileName)"
        guard let data = FileManager.default.contents(atPath: path) else { return }
        do {
            katas = try Self.decoder.decode(Contents.self, from: data).katas
        } catch {
            problem = "Your progress file \(Self.fileName) was damaged, so it was started afresh "
                + "(your solutions are untouched; `kata check` recomputes everything)."
        }
    }

    /// Records a kata's result and saves the file.
    /// - Throws: When the file cannot be written.
    mutating func record(_ id: String, _ entry: Entry) throws {
        katas[id] = entry
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        // `.atomic` writes a temporary file and renames it over the old one.
        try encoder.encode(Contents(katas: katas)).write(to: URL(fileURLWithPath: path), options: .atomic)
        problem = nil
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
