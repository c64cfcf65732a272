import Foundation

/// Whether an installed `kata` was built from the driver sources of the workbook it now
/// runs in. `git pull` updates the workbook but not the copy `kata install` made, and an
/// old driver may misread new katas; it goes on working, and says once per command how
/// to update it.
enum DriverFreshness {
    /// The one line to show on standard error when the sources differ; `nil` when they
    /// match or cannot be read, or the driver has no install record (a check that cannot
    /// run says nothing, and never stops kata).
    /// - Parameters:
    ///   - root: The workbook's root folder.
    ///   - builtFrom: The fingerprint the running driver was installed with; its
    ///     ``InstallRecord`` by default.
    ///   - installedIn: The folder of the running driver, to name in the update command
    ///     when it is not the default.
    ///   - environment: For HOME, which locates the default folder.
    static func warning(workbookRoot root: String, builtFrom: String? = InstallRecord.current?.sourcesFingerprint,
                        installedIn: String?, environment: [String: String]) -> String? {
        guard let builtFrom, let current = SourcesFingerprint.ofWorkbook(at: root), current != builtFrom else { return nil }
        let update = Driver.updateCommand(folder: installedIn, environment: environment)
        return "note: this kata was built from an older driver than this workbook's (its Sources/kata or "
            + "Sources/KataKit changed since). It still runs; to update it, run `\(update)` here."
    }
}
