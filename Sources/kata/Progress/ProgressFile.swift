import Foundation

/// The learner's progress: each kata's last result, the hint tiers seen for each
/// exercise, and the kata last worked on. One small JSON file in the workbook root,
/// written atomically; a damaged or foreign file is reported, set aside and rebuilt,
/// never a crash.
///
/// Two `kata` processes may work in one workbook at once (two terminals, or `watch`
/// and `check`). Each change is made to the file as it is on disk at that moment,
/// under a lock on the workbook folder, so neither loses what the other recorded.
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
        /// Each exercise and whether it passed, in the kata's order; `nil` when it did not
        /// compile, and in results recorded by version 1 of the file.
        var exerciseResults: [ExerciseResult]? = nil
    }

    /// One exercise's outcome in a kata's last result.
    struct ExerciseResult: Codable, Equatable {
        /// The exercise's name in Solution.swift.
        var name: String
        /// Whether every one of its checks passed.
        var passed: Bool
        /// `true` when no check got past the stub's `todo()`; absent otherwise, so a file
        /// keeps the shape older drivers wrote (they ignore the key, and a result they
        /// wrote without it counts as attempted: they did not say).
        var notAttempted: Bool? = nil

        /// Whether the learner wrote something the checks reached.
        var isAttempted: Bool { notAttempted != true }
    }

    /// The file's name in the workbook root.
    static let fileName = ".kata-progress.json"

    /// Where the file is.
    let path: String
    /// What the file holds.
    private(set) var contents = ProgressContents()
    /// Set when the file on disk could not be read: what happened to it, in one line.
    private(set) var problem: String?
    /// Set when a change could not be saved: what went wrong and what to do, in one
    /// line; only the first failure of a run is kept, as the others repeat it.
    private(set) var unsaved: String?
    /// False when an unreadable file could not be set aside, or a folder is where the
    /// file should be: it is then left alone, and `problem` says so.
    private var canSave = true

    /// Each kata's last result, by id.
    var katas: [String: Entry] { contents.katas }
    /// The kata the learner last worked on: attempted at a check or run, or asked a hint for.
    var lastKata: String? { contents.lastKata }

    /// Loads the progress of the workbook at `root`; an unreadable file is set aside
    /// and a fresh one written in its place.
    init(root: String) {
        path = "\(root)/\(Self.fileName)"
        // Under the lock, so that two runs finding one damaged file set it aside once.
        FolderLock.holding(root) { load() }
    }

    /// Reads the file, setting it aside if it cannot be read; the caller holds the lock.
    private mutating func load() {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            canSave = false
            problem = "A folder named \(Self.fileName) is where your progress file belongs, so your progress "
                + "cannot be shown or saved; move that folder out of the way to keep it. Your solutions are untouched."
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else { return }
        switch ProgressContents.decode(data) {
        case .success(let contents):
            self.contents = contents
        case .failure(let unreadable):
            setAside(unreadable)
        }
    }

    /// How many hint tiers of `exercise` in kata `id` the learner has seen.
    func hintsSeen(kata id: String, exercise: String) -> Int {
        contents.hints[id]?[exercise] ?? 0
    }

    /// Records a kata's result and saves the file.
    /// - Throws: When the file cannot be written.
    mutating func record(_ id: String, _ entry: Entry) throws {
        try update { $0.katas[id] = entry }
    }

    /// Records that the learner has seen `tiers` hints of `exercise` in kata `id` (never
    /// fewer than before), makes it the last kata worked on, and saves the file.
    /// - Throws: When the file cannot be written.
    mutating func recordHintsSeen(kata id: String, exercise: String, tiers: Int) throws {
        try update {
            $0.hints[id, default: [:]][exercise] = max(tiers, $0.hints[id]?[exercise] ?? 0)
            $0.lastKata = id
        }
    }

    /// Forgets kata `id`'s last result, as when its file was reset to the stub; the
    /// hints seen are kept.
    /// - Throws: When the file cannot be written.
    mutating func forgetResult(of id: String) throws {
        guard contents.katas[id] != nil else { return }
        try update { $0.katas[id] = nil }
    }

    /// Kata `id`'s knowledge check as last taken, if it has been.
    func quiz(of id: String) -> ProgressContents.QuizRecord? {
        contents.quizzes[id]
    }

    /// Records a knowledge check just taken, makes its kata the last worked on, and
    /// saves the file.
    /// - Throws: When the file cannot be written.
    mutating func recordQuiz(_ id: String, _ record: ProgressContents.QuizRecord) throws {
        try update {
            $0.quizzes[id] = record
            $0.lastKata = id
        }
    }

    /// Makes kata `id` the last one worked on and saves the file.
    /// - Throws: When the file cannot be written.
    mutating func recordWorkedOn(_ id: String) throws {
        guard contents.lastKata != id else { return }
        try update { $0.lastKata = id }
    }

    /// Makes `change` to the progress as it is on disk now (another `kata` may have saved
    /// since this one read it) and saves it, holding the lock on the workbook folder.
    /// - Throws: When the file cannot be written; `unsaved` then says so for the learner.
    private mutating func update(_ change: (inout ProgressContents) -> Void) throws {
        guard canSave else {
            change(&contents)
            return
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FolderLock.holding(folder) {
                // A file that no longer reads is written over with what this run knows,
                // rather than set aside in the middle of a run.
                if let data = FileManager.default.contents(atPath: path),
                   case .success(let saved) = ProgressContents.decode(data) {
                    contents = saved
                }
                change(&contents)
                try save()
            }
        } catch {
            unsaved = unsaved ?? "Your progress could not be saved (\(error)), so `kata list` will not show "
                + "this run; your solutions are untouched. Make the workbook folder writable to keep your progress."
            throw error
        }
    }

    /// Writes the file in one step, so it is whole even if `kata` is stopped mid-write;
    /// the caller holds the lock.
    private mutating func save() throws {
        guard canSave else { return }
        try AtomicFile.write(contents.encoded(), to: path)
        problem = nil
    }
}

extension ProgressFile {
    /// Renames the unreadable file aside (keeping it, as it may be worth a look) and
    /// starts a new one; says so in `problem`.
    private mutating func setAside(_ unreadable: ProgressContents.Unreadable) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let aside = Self.asideName(for: unreadable, in: folder)
        let why = switch unreadable {
        case .damaged: "was damaged (not JSON)"
        case .foreign(let reason): "is not one this kata can read (\(reason))"
        }
        do {
            try FileManager.default.moveItem(atPath: path, toPath: "\(folder)/\(aside)")
            try save()
            problem = "Your progress file \(why), so it is kept as \(aside) and a new one was started; "
                + "your solutions are untouched."
        } catch {
            canSave = false
            problem = "Your progress file \(Self.fileName) \(why) and could not be set aside (\(error.localizedDescription)), "
                + "so it is left as it is and this run's progress is not saved."
        }
    }

    /// A name for the set-aside file that is not taken yet: `.kata-progress.json.damaged-<time>`
    /// (or `.foreign-`), matching the ignore pattern `.kata-progress.json.*`.
    static func asideName(for unreadable: ProgressContents.Unreadable, in folder: String, now: Date = Date()) -> String {
        let kind = if case .damaged = unreadable { "damaged" } else { "foreign" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let base = "\(fileName).\(kind)-\(formatter.string(from: now))"
        var name = base
        var count = 1
        while FileManager.default.fileExists(atPath: "\(folder)/\(name)") {
            count += 1
            name = "\(base)-\(count)"
        }
        return name
    }
}
