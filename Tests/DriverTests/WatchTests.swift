import Foundation
import Testing
@testable import kata
import KataKit

@Suite("kata watch: what saves and keys do")
struct WatchSessionTests {
    static let katas = ["1", "2", "3"].map { KataEntry(id: "0.0.\($0)", slug: "k\($0)", title: "Kata \($0)") }

    @Test("a save and r grade the current kata; h hints it; l lists; q and Ctrl-D quit; other keys do nothing")
    func keys() {
        var session = WatchSession(katas: Self.katas, current: 1)
        let events: [WatchEvent] = [.saved, .key(UInt8(ascii: "r")), .key(UInt8(ascii: "h")), .key(UInt8(ascii: "l")),
                                    .key(UInt8(ascii: "x")), .key(10), .key(UInt8(ascii: "q")), .key(4)]
        let actions = events.map { session.handle($0) }
        #expect(actions == [.grade(Self.katas[1]), .grade(Self.katas[1]), .hint(Self.katas[1]), .list,
                            nil, nil, .quit, .quit])
    }

    @Test("n moves to the next kata and grades it, and says so at the last one")
    func next() {
        var session = WatchSession(katas: Self.katas, current: 1)
        let moved = session.handle(.key(UInt8(ascii: "n")))
        #expect(moved == .grade(Self.katas[2]))
        #expect(session.kata == Self.katas[2])
        let beyond = session.handle(.key(UInt8(ascii: "n")))
        #expect(beyond == .noNextKata)
        let saved = session.handle(.saved)
        #expect(saved == .grade(Self.katas[2]))
    }

    @Test("a start past either end is brought inside the list")
    func start() {
        #expect(WatchSession(katas: Self.katas, current: 7).kata == Self.katas[2])
        #expect(WatchSession(katas: Self.katas, current: -1).kata == Self.katas[0])
    }
}

@Suite("kata watch: noticing saves")
struct FileWatcherTests {
    @Test("a save in place, a save by rename, a same-size save dated back, a new file and a deletion are each noticed once")
    func saves() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("watch-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder + "/Kata", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/Solution.swift"
        try "a".write(toFile: file, atomically: false, encoding: .utf8)
        let watcher = FileWatcher(paths: [folder])
        #expect(!watcher.changed())

        try "ab".write(toFile: file, atomically: false, encoding: .utf8)
        #expect(watcher.changed())
        #expect(!watcher.changed())

        // Same size, same time stamp: an editor that writes a new file and renames it.
        let date = try #require(try FileManager.default.attributesOfItem(atPath: file)[.modificationDate] as? Date)
        try "cd".write(toFile: folder + "/new", atomically: false, encoding: .utf8)
        _ = watcher.changed()
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: folder + "/new")
        _ = rename(folder + "/new", file)
        #expect(watcher.changed())

        // Same size, same time stamp, same inode: a save in place put back to its date (`touch -d`).
        try "ef".write(toFile: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: file)
        #expect(watcher.changed())
        #expect(!watcher.changed())

        try "x".write(toFile: folder + "/Kata/Story.swift", atomically: false, encoding: .utf8)
        #expect(watcher.changed())
        try FileManager.default.removeItem(atPath: folder + "/Kata/Story.swift")
        #expect(watcher.changed())
        #expect(!watcher.changed())
    }
}

@Suite("kata watch: its first line")
struct WatchHeaderTests {
    @Test("the first line fits the terminal: the folder goes first, then the end of the title")
    func fits() throws {
        let workbook = try WorkbookTests.workbook()
        let kata = try #require(workbook.katas.first { $0.id == "10.2.3" })
        for width in [40, 80, 160] {
            let style = TerminalStyle(colour: false, unicode: true, width: width)
            let line = "kata watch" + Driver(workbook: workbook, style: style, write: { _ in }).header(for: kata)
            #expect(line.count <= width, "\(line)")
            #expect(line.hasPrefix("kata watch · 10.2.3 "))
            #expect(line.contains("watching \(kata.folder)/") == (width == 160), "\(line)")
        }
    }
}
