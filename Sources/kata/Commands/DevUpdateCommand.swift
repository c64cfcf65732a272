extension Driver {
    /// `kata dev update`: what an author runs after any change to a kata or to the
    /// grader: writes Docs/, then seals the shipped files into katas/SHA256SUMS.
    /// - Returns: 0 when both were written, 1 otherwise.
    func update() -> Int32 {
        let docs = writeDocs()
        return sealShippedFiles() == 0 ? docs : 1
    }

    /// Seals the shipped files: (re)writes katas/SHA256SUMS from the shipped files as they are
    /// now, in one step, and says how many files it sealed and the new fingerprint.
    /// - Returns: 0 when written, 1 when a file could not be read or the manifest written
    ///   (the old manifest is then left as it was).
    func sealShippedFiles() -> Int32 {
        let manifest: ChecksumManifest
        do {
            manifest = try ChecksumManifest.sealing(workbook)
            try manifest.write(to: workbook)
        } catch {
            say(style.paint("\(ChecksumManifest.path) is unchanged. ", .yellow) + error.description)
            return 1
        }
        let katas = workbook.katas.count
        say(style.paint("Sealed \(manifest.entries.count) files of \(katas) kata\(katas == 1 ? "" : "s") and the grader "
                        + "into \(ChecksumManifest.path)", .green) + " (fingerprint \(manifest.fingerprint)).",
            "Commit it with your change: `dev check` and `swift test` fail while it differs from the shipped files.")
        return 0
    }
}
