#if canImport(Glibc)
import Glibc
#endif

/// Marks an exercise the learner has not written yet.
///
/// Put `todo()` as the whole body of an unwritten function: it type-checks as any
/// return type. A check that reaches it is reported as "not attempted yet", never as
/// a crash. Outside a check (the story calling an unwritten exercise) it says so and
/// ends the program with exit code 3.
/// - Parameters:
///   - file: Where the marker is; filled in by the compiler.
///   - line: The marker's line; filled in by the compiler.
public func todo(file: StaticString = #filePath, line: UInt = #line) -> Never {
    let location = CodeLocation(file: "\(file)", line: Int(line))
    if let run = CheckRun.current {
        run.finish(.notAttempted(location))
        CheckRun.parkForever()
    }
    FileDescriptorWriter.standardError.write(
        "Not written yet: the exercise at \(location.file):\(location.line) still calls todo().\n")
    exit(3)
}

/// A place in a source file.
public struct CodeLocation: Sendable, Codable, Hashable, CustomStringConvertible {
    /// The file's path.
    public var file: String
    /// The 1-based line.
    public var line: Int

    /// Creates a location.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `path:line`.
    public var description: String { "\(file):\(line)" }
}
