import Foundation
import Glibc

/// The `kata` command in one folder: put there from a built driver, or taken away, never
/// over or instead of a file that is not a kata driver.
struct DriverInstallation {
    /// The folder the command goes in, as an absolute path.
    let prefix: String

    /// The installed command's path.
    var commandPath: String { "\(prefix)/kata" }

    /// What is at `commandPath` now.
    enum Occupant: Equatable {
        /// Nothing.
        case nothing
        /// A kata driver: ours to replace or remove.
        case kataDriver
        /// Something else, which is left alone: what it is, in a few words.
        case foreign(String)
    }

    /// Why the command could not be installed or removed; the message says what to do.
    struct Failure: Error, CustomStringConvertible {
        /// What happened, and what to do next.
        let description: String
    }

    /// What is at `commandPath`.
    var occupant: Occupant {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: commandPath, isDirectory: &isFolder)
        let isLink = (try? FileManager.default.destinationOfSymbolicLink(atPath: commandPath)) != nil
        if !exists { return isLink ? .foreign("a symbolic link to a file that is not there") : .nothing }
        if isFolder.boolValue { return .foreign("a folder") }
        return DriverMarker.isKataDriver(atPath: commandPath) ? .kataDriver : .foreign("a file that is not a kata command")
    }

    /// Why `install` would refuse to put a command here: a file that is not a kata driver
    /// is in the way. `nil` when there is nothing, or a kata driver to replace.
    var refusalToReplace: Failure? {
        if case .foreign(let what) = occupant { return foreignFailure(what, doing: "replace") }
        return nil
    }

    /// Copies `binary` to `commandPath` in one step: to a temporary name in `prefix`
    /// (made if missing), `record` appended, made executable (755), then renamed over the
    /// old command, so a shell never finds half a file, and a running `kata` may replace
    /// itself.
    /// - Parameters:
    ///   - binary: The built driver.
    ///   - record: What the installed driver is to know of its sources; none when `nil`.
    /// - Throws: `Failure` when a foreign file is in the way (it is left intact), or a
    ///   step fails (the temporary file is removed).
    func install(from binary: String, record: InstallRecord? = nil) throws(Failure) {
        if let refusalToReplace { throw refusalToReplace }
        do {
            try FileManager.default.createDirectory(atPath: prefix, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "Could not make the folder \(prefix): \(reason(error)). "
                          + "Choose a folder you can write with --prefix DIR.")
        }
        let temporary = "\(prefix)/.kata.installing-\(getpid())"
        unlink(temporary)
        do {
            try FileManager.default.copyItem(atPath: binary, toPath: temporary)
        } catch {
            unlink(temporary)
            throw Failure(description: "Could not write in \(prefix): \(reason(error)). "
                          + "Choose a folder you can write with --prefix DIR.")
        }
        do {
            try record?.append(toFile: temporary)
        } catch {
            unlink(temporary)
            throw Failure(description: "Could not write in \(temporary): \(reason(error)).")
        }
        guard chmod(temporary, 0o755) == 0 else {
            let failure = Failure(description: "Could not make \(temporary) executable: \(String(cString: strerror(errno))).")
            unlink(temporary)
            throw failure
        }
        guard rename(temporary, commandPath) == 0 else {
            let failure = Failure(description: "Could not put the new command at \(commandPath): \(String(cString: strerror(errno))).")
            unlink(temporary)
            throw failure
        }
    }

    /// Removes `commandPath` when it is a kata driver.
    /// - Returns: `true` when it was removed, `false` when nothing was there.
    /// - Throws: `Failure` when a foreign file is there (left intact) or it cannot be removed.
    func uninstall() throws(Failure) -> Bool {
        switch occupant {
        case .nothing: return false
        case .foreign(let what): throw foreignFailure(what, doing: "remove")
        case .kataDriver:
            guard unlink(commandPath) == 0 else {
                throw Failure(description: "Could not remove \(commandPath): \(String(cString: strerror(errno))).")
            }
            return true
        }
    }

    /// The refusal to touch someone else's file.
    private func foreignFailure(_ what: String, doing verb: String) -> Failure {
        Failure(description: "\(commandPath) is \(what), so kata will not \(verb) it. "
                + (verb == "replace"
                   ? "Move it away yourself if you no longer need it, or install elsewhere with --prefix DIR."
                   : "It was left as it is."))
    }

    /// The system's reason inside a Foundation error, without the rest of its wording.
    private func reason(_ error: Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        return underlying.map { String(cString: strerror(Int32($0.code))) } ?? error.localizedDescription
    }
}
