import Foundation
import Testing
@testable import kata

/// The record `kata install` appends to the binary it installs, read back from the end
/// of the file as the installed driver reads its own.
@Suite("The install record at the end of the installed binary")
final class InstallRecordTests {
    /// A throwaway folder for the binaries written here.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kata-record-\(UUID().uuidString)").path
    /// A stand-in binary: bytes that are no record, a NUL among them as in any program.
    let program = Data("\u{7F}ELF\0 not really a program, but bytes before the record\n".utf8)
    let record = InstallRecord(sourcesFingerprint: "0123456789abcdef", workbook: "/home/ada/my workbook")

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Writes `data` to a new file in the folder and returns its path.
    func file(_ data: Data, _ name: String = "kata") throws -> String {
        let path = "\(folder)/\(name)"
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("appended, then read back; the program's bytes before it are left as they were")
    func roundTrip() throws {
        let path = try file(program)
        try record.append(toFile: path)
        #expect(InstallRecord.read(fromFile: path) == record)
        let contents = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(contents.prefix(program.count) == program)
        let trailer = String(decoding: contents.dropFirst(program.count), as: UTF8.self)
        #expect(trailer.hasSuffix("\n00000076\nkata-install-record 1\n"))
        #expect(trailer.hasPrefix(#"{"sourcesFingerprint":"0123456789abcdef","workbook":"/home/ada/my workbook"}"#))
    }

    @Test("installing again over a copy that has a record: the last record is the one read")
    func lastRecordWins() throws {
        let path = try file(program)
        try record.append(toFile: path)
        let newer = InstallRecord(sourcesFingerprint: "fedcba9876543210", workbook: "/w")
        try newer.append(toFile: path)
        #expect(InstallRecord.read(fromFile: path) == newer)
    }

    @Test("no record: a plain binary, an empty file, a missing file, a folder")
    func absent() throws {
        #expect(try InstallRecord.read(fromFile: file(program)) == nil)
        #expect(try InstallRecord.read(fromFile: file(Data(), "empty")) == nil)
        #expect(InstallRecord.read(fromFile: "\(folder)/missing") == nil)
        #expect(InstallRecord.read(fromFile: folder) == nil)
    }

    /// The record's trailer after the program, with `change` made to its text.
    func damaged(_ change: (String) -> String) throws -> String {
        let trailer = String(decoding: try record.trailer, as: UTF8.self)
        return try file(program + Data(change(trailer).utf8), "damaged-\(UUID().uuidString)")
    }

    @Test("a damaged trailer is no record, never a crash")
    func corrupt() throws {
        let cases: [(why: String, change: (String) -> String)] = [
            ("another version", { $0.replacingOccurrences(of: "record 1", with: "record 2") }),
            ("cut short", { String($0.dropLast()) }),
            ("a length too long for the file", { $0.replacingOccurrences(of: "00000076", with: "00099999") }),
            ("a length past the largest record", { $0.replacingOccurrences(of: "00000076", with: "99999999") }),
            ("a length of zero", { $0.replacingOccurrences(of: "00000076", with: "00000000") }),
            ("a length that is not digits", { $0.replacingOccurrences(of: "00000076", with: "0000007x") }),
            ("a length one short", { $0.replacingOccurrences(of: "00000076", with: "00000075") }),
            ("JSON that is not a record", { $0.replacingOccurrences(of: "sourcesFingerprint", with: "somethingElse12345") }),
            ("no newline before the length", { $0.replacingOccurrences(of: "}\n", with: "}!") }),
        ]
        for (why, change) in cases {
            #expect(try InstallRecord.read(fromFile: damaged(change)) == nil, "\(why)")
        }
        // Only the magic line, or the footer without the JSON before it.
        #expect(try InstallRecord.read(fromFile: file(Data(InstallRecord.magic.utf8), "magic")) == nil)
        #expect(try InstallRecord.read(fromFile: file(Data("\n00000076\n\(InstallRecord.magic)".utf8), "footer")) == nil)
    }

    @Test("this test binary was never installed: it has no record")
    func runningBinary() {
        #expect(InstallRecord.current == nil)
    }

    @Test("a record names the workbook it was installed from when kata runs outside any workbook")
    func builtFromHint() throws {
        let root = WorkbookTests.packageRoot
        let record = InstallRecord(sourcesFingerprint: "0", workbook: root)
        #expect(Workbook.builtFromHint(record) == " This kata was installed from the workbook at \(root): `cd \(root)`.")
        #expect(Workbook.builtFromHint(InstallRecord(sourcesFingerprint: "0", workbook: folder)).isEmpty)
        #expect(Workbook.builtFromHint(nil).isEmpty)
    }
}
