import Foundation

/// Puts a kata's Solution.swift back to its pristine stub, after copying the
/// learner's file into `.kata-backups/`.
///
/// The backup comes first and is checked before anything is overwritten: when it
/// cannot be made, the learner's file is left exactly as it was. A backup is never
/// overwritten either: two resets in the same second get numbered names.
struct SolutionReset {
    /// What a reset did.
    enum Outcome: Equatable {
        /// The file already was the pristine stub: nothing changed, no backup.
        case alreadyPristine
        /// The learner's file was copied to `backup` (relative to the workbook root),
        /// then replaced by the stub.
        case reset(backup: String)
        /// There was no Solution.swift, so the stub was put there; nothing to back up.
        case restoredMissing
    }

    /// Why a reset did not happen; the learner's file is then untouched.
    struct Failure: Error, Equatable {
        /// What went wrong, in the learner's words.
        let message: String
    }

    /// The folder, in the workbook root, that keeps the backups.
    static let backupFolder = ".kata-backups"

    /// The workbook.
    let workbook: Workbook
    /// The time zone of the backups' time stamps: the learner's, so names match their clock.
    var timeZone: TimeZone = .current

    /// Whether `kata`'s Solution.swift is byte for byte its pristine stub.
    /// - Throws: `Failure` when the stub cannot be read.
    func isPristine(_ kata: KataEntry) throws(Failure) -> Bool {
        let pristine = try stub(of: kata)
        return FileManager.default.contents(atPath: workbook.path(kata.solutionFile)) == pristine
    }

    /// Resets `kata`: backs up its Solution.swift, then writes the stub over it atomically.
    /// - Parameter date: The time the backup is named after.
    /// - Returns: What was done.
    /// - Throws: `Failure` when the stub cannot be read, the backup cannot be made
    ///   (the file is then untouched), or the stub cannot be written.
    func reset(_ kata: KataEntry, at date: Date = Date()) throws(Failure) -> Outcome {
        let pristine = try stub(of: kata)
        let solution = workbook.path(kata.solutionFile)
        var outcome = Outcome.restoredMissing
        if FileManager.default.fileExists(atPath: solution) {
            guard let current = FileManager.default.contents(atPath: solution) else {
                throw Failure(message: "Could not read \(kata.solutionFile), so it was left as it is.")
            }
            if current == pristine { return .alreadyPristine }
            outcome = .reset(backup: workbook.relative(try backUp(current, of: kata, at: date)))
        }
        do {
            // An interrupted reset leaves either the old file or the stub, never half of one.
            try AtomicFile.write(pristine, to: solution)
        } catch {
            throw Failure(message: "Could not write the stub over \(kata.solutionFile): \(error)")
        }
        return outcome
    }

    /// Copies `contents` to a new file in `kata`'s backup folder, named after `date`,
    /// with a counter when that name is taken; reads it back to make sure it is whole.
    /// - Returns: The backup's absolute path.
    /// - Throws: `Failure` when no backup could be made.
    func backUp(_ contents: Data, of kata: KataEntry, at date: Date) throws(Failure) -> String {
        let folder = workbook.path("\(Self.backupFolder)/\(kata.id)-\(kata.slug)")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw Failure(message: "Could not make the backup folder \(workbook.relative(folder)), so "
                + "\(kata.solutionFile) was left as it is: \(error.localizedDescription)")
        }
        let stamp = Self.stamp(date, timeZone: timeZone)
        for counter in 1...1000 {
            let name = counter == 1 ? "Solution-\(stamp).swift" : "Solution-\(stamp)-\(counter).swift"
            let path = "\(folder)/\(name)"
            switch Self.createExclusively(path, contents: contents) {
            case .created:
                guard FileManager.default.contents(atPath: path) == contents else {
                    throw Failure(message: "The backup \(workbook.relative(path)) did not read back the same, so "
                        + "\(kata.solutionFile) was left as it is.")
                }
                return path
            case .exists: continue
            case .failed(let reason):
                throw Failure(message: "Could not write the backup \(workbook.relative(path)), so "
                    + "\(kata.solutionFile) was left as it is: \(reason)")
            }
        }
        throw Failure(message: "Too many backups named \(stamp) in \(workbook.relative(folder)); "
            + "\(kata.solutionFile) was left as it is.")
    }

    /// `date` as `yyyyMMdd-HHmmss` in `timeZone`: names that sort in time order.
    static func stamp(_ date: Date, timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02d-%02d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
    }

    private func stub(of kata: KataEntry) throws(Failure) -> Data {
        let path = "\(kata.folder)/Pristine/Solution.swift"
        guard let data = FileManager.default.contents(atPath: workbook.path(path)) else {
            throw Failure(message: "The pristine stub \(path) is missing, so \(kata.solutionFile) was left as it is.")
        }
        return data
    }

    private enum Creation { case created, exists, failed(String) }

    /// Creates `path` only if no file is there (`O_EXCL`, so even a file appearing at
    /// the same moment is never overwritten), writes `contents` and flushes it to disk.
    private static func createExclusively(_ path: String, contents: Data) -> Creation {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            return errno == EEXIST ? .exists : .failed(String(cString: strerror(errno)))
        }
        let written = contents.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let reason = written ? nil : String(cString: strerror(errno))
        let flushed = fsync(descriptor) == 0
        close(descriptor)
        guard written, flushed else {
            // A partial backup is worse than none: it could be mistaken for the learner's work.
            unlink(path)
            return .failed(reason ?? "could not flush it to disk")
        }
        return .created
    }
}
